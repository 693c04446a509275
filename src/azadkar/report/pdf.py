"""The PDF report: the HTML report with PNG charts and TTF fonts, laid out by WeasyPrint.

WeasyPrint shapes Persian through Pango/HarfBuzz and applies the bidi algorithm, so a
``dir="rtl"`` document comes out right to left with joined letters; the bundled
Vazirmatn covers Persian and Latin. WeasyPrint is imported only here (it is slow).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from azadkar.report.html import render_html

if TYPE_CHECKING:
    from azadkar.exposure import Assessment
    from azadkar.plan import Plan
    from azadkar.projection import Projection


def render_pdf(a: Assessment, p: Projection, pl: Plan, lang: str = "en") -> bytes:
    """The report as PDF bytes."""
    import logging

    from weasyprint import HTML

    # WeasyPrint logs every unsupported CSS property as a warning; the report's CSS is
    # shared with browsers, so those are expected and not the user's concern.
    logging.getLogger("weasyprint").setLevel(logging.ERROR)
    html = render_html(a, p, pl, lang, for_pdf=True)
    return bytes(HTML(string=html, base_url=None).write_pdf())


def write_pdf(path: str | Path, a: Assessment, p: Projection, pl: Plan, lang: str = "en") -> Path:
    out = Path(path)
    out.write_bytes(render_pdf(a, p, pl, lang))
    return out


__all__ = ["render_pdf", "write_pdf"]
