"""What `market compare` costs on a large store: two slices side by side vs their indicators.

    python benchmarks/market_compare.py                 # 1,000,000 postings
    python benchmarks/market_compare.py --rows 200000 --engine spark

The store is made as in benchmarks/market_scale.py (the real Upwork files replicated with
jitter, dates spread over 2021-2025, clients' countries as in the RSS file); the data stay
outside the repository. For each pair of slices it prints the best of ``--repeat`` runs
of ``compare()`` (wall and CPU seconds of this process) beside the sum of the two slices'
``indicators()`` runs: a comparison is those two runs plus the rows, so the two columns
should be close.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "src"))

from market_scale import POSTINGS, cpu_s, generate  # noqa: E402

PAIRS: dict[str, tuple[dict[str, str], dict[str, str]]] = {
    "--a 2022 --b 2024": ({"since": "2022", "until": "2022"}, {"since": "2024", "until": "2024"}),
    "--a country='United States' --b country=India": (
        {"country": "United States"},
        {"country": "India"},
    ),
    "--a 1401 --b 1403 (Jalali)": (
        {"since": "1401", "until": "1401"},
        {"since": "1403", "until": "1403"},
    ),
}


def _best(repeat: int, fn: object) -> tuple[float, float, object]:
    best = (float("inf"), float("inf"))
    out = None
    for _ in range(repeat):
        t, c0 = time.perf_counter(), cpu_s()
        out = fn()  # type: ignore[operator]
        best = min(best, (time.perf_counter() - t, cpu_s() - c0))
    return best[0], best[1], out


def main() -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--rows", type=int, default=1_000_000)
    ap.add_argument("--repeat", type=int, default=2, help="runs per line; the best is shown")
    ap.add_argument("--engine", default="duckdb", choices=("duckdb", "spark"))
    ap.add_argument("--workdir", type=Path, default=None, help="keep files here (default: temp)")
    args = ap.parse_args()
    if not POSTINGS.is_dir():
        print(f"SKIP: {POSTINGS} is absent; the benchmark replicates the real postings files.")
        return 0
    from azadkar.market import Store, compare, indicators

    tmp = tempfile.TemporaryDirectory(prefix="azadkar-compare-") if args.workdir is None else None
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
    print(f"engine {args.engine}, best of {args.repeat}")
    head = f"{'compare':48} {'A':>9} {'B':>9} {'rows':>5} {'unsup.':>6} {'wall s':>7} {'cpu s':>7}"
    print(head + f" {'2x ind. wall s':>15}")
    with Store(db_path, read_only=True) as s:
        for label, (a, b) in PAIRS.items():
            wall, cpu, res = _best(
                args.repeat, lambda a=a, b=b: compare(store=s, a=a, b=b, engine=args.engine)
            )
            wa, _, _ = _best(args.repeat, lambda a=a: indicators(store=s, engine=args.engine, **a))
            wb, _, _ = _best(args.repeat, lambda b=b: indicators(store=s, engine=args.engine, **b))
            d = res.to_dict()  # type: ignore[attr-defined]
            unsupported = sum(1 for r in d["rows"] if not r["supported"])
            print(
                f"{label:48} {d['a']['postings']:>9,} {d['b']['postings']:>9,} "
                f"{len(d['rows']):>5} {unsupported:>6} {wall:>7.2f} {cpu:>7.2f} {wa + wb:>15.2f}"
            )
    if tmp:
        tmp.cleanup()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
