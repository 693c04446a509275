"""The library refuses what the CLI and the HTTP API refuse, naming the argument.

`azadkar.plan(a, year=2040)` used to compute a plan for a year the outlook does not cover,
while `--plan-year` and the API's `plan_year` stop at 2026-2030.
"""

from __future__ import annotations

from typing import Any

import pytest

import azadkar


@pytest.fixture(scope="module")
def assessed() -> azadkar.Assessment:
    return azadkar.assess(["seo"])


@pytest.mark.parametrize("year", [2040, 2025, 2031, 2027.5, True, "next year"])
def test_plan_year_outside_the_outlook_is_refused_as_the_cli_does(
    assessed: azadkar.Assessment, year: Any
) -> None:
    with pytest.raises(azadkar.ProfileError) as caught:
        azadkar.plan(assessed, year=year)
    err = caught.value
    assert "plan year (year=) must be a whole number from 2026 to 2030" in str(err)
    assert err.data["field"] == "year"
    assert err.message_fa is not None
    assert "سال برنامه" in err.message_fa and "میان ۲۰۲۶ و ۲۰۳۰" in err.message_fa
    assert not any(c in "0123456789" for c in err.message_fa.replace("year=", ""))


def test_plan_year_names_the_value_in_persian_digits(assessed: azadkar.Assessment) -> None:
    with pytest.raises(azadkar.ProfileError) as caught:
        azadkar.plan(assessed, year=2040)
    assert str(caught.value).endswith("got 2040")
    assert caught.value.message_fa is not None
    assert caught.value.message_fa.endswith("نه ۲۰۴۰")


@pytest.mark.parametrize(
    ("year", "read"), [(2026, 2026), (2030, 2030), ("۲۰۲۸", 2028), (2029.0, 2029)]
)
def test_plan_years_the_cli_takes_are_taken(
    assessed: azadkar.Assessment, year: Any, read: int
) -> None:
    made = azadkar.plan(assessed, year=year).year
    assert made == read and type(made) is int


@pytest.mark.parametrize("n_roles", [-1, 0, "x", 1.5])
def test_n_roles_must_be_one_or_more(assessed: azadkar.Assessment, n_roles: Any) -> None:
    # -1 used to drop the last role silently (fits[:-1]), "x" was a TypeError
    with pytest.raises(azadkar.ProfileError) as caught:
        azadkar.plan(assessed, n_roles=n_roles)
    assert caught.value.data["field"] == "n_roles"
    assert "n_roles=" in str(caught.value)


def test_n_roles_keeps_that_many(assessed: azadkar.Assessment) -> None:
    assert len(azadkar.plan(assessed, n_roles=2).roles) == 2


@pytest.mark.parametrize("bad", [5, "p001", b"x"])
def test_records_and_table_name_results_that_are_not_results(bad: Any) -> None:
    for fn in (azadkar.records, azadkar.table):
        with pytest.raises(azadkar.SavedResultError) as caught:
            fn(bad)
        assert caught.value.data["field"] == "results"
        assert "records() and table() take" in str(caught.value)


def test_records_of_one_result_is_a_table_of_one(assessed: azadkar.Assessment) -> None:
    rows = azadkar.records(assessed)
    assert rows == azadkar.records([assessed])
    assert {row["id"] for row in rows} == {0}


@pytest.mark.parametrize(
    ("years", "field"),
    [(2030, "years"), ([], "years"), ([2027.5], "years[0]"), ([2020], "years[0]"),
     ([2027, 2027], "years[1]"), (["x"], "years[0]")],
)  # fmt: skip
def test_project_years_are_whole_years_from_the_base_year(
    assessed: azadkar.Assessment, years: Any, field: str
) -> None:
    # a row for 2027.5, or one before the scenario starts (AI share 0), was computed
    with pytest.raises(azadkar.ProfileError) as caught:
        azadkar.project(assessed, years=years)
    assert caught.value.data["field"] == field
    assert caught.value.message_fa


def test_project_years_given_are_kept(assessed: azadkar.Assessment) -> None:
    assert [y.year for y in azadkar.project(assessed, years=("۲۰۲۸", 2030)).years] == [2028, 2030]
