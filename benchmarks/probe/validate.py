"""Validate the held-out probe set (probe_en.tsv, probe_fa.tsv) against taxonomy.toml.

Optional arguments: an English and a Persian file name (relative to this folder or absolute),
e.g. `validate.py probe2_en.tsv probe2_fa.tsv`. Without arguments it checks probe_{en,fa}.tsv.
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

if len(sys.argv) not in (1, 3):
    sys.exit("usage: validate.py [EN_FILE FA_FILE]")
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
        if cat not in CATS:
            errors.append(f"{lang}:{n}: unknown category {cat}")
        if svc:
            if svc not in svc_cat:
                errors.append(f"{lang}:{n}: unknown service {svc}")
            elif svc_cat[svc] != cat:
                errors.append(f"{lang}:{n}: service {svc} belongs to {svc_cat[svc]}, not {cat}")
        elif cat != "other":
            errors.append(f"{lang}:{n}: empty service outside 'other'")
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
