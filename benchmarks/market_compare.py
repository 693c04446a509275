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

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "src"))

from market_slice import best_of, parser, slice_db  # noqa: E402

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


def main() -> int:
    ap = parser(__doc__)
    ap.add_argument("--engine", default="duckdb", choices=("duckdb", "spark"))
    args = ap.parse_args()
    made = slice_db(args, "azadkar-compare-")
    if made is None:
        return 0
    db_path, tmp = made
    from azadkar.market import Store, compare, indicators

    print(f"engine {args.engine}, best of {args.repeat}")
    head = f"{'compare':48} {'A':>9} {'B':>9} {'rows':>5} {'unsup.':>6} {'wall s':>7} {'cpu s':>7}"
    print(head + f" {'2x ind. wall s':>15}")
    with Store(db_path, read_only=True) as s:
        for label, (a, b) in PAIRS.items():
            wall, cpu, res = best_of(
                args.repeat, lambda a=a, b=b: compare(store=s, a=a, b=b, engine=args.engine)
            )
            wa, _, _ = best_of(
                args.repeat, lambda a=a: indicators(store=s, engine=args.engine, **a)
            )
            wb, _, _ = best_of(
                args.repeat, lambda b=b: indicators(store=s, engine=args.engine, **b)
            )
            d = res.to_dict()
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
