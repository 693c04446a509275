"""``azadkar disclose``: a per-deliverable AI-use disclosure, and contract clauses."""

from __future__ import annotations

import datetime as _dt
import json
from collections.abc import Iterator
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, NoReturn

import typer

from azadkar.cli._common import (
    AzadkarCommand,
    Format,
    Lang,
    fail,
    for_terminal,
    print_json,
    whole_option,
)

if TYPE_CHECKING:
    from azadkar.errors import AzadkarError

DISCLOSE_HELP = """Disclose how AI was used to make a deliverable, in a form clients can check.

Gives an AI Attribution statement (IBM AI Attribution Toolkit format, e.g.
`AIA Ph Se Nc Hin R ChatGPT v1.0`), the IPTC digital source type, a sentence for the client
in Persian and English, and EU AI Act Article 50 guidance. Add --clauses for contract
clauses on AI use. Missing answers are asked for (unless --no-input).

Examples:

  azadkar disclose --title "Blog post: AI and translators" --ai-share 30 \\
      --tool "chatgpt:generate:first draft" --tool grammarly:edit \\
      --review --no-input

  azadkar disclose --input record.json --format json --save report.json

  azadkar disclose --options contract.toml --clauses --lang fa \\
      --format md --no-input

(contract.toml: a \\[disclosure] table with any record field and a \\[clauses] table,
e.g. platform = "upwork", max_ai_share = 40; the full list is in docs/disclosure.md.)

  azadkar disclose --check-aia "AIA PAI Ce Hin R Gemini 2.5 Pro v1.0"

Then sign the delivered file:

  azadkar credentials sign poster.png --disclosure report.json ...

Nothing here is legal advice.
"""

TOOL_HELP = (
    "An AI tool you used, as ID:MODE/CODE:PURPOSE where only ID is required. ID is a catalogue id or "
    "name, in any case or a usual Persian spelling (chatgpt, 'Google Translate', میدجرنی, ...); a "
    "name outside the catalogue is recorded as written, after a did-you-mean check; MODE is generate (its output is in the "
    "deliverable), edit (it changed your work) or assist (ideas/research only); without MODE a "
    "catalogue tool gets its usual one (edit for Photoshop or Grammarly, generate for "
    "Midjourney or ChatGPT, assist for Perplexity), another tool generate. CODE "
    "overrides the AIA contribution (Se, Ce, Nc). Repeat for several. "
    "Example: --tool 'midjourney:generate:key visual' --tool grammarly:edit/Se"
)

_PROMPTS = {
    "title": {
        "en": "Deliverable (what did you deliver?)",
        "fa": "اثر تحویلی (چه چیزی تحویل دادید؟)",
    },
    "ai_share": {
        "en": "Share of the deliverable produced by AI, in percent (0-100)",
        "fa": "سهم هوش مصنوعی در اثر، به درصد (۰ تا ۱۰۰)",
    },
    "tool": {
        "en": "AI tool used (id or name; empty to finish)",
        "fa": "ابزار هوش مصنوعی (شناسه یا نام؛ خالی برای پایان)",
    },
    "mode": {
        "en": "How: generate, edit or assist",
        "fa": "چگونه: generate (تولید)، edit (ویرایش) یا assist (کمک)",
    },
    "purpose": {"en": "For what (a few words)", "fa": "برای چه (چند واژه)"},
    "review": {
        "en": "Did a person review and approve all AI output before delivery?",
        "fa": "آیا انسانی همهٔ خروجی هوش مصنوعی را پیش از تحویل بازبینی و تأیید کرد؟",
    },
}


class Initiative(StrEnum):
    human = "human"
    ai = "ai"
    both = "both"


class HumanSource(StrEnum):
    creation = "creation"
    capture = "capture"


class Platform(StrEnum):
    direct = "direct"
    upwork = "upwork"
    fiverr = "fiverr"


class Ownership(StrEnum):
    assignment = "assignment"
    license = "license"


class Jurisdiction(StrEnum):
    us = "us"
    eu = "eu"
    other = "other"


def fail_in(lang: str, exc: AzadkarError, code: int = 2) -> NoReturn:
    """Print ``exc`` for a person (stderr) in ``lang`` and exit with ``code``.

    The English line is :func:`azadkar.cli._common.fail`'s; with ``fa`` the Persian
    message is printed where one is written, as the top-level group does.
    """
    if lang == "fa" and exc.message_fa:
        typer.secho(f"خطا: {exc.message_fa}", fg=typer.colors.RED, err=True)
        raise typer.Exit(code)
    fail(exc.message, code=code)


class ToolSpecError(ValueError):
    """A malformed ``--tool`` value (a ``ValueError``, with the reason also in Persian)."""

    def __init__(self, message: str, message_fa: str) -> None:
        super().__init__(message)
        self.message_fa = message_fa


def parse_tool_spec(spec: str) -> dict[str, Any]:
    """``ID:MODE/CODE:PURPOSE`` (only ID required) → a ToolUse dict (raises ValueError with the reason)."""
    from azadkar.bidi import isolate, ltr

    parts = spec.split(":", 2)
    tool = parts[0].strip()
    shown = ltr(f"--tool {spec!r}")
    if not tool:
        raise ToolSpecError(
            f"--tool {spec!r}: the tool id is empty", f"{shown}: شناسهٔ ابزار خالی است"
        )
    use: dict[str, Any] = {"tool": tool}
    if len(parts) > 1 and parts[1].strip():
        mode, _, code = parts[1].strip().partition("/")
        mode = _MODE_WORDS.get(mode.strip(), mode.strip().lower())
        if mode not in ("generate", "edit", "assist"):
            raise ToolSpecError(
                f"--tool {spec!r}: mode {mode!r} must be generate, edit or assist",
                f"{shown}: حالت {isolate(repr(mode))} باید generate (تولید)، edit (ویرایش) یا "
                "assist (کمک) باشد",
            )
        use["mode"] = mode
        if code:
            if code not in ("Se", "Ce", "Nc"):
                raise ToolSpecError(
                    f"--tool {spec!r}: contribution {code!r} must be Se, Ce or Nc",
                    f"{shown}: کد مشارکت {isolate(repr(code))} باید Se، Ce یا Nc باشد",
                )
            use["contribution"] = code
    if len(parts) > 2 and parts[2].strip():
        use["purpose"] = parts[2].strip()
    return use


def _prompt(key: str, lang: str, **kwargs: Any) -> Any:
    return typer.prompt(_PROMPTS[key]["fa" if lang == "fa" else "en"], **kwargs)


# Persian and Arabic-Indic digits, so "۳۰" or "٣٠٪" typed at the prompt reads as 30.
_DIGITS = str.maketrans("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩", "01234567890123456789", "%٪ ")


def parse_share(answer: str) -> int | None:
    """A whole percent 0-100 from what a person typed (any digits, optional %), else None."""
    text = answer.strip().translate(_DIGITS)
    if not text.isdigit():
        return None
    value = int(text)
    return value if value <= 100 else None


def _ask_share(lang: str) -> int:
    while True:
        share = parse_share(str(_prompt("ai_share", lang, default="", show_default=False)))
        if share is not None:
            return share
        typer.echo(
            "  یک عدد صحیح از ۰ تا ۱۰۰ بنویسید، مثلاً ۳۰"
            if lang == "fa"
            else "  Type a whole number from 0 to 100, e.g. 30",
            err=True,
        )


def _tool_name(name: str, lang: str, *, no_input: bool, keep: bool, flag: bool) -> str:
    """The catalogue id for ``name`` (any case, Persian spellings), else ``name`` as written.

    A name close to a catalogue tool ("chatgtp") is a likely typo: it is asked about, or,
    with --no-input, an error naming the closest tool, unless --keep-tool-names. Any other
    unknown name is a tool outside the catalogue: recorded as written, with a note.
    """
    from azadkar.bidi import isolate, ltr
    from azadkar.disclosure.tool_names import match_tool, suggest_tools
    from azadkar.errors import InputError

    fa = lang == "fa"
    tool = match_tool(name)
    if tool is not None:
        return tool.id
    close = [] if keep else suggest_tools(name)
    shown = f"--tool {name!r}" if flag else repr(name)
    shown_fa = ltr(shown) if flag else isolate(shown)
    if close:
        if no_input:
            ids = ", ".join(f"{t.id!r} ({t.name})" for t in close)
            ids_fa = "، ".join(f"{isolate(repr(t.id))} ({isolate(t.name)})" for t in close)
            raise InputError(
                f"{shown} is not in the AI tool catalogue; did you mean {ids}? "
                "If it is another tool, add --keep-tool-names to record it as written.",
                message_fa=f"{shown_fa} در فهرست ابزارهای هوش مصنوعی نیست؛ منظورتان {ids_fa} "
                f"است؟ اگر ابزار دیگری است، {ltr('--keep-tool-names')} را بیفزایید تا همان‌طور "
                "که نوشته‌اید ثبت شود.",
            )
        # Each close tool in turn ("Copilot": GitHub Copilot, then Microsoft Copilot).
        for i, cand in enumerate(close):
            lead = (
                ""
                if i
                else (
                    f"{isolate(repr(name))} در فهرست ابزارها نیست. "
                    if fa
                    else f"{name!r} is not in the AI tool catalogue. "
                )
            )
            question = (
                f"  {lead}منظورتان {isolate(cand.name)} ({isolate(cand.id)}) است؟"
                if fa
                else f"  {lead}Did you mean {cand.name} ({cand.id})?"
            )
            if _confirm(question, lang, default=i == 0):
                return cand.id
    # The AIA statement is read by machines and by clients who may not read Persian: a
    # name in another script is carried as written there, so say how to give a Latin one.
    latin = all(ch.isascii() for ch in name if ch.isalpha())
    typer.echo(
        f"  ({isolate(repr(name))} در فهرست ابزارها نیست؛ همان‌طور که نوشتید ثبت می‌شود"
        + (
            ""
            if latin
            else "، در بیانیهٔ AIA هم؛ اگر نام لاتین آن را می‌دانید، همان را بنویسید، مثلاً "
            f"{ltr('Sora')}"
        )
        + ")"
        if fa
        else f"  ({name!r} is not in the AI tool catalogue; it is recorded as written"
        + (
            ""
            if latin
            else ", also in the AIA statement; if you know its Latin name, write that, e.g. Sora"
        )
        + ")",
        err=True,
    )
    return name


def _ask_tools(lang: str) -> list[dict[str, Any]]:
    uses: list[dict[str, Any]] = []
    while True:
        answer = _prompt("tool", lang, default="", show_default=False).strip()
        if not answer:
            return uses
        # The --tool form typed at the prompt ("chatgpt:generate:caption") is read as the
        # option reads it; the questions ask only for what it leaves out.
        try:
            use = parse_tool_spec(answer)
        except ToolSpecError as exc:
            typer.echo(f"  {exc.message_fa if lang == 'fa' else exc}", err=True)
            continue
        use["tool"] = _tool_name(use["tool"], lang, no_input=False, keep=False, flag=False)
        mode = use.get("mode", "")
        if mode not in _MODES:
            mode = _ask_mode(use["tool"], lang)
        use["mode"] = mode
        if "purpose" not in use:
            use["purpose"] = _prompt("purpose", lang, default="", show_default=False)
        uses.append(use)


_MODES = ("generate", "edit", "assist")
# What each mode says, and what its AIA contribution codes mean, for the mode question.
_MODE_MEANS = {
    "en": {
        "generate": "its output is in the deliverable",
        "edit": "it changed work a person made",
        "assist": "ideas, research or checks only",
    },
    "fa": {
        "generate": "خروجی آن در اثر است",
        "edit": "کاری را که انسان ساخته بود تغییر داد",
        "assist": "فقط ایده، پژوهش یا بررسی",
    },
}
_CODE_MEANS = {
    "en": {"Nc": "new AI-made content", "Ce": "AI content edits", "Se": "AI stylistic edits"},
    "fa": {
        "Nc": "محتوای تازهٔ ساختهٔ هوش مصنوعی",
        "Ce": "ویرایش محتوایی هوش مصنوعی",
        "Se": "ویرایش سبکی هوش مصنوعی",
    },
}


def mode_choices(tool_name: str, lang: str = "en") -> tuple[str | None, str]:
    """(the tool's usual mode, or ``None`` outside the catalogue; the lines that say what
    each answer to "How" records for it: in words, and its AIA contribution code and IPTC
    digital source type).

    A Photoshop retouch answered with the old default, generate, was recorded as new
    AI-made content (``Nc``, ``trainedAlgorithmicMedia``) and signed into the file.
    """
    from azadkar.bidi import isolate, ltr
    from azadkar.disclosure.report import _MODE_FA, use_codes
    from azadkar.disclosure.tool_names import match_tool

    fa = lang == "fa"
    tool = match_tool(tool_name)
    name = tool.name if tool else tool_name
    usual = tool.default_mode if tool else None
    if fa:
        lines = [
            f"  ابزار {isolate(name, always=True)} چگونه به کار رفت؟ "
            + (
                f"معمولاً {_MODE_FA[usual]} ({ltr(usual)})؛ Enter همین را ثبت می‌کند."
                if usual
                else "در فهرست ابزارها نیست، پس پاسخی از پیش فرض نمی‌شود."
            ),
            "  هر پاسخ چه ثبت می‌کند:",
        ]
    else:
        lines = [
            f"  How was {name} used? "
            + (
                f"Usually: {usual} (Enter records it)."
                if usual
                else "It is not in the catalogue, so no answer is assumed."
            ),
            "  What each answer records:",
        ]
    for mode in _MODES:
        code, _, dst = use_codes(tool, mode)
        means = _MODE_MEANS["fa" if fa else "en"][mode]
        if fa:
            made = _CODE_MEANS["fa"][code] if code else "هیچ محتوای هوش مصنوعی"
            lines.append(f"    {_MODE_FA[mode]} ({ltr(mode)}): {means}: {made}")
            lines.append(
                f"      کدها: {ltr(f'AIA {code}')}، {ltr(f'IPTC {dst}')}"
                if code and dst
                else f"      بدون کد {ltr('AIA')} و بدون اصطلاح {ltr('IPTC')}"
            )
        else:
            made = _CODE_MEANS["en"][code] if code else "no AI content"
            lines.append(f"    {mode:<8}  {means}: {made}")
            lines.append(
                f"              (AIA {code}, IPTC {dst})"
                if code and dst
                else "              (no AIA code, no IPTC term)"
            )
    return usual, "\n".join(lines)


def _ask_mode(tool_name: str, lang: str) -> str:
    """Ask how the tool was used, offering its usual mode and saying what each records."""
    usual, choices = mode_choices(tool_name, lang)
    typer.echo(for_terminal(choices, err=True), err=True)
    while True:
        if usual:
            answer = str(_prompt("mode", lang, default=usual)).strip()
        else:  # a tool outside the catalogue: no answer is assumed
            answer = str(_prompt("mode", lang)).strip()
        mode = _MODE_WORDS.get(answer, answer.lower())
        if mode in _MODES:
            return mode
        typer.echo(
            "  generate (تولید)، edit (ویرایش) یا assist (کمک) بنویسید"
            if lang == "fa"
            else "  Type generate, edit or assist",
            err=True,
        )


def disclose(
    input: Annotated[
        Path | None,
        typer.Option(
            "--input",
            "-i",
            help="A disclosure record (or a report from --format json) as JSON. Flags override it.",
        ),
    ] = None,
    options: Annotated[
        Path | None,
        typer.Option(
            help="A TOML file with a \\[disclosure] table (record fields) and/or a \\[clauses] table "
            "(clause options). Flags override it. See docs/disclosure.md."
        ),
    ] = None,
    title: Annotated[str | None, typer.Option(help="What the deliverable is.")] = None,
    service: Annotated[
        str | None, typer.Option(help="Taxonomy service id, e.g. blog_content (optional).")
    ] = None,
    modality: Annotated[
        str | None, typer.Option(help="text, image, audio, video, code or mixed (default text).")
    ] = None,
    author: Annotated[str | None, typer.Option(help="Your name (the freelancer).")] = None,
    client: Annotated[str | None, typer.Option(help="The client's name.")] = None,
    date: Annotated[
        str | None, typer.Option(help="Delivery date, YYYY-MM-DD (default today).")
    ] = None,
    tool: Annotated[list[str] | None, typer.Option("--tool", "-t", help=TOOL_HELP)] = None,
    keep_tool_names: Annotated[
        bool,
        typer.Option(
            "--keep-tool-names",
            help="Record every --tool name outside the catalogue as written, even one that "
            "looks like a misspelt catalogue tool (else: asked, or an error with --no-input).",
        ),
    ] = False,
    ai_share: Annotated[
        int | None,
        whole_option(
            low=0,
            high=100,
            percent=True,
            what_fa="سهم هوش مصنوعی",
            help="Percent of the deliverable produced by AI, 0-100 (your estimate). "
            "0 → Eh, 1-39 → Ph, 40-60 → HAb, 61-99 → PAI, 100 → EAI.",
        ),
    ] = None,
    initiative: Annotated[
        Initiative | None,
        typer.Option(
            help="Who initiated the AI contributions: human (Hin), ai (Ain, e.g. auto-complete) "
            "or both."
        ),
    ] = None,
    review: Annotated[
        bool | None,
        typer.Option(
            "--review/--no-review", help="A person reviewed and approved all AI output (R / Nr)."
        ),
    ] = None,
    reviewer: Annotated[str | None, typer.Option(help="Who reviewed (optional).")] = None,
    human_source: Annotated[
        HumanSource | None,
        typer.Option(
            help="The human-made part was made on a computer (creation) or photographed/recorded "
            "(capture). Sets the IPTC type when no AI touched the media."
        ),
    ] = None,
    eu: Annotated[
        bool | None,
        typer.Option("--eu/--no-eu", help="It will be published or used in the EU (AI Act)."),
    ] = None,
    informs_public: Annotated[
        bool,
        typer.Option(help="Text published to inform the public on matters of public interest."),
    ] = False,
    deep_fake: Annotated[
        bool,
        typer.Option(help="Image/audio/video that resembles real people, places or events."),
    ] = False,
    artistic: Annotated[
        bool, typer.Option(help="Part of an evidently artistic, satirical or fictional work.")
    ] = False,
    editorial: Annotated[
        bool,
        typer.Option(help="A person or company holds editorial responsibility for publishing it."),
    ] = False,
    notes: Annotated[str | None, typer.Option(help="Anything else the client should know.")] = None,
    no_input: Annotated[
        bool, typer.Option("--no-input", help="Never ask; fail if something required is missing.")
    ] = False,
    clauses: Annotated[
        bool, typer.Option("--clauses", help="Also print contract clauses on AI use.")
    ] = False,
    clauses_html: Annotated[
        Path | None,
        typer.Option(
            help="Write the contract clauses as an HTML document to this file (.html; a .pdf "
            "name is refused: use --clauses-pdf)."
        ),
    ] = None,
    clauses_pdf: Annotated[
        Path | None,
        typer.Option(
            help="Write the contract clauses as a PDF to this file (A4; Persian right to left "
            "with --lang fa). Example: --clauses-pdf clauses.pdf --lang fa"
        ),
    ] = None,
    platform: Annotated[
        Platform | None, typer.Option(help="direct, upwork or fiverr: adds that platform's notes.")
    ] = None,
    permit: Annotated[
        list[str] | None,
        typer.Option(
            "--permit",
            help="A tool the clauses permit (repeat). Default: the tools in the disclosure.",
        ),
    ] = None,
    max_ai_share: Annotated[
        int | None,
        whole_option(
            low=0,
            high=100,
            percent=True,
            what_fa="سقف سهم هوش مصنوعی",
            help="Clause: AI-produced share may not exceed this percent.",
        ),
    ] = None,
    ownership: Annotated[
        Ownership | None, typer.Option(help="Clause: assignment (default) or license.")
    ] = None,
    jurisdiction: Annotated[
        Jurisdiction | None,
        typer.Option(help="Whose copyright guidance the ownership clause leans on: us, eu, other."),
    ] = None,
    governing_law: Annotated[
        str | None, typer.Option(help="Clause: the governing law, e.g. 'the laws of Ontario'.")
    ] = None,
    dispute_days: Annotated[
        int | None,
        whole_option(
            low=1,
            high=90,
            what_fa="روزهای هر مرحلهٔ اعتراض",
            help="Clause: days for each step of an AI-detector dispute.",
        ),
    ] = None,
    save: Annotated[
        Path | None,
        typer.Option(
            help="Also write the full report as JSON to this .json file (for `credentials sign`)."
        ),
    ] = None,
    check_aia: Annotated[
        str | None,
        typer.Option(
            help="Only check an AI Attribution statement and explain it (exit 1 if invalid)."
        ),
    ] = None,
    lang: Annotated[Lang, typer.Option(help="Language of the output: fa or en.")] = Lang.en,
    format: Annotated[
        Format, typer.Option("--format", "-f", help="text, json or md.")
    ] = Format.text,
) -> None:
    from azadkar.errors import AzadkarError

    try:
        _run(locals())
    except AzadkarError as exc:
        fail_in(lang.value, exc, code=2)


def _run(a: dict[str, Any]) -> None:
    from azadkar import disclosure as d
    from azadkar.bidi import isolate, ltr
    from azadkar.errors import InputError
    from azadkar.tools import find_tool

    lang = a["lang"].value
    if a["check_aia"] is not None:
        _check(a["check_aia"], a["format"], lang)
        return
    _check_suffixes(a["clauses_html"], a["clauses_pdf"], a["save"])
    data: dict[str, Any] = {}
    clause_opts: dict[str, Any] = {}
    if a["input"] is not None:
        data = d.load_disclosure(a["input"]).model_dump(mode="json")
    if a["options"] is not None:
        doc = d.load_options_file(a["options"])
        data.update(doc.get("disclosure", {}))
        clause_opts.update(doc.get("clauses", {}))
    for key in ("title", "service", "modality", "author", "client", "reviewer", "notes"):
        if a[key] is not None:
            data[key] = a[key]
    if a["date"] is not None:
        try:
            data["date"] = _dt.date.fromisoformat(a["date"]).isoformat()
        except ValueError:
            raise InputError(
                f"--date {a['date']!r} is not a date like 2026-11-01",
                message_fa=f"{ltr('--date')} {isolate(repr(a['date']))} تاریخی به شکل "
                f"{ltr('2026-11-01')} نیست",
            ) from None
    if a["ai_share"] is not None:
        data["ai_share"] = a["ai_share"]
    if a["initiative"] is not None:
        value = a["initiative"].value
        data["initiative"] = ["human", "ai"] if value == "both" else [value]
    if a["review"] is not None:
        data["human_review"] = a["review"]
    if a["human_source"] is not None:
        data["human_source"] = (
            "digitalCapture" if a["human_source"].value == "capture" else "digitalCreation"
        )
    pub = dict(data.get("publication") or {})
    if a["eu"] is not None:
        pub["eu_audience"] = a["eu"]
    for flag, key in (
        ("informs_public", "informs_public"),
        ("deep_fake", "deep_fake"),
        ("artistic", "artistic"),
        ("editorial", "editorial_responsibility"),
    ):
        if a[flag]:
            pub[key] = True
    if pub:
        data["publication"] = pub
    # Last, so that a question about a tool name knows every other answer given.
    if a["tool"]:
        try:
            uses = [parse_tool_spec(s) for s in a["tool"]]
        except ValueError as exc:
            raise InputError(str(exc), message_fa=getattr(exc, "message_fa", None)) from None
        with _input_may_end(data, lang, tools_pending=True):
            for use in uses:
                use["tool"] = _tool_name(
                    use["tool"], lang, no_input=a["no_input"], keep=a["keep_tool_names"], flag=True
                )
        for use in uses:
            # --tool NAME without a mode: the catalogue tool's usual one (Photoshop edits,
            # Midjourney generates); a tool outside the catalogue keeps the record's
            # default, generate.
            if "mode" not in use and (found := find_tool(use["tool"])) is not None:
                use["mode"] = found.default_mode
        data["tools"] = uses

    if data.get("service"):
        from azadkar.taxonomy import get_service

        get_service(str(data["service"]))  # an unknown id fails here, with the closest ids
    with _input_may_end(data, lang):
        _fill_missing(data, lang, a["no_input"])
    # --tool names were matched above (asked about, or kept with --keep-tool-names); the
    # tools of an --input record were checked when it was made.
    report = d.disclose(data, keep_tool_names=True)

    for key, opt in (
        ("platform", "platform"),
        ("ownership", "ownership"),
        ("jurisdiction", "jurisdiction"),
    ):
        if a[key] is not None:
            clause_opts[opt] = a[key].value
    for key in ("max_ai_share", "governing_law", "dispute_days"):
        if a[key] is not None:
            clause_opts[key] = a[key]
    if a["permit"]:
        clause_opts["permitted_tools"] = list(a["permit"])
    want_clauses = a["clauses"] or a["clauses_html"] is not None or a["clauses_pdf"] is not None
    contract = (
        d.contract_clauses(clause_opts, lang=lang, record=report.record) if want_clauses else None
    )
    if contract is not None:
        from azadkar.disclosure.clauses import share_conflict

        conflict = share_conflict(clause_opts, report.record)
        if conflict is not None:
            # Written anyway (the clauses are a template to adapt), but not silently.
            typer.secho(
                f"هشدار: {conflict['fa']}" if lang == "fa" else f"warning: {conflict['en']}",
                fg=typer.colors.YELLOW,
                err=True,
            )

    if a["save"] is not None:
        saved = json.dumps(report.to_json_dict(), ensure_ascii=False, indent=2) + "\n"
        _write(a["save"], lambda: a["save"].write_text(saved, encoding="utf-8"), "--save", lang)
    if a["clauses_html"] is not None and contract is not None:
        page = contract.to_html(full_document=True)
        _write(
            a["clauses_html"],
            lambda: a["clauses_html"].write_text(page, encoding="utf-8"),
            "--clauses-html",
            lang,
        )
    if a["clauses_pdf"] is not None and contract is not None:
        from azadkar.report.clauses_pdf import render_clauses_pdf

        pdf = render_clauses_pdf(contract)
        _write(a["clauses_pdf"], lambda: a["clauses_pdf"].write_bytes(pdf), "--clauses-pdf", lang)

    fmt = a["format"]
    if fmt is Format.json:
        out = report.to_json_dict()
        if contract is not None and a["clauses"]:
            out["clauses"] = {
                "lang": lang,
                "markdown": contract.to_markdown(),
                "html": contract.to_html(),
            }
        print_json(out)
        return
    body = d.render_markdown(report, lang) if fmt is Format.md else d.render_text(report, lang)
    # On a terminal, long paragraphs are wrapped at spaces (the terminal would cut
    # Persian words in two); in a pipe or a file they stay whole, for pasting.
    typer.echo(for_terminal(body))
    if contract is not None and a["clauses"]:
        typer.echo("")
        typer.echo(for_terminal(contract.to_markdown()))


def _write(path: Path, writer: Any, flag: str, lang: str = "en") -> None:
    """:func:`azadkar.cli._help.write_output`, with the reason also in Persian."""
    from azadkar.bidi import ltr
    from azadkar.cli._help import write_output
    from azadkar.disclosure.fa_errors import os_reason_fa
    from azadkar.errors import InputError

    failure: list[OSError] = []

    def run() -> object:
        try:
            return writer()
        except OSError as exc:
            failure.append(exc)
            raise

    try:
        write_output(path, run, flag)
        # Say where the file went (on stderr: standard output may be the JSON report).
        if lang == "fa":
            typer.echo(f"نوشته شد: {ltr(path)} ({ltr(flag)})", err=True)
        else:
            typer.echo(f"written: {path} ({flag})", err=True)
    except InputError as exc:
        shown = ltr(f"{flag} {str(path)!r}")
        if failure and isinstance(failure[0], IsADirectoryError):
            exc.message_fa = f"{shown} یک پوشه است؛ نام یک فایل را بدهید"
        elif failure:
            hint = (
                f" (پوشهٔ {ltr(repr(str(path.parent)))} وجود ندارد)"
                if not path.parent.exists()
                else ""
            )
            exc.message_fa = f"نوشتن {shown} ممکن نشد: {os_reason_fa(failure[0])}{hint}"
        raise


_HTML_SUFFIXES = (".html", ".htm", ".xhtml")


def _check_suffixes(
    html_path: Path | None, pdf_path: Path | None, save_path: Path | None = None
) -> None:
    """Refuse a file name whose extension promises another format (before any work)."""
    from azadkar.bidi import ltr
    from azadkar.errors import InputError

    # (A folder is named as such when it is written to.)
    if save_path is not None and save_path.suffix.lower() != ".json" and not save_path.is_dir():
        name = str(save_path)
        ext = save_path.suffix
        said = f"ends in {ext}" if ext else "has no extension"
        said_fa = f"به {ltr(ext)} ختم می‌شود" if ext else "پسوند ندارد"
        raise InputError(
            f"--save writes the report as JSON, but {name!r} {said}; use a name ending in "
            ".json (for HTML or PDF clauses: --clauses-html / --clauses-pdf)",
            message_fa=f"{ltr('--save')} گزارش را به‌صورت JSON می‌نویسد، اما نام "
            f"{ltr(repr(name))} {said_fa}؛ نامی بدهید که به {ltr('.json')} ختم شود (برای "
            f"بندهای قرارداد در HTML یا PDF: {ltr('--clauses-html')} / {ltr('--clauses-pdf')})",
            path=name,
        )

    if html_path is not None and html_path.suffix.lower() == ".pdf":
        name = str(html_path)
        raise InputError(
            f"--clauses-html writes HTML, but {name!r} ends in .pdf; "
            f"use --clauses-pdf {name!r} for a PDF, or a name ending in .html",
            message_fa=f"{ltr('--clauses-html')} فایل HTML می‌نویسد، اما نام {ltr(repr(name))} "
            f"به {ltr('.pdf')} ختم می‌شود؛ برای PDF از {ltr(f'--clauses-pdf {name!r}')} استفاده "
            f"کنید، یا نامی بدهید که به {ltr('.html')} ختم شود",
        )
    if pdf_path is not None and pdf_path.suffix.lower() in (*_HTML_SUFFIXES, ".md"):
        name = str(pdf_path)
        raise InputError(
            f"--clauses-pdf writes PDF, but {name!r} ends in "
            f"{pdf_path.suffix}; use a name ending in .pdf"
            + (f" (or --clauses-html {name!r})" if pdf_path.suffix != ".md" else ""),
            message_fa=f"{ltr('--clauses-pdf')} فایل PDF می‌نویسد، اما نام {ltr(repr(name))} به "
            f"{ltr(pdf_path.suffix)} ختم می‌شود؛ نامی بدهید که به {ltr('.pdf')} ختم شود"
            + (f" (یا {ltr(f'--clauses-html {name!r}')})" if pdf_path.suffix != ".md" else ""),
        )


def _fill_missing(data: dict[str, Any], lang: str, no_input: bool) -> None:
    from azadkar.bidi import ltr
    from azadkar.errors import InputError

    missing = []
    if not data.get("title"):
        missing.append(("title", "--title"))
    if data.get("ai_share") is None:
        missing.append(("ai_share", "--ai-share"))
    if no_input:
        if data.get("ai_share", 0) and data.get("human_review") is None:
            missing.append(("human_review", "--review/--no-review"))
        if data.get("ai_share", 0) and not data.get("tools"):
            missing.append(("tools", "--tool"))
        if missing:
            raise InputError(
                "missing "
                + ", ".join(flag for _, flag in missing)
                + " (or drop --no-input to be asked)",
                message_fa="این گزینه‌ها داده نشده‌اند: "
                + "، ".join(ltr(flag) for _, flag in missing)
                + f" (یا {ltr('--no-input')} را بردارید تا پرسیده شوند)",
            )
        if data.get("human_review") is None:
            data["human_review"] = True
        return
    if not data.get("title"):
        from azadkar.disclosure.record import is_blank

        # A title of spaces (or of invisible characters) would be refused after every
        # other answer: ask again now.
        while is_blank(str(data.get("title") or "")):
            data["title"] = _prompt("title", lang)
    if data.get("ai_share") is None:
        data["ai_share"] = _ask_share(lang)
    if data["ai_share"] > 0 and not data.get("tools"):
        data["tools"] = _ask_tools(lang)
    if data.get("human_review") is None:
        if data["ai_share"] == 0:
            # No AI output exists to review; the statement still needs R or Nr.
            data["human_review"] = True
        else:
            data["human_review"] = _ask_yes_no("review", lang, default=True)


def _missing_answers(data: dict[str, Any], *, tools_pending: bool = False) -> list[str]:
    """The options that give the answers ``data`` does not have yet."""
    from azadkar.disclosure.record import is_blank

    share = data.get("ai_share")
    missing = []
    if is_blank(str(data.get("title") or "")):
        missing.append("--title")
    if share is None:
        missing.append("--ai-share")
    if tools_pending or ((share is None or share > 0) and not data.get("tools")):
        missing.append("--tool")
    if data.get("human_review") is None and share != 0:
        missing.append("--review/--no-review")
    return missing


@contextmanager
def _input_may_end(
    data: dict[str, Any], lang: str, *, tools_pending: bool = False
) -> Iterator[None]:
    """Turn the end of the input during a question (``</dev/null``, a script's input that
    ran out) into a usage error naming the options that answer what was still asked.

    Ctrl-C is left to click ("Aborted!"): it is the person stopping, not missing input.
    """
    import click

    from azadkar.bidi import ltr
    from azadkar.errors import InputError

    try:
        yield
    except (typer.Abort, click.exceptions.Abort) as exc:  # typer's prompt raises its own
        if not isinstance(exc.__context__, EOFError):
            raise
        typer.echo("", err=True)  # the question is left without a line end
        flags = _missing_answers(data, tools_pending=tools_pending)
        keep = (
            "; a tool outside the catalogue also needs --keep-tool-names" if tools_pending else ""
        )
        keep_fa = (
            f"؛ ابزار بیرون از فهرست به {ltr('--keep-tool-names')} هم نیاز دارد"
            if tools_pending
            else ""
        )
        raise InputError(
            "the input ended before every question was answered; to run without questions, "
            f"pass --no-input with {', '.join(flags)} (or --input record.json / "
            f"--options file.toml){keep}",
            message_fa="ورودی پیش از پاسخ به همهٔ پرسش‌ها تمام شد؛ برای اجرا بدون پرسش، "
            f"{ltr('--no-input')} را همراه با {'، '.join(ltr(f) for f in flags)} بدهید (یا "
            f"{ltr('--input record.json')} / {ltr('--options file.toml')}){keep_fa}",
        ) from None


_MODE_WORDS = {"تولید": "generate", "ویرایش": "edit", "کمک": "assist"}
_YES = {"y", "yes", "بله", "آره", "بلی", "ب"}
_NO = {"n", "no", "نه", "خیر", "ن"}


def _ask_yes_no(key: str, lang: str, *, default: bool) -> bool:
    """A yes/no question that also takes Persian answers (بله / نه), unlike typer.confirm."""
    return _confirm(_PROMPTS[key]["fa" if lang == "fa" else "en"], lang, default=default)


def _confirm(question: str, lang: str, *, default: bool) -> bool:
    hint = ("بله/نه" if default else "نه/بله") if lang == "fa" else ("Y/n" if default else "y/N")
    while True:
        answer = str(
            typer.prompt(question, default="", show_default=False, prompt_suffix=f" [{hint}]: ")
        )
        word = answer.strip().lower()
        if not word:
            return default
        if word in _YES:
            return True
        if word in _NO:
            return False
        typer.echo("  بله یا نه بنویسید" if lang == "fa" else "  Answer y or n", err=True)


def _check(statement: str, fmt: Format, lang: str) -> None:
    from azadkar.bidi import ltr
    from azadkar.disclosure import parse_aia
    from azadkar.errors import DisclosureError

    try:
        parsed = parse_aia(statement)
    except DisclosureError as exc:
        if fmt is Format.json:
            body = {"valid": False, "statement": statement, **exc.to_dict()}
            if lang == "fa" and exc.message_fa:
                body["message_fa"] = exc.message_fa
            print_json(body)
            raise typer.Exit(1) from None
        fail_in(lang, exc, code=1)
    if fmt is Format.json:
        print_json({"valid": True, **parsed.to_dict(), "explanation": parsed.explain(lang)})
    else:
        typer.echo(f"معتبر: {ltr(str(parsed))}" if lang == "fa" else f"valid: {parsed}")
        typer.echo(parsed.explain(lang))


def register(app: typer.Typer) -> None:
    app.command("disclose", help=DISCLOSE_HELP, cls=AzadkarCommand)(disclose)


__all__ = ["ToolSpecError", "fail_in", "parse_tool_spec", "register"]
