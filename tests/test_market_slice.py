"""A slice of the store (--platform, --file, --country, --since, --until): the indicators of
a slice are those of a store holding only its postings; every output names the slice and
its size; a value the store does not know, a date that cannot be read, a range with no day
or a slice with no posting is an error naming the option (exit 2)."""

from __future__ import annotations

import csv
import datetime as dt
import html
import io
import json
import re
import shutil
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from _market_helpers import slice_rows, slice_store
from azadkar.cli import app
from azadkar.errors import InputError
from azadkar.market import Store, indicators
from azadkar.market._slice import parse_bound
from azadkar.report.market_report import render_market_html

runner = CliRunner()
ROWS = slice_rows()


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    tmp = tmp_path_factory.mktemp("slice")
    path = tmp / "m.duckdb"
    slice_store(tmp, ROWS, db=str(path)).close()
    yield path


def _same_as_a_store_of(
    tmp_path: Path, db: Path, keep: Callable[[str, dict[str, Any]], bool], **slice_: Any
) -> dict[str, Any]:
    """The slice's indicators equal those of a store of only the rows ``keep`` accepts."""
    rows = {p: [r for r in rs if keep(p, r)] for p, rs in ROWS.items()}
    with slice_store(tmp_path, rows) as alone, Store(db, read_only=True) as whole:
        want = indicators(store=alone)
        got = indicators(store=whole, **slice_)
    assert got.postings == want.postings == sum(len(v) for v in rows.values())
    assert got.dated_postings == want.dated_postings
    assert got.category_source == want.category_source
    for a, b in zip(got.indicators, want.indicators, strict=True):
        assert a.to_dict() == b.to_dict(), a.name
    assert got.caveats == want.caveats
    return got.slice


def test_a_platform_slice_is_the_store_of_that_platform(tmp_path: Path, db: Path) -> None:
    sl = _same_as_a_store_of(tmp_path, db, lambda p, r: p == "beta", platform="beta")
    assert sl["filters"] == {"platform": ["beta"]}
    assert sl["postings"] == len(ROWS["beta"])
    assert sl["store_postings"] == len(ROWS["alpha"]) + len(ROWS["beta"])


def test_a_file_slice_by_name_or_id(tmp_path: Path, db: Path) -> None:
    sl = _same_as_a_store_of(tmp_path, db, lambda p, r: p == "alpha", file="alpha.csv")
    assert [f["id"] for f in sl["filters"]["file"]] == [1]
    with Store(db, read_only=True) as s:
        assert indicators(store=s, file="۲").postings == len(ROWS["beta"])  # Persian digits


def test_a_country_slice_matches_any_letter_case(tmp_path: Path, db: Path) -> None:
    """«United States» and «united states» are one country; a posting naming no country is
    outside the slice, and the slice says how many."""
    sl = _same_as_a_store_of(
        tmp_path,
        db,
        lambda p, r: r["country"].lower() == "united states",
        country="UNITED STATES",
    )
    assert sl["filters"] == {"country": ["United States", "united states"]}
    no_country = sum(1 for r in ROWS["alpha"] if not r["country"])
    assert sl["excluded_for_missing_value"] == {"country": no_country}
    assert f"{no_country} postings naming no country are outside it" in sl["description"]


def test_a_date_slice_gregorian_and_jalali(tmp_path: Path, db: Path) -> None:
    def in_2023(p: str, r: dict[str, Any]) -> bool:
        return r["date"] != "" and "2023-01-01" <= r["date"] <= "2023-12-31"

    sl = _same_as_a_store_of(tmp_path, db, in_2023, since="2023-01-01", until="2023-12-31")
    assert sl["filters"] == {"since": "2023-01-01", "until": "2023-12-31"}
    assert sl["excluded_for_missing_value"] == {"date": 15}  # alpha's undated rows
    # the same year as a year, and Jalali 1402 (2023-03-21..2024-03-19) in Persian digits
    with Store(db, read_only=True) as s:
        assert indicators(store=s, since="2023", until="2023").postings == sl["postings"]
        j = indicators(store=s, since="۱۴۰۲/۰۱/۰۱", until="۱۴۰۲")
    assert j.slice["filters"] == {
        "since": "2023-03-21",
        "since_as_given": "۱۴۰۲/۰۱/۰۱",
        "until": "2024-03-19",
        "until_as_given": "۱۴۰۲",
    }
    want = sum(
        1
        for rs in ROWS.values()
        for r in rs
        if r["date"] and "2023-03-21" <= r["date"] <= "2024-03-19"
    )
    assert j.postings == want
    assert "۱ فروردین ۱۴۰۲" in j.slice["description_fa"]
    assert "۲۹ اسفند ۱۴۰۲" in j.slice["description_fa"]


def test_filters_combine(tmp_path: Path, db: Path) -> None:
    def keep(p: str, r: dict[str, Any]) -> bool:
        return p == "alpha" and r["country"] == "Canada" and r["date"] >= "2023-06-01"

    sl = _same_as_a_store_of(
        tmp_path, db, keep, platform="alpha", country="Canada", since="2023-06"
    )
    assert sl["filters"] == {
        "platform": ["alpha"],
        "country": ["Canada"],
        "since": "2023-06-01",
        "since_as_given": "2023-06",
    }


@pytest.mark.parametrize(
    ("text", "end", "day"),
    [
        ("2023-01-31", False, dt.date(2023, 1, 31)),
        ("2023-02", True, dt.date(2023, 2, 28)),
        ("2024-02", True, dt.date(2024, 2, 29)),
        ("2023", True, dt.date(2023, 12, 31)),
        ("2023-12", True, dt.date(2023, 12, 31)),
        ("1402/01/01", False, dt.date(2023, 3, 21)),
        ("۱۴۰۲/۰۱/۰۱", False, dt.date(2023, 3, 21)),
        ("1402-1-1", False, dt.date(2023, 3, 21)),
        ("1402", True, dt.date(2024, 3, 19)),
        ("1402/12", True, dt.date(2024, 3, 19)),
        ("1403/12/30", False, dt.date(2025, 3, 20)),  # 1403 is a leap year
        ("1402/06", True, dt.date(2023, 9, 22)),  # Shahrivar has 31 days
        (" 2023-06-01 ", False, dt.date(2023, 6, 1)),
    ],
)
def test_parse_bound(text: str, end: bool, day: dt.date) -> None:
    assert parse_bound(text, "--until" if end else "--since", end=end) == day


@pytest.mark.parametrize(
    "bad", ["2023-02-30", "1402/12/30", "2023-13", "yesterday", "2023-06-01 14:00", "23-06-01", ""]
)
def test_parse_bound_refuses(bad: str) -> None:
    with pytest.raises(InputError, match=r"--since .*not a date; write it as 2023-01-31"):
        parse_bound(bad, "--since", end=False)


# -- every output names the slice ----------------------------------------------------------
SLICE = [
    "--platform",
    "alpha",
    "--country",
    "canada",
    "--since",
    "1402/01/01",
    "--until",
    "2023-12",
]


def _run(db: Path, *args: str, env: dict[str, str] | None = None) -> Any:
    r = runner.invoke(app, ["market", "indicators", "--db", str(db), *args], env=env)
    assert r.exit_code == 0, r.output
    return r


def test_json_names_the_filters_and_the_count(db: Path) -> None:
    doc = json.loads(_run(db, *SLICE, "--format", "json").output)
    sl = doc["slice"]
    assert sl["filters"] == {
        "platform": ["alpha"],
        "country": ["Canada"],
        "since": "2023-03-21",
        "since_as_given": "1402/01/01",
        "until": "2023-12-31",
        "until_as_given": "2023-12",
    }
    want = sum(
        1
        for r in ROWS["alpha"]
        if r["country"] == "Canada" and r["date"] and "2023-03-21" <= r["date"] <= "2023-12-31"
    )
    assert sl["postings"] == doc["postings"] == want
    # left out for lack of a value the other filters would keep: a date (12 undated in
    # Canada, and 3 undated naming no country), a country (in the dates or undated)
    no_country = sum(
        1
        for r in ROWS["alpha"]
        if not r["country"] and (not r["date"] or "2023-03-21" <= r["date"] <= "2023-12-31")
    )
    assert sl["excluded_for_missing_value"] == {"date": 15, "country": no_country}
    assert "15 postings with no date are outside it" in sl["description"]
    whole = json.loads(_run(db, "--format", "json").output)["slice"]
    assert whole["filters"] == {} and whole["postings"] == whole["store_postings"]
    assert whole["description"].startswith("Slice: the whole store")


def test_text_names_the_slice_in_english_and_persian(db: Path) -> None:
    wide = {"COLUMNS": "300"}
    en = " ".join(_run(db, *SLICE, env=wide).output.split())
    assert "Slice: platform alpha; client country Canada; posted 2023-03-21 to 2023-12-31 - " in en
    fa = " ".join(_run(db, *SLICE, "--lang", "fa", env=wide).output.split())
    assert (
        "برش: پلتفرم \u2066alpha\u2069؛ کشور کارفرما \u2066Canada\u2069؛ آگهی‌شده از "
        "۱ فروردین ۱۴۰۲ (\u2066۲۰۲۳-۰۳-۲۱\u2069) تا ۱۰ دی ۱۴۰۲ (\u2066۲۰۲۳-۱۲-۳۱\u2069) - " in fa
    )
    assert "آگهیِ بی‌تاریخ بیرون از آن‌اند" in fa
    assert "Slice: the whole store" in _run(db).output


def test_csv_names_the_slice_first(db: Path) -> None:
    lines = list(csv.reader(io.StringIO(_run(db, *SLICE, "--format", "csv").output)))
    head = [ln for ln in lines[1:] if ln[0] == "slice"]
    assert lines[1][0] == "slice" and head[0][-3] == "postings"
    filters = {(ln[-3], ln[-2]) for ln in head if ln[1] == "filter"}
    assert filters == {
        ("platform", "alpha"),
        ("country", "Canada"),
        ("since", "2023-03-21"),
        ("until", "2023-12-31"),
    }
    assert ["slice", "filter", *[""] * 6, "since", "2023-03-21", "as given: 1402/01/01"] in head


def test_report_names_the_slice(db: Path, tmp_path: Path) -> None:
    with Store(db, read_only=True) as s:
        mi = indicators(store=s, platform="beta", since="2023-06-01")
    for lang, said in (
        ("en", "Slice: platform beta; posted on or after 2023-06-01 - "),
        ("fa", "برش: پلتفرم \u2066beta\u2069؛ آگهی‌شده از ۱۱ خرداد ۱۴۰۲"),
    ):
        page = html.unescape(render_market_html(mi, lang))
        line = re.search(r'<p class="slice"><b>(.*?)</b></p>', page)
        assert line and said in re.sub("<[^>]+>", "", line[1]), line
    # the whole store is said among the store's figures
    with Store(db, read_only=True) as s:
        whole = indicators(store=s)
    for lang, said in (("en", "Slice: the whole store"), ("fa", "برش: کل انبار")):
        meta = re.search(r'<ul class="small meta">(.*?)</ul>', render_market_html(whole, lang))
        assert meta and f"<li>{said}</li>" in meta[1]
    out = tmp_path / "r.html"
    r = runner.invoke(
        app, ["market", "report", str(out), "--db", str(db), "--file", "beta.csv", "--lang", "fa"]
    )
    assert r.exit_code == 0, r.output
    assert "برش: پروندهٔ ۲ (" in html.unescape(out.read_text(encoding="utf-8"))


@pytest.mark.slow
def test_pdf_report_names_the_slice(db: Path, tmp_path: Path) -> None:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler) is not installed")
    out = tmp_path / "r.pdf"
    r = runner.invoke(app, ["market", "report", str(out), "--db", str(db), "--platform", "beta"])
    assert r.exit_code == 0, r.output
    text = subprocess.run(
        ["pdftotext", "-l", "1", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Slice: platform beta - 360 of the store's 1,095 postings" in " ".join(text.split())


# -- bad slices: exit 2, the option named --------------------------------------------------
@pytest.mark.parametrize(
    ("args", "said"),
    [
        (
            ["--platform", "alpah"],
            "--platform 'alpah': no posting in the store is from that "
            "platform (platforms in the store: alpha, beta); did you mean alpha?",
        ),
        (["--file", "alpha.cvs"], "--file 'alpha.cvs': no ingested file has that id or name"),
        (
            ["--file", "9"],
            "--file '9': no ingested file has that id or name (files, as "
            "`azadkar market status` shows them: 1 alpha.csv, 2 beta.csv)",
        ),
        (["--country", "Canda"], "did you mean Canada?"),
        (["--since", "2023-02-30"], "--since '2023-02-30': not a date"),
        (["--until", "tomorrow"], "--until 'tomorrow': not a date"),
        (
            ["--since", "2024", "--until", "2023"],
            "--since 2024 (2024-01-01) is after --until 2023 (2023-12-31)",
        ),
        (
            ["--platform", "beta", "--country", "Canada"],
            "the slice --platform beta --country "
            "Canada holds no posting of the store's 1,095 (postings each filter holds: "
            "--platform beta alone: 360; --country Canada alone: 192)",
        ),
        (["--platform", "beta", "--since", "2025"], "--since 2025-01-01 alone: 0"),
    ],
)
def test_a_bad_slice_is_an_error_naming_the_option(db: Path, args: list[str], said: str) -> None:
    r = runner.invoke(app, ["market", "indicators", "--db", str(db), *args])
    assert r.exit_code == 2, r.output
    assert said in " ".join(r.output.split()), r.output
    rep = runner.invoke(app, ["market", "report", "/tmp/never.html", "--db", str(db), *args])
    assert rep.exit_code == 2 and said in " ".join(rep.output.split())
    assert not Path("/tmp/never.html").exists()


def test_a_bad_slice_in_persian(db: Path) -> None:
    r = runner.invoke(
        app, ["market", "indicators", "--db", str(db), "--country", "Canda", "--lang", "fa"]
    )
    assert r.exit_code == 2
    # the option in a left-to-right isolate in Persian text
    assert (
        "\u2066--country\u2069 «Canda»: هیچ آگهی‌ای در انبار این کشور کارفرما را نام نمی‌برد"
        in r.output
    )
    assert "شاید منظورتان \u2066Canada\u2069 است" in r.output
    r = runner.invoke(
        app, ["market", "indicators", "--db", str(db), "--since", "۱۴۰۲/۱۳/۰۱", "--lang", "fa"]
    )
    assert r.exit_code == 2 and "\u2066--since\u2069 «۱۴۰۲/۱۳/۰۱»: تاریخ خوانا نیست" in r.output


def test_an_indicator_the_slice_cannot_support_says_why(db: Path) -> None:
    """Ten days of one platform: no monthly series, said as before (never a number)."""
    with Store(db, read_only=True) as s:
        mi = indicators(store=s, platform="beta", since="2023-05-01", until="2023-05-10")
    vol = mi.get("volume_pay")
    assert not vol.ok and "dated postings span only 10 day(s)" in (vol.insufficient or "")
    assert mi.slice["postings"] == 10


def test_help_teaches_the_slice() -> None:
    for cmd in ("indicators", "report"):
        out = runner.invoke(app, ["market", cmd, "--help"], env={"COLUMNS": "200"}).output
        for opt in ("--platform", "--file", "--country", "--since", "--until"):
            assert opt in out, (cmd, opt)
        assert "Example: --since 1402/01/01" in out
    ind = runner.invoke(app, ["market", "indicators", "--help"], env={"COLUMNS": "200"}).output
    assert "azadkar market indicators --platform upwork --since 2023 --until 2023" in ind
    assert "azadkar market indicators --since 1402/01/01 --until ۱۴۰۲/۱۲/۲۹ --lang fa" in ind


@pytest.mark.slow
def test_a_slice_line_leaves_both_bar_charts_on_the_first_pdf_page(tmp_path: Path) -> None:
    """Ten categories, some medians on too few rates (a two-line note under the hourly
    chart's title): with the slice's line above them, the second chart went to page 2 and
    left half of page 1 empty; now both stay on page 1."""
    from weasyprint import HTML
    from weasyprint.formatting_structure import boxes

    from _market_helpers import mapped_store, row
    from azadkar.market import CATEGORY_IDS

    rows = []
    for k, cat in enumerate(CATEGORY_IDS):
        for i in range(3 if k % 2 else 30):
            rows.append(row(f"2024-0{1 + i % 6}-{1 + i % 27:02d}", cat, 10.0 + k + i))
    s, _ = mapped_store(tmp_path, rows)
    with s:
        mi = indicators(store=s, platform="test", since="2024-01-01", until="1403/06")

    def walk(b: Any) -> Any:
        yield b
        for c in getattr(b, "children", None) or []:
            yield from walk(c)

    for lang in ("en", "fa"):
        doc = render_market_html(mi, lang, for_pdf=True)
        assert '<p class="slice">' in doc
        first = HTML(string=doc).render().pages[0]
        images = [b for b in walk(first._page_box) if isinstance(b, boxes.ReplacedBox)]
        assert len(images) == 2, (lang, len(images))
