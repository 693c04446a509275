"""Request guards: body size limits, cross-site form posts, security headers.

Written as plain ASGI middleware so that an over-long body is refused before the
application reads it: a declared ``Content-Length`` over the limit gets 413 at once, and
a body that grows past the limit while streaming (chunked uploads) raises 413 from
``receive`` itself.
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

from starlette.exceptions import HTTPException

from azadkar.web.problems import PROBLEM_JSON, problem

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


async def _send_problem(send: Send, status: int, detail: str, code: str) -> None:
    titles = {403: "Forbidden", 413: "Content Too Large"}
    body = json.dumps(problem(status, titles.get(status, "Error"), detail, code)).encode()
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", PROBLEM_JSON.encode()),
                (b"content-length", str(len(body)).encode()),
                *SECURITY_HEADERS,
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})


def _mb(n: int) -> str:
    return f"{n / (1024 * 1024):.1f} MB" if n >= 1024 * 1024 else f"{n // 1024} KB"


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
                send,
                403,
                "This server accepts form posts only from its own pages; open it directly "
                "in your browser and submit the form there.",
                "cross_site_request",
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
                    send,
                    413,
                    f"The request body is {_mb(size)}; this address accepts at most {_mb(limit)}. "
                    "Send a smaller file or split it.",
                    "payload_too_large",
                )
                return

        seen = 0

        async def limited_receive() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > limit:
                    raise HTTPException(
                        413,
                        f"The request body is over {_mb(limit)}, the most this address accepts. "
                        "Send a smaller file or split it.",
                    )
            return message

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                present = {k.lower() for k, _ in message.get("headers", [])}
                extra = [(k, v) for k, v in SECURITY_HEADERS if k not in present]
                message["headers"] = [*message.get("headers", []), *extra]
            await send(message)

        await self.app(scope, limited_receive, send_with_headers)


__all__ = ["CSP", "SECURITY_HEADERS", "GuardMiddleware"]
