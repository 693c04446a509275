"""The postings store: a DuckDB file with ``postings``, ``rejected``, ``files``, ``predictions``.

An ingest call is ONE transaction. DuckDB reads each file itself, parses every row
with the SQL macros of :mod:`azadkar.market._sql`, and the rows go straight into the
tables, so memory stays flat however large the file is. If the process dies before
``COMMIT`` the database file still holds the previous state (DuckDB discards the
uncommitted WAL on the next open).

Row accounting per file: every input row is accepted, rejected (with a reason and
the raw row) or a duplicate (its key was seen earlier in the file or in the store), and
``rows == accepted + rejected + duplicates`` is checked before commit. A file whose
SHA-256 is already in ``files`` is skipped, so re-ingesting it adds nothing.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import importlib.resources
import os
import time
import tomllib
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from azadkar.errors import DataError, IngestError, InputError
from azadkar.market import _formats, _sql
from azadkar.market._types import FileStatus, RejectedRow

if TYPE_CHECKING:
    import duckdb

SCHEMA = """
CREATE TABLE IF NOT EXISTS files (
    file_id INTEGER PRIMARY KEY,
    path VARCHAR NOT NULL,
    sha256 VARCHAR NOT NULL,
    bytes BIGINT,
    format VARCHAR NOT NULL,
    platform VARCHAR NOT NULL,
    ingested_at TIMESTAMP NOT NULL,
    seconds DOUBLE,
    rows BIGINT NOT NULL,
    accepted BIGINT NOT NULL,
    rejected BIGINT NOT NULL,
    duplicates BIGINT NOT NULL,
    notes VARCHAR
);
CREATE TABLE IF NOT EXISTS postings (
    posting_id BIGINT NOT NULL,
    file_id INTEGER NOT NULL,
    source_row BIGINT NOT NULL,
    platform VARCHAR NOT NULL,
    source_key VARCHAR NOT NULL,
    url VARCHAR,
    title VARCHAR,
    description VARCHAR,
    skills VARCHAR,
    posted_at TIMESTAMP,
    posted_month DATE,
    pay_type VARCHAR,
    pay_min DOUBLE,
    pay_max DOUBLE,
    pay DOUBLE,
    currency VARCHAR,
    pay_usd DOUBLE,
    rate_date DATE,
    platform_category VARCHAR,
    platform_subcategory VARCHAR,
    mapped_category VARCHAR,
    country VARCHAR,
    level VARCHAR,
    engagement VARCHAR,
    weight BIGINT NOT NULL,
    ai_training BOOLEAN NOT NULL
);
CREATE TABLE IF NOT EXISTS rejected (
    file_id INTEGER NOT NULL,
    source_row BIGINT,
    reason VARCHAR NOT NULL,
    raw VARCHAR
);
CREATE TABLE IF NOT EXISTS predictions (
    posting_id BIGINT NOT NULL,
    model_version VARCHAR NOT NULL,
    category VARCHAR NOT NULL,
    prob DOUBLE,
    service VARCHAR,
    service_prob DOUBLE,
    classified_at TIMESTAMP NOT NULL
);
"""

# Title/skill words that mark AI-training and data-annotation work ("ghost work").
AI_TRAINING_RE = (
    r"annotat|label(l)?ing|data label|rlhf|ai train|training data|ai tutor|llm evaluat|"
    r"prompt evaluat|search quality rater|ai rater|image tagging|transcription for ai|"
    r"برچسب[‌ ]?گذاری|حاشیه[‌ ]?نویسی|آموزش مدل|داده[‌ ]?نگاری"
)

_PAY_TYPES = """
CASE
  WHEN az_norm({e}) IS NULL THEN NULL
  WHEN az_norm({e}) IN ('hourly', 'hour', 'per hour', 'ساعتی') THEN 'hourly'
  WHEN az_norm({e}) IN ('fixed', 'fixed_budget', 'fixed price', 'fixed-price', 'project',
                        'پروژه‌ای', 'پروژه ای', 'مقطوع') THEN 'fixed'
  WHEN az_norm({e}) IN ('salary', 'monthly', 'month', 'ماهانه', 'حقوق') THEN 'salary'
  WHEN az_norm({e}) IN ('no_budget', 'none', 'n/a') THEN 'none'
  ELSE 'unknown'
END
"""


DEFAULT_MEMORY_LIMIT = "2GB"


def default_db_path() -> Path:
    """``$XDG_DATA_HOME/azadkar/market.duckdb`` (``~/.local/share/azadkar/...``)."""
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "azadkar" / "market.duckdb"


def _data_file(name: str) -> Any:
    return importlib.resources.files("azadkar") / "data" / "market" / name


def load_rates(path: Path | None = None) -> list[tuple[str, dt.date, float]]:
    """(currency, valid_from, usd_per_unit) rows from a rates TOML (shipped one by default)."""
    where = str(path) if path else "the shipped rates.toml"
    try:
        text = (
            Path(path).read_text("utf-8") if path else _data_file("rates.toml").read_text("utf-8")
        )
        doc = tomllib.loads(text)
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise InputError(f"cannot read rates file {where}: {exc}") from exc
    rows: list[tuple[str, dt.date, float]] = [("USD", dt.date(1900, 1, 1), 1.0)]
    has_toman = False
    for i, r in enumerate(doc.get("rate", []), 1):
        try:
            cur = str(r["currency"]).upper()
            frm = r["from"]
            units = float(r["units_per_usd"])
        except (KeyError, TypeError, ValueError) as exc:
            raise InputError(
                f"{where}: [[rate]] #{i} needs currency, from (a date) and units_per_usd"
            ) from exc
        if not isinstance(frm, dt.date) or units <= 0:
            raise InputError(f"{where}: [[rate]] #{i}: `from` must be a date, units_per_usd > 0")
        if cur == "USD":
            continue
        has_toman = has_toman or cur == "TOMAN"
        rows.append((cur, frm, 1.0 / units))
    if not has_toman:
        rows += [("TOMAN", d, v * 10.0) for c, d, v in list(rows) if c == "IRR"]
    return rows


def load_platform_labels(path: Path | None = None) -> dict[str, dict[str, str]]:
    """platform -> {lower-case label: our category id} from platform_categories.toml."""
    from azadkar.market._types import CATEGORY_IDS

    text = (
        Path(path).read_text("utf-8")
        if path
        else _data_file("platform_categories.toml").read_text("utf-8")
    )
    doc = tomllib.loads(text)
    out: dict[str, dict[str, str]] = {}
    for platform, sections in doc.items():
        labels = out.setdefault(platform, {})
        # Categories first so that more specific sections override them.
        for section in ("categories", "skills", "occupations", "subcategories"):
            for label, cat in sections.get(section, {}).items():
                if cat not in CATEGORY_IDS:
                    raise DataError(f"platform_categories.toml: {label!r} maps to unknown {cat!r}")
                labels[label.lower().strip()] = cat
    return out


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        while chunk := f.read(1 << 22):
            h.update(chunk)
    return h.hexdigest()


def _sql_str(s: str) -> str:
    return "'" + s.replace("'", "''") + "'"


class Store:
    """A postings store in one DuckDB file (``":memory:"`` for tests)."""

    def __init__(
        self,
        path: str | Path | None = None,
        *,
        memory_limit: str | None = None,
        threads: int | None = None,
        read_only: bool = False,
    ) -> None:
        import duckdb

        self.path = str(path) if path is not None else str(default_db_path())
        if self.path != ":memory:":
            p = Path(self.path)
            if read_only and not p.exists():
                raise InputError(
                    f"no market store at {p}: ingest postings first "
                    "(`azadkar market ingest FILE --db ...`)",
                    path=str(p),
                )
            p.parent.mkdir(parents=True, exist_ok=True)
        config: dict[str, Any] = {}
        # DuckDB would take 80% of RAM; a fixed cap (spilling to disk beyond it) keeps a
        # 10M-row ingest well under 4 GB on any machine.
        mem = memory_limit or os.environ.get("AZADKAR_DUCKDB_MEMORY") or DEFAULT_MEMORY_LIMIT
        config["memory_limit"] = mem
        if threads:
            config["threads"] = threads
        try:
            self.con: duckdb.DuckDBPyConnection = duckdb.connect(
                self.path, read_only=read_only, config=config
            )
        except duckdb.Error as exc:
            raise InputError(f"cannot open market store {self.path}: {exc}") from exc
        if not read_only:
            self.con.execute(SCHEMA)
        _sql.install(self.con)

    # -- lifecycle -------------------------------------------------------------------------
    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- reading sources -------------------------------------------------------------------
    def _source(self, path: Path, rejects: str) -> tuple[str, list[str], bool]:
        """(FROM expression, column names, is_csv) for one input file."""
        name = path.name.lower()
        stem = name[:-3] if name.endswith(".gz") else name
        p = _sql_str(str(path))
        if stem.endswith(".xlsx"):
            self._register_xlsx(path)
            frm = "az_xlsx"
            is_csv = False
        elif stem.endswith(".parquet"):
            frm, is_csv = f"read_parquet({p})", False
        elif stem.endswith((".jsonl", ".ndjson", ".json")):
            frm, is_csv = f"read_json({p}, format='auto')", False
        else:
            frm = (
                f"read_csv({p}, all_varchar=true, header=true, store_rejects=true, "
                f"rejects_table='{rejects}', rejects_scan='{rejects}_scan')"
            )
            is_csv = True
        try:
            cols = [r[0] for r in self.con.execute(f"DESCRIBE SELECT * FROM {frm}").fetchall()]
        except Exception as exc:
            raise IngestError(f"cannot read {path}: {exc}", path=str(path)) from exc
        return frm, cols, is_csv

    def _register_xlsx(self, path: Path) -> None:
        """Excel has no streaming reader in DuckDB here; openpyxl reads it into Arrow columns."""
        try:
            import openpyxl
        except ImportError as exc:  # pragma: no cover - depends on the environment
            raise IngestError(
                f"{path}: reading .xlsx needs openpyxl (pip install openpyxl)"
            ) from exc
        import pyarrow as pa

        try:
            wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
        except Exception as exc:
            raise IngestError(f"cannot read {path}: {exc}", path=str(path)) from exc
        ws = wb.worksheets[0]
        rows = ws.iter_rows(values_only=True)
        header = next(rows, None)
        if header is None:
            raise IngestError(f"{path}: the first sheet is empty", path=str(path))
        names = []
        for i, h in enumerate(header):
            n = str(h).strip() if h is not None and str(h).strip() else f"column{i}"
            names.append(n if n not in names else f"{n}_{i}")
        columns: list[list[str | None]] = [[] for _ in names]
        for r in rows:
            if r is None or all(v is None for v in r):
                continue
            for i in range(len(names)):
                v = r[i] if i < len(r) else None
                columns[i].append(None if v is None else str(v))
        wb.close()
        self.con.register(
            "az_xlsx",
            pa.table({n: pa.array(c, pa.string()) for n, c in zip(names, columns, strict=True)}),
        )

    # -- ingest ----------------------------------------------------------------------------
    def _install_lookups(
        self, rates: Path | None, labels: Path | None
    ) -> dict[str, dict[str, str]]:
        import pyarrow as pa

        rate_rows = load_rates(rates)
        self._rate_rows = rate_rows
        self.con.register(
            "az_rates_arrow",
            pa.table(
                {
                    "currency": [r[0] for r in rate_rows],
                    "valid_from": pa.array([r[1] for r in rate_rows], pa.date32()),
                    "usd_per_unit": [r[2] for r in rate_rows],
                }
            ),
        )
        self.con.execute("CREATE OR REPLACE TEMP TABLE az_rates AS SELECT * FROM az_rates_arrow")
        self.con.unregister("az_rates_arrow")
        plat = load_platform_labels(labels)
        flat = [(p, lab, cat) for p, d in plat.items() for lab, cat in d.items()]
        self.con.register(
            "az_labels_arrow",
            pa.table(
                {
                    "platform": [f[0] for f in flat],
                    "label": [f[1] for f in flat],
                    "category": [f[2] for f in flat],
                }
            ),
        )
        self.con.execute("CREATE OR REPLACE TEMP TABLE az_labels AS SELECT * FROM az_labels_arrow")
        self.con.unregister("az_labels_arrow")
        return plat

    def _stage_sql(
        self, frm: str, adapter: _formats.Adapter, labels: dict[str, str], currencies: list[str]
    ) -> str:
        """One pass over the source: canonical fields, parsed values, a reject reason."""
        e = {f: adapter.exprs.get(f, "NULL") for f in _formats.CANONICAL}
        cur_list = "[" + ", ".join(_sql_str(c) for c in currencies) + "]::VARCHAR[]"
        default_cur = (
            f"az_currency({_sql_str(adapter.default_currency)})"
            if adapter.default_currency
            else "NULL"
        )
        default_pt = _sql_str(adapter.default_pay_type) if adapter.default_pay_type else "NULL"
        req_date = "true" if adapter.requires_date else "false"
        hint = ", ".join(
            f"try_strptime(posted_n, {_sql_str(f)})::TIMESTAMP" for f in adapter.date_formats
        )
        posted = f"coalesce({hint + ', ' if hint else ''}az_date_n(posted_n))"
        if adapter.map_skills and labels:
            label_list = "[" + ", ".join(_sql_str(x) for x in sorted(labels)) + "]::VARCHAR[]"
            skill = (
                "list_filter(list_transform(string_split(c_skills, ','), lambda x: lower(trim(x))),"
                f" lambda x: list_contains({label_list}, x))[1]"
            )
        else:
            skill = "NULL"
        pay_text = "concat_ws(' / ', c_pay, c_pay_min, c_pay_max)"
        return f"""
WITH src AS (SELECT *, row_number() OVER () AS az_row FROM {frm}),
c AS (
  SELECT src.az_row,
    nullif(trim({e["key"]}), '') AS c_key,
    nullif(trim({e["url"]}), '') AS c_url,
    nullif(trim({e["title"]}), '') AS c_title,
    nullif(trim({e["description"]}), '') AS c_description,
    nullif(trim({e["skills"]}), '') AS c_skills,
    nullif(trim({e["posted"]}), '') AS c_posted,
    coalesce(nullif(trim({e["pay_type"]}), ''), {default_pt}) AS c_pay_type,
    nullif(trim({e["pay"]}), '') AS c_pay,
    nullif(trim({e["pay_min"]}), '') AS c_pay_min,
    nullif(trim({e["pay_max"]}), '') AS c_pay_max,
    nullif(trim({e["currency"]}), '') AS c_currency,
    nullif(trim({e["category"]}), '') AS c_category,
    nullif(trim({e["subcategory"]}), '') AS c_subcategory,
    nullif(trim({e["country"]}), '') AS c_country,
    nullif(trim({e["level"]}), '') AS c_level,
    nullif(trim({e["engagement"]}), '') AS c_engagement,
    nullif(trim({e["weight"]}), '') AS c_weight
  FROM src
),
n AS (
  SELECT c.*,
    az_norm(c_pay) AS pay_n0, az_norm(c_pay_min) AS pmin_n0, az_norm(c_pay_max) AS pmax_n0,
    az_norm(c_currency) AS cur_n, az_norm(c_pay_type) AS pt_n,
    nullif(trim(az_digits(c_posted)), '') AS posted_n
  FROM c
),
p AS (
  SELECT n.* EXCLUDE (pay_n0, pmin_n0, pmax_n0),
    CASE WHEN az_blank_n(pay_n0) THEN NULL ELSE pay_n0 END AS pay_n,
    CASE WHEN az_blank_n(pmin_n0) THEN NULL ELSE pmin_n0 END AS pmin_n,
    CASE WHEN az_blank_n(pmax_n0) THEN NULL ELSE pmax_n0 END AS pmax_n
  FROM n
),
q AS (
  SELECT p.*,
    {posted} AS posted_at,
    {_PAY_TYPES.format(e="pt_n")} AS pay_type_n,
    coalesce(az_money_lo_n(pmin_n), az_money_lo_n(pay_n)) AS lo,
    coalesce(az_money_hi_n(pmax_n), az_money_hi_n(pay_n)) AS hi,
    coalesce(az_currency_n(cur_n), az_currency_n(pay_n), az_currency_n(pmin_n),
             az_currency_n(pmax_n), {default_cur}) AS cur,
    TRY_CAST(az_digits(c_weight) AS DOUBLE) AS w
  FROM p
),
r AS (
  SELECT q.*,
    CASE
      WHEN c_title IS NULL AND c_description IS NULL THEN 'missing title and description'
      WHEN c_key IS NULL THEN 'missing posting id'
      WHEN c_posted IS NULL AND {req_date} THEN 'missing date'
      WHEN c_posted IS NOT NULL AND posted_at IS NULL THEN 'unparseable date: ' || c_posted
      WHEN posted_at < TIMESTAMP '1995-01-01' OR posted_at > now()::TIMESTAMP + INTERVAL 366 DAY
        THEN 'date out of range: ' || c_posted
      WHEN pay_type_n = 'unknown' THEN 'unknown pay type: ' || c_pay_type
      WHEN lo IS NULL AND hi IS NULL
           AND az_has_digit_n(concat_ws(' ', pay_n, pmin_n, pmax_n))
        THEN 'unparseable pay: ' || {pay_text}
      WHEN lo <= 0 OR hi <= 0 THEN 'non-positive pay: ' || {pay_text}
      WHEN lo > hi THEN 'pay range min > max: ' || {pay_text}
      WHEN (lo IS NOT NULL OR hi IS NOT NULL) AND cur IS NULL
        THEN 'pay without a currency: ' || {pay_text}
      WHEN (lo IS NOT NULL OR hi IS NOT NULL) AND NOT list_contains({cur_list}, cur)
        THEN 'no exchange rate for currency ' || cur || ' (add it to the rates file)'
      WHEN c_weight IS NOT NULL AND (w IS NULL OR w < 0 OR w <> floor(w))
        THEN 'invalid count: ' || c_weight
    END AS reason
  FROM q
)
-- Only what the inserts need: a narrow stage is written (and read) much faster.
SELECT az_row, c_key, c_url, c_title, c_description, c_skills, c_category, c_subcategory,
  c_country, c_level, c_engagement, posted_at, pay_type_n, lo, hi, cur, w, reason,
  {skill} AS skill_label
FROM r
"""

    def _rate_exprs(self) -> tuple[str, str]:
        """SQL for the USD rate and its date, as CASE expressions over the (small) rate table.

        An ASOF join would do the same but costs a sort of every row; the table has a few
        dozen entries, so a CASE per currency is both exact and cheap.
        """
        by_cur: dict[str, list[tuple[dt.date, float]]] = {}
        for cur, frm, usd in self._rate_rows:
            by_cur.setdefault(cur, []).append((frm, usd))
        day = "coalesce(s.posted_at, now()::TIMESTAMP)"
        rate_parts, date_parts = [], []
        for cur, entries in sorted(by_cur.items()):
            entries.sort(reverse=True)
            r = " ".join(f"WHEN {day} >= DATE '{d}' THEN {v!r}" for d, v in entries)
            dd = " ".join(f"WHEN {day} >= DATE '{d}' THEN DATE '{d}'" for d, _ in entries)
            rate_parts.append(f"WHEN {_sql_str(cur)} THEN CASE {r} END")
            date_parts.append(f"WHEN {_sql_str(cur)} THEN CASE {dd} END")
        return (
            f"CASE s.cur {' '.join(rate_parts)} END",
            f"CASE s.cur {' '.join(date_parts)} END",
        )

    def _store_rejected(
        self, file_id: int, path: Path, frm: str, adapter: _formats.Adapter
    ) -> None:
        """Rejected rows with their raw source row, read again by row number.

        Carrying every raw row through the parse would cost a copy of the whole file; a
        second read of the source, joined on the row number, touches only the rejects. The
        key is recomputed from that raw row and must match the stage's, or nothing is kept.
        """
        key = adapter.exprs.get("key", "NULL")
        self.con.execute(
            f"""
            CREATE OR REPLACE TEMP TABLE az_rej_rows AS
            SELECT s.az_row, s.reason, s.c_key,
                   nullif(trim({key}), '') AS raw_key,
                   CAST(to_json(src) AS VARCHAR) AS raw
            FROM (SELECT *, row_number() OVER () AS az_row FROM {frm}) src
            JOIN az_stage s ON s.az_row = src.az_row
            WHERE s.reason IS NOT NULL
            """
        )
        (bad,) = self.con.execute(
            "SELECT count(*) FROM az_rej_rows WHERE raw_key IS DISTINCT FROM c_key"
        ).fetchall()[0]
        if bad:
            raise DataError(
                f"{path}: the second read of the file did not match the first "
                f"({bad} rejected rows differ); nothing was stored",
                path=str(path),
            )
        self.con.execute(
            f"INSERT INTO rejected SELECT {file_id}, az_row, reason, raw FROM az_rej_rows; "
            "DROP TABLE az_rej_rows"
        )

    def ingest(
        self,
        paths: Sequence[str | Path],
        *,
        fmt: str | None = None,
        mapping: str | Path | None = None,
        rates: str | Path | None = None,
        platform_labels: str | Path | None = None,
        progress: bool = False,
        on_event: Callable[[str], None] | None = None,
    ) -> list[FileStatus]:
        """Ingest ``paths`` in ONE transaction; return the row accounting per file."""
        if fmt is not None and fmt not in _formats.FORMATS:
            raise InputError(f"unknown format {fmt!r}; known: {', '.join(_formats.FORMATS)}")
        files = [Path(p) for p in paths]
        for f in files:
            if not f.is_file():
                raise IngestError(f"no such file: {f}", path=str(f))
        plat = self._install_lookups(
            Path(rates) if rates else None, Path(platform_labels) if platform_labels else None
        )
        currencies = [
            r[0] for r in self.con.execute("SELECT DISTINCT currency FROM az_rates").fetchall()
        ]
        self.con.execute(f"SET enable_progress_bar = {'true' if progress else 'false'}")
        bar = None
        if progress and len(files) > 1:
            from tqdm import tqdm

            bar = tqdm(total=len(files), unit="file", desc="ingest")
        results: list[FileStatus] = []
        self.con.execute("BEGIN TRANSACTION")
        try:
            if on_event:
                on_event("begin")
            for f in files:
                results.append(
                    self._ingest_one(f, fmt, Path(mapping) if mapping else None, plat, currencies)
                )
                if on_event:
                    on_event(f"file {f}")
                if bar is not None:
                    bar.update(1)
            self.con.execute("COMMIT")
        except BaseException:
            self.con.execute("ROLLBACK")
            raise
        finally:
            if bar is not None:
                bar.close()
            self.con.execute("SET enable_progress_bar = false")
        return results

    def _ingest_one(
        self,
        path: Path,
        fmt: str | None,
        mapping: Path | None,
        plat: dict[str, dict[str, str]],
        currencies: list[str],
    ) -> FileStatus:
        t0 = time.perf_counter()
        digest = sha256_file(path)
        found = self.con.execute(
            "SELECT file_id, path, format, platform FROM files WHERE sha256 = ?", [digest]
        ).fetchall()
        if found:
            prev = found[0]
            return FileStatus(
                prev[0],
                str(path),
                prev[2],
                prev[3],
                digest,
                0,
                0,
                0,
                0,
                skipped=True,
                notes=(f"already ingested as file {prev[0]} ({prev[1]}): nothing added",),
            )
        (file_id,) = self.con.execute("SELECT coalesce(max(file_id), 0) + 1 FROM files").fetchall()[
            0
        ]
        rej = f"az_rej_{file_id}"
        frm, cols, is_csv = self._source(path, rej)
        adapter = _formats.build_adapter(fmt, cols, path, mapping)
        labels = plat.get(adapter.platform, {})
        stage_sql = self._stage_sql(frm, adapter, labels, currencies)
        # Pass 1 keeps only row number, key and verdict: a narrow table that stays in memory
        # at ten million rows (DuckDB computes only the expressions these columns need).
        self.con.execute(
            f"CREATE OR REPLACE TEMP TABLE az_stage AS SELECT az_row, c_key, reason FROM ({stage_sql})"
        )
        plat_sql = _sql_str(adapter.platform)
        rate_sql, rate_date_sql = self._rate_exprs()
        # The first valid row of each key not already in the store is the one kept.
        self.con.execute(
            f"""
            CREATE OR REPLACE TEMP TABLE az_new AS
            SELECT min(s.az_row) AS az_row FROM az_stage s
            WHERE s.reason IS NULL
              AND s.c_key NOT IN (SELECT source_key FROM postings WHERE platform = {plat_sql})
            GROUP BY s.c_key
            """
        )
        rows, rejected, valid = self.con.execute(
            "SELECT count(*), count(*) FILTER (WHERE reason IS NOT NULL), "
            "count(*) FILTER (WHERE reason IS NULL) FROM az_stage"
        ).fetchall()[0]
        (n_new,) = self.con.execute("SELECT count(*) FROM az_new").fetchall()[0]
        duplicates = valid - n_new
        # Pass 2 parses the source again and inserts the kept rows straight into the table;
        # the accounting check below fails (and rolls back) if the passes ever disagree.
        inserted = self.con.execute(
            f"""
            INSERT INTO postings
            SELECT ({file_id}::BIGINT << 40) + s.az_row, {file_id}, s.az_row, {plat_sql}, s.c_key,
                   s.c_url, s.c_title, s.c_description, s.c_skills,
                   s.posted_at, date_trunc('month', s.posted_at)::DATE,
                   CASE WHEN s.lo IS NULL AND s.hi IS NULL THEN NULL
                        WHEN s.pay_type_n IN ('hourly', 'fixed', 'salary') THEN s.pay_type_n
                        ELSE 'fixed' END,
                   s.lo, s.hi, coalesce((s.lo + s.hi) / 2, s.lo, s.hi),
                   CASE WHEN s.lo IS NULL AND s.hi IS NULL THEN NULL ELSE s.cur END,
                   coalesce((s.lo + s.hi) / 2, s.lo, s.hi) * ({rate_sql}),
                   CASE WHEN s.lo IS NULL AND s.hi IS NULL THEN NULL ELSE {rate_date_sql} END,
                   s.c_category, s.c_subcategory,
                   coalesce(l1.category, l2.category, l3.category),
                   s.c_country, s.c_level, s.c_engagement,
                   coalesce(CAST(s.w AS BIGINT), 1),
                   coalesce(regexp_matches(lower(concat_ws(' ', s.c_title, s.c_skills)),
                                           {_sql_str(AI_TRAINING_RE)}), false)
            FROM ({stage_sql}) s
            LEFT JOIN az_labels l1 ON l1.platform = {plat_sql} AND l1.label = lower(s.c_subcategory)
            LEFT JOIN az_labels l2 ON l2.platform = {plat_sql} AND l2.label = lower(s.c_category)
            LEFT JOIN az_labels l3 ON l3.platform = {plat_sql} AND l3.label = s.skill_label
            WHERE s.az_row IN (SELECT az_row FROM az_new) AND s.reason IS NULL
            """
        ).fetchall()[0][0]
        csv_rejects = 0
        if is_csv:
            # Lines DuckDB's CSV reader could not split into the header's columns.
            csv_rejects = self.con.execute(
                f"""
                INSERT INTO rejected
                SELECT {file_id}, line, 'malformed CSV line: ' || string_agg(DISTINCT error_type, ', '),
                       any_value(csv_line)
                FROM {rej} GROUP BY line
                """
            ).fetchall()[0][0]
            self.con.execute(f"DROP TABLE IF EXISTS {rej}; DROP TABLE IF EXISTS {rej}_scan")
        if rejected:
            self._store_rejected(file_id, path, frm, adapter)
            # The second read records the malformed lines again; they are counted already.
            self.con.execute(f"DROP TABLE IF EXISTS {rej}; DROP TABLE IF EXISTS {rej}_scan")
        self.con.execute("DROP TABLE az_stage; DROP TABLE az_new")
        if path.name.lower().removesuffix(".gz").endswith(".xlsx"):
            self.con.unregister("az_xlsx")
        rows += csv_rejects
        rejected += csv_rejects
        if rows != inserted + rejected + duplicates:
            raise DataError(
                f"{path}: row accounting does not add up ({rows} rows, {inserted} accepted, "
                f"{rejected} rejected, {duplicates} duplicates); nothing was stored",
                path=str(path),
            )
        seconds = time.perf_counter() - t0
        notes = tuple(adapter.notes)
        self.con.execute(
            "INSERT INTO files VALUES (?, ?, ?, ?, ?, ?, now()::TIMESTAMP, ?, ?, ?, ?, ?, ?)",
            [
                file_id,
                str(path),
                digest,
                path.stat().st_size,
                adapter.name,
                adapter.platform,
                seconds,
                rows,
                inserted,
                rejected,
                duplicates,
                "\n".join(notes),
            ],
        )
        return FileStatus(
            file_id,
            str(path),
            adapter.name,
            adapter.platform,
            digest,
            rows,
            inserted,
            rejected,
            duplicates,
            seconds=seconds,
            notes=notes,
        )

    # -- queries ---------------------------------------------------------------------------
    def status(self) -> list[FileStatus]:
        rows = self.con.execute(
            "SELECT file_id, path, format, platform, sha256, rows, accepted, rejected, duplicates,"
            " ingested_at, seconds, notes FROM files ORDER BY file_id"
        ).fetchall()
        return [
            FileStatus(
                r[0],
                r[1],
                r[2],
                r[3],
                r[4],
                r[5],
                r[6],
                r[7],
                r[8],
                ingested_at=r[9],
                seconds=r[10],
                notes=tuple(n for n in (r[11] or "").split("\n") if n),
            )
            for r in rows
        ]

    def rejected(self, limit: int | None = 100, file_id: int | None = None) -> list[RejectedRow]:
        where = f"WHERE r.file_id = {int(file_id)}" if file_id is not None else ""
        lim = f"LIMIT {int(limit)}" if limit else ""
        rows = self.con.execute(
            f"SELECT r.file_id, f.path, r.source_row, r.reason, r.raw FROM rejected r "
            f"JOIN files f USING (file_id) {where} ORDER BY r.file_id, r.source_row {lim}"
        ).fetchall()
        return [RejectedRow(*r) for r in rows]

    def count(self, table: str = "postings") -> int:
        if table not in ("postings", "rejected", "files", "predictions"):
            raise InputError(f"unknown table {table!r}")
        return int(self.con.execute(f"SELECT count(*) FROM {table}").fetchall()[0][0])


def ingest(
    paths: Iterable[str | Path], db: str | Path | None = None, **kwargs: Any
) -> list[FileStatus]:
    """Open the store at ``db`` (default file), ingest ``paths`` in one transaction."""
    with Store(db) as store:
        return store.ingest(list(paths), **kwargs)
