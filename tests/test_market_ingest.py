"""Adapters and the store: every row accounted for, re-ingest adds nothing, one transaction."""

from __future__ import annotations

import csv
import datetime as dt
import gzip
import json
import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from azadkar.errors import IngestError, InputError
from azadkar.market import Store

RSS_HEADER = [
    "title",
    "url",
    "published",
    "description",
    "skills",
    "category",
    "country",
    "budget",
    "hourly_range_min",
    "hourly_range_max",
]


def rss_row(i: int, **kw: str) -> dict[str, str]:
    row = {
        "title": f"Job {i} - Upwork",
        "url": f"https://www.upwork.com/jobs/job_{i}?source=rss",
        "published": "6/6/2024 4:58am",
        "description": f"Build thing {i}",
        "skills": "Python, SQL",
        "category": "Full Stack Development",
        "country": "United States",
        "budget": "",
        "hourly_range_min": "$15.00",
        "hourly_range_max": "$35.00",
    }
    row.update(kw)
    return row


def write_csv(path: Path, header: list[str], rows: list[dict[str, str]]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, header)
        w.writeheader()
        w.writerows(rows)
    return path


def totals(store: Store) -> tuple[int, int, int]:
    return store.count("postings"), store.count("rejected"), store.count("files")


# How a file is staged before the transaction: its parsed text in memory, in a stage file
# on disk, or not at all (parsed twice). Set through the two size limits of the store.
STAGINGS = {
    "memory": {"stage_text_max_bytes": 10**9, "stage_memory_max_bytes": 10**9},
    "disk": {"stage_text_max_bytes": 10**9, "stage_memory_max_bytes": 0},
    "twice": {"stage_text_max_bytes": 0},
}


def staged_store(path: Path | str, staging: str, threads: int | None = None) -> Store:
    s = Store(path, threads=threads)
    for k, v in STAGINGS[staging].items():
        setattr(s, k, v)
    return s


@pytest.fixture
def store(tmp_path: Path) -> Store:
    s = Store(tmp_path / "m.duckdb")
    yield s
    s.close()


@pytest.fixture
def rss_file(tmp_path: Path) -> Path:
    rows = [
        rss_row(1),
        rss_row(2, budget="$1,000", hourly_range_min="", hourly_range_max=""),
        rss_row(3, published="not a date"),
        # Same job as row 1 seen through another RSS query: a duplicate.
        rss_row(1, url="https://www.upwork.com/jobs/job_1?source=rss&q=python"),
        rss_row(5, title="", description=""),
        rss_row(6, hourly_range_min="$40", hourly_range_max="$20"),
        rss_row(
            7, published="۱۴۰۳/۰۲/۱۱", budget="۲۰۰ USD", hourly_range_min="", hourly_range_max=""
        ),
        rss_row(8, category="Data Entry", hourly_range_min="$0", hourly_range_max="$5"),
    ]
    return write_csv(tmp_path / "rss.csv", RSS_HEADER, rows)


def test_rss_rows_are_accounted_for(store: Store, rss_file: Path) -> None:
    [res] = store.ingest([rss_file])
    assert res.format == "upwork-rss"
    assert (res.rows, res.accepted, res.rejected, res.duplicates) == (8, 3, 4, 1)
    reasons = sorted(r.reason.split(":")[0] for r in store.rejected())
    assert reasons == [
        "missing title and description",
        "non-positive pay",
        "pay range min > max",
        "unparseable date",
    ]
    bad_date = next(r for r in store.rejected() if r.reason.startswith("unparseable date"))
    assert json.loads(bad_date.raw)["title"] == "Job 3 - Upwork"
    got = {
        r[0]: r[1:]
        for r in store.con.execute(
            "SELECT title, pay_type, pay_min, pay_max, pay_usd, posted_at::DATE::VARCHAR, "
            "mapped_category FROM postings"
        ).fetchall()
    }
    assert got["Job 1"] == ("hourly", 15.0, 35.0, 25.0, "2024-06-06", "web_dev")
    assert got["Job 2"] == ("fixed", 1000.0, 1000.0, 1000.0, "2024-06-06", "web_dev")
    # Jalali date with Persian digits: 1403/02/11 is 2024-04-30.
    assert got["Job 7"] == ("fixed", 200.0, 200.0, 200.0, "2024-04-30", "web_dev")
    # USD pay needs no conversion: no rate date (it was a 1900-01-01 placeholder).
    dates = store.con.execute("SELECT DISTINCT currency, rate_date FROM postings").fetchall()
    assert dates == [("USD", None)]


def test_reingest_adds_nothing(store: Store, rss_file: Path, tmp_path: Path) -> None:
    store.ingest([rss_file])
    before = totals(store)
    [again] = store.ingest([rss_file])
    assert again.skipped and again.accepted == 0
    copy = tmp_path / "renamed.csv"
    shutil.copy(rss_file, copy)
    [copied] = store.ingest([copy])
    assert copied.skipped
    assert totals(store) == before
    assert len(store.status()) == 1


def test_a_gzip_copy_of_an_ingested_file_is_the_same_file(
    store: Store, rss_file: Path, tmp_path: Path
) -> None:
    """A .gz copy was read again: it added no postings, but stored its rejected rows a
    second time. It is now known by its content and skipped, in either order, and a store
    that recorded a .gz by its bytes still knows it."""
    from azadkar.market._store import file_digests, sha256_file

    gz = tmp_path / "same.csv.gz"
    gz.write_bytes(gzip.compress(rss_file.read_bytes()))
    store.ingest([rss_file])
    before = (totals(store), store.count("rejected"))
    [again] = store.ingest([gz])
    assert again.skipped and again.accepted == again.rejected == 0
    assert (totals(store), store.count("rejected")) == before
    assert file_digests(gz) == (sha256_file(rss_file), sha256_file(gz))
    # the other order, in a store of its own
    other = Store(tmp_path / "other.duckdb")
    other.ingest([gz])
    [plain] = other.ingest([rss_file])
    assert plain.skipped
    # a file row written with the bytes' digest (before 2026-11-27) still matches
    other.con.execute("UPDATE files SET sha256 = ?", [sha256_file(gz)])
    [old] = other.ingest([gz])
    assert old.skipped
    other.close()


def test_overlapping_file_counts_duplicates(store: Store, rss_file: Path, tmp_path: Path) -> None:
    store.ingest([rss_file])
    gz = tmp_path / "more.csv.gz"
    with gzip.open(gz, "wt", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, RSS_HEADER)
        w.writeheader()
        w.writerows([rss_row(1), rss_row(2), rss_row(100)])
    [res] = store.ingest([gz])
    assert (res.rows, res.accepted, res.rejected, res.duplicates) == (3, 1, 0, 2)


@pytest.mark.parametrize("staging", list(STAGINGS))
def test_malformed_csv_lines_are_rejected_not_lost(tmp_path: Path, staging: str) -> None:
    store = staged_store(tmp_path / "m.duckdb", staging)
    p = tmp_path / "broken.csv"
    lines = [",".join(RSS_HEADER)]
    for i in range(3):
        lines.append(",".join(rss_row(i).values()).replace("Python, SQL", "Python"))
    lines.append("only,three,fields")
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    [res] = store.ingest([p])
    assert res.rows == 4 and res.accepted == 3 and res.rejected == 1
    [rej] = store.rejected()
    assert rej.reason.startswith("malformed CSV line") and "only,three" in rej.raw
    store.close()


def test_upwork_api_jsonl(store: Store, tmp_path: Path) -> None:
    p = tmp_path / "api.jsonl"
    rows = [
        {
            "uid": "1",
            "title": "Write blog posts",
            "published_on": "2023-01-05T10:00:00Z",
            "type": "hourly",
            "hourly_budget_min": 10,
            "hourly_budget_max": 20,
            "amount_amount": None,
            "occupations_category_pref_label": "Writing",
            "occupations_oservice_pref_label": "Article & Blog Writing",
            "client_location_country": "US",
            "tier": "EXPERT",
        },
        {
            "uid": "2",
            "title": "Logo",
            "published_on": "2023-02-01T00:00:00Z",
            "type": "fixed_budget",
            "amount_amount": 150.0,
            "occupations_category_pref_label": "Design & Creative",
            "occupations_oservice_pref_label": "Logo Design",
        },
        {
            "uid": "3",
            "title": "Chat support",
            "published_on": "2023-02-01T00:00:00Z",
            "type": "no_budget",
            "occupations_category_pref_label": "Customer Service",
        },
        {"uid": "4", "title": "Odd", "published_on": "2023-02-01", "type": "barter"},
        {
            "uid": "1",
            "title": "Write blog posts",
            "published_on": "2023-01-05T10:00:00Z",
            "type": "hourly",
        },
    ]
    p.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    [res] = store.ingest([p])
    assert res.format == "upwork-api"
    assert (res.rows, res.accepted, res.rejected, res.duplicates) == (5, 3, 1, 1)
    got = dict(
        store.con.execute(
            "SELECT source_key, [pay_type, CAST(pay_usd AS VARCHAR), mapped_category] FROM postings"
        ).fetchall()
    )
    assert got == {
        "1": ["hourly", "15.0", "writing"],
        "2": ["fixed", "150.0", "design"],
        "3": [None, None, "customer_service"],
    }
    assert "unknown pay type: barter" in store.rejected()[0].reason


def test_oli_parquet_weights(store: Store, tmp_path: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    p = tmp_path / "oli.parquet"
    pq.write_table(
        pa.table(
            {
                "date": ["2022-11-01", "2022-11-01", "2022-12-01", None, "2022-12-01"],
                "occupation": [
                    "Writing and translation",
                    "Software development and technology",
                    "Writing and translation",
                    "Writing and translation",
                    "Creative and multimedia",
                ],
                "count": [120, 300, 90, 5, -3],
            }
        ),
        p,
    )
    [res] = store.ingest([p])
    assert res.format == "oli"
    assert (res.rows, res.accepted, res.rejected) == (5, 3, 2)
    assert {r.reason.split(":")[0] for r in store.rejected()} == {"missing date", "invalid count"}
    assert store.con.execute("SELECT sum(weight) FROM postings").fetchall()[0][0] == 510


def test_jobinja_xlsx_toman_salary(store: Store, tmp_path: Path) -> None:
    openpyxl = pytest.importorskip("openpyxl")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(
        [
            None,
            "links",
            "title",
            "company",
            "location",
            "contract_type",
            "definition",
            "experience",
            "salary",
            "skills",
        ]
    )
    ws.append(
        [
            0,
            "https://jobinja.ir/a",
            "تحلیلگر داده",
            "x",
            "تهران",
            "قرارداد تمام وقت",
            "شرح",
            "سه تا شش سال",
            "از ۴۵,۰۰۰,۰۰۰ تومان",
            "['SQL']",
        ]
    )
    ws.append(
        [
            1,
            "https://jobinja.ir/b",
            "برنامه‌نویس",
            "y",
            "تهران",
            "قرارداد دورکاری",
            "شرح",
            "مهم نیست",
            "توافقی",
            "['Python']",
        ]
    )
    ws.append(
        [
            2,
            "https://jobinja.ir/a",
            "تحلیلگر داده",
            "x",
            "تهران",
            "قرارداد تمام وقت",
            "شرح",
            "سه تا شش سال",
            "از ۴۵,۰۰۰,۰۰۰ تومان",
            "['SQL']",
        ]
    )
    p = tmp_path / "ads.xlsx"
    wb.save(p)
    [res] = store.ingest([p])
    assert res.format == "jobinja"
    assert (res.rows, res.accepted, res.rejected, res.duplicates) == (3, 2, 0, 1)
    rows = store.con.execute(
        "SELECT pay_type, pay_min, currency, pay_usd, rate_date FROM postings ORDER BY url"
    ).fetchall()
    # Undated postings use the latest rate in the shipped table (2025-10-01: 110,000 toman/USD).
    assert rows[0][:3] == ("salary", 45e6, "TOMAN")
    assert rows[0][3] == pytest.approx(45e6 / 110_000)
    assert rows[1][0] is None and rows[1][3] is None
    assert rows[0][4] == dt.date(2025, 10, 1)  # the rate used, from the dated table


def test_mapped_csv_with_rates_file(store: Store, tmp_path: Path) -> None:
    p = write_csv(
        tmp_path / "ponisha.csv",
        ["عنوان", "تاریخ", "بودجه", "نوع"],
        [
            {
                "عنوان": "طراحی لوگو",
                "تاریخ": "۱۴۰۲/۰۱/۱۵",
                "بودجه": "۲ میلیون تومان",
                "نوع": "پروژه‌ای",
            },
            {"عنوان": "ترجمه مقاله", "تاریخ": "1402/13/01", "بودجه": "۵۰۰ هزار", "نوع": "پروژه‌ای"},
            {"عنوان": "سئو", "تاریخ": "1402/02/01", "بودجه": "300 EUR", "نوع": "ساعتی"},
            {"عنوان": "ویرایش", "تاریخ": "1402/02/01", "بودجه": "۱۰۰ هزار", "نوع": "ساعتی"},
        ],
    )
    mapping = tmp_path / "m.toml"
    mapping.write_text(
        'platform = "ponisha"\n[columns]\ntitle = "عنوان"\nposted = "تاریخ"\npay = "بودجه"\n'
        'pay_type = "نوع"\n[defaults]\ncurrency = "toman"\n',
        encoding="utf-8",
    )
    rates = tmp_path / "rates.toml"
    rates.write_text(
        '[[rate]]\ncurrency = "IRR"\nfrom = 2023-01-01\nunits_per_usd = 500000\n', encoding="utf-8"
    )
    [res] = store.ingest([p], mapping=mapping, rates=rates)
    assert res.format == "mapped" and res.platform == "ponisha"
    assert (res.accepted, res.rejected) == (2, 2)
    [(pay_usd, day, cur), (pay_usd2, _, cur2)] = store.con.execute(
        "SELECT pay_usd, posted_at::DATE::VARCHAR, currency FROM postings ORDER BY source_row"
    ).fetchall()
    assert day == "2023-04-04"  # 1402/01/15
    assert pay_usd == pytest.approx(2e6 / 50_000)  # 50,000 toman per USD in that file
    # No currency in the text: the mapping's default (toman) applies.
    assert (cur, cur2) == ("TOMAN", "TOMAN") and pay_usd2 == pytest.approx(1e5 / 50_000)
    reasons = sorted(r.reason for r in store.rejected())
    assert reasons[0].startswith("no exchange rate for currency EUR")
    assert reasons[1].startswith("unparseable date: 1402/13/01")


def test_unrecognised_columns_fail_clearly(store: Store, tmp_path: Path) -> None:
    p = write_csv(tmp_path / "x.csv", ["a", "b"], [{"a": "1", "b": "2"}])
    with pytest.raises(IngestError, match="cannot tell the format"):
        store.ingest([p])
    with pytest.raises(IngestError, match="needs --mapping"):
        store.ingest([p], fmt="mapped")
    bad_map = tmp_path / "m.toml"
    bad_map.write_text('[columns]\ntitle = "headline"\n', encoding="utf-8")
    with pytest.raises(IngestError, match="'headline'"):
        store.ingest([p], mapping=bad_map)
    with pytest.raises(InputError, match="unknown format"):
        store.ingest([p], fmt="nope")
    assert totals(store) == (0, 0, 0)


def test_failed_file_rolls_back_the_whole_call(
    store: Store, rss_file: Path, tmp_path: Path
) -> None:
    bad = write_csv(tmp_path / "x.csv", ["a"], [{"a": "1"}])
    with pytest.raises(IngestError):
        store.ingest([rss_file, bad])
    assert totals(store) == (0, 0, 0)


row_kinds = st.lists(
    st.tuples(
        st.integers(0, 15), st.sampled_from(["ok", "ok", "ok", "bad_date", "no_title", "bad_range"])
    ),
    min_size=1,
    max_size=40,
)


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(kinds=row_kinds)
def test_counts_always_add_up(
    tmp_path_factory: pytest.TempPathFactory, kinds: list[tuple[int, str]]
) -> None:
    d = tmp_path_factory.mktemp("prop")
    rows = []
    for key, kind in kinds:
        extra: dict[str, str] = {}
        if kind == "bad_date":
            extra["published"] = "13/45/2024"
        elif kind == "no_title":
            extra.update(title="", description="")
        elif kind == "bad_range":
            extra.update(hourly_range_min="$9", hourly_range_max="$3")
        rows.append(rss_row(key, **extra))
    p = write_csv(d / "p.csv", RSS_HEADER, rows)
    with Store(":memory:") as s:
        [res] = s.ingest([p])
        assert res.rows == len(rows) == res.accepted + res.rejected + res.duplicates
        assert res.rejected == sum(k != "ok" for _, k in kinds)
        assert res.accepted == len({k for k, kind in kinds if kind == "ok"})
        assert s.count("postings") == res.accepted


def test_first_valid_row_of_a_key_is_kept(store: Store, tmp_path: Path) -> None:
    # The key (URL without query) repeats three times: rejected, then valid, then valid.
    rows = [
        rss_row(1, published="not a date", title="Bad first - Upwork"),
        rss_row(1, url="https://www.upwork.com/jobs/job_1?x=2", title="Good second - Upwork"),
        rss_row(1, url="https://www.upwork.com/jobs/job_1?x=3", title="Third - Upwork"),
        rss_row(2, title="DATA Annotation for LLM - Upwork"),
    ]
    [res] = store.ingest([write_csv(tmp_path / "dups.csv", RSS_HEADER, rows)])
    assert (res.rows, res.accepted, res.rejected, res.duplicates) == (4, 2, 1, 1)
    kept = store.con.execute(
        "SELECT source_row, title, ai_training FROM postings ORDER BY source_row"
    ).fetchall()
    assert kept == [(2, "Good second", False), (4, "DATA Annotation for LLM", True)]
    [rej] = store.rejected()
    assert rej.row == 1
    # The source row exactly (empty CSV fields read as null), no added columns.
    assert json.loads(rej.raw) == {k: v or None for k, v in rows[0].items()}


def test_iso_and_dashed_jalali_dates_stay_apart() -> None:
    import datetime as dt

    from azadkar.market import _sql

    assert _sql.parse_date("2024-01-05 10:00") == dt.datetime(2024, 1, 5, 10, 0)
    # 1402-01-15 is Jalali (2023-04-04), not the Gregorian year 1402.
    assert _sql.parse_date("1402-01-15") == dt.datetime(2023, 4, 4)


def test_every_staging_stores_the_same(tmp_path: Path, rss_file: Path) -> None:
    # Small files keep their text in the stage in memory; bigger ones in a stage file;
    # the biggest are parsed twice. The same rows, every column, the same rejections.
    search = write_csv(
        tmp_path / "search.csv",
        ["Job Title", "Hourly/Fixed", "Budget", "Skills", "Level"],
        [
            {"Job Title": "Label images", "Hourly/Fixed": "Hourly: $5.00 - $9.00",
             "Budget": "", "Skills": "Data Entry, Image Annotation", "Level": "Entry"},
            {"Job Title": " Logo ", "Hourly/Fixed": "Fixed-price", "Budget": "Est. budget: $50",
             "Skills": "Logo Design", "Level": ""},
            {"Job Title": "Logo", "Hourly/Fixed": "Fixed-price", "Budget": "Est. budget: $0",
             "Skills": "", "Level": ""},
        ],
    )  # fmt: skip
    got = {}
    for staging in STAGINGS:
        with staged_store(tmp_path / f"m_{staging}.duckdb", staging) as s:
            res = s.ingest([rss_file, search])
            got[staging] = (
                [(r.rows, r.accepted, r.rejected, r.duplicates) for r in res],
                s.con.execute("SELECT * FROM postings ORDER BY posting_id").fetchall(),
                [(r.file_id, r.row, r.reason, r.raw) for r in s.rejected()],
            )
    assert got["memory"] == got["disk"] == got["twice"]
    assert got["memory"][0] == [(8, 3, 4, 1), (3, 2, 1, 0)]
    # The search rows took a category from their skills (looked up in the insert).
    assert all(r[20] is not None for r in got["memory"][1][3:])


def test_stage_files_are_removed(tmp_path: Path, rss_file: Path) -> None:
    db = tmp_path / "m.duckdb"
    base = tmp_path / "m.duckdb.tmp"  # DuckDB's temporary directory for this store
    # Left behind by a killed ingest (no process has this pid: Linux pids are < 2**22).
    stale = base / f"azadkar-stage-{2**22 + 1}-x"
    stale.mkdir(parents=True)
    (stale / "stage.duckdb").write_bytes(b"")
    with staged_store(db, "disk") as s:
        [res] = s.ingest([rss_file])
        assert res.accepted == 3
        assert not stale.exists()
        assert not list(base.glob("azadkar-stage-*"))


@pytest.mark.slow
@pytest.mark.parametrize("staging", ["memory", "disk"])
def test_rows_keep_their_file_position_when_parsed_on_all_cores(
    tmp_path: Path, staging: str
) -> None:
    # Big enough for DuckDB to split the parse across threads: each stored row's
    # source_row must still be its line in the file (the id in the URL says which).
    n = 300_000
    path = tmp_path / "many.csv"
    with path.open("w", encoding="utf-8") as f:
        f.write(",".join(RSS_HEADER) + "\n")
        for i in range(n):
            f.write(
                f"Job {i} - Upwork,https://www.upwork.com/jobs/~{i},6/{1 + i % 28}/2024 3:04pm,"
                f"Description {i},Python,Data Entry,Germany,,$10.00,$20.00\n"
            )
    with staged_store(":memory:", staging, threads=2) as s:
        [res] = s.ingest([path])
        assert res.accepted == n
        wrong = s.con.execute(
            "SELECT count(*) FROM postings "
            "WHERE CAST(regexp_extract(url, '~([0-9]+)', 1) AS BIGINT) <> source_row - 1"
        ).fetchall()[0][0]
    assert wrong == 0


def test_blank_description_is_missing_and_text_is_kept_as_given(
    store: Store, tmp_path: Path
) -> None:
    rows = [
        rss_row(1, title="", description="   \n "),  # nothing but blanks: rejected
        rss_row(2, description="  indented first line\nsecond line  "),
        rss_row(3, description="Plain text"),
    ]
    [res] = store.ingest([write_csv(tmp_path / "blank.csv", RSS_HEADER, rows)])
    assert (res.accepted, res.rejected) == (2, 1)
    assert store.rejected()[0].reason == "missing title and description"
    kept = store.con.execute("SELECT description FROM postings ORDER BY source_row").fetchall()
    assert kept == [("  indented first line\nsecond line  ",), ("Plain text",)]


# -- issue 6 audit: malformed lines, row numbers, Arabic letters, negative pay, --format --


def _rss_lines(n: int, newline: str = "\r\n") -> list[str]:
    """A header and ``n`` RSS rows as CSV lines (row i has title "Job i", URL ~i)."""
    out = [",".join(RSS_HEADER) + newline]
    for i in range(1, n + 1):
        out.append(
            f"Job {i} - Upwork,https://www.upwork.com/jobs/~{i},6/6/2024 4:58am,"
            f'"Line one\nline two of {i}",Python,Data Entry,US,,$10.00,$20.00{newline}'
        )
    return out


BAD_LINES = {
    # what the audit inserted: lines ending in "\n" in a "\r\n" file, near the top
    "extra": ("Too many,https://x/z,6/6/2024 4:58am,d,s,c,US,$10,,,EXTRA,EXTRA2\n", "12 field"),
    "few": ("Too few,https://x/y,6/6/2024 4:58am\n", "3 field"),
    "unclosed": ('"Unclosed,https://x/v,6/6/2024 4:58am,d,s,c,US,$10,,\n', "unclosed quote"),
}


@pytest.mark.parametrize("staging", list(STAGINGS))
@pytest.mark.parametrize("kind", list(BAD_LINES))
def test_malformed_line_near_the_top_is_rejected_not_fatal(
    tmp_path: Path, staging: str, kind: str
) -> None:
    # DuckDB's sniffer refused such a file: nothing stored, a DuckDB error. Now the line
    # is a rejected row with the reason and its raw text, and every row is accounted for.
    lines = _rss_lines(30)
    bad, why = BAD_LINES[kind]
    lines.insert(3, bad)  # data row 3
    p = tmp_path / f"{kind}.csv"
    p.write_bytes("".join(lines).encode("utf-8"))
    with staged_store(tmp_path / "m.duckdb", staging) as s:
        [res] = s.ingest([p])
        assert res.rows == res.accepted + res.rejected + res.duplicates
        assert res.rejected >= 1 and res.accepted >= 30 - 3
        first = s.rejected()[0]
        assert first.row == 3 and first.reason.startswith("malformed CSV line")
        assert why in first.reason and bad.strip()[:20] in first.raw
        if kind != "unclosed":  # (an unclosed quote swallows the lines up to the next quote)
            assert (res.rows, res.accepted, res.rejected) == (31, 30, 1)
            assert "the header has 10" in first.reason
            # Data rows are numbered from 1 after the header, bad ones included.
            wrong = s.con.execute(
                "SELECT count(*) FROM postings WHERE source_row <> "
                "CAST(regexp_extract(url, '~([0-9]+)', 1) AS BIGINT) + "
                "(CAST(regexp_extract(url, '~([0-9]+)', 1) AS BIGINT) >= 3)::INT"
            ).fetchall()[0][0]
            assert wrong == 0


@pytest.mark.parametrize("staging", list(STAGINGS))
def test_rows_after_a_skipped_line_keep_their_data_row_number(tmp_path: Path, staging: str) -> None:
    # The sniffer accepts this file and DuckDB skips the bad line: the rows after it used
    # to be renumbered without it, and the rejected one numbered by file line (header
    # counted). Now every row carries its data-row number.
    lines = _rss_lines(40)
    lines.insert(30, "Bad,https://x/z,6/6/2024 4:58am,d,s,c,US,$10,,,EXTRA\r\n")  # data row 30
    p = tmp_path / "skip.csv"
    p.write_bytes("".join(lines).encode("utf-8"))
    with staged_store(tmp_path / "m.duckdb", staging) as s:
        [res] = s.ingest([p])
        assert (res.rows, res.accepted, res.rejected, res.duplicates) == (41, 40, 1, 0)
        [rej] = s.rejected()
        assert rej.row == 30 and "has 11 field(s), the header has 10" in rej.reason
        got = s.con.execute(
            "SELECT CAST(regexp_extract(url, '~([0-9]+)', 1) AS INT), source_row FROM postings "
            "ORDER BY source_row"
        ).fetchall()
    assert got == [(i, i if i < 30 else i + 1) for i in range(1, 41)]


def test_malformed_json_line_is_rejected_with_its_line_number(store: Store, tmp_path: Path) -> None:
    good = [
        json.dumps({"title": f"Job {i}", "url": f"https://u/{i}", "published": "2024-06-01",
                    "budget": "$100"})
        for i in range(1, 6)
    ]  # fmt: skip
    p = tmp_path / "bad.jsonl"
    p.write_text("\n".join([good[0], '{"title": "broken', good[1], "", "not json", *good[2:]]),
                 encoding="utf-8")  # fmt: skip
    [res] = store.ingest([p])
    assert (res.rows, res.accepted, res.rejected, res.duplicates) == (7, 5, 2, 0)
    rej = store.rejected()
    # Data rows (the blank line 4 is not one); the reason names the line in the file.
    assert [r.row for r in rej] == [2, 4]
    assert rej[0].reason.startswith("malformed JSON line 2, column") and rej[0].raw.startswith(
        '{"title": "broken'
    )
    assert rej[1].reason.startswith("malformed JSON line 5") and rej[1].raw == "not json"
    rows = store.con.execute("SELECT source_row, title FROM postings ORDER BY 1").fetchall()
    assert rows == [(1, "Job 1"), (3, "Job 2"), (5, "Job 3"), (6, "Job 4"), (7, "Job 5")]


def _ingest_mapped(store: Store, tmp_path: Path, rows: list[dict[str, str]]) -> None:
    p = write_csv(tmp_path / "fa.csv", ["id", "title", "posted", "pay", "type"], rows)
    mapping = tmp_path / "m.toml"
    mapping.write_text(
        'platform = "fa"\n[columns]\nkey = "id"\ntitle = "title"\nposted = "posted"\n'
        'pay = "pay"\npay_type = "type"\n[defaults]\ncurrency = "USD"\n',
        encoding="utf-8",
    )
    store.ingest([p], mapping=mapping)


def test_arabic_letters_in_pay_and_pay_type_are_read_as_persian(
    store: Store, tmp_path: Path
) -> None:
    rows = [
        {"id": "1", "title": "a", "posted": "2023-01-01", "pay": "۲ ميليون تومان", "type": "fixed"},
        {"id": "2", "title": "b", "posted": "2023-01-01", "pay": "۲ ميليارد ريال", "type": "fixed"},
        {"id": "3", "title": "c", "posted": "2023-01-01", "pay": "۲ میلیون تومان", "type": "ساعتي"},
        {"id": "4", "title": "d", "posted": "2023-01-01", "pay": "۲۰۰ هزار تومان",
         "type": "پروژه اي"},
        {"id": "5", "title": "e", "posted": "2023-01-01", "pay": "۵ ملیون تومان",
         "type": "ماهانة"},
    ]  # fmt: skip
    _ingest_mapped(store, tmp_path, rows)
    assert store.rejected() == []
    got = store.con.execute(
        "SELECT source_key, pay, currency, pay_type FROM postings ORDER BY source_row"
    ).fetchall()
    assert got == [
        ("1", 2e6, "TOMAN", "fixed"),
        ("2", 2e9, "IRR", "fixed"),
        ("3", 2e6, "TOMAN", "hourly"),
        ("4", 2e5, "TOMAN", "fixed"),
        ("5", 5e6, "TOMAN", "salary"),
    ]


def test_negative_pay_and_a_date_in_the_pay_column_are_rejected(
    store: Store, tmp_path: Path
) -> None:
    pays = ["-۵ میلیون تومان", "-50 تومان", "−50", "از -۳۰ تومان", "- 5 میلیون تومان", "$-50",
            "0", "1402/05/01", "2024-01-05", "۱۴۰۲/۰۵/۰۱", "$15.00 - $35.00"]  # fmt: skip
    rows = [
        {"id": str(i), "title": f"t{i}", "posted": "2024-01-05", "pay": pay, "type": "fixed"}
        for i, pay in enumerate(pays, 1)
    ]
    _ingest_mapped(store, tmp_path, rows)
    reasons = {r.row: r.reason for r in store.rejected()}
    for i in range(1, 8):
        assert reasons[i].startswith("non-positive pay"), (pays[i - 1], reasons.get(i))
    for i in range(8, 11):
        assert reasons[i].startswith("a date, not an amount, in the pay column"), pays[i - 1]
    assert store.con.execute("SELECT pay_min, pay_max FROM postings").fetchall() == [(15.0, 35.0)]


@pytest.mark.parametrize(
    ("fmt", "missing"),
    [("jobinja", "salary"), ("oli", "occupation"), ("upwork-search", "Job Title")],
)
def test_forced_format_that_does_not_fit_stops_with_the_missing_columns(
    store: Store, rss_file: Path, fmt: str, missing: str
) -> None:
    # Before: --format jobinja accepted every RSS row (pay dropped), --format oli rejected
    # every one as "missing title and description".
    with pytest.raises(IngestError, match=f"--format {fmt} needs the column.*{missing}") as e:
        store.ingest([rss_file], fmt=fmt)
    assert "the file has: title, url, published" in str(e.value)
    assert "its columns look like upwork-rss" in str(e.value)
    assert totals(store) == (0, 0, 0)
    [ok] = store.ingest([rss_file], fmt="upwork-rss")  # a format that fits still works
    assert ok.accepted == 3


PONISHA_MAPPING = (
    'platform = "ponisha"\n[columns]\ntitle = "عنوان"\nposted = "تاریخ"\npay = "بودجه"\n'
    '[defaults]\ncurrency = "toman"\n'
)


def _ponisha(tmp_path: Path, rows: list[tuple[str, str, str]], name: str = "p.csv") -> Path:
    (tmp_path / "ponisha.toml").write_text(PONISHA_MAPPING, encoding="utf-8")
    return write_csv(
        tmp_path / name,
        ["عنوان", "تاریخ", "بودجه"],
        [{"عنوان": t, "تاریخ": d, "بودجه": p} for t, d, p in rows],
    )


def test_pay_dated_before_the_first_rate_is_kept_counted_and_noted(
    store: Store, tmp_path: Path
) -> None:
    # Before: the 2017 row was accepted with pay_usd and rate_date empty and nothing said
    # so (the shipped IRR/toman rates start 2018-01-01); it silently left every pay figure.
    from azadkar.market._types import note_in

    p = _ponisha(
        tmp_path,
        [
            ("طراحی لوگو", "2017-05-01", "۲ میلیون تومان"),
            ("ترجمه", "2017-06-30", "۳ میلیون تومان"),
            ("سئو", "2019-05-01", "۲ میلیون تومان"),
            ("ویرایش", "2017-05-01", "$20"),  # USD needs no rate
            ("تایپ", "2017-05-01", ""),  # no pay: nothing to convert
        ],
    )
    [res] = store.ingest([p], mapping=tmp_path / "ponisha.toml")
    assert (res.rows, res.accepted, res.rejected, res.duplicates) == (5, 5, 0, 0)
    assert res.pay_unconverted == 2
    [note] = [n for n in res.notes if "not converted to USD" in n]
    assert note.startswith(
        "pay of 2 posting(s) not converted to USD: no rate on or before the posting date for "
        "currency TOMAN (posted 2017-05-01 to 2017-06-30); the rates file (shipped rates.toml) "
        "starts 2018-01-01 for TOMAN."
    )
    fa = note_in(note, "fa")
    assert "دستمزد ۲ آگهی به دلار تبدیل نشد" in fa and "۲۰۱۸-۰۱-۰۱" in fa and "تومان" in fa
    assert res.notes_in("fa")[-1] == fa
    # Kept with their pay and currency; no later rate is used for the earlier date.
    rows = store.con.execute(
        "SELECT posted_at::DATE::VARCHAR, pay, currency, pay_usd, rate_date FROM postings "
        "WHERE currency = 'TOMAN' ORDER BY source_row"
    ).fetchall()
    assert rows[0] == ("2017-05-01", 2e6, "TOMAN", None, None)
    assert rows[1][3] is None and rows[2][3] is not None and rows[2][4] == dt.date(2019, 1, 1)
    # The same count and note in the store's status.
    [st] = store.status()
    assert st.pay_unconverted == 2 and note in st.notes
    d = st.to_dict()
    assert d["pay_unconverted"] == 2 and isinstance(d["pay_unconverted"], int)
    assert (d["accepted"], d["rejected"], d["duplicates"]) == (5, 0, 0)


def test_user_rates_starting_later_leave_earlier_pay_unconverted(
    store: Store, tmp_path: Path
) -> None:
    rates = tmp_path / "my_rates.toml"
    rates.write_text(
        '[[rate]]\ncurrency = "IRR"\nfrom = 2024-01-01\nunits_per_usd = 520000\n', encoding="utf-8"
    )
    p = _ponisha(
        tmp_path,
        [
            ("الف", "2023-03-01", "۲ میلیون تومان"),
            ("ب", "2023-12-31", "۲۰ میلیون ریال"),
            ("پ", "2024-01-01", "۲ میلیون تومان"),
        ],
    )
    [res] = store.ingest([p], mapping=tmp_path / "ponisha.toml", rates=rates)
    assert (res.accepted, res.pay_unconverted) == (3, 2)
    notes = [n for n in res.notes if "not converted to USD" in n]
    assert len(notes) == 2  # one per currency
    assert notes[0].startswith("pay of 1 posting(s) not converted to USD: no rate on or before")
    assert "currency IRR (posted 2023-12-31)" in notes[0]
    assert "currency TOMAN (posted 2023-03-01)" in notes[1]
    assert f"the rates file ({rates}) starts 2024-01-01 for TOMAN" in notes[1]
    (usd,) = store.con.execute(
        "SELECT pay_usd FROM postings WHERE posted_at = '2024-01-01'"
    ).fetchall()[0]
    assert usd == pytest.approx(2e6 / 52_000)


def test_the_pay_cap_applies_to_pay_dated_before_the_first_rate(
    store: Store, tmp_path: Path
) -> None:
    """Unconverted pay skipped the 'pay too large' check (it needs a USD value): a 2017
    budget of 10^18 toman was accepted. The cap now uses the currency's oldest rate."""
    p = _ponisha(
        tmp_path,
        [
            ("الف", "2017-05-01", "1000000000000000000 تومان"),
            ("ب", "2017-05-01", "۲ میلیون تومان"),
        ],
    )
    [res] = store.ingest([p], mapping=tmp_path / "ponisha.toml")
    assert (res.accepted, res.rejected, res.pay_unconverted) == (1, 1, 1)
    [bad] = store.rejected()
    assert bad.row == 1 and bad.reason.startswith("pay too large")


def test_ingested_at_is_filled_at_once_and_the_same_utc_time_in_status(
    store: Store, rss_file: Path
) -> None:
    import re

    before = dt.datetime.now(dt.UTC)
    [res] = store.ingest([rss_file])
    # Before: None in what ingest returned, a naive time (space, microseconds) in status.
    assert res.ingested_at is not None and res.ingested_at.tzinfo is not None
    assert before - dt.timedelta(seconds=1) <= res.ingested_at <= dt.datetime.now(dt.UTC)
    [st] = store.status()
    assert st.ingested_at == res.ingested_at
    iso = res.to_dict()["ingested_at"]
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", iso), iso
    assert st.to_dict()["ingested_at"] == iso
    assert dt.datetime.fromisoformat(iso) == res.ingested_at.replace(microsecond=0)
    [again] = store.ingest([rss_file])  # skipped: it carries the time it was stored
    assert again.skipped and again.to_dict()["ingested_at"] == iso
