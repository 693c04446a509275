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
    },
    "fa": {
        "empty": "فقط فاصله؛ طبقه‌بندی نشد",
        "binary": "نویسه‌های کنترلی یا خراب بیش از اندازه (بیش از ۳۰٪)؛ طبقه‌بندی نشد",
        "no_words": "هیچ حرفی به هیچ خطی ندارد: عدد، قیمت یا نشانه؛ طبقه‌بندی نشد",
        "too_long": "بیش از ۱۰۰ کیلوبایت؛ از ۱۰۰ کیلوبایت نخستش طبقه‌بندی شد",
    },
}

_LABELS = {
    "en": {
        "input": "input:      flagged {flags}",
        "category": "category:   {cid} ({name})  confidence {p}",
        "services": "services:  ",
        "none": "services:   none recognised",
        "evidence": "evidence:   ",
        "language": "language:   {lang}",
        "source": (
            "source:     {engine} engine, model {model}; confidences are calibrated "
            "probabilities (see docs/classifier.md)"
        ),
    },
    "fa": {
        "input": "ورودی:      علامت‌خورده ({flags})",
        "category": "دسته:       {name} ({cid})  اطمینان {p}",
        "services": "خدمت‌ها:   ",
        "none": "خدمت‌ها:    هیچ خدمتی شناخته نشد",
        "evidence": "شواهد:      ",
        "language": "زبان:       {lang}",
        "source": (
            "منبع:       موتور \u2066{engine}\u2069، مدل \u2066{model}\u2069؛ اطمینان‌ها احتمال‌های کالیبره‌اند "
            "(docs/classifier.md)"
        ),
    },
}


def classification_text(c: Any, lang: str = "en") -> str:
    """A few lines a person reads: category, services, confidence, evidence, provenance.

    ``lang="fa"`` gives Persian labels and names; ids stay Latin so they can be copied
    into ``--service``.
    """
    t = _LABELS["fa" if lang == "fa" else "en"]
    lines = []
    if c.flags:
        reasons = FLAG_REASONS["fa" if lang == "fa" else "en"]
        sep = "؛ " if lang == "fa" else "; "
        lines.append(
            t["input"].format(
                flags=sep.join(f"{f}: {reasons[f]}" if f in reasons else f for f in c.flags)
            )
        )
    from azadkar.report.strings import confidence

    def prob(p: float) -> str:
        # A percentage, as in `assess` (Persian digits in Persian), that never claims
        # certainty: ">99%" for a probability below 1 that would round to 100%.
        return confidence(p, lang)

    lines.append(
        t["category"].format(
            cid=c.category, name=_name("category", c.category, lang), p=prob(c.category_confidence)
        )
    )
    if c.services:
        pad = " " * len(t["services"])
        for i, (sid, p) in enumerate(c.services):
            head = t["services"] if i == 0 else pad
            if lang == "fa":
                lines.append(f"{head} {_name('service', sid, lang)} ({sid})  {prob(p)}")
            else:
                lines.append(f"{head} {sid} ({_name('service', sid, lang)})  {prob(p)}")
    else:
        lines.append(t["none"])
    if c.evidence:
        sep = "، " if lang == "fa" else ", "
        quote = "«{}»" if lang == "fa" else '"{}"'
        lines.append(t["evidence"] + sep.join(quote.format(e) for e in c.evidence))
    lines.append(t["language"].format(lang=c.lang))
    lines.append(t["source"].format(engine=c.engine, model=c.model_version))
    return "\n".join(lines)


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
    "extra_fields": "خانه‌های بیش از سرستون‌ها",
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


__all__ = ["classification_text", "file_summary_text"]
