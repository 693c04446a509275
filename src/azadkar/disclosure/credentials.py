"""Content credentials (C2PA): a local test CA, signing a deliverable, verifying it.

- :func:`make_dev_cert` writes a throwaway CA and a signing certificate issued by it,
  both named **TEST ONLY**. Nobody else trusts them; they exist so that sign → verify can
  be tried offline. For real use, get a signing certificate from a CA on the C2PA trust
  list.
- :func:`sign_file` embeds a signed manifest in a JPEG, PNG or PDF: a ``c2pa.actions.v2``
  assertion (``c2pa.created`` by a person or by the AI tool that made the asset, then a
  ``c2pa.edited`` per other AI tool with the tool as ``softwareAgent``, each with its IPTC
  ``digitalSourceType``; see :func:`_actions`) and the disclosure as the custom assertion
  ``org.azadkar.disclosure``. c2pa-python 0.38 (c2pa-rs 0.91) embeds the
  manifest store in PDF as an associated embedded file (``/AF``, ``application/c2pa``).
- :func:`verify_file` reads it back: ``valid`` (signature and hashes check out),
  ``trusted`` (and the signing chain leads to the CA given as ``trust``), the reasons,
  the manifest summary and the disclosure.

c2pa and cryptography are imported inside the functions, so importing this module is cheap.
"""

from __future__ import annotations

import datetime as _dt
import io
import itertools
import json
import os
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

from azadkar.bidi import isolate, ltr
from azadkar.disclosure.fa_errors import num, os_reason_fa
from azadkar.errors import CredentialsError

if TYPE_CHECKING:
    from cryptography.x509 import Certificate

    from azadkar.disclosure.report import DisclosureReport

DISCLOSURE_LABEL: Final = "org.azadkar.disclosure"
TEST_ONLY: Final = "TEST ONLY"
FORMATS: Final = {
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".png": "image/png",
    ".pdf": "application/pdf",
}
_MAGIC: Final = {
    "image/jpeg": b"\xff\xd8\xff",
    "image/png": b"\x89PNG\r\n\x1a\n",
    "application/pdf": b"%PDF-",
}
_CHAIN_HELP: Final = (
    "C2PA needs a signing (leaf) certificate issued by a certificate authority, not a "
    "self-signed one: put the leaf certificate first in the PEM file and its issuing CA "
    "(and any intermediates) after it. For local tests, `azadkar credentials dev-cert --out DIR` "
    "makes DIR/cert.pem in that form, DIR/key.pem and DIR/ca.pem to pass as --trust."
)
_CHAIN_HELP_FA: Final = (
    "C2PA به گواهی امضای (برگ) صادرشده از یک مرجع صدور گواهی نیاز دارد، نه گواهی خودامضا: "
    "گواهی برگ را اول فایل PEM بگذارید و گواهی مرجع صادرکنندهٔ آن (و هر گواهی میانی) را پس از "
    f"آن. برای آزمایش روی رایانهٔ خودتان، {ltr('azadkar credentials dev-cert --out DIR')} "
    f"فایل {ltr('DIR/cert.pem')} را به همین شکل می‌سازد، همراه با {ltr('DIR/key.pem')} و "
    f"{ltr('DIR/ca.pem')} برای دادن به {ltr('--trust')}."
)
# What _read is reading, as the English message names it.
_WHAT_FA: Final = {
    "file to sign": "فایلی که باید امضا شود",
    "certificate file": "فایل گواهی",
    "key file": "فایل کلید",
    "file to verify": "فایلی که باید بررسی شود",
    "trust anchor file": "فایل گواهی مرجع مورد اعتماد",
}
_PLAIN: Final = {
    "assertion.dataHash.mismatch": "the file's content changed after it was signed (hash mismatch)",
    "assertion.boxesHash.mismatch": "the file's content changed after it was signed (hash mismatch)",
    "assertion.bmffHash.mismatch": "the file's content changed after it was signed (hash mismatch)",
    "assertion.hashedURI.mismatch": "an assertion was changed after signing",
    "claimSignature.mismatch": "the signature does not match the manifest",
    "signingCredential.untrusted": "the signer's certificate chain does not lead to a CA you trust",
    "signingCredential.expired": "the signing certificate had expired when it signed",
    "signingCredential.invalid": "the signing certificate is not valid for C2PA signing",
}

# The reasons that say the file's content changed after it was signed.
CONTENT_CHANGED: Final = frozenset(
    ("assertion.dataHash.mismatch", "assertion.boxesHash.mismatch", "assertion.bmffHash.mismatch")
)


VERDICTS: Final = {
    "trusted": {"en": "valid and trusted", "fa": "معتبر و مورد اعتماد"},
    "valid": {"en": "valid, not trusted", "fa": "معتبر، اما مورد اعتماد نیست"},
    "no_trust": {
        "en": " (no --trust CA given)",
        "fa": " (گواهی مرجع مورد اعتماد با \u2066--trust\u2069 داده نشد)",
    },
    "invalid": {"en": "invalid", "fa": "نامعتبر"},
    # A hash mismatch: the bytes were altered after signing, and the credentials kept. Said
    # so in the verdict, apart from a broken signature and from credentials removed.
    "changed": {
        "en": "invalid: the file changed after it was signed",
        "fa": "نامعتبر: فایل پس از امضا تغییر کرده است",
    },
    # Nothing to check is not a broken signature: say what a client needs to know.
    "unsigned": {"en": "no content credentials", "fa": "بدون اعتبارنامهٔ محتوا"},
    # Nor is a file that cannot be read at all (cut short, damaged).
    "damaged": {
        "en": "could not be checked: the file is damaged or cut short",
        "fa": "بررسی نشد: فایل آسیب دیده یا ناقص است",
    },
}
# What each verdict means for the person who received the file, and what they can do.
MEANINGS: Final = {
    "trusted": {
        "en": "The file has not changed since it was signed, and the signer's certificate "
        "leads to a certificate authority you trust. The disclosure below is the signer's "
        "own statement about how the file was made.",
        "fa": "فایل پس از امضا تغییر نکرده است و گواهی امضاکننده به مرجعی می‌رسد که به آن "
        "اعتماد دارید. افشانامهٔ زیر گفتهٔ خود امضاکننده دربارهٔ چگونگی ساخت فایل است.",
    },
    "trusted_test": {
        "en": "The file has not changed since it was signed, with a TEST ONLY certificate "
        "from the CA file you gave (--trust). That proves who signed it only as far as you "
        "know who gave you that CA file; nobody else vouches for it. The disclosure below "
        "is the signer's own statement.",
        "fa": "فایل پس از امضا تغییر نکرده است و با گواهی «فقط برای آزمایش» از همان گواهی "
        "مرجعی امضا شده که با \u2066--trust\u2069 دادید. این فقط تا جایی نشان می‌دهد چه "
        "کسی آن را امضا کرده که بدانید آن گواهی مرجع را چه کسی به شما داده است؛ کس دیگری "
        "آن را تضمین نمی‌کند. افشانامهٔ زیر گفتهٔ خود امضاکننده است.",
    },
    "valid": {
        "en": "The file has not changed since it was signed, but nothing here shows who "
        "signed it: anyone can make a signing certificate. To check the signer, run this "
        "again with --trust and the CA certificate the sender gave you.",
        "fa": "فایل پس از امضا تغییر نکرده است، اما اینجا چیزی نشان نمی‌دهد چه کسی آن را "
        "امضا کرده است: هر کسی می‌تواند گواهی امضا بسازد. برای بررسی امضاکننده، دوباره با "
        "\u2066--trust\u2069 و گواهی مرجعی که فرستنده به شما داده است اجرا کنید.",
    },
    "valid_test": {
        "en": "The file has not changed since it was signed, but it was signed with a TEST "
        "ONLY certificate, which anyone can make: it does not show who signed it. To check "
        "the signer, run this again with --trust and the CA file (ca.pem) the sender gave "
        "you, or ask them to sign with a certificate from a recognised CA.",
        "fa": "فایل پس از امضا تغییر نکرده است، اما با گواهی «فقط برای آزمایش» امضا شده "
        "که هر کسی می‌تواند بسازد: نشان نمی‌دهد چه کسی آن را امضا کرده است. برای بررسی "
        "امضاکننده، دوباره با \u2066--trust\u2069 و فایل گواهی مرجع (\u2066ca.pem\u2069) که "
        "فرستنده به شما داده است اجرا کنید، یا از او بخواهید با گواهی یک مرجع شناخته‌شده "
        "امضا کند.",
    },
    "other_signer": {
        "en": "The file has not changed since it was signed, but not with a certificate "
        "from the CA you gave (--trust): someone else signed it, or that is not the CA "
        "file the signer uses. Ask the sender which certificate they signed with.",
        "fa": "فایل پس از امضا تغییر نکرده است، اما با گواهی‌ای از مرجعی که با "
        "\u2066--trust\u2069 دادید امضا نشده است: یا کس دیگری آن را امضا کرده یا آن فایل "
        "گواهی مرجعِ امضاکننده نیست. از فرستنده بپرسید با کدام گواهی امضا کرده است.",
    },
    "unsigned": {
        "en": "The file carries no content credentials: it was never signed, or a program "
        "removed them when it saved the file again (image editors and many upload sites "
        "do). This says nothing about how the file was made. If you expected a signed "
        "file, ask the sender for the signed original, unedited.",
        "fa": "این فایل اعتبارنامهٔ محتوا ندارد: یا هرگز امضا نشده است یا برنامه‌ای هنگام "
        "ذخیرهٔ دوباره آن را پاک کرده است (ویرایشگرهای تصویر و بسیاری از سایت‌های بارگذاری "
        "چنین می‌کنند). این دربارهٔ چگونگی ساخت فایل چیزی نمی‌گوید. اگر انتظار فایل "
        "امضاشده داشتید، نسخهٔ اصلیِ امضاشده و ویرایش‌نشده را از فرستنده بخواهید.",
    },
    "invalid": {
        "en": "The file or its credentials changed after signing, or the signature does not "
        "check out: do not rely on what its credentials say. Ask the sender for the signed "
        "original, unedited.",
        "fa": "فایل یا اعتبارنامهٔ آن پس از امضا تغییر کرده است، یا امضا درست نیست: به "
        "آنچه اعتبارنامه‌اش می‌گوید تکیه نکنید. نسخهٔ اصلیِ امضاشده و ویرایش‌نشده را از "
        "فرستنده بخواهید.",
    },
    "changed": {
        "en": "The file's content changed after it was signed, while its credentials stayed "
        "in it: this is not the file that was signed, so do not rely on what its credentials "
        "say. Ask the sender for the signed original, unedited.",
        "fa": "محتوای فایل پس از امضا تغییر کرده، اما اعتبارنامه‌اش در آن مانده است: این همان "
        "فایلی نیست که امضا شد، پس به آنچه اعتبارنامه‌اش می‌گوید تکیه نکنید. نسخهٔ اصلیِ "
        "امضاشده و ویرایش‌نشده را از فرستنده بخواهید.",
    },
    "damaged": {
        "en": "The file is damaged or cut short, so its credentials could not be checked. "
        "Get the file again (an incomplete download is the usual cause).",
        "fa": "فایل آسیب دیده یا ناقص است، پس اعتبارنامهٔ آن بررسی نشد. فایل را دوباره "
        "بگیرید (دلیل معمول، دریافت نیمه‌کاره است).",
    },
}
# Persian for the reasons a person meets most; other codes keep c2pa's English text.
REASONS_FA: Final = {
    "manifest.notFound": "این فایل اعتبارنامهٔ محتوا (مانیفست C2PA) ندارد",
    "manifest.unreadable": "مانیفست خوانده نمی‌شود",
    "file.damaged": "فایل خوانده نمی‌شود: شاید آسیب دیده یا ناقص باشد (برای نمونه، دریافت یا "
    "رونوشت‌برداری آن نیمه‌کاره مانده است). فایل را دوباره از فرستنده یا منبعش بگیرید، یا آن را "
    "در یک برنامهٔ ویرایش باز کنید و نسخهٔ تازه‌ای ذخیره کنید",
    "assertion.dataHash.mismatch": "محتوای فایل پس از امضا تغییر کرده است (هش یکسان نیست)",
    "assertion.boxesHash.mismatch": "محتوای فایل پس از امضا تغییر کرده است (هش یکسان نیست)",
    "assertion.bmffHash.mismatch": "محتوای فایل پس از امضا تغییر کرده است (هش یکسان نیست)",
    "assertion.hashedURI.mismatch": "یکی از ادعاهای مانیفست پس از امضا تغییر کرده است",
    "claimSignature.mismatch": "امضا با مانیفست نمی‌خواند",
    "signingCredential.untrusted": "زنجیرهٔ گواهی امضاکننده به مرجعی که به آن اعتماد دارید نمی‌رسد",
    "signingCredential.expired": "گواهی امضا هنگام امضا منقضی شده بود",
    "signingCredential.invalid": "گواهی امضا برای امضای C2PA معتبر نیست",
    "trust.notChecked": "اعتماد بررسی نشد: برای بررسی زنجیرهٔ گواهی، \u2066--trust CA.pem\u2069 را بدهید",
    "signer.testOnly": "با گواهی «فقط برای آزمایش» (azadkar dev-cert) امضا شده است",
    "azadkar.earlier.failed": "اعتبارنامهٔ نسخهٔ پیشینی که این فایل از آن ساخته شده هنگام "
    "امضای این نسخه درست درنیامد: به آنچه دربارهٔ آن نسخه می‌گوید تکیه نکنید",
    "azadkar.createdAgent.legacy": "با نسخه‌ای پیشین از آزادکار امضا شده است: کنش «ساخته شد» "
    "(\u2066c2pa.created\u2069) در آن نوع منبعِ کل فایل را آورده و نخستین ابزار مولد را چنان "
    "نام برده که گویی فایل را آن ساخته است؛ طبق افشانامه، این اثر را یک انسان ساخته و "
    "ابزارهای هوش مصنوعیِ نام‌برده بخش‌هایی از آن را",
}


# A file signed by azadkar before actions_rule 2 (see _legacy_created).
LEGACY_CREATED: Final = "azadkar.createdAgent.legacy"
# The C2PA actions azadkar writes, in Persian words.
ACTIONS_FA: Final = {
    "c2pa.created": "ساخته شد",
    "c2pa.edited": "ویرایش شد",
    "c2pa.opened": "باز شد",
    "c2pa.converted": "تبدیل شد",
}


def untrusted_text(anchor: str, lang: str = "en", detail: str = "") -> str:
    """Why a valid signature is not trusted, naming the trust anchor file that was checked.

    The file is named in brackets, so the sentence still reads when the web front end
    replaces the server's path with a description ("the trusted CA").
    """
    if lang == "fa":
        return f"{REASONS_FA['signingCredential.untrusted']} (بررسی‌شده با {ltr(anchor)})"
    note = f"{detail}; " if detail else ""
    return f"{_PLAIN['signingCredential.untrusted']} ({note}checked against {anchor})"


def reason_text(
    reason: Reason, lang: str = "en", anchor: str | None = None, file: str | None = None
) -> str:
    """A reason's explanation in ``lang`` (Persian where written; else c2pa's English).

    ``file`` is the checked file, which the Persian text of ``file.damaged`` names."""
    if lang != "fa":
        return reason.explanation
    if reason.code == "signingCredential.untrusted" and anchor:
        return untrusted_text(anchor, "fa")
    if reason.code == "file.damaged" and file:
        return damaged_text(file, FORMATS.get(Path(file).suffix.lower(), ""), "fa")
    return REASONS_FA.get(reason.code) or ltr(reason.explanation)


@dataclass(frozen=True, slots=True)
class DevCert:
    ca: Path
    cert: Path
    key: Path
    ca_subject: str
    leaf_subject: str
    not_after: str
    note: str = "TEST ONLY: a local CA nobody else trusts; for trying sign and verify offline."


@dataclass(frozen=True, slots=True)
class SignResult:
    source: Path
    out: Path
    format: str
    digital_source_type: str
    actions: list[dict[str, Any]]
    signer: str
    test_only: bool
    disclosure: bool
    # The input's own content credentials, kept as the parent ingredient: its title, claim
    # generator and signer (None when the input had none).
    earlier: dict[str, Any] | None = None


@dataclass(frozen=True, slots=True)
class Reason:
    code: str
    explanation: str
    severity: str  # failure | warning | info
    # The C2PA library's own words, where the explanation puts them in plain language.
    detail: str = ""


@dataclass(slots=True)
class VerifyResult:
    """What :func:`verify_file` found. ``trusted`` implies ``valid``."""

    file: str
    valid: bool
    trusted: bool
    validation_state: str | None
    reasons: list[Reason] = field(default_factory=list)
    manifest: dict[str, Any] | None = None
    disclosure: dict[str, Any] | None = None
    signer: dict[str, Any] | None = None
    test_only: bool = False
    trust_anchor: str | None = None
    # The versions this file was made from, newest first: each one's credentials, kept in
    # this file's manifest store as its parent ingredient (C2PA ``parentOf``).
    earlier_versions: list[dict[str, Any]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @property
    def verdict(self) -> str:
        return self.verdict_text("en")

    def verdict_text(self, lang: str = "en") -> str:
        """The verdict in words, in English or Persian (with the Persian comma «،»)."""
        key = "fa" if lang == "fa" else "en"
        if self.trusted:
            return VERDICTS["trusted"][key]
        if self.valid:
            return VERDICTS["valid"][key] + ("" if self.trust_anchor else VERDICTS["no_trust"][key])
        if self.unsigned:
            return VERDICTS["unsigned"][key]
        if self.damaged:
            return VERDICTS["damaged"][key]
        if self.changed:
            return VERDICTS["changed"][key]
        return VERDICTS["invalid"][key]

    def meaning_text(self, lang: str = "en") -> str:
        """What the verdict means for the person who received the file, and what to do."""
        key = "fa" if lang == "fa" else "en"
        if self.trusted:
            return MEANINGS["trusted_test" if self.test_only else "trusted"][key]
        if self.valid:
            if self.trust_anchor:
                return MEANINGS["other_signer"][key]
            return MEANINGS["valid_test" if self.test_only else "valid"][key]
        if self.unsigned:
            return MEANINGS["unsigned"][key]
        if self.damaged:
            return MEANINGS["damaged"][key]
        if self.changed:
            return MEANINGS["changed"][key]
        return MEANINGS["invalid"][key]

    @property
    def damaged(self) -> bool:
        """The file could not be read as the kind it claims to be (cut short, damaged)."""
        return not self.valid and any(r.code == "file.damaged" for r in self.reasons)

    @property
    def changed(self) -> bool:
        """The file's content no longer matches the hash its credentials signed (the bytes
        were altered after signing): not a broken signature, nor credentials removed."""
        return not self.valid and any(
            r.code in CONTENT_CHANGED and r.severity == "failure" for r in self.reasons
        )

    @property
    def unsigned(self) -> bool:
        """The file carries no C2PA manifest at all (as opposed to a broken or altered one)."""
        return (
            not self.valid
            and not self.manifest
            and any(r.code == "manifest.notFound" for r in self.reasons)
        )


# --------------------------------------------------------------------------- dev cert


def make_dev_cert(
    out_dir: str | Path, *, name: str = "azadkar", days: int = 90, force: bool = False
) -> DevCert:
    """Write a TEST ONLY CA (``ca.pem``), a leaf + chain (``cert.pem``) and its key (``key.pem``).

    The CA's private key is not kept, so the CA can never issue another certificate.
    """
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID, ObjectIdentifier

    out = Path(out_dir)
    for folder in (out, *out.parents):
        if folder.exists() and not folder.is_dir():
            shown = "" if folder == out else f" (in --out {out})"
            shown_fa = "" if folder == out else f" (در {ltr(f'--out {out}')})"
            raise CredentialsError(
                f"{folder} is a file, not a folder{shown}; give --out a folder name "
                "(it is created if missing)",
                message_fa=f"{ltr(folder)} یک فایل است، نه پوشه{shown_fa}؛ به {ltr('--out')} "
                "نام یک پوشه را بدهید (اگر نباشد ساخته می‌شود)",
                path=str(folder),
            )
    paths = {n: out / f"{n}.pem" for n in ("ca", "cert", "key")}
    existing = [str(p) for p in paths.values() if p.exists()]
    if existing and not force:
        raise CredentialsError(
            f"{', '.join(existing)} already exist; choose another --out or pass --force",
            message_fa="، ".join(ltr(p) for p in existing)
            + f" از پیش وجود دارند؛ {ltr('--out')} دیگری بدهید یا {ltr('--force')} را بیفزایید",
            paths=existing,
        )
    if days < 1 or days > 825:
        raise CredentialsError(
            f"days must be 1-825, not {days}",
            message_fa=f"تعداد روزها ({ltr('--days')}) باید از ۱ تا ۸۲۵ باشد، نه {num(days)}",
        )
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise CredentialsError(
            f"cannot create the --out folder {out}: {exc.strerror or exc}",
            message_fa=f"پوشهٔ {ltr('--out')} {ltr(out)} ساخته نشد: {os_reason_fa(exc)}",
            path=str(out),
        ) from None

    def subject(cn: str) -> x509.Name:
        return x509.Name(
            [
                x509.NameAttribute(NameOID.COMMON_NAME, cn),
                x509.NameAttribute(NameOID.ORGANIZATION_NAME, f"azadkar {TEST_ONLY}"),
                x509.NameAttribute(
                    NameOID.ORGANIZATIONAL_UNIT_NAME, "local development - not for real use"
                ),
            ]
        )

    now = _dt.datetime.now(_dt.UTC)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = subject(f"{name} {TEST_ONLY} CA")
    ca = (
        x509.CertificateBuilder()
        .subject_name(ca_name)
        .issuer_name(ca_name)
        .public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - _dt.timedelta(minutes=5))
        .not_valid_after(now + _dt.timedelta(days=days + 1))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=False,
                content_commitment=False,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=True,
                crl_sign=True,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key()), False)
        .sign(ca_key, hashes.SHA256())
    )
    leaf_key = ec.generate_private_key(ec.SECP256R1())
    leaf_name = subject(f"{name} {TEST_ONLY} signer")
    leaf = (
        x509.CertificateBuilder()
        .subject_name(leaf_name)
        .issuer_name(ca_name)
        .public_key(leaf_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - _dt.timedelta(minutes=5))
        .not_valid_after(now + _dt.timedelta(days=days))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=False,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=False,
                crl_sign=False,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(
            x509.ExtendedKeyUsage(
                # emailProtection and documentSigning are both on C2PA's allowed EKU list.
                [ExtendedKeyUsageOID.EMAIL_PROTECTION, ObjectIdentifier("1.3.6.1.5.5.7.3.36")]
            ),
            critical=False,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(leaf_key.public_key()), False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()), False
        )
        .sign(ca_key, hashes.SHA256())
    )
    pem = serialization.Encoding.PEM
    paths["ca"].write_bytes(ca.public_bytes(pem))
    paths["cert"].write_bytes(leaf.public_bytes(pem) + ca.public_bytes(pem))
    key_bytes = leaf_key.private_bytes(
        pem, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    # Create the key file private from the start rather than chmod-ing it afterwards.
    fd = os.open(paths["key"], os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(key_bytes)
    return DevCert(
        ca=paths["ca"],
        cert=paths["cert"],
        key=paths["key"],
        ca_subject=ca_name.rfc4514_string(),
        leaf_subject=leaf_name.rfc4514_string(),
        not_after=leaf.not_valid_after_utc.isoformat(),
    )


# --------------------------------------------------------------------------- signing


def _read(path: Path, what: str) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise CredentialsError(
            f"cannot read {what} {path}: {exc.strerror}",
            message_fa=f"{_WHAT_FA.get(what, what)} {ltr(path)} خوانده نشد: {os_reason_fa(exc)}",
            path=str(path),
        ) from None


_KIND: Final = {"image/jpeg": "JPEG", "image/png": "PNG", "application/pdf": "PDF"}
# Other kinds of file a deliverable named .png/.jpg/.pdf often turns out to be, by their
# first bytes: said by name, so the person knows what they have.
_OTHER_MAGIC: Final = (
    (b"GIF87a", "GIF"),
    (b"GIF89a", "GIF"),
    (b"II*\x00", "TIFF"),
    (b"MM\x00*", "TIFF"),
    (b"PK\x03\x04", "ZIP"),
)


def _kind_of(data: bytes) -> str | None:
    """What the first bytes say the file is (JPEG, PNG, PDF, GIF, WebP, HTML, ...), if known."""
    for mime, magic in _MAGIC.items():
        if data.startswith(magic):
            return _KIND[mime]
    for magic, kind in _OTHER_MAGIC:
        if data.startswith(magic):
            return kind
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "WebP"
    if data[4:12] in (b"ftypheic", b"ftypheix", b"ftypmif1", b"ftypavif"):
        return "HEIC/AVIF"
    head = data[:512].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith((b"<!doctype html", b"<html")):
        return "HTML"
    if looks_like_text(data[:4096]):
        # notes, a CSV or a JSON saved under an image's name: said as such
        return "text"
    return None


def looks_like_text(head: bytes) -> bool:
    """``head`` reads as UTF-8 text (a character cut at its end allowed), with next to no
    control characters. The web's upload check uses it too."""
    try:
        text = head.decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.start < len(head) - 4:
            return False
        text = head[: exc.start].decode("utf-8")
    if not text.strip():
        return False
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\t\r\n\f")
    return controls <= len(text) // 100


# How a kind of file is named in a sentence ("the file is a GIF"), in English and Persian.
KIND_NAMES: Final = {
    "HTML": ("an HTML page", "یک صفحهٔ HTML"),
    "text": ("a text file", "یک فایل متنی"),
}


def kind_name(kind: str, lang: str = "en") -> str:
    """``kind`` (from :func:`kind_of`) in a sentence: "a GIF", "a text file", «یک فایل متنی»."""
    en, fa = KIND_NAMES.get(kind, (f"a {kind}", kind))
    return fa if lang == "fa" else en


kind_of = _kind_of


def _format_of(path: Path, data: bytes, action: str = "sign") -> str:
    """The MIME type of a file azadkar can sign or verify (by its extension, checked
    against its first bytes); anything else is wrong input."""
    mime = FORMATS.get(path.suffix.lower())
    if mime is None:
        suffix_fa = ltr(path.suffix) if path.suffix else "(بدون پسوند)"
        kinds = "JPEG (.jpg, .jpeg), PNG (.png) and PDF (.pdf)"
        kinds_fa = f"JPEG ({ltr('.jpg, .jpeg')})، PNG ({ltr('.png')}) و PDF ({ltr('.pdf')})"
        does = (
            f"azadkar signs {kinds}"
            if action == "sign"
            else f"azadkar reads content credentials in {kinds}"
        )
        does_fa = (
            f"آزادکار فایل‌های {kinds_fa} را امضا می‌کند"
            if action == "sign"
            else f"آزادکار اعتبارنامهٔ محتوای فایل‌های {kinds_fa} را می‌خواند"
        )
        raise CredentialsError(
            f"{path}: unsupported file type {path.suffix or '(no extension)'}; {does}",
            message_fa=f"{ltr(path)}: نوع فایل {suffix_fa} پشتیبانی نمی‌شود؛ {does_fa}",
            path=str(path),
            reason="unsupported_type",
        )
    kind = _KIND[mime]
    if not data:
        raise CredentialsError(
            f"{path} is empty (0 bytes), so there is nothing to "
            f"{'sign' if action == 'sign' else 'check'}: the download or copy that made it "
            f"may have failed; get the {kind} file again",
            message_fa=f"فایل {ltr(path)} خالی است (۰ بایت) و چیزی برای "
            f"{'امضا' if action == 'sign' else 'بررسی'} ندارد: شاید دریافت یا رونوشت‌برداری "
            f"آن کامل نشده است؛ فایل {kind} را دوباره بگیرید",
            path=str(path),
            reason="empty",
        )
    if not data.startswith(_MAGIC[mime]):
        actual = _kind_of(data)
        shown = kind_name(actual) if actual else ""
        if actual in _KIND.values():
            # The extension lies: a JPEG named .png. Say what it is and the name to give it.
            right = next(s for s, m in FORMATS.items() if _KIND[m] == actual)
            renamed = path.with_suffix(right)
            raise CredentialsError(
                f"{path}: the name ends in {path.suffix}, but the file is a {actual}, not a "
                f"{kind}; rename it to {renamed} and run the command with that name",
                message_fa=f"{ltr(path)}: نام فایل به {ltr(path.suffix)} ختم می‌شود، اما فایل "
                f"در واقع {actual} است، نه {kind}؛ نامش را به {ltr(renamed)} تغییر دهید و "
                "فرمان را با همان نام اجرا کنید",
                path=str(path),
                reason="content_mismatch",
                actual=actual,
            )
        if actual == "text":
            # Text is no picture to export: the wrong file was picked, or renamed by mistake.
            raise CredentialsError(
                f"{path}: the name ends in {path.suffix}, but the file is {shown}, not a "
                f"{kind}; check that this is the file you meant (azadkar works with JPEG, PNG "
                "and PDF files)",
                message_fa=f"{ltr(path)}: نام فایل به {ltr(path.suffix)} ختم می‌شود، اما فایل "
                f"در واقع {kind_name(actual, 'fa')} است، نه {kind}؛ بررسی کنید که همان فایلی "
                "است که می‌خواستید (آزادکار با فایل‌های JPEG، PNG و PDF کار می‌کند)",
                path=str(path),
                reason="content_mismatch",
                actual=actual,
            )
        if actual is not None:
            raise CredentialsError(
                f"{path}: the name ends in {path.suffix}, but the file is {shown}, not a "
                f"{kind}; azadkar works with JPEG, PNG and PDF files: save or export it as "
                "one of them",
                message_fa=f"{ltr(path)}: نام فایل به {ltr(path.suffix)} ختم می‌شود، اما فایل "
                f"در واقع {kind_name(actual, 'fa')} است، نه {kind}؛ آزادکار با فایل‌های "
                "JPEG، PNG و PDF کار می‌کند: آن را در یکی از این قالب‌ها ذخیره یا صادر کنید",
                path=str(path),
                reason="content_mismatch",
                actual=actual,
            )
        raise CredentialsError(
            f"{path}: the name ends in {path.suffix}, but the content does not begin as a "
            f"{kind} file does: it is another kind of file, or a damaged one",
            message_fa=f"{ltr(path)}: نام فایل به {ltr(path.suffix)} ختم می‌شود، اما محتوایش "
            f"مانند یک فایل {kind} آغاز نمی‌شود: یا از نوع دیگری است یا آسیب دیده است",
            path=str(path),
            reason="content_mismatch",
        )
    return mime


_AGAIN: Final = (
    "Get the file again from its sender or source, or open it in an editor and save a fresh copy"
)
_AGAIN_FA: Final = (
    "فایل را دوباره از فرستنده یا منبعش بگیرید، یا آن را در یک برنامهٔ ویرایش باز کنید و "
    "نسخهٔ تازه‌ای ذخیره کنید"
)
# c2pa's words for a file whose structure it could not follow (cut short, damaged).
_UNPARSABLE: Final = "asset could not be parsed"


def _c2pa_detail(exc: Exception) -> str:
    """c2pa's message without the error class it starts with ("Other: ...")."""
    text = str(exc)
    head, sep, rest = text.partition(": ")
    return rest if sep and head.isidentifier() else text


def damaged_text(path: Path | str, mime: str, lang: str = "en") -> str:
    """The sentence for a file whose name and first bytes promise ``mime`` but whose
    structure cannot be read (cut short, damaged): what happened and what to do."""
    kind = _KIND.get(mime, mime) or "JPEG, PNG or PDF"
    if lang == "fa":
        return (
            f"فایل {ltr(path)} را نمی‌توان به‌عنوان {kind} خواند: شاید آسیب دیده یا ناقص "
            f"باشد (برای نمونه، دریافت یا رونوشت‌برداری آن نیمه‌کاره مانده است). {_AGAIN_FA}"
        )
    return (
        f"{path} could not be read as a {kind} file: it may be damaged or cut short (an "
        f"incomplete download or copy, for instance). {_AGAIN}"
    )


def _png_damaged(data: bytes) -> bool:
    """A chunk of the PNG, before its end or IEND, has a type that is not four ASCII letters.

    Checked before the C2PA library reads the file: on such a file it works its way through
    every byte (a 20 MB PNG of zeros after its signature took 45 s, 400 MB over ten minutes
    and 2 GB of memory) only to find it damaged. A file cut short is left to the library,
    which says so at once ("PNG out of range")."""
    pos, size = 8, len(data)
    while pos + 8 <= size:
        kind = data[pos + 4 : pos + 8]
        if not (kind.isascii() and kind.isalpha()):
            return True
        if kind == b"IEND":
            return False
        pos += 12 + int.from_bytes(data[pos : pos + 4], "big")
    return False


def detail_line(detail: str, lang: str = "en") -> str:
    """The C2PA library's own words, as a secondary (indented) line under a message."""
    if lang == "fa":
        return f"  جزئیات از کتابخانهٔ C2PA: {ltr(detail)}"
    return f"  detail from the C2PA library: {detail}"


def _check_out(src: Path, out: Path, mime: str) -> None:
    """Refuse an ``--out`` that is the input itself, or whose extension is another type."""
    same = src.resolve() == out.resolve()
    if not same and out.exists():
        try:
            same = os.path.samefile(src, out)  # a hard link to the input
        except OSError:
            same = False
    if same:
        raise CredentialsError(
            f"--out {out} is the file to sign ({src}): signing writes a new file and would "
            "replace the unsigned original; give --out another name, e.g. "
            f"{src.with_name(src.stem + '.signed' + src.suffix)}",
            message_fa=f"{ltr(f'--out {out}')} همان فایلی است که امضا می‌شود ({ltr(src)}): امضا "
            "فایل تازه‌ای می‌نویسد و نسخهٔ اصلیِ امضانشده را از بین می‌برد؛ نام دیگری به "
            f"{ltr('--out')} بدهید، مثلاً {ltr(src.with_name(src.stem + '.signed' + src.suffix))}",
            path=str(out),
            reason="out_is_input",
        )
    if FORMATS.get(out.suffix.lower()) != mime:
        kind = _KIND[mime]
        suffixes = [s for s, m in FORMATS.items() if m == mime]
        ends = f"ends in {out.suffix}" if out.suffix else "has no extension"
        ends_fa = f"به {ltr(out.suffix)} ختم می‌شود" if out.suffix else "پسوند ندارد"
        raise CredentialsError(
            f"--out {out} {ends}, but {src} is a {kind} file and the signed file stays "
            f"{kind}; give --out a name ending in {' or '.join(suffixes)}",
            message_fa=f"نام {ltr(f'--out {out}')} {ends_fa}، اما {ltr(src)} یک فایل {kind} "
            f"است و فایل امضاشده هم {kind} می‌ماند؛ نامی بدهید که به "
            f"{ltr(' / '.join(suffixes))} ختم شود",
            path=str(out),
            reason="out_type",
        )


def _write_new_file(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file in the same folder, renamed over it,
    so that a failure never leaves half a file.

    The temporary file is created like any new file (mode 0o666 less the umask, as
    ``open(path, "wb")`` would), not with mkstemp's private 0o600.
    """
    import secrets

    path.parent.mkdir(parents=True, exist_ok=True)
    while True:
        tmp = path.parent / f".azadkar-sign-{secrets.token_hex(6)}{path.suffix}"
        try:
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
        except FileExistsError:
            continue
        break
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def _load_chain(cert_path: Path) -> list[Certificate]:
    from cryptography import x509

    data = _read(cert_path, "certificate file")
    try:
        certs = x509.load_pem_x509_certificates(data)
    except ValueError:
        raise CredentialsError(
            f"{cert_path} holds no PEM certificate (expected '-----BEGIN CERTIFICATE-----')",
            message_fa=f"در {ltr(cert_path)} هیچ گواهی PEM نیست (انتظار "
            f"{ltr('-----BEGIN CERTIFICATE-----')} می‌رفت)",
            path=str(cert_path),
        ) from None
    return certs


def _is_ca(cert: Certificate) -> bool:
    from cryptography import x509

    try:
        return bool(cert.extensions.get_extension_for_class(x509.BasicConstraints).value.ca)
    except x509.ExtensionNotFound:
        return False


def _check_chain(certs: list[Certificate], cert_path: Path) -> None:
    leaf = certs[0]
    subject = leaf.subject.rfc4514_string()
    if leaf.issuer == leaf.subject:
        raise CredentialsError(
            f"the signing certificate in {cert_path} ({subject}) is self-signed. {_CHAIN_HELP}",
            message_fa=f"گواهی امضا در {ltr(cert_path)} ({ltr(subject)}) خودامضاست. "
            f"{_CHAIN_HELP_FA}",
            path=str(cert_path),
            reason="self_signed",
        )
    if _is_ca(leaf):
        raise CredentialsError(
            f"the first certificate in {cert_path} ({subject}) is a CA certificate. {_CHAIN_HELP}",
            message_fa=f"نخستین گواهی در {ltr(cert_path)} ({ltr(subject)}) گواهی یک مرجع "
            f"صدور گواهی (CA) است. {_CHAIN_HELP_FA}",
            path=str(cert_path),
            reason="ca_as_leaf",
        )
    now = _dt.datetime.now(_dt.UTC)
    if not leaf.not_valid_before_utc <= now <= leaf.not_valid_after_utc:
        start, end = f"{leaf.not_valid_before_utc:%Y-%m-%d}", f"{leaf.not_valid_after_utc:%Y-%m-%d}"
        raise CredentialsError(
            f"the signing certificate in {cert_path} is not valid now (valid {start} to {end})",
            message_fa=f"گواهی امضا در {ltr(cert_path)} اکنون معتبر نیست (اعتبار از "
            f"{ltr(num(start))} تا {ltr(num(end))})",
            path=str(cert_path),
            reason="expired",
        )
    if len(certs) == 1:
        # Verifiers need the intermediate(s); the root may be left out, but then only a
        # verifier that already holds that root can build the chain.
        return
    for child, parent in itertools.pairwise(certs):
        if child.issuer != parent.subject:
            child_name = ltr(f"'{child.subject.rfc4514_string()}'")
            parent_name = ltr(f"'{parent.subject.rfc4514_string()}'")
            raise CredentialsError(
                f"{cert_path}: certificate '{child.subject.rfc4514_string()}' is followed by "
                f"'{parent.subject.rfc4514_string()}', which did not issue it. {_CHAIN_HELP}",
                message_fa=f"{ltr(cert_path)}: پس از گواهی {child_name} گواهی {parent_name} "
                f"آمده است که آن را صادر نکرده است. {_CHAIN_HELP_FA}",
                path=str(cert_path),
                reason="chain_order",
            )


def _signing_alg(key: Any, key_path: Path) -> Any:
    import c2pa
    from cryptography.hazmat.primitives.asymmetric import ec, ed25519, rsa

    if isinstance(key, ec.EllipticCurvePrivateKey):
        algs = {"secp256r1": "ES256", "secp384r1": "ES384", "secp521r1": "ES512"}
        alg = algs.get(key.curve.name)
        if alg:
            return getattr(c2pa.C2paSigningAlg, alg)
    if isinstance(key, rsa.RSAPrivateKey):
        return c2pa.C2paSigningAlg.PS256
    if isinstance(key, ed25519.Ed25519PrivateKey):
        return c2pa.C2paSigningAlg.ED25519
    raise CredentialsError(
        f"{key_path}: unsupported key type; C2PA signs with EC P-256/384/521, RSA-PSS or Ed25519",
        message_fa=f"{ltr(key_path)}: نوع کلید پشتیبانی نمی‌شود؛ C2PA با "
        f"{ltr('EC P-256/384/521')}، {ltr('RSA-PSS')} یا {ltr('Ed25519')} امضا می‌کند",
        path=str(key_path),
    )


DEFAULT_SOURCE_TYPE = "digitalCreation"
# What azadkar writes in the description of an action a person performed (C2PA 2.x has no
# "actors" field; the description is free text, C2PA 2.4 section 18.15.4.1).
MADE_BY_PERSON: Final = "made by a person"
EDITED_BY_PERSON: Final = "edited by a person"
# The version of the rule that turns a disclosure into C2PA actions, recorded in the
# org.azadkar.disclosure assertion. Files signed before it was recorded (no ``actions_rule``)
# named the first generating AI tool as the c2pa.created softwareAgent even when a person
# made the work; verify_file says so for them.
ACTIONS_RULE: Final = 2
# AIA proportions at which AI, not a person, made the asset (azadkar's banding of ai_share).
_AI_MADE: Final = ("PAI", "EAI")


_PERSON_FA: Final = {
    MADE_BY_PERSON: "ساختهٔ یک انسان",
    EDITED_BY_PERSON: "ویرایش به دست یک انسان",
    "opened the earlier version": "نسخهٔ پیشین",
}


def person_text(description: str, lang: str = "en") -> str:
    """An action's description in ``lang``: azadkar's own words for what a person did
    ("made by a person (Mina)") in Persian for ``fa``; any other text as it was signed."""
    if lang == "fa":
        for en, fa in _PERSON_FA.items():
            if description == en or description.startswith(en + " ("):
                rest = description[len(en) :].strip()
                return f"{fa} {isolate(rest[1:-1]).join('()')}" if rest else fa
    return description


def _agent(use: Any) -> dict[str, Any]:
    return {"name": f"{use.name} {use.model}" if use.model else use.name}


def _person(what: str, author: str | None) -> str:
    return f"{what} ({author})" if author else what


def _actions(
    report: DisclosureReport | None, source_type: str | None
) -> tuple[str, list[dict[str, Any]]]:
    """The ``c2pa.actions.v2`` actions for a disclosure (C2PA 2.4, section 18.15).

    - ``c2pa.created`` first (18.15.2), with the source type of the asset *at its inception*:
      made by an AI tool (``trainedAlgorithmicMedia``, that tool as ``softwareAgent``) when
      the AIA proportion is primarily or entirely AI and a tool generated material; otherwise
      made by a person (the record's ``human_source``, no softwareAgent: no AI tool made it).
    - one ``c2pa.edited`` per other AI tool whose output is in the deliverable (generate or
      edit), with that tool as ``softwareAgent``, its purpose as ``description`` and the
      source type of its use; a tool that only assisted leaves nothing in the media and
      gets no action.
    - ``c2pa.edited`` with ``humanEdits`` when an AI-made asset was then worked on by a
      person (an AI share below 100).

    azadkar itself is the claim generator (``claim_generator_info``), not a softwareAgent:
    it did not make or change the content.

    A file that already carries content credentials gets :func:`_edit_actions` instead.
    """
    from azadkar.disclosure import iptc

    if report is None:
        # C2PA requires a digital source type on c2pa.created and IPTC has no "unknown":
        # without a disclosure or --source-type this is digitalCreation, and the CLI says so.
        code = source_type or DEFAULT_SOURCE_TYPE
        return code, [{"action": "c2pa.created", "digitalSourceType": iptc.uri(code)}]
    record = report.record
    code = source_type or report.digital_source_type.code
    in_media = [u for u in report.uses if u.mode != "assist"]
    generators = [u for u in in_media if u.mode == "generate"]
    maker = generators[0] if generators and report.aia.proportion in _AI_MADE else None
    created: dict[str, Any] = {"action": "c2pa.created"}
    if maker is not None:
        created["softwareAgent"] = _agent(maker)
        created["digitalSourceType"] = iptc.uri(
            source_type or maker.digital_source_type or "trainedAlgorithmicMedia"
        )
        if maker.purpose:
            created["description"] = maker.purpose
    else:
        created["digitalSourceType"] = iptc.uri(source_type or record.human_source)
        created["description"] = _person(MADE_BY_PERSON, record.author)
    actions = [created]
    for use in in_media:
        if use is maker:
            continue
        action: dict[str, Any] = {"action": "c2pa.edited", "softwareAgent": _agent(use)}
        if use.digital_source_type:
            action["digitalSourceType"] = iptc.uri(use.digital_source_type)
        if use.purpose:
            action["description"] = use.purpose
        actions.append(action)
    if maker is not None and record.ai_share < 100:
        actions.append(
            {
                "action": "c2pa.edited",
                "digitalSourceType": iptc.uri("humanEdits"),
                "description": _person(EDITED_BY_PERSON, record.author),
            }
        )
    return code, actions


# The id the parent ingredient is given while signing, for c2pa.opened to point to it
# (c2pa-rs turns it into the ingredient assertion's hashed URI).
PARENT_ID: Final = "azadkar.parent"
OPENED_EARLIER: Final = "opened the earlier version"


def _edit_actions(
    report: DisclosureReport | None, source_type: str | None, earlier: str
) -> tuple[str, list[dict[str, Any]]]:
    """The actions of a file opened from an earlier version with content credentials
    (``earlier``: that version's title): it was not made here but opened from that
    version, kept as the parent ingredient (C2PA 2.4, section 18.15: ``c2pa.opened`` first,
    naming the ``parentOf`` ingredient, instead of ``c2pa.created``). Every AI tool whose output is in the
    deliverable is then a ``c2pa.edited``, and a person's work ``c2pa.edited`` with
    ``humanEdits``; without a disclosure or a source type nothing more is claimed than the
    opening."""
    from azadkar.disclosure import iptc

    opened: dict[str, Any] = {
        "action": "c2pa.opened",
        "parameters": {"ingredientIds": [PARENT_ID]},
        "description": f"{OPENED_EARLIER} ({earlier})",
    }
    actions = [opened]
    if report is None:
        if source_type is None:
            return "", actions
        actions.append({"action": "c2pa.edited", "digitalSourceType": iptc.uri(source_type)})
        return source_type, actions
    record = report.record
    for use in report.uses:
        if use.mode == "assist":
            continue
        action: dict[str, Any] = {"action": "c2pa.edited", "softwareAgent": _agent(use)}
        if use.digital_source_type:
            action["digitalSourceType"] = iptc.uri(use.digital_source_type)
        if use.purpose:
            action["description"] = use.purpose
        actions.append(action)
    if record.ai_share < 100:
        actions.append(
            {
                "action": "c2pa.edited",
                "digitalSourceType": iptc.uri("humanEdits"),
                "description": _person(EDITED_BY_PERSON, record.author),
            }
        )
    return source_type or report.digital_source_type.code, actions


def _earlier_manifest(data: bytes, mime: str) -> dict[str, Any] | None:
    """The input's own content credentials, if it has any that can be read: its active
    manifest's title, claim generator and signer. None for a file without them."""
    import c2pa

    try:
        context = c2pa.Context.from_dict({"verify": {"verify_trust": False}})
        with c2pa.Reader(mime, io.BytesIO(data), None, context) as reader:
            store = json.loads(reader.json())
    except c2pa.C2paError:
        return None
    active = (store.get("manifests") or {}).get(store.get("active_manifest") or "")
    if not active:
        return None
    summary = _summary(active)
    return {
        "title": summary["title"],
        "claim_generator": summary["claim_generator"],
        "signer": summary["signature"],
        "validation_state": store.get("validation_state"),
    }


def sign_file(
    path: str | Path,
    *,
    cert: str | Path,
    key: str | Path,
    out: str | Path,
    disclosure: Any = None,
    source_type: str | None = None,
    title: str | None = None,
) -> SignResult:
    """Embed a signed C2PA manifest in a JPEG, PNG or PDF and write it to ``out``.

    ``disclosure`` may be a record, a report, a dict or a JSON file path (see
    :func:`azadkar.disclosure.load_disclosure`). ``source_type`` overrides the IPTC term.
    """
    import c2pa
    from cryptography.hazmat.primitives import serialization

    from azadkar import tools as _tools
    from azadkar.disclosure.record import Disclosure, load_disclosure
    from azadkar.disclosure.report import DisclosureReport, build_report

    src, out_path, cert_path, key_path = Path(path), Path(out), Path(cert), Path(key)
    data = _read(src, "file to sign")
    mime = _format_of(src, data)
    _check_out(src, out_path, mime)
    if mime == "image/png" and _png_damaged(data):
        raise CredentialsError(
            f"{damaged_text(src, mime)}.",
            message_fa=f"{damaged_text(src, mime, 'fa')}.",
            path=str(src),
            reason="damaged",
        )
    if source_type is not None and source_type not in _tools.DIGITAL_SOURCE_TYPES:
        raise CredentialsError(
            f"unknown IPTC digital source type {source_type!r}; use one of "
            + ", ".join(_tools.DIGITAL_SOURCE_TYPES),
            message_fa=f"نوع منبع دیجیتال IPTC {isolate(repr(source_type))} شناخته نیست؛ یکی "
            f"از این‌ها را بدهید: {ltr(', '.join(_tools.DIGITAL_SOURCE_TYPES))}",
        )
    chain = _load_chain(cert_path)
    _check_chain(chain, cert_path)
    key_pem = _read(key_path, "key file")
    try:
        private_key = serialization.load_pem_private_key(key_pem, password=None)
    except (ValueError, TypeError) as exc:
        raise CredentialsError(
            f"{key_path} is not an unencrypted PEM private key ({exc})",
            message_fa=f"{ltr(key_path)} کلید خصوصی PEM بدون رمز نیست ({ltr(exc)})",
            path=str(key_path),
        ) from None
    pub = serialization.PublicFormat.SubjectPublicKeyInfo
    enc = serialization.Encoding.PEM
    if private_key.public_key().public_bytes(enc, pub) != chain[0].public_key().public_bytes(
        enc, pub
    ):
        raise CredentialsError(
            f"the key in {key_path} does not belong to the signing certificate in {cert_path}",
            message_fa=f"کلید {ltr(key_path)} متعلق به گواهی امضای {ltr(cert_path)} نیست",
            path=str(key_path),
        )
    alg = _signing_alg(private_key, key_path)

    report: DisclosureReport | None = None
    if isinstance(disclosure, DisclosureReport):
        report = disclosure
    elif isinstance(disclosure, Disclosure):
        report = build_report(disclosure)
    elif disclosure is not None:
        report = build_report(load_disclosure(disclosure))
    # A file that already carries content credentials (signed before, by azadkar or another
    # C2PA tool) keeps them: they become this version's parent ingredient, so provenance is
    # a chain rather than overwritten.
    earlier = _earlier_manifest(data, mime)
    # The earlier version is named by its own manifest's title (the file its signer
    # signed), not by the name it has here: the web signs a private copy ("upload.png").
    parent_title = str((earlier or {}).get("title") or src.name)
    if earlier:
        code, actions = _edit_actions(report, source_type, parent_title)
    else:
        code, actions = _actions(report, source_type)
    # c2pa.actions.v2: the v1 label is deprecated (C2PA 2.4, 18.15.1). allActionsIncluded is
    # false: the actions record who made the asset and each AI tool, not every step a person
    # took with other tools (18.15.3).
    assertions: list[dict[str, Any]] = [
        {
            "label": "c2pa.actions.v2",
            "data": {"actions": actions, "allActionsIncluded": False},
        }
    ]
    if report is not None:
        assertions.append({"label": DISCLOSURE_LABEL, "data": _assertion_data(report)})

    manifest = {
        "claim_generator_info": [{"name": "azadkar", "version": _version()}],
        "title": title or src.name,
        "format": mime,
        "assertions": assertions,
    }
    # No thumbnail: it would add a re-encoded copy of the deliverable (~30 KB) to every file.
    # Trust is not judged while signing: an earlier version's signer is recorded as checked
    # (signature and hashes), and whoever verifies this file checks trust with their own CA.
    context = c2pa.Context.from_dict(
        {"builder": {"thumbnail": {"enabled": False}}, "verify": {"verify_trust": False}}
    )
    certs_pem = b"".join(c.public_bytes(enc) for c in chain)
    result = io.BytesIO()
    try:
        info = c2pa.C2paSignerInfo(alg, certs_pem, key_pem, None)
        with c2pa.Signer.from_info(info) as signer, c2pa.Builder(manifest, context) as builder:
            if earlier:
                builder.add_ingredient(
                    {"title": parent_title, "relationship": "parentOf", "label": PARENT_ID},
                    mime,
                    io.BytesIO(data),
                )
            builder.sign(signer, mime, io.BytesIO(data), result)
    except c2pa.C2paError as exc:
        detail = _c2pa_detail(exc)
        if _UNPARSABLE in detail:
            raise CredentialsError(
                f"{damaged_text(src, mime)}.\n{detail_line(detail, 'en')}",
                message_fa=f"{damaged_text(src, mime, 'fa')}.\n{detail_line(detail, 'fa')}",
                path=str(src),
                reason="damaged",
                detail=detail,
            ) from None
        raise CredentialsError(
            f"signing {src} failed: {detail}",
            message_fa=f"امضای {ltr(src)} انجام نشد: {ltr(detail)}",
            path=str(src),
            detail=detail,
        ) from None
    try:
        _write_new_file(out_path, result.getvalue())
    except OSError as exc:
        # "--out cover.png/signed.png: File exists" said nothing useful: name the file
        # that stands where a folder is needed.
        blocker = next((f for f in out_path.parents if f.exists() and not f.is_dir()), None)
        if blocker is not None:
            raise CredentialsError(
                f"cannot write the signed file --out {out_path}: {blocker} is a file, not a "
                "folder; give --out a name in a folder",
                message_fa=f"فایل امضاشده ({ltr(f'--out {out_path}')}) نوشته نشد: "
                f"{ltr(blocker)} یک فایل است، نه پوشه؛ به {ltr('--out')} نامی در یک پوشه بدهید",
                path=str(out_path),
            ) from None
        raise CredentialsError(
            f"cannot write the signed file --out {out_path}: {exc.strerror or exc}",
            message_fa=f"فایل امضاشده ({ltr(f'--out {out_path}')}) نوشته نشد: {os_reason_fa(exc)}",
            path=str(out_path),
        ) from None
    signer_name = chain[0].subject.rfc4514_string()
    return SignResult(
        source=src,
        out=out_path,
        format=mime,
        digital_source_type=code,
        actions=actions,
        signer=signer_name,
        test_only=TEST_ONLY in signer_name or TEST_ONLY in chain[0].issuer.rfc4514_string(),
        disclosure=report is not None,
        earlier=earlier,
    )


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("azadkar")
    except PackageNotFoundError:  # pragma: no cover - running from a source tree
        return "0"


def _assertion_data(report: DisclosureReport) -> dict[str, Any]:
    full = report.to_json_dict()
    return {
        "schema": "https://azadkar.local/schemas/disclosure.schema.json",
        "aia": full["aia"]["statement"],
        "digital_source_type": full["digital_source_type"]["uri"],
        "client_sentence": full["client_sentence"],
        "record": full["record"],
        "actions_rule": ACTIONS_RULE,
    }


# --------------------------------------------------------------------------- verifying


def read_trust_anchor(trust: str | Path) -> str:
    """The PEM text of a ``--trust`` file (refused, naming it, when it holds no certificate)."""
    anchor_pem = _read(Path(trust), "trust anchor file").decode("ascii", "replace")
    if "BEGIN CERTIFICATE" not in anchor_pem:
        raise CredentialsError(
            f"{trust} holds no PEM certificate",
            message_fa=f"در {ltr(trust)} هیچ گواهی PEM نیست",
            path=str(trust),
        )
    return anchor_pem


def verify_file(path: str | Path, *, trust: str | Path | None = None) -> VerifyResult:
    """Read and validate the content credentials of ``path``.

    ``trusted`` is true only when ``trust`` names a PEM file with the CA that the
    signing chain leads to; without it trust is not checked at all.
    """
    import c2pa

    src = Path(path)
    data = _read(src, "file to verify")
    # A file that is not JPEG, PNG or PDF is wrong input, not a file that failed the check.
    mime = _format_of(src, data, action="verify")
    settings: dict[str, Any] = {"verify": {"verify_trust": False}}
    anchor: str | None = None
    if trust is not None:
        anchor_pem = read_trust_anchor(trust)
        settings = {"verify": {"verify_trust": True}, "trust": {"trust_anchors": anchor_pem}}
        anchor = str(trust)
    result = VerifyResult(
        file=str(src), valid=False, trusted=False, validation_state=None, trust_anchor=anchor
    )
    if mime == "image/png" and _png_damaged(data):
        result.reasons.append(Reason("file.damaged", damaged_text(src, mime), "failure"))
        return result
    try:
        context = c2pa.Context.from_dict(settings)
        with c2pa.Reader(mime, io.BytesIO(data), None, context) as reader:
            store = json.loads(reader.json())
    except c2pa.C2paError as exc:
        text = str(exc)
        if "ManifestNotFound" in type(exc).__name__ or "ManifestNotFound" in text:
            result.reasons.append(
                Reason(
                    "manifest.notFound",
                    "the file has no content credentials (C2PA manifest)",
                    "failure",
                )
            )
        elif _UNPARSABLE in text:
            # Not a broken signature: the file itself is damaged or cut short, so nothing
            # in it (credentials included) could be checked.
            result.reasons.append(
                Reason("file.damaged", damaged_text(src, mime), "failure", _c2pa_detail(exc))
            )
        else:
            result.reasons.append(
                Reason("manifest.unreadable", f"cannot read the manifest: {text}", "failure")
            )
        return result

    state = store.get("validation_state")
    result.validation_state = state
    result.valid = state in ("Valid", "Trusted")
    result.trusted = anchor is not None and (state == "Trusted" or _own_signer_trusted(store))
    active_label = str(store.get("active_manifest") or "")
    for status in store.get("validation_status") or []:
        code = status.get("code", "")
        url = str(status.get("url") or "")
        if active_label and "/c2pa/" in url and f"/c2pa/{active_label}" not in url:
            # An earlier version's manifest (a parent ingredient): said with that version
            # in earlier_versions, not as if it were this file's own finding.
            continue
        plain = _PLAIN.get(code)
        detail = status.get("explanation", "")
        # c2pa's own words ("asset hash error, ... Hashes do not match") go to ``detail``,
        # a second line under the plain explanation.
        text, extra = (plain, detail) if plain else (detail, "")
        if code == "signingCredential.untrusted" and anchor:
            text, extra = untrusted_text(anchor, "en", detail), ""
        severity = "warning" if code == "signingCredential.untrusted" else "failure"
        result.reasons.append(Reason(code, text, severity, extra))
    if anchor is None:
        result.reasons.append(
            Reason(
                "trust.notChecked",
                "trust was not checked: pass --trust CA.pem to check the chain",
                "info",
            )
        )
    active = store.get("manifests", {}).get(store.get("active_manifest", ""), {})
    result.manifest = _summary(active)
    result.manifest["format"] = active.get("format") or mime
    result.signer = active.get("signature_info")
    signer_text = json.dumps(result.signer or {})
    result.test_only = TEST_ONLY in signer_text
    if result.test_only:
        result.reasons.append(
            Reason(
                "signer.testOnly", "signed with a TEST ONLY certificate (azadkar dev-cert)", "info"
            )
        )
    for assertion in active.get("assertions", []):
        if assertion.get("label") == DISCLOSURE_LABEL:
            result.disclosure = assertion.get("data")
    legacy = _legacy_created(result.manifest.get("actions") or [], result.disclosure)
    if legacy:
        result.reasons.append(Reason(LEGACY_CREATED, legacy, "info"))
    result.earlier_versions = _earlier_versions(store, active)
    failed = [e for e in result.earlier_versions if e["failures"]]
    if failed:
        names = ", ".join(f"{e['title']} ({', '.join(e['failures'])})" for e in failed)
        result.reasons.append(
            Reason(
                EARLIER_FAILED,
                "the credentials of an earlier version this file was made from did not check "
                f"out: do not rely on what they say about it ({names})",
                "warning",
            )
        )
    return result


def _own_signer_trusted(store: dict[str, Any]) -> bool:
    """The file's own manifest checks out and its signer chains to the trust anchor, while
    the store as a whole is only "Valid": c2pa-rs lowers the state when an earlier version
    (a parent ingredient) was signed by someone the anchor does not vouch for, which says
    nothing about who signed this file."""
    if store.get("validation_state") != "Valid":
        return False
    own = (store.get("validation_results") or {}).get("activeManifest") or {}
    return not own.get("failure") and any(
        s.get("code") == "signingCredential.trusted" for s in own.get("success") or []
    )


# An earlier version's credentials, kept in the file, did not check out.
EARLIER_FAILED: Final = "azadkar.earlier.failed"


def _earlier_versions(store: dict[str, Any], active: dict[str, Any]) -> list[dict[str, Any]]:
    """The versions the file was made from, newest first, following each manifest's parent
    ingredient (``relationship`` ``parentOf``) to the manifest it carries: its title, who
    signed it and when, the software that made the claim, its actions, azadkar's
    disclosure if it has one, and the codes of any check it failed (recorded when the next
    version was signed, or found now)."""
    manifests = store.get("manifests") or {}
    deltas = ((store.get("validation_results") or {}).get("ingredientDeltas")) or []
    out: list[dict[str, Any]] = []
    seen: set[str] = set()
    current, current_label = active, str(store.get("active_manifest") or "")
    while len(out) < 50:
        parent = next(
            (
                i
                for i in current.get("ingredients") or []
                if isinstance(i, dict) and i.get("relationship") == "parentOf"
            ),
            None,
        )
        if parent is None:
            break
        label = str(parent.get("active_manifest") or "")
        earlier = manifests.get(label) if label else None
        recorded = ((parent.get("validation_results") or {}).get("activeManifest") or {}).get(
            "failure"
        ) or []
        found = [
            f
            for d in deltas
            if str(d.get("ingredientAssertionURI", "")).endswith(
                f"{current_label}/c2pa.assertions/{parent.get('label')}"
            )
            for f in (d.get("validationDeltas") or {}).get("failure") or []
        ]
        # Trust is the reader's question about the file as a whole (--trust); an earlier
        # signer is often someone else (another tool, another freelancer).
        failures = sorted(
            {
                str(f.get("code"))
                for f in [*recorded, *found]
                if f.get("code") and f.get("code") != "signingCredential.untrusted"
            }
        )
        codes = {str(f.get("code")) for f in found}
        successes = {
            str(f.get("code"))
            for d in deltas
            if str(d.get("ingredientAssertionURI", "")).endswith(
                f"{current_label}/c2pa.assertions/{parent.get('label')}"
            )
            for f in (d.get("validationDeltas") or {}).get("success") or []
        }
        entry: dict[str, Any] = {
            "title": parent.get("title"),
            "format": parent.get("format"),
            "credentials": earlier is not None,
            "failures": failures,
            # its signer chains to the reader's trust anchor (None: trust not checked now)
            "trusted": True
            if "signingCredential.trusted" in successes
            else (False if "signingCredential.untrusted" in codes else None),
        }
        if earlier is not None:
            summary = _summary(earlier)
            disclosure = next(
                (
                    a.get("data")
                    for a in earlier.get("assertions") or []
                    if a.get("label") == DISCLOSURE_LABEL
                ),
                None,
            )
            signature = earlier.get("signature_info") or {}
            entry.update(
                label=label,
                claim_generator=summary["claim_generator"],
                signer=signature,
                signed_at=signature.get("time"),
                actions=summary["actions"],
                disclosure=disclosure if isinstance(disclosure, dict) else None,
            )
        out.append(entry)
        if earlier is None or label in seen:
            break
        seen.add(label)
        current, current_label = earlier, label
    return out


def _legacy_created(actions: list[dict[str, Any]], disclosure: dict[str, Any] | None) -> str:
    """For a file signed by azadkar before ``actions_rule`` 2, whose ``c2pa.created`` named
    the deliverable's source type and the first generating AI tool although, by its own
    disclosure, a person made the work: what that action means (else "")."""
    if not isinstance(disclosure, dict) or "actions_rule" in disclosure or not actions:
        return ""
    first = actions[0] if isinstance(actions[0], dict) else {}
    if first.get("action") != "c2pa.created":
        return ""
    parts = str(disclosure.get("aia") or "").split()
    if len(parts) > 1 and parts[1] in _AI_MADE:
        return ""  # AI made it: the earlier rule named the right maker
    agent = (
        (first.get("softwareAgent") or {}).get("name")
        if isinstance(first.get("softwareAgent"), dict)
        else first.get("softwareAgent")
    )
    dst = str(first.get("digitalSourceType") or "").rsplit("/", 1)[-1]
    record = disclosure.get("record") if isinstance(disclosure.get("record"), dict) else {}
    human = str((record or {}).get("human_source") or DEFAULT_SOURCE_TYPE)
    if not agent and dst in ("", human):
        return ""
    named = f" and names {agent} as if it had made the file" if agent else ""
    return (
        f"signed by an earlier version of azadkar: its c2pa.created gives the whole file's "
        f"source type ({dst}){named}; by the disclosure a person made this work ({human}) "
        "and the AI tools named contributed parts of it"
    )


def _summary(manifest: dict[str, Any]) -> dict[str, Any]:
    actions: list[dict[str, Any]] = []
    labels = []
    for assertion in manifest.get("assertions", []):
        labels.append(assertion.get("label"))
        if str(assertion.get("label", "")).startswith("c2pa.actions"):
            actions.extend(assertion.get("data", {}).get("actions", []))
    return {
        "label": manifest.get("label"),
        "title": manifest.get("title"),
        "format": manifest.get("format"),
        "claim_generator": manifest.get("claim_generator_info"),
        "signature": manifest.get("signature_info"),
        "actions": actions,
        "assertions": labels,
    }


__all__ = [
    "ACTIONS_FA",
    "DISCLOSURE_LABEL",
    "FORMATS",
    "MEANINGS",
    "REASONS_FA",
    "VERDICTS",
    "DevCert",
    "Reason",
    "SignResult",
    "VerifyResult",
    "damaged_text",
    "detail_line",
    "make_dev_cert",
    "person_text",
    "reason_text",
    "sign_file",
    "untrusted_text",
    "verify_file",
]
