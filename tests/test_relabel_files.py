"""The committed relabelling sample (benchmarks/relabel) is whole and consistent.

The texts live in ../shared and are checked by benchmarks/relabel_eval.py; these checks need
only the committed files: every sampled row has labels from both labellers, the final label
is the agreed one or the adjudicator's, and the sample file's strata and weights add up.
"""

from __future__ import annotations

import csv
from collections import Counter
from pathlib import Path

from azadkar.taxonomy import CATEGORY_IDS

RELABEL = Path(__file__).resolve().parents[1] / "benchmarks" / "relabel"


def _read(name: str) -> list[dict[str, str]]:
    with (RELABEL / name).open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t"))


def test_labels_cover_the_sample_and_follow_the_merge_rule() -> None:
    sample, labels = _read("sample.tsv"), _read("labels.tsv")
    assert [r["id"] for r in sample] == [r["id"] for r in labels]
    assert [r["key"] for r in sample] == [r["key"] for r in labels]
    assert len(sample) == 715 + 343  # the Upwork sample, then every Jobinja ad
    # The RSS file repeats a few posts (same title and description, so the same key); a
    # repeated post must carry one final label.
    final: dict[str, str] = {}
    for r in labels:
        assert final.setdefault(r["key"], r["label"]) == r["label"], r
    cats = set(CATEGORY_IDS)
    for r in labels:
        assert {r["label_a"], r["label_b"], r["label"]} <= cats, r
        assert r["sure_a"] in {"0", "1"} and r["sure_b"] in {"0", "1"}, r
        if r["label_a"] == r["label_b"]:
            assert r["label_c"] == "" and r["label"] == r["label_a"], r
        else:
            assert r["label_c"] in cats and r["label"] == r["label_c"], r


def test_sample_strata_weights_and_splits() -> None:
    sample = _read("sample.tsv")
    assert [r["set"] for r in sample[715:]] == ["jobinja"] * 343
    assert {r["set"] for r in sample[:715]} == {"rss", "dev"}
    assert {r["split"] for r in sample} == {"dev", "test"}
    assert {r["platform_label"] for r in sample[:715]} <= set(CATEGORY_IDS)
    # Jobinja: a census (weight 1); platform label data_ai for the 101 ads its skill tags
    # mark as data work (benchmarks/mappings/jobinja_fa.toml), empty for the rest
    jobinja = sample[715:]
    assert Counter(r["platform_label"] for r in jobinja) == {"data_ai": 101, "": 242}
    assert all(r["weight"] == "1.0000" for r in jobinja)
    # Re-weighting restores each stratum's full size: rows drawn x weight = stratum size,
    # and the strata add up to the scored rows of the two sets (770 RSS, 4,372 titles).
    upwork = sample[:715]
    drawn = Counter((r["set"], r["platform_label"]) for r in upwork)
    weight = {(r["set"], r["platform_label"]): float(r["weight"]) for r in upwork}
    size = {k: round(n * weight[k]) for k, n in drawn.items()}
    assert sum(v for (s, _), v in size.items() if s == "rss") == 770
    assert sum(v for (s, _), v in size.items() if s == "dev") == 4372
    assert all(weight[k] >= 1.0 for k in weight)
    # the split is a fixed function of the key, so it can never drift between runs
    for r in sample:
        assert r["split"] == ("dev" if int(r["key"], 16) % 2 == 0 else "test")
