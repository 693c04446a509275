"""``azadkar credentials``: content credentials (C2PA) - dev-cert, sign, verify."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer

from azadkar.cli._common import AzadkarCommand, Lang, for_terminal, print_json, whole_option
from azadkar.cli.disclose_cmd import fail_in


class Format(StrEnum):
    """Only text and json here: a manifest report has no Markdown form (md would be ignored)."""

    text = "text"
    json = "json"


credentials = typer.Typer(
    name="credentials",
    help=(
        "Content credentials (C2PA): sign a delivered JPEG, PNG or PDF with your AI-use "
        "disclosure inside, and verify signed files.\n\n"
        "Try it offline:\n\n"
        "  azadkar credentials dev-cert --out certs\n\n"
        "  azadkar credentials sign poster.png --cert certs/cert.pem \\\n"
        "      --key certs/key.pem --disclosure report.json --out poster.signed.png\n\n"
        "  azadkar credentials verify poster.signed.png --trust certs/ca.pem\n\n"
        "Without --disclosure or --source-type, sign records digitalCreation (no generative "
        "AI) and warns: C2PA needs a source type. verify exits 0 only for a valid file whose "
        "signer chains to a --trust CA.\n\n"
        "dev-cert certificates are for trying this out: nobody else trusts them. Make the "
        "disclosure with `azadkar disclose --save report.json`."
    ),
    no_args_is_help=True,
)


@credentials.command("dev-cert", cls=AzadkarCommand)
def dev_cert(
    out: Annotated[
        Path, typer.Option(help="Directory for ca.pem, cert.pem (leaf + chain) and key.pem.")
    ],
    name: Annotated[str, typer.Option(help="A name to put in the certificates.")] = "azadkar",
    days: Annotated[
        int,
        whole_option(
            low=1,
            high=825,
            what_fa="تعداد روزها",
            help="Days the signing certificate is valid.",
        ),
    ] = 90,
    force: Annotated[bool, typer.Option(help="Overwrite existing files in --out.")] = False,
    lang: Annotated[Lang, typer.Option(help="Language of the messages: fa or en.")] = Lang.en,
) -> None:
    """Make a local TEST ONLY certificate authority and a signing certificate issued by it.

    Nobody else trusts this CA: it is for trying sign and verify on your machine
    (`verify --trust DIR/ca.pem`). For files you deliver, use a certificate from a CA on
    the C2PA trust list.

    Example: azadkar credentials dev-cert --out certs
    """
    from azadkar.bidi import ltr
    from azadkar.disclosure import make_dev_cert
    from azadkar.disclosure.fa_errors import num
    from azadkar.errors import AzadkarError

    try:
        made = make_dev_cert(out, name=name, days=days, force=force)
    except AzadkarError as exc:
        fail_in(lang.value, exc, code=2)
    if lang is Lang.fa:
        typer.secho(
            "گواهی‌های «فقط برای آزمایش» (TEST ONLY)؛ برای استفادهٔ واقعی نیستند",
            fg=typer.colors.YELLOW,
            err=True,
        )
        typer.echo(f"گواهی مرجع (برای {ltr('--trust')}): {ltr(made.ca)}")
        typer.echo(f"گواهی امضا و زنجیره (برای {ltr('--cert')}): {ltr(made.cert)}")
        typer.echo(f"کلید خصوصی (برای {ltr('--key')}): {ltr(made.key)}")
        # Persian digits: "۲۰۲۷-۰۲-۲۵ ساعت ۰۸:۵۶ (UTC)", not the ISO timestamp.
        day, _, clock = made.not_after.partition("T")
        typer.echo(f"معتبر تا: {ltr(num(day))} ساعت {ltr(num(clock[:5]))} ({ltr('UTC')})")
        return
    typer.secho("TEST ONLY certificates - not for real use", fg=typer.colors.YELLOW, err=True)
    typer.echo(f"CA (pass to --trust):        {made.ca}")
    typer.echo(f"signing cert + chain (--cert): {made.cert}")
    typer.echo(f"private key (--key):          {made.key}")
    typer.echo(f"valid until: {made.not_after}")


@credentials.command("sign")
def sign(
    file: Annotated[Path, typer.Argument(help="The JPEG, PNG or PDF to sign.")],
    cert: Annotated[
        Path,
        typer.Option(help="PEM file: your signing certificate first, then its issuing CA chain."),
    ],
    key: Annotated[Path, typer.Option(help="PEM private key of the signing certificate.")],
    out: Annotated[Path, typer.Option(help="Where to write the signed file.")],
    disclosure: Annotated[
        Path | None,
        typer.Option(
            help="A disclosure record or report (JSON, from `azadkar disclose --save`) to embed "
            "as the org.azadkar.disclosure assertion; it also sets the IPTC source type."
        ),
    ] = None,
    source_type: Annotated[
        str | None,
        typer.Option(
            help="IPTC digital source type for c2pa.created: digitalCapture (photo, recording), "
            "digitalCreation (made on a computer without generative AI), "
            "trainedAlgorithmicMedia (made by AI), ... Default: from --disclosure; with neither, "
            "digitalCreation, with a warning."
        ),
    ] = None,
    title: Annotated[str | None, typer.Option(help="Manifest title (default: file name).")] = None,
    format: Annotated[Format, typer.Option("--format", "-f", help="text or json.")] = Format.text,
    lang: Annotated[
        Lang, typer.Option(help="Language of the messages: fa or en (JSON stays English).")
    ] = Lang.en,
) -> None:
    """Embed signed content credentials (C2PA) in a JPEG, PNG or PDF.

    The manifest records c2pa.created (and c2pa.edited for AI edits) with the IPTC
    digitalSourceType and the AI tool as softwareAgent, plus your disclosure.

    Example:

      azadkar credentials sign poster.png --cert certs/cert.pem \\
          --key certs/key.pem --disclosure report.json --out poster.signed.png
    """
    from azadkar.disclosure import sign_file
    from azadkar.errors import AzadkarError

    # A file already at --out is replaced (signing again after fixing a disclosure is the
    # usual reason); it is said, so an earlier signed file is never lost unnoticed.
    replaced = out.is_file()
    try:
        result = sign_file(
            file,
            cert=cert,
            key=key,
            out=out,
            disclosure=disclosure,
            source_type=source_type,
            title=title,
        )
    except AzadkarError as exc:
        fail_in(lang.value, exc, code=2)
    if format is Format.json:
        print_json(
            {
                "out": str(result.out),
                "format": result.format,
                "digital_source_type": result.digital_source_type,
                "source_type_stated": disclosure is not None or source_type is not None,
                "actions": result.actions,
                "signer": result.signer,
                "test_only": result.test_only,
                "disclosure": result.disclosure,
                "replaced": replaced,
            }
        )
        return
    if lang is Lang.fa:
        _print_signed_fa(
            result, stated=disclosure is not None or source_type is not None, replaced=replaced
        )
        return
    typer.echo(f"signed: {result.out} ({result.format})")
    if replaced:
        typer.secho(
            f"note: a file named {result.out} was there before; the signed file replaced it",
            fg=typer.colors.YELLOW,
            err=True,
        )
    typer.echo(f"digital source type: {result.digital_source_type}")
    if disclosure is None and source_type is None:
        # C2PA needs a source type on c2pa.created; the default says "no generative AI".
        typer.secho(
            f"warning: no --disclosure or --source-type, so the credential records "
            f"{result.digital_source_type} (made on a computer without generative AI). If AI "
            "was used, sign again with --disclosure report.json or --source-type "
            "trainedAlgorithmicMedia / compositeWithTrainedAlgorithmicMedia.",
            fg=typer.colors.YELLOW,
            err=True,
        )
    typer.echo(f"signer: {result.signer}")
    if result.test_only:
        typer.secho(
            "warning: signed with a TEST ONLY certificate", fg=typer.colors.YELLOW, err=True
        )


def _print_signed_fa(result: Any, *, stated: bool, replaced: bool = False) -> None:
    """What ``sign`` prints, in Persian (paths, codes and the signer isolated)."""
    from azadkar.bidi import ltr

    typer.echo(f"امضا شد: {ltr(result.out)} ({ltr(result.format)})")
    if replaced:
        typer.secho(
            f"یادداشت: فایلی به نام {ltr(result.out)} از پیش بود و فایل امضاشده جای آن را گرفت",
            fg=typer.colors.YELLOW,
            err=True,
        )
    typer.echo(f"نوع منبع دیجیتال: {ltr(result.digital_source_type)}")
    if not stated:
        typer.secho(
            f"هشدار: {ltr('--disclosure')} یا {ltr('--source-type')} داده نشد، پس اعتبارنامه "
            f"{ltr(result.digital_source_type)} را ثبت می‌کند (ساخته‌شده با رایانه، بدون هوش "
            "مصنوعی مولد). اگر هوش مصنوعی به کار رفته است، دوباره با "
            f"{ltr('--disclosure report.json')} یا {ltr('--source-type trainedAlgorithmicMedia')} "
            f"/ {ltr('compositeWithTrainedAlgorithmicMedia')} امضا کنید.",
            fg=typer.colors.YELLOW,
            err=True,
        )
    typer.echo(f"امضاکننده: {ltr(result.signer)}")
    if result.test_only:
        typer.secho(
            "هشدار: با گواهی «فقط برای آزمایش» (TEST ONLY) امضا شد",
            fg=typer.colors.YELLOW,
            err=True,
        )


@credentials.command("verify")
def verify(
    file: Annotated[Path, typer.Argument(help="The signed file to check.")],
    trust: Annotated[
        Path | None,
        typer.Option(
            help="PEM file with the CA certificate(s) you trust; without it trust is not checked."
        ),
    ] = None,
    format: Annotated[Format, typer.Option("--format", "-f", help="text or json.")] = Format.text,
    lang: Annotated[
        Lang, typer.Option(help="Language of the text output: fa or en (JSON keys stay English).")
    ] = Lang.en,
) -> None:
    """Verify a file's content credentials and show the manifest and the disclosure.

    Exit code 0: valid and trusted (the signing chain leads to a CA in --trust); 1: invalid,
    or not trusted - including when no --trust CA was given, since then nobody vouches for
    the signer. JSON output has at least `valid`, `trusted` and `disclosure`.

    Example:

      azadkar credentials verify poster.signed.png --trust certs/ca.pem \\
          --format json
    """
    from azadkar.disclosure import verify_file
    from azadkar.errors import AzadkarError

    try:
        result = verify_file(file, trust=trust)
    except AzadkarError as exc:
        fail_in(lang.value, exc, code=2)
    # Exit 0 only for what the README promises: valid *and* trusted. Without --trust the
    # signature checks out but anyone could have made the certificate (dev-cert does).
    ok = result.valid and result.trusted
    if format is Format.json:
        print_json(
            {**result.to_dict(), "verdict": result.verdict, "meaning": result.meaning_text("en")}
        )
    else:
        _print_text(result, lang.value)
    if not ok:
        raise typer.Exit(1)


_LABELS = {
    "manifest": {"en": "manifest", "fa": "مانیفست"},
    "signed_by": {"en": "signed by", "fa": "امضاکننده"},
    "disclosure": {"en": "disclosure", "fa": "افشای استفاده از هوش مصنوعی"},
    "failure": {"en": "failure", "fa": "خطا"},
    "warning": {"en": "warning", "fa": "هشدار"},
    "info": {"en": "info", "fa": "توضیح"},
    "unconfirmed": {
        "en": "What the file's credentials claim (the check failed: not confirmed):",
        "fa": "آنچه اعتبارنامهٔ فایل ادعا می‌کند (بررسی ناموفق بود: تأیید نشده است):",
    },
}


def _print_text(result: Any, lang: str = "en") -> None:
    from azadkar.bidi import RLM, isolate, ltr
    from azadkar.disclosure.credentials import ACTIONS_FA, REASONS_FA, detail_line, reason_text

    fa = lang == "fa"
    key = "fa" if fa else "en"

    def label(name: str) -> str:
        return _LABELS.get(name, {}).get(key, name)

    color = (
        typer.colors.GREEN
        if result.trusted
        else (typer.colors.YELLOW if result.valid or result.unsigned else typer.colors.RED)
    )

    def code(value: object) -> str:
        """A path, a code or a statement: isolated left to right in Persian lines."""
        return ltr(value) if fa else str(value)

    def name(value: object) -> str:
        """A title or a name: isolated where bidi could reorder it in Persian lines."""
        return isolate(value) if fa else str(value)

    # In Persian the line starts with the (isolated) file name: a right-to-left mark first
    # keeps it a right-to-left line (see azadkar.bidi.isolate).
    start = RLM if fa else ""
    typer.secho(f"{start}{code(result.file)}: {result.verdict_text(lang)}", fg=color, bold=True)
    typer.echo(for_terminal(f"  {result.meaning_text(lang)}"))
    for reason in result.reasons:
        text = reason_text(reason, lang, result.trust_anchor, result.file)
        # A Persian line says it in words, without the code ("signer.testOnly"); a code
        # with no Persian text (one of c2pa's rarer ones) is shown, for looking it up.
        if fa and reason.code in REASONS_FA:
            typer.echo(for_terminal(f"  [{label(reason.severity)}] {text}"))
        else:
            typer.echo(for_terminal(f"  [{label(reason.severity)}] {code(reason.code)}: {text}"))
        if reason.detail:
            typer.echo(for_terminal(f"  {detail_line(reason.detail, lang)}"))
    if result.manifest:
        m = result.manifest
        sig = m.get("signature") or {}
        if not result.valid:
            # What a failed file claims is shown, but never as if it held.
            typer.secho(for_terminal(label("unconfirmed")), fg=typer.colors.RED, bold=True)
        typer.echo(f"{label('manifest')}: {name(m.get('title'))} ({code(m.get('format'))})")
        typer.echo(
            f"  {label('signed_by')}: {name(sig.get('common_name'))} / {name(sig.get('issuer'))}"
        )
        for action in m.get("actions", []):
            agent = (action.get("softwareAgent") or {}).get("name", "")
            dst = str(action.get("digitalSourceType", "")).rsplit("/", 1)[-1]
            # The tool with what it was used for (the action's description), as signed:
            # "Midjourney (thumbnails)", not a bare name that reads as if it made the file.
            purpose = str(action.get("description") or "").strip()
            if fa:
                verb = ACTIONS_FA.get(str(action.get("action")))
                what = verb or code(action.get("action"))
                tool = f"{name(agent)} ({name(purpose)})" if agent and purpose else name(agent)
                parts = [code(dst) if dst else "", tool if agent else ""]
                typer.echo(f"  {what}: {'، '.join(p for p in parts if p)}".rstrip())
            else:
                tool = f"{agent} ({purpose})" if agent and purpose else str(agent)
                parts = [dst, tool]
                typer.echo(f"  {action.get('action')}: {', '.join(p for p in parts if p)}")
    if result.disclosure:
        typer.echo(f"{label('disclosure')}: {code(result.disclosure.get('aia'))}")
        sentences = result.disclosure.get("client_sentence") or {}
        sentence = sentences.get(key) or sentences.get("en")
        if sentence:
            typer.echo(for_terminal(f"  {sentence}"))


def register(app: typer.Typer) -> None:
    app.add_typer(credentials, name="credentials")


__all__ = ["register"]
