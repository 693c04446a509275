#!/usr/bin/env python3
"""Build azadkar's shipped evidence tables from the raw research files.

    python scripts/build_data.py [--research ../shared/data/research] [--all]

Reads the "GPTs are GPTs" task labels (Eloundou et al. 2023, MIT) and the
"Working with AI" applicability data (Tomlinson et al. 2025, CC BY 4.0), both built
on O*NET (CC BY 4.0), and writes compact tables into ``src/azadkar/data/``:

- ``tasks.parquet``          every task of every shipped occupation, with both labels
                             and the layer the documented rule assigns
- ``occupations.parquet``    occupation alpha/beta/gamma, human and GPT-4 (occ_level.csv)
- ``soc_scores.parquet``     Microsoft AI applicability score + metrics per SOC code
- ``iwa_metrics.parquet``    Microsoft metrics per intermediate work activity
- ``soc_iwas.parquet``       which work activities (and weights) each shipped SOC has
- ``service_tasks.csv``      the reviewable service -> task -> layer table
- ``NOTICE``                 licences and the O*NET modification statement
- ``manifest.json``          sources, versions, input hashes, output row counts and hashes

By default only the occupations the taxonomy links to are shipped (whole occupations,
every task); ``--all`` ships every occupation. Hand corrections live in
``service_task_overrides.csv`` and ``task_layer_overrides.csv`` and are applied here.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import sys
import tomllib
from collections import defaultdict
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from azadkar.layers import LAYERS, assign_layer  # noqa: E402
from azadkar.taxonomy import parse_taxonomy, task_matches  # noqa: E402

DATA = ROOT / "src" / "azadkar" / "data"
GPTS = "gpts-are-gpts"
WWAI = "working-with-ai"
SOURCES = {
    GPTS: {
        "title": "GPTs are GPTs: An Early Look at the Labor Market Impact Potential of Large Language Models",
        "authors": "Eloundou, Manning, Mishkin, Rock (2023)",
        "repository": "openai/GPTs-are-GPTs",
        "version": "0471612",
        "licence": "MIT (task text: O*NET, CC BY 4.0)",
    },
    WWAI: {
        "title": "Working with AI: Measuring the Occupational Implications of Generative AI",
        "authors": "Tomlinson, Jaffe, Wang, Counts, Suri (2025), Microsoft Research",
        "repository": "microsoft/working-with-ai",
        "version": "84c4eba",
        "licence": "CC BY 4.0",
    },
}
ONET_STATEMENT = (
    "This product includes information from O*NET (onetcenter.org) by the U.S. Department of "
    "Labor, Employment and Training Administration (USDOL/ETA), used under CC BY 4.0. USDOL/ETA "
    "has not approved, endorsed, or tested these modifications."
)
PARQUET_OPTS = {"compression": "zstd", "compression_level": 19}


def sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def read_tsv(path: Path) -> list[dict[str, str]]:
    with path.open(newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f, delimiter="\t"))


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def read_overrides(path: Path) -> list[dict[str, str]]:
    if not path.exists():
        return []
    with path.open(newline="", encoding="utf-8") as f:
        return [
            r for r in csv.DictReader(f) if not (r.get(next(iter(r)), "") or "").startswith("#")
        ]


def task_weight(task_type: str) -> int:
    return 2 if task_type == "Core" else 1


def write_parquet(rows: list[dict], schema: pa.Schema, name: str) -> int:
    table = pa.Table.from_pylist(rows, schema=schema)
    pq.write_table(table, DATA / name, **PARQUET_OPTS)
    return table.num_rows


def build(research: Path, ship_all: bool) -> dict:
    taxonomy = parse_taxonomy(tomllib.loads((DATA / "taxonomy.toml").read_text("utf-8")))
    inputs = {
        "full_labelset": research / GPTS / "full_labelset.tsv",
        "occ_level": research / GPTS / "occ_level.csv",
        "automation_labels": research / GPTS / "automation_gpt4_human_labels.tsv",
        "soc_ai_applicability_scores": research / WWAI / "soc_ai_applicability_scores.csv",
        "soc_metrics": research / WWAI / "soc_metrics.csv",
        "iwa_metrics": research / WWAI / "iwa_metrics.csv",
        "soc_iwa_weights": research / WWAI / "soc_iwa_weights.csv",
        "soc_to_iwas": research / WWAI / "soc_to_iwas.csv",
    }
    missing = [str(p) for p in inputs.values() if not p.exists()]
    if missing:
        raise SystemExit(f"build_data: missing research files: {', '.join(missing)}")

    labels = read_tsv(inputs["full_labelset"])
    human_auto = {
        (r["O*NET-SOC Code"], int(float(r["Task ID"]))): r["human_automation"]
        for r in read_tsv(inputs["automation_labels"])
    }
    all_socs = sorted({r["O*NET-SOC Code"] for r in labels})
    wanted = set(all_socs) if ship_all else {c for s in taxonomy.services for c in s.onet_soc}
    unknown = sorted(wanted - set(all_socs))
    if unknown:
        raise SystemExit(f"build_data: taxonomy names O*NET-SOC codes not in the data: {unknown}")

    layer_fix = {
        (r["onet_soc"], int(r["task_id"])): (r["layer"], r.get("reason", ""))
        for r in read_overrides(DATA / "task_layer_overrides.csv")
    }
    for (soc, tid), (layer, _) in layer_fix.items():
        if layer not in LAYERS:
            raise SystemExit(
                f"task_layer_overrides.csv: {soc} {tid}: layer {layer!r} not in {LAYERS}"
            )

    tasks: list[dict] = []
    for r in labels:
        soc = r["O*NET-SOC Code"]
        if soc not in wanted:
            continue
        tid = int(float(r["Task ID"]))
        decision = assign_layer(r["Task"])
        layer, rule = decision.layer, decision.rule
        if (soc, tid) in layer_fix:
            layer, why = layer_fix[(soc, tid)]
            rule = f"override: {why}" if why else "override"
        tasks.append(
            {
                "onet_soc": soc,
                "task_id": tid,
                "title": r["Title"],
                "statement": r["Task"],
                "task_type": r["Task Type"] or "",
                "weight": task_weight(r["Task Type"]),
                "human_label": r["human_exposure_agg"],
                "gpt4_label": r["gpt4_exposure"],
                "gpt4_automation": r["gpt4_automation"],
                "human_automation": human_auto.get((soc, tid)),
                "layer": layer,
                "layer_rule": rule,
            }
        )
    tasks.sort(key=lambda t: (t["onet_soc"], t["task_id"]))
    task_schema = pa.schema(
        [
            ("onet_soc", pa.string()),
            ("task_id", pa.int32()),
            ("title", pa.string()),
            ("statement", pa.string()),
            ("task_type", pa.string()),
            ("weight", pa.int8()),
            ("human_label", pa.string()),
            ("gpt4_label", pa.string()),
            ("gpt4_automation", pa.string()),
            ("human_automation", pa.string()),
            ("layer", pa.string()),
            ("layer_rule", pa.string()),
        ]
    )
    counts = {"tasks.parquet": write_parquet(tasks, task_schema, "tasks.parquet")}

    occ_rows = []
    n_tasks = defaultdict(int)
    for t in tasks:
        n_tasks[t["onet_soc"]] += 1
    for r in read_csv(inputs["occ_level"]):
        if r["O*NET-SOC Code"] in wanted:
            occ_rows.append(
                {
                    "onet_soc": r["O*NET-SOC Code"],
                    "title": r["Title"],
                    "n_tasks": n_tasks[r["O*NET-SOC Code"]],
                    **{
                        f"human_{k}": float(r[f"human_rating_{k}"])
                        for k in ("alpha", "beta", "gamma")
                    },
                    **{f"gpt4_{k}": float(r[f"dv_rating_{k}"]) for k in ("alpha", "beta", "gamma")},
                }
            )
    occ_schema = pa.schema(
        [("onet_soc", pa.string()), ("title", pa.string()), ("n_tasks", pa.int32())]
        + [
            (f"{w}_{k}", pa.float64())
            for w in ("human", "gpt4")
            for k in ("alpha", "beta", "gamma")
        ]
    )
    counts["occupations.parquet"] = write_parquet(occ_rows, occ_schema, "occupations.parquet")

    metrics = {r["SOC Code"]: r for r in read_csv(inputs["soc_metrics"])}
    metric_cols = [c for c in next(iter(metrics.values())) if c not in ("SOC Code", "title")]
    soc_rows = []
    for r in read_csv(inputs["soc_ai_applicability_scores"]):
        m = metrics.get(r["SOC Code"], {})
        soc_rows.append(
            {
                "soc": r["SOC Code"],
                "title": r["title"],
                "ai_applicability_score": float(r["ai_applicability_score"]),
                **{c: (float(m[c]) if m.get(c) not in (None, "") else None) for c in metric_cols},
            }
        )
    soc_schema = pa.schema(
        [("soc", pa.string()), ("title", pa.string()), ("ai_applicability_score", pa.float64())]
        + [(c, pa.float64()) for c in metric_cols]
    )
    counts["soc_scores.parquet"] = write_parquet(soc_rows, soc_schema, "soc_scores.parquet")

    iwa_raw = read_csv(inputs["iwa_metrics"])
    iwa_cols = [c for c in iwa_raw[0] if c not in ("IWA", "title")]
    iwa_rows = [
        {
            "iwa": r["IWA"],
            "title": r["title"],
            **{c: float(r[c]) if r[c] else None for c in iwa_cols},
        }
        for r in iwa_raw
    ]
    iwa_schema = pa.schema(
        [("iwa", pa.string()), ("title", pa.string())] + [(c, pa.float64()) for c in iwa_cols]
    )
    counts["iwa_metrics.parquet"] = write_parquet(iwa_rows, iwa_schema, "iwa_metrics.parquet")

    wanted6 = {s.split(".")[0] for s in wanted}
    linked = {(r["SOC Code"], r["IWA"]) for r in read_csv(inputs["soc_to_iwas"])}
    soc_iwa_rows = []
    with inputs["soc_iwa_weights"].open(newline="", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            soc = r.pop("SOC Code")
            if soc not in wanted6:
                continue
            for iwa, w in r.items():
                if (soc, iwa) in linked or float(w or 0) > 0:
                    soc_iwa_rows.append({"soc": soc, "iwa": iwa, "weight": float(w or 0)})
    soc_iwa_schema = pa.schema(
        [("soc", pa.string()), ("iwa", pa.string()), ("weight", pa.float64())]
    )
    counts["soc_iwas.parquet"] = write_parquet(soc_iwa_rows, soc_iwa_schema, "soc_iwas.parquet")

    # service -> task selection: the rule, then the reviewed overrides.
    by_soc: dict[str, list[dict]] = defaultdict(list)
    for t in tasks:
        by_soc[t["onet_soc"]].append(t)
    fixes = read_overrides(DATA / "service_task_overrides.csv")
    service_ids = {s.id for s in taxonomy.services}
    for fx in fixes:
        if fx["service_id"] not in service_ids or fx["action"] not in ("add", "remove"):
            raise SystemExit(f"service_task_overrides.csv: bad row {fx}")
    st_rows = []
    for s in taxonomy.services:
        chosen: dict[tuple[str, int], str] = {}
        for soc in s.onet_soc:
            for t in by_soc[soc]:
                pat = task_matches(s, t["statement"])
                if pat is not None:
                    chosen[(soc, t["task_id"])] = f"rule: {pat}"
        for fx in fixes:
            if fx["service_id"] != s.id:
                continue
            key = (fx["onet_soc"], int(fx["task_id"]))
            if fx["action"] == "remove":
                chosen.pop(key, None)
            else:
                if not any(t["task_id"] == key[1] for t in by_soc.get(key[0], [])):
                    raise SystemExit(f"service_task_overrides.csv: task {key} is not shipped")
                chosen[key] = f"override: {fx.get('reason', '')}"
        task_by_key = {(t["onet_soc"], t["task_id"]): t for t in tasks}
        for key in sorted(chosen):
            t = task_by_key[key]
            st_rows.append(
                {
                    "service_id": s.id,
                    "onet_soc": key[0],
                    "task_id": key[1],
                    "layer": t["layer"],
                    "selected_by": chosen[key],
                    "layer_rule": t["layer_rule"],
                    "statement": t["statement"],
                }
            )
        if len(chosen) < 3:
            raise SystemExit(
                f"build_data: service {s.id!r} selects only {len(chosen)} tasks (need >= 3)"
            )
    with (DATA / "service_tasks.csv").open("w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=list(st_rows[0]), lineterminator="\n")
        w.writeheader()
        w.writerows(st_rows)
    counts["service_tasks.csv"] = len(st_rows)

    write_notice(research)
    outputs = {name: {"rows": n, "sha256": sha256(DATA / name)} for name, n in counts.items()}
    manifest = {
        "built_by": "scripts/build_data.py" + (" --all" if ship_all else ""),
        "scope": "all occupations" if ship_all else "occupations linked from taxonomy.toml",
        "occupations": sorted(wanted),
        "sources": SOURCES,
        "inputs": {
            name: {"path": f"{p.parent.name}/{p.name}", "sha256": sha256(p)}
            for name, p in inputs.items()
        },
        "hand_edited": {
            name: sha256(DATA / name)
            for name in ("taxonomy.toml", "service_task_overrides.csv", "task_layer_overrides.csv")
            if (DATA / name).exists()
        },
        "outputs": outputs,
    }
    (DATA / "manifest.json").write_text(json.dumps(manifest, indent=2, ensure_ascii=False) + "\n")
    return manifest


def write_notice(research: Path) -> None:
    gpts_licence = (research / GPTS / "LICENSE").read_text("utf-8").strip()
    wwai_licence = (research / WWAI / "LICENSE.txt").read_text("utf-8").strip()
    wwai_notice = (research / WWAI / "NOTICE.md").read_text("utf-8").strip()
    text = f"""azadkar — notices for the data shipped in this folder
=====================================================

The tables in this folder are derived (filtered, reshaped, relabelled with a layer)
from the following sources by scripts/build_data.py. They are modified versions.

1. O*NET
--------
{ONET_STATEMENT}
O*NET® is a trademark of USDOL/ETA.

2. "GPTs are GPTs" — {SOURCES[GPTS]["authors"]}
   {SOURCES[GPTS]["repository"]} @ {SOURCES[GPTS]["version"]}; used in tasks.parquet,
   occupations.parquet, service_tasks.csv.

{gpts_licence}

3. "Working with AI" — {SOURCES[WWAI]["authors"]}
   {SOURCES[WWAI]["repository"]} @ {SOURCES[WWAI]["version"]}; used in soc_scores.parquet,
   iwa_metrics.parquet, soc_iwas.parquet. Licensed under CC BY 4.0
   (https://creativecommons.org/licenses/by/4.0/). Changes: selected columns, wide-to-long
   reshaping of the SOC x work-activity weights, filtered to the shipped occupations.

{wwai_licence}

{wwai_notice}
"""
    (DATA / "NOTICE").write_text(text, encoding="utf-8")


def main() -> None:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--research", type=Path, default=ROOT.parent / "shared" / "data" / "research")
    ap.add_argument(
        "--all", action="store_true", help="ship every occupation, not only the taxonomy's"
    )
    args = ap.parse_args()
    manifest = build(args.research, args.all)
    total = sum((DATA / n).stat().st_size for n in manifest["outputs"])
    for name, info in manifest["outputs"].items():
        print(f"{name:24} {info['rows']:>7} rows  {(DATA / name).stat().st_size / 1024:8.1f} KiB")
    print(f"{len(manifest['occupations'])} occupations; {total / 1024:.0f} KiB in all")


if __name__ == "__main__":
    main()
