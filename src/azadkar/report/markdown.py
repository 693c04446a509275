"""Markdown rendering of an assessment (for pasting into notes, issues or chats)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from azadkar.bidi import ltr_options
from azadkar.exposure import Assessment, Exposure, ServiceExposure
from azadkar.layers import LAYER_NAMES, LAYERS
from azadkar.report import strings
from azadkar.report.strings import fa_digits, most_human_note, t, task_ref

if TYPE_CHECKING:
    from azadkar.plan import Plan
    from azadkar.projection import Band, Projection
    from azadkar.report.notes import Notes


def num(value: float, lang: str, digits: int = 0) -> str:
    """:func:`azadkar.report.strings.num`, a negative Persian number isolated LTR."""
    return strings.num(value, lang, digits, isolate=True)


def pct(value: float | None, lang: str, digits: int = 0) -> str:
    """:func:`azadkar.report.strings.pct`, a negative Persian one isolated LTR («−۲۴٪»)."""
    return strings.pct(value, lang, digits, isolate=True)


def _text(text: str, lang: str) -> str:
    """A sentence for Persian Markdown: command-line options isolated LTR (``--db``)."""
    return ltr_options(text) if lang == "fa" else text


def _row(name: str, ex: Exposure, lang: str, time: float | None = None) -> str:
    cells = [name]
    if time is not None:
        cells.append(pct(time, lang))
    if not ex.n_tasks:
        # A layer none of the person's tasks is in has no exposure, not an exposure of 0%.
        cells += ["—"] * 6 + [num(0, lang)]
        return "| " + " | ".join(cells) + " |"
    cells += [
        pct(ex.human.alpha, lang),
        pct(ex.human.beta, lang),
        pct(ex.human.gamma, lang),
        pct(ex.gpt4.alpha, lang),
        pct(ex.gpt4.beta, lang),
        pct(ex.gpt4.gamma, lang),
        num(ex.n_tasks, lang),
    ]
    return "| " + " | ".join(cells) + " |"


def _header(first: str, lang: str, with_time: bool) -> list[str]:
    cols = [first] + ([t("time_in_layer", lang)] if with_time else [])
    h, g = t("human_short", lang), t("gpt4_short", lang)
    cols += [f"{x} {who}" for who in (h, g) for x in ("α", "β", "γ")] + [t("tasks", lang)]
    return ["| " + " | ".join(cols) + " |", "|" + "---|" * len(cols)]


def _service_md(s: ServiceExposure, lang: str) -> list[str]:
    out = [f"### {s.service.name(lang)} (`{s.id}`) — {pct(s.share, lang)} {t('share', lang)}", ""]
    out += _header(t("layer", lang), lang, True)
    out.append(_row(f"**{t('overall', lang)}**", s.exposure, lang, 1.0))
    for layer in LAYERS:
        if s.layers[layer].n_tasks:
            out.append(_row(LAYER_NAMES[layer][lang], s.layers[layer], lang, s.layer_time[layer]))
    out.append("")
    if s.exposure.disagreement:
        out.append(
            f"{t('disagreement', lang)} {pct(s.exposure.disagreement, lang)} {t('of_tasks', lang)}."
        )
        out.append("")
    if s.applicability.score is not None:
        out.append(
            f"{t('applicability', lang)}: {num(s.applicability.score, lang, 3)} "
            f"(SOC {', '.join(s.applicability.socs)})[^msft]"
        )
        out.append("")
    for key, tasks in (("most_exposed", s.most_exposed()), ("most_human", s.most_human())):
        if not tasks:
            if key == "most_human" and (note := most_human_note(s, lang)):
                out += [f"*{note}*", ""]
            continue
        out.append(f"**{t(key, lang)}**")
        out.append("")
        for task in tasks:
            out.append(
                f"- {task.statement} — {t('human', lang)}: {task.human_label} / "
                f"{t('gpt4', lang)}: {task.gpt4_label}{_sep(lang)}"
                f"{LAYER_NAMES[task.layer][lang]} ({task_ref(task, lang, long=True)})[^labels]"
            )
        out.append("")
    return out


def assessment_markdown(a: Assessment, lang: str = "en") -> str:
    out = [f"# azadkar — {t('assessment', lang)}", ""]
    out += [*(f"> {n}" for n in a.notes_in(lang)), *([""] if a.notes else [])]
    out += _header(t("layer", lang), lang, True)
    out.append(_row(f"**{t('overall', lang)}**", a.exposure, lang, 1.0))
    for layer in LAYERS:
        out.append(_row(LAYER_NAMES[layer][lang], a.layers[layer], lang, a.layer_time[layer]))
    out.append("")
    out.append("[^labels] [^weights]")
    out.append("")
    for s in a.services:
        out += _service_md(s, lang)
    out += [
        f"## {t('evidence', lang)}",
        "",
        f"[^labels]: {t('ev_labels', lang)}",
        f"[^weights]: {t('ev_weights', lang)} {t('ev_layers', lang)}",
        f"[^msft]: {t('ev_msft', lang)}",
        "",
    ]
    return "\n".join(out)


# --------------------------------------------------------------------------- outlook and plan

_BASE_NOTES = ("labels", "weights", "msft")  # defined by assessment_markdown


def _sep(lang: str) -> str:
    # Persian lists take the Persian comma; a Latin one reads as a typo in RTL text.
    return "، " if lang == "fa" else ", "


def _md_escape(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _star(text: str) -> str:
    """Markdown-safe text with a literal * (a tool whose language support is unknown)."""
    return _md_escape(text).replace("*", "\\*")


def scenario_only_claims(claims: Sequence[Any], checks: Sequence[Any]) -> list[Any]:
    """The scenario's cited claims that the claim checks do not list (a scenario file of
    one's own may cite others); the rest are shown once, among the checks."""
    checked = {c.claim.id for c in checks}
    return [c for c in claims if c.id not in checked]


def _fn(notes: Notes, *keys: str) -> str:
    out = []
    for key in keys:
        if key in _BASE_NOTES:
            out.append(f"[^{key}]")
        elif key in notes.texts:
            out.append(f"[^{notes.ref(key)}]")
    return "".join(out)


def _band_text(band: Band, fmt: Callable[[float], str]) -> str:
    return f"{fmt(band.central)} ({fmt(band.low)} – {fmt(band.high)})"


def outlook_markdown(
    a: Assessment, p: Projection, pl: Plan, lang: str = "en", notes: Notes | None = None
) -> str:
    """The 2026-2030 outlook, the plan and pricing as Markdown, with numbered footnotes
    (``notes``: the report's footnotes when some were already cited above this part)."""
    from azadkar.plan import ACTION_NAMES, ACTIONS, RULE_NUMBER, rules_used
    from azadkar.projection import HOUR_BUCKETS
    from azadkar.report.notes import collect
    from azadkar.report.plan_strings import (
        billable_text,
        bucket,
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

    if notes is None:
        notes = collect(a, p, pl, lang)
    cur = a.profile.currency
    fa = lang == "fa"

    def yr(y: int) -> str:
        return fa_digits(y) if fa else str(y)

    def cash(v: float) -> str:
        return money(v, cur, lang)

    def idx(v: float) -> str:
        return pct(v, lang)

    sc = p.scenario
    layer_keys = [f"param:{k}" for k in p.params_used if k.startswith("layers.")]
    market_keys = [
        f"param:{k}" for k in p.params_used if k.startswith(("pay.", "demand.", "market."))
    ]
    adapt_keys = [f"param:{k}" for k in p.params_used if k.startswith("adapt.")]
    out = [f"## {s('projection_section', lang)}", ""]
    out.append(
        f"{s('scenario', lang)}: **{sc.name(lang)}** — {status_text(sc.status, lang)}"
        f"{_fn(notes, *layer_keys)}"
    )
    out.append("")
    absolute = p.baseline_income is not None
    if not absolute:
        out += [f"_{_text(s('no_rate', lang), lang)}_", ""]
    head = s("income_month", lang) if absolute else s("income_index", lang)
    out.append(
        f"| {s('year', lang)} | {s('ai_share', lang)}{_fn(notes, 'assume:ai_share', 'assume:task_beta', 'assume:ramp')} "
        f"| {s('stay', lang)}: {head}{_fn(notes, 'assume:stay', *market_keys)} "
        f"| {s('adapt', lang)}: {head}{_fn(notes, 'assume:adapt', *adapt_keys)} |"
    )
    out.append("|---|---:|---:|---:|")
    base = cash(p.baseline_income) if p.baseline_income is not None else idx(1.0)
    out.append(f"| {s('today', lang)} | {idx(0.0)} | {base}{_fn(notes, 'assume:month')} | {base} |")
    band_fn = _fn(notes, "assume:band")
    for y in p.years:
        cells = []
        for path in (y.stay, y.adapt):
            if absolute and path.income is not None:
                cells.append(_band_text(path.income, cash) + band_fn)
            else:
                cells.append(_band_text(path.income_index, idx) + band_fn)
        out.append(f"| {yr(y.year)} | {_band_text(y.ai_share, idx)} | {cells[0]} | {cells[1]} |")
    out.append("")
    basis = income_basis(p, lang)
    basis_fn = _fn(notes, "assume:month", *(["plan:billable"] if p.billable_assumed else []))
    out += [_text(basis, lang) + basis_fn, ""]
    last = p.years[-1]
    out.append(
        f"| {s('hours_layers', lang)} | {s('today', lang)} | {s('stay', lang)} {yr(last.year)} "
        f"| {s('adapt', lang)} {yr(last.year)} |"
    )
    out.append("|---|---:|---:|---:|")
    for b in HOUR_BUCKETS:
        if b == "supervision" and not any(
            (p.baseline_hours[b], last.stay.hours[b].central, last.adapt.hours[b].central)
        ):
            continue  # the new role gets hours only when audience work cannot take them all
        extra = _fn(notes, "assume:bridge") if b in ("audience", "supervision") else ""
        out.append(
            f"| {bucket(b, lang)} | {num(p.baseline_hours[b], lang, 1)} "
            f"| {num(last.stay.hours[b].central, lang, 1)} | {num(last.adapt.hours[b].central, lang, 1)}{extra} |"
        )
    out.append("")

    out += [f"## {s('plan_section', lang)}", ""]
    hba = pl.hours_by_action()
    summary = " · ".join(
        f"**{ACTION_NAMES[act]['fa' if fa else 'en']}** {num(hba[act], lang, 1)}" for act in ACTIONS
    )
    out += [
        f"{s('actions_summary', lang)}{_fn(notes, 'plan:rules')}: {summary} ({s('hours_week', lang)})",
        "",
    ]
    zero = zero_share_note(
        ((act.action, act.ai_share, act.task.layer) for act in pl.actions), pl.year, lang
    )
    if zero:
        out += [f"_{_text(zero, lang)}_", ""]
    wl = _text(work_language_text(pl.work_language, lang), lang)
    if pl.work_language.source != "given":
        wl = f"**{wl}**"
    out += [f"{s('work_language', lang)}{_fn(notes, 'plan:work_language')}: {wl}", ""]
    unknown = {x.id for x in pl.tools_language_unknown()}
    used = rules_used(act.rule for act in pl.actions)
    if used:
        out += [f"### {s('rules_title', lang)}{_fn(notes, 'plan:rules')}", ""]
        for no, _rid, act_id, en, fa_text in used:
            action = ACTION_NAMES[act_id]["fa" if fa else "en"]
            rule = f"{s('rule', lang)} {num(no, lang)}"
            comma = "،" if fa else ","
            out.append(f"- **{action}**{comma} {rule}: {_text(fa_text, lang) if fa else en}")
        out.append("")
    for sv in a.services:
        out += [f"### {s('tasks_of', lang)} {sv.service.name(lang)}", ""]
        out.append(
            f"| {s('task', lang)} | {t('layer', lang)} | {s('labels', lang)}{_fn(notes, 'labels')} "
            f"| {s('hours_now', lang)}{_fn(notes, 'weights')} | {s('ai_share_task', lang)} {yr(pl.year)}{_fn(notes, 'assume:ai_share')} "
            f"| {s('tools', lang)}{_fn(notes, 'tools', 'plan:tools')} | {s('why', lang)} |"
        )
        out.append("|---|---|---|---:|---:|---|---|")
        for act in pl.actions:
            if act.service_id != sv.id:
                continue
            tk = act.task
            out.append(
                f"| **{ACTION_NAMES[act.action]['fa' if fa else 'en']}** — {_md_escape(tk.statement)} "
                f"| {LAYER_NAMES[tk.layer][lang]} | {tk.human_label} / {tk.gpt4_label} · {tk.gpt4_automation} "
                f"({task_ref(tk, lang)}) | {num(act.hours_per_week, lang, 1)} | {pct(act.ai_share, lang)} "
                f"| {_sep(lang).join(_star(tool_label(x, unknown)) for x in act.tools) or '—'} "
                f"| {s('rule', lang)} {num(RULE_NUMBER[act.rule], lang)} |"
            )
        out.append("")
    lang_notes = tool_language_notes(pl, lang, detail=True)
    for i, line in enumerate(lang_notes):
        mark = _fn(notes, "plan:tool_languages") if i == 0 else ""
        out.append(f"- {_star(_text(line, lang))}{mark}")
    if lang_notes:
        out.append("")
    tv = translation_view(pl, lang)
    if tv:
        out += [f"### {tv['heading']}", "", _star(_text(tv["assumed"], lang)), ""]
        for d in tv["directions"]:
            out.append(f"- **{d['name']}**")
            out.append(f"  - {s('translate_with', lang)}: {_star(d['translate'])}")
            out.append(f"  - {_star(d['check'])}")
            if d["kinds"]:
                out.append(f"  - {s('kinds_named', lang)}: {_md_escape(d['kinds'])}")
            out.append(f"  - {s('supervise_what', lang)}:")
            out += [f"    - {_md_escape(item)}" for item in d["supervise"]]
        out += ["", f"_{_star(_text(tv['basis'], lang))}_", ""]
    out += [f"### {s('roles', lang)}{_fn(notes, 'plan:role_fit')}", ""]
    for i, fit in enumerate(pl.roles[:4], 1):
        r = fit.role
        gap = _sep(lang).join(sk.name(lang) for sk in fit.gap) or s("none", lang)
        have = _sep(lang).join(sk.name(lang) for sk in fit.have) or s("none", lang)
        out += [
            f"{i}. **{r.name(lang)}** — {s('fit', lang)} {pct(fit.score, lang)}. {r.what(lang)}",
            f"   - {r.claim(lang)} _({s('cited', lang)})_{_fn(notes, 'role:' + r.id)}",
            f"   - {s('you_have', lang)}: {have}",
            f"   - {s('gap', lang)}: {gap}",
            f"   - {s('first_steps', lang)}: "
            + " ".join(f"({num(j, lang)}) {st}" for j, st in enumerate(fit.steps(lang), 1)),
        ]
    out.append("")
    out += [f"### {s('human_skills', lang)}", ""]
    for sp in pl.skills:
        out.append(f"- **{sp.skill.name(lang)}**{_fn(notes, 'skill:' + sp.skill.id)}")
        out += [f"  - {pr}" for pr in sp.skill.practices(lang)]
    out.append("")

    pr = pl.pricing
    out += [f"## {s('pricing_section', lang)}", ""]
    rows: list[tuple[str, str]] = []
    if pr.rate is not None:
        rate_usd = (pr.in_all(pr.rate) or {}).get("USD")
        rate_text = cash(pr.rate)
        if pr.currency != "USD" and rate_usd is not None:
            rate_text += f" = {money(rate_usd, 'USD', lang)}{_fn(notes, 'fx')}"
        rows.append((s("rate_now", lang), rate_text))
    rows.append(
        (
            f"{s('speedup', lang)} ({s('in_year', lang)} {yr(pr.year)})",
            pct(pr.speedup, lang) + _fn(notes, "plan:speedup", "assume:ai_share"),
        )
    )
    if pr.rate is not None:
        rows += [
            (
                s("eff_same", lang),
                cash(pr.effective_rate_same_price or 0) + _fn(notes, "plan:speedup"),
            ),
            (
                s("eff_market", lang),
                cash(pr.effective_rate_market or 0) + _fn(notes, "param:market.pass_through"),
            ),
            (
                s("hourly_change", lang),
                pct(pr.hourly_billing_change, lang) + _fn(notes, "plan:speedup"),
            ),
            (
                s("package", lang),
                cash(pr.package_price_per_today_hour or 0) + _fn(notes, "assume:adapt"),
            ),
        ]
    if pr.floor_rate is not None and pr.monthly_costs is not None:
        billable_fn = _fn(notes, "plan:billable") if pr.billable_assumed else ""
        floor_all = pr.in_all(pr.floor_rate) or {}
        rows += [
            (s("costs", lang), cash(pr.monthly_costs)),
            (
                s("billable", lang),
                _text(
                    billable_text(
                        pr.billable_hours, pl.profile.hours_per_week, pr.billable_assumed, lang
                    ),
                    lang,
                )
                + billable_fn,
            ),
            (
                s("floor", lang),
                " = ".join(money(v, c, lang) for c, v in floor_all.items()) + _fn(notes, "fx"),
            ),
        ]
    else:
        rows.append((s("floor", lang), s("no_costs", lang)))
    out += ["| | |", "|---|---:|"] + [f"| {k} | {v} |" for k, v in rows]
    out.append("")
    out += [f"- {_text(fa_t, lang) if fa else en_t}" for en_t, fa_t in pr.notes]
    out.append("")
    from azadkar.claims import check_claims
    from azadkar.report.claims_view import VERDICT_NAMES

    checks = check_claims().checks
    # A claim the scenario cites and the checks list is said once, in the checks, with the
    # scenario's source footnote; only a scenario's own other claims get a list of theirs.
    own = scenario_only_claims(sc.claims, checks)
    if own:
        out += [f"## {s('claims_section', lang)}", ""]
        out += [f"- {c.text(lang)}{_fn(notes, 'claim:' + c.id)}" for c in own]
        out.append("")
    out += [f"## {s('claim_checks_section', lang)}", ""]
    out += [
        f"- {c.claim.text(lang)}{_fn(notes, 'claim:' + c.claim.id)} — "
        f"**{VERDICT_NAMES[c.verdict][lang]}**"
        for c in checks
    ]
    out += ["", _text(s("claim_checks_note", lang), lang), ""]
    out += [f"## {s('assumptions_section', lang)}", ""]
    out += [
        f"- {_text(asm.text(lang), lang)}{_fn(notes, 'assume:' + asm.id)}" for asm in p.assumptions
    ]
    out += [
        f"- {_text(asm.text(lang), lang)}{_fn(notes, 'plan:' + asm.id)}" for asm in pl.assumptions
    ]
    out += [
        f"- {_md_escape(param_label(k, lang))} (`{k}`){_fn(notes, 'param:' + k)}"
        for k in p.params_used
    ]
    out += ["", f"## {s('notes_section', lang)}", ""]
    out += [f"[^{n}]: {_md_escape(_text(text, lang))}" for n, _key, text in notes.used()]
    out.append("")
    return "\n".join(out)


def _profile_markdown(a: Assessment, p: Projection, notes: Notes, lang: str) -> list[str]:
    """The report's title and what it was computed from (as at the top of the HTML report):
    services and shares, what azadkar read from the text, weekly hours, rate, scenario."""
    from azadkar.report.html import _understood
    from azadkar.report.plan_strings import hours_text, money, s, status_text
    from azadkar.report.strings import confidence, set_aside_text, unsure_text

    sep = _sep(lang)
    services = sep.join(
        f"{sv.service.name(lang)} (`{sv.id}`) {pct(sv.share, lang)}" for sv in a.services
    )
    title = f"# azadkar — {s('report_title', lang)}"
    out = [title, "", f"- **{s('services', lang)}**: {services}"]
    if a.profile.text and a.understood is not None:  # not read: a note says so below
        read = sep.join(
            f"{name} ({t('confidence', lang)} {confidence(conf, lang, isolate=True)})"
            for name, conf in _understood(a, lang)
        )
        arrow = " ← " if lang == "fa" else " → "
        text = _md_escape(a.profile.text)
        out.append(f"- **{t('understood', lang)}**: “{text}”" + (arrow + read if read else ""))
        # A near-tie between two services, and the parts left out as terms of work.
        notes_read = (
            unsure_text(a.understood, lang, isolate=True),
            set_aside_text(a.understood, lang),
        )
        out += [f"  - {_md_escape(note)}" for note in notes_read if note]
    hours = _text(hours_text(a.profile.hours_per_week, p.hours_assumed, lang), lang)
    if p.hours_assumed:
        hours = f"**{hours}**{_fn(notes, 'assume:hours')}"
    out.append(f"- **{s('hours_week', lang).capitalize()}**: {hours}{_fn(notes, 'assume:month')}")
    if a.profile.rate is not None:
        rate = money(a.profile.rate, a.profile.currency, lang)
        out.append(f"- **{s('rate_now', lang)}**: {rate} {t('per_hour', lang)}")
    sc = p.scenario
    out += [f"- **{s('scenario', lang)}**: {sc.name(lang)} ({status_text(sc.status, lang)})", ""]
    out += [f"## {s('exposure_section', lang)}", ""]
    return out


def report_markdown(a: Assessment, p: Projection, pl: Plan, lang: str = "en") -> str:
    """The whole report in Markdown: what it was computed from, the assessment (section 1),
    outlook 2026-2030, plan and pricing."""
    from azadkar.report.notes import collect

    notes = collect(a, p, pl, lang)
    body = assessment_markdown(a, lang).split("\n", 2)[2]  # without its own title
    return (
        "\n".join(_profile_markdown(a, p, notes, lang))
        + "\n"
        + body
        + "\n"
        + outlook_markdown(a, p, pl, lang, notes)
    )


__all__ = ["assessment_markdown", "outlook_markdown", "report_markdown"]
