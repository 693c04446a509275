"""Indicator maths checked by hand on tiny data, and the "insufficient data" answers."""

from __future__ import annotations

import datetime as dt
import math
import statistics
from pathlib import Path
from typing import Any

import pytest
from scipy.stats import t as student_t

import azadkar.exposure
from _market_helpers import mapped_store, row
from azadkar.market import CATEGORY_IDS, Event, IndicatorConfig, Store, indicators


def make_store(tmp_path: Path, rows: list[dict[str, Any]], name: str = "p.csv") -> Store:
    s, res = mapped_store(tmp_path, rows, name)
    assert res.accepted == len(rows)
    return s


def fake_exposure(values: dict[str, float]) -> Any:
    def category_exposure(cat: str) -> dict[str, Any]:
        if cat not in values:
            return {"category": cat, "exposure": None}
        v = values[cat]
        return {
            "category": cat,
            "exposure": {
                "gpt4": {"alpha": v, "beta": v, "gamma": v},
                "human": {"alpha": v, "beta": v, "gamma": v},
            },
        }

    return category_exposure


def gini_by_definition(xs: list[float]) -> float:
    n, mean = len(xs), sum(xs) / len(xs)
    return sum(abs(a - b) for a in xs for b in xs) / (2 * n * n * mean)


def test_median_gini_top10_share_high_by_hand(tmp_path: Path) -> None:
    pays = [10.0, 20.0, 30.0, 40.0] * 5
    rows = [row(f"2024-01-{1 + i % 28:02d}", "writing", p) for i, p in enumerate(pays)]
    rows += [
        row("2024-02-10", "writing", 100.0, "fixed"),
        row("2024-02-11", "writing", 300.0, "fixed"),
    ]
    with make_store(tmp_path, rows) as s:
        # min_month_postings=1: February's two postings are kept to check the fixed median.
        cfg = IndicatorConfig(
            events=[],
            high_pay={"hourly": 30.0, "fixed": 1000.0},
            min_n=20,
            min_month_postings=1,
        )
        res = indicators(store=s, config=cfg)
    vol = {(r["month"], r["category"]): r for r in res.get("volume_pay").rows}
    jan = vol[("2024-01-01", "writing")]
    assert jan["postings"] == 20 and jan["n_hourly"] == 20
    assert jan["median_hourly_usd"] == statistics.median(pays) == 25.0
    feb = vol[("2024-02-01", "writing")]
    assert feb["median_fixed_usd"] == 200.0 and feb["median_hourly_usd"] is None
    ineq = {
        (r["period"], r["scope"], r["category"], r["pay_type"]): r
        for r in res.get("inequality").rows
    }
    jan_h = ineq[("2024-01-01", "market", None, "hourly")]
    assert jan_h["n"] == 20
    assert jan_h["gini"] == pytest.approx(gini_by_definition(pays))  # 0.25
    assert jan_h["gini"] == pytest.approx(0.25)
    assert jan_h["top10_share"] == pytest.approx(80 / 500)  # the top 2 of 20 values: 40 + 40
    assert jan_h["share_high"] == pytest.approx(0.5)  # 30 and 40 are >= 30
    # Two fixed-price postings are below min_n: no inequality figure for them.
    assert not any(k[3] == "fixed" for k in ineq)
    assert ("all", "category", "writing", "hourly") in ineq


def test_difference_in_differences_by_hand(tmp_path: Path) -> None:
    # Monthly postings: treated (writing) and control (design), event 2023-03-15.
    months = ["2022-12", "2023-01", "2023-02", "2023-03", "2023-04", "2023-05", "2023-06"]
    writing = [10, 12, 8, 50, 5, 6, 4]
    design = [10, 10, 10, 1, 10, 12, 9]
    rows = []
    for m, w, d in zip(months, writing, design, strict=True):
        rows += [row(f"{m}-05", "writing") for _ in range(w)]
        rows += [row(f"{m}-06", "design") for _ in range(d)]
    rows += [row("2023-01-07", "marketing")]  # present in one month only
    ev = Event("gpt4", "GPT-4", dt.date(2023, 3, 14))
    with make_store(tmp_path, rows) as s:
        res = indicators(
            store=s, config=IndicatorConfig(events=[ev], window_months=3, control=("design",))
        )
    did = res.get("did_events")
    assert did.ok, did.insufficient
    [r] = [r for r in did.rows if r["category"] == "writing"]
    # By hand: gaps ln(w/d) before (Dec-Feb) and after (Apr-Jun); March is left out.
    pre = [math.log(w / d) for w, d in zip(writing[:3], design[:3], strict=True)]
    post = [math.log(w / d) for w, d in zip(writing[4:], design[4:], strict=True)]
    delta = statistics.mean(post) - statistics.mean(pre)
    a, b = statistics.variance(post) / 3, statistics.variance(pre) / 3
    se = math.sqrt(a + b)
    df = (a + b) ** 2 / (a * a / 2 + b * b / 2)
    q = student_t.ppf(0.975, df)
    assert r["did_log"] == pytest.approx(delta)
    assert r["se"] == pytest.approx(se)
    assert (r["ci_low_log"], r["ci_high_log"]) == (
        pytest.approx(delta - q * se),
        pytest.approx(delta + q * se),
    )
    assert r["did_pct"] == pytest.approx((math.exp(delta) - 1) * 100)
    assert r["control"] == ["design"] and r["months_before"] == 3 and r["months_after"] == 3
    assert r["did_log"] < 0  # writing fell relative to design
    assert any("too few months" in n and "marketing" in n for n in did.notes)
    assert any("parallel" in n for n in did.notes)


def test_default_control_is_lowest_exposure(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(
        azadkar.exposure,
        "category_exposure",
        fake_exposure(
            {"writing": 0.9, "design": 0.3, "photo_video": 0.2, "marketing": 0.5, "other": 0.1}
        ),
    )
    rows = []
    for m in ["2022-12", "2023-01", "2023-02", "2023-04", "2023-05", "2023-06"]:
        for cat, n in (("writing", 6), ("design", 5), ("photo_video", 4), ("marketing", 3)):
            rows += [row(f"{m}-10", cat) for _ in range(n)]
    ev = Event("mj", "Midjourney v5", dt.date(2023, 3, 15), exclude_from_control=("design",))
    with make_store(tmp_path, rows) as s:
        res = indicators(store=s, config=IndicatorConfig(events=[ev], window_months=3, n_control=2))
    did = res.get("did_events")
    # "other" never serves as control; design is excluded for this (image) event.
    assert {r["category"] for r in did.rows} == {"writing", "design"}
    assert all(r["control"] == ["photo_video", "marketing"] for r in did.rows)
    assert all(r["did_log"] == pytest.approx(0.0) for r in did.rows)  # constant shares


def test_exposure_weighted_demand_index(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(
        azadkar.exposure, "category_exposure", fake_exposure({"writing": 0.8, "design": 0.4})
    )
    rows = [row("2024-01-03", "writing") for _ in range(10)] + [
        row("2024-01-04", "design") for _ in range(10)
    ]
    rows += [row("2024-02-03", "writing") for _ in range(5)] + [
        row("2024-02-04", "design") for _ in range(10)
    ]
    with make_store(tmp_path, rows) as s:
        res = indicators(store=s, config=IndicatorConfig(events=[]))
    exi = res.get("exposure_demand_index")
    assert [r["month"] for r in exi.rows] == ["2024-01-01", "2024-02-01"]
    assert exi.rows[0]["exposure_weighted"] == pytest.approx(0.6)
    assert exi.rows[1]["exposure_weighted"] == pytest.approx((5 * 0.8 + 10 * 0.4) / 15)
    assert exi.rows[1]["index"] == pytest.approx(100 * (8 / 15) / 0.6)
    assert all(r["category"] is None and r["scope"] == "market" for r in exi.rows)


def test_ai_training_pay_beside_cited_figure(tmp_path: Path) -> None:
    rows = [
        row("2024-03-01", "data_ai", p, title="Data annotation for AI training")
        for p in (2, 3, 4, 6, 9)
    ]
    rows += [row("2024-03-01", "data_ai", 40, title="Build a dashboard")]
    with make_store(tmp_path, rows) as s:
        ai = indicators(store=s, config=IndicatorConfig(events=[])).get("ai_training")
    market = ai.rows[0]
    assert market["scope"] == "market" and market["n_hourly"] == 5
    assert market["median_hourly_usd"] == 4.0
    assert market["cited_hourly_usd"] == 2.4 and market["cited_status"] == "cited, not verified"
    assert "cited, not verified" in ai.source


def test_insufficient_data_says_why(tmp_path: Path) -> None:
    # One week of postings, no pay at all.
    rows = [row(f"2024-05-{d:02d}", "writing") for d in range(1, 8)]
    with make_store(tmp_path, rows) as s:
        res = indicators(store=s)
    by = {i.name: i for i in res.indicators}
    assert "span only 7 day(s)" in (by["volume_pay"].insufficient or "")
    assert "no posting states its pay" in (by["pay_by_category"].insufficient or "")
    assert "no posting states its pay" in (by["inequality"].insufficient or "")
    assert "1 month" in (by["did_events"].insufficient or "")
    assert "0 AI-training" in (by["ai_training"].insufficient or "")
    assert "1 month" in (by["exposure_demand_index"].insufficient or "")
    for ind in res.indicators:
        assert not ind.rows
        assert ind.to_dict()["insufficient"].startswith("insufficient data: ")


def _toman_2017(title: str = "job") -> dict[str, Any]:
    """A posting whose pay has no rate on or before its date (shipped rates: from 2018)."""
    r = row("2017-05-01", "writing", 1.0, title=title)
    r["pay"] = "۵۰۰ هزار تومان"
    return r


def test_pay_indicators_say_how_many_postings_lack_a_rate(tmp_path: Path) -> None:
    # Before: these postings silently dropped out of every pay figure.
    rows = [row(f"2024-01-{1 + i % 28:02d}", "writing", 10.0 + i) for i in range(20)]
    rows += [_toman_2017(), _toman_2017(), _toman_2017("Data annotation for AI training")]
    with make_store(tmp_path, rows) as s:
        res = indicators(store=s, config=IndicatorConfig(events=[], min_month_postings=1))
    want = (
        "3 posting(s) with pay are left out for lack of an exchange rate: no rate on or before "
        "their date in the rates file used at ingest (TOMAN: 3, posted 2017-05-01)"
    )
    for name in ("volume_pay", "pay_by_category", "inequality"):
        ind = res.get(name)
        assert ind.ok, (name, ind.insufficient)
        [note] = [n for n in ind.notes if "exchange rate" in n]
        assert note.startswith(want), note
        fa = ind.notes_in("fa")[ind.notes.index(note)]
        assert fa.startswith("۳ آگهی دارای دستمزد برای نبودِ نرخ ارز کنار گذاشته شده‌اند") and (
            "تومان: ۳" in fa
        )
    # The pay figures themselves hold only the 20 converted postings.
    [pay] = res.get("pay_by_category").rows
    assert pay["n_hourly"] == 20
    ai = res.get("ai_training")
    assert any(
        n.startswith("1 AI-training posting(s) with hourly pay are left out") for n in ai.notes
    )


def test_no_pay_convertible_is_not_no_pay_stated(tmp_path: Path) -> None:
    rows = [_toman_2017() for _ in range(3)]
    with make_store(tmp_path, rows) as s:
        res = indicators(store=s, config=IndicatorConfig(events=[]))
    for name in ("pay_by_category", "inequality"):
        ind = res.get(name)
        assert (ind.insufficient or "").startswith(
            "no posting's pay could be converted to USD: 3 posting(s) with pay have no exchange "
            "rate on or before their date"
        ), ind.insufficient
        assert "تبدیل نشد" in (ind.insufficient_in("fa") or "")


def test_too_few_pay_values_for_inequality(tmp_path: Path) -> None:
    rows = [row("2024-05-01", "writing", 10.0 + i) for i in range(5)]
    with make_store(tmp_path, rows) as s:
        ineq = indicators(store=s).get("inequality")
    assert ineq.insufficient == "5 postings with pay, but no period/pay type has 20 or more"


def test_undated_postings_still_give_pay_and_inequality(tmp_path: Path) -> None:
    rows = [row("", "design", 10.0 * (i + 1)) for i in range(25)]
    with make_store(tmp_path, rows) as s:
        res = indicators(store=s)
    assert res.get("volume_pay").insufficient == "no posting has a date (these sources carry none)"
    [pay] = res.get("pay_by_category").rows
    assert pay["category"] == "design" and pay["median_hourly_usd"] == 130.0
    assert {r["period"] for r in res.get("inequality").rows} == {"all"}
    json_rows = [r for i in res.to_dict()["indicators"] for r in i["rows"]]
    assert all(r["category"] in (*CATEGORY_IDS, None) for r in json_rows)


def test_results_do_not_carry_summation_order_noise() -> None:
    # Two runs of the same parallel sum differed in the last bits (seen on the Upwork
    # files: 0.8976834646266663 vs ...665); both must come out as the same number, while
    # real differences, integers, text and non-finite values pass through unchanged.
    from azadkar.market._indicators import _settle_floats

    a = _settle_floats({"v": 0.8976834646266663, "n": 7, "c": "design"})
    b = _settle_floats({"v": 0.8976834646266665, "n": 7, "c": "design"})
    assert a == b == {"v": 0.897683464627, "n": 7, "c": "design"}
    assert _settle_floats({"v": 0.897683464627})["v"] != _settle_floats({"v": 0.897683464628})["v"]
    assert _settle_floats({"v": 95.23209617691855})["v"] == 95.2320961769
    assert math.isnan(_settle_floats({"v": math.nan})["v"])
    assert _settle_floats({"v": math.inf, "w": None}) == {"v": math.inf, "w": None}
    assert isinstance(_settle_floats({"n": 3})["n"], int)


def _exposure_everywhere(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(
        azadkar.exposure,
        "category_exposure",
        fake_exposure({"writing": 0.9, "design": 0.3, "marketing": 0.5, "photo_video": 0.2}),
    )


def test_one_week_across_a_month_boundary_gets_no_monthly_number(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # 2024-05-30..2024-06-05: two calendar months, one week of data, with pay.
    _exposure_everywhere(monkeypatch)
    days = ["2024-05-30", "2024-05-31"] + [f"2024-06-{d:02d}" for d in range(1, 6)]
    rows = [row(days[i % 7], ("writing", "design")[i % 2], 10.0 + i) for i in range(70)]
    with make_store(tmp_path, rows) as s:
        res = indicators(store=s, config=IndicatorConfig(events=[]))
    why = "span only 7 day(s)"
    assert why in (res.get("volume_pay").insufficient or "")
    exi = res.get("exposure_demand_index")
    assert not exi.rows and why in (exi.insufficient or "")
    assert exi.insufficient_fa and "۷" in exi.insufficient_fa
    ineq = res.get("inequality")
    assert ineq.ok and {r["period"] for r in ineq.rows} == {"all"}  # no monthly row
    assert any(why in n for n in ineq.notes)
    assert len(ineq.notes) == len(ineq.notes_fa)


def test_a_thin_month_is_left_out_of_every_monthly_figure(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Three weeks of data: 1 posting on 31 May, 40 in June, 30 in July (enough span).
    _exposure_everywhere(monkeypatch)
    rows = [row("2024-05-31", "writing", 500.0)]
    rows += [
        row(f"2024-06-{1 + i % 28:02d}", ("writing", "design")[i % 2], 20.0) for i in range(40)
    ]
    rows += [row(f"2024-07-{1 + i % 28:02d}", "design", 30.0) for i in range(30)]
    with make_store(tmp_path, rows) as s:
        res = indicators(store=s, config=IndicatorConfig(events=[]))
    for name in ("volume_pay", "inequality", "exposure_demand_index"):
        ind = res.get(name)
        assert ind.ok, (name, ind.insufficient)
        months = {r.get("month") or r.get("period") for r in ind.rows}
        assert "2024-05-01" not in months, name
        assert any("fewer than 10 dated postings" in n and "2024-05 (1)" in n for n in ind.notes)
    exi = res.get("exposure_demand_index")
    # The index starts at the first month that counts (June), not at one posting in May.
    assert [r["month"] for r in exi.rows] == ["2024-06-01", "2024-07-01"]
    assert exi.rows[0]["index"] == 100.0
    assert exi.rows[1]["exposure_weighted"] == pytest.approx(0.3)


def test_too_few_good_months_says_why(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Two months by the calendar, but one of them has 3 postings: no index.
    _exposure_everywhere(monkeypatch)
    rows = [row(f"2024-05-{d:02d}", "writing") for d in (10, 20, 30)]
    rows += [row(f"2024-06-{1 + i % 28:02d}", "design") for i in range(30)]
    with make_store(tmp_path, rows) as s:
        res = indicators(store=s, config=IndicatorConfig(events=[]))
    exi = res.get("exposure_demand_index")
    assert not exi.rows
    assert exi.insufficient == (
        "only 1 month(s) have 10 or more dated postings (thinner months: 2024-05 (3)); "
        "need at least 2"
    )
    assert [r["month"] for r in res.get("volume_pay").rows] == ["2024-06-01"]


def test_one_day_apart_caveat_only_for_configured_events() -> None:
    from azadkar.market._indicators import did_caveats, load_events

    shipped_en, shipped_fa = did_caveats(load_events())
    assert any(
        "GPT-4 (2023-03-14) and Midjourney v5 (2023-03-15) are one day apart" in c
        for c in shipped_en
    )
    assert any("Midjourney v5" in c and "یک روز" in c for c in shipped_fa)
    assert len(shipped_en) == len(shipped_fa)
    custom = [Event("claude", "Claude", dt.date(2023, 3, 14))]
    en, fa = did_caveats(custom)
    assert not any("apart" in c or "GPT-4" in c or "Midjourney" in c for c in en)
    assert not any("Midjourney" in c or "فاصله" in c for c in fa)
    only_gpt4 = [e for e in load_events() if e.id != "midjourney_v5"]
    assert not any("Midjourney" in c for c in did_caveats(only_gpt4)[0])
    near = [Event("a", "A", dt.date(2024, 1, 1)), Event("b", "B", dt.date(2024, 1, 11))]
    assert any(
        "A (2024-01-01) and B (2024-01-11) are 10 days apart" in c for c in did_caveats(near)[0]
    )


def test_cli_custom_events_drop_the_gpt4_midjourney_caveat(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from azadkar.cli import app

    rows = [row(f"2023-{m:02d}-10", c) for m in range(1, 7) for c in ("writing", "design")]
    store, _ = mapped_store(tmp_path, rows, db=str(tmp_path / "m.duckdb"))
    store.close()
    ev = tmp_path / "ev.toml"
    ev.write_text('[[event]]\nid = "claude"\nname = "Claude"\ndate = 2023-03-14\n', "utf-8")
    runner = CliRunner()
    base = ["market", "indicators", "--db", str(tmp_path / "m.duckdb")]
    shipped = runner.invoke(app, base)
    custom = runner.invoke(app, [*base, "--events", str(ev)])
    custom_fa = runner.invoke(app, [*base, "--events", str(ev), "--lang", "fa"])
    assert shipped.exit_code == custom.exit_code == custom_fa.exit_code == 0, custom.output
    assert "one day apart" in shipped.output
    assert "one day apart" not in custom.output and "Midjourney" not in custom.output
    assert "Midjourney" not in custom_fa.output
    # The report takes the same events file.
    html = tmp_path / "r.html"
    made = runner.invoke(
        app,
        ["market", "report", str(html), "--db", str(tmp_path / "m.duckdb"), "--events", str(ev)],
    )
    assert made.exit_code == 0, made.output
    assert "Midjourney" not in html.read_text("utf-8")
    plain = tmp_path / "plain.html"
    made = runner.invoke(app, ["market", "report", str(plain), "--db", str(tmp_path / "m.duckdb")])
    assert made.exit_code == 0 and "Midjourney" in plain.read_text("utf-8")


# -- how much the single largest pay value weighs --------------------------------------------


def test_inequality_says_how_much_the_largest_value_weighs(tmp_path: Path) -> None:
    # 25 budgets of $100..$340 and one of $600,000 (as on the shared Upwork files); hourly
    # rates of $10..$49, none far above the others.
    fixed = [100.0 + 10 * i for i in range(25)] + [600_000.0]
    hourly = [10.0 + i for i in range(40)]
    rows = [row(f"2024-01-{1 + i % 28:02d}", "web_dev", p, "fixed") for i, p in enumerate(fixed)]
    rows += [row(f"2024-01-{1 + i % 28:02d}", "design", p) for i, p in enumerate(hourly)]
    with make_store(tmp_path, rows) as s:
        res = indicators(store=s, config=IndicatorConfig(events=[]))
    ineq = res.get("inequality")
    by = {(r["period"], r["category"], r["pay_type"]): r for r in ineq.rows}
    big = by[("all", None, "fixed")]
    assert big["max_usd"] == 600_000.0
    assert big["max_share"] == pytest.approx(600_000 / sum(fixed))
    assert big["gini"] == pytest.approx(gini_by_definition(fixed))
    # The Gini of the same group without its largest value, by definition.
    assert big["gini_without_max"] == pytest.approx(gini_by_definition(fixed[:-1]))
    assert big["gini"] > 0.9 > 0.2 > big["gini_without_max"]
    h = by[("all", None, "hourly")]
    assert h["max_usd"] == 49.0 and h["max_share"] == pytest.approx(49 / sum(hourly))
    assert h["gini_without_max"] == pytest.approx(gini_by_definition(hourly[:-1]))
    # Plain words for the rows one value carries (>= 20% of the pay), none for the others.
    said = " | ".join(ineq.notes)
    assert "one posting carries 99% of all fixed-price pay in the market, all periods" in said
    assert "($600,000 among 26 values)" in said
    assert f"the Gini ({big['gini']:.2f}) is {big['gini_without_max']:.2f} without it" in said
    assert "hourly pay" not in said
    assert len(ineq.notes) == len(ineq.notes_fa)
    fa = " | ".join(ineq.notes_fa)
    assert "یک آگهی ۹۹٪ از کل دستمزد پروژه‌ای در کل بازار، همهٔ دوره‌ها" in fa
    assert "۶۰۰٬۰۰۰ دلار در میان ۲۶ مقدار" in fa


def test_inequality_rows_read_by_category_pay_type_then_period(tmp_path: Path) -> None:
    rows = []
    for m in range(1, 4):
        for i in range(24):
            cat = ("web_dev", "design")[i % 2]
            pt = ("fixed", "hourly")[(i // 2) % 2]
            rows.append(row(f"2024-0{m}-{1 + i:02d}", cat, 10.0 + i + m, pt))
    with make_store(tmp_path, rows) as s:
        res = indicators(store=s, config=IndicatorConfig(events=[], min_n=10))
    keys = [(r["category"], r["pay_type"], r["period"]) for r in res.get("inequality").rows]
    # market-wide first, then each category; hourly before fixed; "all", then the months.
    assert keys == [
        (None, "hourly", "all"),
        (None, "hourly", "2024-01-01"),
        (None, "hourly", "2024-02-01"),
        (None, "hourly", "2024-03-01"),
        (None, "fixed", "all"),
        (None, "fixed", "2024-01-01"),
        (None, "fixed", "2024-02-01"),
        (None, "fixed", "2024-03-01"),
        ("design", "hourly", "all"),
        ("design", "fixed", "all"),
        ("web_dev", "hourly", "all"),
        ("web_dev", "fixed", "all"),
    ]


def test_a_pay_type_with_no_value_says_why_instead_of_zeros(tmp_path: Path) -> None:
    # Hourly pay with dates and categories; 25 monthly salaries with neither (as the
    # shared Jobinja ads: no date, no platform category); no fixed price at all.
    rows = [row(f"2024-0{1 + i % 2}-{1 + i % 28:02d}", "web_dev", 20.0 + i) for i in range(30)]
    rows += [row("", "", 500.0 + i, "salary") for i in range(25)]
    with make_store(tmp_path, rows) as s:
        res = indicators(store=s, config=IndicatorConfig(events=[]))
    vol, pay = res.get("volume_pay"), res.get("pay_by_category")
    for ind in (vol, pay):
        assert ind.rows and all(r["n_salary"] == 0 and r["n_fixed"] == 0 for r in ind.rows)
        said = " | ".join(ind.notes)
        assert "no fixed-price figures: no posting in the store states a fixed price" in said
        assert "n_fixed = 0 here means no data, not zero pay" in said
        assert len(ind.notes) == len(ind.notes_fa)
    assert (
        "no monthly-salary figures: none of the 25 postings with a monthly salary is in this "
        "table (25 have no date; 25 have no category yet" in " | ".join(vol.notes)
    )
    assert "(25 have no category yet" in " | ".join(pay.notes)  # dates do not matter there
    assert "رقمی برای حقوق ماهانه نیست: هیچ‌یک از ۲۵ آگهی" in " | ".join(vol.notes_fa)
    # Hourly rates are in both tables: nothing said about them.
    assert not any("hourly-rate" in n for n in vol.notes + pay.notes)


# -- the source report's claims beside the indicators (helper-83) ----------------------------


def _claims_rows() -> list[dict[str, Any]]:
    """Translation and AI-training postings with pay, all in 2024 (after ChatGPT)."""
    rows = [row(f"2024-03-{d:02d}", "translation", 10.0 + d) for d in range(1, 21)]
    rows += [row(f"2024-04-{d:02d}", "translation", 100.0 * d, "fixed") for d in range(1, 4)]
    rows += [
        row("2024-04-02", "data_ai", p, title="Data annotation for AI training")
        for p in (2, 3, 4, 6, 9)
    ]
    return rows


def test_market_claims_are_cited_beside_what_the_indicators_measure(tmp_path: Path) -> None:
    """The report's "30% lower pay for simple translation", "22% more inequality" and
    "$2.4/h ghost work" stand beside pay_by_category, inequality and ai_training as cited
    claims, each with what this store measures about it; before, only the $2.4/h was shown."""
    with make_store(tmp_path, _claims_rows()) as s:
        res = indicators(store=s, config=IndicatorConfig(events=[]))
    cited = {i.name: [c.to_dict() for c in i.cited] for i in res.indicators}
    assert [c["id"] for c in cited["pay_by_category"]] == ["translation_pay_30"]
    assert [c["id"] for c in cited["inequality"]] == ["inequality_22"]
    assert [c["id"] for c in cited["ai_training"]] == ["ghost_work_2_4"]
    assert not cited["volume_pay"] and not cited["did_events"]
    for name in ("pay_by_category", "inequality", "ai_training"):
        [c] = cited[name]
        assert c["status"] == "cited, not verified" and c["source"] and c["claim_fa"]
        assert c["measured"] and c["measured_fa"]
    pay = cited["pay_by_category"][0]
    assert pay["quantity"] == -0.3
    assert "median hourly $20.50 from 20 value(s)" in pay["measured"]
    assert "median fixed-price $200.00 from 3 value(s) (too few to read)" in pay["measured"]
    # a level is not a change: every dated posting is after ChatGPT, and it says so
    assert "is after ChatGPT's release (2022-11-30)" in pay["measured"]
    ineq = cited["inequality"][0]
    assert ineq["quantity"] == 0.22 and "Gini of hourly pay" in ineq["measured"]
    assert "A level of inequality in posted pay, not a change" in ineq["measured"]
    ghost = cited["ai_training"][0]
    assert "$4.00 from 5 hourly rates" in ghost["measured"], ghost["measured"]
    assert "میانهٔ دستمزد ساعتی" in ghost["measured_fa"]
    assert res.to_dict()["indicators"][2]["cited"][0]["id"] == "translation_pay_30"


def test_a_claim_the_store_cannot_measure_says_why(tmp_path: Path) -> None:
    rows = [row(f"2022-{m:02d}-15", "writing", 20.0) for m in (9, 10, 11, 12) for _ in range(3)]
    rows += [row("2023-01-15", "writing", 20.0)]
    with make_store(tmp_path, rows) as s:
        res = indicators(store=s, config=IndicatorConfig(events=[]))
    [ghost] = res.get("ai_training").cited
    assert ghost.measured.startswith("this store cannot measure it: 0 AI-training")
    [pay] = res.get("pay_by_category").cited
    assert pay.measured.startswith("no translation posting here states its pay")
    # postings on both sides of the release: the claims command compares them
    assert "reach both sides of ChatGPT's release" in pay.measured
    assert "azadkar claims --db FILE" in pay.measured


def test_text_csv_and_report_show_the_cited_claims(tmp_path: Path) -> None:
    import csv as csv_mod
    import io

    from typer.testing import CliRunner

    from azadkar.cli import app
    from azadkar.report.market_report import render_market_html

    db = tmp_path / "m.duckdb"
    s, _ = mapped_store(tmp_path, _claims_rows(), db=str(db))
    s.close()
    runner = CliRunner(env={"COLUMNS": "300"})
    r = runner.invoke(app, ["market", "indicators", "--db", str(db)])
    assert r.exit_code == 0, r.output
    assert (
        "cited claim, not verified: Inequality of access to high-paying projects rose by 22%. "
        "(Nature Human Behaviour (2024), as cited by the report)" in r.output
    )
    assert "measured here: market-wide, all periods: Gini of hourly pay" in r.output
    r = runner.invoke(app, ["market", "indicators", "--db", str(db), "--lang", "fa"])
    assert "ادعای نقل‌شده، تأییدنشده: نابرابری در دسترسی" in r.output
    r = runner.invoke(app, ["market", "indicators", "--db", str(db), "--format", "csv"])
    lines = list(csv_mod.reader(io.StringIO(r.output)))
    cited = [ln for ln in lines if ln[1] == "cited"]
    assert [(ln[0], ln[-3], ln[-2]) for ln in cited] == [
        ("pay_by_category", "translation_pay_30", "-0.3"),
        ("inequality", "inequality_22", "0.22"),
        ("ai_training", "ghost_work_2_4", "2.4"),
    ]
    assert all(ln[-1].startswith("cited, not verified: ") for ln in cited)
    with Store(db, read_only=True) as s:
        mi = indicators(store=s)
    page = render_market_html(mi, "en")
    assert page.count('<div class="cited keep">') == 3
    assert "<b>Cited claim, not verified:</b>" in page and "<b>Measured here:</b>" in page
    assert "<b>ادعای نقل‌شده، تأییدنشده:</b>" in render_market_html(mi, "fa")


def test_did_says_when_every_event_is_outside_the_data(tmp_path: Path) -> None:
    """Postings from 2024 cannot show a change around releases of 2022-2023: the reason
    names the events' dates (it said only 'need 2 months before and 2 after an event',
    which reads as if two more months of 2024 would do)."""
    rows = [row(f"2024-05-{d:02d}", "writing", 20.0) for d in range(1, 29)]
    rows += [row(f"2024-06-{d:02d}", "writing", 20.0) for d in range(1, 29)]
    events = [Event("chatgpt", "ChatGPT", dt.date(2022, 11, 30))]
    with make_store(tmp_path, rows) as s:
        did = indicators(store=s, config=IndicatorConfig(events=events)).get("did_events")
    assert "every event (ChatGPT 2022-11-30) is before these dates" in (did.insufficient or "")
    assert "پیش از این تاریخ‌ها هستند" in (did.insufficient_fa or "")
    # an event inside the data adds nothing to the reason
    events = [Event("x", "X", dt.date(2024, 5, 20))]
    with make_store(tmp_path, rows, "q.csv") as s:
        did = indicators(store=s, config=IndicatorConfig(events=events)).get("did_events")
    assert "every event" not in (did.insufficient or "")


def test_caveats_name_the_stores_platforms_not_the_shared_upwork_files(tmp_path: Path) -> None:
    """A Persian platform's own file is not told that "the shared Upwork files come from
    searches for development and data work" (said of every store before); the caveat names
    the platforms the postings come from, with their counts."""
    f = tmp_path / "ponisha.csv"
    f.write_text(
        "عنوان,تاریخ,بودجه\nطراحی لوگو,۱۴۰۳/۰۵/۱۲,۲۵ میلیون تومان\nترجمه,۱۴۰۳/۰۵/۱۳,توافقی\n",
        encoding="utf-8",
    )
    m = tmp_path / "m.toml"
    m.write_text(
        'platform = "ponisha"\n[columns]\ntitle = "عنوان"\nposted = "تاریخ"\npay = "بودجه"\n'
        '[defaults]\ncurrency = "toman"\n',
        encoding="utf-8",
    )
    with Store(tmp_path / "t.duckdb") as s:
        s.ingest([f], mapping=m)
        res = indicators(store=s)
    assert "Upwork" not in " ".join(res.caveats)
    assert "آپ‌ورک" not in " ".join(res.caveats_fa)
    assert res.caveats[0].startswith("Postings are what the ingested files hold (ponisha 2),")
    assert "(\u2066ponisha\u2069 ۲)" in res.caveats_fa[0]  # a Latin name isolated in Persian
    rss = tmp_path / "rss.csv"
    rss.write_text(
        "title,url,published,budget\nLogo,https://www.upwork.com/jobs/~1,2024-05-01,50\n",
        encoding="utf-8",
    )
    with Store(tmp_path / "u.duckdb") as s:
        s.ingest([rss])
        res = indicators(store=s)
    assert res.caveats[0].startswith("Postings are what the ingested files hold (upwork 1),")
    assert "The shared Upwork files come from searches" in res.caveats[0]
    assert "فایل‌های مشترک آپ‌ورک" in res.caveats_fa[0] and "(آپ‌ورک ۱)" in res.caveats_fa[0]
