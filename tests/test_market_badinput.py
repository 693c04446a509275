"""Bad input to `azadkar market`: a clear error naming what and where, exit 2, nothing lost.

Each test here failed before the fix it guards (a traceback, a silent "no pay", a store
file left behind, a user's DuckDB file changed, ...).
"""

from __future__ import annotations

import csv
import gzip
import hashlib
import json
import math
from pathlib import Path

import pytest
from typer.testing import CliRunner

from azadkar.cli import app
from azadkar.errors import IngestError, InputError
from azadkar.market import Store

# Wide enough that a summary line is never wrapped at pytest's temporary path (whose
# length varies from run to run: pytest-9 vs pytest-124); the wrapping itself is
# tested in test_market_output.py.
runner = CliRunner(env={"COLUMNS": "400"})

RSS_HEADER = [
    "title", "url", "published", "description", "skills", "category", "country", "budget",
    "hourly_range_min", "hourly_range_max",
]  # fmt: skip


def rss(i: int, budget: str = "", hmin: str = "", hmax: str = "") -> dict[str, str]:
    return {
        "title": f"Job {i}",
        "url": f"https://www.upwork.com/jobs/job_{i}?source=rss",
        "published": "6/6/2024 4:58am",
        "description": "d",
        "skills": "Python",
        "category": "Logo Design",
        "country": "US",
        "budget": budget,
        "hourly_range_min": hmin,
        "hourly_range_max": hmax,
    }


def write_csv(path: Path, header: list[str], rows: list[dict[str, str]]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, header)
        w.writeheader()
        w.writerows(rows)
    return path


def ingest(*args: str | Path) -> object:
    return runner.invoke(app, ["market", "ingest", *map(str, args), "--no-progress"])


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def mapped(tmp_path: Path, rows: list[dict[str, str]], defaults: str = "") -> tuple[Path, Path]:
    p = write_csv(tmp_path / "m.csv", ["id", "title", "pay", "type", "cur"], rows)
    m = tmp_path / "m.toml"
    m.write_text(
        'platform = "t"\n[columns]\nkey = "id"\ntitle = "title"\npay = "pay"\n'
        'pay_type = "type"\ncurrency = "cur"\n' + defaults,
        encoding="utf-8",
    )
    return p, m


# -- 1. a DuckDB file that is not a market store ------------------------------------------


@pytest.mark.parametrize(
    ("sql", "has"),
    [
        ("CREATE TABLE postings (a INTEGER)", "it has tables postings"),
        ("CREATE TABLE x (a INTEGER)", "it has tables x"),
        (
            "CREATE TABLE files (a INT); CREATE TABLE postings (a INT); "
            "CREATE TABLE rejected (a INT); CREATE TABLE predictions (a INT)",
            "its table files lacks the column(s) file_id",
        ),
    ],
)
def test_a_duckdb_file_that_is_not_a_store_is_refused_and_left_unchanged(
    tmp_path: Path, sql: str, has: str
) -> None:
    import duckdb

    db = tmp_path / "f.duckdb"
    con = duckdb.connect(str(db))
    con.execute(sql)
    con.close()
    before = sha(db)
    src = write_csv(tmp_path / "rss.csv", RSS_HEADER, [rss(1, budget="$100")])
    r = ingest(src, "--db", db)
    assert r.exit_code == 2, r.output
    assert "f.duckdb is not an azadkar market store (" + has in r.output, r.output
    assert "Traceback" not in r.output and "Binder" not in r.output
    for cmd in ("status", "indicators", "rejected", "classify"):
        r = runner.invoke(app, ["market", cmd, "--db", str(db)])
        assert r.exit_code == 2 and "is not an azadkar market store" in r.output, (cmd, r.output)
    r = runner.invoke(app, ["market", "indicators", "--db", str(db), "--lang", "fa"])
    assert r.exit_code == 2 and "انبار بازار آزادکار نیست" in r.output
    r = runner.invoke(app, ["claims", "--db", str(db)])
    assert r.exit_code == 2 and "is not an azadkar market store" in r.output, r.output
    # nothing was added to the user's file
    assert sha(db) == before and not Path(f"{db}.wal").exists()
    con = duckdb.connect(str(db), read_only=True)
    tables = {t for (t,) in con.execute("SELECT table_name FROM duckdb_tables()").fetchall()}
    con.close()
    assert "rejected" not in tables or "files" in sql


def test_an_empty_duckdb_file_or_an_empty_file_is_a_new_store(tmp_path: Path) -> None:
    import duckdb

    src = write_csv(tmp_path / "rss.csv", RSS_HEADER, [rss(1, budget="$100")])
    empty_db = tmp_path / "empty.duckdb"
    duckdb.connect(str(empty_db)).close()
    zero = tmp_path / "zero.duckdb"
    zero.touch()
    for db in (empty_db, zero, tmp_path / "new" / "deeper" / "m.duckdb"):
        r = ingest(src, "--db", db)
        assert r.exit_code == 0 and "1 accepted" in r.output, (db, r.output)
    (tmp_path / "text.duckdb").write_text("not a database\n" * 10)
    r = runner.invoke(app, ["market", "status", "--db", str(tmp_path / "text.duckdb")])
    assert r.exit_code == 2 and "not a DuckDB database file" in r.output
    (tmp_path / "big.txt").write_text("x")
    r = ingest(src, "--db", tmp_path / "big.txt" / "m.duckdb")
    assert r.exit_code == 2 and "big.txt is a file, not a folder" in r.output, r.output


# -- 2. a failed ingest leaves no new store behind ----------------------------------------


def test_a_failed_ingest_leaves_no_new_store_file(tmp_path: Path) -> None:
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    other = write_csv(tmp_path / "ab.csv", ["a", "b"], [{"a": "1", "b": "2"}])
    src = write_csv(tmp_path / "rss.csv", RSS_HEADER, [rss(1, budget="$100")])
    bad_map = tmp_path / "bad.toml"
    bad_map.write_text('[columns]\ntitle = "headline"\n', encoding="utf-8")
    bad_rates = tmp_path / "rates.toml"
    bad_rates.write_text("[rates]\n", encoding="utf-8")
    db = tmp_path / "sub" / "m.duckdb"
    for args in (
        [empty],
        [other],
        [other, "--mapping", bad_map],
        [src, "--rates", bad_rates],
    ):
        r = ingest(*args, "--db", db)
        assert r.exit_code == 2, (args, r.output)
        assert not db.exists() and not Path(f"{db}.wal").exists(), args
        assert not (tmp_path / "sub").exists(), args  # the folder made for it is gone too
    # An existing store is kept as it was; an empty file given as the store stays empty.
    assert ingest(src, "--db", db).exit_code == 0
    before = sha(db)
    assert ingest(empty, "--db", db).exit_code == 2
    assert db.exists() and sha(db) == before
    zero = tmp_path / "zero.duckdb"
    zero.touch()
    assert ingest(empty, "--db", zero).exit_code == 2
    assert zero.exists() and zero.stat().st_size == 0


# -- 3. rates and events files --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "says"),
    [
        (
            '[[rate]]\ncurrency = "IRR"\nfrom = 2024-01-01\nunits_per_usd = nan\n',
            "[[rate]] #1 (IRR from 2024-01-01): units_per_usd must be a finite number above 0",
        ),
        (
            '[[rate]]\ncurrency = "IRR"\nfrom = 2024-01-01\nunits_per_usd = inf\n',
            "units_per_usd must be a finite number above 0, not inf",
        ),
        ("# no rates\n", "no [[rate]] entries"),
        (
            '[rates]\ncurrency = "IRR"\nfrom = 2024-01-01\nunits_per_usd = 500000\n',
            "unknown table [rates] in the file; did you mean [[rate]]?",
        ),
        (
            '[[rate]]\ncurrency = "IRR"\nfrom = 2024-01-01\nunit_per_usd = 500000\n',
            "[[rate]] #1: unknown key 'unit_per_usd' in the entry; did you mean units_per_usd?",
        ),
    ],
)
def test_a_bad_rates_file_names_file_entry_and_key(tmp_path: Path, text: str, says: str) -> None:
    rates = tmp_path / "r.toml"
    rates.write_text(text, encoding="utf-8")
    src = write_csv(tmp_path / "rss.csv", RSS_HEADER, [rss(1, budget="$100")])
    r = ingest(src, "--rates", rates, "--db", tmp_path / "m.duckdb")
    assert r.exit_code == 2, r.output
    assert f"{rates}: " in r.output and says in " ".join(r.output.split()), r.output
    assert "Traceback" not in r.output and "Exception" not in r.output


def test_rates_reach_the_sql_as_data_not_text(tmp_path: Path) -> None:
    rates = tmp_path / "r.toml"
    rates.write_text(
        '[[rate]]\ncurrency = "IRR"\nfrom = 2023-01-01\nunits_per_usd = 777777\n'
        '[[rate]]\ncurrency = "EUR"\nfrom = 2023-01-01\nunits_per_usd = 0.5\n',
        encoding="utf-8",
    )
    rows = [
        {"id": "1", "title": "a", "pay": "100", "type": "fixed", "cur": "EUR"},
        {"id": "2", "title": "b", "pay": "7777770", "type": "fixed", "cur": "IRR"},
    ]
    p, m = mapped(tmp_path, rows)
    with Store(tmp_path / "m.duckdb") as s:
        [res] = s.ingest([p], mapping=m, rates=rates)
        assert res.accepted == 2
        got = s.con.execute("SELECT pay_usd FROM postings ORDER BY source_row").fetchall()
        assert got == [(pytest.approx(200.0),), (pytest.approx(10.0),)]
        rate_sql = " ".join(s._rate_exprs())
    for value in ("777777", "0.5", "2.0", "EUR", "IRR", "2023-01-01", repr(1 / 777777)):
        assert value not in rate_sql, value


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ('[events]\nid = "x"\ndate = 2023-01-01\n', "unknown table [events] in the file; "
         "did you mean [[event]]?"),
        ('[[event]]\nid = "x"\ndaet = 2023-01-01\n', "[[event]] #1: unknown key 'daet' in the "
         "event; did you mean date?"),
    ],
)  # fmt: skip
def test_a_misspelt_events_file_is_an_error_not_no_events(
    tmp_path: Path, text: str, says: str
) -> None:
    src = write_csv(tmp_path / "rss.csv", RSS_HEADER, [rss(1, budget="$100")])
    db = tmp_path / "m.duckdb"
    assert ingest(src, "--db", db).exit_code == 0
    ev = tmp_path / "ev.toml"
    ev.write_text(text, encoding="utf-8")
    r = runner.invoke(app, ["market", "indicators", "--db", str(db), "--events", str(ev)])
    assert r.exit_code == 2 and says in r.output and str(ev) in r.output, r.output
    r = runner.invoke(
        app, ["market", "indicators", "--db", str(db), "--events", str(ev), "--lang", "fa"]
    )
    assert r.exit_code == 2 and "خطا:" in r.output, r.output


# -- 4. option minimums; 5. the report path -------------------------------------------------


@pytest.fixture
def db(tmp_path: Path) -> Path:
    src = write_csv(tmp_path / "rss.csv", RSS_HEADER, [rss(1, budget="$100")])
    db = tmp_path / "m.duckdb"
    assert ingest(src, "--db", db).exit_code == 0
    return db


@pytest.mark.parametrize(
    "args",
    [
        ["classify", "--batch-size", "0"],
        ["classify", "--batch-size", "-5"],
        ["rejected", "--limit", "-1"],
        ["classify", "--batch-size", "9223372036854775808"],
        ["classify", "--batch-size", "1000001"],
        ["rejected", "--limit", "9223372036854775808"],
    ],
)
def test_numeric_options_have_a_minimum_and_a_maximum(db: Path, args: list[str]) -> None:
    r = runner.invoke(app, ["market", *args, "--db", str(db)])
    assert r.exit_code == 2 and "Traceback" not in r.output, r.output
    assert args[1] in r.output and "must be a whole number from" in r.output, r.output


def test_library_limits_are_checked_too(db: Path) -> None:
    from azadkar.market import classify_postings

    with Store(db) as s:
        with pytest.raises(InputError, match="limit must be 0"):
            s.rejected(limit=-1)
        with pytest.raises(InputError, match="batch_size must be 1 or more"):
            classify_postings(s, batch_size=0, progress=False)


@pytest.mark.parametrize(
    ("out", "en", "fa"),
    [
        ("big.txt/m.html", "big.txt is a file, not a folder", "پرونده است، نه پوشه"),
        ("nodir/m.html", "folder nodir does not exist", "وجود ندارد"),
        ("m.txt", "use a file name ending in .html or .pdf", ".html یا .pdf"),
        ("adir.html", "is a folder; give a file name", "یک پوشه است"),
    ],
)
def test_report_path_is_checked_first(
    db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, out: str, en: str, fa: str
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "big.txt").write_text("x")
    (tmp_path / "adir.html").mkdir()
    r = runner.invoke(app, ["market", "report", out, "--db", str(db)])
    assert r.exit_code == 2 and en in r.output, r.output
    r = runner.invoke(app, ["market", "report", out, "--db", str(db), "--lang", "fa"])
    assert r.exit_code == 2 and fa in r.output and "خطا:" in r.output, r.output


def test_report_written_is_said_in_persian(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "r.html"
    r = runner.invoke(app, ["market", "report", str(out), "--db", str(db), "--lang", "fa"])
    assert r.exit_code == 0 and f"گزارش نوشته شد: {out}" in r.output, r.output
    assert out.exists()


# -- 6, 7. pay values: one rule for every adapter ------------------------------------------

BAD_PAY = {
    "abc": "unparseable pay: abc",
    "$0": "non-positive pay: $0",
    "-500": "non-positive pay: -500",
    "inf": "pay is not a finite number: inf",
    "Infinity": "pay is not a finite number: Infinity",
    "1e400": "pay is not a finite number: 1e400",
    "$1e308": "pay too large (over 10M USD an hour or 1B USD a project or month): $1e308",
}
NOT_STATED = ["", "N/A", "NaN", "negotiable", "توافقی", "Hourly", "حقوق پایه (وزارت کار)"]


def test_bad_pay_is_rejected_the_same_in_rss_and_mapped_files(tmp_path: Path) -> None:
    pays = [*BAD_PAY, *NOT_STATED, "$100"]
    src = write_csv(
        tmp_path / "rss.csv", RSS_HEADER, [rss(i, budget=p) for i, p in enumerate(pays, 1)]
    )
    rows = [
        {"id": str(i), "title": "t", "pay": p, "type": "fixed", "cur": ""}
        for i, p in enumerate(pays, 1)
    ]
    p, m = mapped(tmp_path, rows, '[defaults]\ncurrency = "USD"\n')
    for path, kw in ((src, {}), (p, {"mapping": m})):
        with Store(":memory:") as s:
            [res] = s.ingest([path], **kw)
            assert res.rows == res.accepted + res.rejected + res.duplicates == len(pays)
            reasons = {r.row: r.reason for r in s.rejected()}
            for i, pay in enumerate(BAD_PAY, 1):
                assert reasons.get(i) == BAD_PAY[pay], (path.name, pay, reasons.get(i))
            assert len(reasons) == len(BAD_PAY), (path.name, reasons)
            (bad,) = s.con.execute(
                "SELECT count(*) FROM postings WHERE NOT isfinite(pay_usd) OR pay_usd <= 0"
            ).fetchall()[0]
            assert bad == 0
            assert s.con.execute("SELECT max(pay_usd) FROM postings").fetchall() == [(100.0,)]


def test_an_absurd_budget_no_longer_blanks_the_inequality_of_its_pay_type(tmp_path: Path) -> None:
    from azadkar.market import indicators

    rows = [rss(i, budget=f"${100 + i}") for i in range(1, 40)] + [rss(99, budget="$1e308")]
    src = write_csv(tmp_path / "rss.csv", RSS_HEADER, rows)
    with Store(":memory:") as s:
        [res] = s.ingest([src])
        assert (res.accepted, res.rejected) == (39, 1)
        ineq = indicators(store=s).get("inequality")
    fixed = [r for r in ineq.rows if r.get("pay_type") == "fixed" and r.get("period") == "all"]
    assert fixed and all(r["gini"] is not None and math.isfinite(r["gini"]) for r in fixed)


def test_indicators_never_see_a_non_finite_pay(tmp_path: Path) -> None:
    """A store written before the ingest rejected them may hold one."""
    from azadkar.market._engines import posting_view_sql

    src = write_csv(tmp_path / "rss.csv", RSS_HEADER, [rss(1, budget="$100")])
    with Store(":memory:") as s:
        s.ingest([src])
        s.con.execute("INSERT INTO postings SELECT * REPLACE (2 AS posting_id, 'inf'::DOUBLE "
                      "AS pay_usd) FROM postings")  # fmt: skip
        got = s.con.execute(f"SELECT pay_usd FROM ({posting_view_sql()}) ORDER BY 1").fetchall()
    assert got == [(100.0,), (None,)]


def test_reasons_name_the_real_problem(tmp_path: Path) -> None:
    from azadkar.market._types import reason_in

    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    with Store(":memory:") as s, pytest.raises(IngestError, match="the file is empty") as e:
        s.ingest([empty])
    assert "column0" not in str(e.value)
    src = write_csv(tmp_path / "rss.csv", RSS_HEADER, [rss(1, hmin="inf", hmax="$20")])
    rows = [{"id": "1", "title": "t", "pay": "500", "type": "fixed", "cur": "یورو"}]
    p, m = mapped(tmp_path, rows)
    with Store(":memory:") as s:
        s.ingest([src])
        s.ingest([p], mapping=m)
        reasons = [r.reason for r in s.rejected()]
    assert reasons == [
        "pay is not a finite number: inf / $20",
        "unknown currency: یورو (known: IRR, TOMAN, USD)",
    ]
    assert reason_in(reasons[1], "fa") == (
        "واحد پول ناشناخته است: \u2068یورو\u2069 (واحدهای شناخته: IRR, TOMAN, USD)"
    )
    assert reason_in(reasons[0], "fa").startswith("دستمزد عددی متناهی نیست")


# -- 8. files DuckDB cannot read ------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "data", "says"),
    [
        ("empty.parquet", b"", "the file is empty"),
        ("garbage.parquet", b"this is text\n", "not a Parquet file"),
        ("notgz.csv.gz", b"title,published,budget\na,2024-01-01,$5\n", "not gzip-compressed"),
        ("empty.csv.gz", gzip.compress(b"", mtime=0), "the file is empty once decompressed"),
        ("garbage.xlsx", b"text", "not an Excel .xlsx workbook"),
        ("bad.jsonl", b"not json\n", "no line of the file is a JSON object"),
    ],
)
def test_unreadable_files_say_what_is_wrong_in_one_line(
    tmp_path: Path, name: str, data: bytes, says: str
) -> None:
    f = tmp_path / name
    f.write_bytes(data)
    r = ingest(f, "--db", tmp_path / "m.duckdb")
    assert r.exit_code == 2 and says in r.output, r.output
    assert "LINE 1" not in r.output and "^^^" not in r.output
    assert len(r.output.strip().splitlines()) == 1, r.output
    assert not (tmp_path / "m.duckdb").exists() and not (tmp_path / "m.duckdb.tmp").exists()


# -- 9. Windows-1256 Persian CSV ------------------------------------------------------------

FA_MAP = 'platform = "t"\n[columns]\nkey = "id"\ntitle = "{title}"\n'


def test_windows_1256_rows_keep_their_bytes_and_say_how_to_read_them(tmp_path: Path) -> None:
    from azadkar.market._formats import raw_bytes

    text = "id,title\n1,طراحي لوگو\n2,C:\\temp\\ترجمه\n"
    f = tmp_path / "fa.csv"
    f.write_bytes(text.encode("cp1256"))
    m = tmp_path / "m.toml"
    m.write_text(FA_MAP.format(title="title"), encoding="utf-8")
    with Store(":memory:") as s:
        [res] = s.ingest([f], mapping=m)
        assert (res.rows, res.rejected) == (2, 2)
        rej = s.rejected()
    assert all("Windows-1256" in r.reason and "--encoding cp1256" in r.reason for r in rej)
    assert all("\ufffd" not in r.raw for r in rej)
    lines = text.encode("cp1256").splitlines()[1:]
    assert [raw_bytes(r.raw) for r in rej] == lines  # the original bytes, backslashes too


def test_encoding_option_reads_a_windows_1256_file(tmp_path: Path) -> None:
    f = tmp_path / "fa.csv"
    f.write_bytes("id,عنوان\n1,طراحي لوگو\n2,ترجمه متن\n".encode("cp1256"))
    m = tmp_path / "m.toml"
    m.write_text(FA_MAP.format(title="عنوان"), encoding="utf-8")
    db = tmp_path / "m.duckdb"
    # Without --encoding the Persian header is not UTF-8: said so, with the way out.
    r = ingest(f, "--mapping", m, "--db", db)
    assert r.exit_code == 2 and "header line is not UTF-8" in r.output, r.output
    assert "--encoding cp1256" in " ".join(r.output.split())
    r = ingest(f, "--mapping", m, "--encoding", "cp1256", "--db", db)
    assert r.exit_code == 0 and "2 accepted" in r.output, r.output
    with Store(db, read_only=True) as s:
        titles = [t for (t,) in s.con.execute("SELECT title FROM postings ORDER BY 1").fetchall()]
        [digest] = [x.sha256 for x in s.status()]
    assert titles == ["ترجمه متن", "طراحي لوگو"]
    assert digest == sha(f)  # the file as given, not its UTF-8 copy
    utf8 = tmp_path / "u.csv"
    utf8.write_text("id,عنوان\n1,طراحی\n", encoding="utf-8")
    r = ingest(utf8, "--mapping", m, "--encoding", "cp1256", "--db", db)
    assert r.exit_code == 2 and "UTF-8 text already" in r.output, r.output
    r = ingest(utf8, "--mapping", m, "--encoding", "klingon", "--db", db)
    assert r.exit_code == 2 and "unknown encoding 'klingon'" in r.output
    r = runner.invoke(app, ["market", "ingest", "--help"])
    assert "--encoding" in r.output and "cp1256" in r.output


# -- 10. a file whose rows are all rejected -------------------------------------------------


def test_all_rows_rejected_points_to_the_rejected_command(tmp_path: Path) -> None:
    src = write_csv(tmp_path / "rss.csv", RSS_HEADER, [rss(1, budget="abc"), rss(2, budget="-5")])
    db = tmp_path / "m.duckdb"
    r = ingest(src, "--db", db)
    assert r.exit_code == 0
    assert (
        f"all 2 rows were rejected: see why with `azadkar market rejected --file 1 --db {db}`"
        in " ".join(r.output.split())  # wrapped to the terminal
    ), r.output
    r = ingest(src, "--db", db, "--json")
    assert json.loads(r.output)[0]["skipped"]


def test_no_connection_may_download_duckdb_extensions(tmp_path: Path) -> None:
    """A SQLite file as --db made DuckDB fetch sqlite_scanner from the internet; every
    connection azadkar opens has automatic extension install and load turned off."""
    import sqlite3

    from azadkar.market._sql import _scratch

    lite = tmp_path / "s.sqlite"
    with sqlite3.connect(lite) as c:
        c.execute("create table t(a)")
    for args in (["market", "status", "--db", str(lite)], ["claims", "--db", str(lite)]):
        r = runner.invoke(app, args)
        assert r.exit_code == 2 and "is not an azadkar market store" in r.output, r.output
        assert "INSTALL" not in r.output
    settings = "current_setting('autoinstall_known_extensions'), current_setting('autoload_known_extensions')"
    with Store(tmp_path / "m.duckdb") as s:
        assert s.con.execute(f"SELECT {settings}").fetchall() == [(False, False)]
    assert _scratch().execute(f"SELECT {settings}").fetchall() == [(False, False)]


# == the second bad-input round =============================================================
# Each test below failed before its fix: a traceback (ConversionException, UnicodeError,
# a DuckDB format error), a silently misread or dropped value, a setting accepted that
# rejects every row, or an English message under --lang fa.


def oli(tmp_path: Path, counts: list[str], name: str = "oli.csv") -> Path:
    rows = [
        {"timestamp": "2024-01-01", "occupation": f"Occupation {i}", "count": c}
        for i, c in enumerate(counts, 1)
    ]
    return write_csv(tmp_path / name, ["timestamp", "occupation", "count"], rows)


# -- 1. a bad count is one rejected row, not a traceback -----------------------------------


def test_a_non_finite_or_huge_count_is_a_rejected_row_not_a_traceback(tmp_path: Path) -> None:
    counts = ["nan", "inf", "1e19", "1e400", "1,200", "۱٬۲۰۰", "1,5", "1.5", "-3", "12"]
    src = oli(tmp_path, counts)
    db = tmp_path / "m.duckdb"
    r = ingest(src, "--db", db)
    assert r.exit_code == 0 and "Traceback" not in r.output, r.output
    assert "10 rows = 3 accepted + 7 rejected" in r.output, r.output
    with Store(db, read_only=True) as s:
        reasons = {r.row: r.reason for r in s.rejected()}
        weights = s.con.execute("SELECT weight FROM postings ORDER BY source_row").fetchall()
    assert reasons == {
        1: "count is not a finite number: nan",
        2: "count is not a finite number: inf",
        3: "count too large (over 1 billion postings in one row): 1e19",
        4: "count is not a finite number: 1e400",
        7: "invalid count: 1,5",
        8: "invalid count: 1.5",
        9: "invalid count: -3",
    }
    # thousands separators, in ASCII or Persian, are read: 1,200 is 1200 postings
    assert weights == [(1200,), (1200,), (12,)]


def test_an_empty_count_is_a_missing_count_not_one_posting(tmp_path: Path) -> None:
    """An OLI row is a count of postings; an empty count was counted as one posting."""
    src = oli(tmp_path, ["", "  ", "7"])
    with Store(":memory:") as s:
        [res] = s.ingest([src])
        assert (res.accepted, res.rejected) == (1, 2)
        assert [(r.row, r.reason) for r in s.rejected()] == [
            (1, "missing count"),
            (2, "missing count"),
        ]
        assert s.con.execute("SELECT sum(weight) FROM postings").fetchone() == (7,)
    # A file with no count column keeps the default weight of one posting per row.
    plain = write_csv(tmp_path / "p.csv", ["id", "title"], [{"id": "1", "title": "t"}])
    m = tmp_path / "m.toml"
    m.write_text('[columns]\nkey = "id"\ntitle = "title"\n', encoding="utf-8")
    with Store(":memory:") as s:
        [res] = s.ingest([plain], mapping=m)
        assert res.accepted == 1
        assert s.con.execute("SELECT weight FROM postings").fetchone() == (1,)


def test_a_mapped_weight_follows_the_same_rule(tmp_path: Path) -> None:
    p = write_csv(
        tmp_path / "w.csv",
        ["id", "title", "w"],
        [{"id": str(i), "title": "t", "w": w} for i, w in enumerate(["nan", "2", "1e19"], 1)],
    )
    m = tmp_path / "m.toml"
    m.write_text('[columns]\nkey = "id"\ntitle = "title"\nweight = "w"\n', encoding="utf-8")
    with Store(":memory:") as s:
        [res] = s.ingest([p], mapping=m)
        assert (res.accepted, res.rejected) == (1, 2)
        assert [r.reason.split(":")[0] for r in s.rejected()] == [
            "count is not a finite number",
            "count too large (over 1 billion postings in one row)",
        ]


# -- 2. pay that was silently misread --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lo", "hi", "cur"),
    [
        ("30M تومان", 30e6, 30e6, "TOMAN"),  # was 30
        ("1.5M تومان", 1.5e6, 1.5e6, "TOMAN"),  # was 1.5
        ("۲۵ م", 25e6, 25e6, None),  # «م» after a number: million (was 25)
        ("۲۵ م ت", 25e6, 25e6, "TOMAN"),  # and «ت» after it: toman
        ("۲۵ ماه", 25, 25, None),  # but not the م of a word
        ("۱/۵ میلیون تومان", 1.5e6, 1.5e6, "TOMAN"),  # the Persian decimal slash (was 1e6)
        ("$ 1 500", 1500, 1500, "USD"),  # spaces between groups of three (was 1)
        ("12 000 000 ریال", 12e6, 12e6, "IRR"),
        ("$1.000,50", 1000.5, 1000.5, "USD"),  # dots between groups, decimal comma (was 1.0005)
        ("1.000.000 ریال", 1e6, 1e6, "IRR"),
        ("بیش از ۲۰ میلیون", 20e6, None, None),  # lower bounds (were exact amounts)
        ("حداقل ۲۰ میلیون", 20e6, None, None),
        ("۲۰ میلیون به بالا", 20e6, None, None),
        ("$50+", 50, None, "USD"),
        ("کمتر از ۲۰ میلیون", None, 20e6, None),  # an upper bound, though it holds از
        ("حداکثر ۲۰ میلیون", None, 20e6, None),
        ("از ۱۰ میلیون تا ۲۰ میلیون تومان", 10e6, 20e6, "TOMAN"),  # a range (was from 10M)
        ("20 IRT", 20, 20, "TOMAN"),  # IRT is toman, as in `azadkar assess`
        ("$1,000", 1000, 1000, "USD"),
        ("Hourly: $15.00 - $35.00", 15, 35, "USD"),
    ],
)
def test_pay_that_was_misread_is_read(
    text: str, lo: float | None, hi: float | None, cur: str | None
) -> None:
    from azadkar.market import parse_money

    m = parse_money(text)
    assert (m.lo, m.hi, m.currency, m.problem) == (lo, hi, cur, None)


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("1,5", "ambiguous number"),  # a decimal comma, or a thousands comma misplaced?
        ("1.500 تومان", "ambiguous number"),  # 1.5 (English) or 1500 (German)?
        ("15 30", "ambiguous number"),
        ("۱/۵ تومان", "ambiguous number"),  # a slash without a multiplier
        ("۱۰۰ یورو", "unknown currency"),  # was 100 in the default currency
        ("100 دلار کانادا", "unknown currency"),  # was USD
        ("500 درهم", "unknown currency"),
    ],
)
def test_ambiguous_numbers_and_unknown_currency_words_are_problems(text: str, problem: str) -> None:
    from azadkar.market import parse_money

    m = parse_money(text)
    assert m.problem == problem, m
    if problem == "ambiguous number":
        assert m.lo is None and m.hi is None
    else:
        assert m.currency is None  # not the format's default currency


def test_misread_pay_is_rejected_or_read_in_mapped_and_jobinja_files(tmp_path: Path) -> None:
    pays = {
        "30M تومان": ("accepted", 30e6),
        "۲۵ م": ("accepted", 25e6),
        "۱/۵ میلیون تومان": ("accepted", 1.5e6),
        "بیش از ۲۰ میلیون تومان": ("accepted", 20e6),
        "۱۰۰ یورو": ("rejected", "unknown currency: ۱۰۰ یورو (known: IRR, TOMAN, USD)"),
        "1,5 میلیون": ("rejected", "ambiguous number in the pay (write it as 1500 or 1.5): 1,5 "
                       "میلیون"),
    }  # fmt: skip
    rows = [
        {"id": str(i), "title": "t", "pay": p, "type": "salary", "cur": ""}
        for i, p in enumerate(pays, 1)
    ]
    p, m = mapped(tmp_path, rows, '[defaults]\ncurrency = "toman"\n')
    job = write_csv(
        tmp_path / "jobinja.csv",
        ["links", "title", "salary"],
        [{"links": f"https://jobinja.ir/{i}", "title": "t", "salary": s} for i, s in
         enumerate(pays, 1)],
    )  # fmt: skip
    for path, kw in ((p, {"mapping": m}), (job, {})):
        with Store(":memory:") as s:
            [res] = s.ingest([path], **kw)
            assert res.rows == res.accepted + res.rejected == len(pays)
            reasons = {r.row: r.reason for r in s.rejected()}
            pay = dict(s.con.execute("SELECT source_row, pay FROM postings").fetchall())
            for i, (verdict, value) in enumerate(pays.values(), 1):
                if verdict == "accepted":
                    assert pay.get(i) == pytest.approx(value), (path.name, i, pay)
                else:
                    assert reasons.get(i) == value, (path.name, i, reasons)
            low = s.con.execute("SELECT pay_min, pay_max FROM postings WHERE source_row = 4")
            assert low.fetchall() == [(20e6, None)]  # a lower bound stays one


def test_ambiguous_pay_reason_has_persian_words() -> None:
    from azadkar.market._types import reason_in

    got = reason_in("ambiguous number in the pay (write it as 1500 or 1.5): 1,5", "fa")
    assert got.startswith("عدد دستمزد دوپهلوست") and "1,5" in got


# -- 3. Upwork API: a zero the pay type does not use, or "no budget", is not stated --------


def test_upwork_api_zero_amounts_are_not_stated_pay(tmp_path: Path) -> None:
    header = ["uid", "title", "published_on", "type", "amount_amount", "hourly_budget_min",
              "hourly_budget_max"]  # fmt: skip
    rows = [
        ["1", "a", "2024-01-01", "no_budget", "0.0", "", ""],
        ["2", "b", "2024-01-01", "hourly", "0", "0", "0"],
        ["3", "c", "2024-01-01", "fixed_budget", "100", "0", "0"],
        ["4", "d", "2024-01-01", "hourly", "0.0", "10", "20"],
        ["5", "e", "2024-01-01", "hourly", "0.0", "0", "20"],
        ["6", "f", "2024-01-01", "fixed_budget", "-5", "", ""],
    ]
    p = write_csv(tmp_path / "api.csv", header, [dict(zip(header, r, strict=True)) for r in rows])
    with Store(":memory:") as s:
        [res] = s.ingest([p])
        assert res.format == "upwork-api"
        assert (res.accepted, res.rejected) == (5, 1), [r.reason for r in s.rejected()]
        assert [r.reason for r in s.rejected()] == ["non-positive pay: -5"]
        got = s.con.execute(
            "SELECT source_key, pay_type, pay_min, pay_max FROM postings ORDER BY 1"
        ).fetchall()
    assert got == [
        ("1", None, None, None),
        ("2", None, None, None),
        ("3", "fixed", 100.0, 100.0),
        ("4", "hourly", 10.0, 20.0),
        ("5", "hourly", None, 20.0),  # a zero minimum is not stated: up to $20
    ]


# -- 4. tracebacks: encodings, date formats, huge option values -----------------------------


@pytest.mark.parametrize(
    ("encoding", "says"),
    [
        ("utf-16", "is not UTF-16 text"),
        ("utf-32", "is not UTF-32 text"),
        ("utf-16-le", "is not UTF-16 little-endian text"),
        ("rot13", "'rot13' is not a text encoding"),
        ("base64", "'base64' is not a text encoding"),
    ],
)
def test_a_wrong_or_non_text_encoding_is_an_error(tmp_path: Path, encoding: str, says: str) -> None:
    src = write_csv(tmp_path / "rss.csv", RSS_HEADER, [rss(1, budget="$100")])
    db = tmp_path / "m.duckdb"
    r = ingest(src, "--encoding", encoding, "--db", db)
    assert r.exit_code == 2 and says in " ".join(r.output.split()), r.output
    assert "Traceback" not in r.output and not db.exists()
    r = ingest(src, "--encoding", encoding, "--db", db, "--lang", "fa")
    assert r.exit_code == 2 and "خطا:" in r.output, r.output


def test_a_file_that_is_not_in_the_encoding_given_is_named(tmp_path: Path) -> None:
    # UTF-32 decoding of bytes that are no UTF-32 (after a UTF-32 byte-order mark)
    f = tmp_path / "x.csv"
    f.write_bytes(b"\xff\xfe\x00\x00" + b"title,published,budget\n")
    r = ingest(f, "--encoding", "utf-32", "--db", tmp_path / "m.duckdb")
    assert r.exit_code == 2 and "is not utf-32 text (byte" in r.output, r.output


@pytest.mark.parametrize(
    ("line", "says"),
    [
        ('date_formats = ["%Q"]', "date_formats: '%Q' is not a date format"),
        ('date_formats = "%d.%m.%Y"', "date_formats must be a list of strptime formats"),
    ],
)
def test_bad_date_formats_in_a_mapping_are_named(tmp_path: Path, line: str, says: str) -> None:
    p, m = mapped(tmp_path, [{"id": "1", "title": "t", "pay": "", "type": "", "cur": ""}])
    m.write_text(line + "\n" + m.read_text("utf-8"), encoding="utf-8")
    r = ingest(p, "--mapping", m, "--db", tmp_path / "m.duckdb")
    # the line of date_formats (the first) is named
    assert r.exit_code == 2 and f"{m}: line 1: {says}" in " ".join(r.output.split()), r.output
    assert "Traceback" not in r.output


def test_option_maxima_match_the_library() -> None:
    from azadkar.cli import market_cmd
    from azadkar.market import _classify, _store

    assert market_cmd.MAX_BATCH_SIZE == _classify.MAX_BATCH_SIZE
    assert market_cmd.MAX_LIMIT == _store.MAX_LIMIT
    with Store(":memory:") as s, pytest.raises(InputError, match="at most"):
        s.rejected(limit=_store.MAX_LIMIT + 1)


# -- 5. UTF-16 files (Excel's "Unicode text") ------------------------------------------------


def test_a_utf16_file_is_read_with_its_byte_order_mark_or_named_without(tmp_path: Path) -> None:
    text = "title\tpublished\tbudget\nطراحی لوگو\t2024-01-01\t$5\n"
    f = tmp_path / "unicode.txt.csv"
    f.write_bytes(text.encode("utf-16"))  # a byte-order mark, then UTF-16LE
    db = tmp_path / "m.duckdb"
    r = ingest(f, "--db", db)
    assert r.exit_code == 0 and "1 accepted" in r.output, r.output
    assert "read as UTF-16 text" in r.output
    assert "Windows-1256" not in r.output
    with Store(db, read_only=True) as s:
        assert s.con.execute("SELECT title FROM postings").fetchall() == [("طراحی لوگو",)]
    r = ingest(f, "--db", db, "--encoding", "cp1256")
    assert (
        r.exit_code == 2 and "is UTF-16 text" in r.output and "leave out --encoding" in (r.output)
    ), r.output
    bare = tmp_path / "bare.csv"
    bare.write_bytes("title,published,budget\nLogo,2024-01-01,$5\n".encode("utf-16-le"))
    r = ingest(bare, "--db", db)
    assert r.exit_code == 2, r.output
    assert "UTF-16 little-endian text without a byte-order mark" in " ".join(r.output.split())
    assert "--encoding utf-16-le" in r.output
    r = ingest(bare, "--db", db, "--encoding", "utf-16")
    assert r.exit_code == 0 and "1 accepted" in r.output, r.output


# -- 6. Persian column names after normalisation -------------------------------------------


def test_mapping_columns_match_after_persian_normalisation(tmp_path: Path) -> None:
    f = tmp_path / "fa.csv"
    # Excel on Persian Windows: cp1256 has no Persian yeh, so «تاریخ» is saved as «تاريخ».
    f.write_bytes("id,عنوان,تاريخ,مهارت ها\n1,طراحي,1402/01/15,لوگو\n".encode("cp1256"))
    m = tmp_path / "m.toml"
    m.write_text(
        '[columns]\nkey = "id"\ntitle = "عنوان"\nposted = "تاریخ"\nskills = "مهارت‌ها"\n',
        encoding="utf-8",
    )
    with Store(":memory:") as s:
        [res] = s.ingest([f], mapping=m, encoding="cp1256")
        assert res.accepted == 1
        got = s.con.execute("SELECT posted_at::DATE::VARCHAR, skills FROM postings").fetchall()
    assert got == [("2023-04-04", "لوگو")]
    # An exact name wins; two columns equal after normalisation are an error naming both.
    two = write_csv(tmp_path / "two.csv", ["id", "تاریخ", "تاريخ"], [{"id": "1", "تاریخ": "a",
                                                                      "تاريخ": "b"}])  # fmt: skip
    m.write_text('[columns]\nkey = "id"\ntitle = "تاریخ"\n', encoding="utf-8")
    with Store(":memory:") as s:
        [res] = s.ingest([two], mapping=m)
        assert s.con.execute("SELECT title FROM postings").fetchall() == [("a",)]
    m.write_text('[columns]\nkey = "id"\ntitle = "تاريخ\u200c"\n', encoding="utf-8")
    with Store(":memory:") as s, pytest.raises(IngestError, match="matches several columns"):
        s.ingest([two], mapping=m)


# -- 7. a UTF-8 byte-order mark in a TOML file ----------------------------------------------


def test_a_byte_order_mark_in_mapping_rates_and_events_files_is_accepted(tmp_path: Path) -> None:
    bom = b"\xef\xbb\xbf"
    p, m = mapped(tmp_path, [{"id": "1", "title": "t", "pay": "۲ میلیون", "type": "", "cur": ""}])
    m.write_bytes(bom + m.read_bytes() + b'[defaults]\ncurrency = "toman"\n')
    rates = tmp_path / "r.toml"
    rates.write_bytes(
        bom + b'[[rate]]\ncurrency = "IRR"\nfrom = 2018-01-01\nunits_per_usd = 500000\n'
    )
    events = tmp_path / "e.toml"
    events.write_bytes(bom + b'[[event]]\nid = "x"\nname = "X"\ndate = 2023-01-01\n')
    db = tmp_path / "m.duckdb"
    r = ingest(p, "--mapping", m, "--rates", rates, "--db", db)
    assert r.exit_code == 0 and "1 accepted" in r.output, r.output
    r = runner.invoke(app, ["market", "indicators", "--db", str(db), "--events", str(events)])
    assert r.exit_code == 0, r.output


# -- 8. settings that would reject every row, or mean nothing -------------------------------


@pytest.mark.parametrize(
    ("toml", "says"),
    [
        ('[defaults]\ncurrency = "یورو"\n', "[defaults] currency = 'یورو' is not a currency"),
        ('[defaults]\ncurrency = "EUR"\n', "[defaults] currency = 'EUR' (EUR) has no exchange"),
        ('[defaults]\npay_type = "barter"\n', "[defaults] pay_type = 'barter' is not a pay type"),
        ('[defaults]\ncurency = "USD"\n', "unknown field(s) curency in [defaults]"),
        ('require_date = "yes"\n', "require_date must be true or false"),
        ("require_date = true\n", "no column is mapped to `posted`"),
        ('platform = ""\n', "platform must be a non-empty text"),
        ('platfrom = "x"\n', "unknown key 'platfrom' in the file; did you mean platform?"),
        ("[columns]\ntitle = 5\n", "[columns] title must be a non-empty text"),
    ],
)
def test_mapping_settings_are_checked_before_any_row(tmp_path: Path, toml: str, says: str) -> None:
    p, m = mapped(tmp_path, [{"id": "1", "title": "t", "pay": "100", "type": "", "cur": ""}])
    text = m.read_text("utf-8")
    if toml.startswith("[columns]"):
        text = text.replace('title = "title"\n', "") + "title = 5\n"
    elif toml.startswith("["):
        text += toml
    else:
        text = toml + text.replace('platform = "t"\n', "")
    m.write_text(text, encoding="utf-8")
    db = tmp_path / "m.duckdb"
    r = ingest(p, "--mapping", m, "--db", db)
    assert r.exit_code == 2 and f"{m}: " in r.output, r.output
    assert says in " ".join(r.output.split()), r.output
    assert not db.exists()  # nothing was read or stored
    r = ingest(p, "--mapping", m, "--db", db, "--lang", "fa")
    assert r.exit_code == 2 and r.output.startswith("خطا:"), r.output


@pytest.mark.parametrize(
    ("rate", "says"),
    [
        ('currency = "IRR"\nunits_per_usd = "500000"', "(a number without quotes"),
        ('currency = "USD"\nunits_per_usd = 2', "USD is the unit every pay is converted to"),
    ],
)
def test_a_rate_in_quotes_or_a_usd_rate_other_than_one_is_an_error(
    tmp_path: Path, rate: str, says: str
) -> None:
    rates = tmp_path / "r.toml"
    rates.write_text(f"[[rate]]\n{rate}\nfrom = 2024-01-01\n", encoding="utf-8")
    src = write_csv(tmp_path / "rss.csv", RSS_HEADER, [rss(1, budget="$100")])
    r = ingest(src, "--rates", rates, "--db", tmp_path / "m.duckdb")
    assert r.exit_code == 2 and f"{rates}: [[rate]] #1" in r.output, r.output
    assert says in " ".join(r.output.split()), r.output


# -- 9. --lang on every market command; Persian errors ---------------------------------------


def test_ingest_status_rejected_classify_speak_persian(tmp_path: Path) -> None:
    src = write_csv(tmp_path / "rss.csv", RSS_HEADER, [rss(1, budget="$100"), rss(2, budget="abc")])
    db = tmp_path / "m.duckdb"
    r = ingest(src, "--db", db, "--lang", "fa")
    assert r.exit_code == 0, r.output
    assert "۲ ردیف = ۱ پذیرفته + ۱ ردشده + ۰ تکراری" in r.output, r.output
    assert "--lang fa" in " ".join(r.output.split())  # the hint to see why keeps the language
    r = ingest(src, "--db", db, "--lang", "fa")
    assert "کنار گذاشته شد" in r.output and "skipped" not in r.output, r.output
    r = runner.invoke(app, ["market", "status", "--db", str(db), "--lang", "fa"])
    assert r.exit_code == 0 and "پذیرفته" in r.output and "۱ آگهی" in r.output, r.output
    r = runner.invoke(app, ["market", "rejected", "--db", str(db), "--lang", "fa"])
    assert r.exit_code == 0 and "ردیف ۲، ستون «budget»: دستمزد خوانا نیست" in r.output, r.output
    r = runner.invoke(app, ["market", "rejected", "--db", str(db), "--lang", "fa", "--file", "9"])
    assert r.exit_code == 2 and "پرونده‌ای با شناسهٔ 9 نیست" in r.output, r.output
    r = runner.invoke(app, ["market", "rejected", "--db", str(db), "--format", "json"])
    assert json.loads(r.output)[0]["reason"] == "unparseable pay: abc"  # data stays English
    from azadkar.market._classify import model_available

    if model_available():
        r = runner.invoke(
            app, ["market", "classify", "--db", str(db), "--lang", "fa", "--no-progress"]
        )
        assert r.exit_code == 0 and "آگهی با مدل" in r.output, r.output
    # English is unchanged
    r = runner.invoke(app, ["market", "status", "--db", str(db)])
    assert "rows  accepted  rejected" in r.output and "1 postings, 1 rejected rows" in r.output


@pytest.mark.parametrize("cmd", ["indicators", "status", "rejected", "classify"])
def test_no_store_is_said_in_persian(tmp_path: Path, cmd: str) -> None:
    r = runner.invoke(
        app, ["market", cmd, "--db", str(tmp_path / "nothere.duckdb"), "--lang", "fa"]
    )
    assert r.exit_code == 2 and "انبار بازاری نیست" in r.output, r.output
    assert "no market store" not in r.output


def test_a_locked_store_says_another_process_is_using_it(db: Path) -> None:
    import subprocess
    import sys

    holder = subprocess.Popen(
        [sys.executable, "-c", "import duckdb, sys, time\n"
         f"con = duckdb.connect({str(db)!r})\nprint('ready', flush=True)\nsys.stdin.read()"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "ready"
        r = runner.invoke(app, ["market", "status", "--db", str(db)])
        assert r.exit_code == 2, r.output
        assert "is in use by another process (PID" in r.output, r.output
        assert "IO Error" not in r.output and "duckdb.org" not in r.output
        r = runner.invoke(app, ["market", "status", "--db", str(db), "--lang", "fa"])
        assert r.exit_code == 2 and "در دست فرایند دیگری است" in r.output, r.output
    finally:
        holder.communicate("", timeout=30)


def test_a_report_that_cannot_be_written_is_said_in_persian(db: Path) -> None:
    r = runner.invoke(app, ["market", "report", "/proc/x.html", "--db", str(db), "--lang", "fa"])
    assert r.exit_code == 2 and "گزارش «/proc/x.html» نوشته نشد" in r.output, r.output
    r = runner.invoke(app, ["market", "report", "/proc/x.html", "--db", str(db)])
    assert r.exit_code == 2 and "cannot write report '/proc/x.html'" in r.output, r.output


def test_a_decimal_parquet_column_is_not_an_ambiguous_number(tmp_path: Path) -> None:
    """DECIMAL(10,3)'s 150.000 was text "150.000": an ambiguous 1.500-like number."""
    import decimal

    import pyarrow as pa
    import pyarrow.parquet as pq

    p = tmp_path / "api.parquet"
    pq.write_table(
        pa.table(
            {
                "uid": ["1", "2"],
                "title": ["a", "b"],
                "type": ["fixed_budget", "fixed_budget"],
                "amount_amount": pa.array(
                    [decimal.Decimal("150.000"), decimal.Decimal("0.000")], pa.decimal128(10, 3)
                ),
            }
        ),
        p,
    )
    with Store(":memory:") as s:
        [res] = s.ingest([p])
        assert (res.accepted, res.rejected) == (2, 0), [r.reason for r in s.rejected()]
        got = s.con.execute("SELECT pay FROM postings ORDER BY source_row").fetchall()
    assert got == [(150.0,), (None,)]


def test_market_whole_number_options_read_persian_digits(tmp_path: Path) -> None:
    """`--limit ۵ --file ۱` read like 5 and 1 (the shared whole-number parser of the CLI);
    out of range is a one-line error, in Persian with --lang fa."""
    db = str(tmp_path / "m.duckdb")
    src = write_csv(tmp_path / "r.csv", RSS_HEADER, [rss(1, budget="abc"), rss(2)])
    assert runner.invoke(app, ["market", "ingest", str(src), "--db", db]).exit_code == 0
    r = runner.invoke(app, ["market", "rejected", "--db", db, "--limit", "۵", "--file", "۱"])
    assert r.exit_code == 0 and "unparseable pay" in r.output, r.output
    r = runner.invoke(app, ["market", "rejected", "--db", db, "--limit", "-1", "--lang", "fa"])
    assert r.exit_code == 2 and "خطا:" in r.output and "Traceback" not in r.output, r.output
    r = runner.invoke(app, ["market", "classify", "--db", db, "--batch-size", "۰"])
    assert r.exit_code == 2 and "--batch-size" in r.output, r.output


# == a Ponisha-style Persian file (helper-83's walkthrough) ===============================

PONISHA_HEADER = ["شناسه", "عنوان", "تاریخ", "بودجه", "نوع"]
PONISHA_TOML = (
    'platform = "ponisha"\n[columns]\nkey = "شناسه"\ntitle = "عنوان"\nposted = "تاریخ"\n'
    'pay = "بودجه"\npay_type = "نوع"\n[defaults]\ncurrency = "toman"\n'
)


def ponisha(tmp_path: Path, rows: list[list[str]], extra: str = "") -> tuple[Path, Path]:
    src = tmp_path / "ponisha.csv"
    src.write_text(
        ",".join(PONISHA_HEADER) + "\n" + "".join(",".join(r) + "\n" for r in rows) + extra,
        encoding="utf-8",
    )
    m = tmp_path / "ponisha.toml"
    m.write_text(PONISHA_TOML, encoding="utf-8")
    return src, m


def test_a_rejected_row_names_the_column_by_the_files_own_name(tmp_path: Path) -> None:
    """`market rejected` says which column of the file a reason is about (a mapped file's
    Persian column names too), in text and as `columns` in JSON; before, only file and row."""
    src, m = ponisha(
        tmp_path,
        [
            ["p1", "ترجمه", "۱۴۰۳/۱۳/۴۰", "۲ میلیون تومان", "پروژه‌ای"],
            ["p2", "لوگو", "۱۴۰۳/۰۵/۱۲", "خیلی زیاد", "پروژه‌ای"],
            ["p3", "سایت", "۱۴۰۳/۰۵/۱۲", "۳ میلیون تومان", "تهاتری"],
        ],
        extra="p4,ردیف ناقص\n",
    )
    db = tmp_path / "m.duckdb"
    assert ingest(src, "--db", db, "--mapping", m).exit_code == 0
    r = runner.invoke(app, ["market", "rejected", "--db", str(db)], env={"COLUMNS": "200"})
    assert r.exit_code == 0, r.output
    assert "ponisha.csv row 1, column 'تاریخ': unparseable date: ۱۴۰۳/۱۳/۴۰" in r.output
    assert "ponisha.csv row 2, column 'بودجه': unparseable pay: خیلی زیاد" in r.output
    assert "ponisha.csv row 3, column 'نوع': unknown pay type: تهاتری" in r.output
    assert "ponisha.csv row 4: malformed CSV line" in r.output  # no cell to point at
    r = runner.invoke(
        app, ["market", "rejected", "--db", str(db), "--lang", "fa"], env={"COLUMNS": "200"}
    )
    assert "ponisha.csv ردیف ۱، ستون «تاریخ»: تاریخ خوانا نیست" in r.output, r.output
    # the malformed line's detail is in Persian words too (it was English inside Persian)
    assert "سطر CSV خراب است: این سطر ۲ ستون دارد و سطر سرستون‌ها ۵" in r.output, r.output
    r = runner.invoke(app, ["market", "rejected", "--db", str(db), "--format", "json"])
    got = {row["row"]: row["columns"] for row in json.loads(r.output)}
    assert got == {1: ["تاریخ"], 2: ["بودجه"], 3: ["نوع"], 4: []}


def test_reason_columns_reads_pay_from_several_columns_and_numbers() -> None:
    from azadkar.market._types import reason_columns

    raw = json.dumps({"t": "x", "min": 30, "max": "10", "cur": "EUR"})
    assert reason_columns("pay range min > max: 30 / 10", raw) == ("min", "max")
    assert reason_columns("unknown currency: EUR (known: IRR, TOMAN, USD)", raw) == ("cur",)
    assert reason_columns("missing title and description", raw) == ()
    assert reason_columns("unparseable pay: abc", "p4,not json") == ()


@pytest.mark.parametrize(
    ("reason", "fa"),
    [
        (
            "malformed CSV line: the line has 2 field(s), the header has 8 (an unclosed quote "
            "runs on over the following lines?)",
            "سطر CSV خراب است: این سطر ۲ ستون دارد و سطر سرستون‌ها ۸ (گیومه‌ای بسته نشده و تا "
            "سطرهای بعد ادامه یافته است؟)",
        ),
        ("malformed JSON line 3: not a JSON object", "سطر JSON خراب است: سطر ۳: شیء JSON نیست"),
        (
            "malformed JSON line 22, column 23: Invalid control character",
            "سطر JSON خراب است: سطر ۲۲، ستون ۲۳: \u2068Invalid control character\u2069",
        ),
    ],
)
def test_a_malformed_lines_detail_is_in_persian_words(reason: str, fa: str) -> None:
    from azadkar.market._types import reason_in

    assert reason_in(reason, "fa") == fa


def test_the_duplicates_note_of_a_mapped_key_reads_as_english(tmp_path: Path) -> None:
    rows = [["p1", "ترجمه", "۱۴۰۳/۰۵/۱۲", "۲ میلیون تومان", "پروژه‌ای"]] * 2
    src, m = ponisha(tmp_path, rows)
    r = ingest(src, "--db", tmp_path / "m.duckdb", "--mapping", m)
    out = " ".join(r.output.split())
    assert "duplicates: rows whose value in the key column 'شناسه' matches" in out, out
    assert "whose the key" not in out


def test_a_ponisha_range_with_a_multiplier_on_each_side_is_accepted(tmp_path: Path) -> None:
    """«۵۰۰ هزار تا ۱ میلیون تومان» is 500,000 to 1,000,000 toman: it was read as 500
    million to 1 million and the row rejected as 'pay range min > max'."""
    src, m = ponisha(tmp_path, [["p1", "لوگو", "۱۴۰۳/۰۵/۱۵", "۵۰۰ هزار تا ۱ میلیون تومان", ""]])
    with Store(tmp_path / "m.duckdb") as s:
        [res] = s.ingest([src], mapping=m)
        assert (res.accepted, res.rejected) == (1, 0), [r.reason for r in s.rejected()]
        got = s.con.execute("SELECT pay_min, pay_max, pay, currency FROM postings").fetchall()
    assert got == [(5e5, 1e6, 7.5e5, "TOMAN")]


def test_a_mapping_maps_its_platforms_own_category_labels(tmp_path: Path) -> None:
    """A [categories] table in the mapping puts a Persian platform's labels («ترجمه») in
    our categories; before, a platform the shipped platform_categories.toml does not know
    had no category until `market classify` (and the CLI takes no labels file)."""
    src = tmp_path / "p.csv"
    src.write_text(
        "شناسه,عنوان,دسته\np1,ترجمه متن,ترجمه\np2,لوگو,طراحی \np3,سایت,چیز دیگر\n",
        encoding="utf-8",
    )
    m = tmp_path / "m.toml"
    m.write_text(
        'platform = "ponisha"\n[columns]\nkey = "شناسه"\ntitle = "عنوان"\ncategory = "دسته"\n'
        '[categories]\n"ترجمه" = "translation"\n"طراحی" = "design"\n',
        encoding="utf-8",
    )
    with Store(tmp_path / "m.duckdb") as s:
        s.ingest([src], mapping=m)
        got = s.con.execute(
            "SELECT source_key, mapped_category FROM postings ORDER BY source_row"
        ).fetchall()
    assert got == [("p1", "translation"), ("p2", "design"), ("p3", None)]


@pytest.mark.parametrize(
    ("extra", "columns", "says"),
    [
        (
            '[categories]\n"ترجمه" = "translaton"\n',
            'category = "دسته"\n',
            "[categories] 'ترجمه' = 'translaton' is not one of azadkar's categories (did you "
            "mean translation?)",
        ),
        ('categories = "x"\n', 'category = "دسته"\n', "[categories] must be a table"),
        (
            '[categories]\n"ترجمه" = "translation"\n',
            "",
            "[categories] maps platform labels, but no column is mapped to `category`",
        ),
    ],
)
def test_a_bad_categories_table_is_named(
    tmp_path: Path, extra: str, columns: str, says: str
) -> None:
    src = tmp_path / "p.csv"
    src.write_text("شناسه,عنوان,دسته\np1,ترجمه متن,ترجمه\n", encoding="utf-8")
    m = tmp_path / "m.toml"
    # a table goes after [columns]; a plain key (categories = "x") before it
    head = 'platform = "ponisha"\n' + (extra if not extra.startswith("[") else "")
    m.write_text(
        head + '[columns]\ntitle = "عنوان"\n' + columns + (extra if extra.startswith("[") else ""),
        encoding="utf-8",
    )
    r = ingest(src, "--db", tmp_path / "m.duckdb", "--mapping", m)
    assert r.exit_code == 2, r.output
    assert says in " ".join(r.output.split()), r.output
    assert not (tmp_path / "m.duckdb").exists()


def test_a_mapped_column_not_in_the_file_names_the_data_file(tmp_path: Path) -> None:
    """One mapping, several files: the error says which file lacks the column (it said
    'is not in the file')."""
    good, m = ponisha(tmp_path, [["p1", "ترجمه", "۱۴۰۳/۰۵/۱۲", "۲ میلیون تومان", "پروژه‌ای"]])
    other = tmp_path / "other.csv"
    other.write_text("شناسه,سرفصل,تاریخ,بودجه,نوع\np2,لوگو,۱۴۰۳/۰۵/۱۲,۱,ساعتی\n", encoding="utf-8")
    r = ingest(good, other, "--db", tmp_path / "m.duckdb", "--mapping", m)
    assert r.exit_code == 2, r.output
    said = " ".join(r.output.split())
    assert (
        "column 'عنوان' (for title) is not in the file other.csv, which has: شناسه, سرفصل" in said
    )
    r = ingest(good, other, "--db", tmp_path / "m.duckdb", "--mapping", m, "--lang", "fa")
    assert "در پروندهٔ other.csv نیست" in " ".join(r.output.split()), r.output
