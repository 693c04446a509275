"""Observe the freelance market: ingest job postings, classify them, measure indicators.

>>> from azadkar.market import Store, indicators
>>> with Store("market.duckdb") as store:                       # doctest: +SKIP
...     store.ingest(["upwork-rss-2024.csv"])
>>> indicators("market.duckdb").get("inequality").rows           # doctest: +SKIP

Pieces (heavy imports happen on first use, not on ``import azadkar.market``):

- :class:`Store` - the DuckDB file (``postings``, ``rejected``, ``files``, ``predictions``);
  ``Store.ingest`` reads Upwork API/RSS/search exports, Online Labour Index series,
  Jobinja xlsx and any CSV/JSONL/Parquet with a column-mapping TOML, in one transaction.
- :func:`classify_postings` - our categories from the shipped classifier, in batches.
- :func:`indicators` - volume, pay, inequality, difference-in-differences around AI
  releases, AI-training pay, exposure-weighted demand; DuckDB or Spark.
- :func:`compare` - the same indicators for two slices side by side, with B - A where
  both slices support it.
- :func:`parse_money`, :func:`parse_date` - the ingest's parsers on one value.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from azadkar.market._types import (
    CATEGORY_IDS,
    ClassifyResult,
    FileStatus,
    Indicator,
    MarketIndicators,
    RejectedRow,
)

if TYPE_CHECKING:
    from azadkar.market._classify import classify_postings
    from azadkar.market._compare import MarketComparison, compare
    from azadkar.market._engines import DuckDBEngine, SparkEngine
    from azadkar.market._indicators import Event, IndicatorConfig, indicators, load_events
    from azadkar.market._sql import Money, parse_date, parse_money
    from azadkar.market._store import Store, default_db_path, ingest

_LAZY = {
    "Store": "azadkar.market._store",
    "ingest": "azadkar.market._store",
    "default_db_path": "azadkar.market._store",
    "classify_postings": "azadkar.market._classify",
    "compare": "azadkar.market._compare",
    "MarketComparison": "azadkar.market._compare",
    "indicators": "azadkar.market._indicators",
    "IndicatorConfig": "azadkar.market._indicators",
    "Event": "azadkar.market._indicators",
    "load_events": "azadkar.market._indicators",
    "DuckDBEngine": "azadkar.market._engines",
    "SparkEngine": "azadkar.market._engines",
    "Money": "azadkar.market._sql",
    "parse_money": "azadkar.market._sql",
    "parse_date": "azadkar.market._sql",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'azadkar.market' has no attribute {name!r}")
    import importlib

    return getattr(importlib.import_module(module), name)


__all__ = [
    "CATEGORY_IDS",
    "ClassifyResult",
    "DuckDBEngine",
    "Event",
    "FileStatus",
    "Indicator",
    "IndicatorConfig",
    "MarketComparison",
    "MarketIndicators",
    "Money",
    "RejectedRow",
    "SparkEngine",
    "Store",
    "classify_postings",
    "compare",
    "default_db_path",
    "indicators",
    "ingest",
    "load_events",
    "parse_date",
    "parse_money",
]
