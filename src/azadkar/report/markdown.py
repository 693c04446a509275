"""Markdown rendering of an assessment (for pasting into notes, issues or chats)."""

from __future__ import annotations

from azadkar.exposure import Assessment, Exposure, ServiceExposure
from azadkar.layers import LAYER_NAMES, LAYERS
from azadkar.report.strings import num, pct, t


def _row(name: str, ex: Exposure, lang: str, time: float | None = None) -> str:
    cells = [name]
    if time is not None:
        cells.append(pct(time, lang))
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
    cols += ["α H", "β H", "γ H", "α GPT-4", "β GPT-4", "γ GPT-4", t("tasks", lang)]
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
            continue
        out.append(f"**{t(key, lang)}**")
        out.append("")
        for task in tasks:
            out.append(
                f"- {task.statement} — H:{task.human_label} / GPT-4:{task.gpt4_label}, "
                f"{LAYER_NAMES[task.layer][lang]} (O*NET {task.onet_soc}, Task {task.task_id})[^labels]"
            )
        out.append("")
    return out


def assessment_markdown(a: Assessment, lang: str = "en") -> str:
    out = [f"# azadkar — {t('assessment', lang)}", ""]
    out += _header("", lang, True)
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


__all__ = ["assessment_markdown"]
