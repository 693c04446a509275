"""The JSON API: the library's functions over HTTP, documented at ``/openapi.json``."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, File, Form, Path, Query, Request, UploadFile
from fastapi.responses import Response
from pydantic import BaseModel, ConfigDict, Field, field_validator

from azadkar.errors import DisclosureError, InputError, ProfileError, UnknownServiceError
from azadkar.report.strings import num
from azadkar.web import actions, problems
from azadkar.web.problems import ltr
from azadkar.web.uploads import POSTINGS, SIGNABLE, check_size, check_type

router = APIRouter(prefix="/api", dependencies=[Depends(problems.check_lang)])

# ----------------------------------------------------------------------------- examples
# One source for each example of the OpenAPI document (and so of the /docs page's curl
# commands, built from the request examples): a field's example and its model's are the
# same object, and the batch's item is the one-text answer less what a batch leaves out.

EXAMPLE_TEXT_EN = "I design logos and manage Instagram pages for cafés"
EXAMPLE_TEXT_FA = "طراحی لوگو و مدیریت پیج اینستاگرام"
# The shipped classifier's version when the examples were written; /api/cite and every
# answer's `model_version` give the running one.
EXAMPLE_MODEL_VERSION = "a81f363ec7141000-sklearn1.9.1"

EXAMPLE_FIELD_PROBLEM: dict[str, Any] = {
    "field": "services[0].share",
    "in": "body",
    "message": 'services[0].share: must be a number, not "abc"',
    "message_fa": '\u2066services[0].share\u2069: باید عدد باشد، نه \u2066"abc"\u2069',
}

EXAMPLE_PROBLEMS: list[Any] = [
    {
        "type": "urn:azadkar:problem:unknown_service",
        "title": "Unprocessable Content",
        "status": 422,
        "detail": "services[0]: unknown service id 'logo'. Did you mean: "
        "logo_design, animation, blog_content? List the services with "
        "GET /api/services.",
        "detail_fa": "\u2066services[0]\u2069: شناسهٔ خدمت «logo» شناخته نشد.",
        "field": "services[0]",
        "service": "logo",
        "suggestions": ["logo_design", "animation", "blog_content"],
    },
    {
        "type": "urn:azadkar:problem:invalid_request",
        "title": "Unprocessable Content",
        "status": 422,
        "detail": f"The request does not have the expected shape: "
        f"{EXAMPLE_FIELD_PROBLEM['message']}.",
        "detail_fa": f"درخواست شکل درستی ندارد: {EXAMPLE_FIELD_PROBLEM['message_fa']}.",
        "errors": [EXAMPLE_FIELD_PROBLEM],
    },
]

EXAMPLE_BATCH_TEXT = "Logo design for a bakery"
EXAMPLE_CLASSIFICATION: dict[str, Any] = {
    "text": EXAMPLE_BATCH_TEXT,
    "lang": "en",
    "normalized": EXAMPLE_BATCH_TEXT,
    "category": "design",
    "category_confidence": 0.99999887,
    "services": [{"service": "logo_design", "confidence": 0.99998116}],
    "evidence": ["Logo design"],
    "engine": "fast",
    "model_version": EXAMPLE_MODEL_VERSION,
    "flags": [],
    "ignored": [],
    "unsure": [],
    "reading": "",
    "context": [],
    "finglish_unsure": False,
    "profile": [{"id": "logo_design", "share": 100.0}],
}
# What a batch's item leaves out of a one-text answer (the batch names engine and model
# once; `evidence` needs the slower one-text path).
BATCH_LEAVES_OUT = ("text", "normalized", "evidence", "engine", "model_version")
EXAMPLE_ITEM_ERROR: dict[str, Any] = {
    "field": "texts[1]",
    "message": "texts[1]: must be a string, not a number",
    "message_fa": "\u2066texts[1]\u2069: باید رشته باشد، نه عدد",
}
EXAMPLE_BATCH: dict[str, Any] = {
    "engine": "fast",
    "model_version": EXAMPLE_MODEL_VERSION,
    "count": 2,
    "classified": 1,
    "failed": 1,
    "results": [
        {
            "index": 0,
            "error": None,
            **{k: v for k, v in EXAMPLE_CLASSIFICATION.items() if k not in BATCH_LEAVES_OUT},
        },
        {"index": 1, "error": EXAMPLE_ITEM_ERROR},
    ],
}


# POST /api/market/compare: a Jalali year against the next, as an analyst in Tehran asks it
# (the slice syntax of GET /api/market/indicators, for each side).
EXAMPLE_COMPARE: dict[str, Any] = {
    "a": {"since": "1402", "until": "1402", "label": "1402"},
    "b": {"since": "1403", "until": "1403", "label": "1403"},
}


class FieldProblem(BaseModel):
    """One thing wrong in a request, named by its place in it."""

    field: str = Field(
        description="Where: `services[0].share`, `texts[3]`, `record.tools[0].mode`, "
        "`body` for the body as a whole.",
        examples=[EXAMPLE_FIELD_PROBLEM["field"]],
    )
    in_: str = Field(
        alias="in",
        description="body, query or form",
        examples=[EXAMPLE_FIELD_PROBLEM["in"]],
    )
    message: str = Field(
        description="What is wrong, in the language asked for (`?lang=`, `Accept-Language`).",
        examples=[EXAMPLE_FIELD_PROBLEM["message"]],
    )
    message_fa: str | None = Field(default=None, description="The same in Persian.")
    message_en: str | None = Field(
        default=None, description="The same in English (when `message` is in Persian)."
    )


class Problem(BaseModel):
    """An error as RFC 9457 problem details (`application/problem+json`).

    ``detail`` is in the language the request asked for: ``?lang=fa`` or ``?lang=en``,
    else the app's language cookie, else ``Accept-Language`` (English by default);
    ``detail_fa`` is always there when the message has a Persian wording, and
    ``detail_en`` is added when ``detail`` is Persian. The answer's ``Content-Language``
    header names the language of ``detail``. Other members carry the data of the error:
    ``field`` (where in the request), ``suggestions`` (did-you-mean ids), ``errors`` (each
    problem of a request of the wrong shape)."""

    model_config = ConfigDict(extra="allow", json_schema_extra={"examples": EXAMPLE_PROBLEMS})

    type: str = Field(
        description="`urn:azadkar:problem:<code>` (e.g. `invalid_request`, "
        "`unknown_service`, `profile_error`, `unsupported_media_type`), or `about:blank` "
        "for a plain HTTP status.",
    )
    title: str = Field(description="The HTTP status's name (RFC 9110), in English.")
    status: int = Field(description="The HTTP status code, as in the answer's status line.")
    detail: str = Field(description="What was wrong and where, for a person.")
    detail_fa: str | None = Field(default=None, description="`detail` in Persian.")
    detail_en: str | None = Field(
        default=None, description="`detail` in English, when `detail` is Persian."
    )
    field: str | None = Field(
        default=None, description="The place in the request that is wrong, when one is."
    )
    suggestions: list[str] | None = Field(
        default=None, description="The closest ids to an unknown one (did you mean)."
    )
    errors: list[FieldProblem] | None = Field(
        default=None, description="A request of the wrong shape: every problem in it."
    )


_STATUS_WHEN = {
    400: "The request cannot be used as sent (e.g. service shares that do not add up to "
    "100%, neither `text` nor `services`).",
    404: "Nothing at this address.",
    413: "The body is larger than this server accepts (256 KB for JSON, 20 MB for uploads).",
    415: "The body is not of the media type this address takes.",
    422: "A value in the request is wrong (wrong type, out of range, unknown id, not JSON): "
    "`field` or `errors[].field` says where.",
    503: "A part of azadkar this answer needs is not available on this installation.",
}


def problem_responses(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """The error answers an operation can give, each documented as problem+json."""
    return {
        status: {
            "description": _STATUS_WHEN[status],
            "model": Problem,
            "content": {"application/problem+json": {}},
        }
        for status in statuses
    }


ERRORS = problem_responses(400, 413, 415, 422)
UPLOAD_ERRORS = problem_responses(400, 413, 415, 422)
QUERY_ERRORS = problem_responses(422)

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
    id: str = Field(
        min_length=1,
        max_length=80,
        description="A service id (GET /api/services lists them).",
        examples=["logo_design"],
    )
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
                {"text": EXAMPLE_TEXT_EN},
            ]
        },
    )

    text: str | None = Field(
        default=None,
        max_length=MAX_TEXT,
        description="Your work in your own words, Persian or English (read by the classifier "
        "when `services` is empty).",
        examples=[EXAMPLE_TEXT_EN],
    )
    services: list[str | ServiceShare] = Field(
        default_factory=list,
        max_length=30,
        description='Services with their share of your working time in **percent**: "id:60" '
        'or {"id": "...", "share": 60}; shares left out split what is left equally. '
        "/api/classify's `profile` is such a list.",
    )
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
    hours_per_week: float = Field(
        default=40.0,
        gt=0,
        le=100,
        description="Working hours a week (left out: 40, and the projection says it was assumed).",
    )
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
    plan_year: int = Field(
        default=2027,
        ge=2026,
        le=2030,
        description="Year the plan's AI shares and prices refer to, 2026-2030 (as `--plan-year`).",
    )
    work_language: str | None = Field(
        default=None,
        description='Language(s) you work in: "fa", "en" or "fa,en" (as `--work-language`). '
        "Tools for text work are checked against it. Default: the language of `text` (and "
        "any of the two it names); the plan says which it assumed and why.",
        examples=["fa"],
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
            plan_year=self.plan_year,
            work_language=self._work_language(),
        )

    def _work_language(self) -> str | None:
        """``work_language`` checked here, so that a wrong one is a 422 naming the field."""
        if self.work_language is None:
            return None
        from azadkar.errors import ProfileError
        from azadkar.plan import parse_work_language

        try:
            return ",".join(parse_work_language(self.work_language))
        except ProfileError as exc:
            raise ProfileError(str(exc), message_fa=exc.message_fa, field="work_language") from exc


class ReportRequest(AssessRequest):
    lang: Lang = Field(default="en", description="Language of the document: fa or en.")


MAX_BATCH = 1000


class ClassifyRequest(Body):
    """``text`` for one text, or ``texts`` for a batch of up to 1,000 (not both).

    A batch reports each text's problem in its own item (``texts[3]`` is a number, or
    longer than 20,000 characters) and classifies the others; an empty text or ``null``
    is classified as ``other`` with the flag ``empty``, as the CLI does with empty cells.
    """

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {"text": EXAMPLE_TEXT_FA},
                {"texts": [EXAMPLE_BATCH_TEXT, "ترجمه مقاله انگلیسی", ""]},
            ]
        }
    )

    text: str | None = Field(
        default=None,
        max_length=MAX_TEXT,
        description="One text (a job title, a post, a freelancer's own words), Persian or "
        "English; at most 20,000 characters.",
        examples=[EXAMPLE_TEXT_FA],
    )
    texts: list[Any] | None = Field(
        default=None,
        min_length=1,
        max_length=MAX_BATCH,
        description="A batch: up to 1,000 texts (strings; `null` counts as empty). The "
        "answer has one item per text, in order, each with its `index`; a text that cannot "
        "be classified (not a string, over 20,000 characters) gets an `error` naming "
        "`texts[i]` and the others are classified. The whole body stays under the server's "
        "JSON limit (256 KB by default): send a longer list in several requests.",
        json_schema_extra={"items": {"type": ["string", "null"]}},
    )


class ServiceConfidence(BaseModel):
    service: str = Field(description="A service id of the taxonomy (GET /api/services).")
    confidence: float = Field(
        description="Calibrated probability, 0 to 1 (a fraction, not a percent), 4 decimals."
    )


class ProfileShare(BaseModel):
    id: str = Field(description="A service id of the taxonomy.")
    share: float = Field(
        description="Percent of working time (0 to 100, summing to 100): the unit "
        "`services[].share` takes in /api/assess, so this list can be sent there as "
        "`services` as it is."
    )


class ClassificationFields(BaseModel):
    lang: str = Field(
        description="`fa`, `en`, `mixed`, `fa-Latn` (Persian in Latin letters, "
        '"Finglish") or `und` (no words).'
    )
    category: str = Field(description="One of the ten top-level category ids (`other` too).")
    category_confidence: float = Field(
        description="Calibrated probability of `category`, 0 to 1 (a fraction)."
    )
    services: list[ServiceConfidence] = Field(description="Services named, best first.")
    flags: list[str] = Field(
        description="What was wrong with the input: `empty`, `binary`, `no_words`, "
        "`too_long`, `unknown_words` (the CLI's file output joins them with `;` in its "
        "`flag` column)."
    )
    ignored: list[str] = Field(
        description='Parts set aside as terms of work and not read ("paid hourly").'
    )
    context: list[str] = Field(
        default_factory=list,
        description="For a job post: its sentences set aside as context and not read (what "
        "is already done or not wanted, who the company is), as written; else [].",
    )
    unsure: list[str] = Field(
        description="The two best services when the text does not tell them apart, else []."
    )
    reading: str = Field(
        description="For `fa-Latn` text, the text as the classifier read it in Persian "
        "script (words it could not render stay as written); else empty."
    )
    finglish_unsure: bool = Field(
        description="True when a `fa-Latn` text was read with low confidence, no service "
        "or a near-tie: Persian or English script would be read better."
    )
    profile: list[ProfileShare] = Field(
        description="The services at least as likely as not (or the best one), as shares "
        "of the working time in percent: ready to send to /api/assess as `services`. The "
        "library's `Classification.profile` gives the same as fractions of 1."
    )


class ClassificationAnswer(ClassificationFields):
    """``Classification.to_dict()`` (as `azadkar classify --format json`), plus ``profile``."""

    model_config = ConfigDict(json_schema_extra={"examples": [EXAMPLE_CLASSIFICATION]})

    text: str = Field(description="The text as read (control characters made spaces).")
    normalized: str = Field(description="The text after Persian normalisation.")
    evidence: list[str] = Field(description="The words that decided, strongest first.")
    engine: str = Field(description="`fast`, `embed` or `combined`.")
    model_version: str = Field(description="The model's version (hash of its files).")


class ItemError(BaseModel):
    field: str = Field(description="`texts[i]`", examples=[EXAMPLE_ITEM_ERROR["field"]])
    message: str
    message_fa: str


class BatchItem(ClassificationFields):
    """One text of a batch: its classification, or ``error`` and nothing else."""

    index: int = Field(description="Position of the text in `texts`, from 0.")
    error: ItemError | None = Field(
        default=None, description="Why this text was not classified; null when it was."
    )
    lang: str | None = None  # type: ignore[assignment]
    category: str | None = None  # type: ignore[assignment]
    category_confidence: float | None = None  # type: ignore[assignment]
    services: list[ServiceConfidence] | None = None  # type: ignore[assignment]
    flags: list[str] | None = None  # type: ignore[assignment]
    ignored: list[str] | None = None  # type: ignore[assignment]
    context: list[str] | None = None  # type: ignore[assignment]
    unsure: list[str] | None = None  # type: ignore[assignment]
    reading: str | None = None  # type: ignore[assignment]
    finglish_unsure: bool | None = None  # type: ignore[assignment]
    profile: list[ProfileShare] | None = None  # type: ignore[assignment]


class BatchAnswer(BaseModel):
    """A batch's classifications, one item per text, in order."""

    model_config = ConfigDict(json_schema_extra={"examples": [EXAMPLE_BATCH]})

    engine: str
    model_version: str
    count: int = Field(description="Texts sent.")
    classified: int = Field(description="Texts classified (flagged ones included).")
    failed: int = Field(description="Texts with an `error`.")
    results: list[BatchItem]


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

    record: dict[str, Any] = Field(
        description="The disclosure record: title, ai_share (percent of the work), "
        "human_review, tools ([{tool, mode, purpose}]), modality, service, initiative, "
        "author, client, date, notes ... (azadkar's disclosure JSON Schema; "
        "`azadkar disclose --help`)."
    )
    clauses: dict[str, Any] = Field(
        default_factory=dict,
        description="Contract-clause options: freelancer, client, permitted_tools, "
        "permitted_uses, prohibited_uses, max_ai_share (percent), ownership, jurisdiction, "
        "governing_law, dispute_days, platform; empty for the defaults.",
    )
    keep_tool_names: bool = Field(
        default=False,
        description='Record a tool name that is close to a catalogue tool ("chatgbt") as '
        "written instead of refusing it with a suggestion (as `--keep-tool-names`).",
    )


class ServiceEntry(BaseModel):
    id: str = Field(description="The service id to send in `services`.")
    category: str = Field(description="Its top-level category id.")
    en: str
    fa: str
    description_en: str
    description_fa: str


class AssessAnswer(BaseModel):
    """``Assessment.to_dict()``: the fields of ``azadkar assess --format json`` without
    ``projection`` and ``plan``. Shares and exposures are fractions of 1 here (0.7 is 70%),
    as in the library and the CLI's JSON; requests take shares in percent."""

    model_config = ConfigDict(extra="allow")

    schema_: str = Field(alias="schema", description="`azadkar.assessment/1`")
    profile: dict[str, Any] = Field(
        description="What was assessed: `services` ([{id, share}], share a fraction of 1), "
        "`rate`, `currency` (as read: `USD`, `IRR`, `toman`, `CAD` ...), `hours_per_week`, "
        "`text`."
    )
    exposure: dict[str, Any] = Field(
        description="`human` and `gpt4`: {alpha, beta, gamma}, fractions of 1 of the "
        "time-weighted tasks exposed to LLMs (GPTs-are-GPTs labels); `n_tasks`, "
        "`disagreement`."
    )
    layers: dict[str, Any] = Field(
        description="The same exposure for each layer: execution, ideation, audience, client."
    )
    layer_time: dict[str, float] = Field(description="Each layer's fraction of the time.")
    layer_names: dict[str, Any] = Field(description="Each layer's name in en and fa.")
    applicability: dict[str, Any] = Field(
        description="Microsoft's AI applicability score (0 to 1) and its evidence."
    )
    services: list[dict[str, Any]] = Field(
        description="Per service: share, exposure, layers and every O*NET task with both "
        "labels and its evidence."
    )
    understood: dict[str, Any] | None = Field(
        description="For `text`: the classification it was read with; else null."
    )
    method: dict[str, str]
    sources: list[dict[str, Any]]
    notes: list[str]
    notes_fa: list[str]


class PlanAnswer(BaseModel):
    """The assessment, the 2026-2030 projection and the plan, as ``azadkar assess
    --format json`` has them. Money is in ``projection.currency`` (the request's), per
    month for income and per hour for rates; ``plan.pricing.floor_rate_all`` and
    ``rate_all`` add other currencies when an exchange rate is known."""

    assessment: AssessAnswer
    projection: dict[str, Any] = Field(
        description="`scenario`, `currency`, `rate`, `baseline`, `years` (each: stay, "
        "adapt, ai_share with low/central/high), `units` (what each number is in), "
        "`parameters` (each with its source and status: cited, measured or assumption)."
    )
    plan: dict[str, Any] = Field(
        description="`tasks` (automate / supervise / keep, with tools), `roles`, "
        "`human_skills`, `pricing` (floor price, effective rates; its `formulas`), `rules`."
    )


class DiscloseAnswer(BaseModel):
    disclosure: dict[str, Any] = Field(
        description="The record, its AI Attribution statement, client sentence, IPTC "
        "digital source type and EU AI Act notes."
    )
    clauses: dict[str, Any] = Field(description="The contract clauses, `fa` and `en`.")
    warnings: list[dict[str, Any]] = Field(
        description="`[{code, en, fa}]`, e.g. `share_conflict`; empty when none."
    )


class Health(BaseModel):
    status: Literal["ok"]
    version: str


#: Models only named in the OpenAPI document (answers built as plain dicts).
DOC_MODELS: tuple[type[BaseModel], ...] = (ClassificationAnswer, BatchAnswer, Problem)


def documented(model: type[BaseModel], description: str) -> dict[int | str, dict[str, Any]]:
    """A 200 answer described by ``model`` in the OpenAPI document (not re-validated)."""
    return {200: {"model": model, "description": description}}


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
            exc.data.setdefault("field", _profile_field(body, exc.data))
            if exc.data["field"] is None:
                del exc.data["field"]
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


def _profile_field(body: AssessRequest, data: dict[str, Any]) -> str | None:
    """Where in the body a profile error is: the service spec it names (``services[1]``,
    the second of a service given twice), or ``services`` for shares that do not add up."""
    ids = [
        (item.split(":")[0].strip() if isinstance(item, str) else item.id) for item in body.services
    ]
    if isinstance(data.get("spec"), str):
        for i, item in enumerate(body.services):
            if isinstance(item, str) and item.strip() == data["spec"].strip():
                return f"services[{i}]"
    if isinstance(data.get("service"), str) and ids.count(data["service"]) > 1:
        return f"services[{[i for i, s in enumerate(ids) if s == data['service']][1]}]"
    if "shares" in data:
        return "services"
    return None


@router.get(
    "/services",
    summary="The taxonomy's services (search in Persian or English)",
    description="Every service id `/api/assess` takes, with its category and names; `q` "
    "keeps those whose names, descriptions or synonyms match the words (an empty list when "
    "none does).",
    response_model=list[ServiceEntry],
    responses=QUERY_ERRORS,
)
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
    "/classify",
    summary="What a free text describes (one text, or a batch of up to 1,000)",
    description="Send `text` for one text: the answer is its classification (category, "
    "services with calibrated confidences, the words that decided, the model version) and "
    "`profile`, the services as percents of working time ready for `/api/assess`. Send "
    "`texts` (up to 1,000) for a batch: the answer is `{count, classified, failed, "
    "results}`, one item per text in order, without the per-text `evidence` (ask for one "
    "text to see it); a text that cannot be classified gets an `error` and does not stop "
    "the others. A batch is classified in one pass of the model (thousands of texts a "
    "second), much faster than one request per text.",
    responses={
        200: {
            "description": "One classification (`text`), or the batch (`texts`).",
            "content": {
                "application/json": {
                    "schema": {
                        "anyOf": [
                            {"$ref": "#/components/schemas/ClassificationAnswer"},
                            {"$ref": "#/components/schemas/BatchAnswer"},
                        ]
                    }
                }
            },
        },
        **ERRORS,
    },
    response_model=None,
    dependencies=JSON_BODY,
)
def classify(body: ClassifyRequest) -> Any:
    if body.text is not None and body.texts is not None:
        raise _request_error(
            "texts",
            "give either text (one text) or texts (a list), not both",
            f"یا {ltr('text')} (یک متن) یا {ltr('texts')} (فهرست متن‌ها)، نه هر دو",
        )
    if body.texts is not None:
        from fastapi.responses import JSONResponse

        # Plain JSON values already: no need for FastAPI's encoder, which walks every item
        # of a large batch again.
        return JSONResponse(classify_batch(body.texts))
    if body.text is None:
        raise _request_error(
            "text",
            "is required: send text (one text) or texts (a list of up to 1,000)",
            f"لازم است: {ltr('text')} (یک متن) یا {ltr('texts')} (فهرستی تا "
            f"{num(MAX_BATCH, 'fa')} متن) را بفرستید",
        )
    c = actions.classify_text(body.text)
    out = dict(c.to_dict())
    out["profile"] = profile_percent(actions.understood_services(c))
    return out


def profile_percent(shares: list[tuple[str, float]]) -> list[dict[str, Any]]:
    """Services and their fractions of the time as ``/api/assess`` takes them: percents.

    The fractions are rounded to 4 decimals and may sum to 0.9999; the largest share takes
    the rest so that the percents sum to 100 exactly and the list is accepted as sent."""
    percents = [round(p * 100, 2) for _, p in shares]
    if percents:
        percents[0] = round(percents[0] + round(100 - sum(percents), 2), 2)
    return [{"id": s, "share": pct} for (s, _), pct in zip(shares, percents, strict=True)]


def _request_error(field: str, en: str, fa: str) -> InputError:
    """A 422 about one field of the body, shaped as a validation error (``errors``)."""
    message, message_fa = f"{field}: {en}", f"{ltr(field)}: {fa}"
    err = InputError(
        f"The request does not have the expected shape: {message}.",
        message_fa=f"درخواست شکل درستی ندارد: {message_fa}.",
        field=field,
        errors=[{"field": field, "in": "body", "message": message, "message_fa": message_fa}],
    )
    err.status = 422
    err.code = "invalid_request"
    return err


def _item_error(i: int, value: Any) -> dict[str, str] | None:
    """Why ``texts[i]`` cannot be classified, in English and Persian; None when it can."""
    field = f"texts[{i}]"
    if value is None or isinstance(value, str):
        if value is not None and len(value) > MAX_TEXT:
            en = (
                f"is too long: at most {num(MAX_TEXT, 'en')} characters, "
                f"not {num(len(value), 'en')}"
            )
            fa = (
                f"بیش از حد بلند است: حداکثر {num(MAX_TEXT, 'fa')} نویسه، "
                f"نه {num(len(value), 'fa')}"
            )
        else:
            return None
    else:
        kind, kind_fa = problems.value_kind(value)
        en, fa = f"must be a string, not {kind}", f"باید رشته باشد، نه {kind_fa}"
    return {"field": field, "message": f"{field}: {en}", "message_fa": f"{ltr(field)}: {fa}"}


def classify_batch(texts: list[Any]) -> dict[str, Any]:
    """Each text's classification in one pass of the model (``classify_many``), each bad
    text's error in its own item: one wrong text never fails the batch."""
    from azadkar.text import Classification, classify_many, load_classifier

    errors = {i: e for i, value in enumerate(texts) if (e := _item_error(i, value)) is not None}
    ok = [i for i in range(len(texts)) if i not in errors]
    try:
        clf = load_classifier()
        batch = classify_many([texts[i] for i in ok], classifier=clf)
    except Exception as exc:  # a model file that does not match the code, for instance
        from azadkar.errors import AzadkarError, EngineError

        if isinstance(exc, AzadkarError):
            raise
        raise EngineError(
            f"the text classifier is not available on this installation ({type(exc).__name__}: "
            f"{exc})",
            engine="classifier",
        ) from exc
    results: list[dict[str, Any]] = [{"index": i, "error": e} for i, e in errors.items()]
    from azadkar.text import normalize
    from azadkar.text._finglish import FINGLISH

    batch_flags = batch.flags  # a list of codes per text, as Classification.flags
    for j, i in enumerate(ok):
        codes = batch_flags[j]
        flags = [f for f in codes if f and not f.startswith("ignored")]
        # the Persian reading of the few texts in Latin-letter Persian, as one text gets it
        reading = (
            normalize(clf.finglish_reading(texts[i], keep_unread=True))
            if batch.lang[j] == FINGLISH and batch.category[j]
            else ""
        )
        c = Classification(
            text=texts[i] or "",
            lang=batch.lang[j] if batch.category[j] else "und",
            normalized="",
            category=batch.category[j] or "other",
            category_confidence=float(batch.category_confidence[j]),
            services=batch.services[j],
            evidence=[],
            engine=clf.engine,
            model_version=clf.version_,
            flags=flags,
            ignored=batch.ignored[j] if batch.ignored else [],
            reading=reading,
            # the sentences of a job post set aside as context, as one text's answer has them
            # (its flag named them, and the list was empty)
            context=batch.context[j] if batch.context else [],
        )
        item = c.to_dict()
        for key in BATCH_LEAVES_OUT:
            item.pop(key)
        results.append({"index": i, "error": None, **item, "profile": profile_percent(c.profile)})
    results.sort(key=lambda r: int(r["index"]))
    return {
        "engine": clf.engine,
        "model_version": clf.version_,
        "count": len(texts),
        "classified": len(ok),
        "failed": len(errors),
        "results": results,
    }


@router.post(
    "/assess",
    summary="Exposure of a profile to generative AI (the assess JSON)",
    description="`text` (your work in your own words) or `services` (ids with percent "
    "shares of working time). The answer is the library's `Assessment.to_dict()`, in which "
    "shares and exposures are fractions of 1.",
    response_model=None,
    responses={**documented(AssessAnswer, "The assessment."), **ERRORS},
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
    description="The body of `/api/assess`, plus `scenario`, `monthly_costs`, "
    "`billable_hours`, `usd_rate`, `fx`, `plan_year` and `work_language` (the library's `plan(irr_per_usd=..., "
    "units_per_usd=...)`).",
    response_model=None,
    responses={**documented(PlanAnswer, "Assessment, projection and plan."), **ERRORS},
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
    fmt: Annotated[
        Literal["json", "md", "html", "pdf"],
        Path(description="json and md are what `azadkar assess --format json/md` print."),
    ],
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
    response_model=None,
    responses={**documented(DiscloseAnswer, "The disclosure and its clauses."), **ERRORS},
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
    core_fa = exc.text("fa")
    for sid in exc.data.get("suggestions") or ():
        # each suggested id is Latin inside the Persian sentence: isolated left to right, as
        # the field is (the core's first-strong isolate, or none, becomes LRI ... PDI)
        core_fa = core_fa.replace(f"\u2068{sid}\u2069", sid)
        core_fa = re.sub(rf"(?<![\w\u2066]){re.escape(sid)}(?![\w\u2069])", ltr(sid), core_fa)
    err = UnknownServiceError(
        f"{field}: {core} List the services with {SERVICES_LIST}.",
        message_fa=f"{ltr(field)}: {core_fa} فهرست خدمت‌ها: "
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


MAX_VERIFY_FILES = 100  # files in one request to /api/credentials/verify
# A file that could not be checked, counted under this verdict (as the CLI's summary).
NOT_CHECKED = {"en": "not checked", "fa": "بررسی نشد"}


@router.post(
    "/credentials/verify",
    summary="Read and check a file's content credentials",
    description="One `file`: its `VerifyResult`, as before. Several (the `file` field "
    "repeated, as the web page's form sends them, or `many=true` with one): `{count, "
    "checked, not_checked, counts, results}`, one result per file in the order sent, each "
    "with its `index` and `file` name and either `checked: true` and the file's "
    '`VerifyResult`, or `checked: false` and an `error` (`{field: "file[2]", message, '
    "message_fa}`: empty, too large, not a PNG/JPEG/PDF) that does not stop the others; "
    "`counts` gives how many files had each verdict (`verdict`, `verdict_fa`, `files`), "
    "the most frequent first. A `trust` file that holds no certificate is one 400 for the "
    "whole request.",
    responses=UPLOAD_ERRORS,
    dependencies=MULTIPART_BODY,
)
async def verify(
    request: Request,
    file: Annotated[
        list[UploadFile],
        File(
            description="PNG, JPEG or PDF (checked by content); repeat the field for several "
            f"files (at most {MAX_VERIFY_FILES})."
        ),
    ],
    trust: Annotated[
        UploadFile | None,
        File(
            description="Optional: the CA certificate file (ca.pem) the sender gave you, "
            "as `--trust`: the signature is then checked against it instead of this "
            "server's CA."
        ),
    ] = None,
    many: Annotated[
        bool,
        Form(
            description="true: answer in the several-file shape (`results`, `counts`) even "
            "for one file, for a client that always sends a list."
        ),
    ] = False,
) -> dict[str, Any]:
    state = request.app.state.azadkar
    if len(file) > MAX_VERIFY_FILES:
        raise InputError(
            f"{len(file)} files sent; at most {MAX_VERIFY_FILES} are checked in one request",
            message_fa=f"{num(len(file), 'fa')} فایل فرستاده شد؛ در هر درخواست حداکثر "
            f"{num(MAX_VERIFY_FILES, 'fa')} فایل بررسی می‌شود",
            field="file",
        )
    trust_pem = actions.sender_ca(await trust.read()) if trust is not None else None
    from starlette.concurrency import run_in_threadpool

    if len(file) == 1 and not many:
        data = await file[0].read()
        check_size(data, state.settings.max_upload_bytes, "file")
        sniffed = check_type(data, SIGNABLE, "file")
        return await run_in_threadpool(
            actions.verify, state.credentials, data, sniffed, file[0].filename, trust_pem
        )
    uploads = [(item.filename, await item.read()) for item in file]
    return await run_in_threadpool(_verify_each, state, uploads, trust_pem)


def _verify_each(
    state: Any, uploads: list[tuple[str | None, bytes]], trust_pem: bytes | None
) -> dict[str, Any]:
    """Each file checked in order: its result, or why it was not checked; and the count
    of each verdict."""
    from azadkar.errors import AzadkarError
    from azadkar.web.uploads import display_name

    results: list[dict[str, Any]] = []
    counts: dict[str, dict[str, Any]] = {}
    for index, (name, data) in enumerate(uploads):
        field = f"file[{index}]"
        shown = display_name(name, f"file {index + 1}")
        try:
            check_size(data, state.settings.max_upload_bytes, "file")
            sniffed = check_type(data, SIGNABLE, "file")
            checked = actions.verify(state.credentials, data, sniffed, name, trust_pem)
        except AzadkarError as exc:
            verdict, verdict_fa = NOT_CHECKED["en"], NOT_CHECKED["fa"]
            results.append(
                {
                    "index": index,
                    "file": shown,
                    "checked": False,
                    "verdict": verdict,
                    "verdict_fa": verdict_fa,
                    "error": {
                        "field": field,
                        "status": exc.status,
                        "message": f"{field} ({shown}): {exc.message}",
                        "message_fa": f"{ltr(field)} ({ltr(shown)}): "
                        f"{exc.message_fa or exc.message}",
                    },
                }
            )
        else:
            verdict, verdict_fa = checked["verdict"], checked["verdict_fa"]
            results.append({"index": index, "checked": True, **checked})
        counts.setdefault(verdict, {"verdict": verdict, "verdict_fa": verdict_fa, "files": 0})
        counts[verdict]["files"] += 1
    done = sum(1 for r in results if r["checked"])
    return {
        "count": len(results),
        "checked": done,
        "not_checked": len(results) - done,
        # the most frequent verdict first; among equals, the one met first
        "counts": sorted(counts.values(), key=lambda c: -c["files"]),
        "results": results,
    }


@router.post(
    "/market/ingest",
    summary="Add a postings file to the market store",
    description="Every row of the file is accepted, rejected (listed with its reason) or a "
    "duplicate: `files[].rows == accepted + rejected + duplicates`.",
    responses=UPLOAD_ERRORS,
    dependencies=MULTIPART_BODY,
)
async def market_ingest(
    request: Request,
    file: Annotated[
        UploadFile, File(description="CSV, JSON Lines, JSON, Excel (.xlsx) or Parquet postings")
    ],
    lang: Annotated[
        Lang | None,
        Form(
            description="fa or en, as `?lang=`: the language of an error's `detail` "
            "(`detail_fa` is always there)."
        ),
    ] = None,
) -> dict[str, Any]:
    if lang is not None:
        request.state.api_lang = lang  # the language of the errors, as ?lang= would say
    state = request.app.state.azadkar
    data = await file.read()
    check_size(data, state.settings.max_upload_bytes, "postings file")
    sniffed = check_type(data, POSTINGS, "postings file")
    from starlette.concurrency import run_in_threadpool

    return _round_timings(
        await run_in_threadpool(state.market.ingest, data, sniffed, file.filename)
    )


def _round_timings(answer: dict[str, Any]) -> dict[str, Any]:
    """``answer`` with each file's ``seconds`` rounded to the millisecond, as the other
    timings are: the store keeps the full float, which is only noise past the third decimal."""
    for f in answer.get("files") or ():
        if isinstance(f, dict) and isinstance(f.get("seconds"), float):
            f["seconds"] = round(f["seconds"], 3)
    return answer


@router.get(
    "/market/status",
    summary="Files and row counts in the market store",
    responses=QUERY_ERRORS,
)
def market_status(request: Request) -> dict[str, Any]:
    return _round_timings(request.app.state.azadkar.market.status())


@router.get(
    "/market/indicators",
    summary="Market indicators over the store",
    description="`MarketIndicators.to_dict()`, as `azadkar market indicators --format json`: "
    "each indicator's rows, `ok` or what is `insufficient`, notes and `caveats`. Pay is in "
    "US dollars (`*_usd`), converted with the dated rates named in the answer. The query "
    "parameters restrict it to a slice, as the CLI's options do; `slice` in the answer says "
    "which and how many postings it holds (an unknown value or an empty slice is a 400 "
    "naming the parameter).",
    responses=problem_responses(400, 422),
)
def market_indicators(
    request: Request,
    platform: Annotated[
        list[str] | None, Query(description="Only these platforms (e.g. `upwork`); repeatable.")
    ] = None,
    file: Annotated[
        list[str] | None,
        Query(description="Only postings from these ingested files (an id or a file name)."),
    ] = None,
    country: Annotated[
        list[str] | None,
        Query(description="Only these client countries, as the postings spell them."),
    ] = None,
    since: Annotated[
        str | None,
        Query(
            max_length=40,
            description="First day of the slice: a day, month or year, Gregorian or Jalali "
            "(`2023-01-01`, `2023-06`, `1402`); Persian digits accepted.",
        ),
    ] = None,
    until: Annotated[
        str | None,
        Query(max_length=40, description="Last day of the slice, as `since`."),
    ] = None,
) -> dict[str, Any]:
    out = request.app.state.azadkar.market.indicators(
        platform=platform, file=file, country=country, since=since, until=until
    )
    if out is None:
        raise _empty_store()
    return out


SLICE_VALUES = 20  # values of one filter of a slice (platforms, files, countries)


class MarketSlice(Body):
    """One slice of the store, as `GET /api/market/indicators` takes it in its query
    (`platform`, `file`, `country`, `since`, `until`), plus a `label` naming it in the
    answer. Every field left out: the whole store."""

    platform: list[str] = Field(
        default_factory=list,
        max_length=SLICE_VALUES,
        description="Only these platforms (e.g. `upwork`); a string is one platform.",
    )
    file: list[str] = Field(
        default_factory=list,
        max_length=SLICE_VALUES,
        description="Only postings from these ingested files: an id or the file name "
        "`GET /api/market/status` shows.",
    )
    country: list[str] = Field(
        default_factory=list,
        max_length=SLICE_VALUES,
        description="Only these client countries, as the postings spell them (any case).",
    )
    since: str | None = Field(
        default=None,
        max_length=40,
        description="First day: a day, month or year, Gregorian or Jalali (`2023-01-01`, "
        "`2023-06`, `1402`); Persian digits accepted.",
    )
    until: str | None = Field(default=None, max_length=40, description="Last day, as `since`.")
    period: str | None = Field(
        default=None,
        max_length=40,
        description="One period for both `since` and `until` (`2022`, `2022-06`, `1401`), "
        "as the CLI's `--a 2022`; not with `since` or `until`.",
    )
    label: str | None = Field(
        default=None,
        max_length=60,
        description="A name for the slice in the answer and in each `why_not` (default: `A`, `B`).",
    )

    @field_validator("platform", "file", "country", mode="before")
    @classmethod
    def _one_or_many(cls, value: Any) -> Any:
        if isinstance(value, str | int) and not isinstance(value, bool):
            value = [value]
        if isinstance(value, list):  # a file id may be sent as a number
            return [str(v) if isinstance(v, int) and not isinstance(v, bool) else v for v in value]
        return value

    def spec(self, side: str) -> dict[str, Any]:
        """The keyword arguments of :func:`azadkar.market.indicators` for this slice."""
        if self.period is not None and (self.since is not None or self.until is not None):
            given = "since" if self.since is not None else "until"
            raise InputError(
                f"{side}.period sets both since and until: send it without {side}.{given}",
                message_fa=f"{ltr(side + '.period')} هر دو {ltr('since')} و {ltr('until')} را "
                f"می‌گذارد: آن را بدون {ltr(side + '.' + given)} بفرستید",
                field=f"{side}.period",
            )
        for key in ("platform", "file", "country", "since", "until", "period"):
            value = getattr(self, key)
            for i, one in enumerate(value if isinstance(value, list) else [value]):
                if one is not None and not one.strip():
                    where = f"{side}.{key}" + (f"[{i}]" if isinstance(value, list) else "")
                    raise InputError(
                        f"{where} is empty: leave it out for no filter",
                        message_fa=f"{ltr(where)} خالی است: برای نبودِ پالایه آن را نفرستید",
                        field=where,
                    )
        since = self.period if self.period is not None else self.since
        until = self.period if self.period is not None else self.until
        out: dict[str, Any] = {
            "platform": self.platform,
            "file": self.file,
            "country": self.country,
            "since": since,
            "until": until,
        }
        return {k: v for k, v in out.items() if v}


class CompareRequest(Body):
    """Two slices of the market store side by side, as `azadkar market compare`: slice
    `a` and slice `b` (each as `GET /api/market/indicators` takes one; a side left out is
    the whole store), with the same indicators for both and B - A where both support it."""

    model_config = ConfigDict(json_schema_extra={"examples": [EXAMPLE_COMPARE]})

    a: MarketSlice = Field(
        default_factory=MarketSlice,
        description="Slice A (left out: the whole store).",
        examples=[EXAMPLE_COMPARE["a"]],
    )
    b: MarketSlice = Field(
        default_factory=MarketSlice,
        description="Slice B, written as `a`.",
        examples=[EXAMPLE_COMPARE["b"]],
    )
    engine: Literal["duckdb"] = Field(
        default="duckdb",
        description="`duckdb` only over HTTP (as `GET /api/market/indicators`); Spark is "
        "`azadkar market compare --engine spark` on the command line.",
    )
    category_source: Literal["auto", "platform", "model"] = Field(
        default="auto",
        description="Where each posting's category comes from, as the CLI's "
        "`--category-source`: `auto`, `platform` (the platform's own label) or `model`.",
    )


_TWO_PERIODS = '{"a": {"period": "2022"}, "b": {"period": "2024"}}'
_TWO_PERIODS_FA = '{"a": {"period": "1401"}, "b": {"period": "1403"}}'
# The CLI's option names in a slice's message (`--since`), as the request names them.
_SLICE_OPTION = re.compile(r"--(platform|file|country|since|until)\b")
_SIDE_PREFIX_FA = re.compile("^برش \u2066?[AB]\u2069?: ")


def _market_compare_field(exc: InputError, side: str) -> InputError:
    """A slice that cannot be made, said with the request's names: `a.since` for the CLI's
    `--since` of slice A, and `a` for the slice as a whole (it holds no posting). The field
    is the one the error carries (`exc.data["field"]`, set where the slice is checked), not
    read from its words; the words only have the CLI's option names replaced."""
    from azadkar.market._slice import FIELDS

    def renamed(text: str) -> str:
        text = text.replace("`azadkar market status`", "GET /api/market/status")
        return _SLICE_OPTION.sub(lambda m: f"{side}.{m.group(1)}", text)

    about = exc.data.get("field")
    named = about in FIELDS
    field = f"{side}.{about}" if named else side
    en = renamed(exc.message.removeprefix(f"slice {side.upper()}: "))
    fa = renamed(_SIDE_PREFIX_FA.sub("", exc.message_fa or exc.message))
    if not named:
        en, fa = f"{field}: {en}", f"{ltr(field)}: {fa}"
    return type(exc)(en, message_fa=fa, **{**exc.data, "field": field, "side": side})


@router.post(
    "/market/compare",
    summary="Two slices of the market store side by side",
    description="`MarketComparison.to_dict()`, as `azadkar market compare --format json`: "
    "each side's `label`, `postings` and `slice`, and `rows`, one per figure, with `a`, "
    "`b`, the number of values each rests on (`n_a`, `n_b`) and, only where both slices "
    "support the figure, `difference` (B - A) and `change` (B / A - 1); elsewhere "
    "`supported` is false and `why_not` / `why_not_fa` say why (a median needs "
    "`min_median_n` pay values on each side, an inequality figure `min_n`). Each figure is "
    "the one `GET /api/market/indicators` gives for that slice. A slice that cannot be "
    "made (an unknown value, an unreadable date, no posting) or an empty store is a 400 "
    "naming the field (`a.since`, `b.country`, `a` for a slice that holds no posting).",
    responses=ERRORS,
    dependencies=JSON_BODY,
)
def market_compare(request: Request, body: CompareRequest) -> dict[str, Any]:
    from pathlib import Path as FilePath

    from azadkar.market import compare

    side_a, side_b = body.a.spec("a"), body.b.spec("b")
    if not side_a and not side_b:
        raise InputError(
            f"a, b: give the slices to compare (for example {_TWO_PERIODS}); a side left "
            "out is the whole store",
            message_fa=f"{ltr('a')}، {ltr('b')}: برش‌های مقایسه را بدهید (برای نمونه "
            f"{ltr(_TWO_PERIODS_FA)})؛ طرفی که نیاید کل انبار است",
            field="a",
        )
    market = request.app.state.azadkar.market
    if not market.exists():
        raise _empty_store()
    with market.lock:
        store = market._open()
        try:
            if not store.count("postings"):
                raise _empty_store()
            try:
                result = compare(
                    a=side_a,
                    b=side_b,
                    store=store,
                    engine=body.engine,
                    category_source=body.category_source,
                    labels=(body.a.label, body.b.label),
                )
            except InputError as exc:
                side = str(exc.data.get("side") or "")
                if side not in ("a", "b"):
                    raise
                raise _market_compare_field(exc, side) from None
        finally:
            market._close(store)
    out = result.to_dict()
    out["db"] = FilePath(out["db"]).name if out.get("db") != ":memory:" else ":memory:"
    return out


def _empty_store() -> InputError:
    return InputError(
        "the market store is empty: ingest a postings file first (POST /api/market/ingest)",
        message_fa="انبارهٔ بازار خالی است: نخست یک فایل آگهی وارد کنید "
        f"({ltr('POST /api/market/ingest')})",
    )


@router.get(
    "/claims",
    summary="The report's claims, checked against evidence",
    responses=QUERY_ERRORS,
)
def claims(request: Request) -> dict[str, Any]:
    return request.app.state.azadkar.claims()


class CitationAnswer(BaseModel):
    """``azadkar.cite(...).to_dict()``: what to cite for results azadkar computed."""

    schema_: str = Field(alias="schema", description="`azadkar.citation/1`")
    azadkar_version: str = Field(description="The azadkar that computed the results.")
    data_version: str = Field(
        description="First 12 hex digits of the SHA-256 of the shipped data's manifest "
        "(which holds the hash of every data file)."
    )
    datasets: list[dict[str, str]] = Field(
        description="The research datasets: id, title, authors, repository, version (its "
        "commit), licence."
    )
    models: list[str] = Field(description="The text classifier: engine and model version.")
    scenarios: list[dict[str, str]] = Field(
        description="The 2026-2030 scenarios: id, name_en, name_fa, status, origin."
    )
    parameters: list[dict[str, Any]] = Field(
        description="Each scenario parameter: scenario, key, value, by (year), status "
        "(`cited, not verified`, `measured`, `assumption`), source, source_fa, claim."
    )
    claims: list[dict[str, str]] = Field(
        description="The parameters that are the source report's claims (cited, not "
        "verified), as `{scenario, key}`: a key can be a claim in one scenario and measured "
        "in another."
    )
    counts: dict[str, int] = Field(description="What was cited, by kind.")
    notice: str = Field(description="The O*NET attribution any redistribution must carry.")
    text: dict[str, str] = Field(
        description="A paragraph for a paper's data section, `en` and `fa`."
    )
    bibtex: str = Field(description="BibTeX entries for azadkar and each dataset.")


class EvidenceAnswer(BaseModel):
    """The shipped data and what to cite for any answer of this server."""

    model_config = ConfigDict(extra="allow")

    citation: CitationAnswer = Field(
        description="What to cite for results this server computed: `azadkar.cite(...)` "
        "over every shipped scenario and the classifier (in Python, "
        "`azadkar.cite(results)` gives the same for the results themselves)."
    )


@router.get(
    "/evidence",
    summary="Sources, licences and versions of the shipped data",
    description="The manifest's sources, versions and licences, every shipped data file "
    "with its SHA-256 (and whether it matches the manifest), the NOTICE, and `citation`: "
    "what to cite for any figure this server answers with (azadkar and data versions, the "
    "research datasets with their commits, the classifier's version, and every shipped "
    "scenario's parameters with their status and source, the source report's claims "
    "marked `cited, not verified`; a paragraph in English and Persian, and BibTeX). Each "
    "`/api/plan` answer's `projection.parameters` says which parameters bear on it.",
    response_model=None,
    responses={**documented(EvidenceAnswer, "The shipped data and its citation."), **QUERY_ERRORS},
)
def evidence() -> dict[str, Any]:
    from azadkar.citation import cite
    from azadkar.scenarios import list_scenarios
    from azadkar.text import load_classifier

    citation = cite(*list_scenarios(), load_classifier()).to_dict()
    return {**actions.evidence_summary(), "citation": citation}


__all__ = ["router"]
