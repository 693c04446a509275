"""User-facing strings in Persian and English, and number formatting per language."""

from __future__ import annotations

from typing import Any

_PERSIAN_DIGITS = str.maketrans("0123456789.-", "۰۱۲۳۴۵۶۷۸۹٫−")
_FA_DIGITS_ONLY = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")


def fa_digits(text: object) -> str:
    """Latin digits as Persian ones, nothing else changed (dates, years, counts in text)."""
    return str(text).translate(_FA_DIGITS_ONLY)


STRINGS: dict[str, dict[str, str]] = {
    "assessment": {"en": "AI exposure assessment", "fa": "ارزیابی مواجهه با هوش مصنوعی"},
    "profile": {"en": "Your work", "fa": "کار شما"},
    "overall": {"en": "Overall exposure", "fa": "مواجههٔ کلی"},
    "service": {"en": "Service", "fa": "خدمت"},
    "share": {"en": "share of your time", "fa": "سهم از زمان شما"},
    "layer": {"en": "Layer", "fa": "لایه"},
    "layers": {"en": "Exposure by layer of change", "fa": "مواجهه به تفکیک لایهٔ تغییر"},
    "time_in_layer": {"en": "time", "fa": "زمان"},
    "human": {"en": "human labels", "fa": "برچسب انسانی"},
    # Short column heads beside α / β / γ: "α H" / "α GPT-4", in Persian «α انسانی» / «α GPT-4».
    "human_short": {"en": "H", "fa": "انسانی"},
    "gpt4_short": {"en": "GPT-4", "fa": "GPT-4"},
    "gpt4": {"en": "GPT-4 labels", "fa": "برچسب GPT-4"},
    "alpha": {"en": "alpha (LLM alone)", "fa": "آلفا (فقط مدل زبانی)"},
    "beta": {"en": "beta (E1 + ½·E2)", "fa": "بتا (E1 + ½·E2)"},
    "gamma": {"en": "gamma (with LLM software)", "fa": "گاما (با نرم‌افزار مبتنی بر مدل)"},
    "most_exposed": {"en": "Most exposed tasks", "fa": "بیشترین مواجهه"},
    "most_human": {
        "en": "Least exposed tasks of this service (relative; see their labels)",
        "fa": "کم‌مواجهه‌ترین وظایف این خدمت (نسبی؛ برچسب‌هایشان را ببینید)",
    },
    "most_human_uniform": {
        "en": "Least exposed tasks: none stands out; every task of this service has β {beta}.",
        "fa": "کم‌مواجهه‌ترین وظایف: هیچ‌کدام متمایز نیست؛ β همهٔ وظایف این خدمت {beta} است.",
    },
    "most_human_few": {
        "en": "Least exposed tasks: this service's few tasks are all listed above; "
        "the lowest β is {beta}.",
        "fa": "کم‌مواجهه‌ترین وظایف: وظایف اندک این خدمت همه در بالا آمده‌اند؛ کمترین β {beta} است.",
    },
    "disagreement": {
        "en": "human and GPT-4 labels disagree on",
        "fa": "برچسب انسان و GPT-4 ناهم‌خوان در",
    },
    "of_tasks": {"en": "of task weight", "fa": "از وزن وظایف"},
    "applicability": {
        "en": "Microsoft AI applicability score",
        "fa": "امتیاز کاربردپذیری هوش مصنوعی مایکروسافت",
    },
    "tasks": {"en": "tasks", "fa": "وظیفه"},
    "param_key": {"en": "key", "fa": "پارامتر"},
    "evidence": {"en": "Where the numbers come from", "fa": "منشأ اعداد"},
    "understood": {"en": "What azadkar understood", "fa": "برداشت آزادکار از متن شما"},
    "understood_words": {"en": "words that decided it", "fa": "واژه‌های تعیین‌کننده"},
    "understood_fix": {
        "en": "Not right? Name your services yourself: --service id:percent (see `azadkar services`).",
        "fa": "درست نیست؟ خدمت‌هایتان را خودتان بدهید: ‎--service id:percent‎ (فهرست: ‎azadkar services‎).",
    },
    "ev_scores": {
        "en": (
            "α = share of task weight labelled E1; β = E1 + ½·E2; γ = E1 + E2 (the source's "
            "three exposure measures). Bars show β."
        ),
        "fa": (
            "α = سهم وزن وظایفی که E1 برچسب خورده‌اند؛ β = E1 + ½·E2؛ γ = E1 + E2 (سه سنجهٔ "
            "مواجهه در منبع). نوارها β را نشان می‌دهند."
        ),
    },
    "confidence": {"en": "confidence", "fa": "اطمینان"},
    "category": {"en": "Category", "fa": "دسته"},
    "rate": {"en": "Rate", "fa": "نرخ"},
    "per_hour": {"en": "per hour", "fa": "در ساعت"},
    "statements_en": {
        "en": "",
        "fa": "متن وظایف از O*NET است و به انگلیسی آمده است.",
    },
    "ev_labels": {
        "en": (
            "Task labels: GPTs are GPTs (Eloundou et al. 2023; MIT licence), O*NET task statements "
            "(CC BY 4.0). E1 = an LLM alone halves the time at equal quality; E2 = needs LLM-powered "
            "software; E0 = no exposure."
        ),
        "fa": (
            "برچسب وظایف: پژوهش GPTs are GPTs (الوندو و همکاران ۲۰۲۳؛ مجوز MIT) روی وظایف O*NET "
            "(CC BY 4.0). E1 = مدل زبانی به‌تنهایی زمان را با همان کیفیت نصف می‌کند؛ E2 = به نرم‌افزار "
            "مبتنی بر مدل زبانی نیاز دارد؛ E0 = بدون مواجهه."
        ),
    },
    "ev_weights": {
        "en": (
            "Scores are core-weighted (Core = 2, Supplemental = 1) as in the source. Time within a "
            "service is assumed proportional to task weight (an assumption: O*NET gives no time shares)."
        ),
        "fa": (
            "امتیازها مانند منبع با وزن وظایف اصلی محاسبه شده‌اند (اصلی = ۲، فرعی = ۱). فرض شده زمان هر "
            "وظیفه در یک خدمت متناسب با وزن آن است (فرض ما؛ O*NET سهم زمانی نمی‌دهد)."
        ),
    },
    "ev_layers": {
        "en": (
            "Layers: a documented rule on the first words of each task statement (azadkar.layers); "
            "'client' is azadkar's fourth bucket for client relations and coordination."
        ),
        "fa": (
            "لایه‌ها: قاعده‌ای مستند روی نخستین واژه‌های هر وظیفه (azadkar.layers)؛ «ارتباط با مشتری» "
            "دستهٔ چهارمی است که آزادکار افزوده است."
        ),
    },
    "ev_msft": {
        "en": "Applicability: Working with AI (Tomlinson et al. 2025, Microsoft; CC BY 4.0).",
        "fa": "کاربردپذیری: پژوهش Working with AI (تاملینسون و همکاران ۲۰۲۵، مایکروسافت؛ CC BY 4.0).",
    },
}


STRINGS.update(
    {
        "set_aside": {
            "en": "set aside: {parts} — terms of work, not a service",
            "fa": "کنار گذاشته: {parts} — شرط کار است، نه خدمت",
        },
        "unsure_between": {
            "en": "unsure between {a} ({pa}) and {b} ({pb}): the words do not tell them apart",
            "fa": "نامطمئن میان {a} ({pa}) و {b} ({pb}): واژه‌های متن این دو را از هم جدا نمی‌کنند",
        },
    }
)


def set_aside_text(c: Any, lang: str) -> str:
    """What a classification (``c``) set aside as terms of work, as one sentence
    ("set aside: "paid hourly", "ongoing project" — terms of work, not a service"); ""
    when nothing was. Each part as the person wrote it; in Persian in «», a Latin one
    isolated."""
    parts = [" ".join(str(p).split()) for p in getattr(c, "ignored", None) or []]
    parts = [p for p in parts if p]
    if not parts:
        return ""
    if lang == "fa":
        from azadkar.bidi import isolate

        quoted = "، ".join(f"«{isolate(p, always=True)}»" for p in parts)
    else:
        quoted = ", ".join(f"“{p}”" for p in parts)
    return t("set_aside", lang).format(parts=quoted)


def unsure_text(c: Any, lang: str, *, isolate: bool = False) -> str:
    """The note of a classification (``c``) whose text does not tell its two best services
    apart (``Classification.unsure``): "unsure between Product photography (56%) and
    Portrait photography (40%): the words do not tell them apart"; "" when it does.
    ``isolate`` as in :func:`confidence` (reports and web pages)."""
    pairs = list(getattr(c, "unsure", None) or [])
    if len(pairs) < 2:
        return ""
    from azadkar.errors import UnknownServiceError
    from azadkar.taxonomy import load_taxonomy

    def name(sid: str) -> str:
        try:
            text = load_taxonomy().service(sid).name(lang)
        except UnknownServiceError:  # a custom model's id: shown as it is
            text = sid
        return f"«{text}»" if lang == "fa" else text

    (a, pa), (b, pb) = pairs[:2]
    return t("unsure_between", lang).format(
        a=name(a),
        pa=confidence(pa, lang, isolate=isolate),
        b=name(b),
        pb=confidence(pb, lang, isolate=isolate),
    )


def most_human_note(s: Any, lang: str) -> str:
    """Why a service lists no most-human task (``s`` is a ServiceExposure); "" if it does."""
    if s.most_human() or not s.tasks:
        return ""
    if s.uniform_beta is not None:
        return t("most_human_uniform", lang).format(beta=num(s.uniform_beta, lang, 2))
    low = min(task.beta_mean for task in s.tasks)
    return t("most_human_few", lang).format(beta=num(low, lang, 2))


def task_ref(task: Any, lang: str, *, long: bool = False) -> str:
    """Where a task comes from: ``O*NET 27-1011.00 #284`` (``, Task 284`` with ``long``);
    in Persian «O*NET 27-1011.00، وظیفهٔ ۲۸۴» (the O*NET code stays as O*NET writes it)."""
    if lang == "fa":
        return f"O*NET {task.onet_soc}، وظیفهٔ {fa_digits(task.task_id)}"
    if long:
        return f"O*NET {task.onet_soc}, Task {task.task_id}"
    return f"O*NET {task.onet_soc} #{task.task_id}"


def t(key: str, lang: str) -> str:
    entry = STRINGS[key]
    return entry.get(lang) or entry["en"]


def _signed(text: str, negative: bool, isolate: bool) -> str:
    """A Persian number; with ``isolate``, a negative one in a left-to-right isolate.

    In right-to-left text the minus sign of «−۲۴٪» is a neutral character that takes the
    paragraph's direction and ends up after the number («۲۴٪−»); an LRI … PDI keeps it
    on the left, where it is read. (``azadkar.bidi.to_html`` turns the isolate into a
    ``<bdi dir="ltr">`` in HTML.)
    """
    return f"\u2066{text}\u2069" if negative and isolate else text


def _minus(text: str) -> str:
    """A formatted number for people: the minus sign U+2212 («−12%»), not the hyphen-minus
    Python writes (JSON and CSV keep their own numbers); a value that rounds to zero loses
    its sign («0%», not «−0%»)."""
    if not text.startswith("-"):
        return text
    if not text.strip("-0.,"):
        return text[1:]
    return "\u2212" + text[1:]


def num(value: float, lang: str, digits: int = 0, *, isolate: bool = False) -> str:
    """``value`` with thousands separators (``٬`` and Persian digits in Persian).

    ``isolate``: a negative Persian number comes in an LTR isolate (for reports; see
    :func:`_signed`)."""
    text = _minus(f"{value:,.{digits}f}")
    if lang != "fa":
        return text
    fa = text.translate(_PERSIAN_DIGITS).replace(",", "٬")
    return _signed(fa, fa.startswith("−"), isolate)


def pct(value: float | None, lang: str, digits: int = 0, *, isolate: bool = False) -> str:
    """``value`` as a percentage (``۲۴٪`` in Persian); ``isolate`` as in :func:`num`."""
    if value is None:
        return "—"
    text = _minus(f"{100 * value:.{digits}f}")
    if lang != "fa":
        return f"{text}%"
    fa = f"{text.translate(_PERSIAN_DIGITS)}٪"
    return _signed(fa, fa.startswith("−"), isolate)


def confidence(value: float | None, lang: str, *, isolate: bool = False) -> str:
    """A classifier's confidence (a probability) as a whole percentage that never claims
    certainty: ``>99%`` (Persian «بیش از ۹۹٪», "more than") for one that would round to
    100% (1.0 too), ``<1%`` («کمتر از ۱٪», "less than") for one above 0 that would round to
    0%, else as :func:`pct`. Persian says the bound in words: a ``>`` sign would need a
    left-to-right isolate, which puts its ٪ on the other side of the digits from every
    other percentage on the page.

    ``isolate``: passed on to :func:`pct` (a negative Persian value in an LTR isolate).
    """
    if value is None:
        return "—"
    shown = f"{100 * value:.0f}"  # the rounding pct() does
    # Even an exact 1.0 is the model's float32 arithmetic saturating, not certainty.
    if shown == "100":
        return "بیش از ۹۹٪" if lang == "fa" else ">99%"
    if shown in ("0", "-0") and value > 0:
        return "کمتر از ۱٪" if lang == "fa" else "<1%"
    return pct(value, lang, isolate=isolate)


def g(value: float, lang: str) -> str:
    """``value`` in ``%g`` form (``0.8``, ``3``), with Persian digits and ``٫`` in Persian."""
    text = f"{value:g}"
    return text.translate(_PERSIAN_DIGITS) if lang == "fa" else text


__all__ = [
    "STRINGS",
    "confidence",
    "g",
    "num",
    "pct",
    "set_aside_text",
    "t",
    "task_ref",
    "unsure_text",
]
