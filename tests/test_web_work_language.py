"""The result page says which language the plan took the work to be in, as the terminal
and the reports do, and marks or names the tools that may not serve it (a Persian editor's
page showed no reason why Grammarly was missing, and no * on tools of unknown support)."""

from __future__ import annotations

import html
from typing import Any

import pytest

from _web_helpers import client

PERSIAN_EDITOR = "ویراستاری و نمونه‌خوانی کتاب‌های فارسی و نوشتن محتوای سئو برای سایت‌های فارسی"


@pytest.fixture(scope="module")
def web(tmp_path_factory: pytest.TempPathFactory) -> Any:
    with client(tmp_path_factory.mktemp("web-work-language")) as c:
        yield c


def _result(web: Any, lang: str, text: str) -> str:
    r = web.get(
        "/assess/result",
        params=[
            ("sid", "editing_proofreading"),
            ("share", "50"),
            ("sid", "blog_content"),
            ("share", "50"),
            ("text", text),
            ("lang", lang),
        ],
    )
    assert r.status_code == 200, r.text
    return html.unescape(r.text)


@pytest.mark.parametrize("lang", ["fa", "en"])
def test_a_persian_editor_is_told_the_working_language_and_why_grammarly_is_left_out(
    web: Any, lang: str
) -> None:
    page = _result(web, lang, PERSIAN_EDITOR)
    line = page.split('id="work-language"', 1)[1].split("</p>", 1)[0]
    assert ("زبان کار" if lang == "fa" else "Working language") in line
    assert ("فارسی" if lang == "fa" else "Persian") in line
    table = page.rsplit('class="tasks-table', 1)[1].split("</table>", 1)[0]  # the plan's
    assert "Grammarly" not in table
    assert "*" in table  # a tool whose Persian support no page we read states
    notes = " ".join(p.split("</p>", 1)[0] for p in page.split('class="small tool-note">')[1:])
    assert "Grammarly" in notes and "Virastar" not in notes
    assert "--format json" not in notes  # the page gives the evidence itself


def test_an_english_editor_sees_grammarly_and_no_stars(web: Any) -> None:
    page = _result(web, "en", "I copy-edit and proofread English books and write SEO blog posts")
    line = page.split('id="work-language"', 1)[1].split("</p>", 1)[0]
    assert "English" in line
    table = page.rsplit('class="tasks-table', 1)[1].split("</table>", 1)[0]  # the plan's
    assert "Grammarly" in table
    assert 'class="small tool-note"' not in page
