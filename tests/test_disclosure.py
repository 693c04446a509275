"""The disclosure record and what azadkar derives from it (AIA, IPTC, sentences, EU guidance)."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path
from typing import Any

import pytest

from azadkar.disclosure import (
    Disclosure,
    disclose,
    eu_ai_act_check,
    load_disclosure,
    make_disclosure,
    parse_aia,
    record_schema,
    schema_json,
)
from azadkar.disclosure.report import proportion_for
from azadkar.errors import DisclosureError

BLOG: dict[str, Any] = {
    "title": "Blog post: AI and translators",
    "service": "blog_content",
    "author": "Sara",
    "date": "2026-11-01",
    "ai_share": 30,
    "human_review": True,
    "tools": [
        {"tool": "chatgpt", "mode": "generate", "purpose": "first draft of section 2"},
        {"tool": "grammarly", "mode": "edit", "purpose": "grammar"},
    ],
}


def test_blog_post_report() -> None:
    report = disclose(BLOG)
    assert report.aia.statement == "AIA Ph Se Nc Hin R ChatGPT, Grammarly v1.0"
    parse_aia(report.aia.statement)  # the statement we emit passes our strict validator
    assert report.digital_source_type.code == "compositeWithTrainedAlgorithmicMedia"
    assert report.digital_source_type.uri.endswith("/compositeWithTrainedAlgorithmicMedia")
    assert [u.contribution for u in report.uses] == ["Nc", "Se"]
    assert [u.contribution_from for u in report.uses] == [
        "generate mode default (Nc)",
        "catalogue edit_contribution",
    ]
    assert [u.digital_source_type for u in report.uses] == [
        "trainedAlgorithmicMedia",
        "algorithmicallyEnhanced",
    ]
    en, fa = report.client_sentence["en"], report.client_sentence["fa"]
    assert "About 30%" in en and "Sara made the other 70%" in en and report.aia.statement in en
    assert "۳۰٪" in fa and "۷۰٪" in fa and report.aia.statement in fa
    assert report.catalogue_as_of == "2026-11-01"


@pytest.mark.parametrize(
    ("share", "code"),
    [
        (0, "Eh"),
        (1, "Ph"),
        (39, "Ph"),
        (40, "HAb"),
        (60, "HAb"),
        (61, "PAI"),
        (99, "PAI"),
        (100, "EAI"),
    ],
)
def test_proportion_bands(share: int, code: str) -> None:
    assert proportion_for(share) == code


def test_entirely_human_work() -> None:
    report = disclose(
        title="Portrait session",
        modality="image",
        ai_share=0,
        human_review=True,
        human_source="digitalCapture",
    )
    assert report.aia.statement == "AIA Eh Hin R v1.0"
    assert report.digital_source_type.code == "digitalCapture"
    assert report.digital_source_type.rule == "no_ai"
    assert "without AI tools" in report.client_sentence["en"]


def test_entirely_ai_image_has_no_contributions() -> None:
    report = disclose(
        title="Poster",
        modality="image",
        ai_share=100,
        human_review=False,
        tools=[{"tool": "midjourney", "mode": "generate", "model": "V7"}],
    )
    assert report.aia.statement == "AIA EAI Hin Nr Midjourney V7 v1.0"
    assert report.digital_source_type.code == "trainedAlgorithmicMedia"
    assert "not reviewed" in report.client_sentence["en"]


def test_stylistic_edits_only_are_algorithmically_enhanced() -> None:
    report = disclose(
        title="Essay",
        ai_share=5,
        human_review=True,
        initiative=["human", "ai"],
        tools=[{"tool": "grammarly", "mode": "edit"}],
    )
    assert report.aia.statement == "AIA Ph Se Hin Ain R Grammarly v1.0"
    assert report.digital_source_type.code == "algorithmicallyEnhanced"


def test_assist_only_leaves_the_media_human_made() -> None:
    report = disclose(
        title="Logo",
        modality="image",
        ai_share=10,
        human_review=True,
        tools=[{"tool": "chatgpt", "mode": "assist", "purpose": "name ideas"}],
    )
    assert report.digital_source_type.code == "digitalCreation"
    assert report.digital_source_type.rule == "assist_only"
    # none of its output is in the deliverable: no contribution code (it used to be Nc)
    assert report.aia.contributions == []
    assert report.aia.statement == "AIA Ph Hin R ChatGPT v1.0"
    assert report.uses[0].contribution is None


def test_tool_outside_the_catalogue_is_kept_as_given() -> None:
    report = disclose(
        title="Track",
        modality="audio",
        ai_share=50,
        human_review=True,
        tools=[{"tool": "Udio", "mode": "generate", "purpose": "backing track"}],
    )
    use = report.uses[0]
    assert use.tool_id is None and use.name == "Udio" and use.vendor is None
    assert report.aia.statement == "AIA HAb Nc Hin R Udio v1.0"


@pytest.mark.parametrize(
    ("patch", "field", "words"),
    [
        ({"ai_share": 0}, "record", "would be untrue"),
        ({"tools": []}, "record", "no AI tool is listed"),
        ({"ai_share": 101}, "ai_share", "less than or equal to 100"),
        ({"title": ""}, "title", "at least 1 character"),
        ({"tools": [{"tool": "chatgpt", "mode": "paint"}]}, "tools.0.mode", "generate"),
        ({"initiative": ["human", "human"]}, "record", "twice"),
        ({"colour": "red"}, "colour", "Extra inputs"),
    ],
)
def test_invalid_records_name_the_field(patch: dict[str, Any], field: str, words: str) -> None:
    with pytest.raises(DisclosureError) as err:
        make_disclosure({**BLOG, **patch}, where="test")
    assert words in err.value.message
    assert field in err.value.message or field == "record"
    assert "(test)" in err.value.message


def test_missing_review_is_an_error() -> None:
    data = dict(BLOG)
    del data["human_review"]
    with pytest.raises(DisclosureError, match="human_review: Field required"):
        make_disclosure(data)


def test_json_round_trip_via_file_and_report(tmp_path: Path) -> None:
    record_file = tmp_path / "record.json"
    record_file.write_text(json.dumps(BLOG), encoding="utf-8")
    record = load_disclosure(record_file)
    report = disclose(record_file)
    report_file = tmp_path / "report.json"
    report_file.write_text(json.dumps(report.to_json_dict(), ensure_ascii=False), encoding="utf-8")
    # A full report read back gives the same record, and the same statement again.
    assert load_disclosure(report_file) == record
    assert disclose(report_file).aia.statement == report.aia.statement
    assert load_disclosure(json.dumps(BLOG)) == record
    assert disclose(record, ai_share=70).aia.proportion == "PAI"


def test_load_errors_say_where(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    with pytest.raises(DisclosureError, match=r"bad\.json is not valid JSON"):
        load_disclosure(bad)
    with pytest.raises(DisclosureError, match="cannot read"):
        load_disclosure(tmp_path / "missing.json")
    with pytest.raises(DisclosureError, match="must be a JSON object"):
        load_disclosure(_write(tmp_path / "list.json", "[1, 2]"))


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_published_schema_is_generated_from_the_model() -> None:
    shipped = resources.files("azadkar").joinpath("data/schemas/disclosure.schema.json")
    assert shipped.read_text("utf-8") == schema_json(), (
        "disclosure.schema.json is stale: run azadkar.disclosure.write_schema()"
    )
    schema = record_schema()
    assert schema["$id"].endswith("disclosure.schema.json")
    assert set(schema["required"]) == {"title", "ai_share", "human_review"}
    assert schema["properties"]["ai_share"]["maximum"] == 100
    assert "ToolUse" in schema["$defs"]


def test_schema_accepts_our_records_and_rejects_bad_ones() -> None:
    jsonschema = pytest.importorskip("jsonschema")
    validator = jsonschema.Draft202012Validator(record_schema())
    assert not list(validator.iter_errors(make_disclosure(BLOG).model_dump(mode="json")))
    assert list(validator.iter_errors({**BLOG, "ai_share": 150}))
    assert list(validator.iter_errors({**BLOG, "tools": [{"tool": "x", "mode": "paint"}]}))


# ----------------------------------------------------------------- EU AI Act guidance


def _guidance(**pub: bool) -> Any:
    record = make_disclosure({**BLOG, "publication": pub})
    return eu_ai_act_check(record)


def test_no_eu_audience_triggers_nothing() -> None:
    g = _guidance()
    assert not g.eu_audience and not g.disclosure_needed
    assert any(f.status == "not_triggered" for f in g.findings)
    assert any(f.article == "50(2)" and f.status == "vendor_duty" for f in g.findings)
    assert "2024/1689" in g.source and "not legal advice" in g.disclaimer["en"]


def test_public_interest_text_with_review_and_editor_may_be_exempt() -> None:
    g = _guidance(eu_audience=True, informs_public=True, editorial_responsibility=True)
    assert not g.disclosure_needed
    assert [f.status for f in g.findings if "public-interest" in f.article] == [
        "exception_may_apply"
    ]


def test_public_interest_text_without_editor_needs_disclosure() -> None:
    g = _guidance(eu_audience=True, informs_public=True)
    assert g.disclosure_needed
    finding = next(f for f in g.findings if "public-interest" in f.article)
    assert finding.status == "likely" and "editorial responsibility" in finding.en
    assert "مسئولیت سردبیری" in finding.fa


def test_unreviewed_public_text_needs_disclosure_even_with_editor() -> None:
    record = make_disclosure(
        {
            **BLOG,
            "human_review": False,
            "publication": {
                "eu_audience": True,
                "informs_public": True,
                "editorial_responsibility": True,
            },
        }
    )
    g = eu_ai_act_check(record)
    assert g.disclosure_needed
    assert "human review" in next(f for f in g.findings if "public-interest" in f.article).en


def test_deep_fake_image_needs_disclosure_artistic_softens_it() -> None:
    base = {
        "title": "Campaign image",
        "modality": "image",
        "ai_share": 80,
        "human_review": True,
        "tools": [{"tool": "midjourney", "mode": "generate"}],
    }
    plain = eu_ai_act_check(
        make_disclosure({**base, "publication": {"eu_audience": True, "deep_fake": True}})
    )
    art = eu_ai_act_check(
        make_disclosure(
            {**base, "publication": {"eu_audience": True, "deep_fake": True, "artistic": True}}
        )
    )
    assert plain.disclosure_needed and art.disclosure_needed
    fake = next(f for f in art.findings if "deep fake" in f.article)
    assert "does not hamper" in fake.en


def test_report_markdown_and_text_in_both_languages() -> None:
    from azadkar.disclosure import render_markdown, render_text

    report = disclose(BLOG)
    md_en = render_markdown(report, "en")
    md_fa = render_markdown(report, "fa")
    assert "# AI-use disclosure: Blog post" in md_en
    assert "| ChatGPT | generate |" in md_en
    assert "افشای استفاده از هوش مصنوعی" in md_fa
    # the tool's name starts the row: isolated after a right-to-left mark, so the row
    # stays right to left
    assert "| \u200f\u2068ChatGPT\u2069 | تولید |" in md_fa
    text = render_text(report, "en")
    assert "**" not in text and "AIA Ph Se Nc Hin R" in text


def test_disclosure_model_is_strict_about_types() -> None:
    with pytest.raises(DisclosureError):
        make_disclosure({**BLOG, "ai_share": "lots"})
    assert isinstance(make_disclosure(BLOG), Disclosure)


# --- tool names, AIA hints, the Eh explanation, clause PDF (audit fixes) ---------------------


def test_every_alias_names_a_catalogue_tool_and_matches_it() -> None:
    from azadkar.disclosure.tool_names import ALIASES, match_tool
    from azadkar.tools import load_tools

    ids = {t.id for t in load_tools()}
    assert set(ALIASES) <= ids
    for tool_id, aliases in ALIASES.items():
        for alias in aliases:
            found = match_tool(alias)
            assert found is not None and found.id == tool_id, alias


@pytest.mark.parametrize(
    ("typed", "tool_id"),
    [("ChatGPT", "chatgpt"), ("chat gpt", "chatgpt"), ("چت جی پی تی", "chatgpt"),
     ("چت\u200cجی\u200cپی\u200cتی", "chatgpt"), ("ميدجرني", "midjourney"),
     ("Canva (Magic Studio)", "canva"), ("google-translate", "google_translate")],
)  # fmt: skip
def test_match_tool_folds_case_spacing_and_persian_letters(typed: str, tool_id: str) -> None:
    from azadkar.disclosure.tool_names import match_tool

    tool = match_tool(typed)
    assert tool is not None and tool.id == tool_id


def test_suggest_tools_for_typos_but_not_for_new_tools() -> None:
    from azadkar.disclosure.tool_names import match_tool, suggest_tools

    assert match_tool("chatgtp") is None
    assert [t.id for t in suggest_tools("chatgtp")][:1] == ["chatgpt"]
    assert [t.id for t in suggest_tools("midjorney")][:1] == ["midjourney"]
    assert suggest_tools("Sora") == [] and suggest_tools("") == []


def test_persian_tool_name_in_a_record_resolves_to_the_catalogue() -> None:
    report = disclose(title="Poster", ai_share=50, human_review=True, tools=[{"tool": "میدجرنی"}])
    assert report.uses[0].tool_id == "midjourney"
    assert report.aia.statement == "AIA HAb Nc Hin R Midjourney v1.0"


@pytest.mark.parametrize(
    ("statement", "words", "not_words"),
    [("AIA Eh Nr v1.0", "'Nr' is a review code", "did you mean 'Nr'"),
     ("AIA Hin R v1.0", "'Hin' is an initiative code", "did you mean"),
     ("AIA Ph hin R v1.0", "did you mean 'Hin'", "is an initiative code")],
)  # fmt: skip
def test_aia_hints_never_suggest_the_same_code(statement: str, words: str, not_words: str) -> None:
    from azadkar.disclosure import parse_aia

    with pytest.raises(DisclosureError) as info:
        parse_aia(statement)
    assert words in info.value.message and not_words not in info.value.message


def test_entirely_human_explanation_does_not_contradict_itself() -> None:
    report = disclose(title="Hand-made logo", ai_share=0, human_review=True)
    assert report.aia.statement == "AIA Eh Hin R v1.0"
    en, fa = report.aia.explanation["en"], report.aia.explanation["fa"]
    assert en.startswith("The work was entirely human-created, without the use of AI.")
    assert "AI was prompted" not in en and "reviewed and approved" not in en
    assert "درخواست شد" not in fa and "بازبینی و تأیید کرد" not in fa
    # other proportions keep the component-by-component explanation
    assert "AI was prompted" in disclose(BLOG).aia.explanation["en"]


def test_options_file_errors_name_the_file(tmp_path: Path) -> None:
    from azadkar.disclosure import load_options_file

    path = tmp_path / "contract.toml"
    path.write_text('[clauses]\nplatfrom = "upwork"\n', encoding="utf-8")
    with pytest.raises(DisclosureError, match=r"contract\.toml.*platfrom.*'platform'"):
        load_options_file(path)
    path.write_text('[disclosure]\ntitel = "x"\n', encoding="utf-8")
    with pytest.raises(DisclosureError, match=r"contract\.toml.*titel.*'title'"):
        load_options_file(path)


def test_persian_clauses_number_in_persian_and_isolate_latin_tool_names() -> None:
    from azadkar.disclosure import contract_clauses
    from azadkar.report.clauses_pdf import clauses_pdf_document

    fa = contract_clauses({"permitted_tools": ["midjourney"]}, lang="fa")
    md = fa.to_markdown()
    assert "## ۱. " in md and "## 1. " not in md
    assert "\u2068Midjourney\u00a0(Midjourney,\u00a0Inc.)\u2069" in md
    doc = clauses_pdf_document(fa)
    assert '<html lang="fa" dir="rtl">' in doc and "@font-face" in doc and "Vazirmatn" in doc
    assert '<html lang="en" dir="ltr">' in clauses_pdf_document(contract_clauses(lang="en"))


# --- Latin values in Persian text (bidi isolation) ---------------------------------------

FSI, LRI, RLI, PDI, RLM = "\u2068", "\u2066", "\u2067", "\u2069", "\u200f"


@pytest.mark.parametrize(
    ("value", "isolated"),
    [
        ("ChatGPT", False),  # plain Latin words cannot be reordered
        ("Gemini 2.5 Pro", False),
        ("GPT-4o", False),
        ("logo_design", False),
        ("فریلنسر", False),  # Persian stays as it is
        ("Canva (Magic Studio)", True),  # brackets
        ("Reza Studio Ltd.", True),  # a final full stop
        ("3D Studio", True),  # a leading digit
        ("'chatgtp'", True),  # quotes
        ("استودیو Naderi", True),  # mixed
    ],
)
def test_isolate_only_where_bidi_could_reorder(value: str, isolated: bool) -> None:
    from azadkar.bidi import isolate

    assert isolate(value) == (f"{FSI}{value}{PDI}" if isolated else value)
    # a value that starts the paragraph is always isolated, after a right-to-left mark
    has_latin = any("a" <= c.lower() <= "z" for c in value)
    assert isolate(value, lead=True) == (f"{RLM}{FSI}{value}{PDI}" if has_latin else value)


def test_isolate_contains_stray_marks_and_to_html_nests() -> None:
    from azadkar.bidi import isolate, ltr, strip, to_html

    # a stray PDI in a value would end the isolate early: dropped; an open one is closed
    assert isolate(f"a{PDI}b") == f"{FSI}ab{PDI}"
    assert ltr(f"x{FSI}y") == f"{LRI}x{FSI}y{PDI}{PDI}"
    assert strip(f"{RLM}{FSI}a{PDI} {LRI}b{PDI}") == "a b"
    text = f"ابزار {FSI}Canva (Magic <b>){PDI} و {FSI}نام {LRI}`AIA Ph Hin R v1.0`{PDI}{PDI} {PDI}"
    assert to_html(text) == (
        'ابزار <bdi dir="ltr">Canva (Magic &lt;b&gt;)</bdi> و <bdi dir="rtl">نام '
        '<bdi dir="ltr"><code dir="ltr">AIA Ph Hin R v1.0</code></bdi></bdi> '
    )
    assert to_html(f"{FSI}open `code") == '<bdi dir="ltr">open <code dir="ltr">code</code></bdi>'
    assert to_html(f"{RLI}x{PDI}", code=False) == '<bdi dir="rtl">x</bdi>'


LATIN_RECORD: dict[str, Any] = {
    "title": "Poster (v2) for Cafe Naderi",
    "author": "Reza Studio Ltd.",
    "reviewer": "Sara K.",
    "modality": "image",
    "ai_share": 45,
    "human_review": True,
    "publication": {"eu_audience": True},
    "tools": [
        {"tool": "canva", "mode": "generate", "purpose": "layout (A3)"},
        {"tool": "grammarly", "mode": "edit", "purpose": "copy polish"},
    ],
}


def test_persian_client_sentence_isolates_names_purposes_and_the_statement() -> None:
    report = disclose(LATIN_RECORD)
    fa = report.client_sentence["fa"]
    assert f"از «{FSI}Poster (v2) for Cafe Naderi{PDI}»" in fa
    # The tools follow «ابزارها:», not a bracket: «(Canva (Magic Studio)» read as doubled.
    assert (
        f"ابزارها: {FSI}Canva (Magic Studio){PDI} برای {FSI}layout (A3){PDI}، Grammarly برای "
        "copy polish." in fa
    )
    assert f"({FSI}Canva" not in fa
    assert f"دیگر را {FSI}Reza Studio Ltd.{PDI} ساخته است" in fa
    assert f"یک انسان ({FSI}Sara K.{PDI})" in fa
    assert fa.endswith(f"بیانیهٔ انتساب هوش مصنوعی: {LRI}{report.aia.statement}{PDI}")
    assert f"{FSI}Canva (Magic Studio){PDI}، Grammarly." in report.aia.explanation["fa"]
    # English is untouched
    en = report.client_sentence["en"] + report.aia.explanation["en"]
    assert not any(mark in en for mark in (FSI, LRI, PDI, RLM))
    # a title that opens the Persian sentence starts it right to left
    everything = disclose({**LATIN_RECORD, "ai_share": 100}).client_sentence["fa"]
    assert everything.startswith(f"«{RLM}{FSI}Poster (v2) for Cafe Naderi{PDI}» به‌طور کامل")


def test_persian_report_markdown_isolates_codes_and_names() -> None:
    from azadkar.disclosure import render_markdown, render_text

    report = disclose(LATIN_RECORD)
    md = render_markdown(report, "fa")
    assert md.startswith(f"# افشای استفاده از هوش مصنوعی: {FSI}Poster (v2) for Cafe Naderi{PDI}\n")
    assert f"- **پدیدآورنده:** {FSI}Reza Studio Ltd.{PDI}" in md
    assert f"{LRI}`{report.aia.statement}`{PDI}" in md
    assert f"| {RLM}{FSI}Canva (Magic Studio){PDI} | تولید | {FSI}layout (A3){PDI} | Nc |" in md
    assert f"\n{RLM}{LRI}`compositeWithTrainedAlgorithmicMedia`{PDI} - " in md
    # the article with Persian digits, the status in words (the JSON keeps the ids)
    assert "- **مادهٔ ۵۰(۲)** (وظیفهٔ ارائه‌دهندهٔ ابزار): " in md
    assert "vendor_duty" not in md and "not_triggered" not in md
    assert report.eu_ai_act["findings"][0]["article"] == "50(2)"
    assert report.eu_ai_act["findings"][0]["status"] == "vendor_duty"
    assert f"{LRI}IBM Research, AI Attribution Toolkit" in md  # the whole citation, isolated
    text = render_text(report, "fa")
    assert f"{LRI}{report.aia.statement}{PDI}" in text and "`" not in text
    en = render_markdown(report, "en")
    assert not any(mark in en for mark in (FSI, LRI, PDI, RLM))
    assert "- **50(2)** (vendor_duty): " in en


# --- Persian error messages ------------------------------------------------------------


def _persian(text: str | None) -> bool:
    import re

    return bool(text and re.search("[\u0600-\u06ff]", text))


@pytest.mark.parametrize(
    ("change", "field", "fa_words"),
    [
        ({"ai_share": 120}, "ai_share", "باید ۱۰۰ یا کمتر باشد"),
        ({"ai_share": "lots"}, "ai_share", "باید عدد صحیح باشد"),
        ({"title": ""}, "title", "نباید خالی باشد"),
        (
            {"tools": [{"tool": "x", "mode": "paint"}]},
            "tools.0.mode",
            "'generate', 'edit', 'assist'",
        ),
        ({"date": "yesterday"}, "date", "YYYY-MM-DD"),
        ({"human_review": "maybe"}, "human_review", "true"),
        ({"colour": "red"}, "colour", "فیلد ناشناخته"),
        ({"ai_share": 0}, "ai_share", "به‌طور کامل به دست انسان و بدون هوش مصنوعی"),
        ({"tools": []}, "ai_share", "هیچ ابزار هوش مصنوعی نام برده نشده است"),
        ({"initiative": ["human", "human"]}, "initiative", "دو بار"),
    ],
)
def test_record_errors_are_persian_with_the_field_name(
    change: dict[str, Any], field: str, fa_words: str
) -> None:
    with pytest.raises(DisclosureError) as err:
        make_disclosure({**BLOG, **change})
    fa = err.value.message_fa
    assert _persian(fa) and fa is not None
    assert fa.startswith("افشانامه نامعتبر است (ورودی): ")
    assert f"{LRI}{field}{PDI}" in fa and fa_words in fa
    assert err.value.message.startswith("invalid disclosure record (input): ")


def test_record_error_english_is_unchanged() -> None:
    with pytest.raises(DisclosureError) as err:
        make_disclosure({**BLOG, "ai_share": 0})
    assert err.value.message == (
        "invalid disclosure record (input): record: ai_share is 0 but AI tools are listed "
        "(chatgpt, grammarly): 'entirely human, without the use of AI' would be untrue; give "
        "an AI share of at least 1 or remove the tools"
    )
    assert err.value.message_fa == (
        f"افشانامه نامعتبر است (ورودی): {LRI}ai_share{PDI} صفر است، اما ابزار هوش مصنوعی نام "
        "برده شده است (chatgpt، grammarly): «به‌طور کامل به دست انسان و بدون هوش مصنوعی» نادرست "
        "می‌شود؛ سهم هوش مصنوعی را دست‌کم ۱ بگذارید یا ابزارها را بردارید"
    )


def test_file_errors_are_persian_with_the_file_and_line(tmp_path: Path) -> None:
    from azadkar.disclosure import load_options_file

    bad = tmp_path / "bad.json"
    bad.write_text('{\n"title": }', encoding="utf-8")
    with pytest.raises(DisclosureError) as err:
        load_disclosure(bad)
    assert err.value.message.endswith("at line 2")
    assert f"{LRI}{bad}{PDI}" in str(err.value.message_fa) and "در خط ۲" in str(
        err.value.message_fa
    )
    for path, words in (
        (tmp_path / "missing.json", "خوانده نشد: چنین فایل یا پوشه‌ای وجود ندارد"),
        (tmp_path, "یک پوشه است، نه فایل"),
    ):
        with pytest.raises(DisclosureError) as err:
            load_disclosure(path)
        assert words in str(err.value.message_fa)
    listed = tmp_path / "list.json"
    listed.write_text("[1]", encoding="utf-8")
    with pytest.raises(DisclosureError) as err:
        load_disclosure(listed)
    assert "باید یک شیء" in str(err.value.message_fa)

    toml = tmp_path / "contract.toml"
    cases = [
        ('[clauses]\nplatfrom = "upwork"\n', f"منظورتان {LRI}'platform'{PDI} است؟"),
        ('[disclosure]\ntitel = "x"\n', f"{LRI}titel{PDI}: فیلد ناشناخته"),
        ("title = \n", "در خط ۱، ستون ۹"),
        ("[clause]\nplatform = 1\n", "جدول ناشناخته"),
        ("clauses = 1\n", "باید یک جدول"),
        ("[clauses]\nmax_ai_share = 120\n", f"{LRI}max_ai_share{PDI}: باید ۱۰۰ یا کمتر باشد"),
    ]
    for text, words in cases:
        toml.write_text(text, encoding="utf-8")
        with pytest.raises(DisclosureError) as err:
            load_options_file(toml)
        fa = str(err.value.message_fa)
        assert fa.startswith(f"فایل تنظیمات {LRI}{toml}{PDI}") and words in fa, (text, fa)


# --- bad input: byte order marks, blank text, statements that contradict the tools --------


def test_a_record_file_with_a_byte_order_mark_is_read(tmp_path: Path) -> None:
    # Notepad saves UTF-8 with a byte order mark; json.loads refuses one.
    text = json.dumps(BLOG, ensure_ascii=False)
    bom = tmp_path / "bom.json"
    bom.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    assert load_disclosure(bom).title == BLOG["title"]
    assert load_disclosure("\ufeff" + text).title == BLOG["title"]


@pytest.mark.parametrize(
    ("patch", "field"),
    [
        ({"title": "   "}, "title"),
        ({"title": "\t\n"}, "title"),
        ({"author": "  "}, "author"),
        ({"client": " "}, "client"),
        ({"reviewer": "  "}, "reviewer"),
        ({"service": " "}, "service"),
        ({"notes": "   "}, "notes"),
        ({"description": "  "}, "description"),
        ({"tools": [{"tool": "  "}]}, "tools.0.tool"),
        ({"tools": [{"tool": "chatgpt", "purpose": "  "}]}, "tools.0.purpose"),
        ({"tools": [{"tool": "chatgpt", "model": " "}]}, "tools.0.model"),
    ],
)
def test_text_of_only_spaces_is_refused_like_empty_text(patch: dict[str, Any], field: str) -> None:
    with pytest.raises(DisclosureError) as err:
        make_disclosure({**BLOG, **patch})
    assert f"{field}: must not be blank" in err.value.message
    assert f"{LRI}{field}{PDI}: نباید خالی باشد" in str(err.value.message_fa)
    # an optional field left empty still means "not given"
    assert make_disclosure({**BLOG, "author": "", "notes": ""}).author == ""


def test_client_sentence_says_what_the_tools_did() -> None:
    assist = {"tool": "chatgpt", "mode": "assist", "purpose": "name ideas"}
    # only assisting: the person made it, none of the AI output is in it
    helped = disclose({**BLOG, "author": "van Dijk Design", "ai_share": 10, "tools": [assist]})
    en, fa = helped.client_sentence["en"], helped.client_sentence["fa"]
    assert en.startswith("van Dijk Design made “Blog post: AI and translators”; AI tools only")
    assert "none of their output is in the deliverable" in en
    assert "produced" not in en
    assert "فقط کمک کردند" in fa and "ساخته شده است" not in fa
    # only editing: the person's work, edited by AI
    edited = disclose({**BLOG, "ai_share": 5, "tools": [{"tool": "grammarly", "mode": "edit"}]})
    en = edited.client_sentence["en"]
    assert en.startswith("Sara made “Blog post: AI and translators” and AI tools edited it")
    assert "produced" not in en
    assert "ویرایش کرده‌اند" in edited.client_sentence["fa"]
    # generating and assisting: only the generating tool is said to have produced it
    both = disclose(
        {**BLOG, "ai_share": 100, "tools": [{"tool": "chatgpt", "purpose": "draft"}, assist]}
    )
    en = both.client_sentence["en"]
    assert "produced entirely with AI tools (ChatGPT for draft)." in en
    assert "AI tools also assisted (ChatGPT for name ideas); none of their output" in en
    assert "همچنین کمک کردند" in both.client_sentence["fa"]


@pytest.mark.parametrize("mode", ["assist", "edit"])
def test_all_ai_needs_a_tool_that_generated(mode: str) -> None:
    # "Produced entirely with AI" (and AIA EAI) would be untrue when no tool produced anything.
    with pytest.raises(DisclosureError) as err:
        make_disclosure({**BLOG, "ai_share": 100, "tools": [{"tool": "chatgpt", "mode": mode}]})
    assert (
        f"ai_share is 100 (the whole deliverable produced by AI) but no tool generated "
        f"material (chatgpt ({mode}))" in err.value.message
    )
    assert "هیچ ابزاری محتوا تولید نکرده است" in str(err.value.message_fa)
    ok = make_disclosure({**BLOG, "ai_share": 100, "tools": [{"tool": "chatgpt"}]})
    assert ok.ai_share == 100


# --- invisible text and misspelt tools in the library (tester's report) --------------------


@pytest.mark.parametrize(
    ("patch", "field"),
    [
        ({"title": "\u200c\u200f"}, "title"),  # ZWNJ + RLM: nothing to see
        ({"title": " \u200c \u2066\u2069 "}, "title"),
        ({"author": "\u200d"}, "author"),
        ({"tools": [{"tool": "\u200c"}]}, "tools.0.tool"),
        ({"tools": [{"tool": "chatgpt", "purpose": "\ufeff\u200e"}]}, "tools.0.purpose"),
    ],
)
def test_text_with_nothing_visible_is_refused_like_blank_text(
    patch: dict[str, Any], field: str
) -> None:
    with pytest.raises(DisclosureError) as err:
        make_disclosure({**BLOG, **patch})  # before: accepted
    assert f"{field}: must not be blank (it holds nothing visible" in err.value.message
    assert f"{LRI}{field}{PDI}: نباید خالی باشد" in str(err.value.message_fa)
    # a Persian title with a ZWNJ inside a word is of course fine
    assert make_disclosure({**BLOG, "title": "پست وبلاگ\u200cها"}).title == "پست وبلاگ\u200cها"


def test_library_refuses_a_misspelt_tool_like_the_cli_and_the_api(tmp_path: Path) -> None:
    typo = {**BLOG, "tools": [{"tool": "chatgbt", "mode": "generate"}]}
    for call in (lambda: disclose(typo), lambda: disclose(**typo)):
        with pytest.raises(DisclosureError) as err:
            call()  # before: recorded "chatgbt" silently
        assert "tools[0].tool: 'chatgbt' is not in the AI tool catalogue; did you mean " in (
            err.value.message
        )
        assert "ChatGPT (chatgpt)?" in err.value.message
        assert "keep_tool_names=True" in err.value.message
        assert err.value.data["suggestions"][0] == "chatgpt"
        assert "منظورتان" in str(err.value.message_fa)
    # kept on purpose, as --keep-tool-names / "keep_tool_names": true
    kept = disclose(typo, keep_tool_names=True)
    assert kept.aia.statement == "AIA Ph Nc Hin R chatgbt v1.0"
    # a record read back from its JSON file (or text, or a Disclosure) is taken as it is
    saved = tmp_path / "report.json"
    saved.write_text(json.dumps(kept.to_json_dict(), ensure_ascii=False), encoding="utf-8")
    assert disclose(saved).record.tools[0].tool == "chatgbt"
    assert disclose(str(saved)).record.tools[0].tool == "chatgbt"
    assert disclose(saved.read_text("utf-8")).record.tools[0].tool == "chatgbt"
    assert disclose(load_disclosure(saved)).record.tools[0].tool == "chatgbt"
    assert disclose(kept.to_json_dict(), title="x").record.tools[0].tool == "chatgbt"
    # names the catalogue knows, and names far from every tool, pass as before
    assert disclose({**BLOG, "tools": [{"tool": "ChatGPT"}]}).aia.statement.endswith("ChatGPT v1.0")
    assert disclose({**BLOG, "tools": [{"tool": "Sora"}]}).aia.statement.endswith("Sora v1.0")


# --- reviewer's report: assist codes, canonical names, Persian guidance, title case --------


def test_assisting_tools_add_no_code_and_are_not_named_next_to_producers() -> None:
    claude = {"tool": "claude", "mode": "assist", "purpose": "research"}
    report = disclose({**BLOG, "tools": [*BLOG["tools"], claude]})
    assert report.aia.statement == "AIA Ph Se Nc Hin R ChatGPT, Grammarly v1.0"
    assert [u.contribution for u in report.uses] == ["Nc", "Se", None]
    assert report.uses[2].contribution_from.startswith("assist mode")
    assert "Claude also assisted" in report.aia.explanation["en"]
    assert "نیز کمک کرد" in report.aia.explanation["fa"]
    # an assisting tool alone: named, no code (the sentence says it only assisted)
    only = disclose({**BLOG, "ai_share": 10, "tools": [claude]})
    assert only.aia.statement == "AIA Ph Hin R Claude v1.0"
    assert "Claude only assisted" in only.aia.explanation["en"]
    # a tool that generated and also assisted is no "only assisted" tool
    both = disclose({**BLOG, "tools": [BLOG["tools"][0], {**claude, "tool": "chatgpt"}]})
    assert both.aia.statement == "AIA Ph Nc Hin R ChatGPT v1.0"
    assert "assisted" not in both.aia.explanation["en"]


def test_assist_with_a_stated_contribution_is_refused() -> None:
    with pytest.raises(DisclosureError) as err:
        make_disclosure(
            {**BLOG, "tools": [{"tool": "claude", "mode": "assist", "contribution": "Nc"}]}
        )
    assert "tools.0.contribution: 'Nc' says the tool's output is in the deliverable" in (
        err.value.message
    )
    assert "حالت" in str(err.value.message_fa)


@pytest.mark.parametrize(
    ("name", "canonical"),
    [("فتوشاپ", "Adobe Photoshop"), ("میدجرنی", "Midjourney"), ("photoshop", "Adobe Photoshop")],
)
def test_statement_carries_the_catalogue_name_for_a_persian_spelling(
    name: str, canonical: str
) -> None:
    # also for a record read back as it is (a JSON file keeps the name as typed)
    record = {**BLOG, "tools": [{"tool": name, "mode": "edit"}]}
    for report in (disclose(record), disclose(json.dumps(record, ensure_ascii=False))):
        assert report.aia.statement.endswith(f" {canonical} v1.0")
        assert report.aia.model == canonical and report.uses[0].name == canonical


def test_persian_guidance_words_and_english_title_case() -> None:
    from azadkar.disclosure import render_text
    from azadkar.disclosure.guidance import article_text, status_text

    assert article_text("50(4) deep fake", "fa") == "مادهٔ ۵۰(۴)، جعل عمیق"
    assert article_text("50(4)", "en") == "50(4)"
    assert status_text("exception_may_apply", "fa") == "ممکن است استثنا شامل شود"
    assert status_text("likely", "en") == "likely"
    report = disclose({**BLOG, "title": "Onboarding UX copy for Acme SaaS", "client": "Acme SaaS"})
    text = render_text(report, "en")
    assert text.startswith("AI-USE DISCLOSURE: Onboarding UX copy for Acme SaaS\n")
    assert "- Client: Acme SaaS" in text and "\nTOOLS\n" in text


def test_a_use_without_a_mode_takes_the_catalogue_tools_usual_mode() -> None:
    from azadkar.disclosure import disclose

    report = disclose(
        title="Poster",
        ai_share=20,
        human_review=True,
        tools=[
            {"tool": "Adobe Photoshop", "purpose": "retouch"},  # usual: edit
            {"tool": "perplexity", "purpose": "research"},  # usual: assist
            {"tool": "Sora", "purpose": "shots"},  # outside the catalogue: generate
            {"tool": "grammarly", "mode": "generate"},  # a mode given is kept
        ],
    )
    modes = [u.mode for u in report.record.tools]
    assert modes == ["edit", "assist", "generate", "generate"]
    # the retouch is a content edit, not new AI content
    assert "Ce" in report.aia.statement


@pytest.mark.parametrize("name", ["photoshop", "فتوشاپ", "PhotoShop", "lightroom"])
def test_a_usual_spelling_of_a_catalogue_tool_gets_its_usual_mode_too(name: str) -> None:
    # "photoshop" is not the catalogue id (adobe_photoshop) but names the same tool: before,
    # the record took "generate" and the signed file claimed new AI content (Nc).
    from azadkar.disclosure import disclose

    report = disclose(
        title="Poster", modality="image", ai_share=20, human_review=True, tools=[{"tool": name}]
    )
    assert report.record.tools[0].mode == "edit"
    assert "Nc" not in report.aia.statement.split()


def test_api_disclose_uses_the_usual_mode_like_the_cli(tmp_path: Path) -> None:
    from _web_helpers import client

    record = {
        "title": "Poster",
        "ai_share": 20,
        "human_review": True,
        "tools": [{"tool": "Adobe Photoshop", "purpose": "retouch"}],
    }
    r = client(tmp_path).post("/api/disclose", json={"record": record})
    assert r.status_code == 200, r.text
    statement = r.json()["disclosure"]["aia"]["statement"]
    assert " Ce " in f" {statement} " and " Nc " not in f" {statement} "
