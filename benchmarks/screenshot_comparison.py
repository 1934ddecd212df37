"""Screenshot the comparison view as JupyterLab would show it, in headless Chromium.

    python benchmarks/screenshot_comparison.py [--out docs/compare_view.png] [--without-inline-styles]

The comparison of the bundled example report and minutes is rendered by
`minutes_parser.views` (what ``_repr_html_`` returns) and placed inside the
elements JupyterLab wraps an output in, under JupyterLab's own rules for
rendered tables (an excerpt of ``@jupyterlab/rendermime``'s ``base.css``: cells
right-aligned by ``:not(.jp-RenderedMarkdown).jp-RenderedHTMLCommon td``, rows
striped).  That selector outranks a class selector such as ``.mp-cmp td``; the
view's inline styles outrank every selector.  ``--without-inline-styles``
strips the inline styles to show what JupyterLab did to the old view (every
cell right-aligned).

Chromium: ``apt-get install -y chromium`` (Debian) or set ``CHROMIUM``.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# JupyterLab 4's rules for tables in rendered HTML outputs (excerpt of rendermime/style/base.css).
JUPYTERLAB_CSS = """
body { font-family: system-ui, -apple-system, 'Segoe UI', Helvetica, Arial, sans-serif; font-size: 13px;
       color: rgba(0,0,0,0.87); background: #fff; margin: 16px; }
.jp-RenderedHTMLCommon table { border-collapse: collapse; border-spacing: 0; border: none;
  font-size: 12px; table-layout: fixed; margin-left: auto; margin-bottom: 1em; margin-right: auto; }
.jp-RenderedHTMLCommon thead { border-bottom: 1px solid #bdbdbd; vertical-align: bottom; }
.jp-RenderedHTMLCommon td, .jp-RenderedHTMLCommon th, .jp-RenderedHTMLCommon tr {
  vertical-align: middle; padding: 0.5em; line-height: normal; white-space: normal; max-width: none;
  border: none; }
/* specificity (0,2,1): above a class selector such as `.mp-cmp td` (0,1,1) */
:not(.jp-RenderedMarkdown).jp-RenderedHTMLCommon td,
:not(.jp-RenderedMarkdown).jp-RenderedHTMLCommon th,
:not(.jp-RenderedMarkdown).jp-RenderedHTMLCommon tr { text-align: right; }
.jp-RenderedHTMLCommon th { font-weight: bold; }
.jp-RenderedHTMLCommon tbody tr:nth-child(odd) { background: #fff; }
.jp-RenderedHTMLCommon tbody tr:nth-child(even) { background: #f5f5f5; }
.jp-OutputArea-output { width: 1100px; }
"""

CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
    "--hide-scrollbars",
    "--force-device-scale-factor=1",
]


def page(inline_styles: bool = True) -> str:
    import minutes_parser

    report = minutes_parser.parse(ROOT / "examples" / "cabinet_report.txt")
    minutes = minutes_parser.parse(ROOT / "examples" / "cabinet_minutes.txt")
    html = minutes_parser.compare(report, minutes)._repr_html_() or ""
    html = html.replace(str(ROOT) + os.sep, "")
    if not inline_styles:
        html = re.sub(r' style="border:[^"]*"', "", html)
    return (
        f'<!DOCTYPE html><html><head><meta charset="utf-8"><style>{JUPYTERLAB_CSS}</style></head><body>'
        '<div class="jp-OutputArea-output jp-RenderedHTMLCommon jp-RenderedHTML" data-mime-type="text/html">'
        f"{html}</div></body></html>"
    )


def chromium() -> str:
    for name in (os.environ.get("CHROMIUM"), "chromium", "chromium-browser", "google-chrome"):
        if name and shutil.which(name):
            return name
    sys.exit("no Chromium found: apt-get install -y chromium, or set CHROMIUM")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "compare_view.png")
    parser.add_argument("--without-inline-styles", action="store_true")
    parser.add_argument("--size", default="1140,320", help="window width,height in pixels")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "view.html"
        source.write_text(page(not args.without_inline_styles), encoding="utf-8")
        profile = Path(tmp) / "profile"
        command = [
            chromium(),
            *CHROMIUM_FLAGS,
            f"--user-data-dir={profile}",
            f"--window-size={args.size}",
            f"--screenshot={args.out.resolve()}",
            source.as_uri(),
        ]
        subprocess.run(command, check=True, capture_output=True, timeout=120)
    print(f"wrote {args.out} ({args.out.stat().st_size:,} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
