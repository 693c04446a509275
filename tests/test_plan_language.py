"""The plan knows which language the freelancer works in (a Tehran editor of Persian books,
a Tehran English<->Persian translator, a Tehran Persian social-media manager, a Toronto
English copy editor), and the tool catalogue says, with evidence, which tools serve it."""

from __future__ import annotations

import json
import re
from typing import Any

import pytest
from typer.testing import CliRunner

from azadkar.cli import app
from azadkar.errors import DataError, ProfileError
from azadkar.exposure import Profile, assess
from azadkar.plan import plan, task_tools
from azadkar.projection import project
from azadkar.tools import LANGUAGE_STATUSES, get_tool, load_tools, parse_catalogue

runner = CliRunner()

EDITOR_FA = "ویراستاری و نمونه‌خوانی کتاب‌های فارسی و نوشتن محتوای سئو برای سایت‌های فارسی"
EDITOR_FA_SERVICES = (("editing_proofreading", 0.51), ("blog_content", 0.49))
TRANSLATOR_FA = "مترجم انگلیسی به فارسی هستم و متن‌های فنی و تجاری ترجمه می‌کنم"
SOCIAL_FA = "مدیریت پیج اینستاگرام کافه‌ها و نوشتن کپشن و متن تبلیغاتی"
EDITOR_EN = "I copy-edit and proofread English non-fiction books for Canadian publishers"


def _plan(services: tuple[tuple[str, float], ...], text: str | None, **kw: Any) -> Any:
    profile = Profile(services, rate=300000, currency="IRR", text=text)
    return plan(assess(profile), **kw)


def _tool_ids(pl: Any) -> set[str]:
    return {t.id for act in pl.actions for t in act.tools}


def _task(pl: Any, words: str) -> Any:
    return next(act for act in pl.actions if words in act.task.statement)


# --- the working language -------------------------------------------------------------------


def test_a_persian_description_makes_persian_the_working_language() -> None:
    pl = _plan(EDITOR_FA_SERVICES, EDITOR_FA)
    wl = pl.work_language
    assert wl.languages == ("fa",)
    assert wl.source == "description"
    assert "Persian" in wl.reason_en and "فارسی" in wl.reason_fa
    data = pl.to_dict()
    assert data["work_language"] == ["fa"]
    assert data["work_language_source"] == "description"
    assert data["work_language_reason"]["fa"].startswith("فارسی")
    # the assumption is said, with how to change it
    asm = {a.id: a for a in pl.assumptions}
    assert "--work-language" in asm["work_language"].en
    assert "--work-language" in asm["work_language"].fa


def test_a_translator_who_names_english_works_in_both_languages() -> None:
    pl = _plan((("text_translation", 1.0),), TRANSLATOR_FA)
    assert pl.work_language.languages == ("fa", "en")
    assert "English" in pl.work_language.reason_en
    assert "انگلیسی" in pl.work_language.reason_fa


def test_an_english_description_is_english_and_services_alone_are_unknown() -> None:
    assert _plan((("editing_proofreading", 1.0),), EDITOR_EN).work_language.languages == ("en",)
    unknown = _plan((("editing_proofreading", 1.0),), None)
    assert unknown.work_language.languages == ()
    assert unknown.work_language.source == "unknown"
    assert unknown.to_dict()["work_language_source"] == "unknown"


@pytest.mark.parametrize(
    ("given", "codes"),
    [("fa", ("fa",)), ("en", ("en",)), ("fa,en", ("fa", "en")), (["en", "fa"], ("en", "fa")),
     ("Persian", ("fa",)), ("فارسی، انگلیسی", ("fa", "en"))],
)  # fmt: skip
def test_the_working_language_can_be_given(given: Any, codes: tuple[str, ...]) -> None:
    pl = _plan(EDITOR_FA_SERVICES, EDITOR_FA, work_language=given)
    assert pl.work_language.languages == codes
    assert pl.work_language.source == "given"


@pytest.mark.parametrize("bad", ["de", "", "fa,xx"])
def test_an_unknown_working_language_is_refused_by_name(bad: str) -> None:
    with pytest.raises(ProfileError) as err:
        _plan(EDITOR_FA_SERVICES, EDITOR_FA, work_language=bad)
    assert "working language" in err.value.message
    assert "--work-language" in err.value.message


# --- tools for the language -----------------------------------------------------------------


def test_the_persian_editor_gets_no_grammarly_and_a_persian_tool() -> None:
    pl = _plan(EDITOR_FA_SERVICES, EDITOR_FA)
    ids = _tool_ids(pl)
    # Grammarly checks English only; Jasper and Surfer SEO are kept but marked unknown
    assert "grammarly" not in ids
    proof = _task(pl, "detect and correct errors in spelling")
    assert proof.tools[0].id == "virastar"
    assert proof.tools[0].language_support == "yes"
    # DeepL is recorded as translating Persian only: not a Persian proofreader
    assert "deepl" not in {t.id for t in proof.tools}
    left = {t.id: t for t in pl.tools_left_out}
    assert set(left) >= {"grammarly", "deepl"}
    assert left["grammarly"].text_languages["fa"] == "no"
    assert "English" in left["grammarly"].evidence and left["grammarly"].read
    unknown = {t.id for t in pl.tools_language_unknown()}
    assert {"jasper", "surfer_seo"} <= unknown
    data = pl.to_dict()
    assert {t["id"] for t in data["tools_left_out"]} >= {"grammarly", "deepl"}
    tool_json = data["tasks"][0]["tools"][0]
    assert "work_language_support" in tool_json


def test_the_toronto_copy_editor_keeps_the_same_tools() -> None:
    """English work: nothing is left out or marked, and every task's tools are the ones the
    plan gave before it knew languages."""
    pl = _plan((("editing_proofreading", 1.0),), EDITOR_EN)
    assert pl.tools_left_out == ()
    assert pl.tools_language_unknown() == []
    proof = _task(pl, "detect and correct errors in spelling")
    assert proof.tools[0].id == "grammarly"
    assert "virastar" not in _tool_ids(pl)
    for act in pl.actions:
        if act.tools:
            old = task_tools(act.service_id, act.task)
            assert [t.id for t in act.tools] == [t.id for t in old], act.task.statement


def test_the_translator_keeps_translation_tools_for_persian() -> None:
    pl = _plan((("text_translation", 1.0),), TRANSLATOR_FA)
    ids = _tool_ids(pl)
    # DeepL lists Persian (beta) for translation: it stays for translating
    assert "deepl" in ids
    assert {"trados_studio", "memoq"} & ids


def test_the_persian_social_media_manager_gets_no_english_only_tool() -> None:
    pl = _plan((("social_media_management", 0.6), ("copywriting", 0.4)), SOCIAL_FA)
    assert pl.work_language.languages == ("fa",)
    assert "grammarly" not in _tool_ids(pl)


def test_tasks_that_are_not_text_work_are_not_checked() -> None:
    pl = _plan((("web_programming", 1.0),), "برنامه‌نویسی وب و طراحی سایت با جاوااسکریپت")
    code = _task(pl, "Write supporting code")
    assert code.tools and all(t.language_support == "" for t in code.tools)


# --- first steps follow the person's own services ------------------------------------------


def _steps(pl: Any, role_id: str, lang: str = "en") -> str:
    fit = next(f for f in pl.roles if f.role.id == role_id)
    return " ".join(fit.steps(lang))


def test_an_editor_gets_an_editors_step_not_a_translators_termbase() -> None:
    fa = _steps(_plan(EDITOR_FA_SERVICES, EDITOR_FA), "creativity_system_designer", "fa")
    assert "Trados" not in fa and "CAT" not in fa and "پایگاه اصطلاحات" not in fa
    assert "شیوه‌نامهٔ ویرایش" in fa and "Virastar" in fa and "Grammarly" not in fa
    en = _steps(_plan((("editing_proofreading", 1.0),), EDITOR_EN), "creativity_system_designer")
    assert "style sheet" in en and "Trados" not in en and "Virastar" not in en


def test_a_translator_still_gets_the_translators_steps() -> None:
    steps = _steps(_plan((("text_translation", 1.0),), TRANSLATOR_FA), "creativity_system_designer")
    assert "termbase" in steps and "Trados" in steps


def test_a_persian_writer_is_not_told_to_use_grammarly() -> None:
    pl = _plan((("blog_content", 1.0),), "نوشتن مقاله و محتوای وبلاگ فارسی")
    steps = _steps(pl, "creativity_system_designer", "fa")
    assert "Grammarly" not in steps and "Virastar" in steps
    en = _plan((("blog_content", 1.0),), "I write blog posts for software companies")
    assert "Grammarly" in _steps(en, "creativity_system_designer")


# --- the catalogue records languages with evidence ------------------------------------------


def test_every_text_tool_records_its_languages_with_evidence_and_date() -> None:
    for tool in load_tools():
        if "text" not in tool.modalities:
            continue
        assert set(tool.text_languages) == {"fa", "en"}, tool.id
        assert set(tool.text_languages.values()) <= set(LANGUAGE_STATUSES)
        assert tool.language_evidence.strip(), tool.id
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", tool.language_read), tool.id
    assert get_tool("grammarly").text_languages["fa"] == "no"
    assert get_tool("virastar").text_languages == {"fa": "yes", "en": "no"}
    assert "https://" in get_tool("deepl").language_evidence


def test_a_language_claim_without_evidence_is_refused() -> None:
    raw = {
        k: list(v) if isinstance(v, tuple) else v for k, v in get_tool("deepl").to_dict().items()
    }
    raw.pop("language_evidence")
    raw["text_languages"] = {"fa": "yes", "en": "yes", "read": "2026-11-27"}
    with pytest.raises(DataError, match="evidence"):
        parse_catalogue({"tool": [raw]})
    raw["text_languages"] = {"fa": "maybe", "en": "yes", "evidence": "x", "read": "2026-11-27"}
    with pytest.raises(DataError, match="language status"):
        parse_catalogue({"tool": [raw]})


# --- what people see -----------------------------------------------------------------------


def test_cli_flag_is_documented_and_given_in_json() -> None:
    assert "--work-language" in runner.invoke(app, ["plan", "--help"]).output
    args = ["plan", "--service", "editing_proofreading", "--work-language", "fa"]
    data = json.loads(runner.invoke(app, [*args, "--format", "json"]).output)
    assert data["plan"]["work_language"] == ["fa"]
    assert data["plan"]["work_language_source"] == "given"
    ids = {t["id"] for task in data["plan"]["tasks"] for t in task["tools"]}
    assert "grammarly" not in ids and "virastar" in ids
    bad = runner.invoke(app, [*args[:-1], "german"])
    assert bad.exit_code != 0 and "german" in bad.output


def test_terminal_markdown_and_html_say_the_working_language() -> None:
    base = ["plan", EDITOR_FA, "--rate", "300000", "--currency", "IRR"]
    text = runner.invoke(app, base, env={"COLUMNS": "100"}).output
    assert "زبان کار:" in text and "Grammarly" in text  # in the note on what was left out
    assert "Virastar" in text and "Claude*" in text
    md = runner.invoke(app, [*base, "--format", "md"]).output
    assert "زبان کار" in md and "Claude\\*" in md
    # the left-out note names Grammarly (isolated for RTL) and why
    assert re.search("Grammarly\u2069? \\(فارسی: پشتیبانی نمی\u200cشود\\)", md)
    en = runner.invoke(app, ["plan", EDITOR_EN, "--lang", "en"], env={"COLUMNS": "100"}).output
    assert "Working language: English, because your description is written in English" in en
    assert "Not suggested" not in en and "*" not in en.split("Roles")[0].split("Working")[1]


def test_html_report_lists_the_left_out_tools_with_their_evidence() -> None:
    from azadkar.report.html import render_html

    profile = Profile(EDITOR_FA_SERVICES, rate=300000, currency="IRR", text=EDITOR_FA)
    a = assess(profile)
    html = render_html(a, project(a), plan(a), "fa")
    assert "زبان کار" in html
    assert 'id="tool-languages"' in html
    assert "socket.dev/npm/package/@grammarly/editor-sdk" in html


def test_an_editor_prices_edited_manuscripts_not_translated_documents() -> None:
    """The pricing advice named "a translated document, a subtitled episode" for an editor
    (editing_proofreading is in the translation category)."""
    pl = _plan(EDITOR_FA_SERVICES, EDITOR_FA)
    en, fa = pl.pricing.notes[0]
    assert "edited manuscript" in en and "translated document" not in en
    assert "دست‌نوشتهٔ ویرایش‌شده" in fa and "ترجمه‌شده" not in fa
    translator = _plan((("text_translation", 1.0),), TRANSLATOR_FA)
    assert "translated document" in translator.pricing.notes[0][0]
