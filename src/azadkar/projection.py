"""Project a freelancer's weekly hours and monthly income for 2026-2030 under a scenario.

The model, task by task (every step is listed as an assumption in the output)::

    h      = weekly hours x service share x task time share        (today's hours on the task)
    b      = the task's beta (mean of the human and GPT-4 label; the band uses each alone)
    tau    = 1 - (1 - takeover) / multiplier                        (the layer's AI share)
    a      = b x tau                                                (share of the task's time AI does)
    d, p   = demand and pay change of the service (or its category)
    pi     = market pass-through;  f = redeploy;  D = bridge demand

    stay:   hours = h (1 - pi a)(1 + d)               income = r (1 + p) hours x k
    adapt:  own   = h (1 - a)(1 + d)                  (the person's hours on existing work)
            paid  = h (1 - pi a)(1 + d)               (package pricing: paid for the deliverable)
            new   = f h a (1 + d)                     (freed hours refilled with new work)
            income = r (1 + p)(paid + new) x k
    k      = billable hours / working hours (0.7 unless given; income_basis="billable", the
             default): income counts the hours you bill, the same hours the plan's floor
             price divides your costs by; 1 with income_basis="working" (every hour paid)

In "adapt" the new hours go first to audience-layer work, up to (D - 1) x the audience
hours kept, and the rest to supervision / content-lifecycle work. Monthly = weekly x 52/12.
The band runs the model at the scenario's pessimistic and optimistic values, each with
the higher and the lower of the two labels' beta, and reports the lowest and highest result.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Final

from azadkar.bidi import ltr
from azadkar.errors import InputError, ProfileError
from azadkar.exposure import (
    MAX_BILLABLE_HOURS,
    Assessment,
    Profile,
    TaskExposure,
    assess,
    check_number,
    check_profile,
    check_whole,
    profile_dict,
    shown_number,
)
from azadkar.layers import LAYERS
from azadkar.precision import exact_numbers, fraction, hours, money, optional
from azadkar.scenarios import YEARS, Case, Param, Scenario, load_scenario

PROJECTION_SCHEMA: Final = "azadkar.projection/1"
WEEKS_PER_MONTH: Final = 52 / 12
# Share of working hours billed to clients when the user does not say (admin, sales and
# learning take the rest): income and the floor price both count these hours.
DEFAULT_BILLABLE_SHARE: Final = 0.7
DEFAULT_HOURS_PER_WEEK: Final = 40.0


class YearNotProjectedError(InputError, KeyError):
    """:meth:`Projection.year` for a year the projection does not cover (also a
    ``KeyError``, which it used to be, bare)."""

    def __str__(self) -> str:  # KeyError would show the message as a quoted repr
        return self.message


SUPERVISION: Final = "supervision"
IDLE: Final = "idle"
HOUR_BUCKETS: Final = (*LAYERS, SUPERVISION, IDLE)
BUCKET_NAMES: Final = {
    # New paid work in the adapt path (a content-lifecycle role), not the plan's "supervise"
    # action, which sorts today's tasks.
    SUPERVISION: {
        "en": "New role: content lifecycle",
        "fa": "نقش تازه: چرخهٔ عمر محتوا",
    },
    IDLE: {"en": "Hours without paid work", "fa": "ساعت‌های بی‌کار"},
}
_E_BETA: Final = {"E0": 0.0, "E1": 1.0, "E2": 0.5}

# (params case, which label's beta) for the band's corners
_CORNERS: Final[tuple[tuple[Case, str], ...]] = (
    ("pessimistic", "max"),
    ("pessimistic", "min"),
    ("optimistic", "max"),
    ("optimistic", "min"),
)


@dataclass(frozen=True, slots=True)
class Band:
    """A central result and the lowest and highest over the band's corners."""

    low: float
    central: float
    high: float

    def to_dict(self, unit: Callable[[float], float] = fraction) -> dict[str, float]:
        """The band as JSON, each figure rounded as ``unit`` (:mod:`azadkar.precision`:
        ``fraction`` by default, ``hours`` or ``money``)."""
        return {"low": unit(self.low), "central": unit(self.central), "high": unit(self.high)}

    def scaled(self, k: float) -> Band:
        lo, hi = sorted((self.low * k, self.high * k))
        return Band(lo, self.central * k, hi)


def _band(central: float, corners: Iterable[float]) -> Band:
    values = [central, *corners]
    return Band(min(values), central, max(values))


@dataclass(frozen=True, slots=True)
class Assumption:
    id: str
    en: str
    fa: str
    source: str

    def text(self, lang: str) -> str:
        return self.fa if lang == "fa" else self.en

    def to_dict(self) -> dict[str, str]:
        return {"id": self.id, "en": self.en, "fa": self.fa, "source": self.source}


ASSUMPTIONS: Final = (
    Assumption(
        "time_share",
        "Within a service a task's share of your time is proportional to its O*NET weight (Core = 2, else 1); across services, the shares you gave.",
        "در هر خدمت سهم زمانی هر وظیفه متناسب با وزن آن در O*NET است (اصلی = ۲، دیگر = ۱)؛ میان خدمت‌ها، سهم‌هایی که خودتان دادید.",
        "azadkar assumption (O*NET gives no time shares)",
    ),
    Assumption(
        "task_beta",
        "A task's exposure is its beta (E1 = 1, E2 = 0.5, E0 = 0), the mean of the human and the GPT-4 label; the band uses each label alone.",
        "مواجههٔ هر وظیفه بتای آن است (E1 = ۱، E2 = ۰٫۵، E0 = ۰)، میانگین برچسب انسانی و GPT-4؛ بازه هر برچسب را جدا به کار می‌برد.",
        "GPTs are GPTs (Eloundou et al. 2023) labels; the averaging is azadkar's",
    ),
    Assumption(
        "ai_share",
        "Share of a task's time AI does = the layer's AI share x the task's beta, where the layer's AI share = 1 - (1 - take-over) / multiplier.",
        "سهم هوش مصنوعی از زمان هر وظیفه = سهم هوش مصنوعی لایه × بتای وظیفه؛ سهم لایه = ۱ − (۱ − جایگزینی) ÷ ضریب بهره‌وری.",
        "azadkar model",
    ),
    Assumption(
        "ramp",
        "Each parameter moves in a straight line from its neutral value in the base year to its target in its year, then stays there.",
        "هر پارامتر از مقدار خنثی در سال پایه به‌طور خطی تا مقدار هدف در سال خودش می‌رسد و همان‌جا می‌ماند.",
        "azadkar assumption (no source gives the path)",
    ),
    Assumption(
        "stay",
        "Stay as is: you keep working without AI; clients stop paying you for the share of AI-doable time the market passes through (pass-through x AI share), and demand and pay change as the scenario says.",
        "همین‌طور بمانید: بدون هوش مصنوعی کار می‌کنید؛ مشتری‌ها بهای آن بخش از زمانی را که هوش مصنوعی انجام می‌دهد و بازار منتقل می‌کند نمی‌پردازند، و تقاضا و دستمزد طبق سناریو تغییر می‌کند.",
        "azadkar model",
    ),
    Assumption(
        "adapt",
        "Adapt (follow the plan): AI does its share of each task, you are paid for the deliverable (package pricing) at what the market still pays, and you refill part of the freed hours (redeploy) with new work at the same rate.",
        "سازگار شوید (اجرای برنامه): هوش مصنوعی سهم خود را از هر وظیفه انجام می‌دهد، بابت تحویل‌دادنی (قیمت بسته‌ای) همان‌قدر می‌گیرید که بازار هنوز می‌پردازد، و بخشی از ساعت‌های آزادشده را با کار تازه با همان نرخ پر می‌کنید.",
        "azadkar model",
    ),
    Assumption(
        "bridge",
        "New work goes first to audience-layer (bridge) work, up to (bridge demand - 1) x the audience hours you keep; the rest is AI supervision and content-lifecycle work.",
        "کار تازه نخست به لایهٔ تحلیل مخاطب (نقش پل‌ساز) می‌رود، تا (تقاضای پل‌ساز − ۱) × ساعت‌های مخاطب که نگه می‌دارید؛ باقی نظارت بر هوش مصنوعی و چرخهٔ محتواست.",
        "azadkar model",
    ),
    Assumption(
        "pay_demand",
        "A pay or demand change applies to every hour of the services it names (a service key overrides its category's).",
        "تغییر دستمزد یا تقاضا روی همهٔ ساعت‌های خدمت‌های مربوط اعمال می‌شود (کلید خدمت بر کلید دسته مقدم است).",
        "azadkar model",
    ),
    Assumption(
        "month",
        "A month has 52/12 weeks; your weekly hours (--hours, 40 when you give none) stay as "
        "they are, and income counts "
        "every working hour at your rate (the floor price, unlike this, counts only billable "
        "hours).",
        "هر ماه ۵۲ ÷ ۱۲ هفته است؛ ساعت‌های کار هفتگی (--hours، اگر ندهید ۴۰) ثابت می‌ماند، "
        "و درآمد همهٔ ساعت‌های "
        "کار را با نرخ شما حساب می‌کند (کف قیمت، برخلاف آن، فقط ساعت‌های قابل صورت‌حساب را).",
        "azadkar assumption",
    ),
    Assumption(
        "band",
        "Low and high are the lowest and highest results over the scenario's pessimistic and optimistic values, each with the human and with the GPT-4 label.",
        "کم و زیاد، کمترین و بیشترین نتیجه با مقادیر بدبینانه و خوش‌بینانهٔ سناریو است، هر کدام با برچسب انسانی و با برچسب GPT-4.",
        "azadkar model",
    ),
)


# The "month" assumption when income counts billable hours (``income_basis="billable"``,
# what the command line and its reports use): one basis with the floor price.
MONTH_BILLABLE: Final = Assumption(
    "month",
    "A month has 52/12 weeks; your weekly hours (--hours, 40 when you give none) stay as "
    "they are. Income counts only your billable hours at your rate: 70% of your working "
    "hours unless you give --billable-hours, the same hours the floor price divides your "
    "costs by.",
    "هر ماه ۵۲ ÷ ۱۲ هفته است؛ ساعت‌های کار هفتگی (--hours، اگر ندهید ۴۰) ثابت می‌ماند. "
    "درآمد فقط ساعت‌های قابل صورت‌حساب را با نرخ شما حساب می‌کند: ۷۰٪ ساعت‌های کاری، مگر "
    "آنکه --billable-hours را بدهید؛ همان ساعت‌هایی که کف قیمت هزینه‌هایتان را بر آن "
    "تقسیم می‌کند.",
    "azadkar assumption",
)
INCOME_BASES: Final = ("working", "billable")

HOURS_ASSUMED: Final = Assumption(
    "hours",
    "You gave no weekly hours, so 40 hours a week are assumed: the hours, the income and the "
    "billable hours in this report all follow from it. Give yours with --hours (for example "
    "--hours 30).",
    "ساعت کار هفتگی را نداده‌اید، پس ۴۰ ساعت در هفته فرض شده است: ساعت‌ها، درآمد و ساعت‌های "
    "قابل صورت‌حساب این گزارش همه از آن می‌آیند. ساعت خودتان را با --hours بدهید (مثلاً "
    "--hours 30).",
    "azadkar assumption",
)


def task_beta(task: TaskExposure, which: str = "mean") -> float:
    """The task's beta from its labels: ``mean`` of human and GPT-4, or ``min`` / ``max``."""
    h, g = _E_BETA[task.human_label], _E_BETA[task.gpt4_label]
    if which == "min":
        return min(h, g)
    if which == "max":
        return max(h, g)
    return (h + g) / 2


def layer_ai_share(scenario: Scenario, layer: str, year: int, case: Case = "central") -> float:
    """tau: share of an exposed (beta = 1) task's time that AI does in ``layer`` and ``year``."""
    take = scenario.value(f"layers.{layer}.takeover", year, case, 0.0)
    mult = scenario.value(f"layers.{layer}.multiplier", year, case, 1.0)
    return 1.0 - (1.0 - take) / mult


@dataclass(frozen=True, slots=True)
class _Row:
    hours: float  # h
    layer: str
    beta: dict[str, float]  # mean/min/max
    service_id: str
    category: str


def _rows(a: Assessment) -> list[_Row]:
    hours = a.profile.hours_per_week
    out = []
    for s in a.services:
        for t in s.tasks:
            out.append(
                _Row(
                    hours=hours * s.share * t.time_share,
                    layer=t.layer,
                    beta={w: task_beta(t, w) for w in ("mean", "min", "max")},
                    service_id=s.id,
                    category=s.service.category,
                )
            )
    return out


@dataclass(frozen=True, slots=True)
class _Outcome:
    stay_hours: dict[str, float]
    adapt_hours: dict[str, float]
    stay_income: float  # weekly, in rate units
    adapt_income: float
    ai_share: float  # share of today's hours AI does (adapt)


def _param_at(p: Param | None, year: int, base: int, case: Case) -> float:
    return 0.0 if p is None else p.at(year, base, case)


def _run(
    rows: Sequence[_Row], scenario: Scenario, year: int, case: Case, beta: str, total: float
) -> _Outcome:
    base = scenario.base_year
    pi = scenario.value("market.pass_through", year, case, 1.0)
    f = scenario.value("adapt.redeploy", year, case, 0.0)
    bridge = scenario.value("adapt.bridge_demand", year, case, 1.0)
    tau = {layer: layer_ai_share(scenario, layer, year, case) for layer in LAYERS}
    stay = dict.fromkeys(HOUR_BUCKETS, 0.0)
    adapt = dict.fromkeys(HOUR_BUCKETS, 0.0)
    stay_income = adapt_income = ai_hours = new_hours = 0.0
    for r in rows:
        a = r.beta[beta] * tau[r.layer]
        d = _param_at(scenario.for_service("demand", r.service_id, r.category), year, base, case)
        p = _param_at(scenario.for_service("pay", r.service_id, r.category), year, base, case)
        kept = r.hours * (1 - pi * a) * (1 + d)
        own = r.hours * (1 - a) * (1 + d)
        new = f * r.hours * a * (1 + d)
        stay[r.layer] += kept
        adapt[r.layer] += own
        stay_income += (1 + p) * kept
        adapt_income += (1 + p) * (kept + new)
        ai_hours += r.hours * a
        new_hours += new
    to_audience = min(new_hours, max(0.0, bridge - 1) * adapt["audience"])
    adapt["audience"] += to_audience
    adapt[SUPERVISION] = new_hours - to_audience
    for by_bucket in (stay, adapt):
        by_bucket[IDLE] = max(0.0, total - sum(by_bucket[k] for k in HOUR_BUCKETS if k != IDLE))
    return _Outcome(stay, adapt, stay_income, adapt_income, ai_hours / total if total else 0.0)


@dataclass(frozen=True, slots=True)
class PathYear:
    """One path ("stay" or "adapt") in one year."""

    hours: dict[str, Band]  # weekly hours per layer (+ supervision, idle)
    income: Band | None  # monthly, in the profile's currency (None without a rate)
    income_index: Band  # relative to today's income (1.0 = today)

    def to_dict(self) -> dict[str, Any]:
        return {
            "hours": {k: v.to_dict(hours) for k, v in self.hours.items()},
            "income": self.income.to_dict(money) if self.income else None,
            "income_index": self.income_index.to_dict(fraction),
        }


@dataclass(frozen=True, slots=True)
class YearProjection:
    year: int
    stay: PathYear
    adapt: PathYear
    ai_share: Band  # share of today's working time AI does (for someone who adapts)

    def to_dict(self) -> dict[str, Any]:
        return {
            "year": self.year,
            "stay": self.stay.to_dict(),
            "adapt": self.adapt.to_dict(),
            "ai_share": self.ai_share.to_dict(fraction),
        }


@dataclass(frozen=True, slots=True)
class Projection:
    """Weekly hours and monthly income, 2026-2030, for "stay as is" and "adapt"."""

    scenario: Scenario
    profile: Profile
    baseline_hours: dict[str, float]
    baseline_income: float | None  # monthly, today
    years: tuple[YearProjection, ...]
    assumptions: tuple[Assumption, ...] = ASSUMPTIONS
    params_used: tuple[str, ...] = field(default=())
    # Income counts these hours a month (the plan's floor price divides costs by the same).
    billable_hours: float = 0.0
    billable_assumed: bool = True
    hours_assumed: bool = False  # the user gave no weekly hours: 40 was taken
    # "billable": income counts billable_hours a month (as the floor price does);
    # "working": every working hour (weekly hours x 52/12).
    income_basis: str = "billable"

    def __repr__(self) -> str:
        # A short summary for a notebook or a REPL; to_dict() holds every figure.
        last = self.years[-1] if self.years else None
        parts = [f"<Projection {self.scenario.id}"]
        if self.years:
            parts.append(f", {self.years[0].year}-{last.year if last else ''}")
        if last is not None:
            parts.append(f": AI does {last.ai_share.central:.0%} of today's time in {last.year}")
            if self.baseline_income is not None and last.stay.income and last.adapt.income:
                cur = self.profile.currency
                parts.append(
                    f"; monthly income today {self.baseline_income:,.0f} {cur}, in {last.year} "
                    f"{last.stay.income.central:,.0f} staying as is / "
                    f"{last.adapt.income.central:,.0f} adapting (central)"
                )
        parts.append("; .to_dict() has every figure and band>")
        return "".join(parts)

    @property
    def income_hours(self) -> float:
        """The hours a month today's income counts."""
        if self.income_basis == "billable":
            return self.billable_hours
        return self.profile.hours_per_week * WEEKS_PER_MONTH

    @property
    def billable_share(self) -> float:
        """Billable hours as a share of the month's working hours."""
        month = self.profile.hours_per_week * WEEKS_PER_MONTH
        return self.billable_hours / month if month else 0.0

    def year(self, year: int) -> YearProjection:
        """The projection for ``year`` (one of ``project(..., years=...)``, 2026-2030 by
        default); another year raises :class:`YearNotProjectedError` (a ``KeyError``)."""
        for y in self.years:
            if y.year == year:
                return y
        shown = ", ".join(str(y.year) for y in self.years)
        raise YearNotProjectedError(
            f"no projection for {year!r}: this one covers {shown}"
            " (pass years=... to project() for others)",
            message_fa=(
                f"برای سال {year!r} پیش‌بینی‌ای نیست؛ این پیش‌بینی سال‌های "
                f"{shown.replace(', ', '، ')} را دارد"
            ).translate(str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")),
            year=year,
        )

    @property
    def currency(self) -> str:
        return self.profile.currency

    @classmethod
    def from_dict(
        cls,
        data: Mapping[str, Any],
        *,
        scenario: Scenario | None = None,
        profile: Profile | None = None,
    ) -> Projection:
        """The projection a ``to_dict()`` JSON holds (see :func:`azadkar.load`): checks
        its ``schema`` version and every field, and raises
        :class:`~azadkar.errors.SavedResultError` naming the one that is wrong."""
        from azadkar.results import projection_from_dict

        return projection_from_dict(data, scenario=scenario, profile=profile)

    def to_dict(self, *, exact: bool = False) -> dict[str, Any]:
        """The JSON of the projection (``projection`` in ``azadkar assess --format json``).
        Figures are rounded by kind (:mod:`azadkar.precision`); ``exact=True`` writes them
        unrounded."""
        with exact_numbers(exact):
            return self._to_dict()

    def _to_dict(self) -> dict[str, Any]:
        return {
            "schema": PROJECTION_SCHEMA,
            "scenario": {
                "id": self.scenario.id,
                "name": {"en": self.scenario.name_en, "fa": self.scenario.name_fa},
                "status": self.scenario.status,
                "origin": self.scenario.origin,
            },
            "currency": self.profile.currency,
            "rate": self.profile.rate,
            "hours_per_week": self.profile.hours_per_week,
            "hours_per_week_assumed": self.hours_assumed,
            "profile": profile_dict(self.profile),
            "income_basis": self.income_basis,
            "income_hours_per_month": hours(self.income_hours),
            "billable_hours_per_month": hours(self.billable_hours),
            "billable_hours_assumed": self.billable_assumed,
            "baseline": {
                "hours": {k: hours(v) for k, v in self.baseline_hours.items()},
                "income": optional(money, self.baseline_income),
            },
            "years": [y.to_dict() for y in self.years],
            "units": {
                "hours": "hours per week",
                "income": f"{self.profile.currency} per month: rate x income_hours_per_month "
                f"({self.income_basis} hours), scaled by the paid share of today's hours",
                "income_index": "1.0 = today's income",
            },
            "parameters": [self.scenario.params[k].to_dict() for k in self.params_used],
            "assumptions": [a.to_dict() for a in self.assumptions],
        }


def params_used(scenario: Scenario, assessment: Assessment) -> tuple[str, ...]:
    """The scenario parameters that bear on this profile, in file order: a layer's
    parameters only when some of the profile's tasks are in that layer (a translator with
    no ideation tasks is not told what AI does to ideation)."""
    keys = []
    for key in scenario.params:
        if key.startswith("layers."):
            layer = key.split(".")[1]
            ex = assessment.layers.get(layer)
            if ex is not None and ex.n_tasks:
                keys.append(key)
        elif key == "adapt.bridge_demand":
            # It only moves freed hours into audience work this profile must already have.
            ex = assessment.layers.get("audience")
            if ex is not None and ex.n_tasks:
                keys.append(key)
        elif key.startswith(("market.", "adapt.")):
            keys.append(key)
    for s in assessment.services:
        for table in ("pay", "demand"):
            p = scenario.for_service(table, s.id, s.service.category)
            if p is not None and p.key not in keys:
                keys.append(p.key)
    return tuple(keys)


def _check_years(years: Sequence[int], base_year: int) -> tuple[int, ...]:
    """``years`` as whole years from the scenario's base year on, each once; else a
    :class:`ProfileError` naming ``years`` (a figure for 2027.5, or for a year before the
    scenario starts, would be computed and mean nothing)."""
    if isinstance(years, int | str | bytes) or not isinstance(years, Iterable):
        raise ProfileError(
            f"years must be a list of whole years such as [2026, 2030], not {years!r}",
            message_fa=f"{ltr('years')} باید فهرستی از سال‌ها باشد، مانند "
            f"{ltr('[2026, 2030]')}، نه «{years!s}»",
            field="years",
        )
    out: list[int] = []
    for i, year in enumerate(years):
        y = check_whole(
            year,
            f"years[{i}]",
            ltr(f"years[{i}]"),
            low=base_year,
            field=f"years[{i}]",
        )
        if y in out:
            raise ProfileError(
                f"years[{i}]: {y} is given twice",
                message_fa=f"{ltr(f'years[{i}]')}: {shown_number(y, 'fa').replace('٬', '')} "
                "دو بار آمده است",
                field=f"years[{i}]",
            )
        out.append(y)
    if not out:
        raise ProfileError(
            "years is empty: name at least one year, such as [2030]",
            message_fa=f"{ltr('years')} خالی است: دست‌کم یک سال بدهید، مانند {ltr('[2030]')}",
            field="years",
        )
    return tuple(out)


def project(
    assessment_or_profile: Assessment | Profile | Sequence[str],
    scenario: str | Scenario | None = None,
    *,
    years: Sequence[int] = YEARS,
    billable_hours: float | None = None,
    hours_assumed: bool = False,
    income_basis: str = "billable",
) -> Projection:
    """Project hours and income for 2026-2030 under ``scenario`` (name, path or object).

    ``income_basis="billable"`` (the default) counts ``billable_hours`` a month at the
    profile's rate (default: 70% of the weekly hours x 52/12), the hours the plan's floor
    price divides costs by: one basis for income and floor, as the command line and the web
    app show. ``"working"`` counts every working hour (the reports then name both bases). ``hours_assumed`` says the user
    gave no weekly hours (the profile's 40 is a default): the projection then lists that
    as its first assumption."""
    if income_basis not in INCOME_BASES:
        raise InputError(
            f"income_basis must be one of {', '.join(INCOME_BASES)}, not {income_basis!r}",
            message_fa=f"مبنای درآمد باید یکی از {'، '.join(INCOME_BASES)} باشد",
            income_basis=income_basis,
        )
    a = (
        assessment_or_profile
        if isinstance(assessment_or_profile, Assessment)
        else assess(assessment_or_profile)
    )
    check_profile(a.profile)  # a hand-built Profile may carry a NaN or infinite rate
    sc = load_scenario(scenario)
    years = _check_years(years, sc.base_year)
    rows = _rows(a)
    total = a.profile.hours_per_week
    rate = a.profile.rate
    billable_assumed = billable_hours is None
    if billable_hours is None:
        billable_hours = total * WEEKS_PER_MONTH * DEFAULT_BILLABLE_SHARE
    else:
        billable_hours = check_number(
            billable_hours,
            "billable hours per month",
            "ساعت‌های قابل صورت‌حساب در ماه",
            high=MAX_BILLABLE_HOURS,
            billable_hours=billable_hours,
        )
    income_hours = billable_hours if income_basis == "billable" else total * WEEKS_PER_MONTH
    baseline_hours = dict.fromkeys(HOUR_BUCKETS, 0.0)
    for r in rows:
        baseline_hours[r.layer] += r.hours
    baseline_weekly = sum(r.hours for r in rows)
    out = []
    for year in years:
        central = _run(rows, sc, year, "central", "mean", total)
        corners = [_run(rows, sc, year, case, beta, total) for case, beta in _CORNERS]

        def path(
            name: str, central: _Outcome = central, corners: list[_Outcome] = corners
        ) -> PathYear:
            hours_of = (lambda o: o.stay_hours) if name == "stay" else (lambda o: o.adapt_hours)
            income_of = (lambda o: o.stay_income) if name == "stay" else (lambda o: o.adapt_income)
            hours = {
                k: _band(hours_of(central)[k], (hours_of(c)[k] for c in corners))
                for k in HOUR_BUCKETS
            }
            weekly = _band(income_of(central), (income_of(c) for c in corners))
            index = weekly.scaled(1 / baseline_weekly) if baseline_weekly else Band(0, 0, 0)
            income = index.scaled(rate * income_hours) if rate is not None else None
            return PathYear(hours, income, index)

        out.append(
            YearProjection(
                year=year,
                stay=path("stay"),
                adapt=path("adapt"),
                ai_share=_band(central.ai_share, (c.ai_share for c in corners)),
            )
        )
    return Projection(
        scenario=sc,
        profile=a.profile,
        baseline_hours=baseline_hours,
        baseline_income=rate * income_hours if rate is not None else None,
        years=tuple(out),
        assumptions=_assumptions(hours_assumed, income_basis),
        params_used=params_used(sc, a),
        billable_hours=billable_hours,
        billable_assumed=billable_assumed,
        hours_assumed=hours_assumed,
        income_basis=income_basis,
    )


def _assumptions(hours_assumed: bool, income_basis: str) -> tuple[Assumption, ...]:
    out = list(ASSUMPTIONS)
    if income_basis == "billable":
        out = [MONTH_BILLABLE if a.id == "month" else a for a in out]
    return (HOURS_ASSUMED, *out) if hours_assumed else tuple(out)


__all__ = [
    "ASSUMPTIONS",
    "BUCKET_NAMES",
    "DEFAULT_BILLABLE_SHARE",
    "DEFAULT_HOURS_PER_WEEK",
    "HOURS_ASSUMED",
    "HOUR_BUCKETS",
    "IDLE",
    "INCOME_BASES",
    "MONTH_BILLABLE",
    "SUPERVISION",
    "WEEKS_PER_MONTH",
    "Assumption",
    "Band",
    "PathYear",
    "Projection",
    "YearProjection",
    "layer_ai_share",
    "project",
    "task_beta",
]
