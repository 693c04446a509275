"""Beside each difference-in-differences estimate, a pre-trend check: the event study
(each month's treated-minus-control gap against its mean before the event) and a placebo
(the same Welch estimate on the months before the event only, around a fake event in
their middle). A treated category that was already pulling away from the control before
the event is flagged ("detected"); one that moved with it is not. The values reach the
JSON, the CSV, the text and the report (English and Persian), the same on Spark."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import math
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from _market_helpers import mapped_store, row
from azadkar.cli import app
from azadkar.market import Event, IndicatorConfig, MarketIndicators, indicators

# Postings per month of 2023: the control (design) flat, web_dev moving with it, writing
# growing by 40% a month until the event (July), then flat.
DESIGN = [20] * 12
WEB = [20, 21, 20, 19, 20, 21, 20, 22, 20, 19, 21, 20]
WRITING = [10, 14, 20, 27, 38, 54, 54, 54, 54, 54, 54, 54]
EVENT = Event("launch", "Launch", dt.date(2023, 7, 15))


def _rows() -> list[dict[str, Any]]:
    out = []
    for m in range(12):
        for cat, counts in (("design", DESIGN), ("web_dev", WEB), ("writing", WRITING)):
            out += [row(f"2023-{m + 1:02d}-{1 + i % 28:02d}", cat) for i in range(counts[m])]
    return out


def _config() -> IndicatorConfig:
    return IndicatorConfig(events=[EVENT], control=("design",))


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp = tmp_path_factory.mktemp("pretrend")
    path = tmp / "m.duckdb"
    s, _ = mapped_store(tmp, _rows(), db=str(path))
    s.close()
    (tmp / "events.toml").write_text(
        '[[event]]\nid = "launch"\nname = "Launch"\ndate = 2023-07-15\n', encoding="utf-8"
    )
    return path


@pytest.fixture(scope="module")
def mi(db: Path) -> MarketIndicators:
    return indicators(db, config=_config())


def _did(mi: MarketIndicators, cat: str) -> dict[str, Any]:
    [r] = [r for r in mi.get("did_events").rows if r["category"] == cat]
    return r


def _gap(counts: list[int], m: int) -> float:
    return math.log(counts[m]) - math.log(DESIGN[m])


def test_placebo_flags_a_trend_before_the_event(mi: MarketIndicators) -> None:
    web, writing = _did(mi, "web_dev"), _did(mi, "writing")
    assert writing["pre_trend"] == "detected" and web["pre_trend"] == "none detected"
    # six months before July: the fake event is in their middle (April, 3 months before),
    # January-March against May-June, April itself left out
    for r, counts in ((web, WEB), (writing, WRITING)):
        assert r["placebo_months_before"] == 3
        before = [_gap(counts, m) for m in (0, 1, 2)]
        after = [_gap(counts, m) for m in (4, 5)]
        want = math.expm1(sum(after) / 2 - sum(before) / 3) * 100
        assert r["placebo_pct"] == pytest.approx(want, rel=1e-9)
        lo, hi = r["placebo_ci_low_pct"], r["placebo_ci_high_pct"]
        assert lo <= r["placebo_pct"] <= hi
    assert writing["placebo_ci_low_pct"] > 0  # its interval excludes 0
    assert web["placebo_ci_low_pct"] < 0 < web["placebo_ci_high_pct"]


def test_event_study_is_each_months_gap_against_the_mean_before(mi: MarketIndicators) -> None:
    writing = _did(mi, "writing")
    study = writing["event_study"]
    # January (6 months before) to December (5 after), the event month (0) included
    assert [p["months_from_event"] for p in study] == list(range(-6, 6))
    base = sum(_gap(WRITING, m) for m in range(6)) / 6
    for p in study:
        m = 6 + p["months_from_event"]
        assert p["gap_pct"] == pytest.approx(math.expm1(_gap(WRITING, m) - base) * 100, rel=1e-9)
    # the estimate itself is unchanged by the check beside it
    assert writing["months_before"] == 6 and writing["months_after"] == 5


def test_too_few_months_before_the_event_is_said(tmp_path: Path) -> None:
    # only four months before the event: no placebo, said as such (no number)
    rows = [r for r in _rows() if r["date"] >= "2023-03"]
    s, _ = mapped_store(tmp_path, rows)
    with s:
        r = _did(indicators(store=s, config=_config()), "writing")
    assert r["pre_trend"] == "too few months" and r["placebo_pct"] is None
    assert r["placebo_months_before"] is None and len(r["event_study"]) == 10


def test_json_csv_and_text(db: Path) -> None:
    runner = CliRunner(env={"COLUMNS": "200"})
    base = ["market", "indicators", "--db", str(db), "--events", str(db.parent / "events.toml")]
    js = json.loads(runner.invoke(app, [*base, "--format", "json"]).stdout)
    [did] = [i for i in js["indicators"] if i["name"] == "did_events"]
    writing = next(r for r in did["rows"] if r["category"] == "writing")
    assert writing["pre_trend"] == "detected" and len(writing["event_study"]) == 12
    assert writing["placebo_pct"] == round(writing["placebo_pct"], 2)  # JSON's rounding
    lines = list(csv.reader(io.StringIO(runner.invoke(app, [*base, "--format", "csv"]).stdout)))
    placebo = [x for x in lines if x[0] == "did_events" and x[-3] == "placebo_pct"]
    assert len(placebo) == 2 and any(x[-1].startswith("pre-trend detected") for x in placebo)
    study = [x for x in lines if x[-3] == "event_study_gap_pct" and x[5] == "writing"]
    assert [x[2] for x in study][:2] == ["2023-01-01", "2023-02-01"] and len(study) == 12
    text = runner.invoke(app, base).output
    assert "pre-trend" in text and "detected" in text and "placebo change (%)" in text
    fa = runner.invoke(app, [*base, "--lang", "fa"]).output
    assert "روند پیش از رویداد" in fa and "دیده شد" in fa and "دیده نشد" in fa


@pytest.mark.parametrize("lang", ["en", "fa"])
def test_report_shows_the_check_and_the_event_study(mi: MarketIndicators, lang: str) -> None:
    from azadkar.report.market_report import market_charts, render_market_html

    doc = render_market_html(mi, lang)
    assert ("placebo change (%)" if lang == "en" else "تغییر ساختگی (٪)") in doc
    assert ("none detected" if lang == "en" else "دیده نشد") in doc
    # the months of the event study are a chart, not a cell of the table
    assert "<th>gap by month</th>" not in doc and "<th>شکاف هر ماه</th>" not in doc
    keys = [k for k, _ in market_charts(mi, lang)]
    assert "event_study_launch" in keys
    title = "Event study, launch" if lang == "en" else "مطالعهٔ رویداد، launch"
    assert title in doc
