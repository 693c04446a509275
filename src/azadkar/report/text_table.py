"""Plain tables for the terminal that fit its width: heads wrapped on words, text cells
folded, and a table too wide split into several that repeat the key columns. Used by the
``azadkar market`` commands; nothing is ever cut off."""

from __future__ import annotations

from typing import Any


def text_console() -> Any:
    """A rich console for the text output, as wide as the terminal ($COLUMNS, else 80 when
    the output is no terminal); no markup, highlighting or emoji codes read in the data."""
    from rich.console import Console

    return Console(highlight=False, markup=False, emoji=False)


def _fold(text: str, width: int) -> list[str]:
    """``text`` cut into pieces of at most ``width`` cells (a name too long for its column)."""
    from rich.cells import cell_len

    out, cur = [], ""
    for ch in text:
        if cur and cell_len(cur + ch) > width:
            # break after the last "-", "_", "." or space when there is one
            at = max(cur.rfind(b) for b in "-_. ")
            if at <= 0:
                at = len(cur) - 1
            out.append(cur[: at + 1].rstrip())
            cur = cur[at + 1 :].lstrip(" ")
        cur += ch
    return [*out, cur] if cur or not out else out


def _head_lines(head: str, width: int) -> list[str]:
    """A column head wrapped at spaces and after hyphens to ``width`` cells."""
    import re

    from rich.cells import cell_len

    lines: list[str] = []
    cur = ""
    for tok in re.findall(r"[^ -]*-|[^ -]+", head):
        if not cur:
            cur = tok
        elif cell_len(cur) + (0 if cur.endswith("-") else 1) + cell_len(tok) <= width:
            cur = f"{cur}{'' if cur.endswith('-') else ' '}{tok}"
        else:
            lines.append(cur)
            cur = tok
    lines.append(cur)
    return [piece for line in lines for piece in _fold(line, width)]


def _min_head(head: str) -> int:
    """The narrowest a head may be: its longest word (hyphenated words break)."""
    import re

    from rich.cells import cell_len

    return max((cell_len(t) for t in re.findall(r"[^ -]*-|[^ -]+", head)), default=1)


def col_widths(heads: list[str], rows: list[list[str]]) -> list[int]:
    from rich.cells import cell_len

    return [
        max(_min_head(h), *(cell_len(r[i]) for r in rows)) if rows else _min_head(h)
        for i, h in enumerate(heads)
    ]


def _table_lines(
    heads: list[str],
    rows: list[list[str]],
    widths: list[int],
    text_columns: set[int],
    gap: int = 2,
) -> list[str]:
    """A table without borders: heads wrapped and set on the bottom line, text cells left
    and folded to their width, numbers right-aligned (never broken)."""
    from rich.cells import cell_len

    def pad(text: str, w: int, left: bool) -> str:
        space = " " * max(0, w - cell_len(text))
        return text + space if left else space + text

    def block(cells: list[str], head: bool) -> list[str]:
        parts = [
            _head_lines(c, w) if head else (_fold(c, w) if i in text_columns else [c])
            for i, (c, w) in enumerate(zip(cells, widths, strict=True))
        ]
        depth = max(len(p) for p in parts)
        if head:  # heads sit on the bottom line, above the numbers
            parts = [[""] * (depth - len(p)) + p for p in parts]
        else:
            parts = [p + [""] * (depth - len(p)) for p in parts]
        return [
            (" " * gap)
            .join(
                pad(p[k], w, i in text_columns)
                for i, (p, w) in enumerate(zip(parts, widths, strict=True))
            )
            .rstrip()
            for k in range(depth)
        ]

    out = block(heads, True)
    for r in rows:
        out += block(r, False)
    return out


def print_table(
    console: Any,
    heads: list[str],
    rows: list[list[str]],
    *,
    text_columns: set[int] | None = None,
    key_columns: int = 0,
    indent: int = 0,
    together: set[int] | None = None,
) -> None:
    """Print a table fitted to the console. When it is too wide, its value columns are
    split over several tables, each repeating the first ``key_columns`` (month, category
    ...); text cells fold when even that does not fit. Nothing is cut off. A column in
    ``together`` stays in the same table as the column after it (a count and the median
    it stands on are never split apart)."""
    from rich.cells import cell_len

    text_columns = text_columns or set()
    room = max(20, console.width - indent)
    widths = col_widths(heads, rows)
    keys = list(range(key_columns))
    values = list(range(key_columns, len(heads)))
    gap = 2

    def span(cols: list[int]) -> int:
        return sum(widths[i] for i in cols) + gap * max(0, len(cols) - 1)

    # Units that are never split: a column in ``together`` and the one after it.
    units: list[list[int]] = []
    for i in values:
        if units and units[-1][-1] + 1 == i and units[-1][-1] in (together or set()):
            units[-1].append(i)
        else:
            units.append([i])
    groups: list[list[int]] = []
    cur: list[int] = []
    for unit in units:
        if cur and span(keys + cur + unit) > room:
            groups.append(cur)
            cur = []
        cur += unit
    groups.append(cur)
    for n, group in enumerate(groups):
        cols = keys + group
        w = [widths[i] for i in cols]
        over = sum(w) + gap * (len(cols) - 1) - room
        # Room to spare: heads on one line, the cheapest first.
        for k in sorted(range(len(cols)), key=lambda k: cell_len(heads[cols[k]]) - w[k]):
            more = cell_len(heads[cols[k]]) - w[k]
            if 0 < more <= -over:
                w[k] += more
                over += more
        # Still too wide (long names in the key columns): fold the widest text columns.
        while over > 0:
            texts = [k for k, i in enumerate(cols) if i in text_columns and w[k] > 8]
            if not texts:
                break
            k = max(texts, key=lambda k: w[k])
            cut = min(over, w[k] - 8)
            w[k] -= cut
            over -= cut
        if n:
            console.print()
        lines = _table_lines(
            [heads[i] for i in cols],
            [[r[i] for i in cols] for r in rows],
            w,
            {k for k, i in enumerate(cols) if i in text_columns},
            gap,
        )
        for line in lines:
            console.print(" " * indent + line, soft_wrap=True)
