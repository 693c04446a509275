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

from azadkar.bidi import isolate, ltr
from azadkar.errors import DisclosureError

VERSION: Final = "v1.0"
PROPORTIONS: Final = ("EAI", "PAI", "HAb", "Ph", "Eh")
CONTRIBUTIONS: Final = ("Se", "Ce", "Nc")
INITIATIVES: Final = ("Hin", "Ain")
REVIEWS: Final = ("R", "Nr")
_ALL_CODES: Final = frozenset(PROPORTIONS + CONTRIBUTIONS + INITIATIVES + REVIEWS)
_WITH_CONTRIBUTIONS: Final = ("PAI", "HAb", "Ph")
# Invisible direction marks and isolates (azadkar's own Persian output wraps a statement in
# U+2066 ... U+2069) and a byte order mark: a statement copied from Persian text carries
# them, and they are no part of it.
_INVISIBLE: Final = dict.fromkeys(
    map(ord, "\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff")
)
# Persian and Arabic-Indic digits, as a Persian keyboard types the version ("v۱.۰").
_EASTERN_DIGITS: Final = str.maketrans("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩", "01234567890123456789")

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
            shown = ltr(codes) if key == "fa" else codes
            return f"{MEANING['Eh'][key]} {EH_CODES_NOTE[key].format(codes=shown)}"
        codes_ = [self.proportion, *self.contributions, *self.initiative, self.review]
        lines = [MEANING[c][key] for c in codes_]
        if self.model:
            # In Persian each name is isolated where bidi could reorder it
            # ("Canva (Magic Studio)"), with the Persian comma between names.
            names_fa = "، ".join(isolate(name) for name in self.model.split(", "))
            lines.append(
                f"ابزار یا مدل به‌کاررفته: {names_fa}."
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


def _fail(message: str, statement: str | None, rule: str, message_fa: str) -> DisclosureError:
    where = f" in {statement!r}" if statement is not None else ""
    where_fa = f" {isolate(repr(statement))}" if statement is not None else ""
    return DisclosureError(
        f"invalid AIA statement{where}: {message}",
        message_fa=f"بیانیهٔ AIA{where_fa} نامعتبر است: {message_fa}",
        rule=rule,
        source=SOURCE,
    )


def _q(token: str) -> str:
    """A code or token as the English message shows it (``repr``), isolated left to right."""
    return ltr(repr(token))


def _codes(codes: tuple[str, ...] | list[str], sep: str = ", ") -> str:
    return ltr(sep.join(codes))


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
            f"نسبت {_q(proportion)} هیچ‌یک از {_codes(PROPORTIONS)} نیست",
        )
    bad = [c for c in contributions if c not in CONTRIBUTIONS]
    if bad:
        raise _fail(
            f"contribution {bad[0]!r} is not one of {', '.join(CONTRIBUTIONS)}",
            statement,
            "contribution",
            f"کد مشارکت {_q(bad[0])} هیچ‌یک از {_codes(CONTRIBUTIONS)} نیست",
        )
    if contributions and proportion not in _WITH_CONTRIBUTIONS:
        raise _fail(
            f"contributions ({' '.join(contributions)}) are only allowed with PAI, HAb or Ph, "
            f"not with {proportion}",
            statement,
            "contribution_proportion",
            f"کدهای مشارکت ({_codes(contributions, ' ')}) فقط با {ltr('PAI')}، {ltr('HAb')} یا "
            f"{ltr('Ph')} می‌آیند، نه با {ltr(proportion)}",
        )
    if len(set(contributions)) != len(contributions):
        raise _fail(
            "a contribution is listed twice",
            statement,
            "contribution_duplicate",
            "یک کد مشارکت دو بار آمده است",
        )
    if not initiative:
        raise _fail(
            "an initiative is required: Hin (human-initiated) and/or Ain (AI-initiated)",
            statement,
            "initiative_missing",
            f"کد آغازگر لازم است: {ltr('Hin')} (به ابتکار انسان) و/یا {ltr('Ain')} "
            "(به ابتکار هوش مصنوعی)",
        )
    bad = [i for i in initiative if i not in INITIATIVES]
    if bad:
        raise _fail(
            f"initiative {bad[0]!r} is not one of {', '.join(INITIATIVES)}",
            statement,
            "initiative",
            f"کد آغازگر {_q(bad[0])} هیچ‌یک از {_codes(INITIATIVES)} نیست",
        )
    if len(set(initiative)) != len(initiative):
        raise _fail(
            "an initiative is listed twice",
            statement,
            "initiative_duplicate",
            "یک کد آغازگر دو بار آمده است",
        )
    if review not in REVIEWS:
        raise _fail(
            f"review {review!r} is not one of R (reviewed) or Nr (not reviewed)",
            statement,
            "review",
            f"کد بازبینی {_q(review)} نه {ltr('R')} (بازبینی‌شده) است و نه {ltr('Nr')} "
            "(بازبینی‌نشده)",
        )
    if model is not None:
        tokens = model.split()
        if not tokens:
            raise _fail("the model name is empty", statement, "model_empty", "نام مدل خالی است")
        codes = [t for t in tokens if t in _ALL_CODES]
        if codes:
            raise _fail(
                f"{codes[0]!r} after the review is a component code, not a model name; "
                "components go in the order proportion, contributions, initiative, review",
                statement,
                "order",
                f"{_q(codes[0])} پس از کد بازبینی یکی از کدهای بیانیه است، نه نام مدل؛ "
                "کدها به این ترتیب می‌آیند: نسبت، مشارکت‌ها، آغازگر، بازبینی",
            )
        if proportion == "Eh":
            raise _fail(
                "Eh says no AI was used, so it cannot name a model",
                statement,
                "eh_model",
                f"{ltr('Eh')} می‌گوید هوش مصنوعی به کار نرفته است، پس نمی‌تواند نام مدلی بیاورد",
            )


_KIND: Final = {
    **dict.fromkeys(PROPORTIONS, "a proportion code"),
    **dict.fromkeys(CONTRIBUTIONS, "a contribution code"),
    **dict.fromkeys(INITIATIVES, "an initiative code"),
    **dict.fromkeys(REVIEWS, "a review code"),
}
_KIND_FA: Final = {
    **dict.fromkeys(PROPORTIONS, "کد نسبت"),
    **dict.fromkeys(CONTRIBUTIONS, "کد مشارکت"),
    **dict.fromkeys(INITIATIVES, "کد آغازگر"),
    **dict.fromkeys(REVIEWS, "کد بازبینی"),
}
# What is missing before a misplaced code, as the English hint names it.
_MISSING_FA: Final = {
    "'AIA'": ltr("'AIA'"),
    "the proportion": "نسبت",
    "the initiative": "آغازگر",
    "the review": "کد بازبینی",
}


def _hint(token: str, missing: str) -> tuple[str, str]:
    """Why ``token`` is wrong where ``missing`` was expected: misplaced code or wrong case
    (English, Persian)."""
    if token in _KIND:
        return (
            f" ({token!r} is {_KIND[token]}: {missing} is missing before it)",
            f" ({_q(token)} {_KIND_FA[token]} است: {_MISSING_FA[missing]} پیش از آن نیامده است)",
        )
    for code in sorted(_ALL_CODES):
        if token.casefold() == code.casefold():
            return (
                f" (codes are case-sensitive: did you mean {code!r}?)",
                f" (بزرگی و کوچکی حروف کدها مهم است: منظورتان {_q(code)} است؟)",
            )
    return "", ""


def parse_aia(statement: str) -> AIAStatement:
    """Parse and strictly validate a statement; raise :class:`DisclosureError` with the rule."""
    text = statement.translate(_INVISIBLE).strip()
    tokens = text.split()
    if not tokens:
        raise _fail("the statement is empty", statement, "empty", "بیانیه خالی است")
    if tokens[0] != "AIA":
        hint, hint_fa = _hint(tokens[0], "'AIA'")
        raise _fail(
            f"it must start with 'AIA', not {tokens[0]!r}" + hint,
            statement,
            "prefix",
            f"باید با {ltr(repr('AIA'))} آغاز شود، نه با {_q(tokens[0])}" + hint_fa,
        )
    if len(tokens) == 1 or not tokens[-1].startswith("v"):
        raise _fail(
            "it must end with the version 'v1.0'",
            statement,
            "version_missing",
            f"باید با نسخهٔ {ltr(repr(VERSION))} پایان یابد",
        )
    if tokens[-1] != VERSION and tokens[-1].translate(_EASTERN_DIGITS) == VERSION:
        raise _fail(
            f"version {tokens[-1]!r} is written with Persian or Arabic digits; the format "
            f"needs Latin digits: {VERSION}",
            statement,
            "version",
            f"نسخهٔ {_q(tokens[-1])} با رقم‌های فارسی یا عربی نوشته شده است؛ قالب بیانیه رقم‌های "
            f"لاتین می‌خواهد: {ltr(VERSION)}",
        )
    if tokens[-1] != VERSION:
        raise _fail(
            f"version {tokens[-1]!r} is not supported; only v1.0 is",
            statement,
            "version",
            f"نسخهٔ {_q(tokens[-1])} پشتیبانی نمی‌شود؛ فقط {ltr(VERSION)}",
        )
    body = tokens[1:-1]
    if not body:
        raise _fail(
            "it needs at least a proportion, an initiative and a review",
            statement,
            "empty",
            "دست‌کم یک نسبت، یک آغازگر و یک کد بازبینی لازم است",
        )
    proportion, rest = body[0], body[1:]
    if proportion not in PROPORTIONS:
        hint, hint_fa = _hint(proportion, "the proportion")
        raise _fail(
            f"proportion {proportion!r} is not one of {', '.join(PROPORTIONS)}{hint}",
            statement,
            "proportion",
            f"نسبت {_q(proportion)} هیچ‌یک از {_codes(PROPORTIONS)} نیست{hint_fa}",
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
                f"a second proportion {found!r}; give exactly one",
                statement,
                "proportion_twice",
                f"نسبت دوم {_q(found)}؛ فقط یک نسبت بدهید",
            )
        hint, hint_fa = _hint(found, "the initiative") if found else ("", "")
        raise _fail(
            "an initiative (Hin and/or Ain) must follow the proportion and contributions"
            + (f", found {found!r}{hint}" if found else ""),
            statement,
            "initiative_missing",
            f"پس از نسبت و مشارکت‌ها باید کد آغازگر ({ltr('Hin')} و/یا {ltr('Ain')}) بیاید"
            + (f"، اما {_q(found)} آمده است{hint_fa}" if found else ""),
        )
    if not rest:
        raise _fail(
            "a review (R or Nr) must follow the initiative",
            statement,
            "review_missing",
            f"پس از آغازگر باید کد بازبینی ({ltr('R')} یا {ltr('Nr')}) بیاید",
        )
    review = rest.pop(0)
    if review in CONTRIBUTIONS:
        raise _fail(
            f"contribution {review!r} comes after the initiative; contributions go right "
            "after the proportion",
            statement,
            "order",
            f"کد مشارکت {_q(review)} پس از آغازگر آمده است؛ مشارکت‌ها درست پس از نسبت می‌آیند",
        )
    if review not in REVIEWS:
        hint, hint_fa = _hint(review, "the review")
        raise _fail(
            f"a review (R or Nr) must follow the initiative, found {review!r}{hint}",
            statement,
            "review",
            f"پس از آغازگر باید کد بازبینی ({ltr('R')} یا {ltr('Nr')}) بیاید، اما {_q(review)} "
            f"آمده است{hint_fa}",
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
        raise _fail(
            "a contribution is listed twice",
            None,
            "contribution_duplicate",
            "یک کد مشارکت دو بار آمده است",
        )
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
