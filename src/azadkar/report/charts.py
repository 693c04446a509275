"""Charts for the reports (Altair specs, rendered by vl-convert to SVG or PNG).

Four charts: exposure by layer per service, hours by layer 2026-2030 (stay vs adapt),
monthly income stay vs adapt with its band, and a task map (exposure x share of time).
Altair and vl-convert are imported inside the functions: they are slow to import and
only the report paths need them. Text uses the bundled Vazirmatn font, which vl-convert
shapes correctly for Persian when rendering PNG.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from azadkar.layers import LAYER_NAMES, LAYERS
from azadkar.projection import BUCKET_NAMES, HOUR_BUCKETS, Projection, task_beta
from azadkar.report.strings import fa_digits

if TYPE_CHECKING:
    from azadkar.exposure import Assessment
    from azadkar.plan import Plan

FONT = "Vazirmatn"
FONTS_DIR = Path(__file__).resolve().parent / "fonts"
COLORS = {
    "execution": "#4c78a8",
    "ideation": "#f58518",
    "audience": "#54a24b",
    "client": "#b279a2",
    "supervision": "#72b7b2",
    "idle": "#d0d0d0",
}
_PERSIAN_LOCALE = {
    "number": {
        "decimal": "٫",
        "thousands": "٬",
        "grouping": [3],
        "currency": ["", ""],
        "numerals": list("۰۱۲۳۴۵۶۷۸۹"),
        "percent": "٪",
        "minus": "−",
    }
}

_T = {
    "exposure_title": {
        "en": "Exposure by layer, per service",
        "fa": "مواجهه در هر لایه، به تفکیک خدمت",
    },
    "exposure_sub": {
        "en": "bar: GPT-4 beta, diamond on the bar: human beta (GPTs are GPTs labels)",
        "fa": "میله: بتا با برچسب مدل — لوزی روی همان میله: بتا با برچسب انسانی",
    },
    "beta": {"en": "beta (share of task weight exposed)", "fa": "بتا (سهم وزن وظایف در معرض)"},
    "layer": {"en": "layer", "fa": "لایه"},
    "service": {"en": "service", "fa": "خدمت"},
    "hours_title": {"en": "Weekly hours by layer", "fa": "ساعت کار هفتگی به تفکیک لایه"},
    "hours": {"en": "hours per week", "fa": "ساعت در هفته"},
    "year": {"en": "year", "fa": "سال"},
    "path": {"en": "path", "fa": "مسیر"},
    "stay": {"en": "Stay as is", "fa": "همین‌طور بمانید"},
    "adapt": {"en": "Adapt (follow the plan)", "fa": "سازگار شوید (اجرای برنامه)"},
    "today": {"en": "today", "fa": "امروز"},
    "income_title": {
        "en": "Monthly income: stay as is vs adapt",
        "fa": "درآمد ماهانه: ماندن در برابر سازگار شدن",
    },
    "income_sub": {
        "en": "line: central; band: low to high",
        "fa": "خط: مقدار میانی — نوار: از کم تا زیاد",
    },
    "income_idx": {"en": "income, % of today", "fa": "درآمد، درصد امروز"},
    "income_abs": {"en": "income per month", "fa": "درآمد ماهانه"},
    "map_title": {
        "en": "Task map: exposure x share of your time",
        "fa": "نقشهٔ وظایف: مواجهه × سهم از زمان شما",
    },
    "map_sub": {
        "en": "each dot is one O*NET task; dots at the same place are fanned out vertically",
        "fa": "هر نقطه یک وظیفه است؛ نقطه‌های هم‌جا کمی از هم باز شده‌اند",
    },
    "time_share": {"en": "share of your working time", "fa": "سهم از زمان کار شما"},
    "task_beta": {
        "en": "task beta (mean of human and GPT-4)",
        "fa": "بتای وظیفه (میانگین برچسب انسان و مدل)",
    },
    "action": {"en": "plan", "fa": "برنامه"},
    "task": {"en": "task", "fa": "وظیفه"},
}


def _t(key: str, lang: str) -> str:
    return _T[key]["fa" if lang == "fa" else "en"]


def _bucket_name(key: str, lang: str) -> str:
    names = LAYER_NAMES.get(key) or BUCKET_NAMES[key]
    return names["fa" if lang == "fa" else "en"]


def _config(chart: Any, lang: str) -> Any:
    # Each configure_* call replaces the previous one of its kind: set everything at once.
    fa = lang == "fa"
    chart = chart.configure(font=FONT, **({"locale": _PERSIAN_LOCALE} if fa else {}))
    chart = chart.configure_view(stroke=None)
    chart = chart.configure_axis(labelFontSize=11, titleFontSize=12)
    chart = chart.configure_legend(
        labelFontSize=11,
        titleFontSize=12,
        orient="bottom",
        direction="horizontal",
        columns=3,
        labelLimit=260,
    )
    return chart.configure_title(fontSize=15, subtitleFontSize=11, anchor="end" if fa else "start")


def exposure_by_layer(a: Assessment, lang: str = "en") -> Any:
    import altair as alt

    rows = []
    for s in a.services:
        for layer in LAYERS:
            ex = s.layers[layer]
            if ex.n_tasks:
                rows.append(
                    {
                        "service": s.service.name(lang),
                        "layer": _bucket_name(layer, lang),
                        "order": LAYERS.index(layer),
                        "gpt4": ex.gpt4.beta,
                        "human": ex.human.beta,
                    }
                )
    data = alt.Data(values=rows)
    layer_sort = [_bucket_name(x, lang) for x in LAYERS]
    y = alt.Y(
        "layer:N",
        sort=layer_sort,
        title=None,
        axis=alt.Axis(orient="right" if lang == "fa" else "left"),
    )
    x_scale = alt.Scale(domain=[0, 1], reverse=lang == "fa")
    base = alt.Chart(data)
    bars = base.mark_bar(opacity=0.85).encode(
        y=y,
        yOffset="service:N",
        x=alt.X("gpt4:Q", scale=x_scale, axis=alt.Axis(format="%"), title=_t("beta", lang)),
        color=alt.Color("service:N", title=_t("service", lang)),
        tooltip=[
            "service:N",
            "layer:N",
            alt.Tooltip("gpt4:Q", format=".0%"),
            alt.Tooltip("human:Q", format=".0%"),
        ],
    )
    # The human beta: a diamond in its service's colour, outlined, on the same row (yOffset)
    # as that service's bar, so it reads as belonging to that bar even where the bar is
    # short or empty (a black tick at 100% beside a zero-length bar belonged to no bar).
    marks = base.mark_point(
        shape="diamond", filled=True, size=70, opacity=1, stroke="#1d2330", strokeWidth=1
    ).encode(
        y=y,
        yOffset="service:N",
        x=alt.X("human:Q", scale=x_scale),
        color=alt.Color("service:N", title=_t("service", lang)),
        tooltip=["service:N", "layer:N", alt.Tooltip("human:Q", format=".0%")],
    )
    chart = (bars + marks).properties(
        width=460,
        height=alt.Step(14),
        title=alt.TitleParams(_t("exposure_title", lang), subtitle=_t("exposure_sub", lang)),
    )
    return _config(chart, lang)


def shown_buckets(p: Projection) -> list[str]:
    """The hour buckets with some hours today or in a year on either path, in order.

    A bucket that is zero everywhere (the new role's hours when the plan adds none)
    would only be a legend entry with no bar."""
    paths = [p.baseline_hours] + [
        {k: py.hours[k].central for k in HOUR_BUCKETS} for y in p.years for py in (y.stay, y.adapt)
    ]
    return [k for k in HOUR_BUCKETS if any(abs(h[k]) > 1e-9 for h in paths)]


def hours_by_layer(p: Projection, lang: str = "en") -> Any:
    import altair as alt

    rows = []
    buckets = shown_buckets(p)
    order = {k: i for i, k in enumerate(buckets)}
    for path in ("stay", "adapt"):
        for k in buckets:
            rows.append(
                {
                    "path": _t(path, lang),
                    "year": _t("today", lang),
                    "bucket": _bucket_name(k, lang),
                    "order": order[k],
                    "hours": p.baseline_hours[k],
                }
            )
        for y in p.years:
            py = y.stay if path == "stay" else y.adapt
            for k in buckets:
                rows.append(
                    {
                        "path": _t(path, lang),
                        "year": str(y.year) if lang != "fa" else fa_digits(str(y.year)),
                        "bucket": _bucket_name(k, lang),
                        "order": order[k],
                        "hours": py.hours[k].central,
                    }
                )
    years = [_t("today", lang)] + [
        fa_digits(str(y.year)) if lang == "fa" else str(y.year) for y in p.years
    ]
    if lang == "fa":
        years = years[::-1]
    domain = [_bucket_name(k, lang) for k in buckets]
    chart = (
        alt.Chart(alt.Data(values=rows))
        .mark_bar()
        .encode(
            x=alt.X("year:N", sort=years, title=None, axis=alt.Axis(labelAngle=0)),
            y=alt.Y(
                "sum(hours):Q",
                title=_t("hours", lang),
                axis=alt.Axis(orient="right" if lang == "fa" else "left"),
            ),
            color=alt.Color(
                "bucket:N",
                scale=alt.Scale(domain=domain, range=[COLORS[k] for k in buckets]),
                title=None,
            ),
            order=alt.Order("order:Q"),
            tooltip=["path:N", "year:N", "bucket:N", alt.Tooltip("hours:Q", format=".1f")],
        )
        .properties(width=230, height=220)
        .facet(
            column=alt.Column(
                "path:N",
                title=None,
                sort=[
                    _t(x, lang) for x in (("adapt", "stay") if lang == "fa" else ("stay", "adapt"))
                ],
                header=alt.Header(labelFontSize=13, labelFont=FONT),
            )
        )
        .properties(title=alt.TitleParams(_t("hours_title", lang)))
    )
    return _config(chart, lang)


def _year(year: int, lang: str) -> str:
    return fa_digits(str(year)) if lang == "fa" else str(year)


def income(p: Projection, lang: str = "en") -> Any:
    import altair as alt

    absolute = p.baseline_income is not None
    rows = []
    for path in ("stay", "adapt"):
        name = _t(path, lang)
        today = p.baseline_income if p.baseline_income is not None else 1.0
        rows.append(
            {
                "path": name,
                "year": _t("today", lang),  # as in the table and the hours chart
                "c": today,
                "lo": today,
                "hi": today,
            }
        )
        for y in p.years:
            py = y.stay if path == "stay" else y.adapt
            band = py.income if absolute and py.income is not None else py.income_index
            rows.append(
                {
                    "path": name,
                    "year": _year(y.year, lang),
                    "c": band.central,
                    "lo": band.low,
                    "hi": band.high,
                }
            )
    data = alt.Data(values=rows)
    from azadkar.report.plan_strings import currency_name

    unit = currency_name(p.currency, lang)
    title = f"{_t('income_abs', lang)} ({unit})" if absolute else _t("income_idx", lang)
    fmt = ",.0f" if absolute else ".0%"
    domain = [_t("stay", lang), _t("adapt", lang)]
    # Swatches at full strength: from the bands' layer they were as pale as the bands (a pink
    # dot for a red line).
    color = alt.Color(
        "path:N",
        scale=alt.Scale(domain=domain, range=["#e45756", "#4c78a8"]),
        title=None,
        legend=alt.Legend(symbolOpacity=1),
    )
    years = [_t("today", lang)] + [_year(y.year, lang) for y in p.years]
    x = alt.X(
        "year:N",
        title=None,
        sort=years[::-1] if lang == "fa" else years,
        axis=alt.Axis(labelAngle=0),
    )
    base = alt.Chart(data)
    area = base.mark_area(opacity=0.18).encode(x=x, y=alt.Y("lo:Q"), y2="hi:Q", color=color)
    line = base.mark_line(point=True, strokeWidth=2.5).encode(
        x=x,
        y=alt.Y(
            "c:Q",
            title=title,
            axis=alt.Axis(format=fmt, orient="right" if lang == "fa" else "left"),
            scale=alt.Scale(zero=False),
        ),
        color=color,
        tooltip=[
            "path:N",
            "year:N",
            alt.Tooltip("c:Q", format=fmt),
            alt.Tooltip("lo:Q", format=fmt),
            alt.Tooltip("hi:Q", format=fmt),
        ],
    )
    chart = (area + line).properties(
        width=480,
        height=230,
        title=alt.TitleParams(_t("income_title", lang), subtitle=_t("income_sub", lang)),
    )
    return _config(chart, lang)


def task_map(a: Assessment, lang: str = "en", plan: Plan | None = None) -> Any:
    import altair as alt

    from azadkar.plan import ACTION_NAMES

    actions = {}
    if plan is not None:
        actions = {(x.service_id, x.task.task_id): x.action for x in plan.actions}
    rows = []
    seen: dict[tuple[float, float], int] = {}
    for s in a.services:
        for t in s.tasks:
            action = actions.get((s.id, t.task_id))
            share, beta = s.share * t.time_share, task_beta(t)
            # Many tasks share a point (betas are quarter steps): fan them out vertically
            # (the real beta is in the tooltip) so each dot stays visible.
            k = seen.get((round(share, 6), beta), 0)
            seen[(round(share, 6), beta)] = k + 1
            offset = 0.025 * ((k + 1) // 2) * (1 if k % 2 else -1)
            rows.append(
                {
                    "share": share,
                    "beta": beta,
                    "y": beta + offset,
                    "layer": _bucket_name(t.layer, lang),
                    "service": s.service.name(lang),
                    "task": t.statement[:90],
                    "action": ACTION_NAMES[action]["fa" if lang == "fa" else "en"]
                    if action
                    else "",
                }
            )
    domain = [_bucket_name(k, lang) for k in LAYERS]
    enc: dict[str, Any] = {
        "x": alt.X(
            "share:Q",
            title=_t("time_share", lang),
            axis=alt.Axis(format="%"),
            scale=alt.Scale(reverse=lang == "fa"),
        ),
        "y": alt.Y(
            "y:Q",
            title=_t("task_beta", lang),
            axis=alt.Axis(format="%", orient="right" if lang == "fa" else "left"),
            scale=alt.Scale(domain=[-0.05, 1.05]),
        ),
        "color": alt.Color(
            "layer:N", scale=alt.Scale(domain=domain, range=[COLORS[k] for k in LAYERS]), title=None
        ),
        "tooltip": [
            "service:N",
            "layer:N",
            "task:N",
            "action:N",
            alt.Tooltip("share:Q", format=".1%"),
            alt.Tooltip("beta:Q", format=".0%"),
        ],
    }
    if plan is not None:
        enc["shape"] = alt.Shape("action:N", title=None)
    chart = (
        alt.Chart(alt.Data(values=rows))
        .mark_point(filled=True, size=90, opacity=0.8)
        .encode(**enc)
        .transform_calculate(jitter="0")
        .properties(
            width=480,
            height=260,
            title=alt.TitleParams(_t("map_title", lang), subtitle=_t("map_sub", lang)),
        )
    )
    return _config(chart, lang)


@cache
def _fonts_registered() -> bool:
    import vl_convert as vlc

    vlc.register_font_directory(str(FONTS_DIR))
    return True


def to_svg(chart: Any) -> str:
    """Render an Altair chart to an SVG string (no external references)."""
    import vl_convert as vlc

    _fonts_registered()
    return str(vlc.vegalite_to_svg(chart.to_json()))


def to_png(chart: Any, scale: float = 2.0) -> bytes:
    """Render an Altair chart to PNG bytes with the bundled fonts."""
    import vl_convert as vlc

    _fonts_registered()
    return bytes(vlc.vegalite_to_png(chart.to_json(), scale=scale))


def all_charts(a: Assessment, p: Projection, plan: Plan | None, lang: str) -> dict[str, Any]:
    """The report's charts by name, in report order."""
    return {
        "exposure": exposure_by_layer(a, lang),
        "task_map": task_map(a, lang, plan),
        "hours": hours_by_layer(p, lang),
        "income": income(p, lang),
    }


__all__ = [
    "all_charts",
    "exposure_by_layer",
    "hours_by_layer",
    "income",
    "shown_buckets",
    "task_map",
    "to_png",
    "to_svg",
]
