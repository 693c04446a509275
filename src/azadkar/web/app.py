"""The FastAPI application factory."""

from __future__ import annotations

import json
import threading
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.middleware.trustedhost import TrustedHostMiddleware

import azadkar
from azadkar.errors import AzadkarError
from azadkar.web import actions, problems
from azadkar.web.security import GuardMiddleware
from azadkar.web.settings import Settings

WEB_DIR = Path(__file__).resolve().parent
FONT_FILES = {
    # name -> media type; anything else under /fonts is a 404, so no visitor path is ever opened
    "Vazirmatn-Regular.woff2": "font/woff2",
    "Vazirmatn-Bold.woff2": "font/woff2",
    "OFL.txt": "text/plain; charset=utf-8",
}
UPLOAD_PATHS = (
    "/api/credentials/",
    "/api/market/ingest",
    "/disclose/sign",
    "/disclose/verify",
    "/market/ingest",
)


@dataclass
class AppState:
    settings: Settings
    market: actions.Market
    credentials: actions.Credentials
    downloads: actions.Downloads
    templates: Any = None
    _claims: dict[str, Any] = field(default_factory=dict)
    _claims_lock: threading.Lock = field(default_factory=threading.Lock)

    def claims(self) -> dict[str, Any]:
        """Claim checks, recomputed only when the market store changed."""
        from azadkar.claims import check_claims

        db = self.market.claims_db()
        key = f"{db}:{Path(db).stat().st_mtime_ns if db else ''}"
        with self._claims_lock:
            if key not in self._claims:
                self._claims.clear()
                with self.market.lock:
                    self._claims[key] = check_claims(db).to_dict()
            return self._claims[key]


def font_bytes(name: str) -> bytes | None:
    """A bundled font file: the report's fonts first, then the web's own copy."""
    if name not in FONT_FILES:
        return None
    for folder in (
        resources.files("azadkar") / "report" / "fonts",
        resources.files("azadkar") / "web" / "static" / "fonts",
    ):
        path = folder / name
        if path.is_file():
            return path.read_bytes()
    return None


def create_app(settings: Settings | None = None) -> FastAPI:
    """A new app. ``settings`` are the operator's (limits, store path, signing certificate)."""
    settings = settings or Settings()
    state = AppState(
        settings=settings,
        market=actions.Market(settings),
        credentials=actions.Credentials(settings),
        downloads=actions.Downloads(settings.max_downloads),
    )

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        yield
        state.credentials.cleanup()
        state.market.close()

    app = FastAPI(
        title="azadkar",
        version=azadkar.__version__,
        summary="What generative AI does to freelance work, and what to do about it (local API).",
        description=(
            "Local-first, bilingual (Persian/English). Every number carries its source. "
            "Errors are RFC 9457 problem details (application/problem+json)."
        ),
        # The interactive docs pages load scripts from a CDN; this app ships everything,
        # so only the OpenAPI document itself is served.
        docs_url=None,
        redoc_url=None,
        lifespan=lifespan,
    )
    app.state.azadkar = state

    from azadkar.web import pages
    from azadkar.web.api import router as api_router

    state.templates = pages.make_templates()
    app.include_router(api_router)
    app.include_router(pages.router)
    app.mount("/static", StaticFiles(directory=WEB_DIR / "static"), name="static")

    @app.get("/fonts/{name}", include_in_schema=False)
    def fonts(name: str) -> Response:
        data = font_bytes(name)
        if data is None:
            raise StarletteHTTPException(404, f"no bundled font named {name!r}")
        return Response(
            data,
            media_type=FONT_FILES[name],
            headers={"cache-control": "public, max-age=86400"},
        )

    from azadkar.web.api import Health

    @app.get("/healthz", summary="Liveness check", tags=["meta"], response_model=Health)
    async def healthz() -> dict[str, str]:
        return {"status": "ok", "version": azadkar.__version__}

    _install_openapi(app)
    _install_error_handlers(app)
    app.add_middleware(
        GuardMiddleware,
        max_request_bytes=settings.max_request_bytes,
        max_upload_bytes=settings.max_upload_bytes,
        upload_paths=UPLOAD_PATHS,
    )
    app.add_middleware(TrustedHostMiddleware, allowed_hosts=settings.hosts())
    return app


def _install_openapi(app: FastAPI) -> None:
    """The OpenAPI document as the API answers: errors as ``application/problem+json``
    only (FastAPI files a documented model under ``application/json``), and the schemas
    of answers built as plain dicts (``DOC_MODELS``) among the components."""
    from azadkar.web.api import DOC_MODELS

    build = app.openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema:
            return app.openapi_schema
        doc = build()
        schemas = doc.setdefault("components", {}).setdefault("schemas", {})
        for model in DOC_MODELS:
            schema = model.model_json_schema(
                ref_template="#/components/schemas/{model}", mode="serialization"
            )
            for name, sub in schema.pop("$defs", {}).items():
                schemas.setdefault(name, sub)
            schemas[model.__name__] = schema
        for methods in doc.get("paths", {}).values():
            for op in methods.values():
                for status, answer in op.get("responses", {}).items():
                    content = answer.get("content") or {}
                    error = str(status)[0] in "45" and problems.PROBLEM_JSON in content
                    if error and "application/json" in content:
                        content[problems.PROBLEM_JSON] = content.pop("application/json")
        used = json.dumps(doc["paths"])
        for name in ("HTTPValidationError", "ValidationError"):
            if f'/{name}"' not in used:
                schemas.pop(name, None)
        app.openapi_schema = doc
        return doc

    app.openapi = openapi  # type: ignore[method-assign]


def _render_error(request: Request, body: dict[str, Any]) -> Response:
    if problems.wants_html(request):
        from azadkar.web.pages import error_page

        return error_page(request, body)
    default = str(request.app.state.azadkar.settings.default_lang)
    return problems.response(body, lang=problems.problem_lang(request, default))


def _install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(AzadkarError)
    async def azadkar_error(request: Request, exc: AzadkarError) -> Response:
        return _render_error(request, problems.from_azadkar(exc))

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError) -> Response:
        return _render_error(request, problems.from_validation(exc, request))

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        answer = _render_error(request, problems.from_http(exc))
        for name, value in (exc.headers or {}).items():  # 405's Allow, 401's ...
            answer.headers.setdefault(name, value)
        return answer

    @app.exception_handler(Exception)
    async def unexpected(request: Request, exc: Exception) -> Response:
        body = problems.problem(
            500,
            "Internal Server Error",
            "azadkar hit an unexpected error; nothing was saved. Please report it with the steps "
            f"that led here ({type(exc).__name__}).",
            "internal_error",
            detail_fa="آزادکار به خطایی پیش‌بینی‌نشده خورد و چیزی ذخیره نشد. لطفاً آن را با "
            f"گام‌هایی که به اینجا رسید گزارش کنید ({problems.ltr(type(exc).__name__)}).",
        )
        return _render_error(request, body)


__all__ = ["AppState", "create_app", "font_bytes"]
