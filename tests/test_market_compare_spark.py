"""`market compare` on Spark gives DuckDB's rows: the same figures, supports and reasons."""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

from _market_helpers import SPARK_MARKS, slice_rows, slice_store
from azadkar.market import compare

pytestmark = SPARK_MARKS


def _same(a: Any, b: Any) -> bool:
    if isinstance(a, float) and isinstance(b, float):
        return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-12)
    return bool(a == b)


def test_duckdb_and_spark_compare_alike(tmp_path: Path, spark_session: Any) -> None:
    db = tmp_path / "m.duckdb"
    slice_store(tmp_path, slice_rows(), db=str(db)).close()
    sides = ({"platform": ["alpha"], "since": "2023"}, {"platform": ["beta"]})
    a = compare(db, *sides).to_dict()
    b = compare(db, *sides, engine="spark").to_dict()
    assert b["engine"] == "spark" and a["a"]["slice"] == b["a"]["slice"]
    assert len(a["rows"]) == len(b["rows"]) > 20
    checked = 0
    for ra, rb in zip(a["rows"], b["rows"], strict=True):
        assert ra.keys() == rb.keys()
        for k in ra:
            assert _same(ra[k], rb[k]), (ra, k, rb[k])
            checked += 1
    assert checked > 300
    # both supported and unsupported rows were compared
    assert {r["supported"] for r in a["rows"]} == {True, False}
