"""What a slice costs: indicators on the whole store vs on slices of it, in the same run.

    python benchmarks/market_slice.py                 # 1,000,000 postings
    python benchmarks/market_slice.py --rows 200000

The store is made as in benchmarks/market_scale.py (the real Upwork files replicated with
jitter, dates spread over 2021-2025, clients' countries as in the RSS file). Each line is
the best of ``--repeat`` runs of ``indicators()`` (wall and CPU seconds of this process),
so that a slice's time is read beside the whole store's under the same load. A slice
first counts its postings on the store (the check that it holds any, and how many lack a
date or a country); that count is part of its time.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "src"))

from market_scale import POSTINGS, cpu_s, generate  # noqa: E402

SLICES: dict[str, dict[str, str]] = {
    "whole store": {},
    "--country 'United States'": {"country": "United States"},
    "--since 2023-01-01 --until 2023-12-31": {"since": "2023-01-01", "until": "2023-12-31"},
    "--since 1402 --until 1402 (Jalali)": {"since": "1402", "until": "1402"},
    "--platform upwork --country India --since 2024": {
        "platform": "upwork",
        "country": "India",
        "since": "2024",
    },
}


# -- shared with benchmarks/market_compare.py: the options, the store, the timing -------


def parser(doc: str | None) -> argparse.ArgumentParser:
    """The options of the slice benchmarks: --rows, --repeat, --workdir."""
    ap = argparse.ArgumentParser(
        description=doc, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--rows", type=int, default=1_000_000)
    ap.add_argument("--repeat", type=int, default=2, help="runs per line; the best is shown")
    ap.add_argument("--workdir", type=Path, default=None, help="keep files here (default: temp)")
    return ap


def slice_db(args: argparse.Namespace, prefix: str) -> tuple[Path, Any] | None:
    """The store of ``args.rows`` replicated postings, made once under ``args.workdir``
    (else a temporary folder, returned to clean up); None, said, without the real files."""
    if not POSTINGS.is_dir():
        print(f"SKIP: {POSTINGS} is absent; the benchmark replicates the real postings files.")
        return None
    from azadkar.market import Store

    tmp = tempfile.TemporaryDirectory(prefix=prefix) if args.workdir is None else None
    work = Path(tmp.name) if tmp else args.workdir
    work.mkdir(parents=True, exist_ok=True)
    csv_path = work / f"postings_{args.rows}.csv"
    db_path = work / f"slice_{args.rows}.duckdb"
    if not csv_path.exists():
        generate(csv_path, args.rows)
    if not db_path.exists():
        t = time.perf_counter()
        with Store(db_path) as s:
            s.ingest([csv_path])
        print(f"ingest of {args.rows:,} rows: {time.perf_counter() - t:.2f}s")
    return db_path, tmp


def best_of(repeat: int, fn: Callable[[], Any]) -> tuple[float, float, Any]:
    """(wall s, CPU s, result) of the fastest of ``repeat`` runs of ``fn``."""
    best = (float("inf"), float("inf"))
    out = None
    for _ in range(repeat):
        t, c0 = time.perf_counter(), cpu_s()
        out = fn()
        best = min(best, (time.perf_counter() - t, cpu_s() - c0))
    return best[0], best[1], out


def main() -> int:
    args = parser(__doc__).parse_args()
    made = slice_db(args, "azadkar-slice-")
    if made is None:
        return 0
    db_path, tmp = made
    from azadkar.market import Store, indicators

    print(f"{'indicators on':52} {'postings':>10} {'wall s':>8} {'cpu s':>8}")
    whole = None
    with Store(db_path, read_only=True) as s:
        for label, kw in SLICES.items():
            wall, cpu, res = best_of(args.repeat, lambda kw=kw: indicators(store=s, **kw))
            whole = whole or wall
            ratio = f"  {wall / whole:.2f}x" if kw else ""
            print(f"{label:52} {res.postings:>10,} {wall:>8.2f} {cpu:>8.2f}{ratio}")
    if tmp:
        tmp.cleanup()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
