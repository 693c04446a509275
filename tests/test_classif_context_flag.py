"""The flag ``context:<sentence>|...`` of a job post: its sentences are cut at every kind of
line break, it stays one cell of a CSV (commas, quotes, Persian), and a file's summary
counts it as one code, ``context``, not one line per distinct sentence."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from azadkar.report.classify_view import file_summary_text
from azadkar.text import classify, classify_many
from azadkar.text._files import classify_file

FA_LINES = [
    "درباره ما: کافه‌ای در تهران با سه شعبه",
    "لوگو آماده است",
    "به یک نفر برای مدیریت صفحه اینستاگرام نیاز داریم",
]
EN_LINES = [
    "Our designer already made the logo",
    "We need someone to write product descriptions for 40 items",
]


@pytest.mark.parametrize("brk", ["\r", "\u2028", "\u2029"])
def test_every_line_break_ends_a_sentence(brk: str) -> None:
    """A post whose lines end without a full stop, broken by a carriage return alone (old Mac
    exports), U+2028 or U+2029, is read as the same post broken by new lines: its context
    sentences set aside one by one, not glued to the request (before: the Persian post was
    read as logo design, 41 %, and nothing was set aside)."""
    by_newline = classify_many(["\n".join(FA_LINES), "\n".join(EN_LINES)])
    b = classify_many([brk.join(FA_LINES), brk.join(EN_LINES)])
    assert b.flag == by_newline.flag
    assert b.context == by_newline.context == [FA_LINES[:2], EN_LINES[:1]]
    assert [s[0][0] for s in b.services] == ["social_media_management", "copywriting"]
    one = classify(brk.join(FA_LINES))
    assert one.context == FA_LINES[:2] and one.services[0][0] == "social_media_management"


POSTS = [
    'We are a DTC brand, based in Toronto. Our designer already made the logo, "Blue" style. '
    "We need someone to write product descriptions for 40 items.",
    "\r".join(FA_LINES),  # one cell of an old Mac export
    'We run a clinic; "our team" handles the photos already. We need a WordPress developer '
    "to fix our booking form, paid hourly.",
    "logo design",
]


@pytest.mark.parametrize("suffix", [".csv", ".tsv", ".jsonl"])
def test_a_files_context_flag_is_one_cell_and_one_code(tmp_path: Path, suffix: str) -> None:
    src = tmp_path / "posts.csv"
    with src.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["id", "title"])
        w.writerows([i, p] for i, p in enumerate(POSTS))
    out = tmp_path / f"out{suffix}"
    summary = classify_file(src, "title", out)
    batch = classify_many(POSTS)
    if suffix == ".jsonl":
        rows = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
        flags = [r["flag"] or "" for r in rows]
    else:
        with out.open(encoding="utf-8", newline="") as f:
            table = list(csv.reader(f, delimiter="\t" if suffix == ".tsv" else ","))
        assert {len(r) for r in table} == {7}, "every row keeps its seven cells"
        assert [r[1] for r in table[1:]] == POSTS  # the input cell as written, \r and all
        flags = [r[-1] for r in table[1:]]
    assert flags == batch.flag
    # each context part is one sentence as written, the Persian post's two as two parts
    assert flags[0] == 'context:Our designer already made the logo, "Blue" style.'
    assert flags[1] == "context:" + "|".join(FA_LINES[:2])
    assert flags[2] == 'ignored:paid hourly;context:"our team" handles the photos already.'
    assert flags[3] == ""
    # the summary counts codes: context once, however many distinct sentences
    assert dict(summary.flags) == {"context": 3, "ignored": 1}
    assert summary.to_dict()["flags"] == {"context": 3, "ignored": 1}
    en = file_summary_text(summary, "en")
    assert "flagged cells: context=3, ignored=1" in en and "Blue" not in en
    fa = file_summary_text(summary, "fa")
    assert "۳ آگهی با جمله‌ای کنار گذاشته به‌عنوان زمینه" in fa and "آماده" not in fa
