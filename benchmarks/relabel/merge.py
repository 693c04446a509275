"""Merge the independent labels into benchmarks/relabel/labels.tsv.

    .venv/bin/python benchmarks/relabel/merge.py [--dir /tmp/azadkar-relabel]

Checks labellers A and B (`labels_A_part*.tsv`, `labels_B_part*.tsv`: every id once, valid
values) and writes `labels.tsv` with both labels. The rows where A and B differ and no
adjudicator file (`labels_C*.tsv`) settles yet go to `<dir>/disagreements.tsv` (id, text,
the two candidate labels in a random order, never saying whose). The final `label` is the
agreed label, else the adjudicator's (empty until settled).
"""

from __future__ import annotations

import argparse
import csv
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1] / "src"))

from azadkar.taxonomy import CATEGORY_IDS  # noqa: E402  (after the path is set)

CATEGORIES = set(CATEGORY_IDS)


def read_labels(path: Path) -> dict[int, tuple[str, str]]:
    out: dict[int, tuple[str, str]] = {}
    with path.open(encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE)
        for n, r in enumerate(reader, 2):
            i = int(r["id"])
            cat, sure = r["category"].strip(), r["sure"].strip()
            if cat not in CATEGORIES or sure not in {"0", "1"}:
                raise SystemExit(f"{path}:{n}: bad label {cat!r} / sure {sure!r}")
            if i in out:
                raise SystemExit(f"{path}:{n}: id {i} labelled twice")
            out[i] = (cat, sure)
    return out


def read_parts(paths: list[Path]) -> dict[int, tuple[str, str]]:
    """The labels of several part files; an id in two of them stops the merge."""
    merged: dict[int, tuple[str, str]] = {}
    for part in paths:
        labels = read_labels(part)
        if twice := sorted(set(labels) & set(merged)):
            raise SystemExit(f"{part}: ids also labelled in an earlier part: {twice[:10]}")
        merged.update(labels)
    return merged


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--dir", type=Path, default=Path("/tmp/azadkar-relabel"))
    args = ap.parse_args(argv)
    with (HERE / "sample.tsv").open(encoding="utf-8") as f:
        sample = list(csv.DictReader(f, delimiter="\t"))
    ids = {int(r["id"]) for r in sample}
    a = read_parts(sorted(args.dir.glob("labels_A_part*.tsv")))
    b = read_parts(sorted(args.dir.glob("labels_B_part*.tsv")))
    for who, lab in (("A", a), ("B", b)):
        if set(lab) != ids:
            raise SystemExit(f"labeller {who}: {len(ids - set(lab))} ids missing")
    texts = {}
    with (args.dir / "texts.tsv").open(encoding="utf-8") as f:
        for r in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
            texts[int(r["id"])] = r["text"]
    disagree = sorted(i for i in ids if a[i][0] != b[i][0])
    c = read_parts(sorted(args.dir.glob("labels_C*.tsv")))
    if extra := sorted(set(c) - set(disagree)):
        raise SystemExit(f"adjudicated ids where A and B agree: {extra[:10]}")
    todo = [i for i in disagree if i not in c]
    if todo:
        rng = random.Random(7)
        with (args.dir / "disagreements.tsv").open("w", encoding="utf-8") as f:
            f.write("id\tcandidate_1\tcandidate_2\ttext\n")
            for i in todo:
                pair = [a[i][0], b[i][0]]
                rng.shuffle(pair)
                f.write(f"{i}\t{pair[0]}\t{pair[1]}\t{texts[i]}\n")
        print(f"{len(todo)} disagreements to settle -> {args.dir / 'disagreements.tsv'}")
    with (HERE / "labels.tsv").open("w", encoding="utf-8") as f:
        f.write("id\tkey\tlabel_a\tsure_a\tlabel_b\tsure_b\tlabel_c\tlabel\n")
        for r in sample:
            i = int(r["id"])
            lc = c.get(i, ("", ""))[0]
            final = a[i][0] if a[i][0] == b[i][0] else lc
            f.write(f"{i}\t{r['key']}\t{a[i][0]}\t{a[i][1]}\t{b[i][0]}\t{b[i][1]}\t{lc}\t{final}\n")
    agree = len(ids) - len(disagree)
    print(f"A and B agree on {agree} of {len(ids)} rows ({agree / len(ids):.1%})")
    print(f"final labels: {sum(1 for i in ids if a[i][0] == b[i][0] or i in c)} of {len(ids)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
