"""The Data Docs open from disk with no network: every asset shipped beside them, nothing fetched,
and the validation results drawn (the index is drawn by a script, so a missing script shows a
blank page)."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from pipeline.quality.offline import ASSETS, VENDOR
from pipeline.report import DATA_DOCS

from ..report.test_quality import SUITES
from ..support.browser import needs_chromium, visit

_REFERENCE = re.compile(r"""(?:src|href)=["']([^"'#]+)["']|url\(["']?([^"')]+)["']?\)""")


def _docs(runs, edition: str) -> Path:
    return runs[edition].report_dir / DATA_DOCS


def _text(dom: str) -> str:
    """What a reader sees: the DOM without scripts, styles and tags."""
    dom = re.sub(r"<(script|style)\b.*?</\1>", " ", dom, flags=re.S)
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", dom)).replace("&amp;", "&")


@pytest.mark.parametrize("edition", ["defne-2023", "defne-2022"])
def test_every_reference_is_a_shipped_file_and_nothing_else_is_kept(runs, edition):
    docs = _docs(runs, edition)
    pages = list(docs.rglob("*.html"))
    assert len(pages) == 1 + 2 * len(SUITES)
    for page in [*pages, *docs.rglob("*.css")]:
        for match in _REFERENCE.finditer(page.read_text(encoding="utf-8")):
            target = match.group(1) or match.group(2)
            if target.startswith(("data:", "mailto:")) or target == "none":
                continue
            if target.startswith(("http:", "https:", "//")):  # a link to click is fine, a resource is not
                assert match.group(1) and page.suffix == ".html", (page, target)
                assert not re.search(rf"<(?:link|script|img)\b[^>]*{re.escape(target)}", page.read_text()), target
                continue
            assert (page.parent / target).is_file(), (page.relative_to(docs), target)
    shipped = {p.relative_to(docs / VENDOR) for p in (docs / VENDOR).rglob("*") if p.is_file()}
    assert shipped == {p.relative_to(ASSETS) for p in ASSETS.rglob("*") if p.is_file()}
    assert {p.name for p in (docs / "static").iterdir()} == {"vendor"}, "GE's images and fonts are dropped"
    assert any(p.parent.name == "licenses" for p in shipped)
    size = sum(p.stat().st_size for p in docs.rglob("*") if p.is_file())
    assert size < 1_300_000, f"{size} bytes"


@needs_chromium
@pytest.mark.parametrize("edition", ["defne-2023", "defne-2022"])
def test_index_draws_every_validation_result_offline(runs, edition, tmp_path):
    seen = visit(tmp_path, _docs(runs, edition) / "index.html", "--dump-dom")
    assert seen.requests == [], "nothing is fetched from the network"
    rows = re.findall(r'<tr[^>]*data-href="(validations/[^"]+)"[^>]*>(.*?)</tr>', seen.dom, flags=re.S)
    assert sorted(href.split("/")[1] for href, _ in rows) == sorted(SUITES), "bootstrap-table drew one row per suite"
    failed = {href.split("/")[1] for href, row in rows if "fa-times" in row or "text-danger" in row}
    assert failed == ({"footing"} if edition == "defne-2022" else set())


@needs_chromium
def test_validation_page_shows_its_expectations_and_counts_offline(runs, tmp_path):
    page = next((_docs(runs, "defne-2022") / "validations" / "footing").rglob("*.html"))
    seen = visit(tmp_path, page, "--dump-dom")
    assert seen.requests == []
    text = _text(seen.dom)
    assert "Evaluated Expectations 2 Successful Expectations 0 Unsuccessful Expectations 2" in text
    assert "Basılı toplam = müdürlüğün kendi bölümündeki satırlarının toplamı" in text
    assert 'class="bootstrap-table' in seen.dom, "the page's scripts ran"


@needs_chromium
def test_report_links_the_data_docs_and_loads_nothing_remote(runs, tmp_path):
    report = runs["defne-2023"].report_dir / "index.html"
    seen = visit(tmp_path, report, "--dump-dom")
    assert seen.requests == [] and f'href="{DATA_DOCS}/index.html"' in seen.dom
