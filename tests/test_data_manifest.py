"""The shipped tables match their manifest, stay small, and carry their notices."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from azadkar import evidence

DATA = Path(evidence.data_file("manifest.json").__fspath__()).parent  # type: ignore[attr-defined]


def test_outputs_match_manifest() -> None:
    m = evidence.manifest()
    assert set(m["outputs"]) >= {
        "tasks.parquet",
        "occupations.parquet",
        "soc_scores.parquet",
        "iwa_metrics.parquet",
        "soc_iwas.parquet",
        "service_tasks.csv",
    }
    for name, info in m["outputs"].items():
        path = DATA / name
        assert hashlib.sha256(path.read_bytes()).hexdigest() == info["sha256"], name
        if name.endswith(".parquet"):
            assert pq.read_metadata(path).num_rows == info["rows"], name
        else:
            assert len(path.read_text("utf-8").splitlines()) - 1 == info["rows"], name


def test_hand_edited_files_unchanged_since_build() -> None:
    # If taxonomy.toml or an override file changes, the tables must be rebuilt.
    for name, digest in evidence.manifest()["hand_edited"].items():
        assert hashlib.sha256((DATA / name).read_bytes()).hexdigest() == digest, (
            f"{name} changed after the last build: run `python scripts/build_data.py`"
        )


def test_shipped_data_is_small() -> None:
    total = sum((DATA / n).stat().st_size for n in evidence.manifest()["outputs"])
    assert total < 5 * 1024 * 1024


def test_notice_has_licences_and_onet_statement() -> None:
    notice = (DATA / "NOTICE").read_text("utf-8")
    assert "USDOL/ETA has not approved, endorsed, or tested these modifications" in notice
    assert "MIT License" in notice
    assert "CC BY 4.0" in notice


def test_whole_occupations_are_shipped() -> None:
    occs = evidence.occupations()
    by_occ = evidence.tasks_by_occupation()
    assert set(occs) == set(by_occ) == set(evidence.manifest()["occupations"])
    for soc, occ in occs.items():
        assert occ.n_tasks == len(by_occ[soc]) > 0


@pytest.mark.shared
def test_inputs_match_raw_files(shared_data: Path) -> None:
    research = shared_data / "research"
    for name, info in evidence.manifest()["inputs"].items():
        path = research / info["path"]
        assert hashlib.sha256(path.read_bytes()).hexdigest() == info["sha256"], name
