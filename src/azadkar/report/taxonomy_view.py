"""Listing of taxonomy services: terminal (rich) and Markdown, in Persian or English."""

from __future__ import annotations

from collections.abc import Sequence

from rich.console import Console
from rich.table import Table

from azadkar.report.strings import num
from azadkar.taxonomy import Service, Taxonomy

_HEAD = {
    "id": {"en": "id", "fa": "شناسه"},
    "name": {"en": "name", "fa": "نام"},
    "synonyms": {"en": "synonyms", "fa": "واژه‌های هم‌معنا"},
    "count": {"en": "{n} services", "fa": "{n} خدمت"},
}


def _synonyms(s: Service, lang: str, n: int = 5) -> str:
    # Persian lists take the Persian comma; a Latin one reads as a typo in RTL text.
    if lang == "fa":
        return "، ".join(s.synonyms_fa[:n])
    return ", ".join(s.synonyms_en[:n])


def _count(services: Sequence[Service], lang: str) -> str:
    if lang == "en" and len(services) == 1:
        return "1 service"
    return _HEAD["count"][lang].format(n=num(len(services), lang))


def render_services(
    tax: Taxonomy, services: Sequence[Service], lang: str = "en", console: Console | None = None
) -> None:
    console = console or Console()
    for cat in tax.categories:
        rows = [s for s in services if s.category == cat.id]
        if not rows:
            continue
        table = Table(title=f"{cat.name(lang)} ({cat.id})", title_justify="left", box=None)
        table.add_column(_HEAD["id"][lang], style="cyan", no_wrap=True)
        table.add_column(_HEAD["name"][lang])
        table.add_column(_HEAD["synonyms"][lang], style="dim")
        for s in rows:
            table.add_row(s.id, s.name(lang), _synonyms(s, lang))
        console.print(table)
    console.print(f"[dim]{_count(services, lang)}[/dim]")


def services_markdown(tax: Taxonomy, services: Sequence[Service], lang: str = "en") -> str:
    """The same listing as Markdown tables, one per category."""
    out: list[str] = []
    for cat in tax.categories:
        rows = [s for s in services if s.category == cat.id]
        if not rows:
            continue
        out += [f"## {cat.name(lang)} (`{cat.id}`)", ""]
        out.append(f"| {_HEAD['id'][lang]} | {_HEAD['name'][lang]} | {_HEAD['synonyms'][lang]} |")
        out.append("|---|---|---|")
        for s in rows:
            cells = (f"`{s.id}`", s.name(lang), _synonyms(s, lang))
            out.append("| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |")
        out.append("")
    out.append(_count(services, lang))
    return "\n".join(out)


__all__ = ["render_services", "services_markdown"]
