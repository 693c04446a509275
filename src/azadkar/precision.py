"""How many decimals each kind of figure keeps in ``to_dict()`` (and so in every JSON
azadkar writes: ``--format json``, the HTTP API, the reports' JSON).

Arithmetic leaves float noise (0.4439999999999998 for 0.444); a person reading the JSON
should not have to see it, and a researcher should not lose a digit that means something.
The rule, per kind of figure azadkar computes:

- **fractions of 1** (shares of time, α/β/γ, disagreement, applicability, the share of time
  AI does, income index, speed-up, pay change, role fit): 4 decimals, a hundredth of a
  percentage point. Reports print whole percents; the finest input is a share typed to a
  tenth or hundredth of a percent (12.5% is 0.125, 12.25% is 0.1225), which stays exact.
  A value that 4 decimals would write as 0 when it is not keeps 4 significant digits
  (3e-06 stays 3e-06); one they would write as 1 keeps up to 6 (0.99996), or every digit
  when 6 would still write 1.
- **hours** (weekly hours, billable hours a month, a task's hours): 2 decimals, 36 seconds.
- **money** (rates, incomes, prices, costs, in any currency): 2 decimals, a cent.

A value read from a dataset (a SOC code's Microsoft score), a scenario file or given by the
user (a rate, an exchange rate) is written as it is: it is a fact about the source, not a
result of azadkar's arithmetic. Counts stay integers.

``to_dict(exact=True)`` skips the rounding, for a file that must reload bit for bit
(:func:`azadkar.load` then gives back an object equal to the original).
"""

from __future__ import annotations

import contextvars
import math
from collections.abc import Callable, Iterator
from contextlib import contextmanager

FRACTION_DECIMALS = 4
HOURS_DECIMALS = 2
MONEY_DECIMALS = 2

_exact: contextvars.ContextVar[bool] = contextvars.ContextVar("azadkar_exact", default=False)


@contextmanager
def exact_numbers(on: bool = True) -> Iterator[None]:
    """Inside the block, ``to_dict()`` writes every figure unrounded."""
    token = _exact.set(on or _exact.get())
    try:
        yield
    finally:
        _exact.reset(token)


def is_exact() -> bool:
    return _exact.get()


def _round(value: float, decimals: int) -> float:
    value = float(value)
    if _exact.get() or not math.isfinite(value):
        return value
    r = round(value, decimals)
    if r == 0.0 and value != 0.0:
        # A small non-zero figure is not written as 0: it keeps 4 significant digits.
        return float(f"{value:.4g}")
    return r + 0.0  # -0.0 reads as 0.0


def fraction(value: float) -> float:
    """A fraction of 1 (share, probability, exposure score) as JSON carries it."""
    r = _round(value, FRACTION_DECIMALS)
    value = float(value)
    if not _exact.get() and r == 1.0 and value < 1.0:
        return float(f"{value:.6g}") if float(f"{value:.6g}") < 1.0 else value
    return r


def hours(value: float) -> float:
    """Hours (a week or a month) as JSON carries them."""
    return _round(value, HOURS_DECIMALS)


def money(value: float) -> float:
    """An amount of money, in any currency, as JSON carries it."""
    return _round(value, MONEY_DECIMALS)


def optional(fn: Callable[[float], float], value: float | None) -> float | None:
    """``fn(value)``, or None for None."""
    return None if value is None else fn(value)


__all__ = [
    "FRACTION_DECIMALS",
    "HOURS_DECIMALS",
    "MONEY_DECIMALS",
    "exact_numbers",
    "fraction",
    "hours",
    "is_exact",
    "money",
    "optional",
]
