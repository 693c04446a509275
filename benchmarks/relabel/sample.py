"""Draw the relabelling sample of the Upwork evaluation sets (reproducible).

    .venv/bin/python benchmarks/relabel/sample.py [--out-texts /tmp/azadkar-relabel]

The platform-derived labels of the Upwork sets (benchmarks/mappings) are noisy: an Upwork
subcategory or a first skill tag says where the client filed the post, not what the work
is. To measure the classifier against what a person reads in the text, a stratified
sample is labelled again by independent labellers who see only the text
(benchmarks/relabel/README.md).

Strata are (set, platform label). Small strata are taken whole, large ones sampled with a
fixed seed; every row carries its stratum weight (stratum size / rows drawn) so figures can
be re-weighted to the whole set. The Persian Jobinja ads (343 distinct) follow as a third
set, all of them (weight 1), in their own shuffled order: their platform label is `data_ai`
for the ads Jobinja's skill tags mark as data work (benchmarks/mappings/jobinja_fa.toml) and
empty for the rest, which have no platform category. Each row gets a split (`dev` or `test`) from a hash of its
key: errors may be read on `dev`; `test` is only measured.

Writes `benchmarks/relabel/sample.tsv` (committed: keys, platform labels, weights, split —
no posting text) and, outside the repository, the texts the labellers read.
"""

from __future__ import annotations

import argparse
import random
import sys
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

import classify_eval  # noqa: E402

SEED = 20261126
# rows drawn per (set, platform label); a stratum smaller than its quota is taken whole
QUOTA = {
    "rss": {"web_dev": 110, "data_ai": 70, "_default": 10_000},
    "dev": {"web_dev": 200, "data_ai": 90, "design": 90, "_default": 10_000},
}
TEXT_CHARS = 1200  # what a labeller reads of a long description


def split_of(key: str) -> str:
    return "dev" if int(key, 16) % 2 == 0 else "test"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--out-texts", type=Path, default=Path("/tmp/azadkar-relabel"))
    args = ap.parse_args(argv)
    if not classify_eval.POSTINGS.exists():
        print(f"skip: {classify_eval.POSTINGS} is absent")
        return 0
    rss_t, rss_y, _ = classify_eval.load_rss()
    dev_t, dev_y, _ = classify_eval.load_dev_titles()
    rng = random.Random(SEED)
    rows = []
    for set_name, texts, labels in (("rss", rss_t, rss_y), ("dev", dev_t, dev_y)):
        strata: dict[str, list[str]] = defaultdict(list)
        for t, y in zip(texts, labels, strict=True):
            strata[y].append(t)
        for label in sorted(strata):
            members = strata[label]
            quota = QUOTA[set_name].get(label, QUOTA[set_name]["_default"])
            drawn = members if len(members) <= quota else rng.sample(members, quota)
            weight = len(members) / len(drawn)
            for t in drawn:
                k = classify_eval.relabel_key(set_name, t)
                rows.append((k, set_name, label, weight, split_of(k), t))
    rng.shuffle(rows)
    job = classify_eval.load_jobinja()
    if job is None:
        raise SystemExit("the Jobinja ads need openpyxl (pip install openpyxl)")
    jobinja = []
    for t, expected in zip(job[1], job[2], strict=True):
        k = classify_eval.relabel_key("jobinja", t)
        jobinja.append((k, "jobinja", "data_ai" if expected else "", 1.0, split_of(k), t))
    random.Random(SEED + 1).shuffle(jobinja)
    rows += jobinja
    out = HERE / "sample.tsv"
    with out.open("w", encoding="utf-8") as f:
        f.write("id\tkey\tset\tplatform_label\tweight\tsplit\n")
        for i, (k, s, y, w, sp, _) in enumerate(rows, 1):
            f.write(f"{i}\t{k}\t{s}\t{y}\t{w:.4f}\t{sp}\n")
    args.out_texts.mkdir(parents=True, exist_ok=True)
    with (args.out_texts / "texts.tsv").open("w", encoding="utf-8") as f:
        f.write("id\ttext\n")
        for i, (*_, t) in enumerate(rows, 1):
            flat = " ⏎ ".join(line.strip() for line in t.splitlines() if line.strip())
            flat = flat.replace("\t", " ")
            if len(flat) > TEXT_CHARS:
                flat = flat[:TEXT_CHARS] + " [...]"
            f.write(f"{i}\t{flat}\n")
    print(f"{len(rows)} rows -> {out} (texts: {args.out_texts / 'texts.tsv'})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
