"""The 2026-2030 projection: accounting identities and exact response to one parameter."""

from __future__ import annotations

import pytest

from azadkar.errors import InputError
from azadkar.exposure import assess, make_profile
from azadkar.projection import (
    ASSUMPTIONS,
    HOUR_BUCKETS,
    WEEKS_PER_MONTH,
    layer_ai_share,
    project,
    task_beta,
)
from azadkar.scenarios import load_scenario

RATE = 20.0


@pytest.fixture(scope="module")
def design() -> object:
    return assess(make_profile(["logo_design:60", "seo:40"], rate=RATE, hours_per_week=30))


def _layer_exposed_hours(a, layer: str) -> float:  # type: ignore[no-untyped-def]
    """Sum of h x beta over the tasks of one layer (today's hours, mean label)."""
    return sum(
        a.profile.hours_per_week * s.share * t.time_share * task_beta(t)
        for s in a.services
        for t in s.tasks
        if t.layer == layer
    )


# Billable hours a month per weekly hour: income's default basis (70% of 52/12).
BILLABLE_MONTH = WEEKS_PER_MONTH * 0.7


def test_baseline_hours_and_income(design) -> None:  # type: ignore[no-untyped-def]
    # Income counts billable hours by default (70% of the weekly hours x 52/12), the hours
    # the plan's floor price divides costs by; every working hour only when asked.
    p = project(design)
    assert project(design, income_basis="working").baseline_income == pytest.approx(
        RATE * 30 * WEEKS_PER_MONTH
    )
    assert sum(p.baseline_hours.values()) == pytest.approx(30)
    assert p.baseline_income == pytest.approx(RATE * 30 * BILLABLE_MONTH)
    assert [y.year for y in p.years] == [2026, 2027, 2028, 2029, 2030]


def test_hours_account_for_the_whole_week(design) -> None:  # type: ignore[no-untyped-def]
    p = project(design)  # report-2025 has no demand change for these services
    for y in p.years:
        for path in (y.stay, y.adapt):
            assert sum(path.hours[k].central for k in HOUR_BUCKETS) == pytest.approx(30)


def test_changing_execution_takeover_changes_income_by_what_the_model_says(design) -> None:  # type: ignore[no-untyped-def]
    base = load_scenario("report-2025")
    delta = -0.1
    changed = base.with_param("layers.execution.takeover", value=0.8 + delta)
    before, after = project(design, base).year(2030), project(design, changed).year(2030)
    pi = base.value("market.pass_through", 2030)
    f = base.value("adapt.redeploy", 2030)
    exposed = _layer_exposed_hours(design, "execution")  # no pay/demand change for these services
    expected_stay = -delta * pi * exposed * RATE * BILLABLE_MONTH
    expected_adapt = delta * (f - pi) * exposed * RATE * BILLABLE_MONTH
    assert after.stay.income.central - before.stay.income.central == pytest.approx(expected_stay)
    assert after.adapt.income.central - before.adapt.income.central == pytest.approx(expected_adapt)
    assert expected_stay > 0  # less take-over, more paid hours for who stays as is
    # Hours in the execution layer move by the same amount (stay: pi x delta x exposed hours).
    assert after.stay.hours["execution"].central - before.stay.hours[
        "execution"
    ].central == pytest.approx(-delta * pi * exposed)


def test_changing_redeploy_only_moves_the_adapt_path(design) -> None:  # type: ignore[no-untyped-def]
    base = load_scenario("report-2025")
    changed = base.with_param("adapt.redeploy", value=0.5)
    before, after = project(design, base).year(2030), project(design, changed).year(2030)
    ai_hours = sum(
        _layer_exposed_hours(design, layer) * layer_ai_share(base, layer, 2030)
        for layer in ("execution", "ideation", "audience", "client")
    )
    assert after.stay.income.central == pytest.approx(before.stay.income.central)
    assert after.adapt.income.central - before.adapt.income.central == pytest.approx(
        0.1 * ai_hours * RATE * BILLABLE_MONTH
    )


def test_pay_pressure_scales_translation_income_exactly() -> None:
    a = assess(make_profile(["text_translation"], rate=10))
    base = load_scenario("report-2025")
    changed = base.with_param("pay.text_translation", value=-0.2)
    before, after = project(a, base).year(2027), project(a, changed).year(2027)
    hours = before.stay.hours
    paid = sum(hours[k].central for k in ("execution", "ideation", "audience", "client"))
    assert after.stay.income.central - before.stay.income.central == pytest.approx(
        0.1 * paid * 10 * BILLABLE_MONTH
    )


def test_observed_demand_drop_for_design() -> None:
    a = assess(make_profile(["logo_design"], rate=10))
    p = project(a, "observed-2023-2025")
    # pass-through 0 and no pay change for design: stay keeps (1 - 17%) of today's hours.
    assert p.year(2026).stay.income_index.central == pytest.approx(0.83)


def test_band_contains_central_and_label_choice_matters(design) -> None:  # type: ignore[no-untyped-def]
    p = project(design)
    for y in p.years:
        for band in (y.stay.income, y.adapt.income, y.ai_share):
            assert band.low <= band.central <= band.high
    assert p.year(2030).stay.income.low < p.year(2030).stay.income.high


def test_without_rate_income_is_an_index() -> None:
    p = project(["copywriting"])
    assert p.baseline_income is None
    y = p.year(2027)
    assert y.stay.income is None
    assert 0 < y.stay.income_index.central < 1


def test_output_lists_assumptions_and_sourced_parameters(design) -> None:  # type: ignore[no-untyped-def]
    d = project(design).to_dict()
    assert {a["id"] for a in d["assumptions"]} == {a.id for a in ASSUMPTIONS}
    assert all(a["source"] for a in d["assumptions"])
    keys = {p["key"] for p in d["parameters"]}
    assert "layers.execution.takeover" in keys and "pay.text_translation" not in keys
    assert all(p["source"] and p["status"] for p in d["parameters"])


def test_projection_refuses_a_profile_with_a_non_finite_rate() -> None:
    from azadkar.errors import ProfileError
    from azadkar.exposure import Profile
    from azadkar.projection import project

    with pytest.raises(ProfileError, match="too large"):
        project(Profile((("seo", 1.0),), rate=float("inf")))
    with pytest.raises(ProfileError, match="finite"):
        project(Profile((("seo", 1.0),), rate=float("nan")))


def test_a_year_outside_the_projection_is_named_not_a_bare_key_error() -> None:
    from azadkar.errors import InputError

    p = project(["seo"])
    with pytest.raises(InputError, match=r"no projection for 2040: this one covers 2026, .*2030"):
        p.year(2040)
    with pytest.raises(KeyError):  # what it was before, still caught the same way
        p.year(2025)
    try:
        p.year(2040)
    except InputError as exc:
        assert exc.text("fa").startswith("برای سال ۲۰۴۰") and exc.data == {"year": 2040}


def test_the_working_hours_basis_says_every_working_hour_is_paid() -> None:
    # Asked to count every working hour, income and the floor price (70% billable hours by
    # default) rest on two bases: the assumptions say so, so the two are not read as one.
    from azadkar.exposure import assess, make_profile
    from azadkar.projection import project

    p = project(assess(make_profile(["seo"], rate=20)), income_basis="working")
    month = next(a for a in p.assumptions if a.id == "month")
    assert "every working hour" in month.text("en") and "billable" in month.text("en")
    assert "همهٔ ساعت‌های کار" in month.text("fa")


def test_the_library_counts_income_as_the_command_line_and_the_web_do() -> None:
    """project() with no income_basis counts the floor price's billable hours, as
    `azadkar assess` and the web app do: the same profile gives the same income."""
    from azadkar.exposure import assess, make_profile
    from azadkar.projection import project

    p = project(assess(make_profile(["seo"], rate=20, hours_per_week=30)))
    assert p.income_basis == "billable"
    assert p.baseline_income == pytest.approx(20 * 30 * WEEKS_PER_MONTH * 0.7)


def test_billable_income_basis_counts_the_floor_prices_hours(design) -> None:  # type: ignore[no-untyped-def]
    # The command line's reports showed income on every working hour and the floor price on
    # 70% of them: two bases on one page. income_basis="billable" puts income on the
    # floor price's hours, and the "month" assumption says so.
    p = project(design, income_basis="billable")
    billable = 30 * WEEKS_PER_MONTH * 0.7
    assert p.billable_hours == pytest.approx(billable) and p.billable_assumed
    assert p.baseline_income == pytest.approx(RATE * billable)
    working = project(design, income_basis="working")
    for y, w in zip(p.years, working.years, strict=True):
        assert y.stay.income.central == pytest.approx(0.7 * w.stay.income.central)
        assert y.adapt.income_index.central == pytest.approx(w.adapt.income_index.central)
    given = project(design, income_basis="billable", billable_hours=100)
    assert given.baseline_income == pytest.approx(RATE * 100) and not given.billable_assumed
    month = next(a for a in p.assumptions if a.id == "month")
    assert "billable hours" in month.text("en") and "floor price" in month.text("en")
    assert "every working hour" not in month.text("en")
    assert "قابل صورت‌حساب" in month.text("fa")
    data = p.to_dict()
    assert data["income_basis"] == "billable" and data["income_hours_per_month"] == billable
    with pytest.raises(InputError, match="income_basis"):
        project(design, income_basis="weekly")
    with pytest.raises(InputError, match="billable hours"):
        project(design, income_basis="billable", billable_hours=float("nan"))


def test_assumed_weekly_hours_are_the_first_assumption(design) -> None:  # type: ignore[no-untyped-def]
    p = project(design, hours_assumed=True)
    assert p.assumptions[0].id == "hours" and "--hours" in p.assumptions[0].text("en")
    assert "--hours" in p.assumptions[0].text("fa") and p.to_dict()["hours_per_week_assumed"]
    assert "hours" not in [a.id for a in project(design).assumptions]
