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
            vals = sep.join(f"{k} = {fmt_value(k, v, lang)}" for k, v in check.values.items())
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
            vals = sep.join(f"{k} = {fmt_value(k, v, lang)}" for k, v in check.values.items())
            out.append(f"- {LABELS['values'][lang]}: {vals}")
        out.append(f"- {LABELS['method'][lang]}: {check.method_in(lang)}")
        if check.note_in(lang):
            out.append(f"- {check.note_in(lang)}")
        for ev in check.evidence_in(lang):
            out.append(f"- {LABELS['evidence'][lang]}: {ev}")
        out.append("")
    return "\n".join(out)


__all__ = ["VERDICT_NAMES", "claims_markdown", "fmt_value", "render_claims", "summary"]
