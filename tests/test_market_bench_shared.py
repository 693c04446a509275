"""benchmarks/market_compare.py shares market_slice.py's setup (options, store, timing)
instead of repeating it; both still run their options."""

from __future__ import annotations

import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parent.parent / "benchmarks"


def test_compare_benchmark_uses_the_slice_benchmarks_setup() -> None:
    sys.path.insert(0, str(BENCH))
    try:
        import market_compare
        import market_slice
    finally:
        sys.path.remove(str(BENCH))
    assert market_compare.best_of is market_slice.best_of
    assert market_compare.slice_db is market_slice.slice_db
    text = (BENCH / "market_compare.py").read_text(encoding="utf-8")
    for repeated in ("TemporaryDirectory", 'add_argument("--rows"', "perf_counter"):
        assert repeated not in text, repeated
    args = market_slice.parser(None).parse_args(["--rows", "5", "--repeat", "3"])
    assert (args.rows, args.repeat, args.workdir) == (5, 3, None)
    wall, cpu, out = market_slice.best_of(2, lambda: 42)
    assert out == 42 and wall >= 0 and cpu >= 0
