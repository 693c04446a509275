"""The adaptation plan: what to do with each task, which role to grow into, how to price.

Per task, a documented rule (``RULES`` below, tried in order) reads the two labels
(human and GPT-4, E0/E1/E2), GPT-4's automation rating (T0 = none ... T4 = full, from
"GPTs are GPTs") and the task's layer, and says **automate** (with which tools from the
catalogue, ``azadkar.tools``), **supervise** (AI drafts, you decide) or **keep human**,
with the reason. Target roles come from the source report and are ranked by how well the
freelancer's services and time per layer prepare for them (``data/roles.toml``). Pricing
turns the scenario's AI share into an effective hourly rate, a package price and a floor
price from the user's own costs, in USD, IRR or toman.
"""

from __future__ import annotations

import inspect
import math
import sys
import tomllib
import types
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING, Any, Final

from azadkar.errors import DataError, ProfileError
from azadkar.exposure import (
    MAX_BILLABLE_HOURS,
    MAX_IRR_PER_USD,
    MAX_MONTHLY_COSTS,
    MIN_IRR_PER_USD,
    Assessment,
    Profile,
    ServiceExposure,
    TaskExposure,
    assess,
    check_number,
    check_profile,
    check_whole,
    profile_dict,
    shares_text,
)
from azadkar.precision import exact_numbers, fraction, hours, money, optional
from azadkar.projection import (
    DEFAULT_BILLABLE_SHARE,
    WEEKS_PER_MONTH,
    Assumption,
    layer_ai_share,
    task_beta,
)
from azadkar.scenarios import YEARS, Scenario, load_scenario

if TYPE_CHECKING:
    from azadkar.tools import Tool, TranslationPlan

PLAN_SCHEMA: Final = "azadkar.plan/1"
AUTOMATE: Final = "automate"
SUPERVISE: Final = "supervise"
KEEP: Final = "keep"
ACTIONS: Final = (AUTOMATE, SUPERVISE, KEEP)
ACTION_NAMES: Final = {
    AUTOMATE: {"en": "Automate", "fa": "خودکار کنید"},
    SUPERVISE: {"en": "Supervise", "fa": "نظارت کنید"},
    KEEP: {"en": "Keep human", "fa": "انسانی نگه دارید"},
}
HIGH_AUTOMATION: Final = ("T3", "T4")
MAX_TOOLS: Final = 3

# (rule id, action, reason en, reason fa); the conditions are in _decide, in this order.
RULES: Final = (
    (
        "both_e0",
        KEEP,
        "Neither the human annotators nor GPT-4 found that an LLM saves time on this task.",
        "نه برچسب‌زنان انسانی و نه GPT-4 صرفه‌جویی زمانی با مدل زبانی در این وظیفه ندیده‌اند.",
    ),
    (
        "client_exposed",
        SUPERVISE,
        "Client work that both labels rate exposed: let AI draft it, but you decide and you speak to the client.",
        "کار با مشتری که هر دو برچسب آن را در معرض می‌دانند: بگذارید هوش مصنوعی پیش‌نویس کند، ولی تصمیم و گفتگو با مشتری با شماست.",
    ),
    (
        "client",
        KEEP,
        "Client relations: trust and judgement stay with you; AI at most tidies your notes.",
        "ارتباط با مشتری: اعتماد و قضاوت با شما می‌ماند؛ هوش مصنوعی حداکثر یادداشت‌ها را مرتب می‌کند.",
    ),
    (
        "execution_automatable",
        AUTOMATE,
        "Technical execution that is exposed and that GPT-4 rates highly automatable (T3/T4): let the tool do it and spot-check the result.",
        "اجرای تکنیکی در معرض که GPT-4 خودکارسازی آن را بالا (T3/T4) می‌داند: بگذارید ابزار انجامش دهد و نتیجه را نمونه‌ای بازبینی کنید.",
    ),
    (
        "both_e1",
        AUTOMATE,
        "Both labels say an LLM alone halves the time at equal quality (E1): automate it and review the output.",
        "هر دو برچسب می‌گویند مدل زبانی به‌تنهایی زمان را با همان کیفیت نصف می‌کند (E1): خودکارش کنید و خروجی را بازبینی کنید.",
    ),
    (
        "exposed",
        SUPERVISE,
        "Exposed, but it needs judgement (ideation or audience work, or a lower automation rating): use AI for options and drafts, you choose and correct.",
        "در معرض است ولی قضاوت می‌خواهد (ایده‌پردازی یا کار مخاطب، یا رتبهٔ خودکارسازی پایین‌تر): از هوش مصنوعی گزینه و پیش‌نویس بگیرید، انتخاب و اصلاح با شما.",
    ),
    (
        "mostly_human",
        KEEP,
        "Mostly unexposed (the labels disagree or rate it low): keep it human and show it in your offer as the part only you do.",
        "بیشتر بیرون از مواجهه است (برچسب‌ها ناهم‌خوان‌اند یا کم می‌دانند): انسانی نگهش دارید و در پیشنهادتان به‌عنوان بخشی که فقط شما انجام می‌دهید نشانش دهید.",
    ),
)
_RULES_BY_ID: Final = {r[0]: r for r in RULES}
# Each rule's number as reports show it ("rule 4"): its place in RULES, counted from 1.
RULE_NUMBER: Final = {r[0]: i for i, r in enumerate(RULES, 1)}


def rules_used(rule_ids: Iterable[str]) -> list[tuple[int, str, str, str, str]]:
    """The rules of ``rule_ids`` (a plan's ``TaskAction.rule`` values), each once, in
    RULES order: (number, rule id, action, reason en, reason fa). Reports explain them once
    above the task tables, and each task row names its rule's number instead of repeating
    the sentence."""
    used = set(rule_ids)
    return [(RULE_NUMBER[r[0]], *r) for r in RULES if r[0] in used]


PLAN_ASSUMPTIONS: Final = (
    Assumption(
        "rules",
        "Automate / supervise / keep follows a fixed, documented rule on the two labels, GPT-4's automation rating and the layer (azadkar.plan.RULES).",
        "خودکار / نظارت / انسانی از قاعده‌ای ثابت و مستند روی دو برچسب، رتبهٔ خودکارسازی GPT-4 و لایه پیروی می‌کند (azadkar.plan.RULES).",
        "azadkar rule on GPTs are GPTs labels (Eloundou et al. 2023)",
    ),
    Assumption(
        "tools",
        "Tools are matched to each task's own statement (translation memory for translating, grammar tools for proofreading, an editor's AI features for cutting video; azadkar.plan.TASK_TOOL_CUES) among those the catalogue lists for the service and the task's layer; general chat assistants only for drafting, requirements and client notes. The catalogue is dated and not verified by vendors.",
        "ابزارها از روی متن خود هر وظیفه انتخاب می‌شوند (حافظهٔ ترجمه برای ترجمه، ابزار دستور زبان برای غلط‌گیری، امکانات هوشمند نرم‌افزار تدوین برای برش ویدئو؛ azadkar.plan.TASK_TOOL_CUES) از میان ابزارهایی که فهرست برای آن خدمت و لایهٔ وظیفه می‌آورد؛ دستیارهای گفتگوی همه‌منظوره فقط برای پیش‌نویس، نیازسنجی و یادداشت کار با مشتری. فهرست تاریخ‌دار است و سازندگان آن را تأیید نکرده‌اند.",
        "azadkar AI tool catalogue (data/tools.toml)",
    ),
    Assumption(
        "role_fit",
        "Role fit = 0.7 x how directly your services lead to the role + 0.3 x how much of your time is in the layers that prepare for it; the weights are azadkar's judgement.",
        "تناسب نقش = ۰٫۷ × میزان نزدیکی خدمت‌های شما به آن نقش + ۰٫۳ × سهم زمانتان در لایه‌هایی که برایش آماده می‌کنند؛ وزن‌ها داوری آزادکار است.",
        "azadkar assumption (data/roles.toml)",
    ),
    Assumption(
        "speedup",
        "The AI speed-up in the pricing year is the share of your working time AI does under the scenario (layer AI share x task beta, time-weighted).",
        "شتاب‌دهی هوش مصنوعی در سال قیمت‌گذاری سهم زمان کاری شماست که طبق سناریو هوش مصنوعی انجام می‌دهد (سهم لایه × بتای وظیفه، وزن‌دار با زمان).",
        "azadkar model (see the projection's assumptions)",
    ),
    Assumption(
        "billable",
        "Without --billable-hours, 70% of your working hours are assumed billable (the rest goes to admin, sales and learning); income and the floor price both count these hours.",
        "بدون --billable-hours فرض شده ۷۰٪ ساعت‌های کاری قابل صورت‌حساب است (باقی صرف امور اداری، فروش و یادگیری می‌شود)؛ درآمد و کف قیمت هر دو همین ساعت‌ها را حساب می‌کنند.",
        "azadkar assumption",
    ),
)


# --------------------------------------------------------------------------- money


_IRANIAN = ("USD", "IRR", "toman")


@dataclass(frozen=True, slots=True)
class ExchangeRate:
    """IRR per USD: a dated, replaceable assumption (toman = IRR / 10); and, for a currency
    azadkar ships no rate for (CAD, EUR, ...), the units per USD the user stated, if any."""

    irr_per_usd: float
    as_of: str
    source: str
    other: tuple[tuple[str, float], ...] = ()  # ((currency, units per USD), ...), stated

    def converts(self, currency: str) -> bool:
        return currency in _IRANIAN or any(c == currency for c, _ in self.other)

    def _units(self, currency: str) -> float:
        for c, units in self.other:
            if c == currency:
                return units
        raise KeyError(f"no exchange rate for {currency}")

    def to_usd(self, amount: float, currency: str) -> float:
        if currency == "USD":
            return amount
        if currency not in _IRANIAN:
            return amount / self._units(currency)
        irr = amount * 10 if currency == "toman" else amount
        return irr / self.irr_per_usd

    def from_usd(self, usd: float, currency: str) -> float:
        if currency == "USD":
            return usd
        if currency not in _IRANIAN:
            return usd * self._units(currency)
        irr = usd * self.irr_per_usd
        return irr / 10 if currency == "toman" else irr

    def all(self, amount: float, currency: str) -> dict[str, float]:
        """``amount`` in the currencies it converts to, ``currency`` itself first: USD, IRR
        and toman for those three; another currency with USD beside it only when a rate was
        stated, else alone."""
        if currency not in _IRANIAN:
            if not self.converts(currency):
                return {currency: amount}
            return {currency: amount, "USD": self.to_usd(amount, currency)}
        usd = self.to_usd(amount, currency)
        order = [currency] + [c for c in _IRANIAN if c != currency]
        return {c: self.from_usd(usd, c) for c in order}

    def to_dict(self) -> dict[str, Any]:
        return {
            "irr_per_usd": self.irr_per_usd,
            "toman_per_usd": money(self.irr_per_usd / 10),
            "as_of": self.as_of,
            "source": self.source,
            "status": "assumption",
            "units_per_usd": {c: u for c, u in self.other},
        }


@cache
def default_exchange_rate() -> ExchangeRate:
    """The latest IRR rate in the shipped ``data/market/rates.toml`` (open-market, stated assumption)."""
    try:
        text = resources.files("azadkar").joinpath("data/market/rates.toml").read_text("utf-8")
        doc = tomllib.loads(text)
        rows = [r for r in doc.get("rate", []) if r.get("currency") == "IRR"]
        latest = max(rows, key=lambda r: r["from"])
        return ExchangeRate(
            float(latest["units_per_usd"]),
            str(latest["from"]),
            f"{doc.get('source', 'data/market/rates.toml')} (data/market/rates.toml)",
        )
    except (FileNotFoundError, ValueError, KeyError):
        # The market package ships the rates; without it fall back to a dated constant.
        return ExchangeRate(
            1_100_000.0, "2025-10-01", "approximate Tehran open-market quote (azadkar assumption)"
        )


# --------------------------------------------------------------------------- roles


@dataclass(frozen=True, slots=True)
class Skill:
    en: str
    fa: str
    covered_by: tuple[str, ...]

    def name(self, lang: str) -> str:
        return self.fa if lang == "fa" else self.en


@dataclass(frozen=True, slots=True)
class Role:
    id: str
    en: str
    fa: str
    what_en: str
    what_fa: str
    claim_en: str
    claim_fa: str
    claim_source: str
    claim_id: str
    status: str
    fit_services: dict[str, float]
    fit_layers: dict[str, float]
    skills: tuple[Skill, ...]
    steps_en: tuple[str, ...]
    steps_fa: tuple[str, ...]
    # service or category id -> (steps en, steps fa) for someone whose work is mainly there
    steps_for: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = field(default_factory=dict)
    # steps_for key -> working language -> (steps en, steps fa): the same steps with the
    # tools of that language (a Persian editor's steps do not name Grammarly)
    steps_for_language: dict[str, dict[str, tuple[tuple[str, ...], tuple[str, ...]]]] = field(
        default_factory=dict
    )

    def name(self, lang: str) -> str:
        return self.fa if lang == "fa" else self.en

    def what(self, lang: str) -> str:
        return self.what_fa if lang == "fa" else self.what_en

    def claim(self, lang: str) -> str:
        return self.claim_fa if lang == "fa" else self.claim_en

    def steps(self, lang: str) -> tuple[str, ...]:
        return self.steps_fa if lang == "fa" else self.steps_en


@dataclass(frozen=True, slots=True)
class HumanSkill:
    id: str
    en: str
    fa: str
    layers: tuple[str, ...]
    practices_en: tuple[str, ...]
    practices_fa: tuple[str, ...]
    source: str

    def name(self, lang: str) -> str:
        return self.fa if lang == "fa" else self.en

    def practices(self, lang: str) -> tuple[str, ...]:
        return self.practices_fa if lang == "fa" else self.practices_en


@dataclass(frozen=True, slots=True)
class RoleBook:
    roles: tuple[Role, ...]
    human_skills: tuple[HumanSkill, ...]
    weight_services: float
    weight_layers: float


@cache
def load_roles() -> RoleBook:
    """The roles and human skills of ``data/roles.toml``, checked."""
    text = resources.files("azadkar").joinpath("data/roles.toml").read_text("utf-8")
    doc = tomllib.loads(text)
    roles = []
    for raw in doc.get("role", []):
        steps_en, steps_fa = tuple(raw["steps_en"]), tuple(raw["steps_fa"])
        if len(steps_en) != len(steps_fa):
            raise DataError(f"roles.toml: role {raw['id']}: steps_en and steps_fa differ in length")
        steps_for: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {}
        by_language: dict[str, dict[str, tuple[tuple[str, ...], tuple[str, ...]]]] = {}
        for key, pair in raw.get("steps_for", {}).items():
            en, fa = tuple(pair["en"]), tuple(pair["fa"])
            if not en or len(en) != len(fa):
                raise DataError(
                    f"roles.toml: role {raw['id']}: steps_for.{key}: en and fa differ in length"
                )
            steps_for[key] = (en, fa)
            for wl, variant in pair.get("work_language", {}).items():
                ven, vfa = tuple(variant["en"]), tuple(variant["fa"])
                if wl not in ("fa", "en") or not ven or len(ven) != len(vfa):
                    raise DataError(
                        f"roles.toml: role {raw['id']}: steps_for.{key}.work_language.{wl}: "
                        "the language must be fa or en, and en and fa the same length"
                    )
                by_language.setdefault(key, {})[wl] = (ven, vfa)
        roles.append(
            Role(
                id=raw["id"],
                en=raw["en"],
                fa=raw["fa"],
                what_en=raw["what_en"],
                what_fa=raw["what_fa"],
                claim_en=raw["claim"],
                claim_fa=raw["claim_fa"],
                claim_source=raw["claim_source"],
                claim_id=raw.get("claim_id", ""),
                status=raw["status"],
                fit_services=dict(raw["fit_services"]),
                fit_layers=dict(raw["fit_layers"]),
                skills=tuple(
                    Skill(s["en"], s["fa"], tuple(s["covered_by"])) for s in raw["skills"]
                ),
                steps_en=steps_en,
                steps_fa=steps_fa,
                steps_for=steps_for,
                steps_for_language=by_language,
            )
        )
    skills = tuple(
        HumanSkill(
            id=raw["id"],
            en=raw["en"],
            fa=raw["fa"],
            layers=tuple(raw["layers"]),
            practices_en=tuple(raw["practices_en"]),
            practices_fa=tuple(raw["practices_fa"]),
            source=raw["source"],
        )
        for raw in doc.get("human_skill", [])
    )
    return RoleBook(
        tuple(roles),
        skills,
        float(doc.get("fit_weight_services", 0.7)),
        float(doc.get("fit_weight_layers", 0.3)),
    )


# --------------------------------------------------------------------------- results


@dataclass(frozen=True, slots=True)
class ToolRef:
    id: str
    name: str
    what_en: str
    what_fa: str
    # How the tool serves the plan's working language(s) for this task's text work: "yes",
    # "unknown" (no vendor page we read says; reports mark it), or "" when not checked (a
    # task that is not text work, or no working language known).
    language_support: str = ""

    def to_dict(self) -> dict[str, str | None]:
        return {
            "id": self.id,
            "name": self.name,
            "what_en": self.what_en,
            "what_fa": self.what_fa,
            "work_language_support": self.language_support or None,
        }


@dataclass(frozen=True, slots=True)
class ToolLeftOut:
    """A catalogue tool the task cues would have suggested, left out because the catalogue
    records that it does not serve the working language for that kind of task."""

    id: str
    name: str
    text_languages: dict[str, str]
    evidence: str
    read: str
    tasks: int  # how many of your tasks it was left out of

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "text_languages": dict(self.text_languages),
            "evidence": self.evidence,
            "read": self.read,
            "tasks": self.tasks,
        }


@dataclass(frozen=True, slots=True)
class WorkLanguage:
    """The language(s) the freelancer works in, and how the plan came to them.

    ``source``: "given" (``work_language=`` / ``--work-language``), "description" (read
    from the description's language and the languages it names) or "unknown" (no
    description, or one in a language the catalogue records nothing about)."""

    languages: tuple[str, ...]
    source: str
    reason_en: str
    reason_fa: str

    def reason(self, lang: str) -> str:
        return self.reason_fa if lang == "fa" else self.reason_en

    def to_dict(self) -> dict[str, Any]:
        return {
            "work_language": list(self.languages),
            "work_language_source": self.source,
            "work_language_reason": {"en": self.reason_en, "fa": self.reason_fa},
        }


@dataclass(frozen=True, slots=True)
class TaskAction:
    service_id: str
    task: TaskExposure
    action: str
    rule: str
    reason_en: str
    reason_fa: str
    tools: tuple[ToolRef, ...]
    hours_per_week: float  # today's hours on the task
    ai_share: float  # share of the task's time AI does in the plan year (scenario)

    def reason(self, lang: str) -> str:
        return self.reason_fa if lang == "fa" else self.reason_en

    def to_dict(self) -> dict[str, Any]:
        t = self.task
        return {
            "service": self.service_id,
            "task_id": t.task_id,
            "onet_soc": t.onet_soc,
            "statement": t.statement,
            "layer": t.layer,
            "human_label": t.human_label,
            "gpt4_label": t.gpt4_label,
            "gpt4_automation": t.gpt4_automation,
            "action": self.action,
            "rule": self.rule,
            "reason": {"en": self.reason_en, "fa": self.reason_fa},
            "tools": [x.to_dict() for x in self.tools],
            "hours_per_week": hours(self.hours_per_week),
            "ai_share": fraction(self.ai_share),
            "evidence": f"GPTs are GPTs (Eloundou et al. 2023): O*NET-SOC {t.onet_soc}, Task ID {t.task_id}",
        }


@dataclass(frozen=True, slots=True)
class RoleFit:
    role: Role
    score: float
    from_services: float
    from_layers: float
    have: tuple[Skill, ...]
    gap: tuple[Skill, ...]
    # The role's first steps for this person: its steps for their main service or category
    # (data/roles.toml steps_for), else its general ones.
    steps_en: tuple[str, ...] = ()
    steps_fa: tuple[str, ...] = ()

    def steps(self, lang: str) -> tuple[str, ...]:
        chosen = self.steps_fa if lang == "fa" else self.steps_en
        return chosen or self.role.steps(lang)

    def to_dict(self) -> dict[str, Any]:
        r = self.role
        return {
            "id": r.id,
            "name": {"en": r.en, "fa": r.fa},
            "what": {"en": r.what_en, "fa": r.what_fa},
            "score": fraction(self.score),
            "from_services": fraction(self.from_services),
            "from_layers": fraction(self.from_layers),
            "have": [{"en": s.en, "fa": s.fa} for s in self.have],
            "gap": [{"en": s.en, "fa": s.fa} for s in self.gap],
            "steps": {"en": list(self.steps("en")), "fa": list(self.steps("fa"))},
            "claim": {
                "en": r.claim_en,
                "fa": r.claim_fa,
                "source": r.claim_source,
                "id": r.claim_id,
                "status": r.status,
            },
        }


@dataclass(frozen=True, slots=True)
class SkillPlan:
    skill: HumanSkill
    tasks: tuple[TaskExposure, ...]  # your tasks where the skill matters most

    def to_dict(self) -> dict[str, Any]:
        s = self.skill
        return {
            "id": s.id,
            "name": {"en": s.en, "fa": s.fa},
            "practices": {"en": list(s.practices_en), "fa": list(s.practices_fa)},
            "source": s.source,
            "status": "cited, not verified",
            "tasks": [t.task_id for t in self.tasks],
        }


@dataclass(frozen=True, slots=True)
class Pricing:
    currency: str
    year: int
    rate: float | None
    speedup: float  # share of working time AI does in ``year``
    pay_change: float  # hours-weighted pay change of your services in ``year``
    pass_through: float
    effective_rate_same_price: float | None  # keep today's price per deliverable
    effective_rate_market: float | None  # price per deliverable falls as the market passes it on
    hourly_billing_change: float  # change of income per deliverable if you keep billing hours
    package_price_per_today_hour: float | None  # price a deliverable that took 1 hour today
    monthly_costs: float | None
    billable_hours: float  # per month
    billable_assumed: bool
    floor_rate: float | None  # per billable hour, to cover costs
    exchange: ExchangeRate
    notes: tuple[tuple[str, str], ...] = ()  # (en, fa) advice lines

    def in_all(self, amount: float | None) -> dict[str, float] | None:
        return None if amount is None else self.exchange.all(amount, self.currency)

    def _money_all(self, amount: float | None) -> dict[str, float] | None:
        found = self.in_all(amount)
        return None if found is None else {c: money(v) for c, v in found.items()}

    def to_dict(self) -> dict[str, Any]:
        return {
            "currency": self.currency,
            "year": self.year,
            "rate": self.rate,
            "speedup": fraction(self.speedup),
            "pay_change": fraction(self.pay_change),
            "pass_through": fraction(self.pass_through),
            "effective_rate_same_price": optional(money, self.effective_rate_same_price),
            "effective_rate_market": optional(money, self.effective_rate_market),
            "hourly_billing_change": fraction(self.hourly_billing_change),
            "package_price_per_today_hour": optional(money, self.package_price_per_today_hour),
            "monthly_costs": self.monthly_costs,
            "billable_hours_per_month": hours(self.billable_hours),
            "billable_hours_assumed": self.billable_assumed,
            "floor_rate": optional(money, self.floor_rate),
            "floor_rate_all": self._money_all(self.floor_rate),
            "rate_all": self._money_all(self.rate),
            "exchange_rate": self.exchange.to_dict(),
            "notes": [{"en": en, "fa": fa} for en, fa in self.notes],
            "formulas": {
                "effective_rate_same_price": "rate / (1 - speedup)",
                "effective_rate_market": "rate x (1 + pay_change) x (1 - pass_through x speedup) / (1 - speedup)",
                "hourly_billing_change": "-speedup",
                "package_price_per_today_hour": "max(rate x (1 + pay_change) x (1 - pass_through x speedup), floor_rate x (1 - speedup))",
                "floor_rate": "monthly_costs / billable_hours_per_month",
            },
        }


@dataclass(frozen=True, slots=True)
class Plan:
    """The adaptation plan for one assessment under one scenario."""

    scenario: Scenario
    year: int
    profile: Profile
    actions: tuple[TaskAction, ...]
    roles: tuple[RoleFit, ...]
    skills: tuple[SkillPlan, ...]
    pricing: Pricing
    assumptions: tuple[Assumption, ...] = PLAN_ASSUMPTIONS
    tool_catalogue: dict[str, str] = field(default_factory=dict)
    work_language: WorkLanguage = field(default_factory=lambda: WorkLanguage((), "unknown", "", ""))
    tools_left_out: tuple[ToolLeftOut, ...] = ()

    def __repr__(self) -> str:
        # A short summary for a notebook or a REPL (the full dataclass repr ran to 89,000
        # characters); to_dict() holds everything.
        counts = ", ".join(f"{len(self.by_action(a))} {a}" for a in (AUTOMATE, SUPERVISE, KEEP))
        top = f"; best-fitting role {self.roles[0].role.id}" if self.roles else ""
        return (
            f"<Plan {self.year} for {shares_text(self.profile.services)}: tasks {counts}{top}; "
            ".to_dict() has everything>"
        )

    def tools_language_unknown(self) -> list[ToolRef]:
        """The suggested tools whose support for the working language is unknown, once
        each, in the order they first appear."""
        seen: dict[str, ToolRef] = {}
        for a in self.actions:
            for t in a.tools:
                if t.language_support == "unknown":
                    seen.setdefault(t.id, t)
        return list(seen.values())

    def by_action(self, action: str) -> list[TaskAction]:
        return [a for a in self.actions if a.action == action]

    def hours_by_action(self) -> dict[str, float]:
        out = dict.fromkeys(ACTIONS, 0.0)
        for a in self.actions:
            out[a.action] += a.hours_per_week
        return out

    @classmethod
    def from_dict(
        cls,
        data: Mapping[str, Any],
        *,
        scenario: Scenario | None = None,
        profile: Profile | None = None,
    ) -> Plan:
        """The plan a ``to_dict()`` JSON holds (see :func:`azadkar.load`): checks
        its ``schema`` version and every field, and raises
        :class:`~azadkar.errors.SavedResultError` naming the one that is wrong."""
        from azadkar.results import plan_from_dict

        return plan_from_dict(data, scenario=scenario, profile=profile)

    def to_dict(self, *, exact: bool = False) -> dict[str, Any]:
        """The JSON of the plan (``plan`` in ``azadkar assess --format json``). Figures are
        rounded by kind (:mod:`azadkar.precision`); ``exact=True`` writes them unrounded,
        so that :func:`azadkar.load` gives back an object equal to this one."""
        with exact_numbers(exact):
            return self._to_dict()

    def _to_dict(self) -> dict[str, Any]:
        return {
            "schema": PLAN_SCHEMA,
            "scenario": self.scenario.id,
            "scenario_origin": self.scenario.origin,
            "year": self.year,
            "profile": profile_dict(self.profile),
            "hours_by_action": {k: hours(v) for k, v in self.hours_by_action().items()},
            "tasks": [a.to_dict() for a in self.actions],
            "roles": [r.to_dict() for r in self.roles],
            "human_skills": [s.to_dict() for s in self.skills],
            "pricing": self.pricing.to_dict(),
            "rules": [{"id": rid, "action": act, "en": en, "fa": fa} for rid, act, en, fa in RULES],
            "tool_catalogue": self.tool_catalogue,
            **self.work_language.to_dict(),
            "tools_left_out": [t.to_dict() for t in self.tools_left_out],
            "translation_direction": self._translation_dict(),
            "assumptions": [a.to_dict() for a in self.assumptions],
        }

    def translation(self) -> TranslationPlan | None:
        """For a translator (service ``text_translation``): the direction(s) read from the
        description (or the stated default of both) and, per direction, each catalogue
        translation tool with its recorded support ("yes" / "unknown" / "no") and the tools
        that check the target language; else None. The JSON and every report read this."""
        from azadkar.tools import translation_plan

        return translation_plan(self.profile.services, self.profile.text)

    def _translation_dict(self) -> dict[str, Any] | None:
        found = self.translation()
        return None if found is None else found.to_dict()


# --------------------------------------------------------------------------- logic


def decide(task: TaskExposure) -> str:
    """The id of the first rule in ``RULES`` that applies to ``task``."""
    h, g = task.human_label, task.gpt4_label
    beta = task_beta(task)
    if h == "E0" and g == "E0":
        return "both_e0"
    if task.layer == "client":
        return "client_exposed" if h != "E0" and g != "E0" else "client"
    if task.layer == "execution" and beta >= 0.5 and task.gpt4_automation in HIGH_AUTOMATION:
        return "execution_automatable"
    if h == "E1" and g == "E1":
        return "both_e1"
    if beta >= 0.5:
        return "exposed"
    return "mostly_human"


# Which catalogue tools fit a task, read from the task's own statement: (cue id, pattern
# on the lower-cased O*NET statement, tool ids best first). The first cues that match and
# name a tool the service and layer allow decide; a cue with no tools means "no AI tool
# does this" (ethics, paperwork with a registrar). General chat assistants are named for
# drafting, requirements and client notes, not for every task of a writing service.
TASK_TOOL_CUES: Final[tuple[tuple[str, str, tuple[str, ...]], ...]] = (
    ("no_tool", r"ethic|confidential|register web sites|purchase or negotiate", ()),
    (
        "client",
        r"confer|discuss|consult with|meet|collaborate|coordinate|communicate|present|negotiat",
        ("notion_ai", "microsoft_copilot", "chatgpt"),
    ),
    (
        "transcription",
        r"transcri|caption|subtitl|dictat|inaudible|recorded proceedings|computer aided transcription",
        ("whisper", "descript", "adobe_premiere_pro", "davinci_resolve"),
    ),
    (
        "translation",
        r"translat|terminolog|glossar|dictionar|lexicon|another language|languages|meanings? of words|locali[sz]",
        ("trados_studio", "memoq", "deepl", "google_translate"),
    ),
    (
        "proofreading",
        r"proofread|proofs?\b|spelling|grammar|punctuation|readability|errors in|omissions|rewrite|revise|edit copy|edit manuscripts|\bedit\b.*\bmaterials",
        ("virastar", "grammarly", "deepl", "claude"),
    ),
    ("tone", r"\btone\b|on their level|brand voice", ("grammarly", "jasper")),
    (
        "seo",
        r"search engine|search-related|keyword|site exposure|searchable|optimize digital assets",
        ("surfer_seo",),
    ),
    (
        "fact_research",
        r"verify facts|facts|reference (books|materials|sources)|encyclop|research|using the internet|archives|trends|surveys|opinions|competit",
        ("perplexity",),
    ),
    (
        "effects",
        r"graphic effects|visual effects|audio and visual effects",
        ("runway", "davinci_resolve", "adobe_premiere_pro"),
    ),
    (
        "video",
        r"video|film|footage|shots?\b|scenes?\b|frames|time codes|soundtrack|sound|music|dialogue|non-linear|post-production|segments",
        ("adobe_premiere_pro", "davinci_resolve", "descript", "capcut", "runway"),
    ),
    (
        "visual",
        r"prototype|layout|interface|mock-?up|wirefram|visual design|graphics|templates|site maps|moodboard|storyboard|framing|composition|illustrat|logo",
        ("figma_ai", "adobe_firefly", "midjourney", "canva", "adobe_illustrator"),
    ),
    ("guidelines", r"guidelines|style guide", ("claude", "chatgpt", "figma_ai")),
    (
        "code",
        r"program|\bcode\b|software|database|server|develop web sites|maintain web sites|web site tests|web applications|queries|schemas?|scripting|\btests?\b|testing",
        ("github_copilot", "cursor", "claude"),
    ),
    (
        "requirements",
        r"requirements|user needs|feasibility|performance standards",
        ("claude", "chatgpt"),
    ),
    (
        "drafting",
        r"\bwrit|draft|compose|slogan|names for|press releases?|articles|\bcopy\b|scripts|story outlines|bulletins|letters|content strateg|material",
        ("chatgpt", "claude", "jasper"),
    ),
    ("ideas", r"campaign|concept|ideas|strateg|themes|innovative", ("chatgpt", "claude", "jasper")),
    (
        "data",
        r"analy[sz]|metrics|statistic|budgets|rates\b|\bdata\b|figures|records?\b|analytics",
        ("chatgpt", "gemini", "microsoft_copilot"),
    ),
)
# General assistants: tools that serve every layer. Without a cue for the task, the
# service's own specialist tools come first.
_GENERAL_LAYERS: Final = 4


# The cues whose work is text in the freelancer's language (writing, editing, translating,
# research, client notes): their tools are checked against the working language. Cutting
# video, drawing and code are not.
TEXT_CUES: Final = frozenset(
    {
        "client",
        "transcription",
        "translation",
        "proofreading",
        "tone",
        "seo",
        "fact_research",
        "guidelines",
        "requirements",
        "drafting",
        "ideas",
    }
)


def _support(tool: Tool, languages: Sequence[str], translating: bool) -> str:
    """ "yes", "no" or "unknown": the weakest support of ``tool`` over ``languages``."""
    found = [tool.text_support(lang, translating=translating) for lang in languages]
    if "no" in found:
        return "no"
    return "unknown" if "unknown" in found else "yes"


def task_tools(
    service_id: str, task: TaskExposure, *, work_language: Sequence[str] = ()
) -> tuple[ToolRef, ...]:
    """The catalogue tools that fit ``task`` in ``service_id`` (at most :data:`MAX_TOOLS`).

    Candidates are the tools the catalogue lists for both the service and the task's layer
    (for client-relations work, any tool for that layer: notes and e-mail drafts are the
    same in every service; when none, the layer's tools). The task statement's cues
    (:data:`TASK_TOOL_CUES`) pick among them; a task no cue reads gets the service's
    specialist tools before general assistants. With a ``work_language`` ("fa", "en" or
    both), text work skips tools the catalogue records as not serving it (Grammarly for
    Persian) and marks those whose support is unknown (``ToolRef.language_support``)."""
    return _task_tools(service_id, task, tuple(work_language))[0]


def _task_tools(
    service_id: str, task: TaskExposure, work_language: tuple[str, ...]
) -> tuple[tuple[ToolRef, ...], tuple[Tool, ...]]:
    import re

    from azadkar.tools import tools_for_layer, tools_for_service

    layer = task.layer
    if layer == "client":
        candidates = tools_for_layer(layer)
    else:
        # A tool the catalogue lists for the service but not for the layer (an image
        # generator for "confer with clients") would be wrong advice.
        candidates = [t for t in tools_for_service(service_id) if layer in t.layers]
        candidates = candidates or tools_for_layer(layer)
    # A tool made for one language (a Persian text cleaner) is advice only for people who
    # work in it.
    candidates = [
        t for t in candidates if not t.made_for_language or t.made_for_language in work_language
    ]
    by_id = {t.id: t for t in candidates}
    statement = task.statement.lower()
    chosen: list[str] = []
    support: dict[str, str] = {}
    left_out: list[Tool] = []
    cued = False

    def check(tool: Tool, text_work: bool, translating: bool) -> bool:
        if not work_language or not text_work:
            return True
        found = _support(tool, work_language, translating)
        if found == "no":
            if tool not in left_out:
                left_out.append(tool)
            return False
        support[tool.id] = found
        return True

    for cue, pattern, ids in TASK_TOOL_CUES:
        if cue == "client" and layer != "client":
            continue  # "to meet standards", "present advertising information" are not meetings
        if not re.search(pattern, statement):
            continue
        if not ids:
            if not chosen:
                return (), ()
            break
        text_work = cue in TEXT_CUES
        for i in ids:
            # Tools past the first MAX_TOOLS are never shown, so never "left out" either.
            if len(chosen) >= MAX_TOOLS:
                break
            if (
                i in by_id
                and i not in chosen
                and check(by_id[i], text_work, translating=cue == "translation")
            ):
                cued = True
                chosen.append(i)
        if len(chosen) >= MAX_TOOLS:
            break
    if not cued:
        # the tools made for fewest services are the most specific to this one
        ranked = sorted(
            candidates, key=lambda t: (len(t.layers) >= _GENERAL_LAYERS, len(t.services))
        )
        most = 1 if layer == "client" else MAX_TOOLS
        chosen = []
        for t in ranked:
            if len(chosen) >= most:
                break
            # a text tool's own output is text in your language; an image or code tool's is not
            text_work = t.modalities[0] == "text"
            if check(t, text_work, translating=service_id == "text_translation"):
                chosen.append(t.id)
    shown = chosen[:MAX_TOOLS]
    # A tool left out of one cue but suggested by another for the same task was not left out.
    dropped = tuple(t for t in left_out if t.id not in shown)
    refs = tuple(
        ToolRef(t.id, t.name, t.what_en, t.what_fa, support.get(t.id, ""))
        for t in (by_id[i] for i in shown)
    )
    return refs, dropped


def _fit(role: Role, a: Assessment, book: RoleBook, work_language: Sequence[str] = ()) -> RoleFit:
    from_services = 0.0
    for s in a.services:
        w = role.fit_services.get(s.id, role.fit_services.get(s.service.category, 0.0))
        from_services += s.share * w
    from_layers = sum(
        a.layer_time[layer] * role.fit_layers.get(layer, 0.0) for layer in a.layer_time
    )
    ids = {s.id for s in a.services} | {s.service.category for s in a.services}
    have = tuple(sk for sk in role.skills if ids & set(sk.covered_by))
    gap = tuple(sk for sk in role.skills if not ids & set(sk.covered_by))
    score = book.weight_services * from_services + book.weight_layers * from_layers
    steps_en, steps_fa = role.steps_en, role.steps_fa
    # The steps for where most of the person's time goes: a video editor who also subtitles
    # (video 66%, subtitles 33%) gets the video steps, not the translation ones. A service's
    # own steps take its time before its category's: an editor (editing_proofreading, in
    # the translation category) gets the editor's steps, not a translator's termbase.
    weight = dict.fromkeys(role.steps_for, 0.0)
    for s in a.services:
        key = s.id if s.id in role.steps_for else s.service.category
        if key in weight:
            weight[key] += s.share
    best = max(weight, key=lambda k: weight[k], default=None)
    if best is not None and weight[best] > 0:
        steps_en, steps_fa = role.steps_for[best]
        variants = role.steps_for_language.get(best, {})
        # The variant for the first working language that has one (Persian for a Persian
        # editor; an English editor keeps the general steps).
        for wl in work_language:
            if wl in variants:
                steps_en, steps_fa = variants[wl]
                break
    return RoleFit(role, score, from_services, from_layers, have, gap, steps_en, steps_fa)


def _skill_tasks(
    skill: HumanSkill, services: Sequence[ServiceExposure], n: int = 3
) -> tuple[TaskExposure, ...]:
    # A task shared by two services (logo and banner design both have "Determine size
    # and arrangement of illustrative material ...") is listed once.
    seen: dict[object, TaskExposure] = {}
    for s in services:
        for t in s.tasks:
            if t.layer in skill.layers and t.task_id not in seen:
                seen[t.task_id] = t
    # The skill's first layer first (ideation for creativity from lived experience): its
    # least exposed execution tasks were "set up analytics tools" and "verify facts".
    tasks = sorted(
        seen.values(),
        key=lambda t: (skill.layers.index(t.layer), task_beta(t), -t.weight, t.task_id),
    )
    return tuple(tasks[:n])


def _costs(monthly_costs: float) -> float:
    return check_number(
        monthly_costs,
        "monthly costs",
        "هزینه‌های ماهانه",
        low_allowed=True,
        high=MAX_MONTHLY_COSTS,
        monthly_costs=monthly_costs,
    )


def _billable(billable_hours: float) -> float:
    return check_number(
        billable_hours,
        "billable hours per month",
        "ساعت‌های قابل صورت‌حساب در ماه",
        high=MAX_BILLABLE_HOURS,
        billable_hours=billable_hours,
    )


# What a freelancer in each category can put a fixed price on (English, Persian): the
# pricing advice names these for the user's own services, not a designer's logo set for
# a translator.
DELIVERABLES: Final[dict[str, tuple[tuple[str, str], ...]]] = {
    "writing": (
        ("an article", "یک مقاله"),
        ("a web page of copy", "متن یک صفحهٔ وب"),
        ("a newsletter issue", "یک شمارهٔ خبرنامه"),
    ),
    "design": (("a logo set", "یک ست لوگو"), ("a set of banners", "یک ست بنر")),
    "web_dev": (("a landing page", "یک صفحهٔ فرود"), ("a feature", "یک قابلیت")),
    "marketing": (
        ("an email campaign", "یک کمپین ایمیلی"),
        ("a monthly report", "یک گزارش ماهانه"),
    ),
    "consulting_teaching": (
        ("a session", "یک جلسه"),
        ("a course module", "یک بخش از دوره"),
    ),
    "photo_video": (
        ("an edited video", "یک ویدئوی تدوین‌شده"),
        ("a photo set", "یک مجموعه عکس"),
    ),
    "translation": (
        ("a translated document", "یک سند ترجمه‌شده"),
        ("a subtitled episode", "زیرنویس یک قسمت"),
    ),
    "customer_service": (("a month of inbox support", "یک ماه پاسخ‌گویی به پیام‌ها"),),
    "data_ai": (("a dashboard", "یک داشبورد"), ("a cleaned data set", "یک دادهٔ پاک‌سازی‌شده")),
}
# A service whose deliverables are not its category's: an editor in "translation" prices
# edited manuscripts, not translated documents.
SERVICE_DELIVERABLES: Final[dict[str, tuple[tuple[str, str], ...]]] = {
    # photo_video holds photographers, video editors and motion designers: a motion
    # designer was told to price "a photo set".
    "video_editing": (
        ("an edited video", "یک ویدئوی تدوین‌شده"),
        ("a short cut for social media", "یک نسخهٔ کوتاه برای شبکه‌های اجتماعی"),
    ),
    "promotional_video": (
        ("a promotional video", "یک ویدئوی تبلیغاتی"),
        ("a short cut for social media", "یک نسخهٔ کوتاه برای شبکه‌های اجتماعی"),
    ),
    "animation": (
        ("a motion-graphics piece", "یک قطعهٔ موشن‌گرافیک"),
        ("an animated logo or title sequence", "یک لوگوی متحرک یا تیتراژ"),
    ),
    "portrait_photography": (("a photo set", "یک مجموعه عکس"),),
    "product_photography": (("a photo set", "یک مجموعه عکس"),),
    "editing_proofreading": (
        ("an edited manuscript", "یک دست‌نوشتهٔ ویرایش‌شده"),
        ("a proofread chapter", "یک فصل نمونه‌خوانی‌شده"),
    ),
    "transcription_subtitling": (
        ("a subtitled episode", "زیرنویس یک قسمت"),
        ("an hour of transcribed audio", "پیاده‌سازی یک ساعت صدا"),
    ),
}
_DELIVERABLE_FALLBACK: Final = (("a finished piece of work", "یک کار تمام‌شده"),)


def _deliverables(a: Assessment, most: int = 3) -> list[tuple[str, str]]:
    """Up to ``most`` examples of what to price per piece, from the profile's categories
    (largest share first)."""
    out: list[tuple[str, str]] = []
    # Categories by the share of time in them: a video editor who also subtitles (video 66%,
    # subtitles 33% in "translation") prices videos first, not translated documents. A
    # service with deliverables of its own (a video editor's, a motion designer's) is
    # ranked by its category's share, then by its own.
    share: dict[str, float] = {}
    in_category: dict[str, float] = {}
    category_of: dict[str, str] = {}
    for s in a.services:
        key = s.id if s.id in SERVICE_DELIVERABLES else s.service.category
        share[key] = share.get(key, 0.0) + s.share
        category_of[key] = s.service.category
        in_category[s.service.category] = in_category.get(s.service.category, 0.0) + s.share
    categories = sorted(share, key=lambda c: (-in_category[category_of[c]], -share[c]))
    for depth in range(most):
        for category in categories:
            items = SERVICE_DELIVERABLES.get(category) or DELIVERABLES.get(category, ())
            if depth < len(items) and items[depth] not in out:
                out.append(items[depth])
    return out[:most] or list(_DELIVERABLE_FALLBACK)


def _n(value: float, lang: str, places: int = 1) -> str:
    """A figure inside an advice sentence: Persian digits and separators in Persian."""
    text = f"{value:,.{places}f}"
    return text.translate(_FA_DIGITS) if lang == "fa" else text


_FA_DIGITS: Final = str.maketrans("0123456789.,-", "۰۱۲۳۴۵۶۷۸۹٫٬−")


def _human_work_notes(actions: Sequence[TaskAction], year: int) -> list[tuple[str, str]]:
    """What to charge for besides output, with the plan's own hours and counts: the
    supervision AI output still needs, revision rounds, and the tasks that stay human."""
    supervise = [x for x in actions if x.action == SUPERVISE]
    kept = [x for x in actions if x.action == KEEP]
    today = sum(x.hours_per_week for x in supervise)
    later = sum(x.hours_per_week * (1 - x.ai_share) for x in supervise)
    out: list[tuple[str, str]] = []
    if today > 0:
        yf = str(year).translate(_FA_DIGITS)
        out.append(
            (
                f"Charge for supervision and revisions, not only for output: the tasks you "
                f"supervise take {_n(today, 'en')} hours a week today and still about "
                f"{_n(later, 'en')} in {year} with AI drafting them (the plan's task rows: your "
                "hours x (1 - AI share)). Put those hours into each project's price at your "
                "full hourly rate, write in the offer how many revision rounds the price "
                "includes, and bill each extra round by the hour.",
                f"برای نظارت و اصلاح هم پول بگیرید، نه فقط برای خروجی: وظایفی که نظارت می‌کنید "
                f"امروز {_n(today, 'fa')} ساعت در هفته وقت می‌گیرند و در {yf} هم، با پیش‌نویسی "
                f"که هوش مصنوعی می‌سازد، حدود {_n(later, 'fa')} ساعت (ردیف‌های وظایف برنامه: "
                "ساعت شما × (۱ − سهم هوش مصنوعی)). این ساعت‌ها را با نرخ ساعتی کامل خودتان در "
                "قیمت هر پروژه بگذارید، در پیشنهاد بنویسید قیمت چند دور اصلاح را در بر دارد، و "
                "هر دور اضافه را ساعتی حساب کنید.",
            )
        )
    if supervise or kept:
        n, k, m = len(actions), len(kept), len(supervise)
        nf, kf, mf = (str(v).translate(_FA_DIGITS) for v in (n, k, m))
        out.append(
            (
                f"Show the client what they pay for, not your hours: of your {n} tasks the plan "
                f"keeps {k} human and has you supervise {m} (concept, judgement, knowing the "
                "audience). Name that work in the offer, with the turnaround AI lets you "
                "promise, and price it as a result, not as time.",
                f"به مشتری نشان دهید بابت چه پول می‌دهد، نه ساعت‌هایتان را: از {nf} وظیفهٔ شما "
                f"برنامه {kf} وظیفه را انسانی نگه می‌دارد و نظارت {mf} وظیفه را به شما می‌سپارد "
                "(ایده، قضاوت، شناخت مخاطب). این کار را در پیشنهاد نام ببرید، همراه با زمان "
                "تحویلی که هوش مصنوعی ممکن می‌کند، و آن را بر پایهٔ نتیجه قیمت بدهید نه زمان.",
            )
        )
    return out


def _currency_notes(currency: str, exchange: ExchangeRate, shown: bool) -> list[tuple[str, str]]:
    """For rial, toman and dollar profiles with amounts shown: how to price work paid in
    the other currency, and what the dollar rate behind the conversions is (an assumption,
    not the rate an intermediary pays)."""
    if not shown or currency not in _IRANIAN:
        return []
    irr = exchange.irr_per_usd
    rate_en = f"{_n(irr, 'en', 0)} rial"
    rate_fa = f"{_n(irr, 'fa', 0)} ریال"
    if currency == "toman":
        rate_en = f"{_n(irr / 10, 'en', 0)} toman ({rate_en})"
        rate_fa = f"{_n(irr / 10, 'fa', 0)} تومان ({rate_fa})"
    if exchange.as_of == "given":
        where_en, where_fa = "the rate you gave", "نرخی که خودتان دادید"
    else:
        where_en = f"azadkar's dated open-market table, {exchange.as_of}"
        # a date keeps its hyphens (the minus sign is for numbers), isolated LTR
        date_fa = exchange.as_of.translate(str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹"))
        where_fa = f"جدول نرخ تاریخ‌دار آزادکار از بازار آزاد، \u2066{date_fa}\u2069"
    change = (
        "give today's rate with --usd-rate (on the web: the exchange-rate field)",
        "نرخ امروز را با --usd-rate بدهید (در وب: خانهٔ نرخ دلار)",
    )
    if currency == "USD":
        return [
            (
                f"Paid in dollars through an intermediary: what reaches you in toman is your "
                f"dollar price x the rate the intermediary pays you, minus its fee; azadkar "
                f"knows neither. The rial and toman amounts here use 1 USD = {rate_en} "
                f"({where_en}), a stated assumption, not the rate you will be paid at: "
                f"{change[0]}.",
                f"اگر دستمزد دلاری را از راه واسطه می‌گیرید: آنچه به تومان به دستتان می‌رسد "
                f"قیمت دلاری شما × نرخی است که واسطه می‌پردازد، منهای کارمزد او؛ آزادکار هیچ‌کدام "
                f"را نمی‌داند. مبلغ‌های ریالی و تومانی این‌جا با ۱ دلار = {rate_fa} ({where_fa}) "
                f"حساب شده‌اند، فرضی اعلام‌شده و نه نرخی که به شما پرداخت می‌شود: {change[1]}.",
            )
        ]
    return [
        (
            f"Clients who pay in US dollars (directly or through an intermediary): quote them in "
            f"dollars for what such work fetches abroad, not your {currency} rate converted. "
            f"What reaches you in {currency} is that price x the rate the intermediary pays you, "
            f"minus its fee; azadkar knows neither. The dollar amounts here use 1 USD = "
            f"{rate_en} ({where_en}), a stated assumption, not the rate you will be paid at: "
            f"{change[0]}.",
            f"مشتری‌هایی که به دلار می‌پردازند (مستقیم یا از راه واسطه): برای آن‌ها به دلار و "
            f"به اندازهٔ دستمزد چنین کاری در بازار خارجی قیمت بدهید، نه نرخ "
            f"{'تومانی' if currency == 'toman' else 'ریالی'} خودتان تبدیل‌شده به دلار. آنچه به "
            f"{'تومان' if currency == 'toman' else 'ریال'} به دستتان می‌رسد آن قیمت × نرخی است "
            f"که واسطه می‌پردازد، منهای کارمزد او؛ آزادکار هیچ‌کدام را نمی‌داند. مبلغ‌های دلاری "
            f"این‌جا با ۱ دلار = {rate_fa} ({where_fa}) حساب شده‌اند، فرضی اعلام‌شده و نه نرخی که "
            f"به شما پرداخت می‌شود: {change[1]}.",
        )
    ]


def _pricing(
    a: Assessment,
    sc: Scenario,
    year: int,
    monthly_costs: float | None,
    billable_hours: float | None,
    exchange: ExchangeRate,
    actions: Sequence[TaskAction] = (),
) -> Pricing:
    """The pricing figures and advice; ``actions`` (the plan's task rows) give the hours
    of supervision and the counts of tasks kept human that the advice names."""
    profile = a.profile
    total = weighted_pay = ai_hours = 0.0
    for s in a.services:
        pay = sc.for_service("pay", s.id, s.service.category)
        p = 0.0 if pay is None else pay.at(year, sc.base_year)
        for t in s.tasks:
            h = profile.hours_per_week * s.share * t.time_share
            total += h
            weighted_pay += h * p
            ai_hours += h * task_beta(t) * layer_ai_share(sc, t.layer, year)
    speedup = ai_hours / total if total else 0.0
    pay_change = weighted_pay / total if total else 0.0
    pi = sc.value("market.pass_through", year, default=1.0)
    if monthly_costs is not None:
        monthly_costs = _costs(monthly_costs)
    assumed = billable_hours is None
    billable = (
        profile.hours_per_week * WEEKS_PER_MONTH * DEFAULT_BILLABLE_SHARE
        if billable_hours is None
        else _billable(billable_hours)
    )
    floor = monthly_costs / billable if monthly_costs is not None else None
    if floor is not None and not math.isfinite(floor):
        raise ProfileError(
            f"billable hours per month ({billable:g}) are too few to divide the monthly costs by",
            message_fa=f"ساعت‌های قابل صورت‌حساب در ماه ({billable:g}) کمتر از آن است که "
            "هزینه‌های ماهانه بر آن تقسیم شود",
            billable_hours=billable,
        )
    r = profile.rate
    keep = 1 - speedup
    same = r / keep if r is not None and keep > 0 else None
    market_price = r * (1 + pay_change) * (1 - pi * speedup) if r is not None else None
    market = market_price / keep if market_price is not None and keep > 0 else None
    package = market_price
    if package is not None and floor is not None:
        package = max(package, floor * keep)
    examples = _deliverables(a)
    notes = [
        (
            "Stop selling hours for work AI speeds up: quote per deliverable "
            f"({', '.join(en for en, _fa in examples)}) so the time you save is yours.",
            "ساعت کاری را که هوش مصنوعی سریع‌ترش می‌کند نفروشید: برای هر تحویل‌دادنی "
            f"({'، '.join(fa for _en, fa in examples)}) قیمت بدهید تا زمان صرفه‌جویی‌شده از آنِ شما باشد.",
        ),
    ]
    notes += _human_work_notes(actions, year)
    notes += _currency_notes(profile.currency, exchange, r is not None or floor is not None)
    if package is not None and r is not None and package < r:
        notes.append(
            (
                "The lowest package price is what the scenario's market may push such work down to, "
                "not a price to aim for: quote up to your price today for it where clients accept "
                "that, and the time AI saves is yours.",
                "کمترین قیمت بسته همان است که بازارِ سناریو ممکن است قیمت چنین کاری را به آن برساند، "
                "نه قیمتی که باید هدف بگیرید: تا جایی که مشتری می‌پذیرد همان قیمت امروزتان را برای "
                "آن بگیرید؛ آن‌گاه زمانی که هوش مصنوعی صرفه‌جویی می‌کند از آنِ شما می‌ماند.",
            )
        )
    if floor is not None and keep < 1:
        notes.append(
            (
                "The floor is per billable hour. Work that takes one hour today takes less of your "
                "time once AI does part of it, so its cost floor is lower than the hourly floor.",
                "کف قیمت برای هر ساعت قابل صورت‌حساب است. کاری که امروز یک ساعت طول می‌کشد وقتی "
                "هوش مصنوعی بخشی از آن را انجام دهد زمان کمتری از شما می‌گیرد، پس کف هزینهٔ آن "
                "از کف ساعتی کمتر است.",
            )
        )
    if floor is not None and r is not None and r < floor:
        notes.append(
            (
                "Your current rate is below your floor: every billable hour loses money. Raise "
                "it to at least the floor, lower your monthly costs, or bill more hours a month "
                "(--billable-hours), until the floor is below your rate.",
                "نرخ فعلی شما زیر کف قیمت است: هر ساعت قابل صورت‌حساب زیان می‌دهد. نرخ را دست‌کم "
                "تا کف قیمت بالا ببرید، هزینه‌های ماهانه را کم کنید، یا ساعت‌های بیشتری در ماه "
                "صورت‌حساب کنید (--billable-hours)، تا کف قیمت زیر نرخ شما بیاید.",
            )
        )
    return Pricing(
        currency=profile.currency,
        year=year,
        rate=r,
        speedup=speedup,
        pay_change=pay_change,
        pass_through=pi,
        effective_rate_same_price=same,
        effective_rate_market=market,
        hourly_billing_change=-speedup,
        package_price_per_today_hour=package,
        monthly_costs=monthly_costs,
        billable_hours=billable,
        billable_assumed=assumed,
        floor_rate=floor,
        exchange=exchange,
        notes=tuple(notes),
    )


LANGUAGE_NAMES: Final = {
    "fa": {"en": "Persian", "fa": "فارسی"},
    "en": {"en": "English", "fa": "انگلیسی"},
}
# What people type for a working language (--work-language fa,en; "Persian"; «فارسی»).
_LANGUAGE_WORDS: Final = {
    "fa": "fa",
    "per": "fa",
    "fas": "fa",
    "persian": "fa",
    "farsi": "fa",
    "فارسی": "fa",
    "پارسی": "fa",
    "en": "en",
    "eng": "en",
    "english": "en",
    "انگلیسی": "en",
}
# Languages a description names ("I translate English to Persian", «ویرایش کتاب‌های فارسی»).
_NAMED_LANGUAGE: Final = {
    "fa": r"فارسی|پارسی|\bpersian\b|\bfarsi\b",
    "en": r"انگلیسی|\benglish\b",
}


def parse_work_language(value: str | Sequence[str]) -> tuple[str, ...]:
    """``"fa"``, ``"en"``, ``"fa,en"`` (or a list, or the names "Persian", «فارسی») ->
    the language codes, each once, in the order given."""
    parts = value.replace("،", ",").split(",") if isinstance(value, str) else list(value)
    out: list[str] = []
    for part in parts:
        word = str(part).strip().casefold().replace("\u200c", "")
        if not word:
            continue
        code = _LANGUAGE_WORDS.get(word)
        if code is None:
            raise ProfileError(
                f"working language {str(part).strip()!r} is not one azadkar knows; use fa, en "
                "or fa,en (--work-language)",
                message_fa=f"زبان کار «{str(part).strip()}» شناخته نیست؛ fa، en یا fa,en را "
                "بدهید (--work-language)",
                work_language=str(value),
            )
        if code not in out:
            out.append(code)
    if not out:
        raise ProfileError(
            "working language is empty; use fa, en or fa,en (--work-language)",
            message_fa="زبان کار خالی است؛ fa، en یا fa,en را بدهید (--work-language)",
            work_language=str(value),
        )
    return tuple(out)


def _names(codes: Sequence[str], lang: str) -> str:
    sep = " و " if lang == "fa" else " and "
    return sep.join(LANGUAGE_NAMES[c][lang] for c in codes)


def work_language_of(profile: Profile, given: str | Sequence[str] | None = None) -> WorkLanguage:
    """The language(s) the freelancer works in: ``given`` when there is one; else the
    language of their description (``azadkar.text.detect_language``: Persian, English, or
    both for a mixed text) plus any of the two it names; else unknown."""
    import re

    if given is not None:
        codes = parse_work_language(given)
        return WorkLanguage(
            codes,
            "given",
            f"{_names(codes, 'en')}, as you gave it.",
            f"{_names(codes, 'fa')}، همان‌طور که خودتان دادید.",
        )
    text = (profile.text or "").strip()
    if not text:
        return WorkLanguage(
            (),
            "unknown",
            "Not known: you named services without a description, so tools are not checked "
            "against a language.",
            "نامعلوم: خدمت‌ها را بدون شرح کار نام بردید، پس ابزارها با زبانی سنجیده نشده‌اند.",
        )
    from azadkar.text import detect_language

    found = detect_language(text)
    written = {"fa": ["fa"], "en": ["en"], "mixed": ["fa", "en"]}.get(found, [])
    named = [c for c, pattern in _NAMED_LANGUAGE.items() if re.search(pattern, text.casefold())]
    detected = written + [c for c in named if c not in written]
    if not detected:
        return WorkLanguage(
            (),
            "unknown",
            f"Not known: your description reads as language {found!r}, for which the tool "
            "catalogue records nothing, so tools are not checked against a language.",
            f"نامعلوم: شرح کار شما به زبان «{found}» خوانده شد که فهرست ابزارها دربارهٔ آن "
            "چیزی ثبت نکرده است، پس ابزارها با زبانی سنجیده نشده‌اند.",
        )
    if found == "mixed":
        how_en = "your description mixes Persian and English"
        how_fa = "شرح کارتان فارسی و انگلیسی را با هم دارد"
    elif written:
        how_en = f"your description is written in {_names(written, 'en')}"
        how_fa = f"شرح کارتان به {_names(written, 'fa')} نوشته شده است"
    else:
        how_en = how_fa = ""
    extra = [c for c in named if c not in written]
    if extra:
        sep_en, sep_fa = (" and ", " و ") if how_en else ("", "")
        how_en += f"{sep_en}it names {_names(extra, 'en')}"
        how_fa += f"{sep_fa}از {_names(extra, 'fa')} نام می‌برد"
    return WorkLanguage(
        tuple(detected),
        "description",
        f"{_names(detected, 'en')}, because {how_en}.",
        f"{_names(detected, 'fa')}، چون {how_fa}.",
    )


def _language_assumptions(wl: WorkLanguage) -> tuple[Assumption, ...]:
    return (
        Assumption(
            "work_language",
            f"Working language: {wl.reason_en} Change it with --work-language fa, en or fa,en "
            "(library: work_language=).",
            f"زبان کار: {wl.reason_fa} با --work-language عوضش کنید (fa، en یا fa,en؛ "
            "در کتابخانه: work_language=).",
            "azadkar assumption",
        ),
        Assumption(
            "tool_languages",
            "For text work (writing, editing, translating, research, client notes) each tool is "
            "checked against the working language with the support the catalogue records for it "
            "([tool.text_languages]: the vendor page or docs and the date it was read): a tool "
            "that does not serve the language is not suggested, and one whose support is unknown "
            "is marked *.",
            "برای کار متنی (نوشتن، ویرایش، ترجمه، پژوهش، یادداشت کار با مشتری) هر ابزار با "
            "پشتیبانی‌ای که فهرست برایش ثبت کرده ([tool.text_languages]: صفحه یا مستندات سازنده و "
            "تاریخ خواندن آن) با زبان کار سنجیده می‌شود: ابزاری که آن زبان را پشتیبانی نمی‌کند "
            "پیشنهاد نمی‌شود و ابزاری که پشتیبانی‌اش نامعلوم است با * نشان داده می‌شود.",
            "azadkar AI tool catalogue (data/tools.toml)",
        ),
    )


# The years a plan may refer to: those of the 2026-2030 outlook (`--plan-year`, `plan_year`).
PLAN_YEARS: Final = (YEARS[0], YEARS[-1])


def plan(
    assessment: Assessment | Profile | Sequence[str],
    *,
    scenario: str | Scenario | None = None,
    year: int = 2027,
    monthly_costs: float | None = None,
    billable_hours: float | None = None,
    irr_per_usd: float | None = None,
    n_roles: int | None = None,
    units_per_usd: float | None = None,
    work_language: str | Sequence[str] | None = None,
) -> Plan:
    """The adaptation plan: per-task actions, ranked roles, human skills and pricing.

    ``monthly_costs`` and ``billable_hours`` (per month) are in the profile's currency and
    give the floor price; ``irr_per_usd`` replaces the shipped, dated exchange-rate assumption.
    ``units_per_usd``: for a profile in a currency azadkar ships no rate for (CAD, EUR, ...),
    how many units buy one US dollar (a stated assumption); amounts are then also in USD.
    ``year`` is a whole number from 2026 to 2030 and ``n_roles`` (the best roles kept)
    one of 1 or more, as the CLI and the API take them; another is a :class:`ProfileError`
    naming the argument (``data["field"]``).
    ``work_language``: the language(s) you work in, "fa", "en" or "fa,en" (or a list);
    by default the language of the profile's description (and any of the two it names).
    Tools for text work are checked against it (see :data:`TEXT_CUES`) and role steps
    name tools for it; the plan says which language it assumed and why.
    """
    # The same limits as `--plan-year` and the API's `plan_year`: the years the outlook covers.
    year = check_whole(
        year,
        "plan year (year=)",
        "سال برنامه (⁦year=⁩)",
        low=PLAN_YEARS[0],
        high=PLAN_YEARS[-1],
        field="year",
        year=year,
    )
    if n_roles is not None:
        n_roles = check_whole(
            n_roles,
            "number of roles (n_roles=)",
            "شمار نقش‌ها (⁦n_roles=⁩)",
            low=1,
            field="n_roles",
            n_roles=n_roles,
        )
    a = assessment if isinstance(assessment, Assessment) else assess(assessment)
    sc = load_scenario(scenario)
    check_profile(a.profile)
    if monthly_costs is not None:
        monthly_costs = _costs(monthly_costs)
    if billable_hours is not None:
        billable_hours = _billable(billable_hours)
    if irr_per_usd is not None:
        irr_per_usd = check_number(
            irr_per_usd,
            "IRR per USD (--usd-rate)",
            "نرخ دلار به ریال (--usd-rate)",
            low=MIN_IRR_PER_USD,
            low_allowed=True,
            high=MAX_IRR_PER_USD,
            irr_per_usd=irr_per_usd,
        )
    wl = work_language_of(a.profile, work_language)
    actions = []
    left_out: dict[str, list[Tool]] = {}
    for s in a.services:
        for t in s.tasks:
            rule = decide(t)
            _, action, en, fa = _RULES_BY_ID[rule]
            tools: tuple[ToolRef, ...] = ()
            if action != KEEP:
                tools, dropped = _task_tools(s.id, t, wl.languages)
                for tool in dropped:
                    left_out.setdefault(tool.id, []).append(tool)
            actions.append(
                TaskAction(
                    service_id=s.id,
                    task=t,
                    action=action,
                    rule=rule,
                    reason_en=en,
                    reason_fa=fa,
                    tools=tools,
                    hours_per_week=a.profile.hours_per_week * s.share * t.time_share,
                    ai_share=task_beta(t) * layer_ai_share(sc, t.layer, year),
                )
            )
    book = load_roles()
    fits = sorted(
        (_fit(r, a, book, wl.languages) for r in book.roles),
        key=lambda f: (-f.score, f.role.id),
    )
    if n_roles is not None:
        fits = fits[:n_roles]
    skills = tuple(SkillPlan(sk, _skill_tasks(sk, a.services)) for sk in book.human_skills)
    exchange = (
        ExchangeRate(irr_per_usd, "given", "your --usd-rate")
        if irr_per_usd is not None
        else default_exchange_rate()
    )
    currency = a.profile.currency
    if units_per_usd is not None:
        if currency in _IRANIAN:
            raise ProfileError(
                f"a rate per US dollar (--fx) is for a currency azadkar has no rate for, not "
                f"{currency}"
                + ("" if currency == "USD" else "; for rial and toman use --usd-rate"),
                message_fa=f"نرخ در برابر دلار (--fx) برای واحد پولی است که آزادکار نرخش را ندارد، "
                f"نه {currency}"
                + ("" if currency == "USD" else "؛ برای ریال و تومان --usd-rate را بدهید"),
                currency=currency,
            )
        units = check_number(
            units_per_usd,
            f"{currency} per USD (--fx)",
            f"{currency} در برابر یک دلار (--fx)",
            high=MAX_IRR_PER_USD,
            units_per_usd=units_per_usd,
        )
        exchange = ExchangeRate(
            exchange.irr_per_usd, exchange.as_of, exchange.source, ((currency, units),)
        )
    from azadkar.tools import load_catalogue

    cat = load_catalogue()
    return Plan(
        scenario=sc,
        year=year,
        profile=a.profile,
        actions=tuple(actions),
        roles=tuple(fits),
        skills=skills,
        pricing=_pricing(a, sc, year, monthly_costs, billable_hours, exchange, actions),
        tool_catalogue={"as_of": cat.as_of, "source": cat.source},
        assumptions=PLAN_ASSUMPTIONS + _language_assumptions(wl),
        work_language=wl,
        tools_left_out=tuple(
            ToolLeftOut(
                tool.id,
                tool.name,
                dict(tool.text_languages),
                tool.language_evidence,
                tool.language_read,
                len(found),
            )
            for tool, found in ((found[0], found) for found in left_out.values())
        ),
    )


__all__ = [
    "ACTIONS",
    "ACTION_NAMES",
    "AUTOMATE",
    "KEEP",
    "LANGUAGE_NAMES",
    "PLAN_ASSUMPTIONS",
    "RULES",
    "SUPERVISE",
    "TASK_TOOL_CUES",
    "TEXT_CUES",
    "ExchangeRate",
    "HumanSkill",
    "Plan",
    "Pricing",
    "Role",
    "RoleFit",
    "SkillPlan",
    "TaskAction",
    "ToolLeftOut",
    "ToolRef",
    "WorkLanguage",
    "decide",
    "default_exchange_rate",
    "load_roles",
    "parse_work_language",
    "plan",
    "task_tools",
    "work_language_of",
]


class _CallablePlanModule(types.ModuleType):
    """``azadkar.plan`` is both this module and the public function ``azadkar.plan(...)``.

    Once a submodule is imported, Python stores it as the package attribute, which hides
    a lazily exported function of the same name. Making the module callable keeps
    ``azadkar.plan(assessment)`` working whatever was imported first.
    """

    def __call__(self, *args: Any, **kwargs: Any) -> Plan:
        return plan(*args, **kwargs)


sys.modules[__name__].__class__ = _CallablePlanModule
# ``inspect.signature(azadkar.plan)`` (and IDEs) show plan()'s parameters, not (*args, **kwargs).
__signature__ = inspect.signature(plan)
