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


# --- Latin names inside Persian clauses (bidi isolation) --------------------------------

FSI, LRI, PDI, RLM, NBSP = "\u2068", "\u2066", "\u2069", "\u200f", "\u00a0"
GRAMMARLY = f"Grammarly{NBSP}(Superhuman{NBSP}(formerly{NBSP}Grammarly,{NBSP}Inc.))"
LATIN = ClauseOptions(
    freelancer="Reza Studio Ltd.",
    client="Cafe Naderi (Tehran)",
    permitted_tools=["grammarly", "github_copilot"],
    permitted_uses=["3D mock-ups"],
    prohibited_uses=["faces of real people (no consent)"],
    governing_law="the laws of Ontario (Canada)",
)


def test_persian_clauses_isolate_every_latin_value() -> None:
    md = clauses_markdown(LATIN, lang="fa")
    # nested brackets in logical order, inside one isolate
    assert (
        f"{FSI}{GRAMMARLY}{PDI}، {FSI}GitHub{NBSP}Copilot{NBSP}(GitHub{NBSP}(Microsoft)){PDI}."
        in md
    )
    # a name that starts a paragraph: a right-to-left mark, then the isolate
    assert f"\n{RLM}{FSI}Reza Studio Ltd.{PDI} می‌تواند در انجام خدمات" in md
    assert f"یک انسان ({FSI}Reza Studio Ltd.{PDI})" in md
    assert f"رضایت کتبی پیشین {FSI}Cafe Naderi (Tehran){PDI} نیاز دارد" in md
    assert f"کاربردهای مجاز: {FSI}3D mock-ups{PDI}." in md
    assert f"به کار رود: {FSI}faces of real people (no consent){PDI}." in md
    assert f"قانون حاکم بر این قرارداد: {FSI}the laws of Ontario (Canada){PDI}." in md
    assert f"(برای نمونه {LRI}`AIA Ph Se Hin R Grammarly v1.0`{PDI})" in md
    # the English sources, left to right
    assert f"- {LRI}U.S. Copyright Office" in md
    # English has no isolate marks at all
    en = clauses_markdown(LATIN, lang="en")
    assert not re.search(f"[{FSI}{LRI}{PDI}{RLM}]", en)
    assert "Grammarly (Superhuman (formerly Grammarly, Inc.))" in en and "Reza Studio Ltd." in en


def test_persian_clauses_html_wraps_latin_values_in_bdi() -> None:
    from azadkar.report.clauses_pdf import clauses_pdf_document

    page = clauses_html(LATIN, lang="fa")
    checker = _Checker()
    checker.feed(page)
    assert not checker.errors and not checker.stack
    assert f'<bdi dir="ltr">{GRAMMARLY}</bdi>' in page
    assert '<p>\u200f<bdi dir="ltr">Reza Studio Ltd.</bdi> می‌تواند' in page
    assert '<bdi dir="ltr">the laws of Ontario (Canada)</bdi>.' in page
    assert '<bdi dir="ltr"><code dir="ltr">AIA Ph Se Hin R Grammarly v1.0</code></bdi>' in page
    assert '<ul class="sources" lang="en" dir="ltr">' in page
    # no isolate characters left for a renderer to split at a line break
    assert not re.search(f"[{FSI}{LRI}{PDI}]", page)
    # the PDF is laid out from the same HTML
    assert f'<bdi dir="ltr">{GRAMMARLY}</bdi>' in clauses_pdf_document(
        contract_clauses(LATIN, lang="fa")
    )
    # a Persian value keeps its own direction
    fa_client = clauses_html({"client": "کافه نادری (Cafe Naderi)"}, lang="fa")
    assert "کافه نادری (Cafe Naderi)" in fa_client and '<bdi dir="rtl">' in fa_client
    # English HTML is as it was
    assert "<bdi" not in clauses_html(LATIN, lang="en")


def test_persian_clauses_pdf_keeps_a_name_with_a_full_stop_together() -> None:
    """Laid out by WeasyPrint, "(Reza Studio Ltd.)" keeps its full stop after "Ltd" (it
    used to jump to the other end: "(.Reza Studio Ltd)")."""
    import shutil
    import subprocess
    import tempfile

    if not shutil.which("pdftotext"):
        pytest.skip("pdftotext is not installed")
    from azadkar.report.clauses_pdf import render_clauses_pdf

    pdf = render_clauses_pdf(contract_clauses(LATIN, lang="fa"))
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "c.pdf"
        path.write_bytes(pdf)
        bbox = subprocess.run(
            ["pdftotext", "-f", "1", "-l", "1", "-bbox", str(path), "-"],
            capture_output=True, text=True, check=True,
        ).stdout  # fmt: skip
    words = re.findall(r'<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>(.*?)</word>', bbox)
    lines: dict[int, list[tuple[float, str]]] = {}
    for x, y, word in words:
        lines.setdefault(round(float(y)), []).append((float(x), word))
    shown = [" ".join(w for _, w in sorted(line)) for line in lines.values()]
    with_name = [line for line in shown if "Studio" in line]
    assert with_name and all("Reza Studio Ltd." in line for line in with_name), with_name
    assert not any(".Reza" in line for line in shown)
    tools = next(line for line in shown if "Superhuman" in line)
    assert "Grammarly (Superhuman (formerly Grammarly, Inc.))" in tools


# --- bad input ----------------------------------------------------------------------------


def test_english_clauses_capitalise_only_their_own_sentence_starts() -> None:
    # A name ending in a full stop is not the end of a sentence: the word after it keeps
    # its case, and a name is never capitalised ("van Dijk").
    md = clauses_markdown(
        {"freelancer": "Reza Studio Ltd.", "client": "Cafe Naderi Inc."}, lang="en"
    )
    for fragment in (
        "Reza Studio Ltd. may use generative AI tools",
        "Reza Studio Ltd. gives Cafe Naderi Inc. an AI-use disclosure",
        "Cafe Naderi Inc. may ask for the affected part",
        "On full payment, Reza Studio Ltd. assigns to Cafe Naderi Inc. all rights",
        "by Reza Studio Ltd. or with",
        "If Cafe Naderi Inc. suspects",
    ):
        assert fragment in md, fragment
    assert not re.search(r"(Ltd|Inc)\. [A-Z][a-z]+ ", md), md
    lower = clauses_markdown({"freelancer": "van Dijk", "client": "de Wit"}, lang="en")
    assert "van Dijk may use" in lower and "de Wit's materials" in lower
    assert "Van Dijk" not in lower and "De Wit" not in lower
    # without names the template's own sentence starts are capitalised, and only those
    plain = clauses_markdown(lang="en")
    assert "The Freelancer may use" in plain and "The Client's materials" in plain
    assert "The Freelancer does not promise" in plain and "The Freelancer warrants" in plain
    assert "With each deliverable the Freelancer gives the Client an" in plain


def test_options_file_with_a_byte_order_mark(tmp_path: Path) -> None:
    path = tmp_path / "contract.toml"
    path.write_bytes(b'\xef\xbb\xbf[clauses]\nplatform = "fiverr"\n')
    assert load_options_file(path)["clauses"]["platform"] == "fiverr"


@pytest.mark.parametrize(
    ("options", "field"),
    [
        ({"freelancer": "  "}, "freelancer"),
        ({"client": " "}, "client"),
        ({"governing_law": "   "}, "governing_law"),
        ({"permitted_tools": ["chatgpt", " "]}, "permitted_tools"),
        ({"prohibited_uses": [""]}, "prohibited_uses"),
    ],
)
def test_blank_clause_options_are_refused(options: dict[str, object], field: str) -> None:
    with pytest.raises(DisclosureError) as err:
        contract_clauses(options)
    assert field in err.value.message and (
        "blank" in err.value.message or "empty" in err.value.message
    )
    assert "خالی" in str(err.value.message_fa)


def test_a_cap_below_the_disclosed_share_is_reported() -> None:
    from azadkar.disclosure.clauses import share_conflict

    conflict = share_conflict({"max_ai_share": 10}, RECORD)  # RECORD discloses 25%
    assert conflict is not None
    assert "cap the AI-produced share at about 10%" in conflict["en"]
    assert "states 25%" in conflict["en"]
    assert "۱۰٪" in conflict["fa"] and "۲۵٪" in conflict["fa"]
    assert share_conflict({"max_ai_share": 25}, RECORD) is None
    assert share_conflict({}, RECORD) is None
    assert share_conflict({"max_ai_share": 10}, None) is None
