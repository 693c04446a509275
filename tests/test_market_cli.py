"""`azadkar market ...` from the command line: ingest, status, rejected, indicators."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from azadkar.cli import app
from azadkar.market import CATEGORY_IDS

# Wide enough that a summary line is never wrapped at pytest's temporary path (its length
# varies from run to run); the wrapping itself is tested in test_market_output.py.
runner = CliRunner(env={"COLUMNS": "400"})

RSS = (
    "title,url,published,description,skills,category,country,budget,hourly_range_min,hourly_range_max\n"
    "A,https://u/1,6/1/2024 1:00am,d,s,Full Stack Development,US,$100,,\n"
    "B,https://u/2,6/2/2024 1:00am,d,s,Logo Design,US,,$10,$20\n"
    "C,https://u/3,whenever,d,s,SEO,US,$5,,\n"
    "A,https://u/1?x=2,6/1/2024 1:00am,d,s,Full Stack Development,US,$100,,\n"
)


@pytest.fixture
def db(tmp_path: Path) -> Path:
    f = tmp_path / "rss.csv"
    f.write_text(RSS, encoding="utf-8")
    db = tmp_path / "m.duckdb"
    r = runner.invoke(app, ["market", "ingest", str(f), "--db", str(db), "--no-progress"])
    assert r.exit_code == 0, r.output
    assert "4 rows = 2 accepted + 1 rejected + 1 duplicates" in r.output
    return db


def test_status_json_counts_per_file(db: Path) -> None:
    r = runner.invoke(app, ["market", "status", "--db", str(db), "--format", "json"])
    assert r.exit_code == 0, r.output
    [f] = json.loads(r.output)
    assert (f["rows"], f["accepted"], f["rejected"], f["duplicates"]) == (4, 2, 1, 1)
    assert all(isinstance(f[k], int) for k in ("accepted", "rejected", "duplicates"))


def test_reingest_reports_skip(db: Path, tmp_path: Path) -> None:
    r = runner.invoke(
        app, ["market", "ingest", str(tmp_path / "rss.csv"), "--db", str(db), "--json"]
    )
    assert r.exit_code == 0
    [res] = json.loads(r.output)
    assert res["skipped"] and res["accepted"] == 0


def test_rejected_shows_reason_and_raw_row(db: Path) -> None:
    r = runner.invoke(app, ["market", "rejected", "--db", str(db)])
    assert r.exit_code == 0
    assert "unparseable date: whenever" in r.output and '"title":"C"' in r.output


def test_indicators_json_rows_carry_our_category(db: Path) -> None:
    r = runner.invoke(app, ["market", "indicators", "--db", str(db), "--format", "json"])
    assert r.exit_code == 0, r.output
    doc = json.loads(r.output)
    pay = next(i for i in doc["indicators"] if i["name"] == "pay_by_category")
    assert {row["category"] for row in pay["rows"]} == {"web_dev", "design"}
    for ind in doc["indicators"]:
        for row in ind["rows"]:
            assert row["category"] in (*CATEGORY_IDS, None)
    vol = next(i for i in doc["indicators"] if i["name"] == "volume_pay")
    assert vol["insufficient"].startswith("insufficient data: dated postings span only 2 day(s)")


def test_indicators_text_and_csv(db: Path) -> None:
    r = runner.invoke(app, ["market", "indicators", "--db", str(db)])
    assert r.exit_code == 0
    assert "insufficient data:" in r.output and "Caveats:" in r.output
    r = runner.invoke(app, ["market", "indicators", "--db", str(db), "--format", "csv"])
    rows = list(csv.DictReader(io.StringIO(r.output)))
    med = [
        x for x in rows if x["indicator"] == "pay_by_category" and x["metric"] == "median_fixed_usd"
    ]
    assert med == [{**med[0], "category": "web_dev", "value": "100.0"}]


def test_missing_store_and_model_are_clean_errors(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, db: Path
) -> None:
    r = runner.invoke(app, ["market", "status", "--db", str(tmp_path / "none.duckdb")])
    assert r.exit_code == 2 and "no market store" in r.output
    # A mistyped --db is an error, not a new empty store that "classified 0 postings".
    r = runner.invoke(app, ["market", "classify", "--db", str(tmp_path / "typo.duckdb")])
    assert r.exit_code == 2 and "no market store" in r.output
    assert not (tmp_path / "typo.duckdb").exists()
    r = runner.invoke(app, ["market", "rejected", "--db", str(db), "--file", "99"])
    assert r.exit_code == 2 and "no file with id 99" in r.output
    from azadkar.market import _classify

    monkeypatch.setattr(_classify, "model_available", lambda: False)
    r = runner.invoke(app, ["market", "classify", "--db", str(db), "--no-progress"])
    assert r.exit_code == 2 and "model is not installed" in r.output


ISO_UTC = r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ"


def test_ingested_at_is_the_same_iso_utc_text_in_ingest_and_status(tmp_path: Path) -> None:
    import re

    f = tmp_path / "rss.csv"
    f.write_text(RSS, encoding="utf-8")
    db = tmp_path / "t.duckdb"
    r = runner.invoke(app, ["market", "ingest", str(f), "--db", str(db), "--json", "--no-progress"])
    assert r.exit_code == 0, r.output
    [res] = json.loads(r.output)
    # Before: null here, and "2026-11-26 15:41:01.090052" in status.
    assert res["ingested_at"] and re.fullmatch(ISO_UTC, res["ingested_at"]), res["ingested_at"]
    r = runner.invoke(app, ["market", "status", "--db", str(db), "--format", "json"])
    [st] = json.loads(r.output)
    assert st["ingested_at"] == res["ingested_at"]
    assert st["pay_unconverted"] == res["pay_unconverted"] == 0


def test_pay_with_no_rate_is_shown_by_ingest_and_status(tmp_path: Path) -> None:
    from _market_helpers import toman_ads

    f, m = toman_ads(tmp_path)
    db = tmp_path / "t.duckdb"
    args = ["market", "ingest", str(f), "--mapping", str(m), "--db", str(db), "--no-progress"]
    r = runner.invoke(app, args)
    assert r.exit_code == 0, r.output
    assert "2 rows = 2 accepted + 0 rejected + 0 duplicates" in r.output
    why = (
        "pay of 1 posting(s) not converted to USD: no rate on or before the posting date for "
        "currency TOMAN (posted 2017-05-01); the rates file (shipped rates.toml) starts "
        "2018-01-01 for TOMAN"
    )
    assert f"note: {why}" in " ".join(r.output.split())  # wrapped to the terminal
    r = runner.invoke(app, ["market", "status", "--db", str(db), "--format", "json"])
    [st] = json.loads(r.output)
    assert (st["accepted"], st["rejected"], st["duplicates"]) == (2, 0, 0)
    assert st["pay_unconverted"] == 1 and isinstance(st["pay_unconverted"], int)
    assert any(n.startswith(why) for n in st["notes"])
    r = runner.invoke(app, ["market", "status", "--db", str(db)], env={"COLUMNS": "120"})
    assert r.exit_code == 0, r.output
    head, line = r.output.splitlines()[:2]
    # The column is `pay_unconverted` in JSON; the table says it in words (it said the key).
    assert head.endswith("duplicates  pay not converted") and line.split()[-1] == "1"
    assert "pay_unconverted" not in r.output
    assert f"file 1: {why}" in " ".join(r.output.split())  # wrapped to the terminal
    r = runner.invoke(
        app, ["market", "status", "--db", str(db), "--lang", "fa"], env={"COLUMNS": "120"}
    )
    head, line = r.output.splitlines()[:2]
    assert head.endswith("تکراری  دستمزد بی‌نرخ دلار") and line.split()[-1] == "۱"
    # The pay indicators say how many postings with pay they leave out, and why.
    r = runner.invoke(app, ["market", "indicators", "--db", str(db), "--format", "json"])
    doc = json.loads(r.output)
    for name in ("volume_pay", "pay_by_category", "inequality"):
        ind = next(i for i in doc["indicators"] if i["name"] == name)
        assert any(
            n.startswith("1 posting(s) with pay are left out for lack of an exchange rate")
            for n in ind["notes"]
        ), (name, ind["notes"])
        assert len(ind["notes_fa"]) == len(ind["notes"])


def test_every_market_command_has_help() -> None:
    for cmd in ("ingest", "status", "classify", "indicators", "rejected"):
        r = runner.invoke(app, ["market", cmd, "--help"])
        assert r.exit_code == 0 and "Example" in r.output, cmd


def test_market_public_names_resolve() -> None:
    import azadkar.market as market

    for name in market.__all__:
        assert getattr(market, name) is not None, name


@pytest.mark.slow
def test_report_html_and_pdf(db: Path, tmp_path: Path) -> None:
    import re
    import subprocess

    out = tmp_path / "market.html"
    r = runner.invoke(app, ["market", "report", str(out), "--db", str(db)])
    assert r.exit_code == 0, r.output
    text = out.read_text("utf-8")
    assert "<svg" in text and "Vazirmatn" in text
    # self-contained: no script, stylesheet or font fetched from the network
    assert not re.search(r"""(src|href)=["']https?://|url\(["']?https?://""", text)
    # with two postings, the event study must say why it has no number
    assert "Not enough data" in text
    pdf = tmp_path / "market.pdf"
    r = runner.invoke(app, ["market", "report", str(pdf), "--db", str(db), "--lang", "fa"])
    assert r.exit_code == 0, r.output
    txt = subprocess.run(
        ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "دادهٔ کافی نیست" in txt or "کافی نیست" in txt
    r = runner.invoke(app, ["market", "report", str(tmp_path / "m.txt"), "--db", str(db)])
    assert r.exit_code == 2 and ".html or .pdf" in r.output


def test_a_tehran_analysts_own_jalali_toman_file_end_to_end(tmp_path: Path) -> None:
    """A platform's own export: Persian headers, Jalali dates in the three ways Persian
    files write them, toman prices in words, «توافقی», and a mapping with [categories];
    ingest, status, indicators (text and JSON) and the Persian report all work, and every
    row is accepted with the right day."""
    f = tmp_path / "پونیشا.csv"
    rows = ["شناسه,عنوان,تاریخ ثبت,بودجه,دسته‌بندی"]
    dates = ["۱۴۰۳/۰۵/۱۲", "۱۲/۰۵/۱۴۰۳", "۱۲ مرداد ۱۴۰۳"]  # all 2024-08-02
    pays = ["۲۵ میلیون تومان", "توافقی", "۳ م ت", "۵۰۰ هزار تا ۱ میلیون تومان"]
    for i in range(36):
        cat = ["طراحی", "ترجمه", "داده"][i % 3]
        rows.append(f"p{i},کار {cat} {i},{dates[i % 3]},{pays[i % 4]},{cat}")
    f.write_text("\n".join(rows) + "\n", encoding="utf-8")
    m = tmp_path / "نگاشت.toml"
    m.write_text(
        'platform = "ponisha"\nrequire_date = true\n[columns]\nkey = "شناسه"\ntitle = "عنوان"\n'
        'posted = "تاریخ ثبت"\npay = "بودجه"\ncategory = "دسته‌بندی"\n'
        '[defaults]\ncurrency = "toman"\n'
        '[categories]\n"طراحی" = "design"\n"ترجمه" = "translation"\n"داده" = "data_ai"\n',
        encoding="utf-8",
    )
    db = tmp_path / "m.duckdb"
    r = runner.invoke(
        app, ["market", "ingest", str(f), "--mapping", str(m), "--db", str(db), "--lang", "fa"]
    )
    assert r.exit_code == 0, r.output
    assert "۳۶ ردیف = ۳۶ پذیرفته + ۰ ردشده + ۰ تکراری" in r.output
    r = runner.invoke(app, ["market", "status", "--db", str(db), "--format", "json"])
    [status] = json.loads(r.output)
    assert (status["accepted"], status["rejected"], status["pay_unconverted"]) == (36, 0, 0)
    from azadkar.market import Store

    with Store(db, read_only=True) as s:
        days = s.con.execute("SELECT DISTINCT CAST(posted_at AS DATE) FROM postings").fetchall()
        pays = dict(
            s.con.execute(
                "SELECT source_key, pay FROM postings WHERE source_key IN ('p0', 'p1', 'p2', 'p3')"
            ).fetchall()
        )
    assert [str(d) for (d,) in days] == ["2024-08-02"]
    assert pays == {"p0": 25e6, "p1": None, "p2": 3e6, "p3": 750e3}  # toman; توافقی: not stated
    r = runner.invoke(app, ["market", "indicators", "--db", str(db), "--format", "json"])
    assert r.exit_code == 0, r.output
    res = json.loads(r.output)
    by_cat = {row["category"]: row["postings"] for row in res["indicators"][0]["rows"]}
    assert by_cat == {"data_ai": 12, "design": 12, "translation": 12}
    assert "ponisha 36" in res["caveats"][0] and "Upwork" not in res["caveats"][0]
    r = runner.invoke(app, ["market", "indicators", "--db", str(db), "--lang", "fa"])
    assert r.exit_code == 0 and "طراحی گرافیک" in r.output, r.output
    out = tmp_path / "گزارش.html"
    r = runner.invoke(app, ["market", "report", str(out), "--db", str(db), "--lang", "fa"])
    assert r.exit_code == 0, r.output
    page = out.read_text("utf-8")
    assert 'dir="rtl"' in page and "\u2066ponisha\u2069</span> ۳۶" in page
