"""Bounded load test of the web API on loopback.

Starts ``uvicorn`` (the azadkar app) in a subprocess on 127.0.0.1 and a free port, sends a
fixed number of requests to each endpoint from a thread pool, and prints requests/s,
p50 and p99 latency and the error count, beside ``/healthz`` (a trivial endpoint) measured
in the same run as the baseline. Everything stops by itself; nothing leaves the machine.

    .venv/bin/python benchmarks/web_load.py                 # 400 requests each, 8 threads
    .venv/bin/python benchmarks/web_load.py --requests 1000 --concurrency 16

Exit status 1 if any request failed.
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx

TIMEOUT = 30.0
SERVER = """
import sys, uvicorn
from azadkar.web import Settings, create_app
app = create_app(Settings(market_db=sys.argv[2]))
uvicorn.run(app, host="127.0.0.1", port=int(sys.argv[1]), log_level="warning", workers=1)
"""

ASSESS_SERVICES = {"services": [{"id": "logo_design", "share": 60}, "social_media_management"]}
ASSESS_TEXT = {"text": "I design logos and banners for cafés and manage their Instagram pages"}
CLASSIFY = {"text": "طراحی لوگو و بنر برای کافه‌ها و ادمین پیج اینستاگرام"}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_ready(base: str, proc: subprocess.Popen[bytes], limit: float = 30.0) -> None:
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"server exited early with status {proc.returncode}")
        try:
            if httpx.get(f"{base}/healthz", timeout=1.0).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.1)
    raise SystemExit(f"server did not answer /healthz within {limit:.0f} s")


def run(
    name: str, send: Callable[[httpx.Client], httpx.Response], n: int, concurrency: int
) -> dict[str, float | int | str]:
    local = threading.local()
    clients: list[httpx.Client] = []
    lock = threading.Lock()

    def client() -> httpx.Client:
        c = getattr(local, "client", None)
        if c is None:
            c = httpx.Client(timeout=TIMEOUT)
            local.client = c
            with lock:
                clients.append(c)
        return c

    def one(_: int) -> tuple[float, bool]:
        t0 = time.perf_counter()
        try:
            ok = send(client()).status_code == 200
        except httpx.HTTPError:
            ok = False
        return time.perf_counter() - t0, ok

    for _ in range(5):  # warm up caches and connections outside the measurement
        one(0)
    t0 = time.perf_counter()
    with ThreadPoolExecutor(max_workers=concurrency) as pool:
        results = list(pool.map(one, range(n)))
    wall = time.perf_counter() - t0
    for c in clients:
        c.close()
    lat = sorted(r[0] for r in results)
    errors = sum(1 for r in results if not r[1])
    return {
        "endpoint": name,
        "requests": n,
        "errors": errors,
        "rps": n / wall,
        "p50_ms": 1000 * statistics.median(lat),
        "p99_ms": 1000 * lat[min(len(lat) - 1, int(0.99 * len(lat)))],
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--requests", type=int, default=400, help="requests per endpoint")
    ap.add_argument("--concurrency", type=int, default=8, help="client threads")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON too")
    args = ap.parse_args()

    port = free_port()
    base = f"http://127.0.0.1:{port}"
    with tempfile.TemporaryDirectory(prefix="azadkar-load-") as tmp:
        db = str(Path(tmp) / "market.duckdb")
        env = {**os.environ, "PYTHONWARNINGS": "ignore"}
        proc = subprocess.Popen(
            [sys.executable, "-c", SERVER, str(port), db],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        try:
            wait_ready(base, proc)
            cases: list[tuple[str, Callable[[httpx.Client], httpx.Response]]] = [
                ("GET /healthz (baseline)", lambda c: c.get(f"{base}/healthz")),
                (
                    "POST /api/assess (services)",
                    lambda c: c.post(f"{base}/api/assess", json=ASSESS_SERVICES),
                ),
                (
                    "POST /api/assess (free text)",
                    lambda c: c.post(f"{base}/api/assess", json=ASSESS_TEXT),
                ),
                ("POST /api/classify", lambda c: c.post(f"{base}/api/classify", json=CLASSIFY)),
            ]
            rows = [run(name, send, args.requests, args.concurrency) for name, send in cases]
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()

    print(
        f"azadkar web load test: {args.requests} requests per endpoint, {args.concurrency} "
        f"client threads, one uvicorn worker on 127.0.0.1, {os.cpu_count()} CPU(s)"
    )
    print(f"{'endpoint':32} {'req/s':>8} {'p50 ms':>8} {'p99 ms':>8} {'errors':>7}")
    for r in rows:
        print(
            f"{r['endpoint']:32} {r['rps']:8.1f} {r['p50_ms']:8.1f} {r['p99_ms']:8.1f} {r['errors']:7d}"
        )
    base_rps = float(rows[0]["rps"])
    for r in rows[1:]:
        print(f"  {r['endpoint']}: {float(r['rps']) / base_rps:.1%} of the baseline's throughput")
    if args.json:
        print(json.dumps(rows, indent=2))
    return 1 if any(int(r["errors"]) for r in rows) else 0


if __name__ == "__main__":
    raise SystemExit(main())
