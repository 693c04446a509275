"""Profiles that name several services: how they are cut into clauses and read.

Probe set 6 (`benchmarks/probe/probe6_profiles.tsv`, `benchmarks/probe_eval.py --set
profiles`) measures it; these are the rules behind its figures (docs/classifier.md,
"Several services per text").
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from azadkar.text import classify, load_classifier, split_clauses

ROOT = Path(__file__).resolve().parents[1]
PROBE6 = ROOT / "benchmarks" / "probe" / "probe6_profiles.tsv"


def _profile(text: str) -> set[str]:
    return {s for s, _ in classify(text, evidence=0).profile}


# -- Persian: «هم» is "also", not a conjunction; a verb ends a clause --------------------


def test_also_does_not_cut_the_verb_from_its_object() -> None:
    text = "اپ اندروید با کاتلین می‌نویسم و رابط کاربری اپ‌ها رو هم خودم طراحی می‌کنم"
    clauses = split_clauses(text)
    # Cut at «هم», the bare verb «خودم طراحی می‌کنم» ("I design") read as website design.
    assert "خودم طراحی می‌کنم" not in clauses
    assert "رابط کاربری اپ‌ها رو هم خودم طراحی می‌کنم" in clauses
    assert _profile(text) == {"mobile_app_development", "ux_ui_design"}


def test_the_object_before_also_is_read_as_a_clause_of_its_own() -> None:
    clauses = split_clauses("ویرایش متن انجام میدم، تایپ کتاب هم قبول میکنم")
    assert clauses == [
        "ویرایش متن انجام میدم",
        "تایپ کتاب",
        "تایپ کتاب هم قبول میکنم",
    ]


def test_a_persian_verb_ends_a_clause_without_a_comma() -> None:
    text = "لوگو طراحی می‌کنم پیج اینستاگرام کافه‌ها رو هم می‌گردونم"
    assert split_clauses(text)[0] == "لوگو طراحی می‌کنم"
    assert _profile(text) == {"logo_design", "social_media_management"}
    # The prefix apart, joined or after a half-space; «هستم» too.
    assert split_clauses("ترجمه می کنم زیرنویس هم میزنم")[0] == "ترجمه می کنم"
    assert split_clauses("مترجم هستم ویراستاری هم انجام میدم")[0] == "مترجم هستم"
    # Not verbs: «میم» (a meme) has no stem; a verb at the end cuts nothing.
    assert split_clauses("ساخت میم برای پیج") == ["ساخت میم برای پیج"]
    assert split_clauses("طراحی لوگو انجام میدم") == ["طراحی لوگو انجام میدم"]


# -- English: a clause that only points back is read with the work it points to -----------


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("I teach guitar online and record the lessons and edit them too", "editing_proofreading"),
        (
            "Our clients often have no logo yet, so I design that too, and I build their "
            "WordPress sites",
            "website_design",
        ),
    ],
)
def test_a_clause_that_points_back_is_read_with_its_work(text: str, wrong: str) -> None:
    assert wrong not in _profile(text)


def test_what_points_back() -> None:
    assert split_clauses("I record the video lessons and edit them myself") == [
        "I record the video lessons edit them myself"
    ]
    # A clause with work of its own is a clause, pronoun or not.
    assert split_clauses("I build websites and write the blog posts for them") == [
        "I build websites",
        "write the blog posts for them",
    ]


# -- Finglish: cut like Persian, on its reading ------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("tarahi logo va modiriat pije instagram baraye kafe", {"logo_design", "social_media_management"}),
        ("tarjome maghale va virastari payan name", {"text_translation", "editing_proofreading"}),
    ],
)  # fmt: skip
def test_a_finglish_profile_is_cut_at_va(text: str, expected: set[str]) -> None:
    assert _profile(text) == expected


def test_english_is_not_cut_at_va() -> None:
    clf = load_classifier("fast")
    text = "Amazon VA needed, and a bookkeeper"
    # VA is a virtual assistant in English: only Finglish is cut on its Persian reading.
    assert clf._clause_text(text) == text
    assert clf._clause_text("tarahi logo va banner") == "طراحی logo و banner"


def test_finglish_words_that_were_misread() -> None:
    from azadkar.text._finglish import reader_for

    reader = reader_for(load_classifier("fast").vectorizer_)
    assert reader.word("vorood") == "ورود"  # و at the start is v; "oo" is its vowel
    assert reader.word("vorud") == "ورود"
    # x as ks in a word of two: photography, not «اخبار‌اداری» (news, office).
    assert reader.word("axsbardari").startswith("عکس\u200c")
    assert reader.word("axbardari") == "عکس\u200cبرداری"  # not «عکس‌بارداری», pregnancy
    assert "product_photography" in _profile("axbardari az mahsool baraye forooshgah")
    # A loanword the model knows in English: read as the bot it is in Persian too.
    assert reader.word("robot") == "ربات"


# -- Work outside the taxonomy beside a service ------------------------------------------


@pytest.mark.parametrize(
    ("text", "category", "service"),
    [
        ("HVAC technician; I run Instagram for a café", "marketing", "social_media_management"),
        ("لوله‌کشی ساختمان انجام میدم، برای کسب‌وکارهای محلی سایت وردپرسی می‌سازم", "web_dev", "wordpress_development"),
    ],
)  # fmt: skip
def test_a_service_beside_work_outside_the_taxonomy_is_counted(
    text: str, category: str, service: str
) -> None:
    c = classify(text, evidence=0)
    assert c.category == category
    assert [s for s, _ in c.profile] == [service]


def test_work_outside_the_taxonomy_alone_stays_outside() -> None:
    for text in (
        "Structural engineer: AutoCAD drawings and site visits",
        "لوله‌کشی و تعمیر آبگرمکن",
    ):
        c = classify(text, evidence=0)
        assert c.category == "other" and c.profile == [], text


# -- Regression floor on probe set 6 -----------------------------------------------------


def test_probe_set_6_profiles() -> None:
    """`benchmarks/probe_eval.py --set profiles`, fast engine: the share of profiles whose
    counted services are exactly the gold set. HEAD before these rules: 0.786 overall,
    0.550 for Finglish (0.879 and 0.875 after; docs/classifier.md)."""
    clf = load_classifier("fast")
    with PROBE6.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    assert len(rows) >= 160
    exact: dict[str, list[bool]] = {}
    for r in rows:
        got = {s for s, _ in classify(r["text"], "fast", evidence=0, classifier=clf).profile}
        exact.setdefault(r["lang"], []).append(got == set(r["services"].split(";")))
    share = {lang: sum(v) / len(v) for lang, v in exact.items()}
    overall = sum(sum(v) for v in exact.values()) / len(rows)
    assert overall >= 0.85, share
    assert share["fa-Latn"] >= 0.8, share
