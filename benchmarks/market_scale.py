"""Market store at scale: ingest, classification, indicators, peak memory, vs raw DuckDB.

    python benchmarks/market_scale.py                      # 1,000,000 postings
    python benchmarks/market_scale.py --rows 10000000      # the 10M run
    python benchmarks/market_scale.py --rows 200000 --no-spark

The postings file is made by replicating rows of the real files in ../shared/data/postings
(Upwork RSS rows with their descriptions, and the unique Upwork search rows) with jitter:
a new URL per row, a posting date spread over 2021-2025, pay scaled by 0.7-1.3; 0.1% of
rows get an unreadable date and 0.5% repeat an earlier URL, so the rejected and duplicate
paths run too. DuckDB writes the file itself, so generating 10M rows takes seconds.

Baselines, same file, same run: (1) a fresh DuckDB connection doing read_csv + GROUP BY
category with a median pay - the least any tool must do to read the file once; (2) DuckDB
copying the file unparsed into a table (CREATE TABLE AS SELECT * FROM read_csv) - the
least any store must do to keep the rows; (3) the same copy of only six short columns
(title, URL, date, pay, category, country) - the least a store keeping no description
text would cost.
Peak memory is the largest RSS of this process plus all its children (Spark's JVM),
sampled every 20 ms with psutil. Beside each wall time the CPU seconds of this process
(all DuckDB threads) are printed: on a shared machine wall times swing with other jobs,
CPU seconds much less, so the ratios are given for both.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import resource
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
POSTINGS = ROOT.parent / "shared" / "data" / "postings"


class PeakRSS:
    """Largest RSS of this process + children seen since ``reset``."""

    def __init__(self) -> None:
        import psutil

        self.proc = psutil.Process()
        self.peak = 0
        self._stop = threading.Event()
        self._t = threading.Thread(target=self._run, daemon=True)
        self._t.start()

    def _sample(self) -> int:
        import psutil

        total = self.proc.memory_info().rss
        for c in self.proc.children(recursive=True):
            with contextlib.suppress(psutil.Error):
                total += c.memory_info().rss
        return int(total)

    def _run(self) -> None:
        while not self._stop.is_set():
            self.peak = max(self.peak, self._sample())
            time.sleep(0.02)

    def reset(self) -> None:
        self.peak = self._sample()

    def stop(self) -> None:
        self._stop.set()
        self._t.join()


def cpu_s() -> float:
    """CPU seconds used so far by this process (every thread, user + system)."""
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


def generate(path: Path, rows: int) -> None:
    import duckdb

    con = duckdb.connect()
    rss = str(POSTINGS / "upwork-rss-2024.csv")
    titles = str(POSTINGS / "upwork-dev-titles.csv")
    con.execute(
        f"""
        CREATE TABLE t AS
        WITH a AS (
            SELECT title, description, skills, category, country, budget,
                   hourly_range_min, hourly_range_max
            FROM read_csv('{rss}', all_varchar=true)
        ),
        b AS (
            SELECT DISTINCT "Job Title" AS title, NULL AS description, Skills AS skills,
                   trim(string_split(Skills, ',')[1]) AS category, NULL AS country,
                   CASE WHEN starts_with("Hourly/Fixed", 'Fixed')
                        THEN regexp_extract(Budget, '\\$[0-9,.]+') END AS budget,
                   regexp_extract("Hourly/Fixed", '\\$[0-9,.]+') AS hourly_range_min,
                   regexp_extract("Hourly/Fixed", '- (\\$[0-9,.]+)', 1) AS hourly_range_max
            FROM read_csv('{titles}', all_varchar=true)
        )
        SELECT row_number() OVER () - 1 AS tid, * FROM (SELECT * FROM a UNION ALL SELECT * FROM b)
        """
    )
    (n,) = con.execute("SELECT count(*) FROM t").fetchall()[0]
    jitter = "(0.7 + (hash(i * 31 + 7) % 600) / 1000.0)"
    money = (
        "CASE WHEN nullif({c}, '') IS NULL THEN NULL ELSE '$' || "
        "CAST(round(TRY_CAST(replace(replace({c}, '$', ''), ',', '') AS DOUBLE) * "
        + jitter
        + ", 2) AS VARCHAR) END"
    )
    con.execute(
        f"""
        COPY (
            SELECT coalesce(t.title, 'untitled') || ' - Upwork' AS title,
                   'https://www.upwork.com/jobs/~' ||
                       CASE WHEN hash(i) % 200 = 0 AND i > 0 THEN i - 1 ELSE i END || '?source=rss' AS url,
                   CASE WHEN hash(i) % 1000 = 1 THEN 'not a date'
                        ELSE strftime(TIMESTAMP '2021-01-01' + to_seconds(CAST(hash(i * 13) % 157680000 AS BIGINT)),
                                      '%-m/%-d/%Y %-I:%M%p') END AS published,
                   t.description, t.skills, t.category, t.country,
                   {money.format(c="t.budget")} AS budget,
                   {money.format(c="t.hourly_range_min")} AS hourly_range_min,
                   {money.format(c="t.hourly_range_max")} AS hourly_range_max
            FROM range({rows}) r(i) JOIN t ON t.tid = i % {n}
        ) TO '{path}' (HEADER, DELIMITER ',')
        """
    )
    con.close()


BASELINE_SQL = """
SELECT category, count(*) AS n,
       median(TRY_CAST(replace(replace(hourly_range_min, '$', ''), ',', '') AS DOUBLE)) AS med
FROM read_csv('{path}', all_varchar=true)
GROUP BY category
"""


def time_floors(csv_path: Path, db: Path) -> dict[str, tuple[float, float]]:
    """Wall and CPU seconds of other ways to read or keep the file (``--floors``)."""
    import duckdb

    src = f"read_csv('{csv_path}', all_varchar=true)"
    pay = "TRY_CAST(replace(replace(budget, '$', ''), ',', '') AS DOUBLE)"
    parquet = db.with_suffix(".parquet")
    runs = {
        "read every column, keep nothing": (
            None,
            f"SELECT count(*), max(length(description)), max(title), max(url), max(published),"
            f" max(skills), max(country), max(budget) FROM {src}",
        ),
        "copy every column to Parquet (zstd)": (
            None,
            f"COPY (SELECT * FROM {src}) TO '{parquet}' (FORMAT parquet, COMPRESSION zstd)",
        ),
        "copy without the description": (
            db,
            f"CREATE TABLE raw AS SELECT * EXCLUDE (description) FROM {src}",
        ),
        "copy hashed URL, category, pay": (
            db,
            f"CREATE TABLE raw AS SELECT hash(url) AS h, category, {pay} AS pay FROM {src}",
        ),
    }
    out = {}
    for label, (target, sql) in runs.items():
        db.unlink(missing_ok=True)
        t, c0 = time.perf_counter(), cpu_s()
        con = duckdb.connect(str(target) if target else ":memory:")
        con.execute(sql).fetchall()
        con.close()
        out[label] = (time.perf_counter() - t, cpu_s() - c0)
    db.unlink(missing_ok=True)
    parquet.unlink(missing_ok=True)
    return out


def main() -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--rows", type=int, default=1_000_000, help="postings to generate (default 1M)")
    ap.add_argument(
        "--spark",
        action=argparse.BooleanOptionalAction,
        default=True,
        help="also time the Spark engine (only up to --spark-max-rows)",
    )
    ap.add_argument("--spark-max-rows", type=int, default=1_000_000)
    ap.add_argument(
        "--classify-rows",
        type=int,
        default=20_000,
        help="postings to classify when the model is present (a sample: rows/s)",
    )
    ap.add_argument("--workdir", type=Path, default=None, help="keep files here (default: temp)")
    ap.add_argument(
        "--floors",
        action="store_true",
        help="also time other ways of keeping the file (Parquet, without the description, "
        "hashed keys and numeric pay only) and reading every column without keeping it",
    )
    args = ap.parse_args()
    if not POSTINGS.is_dir():
        print(f"SKIP: {POSTINGS} is absent; the benchmark replicates the real postings files.")
        return 0
    os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
    sys.path.insert(0, str(ROOT / "src"))
    import duckdb

    from azadkar.market import Store, classify_postings, indicators
    from azadkar.market._classify import model_available

    tmp = tempfile.TemporaryDirectory(prefix="azadkar-bench-") if args.workdir is None else None
    work = Path(tmp.name) if tmp else args.workdir
    work.mkdir(parents=True, exist_ok=True)
    csv_path = work / f"postings_{args.rows}.csv"
    db_path = work / f"market_{args.rows}.duckdb"
    for p in (db_path, Path(str(db_path) + ".wal")):
        p.unlink(missing_ok=True)

    mem = PeakRSS()
    fig: dict[str, float] = {}
    t = time.perf_counter()
    if not csv_path.exists():
        generate(csv_path, args.rows)
    gen_s = time.perf_counter() - t
    size_mb = csv_path.stat().st_size / 1e6
    print(f"postings file: {args.rows:,} rows, {size_mb:,.0f} MB ({gen_s:.1f}s to generate)")

    mem.reset()
    t, c0 = time.perf_counter(), cpu_s()
    con = duckdb.connect()
    con.execute(BASELINE_SQL.format(path=csv_path)).fetchall()
    con.close()
    fig["baseline_s"] = time.perf_counter() - t
    fig["baseline_cpu"] = cpu_s() - c0
    fig["baseline_peak_mb"] = mem.peak / 1e6

    # A second reference: only copying the file into a DuckDB table, no parsing at all.
    copy_db = work / "copy_baseline.duckdb"
    copy_db.unlink(missing_ok=True)
    t, c0 = time.perf_counter(), cpu_s()
    con = duckdb.connect(str(copy_db))
    con.execute(f"CREATE TABLE raw AS SELECT * FROM read_csv('{csv_path}', all_varchar=true)")
    con.close()
    fig["copy_s"] = time.perf_counter() - t
    fig["copy_cpu"] = cpu_s() - c0
    # ... and the same GROUP BY run on that loaded table (the other half of the "paired"
    # reading of the target: loading vs ingest, GROUP BY vs indicators).
    t, c0 = time.perf_counter(), cpu_s()
    con = duckdb.connect(str(copy_db))
    con.execute(BASELINE_SQL.replace("read_csv('{path}', all_varchar=true)", "raw")).fetchall()
    con.close()
    fig["tablegb_s"] = time.perf_counter() - t
    fig["tablegb_cpu"] = cpu_s() - c0
    copy_db.unlink(missing_ok=True)
    # A third: copying only the six short columns any store of postings keeps (title, URL,
    # date, pay, platform category, country), unparsed, without the description text. What
    # an ingest could cost if it kept no text, before any parsing, validation or dedup.
    t, c0 = time.perf_counter(), cpu_s()
    con = duckdb.connect(str(copy_db))
    con.execute(
        "CREATE TABLE raw AS SELECT title, url, published, budget, category, country"
        f" FROM read_csv('{csv_path}', all_varchar=true)"
    )
    con.close()
    fig["narrow_s"] = time.perf_counter() - t
    fig["narrow_cpu"] = cpu_s() - c0
    copy_db.unlink(missing_ok=True)
    floors = time_floors(csv_path, copy_db) if args.floors else {}

    mem.reset()
    t, c0 = time.perf_counter(), cpu_s()
    with Store(db_path) as store:
        [res] = store.ingest([csv_path])
    fig["ingest_s"] = time.perf_counter() - t
    fig["ingest_cpu"] = cpu_s() - c0
    fig["store_mb"] = db_path.stat().st_size / 1e6
    fig["ingest_peak_mb"] = mem.peak / 1e6
    assert res.rows == res.accepted + res.rejected + res.duplicates
    print(
        f"accounting: {res.rows:,} rows = {res.accepted:,} accepted + {res.rejected:,} rejected"
        f" + {res.duplicates:,} duplicates"
    )

    mem.reset()
    t, c0 = time.perf_counter(), cpu_s()
    ind = indicators(db_path)
    fig["indicators_s"] = time.perf_counter() - t
    fig["indicators_cpu"] = cpu_s() - c0
    fig["indicators_peak_mb"] = mem.peak / 1e6
    status = ", ".join(f"{i.name}={'ok' if i.ok else 'insufficient'}" for i in ind.indicators)
    print(f"indicators (duckdb): {status}")

    if args.classify_rows <= 0:
        print("classification: skipped (--classify-rows 0)")
    elif model_available():
        mem.reset()
        with Store(db_path) as store:
            c = classify_postings(store, progress=False, limit=args.classify_rows)
        fig["classify_rows_s"] = c.classified / c.seconds if c.seconds else 0.0
        fig["classify_peak_mb"] = mem.peak / 1e6
        print(f"classified {c.classified:,} postings with model {c.model_version}")
    else:
        print("classification: skipped (no model in src/azadkar/data/model)")

    if args.spark and args.rows <= args.spark_max_rows:
        mem.reset()
        t = time.perf_counter()
        sp = indicators(db_path, engine="spark", category_source="platform")
        fig["spark_total_s"] = time.perf_counter() - t
        t = time.perf_counter()
        indicators(db_path, engine="spark", category_source="platform")
        fig["spark_warm_s"] = time.perf_counter() - t
        fig["spark_peak_mb"] = mem.peak / 1e6
        same = all(
            a.insufficient == b.insufficient
            for a, b in zip(ind.indicators, sp.indicators, strict=True)
        )
        print(f"spark indicators: same status as duckdb: {same}")
        from azadkar.market._engines import stop_spark

        stop_spark()
    mem.stop()

    n = args.rows
    ratio = (fig["ingest_s"] + fig["indicators_s"]) / fig["baseline_s"]
    cpu_ratio = (fig["ingest_cpu"] + fig["indicators_cpu"]) / fig["baseline_cpu"]
    print()
    print(f"{'figure':36s} {'wall':>10s} {'cpu s':>10s}")

    def line(label: str, key: str) -> None:
        print(f"{label:36s} {fig[key + '_s']:10.2f} {fig[key + '_cpu']:10.2f}")

    line("raw DuckDB read_csv+GROUP BY (s)", "baseline")
    print(f"{'  baseline rows/s':36s} {n / fig['baseline_s']:10,.0f}")
    line("raw DuckDB copy of the file (s)", "copy")
    line("  copy of 6 short columns (s)", "narrow")
    print(
        f"{'  that copy / baseline':36s} {fig['narrow_s'] / fig['baseline_s']:9.1f}x"
        f" {fig['narrow_cpu'] / fig['baseline_cpu']:9.1f}x   before any parsing"
    )
    line("ingest (s)", "ingest")
    print(f"{'  ingest rows/s':36s} {n / fig['ingest_s']:10,.0f}")
    print(f"{'  store file (MB)':36s} {fig['store_mb']:10,.0f}")
    line("indicators, duckdb (s)", "indicators")
    print(
        f"{'(ingest + indicators) / baseline':36s} {ratio:9.1f}x {cpu_ratio:9.1f}x   target <= 3x"
    )
    line("GROUP BY on that copied table (s)", "tablegb")
    paired = (fig["ingest_s"] + fig["indicators_s"]) / (fig["copy_s"] + fig["tablegb_s"])
    paired_cpu = (fig["ingest_cpu"] + fig["indicators_cpu"]) / (
        fig["copy_cpu"] + fig["tablegb_cpu"]
    )
    print(
        f"{'(ingest + ind.) / (copy + GROUP BY)':36s} {paired:9.1f}x {paired_cpu:9.1f}x"
        "   paired reading: loading vs ingest, GROUP BY vs indicators"
    )
    copy_ratio = (fig["ingest_s"] + fig["indicators_s"]) / fig["copy_s"]
    copy_cpu_ratio = (fig["ingest_cpu"] + fig["indicators_cpu"]) / fig["copy_cpu"]
    print(f"{'(ingest + indicators) / raw copy':36s} {copy_ratio:9.1f}x {copy_cpu_ratio:9.1f}x")
    for label, (wall, cpu) in floors.items():
        print(f"{'  ' + label:36s} {wall:10.2f} {cpu:10.2f}   {wall / fig['baseline_s']:.1f}x wall")
    if "classify_rows_s" in fig:
        print(f"{'classification rows/s':36s} {fig['classify_rows_s']:10,.0f}")
    if "spark_total_s" in fig:
        print(f"{'indicators, spark incl. start (s)':36s} {fig['spark_total_s']:10.2f}")
        print(f"{'indicators, spark warm (s)':36s} {fig['spark_warm_s']:10.2f}")
    peaks = {k: v for k, v in fig.items() if k.endswith("_peak_mb")}
    for k, v in peaks.items():
        print(f"{'peak RSS ' + k.removesuffix('_peak_mb') + ' (MB)':36s} {v:10,.0f}")
    worst = max(v for k, v in peaks.items() if not k.startswith("spark"))
    print(f"{'peak RSS without Spark (MB)':36s} {worst:10,.0f}   target < 4000 at 10M rows")
    if tmp:
        tmp.cleanup()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
