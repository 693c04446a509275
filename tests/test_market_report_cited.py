"""The market report (HTML and PDF) shows the source report's $2.4/h as a cited-claim line
with its source, never as a column beside the measured AI-training pay (as the text output
does); JSON keeps the cited figure on the market row."""

from __future__ import annotations

import html
import re
from pathlib import Path
from typing import Any

import pytest

from _market_helpers import mapped_store, row
from azadkar.market import MarketIndicators, indicators
from azadkar.report.market_report import render_market_html

CATS = ("web_dev", "design", "writing", "translation")


def _rows() -> list[dict[str, Any]]:
    """Six months of hourly pay, every ninth posting an AI-training one."""
    out = []
    for m in range(6):
        for i in range(36):
            title = "Data annotation for AI training" if i % 9 == 0 else "job"
            out.append(row(f"2024-{1 + m:02d}-{1 + i % 28:02d}", CATS[i % 4], 4.0 + i, title=title))
    return out


@pytest.fixture(scope="module")
def mi(tmp_path_factory: pytest.TempPathFactory) -> MarketIndicators:
    s, _ = mapped_store(tmp_path_factory.mktemp("cited"), _rows())
    with s:
        return indicators(store=s)


def _ai_section(doc: str) -> str:
    doc = html.unescape(doc)
    at = doc.index("AI-training and data-annotation postings") if "AI-training and" in doc else -1
    if at < 0:
        at = doc.index("آگهی‌های آموزش هوش مصنوعی")
    return doc[at : doc.index("</section>", at)]


@pytest.mark.parametrize("lang", ["en", "fa"])
@pytest.mark.parametrize("for_pdf", [False, True])
def test_cited_figure_is_a_cited_line_not_a_column(
    mi: MarketIndicators, lang: str, for_pdf: bool
) -> None:
    ai = mi.get("ai_training")
    assert ai.ok and ai.rows[0]["cited_hourly_usd"] == 2.4  # JSON keeps it
    section = _ai_section(render_market_html(mi, lang, for_pdf=for_pdf))
    heads = re.findall(r"<th>(.*?)</th>", section)
    assert heads, "the AI-training table is shown"
    for head in heads:
        assert "cited" not in head and "نقل‌شده" not in head, head
    cells = re.findall(r"<td[^>]*>(.*?)</td>", section)
    assert not [c for c in cells if c in ("2.4", "$2.40", "۲٫۴۰", "cited, not verified")], cells
    # the claim is a line of its own, marked cited, with its source, beside what was measured
    box = re.search(r'<div class="cited keep">(.*?)</div>', section, re.S)
    assert box is not None
    said = re.sub("<[^>]+>", "", box[1])
    if lang == "en":
        assert said.startswith("Cited claim, not verified:") and "$2.4" in said
        assert "Measured here:" in said and "median posted hourly pay" in said
    else:
        assert said.startswith("ادعای نقل‌شده، تأییدنشده:") and "سنجیده در اینجا" in said
        assert "۲٫۴" in said or "2.4" in said
    assert "(" in said and ")" in said  # the claim's source, in brackets


def test_pdf_shows_the_cited_line(mi: MarketIndicators, tmp_path: Path) -> None:
    pytest.importorskip("weasyprint")
    from weasyprint import HTML

    doc = HTML(string=render_market_html(mi, "en", for_pdf=True)).render()
    text = " ".join(
        b.text for p in doc.pages for b in _walk(p._page_box) if type(b).__name__ == "TextBox"
    )
    assert "Cited claim, not verified:" in text
    assert "cited figure (USD/h)" not in text and "cited figure status" not in text


def _walk(b: Any) -> Any:
    yield b
    for c in getattr(b, "children", None) or []:
        yield from _walk(c)
