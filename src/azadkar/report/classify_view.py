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
        "category": "category:   {cid} ({name})  confidence {p:.2f}",
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
        "category": "دسته:       {name} ({cid})  اطمینان {p:.2f}",
        "services": "خدمت‌ها:   ",
        "none": "خدمت‌ها:    هیچ خدمتی شناخته نشد",
        "evidence": "شواهد:      ",
        "language": "زبان:       {lang}",
        "source": (
            "منبع:       موتور {engine}، مدل {model}؛ اطمینان‌ها احتمال‌های کالیبره‌اند "
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
    lines.append(
        t["category"].format(
            cid=c.category, name=_name("category", c.category, lang), p=c.category_confidence
        )
    )
    if c.services:
        pad = " " * len(t["services"])
        for i, (sid, p) in enumerate(c.services):
            head = t["services"] if i == 0 else pad
            if lang == "fa":
                lines.append(f"{head} {_name('service', sid, lang)} ({sid})  {p:.2f}")
            else:
                lines.append(f"{head} {sid} ({_name('service', sid, lang)})  {p:.2f}")
    else:
        lines.append(t["none"])
    if c.evidence:
        sep = "، " if lang == "fa" else ", "
        lines.append(t["evidence"] + sep.join(f'"{e}"' for e in c.evidence))
    lines.append(t["language"].format(lang=c.lang))
    lines.append(t["source"].format(engine=c.engine, model=c.model_version))
    return "\n".join(lines)


def file_summary_text(summary: Any) -> str:
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


__all__ = ["classification_text", "file_summary_text"]
