"""Texts per second: the library against the HTTP API, one text at a time and in batches.

Starts ``azadkar serve`` on a free port of this machine (a data folder of its own in a
temporary directory), then classifies the same texts four ways:

- library, ``classify_many(texts)``: one pass of the model;
- library, ``classify(text)`` for each text (with the words that decided);
- API, ``POST /api/classify {"texts": [...]}`` in batches of ``--batch``;
- API, ``POST /api/classify {"text": ...}`` for each text (the first ``--single`` texts).

The texts are synthetic job titles in English and Persian (numbered so that no two are
the same), never data from elsewhere. The times include the HTTP round trip and JSON, not
the server's start or the model's first load (a warm-up request comes first).

    .venv/bin/python benchmarks/classify_api.py              # 1,000 texts
    .venv/bin/python benchmarks/classify_api.py --n 5000 --batch 1000 --single 200
"""

from __future__ import annotations

import argparse
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

TITLES = [
    "Logo design for a bakery",
    "SEO audit for a Shopify store",
    "ترجمه مقاله انگلیسی به فارسی",
    "Data entry into Excel sheets",
    "I edit videos for YouTube channels",
    "طراحی سایت وردپرسی برای فروشگاه",
    "Manage the Instagram page of a cafe, paid hourly",
    "Bookkeeping for a small business",
    "ادمین اینستاگرام و تولید محتوا",
    "Label images for AI training data",
]


def texts(n: int) -> list[str]:
    return [f"{TITLES[i % len(TITLES)]} {i}" for i in range(n)]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_up(base: str, proc: subprocess.Popen[bytes]) -> None:
    for _ in range(300):
        if proc.poll() is not None:
            raise SystemExit(f"azadkar serve stopped (exit {proc.returncode})")
        try:
            if httpx.get(f"{base}/healthz", timeout=1).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.1)
    raise SystemExit("azadkar serve did not start in 30 s")


def rate(label: str, n: int, seconds: float) -> None:
    print(f"{label:48} {n:6d} texts {seconds:8.3f} s {n / seconds:10,.0f} texts/s")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("--n", type=int, default=1000, help="texts to classify (default 1000)")
    ap.add_argument("--batch", type=int, default=1000, help="texts per API batch (<= 1000)")
    ap.add_argument("--single", type=int, default=200, help="texts sent one per request")
    args = ap.parse_args()
    data = texts(args.n)

    from azadkar.text import classify, classify_many, load_classifier

    load_classifier()
    classify("warm up")
    t = time.perf_counter()
    classify_many(data)
    rate("library classify_many(texts)", args.n, time.perf_counter() - t)
    t = time.perf_counter()
    for text in data[: args.single]:
        classify(text)
    rate("library classify(text), one by one", args.single, time.perf_counter() - t)

    port = free_port()
    base = f"http://127.0.0.1:{port}"
    with tempfile.TemporaryDirectory(prefix="azadkar-bench-") as tmp:
        cmd = [
            str(Path(sys.executable).with_name("azadkar")),
            "serve",
            "--port",
            str(port),
            "--data-dir",
            tmp,
            "--market-db",
            str(Path(tmp) / "market.duckdb"),
        ]
        proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            wait_up(base, proc)
            with httpx.Client(base_url=base, timeout=120) as http:
                http.post("/api/classify", json={"text": "warm up"}).raise_for_status()
                t = time.perf_counter()
                done = 0
                for start in range(0, args.n, args.batch):
                    r = http.post("/api/classify", json={"texts": data[start : start + args.batch]})
                    r.raise_for_status()
                    done += r.json()["classified"]
                assert done == args.n, done
                rate(f"API texts, batches of {args.batch}", args.n, time.perf_counter() - t)
                t = time.perf_counter()
                for text in data[: args.single]:
                    http.post("/api/classify", json={"text": text}).raise_for_status()
                rate("API text, one request each", args.single, time.perf_counter() - t)
        finally:
            proc.terminate()
            proc.wait(timeout=30)


if __name__ == "__main__":
    main()
