"""A Persian postings export end to end (persona: a Tehran data journalist): Persian column
names, Jalali dates, toman and rial, a mapping TOML. Errors of the mapping name the line;
Persian AI-training postings are counted; the rates each currency was converted with are
named; the cited $2.4/h is a cited claim, not a column beside the measured pay; JSON and CSV
figures follow azadkar.precision."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from _market_helpers import persian_export
from azadkar.cli import app
from azadkar.market import indicators
from azadkar.market._formats import load_mapping
from azadkar.precision import exact_numbers

runner = CliRunner(env={"COLUMNS": "160"})


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp = tmp_path_factory.mktemp("fa_export")
    m = persian_export(tmp, years=(1402,), per_month=12)
    path = tmp / "m.duckdb"
    r = runner.invoke(
        app, ["market", "ingest", str(tmp / "posts.csv"), "--mapping", str(m), "--db", str(path)]
    )
    assert r.exit_code == 0, r.output
    return path


def _ingest(tmp: Path, mapping_text: str, *extra: str) -> object:
    m = persian_export(tmp, years=(1402,), per_month=2)
    m.write_text(mapping_text, encoding="utf-8")
    return runner.invoke(
        app,
        [
            "market",
            "ingest",
            str(tmp / "posts.csv"),
            "--mapping",
            str(m),
            "--db",
            str(tmp / "x.duckdb"),
            *extra,
        ],
    )


def test_a_bad_category_label_names_its_line_and_reads_as_written(tmp_path: Path) -> None:
    from _market_helpers import PERSIAN_MAPPING

    bad = PERSIAN_MAPPING.replace('"برنامه‌نویسی" = "web_dev"', '"برنامه‌نویسی" = "software_dev"')
    line = bad.splitlines().index('"برنامه‌نویسی" = "software_dev"') + 1
    r = _ingest(tmp_path, bad)
    assert r.exit_code == 2
    out = " ".join(r.output.split())
    assert f"map.toml: line {line}: [categories] 'برنامه‌نویسی' = 'software_dev'" in out
    assert "\\u200c" not in out  # the half-space is not written as an escape
    r = _ingest(tmp_path, bad, "--lang", "fa")
    assert f"سطر {str(line).translate(str.maketrans('0123456789', '۰۱۲۳۴۵۶۷۸۹'))}:" in r.output


@pytest.mark.parametrize(
    ("change", "key_line"),
    [
        (('platform = "ponisha"', 'platfrom = "ponisha"'), "platfrom"),
        (('currency = "toman"', 'currency = "یورو"'), "currency"),
        (('currency = "toman"', 'curency = "toman"'), "curency"),
        (('title = "عنوان"', "title = 5"), "title"),
        (('title = "عنوان"', 'title = "سرفصل"'), "title"),
    ],
)
def test_every_mapping_error_names_the_line(
    tmp_path: Path, change: tuple[str, str], key_line: str
) -> None:
    from _market_helpers import PERSIAN_MAPPING

    text = PERSIAN_MAPPING.replace(*change)
    line = next(i for i, x in enumerate(text.splitlines(), 1) if x.startswith(key_line))
    r = _ingest(tmp_path, text)
    assert r.exit_code == 2 and f"map.toml: line {line}: " in r.output, r.output


def test_toml_lines_finds_quoted_keys_in_tables() -> None:
    from azadkar.market._formats import toml_lines

    text = 'platform = "x"\n\n[columns]\ntitle = "t"\n[categories]\n"ترجمه" = "translation"\n'
    lines = toml_lines(text)
    assert lines[("", "platform")] == 1 and lines[("columns", "title")] == 4
    assert lines[("categories", "ترجمه")] == 6 and lines[("categories", "")] == 5


def test_a_good_mapping_keeps_its_lines(tmp_path: Path) -> None:
    m = persian_export(tmp_path, years=(1402,), per_month=1)
    spec = load_mapping(m)
    assert spec.line("columns", "posted") == 5


def test_persian_annotation_postings_are_ai_training(db: Path) -> None:
    ai = indicators(db).get("ai_training")
    assert ai.ok, ai.insufficient
    market = ai.rows[0]
    assert market["scope"] == "market" and market["n_hourly"] == 36  # 12 months x 3


def test_the_rates_used_are_named_per_currency(db: Path) -> None:
    pay = indicators(db).get("pay_by_category")
    [note] = [n for n in pay.notes if n.startswith("pay in other currencies")]
    assert "IRR (" in note and "TOMAN (" in note and "toman per USD" in note
    assert "rial per USD" in note and "stated assumption, not an official rate" in note
    [fa] = [n for n in pay.notes_fa if "برای هر دلار" in n]
    assert "تومان" in fa and "ریال" in fa and "نه نرخ رسمی" in fa
    r = runner.invoke(app, ["market", "indicators", "--db", str(db), "--lang", "fa"])
    assert "برای هر دلار" in r.output


def test_the_cited_figure_is_not_a_column_beside_the_measured_pay(db: Path) -> None:
    r = runner.invoke(app, ["market", "indicators", "--db", str(db)])
    section = r.output.split("[ai_training]")[1].split("==")[0]
    assert "cited figure" not in section.split("(also in")[0]
    assert "cited claim, not verified: 'Ghost workers'" in " ".join(section.split())
    assert "(also in --format json or csv: cited figure" in " ".join(section.split())
    # JSON keeps the cited figure and its status on the market row
    d = json.loads(
        runner.invoke(app, ["market", "indicators", "--db", str(db), "-f", "json"]).stdout
    )
    ai = next(i for i in d["indicators"] if i["name"] == "ai_training")
    assert ai["rows"][0]["cited_hourly_usd"] == 2.4
    assert ai["rows"][0]["cited_status"] == "cited, not verified"


def _decimals(x: float) -> int:
    text = repr(x)
    return len(text.split(".")[1]) if "." in text and "e" not in text else 0


def test_json_and_csv_figures_follow_the_precision_rules(db: Path) -> None:
    res = indicators(db)
    d = res.to_dict()
    ineq = next(i for i in d["indicators"] if i["name"] == "inequality")
    pay = next(i for i in d["indicators"] if i["name"] == "pay_by_category")
    assert ineq["rows"] and pay["rows"]
    for r in ineq["rows"]:
        for k in ("gini", "top10_share", "max_share", "gini_without_max"):
            assert r[k] is None or _decimals(r[k]) <= 4, (k, r[k])
        assert _decimals(r["max_usd"]) <= 2
    for r in pay["rows"]:
        for k in ("median_hourly_usd", "median_fixed_usd"):
            assert r[k] is None or _decimals(r[k]) <= 2, (k, r[k])
    # the rows themselves keep every digit; exact_numbers writes them unrounded
    raw = next(i for i in res.indicators if i.name == "inequality").rows[0]["gini"]
    assert _decimals(raw) > 4
    with exact_numbers():
        exact = next(i for i in res.to_dict()["indicators"] if i["name"] == "inequality")
    assert exact["rows"][0]["gini"] == raw
    c = runner.invoke(app, ["market", "indicators", "--db", str(db), "-f", "csv"])
    for line in csv.DictReader(io.StringIO(c.stdout)):
        if line["metric"] == "gini":
            assert len(line["value"].split(".")[1]) <= 4, line
        if line["metric"].endswith("_usd") and line["status"] == "ok":
            assert len(line["value"].split(".")[-1]) <= 2, line


def test_text_output_writes_money_in_cents(db: Path) -> None:
    res = indicators(db)
    values = [
        v
        for name in ("pay_by_category", "ai_training")
        for r in res.get(name).rows
        for k, v in r.items()
        if k.endswith("_usd") and isinstance(v, float) and k != "cited_hourly_usd"
    ]
    assert any(round(v, 2) != round(v, 1) for v in values)  # cents a 1-decimal form drops
    r = runner.invoke(app, ["market", "indicators", "--db", str(db)])
    for v in values:  # every median and quartile in dollars and cents, as in JSON
        assert f"{v:,.2f}" in r.output, v
        if round(v, 3) != round(v, 2):
            assert f"{v:,.3f}" not in r.output
