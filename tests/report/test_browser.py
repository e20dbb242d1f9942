"""The report as an auditor opens it: from disk, offline, in a real browser (headless Chromium)."""
from __future__ import annotations

import base64
import io
import re
from pathlib import Path

import pytest
from PIL import Image

from ..support.browser import needs_chromium, visit


def cards(dom: str) -> list[str]:
    return re.findall(r'<article class="card[^"]*" id="f\d+">.*?</article>', dom, flags=re.S)


@pytest.fixture(scope="module")
def report(runs) -> Path:
    return runs["defne-2023"].report_dir / "index.html"


def test_report_is_self_contained(report):
    page = report.read_text(encoding="utf-8")
    assert not re.search(r'(?:src|href)="(?:https?:)?//', page), "the report must not load anything from the network"
    assert "<script" not in page and "<style>" in page


@needs_chromium
def test_vehicle_depot_finding_shows_its_page_crops_in_chromium(report, tmp_path):
    seen = visit(tmp_path, report, "--dump-dom")
    assert seen.requests == [], "nothing is fetched from the network"
    dom = seen.dom
    depot = [c for c in cards(dom) if "13.36.5" in c and "araç kademesi" in c and "Tutar uyuşmazlığı" in c]
    assert len(depot) == 1, "one card for the vehicle-depot line"
    card = depot[0]
    assert re.search(r"Nüsha: <b>Özel Kalem Müdürlüğü bölümü</b>", card), "the Özel Kalem copy is the one that disagrees"
    images = re.findall(r'<img src="data:image/png;base64,([^"]+)" alt="([^"]+)"', card)
    alts = [alt for _, alt in images]
    assert alts[0] == "s. 67 · Özel Kalem Müdürlüğü bölümü", "the disagreeing copy's page comes first"
    assert {int(re.match(r"s\. (\d+)", a).group(1)) for a in alts} == {25, 42, 49, 67}
    for data, _ in images:
        crop = Image.open(io.BytesIO(base64.b64decode(data)))
        assert crop.format == "PNG" and crop.width > 1000 and crop.height > 100
    screenshot = tmp_path / "report.png"
    visit(tmp_path, report, f"--screenshot={screenshot}", "--window-size=1400,3000")
    assert Image.open(screenshot).size == (1400, 3000)
