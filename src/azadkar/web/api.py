"""The JSON API: the library's functions over HTTP, documented at ``/openapi.json``."""

from __future__ import annotations

import json
from typing import Annotated, Any, Literal

from fastapi import APIRouter, File, Form, Query, Request, UploadFile
from fastapi.responses import Response
from pydantic import BaseModel, ConfigDict, Field

from azadkar.errors import DisclosureError, InputError
from azadkar.web import actions
from azadkar.web.uploads import POSTINGS, SIGNABLE, check_size, check_type

router = APIRouter(prefix="/api")

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

Currency = Literal["USD", "IRR", "toman"]
Lang = Literal["fa", "en"]
MAX_TEXT = 20_000


class ServiceShare(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: str = Field(min_length=1, max_length=80, examples=["logo_design"])
    share: float | None = Field(
        default=None,
        gt=0,
        le=100,
        description="Percent of working time; blank shares split what is left equally.",
    )


class AssessRequest(BaseModel):
    """Either ``text`` (your work in your own words) or ``services``; services win."""

    model_config = ConfigDict(
        extra="forbid",
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
    currency: Currency = "USD"
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
            scenario=actions.check_scenario(self.scenario),
            monthly_costs=self.monthly_costs,
            billable_hours=self.billable_hours,
        )


class ReportRequest(AssessRequest):
    lang: Lang = "en"


class ClassifyRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    text: str = Field(max_length=MAX_TEXT, examples=["طراحی لوگو و مدیریت پیج اینستاگرام"])


class DiscloseRequest(BaseModel):
    """``record``: the disclosure record (see azadkar's disclosure JSON Schema);
    ``clauses``: contract-clause options."""

    model_config = ConfigDict(
        extra="forbid",
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


@router.post("/classify", summary="What a free text describes", responses=ERRORS)
def classify(body: ClassifyRequest) -> dict[str, Any]:
    c = actions.classify_text(body.text)
    out = dict(c.to_dict())
    out["profile"] = [{"id": s, "share": p} for s, p in actions.understood_services(c)]
    return out


@router.post(
    "/assess",
    summary="Exposure of a profile to generative AI (the assess JSON)",
    responses=ERRORS,
)
def assess(body: AssessRequest) -> dict[str, Any]:
    return actions.assess(body.to_input()).to_dict()


@router.post(
    "/plan", summary="Assessment, 2026-2030 projection and adaptation plan", responses=ERRORS
)
def plan(body: AssessRequest) -> dict[str, Any]:
    inp = body.to_input()
    a = actions.assess(inp)
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
)
def report(fmt: Literal["json", "md", "html", "pdf"], body: ReportRequest) -> Response:
    inp = body.to_input()
    a = actions.assess(inp)
    data = actions.render_report(a, fmt, body.lang, inp)
    mime, ext = actions.REPORT_FORMATS[fmt]
    return Response(
        data,
        media_type=mime,
        headers={"content-disposition": f'attachment; filename="azadkar-assessment.{ext}"'},
    )


@router.post("/disclose", summary="Disclosure statement and contract clauses", responses=ERRORS)
def disclose(body: DiscloseRequest) -> dict[str, Any]:
    report, clauses = actions.disclose(body.record, body.clauses)
    return {
        "disclosure": report.to_json_dict(),
        "clauses": {lang: actions.clauses_dict(c) for lang, c in clauses.items()},
    }


def _disclosure_field(text: str | None) -> dict[str, Any] | None:
    if not text or not text.strip():
        return None
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        raise DisclosureError(
            f"the 'disclosure' field is not JSON: {exc.msg} at line {exc.lineno}"
        ) from None
    if not isinstance(value, dict):
        raise DisclosureError("the 'disclosure' field must be a JSON object (a disclosure record)")
    return value


@router.post(
    "/credentials/sign",
    summary="Embed signed content credentials (C2PA) in a PNG, JPEG or PDF",
    responses={
        200: {"content": {"image/png": {}, "image/jpeg": {}, "application/pdf": {}}},
        **ERRORS,
    },
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
    "/credentials/verify", summary="Read and check a file's content credentials", responses=ERRORS
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


@router.post("/market/ingest", summary="Add a postings file to the market store", responses=ERRORS)
async def market_ingest(
    request: Request,
    file: Annotated[
        UploadFile, File(description="CSV, JSON Lines, JSON, Excel (.xlsx) or Parquet postings")
    ],
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
            "the market store is empty: ingest a postings file first (POST /api/market/ingest)"
        )
    return out


@router.get("/claims", summary="The report's claims, checked against evidence")
def claims(request: Request) -> dict[str, Any]:
    return request.app.state.azadkar.claims()


@router.get("/evidence", summary="Sources, licences and versions of the shipped data")
def evidence() -> dict[str, Any]:
    return actions.evidence_summary()


__all__ = ["router"]
