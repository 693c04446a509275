"""Plain-text rendering of a classification (no colour needed: it is piped as often as read)."""

from __future__ import annotations

from typing import Any


def _name(kind: str, ident: str, lang: str) -> str:
    try:
        from azadkar.taxonomy import load_taxonomy

        tax = load_taxonomy()
        obj = tax.category(ident) if kind == "category" else tax.service(ident)
        return obj.name(lang)
    except Exception:  # an id the taxonomy does not know (e.g. a custom model): show it raw
        return ident


# What each input flag means, for a person reading one classification.
FLAG_REASONS = {
    "en": {
        "empty": "nothing but whitespace; not classified",
        "binary": "too many control or broken characters (over 30%); not classified",
        "no_words": "not one letter in any script: a number, a price or punctuation; not classified",
        "too_long": "over 100 KB; classified from its first 100 KB",
        "unknown_words": "the classifier knows almost none of these words (under 35% of "
        "their letter patterns, not one whole word): other, no service guessed",
    },
    "fa": {
        "empty": "فقط فاصله؛ طبقه‌بندی نشد",
        "binary": "نویسه‌های کنترلی یا خراب بیش از اندازه (بیش از ۳۰٪)؛ طبقه‌بندی نشد",
        "no_words": "هیچ حرفی به هیچ خطی ندارد: عدد، قیمت یا نشانه؛ طبقه‌بندی نشد",
        "too_long": "بیش از ۱۰۰ کیلوبایت؛ از ۱۰۰ کیلوبایت نخستش طبقه‌بندی شد",
        "unknown_words": "دسته‌بند تقریباً هیچ‌یک از این واژه‌ها را نمی‌شناسد (کمتر از ۳۵٪ "
        "الگوهای حرفی‌شان و هیچ واژهٔ کاملی): «سایر»، بی‌آنکه خدمتی حدس زده شود",
    },
}

# Everything `classification_text` prints fits this many columns: a long value wraps
# onto lines that start under the values, as the services after the first one do.
WIDTH = 80
_VALUE_COLUMN = 12

_LABELS = {
    "en": {
        "input": "input:",
        "category": "category:",
        "services": "services:",
        "evidence": "evidence:",
        "language": "language:",
        "source": "source:",
        "unsure": "unsure:",
        "ignored": "ignored:",
        "context": "context:",
        "reading": "read as:",
        "note": "note:",
    },
    "fa": {
        "input": "ورودی:",
        "category": "دسته:",
        "services": "خدمت‌ها:",
        "evidence": "شواهد:",
        "language": "زبان:",
        "source": "منبع:",
        "unsure": "نامطمئن:",
        "ignored": "کنار گذاشته:",
        "context": "زمینه:",
        "reading": "خوانش:",
        "note": "توجه:",
    },
}

_VALUES = {
    "en": {
        "input": "flagged {flags}",
        "category": "{cid} ({name})  confidence {p}",
        "service": "{sid} ({name})  {p}",
        "none": "none recognised",
        "source": (
            "{engine} engine, model {model}; confidences are calibrated probabilities "
            "(see docs/classifier.md)"
        ),
        "unsure": "{s1} ({p1}) or {s2} ({p2}): the words do not tell these apart (odds under "
        "2:1); name yours with {command}",
        "command": "azadkar assess --service",
        "ignored_why": "(terms of work, not a service; not read)",
        "context_why": "(what is already done, not wanted, or about the client; not read)",
        "finglish": '{code} (Persian in Latin letters, "Finglish")',
        "finglish_note": "written in Latin letters; azadkar reads Finglish less well than "
        "Persian or English script: written in either, the text gets a better reading",
    },
    "fa": {
        "input": "علامت‌خورده ({flags})",
        "category": "{name} ({cid})  اطمینان {p}",
        "service": "{name} ({sid})  {p}",
        "none": "هیچ خدمتی شناخته نشد",
        "source": (
            "موتور \u2066{engine}\u2069، مدل \u2066{model}\u2069؛ اطمینان‌ها احتمال‌های "
            "کالیبره‌اند (\u2066docs/classifier.md\u2069)"
        ),
        "unsure": "{s1} ({p1}) یا {s2} ({p2}): واژه‌های متن این دو را از هم جدا نمی‌کنند (نسبت "
        "کمتر از ۲ به ۱)؛ خدمت خود را با {command} بگویید",
        "command": "azadkar assess --service",
        "ignored_why": "(شرط کار است، نه خدمت؛ خوانده نشد)",
        "context_why": "(کار انجام‌شده یا ناخواسته، یا معرفی سفارش‌دهنده؛ خوانده نشد)",
        "finglish": "{code} (فارسی با حروف لاتین، «فینگلیش»)",
        "finglish_note": "با حروف لاتین نوشته شده است؛ {name} فینگلیش را به خوبیِ خط فارسی یا "
        "انگلیسی نمی‌خواند: اگر متن را به خط فارسی یا به انگلیسی بنویسید، بهتر خوانده می‌شود",
    },
}

_ISOLATE_OPEN = ("\u2066", "\u2067", "\u2068")
_ISOLATE_CLOSE = "\u2069"


def _cells(text: str) -> int:
    """Columns ``text`` takes in a terminal (bidi marks and ZWNJ none, wide letters two)."""
    from rich.cells import cell_len

    return cell_len(text)


def _words(text: str) -> list[tuple[str, str]]:
    """``text`` as (separator before, word) pairs, split at runs of spaces that are not
    inside a bidi isolate (an isolate must open and close on the same line)."""
    out: list[tuple[str, str]] = []
    sep, word, depth = "", "", 0
    for ch in text:
        if ch == " " and depth == 0:
            if word:
                out.append((sep, word))
                sep, word = "", ""
            sep += ch
            continue
        if ch in _ISOLATE_OPEN:
            depth += 1
        elif ch == _ISOLATE_CLOSE:
            depth = max(0, depth - 1)
        word += ch
    if word:
        out.append((sep, word))
    return out


def _fold(word: str, room: int) -> list[str]:
    """A word longer than a whole line cut into pieces that fit (never one with a bidi
    mark in it: cutting it would leave an isolate open)."""
    if _cells(word) <= room or any(ch in word for ch in (*_ISOLATE_OPEN, _ISOLATE_CLOSE)):
        return [word]
    pieces, cur = [], ""
    for ch in word:
        if cur and _cells(cur + ch) > room:
            pieces.append(cur)
            cur = ""
        cur += ch
    return [*pieces, cur] if cur else pieces


def _wrapped(label: str, words: list[tuple[str, str]], indent: int = 0) -> list[str]:
    """A label padded to the value column, then ``words`` (separator, word) filled to
    ``WIDTH`` columns; lines after the first start under the value (``indent`` more)."""
    head = label + " " * max(1, _VALUE_COLUMN - _cells(label))
    pad = " " * (_VALUE_COLUMN + indent)
    lines: list[str] = []
    cur, empty = head, True
    for sep, word in words:
        for piece in _fold(word, WIDTH - len(pad)):
            if not empty and _cells(cur) + _cells(sep) + _cells(piece) > WIDTH:
                lines.append(cur)
                cur, sep = pad, ""
            cur += "" if empty else sep
            cur += piece
            empty, sep = False, ""
    lines.append(cur)
    return lines


def classification_text(c: Any, lang: str = "en") -> str:
    """A few lines a person reads: category, services, confidence, evidence, provenance;
    none wider than ``WIDTH`` (80) columns.

    ``lang="fa"`` gives Persian labels and names; ids stay Latin so they can be copied
    into ``--service``.
    """
    fa = lang == "fa"
    label = _LABELS["fa" if fa else "en"]
    value = _VALUES["fa" if fa else "en"]
    lines: list[str] = []
    if c.flags:
        reasons = FLAG_REASONS["fa" if fa else "en"]
        sep = "؛ " if fa else "; "
        flags = sep.join(f"{f}: {reasons[f]}" if f in reasons else f for f in c.flags)
        lines += _wrapped(label["input"], _words(value["input"].format(flags=flags)))
    from azadkar.report.strings import confidence

    def prob(p: float) -> str:
        # A percentage, as in `assess` (Persian digits in Persian), that never claims
        # certainty: ">99%" for a probability below 1 that would round to 100%.
        return confidence(p, lang)

    category = value["category"].format(
        cid=c.category, name=_name("category", c.category, lang), p=prob(c.category_confidence)
    )
    lines += _wrapped(label["category"], _words(category))
    if c.services:
        for i, (sid, p) in enumerate(c.services):
            text = value["service"].format(sid=sid, name=_name("service", sid, lang), p=prob(p))
            # A service too long for its line goes on two spaces further in, so that
            # its second line is not read as another service.
            lines += _wrapped(label["services"] if i == 0 else "", _words(text), indent=2)
    else:
        lines += _wrapped(label["services"], _words(value["none"]))
    lines += unsure_lines(c, lang)
    if c.evidence:
        from azadkar.bidi import isolate

        comma, quote = ("،", "«{}»") if fa else (",", '"{}"')
        # In Persian a Latin phrase ("matn englisi", "android") is isolated, as the
        # ignored parts are, so that its words keep their order inside the «».
        # A phrase wider than a line is left bare: an isolate cannot be cut, and the phrase
        # is folded onto lines of its own anyway.
        room = WIDTH - _VALUE_COLUMN - 3
        phrases = [
            quote.format(isolate(e, always=True) if fa and _cells(e) <= room else e)
            for e in c.evidence
        ]
        # A quoted phrase is never broken across lines.
        words = [(" " if i else "", q + (comma if i < len(phrases) - 1 else "")) for i, q in
                 enumerate(phrases)]  # fmt: skip
        lines += _wrapped(label["evidence"], words)
    lines += ignored_lines(c, lang)
    lines += context_lines(c, lang)
    lines += language_lines(c, lang)
    source = value["source"].format(engine=c.engine, model=c.model_version)
    lines += _wrapped(label["source"], _words(source))
    return "\n".join(lines)


def language_lines(c: Any, lang: str = "en") -> list[str]:
    """The ``language:`` line; for Persian in Latin letters (``fa-Latn``, "Finglish") it
    says so in words, adds the ``read as:`` line (the Persian words the classifier read,
    ``Classification.reading``) and, when the result is unsure
    (``Classification.finglish_unsure``), a ``note:`` that Persian or English script
    would be read better."""
    from azadkar.bidi import ltr

    fa = lang == "fa"
    label = _LABELS["fa" if fa else "en"]
    value = _VALUES["fa" if fa else "en"]
    code = str(getattr(c, "lang", "") or "")
    if code != "fa-Latn":
        return _wrapped(label["language"], _words(code))
    lines = _wrapped(
        label["language"], _words(value["finglish"].format(code=ltr(code) if fa else code))
    )
    read_words = str(getattr(c, "reading", "") or "").split()
    if read_words:
        # Words kept as written ("android") are isolated left to right in Persian.
        reading = " ".join(ltr(w) if fa and w.isascii() else w for w in read_words)
        lines += _wrapped(label["reading"], _words(reading))
    if getattr(c, "finglish_unsure", False):
        name = ltr("azadkar") if fa else "azadkar"
        lines += _wrapped(label["note"], _words(value["finglish_note"].format(name=name)))
    return lines


def unsure_lines(c: Any, lang: str = "en") -> list[str]:
    """The ``unsure:`` line(s) of a classification whose text does not tell its two best
    services apart ("edit photos": product or portrait photography; see
    ``Classification.unsure``), so that the first is not read as the answer; ``[]`` for
    one that does. Ids stay Latin (isolated left to right in Persian) to be copied into
    ``--service``; the command is never broken across lines."""
    pairs = list(getattr(c, "unsure", None) or [])
    if len(pairs) < 2:
        return []
    from azadkar.bidi import ltr
    from azadkar.report.strings import confidence

    fa = lang == "fa"
    value = _VALUES["fa" if fa else "en"]
    (s1, p1), (s2, p2) = pairs[:2]
    marker = "\0"  # where the command goes: one word, so that it is never split
    text = value["unsure"].format(
        s1=ltr(s1) if fa else s1,
        p1=confidence(p1, lang),
        s2=ltr(s2) if fa else s2,
        p2=confidence(p2, lang),
        command=marker,
    )
    command = ltr(value["command"]) if fa else value["command"]
    words = [(sep, command if w == marker else w) for sep, w in _words(text)]
    return _wrapped(_LABELS["fa" if fa else "en"]["unsure"], words)


def ignored_lines(c: Any, lang: str = "en") -> list[str]:
    """The ``ignored:`` line(s) naming each part of the text set aside as terms of work
    ("paid hourly", «فوری»; ``Classification.ignored``), so that nothing the person wrote
    disappears unsaid; ``[]`` when there is none. A quoted part is never broken across
    lines; in Persian it is in «», a Latin one isolated."""
    parts = [" ".join(str(p).split()) for p in getattr(c, "ignored", None) or []]
    parts = [p for p in parts if p]
    if not parts:
        return []
    from azadkar.bidi import isolate

    fa = lang == "fa"
    quote, comma = ("«{}»", "،") if fa else ('"{}"', ",")
    phrases = [quote.format(isolate(p, always=True) if fa else p) for p in parts]
    words = [(" " if i else "", q + (comma if i < len(phrases) - 1 else "")) for i, q in
             enumerate(phrases)]  # fmt: skip
    words += [(" ", w) for w in _VALUES["fa" if fa else "en"]["ignored_why"].split()]
    return _wrapped(_LABELS["fa" if fa else "en"]["ignored"], words)


def context_lines(c: Any, lang: str = "en") -> list[str]:
    """The ``context:`` line(s) of a job post naming, as written, the sentences set aside
    as context and not read (what is already done, not wanted, or who the client is;
    ``Classification.context``); ``[]`` when there is none. A sentence may be wider than
    a line, so it is folded at its spaces; in Persian it is in «» and its Latin words are
    isolated left to right."""
    parts = [" ".join(str(p).split()) for p in getattr(c, "context", None) or []]
    parts = [p for p in parts if p]
    if not parts:
        return []
    from azadkar.bidi import ltr

    fa = lang == "fa"
    (left, right), comma = (("«", "»"), "،") if fa else (('"', '"'), ",")
    words: list[tuple[str, str]] = []
    for i, part in enumerate(parts):
        ws = [ltr(w) if fa and w.isascii() else w for w in part.split()]
        ws[0] = left + ws[0]
        ws[-1] = ws[-1] + right + (comma if i < len(parts) - 1 else "")
        for w in ws:
            words.append((" " if words else "", w))
    words += [(" ", w) for w in _VALUES["fa" if fa else "en"]["context_why"].split()]
    return _wrapped(_LABELS["fa" if fa else "en"]["context"], words)


def file_summary_text(summary: Any, lang: str = "en") -> str:
    """What ``classify --file`` did (a :class:`~azadkar.text._files.FileSummary`): rows,
    where they were written, categories, flags and renamed input columns.

    ``lang="fa"`` gives it in Persian; ids, flag codes, column names and the path stay
    as they are in the output file, isolated left to right.
    """
    if lang == "fa":
        return _file_summary_fa(summary)
    lines = [
        f"{summary.rows} rows classified -> {summary.output} "
        f"(engine {summary.engine}, model {summary.model_version})"
    ]
    for cat, n in summary.categories.most_common():
        lines.append(f"  {cat:<22} {n:>9}")
    if summary.flags:
        lines.append("flagged cells: " + ", ".join(f"{k}={v}" for k, v in summary.flags.items()))
    renamed = {k: v for k, v in summary.columns.items() if k != v}
    if renamed:
        lines.append(
            "note: the input's own "
            + ", ".join(f"{k} column is kept as {v}" for k, v in renamed.items())
            + "; azadkar's answer is in "
            + ", ".join(k for k in renamed)
        )
    return "\n".join(lines)


# A flag code in a few Persian words, for the summary's count of flagged cells.
FLAG_SHORT_FA = {
    "empty": "خالی",
    "binary": "نویسه‌های کنترلی یا خراب",
    "no_words": "بی‌حرف (عدد، قیمت یا نشانه)",
    "too_long": "بلندتر از ۱۰۰ کیلوبایت",
    "unknown_words": "با واژه‌های ناشناخته",
    "extra_fields": "خانه‌های بیش از سرستون‌ها",
    "ignored": "با بخشی کنار گذاشته به‌عنوان شرط کار",
    "context": "آگهی با جمله‌ای کنار گذاشته به‌عنوان زمینه",
}
NOT_CLASSIFIED = "(not classified)"  # the summary's category for a flagged, unread cell


def _width(text: str) -> int:
    """Columns ``text`` takes in a terminal: invisible marks (ZWNJ, isolates) take none."""
    import unicodedata

    return sum(unicodedata.category(ch) != "Cf" for ch in text)


def _file_summary_fa(summary: Any) -> str:
    from azadkar.bidi import ltr
    from azadkar.report.strings import num

    lines = [
        f"{num(summary.rows, 'fa')} سطر طبقه‌بندی و در «{ltr(summary.output)}» نوشته شد "
        f"(موتور {ltr(summary.engine)}، مدل {ltr(summary.model_version)})"
    ]
    counts = summary.categories.most_common()
    labels = [
        "طبقه‌بندی‌نشده" if cat == NOT_CLASSIFIED else f"{_name('category', cat, 'fa')} ({cat})"
        for cat, _ in counts
    ]
    figures = [num(n, "fa") for _, n in counts]
    pad = max((_width(label) for label in labels), default=0)
    digits = max((len(f) for f in figures), default=0)
    for label, figure in zip(labels, figures, strict=True):
        lines.append(f"  {label}{' ' * (pad - _width(label))}  {figure:>{digits}}")
    if summary.flags:
        lines.append(
            "خانه‌های علامت‌خورده: "
            + "، ".join(
                f"{num(n, 'fa')} {FLAG_SHORT_FA[k]} ({ltr(k)})"
                if k in FLAG_SHORT_FA
                else f"{num(n, 'fa')} {ltr(k)}"
                for k, n in summary.flags.items()
            )
        )
    renamed = {k: v for k, v in summary.columns.items() if k != v}
    if renamed:
        kept = "، ".join(f"ستون {ltr(k)} ورودی با نام {ltr(v)}" for k, v in renamed.items())
        ours = "، ".join(ltr(k) for k in renamed)
        lines.append(
            f"یادداشت: {kept} نگه داشته {'شد' if len(renamed) == 1 else 'شدند'}؛ "
            f"پاسخ آزادکار در {'ستون' if len(renamed) == 1 else 'ستون‌های'} {ours} است"
        )
    return "\n".join(lines)


__all__ = [
    "classification_text",
    "context_lines",
    "file_summary_text",
    "ignored_lines",
    "unsure_lines",
]
