"""DuckDB and Spark apply the same data-sufficiency rules to the monthly indicators."""

from __future__ import annotations

import datetime as dt
import math
from pathlib import Path
from typing import Any

import pytest

from _market_helpers import mapped_store, row
from azadkar.market import Event, IndicatorConfig, MarketIndicators, indicators

pytestmark = [
    pytest.mark.spark,
    pytest.mark.slow,
    pytest.mark.filterwarnings("ignore::ResourceWarning"),
    pytest.mark.filterwarnings("ignore::DeprecationWarning"),
]

CATS = ("web_dev", "design", "writing", "data_ai", "marketing")


def _same(a: MarketIndicators, b: MarketIndicators) -> None:
    for ia, ib in zip(a.indicators, b.indicators, strict=True):
        assert ia.name == ib.name
        assert (ia.insufficient, ia.insufficient_fa) == (ib.insufficient, ib.insufficient_fa)
        assert (ia.notes, ia.notes_fa) == (ib.notes, ib.notes_fa), ia.name
        assert len(ia.rows) == len(ib.rows), ia.name
        for ra, rb in zip(ia.rows, ib.rows, strict=True):
            assert ra.keys() == rb.keys()
            for k in ra:
                x, y = ra[k], rb[k]
                if isinstance(x, float) and isinstance(y, float):
                    assert math.isclose(x, y, rel_tol=1e-9, abs_tol=1e-12), (ia.name, k, x, y)
                else:
                    assert x == y, (ia.name, k, x, y)


def test_thin_months_left_out_alike(tmp_path: Path, spark_session: Any) -> None:
    # 2 postings in 2022-09 (thin), then 30 a month to 2023-08; pay on every posting.
    rows = [row("2022-09-29", "writing", 40.0), row("2022-09-30", "design", 900.0, "fixed")]
    for m in range(12):
        y, mo = 2022 + (9 + m) // 12, (9 + m) % 12 + 1
        for i in range(30):
            pt = "hourly" if i % 2 else "fixed"
            rows.append(row(f"{y}-{mo:02d}-{1 + i % 28:02d}", CATS[i % 5], 10.0 + i * 7, pt))
    s, _ = mapped_store(tmp_path, rows)
    cfg = IndicatorConfig(
        events=[Event("gpt4", "GPT-4", dt.date(2023, 3, 14))], window_months=4, min_n=20
    )
    with s:
        a = indicators(store=s, config=cfg)
        b = indicators(store=s, config=cfg, engine="spark")
    _same(a, b)
    for name in ("volume_pay", "inequality", "did_events", "exposure_demand_index"):
        ind = a.get(name)
        assert ind.ok, (name, ind.insufficient)
        assert "2022-09-01" not in {r.get("month") or r.get("period") for r in ind.rows}
        assert any("2022-09 (2)" in n for n in ind.notes), name


def test_one_week_across_months_refused_alike(tmp_path: Path, spark_session: Any) -> None:
    days = ["2024-05-30", "2024-05-31"] + [f"2024-06-{d:02d}" for d in range(1, 6)]
    rows = [row(days[i % 7], CATS[i % 5], 10.0 + i) for i in range(80)]
    s, _ = mapped_store(tmp_path, rows)
    with s:
        a = indicators(store=s, config=IndicatorConfig(events=[]))
        b = indicators(store=s, config=IndicatorConfig(events=[]), engine="spark")
    _same(a, b)
    assert "span only 7 day(s)" in (a.get("exposure_demand_index").insufficient or "")
    assert {r["period"] for r in a.get("inequality").rows} == {"all"}
