"""The public API as a type checker sees it: a user's script is checked against the real
signatures (through the lazy ``__getattr__`` alone every name was ``Any``, and nothing a
script did with ``azadkar`` could be wrong), and docs/library.md passes ``mypy --strict``."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

GOOD = """
from __future__ import annotations

import azadkar
from azadkar.text import Classification, classify_many

profile = azadkar.make_profile(["copywriting:70", "seo:30"], rate=40, currency="CAD")
a: azadkar.Assessment = azadkar.assess(profile)
beta: float = a.exposure.gpt4.beta
p: azadkar.Projection = azadkar.project(a, "observed-2023-2025")
pl: azadkar.Plan = azadkar.plan(a, monthly_costs=2500, units_per_usd=1.38)
floor: float | None = pl.pricing.floor_rate
batch = classify_many(["logo for my cafe", None])
cats: list[str] = batch.category
try:
    azadkar.make_profile(["nope"])
except azadkar.UnknownServiceError as err:
    fa: str | None = err.message_fa
"""

BAD = """
from __future__ import annotations

import azadkar

a = azadkar.assess(azadkar.make_profile(["seo"]))
beta: float = a.exposure.gpt4.betta
p = azadkar.project(a, years=2030)
n: int = azadkar.load_taxonomy()
"""


@pytest.fixture(scope="module")
def cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One mypy cache for this file's runs: the second reads azadkar from it."""
    return tmp_path_factory.mktemp("mypy-cache")


def _mypy(tmp_path: Path, cache: Path, name: str, code: str) -> subprocess.CompletedProcess[str]:
    script = tmp_path / name
    script.write_text(code, "utf-8")
    return subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(cache), str(script)],
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )


@pytest.mark.slow
def test_a_users_script_is_checked_against_the_real_signatures(tmp_path: Path, cache: Path) -> None:
    good = _mypy(tmp_path, cache, "good.py", GOOD)
    assert good.returncode == 0, good.stdout
    bad = _mypy(tmp_path, cache, "bad.py", BAD)
    assert bad.returncode == 1, bad.stdout
    assert 'has no attribute "betta"; maybe "beta"?' in bad.stdout
    assert 'Argument "years" to "project" has incompatible type "int"' in bad.stdout
    assert '"Taxonomy", variable has type "int"' in bad.stdout


@pytest.mark.slow
def test_the_library_guide_passes_mypy_strict(tmp_path: Path, cache: Path) -> None:
    text = (ROOT / "docs" / "library.md").read_text("utf-8")
    blocks = re.findall(r"```python\n(.*?)```", text, re.S)
    assert len(blocks) >= 7
    run = _mypy(tmp_path, cache, "library_md.py", "\n".join(blocks))
    assert run.returncode == 0, run.stdout
