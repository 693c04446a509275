"""Accessibility fixes found by an axe-core and keyboard audit (helper-116, docs/web.md's
"Accessibility"): a blind client on the English pages with a screen reader and the
keyboard only, and a low-vision freelancer on the Persian pages at 200% and 400% zoom.

The HTML-level checks go through the test client; the browser tests (Debian's chromium,
never ``playwright install``) only measure what needs a layout: a command that scrolled
sideways, the contrast of a field's edge, motion, and a table row's height on a phone.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

# base_url (a real server) and browser (chromium): the module fixtures of _web_helpers
from _web_helpers import (  # noqa: F401 (fixtures)
    base_url_fixture,
    browser_fixture,
    client,
    postings_csv,
    serve,
)

# ----------------------------------------------------------------------------- no browser


@pytest.fixture(scope="module")
def market_web(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    """A client whose store holds postings (a slice of it can then fail)."""
    folder = tmp_path_factory.mktemp("a11y-market")
    with client(folder) as c:
        files = {"file": ("jobs.csv", postings_csv(24), "text/csv")}
        assert c.post("/market/ingest?lang=en", files=files).status_code == 200
        yield c


def _tag(page: str, pattern: str) -> str:
    found = re.search(pattern, page)
    assert found, pattern
    return found.group(0)


@pytest.mark.parametrize("lang", ["en", "fa"])
@pytest.mark.parametrize(
    ("query", "field"),
    [("since=2024-13-45", "since"), ("until=tomorrow", "until"), ("country=Narnia", "country")],
)
def test_a_slice_that_cannot_be_made_marks_its_field(
    market_web: Any, lang: str, query: str, field: str
) -> None:
    """The market page said why a slice could not be made, but the field it named was not
    marked: a screen reader on that field heard nothing wrong (the compare page did mark it)."""
    page = market_web.get(f"/market?{query}&lang={lang}").text
    assert 'role="alert" tabindex="-1" id="form-error"' in page
    bad = _tag(page, rf'<input id="slice-{field}"[^>]*>')
    assert 'aria-invalid="true"' in bad and 'aria-describedby="form-error slice-help"' in bad
    others = [f for f in ("since", "until", "country") if f != field]
    for other in others:
        assert "aria-invalid" not in _tag(page, rf'<input id="slice-{other}"[^>]*>')
    # the same page without an error marks nothing
    assert "aria-invalid" not in market_web.get(f"/market?lang={lang}").text


@pytest.mark.parametrize("lang", ["en", "fa"])
def test_a_file_that_cannot_be_read_marks_the_file_field(market_web: Any, lang: str) -> None:
    files = {"file": ("bad.csv", b"nothing,useful\n1,2\n", "text/csv")}
    page = market_web.post(f"/market/ingest?lang={lang}", files=files).text
    assert 'role="alert" tabindex="-1" id="form-error"' in page
    field = _tag(page, r'<input type="file" id="market-file"[^>]*>')
    assert 'aria-invalid="true"' in field and 'aria-describedby="form-error"' in field
    # a slice field is not blamed for an upload's error
    assert "aria-invalid" not in _tag(page, r'<input id="slice-since"[^>]*>')


def test_latin_words_in_persian_text_are_english_to_a_screen_reader(tmp_path: Path) -> None:
    """Latin names on Persian pages were isolated left to right but kept the page's
    language: a Persian voice spelled "Photoshop" out. Words now carry lang="en"; a number
    alone stays the page's."""
    from azadkar.web.pages import isolate_latin

    out = str(isolate_latin("ابزارها: Adobe Photoshop، نسخهٔ 2024", "fa"))
    assert '<bdi dir="ltr" class="nowrap" lang="en">Adobe Photoshop</bdi>' in out
    assert '<bdi dir="ltr" class="nowrap">2024</bdi>' in out
    assert str(isolate_latin("Adobe Photoshop", "en")) == "Adobe Photoshop"
    with client(tmp_path) as c:
        query = "sid=logo_design&share=100&rate=20&currency=USD&hours=40"
        page = html.unescape(c.get(f"/assess/result?{query}&lang=fa").text)
    assert re.search(r'<bdi dir="ltr" class="onet" lang="en">O\*NET', page)
    assert not re.search(r'<bdi dir="ltr" class="onet">', page)
    assert page.count('<bdi dir="ltr" lang="en">GPT-4</bdi>') >= 2  # the exposure table's heads
    assert '<bdi dir="ltr" class="nw" lang="en">Vazirmatn (' in page  # the footer


def test_a_latin_name_in_a_persian_market_cell_stays_whole() -> None:
    """«عرضهٔ GPT-4» in the narrow event-name column broke at the hyphen and read «GPT- عرضهٔ»
    over «4»: the name is now one left-to-right isolate whose hyphen does not break."""
    from azadkar.web.pages import fmt_cell

    assert fmt_cell("event_name", "عرضهٔ GPT-4", "fa") == "عرضهٔ \u2066GPT\u20114\u2069"
    assert fmt_cell("event_name", "عرضهٔ Midjourney v5", "fa") == "عرضهٔ \u2066Midjourney v5\u2069"
    # a Latin value alone, and English pages, are left as they are
    assert fmt_cell("event", "gpt4", "fa") == "gpt4"
    assert fmt_cell("event_name", "GPT-4 released", "en") == "GPT-4 released"


# ----------------------------------------------------------------------------- browser


def _contrast(fg: str, bg: str) -> float:
    """WCAG contrast of two ``rgb(r, g, b)`` colours."""

    def lum(color: str) -> float:
        r, g, b = (int(x) / 255 for x in re.findall(r"\d+", color)[:3])

        def lin(c: float) -> float:
            return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

        return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b)

    hi, lo = sorted((lum(fg), lum(bg)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


@pytest.mark.browser
@pytest.mark.parametrize("width", [390, 320])
def test_api_commands_wrap_instead_of_scrolling(browser: Any, base_url: str, width: int) -> None:
    """The API page's commands scrolled sideways in boxes the keyboard could not reach (axe:
    scrollable-region-focusable, serious) and at 400% zoom (320 CSS px) hid most of each."""
    pg = browser.new_page(viewport={"width": width, "height": 800})
    try:
        pg.goto(f"{base_url}/docs?lang=fa")
        boxes = pg.evaluate(
            "() => [...document.querySelectorAll('pre.command')].map(p => [p.scrollWidth, p.clientWidth])"
        )
        assert boxes and all(sw <= cw + 1 for sw, cw in boxes), boxes
        assert pg.evaluate("document.documentElement.scrollWidth") <= width
    finally:
        pg.close()


FIELDS_JS = """() => [...document.querySelectorAll(
    'main input:not([type=hidden]):not([type=radio]):not([type=checkbox]):not([type=file]), main select, main textarea, main .file-ui')]
  .filter(e => e.getClientRects().length && getComputedStyle(e).opacity !== '0')
  .map(e => {
    let p = e.parentElement, bg = 'rgba(0, 0, 0, 0)';
    for (; p; p = p.parentElement) { bg = getComputedStyle(p).backgroundColor; if (!bg.endsWith(', 0)') && bg !== 'transparent') break; }
    const s = getComputedStyle(e);
    return [e.name || e.className, s.borderTopColor, bg];
  })"""


@pytest.mark.browser
@pytest.mark.parametrize("path", ["/assess", "/disclose", "/market"])
def test_a_fields_edge_stands_out_from_the_page(browser: Any, base_url: str, path: str) -> None:
    """A field's border was #cfcabd, 1.6:1 against the white card: at 200% zoom a
    low-vision user could not tell where to type. WCAG 1.4.11 asks 3:1."""
    pg = browser.new_page(viewport={"width": 1280, "height": 900})
    try:
        pg.goto(f"{base_url}{path}?lang=fa")
        fields = pg.evaluate(FIELDS_JS)
        assert fields
        weak = [(n, fg, bg) for n, fg, bg in fields if _contrast(fg, bg) < 3]
        assert not weak, weak
    finally:
        pg.close()


@pytest.mark.browser
def test_no_motion_when_the_system_asks_for_less(browser: Any, base_url: str) -> None:
    """The home page's tiles slid up on hover, also for someone whose system asks for
    reduced motion (prefers-reduced-motion: reduce)."""
    context = browser.new_context(viewport={"width": 1280, "height": 900}, reduced_motion="reduce")
    pg = context.new_page()
    try:
        pg.goto(f"{base_url}/?lang=en")
        tile = pg.locator(".tile").first
        tile.hover()
        style = tile.evaluate(
            "t => [getComputedStyle(t).transitionDuration, getComputedStyle(t).transform]"
        )
        assert style == ["0s", "none"], style
    finally:
        context.close()
    # without the request the tiles still move
    pg = browser.new_page(viewport={"width": 1280, "height": 900})
    try:
        pg.goto(f"{base_url}/?lang=en")
        duration = pg.locator(".tile").first.evaluate("t => getComputedStyle(t).transitionDuration")
        assert duration != "0s"
    finally:
        pg.close()


@pytest.fixture(scope="module")
def did_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The app on a store whose months span the shipped AI releases (2022-06 to 2023-12,
    nine categories): the Market page shows a difference-in-differences table."""
    from _market_helpers import mapped_store, row
    from azadkar.market import CATEGORY_IDS

    folder = tmp_path_factory.mktemp("a11y-did")
    rows = [
        row(f"{y}-{m:02d}-{1 + (k * 7 + i) % 27:02d}", cat, pay=12.0 + (k * 5 + i) % 40)
        for y, months in ((2022, range(6, 13)), (2023, range(1, 13)))
        for m in months
        for i, cat in enumerate(CATEGORY_IDS[:9])
        for k in range(4)
    ]
    store, _ = mapped_store(folder, rows, db=str(folder / "did.duckdb"))
    store.close()
    with serve(folder / "did.duckdb", data_dir=folder) as url:
        yield url


@pytest.mark.browser
@pytest.mark.parametrize("lang", ["en", "fa"])
def test_control_categories_do_not_make_each_row_a_tower_on_a_phone(
    browser: Any, did_url: str, lang: str
) -> None:
    """The control categories stood one name a line in a narrow column: every row of the
    difference-in-differences table was 150-175 px tall on a 390 px phone. They now wrap
    at their commas in a wider cell."""
    pg = browser.new_page(viewport={"width": 390, "height": 844})
    try:
        pg.goto(f"{did_url}/market?lang={lang}")
        pg.evaluate("document.fonts.ready")
        pg.evaluate(
            "document.querySelectorAll('#ind-did_events details').forEach(d => d.open = true)"
        )
        cells = pg.locator("#ind-did_events td.control")
        assert cells.count() > 0
        sep = "، " if lang == "fa" else ", "
        assert sep in cells.first.inner_text()  # the names, comma-separated
        heights = pg.evaluate(
            "() => [...document.querySelectorAll('#ind-did_events tbody tr')].map(r => r.getBoundingClientRect().height)"
        )
        assert heights and max(heights) <= 120, heights
    finally:
        pg.close()
