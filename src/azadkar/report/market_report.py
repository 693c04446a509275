"""The market report: indicators from a market store as one self-contained HTML file, or PDF.

Charts are Altair specs rendered by vl-convert (inline SVG in HTML, PNG in PDF), fonts
are the bundled Vazirmatn inlined as data URLs, so the file makes no network request.
An indicator the data cannot support is shown with its reason, never as a number.
"""

from __future__ import annotations

import base64
import datetime as dt
import html
import re
from pathlib import Path
from typing import Any

from azadkar.market._compare import METRIC_NAMES, SECTION_TITLES
from azadkar.market._indicators import (
    DATE_COLUMNS,
    JALALI_MONTHS_FA,
    MIN_MEDIAN_N,
    MONTHS_NOTE_FA,
    ONE_VALUE_MARK,
    category_source_line,
    column_label,
    is_month_value,
    market_wide,
    median_n,
    month_label,
    one_value_dominates,
    one_value_note,
    table_columns,
    too_few,
    too_few_note,
    value_in,
)
from azadkar.market._types import Indicator, MarketIndicators
from azadkar.report.html import font_face_css
from azadkar.report.strings import fa_digits, num
from azadkar.taxonomy import load_taxonomy

_T = {
    "title": {"en": "The market in postings", "fa": "بازار در آینهٔ آگهی‌ها"},
    "store": {"en": "Store", "fa": "انبار"},
    "postings": {"en": "postings", "fa": "آگهی"},
    "whole_store": {"en": "Slice: the whole store", "fa": "برش: کل انبار"},
    "dated": {"en": "dated", "fa": "تاریخ‌دار"},
    "categories_from": {"en": "Categories from", "fa": "منشأ دسته‌ها"},
    "insufficient": {"en": "Not enough data", "fa": "دادهٔ کافی نیست"},
    "source": {"en": "Source", "fa": "منبع"},
    "caveats": {"en": "Caveats", "fa": "ملاحظات"},
    "cited": {"en": "Cited claim, not verified", "fa": "ادعای نقل‌شده، تأییدنشده"},
    "measured": {"en": "Measured here", "fa": "سنجیده در اینجا"},
    "volume": {"en": "Postings per category", "fa": "آگهی‌ها به تفکیک دسته"},
    "hourly": {
        "en": "Median hourly pay (USD) per category",
        "fa": "میانهٔ دستمزد ساعتی (دلار) هر دسته",
    },
    "monthly": {
        "en": "Postings per month (all categories)",
        "fa": "شمار آگهی‌ها در هر ماه (همهٔ دسته‌ها)",
    },
    "index": {
        "en": "Exposure-weighted demand index (first month = 100)",
        "fa": "شاخص تقاضای وزن‌داده با مواجهه (ماه نخست = ۱۰۰)",
    },
    "too_few": {
        "en": f"grey: a median on fewer than {MIN_MEDIAN_N} hourly rates, too few to read; "
        "n = hourly rates behind each bar",
        "fa": f"خاکستری: میانه‌ای بر کمتر از {fa_digits(MIN_MEDIAN_N)} نرخ ساعتی، برای خواندن "
        "بسیار کم؛ تعداد = شمار نرخ‌های ساعتی پشت هر میله",
    },
    "too_few_short": {"en": "too few", "fa": "بسیار کم"},
    "event_study": {
        "en": "Event study, {event}: treated-minus-control gap by month against its mean "
        "before the event (%)",
        "fa": "مطالعهٔ رویداد، {event}: شکاف دستهٔ تحت اثر و کنترل در هر ماه در برابر میانگین "
        "آن پیش از رویداد (٪)",
    },
    "event_study_sub": {
        "en": "flat before month 0 if the trends were parallel; months from the event",
        "fa": "اگر روندها هم‌راستا بودند، پیش از ماه صفر هموار است؛ ماه‌ها از رویداد",
    },
    "gregorian_months": {"en": "month", "fa": "ماه میلادی"},
    "jalali_months": {"en": "Jalali months", "fa": "ماه‌های شمسی"},
    "made": {
        "en": "Made on this machine by azadkar; nothing left it.",
        "fa": "ساخته‌شده با آزادکار روی همین رایانه؛ چیزی از آن بیرون نرفت.",
    },
}


def _t(key: str, lang: str) -> str:
    return _T[key]["fa" if lang == "fa" else "en"]


# A date, month or range of them (2024-05, 2024-05-14..2024-06-06), in either digits.
_D = "[0-9\u06f0-\u06f9]"
_DATE_RUN = re.compile(
    f"{_D}{{4}}-{_D}{{2}}(?:-{_D}{{2}})?(?:\\.\\.{_D}{{4}}-{_D}{{2}}(?:-{_D}{{2}})?)?"
)
_ISOLATE = re.compile("\u2066[^\u2066\u2069]*\u2069")
_OPTION = re.compile(r"(?<![\w-])--[a-z][a-z-]*[a-z]")


def _prose(text: str, lang: str) -> str:
    """A sentence as HTML. In Persian, dates keep their year first: after Persian words
    the bidi algorithm turns ۲۰۲۴-۰۵ into «۰۵-۲۰۲۴», so each date goes in a left-to-right
    isolate; an isolate (a date, an option, a model version) never breaks over lines.
    In English an option (``--category-source``) does not break at its hyphens either (on a
    phone it read «--category-» and «source» on two lines)."""
    if lang != "fa":
        return _OPTION.sub(r'<span class="nw">\g<0></span>', html.escape(text))

    def plain(part: str) -> str:
        return "".join(
            f'<span class="nw">{html.escape(piece)}</span>' if i % 2 else html.escape(piece)
            for i, piece in enumerate(_split_dates(part))
        )

    out, at = [], 0
    for m in _ISOLATE.finditer(text):
        out += [plain(text[at : m.start()]), f'<span class="nw">{html.escape(m[0])}</span>']
        at = m.end()
    return "".join([*out, plain(text[at:])])


def _split_dates(text: str) -> list[str]:
    """``text`` as [words, date, words, date, ...], each date in a left-to-right isolate."""
    out, at = [], 0
    for m in _DATE_RUN.finditer(text):
        out += [text[at : m.start()], f"\u2066{m[0]}\u2069"]
        at = m.end()
    return [*out, text[at:]]


def _cat_name(cat: Any, lang: str) -> str:
    if not cat:
        return "—"
    try:
        return load_taxonomy().category(str(cat)).name(lang)
    except Exception:  # a platform label that is not one of our ids: show it as is
        return str(cat)


def _fmt(key: str, value: Any, lang: str) -> str:
    if value is None:
        return "—"
    if isinstance(value, bool):
        return str(value)
    if key == "category":
        return _cat_name(value, lang)
    # 2024-06 for a month; Persian pay types, scopes, dates ... in fa
    value = value_in(key, month_label(key, value, lang), lang)
    if isinstance(value, list):
        return ", ".join(_cat_name(v, lang) if key == "control" else str(v) for v in value)
    if isinstance(value, float):
        if "usd" in key:
            # the Persian head says «(دلار)»: the number alone, no Latin «$» in Persian text
            return num(value, lang, 2) if lang == "fa" else f"${num(value, lang, 2)}"
        return num(value, lang, 3)
    if isinstance(value, int):
        return num(value, lang)
    return str(value)


# A table of at most this many rows is kept on one page of the PDF (a longer one flows on).
KEEP_ROWS = 25

# Tables with more columns than these get smaller type (and, in the PDF, a landscape page).
WIDE_COLUMNS = 7
VERY_WIDE_COLUMNS = 11


def _head(key: str, lang: str) -> str:
    """A column head in words (English or Persian), wrapping at spaces; the JSON keys
    stay in --format json and csv."""
    return html.escape(column_label(key, lang))


# A median on fewer than MIN_MEDIAN_N values: its cell is greyed and marked so.
THIN_MARK = "*"


def table_width_class(n_cols: int) -> str:
    if n_cols > VERY_WIDE_COLUMNS:
        return "very-wide"
    return "wide" if n_cols > WIDE_COLUMNS else ""


def _table(ind: Indicator, lang: str) -> str:
    if not ind.rows:
        return ""
    # The columns and their order of the text output: month, category ... first (the
    # inequality rows by category, pay type, period); no pay column without any value.
    keyed, values = table_columns(ind)
    cols = keyed + values
    head = "".join(f"<th>{_head(c, lang)}</th>" for c in cols)
    thin = dominant = False

    def cell(c: str, r: dict[str, Any]) -> str:
        nonlocal thin, dominant
        text = html.escape(market_wide(c, r, lang) or _fmt(c, r.get(c), lang))
        if too_few(c, r):
            thin = True
            return f'<td class="thin">{text}{THIN_MARK}</td>'
        if c == "max_share" and one_value_dominates(r):
            dominant = True
            return f'<td class="one-value">{text}{ONE_VALUE_MARK}</td>'
        if c in DATE_COLUMNS and " (" in text:
            # a Persian month and its Jalali label: each kept whole, the label may wrap
            month, jalali = text.split(" (", 1)
            return (
                f'<td class="month"><span class="nw">{month}</span> '
                f'<span class="nw">({jalali}</span></td>'
            )
        if c in DATE_COLUMNS:  # 2024-06 broke at its hyphen in a phone's narrow column
            return f'<td class="nw">{text}</td>'
        return f"<td>{text}</td>"

    body = "".join("<tr>" + "".join(cell(c, r) for c in cols) + "</tr>" for r in ind.rows)
    # a Persian month with its Jalali label is about two columns wide: count it so (the
    # table gets the smaller type a wider one gets; its rows wrapped to twice their height)
    labelled = lang == "fa" and any(is_month_value(c, r.get(c)) for c in cols for r in ind.rows)
    # (never up to the very wide class: that takes a landscape page of its own in the PDF)
    width = table_width_class(max(len(cols), min(len(cols) + labelled, VERY_WIDE_COLUMNS)))
    keep = " keep" if len(ind.rows) <= KEEP_ROWS else ""
    note = f'<p class="small thin-note">{html.escape(too_few_note(lang, THIN_MARK))}</p>'
    one = f'<p class="small one-value-note">{html.escape(one_value_note(lang))}</p>'
    return (
        f'<div class="scroll{keep}"><table class="{width}"><thead><tr>{head}</tr></thead>'
        f"<tbody>{body}</tbody></table></div>" + (note if thin else "") + (one if dominant else "")
    )


BAR = "#3b6ea5"
THIN_BAR = "#c4c4c4"


def _configure(chart: Any, lang: str) -> Any:
    """Font, and in Persian the Persian number locale: axis ticks in Persian digits."""
    from azadkar.report.charts import _PERSIAN_LOCALE

    fa = lang == "fa"
    return (
        chart.configure(font="Vazirmatn", **({"locale": _PERSIAN_LOCALE} if fa else {}))
        .configure_view(stroke=None)
        .configure_title(anchor="end" if fa else "start")
    )


def _n_label(n: int, thin: bool, lang: str) -> str:
    """``n=4, too few`` beside a bar's median; «تعداد ۴، بسیار کم» in Persian."""
    said = f"تعداد {num(n, 'fa')}" if lang == "fa" else f"n={n:,}"
    comma = "، " if lang == "fa" else ", "
    return f"{said}{comma}{_t('too_few_short', lang)}" if thin else said


# A right-to-left mark opens a Persian bar label: Vega draws chart text left to right, and
# a label starting with digits («۲۵٫۰۰ (تعداد ۴۰)») would keep its number on the left of
# its words; after the mark the label reads right to left, its numbers whole.
RLM = "\u200f"


def _bar_label(field: str, value: float, n_label: str | None, lang: str) -> str:
    """What a bar's figure reads, beside it: the count (``1,234``), or a median in dollars
    and the values behind it (``$25.00 (n=40)``); Persian digits in Persian, where the
    title says «(دلار)»."""
    fa = lang == "fa"
    if field == "postings":
        figure = num(value, lang)
    else:
        figure = num(value, lang, 2) if fa else f"${num(value, lang, 2)}"
    text = f"{figure} ({n_label})" if n_label else figure
    return RLM + text if fa else text


def _bar_chart(
    rows: list[dict[str, Any]],
    field: str,
    title: str,
    lang: str,
    *,
    with_n: bool = False,
    width: int = 520,
) -> Any:
    """Bars per category, each with its figure beside it (a reader can read a number off
    the chart, not only its length); ``with_n``: each bar a median, its label saying how
    many values it stands on, greyed when fewer than MIN_MEDIAN_N."""
    import altair as alt

    data = []
    for r in rows:
        if r.get(field) is None or not r.get("category"):
            continue
        d: dict[str, Any] = {"category": _cat_name(r.get("category"), lang), "value": r[field]}
        n = median_n(field, r)
        thin = bool(with_n and n is not None and too_few(field, r))
        d["thin"] = thin
        n_label = _n_label(n, thin, lang) if with_n and n is not None else None
        d["label"] = _bar_label(field, float(r[field]), n_label, lang)
        data.append(d)
    if not data:
        return None
    fa = lang == "fa"
    y = alt.Y(
        "category:N",
        sort=alt.EncodingSortField("value", order="descending"),
        title=None,
        axis=alt.Axis(orient="right" if fa else "left"),
    )
    x = alt.X("value:Q", title=None, scale=alt.Scale(reverse=fa))
    base = alt.Chart(alt.Data(values=data))
    bars = base.mark_bar().encode(
        y=y,
        x=x,
        color=alt.condition("datum.thin", alt.value(THIN_BAR), alt.value(BAR)),
    )
    labels = base.mark_text(
        align="right" if fa else "left", dx=-4 if fa else 4, fontSize=10, color="#333"
    ).encode(y=y, x=x, text="label:N")
    # room beside the longest bar for its label
    room = max(len(d["label"]) for d in data) * 6 + 8
    plot = max(width - room, 100)
    subtitle: list[str] | str | None = None
    if any(d["thin"] for d in data):
        import textwrap

        subtitle = _t("too_few", lang)
        if width <= NARROW_CHART:
            # a phone's chart: in lines as wide as the chart (one line of 110 characters
            # made it 547 px wide, its text scaled down to 6 px on a 358 px screen); the
            # wide chart keeps one line (a second one moved it to the PDF's next page)
            subtitle = textwrap.wrap(subtitle, max(40, (plot + room + 100) // 6))
    chart = alt.layer(bars, labels).properties(
        title=alt.TitleParams(title, subtitle=subtitle) if subtitle else title,
        width=plot,
        height=24 * len(data),
        padding=16,
    )
    return _configure(chart, lang)


def _line_chart(points: list[tuple[str, float]], title: str, lang: str, width: int = 520) -> Any:
    """A monthly series (Gregorian month "YYYY-MM", value) as a line with points.

    In Persian the months are the Gregorian ones in Persian digits on the lower axis and,
    on the upper axis, the Jalali months each spans («خرداد–تیر ۱۴۰۳»), as the tables label
    them; time runs from right to left. Each label is one line of one script direction:
    vl-convert's PNG (the PDF's charts) garbles a two-line Persian label, and a month and
    its Jalali months in one label reorder in the SVG's left-to-right text."""
    import json

    import altair as alt

    from azadkar.market._indicators import jalali_months

    fa = lang == "fa"
    data = [{"month": fa_digits(m) if fa else m, "value": v} for m, v in points]
    base = alt.Chart(alt.Data(values=data))
    line = base.mark_line(color="#3b6ea5", point=True).encode(
        x=alt.X(
            "month:O",
            sort="descending" if fa else "ascending",
            title=_t("gregorian_months", lang) if fa else None,
            # labels that would overlap are left out (on a phone's narrow chart)
            axis=alt.Axis(
                labelAngle=-45, labelOverlap="greedy", titleFontWeight="normal", titleColor="#555"
            ),
        ),
        y=alt.Y(
            "value:Q",
            title=None,
            scale=alt.Scale(zero=False),
            axis=alt.Axis(orient="right" if fa else "left"),
        ),
    )
    if not fa:
        chart = line.properties(title=title, width=width, height=220, padding=16)
        return _configure(chart, lang)
    # the Jalali months on the upper axis: the same scale, each month's label looked up
    jalali = {fa_digits(m): jalali_months(m) for m, _ in points}
    upper = base.mark_point(opacity=0).encode(
        x=alt.X(
            "month:O",
            sort="descending",
            title=_t("jalali_months", lang),
            axis=alt.Axis(
                orient="top",
                labelAngle=-45,
                labelAlign="left",
                labelOverlap="greedy",
                labelExpr=f"{json.dumps(jalali, ensure_ascii=False)}[datum.value]",
                titleFontWeight="normal",
                titleColor="#555",
            ),
        ),
        y=alt.Y("value:Q"),
    )
    chart = (
        alt.layer(line, upper)
        .resolve_axis(x="independent")
        .properties(title=title, width=width, height=220, padding=16)
    )
    return _configure(chart, lang)


# A monthly line needs this many months the indicators kept (two partial months mislead).
MIN_CHART_MONTHS = 3


def _rows(mi: MarketIndicators, name: str) -> list[dict[str, Any]]:
    try:
        ind = mi.get(name)
    except KeyError:
        return []
    return ind.rows if ind.ok else []


def market_charts(mi: MarketIndicators, lang: str, width: int = 520) -> list[tuple[str, Any]]:
    """(key, Altair chart) for every chart the data supports; pay is needed only for pay.
    ``width``: the plot's width (NARROW_CHART for a phone's screen)."""
    out: list[tuple[str, Any]] = []
    per_cat = _rows(mi, "postings_by_category") or _rows(mi, "pay_by_category")
    pay = _rows(mi, "pay_by_category")
    for key, rows, field in (("volume", per_cat, "postings"), ("hourly", pay, "median_hourly_usd")):
        chart = _bar_chart(rows, field, _t(key, lang), lang, with_n=key == "hourly", width=width)
        if chart is not None:
            out.append((key, chart))
    totals: dict[str, float] = {}
    for r in _rows(mi, "volume_pay"):
        m = str(r["month"])[:7]
        totals[m] = totals.get(m, 0.0) + float(r.get("postings") or 0)
    if len(totals) >= MIN_CHART_MONTHS:
        points = sorted(totals.items())
        out.append(("monthly", _line_chart(points, _t("monthly", lang), lang, max(width, 280))))
    index = [
        (str(r["month"])[:7], float(r["index"]))
        for r in _rows(mi, "exposure_demand_index")
        if r.get("index") is not None
    ]
    if len(index) >= MIN_CHART_MONTHS:
        out.append(("index", _line_chart(index, _t("index", lang), lang, max(width, 280))))
    events: dict[str, list[dict[str, Any]]] = {}
    for r in _rows(mi, "did_events"):
        if r.get("event_study"):
            events.setdefault(str(r["event"]), []).append(r)
    for event, rows in events.items():
        chart = _event_study_chart(event, rows, lang, max(width, 280))
        if chart is not None:
            out.append((f"event_study_{event}", chart))
    return out


def _event_study_chart(event: str, rows: list[dict[str, Any]], lang: str, width: int) -> Any:
    """One event's study: for each treated category, the gap of each month (months from
    the event, 0 the event's month) against the mean gap before it, as a line; a rule
    at month 0. Before 0 the lines should be flat if the parallel-trends assumption holds."""
    import altair as alt

    fa = lang == "fa"
    data = [
        {
            "k": p["months_from_event"],
            "gap": p["gap_pct"],
            "category": _cat_name(r["category"], lang),
        }
        for r in rows
        for p in r["event_study"]
        if p.get("gap_pct") is not None
    ]
    if len({d["k"] for d in data}) < MIN_CHART_MONTHS:
        return None
    # the event's id as the events file writes it (``gpt4``: Persian digits in a Latin id
    # read «gpt۴»)
    title = _t("event_study", lang).replace("{event}", event)
    x = alt.X(
        "k:Q",
        title=None,
        scale=alt.Scale(reverse=fa, nice=False),
        axis=alt.Axis(tickMinStep=1, format="d"),
    )
    lines = (
        alt.Chart(alt.Data(values=data))
        .mark_line(point=True)
        .encode(
            x=x,
            y=alt.Y("gap:Q", title=None, axis=alt.Axis(orient="right" if fa else "left")),
            color=alt.Color("category:N", legend=alt.Legend(title=None, orient="bottom")),
        )
    )
    zero = alt.Chart(alt.Data(values=[{"k": 0}])).mark_rule(color="#888", strokeDash=[4, 3])
    chart = alt.layer(zero.encode(x=x), lines).properties(
        title=alt.TitleParams(title, subtitle=_t("event_study_sub", lang)),
        width=width,
        height=200,
        padding=16,
    )
    return _configure(chart, lang)


# The plot width of the charts drawn for a phone (the HTML report shows them under 40rem):
# the wide ones, scaled to a phone's 358 px, had text of 5-6 px.
NARROW_CHART = 200


def _charts(mi: MarketIndicators, lang: str, for_pdf: bool) -> list[str]:
    from azadkar.report.charts import to_png, to_svg

    out = []
    if for_pdf:
        for key, chart in market_charts(mi, lang):
            png = base64.b64encode(to_png(chart, scale=2.0)).decode("ascii")
            out.append(f'<img alt="{key}" src="data:image/png;base64,{png}">')
        return out
    narrow = dict(market_charts(mi, lang, NARROW_CHART))
    for key, chart in market_charts(mi, lang):
        out.append(
            f'<div class="chart-wide">{to_svg(chart)}</div>'
            f'<div class="chart-narrow">{to_svg(narrow[key])}</div>'
        )
    return out


def report_date(day: dt.date, lang: str) -> str:
    """The report's date: ``2026-11-27``; in Persian the Jalali date with the Gregorian
    beside it, year first, in Persian digits and a left-to-right isolate (a bare ISO date
    in right-to-left text reads «27-11-2026»): «۶ آذر ۱۴۰۵ (۲۰۲۶-۱۱-۲۷)»."""
    if lang != "fa":
        return day.isoformat()
    import jdatetime

    j = jdatetime.date.fromgregorian(date=day)
    jalali = f"{fa_digits(j.day)} {JALALI_MONTHS_FA[j.month - 1]} {fa_digits(j.year)}"
    return f"{jalali} (\u2066{fa_digits(day.isoformat())}\u2069)"


# In the PDF nothing may scroll or be clipped: A4 pages, tables at most the page wide
# (heads wrap, wide tables get smaller type), a landscape page for the widest. Sections
# flow from page to page (a section that did not fit what was left of a page used to
# start a new one, leaving the page before half empty); a heading stays with what follows it,
# a table row is never cut, a short table (KEEP_ROWS rows or fewer) is not cut at all, and
# a table carried over repeats its heads.
PDF_CSS = (
    "@page{size:A4;margin:1.4cm 1.2cm}@page landscape{size:A4 landscape;margin:1.2cm}"
    "body{margin:0;padding:0;max-width:none;font-size:10pt}.scroll{overflow:visible}"
    "table{width:100%;max-width:100%}section.landscape{page:landscape;page-break-before:auto}"
    "table.wide{font-size:7pt}table.very-wide{font-size:6.5pt}"
    # a Persian month and its Jalali label on one line (rows wrapped to twice their height)
    "td.month{white-space:nowrap}"
    # the two bar charts at 90% of the page's width: at its full width a slice's line above
    # them moved the second chart to the next page, leaving half of the first empty
    "section img{width:90%}"
    "section{page-break-inside:auto}h2{page-break-after:avoid}.keep,tr,img,svg,li"
    "{page-break-inside:avoid}thead{display:table-header-group}"
)


def _document_head(lang: str, title: str, for_pdf: bool) -> str:
    """The document's start up to its <body>: language, direction, fonts and styles."""
    fa = lang == "fa"
    return "".join(
        [
            f'<!doctype html><html lang="{lang}" dir="{"rtl" if fa else "ltr"}"><head><meta charset="utf-8">'
            '<meta name="viewport" content="width=device-width, initial-scale=1">',
            f"<title>azadkar · {title}</title><style>{font_face_css(for_pdf)}",
            # a side margin on a phone: the text touched the screen's edges
            "body{font-family:Vazirmatn,sans-serif;margin:2rem auto;max-width:60rem;color:#222;line-height:1.6;"
            "padding:0 1rem}"
            "table{border-collapse:collapse;font-size:.85rem;width:100%}th,td{border-bottom:1px solid #ddd;"
            "padding:.25rem .5rem;text-align:start}th{background:#f4f1ea}.scroll{overflow-x:auto}"
            ".insufficient{background:#fff5d6;padding:.5rem 1rem;border-radius:.4rem}"
            ".cited{background:#eef3fa;border-inline-start:4px solid #3b6ea5;padding:.4rem 1rem;"
            "margin:.75rem 0;border-radius:.3rem}.cited p{margin:.25rem 0}.en{direction:ltr;"
            "unicode-bidi:isolate;text-align:left}.small{font-size:.8rem;color:#555}"
            "section{margin:1.5rem 0;page-break-inside:avoid}svg,img{max-width:100%;height:auto}"
            # Vega places chart text for left-to-right; an inherited rtl would flip the anchors
            "svg{direction:ltr}.nw{white-space:nowrap}"
            "td.thin{color:#888;font-style:italic}td.one-value{color:#a33;font-weight:bold}"
            "th{overflow-wrap:break-word;vertical-align:bottom}td{overflow-wrap:break-word}"
            "table.wide{font-size:.7rem}table.very-wide{font-size:.62rem}"
            "table.wide th,table.wide td,table.very-wide th,table.very-wide td{padding:.2rem .25rem}"
            # the store's figures: each a small box of its own, no separator character (one
            # could wrap alone to the edge of a line); WeasyPrint reads no media query widths
            ".meta{list-style:none;padding:0;margin:1rem 0 .25rem}.meta li{display:inline-block;"
            "white-space:nowrap;background:#f4f1ea;border-radius:.3rem;padding:0 .45rem;"
            "margin:0 .15rem .3rem}.months-note{margin-top:.25rem}"
            # on a phone, the charts drawn for its width (their text stays readable)
            ".chart-narrow{display:none}@media (max-width:40rem){.chart-wide{display:none}"
            ".chart-narrow{display:block}}",
            PDF_CSS if for_pdf else "",
            "</style></head><body>",
        ]
    )


def render_market_html(mi: MarketIndicators, lang: str = "en", *, for_pdf: bool = False) -> str:
    """The indicators as one self-contained HTML document."""
    fa = lang == "fa"
    # In Persian, once, under the store's figures: the months are Gregorian, each labelled
    # with the Jalali months it spans.
    months_note = ""
    if fa and any(
        is_month_value(k, v) for i in mi.indicators for r in i.rows for k, v in r.items()
    ):
        months_note = f'<p class="small months-note">{_prose(MONTHS_NOTE_FA, lang)}</p>'
    # The store's figures as a list of small boxes that wrap whole (a « · » between them
    # used to wrap alone to the start or end of a line in the Persian report on a phone).
    meta = [
        f'{_t("store", lang)}: <span class="en">{html.escape(Path(mi.db).name)}</span>',
        f"{num(mi.postings, lang)} {_t('postings', lang)}",
        f"{num(mi.dated_postings, lang)} {_t('dated', lang)}",
        report_date(dt.date.today(), lang),
    ]
    if mi.slice and not mi.slice.get("filters"):
        meta.insert(1, _t("whole_store", lang))
    parts = [
        _document_head(lang, _t("title", lang), for_pdf),
        f"<h1>{_t('title', lang)}</h1>",
        '<ul class="small meta">' + "".join(f"<li>{m}</li>" for m in meta) + "</ul>",
        # which postings: a slice's line and its size, in bold under the figures (the
        # whole store is said among the figures: a line more moved a section to the next
        # page of the PDF)
        f'<p class="slice"><b>{_prose(mi.slice_line(lang), lang)}</b></p>'
        if mi.slice.get("filters")
        else "",
        months_note,
        f'<p class="small category-source">'
        f"{_prose(category_source_line(mi.category_source, mi.category_source_mode, lang), lang)}"
        "</p>",
    ]
    parts += [f"<section>{c}</section>" for c in _charts(mi, lang, for_pdf)]

    def en(persian: bool) -> str:
        """The class for English text (left to right); Persian text in a Persian page has none."""
        return "" if fa and persian else "en"

    def cls(persian: bool) -> str:
        return f' class="{en(persian)}"' if en(persian) else ""

    for ind in mi.indicators:
        parts.append(
            f"<section><h2{cls(bool(ind.title_fa))}>{html.escape(ind.title_in(lang))}</h2>"
        )
        why = ind.insufficient_in(lang)
        if why:
            parts.append(
                f'<p class="insufficient"><b>{_t("insufficient", lang)}:</b> '
                f"<span{cls(bool(ind.insufficient_fa))}>{_prose(why, lang)}</span></p>"
            )
        else:
            table = _table(ind, lang)
            if for_pdf and 'class="very-wide"' in table:
                # the widest tables (difference-in-differences) get a landscape page
                parts[-1] = parts[-1].replace("<section>", '<section class="landscape">', 1)
            parts.append(table)
        # The source report's claims this indicator bears on: cited, beside what it measures.
        for c in ind.cited:
            parts.append(
                f'<div class="cited keep"><p><b>{_t("cited", lang)}:</b> '
                f"<span{cls(bool(c.claim_fa))}>{_prose(c.claim_in(lang), lang)}</span> "
                f'<span class="small">({_prose(c.source_in(lang), lang)})</span></p>'
                f"<p><b>{_t('measured', lang)}:</b> "
                f"<span{cls(bool(c.measured_fa))}>{_prose(c.measured_in(lang), lang)}</span></p></div>"
            )
        source = ind.source_in(lang)
        notes = [*ind.notes_in(lang), *([f"{_t('source', lang)}: {source}"] if source else [])]
        if notes:
            persian = len(ind.notes_fa) == len(ind.notes) and bool(ind.source_fa or not ind.source)
            parts.append(
                f'<ul class="{f"small {en(persian)}".strip()}">'
                + "".join(f"<li>{_prose(n, lang)}</li>" for n in notes)
                + "</ul>"
            )
        parts.append("</section>")
    caveats = mi.caveats_in(lang)
    if caveats:
        persian = len(mi.caveats_fa) == len(mi.caveats)
        parts.append(f"<section><h2>{_t('caveats', lang)}</h2><ul{cls(persian)}>")
        parts += [f"<li>{_prose(c, lang)}</li>" for c in caveats]
        parts.append("</ul></section>")
    parts.append(f'<p class="small">{_t("made", lang)}</p></body></html>')
    return "".join(parts)


def write_market_report(path: str | Path, mi: MarketIndicators, lang: str = "en") -> Path:
    """Write ``path`` as HTML or PDF (by its extension)."""
    return _write(path, lambda for_pdf: render_market_html(mi, lang, for_pdf=for_pdf))


def _write(path: str | Path, render: Any) -> Path:
    """``render(for_pdf)`` written to ``path``: HTML, or PDF by WeasyPrint."""
    out = Path(path)
    suffix = out.suffix.lower()
    if suffix in (".html", ".htm"):
        out.write_text(render(False), encoding="utf-8")
    elif suffix == ".pdf":
        import logging

        from weasyprint import HTML

        logging.getLogger("weasyprint").setLevel(logging.ERROR)
        out.write_bytes(bytes(HTML(string=render(True)).write_pdf()))
    else:
        from azadkar.errors import InputError

        raise InputError(f"report file {path!s} must end in .html or .pdf")
    return out


# -- two slices compared (azadkar market compare --output) ---------------------------------

_C = {
    "title": {"en": "Two slices of the market compared", "fa": "مقایسهٔ دو برش بازار"},
    "share": {
        "en": "Share of each slice's postings per category",
        "fa": "سهم هر دسته از آگهی‌های هر برش",
    },
    "pay": {
        "en": "Median hourly pay (USD) per category in each slice",
        "fa": "میانهٔ دستمزد ساعتی (دلار) هر دسته در هر برش",
    },
    "monthly": {
        "en": "Postings per month in each slice (all categories; not differenced)",
        "fa": "شمار آگهی‌های هر ماه در هر برش (همهٔ دسته‌ها؛ تفریق‌نشده)",
    },
    "grey_pay": {
        "en": f"grey: a median on fewer than {MIN_MEDIAN_N} hourly rates; B − A is not "
        "supported there",
        "fa": f"خاکستری: میانه‌ای بر کمتر از {fa_digits(MIN_MEDIAN_N)} نرخ ساعتی؛ تفاوت "
        "آنجا پشتیبانی نمی‌شود",
    },
    "grey_share": {
        "en": "grey: a share the comparison does not support (see the table)",
        "fa": "خاکستری: سهمی که مقایسه پشتیبانی نمی‌کند (جدول را ببینید)",
    },
    "no_figure": {"en": "no figure", "fa": "بی‌رقم"},
    "not_supported": {"en": "not supported", "fa": "پشتیبانی نمی‌شود"},
    "category": {"en": "category", "fa": "دسته"},
    "pay_type": {"en": "pay type", "fa": "نوع پرداخت"},
    "figure": {"en": "figure", "fa": "رقم"},
    "change": {"en": "change", "fa": "تغییر"},
    "notes": {"en": "Notes", "fa": "یادداشت‌ها"},
    "both": {"en": "Both slices", "fa": "هر دو برش"},
}
SIDE_COLOURS = ("#3b6ea5", "#d08c2c")


def _c(key: str, lang: str) -> str:
    return _C[key]["fa" if lang == "fa" else "en"]


def _cmp_figure(v: Any, kind: str, lang: str, *, signed: bool = False) -> str:
    """A comparison's figure: a count, dollars (cents), or a fraction (4 digits)."""
    if v is None:
        return "—"
    digits = {"count": 0, "money": 2, "pct": 1}.get(kind, 4)
    text = num(v, lang, digits)
    if kind == "money" and lang != "fa":
        text = f"${text}" if v >= 0 else f"−${text.lstrip('−')}"
    if signed and v > 0:
        text = "+" + text
    if kind == "pct":
        text += "٪" if lang == "fa" else "%"
    return text


def _cmp_chart_rows(cmp: Any, which: str, lang: str) -> list[dict[str, Any]]:
    """One bar per slice and category of the comparison's rows (``share`` of postings or
    hourly ``pay``): its figure and label, grey where the row is not supported."""
    fa = lang == "fa"
    out = []
    for r in cmp.rows:
        if which == "share" and (r.indicator, r.metric) != (
            "postings_by_category",
            "share_of_postings",
        ):
            continue
        if which == "pay" and (r.indicator, r.pay_type) != ("pay_by_category", "hourly"):
            continue
        for label, value, n in ((cmp.labels[0], r.a, r.n_a), (cmp.labels[1], r.b, r.n_b)):
            if which == "share":
                thin = not r.supported
                text = _no_figure(lang) if value is None else _cmp_figure(value * 100, "pct", lang)
            else:
                thin = not n or n < cmp.min_median_n
                text = (
                    _no_figure(lang)
                    if value is None
                    else f"{_cmp_figure(float(value), 'money', lang)} "
                    f"({_n_label(int(n or 0), thin, lang)})"
                )
            out.append(
                {
                    "category": _cat_name(r.category, lang),
                    "side": label,
                    "value": 0.0
                    if value is None
                    else float(value) * (100 if which == "share" else 1),
                    "thin": thin,
                    "label": RLM + text if fa else text,
                }
            )
    return out


def _no_figure(lang: str) -> str:
    return _c("no_figure", lang)


def _cmp_bar_chart(cmp: Any, which: str, lang: str, width: int = 520) -> Any:
    """Bars of slice A and slice B per category, side by side, each with its figure; a bar
    the comparison does not support is grey (and its label says why in the table)."""
    import textwrap

    import altair as alt

    data = _cmp_chart_rows(cmp, which, lang)
    if not data or all(d["value"] == 0 for d in data):
        return None
    fa = lang == "fa"
    sides = list(dict.fromkeys(d["side"] for d in data))
    y = alt.Y("category:N", title=None, sort=None, axis=alt.Axis(orient="right" if fa else "left"))
    x = alt.X("value:Q", title=None, scale=alt.Scale(reverse=fa))
    offset = alt.YOffset("side:N", sort=sides)
    colour = alt.condition(
        "datum.thin",
        alt.value(THIN_BAR),
        alt.Color(
            "side:N",
            sort=sides,
            scale=alt.Scale(domain=sides, range=list(SIDE_COLOURS)),
            legend=alt.Legend(title=None, orient="top"),
        ),
    )
    base = alt.Chart(alt.Data(values=data))
    bars = base.mark_bar().encode(y=y, x=x, yOffset=offset, color=colour)
    labels = base.mark_text(
        align="right" if fa else "left", dx=-4 if fa else 4, fontSize=9, color="#333"
    ).encode(y=y, x=x, yOffset=offset, text="label:N")
    room = max(len(d["label"]) for d in data) * 6 + 8
    plot = max(width - room, 100)
    grey = any(d["thin"] for d in data)
    subtitle: list[str] | str | None = None
    if grey:
        subtitle = _c("grey_pay" if which == "pay" else "grey_share", lang)
        if width <= NARROW_CHART:
            subtitle = textwrap.wrap(subtitle, max(40, (plot + room + 100) // 6))
    title = _c(which, lang)
    chart = alt.layer(bars, labels).properties(
        title=alt.TitleParams(title, subtitle=subtitle) if subtitle else title,
        width=plot,
        height=alt.Step(14),
        padding=16,
    )
    return _configure(chart, lang)


def _cmp_line_chart(cmp: Any, lang: str, width: int = 520) -> Any:
    """Postings per month of each slice as two lines on one month axis (not differenced).

    The axis has every month from the first to the last either slice holds, and each
    slice's line runs only through consecutive months it holds: a month it has no posting
    in (between two slices, or inside one) is a gap, never bridged by a line."""
    import altair as alt

    fa = lang == "fa"
    data = []
    every = cmp.monthly(every_month=True)
    axis = [fa_digits(r["month"]) if fa else r["month"] for r in every]
    for key, label in (("postings_a", cmp.labels[0]), ("postings_b", cmp.labels[1])):
        segment, before = 0, False
        for r, month in zip(every, axis, strict=True):
            if r[key] is None:
                segment += before
                before = False
                continue
            data.append(
                {"month": month, "side": label, "segment": f"{key}-{segment}", "value": r[key]}
            )
            before = True
    months = {d["month"] for d in data}
    if len(months) < MIN_CHART_MONTHS:
        return None
    sides = list(cmp.labels)
    chart = (
        alt.Chart(alt.Data(values=data))
        .mark_line(point=True)
        .encode(
            x=alt.X(
                "month:O",
                sort=None,
                scale=alt.Scale(domain=axis[::-1] if fa else axis),
                title=_t("gregorian_months", lang) if fa else None,
                axis=alt.Axis(
                    labelAngle=-45,
                    labelOverlap="greedy",
                    titleFontWeight="normal",
                    titleColor="#555",
                ),
            ),
            y=alt.Y(
                "value:Q",
                title=None,
                scale=alt.Scale(zero=False),
                axis=alt.Axis(orient="right" if fa else "left"),
            ),
            color=alt.Color(
                "side:N",
                sort=sides,
                scale=alt.Scale(domain=sides, range=list(SIDE_COLOURS)),
                legend=alt.Legend(title=None, orient="top"),
            ),
            detail="segment:N",  # one line per run of months a slice holds
        )
        .properties(title=_c("monthly", lang), width=width, height=220, padding=16)
    )
    return _configure(chart, lang)


def compare_charts(cmp: Any, lang: str, width: int = 520) -> list[tuple[str, Any]]:
    """(key, Altair chart) of a comparison: shares, hourly pay, postings per month."""
    out = []
    for key in ("share", "pay"):
        chart = _cmp_bar_chart(cmp, key, lang, width)
        if chart is not None:
            out.append((key, chart))
    line = _cmp_line_chart(cmp, lang, max(width, 280))
    if line is not None:
        out.append(("monthly", line))
    return out


def _cmp_table(cmp: Any, name: str, rows: list[Any], lang: str) -> str:
    """One indicator's rows as a table: A, B by their labels, B − A and the change; a row
    the data does not support says so, with a numbered reason under the table."""
    from azadkar.market._indicators import PAY_TYPE_FA

    fa = lang == "fa"
    la, lb = cmp.labels
    has_cat = name not in ("slice", "ai_training")
    has_pt = any(r.pay_type for r in rows)
    with_change = any(r.kind != "fraction" for r in rows)
    heads = [_c("category", lang)] if has_cat else []
    heads += [_c("pay_type", lang)] if has_pt else []
    heads += [_c("figure", lang), la, lb, f"{lb} − {la}"]
    heads += [_c("change", lang)] if with_change else []
    why: dict[str, int] = {}
    body = []
    for r in rows:
        d = r.to_dict()
        cells = []
        if has_cat:
            cells.append(
                MARKET_WIDE_WORDS[lang] if r.category is None else _cat_name(r.category, lang)
            )
        if has_pt:
            pt = r.pay_type or ""
            cells.append(PAY_TYPE_FA.get(pt, pt) if fa else pt)
        metric = METRIC_NAMES.get(r.metric)
        cells.append(metric[1 if fa else 0] if metric else column_label(r.metric, lang))
        cells += [_cmp_figure(d["a"], r.kind, lang), _cmp_figure(d["b"], r.kind, lang)]
        n_text = len(cells) - 2  # the naming cells; then A's and B's figures
        tds = "".join(
            f"<td>{html.escape(c)}</td>" if i < n_text else _figure_cell(c)
            for i, c in enumerate(cells)
        )
        if r.supported:
            tds += _figure_cell(_cmp_figure(d["difference"], r.kind, lang, signed=True))
            if with_change:
                ch = d["change"]
                shown = "—" if ch is None else _cmp_figure(ch * 100, "pct", lang, signed=True)
                tds += _figure_cell(shown)
        else:
            text = str(r.why_not_fa if fa and r.why_not_fa else r.why_not)
            k = why.setdefault(text, len(why) + 1)
            span = 2 if with_change else 1
            tds += (
                f'<td class="unsupported" colspan="{span}">{_c("not_supported", lang)} '
                f"({num(k, lang)})</td>"
            )
        body.append(f"<tr>{tds}</tr>")
    head = "".join(f"<th>{html.escape(h)}</th>" for h in heads)
    keep = " keep" if len(rows) <= KEEP_ROWS else ""
    # each reason once, numbered as its cells say it («(۱)» in Persian digits)
    reasons = (
        '<ul class="small reasons">'
        + "".join(f"<li>({num(k, lang)}) {_prose(t, lang)}</li>" for t, k in why.items())
        + "</ul>"
        if why
        else ""
    )
    return (
        f'<div class="scroll{keep}"><table><thead><tr>{head}</tr></thead>'
        f"<tbody>{''.join(body)}</tbody></table></div>{reasons}"
    )


MARKET_WIDE_WORDS = {"en": "market-wide", "fa": "کل بازار"}


def _figure_cell(text: str) -> str:
    """A figure's cell, left to right and on one line: in a Persian table «+۲۵۹» read
    «۲۵۹+» and «−۰٫۰۰۳۶» «۰٫۰۰۳۶−» without it."""
    return f'<td class="nw"><bdi dir="ltr">{html.escape(text)}</bdi></td>'


def render_compare_html(cmp: Any, lang: str = "en", *, for_pdf: bool = False) -> str:
    """A comparison of two slices (:class:`azadkar.market.MarketComparison`) as one
    self-contained HTML document: each slice named, charts of A beside B, the tables with
    B − A where both slices support it (else "not supported" and why), the notes and each
    slice's caveats."""
    from azadkar.report.charts import to_png, to_svg

    fa = lang == "fa"
    meta = [
        f'{_t("store", lang)}: <span class="en">{html.escape(Path(cmp.a.db).name)}</span>',
        report_date(dt.date.today(), lang),
    ]
    parts = [
        _document_head(lang, _c("title", lang), for_pdf),
        "<style>td.unsupported{color:#8a5a00;font-style:italic}.reasons{margin-top:.25rem;"
        "list-style:none;padding-inline-start:.5rem}"
        ".side-name{display:inline-block;min-width:1.2rem;font-weight:bold}</style>",
        f"<h1>{_c('title', lang)}</h1>",
        '<ul class="small meta">' + "".join(f"<li>{m}</li>" for m in meta) + "</ul>",
    ]
    for mi, label, colour in zip((cmp.a, cmp.b), cmp.labels, SIDE_COLOURS, strict=True):
        parts.append(
            f'<p class="slice"><span class="side-name" style="color:{colour}">'
            f"<bdi>{html.escape(label)}</bdi></span>: <b>{_prose(mi.slice_line(lang), lang)}</b></p>"
        )
    if for_pdf:
        for key, chart in compare_charts(cmp, lang):
            png = base64.b64encode(to_png(chart, scale=2.0)).decode("ascii")
            parts.append(f'<section><img alt="{key}" src="data:image/png;base64,{png}"></section>')
    else:
        narrow = dict(compare_charts(cmp, lang, NARROW_CHART))
        for key, chart in compare_charts(cmp, lang):
            parts.append(
                f'<section><div class="chart-wide">{to_svg(chart)}</div>'
                f'<div class="chart-narrow">{to_svg(narrow[key])}</div></section>'
            )
    by: dict[str, list[Any]] = {}
    for r in cmp.rows:
        by.setdefault(r.indicator, []).append(r)
    for name, rows in by.items():
        title = SECTION_TITLES.get(name, (name, name))[1 if fa else 0]
        parts.append(f"<section><h2>{html.escape(title)}</h2>{_cmp_table(cmp, name, rows, lang)}")
        if name == "ai_training":
            # the source report's $2.4/h: a cited claim, the same for both slices
            for mi in (cmp.a, cmp.b):
                claims = mi.get("ai_training").cited
                if claims:
                    c = claims[0]
                    parts.append(
                        f'<div class="cited keep"><p><b>{_t("cited", lang)}:</b> '
                        f"{_prose(c.claim_in(lang), lang)} "
                        f'<span class="small">({_prose(c.source_in(lang), lang)})</span></p></div>'
                    )
                    break
        parts.append("</section>")
    parts.append(f'<section><h2>{_c("notes", lang)}</h2><ul class="small">')
    parts += [f"<li>{_prose(n, lang)}</li>" for n in cmp.notes_in(lang)]
    parts.append("</ul></section>")
    parts.append(f"<section><h2>{_t('caveats', lang)}</h2><ul>")
    parts += [f"<li>{_prose(c, lang)}</li>" for c in cmp.caveats_in(lang)]
    parts.append("</ul></section>")
    parts.append(f'<p class="small">{_t("made", lang)}</p></body></html>')
    return "".join(parts)


def write_compare_report(path: str | Path, cmp: Any, lang: str = "en") -> Path:
    """Write a comparison to ``path`` as HTML or PDF (by its extension)."""
    return _write(path, lambda for_pdf: render_compare_html(cmp, lang, for_pdf=for_pdf))


__all__ = [
    "render_compare_html",
    "render_market_html",
    "write_compare_report",
    "write_market_report",
]
