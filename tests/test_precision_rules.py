"""The rounding rule of azadkar.precision as docs/library.md states it."""

from __future__ import annotations

import pytest

from azadkar.precision import exact_numbers, fraction, hours, money


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        (0.4439999999999998, 0.444),
        (0.12250000001, 0.1225),
        (3e-06, 3e-06),
        (1.23456e-05, 1.235e-05),  # near 0: 4 significant digits
        (0.99996, 0.99996),  # near 1: up to 6
        (0.9999912345, 0.999991),
        (0.99999999, 0.99999999),  # 6 would still say 1: every digit
        (1.0, 1.0),
        (-0.0, 0.0),
    ],
)
def test_a_fraction_keeps_what_the_guide_says(value: float, shown: float) -> None:
    assert fraction(value) == shown
    with exact_numbers():
        assert fraction(value) == value


def test_hours_and_money_keep_two_decimals() -> None:
    assert hours(121.33333333333331) == 121.33
    assert money(48533333.333333336) == 48533333.33
    assert money(0.004) == 0.004  # a non-zero amount is not written as 0
