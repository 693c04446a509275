"""Accessibility of every page, checked by axe-core in Debian's chromium.

Each page (home, the assessment form and what it understood, the result with its plan,
the disclosure form, its result and its errors, a verified file and an unsigned one, the
market before and after an upload, a slice of it that cannot be made, the evidence, the API
page, a page that does not exist, the assessment's error) is opened once, in Persian and in English, and checked at a
desktop's size (1280x900) and a phone's (390x844). The test fails on any violation axe
rates serious or critical. One browser and one server serve the whole module.

Set ``AZADKAR_A11Y_REPORT=1`` to print every page's counts (``-s`` to see them).
Never run ``playwright install``: the browser is the system's ``/usr/bin/chromium``.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

# base_url (a real server) and browser (chromium): the module fixtures of _web_helpers
from _web_helpers import base_url_fixture, browser_fixture, png_bytes, postings_csv  # noqa: F401 (fixtures)

pytestmark = pytest.mark.browser

SIZES = {"desktop": (1280, 900), "phone": (390, 844)}
BLOCKING = ("serious", "critical")
RESULT_QUERY = "sid=logo_design&share=60&sid=social_media_management&share=40&rate=20&currency=USD&hours=40&costs=900"


@pytest.fixture(scope="module")
def axe() -> Any:
    pytest.importorskip("axe_playwright_python", reason="pip install -e '.[dev]' (axe-core)")
    from axe_playwright_python.sync_playwright import Axe

    return Axe()


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("a11y-files")
    image = folder / "poster.png"
    image.write_bytes(png_bytes(16))
    csv = folder / "jobs.csv"
    csv.write_bytes(postings_csv(30))
    return {"image": image, "csv": csv, "folder": folder}


def _fill_disclosure(pg: Any) -> None:
    pg.fill("input[name=title]", "Poster")
    pg.fill("input[name=ai_share]", "40")
    pg.select_option("select[name=tool0]", "midjourney")
    pg.check("input[name=human_review][value=yes]")
    pg.locator("#disclose-form button[type=submit]").click()
    pg.wait_for_selector("#aia")


def _disclose_errors(pg: Any) -> None:
    # the browser's own checks are switched off, so the server's error summary shows
    pg.evaluate("document.getElementById('disclose-form').noValidate = true")
    pg.fill("input[name=ai_share]", "140")
    pg.locator("#disclose-form button[type=submit]").click()
    pg.wait_for_selector("#form-errors")


def _verify(files: dict[str, Path]) -> Callable[[Any], None]:
    def run(pg: Any) -> None:
        _fill_disclosure(pg)
        pg.locator("#sign-file").set_input_files(str(files["image"]))
        pg.locator("#sign button[type=submit]").click()
        pg.wait_for_selector("#sign .ok")
        with pg.expect_download() as dl:
            pg.locator("#sign a[href^='/downloads/']").click()
        signed = files["folder"] / "signed.png"
        dl.value.save_as(str(signed))
        pg.locator("#verify-file").set_input_files(str(signed))
        pg.locator("#verify button[type=submit]").click()
        pg.wait_for_selector("#verify [data-verdict]")

    return run


def _understand(pg: Any) -> None:
    pg.fill("textarea[name=text]", "I design logos and manage Instagram pages")
    pg.locator("form[action='/assess/understand'] button[type=submit]").click()
    pg.wait_for_selector(".understood")


def _ingest(files: dict[str, Path]) -> Callable[[Any], None]:
    def run(pg: Any) -> None:
        pg.locator("input[type=file]").set_input_files(str(files["csv"]))
        pg.locator("form[action^='/market/ingest'] button[type=submit]").click()
        pg.wait_for_selector("#ingest-result")

    return run


def _compare(files: dict[str, Path], query: str) -> Callable[[Any], None]:
    """Fill the store (once is enough: a second upload is "already ingested"), then open
    the comparison of two slices the query asks for, in the page's language."""

    def run(pg: Any) -> None:
        _ingest(files)(pg)
        lang = pg.evaluate("document.documentElement.lang")
        pg.goto(f"/market/compare?{query}&lang={lang}")
        pg.wait_for_selector("#compare-form")

    return run


def _verify_unsigned(files: dict[str, Path]) -> Callable[[Any], None]:
    def run(pg: Any) -> None:
        pg.locator("#verify-file").set_input_files(str(files["image"]))
        pg.locator("#verify button[type=submit]").click()
        pg.wait_for_selector("#verify [data-verdict]")

    return run


def _slice_error(files: dict[str, Path]) -> Callable[[Any], None]:
    def run(pg: Any) -> None:
        _ingest(files)(pg)
        lang = pg.evaluate("document.documentElement.lang")
        pg.goto(f"/market?since=2024-13-45&lang={lang}")
        pg.wait_for_selector(".alert[role=alert]")

    return run


def pages(files: dict[str, Path]) -> dict[str, tuple[str, Callable[[Any], None] | None]]:
    """Name -> (address, what to do there before the check)."""
    return {
        "home": ("/", None),
        "assess": ("/assess", None),
        "understood": ("/assess", _understand),
        "result-plan": (f"/assess/result?{RESULT_QUERY}", None),
        "disclose": ("/disclose", None),
        "disclose-result": ("/disclose", _fill_disclosure),
        "disclose-errors": ("/disclose", _disclose_errors),
        "verify": ("/disclose", _verify(files)),
        "market": ("/market", None),
        "market-ingested": ("/market", _ingest(files)),
        "market-compare": (
            "/market",
            _compare(files, "a_since=2024-05-01&a_until=2024-05-14&b_since=2024-05-15"),
        ),
        # a slice that cannot be made: the alert, the field marked invalid
        "market-compare-error": ("/market", _compare(files, "a_since=2024-13-45&b_label=B")),
        "evidence": ("/evidence", None),
        # the API page (its commands scrolled in boxes the keyboard could not reach), a page
        # that does not exist, the assessment form's error, an unsigned file, a slice of the
        # market that cannot be made (its field marked invalid)
        "docs": ("/docs", None),
        "not-found": ("/no-such-page", None),
        "result-error": ("/assess/result?sid=logo_design&share=100&hours=120", None),
        "verify-unsigned": ("/disclose", _verify_unsigned(files)),
        "market-slice-error": ("/market", _slice_error(files)),
    }


PAGE_NAMES = [
    "home",
    "assess",
    "understood",
    "result-plan",
    "disclose",
    "disclose-result",
    "disclose-errors",
    "verify",
    "market",
    "market-ingested",
    "market-compare",
    "market-compare-error",
    "evidence",
    "docs",
    "not-found",
    "result-error",
    "verify-unsigned",
    "market-slice-error",
]


def violations(axe: Any, pg: Any) -> list[dict[str, Any]]:
    """axe's violations on the page as it is now, each with its impact and nodes."""
    result = axe.run(pg)
    found: list[dict[str, Any]] = result.response["violations"]
    return found


def describe(found: list[dict[str, Any]]) -> str:
    lines = []
    for v in found:
        targets = [" ".join(map(str, n.get("target", []))) for n in v["nodes"][:4]]
        lines.append(f"{v['impact']}: {v['id']} ({len(v['nodes'])}): {v['help']} -> {targets}")
    return "\n".join(lines)


def _open(pg: Any, path: str, lang: str, action: Any) -> None:
    """Load ``path`` in ``lang``, do the page's action (fill and submit a form), and wait
    for the fonts, so that layout is final."""
    sep = "&" if "?" in path else "?"
    pg.goto(f"{path}{sep}lang={lang}")
    if action is not None:
        action(pg)
    pg.evaluate("document.fonts.ready")


@pytest.mark.parametrize("name", PAGE_NAMES)
@pytest.mark.parametrize("lang", ["en", "fa"])
def test_no_serious_or_critical_axe_violation(
    browser: Any, base_url: str, axe: Any, files: dict[str, Path], lang: str, name: str
) -> None:
    path, action = pages(files)[name]
    width, height = SIZES["desktop"]
    context = browser.new_context(
        viewport={"width": width, "height": height}, base_url=base_url, accept_downloads=True
    )
    pg = context.new_page()
    try:
        _open(pg, path, lang, action)
        failures = []
        for size, (w, h) in SIZES.items():
            pg.set_viewport_size({"width": w, "height": h})
            found = violations(axe, pg)
            bad = [v for v in found if v["impact"] in BLOCKING]
            if os.environ.get("AZADKAR_A11Y_REPORT"):
                nodes = sum(len(v["nodes"]) for v in bad)
                print(
                    f"\nA11Y {lang} {name} {size}: {len(found)} rules violated, "
                    f"{len(bad)} serious/critical ({nodes} elements)\n{describe(found)}"
                )
            if bad:
                failures.append(f"[{lang} {name} {size}]\n{describe(bad)}")
        assert not failures, "\n".join(failures)
    finally:
        context.close()


# ----------------------------------------------------------------------------- keyboard

FOCUS_JS = """() => {
  const el = document.activeElement;
  if (!el || el === document.body) return null;
  const s = getComputedStyle(el.matches('input[type=file]') ? el.nextElementSibling || el : el);
  const r = el.getBoundingClientRect();
  return {tag: el.tagName, cls: String(el.className), id: el.id, role: el.getAttribute('role'), text: el.textContent.trim().slice(0, 40),
          style: s.outlineStyle, width: parseFloat(s.outlineWidth), color: s.outlineColor,
          left: r.left, right: r.right, top: r.top, bottom: r.bottom, w: window.innerWidth};
}"""


def contrast_with_white(color: str) -> float:
    """WCAG contrast of an ``rgb(r, g, b)`` colour against white."""
    import re

    r, g, b = (int(x) / 255 for x in re.findall(r"\d+", color)[:3])

    def lin(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    lum = 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b)
    return 1.05 / (lum + 0.05)


@pytest.mark.parametrize("lang", ["en", "fa"])
def test_phone_header_and_menu_work_by_keyboard_with_a_visible_ring(
    browser: Any, base_url: str, lang: str
) -> None:
    """On a phone, Tab reaches the skip link, the brand, every menu entry and the language
    switch in order, each on screen with a ring that stands out (3:1 or more on white;
    the old pale ring was 1.6:1); the skip link moves focus into the page."""
    context = browser.new_context(viewport={"width": 390, "height": 844}, base_url=base_url)
    pg = context.new_page()
    try:
        pg.goto(f"/?lang={lang}")
        seen = []
        for _ in range(7):
            pg.keyboard.press("Tab")
            f = pg.evaluate(FOCUS_JS)
            assert f is not None
            seen.append(f)
            assert f["style"] != "none" and f["width"] >= 2, f
            assert contrast_with_white(f["color"]) >= 3, f
            assert f["left"] >= 0 and f["right"] <= f["w"] and f["top"] >= 0, f
        assert "skip" in seen[0]["cls"]
        assert "brand" in seen[1]["cls"]
        assert [s["tag"] for s in seen[2:6]] == ["A"] * 4  # the four sections
        assert "lang-switch" in seen[6]["cls"]
        # the menu's entries work from the keyboard
        pg.keyboard.press("Shift+Tab")
        pg.keyboard.press("Enter")
        pg.wait_for_url("**/evidence?lang=*")
        # the skip link takes the keyboard past the header
        pg.keyboard.press("Tab")
        pg.keyboard.press("Enter")
        assert pg.evaluate("document.activeElement.id") == "main"
    finally:
        context.close()


@pytest.mark.parametrize("lang", ["en", "fa"])
def test_focus_goes_to_the_error_summary_after_a_failed_submit(
    browser: Any, base_url: str, lang: str
) -> None:
    context = browser.new_context(viewport={"width": 390, "height": 844}, base_url=base_url)
    pg = context.new_page()
    try:
        pg.goto(f"/disclose?lang={lang}")
        _disclose_errors(pg)
        pg.wait_for_load_state()
        f = pg.evaluate(FOCUS_JS)
        assert f and f["id"] == "form-errors" and f["role"] == "alert", f
        assert pg.locator("#form-errors").get_attribute("role") == "alert"
        assert f["top"] >= 0 and f["bottom"] <= 844  # scrolled into view
        # the assessment form: hours over the limit come back with their message focused
        pg.goto(f"/assess/result?sid=logo_design&share=100&hours=120&lang={lang}")
        f = pg.evaluate(FOCUS_JS)
        assert f and "alert" in f["cls"] and f["role"] == "alert", f
        assert f["style"] != "none" and contrast_with_white(f["color"]) >= 3
    finally:
        context.close()


def test_wide_tables_scroll_from_the_keyboard(browser: Any, base_url: str) -> None:
    """A table wider than the phone is a Tab stop whose arrow keys scroll it; where it fits
    (a desktop) it is no stop at all."""
    context = browser.new_context(viewport={"width": 390, "height": 844}, base_url=base_url)
    pg = context.new_page()
    try:
        pg.goto("/evidence?lang=fa")
        box = pg.locator(".table-scroll").first
        assert box.get_attribute("tabindex") == "0" and box.get_attribute("role") == "region"
        assert box.get_attribute("aria-label")
        box.focus()
        before = box.evaluate("b => b.scrollLeft")
        for _ in range(5):
            pg.keyboard.press("ArrowLeft")  # right to left: the rest of the table is leftwards
        assert box.evaluate("b => b.scrollLeft") != before
        pg.set_viewport_size({"width": 1280, "height": 900})
        pg.wait_for_function("() => !document.querySelector('.table-scroll[tabindex]')")
    finally:
        context.close()


# ----------------------------------------------------------------------------- zoom, charts

OUTSIDE_JS = """() => {
  const W = window.innerWidth, bad = [];
  for (const el of document.querySelectorAll('main *, header *, footer *')) {
    const r = el.getBoundingClientRect();
    if (!r.width || el.closest('.skip')) continue;
    let p = el.parentElement, boxed = false;
    for (; p; p = p.parentElement) {
      const o = getComputedStyle(p).overflowX;
      if (o === 'auto' || o === 'scroll') { boxed = true; break; }
    }
    if (!boxed && (r.right > W + 1 || r.left < -1)) bad.push(el.tagName + '.' + el.className + ' ' + Math.round(r.left) + '..' + Math.round(r.right));
  }
  return {scroll: document.documentElement.scrollWidth, width: W, bad: bad.slice(0, 8)};
}"""

CHART_JS = """() => {
  const out = [];
  document.querySelectorAll('svg.chart').forEach((svg, k) => {
    const s = svg.getBoundingClientRect();
    if (!s.width) return;
    const box = svg.closest('.chart-box');
    if (box && box.scrollWidth > box.clientWidth + 1) out.push('chart ' + k + ' scrolls sideways');
    svg.querySelectorAll('text').forEach(t => {
      const r = t.getBoundingClientRect();
      if (r.left < s.left - 1 || r.right > s.right + 1) out.push('chart ' + k + ': «' + t.textContent + '» is cut off');
    });
  });
  return out;
}"""


@pytest.mark.parametrize(
    "name", ["home", "result-plan", "disclose", "market-ingested", "market-compare", "evidence"]
)
@pytest.mark.parametrize("lang", ["fa", "en"])
def test_phone_at_200_percent_zoom_nothing_is_wider_than_the_screen(
    browser: Any, base_url: str, files: dict[str, Path], lang: str, name: str
) -> None:
    """A 390 px phone at 200% zoom lays pages out in 195 CSS px: no page scrolls sideways,
    nothing sticks out of it (the home tiles, the form grids and a fieldset did), and every
    chart's text lies inside its chart."""
    path, action = pages(files)[name]
    context = browser.new_context(
        viewport={"width": 195, "height": 422}, device_scale_factor=2, base_url=base_url
    )
    pg = context.new_page()
    try:
        _open(pg, path, lang, action)
        found = pg.evaluate(OUTSIDE_JS)
        assert found["scroll"] <= found["width"] + 1 and not found["bad"], found
        assert pg.evaluate(CHART_JS) == []
    finally:
        context.close()


@pytest.mark.parametrize("width", [390, 1280])
@pytest.mark.parametrize("lang", ["fa", "en"])
def test_result_and_market_charts_fit_the_screen(
    browser: Any, base_url: str, files: dict[str, Path], lang: str, width: int
) -> None:
    context = browser.new_context(viewport={"width": width, "height": 844}, base_url=base_url)
    pg = context.new_page()
    try:
        pg.goto(f"/assess/result?{RESULT_QUERY}&lang={lang}")
        pg.evaluate("document.fonts.ready")
        assert pg.locator("svg.chart:visible").count() >= 4
        assert pg.evaluate(CHART_JS) == []
        assert pg.evaluate("document.documentElement.scrollWidth") <= width
        pg.goto(f"/market?lang={lang}")
        _ingest(files)(pg)
        pg.evaluate("document.fonts.ready")
        assert pg.evaluate(CHART_JS) == []
    finally:
        context.close()


# ----------------------------------------------------------------------------- no browser


@pytest.mark.parametrize("rtl", [True, False])
@pytest.mark.parametrize("width", [220, 340])
def test_a_long_bar_legend_wraps_inside_the_chart(rtl: bool, width: int) -> None:
    """The bar charts' legend stood on one row: long names ran off the chart (past its left
    edge in Persian), where a phone cut them off."""
    import re

    from azadkar.web import charts

    names = ["همین‌طور بمانید (بدون تغییر)", "سازگار شوید (اجرای برنامه)", "Human label"]
    rows = [charts.Row("اجرای تکنیکی", (0.5, 0.6, 0.7), "زمان ۴۴٪")]
    svg = str(charts.bars(rows, names, rtl=rtl, fmt=lambda v: f"{v:.0%}", width=width))
    legend = re.findall(r'<rect class="s\d" x="([-\d.]+)" y="([\d.]+)" width="12" height="12"', svg)
    assert len(legend) == 3 and len({y for _, y in legend}) >= 2  # more than one row
    for x, _ in legend:
        assert 0 <= float(x) <= width - 12
    for x, name in re.findall(r'<text class="legend" x="([-\d.]+)"[^>]*>([^<]+)<', svg):
        extent = charts._text_width(name, 13.0)
        left, right = (float(x) - extent, float(x)) if rtl else (float(x), float(x) + extent)
        assert left >= -1 and right <= width + 1, (name, left, right)


def test_charts_tell_screen_readers_their_figures() -> None:
    """A chart was named by its title only: a screen reader heard what it was about, never
    what it showed."""
    from azadkar.web import charts

    rows = [charts.Row("Technical execution", (0.5, None), "time 40%")]
    svg = str(
        charts.bars(rows, ["Human", "GPT-4"], rtl=False, fmt=lambda v: f"{v:.0%}", title="By layer")
    )
    assert 'aria-label="By layer: Technical execution: Human 50%, GPT-4 — (time 40%)"' in svg
    assert "<desc>Technical execution: Human 50%, GPT-4 — (time 40%)</desc>" in svg
    line = str(
        charts.lines(
            ["2026", "2030"],
            [("Stay", [1.0, 0.8])],
            rtl=True,
            fmt=lambda v: f"{v:.0%}",
            title="Income",
        )
    )
    assert 'aria-label="Income: Stay: 2026 100%, 2030 80%"' in line


def test_a_long_stacked_label_wraps_beside_its_note() -> None:
    from azadkar.web import charts

    rows = [charts.Row("Audience analysis and feedback work", (0.4, 0.5), "time 19%")]
    svg = str(
        charts.bars(rows, ["A", "B"], rtl=False, fmt=lambda v: f"{v:.0%}", stacked=True, width=220)
    )
    labels = re.findall(r'<text class="label"[^>]*>([^<]+)<', svg)
    assert len(labels) >= 2 and " ".join(labels) == rows[0].label
    for text in labels:
        assert charts._text_width(text, charts.HEAD_SIZE) <= 220 - charts._text_width(
            "time 19%", 13.0
        )


def test_disclose_page_says_where_the_test_certificate_is_kept(tmp_path: Path) -> None:
    """The TEST ONLY certificate is kept between runs: the page says so, and where (under
    the home folder as ``~/…``; elsewhere by its name only, no other server path)."""
    import html

    from _web_helpers import client
    from azadkar.web.i18n import t
    from azadkar.web.pages import shown_folder

    for lang in ("en", "fa"):
        page = html.unescape(client(tmp_path).get(f"/disclose?lang={lang}").text)
        note = page.split('id="test-cert-note">')[1].split("</p>")[0]
        before, after = t("test_cert_kept", lang).split("{folder}")
        assert note.startswith(before) and note.endswith(after)
        assert '<bdi dir="ltr" class="path">…/web-test-cert</bdi>' in note
        assert str(tmp_path) not in page
    home = Path.home() / ".local" / "share" / "azadkar" / "web-test-cert"
    assert shown_folder(home) == "~/.local/share/azadkar/web-test-cert"
    # with a certificate of one's own, no such note
    own = client(tmp_path, sign_cert=tmp_path / "c.pem", sign_key=tmp_path / "k.pem")
    assert 'id="test-cert-note"' not in own.get("/disclose?lang=en").text
