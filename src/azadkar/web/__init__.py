"""The azadkar web front end: a FastAPI app with bilingual pages and a JSON API.

>>> from azadkar.web import create_app, Settings
>>> app = create_app(Settings(market_db=":memory:"))   # doctest: +SKIP

``azadkar serve`` runs it with uvicorn on 127.0.0.1. Only this package imports
FastAPI/Starlette; pages and API call the same core functions as the CLI.
"""

from __future__ import annotations

from azadkar.web.app import create_app
from azadkar.web.server import serve
from azadkar.web.settings import Settings

__all__ = ["Settings", "create_app", "serve"]
