"""Data Docs that open with no network: GE links its CSS and JavaScript from CDNs (the index is
drawn by a script, so offline it is blank) and copies 3–4 MB of promotional images and fonts that
no page shows. Here every page links the copies shipped in :data:`ASSETS` instead, and GE's
``static/`` folder is replaced by those copies and their licences."""
from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

ASSETS = Path(__file__).with_name("assets")
VENDOR = Path("static") / "vendor"
"""Where the assets go inside the Data Docs folder."""

STYLES = ["bootstrap.min.css", "bootstrap-table.min.css", "bootstrap-table-filter-control.min.css",
          "bootstrap-datepicker.min.css", "fontawesome.min.css", "perfprog.css"]
SCRIPTS = ["jquery.min.js", "bootstrap.bundle.min.js", "bootstrap-table.min.js",
           "bootstrap-table-filter-control.min.js", "bootstrap-datepicker.min.js"]
"""In the order GE loads their CDN versions: the pages' inline styles come after the sheets, and
their inline scripts need jQuery and bootstrap-table loaded in the head."""

_REMOTE_TAG = re.compile(r"""<(?:link|script)\b[^>]*\b(?:href|src)=["']https?://[^>]*>(?:\s*</script>)?\s*""")
_FAVICON = re.compile(r"""<link\b[^>]*rel=["']shortcut icon["'][^>]*>\s*""")
_REMOTE_IMAGE = re.compile(r"""<img\b[^>]*\bsrc=["']https?://[^>]*>""")
_REMOTE_URL = re.compile(r"""url\(\s*["']?https?://[^)]*\)""")
_FOOTER = re.compile(r"<footer>.*?</footer>", re.S)  # GE's newsletter call


def _head(prefix: str) -> tuple[str, str]:
    links = "".join(f'<link rel="stylesheet" href="{prefix}/{name}">' for name in STYLES)
    scripts = "".join(f'<script src="{prefix}/{name}"></script>' for name in SCRIPTS)
    return links, scripts


def _offline(text: str, prefix: str) -> str:
    """One page with its remote references replaced by the local assets under ``prefix``."""
    links, scripts = _head(prefix)
    text = _FOOTER.sub("", _FAVICON.sub("", _REMOTE_TAG.sub("", text)))
    text = _REMOTE_IMAGE.sub('<span class="perfprog-brand">Data Docs</span>', text)
    text = _REMOTE_URL.sub("none", text)
    text = text.replace('<meta charset="UTF-8">', '<meta charset="UTF-8">' + links, 1)
    return text.replace("</head>", scripts + "</head>", 1)


def make_offline(docs_dir: Path) -> None:
    """Replace GE's ``static/`` with the shipped assets and point every page at them."""
    shutil.rmtree(docs_dir / "static", ignore_errors=True)
    shutil.copytree(ASSETS, docs_dir / VENDOR)
    for page in docs_dir.rglob("*.html"):
        prefix = Path(os.path.relpath(docs_dir / VENDOR, page.parent)).as_posix()
        page.write_text(_offline(page.read_text(encoding="utf-8"), prefix), encoding="utf-8")
