"""Terminal listing of taxonomy services."""

from __future__ import annotations

from collections.abc import Sequence

from rich.console import Console
from rich.table import Table

from azadkar.taxonomy import Service, Taxonomy


def render_services(tax: Taxonomy, services: Sequence[Service], lang: str = "en") -> None:
    console = Console()
    for cat in tax.categories:
        rows = [s for s in services if s.category == cat.id]
        if not rows:
            continue
        table = Table(title=f"{cat.name(lang)} ({cat.id})", title_justify="left", box=None)
        table.add_column("id", style="cyan", no_wrap=True)
        table.add_column("name")
        table.add_column("synonyms", style="dim")
        for s in rows:
            syn = s.synonyms_fa if lang == "fa" else s.synonyms_en
            table.add_row(
                s.id, f"{s.name(lang)}", "، ".join(syn[:5]) if lang == "fa" else ", ".join(syn[:5])
            )
        console.print(table)
    console.print(f"[dim]{len(services)} services[/dim]")


__all__ = ["render_services"]
