"""The self-contained HTML report (also the source of the PDF).

Everything is inline: CSS, the Vazirmatn font as base64 ``@font-face`` and the charts
(SVG for the browser, PNG for WeasyPrint), so the file opens offline and makes no
network request. Persian reports are ``dir="rtl"``; English task statements inside
them are isolated as left-to-right.
"""

from __future__ import annotations

import base64
import datetime as dt
import re
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from azadkar.bidi import ltr_options, to_html
from azadkar.layers import LAYER_NAMES, LAYER_REPORT, LAYERS
from azadkar.plan import ACTION_NAMES, RULE_NUMBER, rules_used
from azadkar.projection import HOUR_BUCKETS
from azadkar.report import plan_strings
from azadkar.report.claims_view import VERDICT_NAMES
from azadkar.report.notes import Notes, collect
from azadkar.report.strings import (
    confidence,
    fa_digits,
    g,
    num,
    pct,
    set_aside_text,
    t,
    task_ref,
    unsure_text,
)

if TYPE_CHECKING:
    from azadkar.exposure import Assessment
    from azadkar.plan import Plan
    from azadkar.projection import Projection

HERE = Path(__file__).resolve().parent
FONTS = HERE / "fonts"
TEMPLATES = HERE / "templates"


@cache
def _font_b64(name: str) -> str:
    return base64.b64encode((FONTS / name).read_bytes()).decode("ascii")


def font_face_css(for_pdf: bool = False) -> str:
    """``@font-face`` rules with the bundled Vazirmatn inlined as data URLs."""
    ext, mime, fmt = (
        ("ttf", "font/ttf", "truetype") if for_pdf else ("woff2", "font/woff2", "woff2")
    )
    rules = []
    for weight, style in ((400, "Regular"), (700, "Bold")):
        data = _font_b64(f"Vazirmatn-{style}.{ext}")
        rules.append(
            "@font-face { font-family: 'Vazirmatn'; "
            f"font-weight: {weight}; font-style: normal; "
            f"src: url(data:{mime};base64,{data}) format('{fmt}'); }}"
        )
    return "\n".join(rules)


def _env() -> Any:
    import jinja2

    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(TEMPLATES)),
        autoescape=jinja2.select_autoescape(["html", "j2"]),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    return env


def _charts(a: Assessment, p: Projection, pl: Plan, lang: str, for_pdf: bool) -> dict[str, str]:
    """name -> HTML snippet (inline SVG, or an <img> with a PNG data URL for the PDF)."""
    from azadkar.report import charts

    out = {}
    for name, chart in charts.all_charts(a, p, pl, lang).items():
        if for_pdf:
            png = base64.b64encode(charts.to_png(chart, scale=2.0)).decode("ascii")
            out[name] = f'<img alt="{name}" src="data:image/png;base64,{png}">'
        else:
            out[name] = charts.to_svg(chart)
    return out


def _understood(a: Assessment, lang: str) -> list[tuple[str, float]]:
    """(service name, confidence) of what the classifier read from the free text, if any."""
    from azadkar.errors import UnknownServiceError
    from azadkar.taxonomy import load_taxonomy

    out = []
    for sid, conf in getattr(a.understood, "services", None) or []:
        try:
            name = load_taxonomy().service(sid).name(lang)
        except UnknownServiceError:
            name = sid
        out.append((name, float(conf)))
    return out


def text_html(text: str, lang: str) -> Any:
    """Escaped HTML for a sentence of the report (a note, an assumption, a hint).

    In Persian, command-line options (``--usd-rate``) and the isolate marks the strings
    carry become ``<bdi dir="ltr">`` / ``<bdi>`` elements: WeasyPrint does not keep an
    FSI … PDI's effect across a line break, and an option's leading ``--`` would
    otherwise be laid out right to left (``usd-rate--``).
    """
    from markupsafe import Markup, escape

    # An option is never split at its hyphens («--billable-» / «hours» on two lines).
    if lang != "fa":
        return Markup(_OPTION_HTML.sub(r'<span class="opt">\1</span>', str(escape(text))))
    html = to_html(ltr_options(text), code=False)
    return Markup(html.replace('<bdi dir="ltr">--', '<bdi dir="ltr" class="opt">--'))


_OPTION_HTML = re.compile(r"(?<![\w-])(--[a-z][a-z0-9-]*(?: \d+)?)")


def _nobreak(text: str) -> str:
    """``GPT-4`` with a non-breaking hyphen, so a narrow header does not split it."""
    return text.replace("GPT-4", "GPT\u20114")


def context(
    a: Assessment, p: Projection, pl: Plan, lang: str = "en", for_pdf: bool = False
) -> dict[str, Any]:
    """Everything the template needs; numbers are pre-formatted for ``lang``."""
    from markupsafe import Markup

    from azadkar.report.markdown import scenario_only_claims

    notes: Notes = collect(a, p, pl, lang)
    checks = _claim_checks()

    def fn(*keys: str) -> Markup:
        nums = notes.refs(*keys)
        links = ("،" if lang == "fa" else ",").join(
            f'<a href="#fn-{n}">{num(n, lang)}</a>' for n in nums
        )
        return Markup(f'<sup class="fn">{links}</sup>') if links else Markup("")

    cur = a.profile.currency
    scenario = p.scenario
    layer_params = [k for k in p.params_used if k.startswith("layers.")]
    market_params = [k for k in p.params_used if k.startswith(("pay.", "demand.", "market."))]
    adapt_params = [k for k in p.params_used if k.startswith("adapt.")]
    return {
        "lang": lang,
        "dir": "rtl" if lang == "fa" else "ltr",
        "sep": "، " if lang == "fa" else ", ",
        "understood_services": _understood(a, lang),
        # A near-tie between the two services read, and the parts set aside as terms of work.
        "understood_notes": [
            note
            for note in (
                unsure_text(a.understood, lang, isolate=True),
                set_aside_text(a.understood, lang),
            )
            if note
        ],
        "a": a,
        "p": p,
        "plan": pl,
        "scenario": scenario,
        "layers": LAYERS,
        "layer_names": LAYER_NAMES,
        "layer_report": LAYER_REPORT,
        "buckets": [b for b in HOUR_BUCKETS],
        "charts": _charts(a, p, pl, lang, for_pdf),
        "font_css": Markup(font_face_css(for_pdf)),
        "for_pdf": for_pdf,
        # Persian digits in an LTR isolate, so year-month-day keep their order in RTL text.
        "today": (
            "\u2066" + fa_digits(dt.date.today().isoformat()) + "\u2069"
            if lang == "fa"
            else dt.date.today().isoformat()
        ),
        "fn": fn,
        "notes": notes,
        "s": lambda key: plan_strings.s(key, lang),
        "t": lambda key: t(key, lang),
        "task_ref": lambda task: task_ref(task, lang),
        "pct": lambda v, d=0: Markup(to_html(pct(v, lang, d, isolate=True), code=False)),
        "confidence": lambda v: Markup(to_html(confidence(v, lang, isolate=True), code=False)),
        "num": lambda v, d=0: Markup(to_html(num(v, lang, d, isolate=True), code=False)),
        "g": lambda v: g(v, lang),
        "text": lambda x: text_html(str(x), lang),
        "head": lambda x: _nobreak(str(x)),
        "yr": lambda y: fa_digits(y) if lang == "fa" else str(y),
        "money": lambda v, c=cur, unit=True: plan_strings.money(v, c, lang, unit=unit),
        "cur_name": plan_strings.currency_name(cur, lang),
        "hours_text": plan_strings.hours_text(p.profile.hours_per_week, p.hours_assumed, lang),
        "work_language_text": plan_strings.work_language_text(pl.work_language, lang),
        "tool_language_notes": plan_strings.tool_language_notes(pl, lang, detail=True),
        "translation": plan_strings.translation_view(pl, lang),
        "tool_label": lambda ref, unknown=frozenset(x.id for x in pl.tools_language_unknown()): (
            plan_strings.tool_label(ref, set(unknown))
        ),
        "income_basis": plan_strings.income_basis(p, lang),
        "billable_text": plan_strings.billable_text(
            pl.pricing.billable_hours, p.profile.hours_per_week, pl.pricing.billable_assumed, lang
        ),
        "param_label": lambda k: plan_strings.param_label(k, lang),
        "bucket": lambda k: plan_strings.bucket(k, lang),
        "status": lambda st: plan_strings.status_text(st, lang),
        "layer_params": layer_params,
        "market_params": market_params,
        "adapt_params": adapt_params,
        "layer_param_notes": [f"param:{k}" for k in layer_params],
        "market_param_notes": [f"param:{k}" for k in market_params],
        "adapt_param_notes": [f"param:{k}" for k in adapt_params],
        "action_names": ACTION_NAMES,
        "rules_used": rules_used(act.rule for act in pl.actions) if pl else [],
        "rule_number": RULE_NUMBER,
        "zero_share": plan_strings.zero_share_note(
            ((act.action, act.ai_share, act.task.layer) for act in pl.actions), pl.year, lang
        )
        if pl
        else None,
        "claim_checks": checks,
        "scenario_only_claims": scenario_only_claims(p.scenario.claims, checks),
        "verdict_name": lambda v: VERDICT_NAMES[v][lang],
    }


def _claim_checks() -> list[Any]:
    """The report's claims checked against the shipped task data (no market store here)."""
    from azadkar.claims import check_claims

    return list(check_claims().checks)


def render_html(
    a: Assessment, p: Projection, pl: Plan, lang: str = "en", *, for_pdf: bool = False
) -> str:
    """The full report as one self-contained HTML document."""
    ctx = context(a, p, pl, lang, for_pdf)
    return str(_env().get_template("report.html.j2").render(**ctx))


def write_html(path: str | Path, a: Assessment, p: Projection, pl: Plan, lang: str = "en") -> Path:
    out = Path(path)
    out.write_text(render_html(a, p, pl, lang), encoding="utf-8")
    return out


__all__ = ["context", "font_face_css", "render_html", "text_html", "write_html"]
