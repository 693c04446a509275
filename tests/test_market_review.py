"""What a platform analyst saw going through the market commands on the shared postings:
ingest summaries wider than the terminal, a median split from its count when a table is
split, Persian dates reversed in report prose, help text broken mid-path, a misspelt
mapping key named in English only."""

from __future__ import annotations

import inspect
import re
from pathlib import Path

import pytest
from rich.cells import cell_len
from typer.testing import CliRunner

from _market_helpers import mapped_store, row
from azadkar.cli import app
from azadkar.errors import AzadkarError
from azadkar.market import indicators
from azadkar.report.market_report import render_market_html
from azadkar.report.text_table import print_table

runner = CliRunner()


def _too_wide(text: str, width: int = 80) -> list[str]:
    return [line for line in text.splitlines() if cell_len(line) > width]


# -- the ingest summary fits the terminal -----------------------------------------------------


MAPPING = """platform = "ponisha"
[columns]
key = "id"
title = "title"
posted = "date"
pay = "pay"
[defaults]
currency = "toman"
"""


@pytest.mark.parametrize("lang", ["en", "fa"])
def test_ingest_summary_lines_fit_80_columns(
    tmp_path: Path, lang: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    folder = tmp_path / "a-rather-long-folder-name-for-the-exports-of-this-platform"
    folder.mkdir()
    f = folder / "ponisha-postings-2024.csv"
    f.write_text(
        "id,title,date,pay\n"
        "1,لوگو,1402/01/15,۲ میلیون تومان\n"
        "1,لوگو,1402/01/15,۲ میلیون تومان\n"
        "2,ترجمه,1402/13/01,۵۰۰ هزار تومان\n",
        encoding="utf-8",
    )
    m = tmp_path / "m.toml"
    m.write_text(MAPPING, encoding="utf-8")
    db = Path("m.duckdb")
    args = ["market", "ingest", str(f), "--mapping", str(m), "--db", str(db), "--no-progress"]
    r = runner.invoke(app, [*args, "--lang", lang], env={"COLUMNS": "80"})
    assert r.exit_code == 0, r.output
    # only a path wider than the terminal may be wider, whole on a line of its own (to copy)
    assert [w for w in _too_wide(r.output) if w.strip() != str(f)] == [], r.output
    assert str(f) in r.output.splitlines()
    flat = " ".join(r.output.split())
    assert ("1 accepted + 1 rejected + 1 duplicates" if lang == "en" else "۱ تکراری") in flat
    # the command to copy stays on one line
    cmd = f"azadkar market rejected --file 1 --db {db}"
    assert any(cmd in line for line in r.output.splitlines()), r.output
    # a re-ingest says "skipped" within 80 columns too
    r = runner.invoke(app, [*args, "--lang", lang], env={"COLUMNS": "80"})
    assert r.exit_code == 0, r.output
    assert [w for w in _too_wide(r.output) if " " in w.strip()] == [], r.output


# -- a median and its count stay in one table -------------------------------------------------


class _Console:
    width = 40

    def __init__(self) -> None:
        self.lines: list[str] = []

    def print(self, text: str = "", **_: object) -> None:
        self.lines.append(text)


def test_a_split_table_keeps_a_count_beside_its_median() -> None:
    c = _Console()
    heads = ["category", "n_a", "med_a", "n_b", "med_b"]
    rows = [["web_dev_and_more", "1234567", "12345.5", "7654321", "54321.5"]]
    print_table(c, heads, rows, key_columns=1, together={1, 3})
    tables = "\n".join(c.lines).split("\n\n")
    assert len(tables) == 2, c.lines
    assert all(("n_a" in t) == ("med_a" in t) and ("n_b" in t) == ("med_b" in t) for t in tables)


def test_text_indicators_keep_n_salary_beside_the_median_salary(tmp_path: Path) -> None:
    # long category names and wide counts: the pay table must be split at 80 columns
    rows = [
        row(f"2024-0{1 + i % 6}-{1 + i % 27:02d}", "consulting_teaching", 30.0) for i in range(60)
    ]
    rows += [row("2024-03-03", "customer_service", 900.0, "salary") for _ in range(12)]
    # every pay type has a value (a pay type with none has its columns left out)
    rows += [row("2024-04-04", "customer_service", 1500.0, "fixed") for _ in range(3)]
    db = tmp_path / "m.duckdb"
    s, _ = mapped_store(tmp_path, rows, db=str(db))
    s.close()
    r = runner.invoke(app, ["market", "indicators", "--db", str(db)], env={"COLUMNS": "80"})
    assert r.exit_code == 0, r.output
    part = r.output.split("[pay_by_category]")[1].split("==")[0]
    tables = [t for t in re.split(r"\n\s*\n", part) if "category" in t]
    assert len(tables) >= 2, part  # the table was split
    for t in tables:
        heads = " ".join(t.split("\n")[:5])
        assert ("median monthly salary" in heads) == ("n salary" in heads), part
        assert ("median hourly" in heads) == ("n hourly" in heads), part


# -- Persian report: dates read year first, options do not break ------------------------------


def test_persian_prose_puts_dates_in_left_to_right_isolates() -> None:
    from azadkar.report.market_report import _prose

    text = "ماه‌ها کنار گذاشته شدند: ۲۰۲۴-۰۵ (۴)؛ تاریخ‌ها ۲۰۲۴-۰۵-۱۴ تا ۲۰۲۴-۰۶-۰۶"
    out = _prose(text, "fa")
    for date in ("۲۰۲۴-۰۵", "۲۰۲۴-۰۵-۱۴", "۲۰۲۴-۰۶-۰۶"):
        assert f'<span class="nw">\u2066{date}\u2069</span>' in out, out
    # an isolate already there (an option) is kept whole, not isolated twice
    out = _prose("برای نما: \u2066--category-source platform\u2069", "fa")
    assert out.count("\u2066") == 1 and '<span class="nw">\u2066--category' in out
    assert _prose("months: 2024-05 (4) <b>", "en") == "months: 2024-05 (4) &lt;b&gt;"


def test_persian_report_has_no_bare_date_after_persian_words(tmp_path: Path) -> None:
    rows = [row(f"2024-0{1 + i % 4}-{1 + i % 27:02d}", "web_dev", 30.0) for i in range(80)]
    rows.append(row("2024-07-01", "web_dev", 30.0))  # a thin month, named in the notes
    db = tmp_path / "m.duckdb"
    s, _ = mapped_store(tmp_path, rows, db=str(db))
    s.close()
    doc = render_market_html(indicators(db), "fa")
    prose = re.sub(r"<td[^>]*>.*?</td>|<svg.*?</svg>|<style>.*?</style>", "", doc, flags=re.S)
    dates = list(re.finditer("[۰-۹]{4}-[۰-۹]{2}", prose))
    assert dates, "the fixture names a month in its notes"
    bare = [
        prose[max(0, d.start() - 30) : d.end()] for d in dates if prose[d.start() - 1] != "\u2066"
    ]
    assert bare == []


def test_report_html_has_a_mobile_viewport(tmp_path: Path) -> None:
    db = tmp_path / "m.duckdb"
    s, _ = mapped_store(tmp_path, [row("2024-01-01", "web_dev", 30.0)], db=str(db))
    s.close()
    for lang in ("en", "fa"):
        assert '<meta name="viewport" content="width=device-width' in render_market_html(
            indicators(db), lang
        )


# -- help at 80 columns -----------------------------------------------------------------------


def test_help_examples_and_the_default_store_fit_80_columns() -> None:
    from azadkar.cli import market_cmd

    for name in ("ingest", "status", "classify", "indicators", "rejected", "report"):
        doc = inspect.getdoc(getattr(market_cmd, name)) or ""
        for line in doc.splitlines():
            if line.strip().startswith("azadkar "):
                # the help indents examples by 2 and pads by 1 inside 80 columns
                assert len(line.strip()) + 3 <= 80, line
        r = runner.invoke(app, ["market", name, "--help"], env={"COLUMNS": "80"})
        assert r.exit_code == 0
        assert "~/.local/share" in r.output and "market.duckdb" in r.output, (name, r.output)


# -- a misspelt key is named in Persian too ---------------------------------------------------


def _fa_error(fn: object, *args: object) -> str:
    with pytest.raises(AzadkarError) as e:
        fn(*args)  # type: ignore[operator]
    return str(getattr(e.value, "message_fa", ""))


def test_a_misspelt_key_says_did_you_mean_in_persian(tmp_path: Path) -> None:
    from azadkar.market._formats import load_mapping
    from azadkar.market._indicators import load_events
    from azadkar.market._store import load_rates

    m = tmp_path / "m.toml"
    m.write_text('platfrom = "x"\n[columns]\ntitle = "t"\n', encoding="utf-8")
    assert "آیا منظورتان platform است؟" in _fa_error(load_mapping, m)
    m.write_text('[columns]\ntitel = "t"\n', encoding="utf-8")
    fa = _fa_error(load_mapping, m)
    assert "titel" in fa and "آیا منظورتان title است؟" in fa
    r = tmp_path / "r.toml"
    r.write_text('[[rate]]\ncurrency = "IRR"\nfrom = 2024-01-01\nunit_per_usd = 5\n')
    assert "آیا منظورتان units_per_usd است؟" in _fa_error(load_rates, r)
    r.write_text('[[rates]]\ncurrency = "IRR"\nfrom = 2024-01-01\nunits_per_usd = 5\n')
    assert "آیا منظورتان [[rate]] است؟" in _fa_error(load_rates, r)
    ev = tmp_path / "e.toml"
    ev.write_text('[[event]]\nid = "x"\nname = "X"\ndaet = 2024-01-01\n')
    assert "آیا منظورتان date است؟" in _fa_error(load_events, ev)


def test_english_unknown_column_field_names_the_closest(tmp_path: Path) -> None:
    from azadkar.market._formats import load_mapping

    m = tmp_path / "m.toml"
    m.write_text('[columns]\ntitel = "t"\n', encoding="utf-8")
    with pytest.raises(AzadkarError, match=r"titel in \[columns\] \(did you mean title\?\)"):
        load_mapping(m)


# -- Spark says it is starting ----------------------------------------------------------------


@pytest.mark.parametrize("cmd", ["indicators", "report"])
def test_spark_engine_says_it_is_starting_on_stderr(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, cmd: str
) -> None:
    import azadkar.market

    db = tmp_path / "m.duckdb"
    s, _ = mapped_store(tmp_path, [row("2024-01-01", "web_dev", 30.0)], db=str(db))
    s.close()
    real = azadkar.market.indicators
    monkeypatch.setattr(
        azadkar.market, "indicators", lambda *a, **k: real(*a, **{**k, "engine": "duckdb"})
    )
    args = ["market", cmd, *(["out.html"] if cmd == "report" else []), "--db", str(db)]
    monkeypatch.chdir(tmp_path)
    r = runner.invoke(app, [*args, "--engine", "spark"])
    assert r.exit_code == 0, r.output
    assert "starting Spark" in r.stderr
    r = runner.invoke(app, args)
    assert "Spark" not in r.stderr
