"""The Spark engine gives the same indicator values as DuckDB on the same data."""

from __future__ import annotations

import datetime as dt
import math
import random
from typing import Any

import pytest

from _market_helpers import SPARK_MARKS
from azadkar.market import Event, IndicatorConfig, Store, indicators

pytestmark = SPARK_MARKS

HEADER = "title,url,published,description,skills,category,country,budget,hourly_range_min,hourly_range_max\n"
SUBCATS = [
    "Full Stack Development",
    "Logo Design",
    "SEO",
    "Data Entry",
    "Copy Editing",
    "Video Editing",
    "Creative Writing",
    "Tech Support",
]


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Store:
    rnd = random.Random(7)
    d = tmp_path_factory.mktemp("spark")
    lines = [HEADER]
    for i in range(3000):
        day = dt.date(2022, 6, 1) + dt.timedelta(days=rnd.randrange(420))
        hourly = rnd.random() < 0.5
        lo = rnd.choice([3, 5, 10, 15, 20, 35, 60])
        pay = (
            f",,${lo}.00,${lo + rnd.choice([0, 5, 20])}.00"
            if hourly
            else f",${rnd.choice([20, 50, 150, 400, 2500])},,"
        )
        title = "Data annotation for AI" if rnd.random() < 0.05 else f"Job {i}"
        lines.append(
            f"{title},https://u/{i},{day.month}/{day.day}/{day.year} 9:{i % 60:02d}am,d,s,"
            f"{rnd.choice(SUBCATS)},{'India' if i % 3 == 0 else 'US'}{pay}\n"
        )
    p = d / "p.csv"
    p.write_text("".join(lines), encoding="utf-8")
    s = Store(d / "m.duckdb")
    s.ingest([p])
    yield s
    s.close()


def same(a: Any, b: Any) -> bool:
    if isinstance(a, float) and isinstance(b, float):
        return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-12)
    return bool(a == b)


def _config() -> IndicatorConfig:
    return IndicatorConfig(
        events=[
            Event("chatgpt", "ChatGPT", dt.date(2022, 11, 30)),
            Event("gpt4", "GPT-4", dt.date(2023, 3, 14)),
        ],
        min_n=20,
    )


def _agree(a: Any, b: Any) -> int:
    """Every indicator value of ``a`` equals ``b``'s; returns how many were compared."""
    assert a.category_source == b.category_source
    assert a.postings == b.postings and a.slice == b.slice
    checked = 0
    for ia, ib in zip(a.indicators, b.indicators, strict=True):
        assert ia.name == ib.name and ia.insufficient == ib.insufficient
        assert len(ia.rows) == len(ib.rows), ia.name
        for ra, rb in zip(ia.rows, ib.rows, strict=True):
            assert ra.keys() == rb.keys()
            for k in ra:
                assert same(ra[k], rb[k]), (ia.name, k, ra[k], rb[k])
                checked += 1
    return checked


def test_duckdb_and_spark_agree(store: Store, spark_session: Any) -> None:
    a = indicators(store=store, config=_config())
    b = indicators(store=store, config=_config(), engine="spark")
    assert b.engine == "spark"
    checked = _agree(a, b)
    # Every indicator produced numbers here, so the comparison covered all of them.
    assert all(i.ok for i in a.indicators), [i.insufficient for i in a.indicators]
    assert checked > 500


def test_a_slice_is_the_same_on_spark(store: Store, spark_session: Any) -> None:
    """Spark filters every posting with the slice's own SQL (a lookup table for the country,
    dates as DATE literals) and gets DuckDB's rows and figures."""
    sl = {
        "platform": "upwork",
        "file": "p.csv",
        "country": "us",
        "since": "2022-09",
        "until": "2023",
    }
    a = indicators(store=store, config=_config(), **sl)
    b = indicators(store=store, config=_config(), engine="spark", **sl)
    assert b.engine == "spark"
    assert 0 < a.postings < store.count() and a.slice["filters"]["country"] == ["US"]
    assert _agree(a, b) > 200
