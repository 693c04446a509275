"""From a disclosure record to the report: AIA statement, IPTC source type, client sentences.

Every derived value carries the rule that produced it, so a client (or a platform) can
check it: the AI share → AIA proportion bands below are azadkar's stated assumption (the
AI Attribution Toolkit leaves the thresholds to the author's judgement).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Final

from pydantic import BaseModel, Field

from azadkar.bidi import RLM, isolate, ltr
from azadkar.disclosure import aia as _aia
from azadkar.disclosure import iptc
from azadkar.disclosure.guidance import article_text, eu_ai_act_check, status_text
from azadkar.disclosure.record import Disclosure
from azadkar.report.strings import fa_digits

if TYPE_CHECKING:
    from azadkar.tools import Tool

# (upper bound inclusive, code): 0 → Eh, 1-39 → Ph, 40-60 → HAb, 61-99 → PAI, 100 → EAI.
PROPORTION_BANDS: Final = ((0, "Eh"), (39, "Ph"), (60, "HAb"), (99, "PAI"), (100, "EAI"))
PROPORTION_RULE: Final = {
    "en": "AI share → proportion: 0% Eh, 1-39% Ph, 40-60% HAb, 61-99% PAI, 100% EAI "
    "(azadkar's assumption; the toolkit leaves the thresholds to the author)",
    "fa": "سهم هوش مصنوعی ← نسبت: ۰٪ Eh، ۱ تا ۳۹٪ Ph، ۴۰ تا ۶۰٪ HAb، ۶۱ تا ۹۹٪ PAI، ۱۰۰٪ EAI "
    "(فرض آزادکار؛ جعبه‌ابزار مرزها را به داوری پدیدآورنده وامی‌گذارد)",
}


def proportion_for(ai_share: int) -> str:
    for upper, code in PROPORTION_BANDS:
        if ai_share <= upper:
            return code
    raise ValueError(f"ai_share {ai_share} is outside 0-100")


class ResolvedUse(BaseModel):
    tool: str
    tool_id: str | None = Field(description="Catalogue id, or null for a tool outside it.")
    name: str
    vendor: str | None
    mode: str
    purpose: str
    model: str | None
    contribution: str | None = Field(
        description="AIA contribution code (Se, Ce, Nc); null for a tool that only assisted, "
        "since none of its output is in the deliverable."
    )
    contribution_from: str = Field(description="'stated', or the rule that supplied it.")
    digital_source_type: str | None


class AIAInfo(BaseModel):
    statement: str
    proportion: str
    contributions: list[str]
    initiative: list[str]
    review: str
    model: str | None
    explanation: dict[str, str]
    proportion_rule: dict[str, str] = Field(default_factory=lambda: dict(PROPORTION_RULE))
    source: str = _aia.SOURCE


class SourceTypeInfo(BaseModel):
    code: str
    uri: str
    label: dict[str, str]
    rule: str
    reason: dict[str, str]
    source: str = iptc.SOURCE


class DisclosureReport(BaseModel):
    """Everything azadkar derives from a record (``azadkar disclose --format json``)."""

    record: Disclosure
    aia: AIAInfo
    digital_source_type: SourceTypeInfo
    uses: list[ResolvedUse]
    client_sentence: dict[str, str]
    eu_ai_act: dict[str, Any]
    catalogue_as_of: str
    generator: str = "azadkar"

    def to_json_dict(self) -> dict[str, Any]:
        return self.model_dump(mode="json")


def use_codes(
    tool: Tool | None, mode: str, contribution: str | None = None
) -> tuple[str | None, str, str | None]:
    """What one use of ``tool`` (``None``: a tool outside the catalogue) in ``mode``
    records: (AIA contribution code, where the code came from, IPTC digital source type).

    ``contribution`` is a code the record states. An assisting tool records neither code
    nor term. ``azadkar disclose`` shows these for each mode before asking how a tool was
    used.
    """
    contrib: str | None
    if mode == "assist":
        # None of its output is in the deliverable (the client sentence says so), so it
        # made no contribution the AIA codes describe.
        contrib, origin = None, "assist mode: none of its output is in the deliverable"
    elif contribution:
        contrib, origin = contribution, "stated"
    elif mode == "edit":
        contrib = tool.edit_contribution if tool else "Ce"
        origin = "catalogue edit_contribution" if tool else "edit mode default (Ce)"
    else:
        contrib, origin = "Nc", "generate mode default (Nc)"
    dst = iptc.for_use(
        mode,
        contrib or "",
        tool.dst_generate if tool else "trainedAlgorithmicMedia",
        tool.dst_edit if tool else "compositeWithTrainedAlgorithmicMedia",
    )
    return contrib, origin, dst


def _resolve(record: Disclosure) -> list[ResolvedUse]:
    from azadkar.disclosure.tool_names import match_tool

    out = []
    for use in record.tools:
        tool = match_tool(use.tool)  # id, name in any case, or a Persian spelling
        contrib, origin, dst = use_codes(tool, use.mode, use.contribution)
        out.append(
            ResolvedUse(
                tool=use.tool,
                tool_id=tool.id if tool else None,
                name=tool.name if tool else use.tool,
                vendor=tool.vendor if tool else None,
                mode=use.mode,
                purpose=use.purpose,
                model=use.model,
                contribution=contrib,
                contribution_from=origin,
                digital_source_type=dst,
            )
        )
    return out


def _use_name(use: ResolvedUse) -> str:
    return f"{use.name} {use.model}" if use.model else use.name


def _model_text(uses: list[ResolvedUse]) -> str | None:
    """The statement's model part: the tools whose contributions its codes describe.

    A tool that only assisted made none of the deliverable, so it is left out when another
    tool generated or edited material (naming it next to ``Nc`` would say it made content,
    against the client sentence); when every tool only assisted, they are named, with no
    contribution code, so the statement still says which AI was used.
    """
    producers = [u for u in uses if u.mode != "assist"]
    names = [_use_name(u) for u in producers or uses]
    return ", ".join(dict.fromkeys(names)) or None


def _assist_note(uses: list[ResolvedUse], model: str | None) -> dict[str, str]:
    """What the explanation adds about tools that only assisted (empty when none did)."""
    made = {_use_name(u) for u in uses if u.mode != "assist"}
    helpers = [
        name
        for name in dict.fromkeys(_use_name(u) for u in uses if u.mode == "assist")
        if name not in made
    ]
    if not helpers:
        return {"en": "", "fa": ""}
    named = model is not None and all(h in model.split(", ") for h in helpers)
    en_names, fa_names = ", ".join(helpers), "، ".join(isolate(h) for h in helpers)
    one = len(helpers) == 1
    its, them = ("its", "it") if one else ("their", "them")
    did_fa, its_fa = ("کرد", "خروجی‌هایش") if one else ("کردند", "خروجی‌هایشان")
    if named:
        return {
            "en": f" {en_names} only assisted: none of {its} output is in the deliverable, so "
            f"no contribution code stands for {them}.",
            "fa": f" {fa_names} فقط کمک {did_fa} و هیچ‌یک از {its_fa} در اثر نیست، پس کد "
            "مشارکتی برای آن نیامده است.",
        }
    return {
        "en": f" {en_names} also assisted; none of {its} output is in the deliverable, so the "
        f"statement does not name {them}.",
        "fa": f" {fa_names} نیز کمک {did_fa} و هیچ‌یک از {its_fa} در اثر نیست، پس بیانیه نامی "
        "از آن نمی‌برد.",
    }


def _tools_phrase(uses: list[ResolvedUse], lang: str) -> str:
    parts = []
    for u in uses:
        if lang == "fa":
            # Latin names and purposes isolated, so "Canva (Magic Studio)" keeps its brackets;
            # the list follows «ابزارها:», not a bracket («(Canva (Magic Studio)» read as doubled).
            name = isolate(u.name)
            parts.append(f"{name} برای {isolate(u.purpose)}" if u.purpose else name)
        else:
            parts.append(f"{u.name} for {u.purpose}" if u.purpose else u.name)
    if lang == "fa":
        return "، ".join(parts)
    return "; ".join(parts)


def client_sentences(record: Disclosure, uses: list[ResolvedUse], statement: str) -> dict[str, str]:
    """One paragraph for the client, in English and Persian.

    The wording follows what the tools did: a tool that generated or edited material is
    named as producing part of the deliverable; one that only assisted (ideas, research,
    checks) is named as help, never as having produced any of it.
    """
    who_en = record.author or "the freelancer"
    # Only the template's own words are capitalised at a sentence start, never a name.
    who_start = record.author or "The freelancer"
    # Persian: names, titles and the statement isolated (see azadkar.bidi); a
    # title that opens the sentence is isolated even when it is one plain word.
    who_fa = isolate(record.author) if record.author else "فریلنسر"
    title_fa = isolate(record.title)
    title_lead = isolate(record.title, lead=True)
    share = record.ai_share
    producers = [u for u in uses if u.mode != "assist"]
    helpers = [u for u in uses if u.mode == "assist"]
    generated = any(u.mode == "generate" for u in uses)
    if share == 0:
        en = f"“{record.title}” was made entirely by {who_en} without AI tools."
        fa = f"«{title_lead}» را {who_fa} به‌طور کامل و بدون ابزار هوش مصنوعی ساخته است."
    else:
        made_en, made_fa = _tools_phrase(producers, "en"), _tools_phrase(producers, "fa")
        help_en, help_fa = _tools_phrase(helpers, "en"), _tools_phrase(helpers, "fa")
        if share == 100 and generated:
            en = f"“{record.title}” was produced entirely with AI tools ({made_en})."
            fa = (
                f"«{title_lead}» به‌طور کامل با ابزارهای هوش مصنوعی ساخته شده است. "
                f"ابزارها: {made_fa}."
            )
        elif generated:
            en = (
                f"About {share}% of “{record.title}” was produced with AI tools ({made_en}); "
                f"{who_en} made the other {100 - share}%."
            )
            fa = (
                f"حدود {fa_digits(share)}٪ از «{title_fa}» با ابزارهای هوش مصنوعی ساخته شده "
                f"است و {fa_digits(100 - share)}٪ دیگر را {who_fa} ساخته است. ابزارها: {made_fa}."
            )
        elif producers:
            # Only edits: the work is the person's, changed by AI.
            en = (
                f"{who_start} made “{record.title}” and AI tools edited it ({made_en}); about "
                f"{share}% of the final deliverable comes from those edits."
            )
            fa = (
                f"«{title_lead}» را {who_fa} ساخته و ابزارهای هوش مصنوعی آن را ویرایش کرده‌اند؛ "
                f"حدود {fa_digits(share)}٪ از اثر نهایی حاصل این ویرایش‌هاست. ابزارها: {made_fa}."
            )
        else:
            # Only help: none of the tools' output is in the deliverable.
            en = (
                f"{who_start} made “{record.title}”; AI tools only assisted ({help_en}) and "
                f"none of their output is in the deliverable (AI share stated: about {share}%)."
            )
            fa = (
                f"«{title_lead}» را {who_fa} ساخته است؛ ابزارهای هوش مصنوعی فقط کمک کردند "
                f"و هیچ‌یک از خروجی‌هایشان در اثر نیست (سهم اعلام‌شدهٔ هوش مصنوعی: "
                f"حدود {fa_digits(share)}٪). ابزارهای کمکی: {help_fa}."
            )
        if producers and helpers:
            en += (
                f" AI tools also assisted ({help_en}); none of their output is in the deliverable."
            )
            fa += f" ابزارهای هوش مصنوعی همچنین کمک کردند، بی‌آنکه خروجی‌شان در اثر باشد: {help_fa}."
        if record.human_review:
            by_en = f" ({record.reviewer})" if record.reviewer else ""
            by_fa = f" ({isolate(record.reviewer)})" if record.reviewer else ""
            en += f" A person{by_en} reviewed and approved all AI output before delivery."
            fa += f" یک انسان{by_fa} همهٔ خروجی هوش مصنوعی را پیش از تحویل بازبینی و تأیید کرد."
        else:
            en += " The AI output was not reviewed by a person before delivery."
            fa += " خروجی هوش مصنوعی پیش از تحویل به دست انسان بازبینی نشد."
    en += f" AI Attribution statement: {statement}."
    fa += f" بیانیهٔ انتساب هوش مصنوعی: {ltr(statement)}"
    return {"en": en, "fa": fa}


def build_report(record: Disclosure) -> DisclosureReport:
    from azadkar.tools import load_catalogue

    uses = _resolve(record)
    proportion = proportion_for(record.ai_share)
    contributions: list[str] = []
    if proportion in ("PAI", "HAb", "Ph"):
        contributions = [c for c in _aia.CONTRIBUTIONS if any(u.contribution == c for u in uses)]
    initiative = tuple(
        code for key, code in (("human", "Hin"), ("ai", "Ain")) if key in record.initiative
    )
    statement = _aia.aia_statement(
        proportion,
        initiative=initiative,
        review=record.human_review,
        contributions=contributions,
        model=_model_text(uses) if proportion != "Eh" else None,
    )
    use_sources = [iptc.UseSource(u.name, u.mode, u.digital_source_type) for u in uses]
    code, rule = iptc.combine(record.ai_share, use_sources, record.human_source)
    reason = {
        k: v.format(share=record.ai_share if k == "en" else fa_digits(record.ai_share))
        for k, v in iptc.REASONS[rule].items()
    }
    text = str(statement)
    note = _assist_note(uses, statement.model) if proportion != "Eh" else {"en": "", "fa": ""}
    return DisclosureReport(
        record=record,
        aia=AIAInfo(
            statement=text,
            proportion=statement.proportion,
            contributions=list(statement.contributions),
            initiative=list(statement.initiative),
            review=statement.review,
            model=statement.model,
            explanation={
                "en": statement.explain("en") + note["en"],
                "fa": statement.explain("fa") + note["fa"],
            },
        ),
        digital_source_type=SourceTypeInfo(
            code=code,
            uri=iptc.uri(code),
            label={"en": iptc.label(code, "en"), "fa": iptc.label(code, "fa")},
            rule=rule,
            reason=reason,
        ),
        uses=uses,
        client_sentence=client_sentences(record, uses, text),
        eu_ai_act=eu_ai_act_check(record).to_dict(),
        catalogue_as_of=load_catalogue().as_of,
    )


_HEADING: Final = {"en": "AI-use disclosure", "fa": "افشای استفاده از هوش مصنوعی"}
_MODE_FA = {"generate": "تولید", "edit": "ویرایش", "assist": "کمک"}


def _date(iso: str, fa: bool) -> str:
    # Persian digits, isolated left-to-right so year-month-day keep their order.
    return f"\u2066{fa_digits(iso)}\u2069" if fa else iso


def _service_label(service_id: str | None, lang: str) -> str | None:
    """The service's name in ``lang`` with its id, or the id as given when unknown."""
    if not service_id:
        return service_id
    from azadkar.errors import AzadkarError
    from azadkar.taxonomy import get_service

    fa = lang == "fa"
    try:
        ident = isolate(service_id) if fa else service_id
        return f"{get_service(service_id).name(lang)} ({ident})"
    except AzadkarError:
        return isolate(service_id) if fa else service_id


def render_markdown(report: DisclosureReport, lang: str = "en") -> str:
    """The report as Markdown in ``lang`` (``fa`` or ``en``)."""
    fa = lang == "fa"

    def value(text: str | None, lead: bool = False) -> str | None:
        """A name or value for the document: isolated in Persian where bidi could move it."""
        return isolate(text, lead=lead) if fa and text else text

    def code(text: str) -> str:
        """A code, a statement, a URL or a citation: left to right in Persian."""
        return ltr(text) if fa else text

    rec = report.record
    lines = [f"# {_HEADING['fa' if fa else 'en']}: {value(rec.title)}", ""]
    meta = [
        ("پدیدآورنده" if fa else "Author", value(rec.author)),
        ("مشتری" if fa else "Client", value(rec.client)),
        ("تاریخ" if fa else "Date", _date(rec.date.isoformat(), fa)),
        ("خدمت" if fa else "Service", _service_label(rec.service, lang)),
        (
            "سهم هوش مصنوعی" if fa else "AI share",
            f"{fa_digits(rec.ai_share)}٪" if fa else f"{rec.ai_share}%",
        ),
        (
            "بازبینی انسانی" if fa else "Human review",
            ("بله" if rec.human_review else "خیر") if fa else ("yes" if rec.human_review else "no"),
        ),
    ]
    lines += [f"- **{k}:** {v}" for k, v in meta if v]
    lines += ["", "## " + ("به زبان ساده" if fa else "In plain words"), ""]
    lines += [report.client_sentence["fa" if fa else "en"], ""]
    lines += ["## " + ("بیانیهٔ انتساب هوش مصنوعی (AIA)" if fa else "AI Attribution statement"), ""]
    rule = report.aia.proportion_rule["fa" if fa else "en"]
    lines += [code(f"`{report.aia.statement}`"), "", report.aia.explanation["fa" if fa else "en"]]
    lines += ["", f"_{rule}. {code(report.aia.source)}_", ""]
    if report.uses:
        lines += ["## " + ("ابزارها" if fa else "Tools"), ""]
        head = (
            "| ابزار | کار | هدف | سهم (AIA) | نوع منبع IPTC |"
            if fa
            else "| Tool | Mode | Purpose | AIA code | IPTC source type |"
        )
        lines += [head, "|---|---|---|---|---|"]
        for u in report.uses:
            mode = _MODE_FA.get(u.mode, u.mode) if fa else u.mode
            name = f"{u.name} {u.model}" if u.model else u.name
            # The tool's name starts the row: isolated in Persian, so the row (a line of
            # the terminal output) stays right to left.
            lines.append(
                f"| {value(name, lead=True)} | {mode} | {value(u.purpose) or '-'} "
                f"| {u.contribution or '-'} | {u.digital_source_type or '-'} |"
            )
        lines.append("")
    dst = report.digital_source_type
    lines += ["## " + ("نوع منبع دیجیتال (IPTC)" if fa else "Digital source type (IPTC)"), ""]
    # A Persian line that starts with a code opens with a right-to-left mark, so that it is
    # laid out right to left also where the first letter decides (see bidi.isolate).
    start = RLM if fa else ""
    lines += [
        f"{start}{code(f'`{dst.code}`')} - {dst.label['fa' if fa else 'en']}. "
        f"{dst.reason['fa' if fa else 'en']}",
        "",
        code(f"<{dst.uri}>"),
        "",
    ]
    eu = report.eu_ai_act
    lines += [
        "## "
        + (
            "راهنمای قانون هوش مصنوعی اتحادیهٔ اروپا، مادهٔ ۵۰"
            if fa
            else "EU AI Act Article 50 guidance"
        ),
        "",
    ]
    for f in eu["findings"]:
        # Persian: the article with Persian digits and the status in words (the JSON keeps
        # the ids "50(2)" and "vendor_duty").
        article, status = article_text(f["article"], lang), status_text(f["status"], lang)
        lines.append(f"- **{article}** ({status}): {f['fa' if fa else 'en']}")
    lines += ["", f"_{eu['disclaimer']['fa' if fa else 'en']} {code(eu['source'])}_", ""]
    return "\n".join(lines)


def render_text(report: DisclosureReport, lang: str = "en") -> str:
    """A plain-text rendering for the terminal (Markdown without the markup).

    English headings are in capitals, but only azadkar's own words: the title keeps the
    person's capitalisation ("AI-USE DISCLOSURE: Onboarding UX copy for Acme SaaS").
    """
    out = []
    title_heading = f"# {_HEADING['en']}: "
    for line in render_markdown(report, lang).splitlines():
        if lang != "fa" and line.startswith(title_heading):
            out.append(_HEADING["en"].upper() + ": " + line.removeprefix(title_heading))
            continue
        line = line.replace("**", "").replace("`", "")
        if line.startswith("#"):
            line = line.lstrip("# ").upper() if lang != "fa" else line.lstrip("# ")
        if line.startswith("|---"):
            continue
        if line.startswith("_") and line.endswith("_"):
            line = line[1:-1]
        out.append(line)
    return "\n".join(out)


__all__ = [
    "PROPORTION_BANDS",
    "PROPORTION_RULE",
    "AIAInfo",
    "DisclosureReport",
    "ResolvedUse",
    "SourceTypeInfo",
    "build_report",
    "client_sentences",
    "fa_digits",
    "proportion_for",
    "render_markdown",
    "render_text",
    "use_codes",
]
