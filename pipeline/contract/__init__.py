"""The data contract: a pandera model per published table (:mod:`.tables`), the field builders
they share (:mod:`.fields`), the plain view every other stage derives from (:mod:`.spec`) and the
titles people see for tables and columns (:mod:`.titles`)."""
from __future__ import annotations

from .fields import MONEY, PAGE, PLAN_YEAR, SEVERITIES, STRATEGIC, VIEWS, Severity
from .spec import Column, ForeignKey, Table, table, tables
from .tables import (MODELS, YEAR_COLUMN, Aims, BudgetLines, BudgetLinesWide, CrossCheck, DiffLines, DiffTotals,
                     Findings, Goals, PrintedTotals, Projects, SectionPages)
from .titles import column_title, table_title

__all__ = ["MODELS", "MONEY", "PAGE", "PLAN_YEAR", "SEVERITIES", "STRATEGIC", "VIEWS", "YEAR_COLUMN", "Aims",
           "BudgetLines", "BudgetLinesWide", "Column", "CrossCheck", "DiffLines", "DiffTotals", "Findings",
           "ForeignKey", "Goals", "PrintedTotals",
           "Projects", "SectionPages", "Severity", "Table", "column_title", "table", "table_title", "tables"]
