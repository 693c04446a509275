"""End to end in Debian's chromium: a Persian and an English flow through every page.

Screenshots go to ``test-artifacts/screenshots/`` (git-ignored) for a person to look at.
Never run ``playwright install``: the browser is the system's ``/usr/bin/chromium``.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

# base_url (a real server) and browser (chromium): the module fixtures of _web_helpers
from _web_helpers import base_url_fixture, browser_fixture, png_bytes, postings_csv  # noqa: F401 (fixtures)

pytestmark = pytest.mark.browser

SHOTS = Path(__file__).resolve().parent.parent / "test-artifacts" / "screenshots"
HOSTILE = "<script>window.__pwned = 1</script><img src=x onerror='window.__pwned=2'>"


@pytest.fixture()
def page(browser: Any, base_url: str) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1280, "height": 900}, base_url=base_url)
    pg = context.new_page()
    outside: list[str] = []
    pg.on(
        "request",
        lambda r: (
            outside.append(r.url) if not r.url.startswith((base_url, "data:", "blob:")) else None
        ),
    )
    yield pg
    context.close()
    assert not outside, f"requests left the app: {outside}"


def _shot(pg: Any, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    pg.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)


def _check_layout(pg: Any, lang: str) -> None:
    """Direction, font, nothing wider than the window, and no script injected."""
    html = pg.locator("html")
    assert html.get_attribute("lang") == lang
    assert html.get_attribute("dir") == ("rtl" if lang == "fa" else "ltr")
    assert pg.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1")
    assert pg.evaluate("window.__pwned") is None
    brand = pg.locator(".brand").bounding_box()
    switch = pg.locator(".lang-switch").bounding_box()
    # the brand sits at the start of the line: right in Persian, left in English
    assert (brand["x"] > switch["x"]) == (lang == "fa")
    if lang == "fa":
        pg.evaluate("document.fonts.ready")
        assert pg.evaluate("document.fonts.check('16px Vazirmatn', 'آزادکار')")
        family = pg.evaluate("getComputedStyle(document.body).fontFamily")
        assert "Vazirmatn" in family


def _visible_charts(pg: Any, at_least: int) -> None:
    charts = pg.locator("svg.chart:visible")  # each chart has a wide and a phone layout
    assert charts.count() >= at_least
    for i in range(at_least):
        box = charts.nth(i).bounding_box()
        assert box and box["width"] > 200 and box["height"] > 50


@pytest.mark.parametrize("lang", ["fa", "en"])
def test_home(page: Any, lang: str) -> None:
    page.goto(f"/?lang={lang}")
    _check_layout(page, lang)
    assert page.locator(".tile").count() == 4
    _shot(page, f"home-{lang}")
    page.locator(".lang-switch").click()
    other = "en" if lang == "fa" else "fa"
    assert page.locator("html").get_attribute("lang") == other


@pytest.mark.parametrize("lang", ["fa", "en"])
def test_assess_flow(page: Any, lang: str) -> None:
    text = {
        "fa": "من برای کافه‌ها لوگو طراحی می‌کنم و ادمین اینستاگرامشان هستم " + HOSTILE,
        "en": "I design logos for cafés and manage their Instagram pages " + HOSTILE,
    }[lang]
    page.goto(f"/assess?lang={lang}")
    _check_layout(page, lang)
    page.fill("textarea[name=text]", text)
    _shot(page, f"assess-{lang}")
    page.locator("form[action='/assess/understand'] button[type=submit]").click()
    page.wait_for_selector(".understood")
    _check_layout(page, lang)
    assert HOSTILE in page.locator("blockquote").inner_text()  # shown as text, not run
    chosen = page.locator("select[name=sid]").evaluate_all("els => els.map(e => e.value)")
    assert "logo_design" in chosen
    page.locator("#add-row").click()
    assert page.locator("select[name=sid]").count() >= 4
    page.fill("input[name=rate]", "20")
    _shot(page, f"understood-{lang}")
    page.locator("form.profile-form button[type=submit]").click()
    page.wait_for_selector(".stats")
    _check_layout(page, lang)
    _visible_charts(page, 3)
    assert page.locator("#projection table").count() == 1
    assert page.locator("#plan .role").count() >= 1
    with page.expect_download() as dl:
        page.locator("a[href^='/assess/download/md']").click()
    assert dl.value.suggested_filename.endswith(".md")
    _shot(page, f"result-{lang}")


@pytest.mark.parametrize("lang", ["fa", "en"])
def test_disclose_sign_verify(page: Any, lang: str, tmp_path: Path) -> None:
    page.goto(f"/disclose?lang={lang}")
    _check_layout(page, lang)
    page.fill("input[name=title]", "Poster " + HOSTILE)
    page.fill("input[name=ai_share]", "40")
    page.select_option("select[name=tool0]", "midjourney")
    page.select_option("select[name=modality]", "image")
    page.fill("input[name=client]", HOSTILE)
    page.check("input[name=human_review][value=yes]")  # asked, never ticked for the person
    page.locator("#disclose-form button[type=submit]").click()
    page.wait_for_selector("#aia")
    _check_layout(page, lang)
    assert page.locator("#aia").inner_text().startswith("AIA ")
    assert page.locator("#clauses li").count() >= 3
    _shot(page, f"disclose-{lang}")
    image = tmp_path / "poster.png"
    image.write_bytes(png_bytes(16))
    page.locator("#sign input[type=file]").set_input_files(str(image))
    page.locator("#sign button[type=submit]").click()
    page.wait_for_selector("#sign .ok")
    with page.expect_download() as dl:
        page.locator("#sign a[href^='/downloads/']").click()
    signed = tmp_path / "signed.png"
    dl.value.save_as(str(signed))
    assert signed.read_bytes().startswith(b"\x89PNG")
    page.locator("#verify-file").set_input_files(str(signed))
    page.locator("#verify button[type=submit]").click()
    # signed with the server's TEST ONLY certificate: the amber verdict, not the green one
    page.wait_for_selector("#verify [data-verdict='test-only']")
    _check_layout(page, lang)
    assert "AIA" in page.locator("#verify [data-verdict]").inner_text()
    _shot(page, f"disclose-verified-{lang}")


@pytest.mark.parametrize("lang", ["fa", "en"])
def test_market_flow(page: Any, lang: str, tmp_path: Path) -> None:
    page.goto(f"/market?lang={lang}")
    _check_layout(page, lang)
    csv = tmp_path / "jobs.csv"
    # different rows per language, so the second run is not "already ingested"
    n = 40 if lang == "fa" else 44
    csv.write_bytes(postings_csv(n, hostile="<script>window.__pwned=3</script>"))
    page.locator("input[type=file]").set_input_files(str(csv))
    page.locator("form[action^='/market/ingest'] button[type=submit]").click()
    page.wait_for_selector("#ingest-result")
    _check_layout(page, lang)
    text = page.locator("#ingest-result").inner_text()
    assert (
        "تاریخ خوانا نیست" if lang == "fa" else "unparseable date"
    ) in text and "<script>" in text
    assert "/tmp/" not in page.content()
    _visible_charts(page, 2)
    assert page.locator(".indicator").count() == 7  # one block per indicator, as the API lists
    _shot(page, f"market-{lang}")


@pytest.mark.parametrize("lang", ["fa", "en"])
def test_evidence(page: Any, lang: str) -> None:
    page.goto(f"/evidence?lang={lang}")
    _check_layout(page, lang)
    assert page.locator(".claim").count() >= 10
    assert page.locator(".claim .badge.cited").count() == page.locator(".claim").count()
    assert page.locator(".source").count() >= 2
    _shot(page, f"evidence-{lang}")


@pytest.mark.parametrize("lang", ["fa", "en"])
def test_narrow_screen(browser: Any, base_url: str, lang: str) -> None:
    context = browser.new_context(viewport={"width": 390, "height": 844}, base_url=base_url)
    pg = context.new_page()
    try:
        pg.goto(
            f"/assess/result?sid=copywriting&share=70&sid=text_translation&share=30&lang={lang}"
        )
        # phone width: the page may scroll tables inside their boxes, never sideways itself
        assert pg.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1")
        _visible_charts(pg, 2)
        _shot(pg, f"result-phone-{lang}")
    finally:
        context.close()


FILE_WORDS = {"fa": ("انتخاب فایل", "فایلی انتخاب نشده"), "en": ("Choose file", "No file chosen")}
# the verify form's picker takes several files, and its button says so
FILES_WORD = {"fa": "انتخاب فایل‌ها", "en": "Choose files"}


@pytest.mark.parametrize("width", [1280, 390])
@pytest.mark.parametrize("lang", ["fa", "en"])
def test_file_pickers_speak_the_page_language(
    browser: Any, base_url: str, lang: str, width: int, tmp_path: Path
) -> None:
    choose, nothing = FILE_WORDS[lang]
    context = browser.new_context(viewport={"width": width, "height": 900}, base_url=base_url)
    pg = context.new_page()
    try:
        pg.goto(f"/disclose?lang={lang}")
        _check_layout(pg, lang)
        # (the verify form has a second, optional picker: the CA file the sender gave)
        for section, count in (("#sign", 1), ("#verify", 2)):
            picks = pg.locator(f"{section} .file-pick")
            assert picks.count() == count
            pick = picks.first
            several = section == "#verify"
            assert pick.locator(".file-btn").inner_text() == (
                FILES_WORD[lang] if several else choose
            )
            assert pick.locator(".file-name").inner_text() == nothing
            field = pick.locator("input[type=file]")
            assert (field.get_attribute("multiple") is not None) == several
            assert field.get_attribute("name") == "file" and field.get_attribute("required") == ""
            assert field.get_attribute("accept") == "image/png,image/jpeg,application/pdf"
            # transparent over the page's button, not display:none: still focusable and
            # described to screen readers by the page's own words
            assert field.evaluate("e => getComputedStyle(e).opacity") == "0"
            assert field.get_attribute("aria-describedby") == f"{section[1:]}-file-name"
            ui = pick.locator(".file-ui").bounding_box()
            box = field.bounding_box()
            assert ui and box and abs(box["width"] - ui["width"]) < 1
        # the button sits at the start of the line: right in Persian, left in English
        btn = pg.locator("#sign .file-btn").bounding_box()
        line = pg.locator("#sign .file-name").bounding_box()
        assert btn and line and (btn["x"] > line["x"]) == (lang == "fa")
        # required still holds: an empty pick is not posted
        pg.locator("#verify button[type=submit]").click()
        assert pg.locator("#verify-file").evaluate("e => e.validity.valueMissing")
        assert pg.locator("#verify .alert, #verify .ok, #verify [data-verdict]").count() == 0
        # keyboard focus shows the ring on the page's picker
        pg.locator("#disclose-form button[type=submit]").focus()
        pg.keyboard.press("Tab")
        assert pg.evaluate("document.activeElement.id") == "sign-file"
        ring = pg.locator("#sign .file-ui").evaluate(
            "e => [getComputedStyle(e).outlineStyle, getComputedStyle(e).outlineWidth]"
        )
        assert ring == ["solid", "3px"]
        # (Space on the focused native input opens the chooser; headless chromium fires
        # that event unreliably under load, so the file is set on the input directly.)
        image = tmp_path / "poster-v2.png"
        image.write_bytes(png_bytes(8))
        pg.locator("#sign-file").set_input_files(str(image))
        # the chosen name shows, isolated so a Latin name reads left to right in Persian
        name = pg.locator("#sign .file-name")
        assert name.inner_text() == "poster-v2.png"
        assert name.evaluate("e => getComputedStyle(e).direction") == "ltr"
        assert pg.locator("#verify-file-name").inner_text() == nothing
        ca = pg.locator("#verify-trust")
        assert ca.get_attribute("name") == "trust" and ca.get_attribute("required") is None
        assert pg.locator("#verify-trust-name").inner_text() == nothing
        _shot(pg, f"file-picker-disclose-{lang}-{width}")
        pg.locator("#sign button[type=submit]").click()
        pg.wait_for_selector("#sign .ok")

        pg.goto(f"/market?lang={lang}")
        pick = pg.locator(".file-pick")
        assert pick.locator(".file-btn").inner_text() == choose
        assert pick.locator(".file-name").inner_text() == nothing
        field = pick.locator("input[type=file]")
        assert field.get_attribute("name") == "file" and field.get_attribute("required") == ""
        assert field.get_attribute("accept") is None
        csv = tmp_path / "آگهی‌ها.csv"
        csv.write_bytes(postings_csv(5))
        field.set_input_files(str(csv))
        assert pick.locator(".file-name").inner_text() == "آگهی‌ها.csv"
        field.set_input_files([])
        assert pick.locator(".file-name").inner_text() == nothing
        assert pg.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1")
    finally:
        context.close()


def test_file_pickers_work_without_javascript(browser: Any, base_url: str, tmp_path: Path) -> None:
    context = browser.new_context(base_url=base_url, java_script_enabled=False)
    pg = context.new_page()
    try:
        pg.goto("/disclose?lang=fa")
        # without the script nothing would keep the page's line up to date: the native
        # control shows instead, and the form posts as before
        assert pg.locator("#sign .file-ui").is_hidden()
        assert pg.locator("#sign-file").is_visible()
        image = tmp_path / "poster.png"
        image.write_bytes(png_bytes(8))
        pg.locator("#sign-file").set_input_files(str(image))
        pg.locator("#sign button[type=submit]").click()
        pg.wait_for_selector("#sign .ok")
    finally:
        context.close()


@pytest.mark.parametrize("lang", ["fa", "en"])
def test_form_checks_speak_the_page_language(browser: Any, base_url: str, lang: str) -> None:
    """The browser's own "Please fill out this field." is in the browser's language (here
    English); app.js gives the page's words instead (Constraint Validation API)."""
    from azadkar.web.i18n import VALIDATION

    context = browser.new_context(
        viewport={"width": 1000, "height": 700}, base_url=base_url, locale="en-US"
    )
    pg = context.new_page()
    try:
        pg.goto(f"/disclose?lang={lang}")
        title = pg.locator("#disclose-form input[name=title]")
        # before any check the message is the browser's own
        assert title.evaluate("e => e.validationMessage") != VALIDATION["missing"][lang]
        pg.locator("#disclose-form button[type=submit]").click()
        assert title.evaluate("e => e.validationMessage") == VALIDATION["missing"][lang]
        # the review question has no answer chosen for the person: it asks for one
        review = pg.locator("#disclose-form input[name=human_review][value=yes]")
        assert review.evaluate("e => e.validationMessage") == VALIDATION["missing_choice"][lang]
        assert pg.locator("#aia").count() == 0  # nothing was posted
        _shot(pg, f"form-check-title-{lang}")
        # once the field is edited the message goes, and the form posts
        title.fill("Poster")
        assert title.evaluate("e => e.validity.valid && e.validationMessage === ''")
        # an empty file picker says so in the page's language too
        pg.locator("#verify button[type=submit]").click()
        pick = pg.locator("#verify-file")
        assert pick.evaluate("e => e.validationMessage") == VALIDATION["missing_file"][lang]
        _shot(pg, f"form-check-file-{lang}")
        # a number out of range: the words name the limit, in Persian digits on Persian pages
        share = pg.locator("#disclose-form input[name=ai_share]")
        share.evaluate("e => { e.type = 'number'; e.min = '0'; e.max = '100'; }")
        share.fill("150")
        assert not share.evaluate("e => e.reportValidity()")
        want = VALIDATION["over"][lang].replace("{max}", "۱۰۰" if lang == "fa" else "100")
        assert share.evaluate("e => e.validationMessage") == want
        share.fill("40")
        assert share.evaluate("e => e.validationMessage") == ""
        pg.select_option("#disclose-form select[name=tool0]", "midjourney")
        # answering "no" clears the message held by the group's required "yes" (it kept
        # the form from being sent)
        pg.check("#disclose-form input[name=human_review][value=no]")
        assert review.evaluate("e => e.validity.valid")
        pg.locator("#disclose-form button[type=submit]").click()
        pg.wait_for_selector("#aia")
    finally:
        context.close()
