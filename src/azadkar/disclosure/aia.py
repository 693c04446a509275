"""AI Attribution statements (IBM Research, AI Attribution Toolkit, statement format v1.0).

Format: ``AIA <proportion> [contributions] <initiative> <review> [model] v1.0``

- proportion (exactly one): ``EAI`` entirely AI, ``PAI`` primarily AI, ``HAb`` human-AI
  blend, ``Ph`` primarily human, ``Eh`` entirely human;
- contributions (zero or more, only with PAI, HAb or Ph): ``Se`` stylistic edits,
  ``Ce`` content edits, ``Nc`` new content;
- initiative (one or both): ``Hin`` human-initiated, ``Ain`` AI-initiated;
- review (exactly one): ``R`` reviewed, ``Nr`` not reviewed;
- model (optional free text) and the version ``v1.0``.

Source: IBM Research, AI Attribution Toolkit, https://aiattribution.github.io/ ; the
rules are cross-checked in the tests against the ``aiattribution`` package (PyPI,
M. Prpič), which implements the same format.

:func:`parse_aia` is *stricter* than that package in three places, so that a statement
azadkar accepts is one every reader parses the same way:

1. a component code after its place (``AIA PAI Hin Se R v1.0``) is an error, where the
   package would fail later with a vaguer message or read the code as a model name;
2. a model name may not contain a bare component code (``... R R v1.0``);
3. ``Eh`` (entirely human, no AI) may not name a model.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Final

from azadkar.errors import DisclosureError

VERSION: Final = "v1.0"
PROPORTIONS: Final = ("EAI", "PAI", "HAb", "Ph", "Eh")
CONTRIBUTIONS: Final = ("Se", "Ce", "Nc")
INITIATIVES: Final = ("Hin", "Ain")
REVIEWS: Final = ("R", "Nr")
_ALL_CODES: Final = frozenset(PROPORTIONS + CONTRIBUTIONS + INITIATIVES + REVIEWS)
_WITH_CONTRIBUTIONS: Final = ("PAI", "HAb", "Ph")

SOURCE: Final = (
    "IBM Research, AI Attribution Toolkit, statement format v1.0 - https://aiattribution.github.io/"
)

MEANING: Final[dict[str, dict[str, str]]] = {
    "EAI": {
        "en": "The work was entirely AI-generated.",
        "fa": "این کار به‌طور کامل با هوش مصنوعی ساخته شده است.",
    },
    "PAI": {
        "en": "The work was primarily AI-generated.",
        "fa": "بیشتر این کار را هوش مصنوعی ساخته است.",
    },
    "HAb": {
        "en": "The work is an even blend of human and AI contributions.",
        "fa": "این کار آمیزه‌ای برابر از کار انسان و هوش مصنوعی است.",
    },
    "Ph": {
        "en": "The work was primarily human-created.",
        "fa": "بیشتر این کار را انسان ساخته است.",
    },
    "Eh": {
        "en": "The work was entirely human-created, without the use of AI.",
        "fa": "این کار به‌طور کامل به دست انسان و بدون هوش مصنوعی ساخته شده است.",
    },
    "Se": {
        "en": "AI made stylistic edits (structure, wording, clarity).",
        "fa": "هوش مصنوعی ویرایش سبکی انجام داد (ساختار، واژه‌گزینی، وضوح).",
    },
    "Ce": {
        "en": "AI made content edits (scope, information, ideas).",
        "fa": "هوش مصنوعی ویرایش محتوایی انجام داد (دامنه، اطلاعات، ایده‌ها).",
    },
    "Nc": {
        "en": "AI made new content (text, images, analysis, ideas).",
        "fa": "هوش مصنوعی محتوای تازه ساخت (متن، تصویر، تحلیل، ایده).",
    },
    "Hin": {
        "en": "AI was prompted for its contributions, or AI assistance was enabled.",
        "fa": "از هوش مصنوعی درخواست شد یا کمک آن فعال شد.",
    },
    "Ain": {
        "en": "AI made proactive contributions, such as auto-completion or unprompted changes.",
        "fa": "هوش مصنوعی خودش پیشنهاد یا تغییر داد، مانند تکمیل خودکار.",
    },
    "R": {
        "en": "AI-generated content was reviewed and approved by a human.",
        "fa": "محتوای ساختهٔ هوش مصنوعی را انسان بازبینی و تأیید کرد.",
    },
    "Nr": {
        "en": "AI-generated content was not reviewed by a human.",
        "fa": "محتوای ساختهٔ هوش مصنوعی را انسان بازبینی نکرد.",
    },
}


EH_CODES_NOTE: Final = {
    "en": "The format requires an initiative and a review code ({codes}) in every statement; "
    "with no AI contribution they describe nothing here.",
    "fa": "قالب بیانیه در هر بیانیه کد آغازگر و کد بازبینی ({codes}) را الزامی می‌کند؛ وقتی "
    "هوش مصنوعی سهمی ندارد، این کدها اینجا چیزی را توصیف نمی‌کنند.",
}


@dataclass(frozen=True, slots=True)
class AIAStatement:
    """A valid AI Attribution statement, component by component."""

    proportion: str
    initiative: tuple[str, ...]
    review: str
    contributions: tuple[str, ...] = ()
    model: str | None = None
    version: str = field(default=VERSION)

    def __post_init__(self) -> None:
        validate_parts(
            self.proportion, self.contributions, self.initiative, self.review, self.model
        )

    def __str__(self) -> str:
        parts = ["AIA", self.proportion, *self.contributions, *self.initiative, self.review]
        if self.model:
            parts.append(self.model)
        parts.append(self.version)
        return " ".join(parts)

    def explain(self, lang: str = "en") -> str:
        """The statement in words (the toolkit's explanations, and our Persian rendering)."""
        key = "fa" if lang == "fa" else "en"
        if self.proportion == "Eh":
            # Read one by one, "AI was prompted" and "AI-generated content was reviewed"
            # would contradict "without the use of AI": say what the codes are there for.
            codes = " ".join((*self.initiative, self.review))
            return f"{MEANING['Eh'][key]} {EH_CODES_NOTE[key].format(codes=codes)}"
        codes_ = [self.proportion, *self.contributions, *self.initiative, self.review]
        lines = [MEANING[c][key] for c in codes_]
        if self.model:
            lines.append(
                f"ابزار یا مدل به‌کاررفته: {self.model.replace(', ', '، ')}."
                if key == "fa"
                else f"Model(s) or application(s) used: {self.model}."
            )
        return " ".join(lines)

    def to_dict(self) -> dict[str, object]:
        return {
            "statement": str(self),
            "proportion": self.proportion,
            "contributions": list(self.contributions),
            "initiative": list(self.initiative),
            "review": self.review,
            "model": self.model,
            "version": self.version,
        }


def _fail(message: str, statement: str | None, rule: str) -> DisclosureError:
    where = f" in {statement!r}" if statement is not None else ""
    return DisclosureError(f"invalid AIA statement{where}: {message}", rule=rule, source=SOURCE)


def validate_parts(
    proportion: str,
    contributions: tuple[str, ...] | list[str],
    initiative: tuple[str, ...] | list[str],
    review: str,
    model: str | None,
    statement: str | None = None,
) -> None:
    """Check the component rules; raise :class:`DisclosureError` naming the broken rule."""
    if proportion not in PROPORTIONS:
        raise _fail(
            f"proportion {proportion!r} is not one of {', '.join(PROPORTIONS)}",
            statement,
            "proportion",
        )
    bad = [c for c in contributions if c not in CONTRIBUTIONS]
    if bad:
        raise _fail(
            f"contribution {bad[0]!r} is not one of {', '.join(CONTRIBUTIONS)}",
            statement,
            "contribution",
        )
    if contributions and proportion not in _WITH_CONTRIBUTIONS:
        raise _fail(
            f"contributions ({' '.join(contributions)}) are only allowed with PAI, HAb or Ph, "
            f"not with {proportion}",
            statement,
            "contribution_proportion",
        )
    if len(set(contributions)) != len(contributions):
        raise _fail("a contribution is listed twice", statement, "contribution_duplicate")
    if not initiative:
        raise _fail(
            "an initiative is required: Hin (human-initiated) and/or Ain (AI-initiated)",
            statement,
            "initiative_missing",
        )
    bad = [i for i in initiative if i not in INITIATIVES]
    if bad:
        raise _fail(
            f"initiative {bad[0]!r} is not one of {', '.join(INITIATIVES)}", statement, "initiative"
        )
    if len(set(initiative)) != len(initiative):
        raise _fail("an initiative is listed twice", statement, "initiative_duplicate")
    if review not in REVIEWS:
        raise _fail(
            f"review {review!r} is not one of R (reviewed) or Nr (not reviewed)",
            statement,
            "review",
        )
    if model is not None:
        tokens = model.split()
        if not tokens:
            raise _fail("the model name is empty", statement, "model_empty")
        codes = [t for t in tokens if t in _ALL_CODES]
        if codes:
            raise _fail(
                f"{codes[0]!r} after the review is a component code, not a model name; "
                "components go in the order proportion, contributions, initiative, review",
                statement,
                "order",
            )
        if proportion == "Eh":
            raise _fail("Eh says no AI was used, so it cannot name a model", statement, "eh_model")


_KIND: Final = {
    **dict.fromkeys(PROPORTIONS, "a proportion code"),
    **dict.fromkeys(CONTRIBUTIONS, "a contribution code"),
    **dict.fromkeys(INITIATIVES, "an initiative code"),
    **dict.fromkeys(REVIEWS, "a review code"),
}


def _hint(token: str, missing: str) -> str:
    """Why ``token`` is wrong where ``missing`` was expected: misplaced code or wrong case."""
    if token in _KIND:
        return f" ({token!r} is {_KIND[token]}: {missing} is missing before it)"
    for code in sorted(_ALL_CODES):
        if token.casefold() == code.casefold():
            return f" (codes are case-sensitive: did you mean {code!r}?)"
    return ""


def parse_aia(statement: str) -> AIAStatement:
    """Parse and strictly validate a statement; raise :class:`DisclosureError` with the rule."""
    text = statement.strip()
    tokens = text.split()
    if not tokens:
        raise _fail("the statement is empty", statement, "empty")
    if tokens[0] != "AIA":
        raise _fail(
            f"it must start with 'AIA', not {tokens[0]!r}" + _hint(tokens[0], "'AIA'"),
            statement,
            "prefix",
        )
    if len(tokens) == 1 or not tokens[-1].startswith("v"):
        raise _fail("it must end with the version 'v1.0'", statement, "version_missing")
    if tokens[-1] != VERSION:
        raise _fail(f"version {tokens[-1]!r} is not supported; only v1.0 is", statement, "version")
    body = tokens[1:-1]
    if not body:
        raise _fail(
            "it needs at least a proportion, an initiative and a review", statement, "empty"
        )
    proportion, rest = body[0], body[1:]
    if proportion not in PROPORTIONS:
        raise _fail(
            f"proportion {proportion!r} is not one of {', '.join(PROPORTIONS)}"
            f"{_hint(proportion, 'the proportion')}",
            statement,
            "proportion",
        )
    contributions: list[str] = []
    while rest and rest[0] in CONTRIBUTIONS:
        contributions.append(rest.pop(0))
    initiative: list[str] = []
    while rest and rest[0] in INITIATIVES:
        initiative.append(rest.pop(0))
    if not initiative:
        found = rest[0] if rest else None
        if found in PROPORTIONS:
            raise _fail(
                f"a second proportion {found!r}; give exactly one", statement, "proportion_twice"
            )
        raise _fail(
            "an initiative (Hin and/or Ain) must follow the proportion and contributions"
            + (f", found {found!r}{_hint(found, 'the initiative')}" if found else ""),
            statement,
            "initiative_missing",
        )
    if not rest:
        raise _fail("a review (R or Nr) must follow the initiative", statement, "review_missing")
    review = rest.pop(0)
    if review in CONTRIBUTIONS:
        raise _fail(
            f"contribution {review!r} comes after the initiative; contributions go right "
            "after the proportion",
            statement,
            "order",
        )
    if review not in REVIEWS:
        raise _fail(
            f"a review (R or Nr) must follow the initiative, found {review!r}"
            f"{_hint(review, 'the review')}",
            statement,
            "review",
        )
    model = " ".join(rest) if rest else None
    # validate_parts repeats the structural rules and adds the cross-component ones.
    validate_parts(proportion, contributions, initiative, review, model, statement)
    return AIAStatement(
        proportion=proportion,
        contributions=tuple(contributions),
        initiative=tuple(initiative),
        review=review,
        model=model,
    )


def is_valid_aia(statement: str) -> bool:
    try:
        parse_aia(statement)
    except DisclosureError:
        return False
    return True


def aia_statement(
    proportion: str,
    initiative: str | list[str] | tuple[str, ...] = "Hin",
    review: str | bool = "R",
    contributions: list[str] | tuple[str, ...] = (),
    model: str | None = None,
) -> AIAStatement:
    """Build a validated statement from its parts (contributions are put in Se, Ce, Nc order).

    ``review`` may be a bool (True → R). ``initiative`` may be one code or several.
    """
    inits = (initiative,) if isinstance(initiative, str) else tuple(initiative)
    rev = ("R" if review else "Nr") if isinstance(review, bool) else review
    ordered = tuple(sorted(dict.fromkeys(contributions), key=_contribution_rank))
    if len(ordered) != len(contributions):
        raise _fail("a contribution is listed twice", None, "contribution_duplicate")
    return AIAStatement(
        proportion=proportion,
        contributions=ordered,
        initiative=inits,
        review=rev,
        model=model or None,
    )


def _contribution_rank(code: str) -> int:
    return CONTRIBUTIONS.index(code) if code in CONTRIBUTIONS else len(CONTRIBUTIONS)


__all__ = [
    "CONTRIBUTIONS",
    "INITIATIVES",
    "MEANING",
    "PROPORTIONS",
    "REVIEWS",
    "SOURCE",
    "VERSION",
    "AIAStatement",
    "aia_statement",
    "is_valid_aia",
    "parse_aia",
    "validate_parts",
]
