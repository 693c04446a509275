"""A keyboard-only, screen-reader user (a Toronto UX writer) on the assessment pages.

The form's error names the field it is about: that field is marked invalid and described
by the error (aria-invalid, aria-describedby), and keeps what was typed; footnote links
have a name a screen reader can say; the person's own words carry their language; the
long result page has links to its parts, and the keyboard reaches the pricing with them.
The browser tests press Tab in Debian's chromium and read ``document.activeElement``.
Never run ``playwright install``.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import pytest

# base_url (a real server) and browser (chromium): the module fixtures of _web_helpers
from _web_helpers import base_url_fixture, browser_fixture, client  # noqa: F401 (fixtures)

BASE = [("sid", "video_editing"), ("share", "50"), ("sid", "animation"), ("share", "50")]


def _tag(html: str, pattern: str) -> str:
    found = re.search(pattern, html, re.S)
    assert found, pattern
    return found.group(0)


def _result(tmp_path: Path, query: list[tuple[str, str]], lang: str = "en") -> Any:
    with client(tmp_path) as c:
        return c.get("/assess/result?" + urlencode([*query, ("lang", lang)]))


@pytest.mark.parametrize(
    ("query", "field_pattern", "help_id"),
    [
        ([*BASE, ("rate", "abc")], r'<input name="rate"[^>]*>', ""),
        ([*BASE, ("hours", "500")], r'<input name="hours"[^>]*>', ""),
        ([*BASE, ("costs", "-5")], r'<input name="costs"[^>]*>', "costs-help"),
        ([*BASE, ("billable", "x")], r'<input name="billable"[^>]*>', "costs-help"),
        ([*BASE, ("currency", "USD"), ("fx", "1.4")], r'<input name="fx"[^>]*>', "fx-help"),
        ([*BASE, ("scenario", "nope")], r'<select name="scenario"[^>]*>', ""),
        ([*BASE, ("work_language", "klingon")], r'<fieldset class="yes-no work-language"[^>]*>', "wl-help"),
        ([("sid", "video_editing"), ("share", "50"), ("sid", "animation"), ("share", "abc")],
         r'<input class="share"[^>]*aria-label="Share of time \(%\) 2"[^>]*>', ""),
        ([("sid", ""), ("rate", "10")], r'<select name="sid"[^>]*aria-label="Service 1"[^>]*>', ""),
    ],
)  # fmt: skip
def test_the_field_an_error_is_about_is_marked_and_described_by_it(
    tmp_path: Path, query: list[tuple[str, str]], field_pattern: str, help_id: str
) -> None:
    r = _result(tmp_path, query)
    assert r.status_code in (400, 404, 422), r.status_code
    alert = _tag(r.text, r'<p class="alert" role="alert"[^>]*>')
    assert 'id="form-error"' in alert
    field = _tag(r.text, field_pattern)
    assert 'aria-invalid="true"' in field, field
    described = re.search(r'aria-describedby="([^"]*)"', field)
    assert described and described.group(1).split() == [
        "form-error",
        *([help_id] if help_id else []),
    ]
    # only that field: the others keep their help and are not marked
    assert r.text.count('aria-invalid="true"') == 1


def test_a_form_without_an_error_marks_nothing(tmp_path: Path) -> None:
    with client(tmp_path) as c:
        html = c.get("/assess/edit?" + urlencode([*BASE, ("lang", "fa")])).text
    assert "aria-invalid" not in html
    assert 'aria-describedby="costs-help"' in _tag(html, r'<input name="costs"[^>]*>')


def test_a_share_that_is_not_a_number_stays_in_its_field(tmp_path: Path) -> None:
    # "abc" was shown as an empty field under the error that quoted it
    query = [("sid", "video_editing"), ("share", "50"), ("sid", "animation"), ("share", "abc")]
    html = _result(tmp_path, query, "fa").text
    second = _tag(html, r'<input class="share"[^>]*aria-label="سهم از زمان \(٪\) ۲"[^>]*>')
    assert 'value="abc"' in second
    assert 'value="۵۰"' in _tag(
        html, r'<input class="share"[^>]*aria-label="سهم از زمان \(٪\) ۱"[^>]*>'
    )


@pytest.mark.parametrize("lang", ["fa", "en"])
def test_an_empty_description_marks_the_text_box(tmp_path: Path, lang: str) -> None:
    with client(tmp_path) as c:
        r = c.post("/assess/understand", data={"text": "", "lang": lang})
    assert r.status_code == 400
    box = _tag(r.text, r"<textarea[^>]*>")
    assert 'aria-invalid="true"' in box and 'aria-describedby="form-error"' in box
    assert 'id="form-error"' in _tag(r.text, r'<p class="alert"[^>]*>')


@pytest.mark.parametrize(("lang", "name"), [("en", "Source 3"), ("fa", "منبع ۳")])
def test_footnote_links_have_a_name_to_say(tmp_path: Path, lang: str, name: str) -> None:
    html = _result(tmp_path, [*BASE, ("rate", "20")], lang).text
    bare = re.findall(r"<a [^>]*>[0-9۰-۹]+</a>", html)
    assert bare, "the result page has footnote links"
    assert all("aria-label=" in a for a in bare), bare
    assert f'<a href="#ev-msft" aria-label="{name}">' in html


def test_the_persons_words_carry_their_language_on_a_page_in_the_other(tmp_path: Path) -> None:
    words = "تدوینگر ویدئو و موشن‌دیزاینر فریلنس در تهران هستم"
    with client(tmp_path) as c:
        html = c.post("/assess/understand", data={"text": words, "lang": "en"}).text
    quote = _tag(html, r"<blockquote[^>]*>")
    assert 'lang="fa"' in quote and 'dir="auto"' in quote


def test_the_result_links_to_its_parts_and_isolates_tool_names(tmp_path: Path) -> None:
    html = _result(
        tmp_path, [*BASE, ("rate", "400000"), ("currency", "toman"), ("costs", "3e7")], "fa"
    ).text
    nav = _tag(html, r'<nav class="jump"[^>]*>.*?</nav>')
    targets = re.findall(r'href="#([\w-]+)"', nav)
    assert targets == ["projection", "plan", "pricing", "evidence"]
    for t in targets:
        assert f'id="{t}"' in html, t
    # tool names each isolated, with the Persian comma between them
    assert re.search(r"<bdi>[A-Za-z][^<]*</bdi>، <bdi>", html)
    assert re.search(r"</bdi>, <bdi>", html) is None
    # a pricing note names the form's field (it named the option --usd-rate, «--» cut
    # from «usd-rate» in Persian), by its label on the form
    assert "نرخ امروز را در خانهٔ «نرخ دلار به واحد پول شما» در فرم بنویسید" in html
    assert "usd-rate" not in html


# --------------------------------------------------------------------------- browser


ACTIVE = """() => { const e = document.activeElement; const r = e.getBoundingClientRect();
  return {tag: e.tagName, name: e.getAttribute('name'), href: e.getAttribute('href'),
          text: (e.textContent || '').trim(), y: r.top + scrollY, top: r.top,
          invalid: e.getAttribute('aria-invalid')}; }"""


@pytest.mark.browser
@pytest.mark.parametrize("lang", ["fa", "en"])
def test_the_keyboard_reaches_the_pricing_in_a_few_presses(
    browser: Any, base_url: str, lang: str
) -> None:
    pg = browser.new_page(viewport={"width": 390, "height": 844})
    try:
        query = urlencode([*BASE, ("rate", "400000"), ("currency", "toman"), ("lang", lang)])
        pg.goto(f"{base_url}/assess/result?{query}")
        for _ in range(19):
            pg.keyboard.press("Tab")
            f = pg.evaluate(ACTIVE)
            if f["href"] == "#pricing":
                break
        else:
            pytest.fail("no link to the pricing within 19 Tab presses")
        pg.keyboard.press("Enter")
        heading = pg.locator("#pricing").bounding_box()
        assert heading is not None and 0 <= heading["y"] < 844  # scrolled to it
        # the next Tab goes on from the pricing, not back to the top of the page
        pg.keyboard.press("Tab")
        after = pg.evaluate(ACTIVE)
        assert after["y"] > pg.evaluate(
            "document.getElementById('pricing').getBoundingClientRect().top + scrollY"
        )
    finally:
        pg.close()


@pytest.mark.browser
def test_after_an_error_focus_is_on_it_and_a_new_row_is_not_marked(
    browser: Any, base_url: str
) -> None:
    pg = browser.new_page(viewport={"width": 390, "height": 844})
    try:
        query = [("sid", "video_editing"), ("share", "abc"), ("lang", "en")]
        pg.goto(f"{base_url}/assess/result?{urlencode(query)}")
        assert pg.evaluate("document.activeElement.id") == "form-error"
        # Tab from the error goes into the form, and the marked field says it is invalid
        seen = []
        for _ in range(4):
            pg.keyboard.press("Tab")
            seen.append(pg.evaluate(ACTIVE))
        share = next(f for f in seen if f["name"] == "share")
        assert share["invalid"] == "true"
        # the row "add a service" makes copies the last row, but not its error
        pg.click("#add-row")
        rows = pg.locator("#rows tr.row")
        last = rows.nth(rows.count() - 1)
        assert last.locator("input.share").get_attribute("aria-invalid") is None
        assert last.locator("input.share").get_attribute("aria-describedby") is None
        assert pg.evaluate("document.activeElement.tagName") == "SELECT"
    finally:
        pg.close()
