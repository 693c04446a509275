"""The notes under a market table are one paragraph each: joined by « · » into one
sentence, a dot was left alone at the edge of a line on a phone."""

from __future__ import annotations

from azadkar.web.pages import _too_few_note


def test_each_note_under_a_table_is_its_own_line() -> None:
    rows = [{"category": "design", "gini": 0.5, "max_share": 0.9, "median_hourly_usd": 20.0}]
    rows[0]["n_hourly"] = 2  # a median on two values: too few to read
    for lang in ("en", "fa"):
        lines = _too_few_note(rows, lang)
        assert isinstance(lines, list) and len(lines) == 2  # "*" too few, "†" one value
        assert all(" · " not in line for line in lines)
    assert _too_few_note([{"category": "design"}], "en") == []
