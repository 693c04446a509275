"""Rendering of claim checks: terminal (rich) and Markdown, in Persian or English."""

from __future__ import annotations

from typing import Any

from rich.console import Console
from rich.panel import Panel
from rich.text import Text

from azadkar.claims import (
    CONSISTENT,
    INCONSISTENT,
    NOT_CHECKABLE,
    PARTLY,
    PAY_TYPE_FA,
    ClaimsReport,
)
from azadkar.report.strings import fa_digits, num, pct

VERDICT_NAMES = {
    CONSISTENT: {"en": "consistent", "fa": "سازگار"},
    INCONSISTENT: {"en": "inconsistent", "fa": "ناسازگار"},
    PARTLY: {"en": "partly", "fa": "تا حدی"},
    NOT_CHECKABLE: {"en": "not checkable with this data", "fa": "با این داده سنجیدنی نیست"},
}
VERDICT_STYLE = {
    CONSISTENT: "green",
    INCONSISTENT: "red",
    PARTLY: "yellow",
    NOT_CHECKABLE: "grey58",
}
LABELS = {
    "title": {
        "en": "The report's claims, checked against evidence",
        "fa": "ادعاهای گزارش در برابر شواهد",
    },
    "cited": {"en": "cited, not verified", "fa": "نقل‌شده، تأییدنشده"},
    "source": {"en": "cited source", "fa": "منبع نقل‌شده"},
    "how": {"en": "how to check", "fa": "روش سنجش"},
    "method": {"en": "method", "fa": "جزئیات محاسبه"},
    "values": {"en": "measured", "fa": "سنجیده"},
    "evidence": {"en": "evidence", "fa": "شواهد"},
}


_WHO_FA = {"human": "برچسب انسانی", "gpt4": "برچسب GPT-4"}
_METRIC_FA = {"alpha": "α", "beta": "β", "gamma": "γ"}
_PLAIN_FA = {
    "services": "خدمات",
    "postings": "آگهی‌ها",
    "n": "شمار",
    "n_before": "شمار پیش از رویداد",
    "n_after": "شمار پس از رویداد",
    "before": "پیش از رویداد",
    "after": "پس از رویداد",
    "date_span": "بازهٔ تاریخ",
    "pay_type": "نوع دستمزد",
    "change": "تغییر",
    "relative_change": "تغییر نسبی",
    "median_before_usd": "میانهٔ دستمزد پیش از رویداد",
    "median_after_usd": "میانهٔ دستمزد پس از رویداد",
    "median_hourly_usd": "میانهٔ دستمزد ساعتی",
    "cited_hourly_usd": "دستمزد ساعتی نقل‌شده",
    "median_beta_all_services": "میانهٔ β همهٔ خدمات",
    "with_hourly_pay": "با دستمزد ساعتی",
    "translation_postings": "آگهی‌های ترجمه",
    "ai_training_postings": "آگهی‌های آموزش هوش مصنوعی",
    "gini_before": "ضریب جینی پیش از رویداد",
    "gini_after": "ضریب جینی پس از رویداد",
    "data_ai_share_before": "سهم داده و هوش مصنوعی پیش از رویداد",
    "data_ai_share_after": "سهم داده و هوش مصنوعی پس از رویداد",
    "ai_skill_share_before": "سهم آگهی‌های با مهارت هوش مصنوعی پیش از رویداد",
    "ai_skill_share_after": "سهم آگهی‌های با مهارت هوش مصنوعی پس از رویداد",
    "trait_layers_time_share": "سهم زمانی لایه‌های ویژگی‌های انسانی",
}


def value_label(key: str, lang: str) -> str:
    """A measured value's name for people: the key itself in English (as in the JSON), Persian
    words in Persian (``execution_gpt4_beta`` -> «β «اجرای تکنیکی» (برچسب GPT-4)»)."""
    if lang != "fa":
        return key
    from azadkar.layers import LAYER_NAMES

    if key in _PLAIN_FA:
        return _PLAIN_FA[key]
    parts = key.split("_")
    if len(parts) == 2 and parts[0] in _WHO_FA and parts[1] in _METRIC_FA:
        return f"{_METRIC_FA[parts[1]]} ({_WHO_FA[parts[0]]})"
    if len(parts) == 3 and parts[0] in LAYER_NAMES:
        layer = LAYER_NAMES[parts[0]]["fa"]
        if parts[1] in _WHO_FA and parts[2] in _METRIC_FA:
            return f"{_METRIC_FA[parts[2]]} «{layer}» ({_WHO_FA[parts[1]]})"
        if parts[1:] == ["time", "share"]:
            return f"سهم زمانی «{layer}»"
    if key.startswith("trait_layers_") and parts[2] in _WHO_FA:
        return f"β لایه‌های ویژگی‌های انسانی ({_WHO_FA[parts[2]]})"
    # "{category}_share_{year}" (azadkar.claims): a category's share of the year's postings
    year = parts[-1]
    if len(parts) >= 3 and parts[-2] == "share" and year.isdigit() and len(year) == 4:
        from azadkar.report.strings import fa_digits
        from azadkar.taxonomy import load_taxonomy

        cat = "_".join(parts[:-2])
        names = {c.id: c.fa for c in load_taxonomy().categories}
        if cat in names:
            return f"سهم «{names[cat]}» از آگهی‌های {fa_digits(year)}"
    if key.startswith("jobs_exposed_") and parts[2] in _WHO_FA:
        return f"شغل‌های در معرض ({_WHO_FA[parts[2]]})"
    if key.startswith("beta_"):
        from azadkar.taxonomy import load_taxonomy

        sid = key.removeprefix("beta_")
        names = {sv.id: sv.fa for sv in load_taxonomy().services}
        if sid in names:
            return f"β «{names[sid]}»"
    return key


def fmt_value(key: str, value: Any, lang: str) -> str:
    if isinstance(value, bool) or value is None:
        return str(value)
    if isinstance(value, float):
        money = "usd" in key
        if money:
            return f"${num(value, lang, 2)}"
        if abs(value) <= 1.5 and not key.startswith("n_"):
            return pct(value, lang, 1)
        return num(value, lang, 3)
    if isinstance(value, int):
        return num(value, lang)
    text = str(value)
    if lang == "fa":
        if key == "pay_type":
            return PAY_TYPE_FA.get(text, text)
        if key == "date_span":
            if text == "no dated postings":
                return "بدون آگهی تاریخ‌دار"
            return fa_digits(text).replace(" .. ", " تا ")
    return text


def summary(report: ClaimsReport, lang: str = "en") -> str:
    """One line a reader can quote: how many claims got which verdict, and on what data."""
    counts = report.to_dict()["verdict_counts"]
    sep = "، " if lang == "fa" else ", "
    parts = sep.join(f"{num(n, lang)} {VERDICT_NAMES[v][lang]}" for v, n in counts.items() if n)
    total = num(len(report.checks), lang)
    data = (
        (f"انبار دادهٔ بازار: {report.db}" if report.db else "بدون انبار دادهٔ بازار (‎--db‎)")
        if lang == "fa"
        else (f"market store: {report.db}" if report.db else "no market store (--db)")
    )
    head = f"{total} ادعا" if lang == "fa" else f"{total} claims"
    return f"{head}: {parts} · {data}"


def render_claims(report: ClaimsReport, lang: str = "en", console: Console | None = None) -> None:
    console = console or Console()
    console.rule(f"[bold]azadkar · {LABELS['title'][lang]}")
    console.print(Text(summary(report, lang), style="bold"))
    for check in report.checks:
        c = check.claim
        verdict = Text(
            VERDICT_NAMES[check.verdict][lang], style=f"bold {VERDICT_STYLE[check.verdict]}"
        )
        body = Text()
        body.append(f"{c.text(lang)}\n", style="bold")
        body.append(
            f"[{LABELS['cited'][lang]}] {LABELS['source'][lang]}: {c.source(lang)}\n", style="dim"
        )
        body.append(f"{LABELS['how'][lang]}: {c.how(lang)}\n")
        if check.values:
            sep = "، " if lang == "fa" else ", "
            vals = sep.join(
                f"{value_label(k, lang)} = {fmt_value(k, v, lang)}" for k, v in check.values.items()
            )
            body.append(f"{LABELS['values'][lang]}: {vals}\n", style="cyan")
        body.append(f"{LABELS['method'][lang]}: {check.method_in(lang)}\n", style="dim")
        if check.note_in(lang):
            body.append(f"{check.note_in(lang)}\n", style="yellow")
        for ev in check.evidence_in(lang):
            body.append(f"{LABELS['evidence'][lang]}: {ev}\n", style="dim")
        console.print(
            Panel(body, title=verdict, title_align="left", subtitle=c.id, subtitle_align="right")
        )


def claims_markdown(report: ClaimsReport, lang: str = "en") -> str:
    out = [f"# {LABELS['title'][lang]}", "", summary(report, lang), ""]
    for check in report.checks:
        c = check.claim
        out.append(f"## {c.text(lang)}")
        out.append("")
        out.append(f"- **{VERDICT_NAMES[check.verdict][lang]}** (`{c.id}`)")
        out.append(f"- *{LABELS['cited'][lang]}* — {LABELS['source'][lang]}: {c.source(lang)}")
        out.append(f"- {LABELS['how'][lang]}: {c.how(lang)}")
        if check.values:
            sep = "؛ " if lang == "fa" else "; "
            vals = sep.join(
                f"{value_label(k, lang)} = {fmt_value(k, v, lang)}" for k, v in check.values.items()
            )
            out.append(f"- {LABELS['values'][lang]}: {vals}")
        out.append(f"- {LABELS['method'][lang]}: {check.method_in(lang)}")
        if check.note_in(lang):
            out.append(f"- {check.note_in(lang)}")
        for ev in check.evidence_in(lang):
            out.append(f"- {LABELS['evidence'][lang]}: {ev}")
        out.append("")
    return "\n".join(out)


__all__ = ["VERDICT_NAMES", "claims_markdown", "fmt_value", "render_claims", "summary"]
