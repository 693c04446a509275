"""The classifier against independent labels of real postings (Upwork sample, Jobinja ads).

    .venv/bin/python benchmarks/relabel_eval.py                  # fast and combined
    .venv/bin/python benchmarks/relabel_eval.py --engines fast --model-dir /tmp/model

benchmarks/classify_eval.py scores the classifier against labels derived from Upwork's own
filing (subcategory, first skill tag), which say where a client filed a post rather than
what the work is. Here the same posts are scored against what people read in the text:
715 rows drawn by benchmarks/relabel/sample.py (strata = set x platform label; small strata
whole), each labelled from the text alone by two independent labellers following
benchmarks/relabel/GUIDE.md, disagreements settled by a third (benchmarks/relabel/README.md).
The 343 Persian Jobinja ads are labelled the same way, all of them, and reported apart:
real Persian postings labelled into all our categories, not only the data-work share.

Prints, for each group (upwork, jobinja), for all its rows and for each split (`dev`: errors
may be read; `test`: only measured):
- agreement between the two labellers (accuracy, Cohen's kappa) — how well-defined the
  task is;
- the platform-derived label scored as if it were a prediction against the final label — a
  ceiling on what the platform-label figures can show (Jobinja: how many of the ads tagged
  as data work are data work by the final label);
- each engine's accuracy and macro-F1 against the final label, with a bootstrap 95 %
  interval; for Upwork also re-weighted to the full sets (each row counts stratum size /
  rows drawn) and against the platform label on the same rows.

Needs ../shared/data/postings (skips with a reason when absent). No label or text of this
sample is ever used to build the model.
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections import Counter
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import classify_eval  # noqa: E402

RELABEL = HERE / "relabel"


def macro_f1(gold: list[str], pred: list[str], weight: np.ndarray | None = None) -> float:
    from sklearn.metrics import f1_score

    present = sorted(set(gold))
    return float(
        f1_score(gold, pred, labels=present, average="macro", sample_weight=weight, zero_division=0)
    )


def accuracy(gold: list[str], pred: list[str], weight: np.ndarray | None = None) -> float:
    right = np.array([g == p for g, p in zip(gold, pred, strict=True)], dtype=float)
    w = np.ones(len(gold)) if weight is None else weight
    return float((right * w).sum() / w.sum())


def bootstrap(
    gold: list[str], pred: list[str], weight: np.ndarray | None, n: int = 1000, seed: int = 0
) -> tuple[float, float]:
    """95 % percentile interval of macro-F1 over resamples of rows (with replacement)."""
    rng = np.random.default_rng(seed)
    g, p = np.array(gold), np.array(pred)
    vals = []
    for _ in range(n):
        idx = rng.integers(0, len(g), len(g))
        w = None if weight is None else weight[idx]
        vals.append(macro_f1(list(g[idx]), list(p[idx]), w))
    lo, hi = np.percentile(vals, [2.5, 97.5])
    return float(lo), float(hi)


def kappa(a: list[str], b: list[str]) -> float:
    from sklearn.metrics import cohen_kappa_score

    return float(cohen_kappa_score(a, b))


def load() -> list[dict]:
    with (RELABEL / "sample.tsv").open(encoding="utf-8") as f:
        sample = {r["id"]: r for r in csv.DictReader(f, delimiter="\t")}
    with (RELABEL / "labels.tsv").open(encoding="utf-8") as f:
        labels = {r["id"]: r for r in csv.DictReader(f, delimiter="\t")}
    if set(sample) != set(labels):
        raise SystemExit("benchmarks/relabel: sample.tsv and labels.tsv hold different ids")
    texts: dict[str, str] = {}
    rss_t, _, _ = classify_eval.load_rss()
    dev_t, _, _ = classify_eval.load_dev_titles()
    job = classify_eval.load_jobinja()
    job_t = job[1] if job is not None else []
    for set_name, ts in (("rss", rss_t), ("dev", dev_t), ("jobinja", job_t)):
        for t in ts:
            texts[classify_eval.relabel_key(set_name, t)] = t
    rows = []
    for i, s in sample.items():
        if s["set"] == "jobinja" and job is None:
            continue  # load_jobinja() has said why (openpyxl missing); Upwork rows still run
        lab = labels[i]
        if lab["key"] != s["key"]:
            raise SystemExit(f"benchmarks/relabel: id {i} has different keys in the two files")
        if s["key"] not in texts:
            raise SystemExit(f"benchmarks/relabel: id {i} ({s['set']}) is not in the postings")
        if not lab["label"]:
            raise SystemExit(f"benchmarks/relabel: id {i} has no final label (run merge.py)")
        rows.append({**s, **lab, "text": texts[s["key"]], "weight": float(s["weight"])})
    return rows


# Figures are reported per group: the Upwork sets carry a platform label on every row and
# stratum weights; the Jobinja ads are a census (weight 1) whose platform label exists only
# for the ads Jobinja's skill tags mark as data work.
GROUPS = {"upwork": ("rss", "dev"), "jobinja": ("jobinja",)}


def report(group: str, part: str, sub: list[dict], engines: list[str]) -> dict[str, dict]:
    from sklearn.metrics import f1_score

    gold = [r["label"] for r in sub]
    w = np.array([r["weight"] for r in sub])
    weighted = bool((w != 1.0).any())
    a, b = [r["label_a"] for r in sub], [r["label_b"] for r in sub]
    plat = [r["platform_label"] for r in sub]
    print(f"\n== {group}, split {part}: n={len(sub)}")
    print(f"   labeller A vs B: agreement {accuracy(a, b):.3f}, Cohen's kappa {kappa(a, b):.3f}")
    if all(plat):
        print(
            f"   platform label vs final label: accuracy {accuracy(gold, plat):.3f}, "
            f"macro-F1 {macro_f1(gold, plat):.3f} (re-weighted: {accuracy(gold, plat, w):.3f}, "
            f"{macro_f1(gold, plat, w):.3f})"
        )
    else:
        tagged = [g for g, q in zip(gold, plat, strict=True) if q]
        print(
            f"   of the {len(tagged)} ads whose platform tags say data work, the final label "
            f"is data_ai for {sum(g == 'data_ai' for g in tagged)}; "
            f"{len(sub) - len(tagged)} ads have no platform category"
        )
    out: dict[str, dict] = {}
    for engine in engines:
        pred = [r[engine] for r in sub]
        lo, hi = bootstrap(gold, pred, None)
        res = {
            "acc": accuracy(gold, pred),
            "macro_f1": macro_f1(gold, pred),
            "macro_f1_weighted": macro_f1(gold, pred, w),
        }
        line = (
            f"   {engine:<8} vs final label: accuracy {res['acc']:.3f}, macro-F1 "
            f"{res['macro_f1']:.3f} [{lo:.3f}, {hi:.3f}]"
        )
        if weighted:
            wlo, whi = bootstrap(gold, pred, w)
            line += (
                f"; re-weighted accuracy {accuracy(gold, pred, w):.3f}, macro-F1 "
                f"{res['macro_f1_weighted']:.3f} [{wlo:.3f}, {whi:.3f}]"
            )
        if all(plat):
            odd = [(g, p, q) for g, p, q in zip(gold, pred, plat, strict=True) if p != q]
            line += f"; vs platform label: macro-F1 {macro_f1(plat, pred):.3f}"
            print(
                f"   {engine:<8} disagrees with the platform label on {len(odd)} rows: the "
                f"final label sides with the engine on {sum(g == p for g, p, _ in odd)}, "
                f"with the platform on {sum(g == q for g, _, q in odd)}, with neither on "
                f"{sum(g != p and g != q for g, p, q in odd)}"
            )
        print(line)
        sure = [
            (g, p)
            for g, p, r in zip(gold, pred, sub, strict=True)
            if r["sure_a"] == r["sure_b"] == "1"
        ]
        if sure:
            sg, sp = [g for g, _ in sure], [p for _, p in sure]
            print(
                f"   {engine:<8} on the {len(sure)} rows both labellers marked sure: accuracy "
                f"{accuracy(sg, sp):.3f}, macro-F1 {macro_f1(sg, sp):.3f}"
            )
        out[f"{group}/{engine}/{part}"] = res
    if part == "test":
        present = sorted(set(gold))
        counts = Counter(gold)
        for engine in engines:
            per = f1_score(
                gold, [r[engine] for r in sub], labels=present, average=None, zero_division=0
            )
            print(
                f"   {engine} per-category F1 (test): "
                + ", ".join(
                    f"{c}={f:.2f} (n={counts[c]})" for c, f in zip(present, per, strict=True)
                )
            )
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--engines", default="fast,combined")
    ap.add_argument("--model-dir", type=Path, default=None)
    ap.add_argument("--errors", choices=["dev"], help="print the dev split's errors (never test)")
    args = ap.parse_args(argv)
    if not classify_eval.POSTINGS.exists():
        print(f"skip: {classify_eval.POSTINGS} is absent (the postings live in ../shared/data)")
        return 0
    rows = load()
    engines, clf = classify_eval.engines_and_model(args.engines, args.model_dir)
    print(f"model {clf.version_}; {len(rows)} relabelled rows")
    print(
        "final labels: "
        + ", ".join(f"{c} {n}" for c, n in Counter(r["label"] for r in rows).most_common())
    )
    preds: dict[str, list[str]] = {}
    for engine in engines:
        pred, _ = classify_eval.predict(clf, [r["text"] for r in rows], engine, "relabel")
        preds[engine] = pred
        for r, p in zip(rows, pred, strict=True):
            r[engine] = p

    results: dict[str, dict[str, float]] = {}
    for group, sets in GROUPS.items():
        in_group = [r for r in rows if r["set"] in sets]
        if not in_group:
            continue
        print(f"\n######## {group} ({', '.join(sets)})")
        for part in ("all", "dev", "test"):
            sub = [r for r in in_group if part == "all" or r["split"] == part]
            results.update(report(group, part, sub, engines))
    if args.errors == "dev" and engines:
        engine = engines[0]
        print(f"\n== {engine} errors on the dev split (label -> predicted):")
        for r in rows:
            if r["split"] == "dev" and r[engine] != r["label"]:
                flat = " | ".join(r["text"].splitlines())[:160]
                print(f"   [{r['set']}] {r['label']} -> {r[engine]}: {flat}")
    print("\nsummary (macro-F1 vs final labels, sample as drawn / re-weighted):")
    for k, v in results.items():
        print(f"  {k:<22} {v['macro_f1']:.3f} / {v['macro_f1_weighted']:.3f}  (acc {v['acc']:.3f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
