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

    The manifest records who made the file (c2pa.created: a person, or the AI tool that
    generated it) and a c2pa.edited per other AI tool, each with its IPTC
    digitalSourceType and the tool as softwareAgent, plus your disclosure.

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
                # the content credentials the input already had, kept as its parent
                "earlier": result.earlier,
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
    # The deliverable's type as a whole (the disclosure's); the actions below say how each
    # part came about.
    if result.digital_source_type:
        typer.echo(f"digital source type (whole file): {result.digital_source_type}")
    # What the credential now says happened: who made the file, then each AI tool.
    typer.echo("actions:")
    for line in _action_lines(result.actions, "en"):
        typer.echo(for_terminal(line))
    if result.earlier:
        typer.echo(for_terminal(_kept_text(result.earlier, "en")))
    if disclosure is None and source_type is None and result.earlier:
        typer.secho(
            for_terminal(
                "note: no --disclosure or --source-type, so the credential says only that this "
                "file was opened from the earlier version, not what was done to it since. To "
                "say it, sign again with --disclosure report.json.",
                err=True,
            ),
            fg=typer.colors.YELLOW,
            err=True,
        )
    elif disclosure is None and source_type is None:
        # C2PA needs a source type on c2pa.created; the default says "no generative AI".
        typer.secho(
            for_terminal(
                f"warning: no --disclosure or --source-type, so the credential records "
                f"{result.digital_source_type} (made on a computer without generative AI). If "
                "AI was used, sign again with --disclosure report.json or --source-type "
                "trainedAlgorithmicMedia / compositeWithTrainedAlgorithmicMedia.",
                err=True,
            ),
            fg=typer.colors.YELLOW,
            err=True,
        )
    typer.echo(for_terminal(f"signer: {result.signer}"))
    if result.test_only:
        typer.secho(
            "warning: signed with a TEST ONLY certificate", fg=typer.colors.YELLOW, err=True
        )


def _kept_text(earlier: dict[str, Any], lang: str) -> str:
    """The line that says the input's own content credentials were kept, naming who
    signed them: "kept: the content credentials cover.jpg already had (signed by ...)"."""
    from azadkar.bidi import isolate, ltr

    sig = earlier.get("signer") or {}
    who = " / ".join(str(x) for x in (sig.get("common_name"), sig.get("issuer")) if x) or "?"
    made = ", ".join(
        str(g.get("name")) for g in earlier.get("claim_generator") or [] if isinstance(g, dict)
    )
    if lang == "fa":
        tool = f"، اعتبارنامه ساخته‌شده با {ltr(made)}" if made else ""
        return (
            f"نگه داشته شد: اعتبارنامهٔ محتوایی که فایل از پیش داشت (امضاکننده: {isolate(who)}"
            f"{tool})، به‌عنوان نسخهٔ پیشین (والد) این نسخه"
        )
    tool = f", credentials made with {made}" if made else ""
    return (
        f"kept: the content credentials the file already had (signed by {who}{tool}), as "
        "this version's parent"
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
    if result.digital_source_type:
        typer.echo(f"نوع منبع دیجیتال (کل فایل): {ltr(result.digital_source_type)}")
    typer.echo("کنش‌ها:")
    for line in _action_lines(result.actions, "fa"):
        typer.echo(for_terminal(line))
    if result.earlier:
        typer.echo(for_terminal(_kept_text(result.earlier, "fa")))
    if not stated and result.earlier:
        typer.secho(
            for_terminal(
                f"یادداشت: {ltr('--disclosure')} یا {ltr('--source-type')} داده نشد، پس "
                "اعتبارنامه فقط می‌گوید این فایل از نسخهٔ پیشین باز شده است، نه اینکه از آن پس "
                f"چه کاری روی آن انجام شد. برای گفتن آن، دوباره با {ltr('--disclosure report.json')} "
                "امضا کنید.",
                err=True,
            ),
            fg=typer.colors.YELLOW,
            err=True,
        )
    elif not stated:
        typer.secho(
            for_terminal(
                f"هشدار: {ltr('--disclosure')} یا {ltr('--source-type')} داده نشد، پس "
                f"اعتبارنامه {ltr(result.digital_source_type)} را ثبت می‌کند (ساخته‌شده با "
                "رایانه، بدون هوش مصنوعی مولد). اگر هوش مصنوعی به کار رفته است، دوباره با "
                f"{ltr('--disclosure report.json')} یا "
                f"{ltr('--source-type trainedAlgorithmicMedia')} / "
                f"{ltr('compositeWithTrainedAlgorithmicMedia')} امضا کنید.",
                err=True,
            ),
            fg=typer.colors.YELLOW,
            err=True,
        )
    typer.echo(for_terminal(f"امضاکننده: {ltr(result.signer)}"))
    if result.test_only:
        typer.secho(
            "هشدار: با گواهی «فقط برای آزمایش» (TEST ONLY) امضا شد",
            fg=typer.colors.YELLOW,
            err=True,
        )


@credentials.command("verify")
def verify(
    file: Annotated[
        list[Path],
        typer.Argument(
            help="The signed file(s) to check: one or more JPEG, PNG or PDF files, or folders "
            "(every file in a folder and its subfolders is checked).",
            show_default=False,
        ),
    ],
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
    """Verify files' content credentials and show the manifest and the disclosure.

    One file: its verdict, what it means, the reasons, the manifest and the disclosure.
    Several files or a folder: one line per file and a count of each verdict; a file that
    is not a JPEG, PNG or PDF (or cannot be read) is listed as not checked, with the reason.

    Exit code 0: every file valid and trusted (the signing chain leads to a CA in --trust);
    1: a file is invalid, unsigned or not trusted - including when no --trust CA was given,
    since then nobody vouches for the signer; 2: a file could not be checked (not a JPEG,
    PNG or PDF, empty, missing). JSON output: one object per file (a list for several
    files or a folder), each with at least `file`, `valid`, `trusted`, `verdict` and
    `disclosure`.

    Examples:

      azadkar credentials verify poster.signed.png --trust certs/ca.pem \\
          --format json

      azadkar credentials verify deliveries/ --trust freelancers-ca.pem
    """
    from azadkar.disclosure import verify_file
    from azadkar.errors import AzadkarError

    files = file  # one or more: the argument keeps its singular name ("Missing argument 'file'")
    batch = len(files) > 1 or any(f.is_dir() for f in files)
    if not batch:
        try:
            result = verify_file(files[0], trust=trust)
        except AzadkarError as exc:
            fail_in(lang.value, exc, code=2)
        # Exit 0 only for what the README promises: valid *and* trusted. Without --trust the
        # signature checks out but anyone could have made the certificate (dev-cert does).
        ok = result.valid and result.trusted
        if format is Format.json:
            print_json(
                {
                    **result.to_dict(),
                    "verdict": result.verdict,
                    "meaning": result.meaning_text("en"),
                }
            )
        else:
            _print_text(result, lang.value)
        if not ok:
            raise typer.Exit(1)
        return
    _verify_many(files, trust, format, lang.value)


def _disclosed_share(result: Any, lang: str) -> str:
    """ "; disclosed: 30% AI" for a valid file whose credentials carry azadkar's disclosure
    (the signer's own statement, so said as disclosed); nothing for any other file."""
    from azadkar.disclosure.fa_errors import num

    record = (result.disclosure or {}).get("record") or {}
    share = record.get("ai_share")
    if not result.valid or not isinstance(share, int):
        return ""
    if lang == "fa":
        return (
            "؛ افشاشده: بدون هوش مصنوعی" if share == 0 else f"؛ افشاشده: {num(share)}٪ هوش مصنوعی"
        )
    return "; disclosed: no AI" if share == 0 else f"; disclosed: {share}% AI"


def _from_earlier(result: Any, lang: str) -> str:
    """ "; made from an earlier signed version" for a file whose credentials keep those of
    the version it was made from (its provenance chain); nothing for any other file."""
    from azadkar.disclosure.fa_errors import num

    n = len(result.earlier_versions or [])
    if not n:
        return ""
    if lang == "fa":
        return f"؛ ساخته از {'یک' if n == 1 else num(n)} نسخهٔ پیشینِ امضاشده"
    return (
        "; made from an earlier signed version" if n == 1 else f"; made from {n} earlier versions"
    )


def _file_line(text: str) -> str:
    """A file's line of a batch, wrapped to the terminal's width with its continuation
    lines indented, so that every line at the left edge starts with a file's name: at 80
    columns "notes.txt: not checked: ..." went on at column 0 with "credentials in JPEG
    ...", which read as another file. A second line (the C2PA library's detail) is indented
    under it. Unchanged in a pipe or a file, as :func:`for_terminal` leaves it."""
    import shutil
    import sys

    from azadkar.cli._common import is_terminal, wrap_line

    if not is_terminal(sys.stdout):
        return text
    width = max(shutil.get_terminal_size().columns, 20)
    out: list[str] = []
    for i, part in enumerate(text.split("\n")):
        # wrap_line keeps a line's indent on the lines it continues on: indent the whole,
        # then take the indent off the first line (the file's name starts at column 0).
        lines = wrap_line("  " + part, width)
        if i == 0:
            lines[0] = lines[0][2:]
        out.extend(lines)
    return "\n".join(out)


def _expand(paths: list[Path]) -> list[tuple[Path, str | None]]:
    """Each file to check, in the order given (a folder's files sorted by path), with the
    reason a folder gave nothing to check. Nothing is dropped: a folder without files is
    named, and so is every file in a folder, whatever its type."""
    found: list[tuple[Path, str | None]] = []
    for path in paths:
        if path.is_dir():
            inside = sorted(p for p in path.rglob("*") if not p.is_dir())
            if not inside:
                found.append((path, "empty_folder"))
            found.extend((p, None) for p in inside)
        else:
            found.append((path, None))
    return found


# How each outcome of a batch is counted in the summary, in order.
_NOT_CHECKED = {"en": "not checked", "fa": "بررسی نشد"}


def _verify_many(paths: list[Path], trust: Path | None, format: Format, lang: str) -> None:
    """``verify`` of several files or folders: a line per file, a count per verdict."""
    from collections import Counter

    from azadkar.bidi import RLM, ltr
    from azadkar.disclosure import verify_file
    from azadkar.disclosure.credentials import read_trust_anchor
    from azadkar.disclosure.fa_errors import num
    from azadkar.errors import AzadkarError, CredentialsError

    fa = lang == "fa"
    if trust is not None:
        # A bad --trust file is the same mistake for every file: said once, before any.
        try:
            read_trust_anchor(trust)
        except AzadkarError as bad:
            fail_in(lang, bad, code=2)
    rows: list[dict[str, Any]] = []
    counts: Counter[str] = Counter()
    worst = 0
    for path, problem in _expand(paths):
        if problem == "empty_folder":
            exc: AzadkarError = CredentialsError(
                f"{path} is an empty folder: there is no file in it to check",
                message_fa=f"پوشهٔ {ltr(path)} خالی است: فایلی در آن برای بررسی نیست",
                path=str(path),
                reason="empty_folder",
            )
        else:
            try:
                result = verify_file(path, trust=trust)
            except AzadkarError as caught:
                exc = caught
            else:
                ok = result.valid and result.trusted
                worst = max(worst, 0 if ok else 1)
                verdict = result.verdict_text(lang)
                counts[verdict] += 1
                rows.append(
                    {
                        **result.to_dict(),
                        "checked": True,
                        "verdict": result.verdict,
                        "meaning": result.meaning_text("en"),
                    }
                )
                if format is Format.text:
                    color = (
                        typer.colors.GREEN
                        if ok
                        else (
                            typer.colors.YELLOW
                            if result.valid or result.unsigned
                            else typer.colors.RED
                        )
                    )
                    start = RLM if fa else ""
                    shown = ltr(path) if fa else str(path)
                    said = _disclosed_share(result, lang) + _from_earlier(result, lang)
                    typer.secho(_file_line(f"{start}{shown}: {verdict}{said}"), fg=color)
                continue
        worst = 2
        counts[_NOT_CHECKED[lang if fa else "en"]] += 1
        rows.append(
            {
                "file": str(path),
                "checked": False,
                "valid": False,
                "trusted": False,
                "verdict": _NOT_CHECKED["en"],
                "reason": exc.data.get("reason"),
                "error": exc.message,
                "disclosure": None,
            }
        )
        if format is Format.text:
            start = RLM if fa else ""
            shown = ltr(path) if fa else str(path)
            message = exc.message_fa if fa and exc.message_fa else exc.message
            # The file first, as on the other lines; its name once ("a.txt: not checked:
            # unsupported file type .txt; ...", not "a.txt: ... a.txt: unsupported ...").
            message = message.removeprefix(f"{shown}: ")
            typer.secho(
                _file_line(f"{start}{shown}: {_NOT_CHECKED[lang if fa else 'en']}: {message}"),
                fg=typer.colors.RED,
            )
    if format is Format.json:
        print_json(rows)
    else:
        total = len(rows)
        if fa:
            typer.echo(f"{RLM}خلاصه: {num(total)} فایل")
            for verdict, n in counts.most_common():
                typer.echo(for_terminal(f"{RLM}  {num(n)} {verdict}"))
        else:
            typer.echo(f"summary: {total} file{'s' if total != 1 else ''}")
            width = len(str(max(counts.values(), default=0)))
            for verdict, n in counts.most_common():
                typer.echo(for_terminal(f"  {n:>{width}}  {verdict}"))
    if worst:
        raise typer.Exit(worst)


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
    from azadkar.disclosure.credentials import REASONS_FA, detail_line, reason_text

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
        for line in _action_lines(m.get("actions", []), lang):
            typer.echo(for_terminal(line))
    if result.disclosure:
        typer.echo(f"{label('disclosure')}: {code(result.disclosure.get('aia'))}")
        sentences = result.disclosure.get("client_sentence") or {}
        sentence = sentences.get(key) or sentences.get("en")
        if sentence:
            typer.echo(for_terminal(f"  {sentence}"))
    for line in earlier_lines(result.earlier_versions, lang):
        typer.echo(for_terminal(line))


def earlier_lines(earlier: list[dict[str, Any]], lang: str = "en") -> list[str]:
    """The versions a file was made from (its provenance chain), newest first: each one's
    title, who signed it with what, its actions and its disclosure. What was done since
    is the manifest's own actions, above them ("c2pa.opened", then each edit)."""
    from azadkar.bidi import RLM, isolate, ltr
    from azadkar.disclosure.fa_errors import num

    if not earlier:
        return []
    fa = lang == "fa"
    start = RLM if fa else ""
    lines = [
        f"{start}نسخه‌های پیشین (زنجیرهٔ منشأ)، جدیدترین نخست:"
        if fa
        else "earlier versions (provenance chain), newest first:"
    ]
    for n, entry in enumerate(earlier, 1):
        title = str(entry.get("title") or "")
        lines.append(f"{start}  {num(n)}. {isolate(title)}" if fa else f"  {n}. {title}")
        if not entry.get("credentials"):
            lines.append(
                f"{start}     بدون اعتبارنامهٔ محتوا: منشأ آن معلوم نیست"
                if fa
                else "     no content credentials: where it came from is not known"
            )
            continue
        sig = entry.get("signer") or {}
        who = " / ".join(str(x) for x in (sig.get("common_name"), sig.get("issuer")) if x)
        made = ", ".join(
            str(g.get("name")) + (f" {g['version']}" if g.get("version") else "")
            for g in entry.get("claim_generator") or []
            if isinstance(g, dict) and g.get("name")
        )
        when = str(entry.get("signed_at") or "")
        if fa:
            lines.append(f"{start}     امضاکننده: {isolate(who or '؟')}")
            if made:
                lines.append(f"{start}     اعتبارنامه ساخته‌شده با: {ltr(made)}")
            if when:
                lines.append(f"{start}     زمان امضا: {ltr(when)}")
        else:
            lines.append(f"     signed by: {who or '?'}")
            if made:
                lines.append(f"     credentials made with: {made}")
            if when:
                lines.append(f"     signed at: {when}")
        if entry.get("trusted") is False:
            # often so: an earlier version is someone else's (another tool, another person)
            lines.append(
                f"{start}     امضاکنندهٔ این نسخه از مرجع {ltr('--trust')} شما نیست"
                if fa
                else "     its signer is not from your --trust CA (someone else signed that version)"
            )
        lines.extend("   " + line for line in _action_lines(entry.get("actions") or [], lang))
        disclosure = entry.get("disclosure") or {}
        if disclosure.get("aia"):
            said = label_text("disclosure", lang)
            lines.append(
                f"{start}     {said}: {ltr(disclosure['aia']) if fa else disclosure['aia']}"
            )
        if entry.get("failures"):
            codes = ", ".join(entry["failures"])
            lines.append(
                f"{start}     اعتبارنامهٔ این نسخه درست درنیامد ({ltr(codes)}): به آن تکیه نکنید"
                if fa
                else f"     its credentials did not check out ({codes}): do not rely on them"
            )
    return lines


def label_text(name: str, lang: str) -> str:
    return _LABELS.get(name, {}).get("fa" if lang == "fa" else "en", name)


def _action_lines(actions: list[dict[str, Any]], lang: str = "en") -> list[str]:
    """Each C2PA action as a line, as ``sign`` wrote it and ``verify`` reads it:
    "  c2pa.created: digitalCreation, made by a person (Mina Rahimi)"."""
    from azadkar.bidi import isolate, ltr
    from azadkar.disclosure.credentials import ACTIONS_FA, person_text

    lines = []
    for action in actions:
        agent = (action.get("softwareAgent") or {}).get("name", "")
        dst = str(action.get("digitalSourceType", "")).rsplit("/", 1)[-1]
        # The tool with what it was used for (the action's description), as signed:
        # "Midjourney (thumbnails)", not a bare name that reads as if it made the file.
        purpose = str(action.get("description") or "").strip()
        # An action without a softwareAgent was a person's (azadkar writes "made by a
        # person" as its description): said in words, not left blank.
        if lang == "fa":
            verb = ACTIONS_FA.get(str(action.get("action")))
            what = verb or ltr(action.get("action"))
            if agent:
                tool = f"{isolate(agent)} ({isolate(purpose)})" if purpose else isolate(agent)
            else:
                tool = person_text(purpose, "fa") if purpose else ""
                tool = isolate(tool) if tool and tool == purpose else tool
            parts = [ltr(dst) if dst else "", tool]
            lines.append(f"  {what}: {'، '.join(p for p in parts if p)}".rstrip())
        else:
            tool = f"{agent} ({purpose})" if agent and purpose else str(agent or purpose)
            parts = [dst, tool]
            lines.append(f"  {action.get('action')}: {', '.join(p for p in parts if p)}")
    return lines


def register(app: typer.Typer) -> None:
    app.add_typer(credentials, name="credentials")


__all__ = ["register"]
