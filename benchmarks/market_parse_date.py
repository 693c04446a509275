"""How long one `azadkar.market` date parse takes to plan and run, beside the nested form.

`parse_date()` runs the 12-hour-time rewrite (`az_clock12_n`) and the date parser
(`az_date_n`) in separate subqueries. Written as one expression,
`az_date_n(az_clock12_n(...))`, DuckDB copies the macro argument into each of its many uses,
and a single parse took seconds to plan (session 12). This prints both forms' time per call
on the same connection, in the same run, and the time to create the macros on a fresh
connection (every `Store` does it).

    .venv/bin/python benchmarks/market_parse_date.py [--calls 20]
"""

from __future__ import annotations

import argparse
import statistics
import time

import duckdb

from azadkar.market import _sql

DATES = ["2024-08-02", "۱۴۰۳/۰۵/۱۲", "Aug 2, 2024", "2024-08-02 10:30 PM", "۱۴۰۳/۰۵/۱۲ ۱۰:۳۰ ب.ظ"]
NESTED = "SELECT az_date_n(az_clock12_n(nullif(trim(az_digits($1)), '')))"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--calls", type=int, default=20, help="parses per form (default 20)")
    args = ap.parse_args()

    con = duckdb.connect(config=dict(_sql.NO_DOWNLOADS))
    t0 = time.perf_counter()
    _sql.install(con)
    install_s = time.perf_counter() - t0
    texts = [DATES[i % len(DATES)] for i in range(args.calls)]

    _sql.parse_date(DATES[0])  # the scratch connection's own macros, once
    own = []
    for text in texts:
        t = time.perf_counter()
        _sql.parse_date(text)
        own.append(time.perf_counter() - t)
    nested = []
    for text in texts:
        t = time.perf_counter()
        con.execute(NESTED, [text]).fetchall()
        nested.append(time.perf_counter() - t)
    # the two forms agree
    for text in DATES:
        assert con.execute(NESTED, [text]).fetchall()[0][0] == _sql.parse_date(text), text

    print(f"create the macros on a fresh connection: {install_s * 1000:,.0f} ms")
    print(
        f"parse_date(), {args.calls} calls: median {statistics.median(own) * 1000:,.1f} ms a call"
    )
    print(
        f"nested az_date_n(az_clock12_n(...)), {args.calls} calls: "
        f"median {statistics.median(nested) * 1000:,.1f} ms a call "
        f"({statistics.median(nested) / statistics.median(own):,.1f}x parse_date)"
    )


if __name__ == "__main__":
    main()
