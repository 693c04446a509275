"""Task -> service -> profile exposure to large language models, by layer of change.

Method (exactly the source's, Eloundou et al. 2023): each O*NET task carries a label
E0 (no exposure), E1 (an LLM alone halves the time at equal quality) or E2 (needs
LLM-powered software), once from human annotators and once from GPT-4. Over a set of
tasks with weights w (Core = 2, Supplemental or blank = 1):

    alpha = sum(w * [E1]) / sum(w)
    beta  = sum(w * ([E1] + 0.5 * [E2])) / sum(w)
    gamma = sum(w * ([E1] + [E2])) / sum(w)

A service is the set of tasks listed for it in ``service_tasks.csv``. Within a service,
a task's share of working time is assumed proportional to its weight (a stated
assumption: O*NET gives no time shares). A profile mixes services by the share of
working time the freelancer gives each; profile-level and layer-level scores pool
tasks with weight ``share * w / sum(w of the service)``.

The Microsoft AI applicability score (Tomlinson et al. 2025) is the mean over the
service's 6-digit SOC codes, and the profile's is weighted by time share.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from fractions import Fraction
from typing import Any

from azadkar import evidence
from azadkar.bidi import isolate, ltr
from azadkar.errors import ProfileError, UnknownServiceError
from azadkar.layers import LAYER_NAMES, LAYERS
from azadkar.precision import exact_numbers, fraction, is_exact, optional
from azadkar.taxonomy import Service, load_taxonomy

CURRENCIES = ("USD", "IRR", "toman")
# Other currencies freelancers earn in (ISO 4217 codes). azadkar ships no rate for them:
# amounts stay in the currency, and are shown in USD too only with a rate the user states
# (`plan(units_per_usd=...)`, `assess --fx`).
OTHER_CURRENCIES = (
    "CAD", "EUR", "GBP", "AUD", "NZD", "CHF", "SEK", "NOK", "DKK", "PLN", "CZK", "HUF",
    "TRY", "AED", "SAR", "QAR", "KWD", "OMR", "BHD", "IQD", "AFN", "PKR", "INR", "BDT",
    "GEL", "AMD", "AZN", "KZT", "UZS", "RUB", "UAH", "EGP", "MAD", "NGN", "KES", "ZAR",
    "JPY", "CNY", "KRW", "MYR", "SGD", "PHP", "IDR", "THB", "VND", "BRL", "MXN", "ARS",
)  # fmt: skip
ALL_CURRENCIES = CURRENCIES + OTHER_CURRENCIES
# What people type for these currencies, in either language and any case.
_CURRENCY_ALIASES = {
    "cad": "CAD",
    "c$": "CAD",
    "ca$": "CAD",
    "دلار کانادا": "CAD",
    "eur": "EUR",
    "euro": "EUR",
    "€": "EUR",
    "یورو": "EUR",
    "gbp": "GBP",
    "pound": "GBP",
    "£": "GBP",
    "پوند": "GBP",
    "lira": "TRY",
    "لیر": "TRY",
    "dirham": "AED",
    "درهم": "AED",
    "افغانی": "AFN",
    "دینار عراق": "IQD",
    "usd": "USD",
    "dollar": "USD",
    "$": "USD",
    "دلار": "USD",
    "irr": "IRR",
    "rial": "IRR",
    "ریال": "IRR",
    "toman": "toman",
    "تومان": "toman",
    "irt": "toman",
}
LABELS = ("E0", "E1", "E2")
ASSESSMENT_SCHEMA = "azadkar.assessment/1"

# Upper limits of what a person can type, the same as the HTTP API's: an hourly rate up to
# 10^12 (a rial rate still fits), at most 100 working hours a week, monthly costs up to
# 10^13 and at most 744 billable hours a month (24 hours x 31 days).
MAX_RATE = 1e12
MAX_HOURS_PER_WEEK = 100.0
MAX_MONTHLY_COSTS = 1e13
MAX_BILLABLE_HOURS = 744.0
# Rials per US dollar (--usd-rate): from 1 up to 10^12.
MIN_IRR_PER_USD, MAX_IRR_PER_USD = 1.0, 1e12
_FA_NUMBER = str.maketrans("0123456789.,-", "۰۱۲۳۴۵۶۷۸۹٫٬−")


def shown_number(value: float, lang: str = "en") -> str:
    """A number as a message shows it: 1,000,000 rather than 1e+06; Persian digits for fa."""
    if math.isfinite(value) and value == int(value) and abs(value) < 1e16:
        text = f"{int(value):,}"
    else:
        text = f"{value:g}"
    if lang != "fa":
        return text
    mantissa, e, exponent = text.partition("e")
    if e:  # 1e+308: "۱ × ۱۰ به توان ۳۰۸"
        power = str(int(exponent)).translate(_FA_NUMBER)
        return f"{mantissa.translate(_FA_NUMBER)} × ۱۰ به توان {power}"
    return text.translate(_FA_NUMBER)


def check_number(
    value: float,
    what: str,
    what_fa: str,
    *,
    high: float,
    low: float = 0.0,
    low_allowed: bool = False,
    **data: Any,
) -> float:
    """``value`` when it is a finite number in range; else a :class:`ProfileError` naming
    ``what`` (``what_fa`` in Persian), the value and the range (a value above ``high`` is
    "too large", with the limit).

    ``low`` itself is allowed only with ``low_allowed``; ``high`` always is.
    """
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise ProfileError(
            f"{what} must be a number, got {value!r}",
            message_fa=f"{what_fa} باید عدد باشد، نه «{value}»",
            **data,
        ) from None
    if math.isnan(number) or number == -math.inf:
        raise ProfileError(
            f"{what} must be a finite number, got {number:g} (nan and inf are not numbers "
            "azadkar can compute with)",
            message_fa=f"{what_fa} باید یک عدد معمولی باشد، نه {number:g} "
            "(با nan و inf نمی‌توان حساب کرد)",
            **data,
        )
    if number > high:  # 1e999 too: it reads as infinity
        raise ProfileError(
            f"{what} is too large: at most {shown_number(high)}, got {shown_number(number)}",
            message_fa=f"{what_fa} بیش از اندازه بزرگ است: حداکثر {shown_number(high, 'fa')}، "
            f"نه {shown_number(number, 'fa')}",
            **data,
        )
    inside = low <= number if low_allowed else low < number
    if not inside:
        lo_en = f"at least {shown_number(low)}" if low_allowed else f"above {shown_number(low)}"
        lo_fa = (
            f"دست‌کم {shown_number(low, 'fa')}"
            if low_allowed
            else f"بیشتر از {shown_number(low, 'fa')}"
        )
        raise ProfileError(
            f"{what} must be {lo_en} and at most {shown_number(high)}, got {shown_number(number)}",
            message_fa=f"{what_fa} باید {lo_fa} و حداکثر {shown_number(high, 'fa')} باشد، "
            f"نه {shown_number(number, 'fa')}",
            **data,
        )
    return number


def check_whole(
    value: int | str,
    what: str,
    what_fa: str,
    *,
    low: int,
    high: int | None = None,
    **data: Any,
) -> int:
    """``value`` when it is a whole number from ``low`` to ``high`` (both allowed), read as
    the CLI reads a whole-number option (``2027``, ``"۲۰۲۷"``, ``2027.0``); else a
    :class:`ProfileError` naming ``what`` (``what_fa`` in Persian), the range and the value,
    in the words of the CLI's ``--plan-year must be a whole number from 2026 to 2030``.
    ``True`` and ``False`` are not numbers here."""
    from azadkar.numerals import NumberError, parse_whole

    def fa(n: int) -> str:  # no thousands separator: a year reads ۲۰۳۰, not ۲٬۰۳۰
        return str(n).translate(_FA_NUMBER)

    span_en = f"from {low} to {high}" if high is not None else f"of {low} or more"
    span_fa = f"میان {fa(low)} و {fa(high)}" if high is not None else f"{fa(low)} یا بیشتر"
    number: int | None = None
    if not isinstance(value, bool):
        if isinstance(value, float) and math.isfinite(value) and value == int(value):
            number = int(value)
        elif isinstance(value, int | str):
            try:
                number = parse_whole(value)
            except NumberError:
                number = None
    if number is None or number < low or (high is not None and number > high):
        if number is not None:
            shown, shown_fa = str(number), fa(number)
        elif isinstance(value, float):
            shown, shown_fa = f"{value:g}", shown_number(value, "fa")
        else:
            shown, shown_fa = repr(value), f"«{value}»"
        raise ProfileError(
            f"{what} must be a whole number {span_en}, got {shown}",
            message_fa=f"{what_fa} باید عددی صحیح {span_fa} باشد، نه {shown_fa}",
            **data,
        )
    return number


@dataclass(frozen=True, slots=True)
class Scores:
    alpha: float
    beta: float
    gamma: float

    def to_dict(self) -> dict[str, float]:
        return {
            "alpha": fraction(self.alpha),
            "beta": fraction(self.beta),
            "gamma": fraction(self.gamma),
        }


@dataclass(frozen=True, slots=True)
class Exposure:
    """alpha/beta/gamma from human and from GPT-4 labels over one set of tasks."""

    human: Scores
    gpt4: Scores
    n_tasks: int
    weight: float
    disagreement: float  # weighted share of tasks whose human and GPT-4 labels differ

    def to_dict(self) -> dict[str, Any]:
        return {
            "human": self.human.to_dict(),
            "gpt4": self.gpt4.to_dict(),
            "n_tasks": self.n_tasks,
            "weight": fraction(self.weight),
            "disagreement": fraction(self.disagreement),
        }


EMPTY = Exposure(Scores(0.0, 0.0, 0.0), Scores(0.0, 0.0, 0.0), 0, 0.0, 0.0)


def _e(label: str) -> tuple[float, float, float]:
    e1 = 1.0 if label == "E1" else 0.0
    e2 = 1.0 if label == "E2" else 0.0
    return e1, e1 + 0.5 * e2, e1 + e2


def score(items: Iterable[tuple[float | Fraction, str, str]]) -> Exposure:
    """Core-weighted alpha/beta/gamma over ``(weight, human_label, gpt4_label)`` items."""
    # Summed exactly (fractions), rounded once: the weights of a profile's tasks are
    # shares of its time that add up to 1, and float running sums said 0.9999999999999997.
    h = [Fraction(0)] * 3
    g = [Fraction(0)] * 3
    total = disagree = Fraction(0)
    n = 0
    for weight, hl, gl in items:
        w = Fraction(weight)
        n += 1
        total += w
        for i, v in enumerate(_e(hl)):
            h[i] += w * Fraction(v)
        for i, v in enumerate(_e(gl)):
            g[i] += w * Fraction(v)
        if hl != gl:
            disagree += w
    if total == 0:
        return EMPTY
    return Exposure(
        Scores(*(float(x / total) for x in h)),
        Scores(*(float(x / total) for x in g)),
        n,
        float(total),
        float(disagree / total),
    )


@dataclass(frozen=True, slots=True)
class TaskExposure:
    onet_soc: str
    task_id: int
    occupation: str
    statement: str
    task_type: str
    weight: int
    time_share: float  # of the service's time (weight / service weight): an assumption
    layer: str
    layer_rule: str
    human_label: str
    gpt4_label: str
    gpt4_automation: str
    selected_by: str

    @property
    def beta_mean(self) -> float:
        """Mean of the human and GPT-4 beta values of this one task (for ranking)."""
        return (_e(self.human_label)[1] + _e(self.gpt4_label)[1]) / 2

    @property
    def disagrees(self) -> bool:
        return self.human_label != self.gpt4_label

    def to_dict(self) -> dict[str, Any]:
        return {
            "onet_soc": self.onet_soc,
            "task_id": self.task_id,
            "occupation": self.occupation,
            "statement": self.statement,
            "task_type": self.task_type or "Supplemental",
            "weight": self.weight,
            "time_share": fraction(self.time_share),
            "layer": self.layer,
            "layer_rule": self.layer_rule,
            "human_label": self.human_label,
            "gpt4_label": self.gpt4_label,
            "gpt4_automation": self.gpt4_automation,
            "selected_by": self.selected_by,
            "evidence": f"{evidence.GPTS_SOURCE}: full_labelset.tsv, O*NET-SOC {self.onet_soc}, Task ID {self.task_id}",
        }


@dataclass(frozen=True, slots=True)
class Applicability:
    """Microsoft AI applicability score (0 to about 0.5) and the SOC rows behind it."""

    score: float | None
    socs: dict[str, float]
    missing: tuple[str, ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            "score": optional(fraction, self.score),
            "socs": dict(self.socs),  # the dataset's values, as it has them
            "missing": list(self.missing),
            "evidence": f"{evidence.WWAI_SOURCE}: soc_ai_applicability_scores.csv",
        }


@dataclass(frozen=True, slots=True)
class ServiceExposure:
    service: Service
    share: float
    exposure: Exposure
    layers: dict[str, Exposure]
    layer_time: dict[str, float]  # share of the service's time in each layer
    tasks: tuple[TaskExposure, ...]
    applicability: Applicability

    @property
    def id(self) -> str:
        return self.service.id

    def __repr__(self) -> str:
        # A short summary for a notebook or a REPL; to_dict() holds every figure.
        e = self.exposure
        return (
            f"<ServiceExposure {self.id} {self.share:.0%} of the time: "
            f"β {e.gpt4.beta:.0%} (GPT-4 labels) / {e.human.beta:.0%} (human labels) "
            f"over {e.n_tasks} tasks; .to_dict() has every figure>"
        )

    def most_exposed(self, n: int = 3) -> list[TaskExposure]:
        ranked = sorted(self.tasks, key=lambda t: (-t.beta_mean, -t.weight, t.task_id))
        return [t for t in ranked if t.beta_mean > 0][:n]

    def most_human(self, n: int = 3) -> list[TaskExposure]:
        """The ``n`` least exposed tasks, if any is less exposed than the service's most
        exposed level, leaving out those already listed by :meth:`most_exposed`.

        "Most human" is relative: for a service whose every task has some exposure
        (SEO, copywriting) these are the tasks with the lowest β, shown with their labels.
        Empty when every task has the same β (see :meth:`uniform_beta`) or when the few
        tasks below the top are all among the most exposed.
        """
        if not self.tasks:
            return []
        top = max(t.beta_mean for t in self.tasks)
        shown = {t.task_id for t in self.most_exposed(n)}
        ranked = sorted(self.tasks, key=lambda t: (t.beta_mean, -t.weight, t.task_id))
        return [t for t in ranked if t.beta_mean < top and t.task_id not in shown][:n]

    @property
    def uniform_beta(self) -> float | None:
        """β shared by every task of the service, or None when the tasks differ."""
        betas = {t.beta_mean for t in self.tasks}
        return betas.pop() if len(betas) == 1 else None

    def to_dict(self) -> dict[str, Any]:
        s = self.service
        return {
            "id": s.id,
            "category": s.category,
            "name": {"en": s.en, "fa": s.fa},
            "share": fraction(self.share),
            "exposure": self.exposure.to_dict(),
            "layers": {k: v.to_dict() for k, v in self.layers.items()},
            "layer_time": {k: fraction(v) for k, v in self.layer_time.items()},
            "applicability": self.applicability.to_dict(),
            "most_exposed": [t.task_id for t in self.most_exposed()],
            "most_human": [t.task_id for t in self.most_human()],
            "tasks": [t.to_dict() for t in self.tasks],
        }


def shares_text(services: Iterable[tuple[str, float]]) -> str:
    """ "logo_design 60%, seo 40%": service ids with their shares of time."""
    return ", ".join(f"{sid} {share:.0%}" for sid, share in services)


@dataclass(frozen=True, slots=True)
class Profile:
    """A freelancer's work: services with shares of working time (fractions summing to 1)."""

    services: tuple[tuple[str, float], ...]
    rate: float | None = None
    currency: str = "USD"
    hours_per_week: float = 40.0
    text: str | None = None  # the free text the services were read from, if any


def profile_dict(profile: Profile) -> dict[str, Any]:
    """A profile as the JSON of an assessment, a projection and a plan carry it: shares as
    fractions of 1 (rounded as :func:`azadkar.precision.fraction`), the rest as given."""
    return {
        "services": [{"id": sid, "share": fraction(share)} for sid, share in profile.services],
        "rate": profile.rate,
        "currency": profile.currency,
        "hours_per_week": profile.hours_per_week,
        "text": profile.text,
    }


def parse_service_spec(spec: str) -> tuple[str, float | None]:
    """``"seo:30"`` -> ("seo", 30.0); ``"seo"`` -> ("seo", None).

    The share is read as people type a percent: ``seo:30%``, ``seo:۳۰٪``, ``seo:۱۲٫۵``
    (:func:`azadkar.numerals.parse_number`).
    """
    from azadkar.numerals import NumberError, parse_number

    if ":" in spec:
        sid, _, pct = spec.partition(":")
        try:
            value = parse_number(pct, percent=True)
        except NumberError:
            raise ProfileError(
                f"service {spec!r}: the share after ':' must be a number (percent of your "
                "working time)",
                message_fa=f"خدمت «{spec}»: سهم پس از «:» باید عدد باشد (درصد زمان کارتان)",
                spec=spec,
            ) from None
        if not 0 < value <= 100:
            raise ProfileError(
                f"service {spec!r}: the share must be above 0 and at most 100",
                message_fa=f"خدمت «{spec}»: سهم باید بیشتر از ۰ و حداکثر ۱۰۰ باشد",
                spec=spec,
            )
        return sid.strip(), value
    return spec.strip(), None


def normalize_currency(currency: str) -> str:
    """``currency`` as azadkar names it (``USD``, ``IRR``, ``toman`` or an ISO code from
    :data:`OTHER_CURRENCIES`), from what people type: ``usd``, ``تومان``, ``cad``, ``€``.
    Anything else is a :class:`ProfileError` naming the closest known code."""
    import difflib

    typed = currency.strip()
    key = " ".join(typed.lower().split())
    found = _CURRENCY_ALIASES.get(key) or (
        typed.upper() if typed.upper() in ALL_CURRENCIES else None
    )
    if found:
        return found
    close = difflib.get_close_matches(typed.upper(), ALL_CURRENCIES, n=1, cutoff=0.6)
    hint = f" (did you mean {close[0]}?)" if close else ""
    hint_fa = f" (شاید منظورتان {ltr(close[0])} بود)" if close else ""
    raise ProfileError(
        f"currency {typed!r} is not known{hint}. USD, IRR and toman have shipped exchange "
        "rates; other ISO codes (CAD, EUR, GBP, TRY, AED, ...) are accepted and stay in "
        "their currency unless you state a rate (also accepted: usd, dollar, rial, تومان, "
        "ریال, دلار, یورو)",
        message_fa=f"واحد پول «{typed}» شناخته نشد{hint_fa}. دلار ({ltr('USD')})، ریال "
        f"({ltr('IRR')}) و تومان نرخ تبدیل همراه دارند؛ کدهای دیگر ("
        + "، ".join(ltr(c) for c in ("CAD", "EUR", "GBP", "TRY", "AED"))
        + " و …) هم پذیرفته می‌شوند و مبلغ‌ها به همان واحد می‌مانند مگر نرخی بدهید",
        currency=typed,
    )


def make_profile(
    specs: Sequence[str | tuple[str, float | None]] | str,
    *,
    rate: float | None = None,
    currency: str = "USD",
    hours_per_week: float = 40.0,
    text: str | None = None,
) -> Profile:
    """Build a :class:`Profile` from ``id`` / ``id:percent`` specs.

    Shares are percents of working time. Services without a share split what the
    others leave equally; when every service has a share they must add up to 100.
    ``rate`` (above 0, at most :data:`MAX_RATE`) and ``hours_per_week`` (above 0, at most
    100) must be finite numbers. ``specs`` may be one spec as a string (``"seo"``); a
    string is never read letter by letter.
    """
    if isinstance(specs, str):
        specs = [specs] if specs.strip() else []
    if not specs:
        raise ProfileError(
            "name at least one service (e.g. --service logo_design)",
            message_fa=f"دست‌کم یک خدمت نام ببرید (مثلاً {ltr('--service logo_design')})",
        )
    taxonomy = load_taxonomy()
    parsed = [parse_service_spec(s) if isinstance(s, str) else s for s in specs]
    seen: set[str] = set()
    for sid, share in parsed:
        taxonomy.service(sid)  # raises UnknownServiceError with suggestions
        if sid in seen:
            raise ProfileError(
                f"service {sid!r} is named twice",
                message_fa=f"خدمت {ltr(sid)} دو بار آمده است",
                service=sid,
            )
        seen.add(sid)
        if share is not None:
            check_number(
                share,
                f"the share of service {sid!r} (percent of working time)",
                f"سهم خدمت «{sid}» (درصد زمان کار)",
                high=100,
                service=sid,
            )
    given = sum(p for _, p in parsed if p is not None)
    free = [sid for sid, p in parsed if p is None]
    if free:
        if given >= 100:
            raise ProfileError(
                f"the shares given add up to {given:g}%, leaving nothing for {', '.join(free)}",
                message_fa=f"جمع سهم‌های داده‌شده {shown_number(given, 'fa')}٪ است و برای "
                f"{'، '.join(ltr(sid) for sid in free)} چیزی نمی‌ماند",
                shares={sid: p for sid, p in parsed},
            )
        each = (100 - given) / len(free)
        parsed = [(sid, p if p is not None else each) for sid, p in parsed]
    elif abs(given - 100) > 0.5:
        raise ProfileError(
            f"the shares add up to {given:g}%, not 100%: "
            + ", ".join(f"{sid}:{p:g}" for sid, p in parsed),
            message_fa=f"جمع سهم‌ها {shown_number(round(given, 4), 'fa')}٪ است، نه ۱۰۰٪: "
            + "، ".join(f"{ltr(sid)} {shown_number(round(p or 0, 4), 'fa')}٪" for sid, p in parsed),
            shares={sid: p for sid, p in parsed},
        )
    currency = normalize_currency(currency)
    if rate is not None:
        rate = check_number(rate, "rate", "نرخ ساعتی", high=MAX_RATE, rate=rate)
    hours_per_week = check_number(
        hours_per_week, "hours per week", "ساعت کار در هفته", high=MAX_HOURS_PER_WEEK
    )
    total = sum(p for _, p in parsed if p is not None)
    return Profile(
        tuple((sid, float(p or 0) / total) for sid, p in parsed),
        rate=rate,
        currency=currency,
        hours_per_week=hours_per_week,
        text=text,
    )


def check_profile(profile: Profile) -> Profile:
    """``profile`` when its rate and hours are finite and in range (a hand-built one may not be)."""
    if profile.rate is not None:
        check_number(profile.rate, "rate", "نرخ ساعتی", high=MAX_RATE, rate=profile.rate)
    check_number(
        profile.hours_per_week, "hours per week", "ساعت کار در هفته", high=MAX_HOURS_PER_WEEK
    )
    return profile


def service_tasks(service_id: str) -> list[TaskExposure]:
    """The tasks a service involves, with labels, layers and assumed time shares."""
    all_tasks = evidence.tasks()
    rows = evidence.service_tasks().get(service_id, [])
    chosen = [(all_tasks[(r.onet_soc, r.task_id)], r.selected_by) for r in rows]
    total = sum(t.weight for t, _ in chosen) or 1
    return [
        TaskExposure(
            onet_soc=t.onet_soc,
            task_id=t.task_id,
            occupation=t.title,
            statement=t.statement,
            task_type=t.task_type,
            weight=t.weight,
            time_share=t.weight / total,
            layer=t.layer,
            layer_rule=t.layer_rule,
            human_label=t.human_label,
            gpt4_label=t.gpt4_label,
            gpt4_automation=t.gpt4_automation,
            selected_by=by,
        )
        for t, by in chosen
    ]


def applicability(service: Service) -> Applicability:
    scores = evidence.soc_scores()
    found = {soc: scores[soc].ai_applicability_score for soc in service.soc6 if soc in scores}
    missing = tuple(soc for soc in service.soc6 if soc not in scores)
    value = sum(found.values()) / len(found) if found else None
    return Applicability(value, found, missing)


def assess_service(service_id: str, share: float = 1.0) -> ServiceExposure:
    service = load_taxonomy().service(service_id)
    tasks = service_tasks(service_id)
    layers = {}
    layer_time = {}
    for layer in LAYERS:
        in_layer = [t for t in tasks if t.layer == layer]
        layers[layer] = score((t.weight, t.human_label, t.gpt4_label) for t in in_layer)
        layer_time[layer] = sum(t.time_share for t in in_layer)
    return ServiceExposure(
        service=service,
        share=share,
        exposure=score((t.weight, t.human_label, t.gpt4_label) for t in tasks),
        layers=layers,
        layer_time=layer_time,
        tasks=tuple(tasks),
        applicability=applicability(service),
    )


@dataclass(frozen=True, slots=True)
class Assessment:
    """Exposure of a whole profile: per service, per layer and overall, with evidence."""

    profile: Profile
    services: tuple[ServiceExposure, ...]
    exposure: Exposure
    layers: dict[str, Exposure]
    layer_time: dict[str, float]
    applicability: float | None
    understood: Any = None  # the classification of the free text, when there was one
    notes: tuple[str, ...] = field(default=())
    notes_fa: tuple[str, ...] = field(default=())  # the same notes in Persian, one for one

    def __repr__(self) -> str:
        # A short summary for a notebook or a REPL (the full dataclass repr ran to 17,000
        # characters); to_dict() holds every figure.
        e = self.exposure
        return (
            f"<Assessment {shares_text(self.profile.services)}: "
            f"β {e.gpt4.beta:.0%} (GPT-4 labels) / {e.human.beta:.0%} (human labels) "
            f"over {e.n_tasks} tasks; .to_dict() has every figure>"
        )

    def service(self, service_id: str) -> ServiceExposure:
        for s in self.services:
            if s.id == service_id:
                return s
        raise KeyError(service_id)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Assessment:
        """The assessment a ``to_dict()`` JSON holds (see :func:`azadkar.load`): checks
        its ``schema`` version and every field, and raises
        :class:`~azadkar.errors.SavedResultError` naming the one that is wrong."""
        from azadkar.results import assessment_from_dict

        return assessment_from_dict(data)

    def to_dict(self, *, exact: bool = False) -> dict[str, Any]:
        """The JSON of ``azadkar assess --format json``. Figures are rounded by kind
        (:mod:`azadkar.precision`); ``exact=True`` writes them unrounded, so that
        :func:`azadkar.load` gives back an object equal to this one."""
        with exact_numbers(exact):
            return self._to_dict()

    def _to_dict(self) -> dict[str, Any]:
        understood = self.understood
        if understood is not None and hasattr(understood, "to_dict"):
            raw = understood
            understood = understood.to_dict()
            if is_exact():  # the classifier rounds its confidences: put them back
                understood["category_confidence"] = float(raw.category_confidence)
                understood["services"] = [
                    {"service": sid, "confidence": float(p)} for sid, p in raw.services
                ]
        return {
            "schema": ASSESSMENT_SCHEMA,
            "profile": profile_dict(self.profile),
            "exposure": self.exposure.to_dict(),
            "layers": {k: v.to_dict() for k, v in self.layers.items()},
            "layer_time": {k: fraction(v) for k, v in self.layer_time.items()},
            "layer_names": LAYER_NAMES,
            "applicability": {
                "score": optional(fraction, self.applicability),
                "evidence": f"{evidence.WWAI_SOURCE}: time-share-weighted mean over the services' SOC codes",
            },
            "services": [s.to_dict() for s in self.services],
            "understood": understood,
            "method": {
                "alpha": "core-weighted share of tasks labelled E1 (Core=2, Supplemental/blank=1)",
                "beta": "core-weighted share of E1 + 0.5 x E2",
                "gamma": "core-weighted share of E1 + E2",
                "time_share_assumption": (
                    "within a service, each task's share of time is proportional to its weight; "
                    "across services, the shares you gave"
                ),
                "layer_rule": "see azadkar.layers (first words of the task statement); overrides in task_layer_overrides.csv",
            },
            "sources": evidence.sources(),
            "notes": list(self.notes),
            "notes_fa": list(self.notes_fa),
        }

    def notes_in(self, lang: str) -> tuple[str, ...]:
        """The notes in ``lang`` (English where a note has no Persian text)."""
        if lang == "fa" and len(self.notes_fa) == len(self.notes):
            return self.notes_fa
        return self.notes

    def with_note(self, en: str, fa: str) -> Assessment:
        """This assessment with one more note (in both languages)."""
        return replace(self, notes=(*self.notes, en), notes_fa=(*self.notes_fa, fa))


# Said when a description came with services: they are what was assessed (the CLI's
# --service and the API's ``services`` override the text, which is kept as given).
TEXT_NOT_READ = (
    "Your description was not read: the services you named were assessed. Name no "
    "services to have azadkar read the description instead.",
    "شرح کارتان خوانده نشد: خدمت‌هایی که نام بردید ارزیابی شدند. برای آنکه آزادکار شرح را "
    "بخواند، خدمتی نام نبرید.",
)


def _pool(services: Sequence[ServiceExposure], layer: str | None = None) -> Exposure:
    items: list[tuple[float | Fraction, str, str]] = []
    for s in services:
        # a task's share of the profile's time, exactly: the service's share times the
        # task's weight over the service's (what ``time_share`` holds, as a float)
        weights = sum(t.weight for t in s.tasks) or 1
        for t in s.tasks:
            if layer is None or t.layer == layer:
                w = Fraction(s.share) * Fraction(t.weight, weights)
                items.append((w, t.human_label, t.gpt4_label))
    return score(items)


def assess(profile: Profile | Sequence[str] | str, *, understood: Any = None) -> Assessment:
    """Assess a profile (or ``id`` / ``id:percent`` specs: ``["logo_design:60", "seo:40"]``,
    or one spec as a string, ``"seo"``).

    Returns an :class:`Assessment`: ``exposure`` (``human`` and ``gpt4`` scores with
    ``alpha``, ``beta``, ``gamma``, core-weighted as in "GPTs are GPTs"), ``layers`` (the
    same per layer of change), ``layer_time``, ``services`` (per service, with every
    O*NET task and its two labels: the evidence) and ``applicability`` (Microsoft's
    "Working with AI" score). ``to_dict()`` gives the JSON of ``azadkar assess
    --format json``. For free text use :func:`azadkar.text.understand_profile` first.

    Raises :class:`~azadkar.errors.UnknownServiceError` for an unknown id and
    :class:`~azadkar.errors.ProfileError` for bad shares, rate, currency or hours.
    """
    if not isinstance(profile, Profile):
        try:
            profile = make_profile(profile)
        except UnknownServiceError as err:
            if isinstance(profile, str) and (
                any(ch.isspace() for ch in profile.strip()) or not profile.isascii()
            ):
                # a description in the freelancer's own words, not a service id
                raise UnknownServiceError(
                    f"{err.message} assess() takes service ids; to assess a description in "
                    "your own words, read it first: read, shares = "
                    "azadkar.text.understand_profile(text), then azadkar.assess("
                    "azadkar.make_profile([(s, p * 100) for s, p in shares], text=text), "
                    "understood=read)",
                    message_fa=f"{err.message_fa or ''} {ltr('assess()')} شناسهٔ خدمت "
                    "می‌گیرد؛ برای ارزیابی شرح کار به زبان خودتان، نخست آن را بخوانید: "
                    f"{ltr('read, shares = azadkar.text.understand_profile(text)')}",
                    **err.data,
                ) from None
            raise
    check_profile(profile)
    services = tuple(assess_service(sid, share) for sid, share in profile.services)
    layers = {layer: _pool(services, layer) for layer in LAYERS}
    layer_time = {layer: sum(s.share * s.layer_time[layer] for s in services) for layer in LAYERS}
    appl = [(s.share, s.applicability.score) for s in services if s.applicability.score is not None]
    appl_total = sum(w for w, _ in appl)
    notes, notes_fa = [], []
    for s in services:
        if s.applicability.missing:
            socs = ", ".join(s.applicability.missing)
            notes.append(f"{s.id}: no Microsoft applicability score for SOC {socs}")
            notes_fa.append(
                f"{isolate(s.id, lead=True)}: امتیاز کاربردپذیری مایکروسافت برای "
                f"{ltr('SOC ' + socs)} نیست"
            )
    return Assessment(
        profile=profile,
        services=services,
        exposure=_pool(services),
        layers=layers,
        layer_time=layer_time,
        applicability=(sum(w * v for w, v in appl) / appl_total) if appl_total else None,
        understood=understood,
        notes=tuple(notes),
        notes_fa=tuple(notes_fa),
    )


def category_exposure(category_id: str) -> dict[str, Any]:
    """Exposure of a category: its services pooled with equal time shares."""
    taxonomy = load_taxonomy()
    taxonomy.category(category_id)
    ids = [s.id for s in taxonomy.services_in(category_id)]
    if not ids:
        return {"category": category_id, "services": [], "exposure": None}
    a = assess(make_profile(ids))
    return {"category": category_id, "services": ids, "exposure": a.exposure.to_dict()}


__all__ = [
    "ALL_CURRENCIES",
    "ASSESSMENT_SCHEMA",
    "CURRENCIES",
    "MAX_BILLABLE_HOURS",
    "MAX_HOURS_PER_WEEK",
    "MAX_IRR_PER_USD",
    "MAX_MONTHLY_COSTS",
    "MAX_RATE",
    "MIN_IRR_PER_USD",
    "OTHER_CURRENCIES",
    "TEXT_NOT_READ",
    "Applicability",
    "Assessment",
    "Exposure",
    "Profile",
    "Scores",
    "ServiceExposure",
    "TaskExposure",
    "assess",
    "assess_service",
    "category_exposure",
    "check_number",
    "check_profile",
    "make_profile",
    "normalize_currency",
    "parse_service_spec",
    "profile_dict",
    "score",
    "service_tasks",
    "shown_number",
]
