"""Errors as ``application/problem+json`` (RFC 9457), and as a page for browsers.

Every :class:`~azadkar.errors.AzadkarError` keeps its own HTTP status (``.status``) and
machine-readable ``data``; the ``detail`` is the error's message, written for a person.
"""

from __future__ import annotations

from http import HTTPStatus
from typing import Any

from fastapi import Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.responses import JSONResponse, Response

from azadkar.errors import AzadkarError

PROBLEM_JSON = "application/problem+json"
TYPE_BASE = "urn:azadkar:problem:"

_HTTP_HINTS = {
    404: "There is no page or endpoint at this address; see /openapi.json for the API.",
    405: "This address does not accept that method; see /openapi.json for the API.",
    413: "The request is larger than this server accepts.",
}


def problem(
    status: int, title: str, detail: str, code: str | None = None, **extra: Any
) -> dict[str, Any]:
    body: dict[str, Any] = {
        "type": f"{TYPE_BASE}{code}" if code else "about:blank",
        "title": title,
        "status": status,
        "detail": detail,
    }
    body.update(extra)
    return body


def _title(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Error"


def from_azadkar(exc: AzadkarError) -> dict[str, Any]:
    extra = {k: v for k, v in exc.data.items() if k not in ("type", "title", "status", "detail")}
    # Paths on the server are the server's business, not the visitor's.
    extra.pop("path", None)
    if exc.message_fa:
        extra["detail_fa"] = exc.message_fa
    return problem(exc.status, _title(exc.status), exc.message, exc.code, **extra)


def _field(loc: tuple[Any, ...] | list[Any]) -> str:
    parts = [str(p) for p in loc if p not in ("body", "query", "path", "form")]
    return ".".join(parts) or "request"


def from_validation(exc: RequestValidationError) -> dict[str, Any]:
    errors = []
    for e in exc.errors():
        errors.append({"field": _field(e.get("loc", ())), "message": e.get("msg", "invalid")})
    detail = "; ".join(f"{e['field']}: {e['message']}" for e in errors[:5]) or "invalid request"
    return problem(
        422,
        "Unprocessable Content",
        f"The request does not have the expected shape: {detail}.",
        "invalid_request",
        errors=errors,
    )


def from_http(exc: StarletteHTTPException) -> dict[str, Any]:
    detail = exc.detail if isinstance(exc.detail, str) else str(exc.detail)
    if detail == _title(exc.status_code) and exc.status_code in _HTTP_HINTS:
        detail = _HTTP_HINTS[exc.status_code]
    return problem(exc.status_code, _title(exc.status_code), detail)


def response(body: dict[str, Any], headers: dict[str, str] | None = None) -> Response:
    return JSONResponse(
        jsonable_encoder(body),
        status_code=int(body["status"]),
        media_type=PROBLEM_JSON,
        headers=headers,
    )


def wants_html(request: Request) -> bool:
    """Browsers asking for a page get a page; API clients and /api paths get problem+json."""
    if request.url.path.startswith("/api") or request.url.path == "/openapi.json":
        return False
    accept = request.headers.get("accept", "")
    return "text/html" in accept


__all__ = [
    "PROBLEM_JSON",
    "from_azadkar",
    "from_http",
    "from_validation",
    "problem",
    "response",
    "wants_html",
]
