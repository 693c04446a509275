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
) -> Markup:
    """Grouped horizontal bars: one group per row, one bar per series, value at the tip.

    ``stacked`` puts each row's label above its bars instead of beside them (for phones).
    ``classes`` are the series' colour classes (the report's colours, when it has them).
    """
    n = max(len(series), 1)
    bar_h, gap, group_gap = (14, 4, 18) if n > 1 else (18, 0, 14)
    if n == 1 and any(r.note for r in rows) and not stacked:
        group_gap = 26  # room for the note under a single bar
    head_h = 22 if stacked else 0
    if stacked:
        label_width = 0
    group_h = n * bar_h + (n - 1) * gap
    # a single series needs no legend: the caption names it
    legend_h = 26 if n > 1 else 4
    height = legend_h + len(rows) * (head_h + group_h + group_gap) + 6
    plot_w = width - label_width - 70
    vmax = vmax or 1.0
    out = [
        f'<svg class="chart" viewBox="0 0 {width} {height}" width="100%" role="img" '
        f'aria-label="{escape(title)}" xmlns="http://www.w3.org/2000/svg">'
    ]
    if title:
        out.append(f"<title>{escape(title)}</title>")
    # legend
    lx = 0.0
    for i, name in enumerate(series if n > 1 else ()):
        x = width - lx - 12 if rtl else lx
        out.append(
            f'<rect class="{classes[i % len(classes)]}" x="{_fmt_attr(x)}" y="4" '
            'width="12" height="12" rx="2"/>'
        )
        tx = x - 6 if rtl else x + 18
        anchor = "end" if rtl else "start"
        out.append(
            f'<text class="legend" x="{_fmt_attr(tx)}" y="14" text-anchor="{anchor}">{escape(name)}</text>'
        )
        lx += 30 + 8 * len(name)
    y = float(legend_h)
    for row in rows:
        label_x = width if rtl else 0
        anchor = "end" if rtl else "start"
        if stacked:
            out.append(
                f'<text class="label" x="{label_x}" y="{_fmt_attr(y + 15)}" '
                f'text-anchor="{anchor}">{escape(row.label)}</text>'
            )
            if row.note:
                nx = 0 if rtl else width
                out.append(
                    f'<text class="note" x="{nx}" y="{_fmt_attr(y + 15)}" '
                    f'text-anchor="{"start" if rtl else "end"}">{escape(row.note)}</text>'
                )
            y += head_h
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


def dual(wide: Markup, narrow: Markup) -> Markup:
    """Both layouts of a chart; the style sheet shows the one that fits the screen."""
    return Markup(f'<div class="chart-wide">{wide}</div><div class="chart-narrow">{narrow}</div>')


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
    legend = legend_rows(names, width, font_size)
    row_h = font_size + 8
    left, right, top, bottom = 56, 20, int(len(legend) * row_h + 14), 40
    if rtl:
        left, right = right, left
    plot_w = width - left - right
    height += top - 30  # the plot keeps its height whatever the legend needs
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

    out = [
        f'<svg class="chart" viewBox="0 0 {width} {height}" width="100%" role="img" '
        f'aria-label="{escape(title)}" xmlns="http://www.w3.org/2000/svg">'
    ]
    if title:
        out.append(f"<title>{escape(title)}</title>")
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
    label_w = max((_text_width(lab, font_size) for lab in x_labels), default=0.0) + 14
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
    for si, (_name, vs) in enumerate(series):
        cls = classes[si % len(classes)]
        pts = [(px(i), py(v)) for i, v in enumerate(vs) if v is not None]
        if len(pts) > 1:
            d = " ".join(f"{_fmt_attr(x)},{_fmt_attr(y)}" for x, y in pts)
            out.append(f'<polyline class="line {cls}" points="{d}"/>')
        for x, y in pts:
            out.append(f'<circle class="{cls}" cx="{_fmt_attr(x)}" cy="{_fmt_attr(y)}" r="3"/>')
    for r, entries in enumerate(legend):
        lx = 0.0
        y0 = 4 + r * row_h
        for si in entries:
            name = names[si]
            cls = classes[si % len(classes)]
            x0 = width - lx - 12 if rtl else lx
            out.append(
                f'<rect class="{cls}" x="{_fmt_attr(x0)}" y="{_fmt_attr(y0)}" width="12" '
                'height="12" rx="2"/>'
            )
            tx = x0 - 6 if rtl else x0 + 18
            out.append(
                f'<text class="legend" x="{_fmt_attr(tx)}" y="{_fmt_attr(y0 + 10)}" '
                f'text-anchor="{"end" if rtl else "start"}">{escape(name)}</text>'
            )
            lx += 18 + _text_width(name, font_size) + 16
    out.append("</svg>")
    return _finish(out, rtl)


__all__ = ["Row", "bars", "dual", "legend_rows", "lines"]
