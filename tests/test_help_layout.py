"""``--help`` on an 80-column terminal: each option's help runs under its name, full width."""

from __future__ import annotations

import re

from typer.testing import CliRunner

from azadkar.cli import app

runner = CliRunner()


def _help(width: int, *cmd: str) -> list[str]:
    r = runner.invoke(app, [*cmd, "--help"], terminal_width=width, env={"COLUMNS": str(width)})
    assert r.exit_code == 0, r.output
    return r.output.splitlines()


def test_narrow_help_puts_the_text_under_the_option_across_the_width() -> None:
    lines = _help(80, "disclose")
    tool = next(i for i, line in enumerate(lines) if re.match(r"│ +--tool, -t  <", line))
    # The first help line of --tool sits under it and uses most of the 78 inner columns;
    # in typer's table it had about 16 (one or two words a line).
    first = lines[tool + 1]
    assert first.startswith("│     An AI tool you used, as ID:MODE/CODE:PURPOSE")
    assert len(first.rstrip("│ ")) > 60
    assert all(len(line) <= 80 for line in lines)
    # A flag shows no "<bool>"; a required argument keeps its "*".
    assert not any("--no-input  <bool>" in line for line in lines)
    sign = _help(80, "credentials", "sign")
    assert any(line.startswith("│ * --cert  <path>") for line in sign)
    assert any(line.startswith("│   --title  <str>") for line in sign)


def test_wide_help_keeps_the_one_row_table() -> None:
    lines = _help(140, "disclose")
    row = next(line for line in lines if line.startswith("│ --tool "))
    assert "An AI tool you used" in row  # name and help on one row
