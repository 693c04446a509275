"""Terminal rendering (rich) of the 2026-2030 outlook and the adaptation plan."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from rich.console import Console
from rich.markup import escape
from rich.table import Table
from rich.text import Text

from azadkar.bidi import ltr_options
from azadkar.layers import LAYER_NAMES
from azadkar.plan import ACTION_NAMES, ACTIONS, Plan
from azadkar.projection import HOUR_BUCKETS, IDLE, SUPERVISION, Band, Projection
from azadkar.report.plan_strings import (
    billable_text,
    bucket,
    currency_name,
    hours_text,
    income_basis,
    money,
    param_label,
    s,
    status_text,
    tool_label,
    tool_language_notes,
    translation_view,
    work_language_text,
    zero_share_note,
)
from azadkar.report.strings import fa_digits, num, pct
from azadkar.report.terminal import hang
from azadkar.scenarios import Scenario
from azadkar.taxonomy import get_service

_STYLE = {"automate": "blue", "supervise": "yellow", "keep": "green"}


def _yr(year: int, lang: str) -> str:
    return fa_digits(year) if lang == "fa" else str(year)


def _date(iso: str, lang: str) -> str:
    # An ISO date in Persian digits; kept left-to-right so the parts stay in order.
    if lang != "fa":
        return iso
    return "\u2066" + fa_digits(iso) + "\u2069"


def _key(key: str, lang: str) -> str:
    """A scenario key as it is written in the file, isolated left to right in Persian."""
    return escape(f"\u2066{key}\u2069" if lang == "fa" else key)


def _sep(lang: str) -> str:
    # Persian lists take the Persian comma; a Latin one reads as a typo in RTL text.
    return "، " if lang == "fa" else ", "


def _band(b: Band, fmt: Callable[[float], str], sep: str = "  ") -> str:
    return f"{fmt(b.central)}{sep}[dim]({fmt(b.low)} – {fmt(b.high)})[/dim]"


def _fits(rows: Sequence[Sequence[str]], width: int) -> bool:
    """Whether rows of markup cells fit ``width`` columns side by side, each cell on one line."""
    widest = [max(Text.from_markup(row[i]).cell_len for row in rows) for i in range(len(rows[0]))]
    return sum(widest) + 2 * (len(widest) - 1) <= width


def render_outlook(
    p: Projection, pl: Plan, lang: str = "en", console: Console | None = None
) -> None:
    console = console or Console()
    cur = p.currency
    console.rule(f"[bold]{s('projection_section', lang)}")
    sc = p.scenario
    console.print(
        f"{s('scenario', lang)}: [bold]{escape(sc.name(lang))}[/bold] [yellow]({status_text(sc.status, lang)})[/yellow]"
    )
    absolute = p.baseline_income is not None

    def sentence(text: str) -> str:
        # a Persian sentence's options isolated LTR, else «--hours» reads «hours--»
        return escape(ltr_options(text) if lang == "fa" else text)

    hours_line = hours_text(p.profile.hours_per_week, p.hours_assumed, lang)
    console.print(
        f"{s('hours_week', lang).capitalize()}: "
        + (f"[yellow]{sentence(hours_line)}[/yellow]" if p.hours_assumed else sentence(hours_line))
    )
    if not absolute:
        console.print(f"[dim]{s('no_rate', lang)}[/dim]")

    # Incomes of a million or more (rial, toman) are shown in millions: "45.8 (44.4 – 49.9)"
    # fits an 80-column terminal where "45,758,296 (44,352,996 – 49,853,714)" wrapped.
    millions = absolute and (p.baseline_income or 0) >= 1e6

    def cash(v: float) -> str:
        # The currency is named once, in the column headers: "2,256 (2,185 – 2,479)" fits
        # an 80-column terminal where "2,256 USD (2,185 USD – 2,479 USD)" wrapped.
        if millions:
            return num(v / 1e6, lang, 1)
        return money(v, cur, lang, unit=False)

    def idx(v: float) -> str:
        return pct(v, lang)

    name = currency_name(cur, lang)
    if millions:
        name = f"میلیون {name}" if lang == "fa" else f"million {name}"
    unit = f"{s('income_month', lang)} ({name})" if absolute else s("income_index", lang)
    table = Table(box=None, header_style="bold", pad_edge=False)
    table.add_column(s("year", lang))
    table.add_column(s("ai_share", lang), justify="right")
    table.add_column(f"{s('stay', lang)}\n[dim]{unit}[/dim]", justify="right")
    table.add_column(f"{s('adapt', lang)}\n[dim]{unit}[/dim]", justify="right")
    base = cash(p.baseline_income) if p.baseline_income is not None else idx(1.0)

    def year_rows(sep: str) -> list[list[str]]:
        rows = [[s("today", lang), idx(0.0), base, base]]
        for y in p.years:
            cells = [_yr(y.year, lang), _band(y.ai_share, idx, sep)]
            for path in (y.stay, y.adapt):
                if absolute and path.income is not None:
                    cells.append(_band(path.income, cash, sep))
                else:
                    cells.append(_band(path.income_index, idx, sep))
            rows.append(cells)
        return rows

    by_year = year_rows("  ")
    if not _fits(by_year, console.width):
        # A narrow terminal: each range under its value, never cut inside ("(21.8 –" over
        # "43.8)").
        by_year = year_rows("\n")
    for row in by_year:
        table.add_row(*row)
    console.print(table)
    console.print("[dim]" + sentence(income_basis(p, lang)) + "[/dim]")
    last = p.years[-1]
    hours = Table(
        box=None,
        header_style="bold",
        pad_edge=False,
        title=s("hours_layers", lang),
        title_justify="left",
    )
    hours.add_column("")
    hours.add_column(s("today", lang), justify="right")
    hours.add_column(f"{s('stay', lang)} {_yr(last.year, lang)}", justify="right")
    hours.add_column(f"{s('adapt', lang)} {_yr(last.year, lang)}", justify="right")
    for b in HOUR_BUCKETS:
        if b == SUPERVISION and not any(
            (p.baseline_hours[b], last.stay.hours[b].central, last.adapt.hours[b].central)
        ):
            continue  # the new role gets hours only when audience work cannot take them all
        hours.add_row(
            bucket(b, lang),
            num(p.baseline_hours[b], lang, 1),
            num(last.stay.hours[b].central, lang, 1),
            num(last.adapt.hours[b].central, lang, 1),
        )
    console.print(hours)
    if last.adapt.hours[IDLE].central > last.stay.hours[IDLE].central + 0.05:
        # More idle hours on the path that earns more read as a contradiction.
        console.print(f"[dim]{s('idle_note', lang)}[/dim]")

    console.rule(f"[bold]{s('plan_section', lang)}")
    hba = pl.hours_by_action()
    console.print(
        f"{s('actions_summary', lang)}: "
        + " · ".join(
            f"[{_STYLE[a]}]{ACTION_NAMES[a][lang]}[/{_STYLE[a]}] {num(hba[a], lang, 1)}"
            for a in ACTIONS
        )
    )
    zero = zero_share_note(
        ((act.action, act.ai_share, act.task.layer) for act in pl.actions), pl.year, lang
    )
    if zero:
        console.print(f"[dim]{zero}[/dim]")
    # Which language the tools were chosen for, and why (as the assumed weekly hours are).
    wl_line = work_language_text(pl.work_language, lang)
    console.print(
        f"{s('work_language', lang)}: "
        + (
            sentence(wl_line)
            if pl.work_language.source == "given"
            else f"[yellow]{sentence(wl_line)}[/yellow]"
        )
    )
    unknown = {t.id for t in pl.tools_language_unknown()}
    # One list per service, as in the HTML/PDF report: services that share O*NET tasks (logo
    # and banner design) listed the same task twice, with nothing to tell the copies apart.
    services = list(dict.fromkeys(act.service_id for act in pl.actions))
    for sid in services:
        if len(services) > 1:
            console.print(
                Text(f"{s('tasks_of', lang)} {get_service(sid).name(lang)}", style="bold")
            )
        tasks = Table(box=None, show_header=False, pad_edge=False)
        tasks.add_column(width=14)
        tasks.add_column(ratio=1)
        ranked = sorted(
            (act for act in pl.actions if act.service_id == sid),
            key=lambda x: (ACTIONS.index(x.action), -x.hours_per_week * (x.ai_share + 0.01)),
        )
        for act in ranked:
            tools = _sep(lang).join(tool_label(x, unknown) for x in act.tools)
            detail = (
                f"{act.task.statement}\n[dim]{LAYER_NAMES[act.task.layer][lang]} · "
                f"{act.task.human_label}/{act.task.gpt4_label} {act.task.gpt4_automation} · "
                f"{s('ai_share_task', lang)} {'در' if lang == 'fa' else 'in'} {_yr(pl.year, lang)}: "
                f"{pct(act.ai_share, lang)}" + (f" · {tools}" if tools else "") + "[/dim]"
            )
            tasks.add_row(Text(ACTION_NAMES[act.action][lang], style=_STYLE[act.action]), detail)
        console.print(tasks)
    if services:
        # "E1/E2 T3" under each task: what the labels and the T rating are, and whose
        console.print(f"[dim]{escape(s('task_codes', lang))}[/dim]")
    for line in tool_language_notes(pl, lang):
        console.print(f"[dim]{sentence(line)}[/dim]")
    # A translator's directions: the tools the catalogue records for each, what to check.
    tv = translation_view(pl, lang)
    if tv:
        console.print(Text(tv["heading"], style="bold"))
        # an assumed default is yellow, as the assumed weekly hours are
        assumed = sentence(tv["assumed"])
        console.print(assumed if tv["source"] == "description" else f"[yellow]{assumed}[/yellow]")
        for d in tv["directions"]:
            console.print(Text(d["name"], style="bold"))
            console.print(hang("  • ", f"{s('translate_with', lang)}: {sentence(d['translate'])}"))
            console.print(hang("  • ", sentence(d["check"])))
            if d["kinds"]:
                console.print(hang("  • ", f"{s('kinds_named', lang)}: {sentence(d['kinds'])}"))
            console.print(hang("  • ", f"{s('supervise_what', lang)}:"))
            for item in d["supervise"]:
                console.print(hang("    – ", sentence(item)))
        console.print(f"[dim]{sentence(tv['basis'])}[/dim]")

    console.print(Text(s("roles", lang), style="bold"))
    for i, fit in enumerate(pl.roles[:3], 1):
        r = fit.role
        gap = _sep(lang).join(sk.name(lang) for sk in fit.gap) or s("none", lang)
        console.print(
            f"{_yr(i, lang)}. [bold]{r.name(lang)}[/bold] ({s('fit', lang)} {pct(fit.score, lang)})"
        )
        console.print(hang("   ", f"{r.claim(lang)} ({s('cited', lang)})", "yellow"))
        console.print(hang("   ", f"{s('gap', lang)}: {gap}"))
        console.print(hang("   ", f"{s('first_steps', lang)}: {fit.steps(lang)[0]}"))
    console.print(Text(s("human_skills", lang), style="bold"))
    for sp in pl.skills:
        console.print(
            hang("• ", f"[bold]{sp.skill.name(lang)}[/bold]: {sp.skill.practices(lang)[0]}")
        )

    pr = pl.pricing
    console.rule(f"[bold]{s('pricing_section', lang)}")
    rows: list[tuple[str, str]] = [
        (f"{s('speedup', lang)} ({_yr(pr.year, lang)})", pct(pr.speedup, lang))
    ]

    def in_all(amount: float) -> str:
        return " = ".join(money(v, c, lang) for c, v in (pr.in_all(amount) or {}).items())

    def with_usd(amount: float) -> str:
        """The amount, and in US dollars beside it when it is in another, convertible currency."""
        usd = (pr.in_all(amount) or {}).get("USD")
        shown = money(amount, cur, lang)
        return shown if cur == "USD" or usd is None else f"{shown} = {money(usd, 'USD', lang)}"

    if pr.rate is not None:
        rows += [
            (s("rate_now", lang), with_usd(pr.rate)),
            (s("eff_same", lang), money(pr.effective_rate_same_price, cur, lang)),
            (s("eff_market", lang), money(pr.effective_rate_market, cur, lang)),
            (s("hourly_change", lang), pct(pr.hourly_billing_change, lang)),
            (s("package", lang), money(pr.package_price_per_today_hour, cur, lang)),
        ]
    if pr.floor_rate is not None:
        rows.append(
            (
                s("billable", lang),
                sentence(
                    billable_text(
                        pr.billable_hours, p.profile.hours_per_week, pr.billable_assumed, lang
                    )
                ),
            )
        )
        rows.append((s("floor", lang), in_all(pr.floor_rate)))
    else:
        rows.append((s("floor", lang), sentence(s("no_costs", lang))))
    if pr.rate is not None or pr.floor_rate is not None:
        # The rate behind every amount shown in another currency, with where it comes from.
        fx = pr.exchange
        semi = "؛ " if lang == "fa" else "; "
        if cur in ("USD", "IRR", "toman"):
            # where the rate comes from: the user's --usd-rate, or the dated table (and how
            # to replace it)
            if fx.as_of == "given":
                where, change = s("usd_rate_given", lang), ""
            else:
                comma = "، " if lang == "fa" else ", "
                where = f"{s('fx_table', lang)}{comma}{_date(fx.as_of, lang)}"
                change = f"{semi}{s('fx_change', lang)}"
            said = (
                f"{money(1, 'USD', lang)} = {money(fx.irr_per_usd, 'IRR', lang)} "
                f"({where}{semi}{s('assumption', lang)}{change})"
            )
        elif fx.converts(cur):
            said = (
                f"{money(1, 'USD', lang)} = {money(fx.from_usd(1, cur), cur, lang)} "
                f"({s('fx_given', lang)}{semi}{s('assumption', lang)})"
            )
        else:
            said = s("fx_none", lang).format(cur=currency_name(cur, lang))
        rows.append((s("exchange", lang), said))
    grid = Table(box=None, show_header=False, pad_edge=False)
    grid.add_column()
    grid.add_column(justify="right")
    for k, v in rows:
        grid.add_row(k, v)
    console.print(grid)
    for en, fa in pr.notes:
        # a Persian note's options isolated LTR, else «--billable-hours» reads «billable-hours--»
        console.print(hang("• ", escape(ltr_options(fa)) if lang == "fa" else escape(en)))
    # Every assumption and scenario parameter behind the numbers above, with its source.
    console.print()
    console.print(
        f"[bold]{s('assumptions_section', lang)}[/bold] "
        f"({num(len(p.assumptions) + len(pl.assumptions), lang)})"
    )
    for asm in (*p.assumptions, *pl.assumptions):
        console.print(
            hang(
                "• ",
                f"{escape(ltr_options(asm.text(lang)) if lang == 'fa' else asm.text(lang))} "
                f"[dim]({escape(_source(asm.source, lang))})[/dim]",
            )
        )
    console.print(
        f"[bold]{s('params_section', lang)}[/bold] ({num(len(p.params_used), lang)}"
        f"{'، ' if lang == 'fa' else ', '}{escape(p.scenario.name(lang))})"
    )
    for key in p.params_used:
        prm = p.scenario.params[key]
        console.print(
            hang(
                "• ",
                f"{escape(param_label(key, lang))} [dim]({_key(key, lang)})[/dim] = "
                f"{escape(_param_band(prm, lang))} [yellow]{status_text(prm.status, lang)}"
                f"[/yellow] [dim]({escape(_param_source(prm, lang))})[/dim]",
            )
        )
    console.print(f"[dim]{s('assumptions_where', lang)}[/dim]")


def _source(source: str, lang: str) -> str:
    """azadkar's own source labels in Persian on a Persian terminal (no bidi isolates there)."""
    from azadkar.report.notes import source_text

    return source_text(source, lang).replace("\u2068", "").replace("\u2069", "")


def _param_source(p: Any, lang: str) -> str:
    """A scenario parameter's source in ``lang``: ``source_fa`` in Persian, else ``source``."""
    from azadkar.report.notes import param_source

    return param_source(p, lang).replace("\u2068", "").replace("\u2069", "")


def render_scenarios(
    scenarios: Sequence[Scenario],
    lang: str = "en",
    *,
    detail: bool = False,
    console: Console | None = None,
) -> None:
    """List scenarios; with ``detail``, every parameter with its band, year, status and source."""
    console = console or Console()
    for sc in scenarios:
        console.rule(f"[bold]{escape(sc.id)}[/bold] · {escape(sc.name(lang))}")
        # A user's scenario file supplies these texts: escape them so "[" is not markup.
        console.print(
            f"{escape(sc.description(lang))} [yellow]({status_text(sc.status, lang)})[/yellow]"
        )
        console.print(f"[dim]{escape(str(sc.origin))}[/dim]")
        if not detail:
            continue
        for p in sc:
            note = p.note(lang)
            # The parameter in words, then its key as written in the file (isolated left to
            # right in Persian: a line that began with the Latin key read left to right).
            label = param_label(p.key, lang)
            key = f"[bold cyan]{_key(p.key, lang)}[/bold cyan]"
            head = key if label == p.key else f"{escape(label)} ({key})"
            console.print(
                f"{head} = {_param_band(p, lang)} [yellow]{status_text(p.status, lang)}[/yellow]"
            )
            console.print(
                hang("  ", f"{s('source', lang)}: {escape(_param_source(p, lang))}", "dim")
            )
            if note:
                console.print(hang("  ", escape(note)))


def _param_band(p: Any, lang: str) -> str:
    """``0.8 (pessimistic 0.9, optimistic 0.5; by 2027)`` with Persian digits and commas in fa."""

    def g(v: float) -> str:
        text = f"{v:g}"
        return (
            text.translate(str.maketrans("0123456789.-", "۰۱۲۳۴۵۶۷۸۹٫−")) if lang == "fa" else text
        )

    comma, semi = ("، ", "؛ ") if lang == "fa" else (", ", "; ")
    return (
        f"{g(p.value)} ({s('pessimistic', lang)} {g(p.pessimistic)}{comma}"
        f"{s('optimistic', lang)} {g(p.optimistic)}{semi}{s('by_year', lang)} {_yr(p.by, lang)})"
    )


def scenarios_markdown(
    scenarios: Sequence[Scenario], lang: str = "en", *, detail: bool = False
) -> str:
    """The scenario list (and, with ``detail``, every parameter) as Markdown."""
    out: list[str] = []
    for sc in scenarios:
        out += [f"## `{sc.id}` · {sc.name(lang)}", ""]
        out += [f"{sc.description(lang)} _({status_text(sc.status, lang)})_", ""]
        out += [f"`{sc.origin}`", ""]
        if not detail:
            continue
        for p in sc:
            note = p.note(lang)
            out.append(
                f"- `{p.key}` = {_param_band(p, lang)} — _{status_text(p.status, lang)}_. "
                f"{s('source', lang)}: {_param_source(p, lang)}" + (f". {note}" if note else "")
            )
        out.append("")
    return "\n".join(out)


__all__ = ["render_outlook", "render_scenarios", "scenarios_markdown"]
