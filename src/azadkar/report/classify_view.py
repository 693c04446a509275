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


def classification_text(c: Any, lang: str = "en") -> str:
    """A few lines a person reads: category, services, confidence, evidence, provenance."""
    lines = []
    if c.flags:
        lines.append(f"input:      flagged {', '.join(c.flags)}")
    lines.append(
        f"category:   {c.category} ({_name('category', c.category, lang)})  "
        f"confidence {c.category_confidence:.2f}"
    )
    if c.services:
        for i, (sid, p) in enumerate(c.services):
            head = "services:  " if i == 0 else "           "
            lines.append(f"{head} {sid} ({_name('service', sid, lang)})  {p:.2f}")
    else:
        lines.append("services:   none recognised")
    if c.evidence:
        lines.append("evidence:   " + ", ".join(f'"{e}"' for e in c.evidence))
    lines.append(f"language:   {c.lang}")
    lines.append(
        f"source:     {c.engine} engine, model {c.model_version}; confidences are calibrated "
        "probabilities (see docs/classifier.md)"
    )
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
            "note: the input already had "
            + ", ".join(renamed)
            + "; the new columns are "
            + ", ".join(renamed.values())
        )
    return "\n".join(lines)


__all__ = ["classification_text", "file_summary_text"]
