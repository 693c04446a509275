"""Recomputing occupation scores from shipped task labels reproduces occ_level.csv exactly."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from azadkar import evidence
from azadkar.exposure import score


def _recompute(soc: str):
    return score(
        (t.weight, t.human_label, t.gpt4_label) for t in evidence.tasks_by_occupation()[soc]
    )


def test_every_shipped_occupation_reproduces_occ_level() -> None:
    occs = evidence.occupations()
    assert len(occs) >= 30
    for soc, occ in occs.items():
        ex = _recompute(soc)
        got_h = (ex.human.alpha, ex.human.beta, ex.human.gamma)
        got_g = (ex.gpt4.alpha, ex.gpt4.beta, ex.gpt4.gamma)
        assert got_h == pytest.approx(occ.human, abs=1e-9), soc
        assert got_g == pytest.approx(occ.gpt4, abs=1e-9), soc


def test_weights_follow_core_rule() -> None:
    for t in evidence.tasks().values():
        assert t.weight == (2 if t.task_type == "Core" else 1)


@pytest.mark.shared
def test_against_raw_occ_level(shared_data: Path) -> None:
    raw = shared_data / "research" / "gpts-are-gpts" / "occ_level.csv"
    with raw.open(newline="") as f:
        rows = {r["O*NET-SOC Code"]: r for r in csv.DictReader(f)}
    for soc in evidence.occupations():
        ex = _recompute(soc)
        r = rows[soc]
        assert ex.human.beta == pytest.approx(float(r["human_rating_beta"]), abs=1e-9)
        assert ex.gpt4.gamma == pytest.approx(float(r["dv_rating_gamma"]), abs=1e-9)
        assert ex.gpt4.alpha == pytest.approx(float(r["dv_rating_alpha"]), abs=1e-9)
