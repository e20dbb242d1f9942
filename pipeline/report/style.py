"""The report's stylesheet, inlined into the page so that it opens offline from disk."""

CSS = """
:root { --error:#c62828; --warning:#b26a00; --info:#546e7a; --ok:#2e7d32; --bad:#d7263d; --ref:#1f6feb;
        --ink:#1d2733; --muted:#5f6b7a; --line:#dde3ea; --soft:#f5f7fa; }
* { box-sizing: border-box; }
body { margin:0; font:15px/1.45 "Segoe UI", "Noto Sans", "DejaVu Sans", Arial, sans-serif; color:var(--ink);
       background:#eef1f5; }
main { max-width:1240px; margin:0 auto; padding:0 24px 48px; }
header.top { background:#1d2b3a; color:#fff; padding:22px 0 18px; margin-bottom:20px; }
header.top .inner { max-width:1240px; margin:0 auto; padding:0 24px; }
header.top h1 { margin:0 0 4px; font-size:24px; font-weight:600; }
header.top .sub { color:#c9d4df; font-size:14px; }
header.top .sub span + span::before { content:"·"; margin:0 8px; color:#7d8fa3; }
nav { display:flex; gap:18px; margin-top:12px; font-size:14px; }
nav a { color:#9fd0ff; text-decoration:none; }
section { background:#fff; border:1px solid var(--line); border-radius:8px; padding:18px 22px; margin:0 0 20px; }
h2 { margin:0 0 12px; font-size:19px; }
p.intro { color:var(--muted); margin:0 0 14px; max-width:90ch; }
p.verdict { margin:0 0 14px; padding:8px 12px; border-radius:6px; font-weight:600; }
p.verdict.bad { background:#fde8ea; color:#8e0f1c; } p.verdict.good { background:#e7f4ea; color:#1d5e27; }
.tiles { display:grid; grid-template-columns:repeat(auto-fit, minmax(112px, 1fr)); gap:12px; }
.tile { background:var(--soft); border-radius:6px; padding:10px 14px; }
.tile .n { font-size:24px; font-weight:600; }
.tile .l { color:var(--muted); font-size:13px; }
.tile.bad .n { color:var(--error); } .tile.good .n { color:var(--ok); }
.chip { display:inline-block; padding:1px 9px; border-radius:10px; font-size:12px; font-weight:600; color:#fff;
        white-space:nowrap; }
.chip.error { background:var(--error); } .chip.warning { background:var(--warning); } .chip.info { background:var(--info); }
.chip.ok { background:var(--ok); }
dl.meta { display:grid; grid-template-columns:max-content 1fr; gap:2px 14px; margin:14px 0 0; font-size:13px; }
dl.meta dt { color:var(--muted); } dl.meta dd { margin:0; word-break:break-all; }
table { border-collapse:collapse; font-size:13px; }
th, td { border:1px solid var(--line); padding:4px 8px; vertical-align:top; }
th { background:var(--soft); text-align:left; font-weight:600; }
td.num, th.num { text-align:right; font-variant-numeric:tabular-nums; white-space:nowrap; }
td.bad { background:#fde8ea; color:#a0101f; font-weight:600; }
.index td a { text-decoration:none; } .index td:nth-child(3) { white-space:nowrap; }
.card { border:1px solid var(--line); border-left:5px solid var(--info); border-radius:6px; padding:14px 16px;
        margin:0 0 16px; background:#fff; }
.card.error { border-left-color:var(--error); } .card.warning { border-left-color:var(--warning); }
.card h3 { margin:0 0 6px; font-size:16px; display:flex; gap:10px; align-items:baseline; flex-wrap:wrap; }
.card h3 .code { font-family:ui-monospace, "DejaVu Sans Mono", monospace; }
.card .what { margin:0 0 10px; color:var(--muted); font-size:14px; }
.card .what b { color:var(--ink); font-weight:600; }
.card .message { margin:0 0 10px; }
.card table { margin:6px 0 12px; }
.card details { margin:6px 0 10px; font-size:13px; color:var(--muted); }
.card details li { margin:2px 0; }
.shots { display:grid; gap:12px; }
figure.shot { margin:0; border:1px solid var(--line); border-left:5px solid var(--ref); border-radius:4px;
              overflow:hidden; background:#fff; }
figure.shot.bad { border-left-color:var(--bad); }
figure.shot img { display:block; width:100%; height:auto; }
figure.shot figcaption { font-size:13px; padding:5px 10px; background:var(--soft); border-top:1px solid var(--line); }
figure.shot.bad figcaption b { color:var(--bad); } figure.shot figcaption b { color:var(--ref); }
.missing { color:var(--bad); font-weight:600; font-size:13px; margin:4px 0; }
.note { background:#fff8e1; border:1px solid #f3d98b; padding:8px 12px; border-radius:4px; font-size:13px; }
details.more > summary { cursor:pointer; font-weight:600; font-size:16px; margin:0 0 12px; }
.footing { width:100%; }
.footing td.num { line-height:1.25; }
.footing td.num small { display:block; color:var(--muted); font-size:11px; }
.footing td.fail { background:#fde8ea; }
.footing td.fail .x { color:var(--bad); font-weight:600; }
small.ge { display:block; color:var(--muted); font-size:11px; font-family:ui-monospace, "DejaVu Sans Mono", monospace; }
.footing tr:hover td { background:#f0f6ff; }
.footing thead th { position:sticky; top:0; }
.charts { display:grid; grid-template-columns:repeat(auto-fill, minmax(240px, 1fr)); gap:10px; }
figure.mini { margin:0; background:var(--soft); border-radius:6px; padding:8px 8px 4px; }
figure.mini figcaption { font-size:12px; font-weight:600; white-space:nowrap; overflow:hidden; text-overflow:ellipsis; }
figure.mini svg { width:100%; height:auto; }
figure.mini text { font-size:10px; text-anchor:middle; fill:var(--ink); }
figure.mini text.y { fill:var(--muted); }
footer { color:var(--muted); font-size:12px; text-align:center; margin-top:24px; }
@media print { body { background:#fff; } section, .card { break-inside:avoid-page; } nav { display:none; } }
"""
