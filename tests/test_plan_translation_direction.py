"""A translator's plan models the direction of the work (into Persian or out of it): which
direction was assumed and why, which catalogue tools have evidence for each direction,
what to check in the target language, and what to supervise for the kinds of text named
(a literary book into Persian, a contract out of Persian). Personas: a Tehran translator
(English->Persian books, Persian->English business documents) and a Toronto translator."""

from __future__ import annotations

import html
import re
import tomllib
from importlib import resources
from typing import Any

import pytest
from typer.testing import CliRunner

from _web_helpers import client
from azadkar.cli import app
from azadkar.errors import DataError
from azadkar.exposure import Profile, assess
from azadkar.plan import plan
from azadkar.projection import project
from azadkar.report.markdown import report_markdown
from azadkar.report.plan_strings import translation_view
from azadkar.tools import (
    get_tool,
    load_catalogue,
    output_checkers,
    parse_catalogue,
    translation_direction,
    translation_support,
    translation_tools,
)

runner = CliRunner()

TEHRAN = "مترجم هستم: ترجمهٔ کتاب از انگلیسی به فارسی و ترجمهٔ اسناد تجاری از فارسی به انگلیسی"
TEHRAN_EN = "I translate English books into Persian and Persian business documents into English"
TORONTO = "I translate contracts and immigration documents from Persian to English in Toronto"
NO_DIRECTION = "I translate websites and apps for small companies"
SERVICES = (("text_translation", 0.7), ("editing_proofreading", 0.3))


def _plan(text: str | None, services: Any = SERVICES) -> Any:
    return plan(assess(Profile(services, rate=300000, currency="toman", text=text)))


# --- reading the direction ------------------------------------------------------------------


@pytest.mark.parametrize("text", [TEHRAN, TEHRAN_EN])
def test_both_directions_with_the_kind_of_text_named_before_each(text: str) -> None:
    found = translation_direction(text)
    assert found.source == "description"
    assert found.directions == ("en_fa", "fa_en")
    # books go into Persian, business documents out of it: not both kinds for both
    assert found.genres("en_fa") == ("literary",)
    assert found.genres("fa_en") == ("legal_business",)


@pytest.mark.parametrize(
    ("text", "direction", "words"),
    [
        (TORONTO, "fa_en", "Persian to English"),
        ("مترجم رسمی؛ ترجمهٔ مدارک به انگلیسی", "fa_en", "ترجمهٔ مدارک به انگلیسی"),
        ("رمان‌ها را به فارسی ترجمه می‌کنم", "en_fa", "به فارسی ترجمه"),
        ("I translate from Farsi", "fa_en", "from Farsi"),
        ("subtitles into Persian", "en_fa", "into Persian"),
    ],
)
def test_one_direction_and_the_words_it_was_read_from(
    text: str, direction: str, words: str
) -> None:
    found = translation_direction(text)
    assert found.directions == (direction,)
    assert [f.words for f in found.found] == [words]


@pytest.mark.parametrize("text", [NO_DIRECTION, "English-Persian translator", "", None])
def test_no_direction_named_assumes_both_as_a_stated_default(text: str | None) -> None:
    found = translation_direction(text)
    assert found.source == "default"
    assert found.directions == ("en_fa", "fa_en")
    assert found.found == ()


# --- what the catalogue records per direction -----------------------------------------------


def test_a_tool_translates_in_a_direction_only_with_evidence_for_both_ends() -> None:
    # DeepL: Persian recorded as a translation language (its API list), English "yes"
    assert translation_support(get_tool("deepl"), "en_fa") == "yes"
    assert translation_support(get_tool("deepl"), "fa_en") == "yes"
    # Google Translate: no page read says Persian
    assert translation_support(get_tool("google_translate"), "en_fa") == "unknown"
    # Grammarly does not handle Persian at all
    assert translation_support(get_tool("grammarly"), "fa_en") == "no"
    for direction in ("en_fa", "fa_en"):
        ids = [t.id for t, _ in translation_tools(direction)]
        assert ids[0] == "deepl"
        # a Persian cleaner, a research assistant and a speech model are not translators
        assert not {"virastar", "perplexity", "whisper"} & set(ids)
        for tool, status in translation_tools(direction):
            if status == "yes":  # every "yes" rests on a dated vendor page
                assert tool.language_evidence and re.match(r"\d{4}-\d\d-\d\d", tool.language_read)


def test_the_target_language_is_checked_by_tools_that_serve_it() -> None:
    assert [t.id for t in output_checkers("en_fa")] == ["virastar"]
    into_english = [t.id for t in output_checkers("fa_en")]
    assert "grammarly" in into_english and "virastar" not in into_english


def test_the_catalogue_refuses_directions_and_kinds_of_text_it_cannot_use() -> None:
    doc = tomllib.loads(resources.files("azadkar").joinpath("data/tools.toml").read_text("utf-8"))
    assert len(parse_catalogue(doc).directions) == 2
    missing = dict(doc, translation_direction=doc["translation_direction"][:1])
    with pytest.raises(DataError, match="en_fa, fa_en"):
        parse_catalogue(missing)
    uneven = [dict(doc["translation_genre"][0], supervise_fa=["یک"])]
    with pytest.raises(DataError, match="same length"):
        parse_catalogue(dict(doc, translation_genre=uneven))
    bad_cue = [dict(doc["translation_genre"][0], cues=["(book"])]
    with pytest.raises(DataError, match="not a pattern"):
        parse_catalogue(dict(doc, translation_genre=bad_cue))
    no_basis = [dict(doc["translation_direction"][0], basis=""), *doc["translation_direction"][1:]]
    with pytest.raises(DataError, match="basis"):
        parse_catalogue(dict(doc, translation_direction=no_basis))


# --- what the plan shows --------------------------------------------------------------------


def test_only_a_translator_gets_the_directions() -> None:
    assert translation_view(_plan("I write SEO blog posts", (("blog_content", 1.0),)), "en") is None


@pytest.mark.parametrize("lang", ["fa", "en"])
def test_the_tehran_translator_sees_each_direction_with_its_own_checks(lang: str) -> None:
    view = translation_view(_plan(TEHRAN), lang)
    assert view is not None and view["source"] == "description"
    into_fa, out_of_fa = view["directions"]
    assert into_fa["id"] == "en_fa" and out_of_fa["id"] == "fa_en"
    # why: the description's own words, quoted
    assert (
        "«انگلیسی به فارسی»" in view["assumed"] or "انگلیسی به فارسی\u2069\u201d" in view["assumed"]
    )
    # tools: DeepL has evidence; the rest are marked *
    assert "DeepL" in into_fa["translate"] and "Google\u00a0Translate*" in into_fa[
        "translate"
    ].replace(" ", "\u00a0")
    assert "Virastar" in into_fa["check"] and "Grammarly" not in into_fa["check"]
    assert "Grammarly" in out_of_fa["check"] and "Virastar" not in out_of_fa["check"]
    # the book's voice is supervised into Persian, the contract's terms out of it
    voice = "لحن نویسنده" if lang == "fa" else "author's voice"
    terms = "اصطلاح حقوقی" if lang == "fa" else "legal or technical term"
    assert any(voice in x for x in into_fa["supervise"])
    assert not any(terms in x for x in into_fa["supervise"])
    assert any(terms in x for x in out_of_fa["supervise"])
    assert not any(voice in x for x in out_of_fa["supervise"])
    # the advice is said to be advice
    assert ("توصیهٔ آزادکار" if lang == "fa" else "azadkar's advice") in view["basis"]


@pytest.mark.parametrize("lang", ["fa", "en"])
def test_a_description_without_a_direction_says_both_were_assumed(lang: str) -> None:
    view = translation_view(_plan(NO_DIRECTION), lang)
    assert view is not None and view["source"] == "default"
    assert [d["id"] for d in view["directions"]] == ["en_fa", "fa_en"]
    assert ("پیش‌فرض آزادکار" if lang == "fa" else "azadkar's default") in view["assumed"]


@pytest.mark.parametrize("lang", ["fa", "en"])
def test_the_terminal_plan_shows_the_directions(lang: str) -> None:
    r = runner.invoke(
        app,
        ["plan", "--lang", lang, TEHRAN, "--currency", "toman", "--rate", "300000"],
        env={"COLUMNS": "80"},
    )
    assert r.exit_code == 0, r.output
    head = "جهت ترجمه" if lang == "fa" else "Translation direction"
    assert head in r.output
    section = r.output.split(head, 1)[1]
    for name in (
        ("انگلیسی به فارسی", "فارسی به انگلیسی")
        if lang == "fa"
        else ("English → Persian", "Persian → English")
    ):
        assert name in section
    from rich.cells import cell_len

    for line in section.splitlines():  # the section keeps to the terminal's 80 columns
        assert cell_len(line.rstrip()) <= 80, (cell_len(line), line)


def test_the_toronto_translator_gets_one_direction_in_every_report() -> None:
    a = assess(Profile((("text_translation", 1.0),), rate=45, currency="CAD", text=TORONTO))
    pl = plan(a)
    md = report_markdown(a, project(a), pl, "en")
    section = md.split("### Translation direction", 1)[1].split("###", 1)[0]
    assert "Persian → English" in section and "English → Persian" not in section
    assert "\u201cPersian to English\u201d" in section
    assert "Check the English text with: Grammarly" in section


def test_the_web_result_page_shows_the_directions(tmp_path: Any) -> None:
    params = [
        ("sid", "text_translation"),
        ("share", "100"),
        ("text", TEHRAN),
        ("lang", "fa"),
    ]
    with client(tmp_path) as web:
        r = web.get("/assess/result", params=params)
    assert r.status_code == 200
    page = html.unescape(r.text)
    section = page.split('id="translation-direction"', 1)[1].split("</section>", 1)[0]
    assert 'data-direction="en_fa"' in section and 'data-direction="fa_en"' in section
    assert "جهت ترجمه" in section and "Virastar" in section
    # every tool named carries the record its language support rests on, with its date
    evidence = section.split('class="small tool-evidence"', 1)[1].split("</details>", 1)[0]
    assert "developers.deepl.com" in evidence and "۲۰۲۶-۱۱-۲۷" in evidence
    assert "Google Translate*</bdi>" in evidence


def test_the_html_report_gives_each_tools_evidence() -> None:
    from azadkar.report.html import render_html

    a = assess(Profile((("text_translation", 1.0),), rate=45, currency="CAD", text=TORONTO))
    page = html.unescape(render_html(a, project(a), plan(a), "en"))
    section = page.split('id="translation-direction"', 1)[1].split("</section>", 1)[0]
    assert "Persian → English" in section
    assert "developers.deepl.com" in section and "(read <bdi" in section


def test_catalogue_directions_are_loaded_once() -> None:
    assert load_catalogue().directions[0].id in ("en_fa", "fa_en")


# --- language evidence read this session ----------------------------------------------------


def test_whisper_records_persian_from_its_own_language_list() -> None:
    whisper = get_tool("whisper")
    assert whisper.text_languages == {"en": "yes", "fa": "yes"}
    assert "github.com/openai/whisper" in whisper.language_evidence
    assert "tokenizer" in whisper.language_evidence
    assert whisper.language_read == "2026-11-27"
    # a Persian transcriber's plan names it without the * of unknown support
    profile = Profile(
        (("transcription_subtitling", 1.0),),
        text="پیاده‌سازی مصاحبه‌های فارسی و زیرنویس فارسی برای ویدئو",
    )
    pl = plan(assess(profile))
    assert "whisper" in {t.id for act in pl.actions for t in act.tools}
    assert "whisper" not in {t.id for t in pl.tools_language_unknown()}


def test_a_word_that_only_starts_with_a_language_name_is_no_direction() -> None:
    # «فارسی‌زبانان» are Persian speakers, not a language translated from
    found = translation_direction("از فارسی‌زبانان کانادا سفارش ترجمه می‌گیرم")
    assert found.source == "default"


def test_the_plan_json_carries_the_direction_and_each_tools_support() -> None:
    toronto = _plan(TORONTO).to_dict()["translation_direction"]
    assert toronto["directions"] == ["fa_en"] and toronto["source"] == "description"
    assert toronto["found"][0]["words"] == "Persian to English"
    support = {t["id"]: t["support"] for t in toronto["tools"]["fa_en"]}
    assert support["deepl"] == "yes" and "unknown" in support.values()
    assert list(toronto["tools"]) == ["fa_en"]
    default = _plan(NO_DIRECTION).to_dict()["translation_direction"]
    assert default["source"] == "default" and default["directions"] == ["en_fa", "fa_en"]
    # someone who does not translate gets null, not an empty section
    assert _plan(TORONTO, (("copywriting", 1.0),)).to_dict()["translation_direction"] is None
