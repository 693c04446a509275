"""Small server-side SVG charts (no script, no external library), mirrored for RTL.

Charts are drawn with SVG geometry attributes only, so the strict Content Security
Policy (no inline styles, no inline script) holds. Labels are escaped.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from markupsafe import Markup, escape

# Calm, colour-blind-safe pair (Okabe-Ito blue and vermilion) plus greys.
SERIES_CLASSES = ("s0", "s1", "s2", "s3", "s4", "s5")


@dataclass(frozen=True, slots=True)
class Row:
    label: str
    values: tuple[float | None, ...]
    note: str = ""  # right-hand (or left in RTL) small text, e.g. "time 40%"


def _fmt_attr(x: float) -> str:
    return f"{x:.1f}"


_ANCHOR = re.compile(r'<text ([^>]*?)text-anchor="(start|end)"')


def _finish(parts: list[str], rtl: bool) -> Markup:
    """Join the SVG; for RTL give every text ``direction="rtl"`` (so Persian labels with
    Latin words order correctly) and swap start/end so the physical anchors stay put."""
    svg = "".join(parts)
    if rtl:
        swap = {"start": "end", "end": "start"}
        svg = _ANCHOR.sub(
            lambda m: f'<text {m.group(1)}direction="rtl" text-anchor="{swap[m.group(2)]}"', svg
        )
    return Markup(svg)


#: Height of a line of a stacked row's label (its text is 14-15 units, style.css).
HEAD_LINE_H = 18
#: Room between a stacked row's label and its bars: 4 units for one line, as drawn before
#: labels wrapped; a little more under a wrapped label's Persian descenders.
HEAD_GAP = 4
#: Size of that text, for the width estimates.
HEAD_SIZE = 15.0


def _head_lines(row: Row, width: float) -> list[str]:
    """A stacked row's label in lines that fit beside its note, broken between words."""
    room = width - (_text_width(row.note, 13.0) + 12 if row.note else 0)
    return _wrap_words(row.label, room, HEAD_SIZE)


def _svg_open(width: float, height: float, title: str, desc: str) -> str:
    """A chart's opening tag, named for screen readers: its title, then its figures (the
    name alone said what the chart was about, never what it showed)."""
    label = f"{title}: {desc}" if title and desc else title or desc
    head = (
        f'<svg class="chart" viewBox="0 0 {round(width)} {math.ceil(height)}" width="100%" '
        'role="img" '
        f'aria-label="{escape(label)}" xmlns="http://www.w3.org/2000/svg">'
    )
    if title:
        head += f"<title>{escape(title)}</title>"
    if desc:
        head += f"<desc>{escape(desc)}</desc>"
    return head


def bars(
    rows: Sequence[Row],
    series: Sequence[str],
    *,
    rtl: bool,
    fmt: Callable[[float], str],
    vmax: float = 1.0,
    title: str = "",
    width: int = 720,
    label_width: int = 230,
    stacked: bool = False,
    classes: Sequence[str] = SERIES_CLASSES,
    font_size: float = 13.0,
) -> Markup:
    """Grouped horizontal bars: one group per row, one bar per series, value at the tip.

    ``stacked`` puts each row's label above its bars instead of beside them (for phones).
    ``classes`` are the series' colour classes (the report's colours, when it has them).
    The legend wraps onto as many rows as it needs (``font_size``: the size the style
    sheet gives its text, for the estimate): on one row, a long legend ran past the
    chart's edge, where a phone cut it off. Screen readers get the figures themselves
    (the chart's name and a description listing every bar).
    """
    n = max(len(series), 1)
    bar_h, gap, group_gap = (14, 4, 18) if n > 1 else (18, 0, 14)
    if n == 1 and any(r.note for r in rows) and not stacked:
        group_gap = 26  # room for the note under a single bar
    # stacked: each row's label on as many lines as it needs above its bars, beside the
    # note (a label wider than the chart was cut at its edge)
    heads = [_head_lines(row, width) if stacked else [row.label] for row in rows]
    if stacked:
        label_width = 0
    group_h = n * bar_h + (n - 1) * gap
    # a single series needs no legend: the caption names it
    legend_svg, legend_used = (
        _legend(series, classes, width, font_size, 20, rtl) if n > 1 else ([], 0.0)
    )
    legend_h = 6 + legend_used if n > 1 else 4
    height = (
        legend_h
        + sum((HEAD_LINE_H * len(h) + HEAD_GAP + 3 * (len(h) > 1) if stacked else 0) for h in heads)
        + len(rows) * (group_h + group_gap)
        + 6
    )
    plot_w = width - label_width - 70
    vmax = vmax or 1.0
    desc = "; ".join(
        f"{row.label}: "
        + ", ".join(
            f"{name} {'—' if v is None else fmt(v)}"
            for name, v in zip(series or [""], row.values, strict=False)
        ).strip()
        + (f" ({row.note})" if row.note else "")
        for row in rows
    )
    out = [_svg_open(width, height, title, desc), *legend_svg]
    y = float(legend_h)
    for row, head in zip(rows, heads, strict=True):
        label_x = width if rtl else 0
        anchor = "end" if rtl else "start"
        if stacked:
            for k, line in enumerate(head):
                out.append(
                    f'<text class="label" x="{label_x}" y="{_fmt_attr(y + 15 + k * HEAD_LINE_H)}" '
                    f'text-anchor="{anchor}">{escape(line)}</text>'
                )
            if row.note:
                nx = 0 if rtl else width
                out.append(
                    f'<text class="note" x="{nx}" y="{_fmt_attr(y + 15)}" '
                    f'text-anchor="{"start" if rtl else "end"}">{escape(row.note)}</text>'
                )
            y += HEAD_LINE_H * len(head) + HEAD_GAP + 3 * (len(head) > 1)
        else:
            out.append(
                f'<text class="label" x="{label_x}" '
                f'y="{_fmt_attr(y + group_h / 2 + (-2 if row.note else 4))}" '
                f'text-anchor="{anchor}">{escape(row.label)}</text>'
            )
            if row.note:
                out.append(
                    f'<text class="note" x="{label_x}" y="{_fmt_attr(y + group_h / 2 + 13)}" '
                    f'text-anchor="{anchor}">{escape(row.note)}</text>'
                )
        for i, v in enumerate(row.values):
            by = y + i * (bar_h + gap)
            frac = 0.0 if v is None else max(0.0, min(v / vmax, 1.0))
            w = plot_w * frac
            start = width - label_width if rtl else label_width
            # the track, then the bar
            tx0 = start - plot_w if rtl else start
            out.append(
                f'<rect class="track" x="{_fmt_attr(tx0)}" y="{_fmt_attr(by)}" '
                f'width="{_fmt_attr(plot_w)}" height="{bar_h}" rx="3"/>'
            )
            bx = start - w if rtl else start
            out.append(
                f'<rect class="{classes[i % len(classes)]}" x="{_fmt_attr(bx)}" y="{_fmt_attr(by)}" '
                f'width="{_fmt_attr(w)}" height="{bar_h}" rx="3"/>'
            )
            vx = start - plot_w - 8 if rtl else start + plot_w + 8
            text = "—" if v is None else fmt(v)
            out.append(
                f'<text class="value" x="{_fmt_attr(vx)}" y="{_fmt_attr(by + bar_h - 3)}" '
                f'text-anchor="{"end" if rtl else "start"}">{escape(text)}</text>'
            )
        y += group_h + group_gap
    out.append("</svg>")
    return _finish(out, rtl)


def dual(wide: Markup, narrow: Markup, tiny: Markup | None = None) -> Markup:
    """The layouts of a chart; the style sheet shows the one that fits the screen.

    ``tiny`` is for a phone zoomed to 200% (under 360 px of page width): drawn narrower
    still, its text stays near the page's size instead of shrinking with the chart.
    """
    out = f'<div class="chart-wide">{wide}</div><div class="chart-narrow">{narrow}</div>'
    if tiny is not None:
        out += f'<div class="chart-tiny">{tiny}</div>'
    return Markup(out)


def _nice_step(raw: float) -> float:
    """The smallest of 1, 2, 2.5, 5 x 10^k that is at least ``raw`` (> 0)."""
    if raw <= 0 or not math.isfinite(raw):
        return 1.0
    base = 10 ** math.floor(math.log10(raw))
    for m in (1.0, 2.0, 2.5, 5.0, 10.0):
        if m * base >= raw - 1e-12:
            return m * base
    return 10 * base


def _text_width(text: str, size: float = 12.5) -> float:
    """A generous estimate of a label's width in SVG units (no font metrics on the server):
    about 0.6 em a character, a little more for capitals and digits."""
    return sum(size * (0.68 if ch.isupper() or ch.isdigit() else 0.58) for ch in text)


def legend_rows(names: Sequence[str], width: float, size: float = 12.5) -> list[list[int]]:
    """The legend's entries (indexes of ``names``) row by row, wrapped to ``width``."""
    rows: list[list[int]] = [[]]
    used = 0.0
    for i, name in enumerate(names):
        w = 18 + _text_width(name, size) + 16
        if rows[-1] and used + w > width:
            rows.append([])
            used = 0.0
        rows[-1].append(i)
        used += w
    return rows


def _wrap_words(text: str, room: float, size: float) -> list[str]:
    """``text`` in lines no wider than ``room`` (estimated), broken between words."""
    out: list[str] = []
    for word in text.split():
        if out and _text_width(f"{out[-1]} {word}", size) <= room:
            out[-1] = f"{out[-1]} {word}"
        else:
            out.append(word)
    return out or [text]


def _legend(
    names: Sequence[str],
    classes: Sequence[str],
    width: float,
    size: float,
    row_h: float,
    rtl: bool,
) -> tuple[list[str], float]:
    """The legend's SVG (swatch and name per series, from the chart's start edge) and the
    height it takes. Entries wrap onto new rows, and a name wider than the chart onto
    lines of its own, so nothing runs past the chart's edge."""
    rows = legend_rows(names, width, size)
    parts: list[str] = []
    y0 = 4.0
    for entries in rows:
        lx = 0.0
        tallest = 1
        for i in entries:
            text = _wrap_words(names[i], width - 34, size)
            tallest = max(tallest, len(text))
            x = width - lx - 12 if rtl else lx
            parts.append(
                f'<rect class="{classes[i % len(classes)]}" x="{_fmt_attr(x)}" '
                f'y="{_fmt_attr(y0)}" width="12" height="12" rx="2"/>'
            )
            tx = x - 6 if rtl else x + 18
            for k, line in enumerate(text):
                parts.append(
                    f'<text class="legend" x="{_fmt_attr(tx)}" '
                    f'y="{_fmt_attr(y0 + 10 + k * (size + 4))}" '
                    f'text-anchor="{"end" if rtl else "start"}">{escape(line)}</text>'
                )
            lx += 18 + max(_text_width(line, size) for line in text) + 16
        y0 += row_h + (tallest - 1) * (size + 4)
    return parts, y0 - 4


# A Gregorian month as a Persian page writes it (۲۰۲۴-۰۶): the x labels of a monthly chart.
_FA_MONTH = re.compile("^[\u06f0-\u06f9]{4}-[\u06f0-\u06f9]{2}$")


def jalali_axis_labels(x_labels: Sequence[str], rtl: bool) -> list[str] | None:
    """For a right-to-left chart whose x labels are all Gregorian months in Persian digits,
    the Jalali months each spans («خرداد–تیر ۱۴۰۳»), drawn on a second line under the month
    as the tables label it; None for any other chart."""
    if not rtl or not x_labels or not all(_FA_MONTH.match(lab) for lab in x_labels):
        return None
    from azadkar.market._indicators import jalali_months

    ascii_digits = str.maketrans("۰۱۲۳۴۵۶۷۸۹", "0123456789")
    return [jalali_months(lab.translate(ascii_digits)) for lab in x_labels]


def runs(values: Sequence[float | None]) -> list[list[tuple[int, float]]]:
    """The runs of consecutive values that are not None, each as (index, value) pairs:
    ``[1, 2, None, 4]`` is ``[[(0, 1), (1, 2)], [(3, 4)]]``. A line chart draws one line
    per run, so it never draws a line through a point that has no value."""
    out: list[list[tuple[int, float]]] = []
    current: list[tuple[int, float]] = []
    for i, v in enumerate(values):
        if v is None:
            if current:
                out.append(current)
            current = []
        else:
            current.append((i, v))
    if current:
        out.append(current)
    return out


def lines(
    x_labels: Sequence[str],
    series: Sequence[tuple[str, Sequence[float | None]]],
    *,
    rtl: bool,
    fmt: Callable[[float], str],
    title: str = "",
    width: int = 720,
    height: int = 280,
    vmin: float = 0.0,
    max_x_labels: int = 8,
    classes: Sequence[str] = SERIES_CLASSES,
    font_size: float = 12.5,
) -> Markup:
    """A line chart over ordered x labels (months). Time runs right-to-left in RTL.

    The legend wraps onto as many rows as it needs (the plot moves down), and at most
    ``max_x_labels`` x labels are written, fewer when they would not fit side by side (the
    first and last always, anchored inwards so neither is cut at the chart's edge).
    ``font_size`` is the size the style sheet gives legend and axis text (for the estimates).
    """
    names = [name for name, _ in series]
    row_h = font_size + 8
    legend_svg, legend_used = _legend(names, classes, width, font_size, row_h, rtl)
    # Persian months: the Jalali months under each Gregorian one (a second line of labels)
    jalali = jalali_axis_labels(x_labels, rtl)
    left, right, top, bottom = 56, 20, int(legend_used + 14), 40 + (18 if jalali else 0)
    if rtl:
        left, right = right, left
    plot_w = width - left - right
    height += top - 30 + (bottom - 40)  # the plot keeps its height whatever the legend needs
    plot_h = height - top - bottom
    values = [v for _, vs in series for v in vs if v is not None]
    vmax = max(values) if values else 1.0
    vmax = vmax if vmax > vmin else vmin + 1.0
    # Round gridlines (1, 2, 2.5 or 5 x 10^k apart), with room above the highest point.
    step = _nice_step((vmax - vmin) / 4)
    vmin = math.floor(vmin / step + 1e-9) * step
    vmax = (math.floor(vmax / step + 1e-9) + 1) * step
    ticks = [vmin + step * k for k in range(round((vmax - vmin) / step) + 1)]
    n = max(len(x_labels), 1)

    def px(i: int) -> float:
        frac = i / (n - 1) if n > 1 else 0.5
        return left + (plot_w * (1 - frac) if rtl else plot_w * frac)

    def py(v: float) -> float:
        return top + plot_h * (1 - (v - vmin) / (vmax - vmin))

    desc = "; ".join(
        f"{name}: "
        + ", ".join(
            f"{x_labels[i]}{f' ({jalali[i]})' if jalali else ''} {fmt(v)}"
            for i, v in enumerate(vs)
            if v is not None and i < len(x_labels)
        )
        for name, vs in series
    )
    out = [_svg_open(width, height, title, desc)]
    for v in ticks:
        yy = py(v)
        out.append(
            f'<line class="grid" x1="{left}" x2="{left + plot_w}" y1="{_fmt_attr(yy)}" y2="{_fmt_attr(yy)}"/>'
        )
        ax = left + plot_w + 6 if rtl else left - 6
        out.append(
            f'<text class="axis" x="{_fmt_attr(ax)}" y="{_fmt_attr(yy + 4)}" '
            f'text-anchor="{"start" if rtl else "end"}">{escape(fmt(v))}</text>'
        )
    # as many x labels as fit side by side, at most max_x_labels
    label_w = (
        max((_text_width(lab, font_size) for lab in [*x_labels, *(jalali or [])]), default=0.0) + 14
    )
    fit = max(2, int(plot_w // label_w) + 1) if n > 1 else 1
    shown = max(1, min(max_x_labels, fit))
    step = max(1, math.ceil((n - 1) / max(1, shown - 1))) if n > 1 else 1
    keep = set(range(0, n, step))
    last_kept = max(keep)
    if last_kept != n - 1:
        if last_kept > 0 and (n - 1 - last_kept) < step / 2:
            keep.discard(last_kept)  # it would crowd the last label
        keep.add(n - 1)
    for i, lab in enumerate(x_labels):
        if i not in keep:
            continue
        x = px(i)
        # the labels at the plot's two ends grow inwards, so neither is cut off
        if n > 1 and x <= left + 1:
            anchor = "start"
        elif n > 1 and x >= left + plot_w - 1:
            anchor = "end"
        else:
            anchor = "middle"
        out.append(
            f'<text class="axis" x="{_fmt_attr(x)}" y="{height - bottom + 18}" '
            f'text-anchor="{anchor}">{escape(lab)}</text>'
        )
        if jalali:
            out.append(
                f'<text class="axis" x="{_fmt_attr(x)}" y="{height - bottom + 36}" '
                f'text-anchor="{anchor}">{escape(jalali[i])}</text>'
            )
    for si, (_name, vs) in enumerate(series):
        cls = classes[si % len(classes)]
        pts = [(px(i), py(v)) for i, v in enumerate(vs) if v is not None]
        # one polyline per run of x labels the series has a value for: a label it has
        # none for (None: a month a slice does not cover) is a gap, never bridged
        for run in runs(vs):
            if len(run) > 1:
                d = " ".join(f"{_fmt_attr(px(i))},{_fmt_attr(py(v))}" for i, v in run)
                out.append(f'<polyline class="line {cls}" points="{d}"/>')
        for x, y in pts:
            out.append(f'<circle class="{cls}" cx="{_fmt_attr(x)}" cy="{_fmt_attr(y)}" r="3"/>')
    out.extend(legend_svg)
    out.append("</svg>")
    return _finish(out, rtl)


__all__ = [
    "HEAD_LINE_H",
    "Row",
    "bars",
    "dual",
    "jalali_axis_labels",
    "legend_rows",
    "lines",
    "runs",
]
