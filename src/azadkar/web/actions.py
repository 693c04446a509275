"""What the pages and the API both do: the same core calls, one place.

Nothing here knows about HTTP; it turns plain values into azadkar results and keeps the
small amount of state the app needs (the market store lock, signing credentials, signed
files waiting to be downloaded).
"""

from __future__ import annotations

import importlib
import re
import secrets
import threading
from collections import OrderedDict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from azadkar.errors import AzadkarError, EngineError, InputError, ProfileError
from azadkar.market._formats import FORMAT_HINT, FORMAT_HINT_FA
from azadkar.web.settings import Settings
from azadkar.web.uploads import Sniffed, display_name, private_dir, write_private

ServiceSpec = tuple[str, float | None]


# ----------------------------------------------------------------------------- understanding


def classify_text(text: str) -> Any:
    """The classifier's reading of ``text`` (a :class:`azadkar.text.Classification`)."""
    from azadkar.errors import AzadkarError
    from azadkar.text import classify

    try:
        return classify(text)
    except AzadkarError:
        raise
    except Exception as exc:  # a model file that does not match the code, for instance
        raise EngineError(
            "the text classifier is not available on this installation "
            f"({type(exc).__name__}: {exc}); name your services instead",
            engine="classifier",
        ) from exc


def understood_services(classification: Any) -> list[tuple[str, float]]:
    """Services and shares (fractions summing to 1) a classification names."""
    profile = getattr(classification, "profile", None)
    return list(profile or [])


def optional_module(name: str) -> Any:
    """Import a capability module (projection, plan, reports) on first use.

    Every one ships with azadkar, so a failing import is an installation error and is
    raised, never hidden: the page must not silently drop a section.
    """
    return importlib.import_module(name)


# ----------------------------------------------------------------------------- assessing


@dataclass(frozen=True, slots=True)
class AssessInput:
    services: tuple[ServiceSpec, ...] = ()
    text: str | None = None
    rate: float | None = None
    currency: str = "USD"
    hours_per_week: float = 40.0
    # The user gave no weekly hours (an empty form field, or no `hours_per_week` in the
    # JSON): the 40 above is azadkar's default, and every output says it was assumed.
    hours_assumed: bool = False
    # For the projection and the plan (as `azadkar assess --scenario --costs
    # --billable-hours`): a shipped scenario id, monthly costs and billable hours per month.
    scenario: str | None = None
    monthly_costs: float | None = None
    billable_hours: float | None = None
    # Exchange rates (as `--usd-rate` and `--fx`): rials per US dollar, replacing the shipped
    # assumption; units per US dollar of a currency azadkar ships no rate for (CAD, EUR, ...).
    usd_rate: float | None = None
    fx: float | None = None
    # The plan (as `--plan-year` and `--work-language`): the year its AI shares and prices
    # refer to, and the language(s) of the work ("fa", "en", "fa,en"; None: read from the
    # description's language, as the CLI does).
    plan_year: int = 2027
    work_language: str | None = None


def scenario_ids() -> list[str]:
    """The shipped scenarios (the web takes only these, never a file path)."""
    from azadkar.scenarios import list_scenarios

    return [sc.id for sc in list_scenarios()]


def check_scenario(name: str | None) -> str | None:
    """``name`` when it is a shipped scenario id (or None for the default); else a
    :class:`ScenarioError` (422: a field of the request is wrong) listing the shipped ids."""
    if name is None or name == "":
        return None
    known = scenario_ids()
    if name not in known:
        import unicodedata

        from azadkar.bidi import FSI, PDI, isolate, ltr
        from azadkar.errors import ScenarioError

        # the value as typed, in each language's quotation marks, isolated where the other
        # direction's letters could reorder it: a Latin value in Persian text, a Persian
        # one in English text
        rtl = any(unicodedata.bidirectional(ch) in ("R", "AL") for ch in name)
        raise ScenarioError(
            f"unknown scenario \u201c{FSI + name + PDI if rtl else name}\u201d; "
            f"choose one of {', '.join(known)}",
            message_fa=f"سناریوی «{isolate(name, always=True)}» شناخته نشد؛ یکی از این‌ها را بدهید: "
            + "، ".join(ltr(k) for k in known),
            field="scenario",
            scenario=name,
            known=known,
        )
    return name


def assess(inp: AssessInput) -> Any:
    """Assess the profile; with no services, read them from ``text`` first."""
    from azadkar.exposure import assess as run_assess
    from azadkar.exposure import make_profile

    understood = None
    specs: list[tuple[str, float | None]] = list(inp.services)
    if not specs:
        if not inp.text or not inp.text.strip():
            from azadkar.bidi import ltr

            raise ProfileError(
                "send either 'text' (your work in your own words) or 'services' "
                "(ids such as logo_design, or {id, share} objects)",
                message_fa=f"یا {ltr('text')} بفرستید (کارتان به زبان خودتان) یا "
                f"{ltr('services')} (شناسه‌هایی مانند {ltr('logo_design')}، یا اشیای "
                f"{ltr('{id, share}')})",
                field="text" if inp.text is not None else "services",
            )
        understood = classify_text(inp.text)
        pairs = understood_services(understood)
        if not pairs:
            from azadkar.bidi import ltr

            category = getattr(understood, "category", "other")
            raise InputError(
                "no freelance service was recognised in that text "
                f"(read as category {category!r}); "
                'name your services instead, e.g. {"services": ["logo_design"]}',
                message_fa="در این متن هیچ خدمت فریلنسری شناخته نشد (دسته: "
                f"{ltr(repr(category))})؛ خدمت‌هایتان را نام ببرید، مثلاً "
                + ltr('{"services": ["logo_design"]}'),
                field="text",
                category=getattr(understood, "category", None),
            )
        specs = [(sid, 100.0 * share) for sid, share in pairs]
    profile = make_profile(
        specs,
        rate=inp.rate,
        currency=inp.currency,
        hours_per_week=inp.hours_per_week,
        text=inp.text,
    )
    return run_assess(profile, understood=understood)


def projection(assessment: Any, inp: AssessInput | None = None) -> Any | None:
    """The 2026-2030 projection (``azadkar.projection.project``) under the input's scenario.

    As on the command line, income counts billable hours (the form's, or 70% of the weekly
    hours), the same hours the plan's floor price divides costs by, so the income and the
    floor price on one page rest on one basis."""
    mod = optional_module("azadkar.projection")
    if mod is None or not hasattr(mod, "project"):
        return None
    return mod.project(
        assessment,
        check_scenario(inp.scenario if inp else None),
        billable_hours=inp.billable_hours if inp else None,
        hours_assumed=inp.hours_assumed if inp else False,
        income_basis="billable",
    )


def plan(assessment: Any, projected: Any = None, inp: AssessInput | None = None) -> Any | None:
    """The adaptation plan (``azadkar.plan.plan``): same scenario as the projection, and the
    floor price when the input gives monthly costs."""
    mod = optional_module("azadkar.plan")
    if mod is None or not hasattr(mod, "plan"):
        return None
    scenario = getattr(projected, "scenario", None) or check_scenario(inp.scenario if inp else None)
    return mod.plan(
        assessment,
        scenario=scenario,
        monthly_costs=inp.monthly_costs if inp else None,
        billable_hours=inp.billable_hours if inp else None,
        irr_per_usd=inp.usd_rate if inp else None,
        units_per_usd=inp.fx if inp else None,
        year=inp.plan_year if inp else 2027,
        work_language=inp.work_language if inp else None,
    )


def to_plain(obj: Any) -> Any:
    """A JSON-able form of a result object (``to_dict``, pydantic, or as is)."""
    if obj is None:
        return None
    for attr in ("to_dict", "to_json_dict"):
        fn = getattr(obj, attr, None)
        if callable(fn):
            return fn()
    dump = getattr(obj, "model_dump", None)
    if callable(dump):
        return dump(mode="json")
    return obj


# ----------------------------------------------------------------------------- reports


REPORT_FORMATS = {
    "json": ("application/json", "json"),
    "md": ("text/markdown; charset=utf-8", "md"),
    "html": ("text/html; charset=utf-8", "html"),
    "pdf": ("application/pdf", "pdf"),
}


def render_report(assessment: Any, fmt: str, lang: str, inp: AssessInput | None = None) -> bytes:
    """The assessment as a downloadable document (with the input's scenario and costs)."""
    import json

    if fmt not in REPORT_FORMATS:
        from azadkar.bidi import ltr

        raise InputError(
            f"unknown report format {fmt!r}; use one of {', '.join(REPORT_FORMATS)}",
            message_fa=f"قالب گزارش {ltr(repr(fmt))} شناخته نشد؛ یکی از این‌ها را بدهید: "
            + "، ".join(ltr(f) for f in REPORT_FORMATS),
            field="fmt",
        )
    # Every format carries the same document as `azadkar assess`: the assessment, the
    # 2026-2030 projection and the plan.
    projected = projection(assessment, inp)
    planned = plan(assessment, projected, inp)
    if fmt == "json":
        data = assessment.to_dict()
        data["projection"] = to_plain(projected)
        data["plan"] = to_plain(planned)
        return json.dumps(data, ensure_ascii=False, indent=2).encode("utf-8")
    if fmt == "md":
        from azadkar.report.markdown import assessment_markdown, report_markdown

        if projected is None or planned is None:
            return assessment_markdown(assessment, lang).encode("utf-8")
        return report_markdown(assessment, projected, planned, lang).encode("utf-8")
    mod = optional_module(f"azadkar.report.{fmt}")
    render = getattr(mod, f"render_{fmt}", None) if mod is not None else None
    if render is None or projected is None or planned is None:
        raise EngineError(
            f"the {fmt.upper()} report is not available in this installation; "
            "download Markdown or JSON instead",
            format=fmt,
        )
    out = render(assessment, projected, planned, lang)
    return out.encode("utf-8") if isinstance(out, str) else bytes(out)


# ----------------------------------------------------------------------------- disclosure


def disclose(
    record: dict[str, Any], clause_options: dict[str, Any] | None
) -> tuple[Any, dict[str, Any]]:
    """(DisclosureReport, {lang: ContractClauses}) for a record and clause options."""
    from azadkar.disclosure import contract_clauses
    from azadkar.disclosure import disclose as run_disclose

    # The API and the form have matched the tool names already (the API honouring its
    # keep_tool_names), so a name kept as written is not refused again here.
    report = run_disclose(record, keep_tool_names=True)
    clauses = {
        lang: contract_clauses(clause_options or {}, lang=lang, record=report.record)
        for lang in ("fa", "en")
    }
    return report, clauses


def match_tool_name(name: str) -> tuple[Any | None, list[Any]]:
    """The catalogue tool a typed name means, as the CLI matches it (any case, spacing,
    Persian spellings), else ``(None, the closest tools)`` for "did you mean ...?"."""
    from azadkar.disclosure.tool_names import match_tool, suggest_tools

    tool = match_tool(name)
    if tool is not None:
        return tool, []
    return None, suggest_tools(name)


def clauses_dict(c: Any) -> dict[str, Any]:
    return {
        "lang": c.lang,
        "title": c.title,
        "preamble": c.preamble,
        "clauses": [
            {"id": k.id, "title": k.title, "paragraphs": list(k.paragraphs)} for k in c.clauses
        ],
        "notes_title": c.notes_title,
        "notes": list(c.notes),
        "sources": list(c.sources),
        "markdown": c.to_markdown(),
    }


#: Days the web's TEST ONLY signing certificate is valid (the longest make_dev_cert allows):
#: it is kept between runs, so a file signed today still verifies next year.
TEST_CERT_DAYS = 825


@dataclass
class Credentials:
    """The signing certificate the app uses: the operator's, or else a TEST ONLY one.

    The TEST ONLY certificate lives in the user's azadkar data folder
    (``Settings.test_cert_dir()``, private to the user) and is made there once, on first
    use; every later run, and every app sharing that folder, signs with it and trusts its
    CA, so a file signed yesterday still verifies today. It was made afresh in a temporary
    folder by every run, and files signed by an earlier run no longer verified.
    """

    settings: Settings
    lock: threading.Lock = field(default_factory=threading.Lock)
    _dev_dir: Path | None = None

    @property
    def test_only(self) -> bool:
        """Whether files are signed with the TEST ONLY certificate (none was configured)."""
        return not (self.settings.sign_cert and self.settings.sign_key)

    def paths(self) -> tuple[Path, Path, Path | None]:
        s = self.settings
        if s.sign_cert and s.sign_key:
            return s.sign_cert, s.sign_key, s.trust
        with self.lock:
            if self._dev_dir is None:
                self._dev_dir = load_or_make_test_cert(s.test_cert_dir())
        d = self._dev_dir
        return d / "cert.pem", d / "key.pem", s.trust or d / "ca.pem"

    def trust(self) -> Path | None:
        if self.settings.trust:
            return self.settings.trust
        if not self.test_only:
            return None
        # the kept TEST ONLY CA, even before this run has signed anything
        ca = (self._dev_dir or self.settings.test_cert_dir()) / "ca.pem"
        return ca if ca.is_file() else None

    def cleanup(self) -> None:
        """Nothing to remove: the TEST ONLY certificate is kept for the next run."""
        self._dev_dir = None


def _usable_test_cert(folder: Path) -> bool:
    """The folder holds a whole TEST ONLY set whose signing certificate is valid a day more."""
    import datetime as dt

    from cryptography import x509

    names = ("ca.pem", "cert.pem", "key.pem")
    if not all((folder / n).is_file() for n in names):
        return False
    try:
        leaf = x509.load_pem_x509_certificate((folder / "cert.pem").read_bytes())
    except (OSError, ValueError):
        return False
    return leaf.not_valid_after_utc > dt.datetime.now(dt.UTC) + dt.timedelta(days=1)


def load_or_make_test_cert(folder: Path) -> Path:
    """``folder`` with a usable TEST ONLY certificate in it, made there if it has none.

    A new set is written to a private folder beside it and renamed into place in one
    step, so two apps starting together end with the same certificate. A set that has
    expired (or is incomplete) is kept beside it as ``<folder>.old-<time>``, never deleted:
    files signed with it can still be checked against its ``ca.pem``.
    """
    import datetime as dt
    import os
    import shutil
    import stat
    import tempfile

    from azadkar.disclosure import make_dev_cert

    if _usable_test_cert(folder):
        return folder
    try:
        folder.parent.mkdir(parents=True, exist_ok=True)
        fresh = Path(tempfile.mkdtemp(prefix=f".{folder.name}-", dir=folder.parent))
    except OSError as exc:
        from azadkar.bidi import ltr

        raise EngineError(
            f"cannot keep the TEST ONLY signing certificate in {folder.parent}: "
            f"{exc.strerror or exc}; give the server a writable data folder or a signing "
            "certificate of your own",
            message_fa=f"گواهی امضای «فقط برای آزمایش» در {ltr(folder.parent)} نگه داشته "
            "نشد؛ پوشهٔ دادهٔ نوشتنی یا گواهی امضای خودتان را به سرور بدهید",
        ) from None
    try:
        os.chmod(fresh, stat.S_IRWXU)
        make_dev_cert(fresh, name="azadkar web", days=TEST_CERT_DAYS)
        if folder.exists():
            if _usable_test_cert(folder):  # another app made it meanwhile
                return folder
            stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S")
            folder.rename(folder.with_name(f"{folder.name}.old-{stamp}"))
        try:
            fresh.rename(folder)
        except OSError:
            if not _usable_test_cert(folder):  # not another app's fresh set: a real failure
                raise
    finally:
        shutil.rmtree(fresh, ignore_errors=True)
    return folder


@dataclass(frozen=True, slots=True)
class SignedFile:
    name: str
    mime: str
    data: bytes
    summary: dict[str, Any]


class Downloads:
    """Signed files kept in memory under unguessable tokens, oldest dropped first."""

    def __init__(self, capacity: int) -> None:
        self.capacity = capacity
        self._items: OrderedDict[str, SignedFile] = OrderedDict()
        self._lock = threading.Lock()

    def put(self, item: SignedFile) -> str:
        token = secrets.token_urlsafe(18)
        with self._lock:
            self._items[token] = item
            while len(self._items) > self.capacity:
                self._items.popitem(last=False)
        return token

    def get(self, token: str) -> SignedFile | None:
        with self._lock:
            return self._items.get(token)


def sign(
    creds: Credentials,
    data: bytes,
    sniffed: Sniffed,
    filename: str | None,
    disclosure: dict[str, Any] | None,
) -> SignedFile:
    from azadkar.disclosure import sign_file

    cert, key, _ = creds.paths()
    shown = display_name(filename, f"file{sniffed.ext}")
    with private_dir() as folder:
        src = write_private(folder, data, sniffed)
        out = folder / f"signed{sniffed.ext}"
        try:
            result = sign_file(src, cert=cert, key=key, out=out, disclosure=disclosure, title=shown)
        except AzadkarError as exc:
            # "signing /tmp/azadkar-web-…/upload.png failed": the private path is the
            # server's business; the person knows the file by the name they sent.
            exc.message = _scrub(exc.message, src, shown)
            if exc.message_fa:
                exc.message_fa = _scrub(exc.message_fa, src, shown)
            raise
        signed = out.read_bytes()
    stem = shown.rsplit(".", 1)[0] if "." in shown else shown
    summary = {
        "file": shown,
        "format": result.format,
        "digital_source_type": result.digital_source_type,
        "actions": result.actions,
        "signer": result.signer,
        "test_only": result.test_only,
        "disclosure": result.disclosure,
        # the credentials the file already carried, kept as its earlier version (their
        # title, claim generator, signer and state), or None: from the signing itself
        "earlier": result.earlier,
        "bytes": len(signed),
    }
    return SignedFile(f"{stem}.signed{sniffed.ext}", sniffed.mime, signed, summary)


_CA_FILE_LIMIT = 256 * 1024


def sender_ca(data: bytes) -> bytes | None:
    """The CA certificate file the person received from the sender, checked: PEM text
    with a certificate in it. None when no file was given. The web page's and the API's
    `trust` field."""
    from azadkar.bidi import ltr
    from azadkar.report.strings import num

    if not data:
        return None
    if len(data) > _CA_FILE_LIMIT:
        raise InputError(
            f"the sender's CA file is {len(data):,} bytes; a CA certificate file (ca.pem) is a "
            f"few KB, at most {_CA_FILE_LIMIT:,} are accepted",
            message_fa=f"فایل گواهی مرجع فرستنده {num(len(data), 'fa')} بایت است؛ فایل گواهی "
            f"مرجع ({ltr('ca.pem')}) چند کیلوبایت است و حداکثر "
            f"{num(_CA_FILE_LIMIT, 'fa')} بایت پذیرفته می‌شود",
            field="trust",
        )
    if b"-----BEGIN CERTIFICATE-----" not in data:
        raise InputError(
            "the sender's CA file holds no PEM certificate (text that starts with "
            "-----BEGIN CERTIFICATE-----); choose the CA file (ca.pem) the sender gave you, "
            "not their signing key or the signed file",
            message_fa="در فایل گواهی مرجع فرستنده هیچ گواهی PEM نیست (متنی که با "
            f"{ltr('-----BEGIN CERTIFICATE-----')} آغاز می‌شود)؛ فایل گواهی مرجع "
            f"({ltr('ca.pem')}) را که فرستنده به شما داده است انتخاب کنید، نه کلید "
            "امضا یا فایل امضاشده را",
            field="trust",
        )
    return data


def verify(
    creds: Credentials,
    data: bytes,
    sniffed: Sniffed,
    filename: str | None,
    trust_pem: bytes | None = None,
) -> dict[str, Any]:
    """Check an uploaded file's credentials against the server's CA or, given
    ``trust_pem`` (the CA file the person received from the sender), against that one."""
    from azadkar.disclosure import verify_file

    shown = display_name(filename, f"file{sniffed.ext}")
    trust = creds.trust()
    with private_dir() as folder:
        src = write_private(folder, data, sniffed)
        if trust_pem is not None:
            trust = folder / "sender-ca.pem"
            trust.write_bytes(trust_pem)
        result = verify_file(src, trust=trust)
    given = trust_pem is not None
    out = result.to_dict()
    out["file"] = shown
    # the verdict in words, in both languages, as `azadkar credentials verify --format json`
    # gives it in English
    out["verdict"] = result.verdict_text("en")
    out["verdict_fa"] = result.verdict_text("fa")
    # a file that cannot be read at all (cut short, damaged) is not a broken signature: its
    # own verdict, and what to do about it
    out["damaged"] = result.damaged
    # nor is a file whose bytes changed after signing: said in the verdict, not only below it
    out["changed"] = result.changed
    # What that means and what to do, for the verdicts whose advice names no command-line
    # option: a file cut short, one changed after signing, one without credentials (an
    # editor's re-save removes them: the client should ask for the signed original).
    from azadkar.disclosure.credentials import MEANINGS

    for key in ("damaged", "changed", "unsigned"):
        if getattr(result, key):
            out["meaning"] = dict(MEANINGS[key])
            break
    # Checked against the sender's CA file: what a valid result means, in the page's words
    # (the library's sentences name the command line's --trust).
    out["trust_given"] = given
    if given and result.valid:
        key = (
            "other_signer"
            if not result.trusted
            else ("trusted_test" if result.test_only else "trusted")
        )
        out["meaning"] = dict(SENDER_CA_MEANINGS[key])
    # The trust anchor is a server path; say only whether and which kind was used.
    if out.get("trust_anchor"):
        out["trust_anchor"] = (
            "CA file you gave"
            if given
            else "configured CA"
            if creds.settings.trust
            else "TEST ONLY CA of this server"
        )
    for reason in out.get("reasons", []):
        reason["explanation"] = str(reason.get("explanation", "")).replace(str(src), shown)
        if trust is not None:
            reason["explanation"] = reason["explanation"].replace(
                str(trust), "the CA file you gave" if given else "the trusted CA"
            )
    return out


# What a valid file checked against the sender's CA file means, for the person who received
# it (the command line's sentences name --trust; these name the page's field).
SENDER_CA_MEANINGS: dict[str, dict[str, str]] = {
    "trusted": {
        "en": "The file has not changed since it was signed, and its signing certificate "
        "leads to the CA file you gave. That shows who signed it as far as you know who gave "
        "you that CA file. The disclosure below is the signer's own statement.",
        "fa": "فایل پس از امضا تغییر نکرده است و گواهی امضای آن به فایل گواهی مرجعی می‌رسد "
        "که دادید. این تا جایی نشان می‌دهد چه کسی آن را امضا کرده که بدانید آن فایل را چه "
        "کسی به شما داده است. افشانامهٔ زیر گفتهٔ خود امضاکننده است.",
    },
    "trusted_test": {
        "en": "The file has not changed since it was signed, with a TEST ONLY certificate "
        "from the CA file you gave. That shows who signed it only as far as you know who "
        "gave you that CA file; nobody else vouches for it. The disclosure below is the "
        "signer's own statement.",
        "fa": "فایل پس از امضا تغییر نکرده است و با گواهی «فقط آزمایشی» از همان فایل گواهی "
        "مرجعی امضا شده که دادید. این فقط تا جایی نشان می‌دهد چه کسی آن را امضا کرده که "
        "بدانید آن فایل را چه کسی به شما داده است؛ کس دیگری آن را تضمین نمی‌کند. افشانامهٔ "
        "زیر گفتهٔ خود امضاکننده است.",
    },
    "other_signer": {
        "en": "The file has not changed since it was signed, but not with a certificate from "
        "the CA file you gave: someone else signed it, or that is not the CA file the signer "
        "uses. Ask the sender which certificate they signed with.",
        "fa": "فایل پس از امضا تغییر نکرده است، اما با گواهی‌ای از فایل گواهی مرجعی که دادید "
        "امضا نشده است: یا کس دیگری آن را امضا کرده یا آن فایل، گواهی مرجعِ امضاکننده نیست. "
        "از فرستنده بپرسید با کدام گواهی امضا کرده است.",
    },
}


# ----------------------------------------------------------------------------- market


_PRIVATE_PATH = re.compile(r"/\S*?azadkar-web-[^/\s]+/(\S+?)(?=[)\s,;]|$)")


WEB_FORMAT_HINT = (
    "This page reads Upwork API and RSS exports, Upwork search results, Online Labour Index "
    "series and Jobinja .xlsx files by their columns; for a file with other columns, map "
    "them in a TOML file and run `azadkar market ingest FILE --mapping MAP.toml` "
    "(docs/market.md)."
)
WEB_FORMAT_HINT_FA = (
    "این صفحه خروجی‌های API و RSS آپ‌ورک، نتایج جست‌وجوی آپ‌ورک، سری‌های Online Labour "
    "Index و پرونده‌های .xlsx جابینجا را از روی ستون‌هایشان می‌خواند؛ برای پرونده‌ای با "
    "ستون‌های دیگر، ستون‌ها را در یک پروندهٔ TOML نگاشت کنید و "
    "`azadkar market ingest FILE --mapping MAP.toml` را اجرا کنید (docs/market.md)."
)


def _scrub(text: str, path: Path | None = None, shown: str = "") -> str:
    """Replace private upload paths in a message with the file's name."""
    if path is not None:
        text = text.replace(str(path), shown)
    return _PRIVATE_PATH.sub(lambda m: "an earlier upload", text)


class Market:
    """The market store behind the Market page; one writer at a time."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.lock = threading.Lock()
        self._memory_store: Any = None
        # The store records the private temporary path of each upload; people know their
        # files by the names their browser sent, kept here by content hash.
        self.names: dict[str, str] = {}

    def _open(self) -> Any:
        from azadkar.market import Store

        path = self.settings.market_path()
        if path == ":memory:":
            if self._memory_store is None:
                self._memory_store = Store(":memory:")
            return self._memory_store
        return Store(path)

    def _close(self, store: Any) -> None:
        if store is not self._memory_store:
            store.close()

    def exists(self) -> bool:
        path = self.settings.market_path()
        return path == ":memory:" or Path(path).exists()

    def ingest(self, data: bytes, sniffed: Sniffed, filename: str | None) -> dict[str, Any]:
        shown = display_name(filename, f"postings{sniffed.ext}")
        with self.lock, private_dir() as folder:
            src = write_private(folder, data, sniffed, stem="postings")
            store = self._open()
            try:
                try:
                    statuses = store.ingest([src], source_names=[shown])
                except AzadkarError as exc:
                    # The message names the private upload path and the CLI's options.
                    exc.message = _scrub(exc.message, src, shown).replace(
                        FORMAT_HINT, WEB_FORMAT_HINT
                    )
                    if exc.message_fa:
                        exc.message_fa = _scrub(exc.message_fa, src, shown).replace(
                            FORMAT_HINT_FA, WEB_FORMAT_HINT_FA
                        )
                    exc.args = (exc.message,)
                    exc.data.pop("path", None)
                    raise
                classified = self._classify(store)
                files = []
                rejected: list[dict[str, Any]] = []
                for st in statuses:
                    d = st.to_dict()
                    self.names.setdefault(st.sha256, shown)
                    d["path"] = shown
                    d["notes"] = [_scrub(n, src, shown) for n in d["notes"]]
                    files.append(d)
                    for r in store.rejected(limit=200, file_id=st.file_id):
                        rejected.append(
                            {
                                "row": r.row,
                                "reason": r.reason,
                                "raw": r.raw[:500],
                                "file": shown,
                                # the file's own column(s) the reason is about
                                "columns": list(r.columns),
                            }
                        )
            finally:
                self._close(store)
        return {"files": files, "rejected": rejected, "classified": classified}

    def _classify(self, store: Any) -> dict[str, Any] | None:
        from azadkar.market import classify_postings

        try:
            res = classify_postings(store, progress=False)
        except Exception as exc:  # the classifier model may not be built on this machine
            return {"error": str(exc)}
        return {"model_version": res.model_version, "classified": res.classified}

    def status(self) -> dict[str, Any]:
        if not self.exists():
            return {"files": [], "postings": 0, "rejected": 0}
        with self.lock:
            store = self._open()
            try:
                files = [f.to_dict() for f in store.status()]
                for f in files:
                    # Uploads are recorded under the browser's file name; a file ingested
                    # from the command line shows its own name, not its folder.
                    f["path"] = self.names.get(f["sha256"], Path(f["path"]).name)
                    f["notes"] = [_scrub(n) for n in f["notes"]]
                return {
                    "files": files,
                    "postings": store.count("postings"),
                    "rejected": store.count("rejected"),
                }
            finally:
                self._close(store)

    def indicators(self, **slice_: Any) -> dict[str, Any] | None:
        """The indicators over the store, or over a slice of it: ``platform``, ``file``,
        ``country`` (lists), ``since``, ``until``, as ``azadkar market indicators`` takes
        them (an unknown value or an empty slice is an InputError naming the option)."""
        from azadkar.market import indicators

        if not self.exists():
            return None
        with self.lock:
            store = self._open()
            try:
                result = indicators(store=store, **{k: v for k, v in slice_.items() if v})
            finally:
                self._close(store)
        out = result.to_dict()
        out["db"] = Path(out["db"]).name if out.get("db") != ":memory:" else ":memory:"
        return out

    def compare(
        self,
        a: dict[str, Any],
        b: dict[str, Any],
        labels: tuple[str | None, str | None] = (None, None),
    ) -> Any:
        """Two slices of the store side by side (``azadkar.market.compare``, as ``azadkar
        market compare`` and ``POST /api/market/compare``): the MarketComparison, or None
        when there is no store. A slice that cannot be made is the library's InputError,
        its ``side`` (``a`` or ``b``) in its data."""
        from azadkar.market import compare

        if not self.exists():
            return None
        with self.lock:
            store = self._open()
            try:
                return compare(
                    a={k: v for k, v in a.items() if v},
                    b={k: v for k, v in b.items() if v},
                    store=store,
                    labels=labels,
                )
            finally:
                self._close(store)

    def claims_db(self) -> str | None:
        path = self.settings.market_path()
        if path == ":memory:" or not Path(path).exists():
            return None
        return path

    def close(self) -> None:
        if self._memory_store is not None:
            self._memory_store.close()
            self._memory_store = None


__all__ = [
    "REPORT_FORMATS",
    "AssessInput",
    "Credentials",
    "Downloads",
    "Market",
    "SignedFile",
    "assess",
    "classify_text",
    "clauses_dict",
    "disclose",
    "evidence_summary",
    "match_tool_name",
    "optional_module",
    "plan",
    "projection",
    "render_report",
    "sender_ca",
    "sign",
    "to_plain",
    "understood_services",
    "verify",
]


# ----------------------------------------------------------------------------- evidence


def evidence_summary() -> dict[str, Any]:
    """Sources, versions and licences from the manifest, and every shipped data file."""
    import hashlib
    from importlib import resources

    from azadkar import evidence as ev

    m = ev.manifest()
    outputs = m.get("outputs", {})
    root = resources.files("azadkar.data")
    files = []

    def walk(node: Any, prefix: str) -> None:
        for child in sorted(node.iterdir(), key=lambda c: c.name):
            name = f"{prefix}{child.name}"
            if child.name.startswith(("__", ".")):
                continue
            if child.is_dir():
                walk(child, name + "/")
                continue
            data = child.read_bytes()
            info = outputs.get(name, {})
            files.append(
                {
                    "file": name,
                    "bytes": len(data),
                    "sha256": hashlib.sha256(data).hexdigest(),
                    "rows": info.get("rows"),
                    "in_manifest": name in outputs or name in m.get("hand_edited", {}),
                    "manifest_sha256_matches": (
                        info.get("sha256") == hashlib.sha256(data).hexdigest() if info else None
                    ),
                }
            )

    walk(root, "")
    notice = root.joinpath("NOTICE").read_text("utf-8") if root.joinpath("NOTICE").is_file() else ""
    return {
        "sources": ev.sources(),
        "built_by": m.get("built_by"),
        "scope": m.get("scope"),
        "inputs": m.get("inputs", {}),
        "hand_edited": m.get("hand_edited", {}),
        "files": files,
        "notice": notice,
        "other": _other_tables(root),
    }


def _other_tables(root: Any) -> list[dict[str, Any]]:
    """The shipped tables outside the research manifest, each with where it comes from."""
    import json

    out: list[dict[str, Any]] = []
    model = root / "model" / "model.json"
    if model.is_file():
        doc = json.loads(model.read_text("utf-8"))
        training = doc.get("training", {})
        by_source = training.get("rows_by_source", {})
        out.append(
            {
                "what": "classifier",
                "id": doc.get("version"),
                "status": "trained",
                "detail": f"{training.get('rows', '?')} labelled texts, {training.get('labels', '?')} "
                f"labels ({', '.join(f'{k} {v}' for k, v in by_source.items())}); "
                f"built by {training.get('built_by', '?')}",
            }
        )
    scenarios = optional_module("azadkar.scenarios")
    if scenarios is not None:
        for sc in scenarios.list_scenarios():
            out.append(
                {
                    "what": "scenario",
                    "id": sc.id,
                    "status": sc.status,
                    "detail": sc.name_en,
                    "origin": sc.origin,
                }
            )
    tools = optional_module("azadkar.tools")
    if tools is not None:
        cat = tools.load_catalogue()
        out.append(
            {
                "what": "tool catalogue",
                "id": f"as of {cat.as_of}",
                "status": "assumption",
                "detail": cat.source,
            }
        )
    if (root / "market" / "rates.toml").is_file():
        out.append(
            {
                "what": "exchange rates",
                "id": "market/rates.toml",
                "status": "assumption",
                "detail": "approximate open-market USD rates in rial, rounded (a stated assumption)",
            }
        )
    return out
