"""Persian and English strings for the projection, plan and report sections; money formatting."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from azadkar.layers import LAYER_NAMES
from azadkar.projection import BUCKET_NAMES
from azadkar.report.strings import fa_digits, num

S: dict[str, dict[str, str]] = {
    "report_title": {
        "en": "AI and your freelance work: assessment, outlook and plan",
        "fa": "هوش مصنوعی و کار آزاد شما: ارزیابی، چشم‌انداز و برنامه",
    },
    "generated": {
        "en": "Made by azadkar on this computer",
        "fa": "ساخته‌شده با آزادکار روی همین رایانه",
    },
    "scenario": {"en": "Scenario", "fa": "سناریو"},
    "status": {"en": "status", "fa": "وضعیت"},
    "cited": {"en": "cited, not verified", "fa": "نقل‌شده، تأییدنشده"},
    "measured": {"en": "measured", "fa": "اندازه‌گیری‌شده"},
    "assumption": {"en": "assumption", "fa": "فرض"},
    "exposure_section": {"en": "1. How exposed your work is", "fa": "۱. کار شما چقدر در معرض است"},
    "projection_section": {"en": "2. Outlook 2026–2030", "fa": "۲. چشم‌انداز ۲۰۲۶ تا ۲۰۳۰"},
    "plan_section": {"en": "3. Your plan", "fa": "۳. برنامهٔ شما"},
    "pricing_section": {"en": "4. Pricing", "fa": "۴. قیمت‌گذاری"},
    "claim_checks_section": {
        "en": "The report's claims, checked against task-level evidence",
        "fa": "ادعاهای گزارش در برابر شواهد سطح وظیفه",
    },
    "claim_checks_note": {
        "en": "Method, values and evidence for each verdict: `azadkar claims` (add --db for the market claims).",
        "fa": "روش، مقادیر و شواهد هر داوری: دستور azadkar claims (برای ادعاهای بازار ‎--db‎ را بیفزایید).",
    },
    "claims_section": {
        "en": "What the source report claims (cited, not verified)",
        "fa": "ادعاهای گزارش مرجع (نقل‌شده، تأییدنشده)",
    },
    "assumptions_section": {"en": "Assumptions", "fa": "فرض‌ها"},
    "params_section": {"en": "Scenario parameters", "fa": "پارامترهای سناریو"},
    "notes_section": {"en": "Notes and sources", "fa": "یادداشت‌ها و منابع"},
    "services": {"en": "Services", "fa": "خدمت‌ها"},
    "hours_week": {"en": "hours per week", "fa": "ساعت در هفته"},
    "year": {"en": "Year", "fa": "سال"},
    "today": {"en": "today", "fa": "امروز"},
    "stay": {"en": "Stay as is", "fa": "همین‌طور بمانید"},
    "adapt": {"en": "Adapt (follow the plan)", "fa": "سازگار شوید (اجرای برنامه)"},
    "income_month": {"en": "Income per month", "fa": "درآمد ماهانه"},
    "income_index": {"en": "Income, % of today", "fa": "درآمد، درصد امروز"},
    "range": {"en": "range", "fa": "بازه"},
    "ai_share": {
        "en": "Share of your time AI does",
        "fa": "سهم زمان شما که هوش مصنوعی انجام می‌دهد",
    },
    "hours_layers": {"en": "Weekly hours by layer", "fa": "ساعت هفتگی به تفکیک لایه"},
    "idle_note": {
        "en": "Adapting leaves more hours without paid work here, yet earns more (see income): "
        "AI does part of the work you are paid for, and the scenario refills only part of "
        "the hours it frees (adapt.redeploy). Staying as is keeps hours by doing that work "
        "slowly, at falling pay.",
        "fa": "در این‌جا سازگار شدن ساعت‌های بی‌کار بیشتری می‌گذارد، ولی درآمد بیشتری دارد (درآمد را "
        "ببینید): هوش مصنوعی بخشی از کاری را که برایش پول می‌گیرید انجام می‌دهد و سناریو تنها "
        "بخشی از ساعت‌های آزادشده را دوباره پر می‌کند (adapt.redeploy). همین‌طور ماندن ساعت‌ها "
        "را با انجام کند همان کار، با دستمزدی رو به کاهش، نگه می‌دارد.",
    },
    "no_rate": {
        "en": "No rate given: income is shown as a percentage of today's. Add --rate to see amounts.",
        "fa": "نرخی داده نشده: درآمد به‌صورت درصدی از امروز نشان داده می‌شود. برای دیدن مبلغ --rate بدهید.",
    },
    "task": {"en": "Task", "fa": "وظیفه"},
    "labels": {"en": "Labels (human / GPT-4)", "fa": "برچسب (انسان / GPT-4)"},
    "automation": {"en": "GPT-4 automation", "fa": "خودکارسازی GPT-4"},
    "tools": {"en": "Tools", "fa": "ابزارها"},
    "why": {"en": "Why", "fa": "چرا"},
    "rule": {"en": "rule", "fa": "قاعدهٔ"},
    "rules_title": {
        "en": "Why each task gets its action (the rules, in the order they are tried)",
        "fa": "چرا هر وظیفه این اقدام را گرفته است (قاعده‌ها، به ترتیبی که آزموده می‌شوند)",
    },
    "hours_now": {"en": "h/week today", "fa": "ساعت در هفته"},
    "ai_share_task": {"en": "AI share", "fa": "سهم هوش مصنوعی"},
    "actions_summary": {
        "en": "Your weekly hours by action (today's tasks)",
        "fa": "ساعت‌های هفتگی شما به تفکیک اقدام (وظایف امروز)",
    },
    "roles": {
        "en": "Roles to grow into (ranked by fit)",
        "fa": "نقش‌هایی برای رشد (به ترتیب تناسب)",
    },
    "fit": {"en": "fit", "fa": "تناسب"},
    "you_have": {"en": "You already have", "fa": "آنچه دارید"},
    "gap": {"en": "Skill gap", "fa": "کمبود مهارت"},
    "first_steps": {"en": "First steps", "fa": "گام‌های نخست"},
    "none": {"en": "none", "fa": "هیچ"},
    "human_skills": {"en": "Human skills to practise", "fa": "مهارت‌های انسانی برای تمرین"},
    "where": {"en": "Where it matters in your work", "fa": "کجای کارتان اهمیت دارد"},
    "rate_now": {"en": "Your rate today", "fa": "نرخ امروز شما"},
    "speedup": {"en": "AI speed-up on your work", "fa": "شتاب هوش مصنوعی در کار شما"},
    "eff_same": {
        "en": "Effective hourly rate if you keep today's price per deliverable",
        "fa": "نرخ ساعتی مؤثر اگر قیمت هر تحویل‌دادنی را ثابت نگه دارید",
    },
    "eff_market": {
        "en": "Effective hourly rate if prices fall as the scenario says",
        "fa": "نرخ ساعتی مؤثر اگر قیمت‌ها طبق سناریو پایین بیایند",
    },
    "hourly_change": {
        "en": "Income per deliverable if you keep billing by the hour",
        "fa": "درآمد هر تحویل‌دادنی اگر ساعتی صورت‌حساب بدهید",
    },
    "package": {
        "en": "Lowest package price for work that takes one hour today (the scenario's market price, never below your costs)",
        "fa": "کمترین قیمت بسته برای کاری که امروز یک ساعت طول می‌کشد (قیمت بازار در سناریو، نه کمتر از هزینه‌هایتان)",
    },
    "floor": {
        "en": "Floor price per billable hour (your costs / billable hours)",
        "fa": "کف قیمت هر ساعت قابل صورت‌حساب (هزینه‌ها ÷ ساعت‌های قابل صورت‌حساب)",
    },
    "no_costs": {
        "en": "Give --costs (monthly costs) to get a floor price.",
        "fa": "برای کف قیمت، --costs (هزینهٔ ماهانه) را بدهید.",
    },
    "costs": {"en": "Monthly costs", "fa": "هزینهٔ ماهانه"},
    "billable": {"en": "Billable hours per month", "fa": "ساعت قابل صورت‌حساب در ماه"},
    "exchange": {"en": "Exchange rate", "fa": "نرخ ارز"},
    "fx_given": {"en": "your --fx", "fa": "نرخ ‎--fx‎ شما"},
    "usd_rate_given": {"en": "your --usd-rate", "fa": "نرخ ‎--usd-rate‎ شما"},
    "fx_table": {
        "en": "azadkar's dated table of Tehran open-market quotes, data/market/rates.toml",
        "fa": "جدول نرخ تاریخ‌دار آزادکار از بازار آزاد تهران، \u2066data/market/rates.toml\u2069",
    },
    "fx_change": {
        "en": "give today's with --usd-rate",
        "fa": "نرخ امروز را با ‎--usd-rate‎ بدهید",
    },
    "fx_none": {
        "en": "none for {cur}: amounts stay in {cur} (add --fx, units per US dollar, to see USD)",
        "fa": "برای {cur} نرخی نیست: مبلغ‌ها به همین واحد می‌مانند (برای دیدن دلار ‎--fx‎ را بدهید)",
    },
    "in_year": {"en": "in", "fa": "در سال"},
    "source": {"en": "source", "fa": "منبع"},
    "param_value": {
        "en": "value (pessimistic – optimistic), by year",
        "fa": "مقدار (بدبینانه – خوش‌بینانه)، تا سال",
    },
    "tasks_of": {"en": "Tasks of", "fa": "وظایف"},
    "task_codes": {
        "en": (
            "E1/E2 under a task: its exposure label by humans / by GPT-4 (E1 = an LLM alone "
            "halves the time, E2 = needs LLM-based software, E0 = not exposed); T0-T4: GPT-4's "
            "rating of how far the task could be automated (T0 none ... T4 fully). Both from "
            "GPTs are GPTs (Eloundou et al. 2023)."
        ),
        "fa": (
            "\u2066E1/E2\u2069 زیر هر وظیفه: برچسب مواجههٔ آن از انسان / از GPT-4 "
            "(\u2066E1\u2069 = مدل زبانی به‌تنهایی زمان را نصف می‌کند، \u2066E2\u2069 = به "
            "نرم‌افزار مبتنی بر مدل زبانی نیاز دارد، \u2066E0\u2069 = بدون مواجهه)؛ "
            "\u2066T0-T4\u2069: رتبه‌ای که GPT-4 به خودکارشدنی بودن وظیفه داده است "
            "(\u2066T0\u2069 هیچ … \u2066T4\u2069 کامل). هر دو از پژوهش GPTs are GPTs "
            "(الوندو و همکاران ۲۰۲۳)."
        ),
    },
    "work_language": {"en": "Working language", "fa": "زبان کار"},
    "translation_direction": {"en": "Translation direction", "fa": "جهت ترجمه"},
    "translate_with": {"en": "Translate with", "fa": "ترجمه با"},
    "translate_unknown": {
        "en": "support not stated by the vendor pages we read",
        "fa": "صفحه‌های سازنده که خواندیم پشتیبانی‌شان را نمی‌گویند",
    },
    "translate_none": {
        "en": "no catalogue tool is recorded as translating in this direction",
        "fa": "هیچ ابزاری در فهرست برای ترجمه در این جهت ثبت نشده است",
    },
    "check_output": {"en": "Check the {lang} text with", "fa": "بررسی متن {lang} با"},
    "check_none": {
        "en": "no catalogue tool is recorded as checking {lang} text",
        "fa": "هیچ ابزاری در فهرست برای بررسی متن {lang} ثبت نشده است",
    },
    "kinds_named": {"en": "Kinds of text you named", "fa": "نوع متنی که نام بردید"},
    "supervise_what": {"en": "What to supervise", "fa": "چه چیزی را نظارت کنید"},
    "tool_evidence": {
        "en": "What each tool's language support rests on",
        "fa": "پشتیبانی زبانی هر ابزار بر چه تکیه دارد",
    },
    "read_on": {"en": "read", "fa": "خوانده‌شده در"},
    "pessimistic": {"en": "pessimistic", "fa": "بدبینانه"},
    "optimistic": {"en": "optimistic", "fa": "خوش‌بینانه"},
    "by_year": {"en": "by", "fa": "تا"},
    "assumptions_where": {
        "en": "The same lists, with notes, are in --format json and --report out.html.",
        "fa": "همین فهرست‌ها با یادداشت‌هایشان در ‎--format json‎ و ‎--report out.html‎ هم هست.",
    },
}

CURRENCY_NAMES = {
    "USD": {"en": "USD", "fa": "دلار"},
    "IRR": {"en": "IRR", "fa": "ریال"},
    "toman": {"en": "toman", "fa": "تومان"},
    # Other currencies keep their ISO code in English; these have a Persian name.
    "CAD": {"en": "CAD", "fa": "دلار کانادا"},
    "EUR": {"en": "EUR", "fa": "یورو"},
    "GBP": {"en": "GBP", "fa": "پوند"},
    "AUD": {"en": "AUD", "fa": "دلار استرالیا"},
    "TRY": {"en": "TRY", "fa": "لیر ترکیه"},
    "AED": {"en": "AED", "fa": "درهم امارات"},
    "AFN": {"en": "AFN", "fa": "افغانی"},
    "IQD": {"en": "IQD", "fa": "دینار عراق"},
}


def currency_name(currency: str, lang: str) -> str:
    """How a sentence names ``currency``: its Persian name, or the ISO code (isolated left to
    right in Persian text) for one without a Persian name here."""
    names = CURRENCY_NAMES.get(currency)
    if names is not None:
        return names["fa" if lang == "fa" else "en"]
    return f"\u2066{currency}\u2069" if lang == "fa" else currency


_PARAM_WORDS = {
    "takeover": {"en": "AI takeover of {x}", "fa": "سهم هوش مصنوعی از {x}"},
    "multiplier": {
        "en": "AI productivity multiplier in {x}",
        "fa": "ضریب بهره‌وری با هوش مصنوعی در {x}",
    },
    "pass_through": {
        "en": "Share of AI time savings passed on to clients",
        "fa": "سهمی از صرفه‌جویی زمانی هوش مصنوعی که به مشتری می‌رسد",
    },
    "redeploy": {
        "en": "Share of freed hours refilled by adapting",
        "fa": "سهم ساعت‌های آزادشده که با سازگار شدن دوباره پر می‌شود",
    },
    "bridge_demand": {
        "en": "Demand multiplier for bridge (audience) work",
        "fa": "ضریب تقاضا برای کار پل (تحلیل مخاطب)",
    },
    "demand": {"en": "Demand change, {x}", "fa": "تغییر تقاضا، {x}"},
    "pay": {"en": "Pay change, {x}", "fa": "تغییر دستمزد، {x}"},
}


def param_label(key: str, lang: str) -> str:
    """A scenario parameter in words ("AI takeover of Technical execution" for
    ``layers.execution.takeover``); the key itself for one this table does not know."""
    from azadkar.layers import LAYER_NAMES
    from azadkar.taxonomy import load_taxonomy

    lg = "fa" if lang == "fa" else "en"
    parts = key.split(".")
    try:
        if parts[0] == "layers" and len(parts) == 3:
            return _PARAM_WORDS[parts[2]][lg].format(x=LAYER_NAMES[parts[1]][lg])
        if parts[0] in ("market", "adapt") and len(parts) == 2:
            return _PARAM_WORDS[parts[1]][lg]
        if parts[0] in ("demand", "pay") and len(parts) == 2:
            tax = load_taxonomy()
            target = parts[1]
            named = next((c for c in tax.categories if c.id == target), None) or next(
                (sv for sv in tax.services if sv.id == target), None
            )
            if named is not None:
                return _PARAM_WORDS[parts[0]][lg].format(x=named.name(lg))
    except KeyError:
        pass
    return key


def s(key: str, lang: str) -> str:
    entry = S[key]
    return entry["fa"] if lang == "fa" else entry["en"]


def bucket(key: str, lang: str) -> str:
    names = LAYER_NAMES.get(key) or BUCKET_NAMES[key]
    return names["fa" if lang == "fa" else "en"]


def money(amount: float | None, currency: str, lang: str, *, unit: bool = True) -> str:
    """``12.50 USD`` / ``۱۲٫۵۰ دلار``; rial and toman without decimals. ``unit=False``
    leaves the currency name out (for a table whose header names it)."""
    if amount is None:
        return "—"
    digits = 2 if currency not in ("IRR", "toman") and abs(amount) < 1000 else 0
    if not unit:
        return num(amount, lang, digits)
    return f"{num(amount, lang, digits)} {currency_name(currency, lang)}"


# How each front end tells the user to give a number azadkar assumed: (en, fa) phrases for
# the weekly hours left out, for changing the assumed billable hours, and for billable
# hours the user gave. The command line names its options; the web app its form fields.
_HOW = {
    "cli": {
        "hours": (
            "assumed: you gave no --hours; give yours, e.g. --hours 30",
            "فرض شده، چون --hours را نداده‌اید؛ ساعت خودتان را بدهید، مثلاً --hours 30",
        ),
        "billable": ("change it with --billable-hours", "با --billable-hours عوضش کنید"),
        "given": ("your --billable-hours", "عددی که با --billable-hours دادید"),
        "work_language": (
            "change it with --work-language fa, en or fa,en",
            "با --work-language عوضش کنید (fa، en یا fa,en)",
        ),
    },
    "web": {
        "hours": (
            "assumed: the hours field was empty; enter yours on the form",
            "فرض شده، چون خانهٔ ساعت در هفته خالی بود؛ ساعت خودتان را در فرم بنویسید",
        ),
        "billable": (
            "change it in the billable-hours field",
            "در خانهٔ ساعت قابل صورت‌حساب عوضش کنید",
        ),
        "given": ("from the form", "از فرم"),
        "work_language": (
            'change it with the form\'s "Language you work in" choice',
            "با گزینهٔ «زبان کارتان» در فرم عوضش کنید",
        ),
    },
}

# How a tool stands with a working language it does not fully serve (ToolLeftOut).
_LEFT_OUT_STATUS = {
    "no": {"en": "not supported", "fa": "پشتیبانی نمی‌شود"},
    "translation": {"en": "translation only", "fa": "فقط ترجمه"},
}


def work_language_text(wl: Any, lang: str, *, where: str = "cli") -> str:
    """The working language the plan assumed, why, and how to change it: «Persian, because
    your description is written in Persian; change it with --work-language fa, en or
    fa,en.» (``wl``: :class:`azadkar.plan.WorkLanguage`)."""
    reason = wl.reason(lang).rstrip(".")
    if wl.source == "given":
        if where == "web":
            # "as you gave it" is the command line's option; the web's is a form choice
            from azadkar.plan import LANGUAGE_NAMES

            names = (" و " if lang == "fa" else " and ").join(
                LANGUAGE_NAMES[c][lang] for c in wl.languages
            )
            return (
                f"{names}، همان‌طور که در فرم انتخاب کردید."
                if lang == "fa"
                else f"{names}, as you chose on the form."
            )
        return f"{reason}."
    sep = "؛ " if lang == "fa" else "; "
    return f"{reason}{sep}{_how(where, 'work_language', lang)}."


def tool_label(ref: Any, unknown: set[str]) -> str:
    """A suggested tool's name, with * when its support for the working language is
    unknown (``unknown``: ids from ``Plan.tools_language_unknown()``)."""
    return f"{ref.name}*" if ref.id in unknown else ref.name


def tool_language_notes(pl: Any, lang: str, *, detail: bool = False) -> list[str]:
    """The lines under the task tables on tools and the working language: which suggested
    tools (marked *) may not serve it, and which were left out and why. Empty when the
    plan checked no language or found nothing to say. ``detail`` (the reports) adds each
    left-out tool's evidence and the date it was read instead of pointing to the JSON."""
    from azadkar.plan import LANGUAGE_NAMES

    codes = pl.work_language.languages
    if not codes:
        return []
    sep = "، " if lang == "fa" else ", "
    names = (" و " if lang == "fa" else " and ").join(LANGUAGE_NAMES[c][lang] for c in codes)
    out = []

    def name(tool_name: str) -> str:
        # In Persian each Latin name is isolated, so a list of them keeps its RTL order.
        return f"\u2068{tool_name}\u2069" if lang == "fa" else tool_name

    unknown = pl.tools_language_unknown()
    if unknown:
        listed = sep.join(name(t.name) for t in unknown)
        if lang == "fa":
            out.append(
                f"* صفحه‌ها و مستندات سازنده که خواندیم نمی‌گویند {listed} متن {names} را پشتیبانی "
                "می‌کنند یا نه؛ پیش از تکیه بر آن‌ها روی یک نمونه از کار خودتان بیازماییدشان."
            )
        else:
            out.append(
                f"* The vendor pages and docs we read do not say whether {listed} serve "
                f"{names} text; try them on a sample of your own work before relying on them."
            )
    if pl.tools_left_out:
        parts = []
        for t in pl.tools_left_out:
            why = sep.join(
                f"{LANGUAGE_NAMES[c][lang]}: {_LEFT_OUT_STATUS[st][lang]}"
                for c in codes
                if (st := t.text_languages.get(c, "unknown")) in _LEFT_OUT_STATUS
            )
            parts.append(f"{name(t.name)} ({why})")
        listed = sep.join(parts)
        if detail:
            where_fa = "منبع هر کدام در ادامه آمده است."
            where_en = "each one's source follows."
        else:
            where_fa = (
                "منبع هر کدام در فهرست ابزارها (data/tools.toml) و خروجی --format json آمده است."
            )
            where_en = (
                "each one's source is in the tool catalogue (data/tools.toml) and in --format json."
            )
        if lang == "fa":
            out.append(f"برای کار متنی به {names} پیشنهاد نشد: {listed}؛ {where_fa}")
        else:
            out.append(f"Not suggested for {names} text work: {listed}; {where_en}")
        if detail:
            for t in pl.tools_left_out:
                if lang == "fa":
                    # The evidence is quoted in English: an LTR isolate keeps it in order.
                    out.append(
                        f"{name(t.name)} (خوانده‌شده در \u2066{fa_digits(t.read)}\u2069، به انگلیسی): "
                        f"\u2066{t.evidence}\u2069"
                    )
                else:
                    out.append(f"{t.name} (read {t.read}): {t.evidence}")
    return out


def _quoted(words: str, lang: str) -> str:
    """The description's own words in quotes, isolated where their direction differs from
    the sentence's (Persian words in English, Latin ones in Persian)."""
    from azadkar.bidi import isolate

    if lang == "fa":
        return f"«{isolate(words)}»"
    if re.search("[\u0600-\u06ff]", words):
        words = f"\u2068{words}\u2069"
    return f"\u201c{words}\u201d"


def _latin(name: str, lang: str) -> str:
    # In Persian each Latin name is isolated, so a list of them keeps its RTL order.
    # a no-break space keeps a two-word name ("Google Translate") on one line: a terminal
    # cannot fold an isolate
    return f"\u2068{name.replace(' ', chr(0xA0))}\u2069" if lang == "fa" else name


def translation_view(pl: Any, lang: str) -> dict[str, Any] | None:
    """The plan's translation directions for a translator (a profile with the service
    ``text_translation``), as every front end shows them; None for anyone else.

    ``assumed``: which direction(s) and why (the description's words, or the stated default
    of both); ``directions``: per direction, the catalogue tools recorded as translating in
    it (``*`` where no vendor page we read says), the tools recorded as checking the target
    language, the kinds of text named with it and what to supervise; ``basis``: what the
    advice rests on."""
    from azadkar.plan import LANGUAGE_NAMES
    from azadkar.tools import DIRECTIONS, load_catalogue

    # the plan's own reading (Plan.translation), the same its JSON writes
    tp = pl.translation()
    if tp is None:
        return None
    found = tp.found
    cat = load_catalogue()
    advice = {a.id: a for a in cat.directions}
    genres = {g.id: g for g in cat.genres}
    sep = "، " if lang == "fa" else ", "
    both = (" و " if lang == "fa" else " and ").join(advice[d].name(lang) for d in found.directions)
    if found.source == "description":
        words = (" و " if lang == "fa" else " and ").join(
            dict.fromkeys(_quoted(f.words, lang) for f in found.found)
        )
        assumed = (
            f"{both}، چون شرح کارتان می‌گوید {words}."
            if lang == "fa"
            else f"{both}, because your description says {words}."
        )
    else:
        example = _quoted(
            "از انگلیسی به فارسی" if lang == "fa" else "from English into Persian", lang
        )
        how = "در شرح کارتان" if lang == "fa" else "in your description"
        assumed = (
            f"هر دو جهت ({both})، پیش‌فرض آزادکار: شرح کارتان جهتی مانند {example} نام نمی‌برد، "
            f"پس ابزارها و بررسی‌ها برای هر دو جهت آمده است. برای محدودکردن آن، جهت را {how} بگویید."
            if lang == "fa"
            else f"Both directions ({both}), azadkar's default: your description names no "
            f"direction such as {example}, so tools and checks are given for each. To narrow "
            f"it, say the direction {how}."
        )
    rows = []
    for d in found.directions:
        target = LANGUAGE_NAMES[DIRECTIONS[d][1]][lang]
        tools = tp.tools[d]
        yes = [_latin(t.name, lang) for t, st in tools if st == "yes"]
        unknown = [_latin(f"{t.name}*", lang) for t, st in tools if st == "unknown"]
        translate = sep.join(yes)
        if unknown:
            rest = f"{s('translate_unknown', lang)}: {sep.join(unknown)}"
            translate = f"{translate}{'؛ ' if lang == 'fa' else '; '}{rest}" if yes else rest
        checkers = [_latin(t.name, lang) for t in tp.checkers[d]]
        check = (
            f"{s('check_output', lang).format(lang=target)}: {sep.join(checkers)}"
            if checkers
            else s("check_none", lang).format(lang=target)
        )
        named = [genres[g] for g in found.genres(d)]
        supervise = list(advice[d].supervise(lang))
        for g in named:
            supervise += list(g.supervise(lang))
        # each tool named, with the record its support rests on (vendor page, date read)
        evidence = [
            {
                "name": t.name,
                "status": st,
                "evidence": t.language_evidence,
                "read": t.language_read,
            }
            for t, st in tools
            if st != "no"
        ] + [
            {
                "name": t.name,
                "status": "yes",
                "evidence": t.language_evidence,
                "read": t.language_read,
            }
            for t in tp.checkers[d]
        ]
        rows.append(
            {
                "id": d,
                "name": advice[d].name(lang),
                "evidence": list({e["name"]: e for e in evidence}.values()),
                "translate": translate or s("translate_none", lang),
                "check": check,
                "kinds": sep.join(g.name(lang) for g in named),
                "supervise": supervise,
            }
        )
    basis = (
        "پشتیبانی ابزارها از سوابق فهرست ابزارهاست (\u2066[tool.text_languages]\u2069: صفحهٔ "
        "سازنده و تاریخ "
        "خواندن آن)؛ * یعنی صفحه‌ای که خواندیم چیزی نمی‌گوید: پیش از تکیه بر ابزار، آن را روی "
        "نمونه‌ای از کار خودتان بیازمایید. آنچه باید نظارت کنید توصیهٔ آزادکار است، نه نتیجهٔ "
        "سنجش."
        if lang == "fa"
        else "Tool support is from the catalogue's records ([tool.text_languages]: the vendor "
        "page and the date it was read); * means the pages we read do not say: try the tool on "
        "a sample of your own work before relying on it. What to supervise is azadkar's "
        "advice, not a measured result."
    )
    return {
        "heading": s("translation_direction", lang),
        "source": found.source,
        "assumed": assumed,
        "directions": rows,
        "basis": basis,
    }


def _how(where: str, key: str, lang: str) -> str:
    en, fa = _HOW[where][key]
    return fa if lang == "fa" else en


def hours_text(hours: float, assumed: bool, lang: str, *, where: str = "cli") -> str:
    """The weekly hours, and when the user gave none, that 40 was assumed and how to give
    theirs: «40 (assumed: you gave no --hours; give yours, e.g. --hours 30)»; ``where="web"``
    names the form's field instead of the option."""
    shown = num(hours, lang, 0 if float(hours).is_integer() else 1)
    if not assumed:
        return shown
    return f"{shown} ({_how(where, 'hours', lang)})"


def billable_text(
    billable: float,
    hours: float,
    assumed: bool,
    lang: str,
    *,
    unit: bool = False,
    where: str = "cli",
) -> str:
    """Billable hours a month and where they come from: «121.3 (70% of 40 h/week x 52/12,
    assumed; change it with --billable-hours)» or «100 (your --billable-hours)»; ``unit``
    adds «hours a month» after the number; ``where="web"`` names the form's field."""
    shown = num(billable, lang, 1)
    if unit:
        shown += " ساعت در ماه" if lang == "fa" else " hours a month"
    if not assumed:
        return f"{shown} ({_how(where, 'given', lang)})"
    week = num(hours, lang, 0 if float(hours).is_integer() else 1)
    change = _how(where, "billable", lang)
    if lang == "fa":
        return f"{shown} (۷۰٪ از {week} ساعت در هفته × ۵۲ ÷ ۱۲، فرض؛ {change})"
    return f"{shown} (70% of {week} h/week × 52/12, assumed; {change})"


def income_basis(p: Any, lang: str, *, where: str = "cli") -> str:
    """One sentence on the hours today's income counts, beside the floor price's: with the
    billable basis (the default) both count the same billable hours; with the working-hours
    basis the two bases are named side by side. ``where="web"`` names the form's fields."""
    hours = p.profile.hours_per_week
    billable = billable_text(
        p.billable_hours, hours, p.billable_assumed, lang, unit=True, where=where
    )
    rate = p.profile.rate
    today = (
        f" × {'نرخ شما' if lang == 'fa' else 'your rate'} {money(rate, p.currency, lang)} = "
        f"{money(rate * p.income_hours, p.currency, lang)} {'امروز' if lang == 'fa' else 'today'}"
        if rate is not None
        else ""
    )
    if p.income_basis == "billable":
        if lang == "fa":
            return (
                f"درآمد فقط ساعت‌های قابل صورت‌حساب را حساب می‌کند: {billable}{today}؛ کف قیمت "
                "هم هزینه‌ها را بر همین ساعت‌ها تقسیم می‌کند."
            )
        return (
            f"Income counts only your billable hours: {billable}{today}; the floor price "
            "divides your costs by the same hours."
        )
    working = num(p.income_hours, lang, 1)
    week = num(hours, lang, 0 if float(hours).is_integer() else 1)
    if lang == "fa":
        return (
            f"درآمد همهٔ ساعت‌های کار را حساب می‌کند: {working} ساعت در ماه ({week} ساعت در "
            f"هفته × ۵۲ ÷ ۱۲){today}؛ کف قیمت فقط ساعت‌های قابل صورت‌حساب را: {billable}."
        )
    return (
        f"Income counts every working hour: {working} hours a month ({week} h/week × 52/12)"
        f"{today}; the floor price counts only billable hours: {billable}."
    )


def status_text(status: str, lang: str) -> str:
    key = {"cited, not verified": "cited", "measured": "measured", "assumption": "assumption"}.get(
        status
    )
    return s(key, lang) if key else status


__all__ = [
    "CURRENCY_NAMES",
    "S",
    "billable_text",
    "bucket",
    "currency_name",
    "hours_text",
    "income_basis",
    "money",
    "param_label",
    "s",
    "status_text",
]


def zero_share_note(tasks: Iterable[tuple[str, float, str]], year: int, lang: str) -> str | None:
    """A line for a plan whose tasks to automate or supervise include some the scenario
    gives no AI share in ``year`` (``tasks``: (action, AI share, layer) of each task).

    The action follows the task labels (AI can help with it); the AI share follows the
    scenario's layer take-over (how much of the time AI does). Side by side, "supervise"
    and "AI share 0%" read as a contradiction unless this says why."""
    from azadkar.layers import LAYERS

    layers = {layer for action, share, layer in tasks if action != "keep" and share < 0.005}
    if not layers:
        return None
    names = [LAYER_NAMES[x][lang] for x in LAYERS if x in layers]
    if lang == "fa":
        listed = "، ".join(f"«{n}»" for n in names)
        return (
            f"وظیفه‌ای برای خودکارسازی یا نظارت با سهم هوش مصنوعی ۰٪ ({listed}): برچسب‌های "
            "وظیفه می‌گویند هوش مصنوعی در آن کمک می‌کند، ولی سناریو تا سال "
            f"{num(year, 'fa').replace('٬', '')} هیچ بخشی از زمان "
            f"{'این لایه‌ها' if len(names) > 1 else 'این لایه'} را به هوش مصنوعی "
            "نمی‌دهد. آن‌جا از هوش مصنوعی برای کمک استفاده کنید و روی کم شدن ساعت‌ها حساب نکنید."
        )
    listed = ", ".join(names)
    return (
        f"Tasks to automate or supervise with an AI share of 0% ({listed}): their labels say "
        f"AI can help with them, but the scenario has AI take over none of "
        f"{'the time of those layers' if len(names) > 1 else 'the time of that layer'} "
        f"by {year}. Use AI there to help, and do not count on it saving hours."
    )
