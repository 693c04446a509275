"""The layers of change and the documented rule that puts an O*NET task in one.

The source report sees change in three layers (technical execution, strategic
ideation, audience analysis & feedback). O*NET task lists also hold many tasks that
are none of these: conferring with clients, negotiating, scheduling, supervising.
Forcing them into "execution" would overstate how much of the work is automatable
execution, so azadkar adds a fourth bucket, ``client`` (client relations and
coordination), as mission.md allows.

The rule looks only at the *lead* of the statement (its first words, where O*NET puts
the verb and its object) and tries the buckets in a fixed order: client, audience,
ideation; anything else is execution. It is deliberately simple, so that a person can
predict and correct it: ``src/azadkar/data/task_layer_overrides.csv`` overrides it
task by task, and the build script records which rule fired for every task.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

LAYERS: Final = ("execution", "ideation", "audience", "client")

LAYER_NAMES: Final = {
    "execution": {"en": "Technical execution", "fa": "اجرای تکنیکی"},
    "ideation": {"en": "Strategic ideation", "fa": "ایده‌پردازی استراتژیک"},
    "audience": {"en": "Audience analysis & feedback", "fa": "تحلیل مخاطب و بازخورد"},
    "client": {"en": "Client relations & coordination", "fa": "ارتباط با مشتری و هماهنگی"},
}

# What the report says about each layer (mission.md §2). Cited, not verified.
LAYER_REPORT: Final = {
    "execution": {
        "en": "AI replaces up to 80% by about 2027; move into supervisory roles.",
        "fa": "هوش مصنوعی تا حدود ۲۰۲۷ تا ۸۰٪ آن را جایگزین می‌کند؛ به نقش‌های نظارتی بروید.",
    },
    "ideation": {
        "en": "AI amplifies capability by 200%; integrate AI tools systematically.",
        "fa": "هوش مصنوعی توان را ۲۰۰٪ افزایش می‌دهد؛ ابزارها را نظام‌مند به کار بگیرید.",
    },
    "audience": {
        "en": "Creates demand for specialists; learn 'data psychology' continuously.",
        "fa": "تقاضا برای متخصص می‌سازد؛ «روان‌شناسی داده» را پیوسته بیاموزید.",
    },
    "client": {
        "en": "Not one of the report's three layers: azadkar's fourth bucket for client work.",
        "fa": "جزو سه لایهٔ گزارش نیست: دستهٔ چهارم آزادکار برای کار با مشتری.",
    },
}

_LEAD_WORDS = 7

_RULES: Final[tuple[tuple[str, re.Pattern[str]], ...]] = (
    (
        "client",
        re.compile(
            r"\b(confer|consult with|meet with|negotiat|liais|correspond|coordinat|"
            r"collaborat|communicat\w* with|discuss|supervis|direct\w* (the )?(work|activit|staff)|"
            r"train\w* (staff|employees|workers)|hire|recruit|assign\w* (work|task|dut|staff)|schedul|"
            r"arrang\w* (meeting|travel|appointment)|bill|present\w* (\w+ ){0,4}to (the )?(client|customer)|"
            r"invoice|prepar\w* (budget|estimate|bid|proposal|contract)|estimat\w* (cost|budget)|"
            r"greet|answer\w* (inquir|question|call)|respond\w* to (inquir|client|customer))",
            re.IGNORECASE,
        ),
    ),
    (
        "audience",
        re.compile(
            r"\b(analy[sz]\w*|research\w*|survey\w*|monitor\w*|track\w*|measur(e|ing)\b|evaluat\w*|"
            r"assess\w*|stud(y|ies|ied)|forecast\w*|investigat\w*|gather\w*|collect\w*|"
            r"review\w* (feedback|response|result|data|performance|trend)|observ\w*|"
            r"interview\w*|identify\w* (trend|need|audience|market|customer|user))",
            re.IGNORECASE,
        ),
    ),
    (
        "ideation",
        re.compile(
            r"\b(conceiv\w*|conceptuali[sz]\w*|brainstorm\w*|plan(s|ning)?\b|strateg\w*|devis\w*|"
            r"formulat\w*|envision\w*|determin\w*|decid\w*|recommend\w*|advis\w*|propos\w*|"
            r"suggest\w*|develop\w* (the )?(\w+ )?(concept|idea|strateg|plan|theme|campaign|creative|approach|"
            r"polic|vision|story|storyline)|creat\w* (concept|idea|strateg|theme)|"
            r"establish\w* (goal|objective|polic|strateg|direction)|select\w*|choos\w*|"
            r"set\w* (goal|objective|direction))",
            re.IGNORECASE,
        ),
    ),
)


@dataclass(frozen=True, slots=True)
class LayerDecision:
    """Which layer a task statement falls in, and the words that decided it."""

    layer: str
    rule: str


def assign_layer(statement: str) -> LayerDecision:
    """Apply the documented layer rule to one O*NET task statement."""
    lead = " ".join(statement.split()[:_LEAD_WORDS])
    for layer, pattern in _RULES:
        match = pattern.search(lead)
        if match:
            return LayerDecision(layer, f"{layer}: '{match.group(0).lower()}' in lead")
    return LayerDecision(
        "execution", "execution: default (no client/audience/ideation verb in lead)"
    )


__all__ = ["LAYERS", "LAYER_NAMES", "LAYER_REPORT", "LayerDecision", "assign_layer"]
