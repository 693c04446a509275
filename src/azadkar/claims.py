"""Check the source report's claims against measured evidence.

Each claim in ``data/claims.toml`` gets a :class:`ClaimCheck`: the values our evidence
gives, a verdict, the method in words, and the rows or query behind it. Exposure
claims are recomputed from the shipped task labels; market claims need a market store
(``--db``) and otherwise say what data would settle them; forecasts are not checkable
yet and show the measured quantity that bears on them.

Verdicts: ``consistent``, ``inconsistent``, ``partly``, ``not checkable with this data``.
The thresholds are module constants so that tests can probe both sides of each.
"""

from __future__ import annotations

import re
import statistics
import tomllib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

from azadkar.evidence import GPTS_SOURCE, data_file
from azadkar.exposure import Exposure, assess, make_profile
from azadkar.layers import LAYER_NAMES
from azadkar.report.strings import fa_digits, num, pct
from azadkar.taxonomy import load_taxonomy

CONSISTENT = "consistent"
INCONSISTENT = "inconsistent"
PARTLY = "partly"
NOT_CHECKABLE = "not checkable with this data"
VERDICTS = (CONSISTENT, INCONSISTENT, PARTLY, NOT_CHECKABLE)

EXPOSED_TOLERANCE = 0.10  # |measured - 47%| within 10 points counts as consistent
HYBRID_MIN_GAMMA = 0.30
CHATBOT_MIN_GAMMA = 0.50
JOB_EXPOSED_GAMMA = 0.50  # a service ("job") counts as exposed at >= half its task weight
PAY_DROP_RANGE = (-0.40, -0.20)  # "about 30% lower"
INEQUALITY_RANGE = (0.12, 0.32)  # "22% rise"
GHOST_NEAR = 0.25  # within 25% of $2.4/h: consistent
GHOST_FAR = 1.00  # within 100%: partly
MIN_ROWS = 20  # postings needed on each side of an event
MIN_GHOST_ROWS = 10
# AI tools or skills named in a posting's title or skill tags (matched on lower-case text).
# A stated assumption: generative-AI names, not older data-science terms.
AI_SKILL_RE = (
    r"\b(ai|artificial intelligence|generative|genai|chatgpt|gpt(-?[0-9o]+)?|llms?|openai|"
    r"prompt engineer(ing)?|prompting|midjourney|stable diffusion|dall-?e|copilot)\b|"
    "هوش[\u200c ]?مصنوعی|چت[\u200c ]?جی[\u200c ]?پی[\u200c ]?تی"
)
TRAIT_LAYERS = ("ideation", "client", "audience")  # where roles.toml's human traits are used
EVENT = date(2022, 11, 30)  # ChatGPT release

CONTENT_CATEGORIES = ("writing", "design")

_LRM = "\u200e"
DB_FA = f"{_LRM}--db{_LRM}"  # an option name kept left-to-right inside Persian text
# How the checks ask for a market store (the web app replaces these with its Market page).
STORE_HINT = "pass a market store with --db"
STORE_HINT_FA = f"یک انبار دادهٔ بازار با {DB_FA} بدهید"
PAY_TYPE_FA = {"hourly": "ساعتی", "fixed": "مقطوع"}


@dataclass(frozen=True, slots=True)
class Claim:
    id: str
    kind: str
    cited_source: str
    unit: str
    en: str
    fa: str
    how_en: str
    how_fa: str
    quantity: float | None = None
    cited_source_fa: str = ""

    def text(self, lang: str) -> str:
        return self.fa if lang == "fa" else self.en

    def source(self, lang: str) -> str:
        """Where the report says the claim comes from, in ``lang`` (English if no Persian)."""
        return self.cited_source_fa if lang == "fa" and self.cited_source_fa else self.cited_source

    def how(self, lang: str) -> str:
        return self.how_fa if lang == "fa" else self.how_en


def _tidy_values(values: Any) -> Any:
    """A check's figures as JSON carries them (:mod:`azadkar.precision`): US dollars
    (``*_usd``) to the cent, the other figures (shares, β, ratios) to 4 decimals."""
    from azadkar.precision import fraction, money

    if isinstance(values, dict):
        out = {}
        for k, v in values.items():
            if isinstance(v, float):
                out[k] = money(v) if str(k).endswith("_usd") else fraction(v)
            else:
                out[k] = _tidy_values(v)
        return out
    if isinstance(values, list):
        return [fraction(v) if isinstance(v, float) else _tidy_values(v) for v in values]
    return values


@dataclass(frozen=True, slots=True)
class ClaimCheck:
    claim: Claim
    verdict: str
    values: dict[str, Any]
    method: str
    evidence: tuple[str, ...] = ()
    note: str = ""
    # The same texts in Persian, built beside the English from the same numbers.
    method_fa: str = ""
    note_fa: str = ""
    evidence_fa: tuple[str, ...] = ()

    def method_in(self, lang: str) -> str:
        return self.method_fa if lang == "fa" and self.method_fa else self.method

    def note_in(self, lang: str) -> str:
        return self.note_fa if lang == "fa" and self.note_fa else self.note

    def evidence_in(self, lang: str) -> tuple[str, ...]:
        return self.evidence_fa if lang == "fa" and self.evidence_fa else self.evidence

    def to_dict(self) -> dict[str, Any]:
        c = self.claim
        return {
            "id": c.id,
            "kind": c.kind,
            "claim": {"en": c.en, "fa": c.fa},
            "cited_source": c.cited_source,
            "cited_source_fa": c.cited_source_fa,
            "status": "cited, not verified",
            "quantity": c.quantity,
            "unit": c.unit,
            "how_to_check": {"en": c.how_en, "fa": c.how_fa},
            "verdict": self.verdict,
            "values": _tidy_values(self.values),
            "method": self.method,
            "evidence": list(self.evidence),
            "note": self.note,
            "method_fa": self.method_fa,
            "note_fa": self.note_fa,
            "evidence_fa": list(self.evidence_fa),
        }


@dataclass(frozen=True, slots=True)
class ClaimsReport:
    checks: tuple[ClaimCheck, ...]
    db: str | None = None
    notes: tuple[str, ...] = field(default=())

    def to_dict(self) -> dict[str, Any]:
        counts = {v: sum(c.verdict == v for c in self.checks) for v in VERDICTS}
        return {
            "schema": "azadkar.claims/1",
            "db": self.db,
            "verdict_counts": counts,
            "claims": [c.to_dict() for c in self.checks],
            "notes": list(self.notes),
        }


@cache
def load_claims() -> tuple[Claim, ...]:
    """The source report's claims (``data/claims.toml``), each with its cited source and how
    to check it; :func:`check_claims` checks them against the shipped data."""
    doc = tomllib.loads(data_file("claims.toml").read_text("utf-8"))
    persian = ("fa", "how_fa", "cited_source_fa")
    rows: list[dict[str, Any]] = [
        {k: isolate_dates(v) if k in persian else v for k, v in c.items()} for c in doc["claims"]
    ]
    return tuple(Claim(**row) for row in rows)


# ----------------------------------------------------------------------------- verdict rules


def verdict_near(values: Sequence[float], target: float, tolerance: float) -> str:
    """consistent when every value is within ``tolerance`` of ``target``; partly when some are."""
    near = [abs(v - target) <= tolerance for v in values]
    if all(near):
        return CONSISTENT
    return PARTLY if any(near) else INCONSISTENT


def verdict_all(flags: Sequence[bool]) -> str:
    if all(flags):
        return CONSISTENT
    return PARTLY if any(flags) else INCONSISTENT


def verdict_range(change: float, lo: float, hi: float) -> str:
    """consistent inside [lo, hi]; partly when the sign agrees but the size does not."""
    if lo <= change <= hi:
        return CONSISTENT
    same_sign = (change < 0) if hi <= 0 else (change > 0)
    return PARTLY if same_sign else INCONSISTENT


def verdict_ghost(median_hourly: float, cited: float = 2.4) -> str:
    gap = abs(median_hourly - cited) / cited
    if gap <= GHOST_NEAR:
        return CONSISTENT
    return PARTLY if gap <= GHOST_FAR else INCONSISTENT


# ----------------------------------------------------------------------------- exposure checks


def _pooled(service_ids: Sequence[str]) -> Exposure:
    return assess(make_profile(list(service_ids))).exposure


def _exp_values(ex: Exposure) -> dict[str, float]:
    return {
        "human_alpha": ex.human.alpha,
        "human_beta": ex.human.beta,
        "human_gamma": ex.human.gamma,
        "gpt4_alpha": ex.gpt4.alpha,
        "gpt4_beta": ex.gpt4.beta,
        "gpt4_gamma": ex.gpt4.gamma,
    }


def _ids(categories: Sequence[str], extra: Sequence[str] = ()) -> list[str]:
    tax = load_taxonomy()
    return [s.id for c in categories for s in tax.services_in(c)] + list(extra)


def _task_evidence(service_ids: Sequence[str]) -> tuple[str, ...]:
    return (
        f"{GPTS_SOURCE}: full_labelset.tsv rows listed in service_tasks.csv for "
        + ", ".join(service_ids),
    )


# ----------------------------------------------------------------------------- Persian text


# An ISO date (Latin or Persian digits) not already inside a left-to-right isolate.
_ISO_DATE = re.compile(r"(?<!\u2066)\b([0-9۰-۹]{4}-[0-9۰-۹]{2}-[0-9۰-۹]{2})\b(?!\u2069)")


def isolate_dates(text: str) -> str:
    """``text`` with each ISO date isolated left to right (LRI ... PDI), as
    ``plan_view._date`` does: between Persian words, «۲۰۲۲-۱۱-۳۰» unisolated is laid out
    right to left and reads as ۳۰-۱۱-۲۰۲۲."""
    return _ISO_DATE.sub(lambda m: f"\u2066{m[1]}\u2069", text)


def _fa(text: object) -> str:
    """Persian digits in a date or a year; a date (hyphens kept) isolated left to right."""
    return isolate_dates(fa_digits(text))


def _list_fa(items: Sequence[str]) -> str:
    """A Persian list: «الف، ب و ج»."""
    items = list(items)
    return items[0] if len(items) == 1 else "، ".join(items[:-1]) + " و " + items[-1]


def _category_fa(category_id: str) -> str:
    """The category's Persian name in «»: the names themselves contain «و»."""
    try:
        return f"«{load_taxonomy().category(category_id).name('fa')}»"
    except Exception:  # an id the taxonomy does not know: show it as is
        return category_id


def _service_fa(service_id: str) -> str:
    try:
        return f"«{load_taxonomy().service(service_id).name('fa')}»"
    except Exception:
        return service_id


def _task_evidence_fa(service_ids: Sequence[str]) -> tuple[str, ...]:
    return (
        f"{GPTS_SOURCE}: ردیف‌هایی از full_labelset.tsv که service_tasks.csv برای این خدمات "
        "فهرست کرده است: " + "، ".join(service_ids),
    )


def _sql_evidence_fa(sql: str) -> tuple[str, ...]:
    """A query on the market store (the SQL itself stays as it is)."""
    return (f"{sql} (انبار دادهٔ بازار)",)


def _settle_fa(text: str) -> str:
    return f"داده‌ای که این ادعا را روشن می‌کند: {text}"


def check_exposed_47(claim: Claim) -> ClaimCheck:
    ids = _ids(CONTENT_CATEGORIES, ["data_entry"])
    ex = _pooled(ids)
    per_service = {sid: assess([sid]).services[0].exposure for sid in ids}
    jobs_h = sum(e.human.gamma >= JOB_EXPOSED_GAMMA for e in per_service.values()) / len(ids)
    jobs_g = sum(e.gpt4.gamma >= JOB_EXPOSED_GAMMA for e in per_service.values()) / len(ids)
    values = {
        **_exp_values(ex),
        "services": len(ids),
        "jobs_exposed_human": jobs_h,
        "jobs_exposed_gpt4": jobs_g,
    }
    verdict = verdict_near(
        [ex.human.gamma, ex.gpt4.gamma], claim.quantity or 0.47, EXPOSED_TOLERANCE
    )
    cited = claim.quantity or 0.47
    note = note_fa = ""
    if min(ex.human.gamma, ex.gpt4.gamma) > cited + EXPOSED_TOLERANCE:
        note = (
            "The task data show more exposure than the cited 47%: the claim understates it for the "
            "tasks these freelance services involve (the selection favours desk work)."
        )
        note_fa = (
            f"دادهٔ وظایف مواجههٔ بیشتری از {pct(cited, 'fa')} نقل‌شده نشان می‌دهد: ادعا مواجههٔ "
            "وظایفِ این خدمات آزادکاری را کمتر از واقع برآورد می‌کند (خدمات برگزیده بیشتر کار "
            "پشت میز است)."
        )
    cats_fa = (
        f"دسته‌های {_list_fa([_category_fa(c) for c in CONTENT_CATEGORIES])} "
        f"به‌علاوهٔ خدمت {_service_fa('data_entry')}"
    )
    return ClaimCheck(
        claim,
        verdict,
        values,
        method=(
            f"Services of {', '.join(CONTENT_CATEGORIES)} plus data_entry, equal time shares; gamma = "
            f"core-weighted share of task weight labelled E1 or E2. Verdict: consistent if both "
            f"the human and the GPT-4 gamma are within {EXPOSED_TOLERANCE:.0%} points of 47%. "
            f"'Jobs' differ from tasks: a job is a bundle of tasks, and the jobs reading counts "
            f"services with gamma >= {JOB_EXPOSED_GAMMA:.0%}; the cited study's definition of an "
            "exposed job is not given by the report."
        ),
        evidence=_task_evidence(ids),
        note=note,
        method_fa=(
            f"خدمات {cats_fa}، با سهم زمانی برابر؛ گاما = سهم وزن وظایفی که E1 یا E2 برچسب "
            "خورده‌اند (وظایف اصلی با وزن دوبرابر). داوری: اگر گامای برچسب انسانی و گامای GPT-4 "
            f"هر دو حداکثر {num(100 * EXPOSED_TOLERANCE, 'fa')} واحد درصد با {pct(cited, 'fa')} "
            "فاصله داشته باشند، سازگار است. «شغل» با «وظیفه» فرق دارد: هر شغل مجموعه‌ای از "
            "وظایف است و خوانش «شغل» خدماتی را می‌شمارد که گامایشان دست‌کم "
            f"{pct(JOB_EXPOSED_GAMMA, 'fa')} است؛ گزارش نمی‌گوید پژوهش نقل‌شده «شغل در معرض» را "
            "چگونه تعریف کرده است."
        ),
        evidence_fa=_task_evidence_fa(ids),
        note_fa=note_fa,
    )


def check_hybrid(claim: Claim) -> ClaimCheck:
    ids = [s.id for s in load_taxonomy().services]
    ex = _pooled(ids)
    flags = []
    for who in (ex.human, ex.gpt4):
        e2_share = who.gamma - who.alpha
        flags.append(e2_share > who.alpha and who.gamma >= HYBRID_MIN_GAMMA)
    return ClaimCheck(
        claim,
        verdict_all(flags),
        {**_exp_values(ex), "services": len(ids)},
        method=(
            "All services, equal shares. E2 share = gamma - alpha (work needing LLM-powered tools "
            "with a person), E1 share = alpha (an LLM alone). Consistent for a label source when "
            f"E2 > E1 and gamma >= {HYBRID_MIN_GAMMA:.0%}; partly when one label source agrees."
        ),
        evidence=_task_evidence(["all services"]),
        method_fa=(
            "همهٔ خدمات با سهم برابر. سهم E2 = گاما − آلفا (کاری که ابزار مبتنی بر مدل زبانی "
            "را در کنار انسان می‌خواهد)؛ سهم E1 = آلفا (مدل زبانی به‌تنهایی). برای هر منبع برچسب "
            f"اگر E2 > E1 و گاما ≥ {pct(HYBRID_MIN_GAMMA, 'fa')} باشد سازگار است؛ اگر فقط یکی "
            "از دو منبع برچسب موافق باشد، «تا حدی»."
        ),
        evidence_fa=_task_evidence_fa(["همهٔ خدمات"]),
    )


def check_chatbots(claim: Claim) -> ClaimCheck:
    ex = _pooled(["customer_support"])
    return ClaimCheck(
        claim,
        verdict_all([ex.human.gamma >= CHATBOT_MIN_GAMMA, ex.gpt4.gamma >= CHATBOT_MIN_GAMMA]),
        _exp_values(ex),
        method=f"customer_support service; consistent when gamma >= {CHATBOT_MIN_GAMMA:.0%} by each label source.",
        evidence=_task_evidence(["customer_support"]),
        method_fa=(
            f"خدمت {_service_fa('customer_support')} (customer_support)؛ اگر گاما با هر دو منبع "
            f"برچسب دست‌کم {pct(CHATBOT_MIN_GAMMA, 'fa')} باشد سازگار است."
        ),
        evidence_fa=_task_evidence_fa(["customer_support"]),
    )


def check_efficiency(claim: Claim) -> ClaimCheck:
    all_ids = [s.id for s in load_taxonomy().services]

    def mean_beta(sid: str) -> float:
        e = assess([sid]).exposure
        return (e.human.beta + e.gpt4.beta) / 2

    betas = {sid: mean_beta(sid) for sid in all_ids}
    median = statistics.median(betas.values())
    focus = ["data_analysis", "data_entry", "blog_content"]
    return ClaimCheck(
        claim,
        verdict_all([betas[s] > median for s in focus]),
        {"median_beta_all_services": median, **{f"beta_{s}": betas[s] for s in focus}},
        method=(
            "beta = mean of human and GPT-4 beta per service; consistent when data_analysis, "
            "data_entry and blog_content are all above the median over all services."
        ),
        evidence=_task_evidence(focus),
        method_fa=(
            "بتا = میانگین بتای برچسب انسانی و بتای GPT-4 در هر خدمت؛ اگر بتای "
            f"{_list_fa([_service_fa(sid) for sid in focus])} هر سه بالاتر از میانهٔ همهٔ خدمات "
            "باشد سازگار است."
        ),
        evidence_fa=_task_evidence_fa(focus),
    )


def check_blind_painter(claim: Claim) -> ClaimCheck:
    ids = _ids(["design"])
    a = assess(make_profile(ids))
    ex, idea = a.layers["execution"], a.layers["ideation"]
    flags = [ex.human.beta > idea.human.beta, ex.gpt4.beta > idea.gpt4.beta]
    return ClaimCheck(
        claim,
        verdict_all(flags),
        {
            "execution_human_beta": ex.human.beta,
            "ideation_human_beta": idea.human.beta,
            "execution_gpt4_beta": ex.gpt4.beta,
            "ideation_gpt4_beta": idea.gpt4.beta,
        },
        method=(
            "Design services, equal shares, tasks split by the layer rule; consistent when the "
            "execution layer's beta exceeds the ideation layer's for both label sources."
        ),
        evidence=_task_evidence(ids),
        method_fa=(
            f"خدمات دستهٔ {_category_fa('design')} با سهم برابر، وظایف به قاعدهٔ لایه‌ها تفکیک شده‌اند؛ "
            f"اگر با هر دو منبع برچسب بتای لایهٔ «{LAYER_NAMES['execution']['fa']}» از بتای لایهٔ "
            f"«{LAYER_NAMES['ideation']['fa']}» بیشتر باشد سازگار است."
        ),
        evidence_fa=_task_evidence_fa(ids),
    )


def _layer_bearing(
    claim: Claim, layer: str, categories: Sequence[str], note: str, note_fa: str
) -> ClaimCheck:
    ids = _ids(categories)
    a = assess(make_profile(ids))
    values = {f"{layer}_{k}": v for k, v in _exp_values(a.layers[layer]).items()}
    values[f"{layer}_time_share"] = a.layer_time[layer]
    if layer == "ideation":
        values.update({f"execution_{k}": v for k, v in _exp_values(a.layers["execution"]).items()})
    return ClaimCheck(
        claim,
        NOT_CHECKABLE,
        values,
        method=(
            f"A forecast about the future cannot be checked with today's labels. Shown: today's "
            f"exposure of the {layer} layer in {', '.join(categories)} services (equal shares). {note}"
        ),
        evidence=_task_evidence(ids),
        method_fa=(
            "پیش‌بینیِ آینده را با برچسب‌های امروز نمی‌توان سنجید. آنچه نشان داده شده: مواجههٔ "
            f"امروزِ لایهٔ «{LAYER_NAMES[layer]['fa']}» در خدمات "
            f"{'دسته‌های' if len(categories) > 1 else 'دستهٔ'} "
            f"{_list_fa([_category_fa(c) for c in categories])} (با سهم برابر). {note_fa}"
        ),
        evidence_fa=_task_evidence_fa(ids),
    )


def check_future_traits(claim: Claim) -> ClaimCheck:
    """The expert's view of the future: not checkable; today's exposure of the trait layers."""
    ids = [s.id for s in load_taxonomy().services]
    a = assess(make_profile(ids))
    time = sum(a.layer_time[layer] for layer in TRAIT_LAYERS)

    def trait_beta(who: str) -> float:
        return (
            sum(a.layer_time[ly] * getattr(a.layers[ly], who).beta for ly in TRAIT_LAYERS) / time
            if time
            else 0.0
        )

    ex = a.layers["execution"]
    values: dict[str, Any] = {
        "trait_layers_human_beta": trait_beta("human"),
        "execution_human_beta": ex.human.beta,
        "trait_layers_gpt4_beta": trait_beta("gpt4"),
        "execution_gpt4_beta": ex.gpt4.beta,
        "trait_layers_time_share": time,
    }
    parts, parts_fa = [], []
    for who, name, name_fa in (("human", "human", "انسانی"), ("gpt4", "GPT-4", "GPT-4")):
        t, e = values[f"trait_layers_{who}_beta"], values[f"execution_{who}_beta"]
        less = t < e
        parts.append(
            f"by the {name} labels these layers are {'less' if less else 'not less'} exposed than "
            f"execution ({t:.0%} against {e:.0%})"
        )
        parts_fa.append(
            f"با برچسب {name_fa} این لایه‌ها "
            f"{'کمتر از لایهٔ اجرا در معرض‌اند' if less else 'کمتر از لایهٔ اجرا در معرض نیستند'} "
            f"({pct(t, 'fa')} در برابر {pct(e, 'fa')})"
        )
    names = ", ".join(LAYER_NAMES[ly]["en"].lower() for ly in TRAIT_LAYERS)
    names_fa = _list_fa([f"«{LAYER_NAMES[ly]['fa']}»" for ly in TRAIT_LAYERS])
    return ClaimCheck(
        claim,
        NOT_CHECKABLE,
        values,
        method=(
            "A view of the future cannot be checked with today's labels. Shown: today's beta of "
            f"the layers where these traits are used ({names}; see the human skills in "
            "roles.toml), weighted by their time shares, against the execution layer; all "
            "services, equal shares. Mastery of AI tools is the E2 part of exposure "
            "(see hybrid_skills)."
        ),
        evidence=_task_evidence(["all services"]),
        note="Today, " + "; ".join(parts) + ".",
        method_fa=(
            "دیدگاهی دربارهٔ آینده را با برچسب‌های امروز نمی‌توان سنجید. آنچه نشان داده شده: "
            f"بتای امروزِ لایه‌هایی که این ویژگی‌ها در آن‌ها به کار می‌آیند ({names_fa}؛ "
            "مهارت‌های انسانی در roles.toml)، وزن‌داده با سهم زمانی‌شان، در برابر لایهٔ "
            f"«{LAYER_NAMES['execution']['fa']}»؛ همهٔ خدمات با سهم برابر. تسلط بر ابزارهای "
            "هوش مصنوعی همان بخش E2 مواجهه است (ادعای hybrid_skills)."
        ),
        evidence_fa=_task_evidence_fa(["همهٔ خدمات"]),
        note_fa="امروز " + "؛ ".join(parts_fa) + ".",
    )


# ----------------------------------------------------------------------------- market checks


@dataclass(frozen=True, slots=True)
class Posting:
    posted: date | None
    category: str | None
    pay_type: str | None  # "hourly" or "fixed"
    pay_usd: float | None
    ai_training: bool
    # title or skill tags name an AI tool or skill (None: the store has no such text)
    ai_skill: bool | None = None


# The posting columns the market claims read (a store from `azadkar market ingest` has
# them all; title and skills are read where present).
CLAIMS_POSTING_COLUMNS = (
    "posting_id", "posted_at", "pay_type", "pay_usd", "mapped_category", "ai_training",
)  # fmt: skip


def load_postings(db: str | Path) -> list[Posting]:
    """The postings in a market store, with our category (classifier first, platform mapping second)."""
    import duckdb

    from azadkar.errors import InputError

    if not Path(db).exists():
        raise InputError(
            f"market store {db} does not exist; build one with `azadkar market ingest`"
        )
    if Path(db).is_dir():
        raise InputError(f"--db {db} is a folder; give the market store file (.duckdb)")
    try:
        from azadkar.market._sql import NO_DOWNLOADS

        con = duckdb.connect(str(db), read_only=True, config=dict(NO_DOWNLOADS))
    except duckdb.Error as exc:
        if "not a valid DuckDB database file" in str(exc) or "sqlite" in str(exc).lower():
            raise InputError(
                f"{db} is not an azadkar market store (it is not a DuckDB database file)",
                message_fa=f"{db} انبار بازار آزادکار نیست (پروندهٔ DuckDB نیست)",
            ) from None
        raise InputError(f"cannot open market store {db}: {exc}") from None
    try:
        # The store check of azadkar.market, for the columns read here: a DuckDB file
        # that is no market store is named as such, not met with a SQL binder error.
        from azadkar.market._store import database_tables, not_a_store_error

        error = not_a_store_error(
            db,
            database_tables(con),
            {"postings": CLAIMS_POSTING_COLUMNS},
            (
                "Build one with `azadkar market ingest FILE --db ...`.",
                "انباری با `azadkar market ingest FILE --db ...` بسازید.",
            ),
        )
        if error is not None:
            raise error
        has_pred = bool(
            con.execute(
                "SELECT count(*) FROM information_schema.tables WHERE table_name = 'predictions'"
            ).fetchone()[0]  # type: ignore[index]
        )
        pred = (
            "LEFT JOIN (SELECT posting_id, any_value(category) AS category FROM predictions "
            "GROUP BY posting_id) pr USING (posting_id)"
            if has_pred
            else ""
        )
        cat = "coalesce(pr.category, p.mapped_category)" if has_pred else "p.mapped_category"
        columns = {
            r[0]
            for r in con.execute(
                "SELECT column_name FROM information_schema.columns WHERE table_name = 'postings'"
            ).fetchall()
        }
        text = " || ' ' || ".join(
            f"coalesce(p.{c}, '')" for c in ("title", "skills") if c in columns
        )
        skill = (
            f"CASE WHEN {' AND '.join(f'p.{c} IS NULL' for c in ('title', 'skills') if c in columns)} "
            f"THEN NULL ELSE regexp_matches(lower({text}), {_sql_literal(AI_SKILL_RE)}) END"
            if text
            else "NULL"
        )
        rows = con.execute(
            f"SELECT CAST(p.posted_at AS DATE), {cat}, p.pay_type, p.pay_usd, p.ai_training, "
            f"{skill} FROM postings p {pred}"
        ).fetchall()
    finally:
        con.close()
    return [
        Posting(r[0], r[1], r[2], r[3], bool(r[4]), None if r[5] is None else bool(r[5]))
        for r in rows
    ]


def _sql_literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def gini(values: Sequence[float]) -> float:
    xs = sorted(v for v in values if v is not None and v >= 0)
    n = len(xs)
    if n == 0 or sum(xs) == 0:
        return 0.0
    cum = sum((i + 1) * x for i, x in enumerate(xs))
    return (2 * cum) / (n * sum(xs)) - (n + 1) / n


def _split(
    postings: Sequence[Posting], pred: Callable[[Posting], bool]
) -> tuple[list[Posting], list[Posting]]:
    sel = [p for p in postings if p.posted is not None and pred(p)]
    return [p for p in sel if p.posted < EVENT], [p for p in sel if p.posted >= EVENT]  # type: ignore[operator]


def _is_pay(category: str | None, pay_type: str) -> Callable[[Posting], bool]:
    def pred(p: Posting) -> bool:
        ok = p.pay_type == pay_type and p.pay_usd is not None
        return ok and (category is None or p.category == category)

    return pred


def _pays(postings: Sequence[Posting]) -> list[float]:
    return [p.pay_usd for p in postings if p.pay_usd is not None]


def _span(postings: Sequence[Posting]) -> str:
    dates = [p.posted for p in postings if p.posted is not None]
    return f"{min(dates)} .. {max(dates)}" if dates else "no dated postings"


def _span_fa(postings: Sequence[Posting]) -> str:
    dates = [p.posted for p in postings if p.posted is not None]
    return f"{_fa(min(dates))} تا {_fa(max(dates))}" if dates else "بدون آگهی تاریخ‌دار"


def _no_db(claim: Claim, settle: str, settle_fa: str) -> ClaimCheck:
    return ClaimCheck(
        claim,
        NOT_CHECKABLE,
        {},
        method=f"cannot be checked without postings: {STORE_HINT}.",
        note=f"Data that would settle it: {settle}",
        method_fa=f"بدون آگهی‌ها سنجیدنی نیست: {STORE_HINT_FA}.",
        note_fa=_settle_fa(settle_fa),
    )


def _before_after_fa() -> str:
    """ "at least 20 before and 20 after 2022-11-30", in Persian."""
    n = num(MIN_ROWS, "fa")
    return f"دست‌کم {n} آگهی پیش از {_fa(EVENT)} و {n} آگهی پس از آن"


def check_pay_change(claim: Claim, postings: Sequence[Posting] | None) -> ClaimCheck:
    settle = "dated translation postings with pay, at least 20 before and 20 after 2022-11-30 (e.g. an Upwork API export covering 2021-2024)."
    settle_fa = (
        "آگهی‌های ترجمهٔ تاریخ‌دار با دستمزد، "
        + _before_after_fa()
        + f" (مثلاً خروجی API آپ‌ورک از {_fa(2021)} تا {_fa(2024)})."
    )
    if postings is None:
        return _no_db(claim, settle, settle_fa)
    for pay_type in ("hourly", "fixed"):
        before, after = _split(postings, _is_pay("translation", pay_type))
        if len(before) >= MIN_ROWS and len(after) >= MIN_ROWS:
            mb = statistics.median(_pays(before))
            ma = statistics.median(_pays(after))
            change = (ma - mb) / mb
            return ClaimCheck(
                claim,
                verdict_range(change, *PAY_DROP_RANGE),
                {
                    "pay_type": pay_type,
                    "median_before_usd": mb,
                    "median_after_usd": ma,
                    "change": change,
                    "n_before": len(before),
                    "n_after": len(after),
                },
                method=f"Median {pay_type} pay (USD) of translation postings after vs before {EVENT}; consistent within {PAY_DROP_RANGE[0]:.0%}..{PAY_DROP_RANGE[1]:.0%}.",
                evidence=(
                    "SELECT ... FROM postings WHERE category = 'translation' AND pay_type = ? (market store)",
                ),
                method_fa=(
                    f"میانهٔ دستمزد {PAY_TYPE_FA.get(pay_type, pay_type)} (دلار) آگهی‌های ترجمه "
                    f"پس از {_fa(EVENT)} در برابر پیش از آن؛ اگر تغییر میان "
                    f"{pct(PAY_DROP_RANGE[0], 'fa')} و {pct(PAY_DROP_RANGE[1], 'fa')} باشد سازگار است."
                ),
                evidence_fa=_sql_evidence_fa(
                    "SELECT ... FROM postings WHERE category = 'translation' AND pay_type = ?"
                ),
            )
    n = sum(p.category == "translation" for p in postings)
    return ClaimCheck(
        claim,
        NOT_CHECKABLE,
        {"translation_postings": n, "date_span": _span(postings)},
        method=f"needs >= {MIN_ROWS} translation postings with pay on each side of {EVENT} (hourly or fixed).",
        note=f"This store has {n} translation postings ({_span(postings)}). Data that would settle it: {settle}",
        method_fa=(
            f"دست‌کم {num(MIN_ROWS, 'fa')} آگهی ترجمه با دستمزد در هر سوی {_fa(EVENT)} لازم است "
            "(ساعتی یا مقطوع)."
        ),
        note_fa=(
            f"این انبار {num(n, 'fa')} آگهی ترجمه دارد ({_span_fa(postings)}). "
            + _settle_fa(settle_fa)
        ),
    )


def check_inequality(claim: Claim, postings: Sequence[Posting] | None) -> ClaimCheck:
    settle = (
        "dated postings with pay across categories, at least 20 before and 20 after 2022-11-30."
    )
    settle_fa = "آگهی‌های تاریخ‌دار با دستمزد در همهٔ دسته‌ها، " + _before_after_fa() + "."
    if postings is None:
        return _no_db(claim, settle, settle_fa)
    for pay_type in ("hourly", "fixed"):
        before, after = _split(postings, _is_pay(None, pay_type))
        if len(before) >= MIN_ROWS and len(after) >= MIN_ROWS:
            gb = gini(_pays(before))
            ga = gini(_pays(after))
            change = (ga - gb) / gb if gb else 0.0
            return ClaimCheck(
                claim,
                verdict_range(change, *INEQUALITY_RANGE),
                {
                    "pay_type": pay_type,
                    "gini_before": gb,
                    "gini_after": ga,
                    "relative_change": change,
                    "n_before": len(before),
                    "n_after": len(after),
                },
                method=f"Gini of posted {pay_type} pay (USD) after vs before {EVENT}, relative change; consistent within {INEQUALITY_RANGE[0]:.0%}..{INEQUALITY_RANGE[1]:.0%}. Posted pay is a proxy for access to well-paid work, not earnings.",
                evidence=("SELECT pay_usd FROM postings WHERE pay_type = ? (market store)",),
                method_fa=(
                    f"ضریب جینی دستمزد {PAY_TYPE_FA.get(pay_type, pay_type)} اعلام‌شده (دلار) پس از "
                    f"{_fa(EVENT)} در برابر پیش از آن، به‌صورت تغییر نسبی؛ اگر میان "
                    f"{pct(INEQUALITY_RANGE[0], 'fa')} و {pct(INEQUALITY_RANGE[1], 'fa')} باشد "
                    "سازگار است. دستمزد اعلام‌شده نشانه‌ای از دسترسی به کار پردرآمد است، نه درآمد "
                    "واقعی."
                ),
                evidence_fa=_sql_evidence_fa("SELECT pay_usd FROM postings WHERE pay_type = ?"),
            )
    return _too_few_paid(claim, postings, settle, settle_fa)


def _too_few_paid(
    claim: Claim, postings: Sequence[Posting], settle: str, settle_fa: str
) -> ClaimCheck:
    """Not checkable: too few postings with pay on one side of the event."""
    return ClaimCheck(
        claim,
        NOT_CHECKABLE,
        {"postings": len(postings), "date_span": _span(postings)},
        method=f"needs >= {MIN_ROWS} postings with pay of one pay type on each side of {EVENT}.",
        note=f"This store spans {_span(postings)}. Data that would settle it: {settle}",
        method_fa=(
            f"دست‌کم {num(MIN_ROWS, 'fa')} آگهی با دستمزدی از یک نوع (ساعتی یا مقطوع) در هر سوی "
            f"{_fa(EVENT)} لازم است."
        ),
        note_fa=f"بازهٔ این انبار: {_span_fa(postings)}. " + _settle_fa(settle_fa),
    )


def check_ghost(claim: Claim, postings: Sequence[Posting] | None) -> ClaimCheck:
    settle = "AI-training / data-annotation postings with hourly pay in USD (at least 10)."
    settle_fa = (
        "آگهی‌های آموزش هوش مصنوعی و برچسب‌زنی داده با دستمزد ساعتی به دلار "
        f"(دست‌کم {num(MIN_GHOST_ROWS, 'fa')} آگهی)."
    )
    if postings is None:
        return _no_db(claim, settle, settle_fa)
    rows = [
        p.pay_usd
        for p in postings
        if p.ai_training and p.pay_type == "hourly" and p.pay_usd is not None
    ]
    if len(rows) < MIN_GHOST_ROWS:
        n = sum(p.ai_training for p in postings)
        return ClaimCheck(
            claim,
            NOT_CHECKABLE,
            {"ai_training_postings": n, "with_hourly_pay": len(rows)},
            method=f"needs >= {MIN_GHOST_ROWS} AI-training postings with hourly pay.",
            note=f"Data that would settle it: {settle} Platform postings show what clients offer, not what annotation workers on micro-task sites earn.",
            method_fa=(
                f"دست‌کم {num(MIN_GHOST_ROWS, 'fa')} آگهی آموزش هوش مصنوعی با دستمزد ساعتی لازم است."
            ),
            note_fa=(
                _settle_fa(settle_fa) + " آگهی‌های پلتفرم نشان می‌دهند کارفرما چه پیشنهاد می‌کند، "
                "نه اینکه برچسب‌زنان در سایت‌های ریزکار چقدر درمی‌آورند."
            ),
        )
    med = statistics.median(rows)
    cited = claim.quantity or 2.4
    return ClaimCheck(
        claim,
        verdict_ghost(med, claim.quantity or 2.4),
        {"median_hourly_usd": med, "n": len(rows), "cited_hourly_usd": claim.quantity},
        method=f"Median posted hourly pay (USD) of AI-training postings; consistent within {GHOST_NEAR:.0%} of $2.4, partly within {GHOST_FAR:.0%}.",
        evidence=(
            "SELECT pay_usd FROM postings WHERE ai_training AND pay_type = 'hourly' (market store)",
        ),
        note="Postings on freelance platforms are not the micro-task work the cited figure describes.",
        method_fa=(
            "میانهٔ دستمزد ساعتی اعلام‌شده (دلار) در آگهی‌های آموزش هوش مصنوعی؛ اگر فاصله‌اش با "
            f"{num(cited, 'fa', 1)} دلار حداکثر {pct(GHOST_NEAR, 'fa')} باشد سازگار و اگر حداکثر "
            f"{pct(GHOST_FAR, 'fa')} باشد «تا حدی» است."
        ),
        evidence_fa=_sql_evidence_fa(
            "SELECT pay_usd FROM postings WHERE ai_training AND pay_type = 'hourly'"
        ),
        note_fa=("آگهی‌های پلتفرم‌های آزادکاری همان ریزکارهایی نیستند که رقم نقل‌شده توصیف می‌کند."),
    )


def _too_few_sided(
    claim: Claim,
    postings: Sequence[Posting],
    before: Sequence[Posting],
    after: Sequence[Posting],
    what: tuple[str, str],
    settle: str,
    settle_fa: str,
) -> ClaimCheck:
    """Not checkable: fewer than MIN_ROWS ``what`` (en, fa) on one side of the event."""
    return ClaimCheck(
        claim,
        NOT_CHECKABLE,
        {"before": len(before), "after": len(after), "date_span": _span(postings)},
        method=f"needs >= {MIN_ROWS} {what[0]} on each side of {EVENT}.",
        note=f"Data that would settle it: {settle}",
        method_fa=f"دست‌کم {num(MIN_ROWS, 'fa')} {what[1]} در هر سوی {_fa(EVENT)} لازم است.",
        note_fa=_settle_fa(settle_fa),
    )


def check_new_jobs(claim: Claim, postings: Sequence[Posting] | None) -> ClaimCheck:
    settle = "dated postings across all categories, at least 20 before and 20 after 2022-11-30."
    settle_fa = "آگهی‌های تاریخ‌دار در همهٔ دسته‌ها، " + _before_after_fa() + "."
    if postings is None:
        return _no_db(claim, settle, settle_fa)
    before, after = _split(postings, lambda p: p.category is not None)
    if len(before) < MIN_ROWS or len(after) < MIN_ROWS:
        return _too_few_sided(
            claim,
            postings,
            before,
            after,
            ("categorised postings", "آگهی دسته‌بندی‌شده"),
            settle,
            settle_fa,
        )
    sb = sum(p.category == "data_ai" for p in before) / len(before)
    sa = sum(p.category == "data_ai" for p in after) / len(after)
    return ClaimCheck(
        claim,
        CONSISTENT if sa > sb else INCONSISTENT,
        {
            "data_ai_share_before": sb,
            "data_ai_share_after": sa,
            "n_before": len(before),
            "n_after": len(after),
        },
        method=f"Share of postings in data_ai after vs before {EVENT}; consistent when it rose.",
        evidence=("SELECT category FROM postings (market store)",),
        method_fa=(
            f"سهم آگهی‌های دستهٔ {_category_fa('data_ai')} پس از {_fa(EVENT)} در برابر پیش از "
            "آن؛ اگر بالا رفته باشد سازگار است."
        ),
        evidence_fa=_sql_evidence_fa("SELECT category FROM postings"),
    )


def check_competition_prices(claim: Claim, postings: Sequence[Posting] | None) -> ClaimCheck:
    """Only the price half: postings carry no bids or applicants, so competition is unmeasured."""
    settle = (
        "dated postings with pay across categories, at least 20 before and 20 after 2022-11-30; "
        "for the competition half, the number of bids or applicants per posting."
    )
    settle_fa = (
        "آگهی‌های تاریخ‌دار با دستمزد در همهٔ دسته‌ها، "
        + _before_after_fa()
        + "؛ و برای نیمهٔ رقابت، شمار پیشنهادها یا متقاضیان هر آگهی."
    )
    if postings is None:
        return _no_db(claim, settle, settle_fa)
    for pay_type in ("hourly", "fixed"):
        before, after = _split(postings, _is_pay(None, pay_type))
        if len(before) >= MIN_ROWS and len(after) >= MIN_ROWS:
            mb = statistics.median(_pays(before))
            ma = statistics.median(_pays(after))
            change = (ma - mb) / mb if mb else 0.0
            return ClaimCheck(
                claim,
                PARTLY if change < 0 else INCONSISTENT,
                {
                    "pay_type": pay_type,
                    "median_before_usd": mb,
                    "median_after_usd": ma,
                    "change": change,
                    "n_before": len(before),
                    "n_after": len(after),
                },
                method=(
                    f"Median {pay_type} pay (USD) of all postings after vs before {EVENT}. Only "
                    "the price half is checked: postings carry no bids or applicants, so "
                    "competition is not measured. Partly when the median fell (prices agree, "
                    "competition unmeasured); inconsistent when it did not fall."
                ),
                evidence=("SELECT pay_usd FROM postings WHERE pay_type = ? (market store)",),
                note=(
                    "A shift in the mix of categories moves a market-wide median too; "
                    "`azadkar market indicators` shows pay by category and month."
                ),
                method_fa=(
                    f"میانهٔ دستمزد {PAY_TYPE_FA.get(pay_type, pay_type)} (دلار) همهٔ آگهی‌ها پس از "
                    f"{_fa(EVENT)} در برابر پیش از آن. تنها نیمهٔ قیمت سنجیده می‌شود: آگهی‌ها شمار "
                    "پیشنهادها یا متقاضیان را ندارند، پس شدت رقابت سنجیده نمی‌شود. اگر میانه پایین "
                    "آمده باشد «تا حدی» است (قیمت همسو، رقابت نسنجیده) و اگر پایین نیامده باشد "
                    "ناسازگار."
                ),
                evidence_fa=_sql_evidence_fa("SELECT pay_usd FROM postings WHERE pay_type = ?"),
                note_fa=(
                    "تغییر ترکیب دسته‌ها هم میانهٔ کل بازار را جابه‌جا می‌کند؛ دستمزد هر دسته در "
                    "هر ماه را `azadkar market indicators` نشان می‌دهد."
                ),
            )
    return _too_few_paid(claim, postings, settle, settle_fa)


def check_new_skills(claim: Claim, postings: Sequence[Posting] | None) -> ClaimCheck:
    settle = "dated postings with titles or skill tags, at least 20 before and 20 after 2022-11-30."
    settle_fa = "آگهی‌های تاریخ‌دار با عنوان یا برچسب مهارت، " + _before_after_fa() + "."
    if postings is None:
        return _no_db(claim, settle, settle_fa)
    before, after = _split(postings, lambda p: p.ai_skill is not None)
    if len(before) < MIN_ROWS or len(after) < MIN_ROWS:
        what = ("postings with a title or skill tags", "آگهی با عنوان یا برچسب مهارت")
        return _too_few_sided(claim, postings, before, after, what, settle, settle_fa)
    sb = sum(bool(p.ai_skill) for p in before) / len(before)
    sa = sum(bool(p.ai_skill) for p in after) / len(after)
    return ClaimCheck(
        claim,
        CONSISTENT if sa > sb else INCONSISTENT,
        {
            "ai_skill_share_before": sb,
            "ai_skill_share_after": sa,
            "n_before": len(before),
            "n_after": len(after),
        },
        method=(
            "Share of postings whose title or skill tags name an AI tool or skill (the pattern "
            f"AI_SKILL_RE in azadkar.claims) after vs before {EVENT}; consistent when it rose."
        ),
        evidence=("SELECT title, skills FROM postings (market store)",),
        note=(
            "Postings show which skills clients ask for, not which skills freelancers lack; a "
            "title that names AI may describe the product rather than a skill asked for."
        ),
        method_fa=(
            "سهم آگهی‌هایی که در عنوان یا برچسب مهارت‌هایشان نام ابزار یا مهارتی از هوش مصنوعی "
            f"آمده است (الگوی AI_SKILL_RE در azadkar.claims) پس از {_fa(EVENT)} در برابر پیش از "
            "آن؛ اگر بالا رفته باشد سازگار است."
        ),
        evidence_fa=_sql_evidence_fa("SELECT title, skills FROM postings"),
        note_fa=(
            "آگهی‌ها نشان می‌دهند کارفرمایان چه مهارت‌هایی می‌خواهند، نه اینکه فریلنسرها کدام را "
            "ندارند؛ عنوانی که نام هوش مصنوعی را می‌آورد شاید محصول را وصف کند، نه مهارتی را که "
            "خواسته شده است."
        ),
    )


# ----------------------------------------------------------------------------- entry point


def check_claims(db: str | Path | None = None) -> ClaimsReport:
    """Check every claim; market claims use the store at ``db`` when given."""
    postings = load_postings(db) if db is not None else None
    by_id = {c.id: c for c in load_claims()}
    checks = [
        check_exposed_47(by_id["exposed_47"]),
        check_pay_change(by_id["translation_pay_30"], postings),
        check_hybrid(by_id["hybrid_skills"]),
        check_inequality(by_id["inequality_22"], postings),
        check_ghost(by_id["ghost_work_2_4"], postings),
        ClaimCheck(
            by_id["ownership_disclosure"],
            NOT_CHECKABLE,
            {},
            method="A legal question; no dataset here bears on it.",
            note="For a disclosure record and contract clauses, see the Disclose page of the "
            "web app (/disclose) or `azadkar disclose` on the command line.",
            method_fa="پرسشی حقوقی است؛ هیچ‌یک از داده‌های اینجا به آن نمی‌پردازد.",
            note_fa="برای سابقهٔ افشا و بندهای قرارداد، صفحهٔ «افشا» در برنامهٔ وب (/disclose) "
            "یا دستور `azadkar disclose` در خط فرمان را ببینید.",
        ),
        _forecast_market(by_id["bridge_roles_x3_2030"], postings, "data_ai"),
        _layer_bearing(
            by_id["lifecycle_40_2030"],
            "execution",
            ("writing", "design", "marketing"),
            "Exposed execution work is what the report expects to move to supervision.",
            "کار اجرایی در معرض همان است که گزارش انتظار دارد به نظارت منتقل شود.",
        ),
        _forecast_market(by_id["hybrid_roles_200"], postings, "data_ai"),
        _layer_bearing(
            by_id["execution_80_2027"],
            "execution",
            CONTENT_CATEGORIES,
            "gamma is the ceiling with LLM-powered tools; alpha what an LLM alone does today.",
            "گاما سقف مواجهه با ابزارهای مبتنی بر مدل زبانی است و آلفا آنچه مدل زبانی امروز "
            "به‌تنهایی انجام می‌دهد.",
        ),
        _layer_bearing(
            by_id["ideation_200"],
            "ideation",
            CONTENT_CATEGORIES,
            "The ideation layer's exposure is shown beside the execution layer's.",
            "مواجههٔ لایهٔ ایده‌پردازی در کنار مواجههٔ لایهٔ اجرا آمده است.",
        ),
        check_competition_prices(by_id["competition_prices"], postings),
        check_chatbots(by_id["customer_service_chatbots"]),
        check_new_skills(by_id["new_skills"], postings),
        check_efficiency(by_id["efficiency_simple_work"]),
        ClaimCheck(
            by_id["global_markets"],
            NOT_CHECKABLE,
            {},
            method=(
                "No dataset here records where freelancers find their clients: postings give at "
                "most the client's country, not who wins the work."
            ),
            note=(
                "Data that would settle it: contracts with the freelancer's and the client's "
                "country, over time (e.g. the share of Iranian freelancers' contracts with clients "
                "abroad before and after 2022-11-30)."
            ),
            method_fa=(
                "هیچ‌یک از داده‌های اینجا ثبت نمی‌کند فریلنسرها کارفرمایانشان را کجا می‌یابند: "
                "آگهی‌ها دست‌بالا کشور کارفرما را دارند، نه اینکه چه کسی کار را می‌گیرد."
            ),
            note_fa=_settle_fa(
                "قراردادها با کشور فریلنسر و کشور کارفرما، در طول زمان (مثلاً سهم قراردادهای "
                f"فریلنسرهای ایرانی با کارفرمایان خارجی پیش و پس از {_fa(EVENT)})."
            ),
        ),
        check_new_jobs(by_id["new_jobs_data_ai"], postings),
        check_blind_painter(by_id["blind_painter"]),
        check_future_traits(by_id["future_human_traits"]),
    ]
    missing = set(by_id) - {c.claim.id for c in checks}
    assert not missing, f"claims without a check: {missing}"
    return ClaimsReport(tuple(checks), db=str(db) if db is not None else None)


def _forecast_market(claim: Claim, postings: Sequence[Posting] | None, category: str) -> ClaimCheck:
    values: dict[str, Any] = {}
    note = f"{STORE_HINT.capitalize()} to see the measured trend."
    note_fa = f"برای دیدن روند سنجیده، {STORE_HINT_FA}."
    if postings:
        by_year: dict[int, list[Posting]] = {}
        for p in postings:
            if p.posted is not None:
                by_year.setdefault(p.posted.year, []).append(p)
        values = {
            f"{category}_share_{y}": sum(p.category == category for p in ps) / len(ps)
            for y, ps in sorted(by_year.items())
        }
        note = f"Measured trend: the {category} share of postings per year in the store ({_span(postings)})."
        note_fa = (
            f"روند سنجیده: سهم دستهٔ {_category_fa(category)} از آگهی‌های هر سال در این انبار "
            f"({_span_fa(postings)})."
        )
    return ClaimCheck(
        claim,
        NOT_CHECKABLE,
        values,
        method="A forecast for 2030: not checkable yet.",
        note=note,
        method_fa=f"پیش‌بینی برای {_fa(2030)} است و هنوز سنجیدنی نیست.",
        note_fa=note_fa,
    )


__all__ = [
    "CONSISTENT",
    "INCONSISTENT",
    "NOT_CHECKABLE",
    "PARTLY",
    "VERDICTS",
    "Claim",
    "ClaimCheck",
    "ClaimsReport",
    "Posting",
    "check_claims",
    "gini",
    "load_claims",
    "load_postings",
    "verdict_all",
    "verdict_ghost",
    "verdict_near",
    "verdict_range",
]
