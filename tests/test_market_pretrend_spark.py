"""The pre-trend check beside each difference-in-differences estimate (placebo, event
study) is the same on Spark as on DuckDB: the month-by-month gaps are one SQL for both."""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

from _market_helpers import SPARK_MARKS, mapped_store
from azadkar.market import indicators
from test_market_pretrend import _config, _rows

pytestmark = SPARK_MARKS


def _same(a: Any, b: Any) -> bool:
    if isinstance(a, float) and isinstance(b, float):
        return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-9)
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b, strict=True))
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(_same(a[k], b[k]) for k in a)
    return bool(a == b)


def test_pre_trend_check_is_the_same_on_spark(tmp_path: Path, spark_session: Any) -> None:
    s, _ = mapped_store(tmp_path, _rows(), db=str(tmp_path / "m.duckdb"))
    with s:
        a = indicators(store=s, config=_config()).get("did_events").rows
        b = indicators(store=s, config=_config(), engine="spark").get("did_events").rows
    assert len(a) == len(b) == 2
    assert {r["pre_trend"] for r in a} == {"detected", "none detected"}
    for ra, rb in zip(a, b, strict=True):
        assert ra["placebo_pct"] is not None and len(ra["event_study"]) == 12
        assert _same(ra, rb), (ra, rb)
