"""The JSON API: the library's functions over HTTP, documented at ``/openapi.json``."""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, File, Form, Query, Request, UploadFile
from fastapi.responses import Response
from pydantic import BaseModel, ConfigDict, Field, field_validator

from azadkar.errors import DisclosureError, InputError, ProfileError, UnknownServiceError
from azadkar.report.strings import num
from azadkar.web import actions, problems
from azadkar.web.problems import ltr
from azadkar.web.uploads import POSTINGS, SIGNABLE, check_size, check_type

router = APIRouter(prefix="/api", dependencies=[Depends(problems.check_lang)])

PROBLEM = {
    "description": "A problem the caller can fix (RFC 9457 problem details).",
    "content": {
        "application/problem+json": {
            "schema": {
                "type": "object",
                "properties": {
                    "type": {"type": "string"},
                    "title": {"type": "string"},
                    "status": {"type": "integer"},
                    "detail": {"type": "string"},
                },
                "required": ["type", "title", "status", "detail"],
            }
        }
    },
}
ERRORS: dict[int | str, dict[str, Any]] = {
    400: PROBLEM,
    404: PROBLEM,
    413: PROBLEM,
    415: PROBLEM,
    422: PROBLEM,
    503: PROBLEM,
}

Lang = Literal["fa", "en"]
MAX_TEXT = 20_000


async def json_body(request: Request) -> None:
    """A JSON endpoint sent something else (text/plain, a form): 415, naming JSON."""
    kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if kind == "application/json" or (kind.startswith("application/") and kind.endswith("+json")):
        return
    if not kind and not await request.body():
        return  # an empty body: said as such by the validation error
    raise problems.unsupported_media(request, "application/json")


async def multipart_body(request: Request) -> None:
    """An upload endpoint sent JSON or a plain form: 415, naming multipart/form-data."""
    kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if kind != "multipart/form-data":
        raise problems.unsupported_media(request, "multipart/form-data")


JSON_BODY = [Depends(json_body)]
MULTIPART_BODY = [Depends(multipart_body)]


class Body(BaseModel):
    """A request body: no unknown fields, and no NaN or Infinity (nor 1e999) as numbers."""

    model_config = ConfigDict(extra="forbid", allow_inf_nan=False)


def typed_number(value: Any, *, percent: bool = False) -> Any:
    """A number sent as text the way people type it ("۴۰۰٬۰۰۰", "1,100,000", "۳۵٫۵", and
    "۶۰٪" for a percent) as that number, read as the CLI reads its options
    (:func:`azadkar.numerals.parse_number`). Anything else is returned as it is, for the
    field's own check to refuse with its usual message ("must be a number, not ...")."""
    if not isinstance(value, str):
        return value
    from azadkar.numerals import NumberError, parse_number

    try:
        return parse_number(value, percent=percent)
    except NumberError:
        return value


class ServiceShare(Body):
    id: str = Field(min_length=1, max_length=80, examples=["logo_design"])
    share: float | None = Field(
        default=None,
        gt=0,
        le=100,
        description="Percent of working time; blank shares split what is left equally.",
    )

    @field_validator("share", mode="before")
    @classmethod
    def _typed_share(cls, value: Any) -> Any:
        return typed_number(value, percent=True)


class AssessRequest(Body):
    """Either ``text`` (your work in your own words) or ``services``; services win."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {"services": [{"id": "logo_design", "share": 60}, "social_media_management"]},
                {"text": "I design logos and manage Instagram pages for cafés"},
            ]
        },
    )

    text: str | None = Field(default=None, max_length=MAX_TEXT)
    services: list[str | ServiceShare] = Field(default_factory=list, max_length=30)
    rate: float | None = Field(default=None, gt=0, le=1e12, description="Hourly rate.")
    currency: str = Field(
        default="USD",
        min_length=1,
        max_length=20,
        description="USD, IRR (rial) or toman (rial / 10), in any case, or their names in "
        "Persian or English (دلار, ریال, تومان, dollar, rial); or another ISO code such as "
        "CAD, EUR or GBP, whose amounts stay in that currency: the same spellings as "
        "`azadkar assess --currency`.",
        examples=["USD", "toman", "تومان", "CAD"],
    )
    hours_per_week: float = Field(default=40.0, gt=0, le=100)
    scenario: str | None = Field(
        default=None,
        max_length=80,
        description="A shipped scenario id for the projection and plan (an unknown one is "
        "an error that lists them); default: the source report's.",
        examples=["observed-2023-2025"],
    )
    monthly_costs: float | None = Field(
        default=None,
        ge=0,
        le=1e13,
        description="Your monthly costs in `currency`: gives the plan's floor price.",
    )
    billable_hours: float | None = Field(
        default=None,
        gt=0,
        le=744,
        description="Billable hours per month (default: 70% of your working hours).",
    )
    usd_rate: float | None = Field(
        default=None,
        gt=0,
        le=1e12,
        description="Rials per US dollar, replacing the shipped, dated open-market "
        "assumption (as `--usd-rate`).",
    )
    fx: float | None = Field(
        default=None,
        gt=0,
        le=1e12,
        description="For a `currency` azadkar ships no rate for (CAD, EUR, ...): how many "
        "units of it buy one US dollar, a rate you state (as `--fx`); amounts are then also "
        "given in USD.",
        examples=[1.38],
    )

    @field_validator(
        "rate", "hours_per_week", "monthly_costs", "billable_hours", "usd_rate", "fx", mode="before"
    )
    @classmethod
    def _typed_numbers(cls, value: Any) -> Any:
        return typed_number(value)

    def to_input(self) -> actions.AssessInput:
        specs: list[actions.ServiceSpec] = []
        for s in self.services:
            if isinstance(s, str):
                from azadkar.exposure import parse_service_spec

                specs.append(parse_service_spec(s))
            else:
                specs.append((s.id, s.share))
        return actions.AssessInput(
            services=tuple(specs),
            text=self.text,
            rate=self.rate,
            currency=self.currency,
            hours_per_week=self.hours_per_week,
            hours_assumed="hours_per_week" not in self.model_fields_set,
            scenario=actions.check_scenario(self.scenario),
            monthly_costs=self.monthly_costs,
            billable_hours=self.billable_hours,
            usd_rate=self.usd_rate,
            fx=self.fx,
        )


class ReportRequest(AssessRequest):
    lang: Lang = "en"


class ClassifyRequest(Body):
    model_config = ConfigDict(
        json_schema_extra={"examples": [{"text": "طراحی لوگو و مدیریت پیج اینستاگرام"}]}
    )

    text: str = Field(max_length=MAX_TEXT, examples=["طراحی لوگو و مدیریت پیج اینستاگرام"])


class DiscloseRequest(Body):
    """``record``: the disclosure record (see azadkar's disclosure JSON Schema);
    ``clauses``: contract-clause options."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "record": {
                        "title": "Blog post",
                        "ai_share": 30,
                        "human_review": True,
                        "tools": [
                            {"tool": "chatgpt", "mode": "generate", "purpose": "first draft"}
                        ],
                    },
                    "clauses": {"platform": "upwork"},
                }
            ]
        },
    )

    record: dict[str, Any]
    clauses: dict[str, Any] = Field(default_factory=dict)
    keep_tool_names: bool = Field(
        default=False,
        description='Record a tool name that is close to a catalogue tool ("chatgbt") as '
        "written instead of refusing it with a suggestion (as `--keep-tool-names`).",
    )


SERVICES_LIST = "GET /api/services (search: GET /api/services?q=words in Persian or English)"


@contextmanager
def body_errors(body: AssessRequest) -> Iterator[None]:
    """Errors about values inside the body: 422 and named by their place in it.

    An unknown service id is a 422 here, not the core's 404: the address exists, a field
    of the body is wrong. It keeps the did-you-mean suggestions and points at the API's
    own service list rather than the CLI's ``azadkar services``.
    """
    try:
        yield
    except UnknownServiceError as exc:
        sid = exc.data.get("service")
        field = "services"
        for i, item in enumerate(body.services):
            if (item.split(":")[0].strip() if isinstance(item, str) else item.id) == sid:
                field = f"services[{i}]"
                break
        raise unknown_service_at(exc, field) from None
    except ProfileError as exc:
        if "currency" not in exc.data:
            raise
        given = str(exc.data["currency"])
        fa = exc.message_fa or (
            f"واحد پول «{given}» شناخته نشد؛ {ltr('USD')} (دلار)، {ltr('IRR')} (ریال) یا "
            f"{ltr('toman')} (تومان) را با حروف بزرگ یا کوچک بفرستید"
        )
        if not exc.message.startswith("currency"):
            exc.message = f"currency: {exc.message}"
        exc.message_fa = f"{ltr('currency')}: {fa}"
        exc.data["field"] = "currency"
        exc.status = 422
        raise


@router.get("/services", summary="The taxonomy's services (search in Persian or English)")
def services(
    q: Annotated[str, Query(max_length=200, description="Words in Persian or English")] = "",
) -> list[dict[str, Any]]:
    from azadkar.taxonomy import load_taxonomy

    return [
        {
            "id": s.id,
            "category": s.category,
            "en": s.en,
            "fa": s.fa,
            "description_en": s.description_en,
            "description_fa": s.description_fa,
        }
        for s in load_taxonomy().search(q)
    ]


@router.post(
    "/classify", summary="What a free text describes", responses=ERRORS, dependencies=JSON_BODY
)
def classify(body: ClassifyRequest) -> dict[str, Any]:
    c = actions.classify_text(body.text)
    out = dict(c.to_dict())
    out["profile"] = [{"id": s, "share": p} for s, p in actions.understood_services(c)]
    return out


@router.post(
    "/assess",
    summary="Exposure of a profile to generative AI (the assess JSON)",
    responses=ERRORS,
    dependencies=JSON_BODY,
)
def assess(body: AssessRequest) -> dict[str, Any]:
    return assessed(body)[1].to_dict()


def assessed(body: AssessRequest) -> tuple[actions.AssessInput, Any]:
    """The body's input and its assessment; when the body sends ``text`` beside
    ``services``, the answer's notes say that the services were assessed and the text was
    not read (it is only echoed in ``profile.text``)."""
    with body_errors(body):
        inp = body.to_input()
        a = actions.assess(inp)
    if body.services and body.text and body.text.strip():
        from azadkar.exposure import TEXT_NOT_READ

        a = a.with_note(*TEXT_NOT_READ)
    return inp, a


@router.post(
    "/plan",
    summary="Assessment, 2026-2030 projection and adaptation plan",
    responses=ERRORS,
    dependencies=JSON_BODY,
)
def plan(body: AssessRequest) -> dict[str, Any]:
    inp, a = assessed(body)
    projected = actions.projection(a, inp)
    planned = actions.plan(a, projected, inp)
    if projected is None and planned is None:
        from azadkar.errors import EngineError

        raise EngineError("projection and plan are not available in this installation yet")
    return {
        "assessment": a.to_dict(),
        "projection": actions.to_plain(projected),
        "plan": actions.to_plain(planned),
    }


@router.post(
    "/report/{fmt}",
    summary="The assessment as a document: json, md, html or pdf",
    responses={
        200: {"content": {"application/pdf": {}, "text/html": {}, "text/markdown": {}}},
        **ERRORS,
    },
    dependencies=JSON_BODY,
)
def report(
    fmt: Literal["json", "md", "html", "pdf"],
    body: ReportRequest,
    lang: Annotated[
        Lang | None,
        Query(description="Language of the document: fa or en (or `lang` in the body)."),
    ] = None,
) -> Response:
    doc_lang = body.lang
    if "lang" not in body.model_fields_set and lang is not None:
        doc_lang = lang
    elif lang is not None and lang != body.lang:
        err = InputError(
            f"lang is {lang!r} in the query string but {body.lang!r} in the body; give it once",
            message_fa=f"{ltr('lang')} در نشانی {ltr(repr(lang))} است اما در بدنه "
            f"{ltr(repr(body.lang))}؛ آن را یک بار بفرستید",
            field="lang",
        )
        err.status = 422
        raise err
    inp, a = assessed(body)
    data = actions.render_report(a, fmt, doc_lang, inp)
    mime, ext = actions.REPORT_FORMATS[fmt]
    return Response(
        data,
        media_type=mime,
        headers={"content-disposition": f'attachment; filename="azadkar-assessment.{ext}"'},
    )


@router.post(
    "/disclose",
    summary="Disclosure statement and contract clauses",
    responses=ERRORS,
    dependencies=JSON_BODY,
)
def disclose(body: DiscloseRequest) -> dict[str, Any]:
    from azadkar.disclosure.clauses import share_conflict

    record = _catalogue_tool_names(_typed_numbers(body.record), keep=body.keep_tool_names)
    known_service(record, "record.service")
    options = _typed_numbers(body.clauses)
    with record_errors(record, "record"):
        report, clauses = actions.disclose(record, options)
    # What the CLI and the web form warn about, for API users too: each warning has a code
    # and its text in English and Persian (an empty list when there is nothing to say).
    warnings = []
    if body.clauses and (conflict := share_conflict(options, report.record)) is not None:
        warnings.append({"code": "share_conflict", **conflict})
    return {
        "disclosure": report.to_json_dict(),
        "clauses": {lang: actions.clauses_dict(c) for lang, c in clauses.items()},
        "warnings": warnings,
    }


KEEP = '"keep_tool_names": true'


def _record_field(prefix: str, loc: list[Any]) -> str:
    out = prefix
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else f".{part}"
    return out


@contextmanager
def record_errors(record: dict[str, Any], prefix: str) -> Iterator[None]:
    """A disclosure record that does not validate: each problem in ``errors`` as every other
    wrong-shape answer has it (``field`` such as ``record.tools[0].mode``, ``in``,
    ``message``, ``message_fa``), not the core's bare ``loc`` and ``msg``."""
    try:
        yield
    except DisclosureError as exc:
        found = exc.data.get("errors")
        if not isinstance(found, list) or not found:
            raise
        from pydantic import ValidationError

        from azadkar.disclosure.fa_errors import pydantic_message_fa
        from azadkar.disclosure.record import Disclosure

        fa_by_loc: dict[tuple[Any, ...], str] = {}
        try:
            Disclosure.model_validate(dict(record))
        except ValidationError as again:
            for e in again.errors(include_url=False):
                fa_by_loc.setdefault(tuple(e["loc"]), pydantic_message_fa(dict(e)))
        errors: list[dict[str, Any]] = []
        for e in found:
            loc = list(e.get("loc") or [])
            field = _record_field(prefix, loc)
            msg = str(e.get("msg", "")).removeprefix("Value error, ")
            fa = fa_by_loc.get(tuple(loc))
            errors.append(
                {
                    "field": field,
                    "in": "body",
                    "message": f"{field}: {msg}",
                    "message_fa": f"{ltr(field)}: {fa}" if fa else None,
                }
            )
        exc.message = "invalid disclosure record: " + "; ".join(str(e["message"]) for e in errors)
        if all(e["message_fa"] for e in errors):
            exc.message_fa = "افشانامه نامعتبر است: " + "؛ ".join(
                str(e["message_fa"]) for e in errors
            )
        exc.data["errors"] = errors
        exc.data.setdefault("field", errors[0]["field"])
        raise


def known_service(record: dict[str, Any], field: str) -> None:
    """A disclosure record's ``service`` is a taxonomy id, as ``azadkar disclose --service``
    checks: an unknown one is a 422 naming the field, with the closest ids (it was recorded
    as sent, and the disclosure named a service that does not exist)."""
    sid = record.get("service")
    if not isinstance(sid, str) or not sid.strip():
        return  # none given, or not text: the record's own validation says what is wrong
    from azadkar.taxonomy import get_service

    try:
        get_service(sid)
    except UnknownServiceError as exc:
        raise unknown_service_at(exc, field) from None


def unknown_service_at(exc: UnknownServiceError, field: str) -> UnknownServiceError:
    """``exc`` as the API answers it: a 422 naming the request ``field``, pointing to the
    API's services endpoint (the core's hint names the CLI command) in both languages."""
    from azadkar.taxonomy import SERVICES_HINT

    core = exc.message.replace(SERVICES_HINT, "").rstrip()
    err = UnknownServiceError(
        f"{field}: {core} List the services with {SERVICES_LIST}.",
        message_fa=f"{ltr(field)}: {exc.text('fa')} فهرست خدمت‌ها: "
        f"{ltr('GET /api/services')} (جست‌وجو: {ltr('GET /api/services?q=…')})",
        **{**exc.data, "field": field},
    )
    err.status = 422
    return err


# The whole-number fields of a disclosure record and of the clause options; the shares
# may carry a % sign.
_RECORD_NUMBERS = {"ai_share": True, "max_ai_share": True, "dispute_days": False}


def _typed_numbers(fields: dict[str, Any]) -> dict[str, Any]:
    """``fields`` with the numbers among them sent as text read as numbers (``typed_number``)."""
    out = dict(fields)
    for key, percent in _RECORD_NUMBERS.items():
        if key in out:
            out[key] = typed_number(out[key], percent=percent)
    return out


def _catalogue_tool_names(record: dict[str, Any], *, keep: bool) -> dict[str, Any]:
    """The record with each tool named as the CLI names it: a catalogue id for a name the
    catalogue knows in any case or spelling ("ChatGPT", «چت جی پی تی»); a 422 with the
    closest tools for a likely typo ("chatgbt"), unless ``keep``; any other name as written.
    """
    from azadkar.disclosure.tool_names import likely_typos, match_tool, typo_error

    uses = record.get("tools")
    if not isinstance(uses, list):
        return record  # the record's own validation says what is wrong
    out: list[Any] = []
    for use in uses:
        name = use.get("tool") if isinstance(use, dict) else None
        if isinstance(name, str) and name.strip():
            tool = match_tool(name)
            if tool is not None:
                use = {**use, "tool": tool.id}
        out.append(use)
    unknown = [] if keep else likely_typos(out, "record.tools")
    if unknown:
        raise typo_error(
            unknown,
            f"Send the catalogue id, or {KEEP} to record the names as written.",
            f"شناسهٔ فهرست را بفرستید، یا با {ltr(KEEP)} نام را همان‌طور که نوشته‌اید ثبت کنید.",
        )
    return {**record, "tools": out}


def _disclosure_field(text: str | None) -> dict[str, Any] | None:
    if not text or not text.strip():
        return None
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        raise DisclosureError(
            f"the 'disclosure' field is not JSON: {exc.msg} at line {exc.lineno}, "
            f"column {exc.colno}",
            message_fa=f"فیلد {ltr('disclosure')} JSON معتبر نیست: {problems.json_why_fa(exc.msg)} در سطر "
            f"{num(exc.lineno, 'fa')}، ستون {num(exc.colno, 'fa')}",
            field="disclosure",
        ) from None
    if not isinstance(value, dict):
        raise DisclosureError(
            "the 'disclosure' field must be a JSON object (a disclosure record)",
            message_fa=f"فیلد {ltr('disclosure')} باید یک شیء JSON باشد (یک افشانامه)",
            field="disclosure",
        )
    known_service(value, "disclosure.service")
    return _typed_numbers(value)


@router.post(
    "/credentials/sign",
    summary="Embed signed content credentials (C2PA) in a PNG, JPEG or PDF",
    responses={
        200: {"content": {"image/png": {}, "image/jpeg": {}, "application/pdf": {}}},
        **ERRORS,
    },
    dependencies=MULTIPART_BODY,
)
async def sign(
    request: Request,
    file: Annotated[UploadFile, File(description="PNG, JPEG or PDF (checked by content)")],
    disclosure: Annotated[str | None, Form(description="A disclosure record as JSON")] = None,
) -> Response:
    state = request.app.state.azadkar
    data = await file.read()
    check_size(data, state.settings.max_upload_bytes, "file")
    sniffed = check_type(data, SIGNABLE, "file")
    record = _disclosure_field(disclosure)
    from starlette.concurrency import run_in_threadpool

    with record_errors(record or {}, "disclosure"):
        signed = await run_in_threadpool(
            actions.sign, state.credentials, data, sniffed, file.filename, record
        )
    return Response(
        signed.data,
        media_type=signed.mime,
        headers={
            "content-disposition": f'attachment; filename="{_ascii_name(signed.name)}"',
            "x-azadkar-digital-source-type": signed.summary["digital_source_type"],
            "x-azadkar-test-only": "true" if signed.summary["test_only"] else "false",
        },
    )


def _ascii_name(name: str) -> str:
    safe = "".join(ch if ch.isascii() and (ch.isalnum() or ch in "._-") else "_" for ch in name)
    return safe or "signed"


@router.post(
    "/credentials/verify",
    summary="Read and check a file's content credentials",
    responses=ERRORS,
    dependencies=MULTIPART_BODY,
)
async def verify(
    request: Request,
    file: Annotated[UploadFile, File(description="PNG, JPEG or PDF (checked by content)")],
) -> dict[str, Any]:
    state = request.app.state.azadkar
    data = await file.read()
    check_size(data, state.settings.max_upload_bytes, "file")
    sniffed = check_type(data, SIGNABLE, "file")
    from starlette.concurrency import run_in_threadpool

    return await run_in_threadpool(actions.verify, state.credentials, data, sniffed, file.filename)


@router.post(
    "/market/ingest",
    summary="Add a postings file to the market store",
    responses=ERRORS,
    dependencies=MULTIPART_BODY,
)
async def market_ingest(
    request: Request,
    file: Annotated[
        UploadFile, File(description="CSV, JSON Lines, JSON, Excel (.xlsx) or Parquet postings")
    ],
    lang: Annotated[
        Lang | None,
        Form(description="fa or en, as `?lang=`; errors carry both (detail, detail_fa)."),
    ] = None,
) -> dict[str, Any]:
    state = request.app.state.azadkar
    data = await file.read()
    check_size(data, state.settings.max_upload_bytes, "postings file")
    sniffed = check_type(data, POSTINGS, "postings file")
    from starlette.concurrency import run_in_threadpool

    return await run_in_threadpool(state.market.ingest, data, sniffed, file.filename)


@router.get("/market/status", summary="Files and row counts in the market store")
def market_status(request: Request) -> dict[str, Any]:
    return request.app.state.azadkar.market.status()


@router.get("/market/indicators", summary="Market indicators over the store", responses=ERRORS)
def market_indicators(request: Request) -> dict[str, Any]:
    out = request.app.state.azadkar.market.indicators()
    if out is None:
        raise InputError(
            "the market store is empty: ingest a postings file first (POST /api/market/ingest)",
            message_fa="انبارهٔ بازار خالی است: نخست یک فایل آگهی وارد کنید "
            f"({ltr('POST /api/market/ingest')})",
        )
    return out


@router.get("/claims", summary="The report's claims, checked against evidence")
def claims(request: Request) -> dict[str, Any]:
    return request.app.state.azadkar.claims()


@router.get("/evidence", summary="Sources, licences and versions of the shipped data")
def evidence() -> dict[str, Any]:
    return actions.evidence_summary()


__all__ = ["router"]
