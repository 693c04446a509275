"""The months of `market compare`: the CSV carries the monthly postings of both slices as
the JSON does, and a chart draws each slice's own months: a month a slice has no posting
in (between the two slices, or inside one) is a gap, never bridged by a line."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from _market_helpers import slice_rows, slice_store
from azadkar.cli import app
from azadkar.market import compare

runner = CliRunner(env={"COLUMNS": "160"})
# alpha's last quarter of 2022, and beta's summer of 2023: five months apart
APART = (
    {"platform": ["alpha"], "since": "2022-10", "until": "2022-12"},
    {"platform": ["beta"], "since": "2023-06", "until": "2023-08"},
)


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    tmp = tmp_path_factory.mktemp("compare_months")
    path = tmp / "m.duckdb"
    slice_store(tmp, slice_rows(), db=str(path)).close()
    yield path


def _cli(db: Path, fmt: str) -> str:
    r = runner.invoke(
        app,
        [
            *("market", "compare", "--db", str(db), "--a", "platform=alpha"),
            *("--b", "platform=beta", "--format", fmt),
        ],
    )
    assert r.exit_code == 0, r.output
    return r.stdout


def test_the_csv_has_the_monthly_postings_of_the_json(db: Path) -> None:
    monthly = json.loads(_cli(db, "json"))["monthly"]
    lines = list(csv.DictReader(io.StringIO(_cli(db, "csv"))))
    got = [r for r in lines if r["indicator"] == "monthly"]
    assert [r["scope"] for r in got] == [m["month"] for m in monthly]
    for r, m in zip(got, monthly, strict=True):
        assert r["metric"] == "postings" and r["kind"] == "count"
        for side in ("a", "b"):
            want = m[f"postings_{side}"]
            assert r[side] == ("" if want is None else str(want))
        # not differenced, and it says so
        assert r["difference"] == "" and r["supported"] == "False"
        assert "not differenced" in r["why_not"]
    # beta is 2023 only: an empty cell (not a 0) where it has no posting
    assert next(r for r in got if r["scope"] == "2022-10")["b"] == ""


def test_every_month_fills_the_axis_between_the_slices(db: Path) -> None:
    cmp = compare(db, *APART)
    assert [m["month"] for m in cmp.monthly()] == [
        "2022-10", "2022-11", "2022-12", "2023-06", "2023-07", "2023-08",
    ]  # fmt: skip
    every = cmp.monthly(every_month=True)
    assert [m["month"] for m in every][2:10] == [
        "2022-12", "2023-01", "2023-02", "2023-03", "2023-04", "2023-05", "2023-06", "2023-07",
    ]  # fmt: skip
    gap = [m for m in every if "2023-01" <= m["month"] <= "2023-05"]
    assert all(m["postings_a"] is None and m["postings_b"] is None for m in gap)


def _lines_of(chart: Any) -> dict[str, list[str]]:
    """The months of each line the compare chart draws (one per side and segment)."""
    spec = chart.to_dict()
    values = spec["data"]["values"]
    assert spec["encoding"]["detail"]["field"] == "segment"
    out: dict[str, list[str]] = {}
    for v in values:
        out.setdefault(v["segment"], []).append(v["month"])
    return out


@pytest.mark.parametrize("lang", ["en", "fa"])
def test_the_report_chart_leaves_a_gap_between_the_slices(db: Path, lang: str) -> None:
    from azadkar.report.market_report import _cmp_line_chart

    chart = _cmp_line_chart(compare(db, *APART), lang)
    domain = chart.to_dict()["encoding"]["x"]["scale"]["domain"]
    fa = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
    months = [f"2022-{m}" for m in (10, 11, 12)] + [f"2023-{m:02d}" for m in range(1, 9)]
    want = [m.translate(fa) for m in months] if lang == "fa" else months
    # every month on the axis, time running right to left in Persian
    assert domain == (want[::-1] if lang == "fa" else want)
    lines = _lines_of(chart)
    assert sorted(lines.values()) == sorted([want[:3], want[8:]])


class _Holey:
    """A comparison whose slice A has no posting in March: its line stops and starts."""

    labels = ("A", "B")

    def monthly(self, every_month: bool = False) -> list[dict[str, Any]]:
        a = {"2024-01": 10, "2024-02": 12, "2024-04": 9, "2024-05": 11}
        b = {"2024-02": 5, "2024-03": 6, "2024-04": 7}
        return [
            {"month": m, "postings_a": a.get(m), "postings_b": b.get(m)}
            for m in ("2024-01", "2024-02", "2024-03", "2024-04", "2024-05")
        ]


def test_no_line_through_a_month_a_slice_does_not_cover() -> None:
    from azadkar.report.market_report import _cmp_line_chart
    from azadkar.web import charts

    lines = _lines_of(_cmp_line_chart(_Holey(), "en"))
    assert sorted(lines.values()) == [
        ["2024-01", "2024-02"],
        ["2024-02", "2024-03", "2024-04"],
        ["2024-04", "2024-05"],
    ]
    # the web's line chart likewise: A is two polylines, B one
    months = [m["month"] for m in _Holey().monthly()]
    series = [(side, [m[f"postings_{side.lower()}"] for m in _Holey().monthly()]) for side in "AB"]
    svg = str(charts.lines(months, series, rtl=False, fmt=str))
    assert svg.count("<polyline") == 3
    assert charts.runs([1.0, 2.0, None, 4.0]) == [[(0, 1.0), (1, 2.0)], [(3, 4.0)]]
