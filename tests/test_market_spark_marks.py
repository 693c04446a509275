"""Every Spark test file takes its marks from one place (`SPARK_MARKS` in
tests/_market_helpers.py), so a new mark or warning filter reaches all of them."""

from __future__ import annotations

import importlib

import pytest

from _market_helpers import SPARK_MARKS

SPARK_FILES = ("test_market_spark", "test_market_compare_spark", "test_market_pretrend_spark")


@pytest.mark.parametrize("name", SPARK_FILES)
def test_each_spark_file_uses_the_shared_marks(name: str) -> None:
    module = importlib.import_module(name)
    assert module.pytestmark is SPARK_MARKS


def test_the_shared_marks_are_slow_spark_and_quiet() -> None:
    names = [m.name for m in SPARK_MARKS]
    assert names[:2] == ["spark", "slow"]
    filters = {m.args[0] for m in SPARK_MARKS if m.name == "filterwarnings"}
    assert filters == {"ignore::ResourceWarning", "ignore::DeprecationWarning"}
