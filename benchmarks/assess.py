#!/usr/bin/env python3
"""How fast an assessment is, in process and from the command line.

    python benchmarks/assess.py [--repeat 200] [--cold 7]

Prints the median in-process assessment time (warm caches), the time of
``azadkar --help`` and of a cold ``azadkar assess`` (a new process each run), each
beside ``python -c pass`` measured in the same run, so a loaded machine shows up in
the baseline rather than as a false regression.

The process starts are timed twice:
- as installed: with compiled bytecode for every module they import, which is what a
  user has after ``pip install`` (pip compiles a wheel's modules at install time). The
  bytecode goes to a temporary PYTHONPYCACHEPREFIX, written by one untimed start of each
  command, so the checkout is not touched;
- from source: with PYTHONDONTWRITEBYTECODE=1 and no cache, so every start compiles
  azadkar's own modules again. This is how an editable checkout runs when the
  environment forbids bytecode (the development machines set PYTHONDONTWRITEBYTECODE=1);
  third-party packages keep the bytecode pip wrote for them.

Targets (for the installed rows): assessment < 50 ms warm, ``--help`` < 0.5 s, cold
assess < 1.5 s.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BIN = Path(sys.executable).parent
PROFILE = ["logo_design:40", "social_media_management:30", "copywriting:20", "seo:10"]


def wall(cmd: list[str], runs: int, env: dict[str, str] | None = None) -> float:
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        subprocess.run(
            cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env
        )
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def main() -> None:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--repeat", type=int, default=200, help="in-process assessments to time")
    ap.add_argument("--cold", type=int, default=7, help="process starts to time per command")
    args = ap.parse_args()

    import azadkar

    azadkar.assess(PROFILE)  # load the shipped tables once (warm caches)
    samples = []
    for _ in range(args.repeat):
        t0 = time.perf_counter()
        azadkar.assess(PROFILE).to_dict()
        samples.append(time.perf_counter() - t0)
    warm = statistics.median(samples)

    exe = str(BIN / "azadkar")
    help_cmd = [exe, "--help"]
    assess_cmd = [
        exe,
        "assess",
        *[arg for s in PROFILE for arg in ("--service", s)],
        "--format",
        "json",
    ]
    with tempfile.TemporaryDirectory(prefix="azadkar-pyc-") as cache:
        installed = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        installed["PYTHONPYCACHEPREFIX"] = cache
        for cmd in (help_cmd, assess_cmd):  # untimed: writes the bytecode of what they import
            subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, env=installed)
        source = {k: v for k, v in os.environ.items() if k != "PYTHONPYCACHEPREFIX"}
        source["PYTHONDONTWRITEBYTECODE"] = "1"
        base = wall([sys.executable, "-c", "pass"], args.cold, installed)
        helps = wall(help_cmd, args.cold, installed)
        cold = wall(assess_cmd, args.cold, installed)
        helps_src = wall(help_cmd, args.cold, source)
        cold_src = wall(assess_cmd, args.cold, source)

    rows = [
        ("python -c pass (baseline)", base, None),
        ("assess, in process (warm, 4 services)", warm, 0.050),
        ("azadkar --help, as installed", helps, 0.5),
        ("azadkar assess, cold process, as installed", cold, 1.5),
        ("azadkar --help, from source", helps_src, None),
        ("azadkar assess, cold process, from source", cold_src, None),
    ]
    print(f"{'measure':44} {'median':>10} {'x baseline':>11} {'target':>8}  ok")
    for name, value, target in rows:
        ratio = value / base
        ok = "" if target is None else ("yes" if value < target else "NO")
        tgt = "" if target is None else f"{target * 1000:.0f} ms"
        print(f"{name:44} {value * 1000:8.1f} ms {ratio:10.2f}x {tgt:>8}  {ok}")


if __name__ == "__main__":
    main()
