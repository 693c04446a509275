"""Shared fixtures: where the optional raw data lives, and skipping when it is absent."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED_DATA = ROOT.parent / "shared" / "data"


@pytest.fixture(scope="session")
def shared_data() -> Path:
    """The raw research/postings folder; tests using it skip when it is absent."""
    if not SHARED_DATA.is_dir():
        pytest.skip(f"{SHARED_DATA} is absent (raw data is only on development machines)")
    return SHARED_DATA


# One local Spark per test module that needs it (started on first use, stopped after).
@pytest.fixture(scope="module")
def spark_session() -> Any:
    pytest.importorskip("pyspark")
    from azadkar.market import _engines

    spark = _engines.spark_session()
    yield spark
    _engines.stop_spark()
