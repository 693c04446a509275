"""Contract clauses on AI use, in Persian and English, as Markdown or HTML.

A template for freelancer and client to adapt, not legal advice. The ownership clause
is grounded in how much of the work is human-made and says which guidance informs it:
the US Copyright Office, *Copyright and Artificial Intelligence, Part 2:
Copyrightability* (January 2025). The HTML is a self-contained fragment (or document)
that the report package can render to PDF.
"""

from __future__ import annotations

import html
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from azadkar import bidi
from azadkar.disclosure.fa_errors import (
    BilingualValueError,
    isolate,
    ltr,
    num,
    os_reason_fa,
    pydantic_message_fa,
)
from azadkar.disclosure.record import Disclosure, not_blank
from azadkar.errors import DisclosureError

USCO_2025: Final = (
    "U.S. Copyright Office, Copyright and Artificial Intelligence, Part 2: Copyrightability "
    "(January 2025), https://www.copyright.gov/ai/"
)
UPWORK_SOURCES: Final = (
    "Upwork, “Using Generative AI on Upwork” (20 March 2023), "
    "https://community.upwork.com/t5/Announcements/Using-Generative-AI-on-Upwork/ba-p/1279118; "
    "Upwork Optional Service Contract Terms, https://www.upwork.com/legal"
)
FIVERR_SOURCES: Final = (
    "Fiverr Community Standards, “Artificial Intelligence (AI) Generated Content”, "
    "https://help.fiverr.com/ (Community Standards)"
)


class ClauseOptions(BaseModel):
    """What the clauses say; every field has a default, so an empty TOML table works."""

    model_config = ConfigDict(extra="forbid")

    freelancer: str | None = Field(default=None, description="The freelancer's name.")
    client: str | None = Field(default=None, description="The client's name.")
    permitted_tools: list[str] = Field(
        default_factory=list,
        description="Catalogue ids or names of AI tools the freelancer may use; empty: any, "
        "as disclosed.",
    )
    permitted_uses: list[str] = Field(default_factory=list, description="What AI may be used for.")
    prohibited_uses: list[str] = Field(
        default_factory=list, description="What AI must not be used for."
    )
    max_ai_share: int | None = Field(
        default=None, ge=0, le=100, description="Upper limit on the AI-produced share (percent)."
    )
    ownership: Literal["assignment", "license"] = Field(
        default="assignment", description="Rights pass on full payment, or a licence is granted."
    )
    jurisdiction: Literal["us", "eu", "other"] = Field(
        default="us", description="Which copyright guidance the ownership note leans on."
    )
    governing_law: str | None = Field(default=None, description="e.g. 'the laws of Ontario'.")
    dispute_days: int = Field(
        default=10, ge=1, le=90, description="Days for each step of a detector dispute."
    )
    platform: Literal["direct", "upwork", "fiverr"] = Field(
        default="direct", description="Where the contract is made (adds platform notes)."
    )

    @field_validator("freelancer", "client", "governing_law")
    @classmethod
    def _not_blank(cls, value: str | None) -> str | None:
        return not_blank(value)

    @field_validator("permitted_tools", "permitted_uses", "prohibited_uses")
    @classmethod
    def _no_blank_items(cls, values: list[str]) -> list[str]:
        for value in values:
            if not value.strip():
                raise BilingualValueError(
                    "an item is empty or only spaces", "یکی از موارد خالی است یا فقط فاصله دارد"
                )
        return values


@dataclass(frozen=True, slots=True)
class Clause:
    id: str
    title: str
    paragraphs: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class ContractClauses:
    """The clauses in one language, renderable as Markdown or HTML."""

    lang: str
    title: str
    preamble: str
    clauses: tuple[Clause, ...]
    notes_title: str
    notes: tuple[str, ...]
    sources: tuple[str, ...] = field(default=())

    def _number(self, n: int) -> str:
        """Clause numbers in the document's digits (۱. ۲. in Persian)."""
        from azadkar.report.strings import fa_digits

        return fa_digits(n) if self.lang == "fa" else str(n)

    def to_markdown(self) -> str:
        lines = [f"# {self.title}", "", f"_{self.preamble}_", ""]
        for n, clause in enumerate(self.clauses, 1):
            lines += [f"## {self._number(n)}. {clause.title}", ""]
            for p in clause.paragraphs:
                lines += [p, ""]
        if self.notes:
            lines += [f"## {self.notes_title}", ""]
            lines += [f"- {n}" for n in self.notes]
            lines.append("")
        if self.sources:
            lines += ["---", ""]
            # English citations: isolated in a Persian document, so a URL's final slash
            # and the brackets stay where they are written.
            lines += [f"- {ltr(s) if self.lang == 'fa' else s}" for s in self.sources]
            lines.append("")
        return "\n".join(lines)

    def to_html(self, full_document: bool = False) -> str:
        """An HTML fragment (a ``<section>``), or a whole document when ``full_document``.

        In Persian, the isolated Latin names of the text become ``<bdi dir="ltr">``
        elements and code spans ``<code dir="ltr">`` (see :mod:`azadkar.bidi`),
        and the English source list is a left-to-right list.
        """
        rtl = self.lang == "fa"
        esc = html.escape
        inline = bidi.to_html if rtl else _inline
        attrs = f' lang="{self.lang}" dir="{"rtl" if rtl else "ltr"}"'
        parts = [f'<section class="azadkar-clauses"{attrs}>', f"<h1>{esc(self.title)}</h1>"]
        parts.append(f'<p class="preamble"><em>{esc(self.preamble)}</em></p>')
        for n, clause in enumerate(self.clauses, 1):
            parts.append(f'<h2 id="clause-{clause.id}">{self._number(n)}. {esc(clause.title)}</h2>')
            parts += [f"<p>{inline(p)}</p>" for p in clause.paragraphs]
        if self.notes:
            parts.append(f"<h2>{esc(self.notes_title)}</h2><ul>")
            parts += [f"<li>{inline(n)}</li>" for n in self.notes]
            parts.append("</ul>")
        if self.sources:
            sources_attrs = ' lang="en" dir="ltr"' if rtl else ""
            parts.append(f'<hr><ul class="sources"{sources_attrs}>')
            parts += [f"<li>{esc(s)}</li>" for s in self.sources]
            parts.append("</ul>")
        parts.append("</section>")
        body = "\n".join(parts)
        if not full_document:
            return body
        return (
            f'<!DOCTYPE html>\n<html{attrs}>\n<head>\n<meta charset="utf-8">\n'
            f"<title>{esc(self.title)}</title>\n</head>\n<body>\n{body}\n</body>\n</html>\n"
        )


def _inline(text: str) -> str:
    """Escape, then turn `code` spans into <code> (the only inline markup the clauses use)."""
    out = []
    for n, chunk in enumerate(html.escape(text).split("`")):
        out.append(f"<code>{chunk}</code>" if n % 2 else chunk)
    return "".join(out)


def _tool_names(ids: list[str]) -> list[str]:
    from azadkar.disclosure.tool_names import match_tool

    names = []
    for ident in ids:
        tool = match_tool(ident)
        names.append(f"{tool.name} ({tool.vendor})" if tool else ident)
    return names


def _join(items: list[str], lang: str) -> str:
    return ("، " if lang == "fa" else "; ").join(items)


def _en(o: ClauseOptions, share: int | None, review: _Review | None = None) -> ContractClauses:
    fl = o.freelancer or "the Freelancer"
    cl = o.client or "the Client"
    # At the start of a sentence: only the template's own words are capitalised, never a
    # name as written ("Reza Studio Ltd. may use ...", "van Dijk Design may use ...").
    fl_start = o.freelancer or "The Freelancer"
    cl_start = o.client or "The Client"
    tools = _tool_names(o.permitted_tools)
    p1 = (
        f"{fl_start} may use these AI tools in performing the services: {_join(tools, 'en')}. "
        f"Any other AI tool needs {cl}'s prior written consent (an email is enough)."
        if tools
        else f"{fl_start} may use generative AI tools in performing the services, subject to this "
        "clause; the tools actually used are named in each deliverable's disclosure."
    )
    uses = [p1]
    if o.permitted_uses:
        uses.append("Permitted uses: " + _join(o.permitted_uses, "en") + ".")
    if o.prohibited_uses:
        uses.append("AI must not be used for: " + _join(o.prohibited_uses, "en") + ".")
    if o.max_ai_share is not None:
        uses.append(
            f"AI-produced material shall not exceed about {o.max_ai_share}% of any deliverable, "
            "as stated in its disclosure."
        )
    review = review or _Review()
    if review.reviewed is False:
        uses.append(
            f"{fl_start} is responsible for AI output as for the rest of the work. Each "
            "deliverable's disclosure says whether a person reviewed all AI output before "
            "delivery; the current disclosure states that not all of it was reviewed."
        )
    elif review.reviewer and review.reviewer != o.freelancer:
        uses.append(
            f"A person ({review.reviewer}) reviews all AI output before delivery; {fl} is "
            "responsible for it as for the rest of the work."
        )
    else:
        uses.append(
            f"A person ({fl}) reviews all AI output before delivery and is responsible for it "
            "as for the rest of the work."
        )
    disclose = [
        f"With each deliverable {fl} gives {cl} an AI-use disclosure: the tools used and for "
        "what, the approximate share of AI-produced material, who initiated the AI "
        "contributions and whether a person reviewed them. It includes an AI Attribution "
        "statement in the IBM AI Attribution Toolkit format (for example "
        "`AIA Ph Se Hin R Grammarly v1.0`) and, for image, audio, video and PDF files, "
        "embedded content credentials (C2PA) stating the IPTC digital source type.",
        f"If a material use of AI was not disclosed, {cl} may ask for the affected part to be "
        "redone without it at no extra cost, or for the fee of that part to be renegotiated.",
    ]
    data = [
        f"{fl_start} shall not enter {cl}'s confidential information or personal data into an AI tool "
        "that may use inputs to train or improve its models, and shall use settings or plans "
        "that exclude inputs from training (for example, a training opt-out or a business plan "
        "whose terms exclude it).",
        f"{cl_start}'s materials and data are never used to train or fine-tune any AI model, by {fl} or "
        f"with {fl}'s consent, without {cl}'s separate written agreement.",
    ]
    share_text = f" (about {share}% in the current disclosure)" if share is not None else ""
    transfer = (
        f"On full payment, {fl} assigns to {cl} all rights {fl} holds in the deliverables."
        if o.ownership == "assignment"
        else f"On full payment, {fl} grants {cl} an exclusive, perpetual, worldwide licence to use, "
        "modify and publish the deliverables."
    )
    juris = {
        "us": "This clause follows the guidance of the US Copyright Office (Copyright and "
        "Artificial Intelligence, Part 2, January 2025): copyright protects human authorship; "
        "material generated by AI without sufficient human control over its expressive "
        "elements is not protected, and prompts alone are generally not enough; human-authored "
        "parts, and the human selection, arrangement and modification of AI output, can be "
        "protected.",
        "eu": "This clause follows the guidance of the US Copyright Office (Copyright and "
        "Artificial Intelligence, Part 2, January 2025), which protects human authorship only. "
        "In the EU, protection likewise requires the author's own intellectual creation; "
        "national law decides the details.",
        "other": "This clause uses the guidance of the US Copyright Office (Copyright and "
        "Artificial Intelligence, Part 2, January 2025) as a reference: copyright protects "
        "human authorship. The law that governs this contract may differ.",
    }[o.jurisdiction]
    own = [
        transfer,
        juris,
        f"The transfer therefore covers the rights that exist. {fl_start} does not promise that "
        f"AI-generated parts{share_text} are protected by copyright. {fl_start} warrants that the "
        "human-made parts are original; that AI tools were used as disclosed and in line with "
        "their terms of use; and that, to "
        f"{fl}'s knowledge, the deliverables do not reproduce third-party protected material.",
    ]
    if o.governing_law:
        own.append(f"This contract is governed by {o.governing_law}.")
    d = o.dispute_days
    detector = [
        "No payment, acceptance, rating or review depends on the score of an automated "
        "“AI detector”. Such tools give probabilistic guesses with known false positives "
        "(notably for non-native writers) and are not evidence of how a work was made.",
        f"If {cl} suspects undisclosed AI use: (a) {cl} says so in writing within {d} days of "
        f"delivery, with the reasons; (b) within {d} days {fl} provides evidence of the process "
        "(the disclosure record, drafts or version history, source files and the content "
        f"credentials); (c) if the parties still disagree, they ask an independent reviewer they "
        f"both accept, or use the platform's dispute process; (d) meanwhile, payment for the "
        "parts not in dispute is not withheld.",
    ]
    clauses = tuple(
        Clause(cid, title, tuple(paras))
        for cid, title, paras in (
            ("tools", "Permitted AI tools and uses", uses),
            ("disclosure", "Duty to disclose AI use", disclose),
            ("data", "Client data and AI training", data),
            ("ownership", "Ownership and warranties", own),
            ("detectors", "No AI-detector terms; disputes about AI use", detector),
        )
    )
    notes, sources = _platform_notes_en(o.platform)
    return ContractClauses(
        lang="en",
        title="AI-use clauses",
        preamble="A template for freelancer and client to adapt; not legal advice. Made with "
        "azadkar.",
        clauses=clauses,
        notes_title="Platform notes (cited, not verified)" if sources else "Notes",
        notes=notes,
        sources=(USCO_2025, *sources),
    )


def _platform_notes_en(platform: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    if platform == "upwork":
        return (
            "Upwork's guidance on generative AI (March 2023) recommends being transparent about "
            "the tools used, including AI, and says permitted tools can be set out in the "
            "contract, proposal or messages; clients may restrict AI use.",
            "Under Upwork's Optional Service Contract Terms, ownership of work product passes "
            "on full payment unless the parties agree otherwise; these clauses are such an "
            "agreement on AI use. Use Upwork's dispute process for step (c).",
        ), (UPWORK_SOURCES,)
    if platform == "fiverr":
        return (
            "Fiverr's Community Standards on AI-generated content require sellers to hold all "
            "necessary rights to what they deliver, to follow the AI tools' terms and applicable "
            "law, and to deliver customised work for each order (no identical AI output in bulk).",
            "They forbid deepfakes and misinformation, and ask buyers who want work made without "
            "generative AI to say so; clause 1 is the place for that preference.",
        ), (FIVERR_SOURCES,)
    return (
        "Direct contract: name the independent reviewer or mediator for step (c) in advance.",
    ), ()


def _fa(o: ClauseOptions, share: int | None, review: _Review | None = None) -> ContractClauses:
    from azadkar.report.strings import fa_digits

    # Every name and value written in Latin letters is isolated (bidi.isolate: FSI ... PDI)
    # so that its brackets, full stops and numbers stay in place inside the right-to-left
    # sentence; the HTML turns the isolates into <bdi dir="ltr"> elements. `lead` marks a
    # value that starts a paragraph: isolated even when it is one plain word and preceded
    # by a right-to-left mark, or its first letter would make the paragraph left to right.
    fl_lead = isolate(o.freelancer, lead=True) if o.freelancer else "فریلنسر"
    fl = isolate(o.freelancer) if o.freelancer else "فریلنسر"
    cl = isolate(o.client) if o.client else "کارفرما"
    # Tool names, e.g. "Grammarly (Superhuman (formerly Grammarly, Inc.))", are always
    # isolated (always=True) and kept on one line (no-break spaces), so a name is never split
    # between two lines of the contract.
    tools = [
        isolate(name.replace(" ", "\u00a0"), always=True) for name in _tool_names(o.permitted_tools)
    ]
    p1 = (
        f"{fl_lead} می‌تواند در انجام خدمات از این ابزارهای هوش مصنوعی استفاده کند: "
        f"{_join(tools, 'fa')}. "
        f"استفاده از هر ابزار دیگر به رضایت کتبی پیشین {cl} نیاز دارد (ایمیل کافی است)."
        if tools
        else f"{fl_lead} می‌تواند با رعایت این بند از ابزارهای هوش مصنوعی مولد استفاده کند؛ "
        "ابزارهایی که واقعاً به کار رفته‌اند در افشانامهٔ هر تحویل نام برده می‌شوند."
    )
    uses = [p1]
    if o.permitted_uses:
        uses.append("کاربردهای مجاز: " + _join([isolate(u) for u in o.permitted_uses], "fa") + ".")
    if o.prohibited_uses:
        uses.append(
            "هوش مصنوعی نباید برای این کارها به کار رود: "
            + _join([isolate(u) for u in o.prohibited_uses], "fa")
            + "."
        )
    if o.max_ai_share is not None:
        uses.append(
            f"سهم محتوای ساختهٔ هوش مصنوعی در هر تحویل نباید از حدود {fa_digits(o.max_ai_share)}٪ "
            "بیشتر شود، چنان‌که در افشانامهٔ آن آمده است."
        )
    review = review or _Review()
    if review.reviewed is False:
        uses.append(
            f"{fl_lead} مانند بقیهٔ کار مسئول خروجی هوش مصنوعی است. افشانامهٔ هر تحویل می‌گوید "
            "که آیا یک انسان همهٔ خروجی هوش مصنوعی را پیش از تحویل بازبینی کرده است یا نه؛ "
            "افشانامهٔ کنونی می‌گوید همهٔ آن بازبینی نشده است."
        )
    elif review.reviewer and review.reviewer != o.freelancer:
        uses.append(
            f"یک انسان ({isolate(review.reviewer)}) همهٔ خروجی هوش مصنوعی را پیش از تحویل "
            f"بازبینی می‌کند و {fl} مانند بقیهٔ کار مسئول آن است."
        )
    else:
        uses.append(
            f"یک انسان ({fl}) همهٔ خروجی هوش مصنوعی را پیش از تحویل بازبینی می‌کند و مانند "
            "بقیهٔ کار مسئول آن است."
        )
    disclose = [
        f"{fl_lead} همراه هر تحویل یک افشانامهٔ استفاده از هوش مصنوعی به {cl} می‌دهد: ابزارهای "
        "به‌کاررفته و کاربرد هر یک، سهم تقریبی محتوای ساختهٔ هوش مصنوعی، اینکه چه کسی کمک هوش "
        "مصنوعی را آغاز کرد و اینکه انسان آن را بازبینی کرد یا نه. این افشانامه یک بیانیهٔ انتساب "
        "هوش مصنوعی در قالب جعبه‌ابزار AI Attribution شرکت IBM دارد (برای نمونه "
        f"{ltr('`AIA Ph Se Hin R Grammarly v1.0`')}) و برای فایل‌های تصویر، صدا، ویدئو و PDF، "
        "اعتبارنامهٔ محتوای امضاشده (C2PA) با نوع منبع دیجیتال IPTC در خود فایل.",
        f"اگر استفادهٔ مهمی از هوش مصنوعی افشا نشده باشد، {cl} می‌تواند بخواهد آن بخش بدون هزینهٔ "
        "اضافه و بدون آن استفاده دوباره انجام شود یا دستمزد آن بخش از نو توافق شود.",
    ]
    data = [
        f"{fl_lead} اطلاعات محرمانه یا دادهٔ شخصی {cl} را در ابزاری که ممکن است از ورودی‌ها برای آموزش "
        "یا بهبود مدل‌هایش استفاده کند وارد نمی‌کند و از تنظیمات یا طرح‌هایی استفاده می‌کند که "
        "ورودی‌ها را از آموزش کنار می‌گذارند (مانند انصراف از آموزش یا طرح تجاری‌ای که شرایطش آن را "
        "مستثنا می‌کند).",
        f"مواد و داده‌های {cl} هرگز برای آموزش یا تنظیم هیچ مدل هوش مصنوعی به کار نمی‌رود، نه به "
        f"دست {fl} و نه با رضایت او، مگر با توافق کتبی جداگانهٔ {cl}.",
    ]
    share_text = f" (حدود {fa_digits(share)}٪ در افشانامهٔ کنونی)" if share is not None else ""
    transfer = (
        f"با پرداخت کامل، {fl} همهٔ حقوقی را که در آثار تحویلی دارد به {cl} واگذار می‌کند."
        if o.ownership == "assignment"
        else f"با پرداخت کامل، {fl} به {cl} مجوز انحصاری، دائمی و جهانی استفاده، تغییر و انتشار "
        "آثار تحویلی را می‌دهد."
    )
    juris = {
        "us": "این بند از رهنمود ادارهٔ حق نشر آمریکا پیروی می‌کند (Copyright and Artificial "
        "Intelligence، بخش ۲، ژانویهٔ ۲۰۲۵): حق نشر از پدیدآوری انسانی حمایت می‌کند؛ محتوایی که "
        "هوش مصنوعی بدون کنترل کافی انسان بر عناصر بیانی آن ساخته حمایت نمی‌شود و درخواست (پرامپت) "
        "به‌تنهایی معمولاً کافی نیست؛ بخش‌های ساختهٔ انسان و انتخاب، چینش و تغییر خروجی هوش "
        "مصنوعی به دست انسان می‌تواند حمایت شود.",
        "eu": "این بند از رهنمود ادارهٔ حق نشر آمریکا (ژانویهٔ ۲۰۲۵) پیروی می‌کند که فقط از "
        "پدیدآوری انسانی حمایت می‌کند. در اتحادیهٔ اروپا نیز حمایت به آفرینش فکری خود پدیدآورنده "
        "نیاز دارد و جزئیات را قانون هر کشور تعیین می‌کند.",
        "other": "این بند رهنمود ادارهٔ حق نشر آمریکا (ژانویهٔ ۲۰۲۵) را مرجع می‌گیرد: حق نشر از "
        "پدیدآوری انسانی حمایت می‌کند. قانون حاکم بر این قرارداد ممکن است متفاوت باشد.",
    }[o.jurisdiction]
    own = [
        transfer,
        juris,
        f"بنابراین واگذاری شامل حقوقی است که وجود دارد. {fl} تعهد نمی‌کند که بخش‌های ساختهٔ هوش "
        f"مصنوعی{share_text} مشمول حمایت حق نشر باشند. {fl} تضمین می‌کند که بخش‌های ساختهٔ انسان "
        "اصیل‌اند، ابزارهای هوش مصنوعی چنان‌که افشا شده و مطابق شرایط استفادهٔ آن‌ها به کار رفته‌اند "
        f"و تا جایی که {fl} می‌داند، آثار تحویلی محتوای حمایت‌شدهٔ دیگران را بازتولید نمی‌کنند.",
    ]
    if o.governing_law:
        own.append(f"قانون حاکم بر این قرارداد: {isolate(o.governing_law)}.")
    d = fa_digits(o.dispute_days)
    detector = [
        "هیچ پرداخت، پذیرش، امتیاز یا نظری به نمرهٔ «آشکارساز هوش مصنوعی» خودکار وابسته نیست. این "
        "ابزارها حدس احتمالاتی می‌زنند، خطای مثبت کاذب شناخته‌شده دارند (به‌ویژه برای نویسندگانی "
        "که زبان مادری‌شان نیست) و دلیل چگونگی ساخت اثر نیستند.",
        f"اگر {cl} به استفادهٔ افشانشده از هوش مصنوعی گمان دارد: (الف) ظرف {d} روز از تحویل، "
        f"کتبی و با دلیل اعلام می‌کند؛ (ب) {fl} ظرف {d} روز شواهد فرایند کار را می‌دهد (افشانامه، "
        "پیش‌نویس‌ها یا تاریخچهٔ نسخه‌ها، فایل‌های منبع و اعتبارنامهٔ محتوا)؛ (ج) اگر اختلاف ماند، "
        "از داوری مستقل که هر دو بپذیرند یا از فرایند حل اختلاف سکو کمک می‌گیرند؛ (د) در این مدت "
        "پرداخت بخش‌های بی‌اختلاف متوقف نمی‌شود.",
    ]
    clauses = (
        Clause("tools", "ابزارها و کاربردهای مجاز هوش مصنوعی", tuple(uses)),
        Clause("disclosure", "تعهد به افشای استفاده از هوش مصنوعی", tuple(disclose)),
        Clause("data", "دادهٔ کارفرما و آموزش هوش مصنوعی", tuple(data)),
        Clause("ownership", "مالکیت و تضمین‌ها", tuple(own)),
        Clause("detectors", "بدون شرط «آشکارساز هوش مصنوعی»؛ حل اختلاف", tuple(detector)),
    )
    notes, sources = _platform_notes_fa(o.platform)
    return ContractClauses(
        lang="fa",
        title="بندهای قرارداد دربارهٔ استفاده از هوش مصنوعی",
        preamble="الگویی برای فریلنسر و کارفرما که باید با شرایط خود تطبیق دهند؛ مشاورهٔ حقوقی "
        "نیست. ساخته‌شده با آزادکار.",
        clauses=clauses,
        notes_title="یادداشت‌های سکو (نقل‌شده، تأییدنشده)" if sources else "یادداشت‌ها",
        notes=notes,
        sources=(USCO_2025, *sources),
    )


def _platform_notes_fa(platform: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    if platform == "upwork":
        return (
            "راهنمای آپ‌ورک دربارهٔ هوش مصنوعی مولد (مارس ۲۰۲۳) شفافیت دربارهٔ ابزارها، از جمله هوش "
            "مصنوعی، را توصیه می‌کند و می‌گوید ابزارهای مجاز را می‌توان در قرارداد، پیشنهاد یا پیام‌ها "
            "روشن کرد؛ کارفرما می‌تواند استفاده از هوش مصنوعی را محدود کند.",
            "طبق شرایط اختیاری قرارداد خدمات آپ‌ورک، مالکیت محصول کار با پرداخت کامل منتقل می‌شود "
            "مگر طرفین جز این توافق کنند؛ این بندها چنین توافقی دربارهٔ هوش مصنوعی‌اند. برای گام (ج) "
            "از فرایند حل اختلاف آپ‌ورک استفاده کنید.",
        ), (UPWORK_SOURCES,)
    if platform == "fiverr":
        return (
            "استانداردهای جامعهٔ فایور دربارهٔ محتوای ساختهٔ هوش مصنوعی از فروشنده می‌خواهد همهٔ "
            "حقوق لازم را بر آنچه تحویل می‌دهد داشته باشد، شرایط ابزار و قانون را رعایت کند و برای هر "
            "سفارش کار سفارشی تحویل دهد (نه خروجی یکسان هوش مصنوعی به‌صورت انبوه).",
            "این استانداردها جعل عمیق و اطلاعات نادرست را ممنوع می‌کنند و از خریدارانی که کار بدون "
            "هوش مصنوعی مولد می‌خواهند می‌خواهند آن را بگویند؛ جای این خواسته بند ۱ است.",
        ), (FIVERR_SOURCES,)
    return ("قرارداد مستقیم: داور یا میانجی گام (ج) را از پیش نام ببرید.",), ()


def contract_clauses(
    options: ClauseOptions | dict[str, Any] | None = None,
    *,
    lang: str = "en",
    record: Disclosure | None = None,
) -> ContractClauses:
    """The AI-use clauses in ``lang`` (``fa`` or ``en``).

    With ``record``, the permitted tools default to the tools it names and the ownership
    clause quotes its AI share.
    """
    opts = _options(options)
    if record is not None and not opts.permitted_tools:
        opts = opts.model_copy(update={"permitted_tools": [u.tool for u in record.tools]})
    if record is not None and opts.freelancer is None and record.author:
        opts = opts.model_copy(update={"freelancer": record.author})
    if record is not None and opts.client is None and record.client:
        opts = opts.model_copy(update={"client": record.client})
    share = record.ai_share if record is not None else None
    # The review sentence follows the record: its reviewer is named, and a record whose AI
    # output was not all reviewed is never made to say that a person reviews it.
    review = _Review(record.human_review, record.reviewer) if record is not None else _Review()
    return _fa(opts, share, review) if lang == "fa" else _en(opts, share, review)


@dataclass(frozen=True, slots=True)
class _Review:
    """What the record says about human review (``reviewed`` None: no record given)."""

    reviewed: bool | None = None
    reviewer: str | None = None


def share_conflict(
    options: ClauseOptions | dict[str, Any] | None, record: Disclosure | None
) -> dict[str, str] | None:
    """A warning (``en``, ``fa``) when the clauses cap the AI share below the record's own.

    Clauses made with a record quote its AI share; a cap below it would have the contract
    contradict the disclosure it is delivered with. ``None`` when they agree.
    """
    opts = _options(options)
    if record is None or opts.max_ai_share is None or record.ai_share <= opts.max_ai_share:
        return None
    cap, share = opts.max_ai_share, record.ai_share
    return {
        "en": f"the clauses cap the AI-produced share at about {cap}% (max_ai_share), but the "
        f"disclosure they come with states {share}% (ai_share): the contract contradicts its "
        f"own disclosure. Raise --max-ai-share to at least {share}, or check --ai-share.",
        "fa": f"بندها سهم محتوای ساختهٔ هوش مصنوعی را به حدود {num(cap)}٪ محدود می‌کنند "
        f"({ltr('max_ai_share')})، اما افشانامه‌ای که همراه آن‌هاست {num(share)}٪ می‌گوید "
        f"({ltr('ai_share')}): قرارداد با افشانامهٔ خودش ناسازگار است. "
        f"{ltr('--max-ai-share')} را دست‌کم {num(share)} بگذارید یا {ltr('--ai-share')} را "
        "بازبینی کنید.",
    }


def clauses_html(
    options: ClauseOptions | dict[str, Any] | None = None,
    *,
    lang: str = "en",
    record: Disclosure | None = None,
    full_document: bool = True,
) -> str:
    """The clauses as HTML (a whole document by default), ready for an HTML-to-PDF renderer."""
    return contract_clauses(options, lang=lang, record=record).to_html(full_document)


def clauses_markdown(
    options: ClauseOptions | dict[str, Any] | None = None,
    *,
    lang: str = "en",
    record: Disclosure | None = None,
) -> str:
    return contract_clauses(options, lang=lang, record=record).to_markdown()


def _error_list(exc: ValidationError, known: list[str]) -> tuple[str, str]:
    """Pydantic errors as "key: problem" (English, Persian); an unknown key gets the closest
    known one."""
    import difflib

    msgs: list[str] = []
    msgs_fa: list[str] = []
    for e in exc.errors():
        loc = ".".join(str(p) for p in e["loc"]) or "options"
        loc_fa = ltr(loc) if e["loc"] else "گزینه‌ها"
        if e["type"] == "extra_forbidden":
            close = difflib.get_close_matches(str(e["loc"][-1]), known, n=1, cutoff=0.6)
            hint = f" (did you mean {close[0]!r}?)" if close else f"; known: {', '.join(known)}"
            hint_fa = (
                f" (منظورتان {ltr(repr(close[0]))} است؟)"
                if close
                else f"؛ گزینه‌های شناخته: {ltr(', '.join(known))}"
            )
            msgs.append(f"{loc}: unknown option{hint}")
            msgs_fa.append(f"{loc_fa}: گزینهٔ ناشناخته{hint_fa}")
        else:
            msgs.append(f"{loc}: {str(e['msg']).removeprefix('Value error, ')}")
            msgs_fa.append(f"{loc_fa}: {pydantic_message_fa(dict(e))}")
    return "; ".join(msgs), "؛ ".join(msgs_fa)


def _options(
    options: ClauseOptions | dict[str, Any] | None,
    where: str = "invalid clause options",
    where_fa: str = "گزینه‌های بندها نامعتبر است",
) -> ClauseOptions:
    if isinstance(options, ClauseOptions):
        return options
    try:
        return ClauseOptions.model_validate(options or {})
    except ValidationError as exc:
        msgs, msgs_fa = _error_list(exc, list(ClauseOptions.model_fields))
        raise DisclosureError(f"{where}: {msgs}", message_fa=f"{where_fa}: {msgs_fa}") from None


def _toml_error_fa(exc: tomllib.TOMLDecodeError) -> str:
    """tomllib's reason (English) with its line and column in Persian words."""
    text = str(exc)
    m = re.search(r"\(at line (\d+), column (\d+)\)$", text)
    if not m:
        return ltr(text)
    reason = text[: m.start()].rstrip()
    return f"{ltr(reason)}، در خط {num(m.group(1))}، ستون {num(m.group(2))}"


def load_options_file(path: str | Path) -> dict[str, Any]:
    """Read a TOML options file: ``[disclosure]`` (record fields) and ``[clauses]`` tables."""
    p = Path(path)
    name_fa = ltr(p)
    try:
        # utf-8-sig: a byte order mark (Notepad writes one) is not part of the TOML.
        doc = tomllib.loads(p.read_text(encoding="utf-8-sig"))
    except OSError as exc:
        raise DisclosureError(
            f"cannot read options file {p}: {exc.strerror}",
            message_fa=f"فایل تنظیمات {name_fa} خوانده نشد: {os_reason_fa(exc)}",
            path=str(p),
        ) from None
    except UnicodeDecodeError:
        raise DisclosureError(
            f"options file {p} is not text (UTF-8 TOML expected); is it the right file?",
            message_fa=f"فایل تنظیمات {name_fa} متنی نیست (انتظار {ltr('TOML')} با کدگذاری "
            f"{ltr('UTF-8')} می‌رفت)؛ فایل درست را داده‌اید؟",
            path=str(p),
        ) from None
    except tomllib.TOMLDecodeError as exc:
        raise DisclosureError(
            f"options file {p} is not valid TOML: {exc}",
            message_fa=f"فایل تنظیمات {name_fa} یک {ltr('TOML')} درست نیست: {_toml_error_fa(exc)}",
            path=str(p),
        ) from None
    unknown = sorted(set(doc) - {"disclosure", "clauses"})
    if unknown:
        raise DisclosureError(
            f"options file {p}: unknown table(s) {', '.join(unknown)}; use [disclosure] and "
            "[clauses]",
            message_fa=f"فایل تنظیمات {name_fa}: جدول ناشناخته {ltr(', '.join(unknown))}؛ "
            f"از {ltr('[disclosure]')} و {ltr('[clauses]')} استفاده کنید",
            path=str(p),
        )
    # Check the keys here, so that a mistake is reported with the file's name.
    for table in ("disclosure", "clauses"):
        if table in doc and not isinstance(doc[table], dict):
            raise DisclosureError(
                f"options file {p}: '{table}' must be a table",
                message_fa=f"فایل تنظیمات {name_fa}: {ltr(repr(table))} باید یک جدول "
                f"({ltr(f'[{table}]')}) باشد",
                path=str(p),
            )
    _options(
        doc.get("clauses", {}),
        where=f"options file {p}, [clauses]",
        where_fa=f"فایل تنظیمات {name_fa}، جدول {ltr('[clauses]')}",
    )
    _check_record_keys(doc.get("disclosure", {}), f"options file {p}, [disclosure]", p)
    return doc


def _check_record_keys(table: dict[str, Any], where: str, path: Path) -> None:
    """Unknown keys of a [disclosure] table (values are checked once flags are merged in)."""
    import difflib

    known = list(Disclosure.model_fields)
    msgs: list[str] = []
    msgs_fa: list[str] = []
    for key in table:
        if key not in known:
            close = difflib.get_close_matches(key, known, n=1, cutoff=0.6)
            hint = f" (did you mean {close[0]!r}?)" if close else f"; known: {', '.join(known)}"
            hint_fa = (
                f" (منظورتان {ltr(repr(close[0]))} است؟)"
                if close
                else f"؛ فیلدهای شناخته: {ltr(', '.join(known))}"
            )
            msgs.append(f"{key}: unknown field{hint}")
            msgs_fa.append(f"{ltr(key)}: فیلد ناشناخته{hint_fa}")
    if msgs:
        where_fa = f"فایل تنظیمات {ltr(path)}، جدول {ltr('[disclosure]')}"
        raise DisclosureError(
            f"{where}: {'; '.join(msgs)}",
            message_fa=f"{where_fa}: {'؛ '.join(msgs_fa)}",
            path=str(path),
        )


__all__ = [
    "USCO_2025",
    "Clause",
    "ClauseOptions",
    "ContractClauses",
    "clauses_html",
    "clauses_markdown",
    "contract_clauses",
    "load_options_file",
    "share_conflict",
]
