"""Content credentials (C2PA): dev certificates, sign → verify round trips, tampering, bad chains.

Everything runs offline with throwaway certificates made here.
"""

from __future__ import annotations

import datetime as dt
import io
import stat
from pathlib import Path
from typing import Any

import pytest

from azadkar.disclosure import (
    DISCLOSURE_LABEL,
    DevCert,
    disclose,
    make_dev_cert,
    sign_file,
    verify_file,
)
from azadkar.errors import CredentialsError

REPORT = disclose(
    title="Poster for Cafe Naderi",
    modality="image",
    author="Reza",
    ai_share=70,
    human_review=True,
    tools=[
        {"tool": "midjourney", "mode": "generate", "purpose": "key visual", "model": "V7"},
        {"tool": "adobe_firefly", "mode": "edit", "purpose": "generative fill"},
        {"tool": "chatgpt", "mode": "assist", "purpose": "slogan ideas"},
    ],
)


def tiny_jpeg() -> bytes:
    from PIL import Image

    buf = io.BytesIO()
    Image.new("RGB", (16, 16), (200, 40, 40)).save(buf, "JPEG")
    return buf.getvalue()


def tiny_png() -> bytes:
    from PIL import Image

    buf = io.BytesIO()
    Image.new("RGB", (8, 8), (20, 40, 220)).save(buf, "PNG")
    return buf.getvalue()


def tiny_pdf() -> bytes:
    """A one-page PDF written by hand, with a correct cross-reference table."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 72 72] /Contents 4 0 R >>",
        b"<< /Length 20 >>\nstream\n0 0 1 rg 9 9 50 50 re f\nendstream",
    ]
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for n, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % n + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


MAKERS = {"jpg": tiny_jpeg, "png": tiny_png, "pdf": tiny_pdf}


@pytest.fixture(scope="module")
def certs(tmp_path_factory: pytest.TempPathFactory) -> DevCert:
    return make_dev_cert(tmp_path_factory.mktemp("certs"))


@pytest.fixture(scope="module")
def other_certs(tmp_path_factory: pytest.TempPathFactory) -> DevCert:
    return make_dev_cert(tmp_path_factory.mktemp("other"), name="someone-else")


def _sign(tmp: Path, certs: DevCert, ext: str, **kw: Any) -> Path:
    src = tmp / f"deliverable.{ext}"
    src.write_bytes(MAKERS[ext]())
    out = tmp / f"deliverable.signed.{ext}"
    sign_file(src, cert=certs.cert, key=certs.key, out=out, **kw)
    return out


def test_dev_cert_files_are_test_only_and_chained(certs: DevCert) -> None:
    from cryptography import x509

    ca = x509.load_pem_x509_certificate(certs.ca.read_bytes())
    chain = x509.load_pem_x509_certificates(certs.cert.read_bytes())
    assert len(chain) == 2 and chain[1] == ca
    leaf = chain[0]
    assert leaf.issuer == ca.subject and leaf.subject != ca.subject
    assert (
        "TEST ONLY" in leaf.subject.rfc4514_string() and "TEST ONLY" in ca.subject.rfc4514_string()
    )
    assert stat.S_IMODE(certs.key.stat().st_mode) == 0o600
    assert leaf.not_valid_after_utc > dt.datetime.now(dt.UTC) + dt.timedelta(days=80)


def test_dev_cert_refuses_to_overwrite(certs: DevCert) -> None:
    with pytest.raises(CredentialsError, match="already exist"):
        make_dev_cert(certs.ca.parent)


@pytest.mark.parametrize("ext", ["jpg", "png", "pdf"])
def test_sign_verify_round_trip(tmp_path: Path, certs: DevCert, ext: str) -> None:
    signed = _sign(tmp_path, certs, ext, disclosure=REPORT)
    result = verify_file(signed, trust=certs.ca)
    assert result.valid and result.trusted, result.reasons
    assert result.validation_state == "Trusted"
    assert result.test_only
    assert result.disclosure is not None
    assert result.disclosure["aia"] == REPORT.aia.statement
    assert result.disclosure["record"]["title"] == "Poster for Cafe Naderi"
    assert DISCLOSURE_LABEL in result.manifest["assertions"]  # type: ignore[index]
    actions = result.manifest["actions"]  # type: ignore[index]
    created, edited, by_person = actions
    # 70% AI (AIA PAI): Midjourney made the asset, then Firefly and a person edited it
    assert created["action"] == "c2pa.created"
    assert created["digitalSourceType"].endswith("/trainedAlgorithmicMedia")
    assert created["softwareAgent"]["name"] == "Midjourney V7"
    assert edited["action"] == "c2pa.edited"
    assert edited["softwareAgent"]["name"] == "Adobe Firefly"
    assert by_person["digitalSourceType"].endswith("/humanEdits")
    # the "assist" use leaves no action on the asset, only the disclosure
    # without --trust the signature still checks out, but trust is not claimed
    untrusted = verify_file(signed)
    assert untrusted.valid and not untrusted.trusted
    assert any(r.code == "trust.notChecked" for r in untrusted.reasons)


def test_pdf_manifest_is_embedded_in_the_pdf(tmp_path: Path, certs: DevCert) -> None:
    signed = _sign(tmp_path, certs, "pdf", disclosure=REPORT)
    data = signed.read_bytes()
    # c2pa-rs stores the manifest store as an associated embedded file in the PDF.
    assert data.startswith(b"%PDF-") and b"/AF" in data and b"application#2Fc2pa" in data


@pytest.mark.parametrize("ext", ["jpg", "png", "pdf"])
def test_changed_after_signing_is_invalid_with_reason(
    tmp_path: Path, certs: DevCert, ext: str
) -> None:
    signed = _sign(tmp_path, certs, ext)
    data = bytearray(signed.read_bytes())
    original = MAKERS[ext]()
    # Change a byte of the original content (not the manifest), keeping the file parseable.
    probe = {"jpg": original[-20:-2], "png": original[-30:-12], "pdf": b"0 0 1 rg"}[ext]
    at = bytes(data).find(probe)
    assert at > 0
    data[at + 2] ^= 0x01
    tampered = tmp_path / f"tampered.{ext}"
    tampered.write_bytes(bytes(data))
    result = verify_file(tampered, trust=certs.ca)
    assert not result.valid and not result.trusted
    codes = [r.code for r in result.reasons if r.severity == "failure"]
    assert "assertion.dataHash.mismatch" in codes
    reason = next(r for r in result.reasons if r.code == "assertion.dataHash.mismatch")
    assert "changed after it was signed" in reason.explanation
    # broken, not merely unsigned; and said to be changed, not only "invalid"
    assert not result.unsigned and result.changed
    assert result.verdict == "invalid: the file changed after it was signed"


def test_other_ca_is_valid_but_not_trusted(
    tmp_path: Path, certs: DevCert, other_certs: DevCert
) -> None:
    signed = _sign(tmp_path, certs, "png")
    result = verify_file(signed, trust=other_certs.ca)
    assert result.valid and not result.trusted
    reason = next(r for r in result.reasons if r.code == "signingCredential.untrusted")
    assert str(other_certs.ca) in reason.explanation


def test_unsigned_file_has_no_credentials(tmp_path: Path) -> None:
    plain = tmp_path / "plain.png"
    plain.write_bytes(tiny_png())
    result = verify_file(plain)
    assert not result.valid and not result.trusted and result.disclosure is None
    assert result.reasons[0].code == "manifest.notFound"
    # Not "invalid": nothing was signed, so nothing is broken; the client should know which.
    assert result.unsigned
    assert result.verdict == "no content credentials"
    assert result.verdict_text("fa") == "بدون اعتبارنامهٔ محتوا"
    assert result.to_dict()["valid"] is False


def _self_signed(tmp: Path) -> tuple[Path, Path]:
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "self-signed test leaf")])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(hours=1))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = tmp / "self.pem", tmp / "self.key"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return cert_path, key_path


def test_self_signed_leaf_is_a_clear_error(tmp_path: Path) -> None:
    cert, key = _self_signed(tmp_path)
    src = tmp_path / "a.jpg"
    src.write_bytes(tiny_jpeg())
    with pytest.raises(CredentialsError) as err:
        sign_file(src, cert=cert, key=key, out=tmp_path / "out.jpg")
    msg = err.value.message
    assert "self-signed" in msg and "issued by a certificate authority" in msg
    assert "leaf certificate first" in msg and "dev-cert" in msg
    assert err.value.data["reason"] == "self_signed"
    assert not (tmp_path / "out.jpg").exists()


def test_bad_inputs_are_named(tmp_path: Path, certs: DevCert, other_certs: DevCert) -> None:
    src = tmp_path / "a.png"
    src.write_bytes(tiny_png())
    out = tmp_path / "o.png"
    with pytest.raises(CredentialsError, match="does not belong to the signing certificate"):
        sign_file(src, cert=certs.cert, key=other_certs.key, out=out)
    reversed_chain = tmp_path / "reversed.pem"
    reversed_chain.write_bytes(certs.ca.read_bytes() + certs.cert.read_bytes())
    with pytest.raises(CredentialsError, match=r"self-signed|CA certificate"):
        sign_file(src, cert=reversed_chain, key=certs.key, out=out)
    text = tmp_path / "notes.txt"
    text.write_text("hello", encoding="utf-8")
    with pytest.raises(CredentialsError, match="unsupported file type"):
        sign_file(text, cert=certs.cert, key=certs.key, out=tmp_path / "n.txt")
    fake = tmp_path / "fake.jpg"
    fake.write_bytes(tiny_png())
    with pytest.raises(CredentialsError, match="the file is a PNG, not a JPEG; rename it"):
        sign_file(fake, cert=certs.cert, key=certs.key, out=tmp_path / "f.jpg")
    with pytest.raises(CredentialsError, match="unknown IPTC digital source type"):
        sign_file(src, cert=certs.cert, key=certs.key, out=out, source_type="aiMade")
    assert not out.exists()


def test_source_type_without_disclosure(tmp_path: Path, certs: DevCert) -> None:
    signed = _sign(tmp_path, certs, "jpg", source_type="digitalCapture")
    result = verify_file(signed, trust=certs.ca)
    assert result.trusted and result.disclosure is None
    assert result.manifest["actions"][0]["digitalSourceType"].endswith("/digitalCapture")  # type: ignore[index]


def test_verdict_text_in_persian_uses_the_persian_comma(tmp_path: Path, certs: DevCert) -> None:
    signed = _sign(tmp_path, certs, "png", disclosure=REPORT)
    untrusted = verify_file(signed)
    assert untrusted.verdict == "valid, not trusted (no --trust CA given)"
    assert untrusted.verdict_text("fa").startswith("معتبر، اما مورد اعتماد نیست")
    assert ", " not in untrusted.verdict_text("fa")
    assert verify_file(signed, trust=certs.ca).verdict_text("fa") == "معتبر و مورد اعتماد"


# --- Persian messages ------------------------------------------------------------------


def _persian(text: str | None) -> bool:
    import re

    return bool(text and re.search("[\u0600-\u06ff]", text))


def test_credential_errors_have_persian_messages_naming_the_same_file(
    tmp_path: Path, certs: DevCert, other_certs: DevCert
) -> None:
    cert, key = _self_signed(tmp_path)
    src = tmp_path / "a.jpg"
    src.write_bytes(tiny_jpeg())
    with pytest.raises(CredentialsError) as err:
        sign_file(src, cert=cert, key=key, out=tmp_path / "out.jpg")
    fa = err.value.message_fa
    assert _persian(fa) and "خودامضا" in str(fa)
    assert f"\u2066{cert}\u2069" in str(fa) and "dev-cert" in str(fa)
    # English as it was
    assert err.value.message.startswith(f"the signing certificate in {cert} (")

    png = tmp_path / "a.png"
    png.write_bytes(tiny_png())
    cases: list[tuple[dict[str, Any], str]] = [
        ({"path": png, "cert": certs.cert, "key": other_certs.key}, "متعلق به گواهی امضای"),
        ({"path": tmp_path / "notes.txt", "cert": certs.cert, "key": certs.key}, "پشتیبانی"),
        ({"path": tmp_path / "missing.png", "cert": certs.cert, "key": certs.key}, "وجود ندارد"),
        ({"path": png, "cert": tmp_path / "none.pem", "key": certs.key}, "فایل گواهی"),
        ({"path": png, "cert": certs.cert, "key": certs.key, "source_type": "aiMade"}, "IPTC"),
    ]
    (tmp_path / "notes.txt").write_text("hello", encoding="utf-8")
    for kwargs, words in cases:
        with pytest.raises(CredentialsError) as err:
            sign_file(out=tmp_path / "o.png", **kwargs)
        assert _persian(err.value.message_fa) and words in str(err.value.message_fa), kwargs
    with pytest.raises(CredentialsError) as err:
        make_dev_cert(certs.ca.parent)
    assert "از پیش وجود دارند" in str(err.value.message_fa)
    assert err.value.message.endswith("already exist; choose another --out or pass --force")
    with pytest.raises(CredentialsError) as err:
        make_dev_cert(tmp_path / "c", days=0)
    assert err.value.message == "days must be 1-825, not 0"
    assert err.value.message_fa == "تعداد روزها (\u2066--days\u2069) باید از ۱ تا ۸۲۵ باشد، نه ۰"
    with pytest.raises(CredentialsError) as err:
        verify_file(png, trust=tmp_path / "notes.txt")
    assert err.value.message_fa == f"در \u2066{tmp_path / 'notes.txt'}\u2069 هیچ گواهی PEM نیست"


# --- bad input ----------------------------------------------------------------------------


@pytest.mark.parametrize(("umask", "mode"), [(0o022, 0o644), (0o027, 0o640), (0o002, 0o664)])
def test_signed_file_gets_the_mode_of_a_new_file(
    tmp_path: Path, certs: DevCert, umask: int, mode: int
) -> None:
    import os

    old = os.umask(umask)
    try:
        signed = _sign(tmp_path, certs, "png")
    finally:
        os.umask(old)
    assert stat.S_IMODE(signed.stat().st_mode) == mode  # like report.pdf, not mkstemp's 0o600
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_sign_refuses_to_write_over_its_input(tmp_path: Path, certs: DevCert) -> None:
    import os

    src = tmp_path / "poster.png"
    src.write_bytes(tiny_png())
    original = src.read_bytes()
    link = tmp_path / "link.png"
    link.symlink_to(src)
    hard = tmp_path / "hard.png"
    os.link(src, hard)
    for path, out in (
        (src, src),
        (src, tmp_path / "sub" / ".." / "poster.png"),
        (link, src),
        (src, link),
        (hard, src),
    ):
        with pytest.raises(CredentialsError) as err:
            sign_file(path, cert=certs.cert, key=certs.key, out=out)
        assert "is the file to sign" in err.value.message
        assert "would replace the unsigned original" in err.value.message
        assert "همان فایلی است که امضا می‌شود" in str(err.value.message_fa)
        assert err.value.data["reason"] == "out_is_input"
    assert src.read_bytes() == original


@pytest.mark.parametrize(
    ("ext", "out", "words"),
    [
        ("png", "s5.jpg", "--out {out} ends in .jpg, but {src} is a PNG file"),
        ("jpg", "s5.png", "--out {out} ends in .png, but {src} is a JPEG file"),
        ("pdf", "s5.jpeg", "ends in .jpeg, but {src} is a PDF file"),
        ("png", "s5", "--out {out} has no extension, but {src} is a PNG file"),
    ],
)
def test_sign_refuses_an_out_name_of_another_type(
    tmp_path: Path, certs: DevCert, ext: str, out: str, words: str
) -> None:
    src = tmp_path / f"a.{ext}"
    src.write_bytes(MAKERS[ext]())
    target = tmp_path / out
    with pytest.raises(CredentialsError) as err:
        sign_file(src, cert=certs.cert, key=certs.key, out=target)
    assert words.format(out=target, src=src) in err.value.message
    assert "فایل امضاشده هم" in str(err.value.message_fa)
    assert not target.exists()
    # the same type under another extension is fine
    other = {"png": "b.PNG", "jpg": "b.jpeg", "pdf": "b.pdf"}[ext]
    assert sign_file(src, cert=certs.cert, key=certs.key, out=tmp_path / other).format


def test_verify_refuses_a_file_it_cannot_read_as_wrong_input(tmp_path: Path) -> None:
    text = tmp_path / "big.txt"
    text.write_text("not an image", encoding="utf-8")
    with pytest.raises(CredentialsError) as err:
        verify_file(text)
    assert err.value.message == (
        f"{text}: unsupported file type .txt; azadkar reads content credentials in JPEG "
        "(.jpg, .jpeg), PNG (.png) and PDF (.pdf)"
    )
    assert "اعتبارنامهٔ محتوای فایل‌های" in str(err.value.message_fa)
    fake = tmp_path / "fake.png"
    fake.write_text("not an image", encoding="utf-8")
    with pytest.raises(CredentialsError, match="the file is a text file, not a PNG"):
        verify_file(fake)
    # bytes that are neither text nor a known kind of file: another kind, or damaged
    fake.write_bytes(b"\x00\x01\x02\x03" * 16)
    with pytest.raises(CredentialsError, match="does not begin as a PNG file does"):
        verify_file(fake)


def test_dev_cert_out_that_is_a_file(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_text("x", encoding="utf-8")
    with pytest.raises(CredentialsError) as err:
        make_dev_cert(big)
    assert err.value.message.startswith(f"{big} is a file, not a folder; give --out a folder")
    assert "File exists" not in err.value.message
    assert f"\u2066{big}\u2069 یک فایل است، نه پوشه" in str(err.value.message_fa)
    with pytest.raises(CredentialsError) as err:
        make_dev_cert(big / "certs")
    assert err.value.message.startswith(f"{big} is a file, not a folder (in --out {big / 'certs'})")


def test_untrusted_reason_names_the_trust_file_plainly(
    tmp_path: Path, certs: DevCert, other_certs: DevCert
) -> None:
    from azadkar.disclosure.credentials import reason_text

    signed = _sign(tmp_path, certs, "png")
    result = verify_file(signed, trust=other_certs.ca)
    reason = next(r for r in result.reasons if r.code == "signingCredential.untrusted")
    assert reason.explanation == (
        "the signer's certificate chain does not lead to a CA you trust "
        f"(signing certificate untrusted; checked against {other_certs.ca})"
    )
    # the web front end shows "the trusted CA" for the server's path: it still reads
    shown = reason.explanation.replace(str(other_certs.ca), "the trusted CA")
    assert "CA in the trusted CA" not in shown and shown.endswith("checked against the trusted CA)")
    fa = reason_text(reason, "fa", result.trust_anchor)
    assert fa == (
        "زنجیرهٔ گواهی امضاکننده به مرجعی که به آن اعتماد دارید نمی‌رسد "
        f"(بررسی‌شده با \u2066{other_certs.ca}\u2069)"
    )
    assert reason_text(reason, "en", result.trust_anchor) == reason.explanation


def test_verify_cli_says_an_unsigned_file_has_no_credentials(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from azadkar.cli import app

    plain = tmp_path / "plain.png"
    plain.write_bytes(tiny_png())
    r = CliRunner().invoke(app, ["credentials", "verify", str(plain)])
    assert r.exit_code == 1
    assert r.output.splitlines()[0] == f"{plain}: no content credentials"


# ------------------------------------------------------------------ damaged and lying files


def _cut(data: bytes) -> bytes:
    return data[: len(data) // 2]


@pytest.mark.parametrize("ext", ["png", "jpg", "pdf"])
def test_signing_a_damaged_file_says_so_in_both_languages(
    tmp_path: Path, certs: DevCert, ext: str
) -> None:
    """A PNG cut in half failed with c2pa's own "Other: asset could not be parsed: PNG out
    of range", in English and in Persian: nothing said the file was damaged, or what to do."""
    kind = {"png": "PNG", "jpg": "JPEG", "pdf": "PDF"}[ext]
    src = tmp_path / f"cut.{ext}"
    src.write_bytes(_cut(MAKERS[ext]()))
    out = tmp_path / f"cut.signed.{ext}"
    with pytest.raises(CredentialsError) as err:
        sign_file(src, cert=certs.cert, key=certs.key, out=out)
    first, second = err.value.message.split("\n")
    assert first.startswith(f"{src} could not be read as a {kind} file: it may be damaged or cut")
    assert not first.startswith("Other") and "Other:" not in err.value.message
    # the library's words stay, as a second line
    assert second.startswith("  detail from the C2PA library: asset could not be parsed")
    assert err.value.data["reason"] == "damaged"
    fa_first, fa_second = str(err.value.message_fa).split("\n")
    assert f"\u2066{src}\u2069 را نمی‌توان به‌عنوان {kind} خواند" in fa_first
    assert "آسیب دیده یا ناقص" in fa_first and "asset" not in fa_first
    assert fa_second.startswith("  جزئیات از کتابخانهٔ C2PA: \u2066asset could not be parsed")
    assert not out.exists()


def test_random_bytes_behind_a_png_signature_are_a_damaged_png(
    tmp_path: Path, certs: DevCert
) -> None:
    src = tmp_path / "noise.png"
    src.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 2)
    with pytest.raises(CredentialsError, match="could not be read as a PNG file"):
        sign_file(src, cert=certs.cert, key=certs.key, out=tmp_path / "n.signed.png")


@pytest.mark.parametrize("ext", ["png", "jpg", "pdf"])
def test_verifying_a_damaged_file_says_it_could_not_be_checked(
    tmp_path: Path, certs: DevCert, ext: str
) -> None:
    """A signed file cut short was "invalid" with "manifest.unreadable: cannot read the
    manifest: Other: asset could not be parsed: ...": as if the signature had failed."""
    from azadkar.disclosure.credentials import reason_text

    signed = _sign(tmp_path, certs, ext)
    cut = tmp_path / f"received.{ext}"
    cut.write_bytes(_cut(signed.read_bytes()))
    result = verify_file(cut, trust=certs.ca)
    assert not result.valid and not result.trusted
    assert result.damaged and not result.unsigned
    assert result.verdict == "could not be checked: the file is damaged or cut short"
    assert result.verdict_text("fa") == "بررسی نشد: فایل آسیب دیده یا ناقص است"
    [reason] = result.reasons
    assert reason.code == "file.damaged"
    assert "Other:" not in reason.explanation and str(cut) in reason.explanation
    assert reason.detail.startswith("asset could not be parsed")
    kind = {"png": "PNG", "jpg": "JPEG", "pdf": "PDF"}[ext]
    assert f"را نمی‌توان به‌عنوان {kind} خواند" in reason_text(reason, "fa", None, str(cut))
    assert result.to_dict()["reasons"][0]["detail"] == reason.detail


def test_verify_cli_on_a_damaged_file(tmp_path: Path, certs: DevCert) -> None:
    from typer.testing import CliRunner

    from azadkar.cli import app

    signed = _sign(tmp_path, certs, "png")
    cut = tmp_path / "received.png"
    cut.write_bytes(_cut(signed.read_bytes()))
    r = CliRunner().invoke(app, ["credentials", "verify", str(cut), "--lang", "fa"])
    assert r.exit_code == 1
    lines = r.output.splitlines()
    assert lines[0].endswith("بررسی نشد: فایل آسیب دیده یا ناقص است")
    assert lines[1].strip().startswith("فایل آسیب دیده یا ناقص است، پس اعتبارنامهٔ آن بررسی نشد")
    assert "نمی‌توان به‌عنوان PNG خواند" in lines[2] and "file.damaged" not in lines[2]
    assert lines[3].strip().startswith("جزئیات از کتابخانهٔ C2PA")
    r = CliRunner().invoke(app, ["credentials", "verify", str(cut)])
    assert (
        r.output.splitlines()[0] == f"{cut}: could not be checked: the file is damaged or cut short"
    )
    assert "detail from the C2PA library: asset could not be parsed" in r.output


@pytest.mark.parametrize("action", ["sign", "verify"])
def test_an_empty_file_is_called_empty(tmp_path: Path, certs: DevCert, action: str) -> None:
    """An empty .png was "the content is not image/png (is it really that kind of file?)"."""
    empty = tmp_path / "empty.png"
    empty.write_bytes(b"")
    with pytest.raises(CredentialsError) as err:
        if action == "sign":
            sign_file(empty, cert=certs.cert, key=certs.key, out=tmp_path / "e.signed.png")
        else:
            verify_file(empty)
    assert err.value.message.startswith(f"{empty} is empty (0 bytes)")
    assert "خالی است (۰ بایت)" in str(err.value.message_fa)
    assert err.value.data["reason"] == "empty"


@pytest.mark.parametrize(
    ("name", "content", "says"),
    [
        ("photo.png", tiny_jpeg, "the file is a JPEG, not a PNG; rename it to {dir}/photo.jpg"),
        ("scan.pdf", tiny_png, "the file is a PNG, not a PDF; rename it to {dir}/scan.png"),
        ("anim.png", lambda: b"GIF89a" + bytes(40), "the file is a GIF, not a PNG"),
        (
            "page.jpg",
            lambda: b"<!DOCTYPE html><html></html>",
            "the file is an HTML page, not a JPEG",
        ),
    ],
)
def test_a_file_whose_extension_lies_is_named_for_what_it_is(
    tmp_path: Path, name: str, content: Any, says: str
) -> None:
    """A JPEG named .png was "the content is not image/png (is it really that kind of
    file?)": the person was not told it is a JPEG, nor what to do."""
    path = tmp_path / name
    path.write_bytes(content())
    with pytest.raises(CredentialsError) as err:
        verify_file(path)
    assert says.format(dir=tmp_path) in err.value.message
    assert "image/" not in err.value.message and "application/" not in err.value.message
    assert "در واقع" in str(err.value.message_fa)


# ------------------------------------------------------------------ what a verdict means


def _resaved(src: Path, dst: Path) -> Path:
    """``src`` opened and saved again by an image editor (Pillow), as a client might."""
    from PIL import Image

    with Image.open(src) as im:
        im.save(dst, quality=92)
    return dst


def _byte_changed(src: Path, dst: Path) -> Path:
    data = bytearray(src.read_bytes())
    data[-200] ^= 0x01
    dst.write_bytes(bytes(data))
    return dst


def test_each_verdict_says_what_it_means_and_what_to_do(
    tmp_path: Path, certs: DevCert, other_certs: DevCert
) -> None:
    """A client saw "valid, not trusted (no --trust CA given)" or "no content credentials"
    and nothing about what that means for them or what to do next."""
    signed = _sign(tmp_path, certs, "jpg", disclosure=REPORT)
    cases = {
        "valid_test": verify_file(signed),
        "trusted_test": verify_file(signed, trust=certs.ca),
        "other_signer": verify_file(signed, trust=other_certs.ca),
        "unsigned": verify_file(_resaved(signed, tmp_path / "resaved.jpg")),
        "changed": verify_file(_byte_changed(signed, tmp_path / "changed.jpg")),
    }
    from azadkar.disclosure.credentials import MEANINGS

    for key, result in cases.items():
        assert result.meaning_text("en") == MEANINGS[key]["en"], key
        assert result.meaning_text("fa") == MEANINGS[key]["fa"], key
    assert "anyone can make" in cases["valid_test"].meaning_text()
    assert "removed them when it saved the file again" in cases["unsigned"].meaning_text()
    assert "do not rely on" in cases["changed"].meaning_text()
    # every meaning names something to do, in both languages
    for texts in MEANINGS.values():
        assert texts["en"].endswith(".") and texts["fa"].endswith(".")


def test_verify_cli_text_and_json_carry_the_meaning(tmp_path: Path, certs: DevCert) -> None:
    import json

    from typer.testing import CliRunner

    from azadkar.cli import app

    signed = _sign(tmp_path, certs, "jpg", disclosure=REPORT)
    changed = _byte_changed(signed, tmp_path / "changed.jpg")
    r = CliRunner().invoke(app, ["credentials", "verify", str(changed)])
    assert r.exit_code == 1
    lines = r.output.splitlines()
    assert lines[0] == f"{changed}: invalid: the file changed after it was signed"
    assert lines[1].startswith("  The file's content changed after it was signed")
    # c2pa's words are a second line, not glued to the plain reason
    assert (
        "  [failure] assertion.dataHash.mismatch: the file's content changed after it was "
        "signed (hash mismatch)"
    ) in lines
    assert any(
        line.strip().startswith("detail from the C2PA library: asset hash") for line in lines
    )
    # the claims of a failed file are never shown as if they held
    caution = lines.index("What the file's credentials claim (the check failed: not confirmed):")
    assert lines[caution + 1].startswith("manifest: ")
    r = CliRunner().invoke(app, ["credentials", "verify", str(changed), "--format", "json"])
    out = json.loads(r.output)
    assert out["verdict"] == "invalid: the file changed after it was signed"
    assert out["meaning"].startswith("The file's content changed after it was signed")
    mismatch = next(x for x in out["reasons"] if x["code"] == "assertion.dataHash.mismatch")
    assert (
        mismatch["explanation"] == "the file's content changed after it was signed (hash mismatch)"
    )
    assert "Hashes do not match" in mismatch["detail"]
    r = CliRunner().invoke(app, ["credentials", "verify", str(signed), "--lang", "fa"])
    assert "هر کسی می‌تواند بسازد" in r.output.splitlines()[1]
    assert "تأیید نشده است" not in r.output


def test_dev_cert_in_persian_gives_the_date_in_persian_digits(tmp_path: Path) -> None:
    """``dev-cert --lang fa`` printed «معتبر تا: 2027-02-25T08:56:20+00:00»: Latin digits
    and an ISO timestamp in a Persian line."""
    import re

    from typer.testing import CliRunner

    from azadkar.cli import app

    r = CliRunner().invoke(
        app, ["credentials", "dev-cert", "--out", str(tmp_path / "c"), "--lang", "fa"]
    )
    assert r.exit_code == 0, r.output
    line = next(x for x in r.stdout.splitlines() if x.startswith("معتبر تا: "))
    assert not re.search("[0-9]", line.replace("UTC", "")), line
    assert re.search("[۰-۹]{4}-[۰-۹]{2}-[۰-۹]{2}\u2069 ساعت \u2066[۰-۹]{2}:[۰-۹]{2}", line), line


def test_sign_out_under_a_file_names_that_file(tmp_path: Path, certs: DevCert) -> None:
    """``--out cover.png/signed.png`` (a file where a folder is needed) failed with
    "cannot write the signed file ...: File exists"."""
    src = tmp_path / "cover.png"
    src.write_bytes(tiny_png())
    out = src / "signed.png"
    with pytest.raises(CredentialsError) as err:
        sign_file(src, cert=certs.cert, key=certs.key, out=out)
    assert err.value.message == (
        f"cannot write the signed file --out {out}: {src} is a file, not a folder; give --out "
        "a name in a folder"
    )
    assert "یک فایل است، نه پوشه" in str(err.value.message_fa)
    assert src.read_bytes() == tiny_png()
