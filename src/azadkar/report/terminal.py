"""Terminal rendering of an assessment (rich)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from rich.cells import cell_len
from rich.console import Console, Group
from rich.markup import escape
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from azadkar.exposure import Assessment, Exposure, ServiceExposure, TaskExposure
from azadkar.layers import LAYER_NAMES, LAYERS
from azadkar.report.strings import (
    confidence,
    most_human_note,
    num,
    pct,
    set_aside_text,
    t,
    task_ref,
    unsure_text,
)
from azadkar.taxonomy import get_service

BAR_WIDTH = 12


def hang(marker: str, body: str | Text, style: str = "") -> Table:
    """A bulleted or indented line whose wrapped lines start under its text, not at column 0.

    ``marker`` is the bullet or the indent ("  • ", "   "); ``body`` may hold rich markup.
    """
    grid = Table.grid(padding=0)
    grid.add_column(no_wrap=True, width=cell_len(marker), style=style)
    grid.add_column(style=style)
    grid.add_row(marker, body)
    return grid


def bar(value: float, width: int = BAR_WIDTH, style: str = "cyan") -> Text:
    filled = round(max(0.0, min(1.0, value)) * width)
    out = Text("█" * filled, style=style)
    out.append("░" * (width - filled), style="grey37")
    return out


_NOT_COUNTED = {
    "en": " · not counted, too unsure (add it with --service {sid}:percent if you do this work)",
    "fa": " · در حساب نیامد، اطمینان کم است (اگر این کار را هم می‌کنید با \u2066--service {sid}:درصد\u2069 بیفزایید)",
}


def _head(title: str, bar_width: int) -> str:
    """A bar column's title on two lines when the bars are short ("β human" / "labels")."""
    if bar_width >= BAR_WIDTH:
        return title
    first, _, rest = title.partition(" ")
    head, _, tail = rest.partition(" ")
    return f"{first} {head}\n{tail}" if tail else title


def _exposure_table(
    rows: Sequence[tuple[str, Exposure, float | None]],
    lang: str,
    first: str,
    bar_width: int = BAR_WIDTH,
) -> Table:
    bars = bar_width > 0
    # Without bars (a narrow terminal) the cells sit one column apart, not two.
    table = Table(
        show_header=True, header_style="bold", box=None, pad_edge=False, collapse_padding=not bars
    )
    # Layer names ("Client relations & coordination") cut to a letter per line read badly.
    table.add_column(first, min_width=16 if bars else None)
    if rows and rows[0][2] is not None:
        table.add_column(t("time_in_layer", lang), justify="right", no_wrap=True)
    # A clipped bar ("██████░░░░…") would misstate the value: bars never shrink. Numbers
    # never wrap either ("100%" over "1" / "00%" reads as two numbers).
    if bars:
        table.add_column(
            _head(f"β {t('human', lang)}", bar_width), min_width=bar_width, no_wrap=True
        )
        table.add_column("", justify="right", no_wrap=True)
        table.add_column(
            _head(f"β {t('gpt4', lang)}", bar_width), min_width=bar_width, no_wrap=True
        )
        table.add_column("", justify="right", no_wrap=True)
    else:
        table.add_column(_head(f"β {t('human', lang)}", 0), justify="right", no_wrap=True)
        table.add_column(_head(f"β {t('gpt4', lang)}", 0), justify="right", no_wrap=True)
    ag = "α / γ (GPT-4)" if bar_width >= BAR_WIDTH else "α / γ\n(GPT-4)"
    table.add_column(ag, justify="right", no_wrap=True)
    table.add_column(t("tasks", lang), justify="right", no_wrap=True)
    for name, ex, time in rows:
        cells: list[Any] = [name]
        if time is not None:
            cells.append(pct(time, lang))
        if ex.n_tasks == 0:
            cells += ["—", "", "—", "", "", num(0, lang)] if bars else ["—", "—", "", num(0, lang)]
        else:
            human_beta, gpt4_beta = pct(ex.human.beta, lang), pct(ex.gpt4.beta, lang)
            if bars:
                cells += [
                    bar(ex.human.beta, bar_width, style="magenta"),
                    human_beta,
                    bar(ex.gpt4.beta, bar_width),
                    gpt4_beta,
                ]
            else:
                cells += [human_beta, gpt4_beta]
            cells += [
                f"{pct(ex.gpt4.alpha, lang)} / {pct(ex.gpt4.gamma, lang)}",
                num(ex.n_tasks, lang),
            ]
        table.add_row(*cells)
    return table


def _task_lines(title: str, tasks: list[TaskExposure], lang: str) -> Table:
    table = Table(title=title, title_justify="left", show_header=False, box=None, pad_edge=False)
    table.add_column(width=11)
    table.add_column(ratio=1)
    # Both label sources named the same way: "انسان:E2" next to "GPT-4:E2" in Persian (a
    # bare "G" beside a translated "H" read as an untranslated code).
    human, gpt = ("انسان", "GPT-4") if lang == "fa" else ("H", "G")
    sep = "\n" if lang == "fa" else " "
    for task in tasks:
        label = f"{human}:{task.human_label}{sep}{gpt}:{task.gpt4_label}"
        ref = f"[dim]{LAYER_NAMES[task.layer][lang]} · {task_ref(task, lang)}[/dim]"
        table.add_row(label, f"{task.statement}\n{ref}")
    return table


NO_BARS_BELOW = 80
"""Terminals narrower than this get the exposure tables without bars: with them, the
percentages, α / γ and the task count were squeezed and cut ("100%" over "1")."""


def _bar_width(console: Console) -> int:
    """Shorter bars on a narrow terminal, so layer names keep whole words per line; none
    (numbers only) below :data:`NO_BARS_BELOW` columns, where the numbers would not fit."""
    if console.width >= 100:
        return BAR_WIDTH
    return 8 if console.width >= NO_BARS_BELOW else 0


def _service_panel(s: ServiceExposure, lang: str, bar_width: int = BAR_WIDTH) -> Panel:
    name = s.service.name(lang)
    head = Text.assemble(
        (name, "bold"),
        f"  ·  {s.service.id}  ·  {pct(s.share, lang)} {t('share', lang)}",
    )
    layer_rows = [
        (LAYER_NAMES[layer][lang], s.layers[layer], s.layer_time[layer])
        for layer in LAYERS
        if s.layers[layer].n_tasks
    ]
    parts: list[Any] = [
        head,
        _exposure_table([(t("overall", lang), s.exposure, None)], lang, "", bar_width),
        Text(""),
        _exposure_table(layer_rows, lang, t("layer", lang), bar_width),
    ]
    if s.exposure.disagreement > 0:
        parts.append(
            Text(
                f"{t('disagreement', lang)} {pct(s.exposure.disagreement, lang)} {t('of_tasks', lang)}",
                style="yellow",
            )
        )
    if s.applicability.score is not None:
        socs = ", ".join(s.applicability.socs)
        parts.append(
            Text(f"{t('applicability', lang)}: {num(s.applicability.score, lang, 3)} (SOC {socs})")
        )
    exposed, human = s.most_exposed(), s.most_human()
    if exposed:
        parts += [Text(""), _task_lines(t("most_exposed", lang), exposed, lang)]
    if human:
        parts += [Text(""), _task_lines(t("most_human", lang), human, lang)]
    elif note := most_human_note(s, lang):
        parts += [Text(""), Text(note, style="dim")]
    return Panel(Group(*parts), expand=True)


def render_assessment(a: Assessment, lang: str = "en", console: Console | None = None) -> None:
    console = console or Console()
    console.rule(f"[bold]azadkar · {t('assessment', lang)}")
    for note in a.notes_in(lang):  # first: they say what the figures below are of
        console.print(hang("• ", note, "yellow"))
    if a.understood is not None:
        u = a.understood
        console.print(f"[bold]{t('understood', lang)}:[/bold]")
        by_id = {s.id: s for s in a.services}
        for sid, conf in getattr(u, "services", []):
            sv = by_id.get(sid)
            if sv is not None:
                name = f"{sv.service.name(lang)} ({sid})"
                share = f" · {pct(sv.share, lang)} {t('share', lang)}"
            else:  # too unsure to get a share of the time (Classification.maybe)
                name = f"[dim]{get_service(sid).name(lang)} ({sid})"
                share = _NOT_COUNTED[lang].format(sid=sid) + "[/dim]"
            console.print(
                hang("  • ", f"{name} · {t('confidence', lang)} {confidence(conf, lang)}{share}")
            )
        ev = getattr(u, "evidence", None)
        if ev:
            sep = "، " if lang == "fa" else ", "
            # The words come from the user's text: escape them so "[" is never read as markup.
            words = escape(sep.join(f"«{e}»" if lang == "fa" else f'"{e}"' for e in ev[:8]))
            console.print(hang("  ", f"{t('understood_words', lang)}: {words}", "dim"))
        # What was read as terms of work and left out, and a near-tie between two
        # services (both from the user's text: escaped, so "[" is never read as markup).
        if note := unsure_text(u, lang):
            console.print(hang("  ", escape(note), "yellow"))
        if note := set_aside_text(u, lang):
            console.print(hang("  ", escape(note), "dim"))
        console.print(hang("  ", t("understood_fix", lang), "dim"))
    rows = [(t("overall", lang), a.exposure, None)]
    bw = _bar_width(console)
    console.print(_exposure_table(rows, lang, "", bw))
    layer_rows = [
        (LAYER_NAMES[layer][lang], a.layers[layer], a.layer_time[layer]) for layer in LAYERS
    ]
    console.print(Text(t("layers", lang), style="bold"))
    console.print(_exposure_table(layer_rows, lang, t("layer", lang), bw))
    if a.applicability is not None:
        console.print(f"{t('applicability', lang)}: {num(a.applicability, lang, 3)}")
    for s in a.services:
        console.print(_service_panel(s, lang, bw))
    console.print(Text(t("evidence", lang), style="bold"))
    for key in ("ev_labels", "ev_scores", "ev_weights", "ev_layers", "ev_msft", "statements_en"):
        line = t(key, lang)
        if line:
            console.print(hang("• ", line, "dim"))


__all__ = ["bar", "hang", "render_assessment"]
