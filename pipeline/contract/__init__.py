"""The data contract: a pandera model per published table (:mod:`.tables`), the field builders
they share (:mod:`.fields`) and the plain view every other stage derives from (:mod:`.spec`)."""
from __future__ import annotations

from .fields import PAGE, PLAN_YEAR, SEVERITIES, STRATEGIC, VIEWS
from .spec import Column, ForeignKey, Table, table, tables
from .tables import (MODELS, YEAR_COLUMN, Aims, BudgetLines, BudgetLinesWide, CrossCheck, Findings, Goals,
                     PrintedTotals, Projects, SectionPages)

__all__ = ["MODELS", "PAGE", "PLAN_YEAR", "SEVERITIES", "STRATEGIC", "VIEWS", "YEAR_COLUMN", "Aims", "BudgetLines",
           "BudgetLinesWide", "Column", "CrossCheck", "Findings", "ForeignKey", "Goals", "PrintedTotals", "Projects",
           "SectionPages", "Table", "table", "tables"]
