"""Contract clauses on AI use (Persian and English, Markdown and HTML, options)."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from azadkar.disclosure import (
    ClauseOptions,
    clauses_html,
    clauses_markdown,
    contract_clauses,
    load_options_file,
    make_disclosure,
)
from azadkar.errors import DisclosureError

RECORD = make_disclosure(
    {
        "title": "Logo",
        "author": "Reza",
        "client": "Cafe Naderi",
        "ai_share": 25,
        "human_review": True,
        "tools": [{"tool": "midjourney", "mode": "generate"}, {"tool": "canva", "mode": "edit"}],
    }
)


def test_english_clauses_cover_the_required_topics() -> None:
    md = clauses_markdown(lang="en")
    for heading in (
        "Permitted AI tools and uses",
        "Duty to disclose AI use",
        "Client data and AI training",
        "Ownership and warranties",
        "No AI-detector terms",
    ):
        assert heading in md
    assert "never used to train" in md
    assert "US Copyright Office" in md and "Part 2" in md
    assert "not legal advice" in md
    assert "AIA Ph Se Hin R Grammarly v1.0" in md
    assert "does not promise" in md  # no warranty of copyrightability for AI parts
    # the detector clause: no detector term, and a procedure with steps (a)-(d)
    assert "No payment, acceptance" in md and all(f"({s})" in md for s in "abcd")
    # without names, sentences still start with a capital ("The Freelancer ...")
    assert not re.search(r"(^|\. )the (Freelancer|Client)", md, re.MULTILINE)


def test_persian_clauses_mirror_the_english_ones() -> None:
    en = contract_clauses(lang="en")
    fa = contract_clauses(lang="fa")
    assert [c.id for c in fa.clauses] == [c.id for c in en.clauses]
    md = fa.to_markdown()
    assert "آشکارساز هوش مصنوعی" in md and "مالکیت" in md and "مشاورهٔ حقوقی" in md
    # Persian digits in Persian text
    assert "۱۰ روز" in md


def test_record_fills_tools_names_and_share() -> None:
    en = clauses_markdown(lang="en", record=RECORD)
    assert "Midjourney (Midjourney, Inc.)" in en and "Canva (Magic Studio)" in en
    assert "Reza" in en and "Cafe Naderi" in en
    assert "about 25% in the current disclosure" in en
    fa = clauses_markdown(lang="fa", record=RECORD)
    assert "۲۵٪" in fa


def test_options_change_the_text() -> None:
    opts = ClauseOptions(
        permitted_tools=["grammarly"],
        prohibited_uses=["faces of real people"],
        max_ai_share=40,
        ownership="license",
        jurisdiction="eu",
        governing_law="the laws of Ontario",
        dispute_days=5,
        platform="upwork",
    )
    md = clauses_markdown(opts, lang="en")
    assert "Grammarly (Superhuman" in md
    assert "must not be used for: faces of real people" in md
    assert "exceed about 40%" in md
    assert "exclusive, perpetual, worldwide licence" in md
    assert "own intellectual creation" in md
    assert "governed by the laws of Ontario" in md
    assert "within 5 days" in md
    assert "Upwork" in md and "cited, not verified" in md
    fiverr = clauses_markdown({"platform": "fiverr"}, lang="fa")
    assert "فایور" in fiverr and "Fiverr Community Standards" in fiverr


def test_bad_options_are_rejected_with_the_field() -> None:
    with pytest.raises(DisclosureError, match="platform"):
        contract_clauses({"platform": "toptal"})
    with pytest.raises(DisclosureError, match="max_ai_share"):
        contract_clauses({"max_ai_share": 120})


class _Checker(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.stack: list[str] = []
        self.errors: list[str] = []
        self.tags: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        if tag not in ("meta", "hr", "br"):
            self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack.pop() != tag:
            self.errors.append(tag)


def test_html_is_well_formed_escaped_and_rtl_for_persian() -> None:
    hostile = ClauseOptions(freelancer="<script>x</script>")
    html_en = clauses_html(hostile, lang="en")
    assert "<script>" not in html_en and "&lt;script&gt;" in html_en
    checker = _Checker()
    checker.feed(html_en)
    assert not checker.errors and not checker.stack
    assert html_en.startswith("<!DOCTYPE html>") and "<code>AIA Ph Se Hin R" in html_en
    html_fa = clauses_html(lang="fa", full_document=False)
    assert re.match(r'<section class="azadkar-clauses" lang="fa" dir="rtl">', html_fa)


def test_options_file(tmp_path: Path) -> None:
    path = tmp_path / "contract.toml"
    path.write_text(
        '[disclosure]\ntitle = "Logo"\nai_share = 10\n\n[clauses]\nplatform = "fiverr"\n',
        encoding="utf-8",
    )
    doc = load_options_file(path)
    assert doc["disclosure"]["ai_share"] == 10 and doc["clauses"]["platform"] == "fiverr"
    bad = tmp_path / "bad.toml"
    bad.write_text("[clause]\nplatform = 1\n", encoding="utf-8")
    with pytest.raises(DisclosureError, match=r"unknown table\(s\) clause"):
        load_options_file(bad)
    broken = tmp_path / "broken.toml"
    broken.write_text("title = \n", encoding="utf-8")
    with pytest.raises(DisclosureError, match="not valid TOML"):
        load_options_file(broken)
