"""AI Attribution statements: the format rules, valid and invalid, cross-checked with `aiattribution`."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from azadkar.disclosure.aia import (
    CONTRIBUTIONS,
    INITIATIVES,
    PROPORTIONS,
    REVIEWS,
    aia_statement,
    is_valid_aia,
    parse_aia,
)
from azadkar.errors import DisclosureError

VALID = [
    "AIA EAI Hin R v1.0",
    "AIA EAI Hin Nr Midjourney V7 v1.0",
    "AIA PAI Ce Hin R Gemini 2.5 Pro v1.0",
    "AIA HAb Se Ce Nc Hin Ain R ChatGPT, Grammarly v1.0",
    "AIA Ph Se Ain R Grammarly v1.0",
    "AIA Ph Hin Nr v1.0",
    "AIA Eh Hin R v1.0",
    "AIA Ph Nc Hin R Midjourney v6 v1.0",
]

# (statement, rule the error must name, words the message must contain)
INVALID = [
    ("", "empty", "empty"),
    ("aia PAI Hin R v1.0", "prefix", "must start with 'AIA'"),
    ("AIA PAI Hin R", "version_missing", "v1.0"),
    ("AIA PAI Hin R v2.0", "version", "only v1.0"),
    ("AIA v1.0", "empty", "at least a proportion"),
    ("AIA XAI Hin R v1.0", "proportion", "not one of"),
    ("AIA pai Hin R v1.0", "proportion", "did you mean 'PAI'"),
    ("AIA EAI Nc Hin R v1.0", "contribution_proportion", "only allowed with PAI, HAb or Ph"),
    ("AIA Eh Se Hin R v1.0", "contribution_proportion", "not with Eh"),
    ("AIA PAI Se Se Hin R v1.0", "contribution_duplicate", "twice"),
    ("AIA PAI Ce R v1.0", "initiative_missing", "initiative"),
    ("AIA PAI Hin Hin R v1.0", "initiative_duplicate", "twice"),
    ("AIA PAI Hin v1.0", "review_missing", "review"),
    ("AIA PAI Hin Ok v1.0", "review", "found 'Ok'"),
    ("AIA PAI Hin Se R v1.0", "order", "after the initiative"),
    ("AIA PAI Hin R Nr v1.0", "order", "component code"),
    ("AIA Eh Hin R ChatGPT v1.0", "eh_model", "cannot name a model"),
    ("AIA PAI Ph Hin R v1.0", "proportion_twice", "second proportion"),
]


@pytest.mark.parametrize("statement", VALID)
def test_valid_statements_parse_and_round_trip(statement: str) -> None:
    parsed = parse_aia(statement)
    assert str(parsed) == statement
    assert parse_aia(str(parsed)) == parsed
    assert is_valid_aia(statement)


@pytest.mark.parametrize(("statement", "rule", "words"), INVALID)
def test_invalid_statements_are_rejected_with_a_message(
    statement: str, rule: str, words: str
) -> None:
    with pytest.raises(DisclosureError) as err:
        parse_aia(statement)
    assert err.value.data["rule"] == rule
    assert words in err.value.message
    assert err.value.status == 422
    assert not is_valid_aia(statement)


def test_enough_combinations_are_covered() -> None:
    assert len(VALID) + len(INVALID) >= 12
    assert len(INVALID) >= 6


def test_builder_orders_contributions_and_maps_review() -> None:
    s = aia_statement("HAb", initiative=["Hin"], review=False, contributions=["Nc", "Se"])
    assert str(s) == "AIA HAb Se Nc Hin Nr v1.0"
    assert s.explain("en").startswith("The work is an even blend")
    assert "انسان" in s.explain("fa")
    with pytest.raises(DisclosureError, match="only allowed with PAI, HAb or Ph"):
        aia_statement("EAI", contributions=["Nc"])
    with pytest.raises(DisclosureError, match="twice"):
        aia_statement("Ph", contributions=["Se", "Se"])


def test_matches_the_reference_examples_of_the_aiattribution_package() -> None:
    from aiattribution.models import AIAttribution, Contribution, Initiative, Proportion, Review

    ref = AIAttribution(
        proportion=Proportion.PRIMARILY_AI,
        contributions=[Contribution.CONTENT_EDITS],
        initiative=[Initiative.HUMAN_INITIATED],
        review=Review.REVIEWED,
        model="Gemini 2.5 Pro",
    ).to_statement()
    ours = aia_statement("PAI", "Hin", "R", ["Ce"], "Gemini 2.5 Pro")
    assert str(ours) == ref == "AIA PAI Ce Hin R Gemini 2.5 Pro v1.0"


TOKENS = st.sampled_from(
    ["AIA", *PROPORTIONS, *CONTRIBUTIONS, *INITIATIVES, *REVIEWS, "v1.0", "v2.0", "GPT-5", "x"]
)


@st.composite
def near_valid(draw: st.DrawFn) -> list[str]:
    """Well-formed statements, sometimes with two tokens swapped or one replaced."""
    tokens = [
        "AIA",
        draw(st.sampled_from(PROPORTIONS)),
        *draw(st.lists(st.sampled_from(CONTRIBUTIONS), max_size=3)),
        *draw(st.lists(st.sampled_from(INITIATIVES), min_size=1, max_size=2)),
        draw(st.sampled_from(REVIEWS)),
        *draw(st.lists(st.sampled_from(["GPT-5", "Claude", "R", "Se"]), max_size=2)),
        "v1.0",
    ]
    if draw(st.booleans()):
        i = draw(st.integers(0, len(tokens) - 1))
        j = draw(st.integers(0, len(tokens) - 1))
        tokens[i], tokens[j] = tokens[j], tokens[i]
    if draw(st.booleans()):
        tokens[draw(st.integers(0, len(tokens) - 1))] = draw(TOKENS)
    return tokens


@settings(max_examples=400, deadline=None)
@given(st.one_of(st.lists(TOKENS, min_size=0, max_size=9), near_valid()))
def test_strict_parser_never_accepts_what_aiattribution_rejects(tokens: list[str]) -> None:
    """Ours is at least as strict as the reference, and agrees on what both accept."""
    from aiattribution.parser import ParserError, parse_statement

    text = " ".join(tokens)
    try:
        ours = parse_aia(text)
    except DisclosureError:
        return
    try:
        ref = parse_statement(text)
    except ParserError as exc:  # pragma: no cover - would be a bug in our parser
        pytest.fail(f"we accepted {text!r} but aiattribution rejects it: {exc}")
    assert ours.proportion == ref.proportion.abbr
    assert list(ours.contributions) == [c.abbr for c in ref.contributions or []]
    assert list(ours.initiative) == [i.abbr for i in ref.initiative]
    assert ours.review == ref.review.abbr
    assert ours.model == ref.model


@settings(max_examples=200, deadline=None)
@given(
    st.sampled_from(PROPORTIONS),
    st.lists(st.sampled_from(CONTRIBUTIONS), unique=True),
    st.lists(st.sampled_from(INITIATIVES), unique=True, min_size=1),
    st.sampled_from(REVIEWS),
    st.one_of(st.none(), st.sampled_from(["ChatGPT", "Claude Sonnet 4.5", "Midjourney V7"])),
)
def test_built_statements_parse_back_exactly_when_the_rules_allow(
    proportion: str,
    contributions: list[str],
    initiative: list[str],
    review: str,
    model: str | None,
) -> None:
    allowed = not (contributions and proportion in ("EAI", "Eh")) and not (
        proportion == "Eh" and model
    )
    if not allowed:
        with pytest.raises(DisclosureError):
            aia_statement(proportion, initiative, review, contributions, model)
        return
    built = aia_statement(proportion, initiative, review, contributions, model)
    assert parse_aia(str(built)) == built


# --- Persian messages and isolated codes ------------------------------------------------

PERSIAN = "\u0600-\u06ff"


@pytest.mark.parametrize(("statement", "rule", "words"), INVALID)
def test_invalid_statements_are_explained_in_persian_too(
    statement: str, rule: str, words: str
) -> None:
    import re

    with pytest.raises(DisclosureError) as err:
        parse_aia(statement)
    fa = err.value.message_fa
    assert fa is not None and re.search(f"[{PERSIAN}]", fa)
    assert fa.startswith("بیانیهٔ AIA") and "نامعتبر است" in fa
    assert statement in fa  # the same statement is named, isolated
    assert err.value.text("fa") == fa and err.value.text("en") == err.value.message
    assert words in err.value.message  # the English one is as it was


def test_persian_aia_errors_name_the_offending_code_left_to_right() -> None:
    with pytest.raises(DisclosureError) as err:
        parse_aia("AIA pai Hin R v1.0")
    assert err.value.message == (
        "invalid AIA statement in 'AIA pai Hin R v1.0': proportion 'pai' is not one of "
        "EAI, PAI, HAb, Ph, Eh (codes are case-sensitive: did you mean 'PAI'?)"
    )
    assert "منظورتان \u2066'PAI'\u2069 است؟" in str(err.value.message_fa)
    with pytest.raises(DisclosureError) as err:
        parse_aia("AIA Eh Nr v1.0")
    assert "\u2066'Nr'\u2069 کد بازبینی است: آغازگر پیش از آن نیامده است" in str(
        err.value.message_fa
    )
    # the builder's errors (no statement yet) are Persian too
    with pytest.raises(DisclosureError) as err:
        aia_statement("EAI", contributions=["Nc"])
    assert err.value.message_fa == (
        "بیانیهٔ AIA نامعتبر است: کدهای مشارکت (\u2066Nc\u2069) فقط با \u2066PAI\u2069، "
        "\u2066HAb\u2069 یا \u2066Ph\u2069 می‌آیند، نه با \u2066EAI\u2069"
    )


def test_persian_explanation_isolates_model_names_and_codes() -> None:
    s = aia_statement("HAb", contributions=["Nc"], model="Canva (Magic Studio), Grammarly")
    fa = s.explain("fa")
    # a name with brackets is isolated, a plain word stays as it is
    assert fa.endswith("ابزار یا مدل به‌کاررفته: \u2068Canva (Magic Studio)\u2069، Grammarly.")
    assert s.explain("en").endswith("used: Canva (Magic Studio), Grammarly.")
    eh = aia_statement("Eh").explain("fa")
    assert "(\u2066Hin R\u2069)" in eh
    assert "\u2066" not in aia_statement("Eh").explain("en")


def test_a_statement_copied_from_persian_output_is_read_without_its_direction_marks() -> None:
    """``disclose --lang fa`` and ``credentials verify --lang fa`` print the statement inside
    U+2066 ... U+2069 isolates; pasted back into ``--check-aia`` it was refused with "it
    must start with 'AIA', not '\\u2066AIA'"."""
    copied = "\u2066AIA Ph Nc Hin R ChatGPT, Midjourney v1.0\u2069"
    parsed = parse_aia(copied)
    assert str(parsed) == "AIA Ph Nc Hin R ChatGPT, Midjourney v1.0"
    assert parsed.model == "ChatGPT, Midjourney"
    # a right-to-left mark before a model name is no part of the name either
    assert parse_aia("\ufeffAIA Ph Nc Hin R \u200fChatGPT v1.0\u200e").model == "ChatGPT"


def test_a_version_in_persian_digits_is_named_as_such() -> None:
    """A version typed on a Persian keyboard ("v۱.۰") got "version 'v۱.۰' is not
    supported; only v1.0 is", which reads as nonsense: the two look the same."""
    with pytest.raises(DisclosureError) as err:
        parse_aia("AIA Ph Hin R v۱.۰")
    assert "written with Persian or Arabic digits" in err.value.message
    assert "Latin digits: v1.0" in err.value.message
    assert "رقم‌های فارسی یا عربی" in str(err.value.message_fa)
    assert err.value.data["rule"] == "version"
    with pytest.raises(DisclosureError, match=r"'v2\.0' is not supported"):
        parse_aia("AIA Ph Hin R v2.0")
