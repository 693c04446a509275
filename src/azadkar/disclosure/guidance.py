"""Guidance: may EU AI Act Article 50 transparency duties touch this deliverable?

This is orientation, not legal advice. It reads Regulation (EU) 2024/1689 (the AI Act),
Article 50, which applies from 2 August 2026 (Article 113):

- Art. 50(2): *providers* of AI systems that generate synthetic audio, image, video or
  text must mark the outputs in a machine-readable format, detectable as artificially
  generated or manipulated. The duty is the tool vendor's, not the freelancer's; keeping
  those marks and adding content credentials (``azadkar credentials sign``) helps.
- Art. 50(4), first subparagraph: *deployers* of an AI system that generates or
  manipulates image, audio or video content constituting a deep fake must disclose that
  it was artificially generated or manipulated; for evidently artistic, creative,
  satirical or fictional work the duty is limited to disclosing it in a way that does not
  hamper the display or enjoyment of the work.
- Art. 50(4), second subparagraph: deployers of an AI system that generates or
  manipulates text published with the purpose of informing the public on matters of
  public interest must disclose it, *unless* the AI-generated content has undergone a
  process of human review or editorial control and a natural or legal person holds
  editorial responsibility for the publication.

Who the deployer is (the freelancer, the client who publishes, or both) depends on the
facts; the guidance says so instead of deciding it.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Final, Literal

from azadkar.disclosure.record import Disclosure

SOURCE: Final = (
    "Regulation (EU) 2024/1689 (Artificial Intelligence Act), Article 50(2) and 50(4); "
    "applicable from 2 August 2026 (Article 113). https://eur-lex.europa.eu/eli/reg/2024/1689/oj"
)
DISCLAIMER: Final = {
    "en": "Guidance to help you ask the right questions, not legal advice. Check the current "
    "text and any Commission guidelines or codes of practice, or ask a lawyer.",
    "fa": "این راهنما برای طرح پرسش درست است و مشاورهٔ حقوقی نیست. متن جاری مقررات و "
    "رهنمودهای کمیسیون اروپا را بررسی کنید یا از وکیل بپرسید.",
}

Status = Literal["likely", "exception_may_apply", "not_triggered", "vendor_duty"]

# What Persian text shows for a finding's article and status (JSON keeps the ids).
ARTICLE_FA: Final = {
    "50(2)": "مادهٔ ۵۰(۲)",
    "50(4)": "مادهٔ ۵۰(۴)",
    "50(4) deep fake": "مادهٔ ۵۰(۴)، جعل عمیق",
    "50(4) public-interest text": "مادهٔ ۵۰(۴)، متن برای آگاه‌کردن عموم",
}
STATUS_FA: Final = {
    "vendor_duty": "وظیفهٔ ارائه‌دهندهٔ ابزار",
    "not_triggered": "فعال نمی‌شود",
    "likely": "اعلام احتمالاً لازم است",
    "exception_may_apply": "ممکن است استثنا شامل شود",
}


def article_text(article: str, lang: str = "en") -> str:
    """A finding's article as ``lang`` shows it: ``50(2)``, or «مادهٔ ۵۰(۲)» in Persian."""
    if lang != "fa":
        return article
    from azadkar.report.strings import fa_digits

    return ARTICLE_FA.get(article) or f"مادهٔ {fa_digits(article)}"


def status_text(status: str, lang: str = "en") -> str:
    """A finding's status as ``lang`` shows it: the id, or Persian words in Persian."""
    return STATUS_FA.get(status, status) if lang == "fa" else status


@dataclass(frozen=True, slots=True)
class Finding:
    article: str
    status: Status
    en: str
    fa: str


@dataclass(frozen=True, slots=True)
class Guidance:
    """The Article 50 findings for one deliverable, with the source and a disclaimer."""

    eu_audience: bool
    disclosure_needed: bool
    findings: tuple[Finding, ...]
    source: str = SOURCE
    disclaimer: dict[str, str] = field(default_factory=lambda: dict(DISCLAIMER))

    def to_dict(self) -> dict[str, object]:
        return asdict(self)


_AV = ("image", "audio", "video", "mixed")


def eu_ai_act_check(record: Disclosure) -> Guidance:
    """Which Article 50 duties may be in play for ``record`` (see the module docstring)."""
    pub = record.publication
    made_by_ai = any(u.mode in ("generate", "edit") for u in record.tools)
    findings: list[Finding] = []

    if made_by_ai:
        findings.append(
            Finding(
                "50(2)",
                "vendor_duty",
                "The AI tools' providers must mark synthetic output machine-readably. Do not "
                "strip those marks; add content credentials to the file you deliver.",
                "ارائه‌دهندگان ابزارهای هوش مصنوعی باید خروجی ساختگی را ماشین‌خوان نشانه‌گذاری "
                "کنند. این نشانه‌ها را پاک نکنید و به فایل تحویلی اعتبارنامهٔ محتوا بیفزایید.",
            )
        )
    if not pub.eu_audience:
        findings.append(
            Finding(
                "50(4)",
                "not_triggered",
                "No EU audience was stated, so the deployer duties of Art. 50(4) are not "
                "triggered by what you told azadkar. They apply when the output is used in "
                "the EU, wherever you are (Art. 2(1)).",
                "مخاطب اروپایی اعلام نشده است، پس بر پایهٔ گفته‌های شما وظایف بند ۴ مادهٔ ۵۰ "
                "فعال نمی‌شود. اگر خروجی در اتحادیهٔ اروپا به کار رود، هر جا که باشید، این وظایف "
                "اعمال می‌شود (مادهٔ ۲(۱)).",
            )
        )
        return Guidance(eu_audience=False, disclosure_needed=False, findings=tuple(findings))

    needed = False
    if pub.deep_fake and made_by_ai and record.modality in _AV:
        needed = True
        if pub.artistic:
            findings.append(
                Finding(
                    "50(4) deep fake",
                    "likely",
                    "AI-made or AI-manipulated deep-fake media in an evidently artistic, "
                    "creative, satirical or fictional work: disclose that it is artificial, in "
                    "a way that does not hamper the display or enjoyment of the work.",
                    "جعل عمیق ساخته یا دست‌کاری‌شده با هوش مصنوعی در اثری آشکارا هنری، خلاقانه، "
                    "طنز یا داستانی: مصنوعی بودن آن را به شیوه‌ای اعلام کنید که نمایش یا لذت از "
                    "اثر را مختل نکند.",
                )
            )
        else:
            findings.append(
                Finding(
                    "50(4) deep fake",
                    "likely",
                    "AI-made or AI-manipulated media that could pass as real (a deep fake): "
                    "whoever publishes it must disclose that it was artificially generated or "
                    "manipulated.",
                    "رسانه‌ای که با هوش مصنوعی ساخته یا دست‌کاری شده و می‌تواند واقعی به نظر "
                    "برسد (جعل عمیق): منتشرکننده باید ساختگی یا دست‌کاری‌شده بودن آن را اعلام کند.",
                )
            )
    if pub.informs_public and made_by_ai and record.modality in ("text", "mixed"):
        if record.human_review and pub.editorial_responsibility:
            findings.append(
                Finding(
                    "50(4) public-interest text",
                    "exception_may_apply",
                    "AI-generated text published to inform the public: the disclosure duty "
                    "may not apply, because a person reviewed it and someone holds editorial "
                    "responsibility. Keep the review record (this disclosure) as evidence.",
                    "متن ساختهٔ هوش مصنوعی برای آگاه‌کردن عموم: چون انسان آن را بازبینی کرده و "
                    "کسی مسئولیت سردبیری دارد، ممکن است وظیفهٔ اعلام اعمال نشود. این افشانامه را "
                    "به‌عنوان سند بازبینی نگه دارید.",
                )
            )
        else:
            needed = True
            missing = []
            if not record.human_review:
                missing.append(("human review", "بازبینی انسانی"))
            if not pub.editorial_responsibility:
                missing.append(("editorial responsibility", "مسئولیت سردبیری"))
            findings.append(
                Finding(
                    "50(4) public-interest text",
                    "likely",
                    "AI-generated text published to inform the public without "
                    + " and ".join(m[0] for m in missing)
                    + ": the publisher must disclose that it was artificially generated.",
                    "متن ساختهٔ هوش مصنوعی برای آگاه‌کردن عموم بدون "
                    + " و ".join(m[1] for m in missing)
                    + ": منتشرکننده باید ساختگی بودن آن را اعلام کند.",
                )
            )
    if not needed and not any(f.article.startswith("50(4)") for f in findings):
        findings.append(
            Finding(
                "50(4)",
                "not_triggered",
                "From what you stated, the deliverable is neither a deep fake nor "
                "AI-generated text published to inform the public, so Art. 50(4) is not "
                "triggered. Disclosing anyway (as this record does) costs little.",
                "بر پایهٔ گفته‌های شما این اثر نه جعل عمیق است و نه متن ساختهٔ هوش مصنوعی برای "
                "آگاه‌کردن عموم، پس بند ۴ مادهٔ ۵۰ فعال نمی‌شود. اعلام داوطلبانه (همین افشانامه) "
                "هزینهٔ کمی دارد.",
            )
        )
    return Guidance(eu_audience=True, disclosure_needed=needed, findings=tuple(findings))


__all__ = [
    "ARTICLE_FA",
    "DISCLAIMER",
    "SOURCE",
    "STATUS_FA",
    "Finding",
    "Guidance",
    "article_text",
    "eu_ai_act_check",
    "status_text",
]
