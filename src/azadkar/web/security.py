"""Request guards: body size limits, cross-site form posts, security headers.

Written as plain ASGI middleware so that an over-long body is refused before the
application reads it: a declared ``Content-Length`` over the limit gets 413 at once, and
a body that grows past the limit while streaming (chunked uploads) raises 413 from
``receive`` itself.
"""

from __future__ import annotations

import json
import math
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

from starlette.exceptions import HTTPException

from azadkar.web.problems import PROBLEM_JSON, accepted_lang, localise, problem

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

# Pages and scripts come from this server only; charts are inline SVG; fonts are ours.
CSP = (
    "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
    "font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
    "frame-ancestors 'none'; connect-src 'self'"
)
SECURITY_HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"cross-origin-resource-policy", b"same-origin"),
]
UNSAFE_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})


def _advice(path: str) -> tuple[str, str]:
    """What to do about a body that is too large (en, fa), by what the address takes:
    postings can be split into several files; an image or a PDF cannot be split but can be
    exported smaller; anything else is a form or JSON request, sent in smaller parts."""
    if "market" in path:
        return (
            "Send a smaller file, or split the postings into several files and ingest each.",
            "فایل کوچک‌تری بفرستید، یا آگهی‌ها را در چند فایل بگذارید و هر کدام را جدا وارد کنید.",
        )
    if "credentials" in path or "disclose" in path:
        return (
            "Send a smaller file (export the image or PDF at a smaller size).",
            "فایل کوچک‌تری بفرستید (تصویر یا PDF را با اندازهٔ کوچک‌تری خروجی بگیرید).",
        )
    return (
        "Send less in one request (for many texts, several smaller batches).",
        "در هر درخواست کمتر بفرستید (برای متن‌های بسیار، چند دستهٔ کوچک‌تر).",
    )


class BodyTooLarge(HTTPException):
    """A body that grew past the limit while streaming (413), said in both languages."""

    def __init__(self, detail: str, detail_fa: str) -> None:
        super().__init__(413, detail)
        self.detail_fa = detail_fa


def _scope_lang(scope: Scope) -> str:
    """The language an API caller asked for, before the app has a request object: ``?lang=``,
    else ``Accept-Language``, else English (as :func:`azadkar.web.problems.problem_lang`)."""
    from urllib.parse import parse_qs

    query = parse_qs(scope.get("query_string", b"").decode("latin-1"))
    for value in query.get("lang", []):
        if value in ("fa", "en"):
            return value
    for key, value in scope.get("headers", []):
        if key.lower() == b"accept-language":
            return accepted_lang(value.decode("latin-1")) or "en"
    return "en"


async def _send_problem(
    scope: Scope,
    receive: Receive,
    send: Send,
    status: int,
    detail: str,
    code: str,
    detail_fa: str = "",
) -> None:
    titles = {403: "Forbidden", 413: "Content Too Large"}
    body_dict = problem(status, titles.get(status, "Error"), detail, code)
    if detail_fa:
        body_dict["detail_fa"] = detail_fa
    if _wants_page(scope):
        # A browser (a form post, a file too large for the Market page) gets the app's own
        # error page in the page's language, as for every other error, not raw JSON.
        from starlette.requests import Request

        from azadkar.web.pages import error_page

        request = Request(scope, receive)
        response = error_page(request, body_dict)
        for key, value in SECURITY_HEADERS:
            response.headers[key.decode()] = value.decode()
        await response(scope, receive, send)
        return
    body_dict = localise(body_dict, _scope_lang(scope))
    said = b"fa" if "detail_en" in body_dict else b"en"
    body = json.dumps(body_dict, ensure_ascii=False).encode()
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", PROBLEM_JSON.encode()),
                (b"content-length", str(len(body)).encode()),
                (b"content-language", said),
                *SECURITY_HEADERS,
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})


def _wants_page(scope: Scope) -> bool:
    """A browser asking for a page (as :func:`azadkar.web.problems.wants_html`), on an app
    that has its pages (``scope["app"]``, set by the application before its middleware)."""
    path = str(scope.get("path", ""))
    if path.startswith("/api") or "app" not in scope:
        return False
    if not hasattr(getattr(scope["app"], "state", None), "azadkar"):
        return False
    for key, value in scope.get("headers", []):
        if key.lower() == b"accept":
            return b"text/html" in value
    return False


def _mb(n: int, *, up: bool = False) -> str:
    """A size in MB (KB below 1 MB), one decimal. ``up`` rounds up, so a body just over a
    limit never reads as the limit itself ("20.1 MB; at most 20.0 MB", not "20.0; 20.0")."""
    mb = 1024 * 1024
    if n >= mb:
        tenths = n * 10 / mb
        return f"{(math.ceil(tenths) if up else math.floor(tenths)) / 10:.1f} MB"
    kb = n / 1024
    return f"{math.ceil(kb) if up else math.floor(kb)} KB"


def _mb_fa(text: str) -> str:
    from azadkar.report.strings import fa_digits

    unit = {"MB": "مگابایت", "KB": "کیلوبایت"}
    value, name = text.split(" ")
    return f"{fa_digits(value.replace('.', '٫'))} {unit[name]}"


class GuardMiddleware:
    """Size limits per path, refusal of cross-site state changes, security headers."""

    def __init__(
        self,
        app: ASGIApp,
        *,
        max_request_bytes: int,
        max_upload_bytes: int,
        upload_paths: tuple[str, ...],
    ) -> None:
        self.app = app
        self.max_request = max_request_bytes
        self.max_upload = max_upload_bytes
        self.upload_paths = upload_paths

    def limit_for(self, path: str) -> int:
        return self.max_upload if path.startswith(self.upload_paths) else self.max_request

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
        method = scope["method"]
        if method in UNSAFE_METHODS and headers.get("sec-fetch-site") == "cross-site":
            # A page on another site must not make this local server change its store or
            # sign files in the visitor's name (classic CSRF against localhost).
            await _send_problem(
                scope,
                receive,
                send,
                403,
                "This server accepts form posts only from its own pages; open it directly "
                "in your browser and submit the form there.",
                "cross_site_request",
                "این سرور فرم را فقط از صفحه‌های خودش می‌پذیرد؛ آن را مستقیم در مرورگر باز کنید "
                "و فرم را همان‌جا بفرستید.",
            )
            return
        limit = self.limit_for(scope["path"])
        declared = headers.get("content-length")
        if declared is not None:
            try:
                size = int(declared)
            except ValueError:
                size = -1
            if size > limit:
                await _send_problem(
                    scope,
                    receive,
                    send,
                    413,
                    f"The request body is {_mb(size, up=True)}; this address accepts at most "
                    f"{_mb(limit)}. {_advice(scope['path'])[0]}",
                    "payload_too_large",
                    f"بدنهٔ درخواست {_mb_fa(_mb(size, up=True))} است؛ این نشانی حداکثر "
                    f"{_mb_fa(_mb(limit))} می‌پذیرد. {_advice(scope['path'])[1]}",
                )
                return

        seen = 0

        async def limited_receive() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > limit:
                    raise BodyTooLarge(
                        f"The request body is over {_mb(limit)}, the most this address accepts. "
                        f"{_advice(scope['path'])[0]}",
                        f"بدنهٔ درخواست بیش از {_mb_fa(_mb(limit))} است، بیشترین اندازه‌ای که این "
                        f"نشانی می‌پذیرد. {_advice(scope['path'])[1]}",
                    )
            return message

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                present = {k.lower() for k, _ in message.get("headers", [])}
                extra = [(k, v) for k, v in SECURITY_HEADERS if k not in present]
                message["headers"] = [*message.get("headers", []), *extra]
            await send(message)

        await self.app(scope, limited_receive, send_with_headers)


__all__ = ["CSP", "SECURITY_HEADERS", "BodyTooLarge", "GuardMiddleware"]
