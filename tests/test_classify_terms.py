"""Terms of work ("paid hourly", "ongoing project", «فوری») name no service: the classifier
sets them aside before reading a text, says which parts it set aside, and reads a text
without them exactly as before."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import numpy as np
import pytest
from typer.testing import CliRunner

from azadkar.cli import app

runner = CliRunner()


def _services(text: str) -> list[str]:
    from azadkar.text import classify

    return [s for s, _ in classify(text).services]


# -- what the task was about -----------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "service", "ignored"),
    [
        # "paid hourly" listed online_ads (>99%), "ongoing project" project_management (95%).
        ("logo design for a bakery, paid hourly", "logo_design", ["paid hourly"]),
        ("ongoing project: translate our website into Persian", "text_translation",
         ["ongoing project"]),
        ("translate our website into Persian, ongoing project", "text_translation",
         ["ongoing project"]),
        ("manage our Instagram page, paid hourly", "social_media_management", ["paid hourly"]),
        # «حقوق ماهانه» (monthly salary) listed accounting.
        ("طراحی لوگو برای کافه، حقوق ماهانه", "logo_design", ["حقوق ماهانه"]),
        ("طراحی لوگو برای نانوایی، پرداخت ساعتی و همکاری بلندمدت", "logo_design",
         ["پرداخت ساعتی", "همکاری بلندمدت"]),
    ],
)  # fmt: skip
def test_terms_of_work_add_no_service_and_are_named(
    text: str, service: str, ignored: list[str]
) -> None:
    from azadkar.text import classify

    c = classify(text)
    assert [s for s, _ in c.services] == [service], c
    assert [p.lower() for p in c.ignored] == ignored, c
    # The evidence comes from what was read, never from a part set aside.
    assert not any(p.lower() in " ".join(c.evidence).lower() for p in ignored), c
    assert c.flags == [], c


ONE_SERVICE = [
    "logo design for a bakery",
    "build a WordPress site for my shop",
    "proofread my thesis",
    "promotional video for a gym",
    "طراحی لوگو برای کافه",
    "ساخت اپلیکیشن اندروید",
    "ورود اطلاعات در اکسل",
]
FILLERS_EN = ["paid hourly", "ongoing project", "long-term", "urgent", "budget is flexible",
              "need it ASAP", "fixed price", "part-time", "budget $500"]  # fmt: skip
FILLERS_FA = ["پروژه بلندمدت", "فوری", "پرداخت ساعتی", "همکاری طولانی مدت", "بودجه توافقی",
              "قیمت مقطوع", "حقوق ماهانه", "پاره وقت", "دورکاری"]  # fmt: skip


def test_a_filler_before_or_after_a_request_adds_no_service() -> None:
    from azadkar.text import classify_many

    texts, base = [], []
    for text in ONE_SERVICE:
        for filler in FILLERS_EN if text.isascii() else FILLERS_FA:
            texts += [f"{text}, {filler}", f"{filler}: {text}", f"{text} ({filler})"]
            base += [text] * 3
    got = classify_many(texts).services
    want = dict(zip(base, classify_many(base).services, strict=True))
    wrong = [
        (t, s) for t, b, s in zip(texts, base, got, strict=True) if [x for x, _ in s] != [
            x for x, _ in want[b]]
    ]  # fmt: skip
    assert not wrong, wrong


def test_a_text_of_terms_only_names_no_service_and_says_what_it_ignored() -> None:
    from azadkar.text import classify

    c = classify("urgent, paid hourly")
    assert c.category == "other" and c.services == [] and c.evidence == [], c
    assert c.ignored == ["urgent", "paid hourly"], c
    # Not "unknown words": the words are known, they are just not a service.
    assert c.flags == [], c
    c = classify("پروژه بلندمدت")
    assert c.category == "other" and c.services == [] and c.ignored == ["پروژه بلندمدت"], c


# -- what must not be set aside --------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "project management for a build team",
        "paid ads on Facebook and Google",
        "smart contract audit",
        "fast website, SEO",
        "Node, Express",
        "Restaurant owner needs a financial consultant to look at costs, pricing and cash flow",
        "FP&A consultant: budgets, forecasts, variance analysis",
        "Marketplace website (buyers and sellers) from scratch",
        "Help organize our projects and deadlines",
        "تهیه لیست بیمه و حقوق و دستمزد",  # payroll
        "تدوین طرح کسب و کار",  # business plan: «کار» of «کسب و کار»
        "بک اند فروشگاه با Django؛ سفارش و پرداخت",  # payments to build
        "نیازمند طراحی بنر هستیم؛ هم ثابت و هم متحرک",  # static banners
        "I design logos and run Instagram pages for cafés",
    ],
)
def test_a_term_that_is_the_topic_of_the_work_is_read(text: str) -> None:
    from azadkar.text._terms import split_terms

    kept, ignored = split_terms(text)
    assert kept == text and ignored == []


def test_text_without_terms_is_read_exactly_as_before() -> None:
    from azadkar.text import load_classifier

    clf = load_classifier("fast")
    texts = [
        "I design logos and run Instagram pages for cafés",
        "طراحی سایت وردپرسی و سئو",
        "Laravel developer needed to build a web application for managing rental properties",
        "voice-over artist for an ad, also video editing",
    ]
    a = clf.segment_proba(texts, ignore_terms=True)
    b = clf.segment_proba(texts, ignore_terms=False)
    for x, y in zip(a, b, strict=True):
        np.testing.assert_array_equal(x, y)


@pytest.mark.parametrize(
    ("text", "ignored"),
    [
        ("logo, urgent", ["urgent"]),
        ("Urgent: need a WordPress developer (long-term)", ["Urgent", "long-term"]),
        ("translator needed - paid hourly - ongoing", ["paid hourly", "ongoing"]),
        ("budget $500, data entry", ["budget $500"]),
        ("Part-time job", ["Part-time job"]),
        ("ترجمه مقاله، فوري", ["فوري"]),  # Arabic yeh, as typed on an Arabic keyboard
        ("ترجمه مقاله، پاره‌وقت", ["پاره‌وقت"]),
        ("urgent, and more", ["urgent", "more"]),  # nothing but glue is left: all named
    ],
)
def test_split_terms_names_the_parts_as_written(text: str, ignored: list[str]) -> None:
    from azadkar.text._terms import split_terms

    assert split_terms(text)[1] == ignored


# -- every front end shows what was set aside ------------------------------------------------
def test_batch_and_file_name_the_parts_set_aside(tmp_path: Path) -> None:
    from azadkar.text import classify_many

    res = classify_many(["logo design, paid hourly", "logo design", "urgent, ASAP"])
    assert res.flag == ["ignored:paid hourly", "", "ignored:urgent|ASAP"]
    assert res.ignored == [["paid hourly"], [], ["urgent", "ASAP"]]
    assert res.services[2] == [] and res.category[2] == "other"

    src = tmp_path / "in.csv"
    src.write_text(
        'title\n"logo design for a bakery, paid hourly"\nlogo design\n', encoding="utf-8"
    )
    out = tmp_path / "out.csv"
    r = runner.invoke(app, ["classify", "--file", str(src), "-c", "title", "-o", str(out)])
    assert r.exit_code == 0, r.output
    with out.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert rows[0]["services"].startswith("logo_design:") and ";" not in rows[0]["services"]
    assert rows[0]["flag"] == "ignored:paid hourly"
    assert rows[1]["flag"] == ""
    assert "ignored=1" in r.output


def test_cli_shows_the_parts_set_aside_in_both_languages() -> None:
    r = runner.invoke(app, ["classify", "logo design for a bakery, paid hourly"])
    assert r.exit_code == 0, r.output
    lines = r.output.splitlines()
    ignored = [line for line in lines if line.startswith("ignored:")]
    assert ignored and '"paid hourly"' in ignored[0] and "not a service" in ignored[0]
    assert "online_ads" not in r.output
    # It comes after the evidence, before the language.
    assert (
        lines.index(ignored[0])
        == next(i for i, x in enumerate(lines) if x.startswith("language:")) - 1
    )
    assert max(len(x) for x in lines) <= 80

    r = runner.invoke(app, ["classify", "طراحی لوگو، پرداخت ساعتی و همکاری بلندمدت"])
    assert r.exit_code == 0, r.output
    assert "کنار گذاشته:" in r.output and "«پرداخت ساعتی»" in r.output, r.output

    r = runner.invoke(app, ["classify", "logo design for a bakery"])
    assert "ignored" not in r.output

    r = runner.invoke(app, ["classify", "logo design, paid hourly", "--format", "json"])
    assert json.loads(r.output)["ignored"] == ["paid hourly"]


def test_a_batch_gives_each_texts_flags_as_a_list_like_one_classification() -> None:
    from azadkar.text import classify_many

    texts = ["logo for my cafe", "", "translate my CV, paid hourly, ASAP"]
    batch = classify_many(texts)
    assert batch.flags[1] == ["empty"] and batch.flags[0] == []
    assert batch.flags == [f.split(";") if f else [] for f in batch.flag]
    # one text keeps its set-aside parts in .ignored; a batch names them as a flag code too
    assert batch.flags[2] == ["ignored:paid hourly|ASAP"]
    assert batch.ignored[2] == ["paid hourly", "ASAP"]
