"""Helpers shared by the web tests: a client on a fresh app, tiny files to upload, and for
the browser tests a real server and Debian's headless chromium.

The browser tests take their two module fixtures from here: ``base_url``, the app under
uvicorn on a free port with its own data folder, and ``browser``, one chromium for the
module (skipped when it is not installed; never ``playwright install``). A test file
imports them as ``base_url_fixture`` and ``browser_fixture`` (``# noqa: F401``): pytest
finds them by their fixture names, and the tests' arguments of those names shadow no
import.
"""

from __future__ import annotations

import struct
import warnings
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

with warnings.catch_warnings():
    # starlette's test client warns when it falls back to plain httpx
    warnings.simplefilter("ignore", DeprecationWarning)
    from fastapi.testclient import TestClient

from azadkar.web import Settings, create_app

RSS_HEADER = (
    "title,url,published,description,skills,category,country,budget,"
    "hourly_range_min,hourly_range_max\n"
)


def client(tmp_path: Path, **settings: Any) -> TestClient:
    settings.setdefault("market_db", str(tmp_path / "market.duckdb"))
    # the TEST ONLY signing certificate is kept in the data folder: the test's own
    settings.setdefault("data_dir", tmp_path)
    return TestClient(create_app(Settings(**settings)), raise_server_exceptions=False)


def png_bytes(size: int = 4) -> bytes:
    """A valid little red PNG, made here so no binary fixture is needed."""
    raw = b"".join(b"\x00" + b"\xff\x00\x00" * size for _ in range(size))

    def chunk(kind: bytes, data: bytes) -> bytes:
        crc = zlib.crc32(kind + data) & 0xFFFFFFFF
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)

    header = struct.pack(">IIBBBBB", size, size, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )


def postings_csv(n: int = 24, hostile: str = "") -> bytes:
    """Upwork-RSS-shaped postings: ``n`` good rows and one with a date that cannot be read."""
    titles = [
        "Logo design for a bakery",
        "WordPress site fixes",
        "Translate product pages to Persian",
        "SEO audit for an online shop",
        "Data entry from PDF invoices",
        "Instagram page management",
    ]
    rows = []
    for i in range(n):
        title = titles[i % len(titles)]
        hourly = i % 2 == 0
        rows.append(
            f'"{title} {i} - Upwork",https://www.upwork.com/jobs/job_{i}?source=rss,'
            f'5/{1 + i % 28}/2024 4:58am,"Details of job {i}",design,,Canada,'
            f"{'' if hourly else '$' + str(100 + 10 * i)},"
            f"{'$' + str(15 + i) if hourly else ''},{'$' + str(30 + i) if hourly else ''}"
        )
    bad_title = hostile or "Broken row"
    rows.append(
        f'"{bad_title}",https://www.upwork.com/jobs/bad?source=rss,not a date,"x",,,Iran,$50,,'
    )
    return (RSS_HEADER + "\n".join(rows) + "\n").encode("utf-8")


__all__ = [
    "BROWSER_ARGS",
    "CHROMIUM",
    "RSS_HEADER",
    "TestClient",
    "base_url_fixture",
    "browser_fixture",
    "browser_page",
    "client",
    "png_bytes",
    "postings_csv",
    "serve",
]

CHROMIUM = Path("/usr/bin/chromium")
# Headless chromium for the tests: no sandbox (containers), no GPU, and nothing it would
# fetch on its own (the tests check that the app makes no outbound requests).
BROWSER_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


@contextmanager
def browser_page(width: int = 390, height: int = 844) -> Iterator[Any]:
    """A page of Debian's headless chromium (through Playwright), a phone's size unless
    told; skips the test when chromium is not installed."""
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} is missing (install Debian's chromium package)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        launched = p.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=BROWSER_ARGS
        )
        try:
            yield launched.new_page(viewport={"width": width, "height": height})
        finally:
            launched.close()


@contextmanager
def serve(market_db: Path, **settings: Any) -> Iterator[str]:
    """The app under a real uvicorn server on a free local port (for a browser); its URL."""
    import socket
    import threading
    import time

    import uvicorn

    settings.setdefault("data_dir", market_db.parent)
    app = create_app(Settings(market_db=str(market_db), **settings))
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = int(s.getsockname()[1])
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline:
            raise RuntimeError("uvicorn did not start within 20 s")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)


@pytest.fixture(scope="module", name="base_url")
def base_url_fixture(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The app under a real server for the test module, with a data folder of its own (the
    TEST ONLY certificate, the market store); its URL."""
    folder = tmp_path_factory.mktemp("web")
    with serve(folder / "m.duckdb", data_dir=folder) as url:
        yield url


@pytest.fixture(scope="module", name="browser")
def browser_fixture() -> Iterator[Any]:
    """One headless chromium (Debian's, through Playwright) for the test module; the test is
    skipped when it is not installed."""
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} is missing (install Debian's chromium package)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        launched = p.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=BROWSER_ARGS
        )
        yield launched
        launched.close()
