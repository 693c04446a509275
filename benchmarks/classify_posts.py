"""The Upwork RSS posts read as `azadkar classify --file` and `market classify` read them.

    .venv/bin/python benchmarks/classify_posts.py

benchmarks/classify_eval.py scores `predict_proba` (the model on the whole text). The front
ends read through `classify_many`, which also sets aside terms of work and, in a job post,
context sentences, and reads a short text clause by clause (docs/classifier.md). This prints
the fast engine's category accuracy and macro-F1 (over the categories in the labels) of
`classify_many` on upwork-rss-2024.csv (title + description, labels from
benchmarks/mappings/upwork_rss.toml, as classify_eval.py loads them), and how many posts had
context set aside. Needs ../shared/data; prints aggregates only.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import classify_eval  # noqa: E402


def main() -> int:
    if not classify_eval.POSTINGS.exists():
        print(f"skip: {classify_eval.POSTINGS} is absent (the postings live in ../shared/data)")
        return 0
    from sklearn.metrics import f1_score

    from azadkar.text import classify_many

    texts, labels, _ = classify_eval.load_rss()
    res = classify_many(texts, "fast")
    pred = res.category
    acc = sum(g == p for g, p in zip(labels, pred, strict=True)) / len(labels)
    macro = f1_score(labels, pred, labels=sorted(set(labels)), average="macro", zero_division=0)
    context = sum(bool(c) for c in getattr(res, "context", []))
    print(
        f"upwork-rss-2024 through classify_many (fast): n={len(labels)} accuracy={acc:.3f} "
        f"macro-F1={macro:.3f}; posts with context set aside: {context}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
