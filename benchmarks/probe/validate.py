"""Validate the held-out probe set (probe_en.tsv, probe_fa.tsv) against taxonomy.toml.

Optional arguments: an English and a Persian file name (relative to this folder or absolute),
e.g. `validate.py probe2_en.tsv probe2_fa.tsv`. Without arguments it checks probe_{en,fa}.tsv.

`validate.py probe7_briefs.tsv` (one argument) checks probe set 7, whole job posts in one file
with a `lang` column (en, fa, fa-Latn) instead of `kind`: every service at least twice in the
file, each text 40 to 150 words.

`validate.py probe8_noisy.tsv` checks probe set 8, short noisy messages (chats, DMs, gig
titles) in the same one-file format with the languages en, fa, mixed (Persian with
Latin-script English terms) and fa-Latn: every service at least twice in the file, once in
English and once in Persian (fa or mixed), each text 3 to 40 words. A one-file set is told
apart by its file name (`ONE_FILE_SETS`); any other single file is checked as set 7.
"""

import collections
import pathlib
import sys
import tomllib

HERE = pathlib.Path(__file__).resolve().parent
TAX = HERE.parents[1] / "src" / "azadkar" / "data" / "taxonomy.toml"
sys.path.insert(0, str(HERE.parents[1] / "src"))
from azadkar.taxonomy import CATEGORY_IDS  # noqa: E402  (after the path is set)

CATS = list(CATEGORY_IDS)
KINDS = {"title", "post", "self"}

tax = tomllib.loads(TAX.read_text(encoding="utf-8"))
svc_cat = {s["id"]: s["category"] for s in tax["services"]}
assert [c["id"] for c in tax["categories"]] == CATS

BRIEF_LANGS = ("en", "fa", "fa-Latn")
NOISY_LANGS = ("en", "fa", "mixed", "fa-Latn")
# One-file sets by file name: (fewest words, most words, languages, every service needs a
# row in English and one in Persian (fa or mixed)).
ONE_FILE_SETS = {
    "probe7_briefs.tsv": (40, 150, BRIEF_LANGS, False),
    "probe8_noisy.tsv": (3, 40, NOISY_LANGS, True),
}


def label_errors(where: str, cat: str, svc: str) -> list[str]:
    """What is wrong with a row's labels: an unknown category or service, a service of
    another category, or no service outside `other` (``where`` names the row)."""
    if cat not in CATS:
        return [f"{where}: unknown category {cat}"]
    if not svc:
        return [] if cat == "other" else [f"{where}: empty service outside 'other'"]
    if svc not in svc_cat:
        return [f"{where}: unknown service {svc}"]
    if svc_cat[svc] != cat:
        return [f"{where}: service {svc} belongs to {svc_cat[svc]}, not {cat}"]
    return []


def check_briefs(path: pathlib.Path) -> int:
    """One-file probe sets (7 and 8): header text/category/service/lang; word limits and
    languages by file name (`ONE_FILE_SETS`, set 7's for any other name)."""
    low, high, langs, both = ONE_FILE_SETS.get(path.name, ONE_FILE_SETS["probe7_briefs.tsv"])
    errs = []
    lines = path.read_bytes().decode("utf-8").split("\n")
    if lines[-1] == "":
        lines = lines[:-1]
    if lines[0] != "text\tcategory\tservice\tlang":
        errs.append(f"bad header {lines[0]!r}")
    by_lang = collections.Counter()
    by_cat = {lang: collections.Counter() for lang in langs}
    by_svc = collections.Counter()
    svc_langs = collections.defaultdict(set)
    seen = set()
    for n, line in enumerate(lines[1:], start=2):
        cols = line.split("\t")
        if len(cols) != 4:
            errs.append(f"{n}: {len(cols)} columns")
            continue
        text, cat, svc, lang = cols
        if not text.strip() or text[:1] == '"' or "\r" in line:
            errs.append(f"{n}: empty/quoted text or CR")
        if not low <= len(text.split()) <= high:
            errs.append(f"{n}: {len(text.split())} words, not {low}-{high}")
        if text in seen:
            errs.append(f"{n}: duplicate text")
        seen.add(text)
        if lang not in langs:
            errs.append(f"{n}: bad lang {lang!r}")
            continue
        errs += label_errors(str(n), cat, svc)
        by_lang[lang] += 1
        by_cat[lang][cat] += 1
        by_svc[svc or "(none)"] += 1
        svc_langs[svc].add(lang)
    for s in svc_cat:
        if by_svc[s] < 2:
            errs.append(f"service {s} has only {by_svc[s]} rows")
        elif both and ("en" not in svc_langs[s] or not {"fa", "mixed"} & svc_langs[s]):
            errs.append(f"service {s} lacks an English or a Persian (fa/mixed) row")
    print(f"{'category':22}" + "".join(f"{lang:>9}" for lang in langs))
    for c in CATS:
        print(f"{c:22}" + "".join(f"{by_cat[lang][c]:9}" for lang in langs))
    print(f"{'total':22}" + "".join(f"{by_lang[lang]:9}" for lang in langs))
    print(
        f"(other, no service): {by_svc['(none)']}; services covered: "
        f"{sum(1 for s in svc_cat if by_svc[s])}/{len(svc_cat)}"
    )
    for e in errs:
        print("ERROR", e)
    print("OK" if not errs else f"{len(errs)} errors")
    return 1 if errs else 0


if len(sys.argv) == 2:
    sys.exit(check_briefs(HERE / sys.argv[1]))
if len(sys.argv) not in (1, 3):
    sys.exit("usage: validate.py [EN_FILE FA_FILE] | validate.py BRIEFS_FILE")
FILES = {
    "en": HERE / (sys.argv[1] if len(sys.argv) == 3 else "probe_en.tsv"),
    "fa": HERE / (sys.argv[2] if len(sys.argv) == 3 else "probe_fa.tsv"),
}

errors = []
counts = {}
svc_counts = {}
for lang in ("en", "fa"):
    path = FILES[lang]
    raw = path.read_bytes().decode("utf-8")
    lines = raw.split("\n")
    if lines[-1] == "":
        lines = lines[:-1]
    if lines[0] != "text\tcategory\tservice\tkind":
        errors.append(f"{lang}: bad header {lines[0]!r}")
    counts[lang] = collections.Counter()
    svc_counts[lang] = collections.Counter()
    seen = set()
    for n, line in enumerate(lines[1:], start=2):
        cols = line.split("\t")
        if len(cols) != 4:
            errors.append(f"{lang}:{n}: {len(cols)} columns")
            continue
        text, cat, svc, kind = cols
        if not text.strip() or '"' in text[:1] or "\r" in line:
            errors.append(f"{lang}:{n}: empty/quoted text or CR")
        if text in seen:
            errors.append(f"{lang}:{n}: duplicate text")
        seen.add(text)
        errors += label_errors(f"{lang}:{n}", cat, svc)
        if kind not in KINDS:
            errors.append(f"{lang}:{n}: bad kind {kind}")
        counts[lang][cat] += 1
        svc_counts[lang][svc or "(none)"] += 1

for lang in ("en", "fa"):
    for s in svc_cat:
        if svc_counts[lang][s] < 2:
            errors.append(f"{lang}: service {s} has only {svc_counts[lang][s]} rows")

print(f"{'category':22}{'en':>6}{'fa':>6}")
for c in CATS:
    print(f"{c:22}{counts['en'][c]:6}{counts['fa'][c]:6}")
print(f"{'total':22}{sum(counts['en'].values()):6}{sum(counts['fa'].values()):6}")
print(f"{'(other, no service)':22}{svc_counts['en']['(none)']:6}{svc_counts['fa']['(none)']:6}")
print(
    f"services covered: en {sum(1 for s in svc_cat if svc_counts['en'][s])}/{len(svc_cat)}, "
    f"fa {sum(1 for s in svc_cat if svc_counts['fa'][s])}/{len(svc_cat)}"
)
for e in errors:
    print("ERROR", e)
print("OK" if not errors else f"{len(errors)} errors")
sys.exit(1 if errors else 0)
