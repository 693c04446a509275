"""Loaders for the shipped research tables (built by ``scripts/build_data.py``).

Each loader reads its table once and caches it. Rows are plain frozen dataclasses so
that every number derived from them can point back at its row (O*NET-SOC code and
Task ID for tasks, SOC code for the Microsoft scores).
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
from collections import defaultdict
from dataclasses import dataclass
from functools import cache
from importlib import resources
from importlib.abc import Traversable
from typing import Any

from azadkar.errors import DataError

GPTS_SOURCE = "GPTs are GPTs (Eloundou et al. 2023), openai/GPTs-are-GPTs"
WWAI_SOURCE = "Working with AI (Tomlinson et al. 2025), microsoft/working-with-ai"


@dataclass(frozen=True, slots=True)
class Task:
    onet_soc: str
    task_id: int
    title: str
    statement: str
    task_type: str
    weight: int
    human_label: str
    gpt4_label: str
    gpt4_automation: str
    human_automation: str | None
    layer: str
    layer_rule: str


@dataclass(frozen=True, slots=True)
class ServiceTask:
    service_id: str
    onet_soc: str
    task_id: int
    selected_by: str


@dataclass(frozen=True, slots=True)
class Occupation:
    onet_soc: str
    title: str
    n_tasks: int
    human: tuple[float, float, float]
    gpt4: tuple[float, float, float]


@dataclass(frozen=True, slots=True)
class SocScore:
    soc: str
    title: str
    ai_applicability_score: float
    metrics: dict[str, float | None]


def data_file(name: str) -> Traversable:
    path = resources.files("azadkar.data").joinpath(name)
    if not path.is_file():
        raise DataError(
            f"shipped data file {name!r} is missing; rebuild it with `python scripts/build_data.py`",
            file=name,
        )
    return path


def _read_parquet(name: str) -> list[dict[str, Any]]:
    import pyarrow.parquet as pq

    # Read by path on this thread. A Python file object handed to pyarrow's reader threads
    # made about one interpreter exit in three abort ("terminate called without an active
    # exception", exit 134) with pyarrow 26; the tables are small, threads gain nothing.
    with resources.as_file(data_file(name)) as path:
        return pq.read_table(str(path), use_threads=False).to_pylist()


@cache
def manifest() -> dict[str, Any]:
    return json.loads(data_file("manifest.json").read_text("utf-8"))


@cache
def tasks() -> dict[tuple[str, int], Task]:
    """Every shipped O*NET task, keyed by (O*NET-SOC code, Task ID)."""
    return {(r["onet_soc"], r["task_id"]): Task(**r) for r in _read_parquet("tasks.parquet")}


@cache
def tasks_by_occupation() -> dict[str, list[Task]]:
    out: dict[str, list[Task]] = defaultdict(list)
    for t in tasks().values():
        out[t.onet_soc].append(t)
    return dict(out)


@cache
def occupations() -> dict[str, Occupation]:
    out = {}
    for r in _read_parquet("occupations.parquet"):
        out[r["onet_soc"]] = Occupation(
            onet_soc=r["onet_soc"],
            title=r["title"],
            n_tasks=r["n_tasks"],
            human=(r["human_alpha"], r["human_beta"], r["human_gamma"]),
            gpt4=(r["gpt4_alpha"], r["gpt4_beta"], r["gpt4_gamma"]),
        )
    return out


@cache
def soc_scores() -> dict[str, SocScore]:
    """Microsoft AI applicability score (and the metrics behind it) per 6-digit SOC code."""
    out = {}
    for r in _read_parquet("soc_scores.parquet"):
        soc, title, score = r.pop("soc"), r.pop("title"), r.pop("ai_applicability_score")
        out[soc] = SocScore(soc, title, score, r)
    return out


@cache
def service_tasks() -> dict[str, list[ServiceTask]]:
    """The reviewed service -> task table (``service_tasks.csv``)."""
    text = data_file("service_tasks.csv").read_text("utf-8")
    out: dict[str, list[ServiceTask]] = defaultdict(list)
    for r in csv.DictReader(io.StringIO(text)):
        out[r["service_id"]].append(
            ServiceTask(r["service_id"], r["onet_soc"], int(r["task_id"]), r["selected_by"])
        )
    return dict(out)


def file_sha256(name: str) -> str:
    return hashlib.sha256(data_file(name).read_bytes()).hexdigest()


def sources() -> list[dict[str, Any]]:
    """The datasets behind every number, with versions and licences (from the manifest)."""
    m = manifest()
    return [dict(id=key, **info) for key, info in m["sources"].items()]


__all__ = [
    "GPTS_SOURCE",
    "WWAI_SOURCE",
    "Occupation",
    "ServiceTask",
    "SocScore",
    "Task",
    "data_file",
    "file_sha256",
    "manifest",
    "occupations",
    "service_tasks",
    "soc_scores",
    "sources",
    "tasks",
    "tasks_by_occupation",
]
