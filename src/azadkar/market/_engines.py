"""Where the indicator SQL runs: DuckDB (default) or Spark local/cluster mode.

The indicators are written once, in the SQL subset both engines accept (CASE instead of
FILTER, ``percentile_cont(...) WITHIN GROUP``, STRING casts, no engine-specific date
arithmetic). An engine exposes one posting-level view, ``az_p``, and small lookup
tables registered from Python rows.

``az_p`` columns: posting_id, platform, posted_month (DATE), posted_day (DATE),
category (our id or NULL), category_source, pay_type, pay_usd, no_rate_currency (the
currency of a posting whose pay has no USD value because the rates file had no rate on or
before its date; else NULL), weight, ai_training, file_id and country (what a slice
filters on).

A slice (:mod:`._slice`) makes ``az_p`` the rows of its WHERE clause, in the same SQL on
both engines: Spark reads every posting and filters them itself.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from azadkar.errors import EngineError, InputError

if TYPE_CHECKING:
    from azadkar.market._slice import ResolvedSlice
    from azadkar.market._store import Store

CATEGORY_SOURCES = ("auto", "platform", "model")


def posting_view_sql(category_source: str = "auto") -> str:
    """SELECT giving ``az_p`` over the store tables."""
    if category_source not in CATEGORY_SOURCES:
        raise InputError(
            f"unknown category source {category_source!r}; known: {', '.join(CATEGORY_SOURCES)}"
        )
    pred_cat = "NULL" if category_source == "platform" else "q.category"
    mapped = "NULL" if category_source == "model" else "p.mapped_category"
    return f"""
WITH latest AS (
    SELECT model_version FROM predictions
    GROUP BY model_version ORDER BY max(classified_at) DESC LIMIT 1
),
q AS (
    SELECT posting_id, category, service, model_version FROM predictions
    WHERE model_version IN (SELECT model_version FROM latest)
)
SELECT p.posting_id, p.platform, p.posted_month, CAST(p.posted_at AS DATE) AS posted_day,
       coalesce({pred_cat}, {mapped}) AS category,
       CASE WHEN {pred_cat} IS NOT NULL THEN 'model ' || q.model_version
            WHEN {mapped} IS NOT NULL THEN 'platform mapping'
            ELSE 'unclassified' END AS category_source,
       p.pay_type,
       -- Never a non-finite pay (a store made before the ingest rejected them could hold
       -- one): NaN and infinity would blank a whole pay type's Gini.
       CASE WHEN isfinite(p.pay_usd) AND p.pay_usd > 0 THEN p.pay_usd END AS pay_usd,
       -- Pay kept without a USD value: no rate on or before the posting's date.
       CASE WHEN p.pay IS NOT NULL AND p.pay_usd IS NULL THEN coalesce(p.currency, '?') END
           AS no_rate_currency,
       p.weight,
       (p.ai_training OR coalesce(q.service = 'ai_data_annotation', false)) AS ai_training,
       p.file_id, p.country,
       -- the rate a converted pay used (units of its currency per USD), and its date
       CASE WHEN p.pay_usd > 0 AND p.currency IS NOT NULL AND p.currency <> 'USD'
            THEN p.currency END AS rate_currency,
       CASE WHEN p.pay_usd > 0 AND p.currency IS NOT NULL AND p.currency <> 'USD'
            THEN p.pay / p.pay_usd END AS units_per_usd,
       p.rate_date
FROM postings p LEFT JOIN q ON q.posting_id = p.posting_id
"""


class Engine(Protocol):
    name: str

    def query(self, sql: str) -> list[dict[str, Any]]: ...

    def register(self, name: str, schema: Sequence[tuple[str, str]], rows: list[tuple]) -> None: ...

    def close(self) -> None: ...


_ARROW_TYPES = {"STRING": "string", "DATE": "date32", "DOUBLE": "float64", "BIGINT": "int64"}


class DuckDBEngine:
    """Runs on the store's own connection (temp views only; the store is not modified)."""

    name = "duckdb"

    def __init__(
        self, store: Store, category_source: str = "auto", part: ResolvedSlice | None = None
    ) -> None:
        self.con = store.con
        view = posting_view_sql(category_source)
        if part is not None and not part.whole:
            part.register(self)
            view = f"SELECT * FROM ({view}) {part.where_sql()}"
        self.con.execute(f"CREATE OR REPLACE TEMP VIEW az_p AS {view}")

    def query(self, sql: str) -> list[dict[str, Any]]:
        cur = self.con.execute(sql)
        cols = [d[0] for d in cur.description or []]
        return [dict(zip(cols, r, strict=True)) for r in cur.fetchall()]

    def register(self, name: str, schema: Sequence[tuple[str, str]], rows: list[tuple]) -> None:
        import pyarrow as pa

        arrays = {
            col: pa.array([r[i] for r in rows], getattr(pa, _ARROW_TYPES[typ])())
            for i, (col, typ) in enumerate(schema)
        }
        self.con.register(f"{name}_arrow", pa.table(arrays))
        self.con.execute(f"CREATE OR REPLACE TEMP TABLE {name} AS SELECT * FROM {name}_arrow")
        self.con.unregister(f"{name}_arrow")

    def close(self) -> None:
        pass


_SPARK: Any = None


def spark_session() -> Any:
    """A local Spark session (one per process; reused). EngineError if pyspark/Java is absent."""
    global _SPARK
    if _SPARK is not None:
        return _SPARK
    os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
    try:
        from pyspark.sql import SparkSession
    except ImportError as exc:
        raise EngineError(
            "the Spark engine needs pyspark: pip install 'azadkar[spark]' (and Java 17+)",
            engine="spark",
        ) from exc
    master = os.environ.get("AZADKAR_SPARK_MASTER", "local[2]")
    try:
        _SPARK = (
            SparkSession.builder.master(master)
            .appName("azadkar-market")
            .config("spark.ui.enabled", "false")
            .config("spark.ui.showConsoleProgress", "false")
            .config("spark.sql.shuffle.partitions", os.environ.get("AZADKAR_SPARK_PARTITIONS", "4"))
            .config("spark.sql.session.timeZone", "UTC")
            .config("spark.driver.memory", os.environ.get("AZADKAR_SPARK_MEMORY", "2g"))
            .getOrCreate()
        )
    except Exception as exc:  # Java missing, port clash, ...
        raise EngineError(f"cannot start Spark ({master}): {exc}", engine="spark") from exc
    _SPARK.sparkContext.setLogLevel("ERROR")
    return _SPARK


def stop_spark() -> None:
    global _SPARK
    if _SPARK is not None:
        _SPARK.stop()
        _SPARK = None


class SparkEngine:
    """Exports ``az_p`` from the store to Parquet (DuckDB streams it), then Spark reads it.

    On a cluster the store would not be the source; ``from_parquet`` lets Spark read a
    Parquet dataset of ``az_p`` rows directly.
    """

    name = "spark"

    def __init__(
        self,
        store: Store | None = None,
        category_source: str = "auto",
        *,
        from_parquet: str | Path | None = None,
        part: ResolvedSlice | None = None,
    ) -> None:
        self.spark = spark_session()
        self._tmp: tempfile.TemporaryDirectory[str] | None = None
        if from_parquet is None:
            if store is None:
                raise InputError("SparkEngine needs a store or from_parquet")
            self._tmp = tempfile.TemporaryDirectory(prefix="azadkar-spark-")
            path = str(Path(self._tmp.name) / "az_p.parquet")
            store.con.execute(
                f"COPY ({posting_view_sql(category_source)}) TO '{path}' (FORMAT parquet)"
            )
            from_parquet = path
        df = self.spark.read.parquet(str(from_parquet))
        for col, typ in (
            ("no_rate_currency", "string"),
            ("file_id", "int"),
            ("country", "string"),
            ("rate_currency", "string"),
            ("units_per_usd", "double"),
            ("rate_date", "date"),
        ):
            if col not in df.columns:  # a dataset exported before the column
                from pyspark.sql import functions as F

                df = df.withColumn(col, F.lit(None).cast(typ))
        if part is None or part.whole:
            df.createOrReplaceTempView("az_p")
        else:
            # the slice's own SQL, run by Spark on every posting
            df.createOrReplaceTempView("az_p_all")
            part.register(self)
            self.spark.sql(f"SELECT * FROM az_p_all {part.where_sql()}").createOrReplaceTempView(
                "az_p"
            )

    def query(self, sql: str) -> list[dict[str, Any]]:
        return [r.asDict() for r in self.spark.sql(sql).collect()]

    def register(self, name: str, schema: Sequence[tuple[str, str]], rows: list[tuple]) -> None:
        ddl = ", ".join(f"{c} {t}" for c, t in schema)
        self.spark.createDataFrame(rows, ddl).createOrReplaceTempView(name)

    def close(self) -> None:
        self.spark.catalog.dropTempView("az_p")
        self.spark.catalog.dropTempView("az_p_all")
        if self._tmp is not None:
            self._tmp.cleanup()
            self._tmp = None


def make_engine(
    name: str, store: Store, category_source: str = "auto", part: ResolvedSlice | None = None
) -> Engine:
    if name == "duckdb":
        return DuckDBEngine(store, category_source, part)
    if name == "spark":
        return SparkEngine(store, category_source, part=part)
    raise InputError(f"unknown engine {name!r}; choose duckdb or spark")
