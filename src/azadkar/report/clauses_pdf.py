"""Contract clauses on AI use as PDF, laid out by WeasyPrint like the assessment report.

The clauses' own HTML (``ContractClauses.to_html``) is wrapped in a print stylesheet with
the bundled Vazirmatn font inlined (TTF, as for the report PDF). WeasyPrint shapes
Persian through Pango/HarfBuzz and applies the bidi algorithm, so Persian clauses
(``dir="rtl"``) come out right to left with joined letters. Latin-script pieces inside
them stay readable: `code` spans (AIA statements) and the English source list are
isolated left to right. WeasyPrint is imported only when a PDF is made.
"""

from __future__ import annotations

import html
from pathlib import Path
from typing import TYPE_CHECKING

from azadkar.report.html import font_face_css

if TYPE_CHECKING:
    from azadkar.disclosure.clauses import ContractClauses

_CSS = """
@page { size: A4; margin: 18mm 16mm 20mm;
  @bottom-center { content: counter(page) " / " counter(pages); direction: ltr;
                   font-family: 'Vazirmatn'; font-size: 9pt; color: #5b6475; } }
html { font-family: 'Vazirmatn', sans-serif; font-size: 11pt; line-height: 1.65;
       color: #1d2433; }
h1 { font-size: 18pt; margin: 0 0 4mm; line-height: 1.35; }
h2 { font-size: 13pt; margin: 7mm 0 2mm; padding-bottom: 1mm; border-bottom: 1.5pt solid #2f6fdb;
     page-break-after: avoid; }
p { margin: 0 0 2.5mm; text-align: start; orphans: 2; widows: 2; }
.preamble { color: #5b6475; }
code { direction: ltr; unicode-bidi: isolate; font-family: 'DejaVu Sans Mono', monospace;
       font-size: 9.5pt; background: #f1f3f7; padding: 0 1mm; border-radius: 1mm; }
ul { padding-inline-start: 6mm; }
hr { border: 0; border-top: 0.75pt solid #c9ced8; margin: 6mm 0 3mm; }
ul.sources { font-size: 8.5pt; color: #5b6475; direction: ltr; unicode-bidi: isolate;
             text-align: left; padding-left: 6mm; padding-right: 0; }
ul.sources li { overflow-wrap: anywhere; }
"""


# Persian pages are numbered in Persian digits («۱ / ۲»), with CSS's predefined counter style.
_CSS_FA = """
@page { @bottom-center { content: counter(page, persian) " / " counter(pages, persian); } }
"""


def clauses_pdf_document(contract: ContractClauses) -> str:
    """The whole HTML document WeasyPrint lays out (exposed for tests and debugging)."""
    direction = "rtl" if contract.lang == "fa" else "ltr"
    css = _CSS + (_CSS_FA if contract.lang == "fa" else "")
    return (
        f'<!DOCTYPE html>\n<html lang="{contract.lang}" dir="{direction}">\n<head>\n'
        f'<meta charset="utf-8">\n<title>{html.escape(contract.title)}</title>\n'
        f"<style>\n{font_face_css(for_pdf=True)}\n{css}</style>\n</head>\n<body>\n"
        f"{contract.to_html(full_document=False)}\n</body>\n</html>\n"
    )


def render_clauses_pdf(contract: ContractClauses) -> bytes:
    """The clauses as PDF bytes (A4, Vazirmatn, right to left for Persian)."""
    import logging

    from weasyprint import HTML

    # As for the report PDF: WeasyPrint's warnings about CSS it does not support are noise.
    logging.getLogger("weasyprint").setLevel(logging.ERROR)
    return bytes(HTML(string=clauses_pdf_document(contract), base_url=None).write_pdf())


def write_clauses_pdf(path: str | Path, contract: ContractClauses) -> Path:
    out = Path(path)
    out.write_bytes(render_clauses_pdf(contract))
    return out


__all__ = ["clauses_pdf_document", "render_clauses_pdf", "write_clauses_pdf"]
