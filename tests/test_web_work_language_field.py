"""The assess form's working-language choice (as ``--work-language``): Persian, English,
both, or read from the description. It is a labelled radio group, it survives a form shown
again with an error, it reaches the plan (the result page's line, its tools, the downloads)
and a value azadkar does not know is named instead of being dropped."""

from __future__ import annotations

import html
import json
import re
from typing import Any

import pytest

from _web_helpers import client

PERSIAN_TRANSLATOR = "ترجمهٔ کتاب از انگلیسی به فارسی و ویرایش متن‌های فارسی"


@pytest.fixture(scope="module")
def web(tmp_path_factory: pytest.TempPathFactory) -> Any:
    with client(tmp_path_factory.mktemp("web-wl-field")) as c:
        yield c


def _fieldset(page: str) -> str:
    return page.split('<fieldset class="yes-no work-language"', 1)[1].split("</fieldset>", 1)[0]


def _checked(page: str) -> list[str]:
    return re.findall(r'name="work_language" value="([^"]*)" checked', _fieldset(page))


def _line(page: str) -> str:
    return page.split('id="work-language"', 1)[1].split("</p>", 1)[0]


def _query(lang: str, wl: str | None, text: str = PERSIAN_TRANSLATOR, **extra: str) -> list:
    q = [("sid", "text_translation"), ("share", "70"), ("sid", "editing_proofreading")]
    q += [("share", "30"), ("text", text), ("lang", lang)]
    if wl is not None:
        q.append(("work_language", wl))
    return q + list(extra.items())


@pytest.mark.parametrize("lang", ["fa", "en"])
def test_the_form_offers_the_four_choices_labelled_and_named_for_screen_readers(
    web: Any, lang: str
) -> None:
    page = html.unescape(web.get("/assess", params={"lang": lang}).text)
    box = _fieldset(page)
    # a fieldset's legend names the group; each radio sits inside its own label
    legend = "زبان کارتان" if lang == "fa" else "Language you work in"
    assert f"<legend>{legend}</legend>" in box
    assert re.findall(r'name="work_language" value="([^"]*)"', box) == ["", "fa", "en", "fa,en"]
    labels = re.findall(r'<label class="check"><input [^>]*> ([^<]+)</label>', box)
    if lang == "fa":
        assert labels == ["از روی شرح کارم", "فارسی", "انگلیسی", "هر دو"]
        assert 'dir="rtl"' in page.split("<body", 1)[0] or 'dir="rtl"' in page[:400]
    else:
        assert labels == ["As my description shows", "Persian", "English", "Both"]
    assert 'aria-describedby="wl-help"' in page and 'id="wl-help"' in page
    assert _checked(page) == [""]  # read from the description unless chosen


def test_the_persian_help_isolates_the_latin_tool_name(web: Any) -> None:
    page = html.unescape(web.get("/assess", params={"lang": "fa"}).text)
    help_text = page.split('id="wl-help">', 1)[1].split("</p>", 1)[0]
    assert "\u2068Grammarly\u2069" in help_text


@pytest.mark.parametrize("lang", ["fa", "en"])
def test_a_chosen_language_reaches_the_result_line_and_the_edit_form(web: Any, lang: str) -> None:
    r = web.get("/assess/result", params=_query(lang, "en"))
    assert r.status_code == 200, r.text
    page = html.unescape(r.text)
    line = _line(page)
    if lang == "fa":
        assert "انگلیسی، همان‌طور که در فرم انتخاب کردید" in line
        assert "فارسی" not in line
    else:
        assert "English, as you chose on the form" in line
        assert "Persian" not in line
    # the "edit" link carries the choice, and the form it opens has it checked
    edit = re.search(r'href="(/assess/edit\?[^"]+)"', r.text)
    assert edit is not None
    again = html.unescape(web.get(html.unescape(edit.group(1))).text)
    assert _checked(again) == ["en"]


def test_as_my_description_reads_the_persian_description(web: Any) -> None:
    page = html.unescape(web.get("/assess/result", params=_query("en", "")).text)
    line = _line(page)
    assert "Persian" in line and "because your description" in line
    assert "Language you work in" in line  # how to change it: the form's choice


def test_services_without_a_description_say_the_language_is_not_known(web: Any) -> None:
    params = [("sid", "text_translation"), ("share", "100"), ("lang", "en")]
    page = html.unescape(web.get("/assess/result", params=params).text)
    line = _line(page)
    assert "Not known" in line and "Language you work in" in line


@pytest.mark.parametrize("lang", ["fa", "en"])
def test_the_choice_is_kept_when_the_form_comes_back_with_an_error(web: Any, lang: str) -> None:
    params = _query(lang, "fa,en", rate="abc")
    r = web.get("/assess/result", params=params)
    assert r.status_code == 400  # a ProfileError: the form is shown again
    page = html.unescape(r.text)
    assert 'role="alert"' in page
    assert _checked(page) == ["fa,en"]


def test_a_language_given_by_name_checks_its_box(web: Any) -> None:
    params = [("sid", "text_translation"), ("work_language", "Persian"), ("lang", "en")]
    page = html.unescape(web.get("/assess/edit", params=params).text)
    assert _checked(page) == ["fa"]
    params[1] = ("work_language", "en,fa")
    page = html.unescape(web.get("/assess/edit", params=params).text)
    assert _checked(page) == ["fa,en"]


@pytest.mark.parametrize("lang", ["fa", "en"])
def test_an_unknown_language_is_named_not_dropped(web: Any, lang: str) -> None:
    r = web.get("/assess/result", params=_query(lang, "de"))
    assert r.status_code == 400  # a ProfileError: the form is shown again
    page = html.unescape(r.text)
    alert = page.split('role="alert"', 1)[1].split("</p>", 1)[0]
    assert "de" in alert
    assert ("زبان کار" if lang == "fa" else "working language") in alert
    assert "--work-language" not in alert  # the web names its own form choice
    assert _checked(page) == []


def test_the_downloads_carry_the_choice(web: Any) -> None:
    r = web.get("/assess/download/json", params=_query("en", "fa,en"))
    assert r.status_code == 200, r.text
    plan = json.loads(r.content)["plan"]
    assert plan["work_language"] == ["fa", "en"]
    assert plan["work_language_source"] == "given"


def test_the_understood_page_offers_the_choice_after_the_description(web: Any) -> None:
    r = web.post("/assess/understand", data={"text": PERSIAN_TRANSLATOR, "lang": "fa"})
    assert r.status_code == 200, r.text
    page = html.unescape(r.text)
    assert _checked(page) == [""]  # read from the description unless the person chooses
    assert "<legend>زبان کارتان</legend>" in _fieldset(page)
