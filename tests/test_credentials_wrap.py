"""``credentials verify`` of several files at 80 columns: each file's line wraps under it.

Before, a "not checked" line ("notes.txt: not checked: unsupported file type .txt;
azadkar reads content credentials in JPEG ...") went on at column 0 of the next line
("credentials in JPEG (.jpg, .jpeg), ..."), which read as a line about another file, and
the summary's lines were not wrapped at all. Now a file's line goes on indented, so every
line at the left edge starts with a file's name, and no line is wider than the terminal.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from azadkar.cli import _common, app
from azadkar.cli._common import display_width
from azadkar.disclosure import DevCert, disclose, make_dev_cert, sign_file
from test_credentials import MAKERS


@pytest.fixture(scope="module")
def certs(tmp_path_factory: pytest.TempPathFactory) -> DevCert:
    return make_dev_cert(tmp_path_factory.mktemp("certs"))


@pytest.fixture
def folder(tmp_path: Path, certs: DevCert) -> Path:
    deliveries = tmp_path / "d"
    deliveries.mkdir()
    src = tmp_path / "cover.jpg"
    src.write_bytes(MAKERS["jpg"]())
    record = disclose(
        {"title": "Cover", "ai_share": 30, "human_review": True, "tools": [{"tool": "chatgpt"}]}
    )
    sign_file(src, cert=certs.cert, key=certs.key, out=deliveries / "cover.jpg", disclosure=record)
    (deliveries / "notes.txt").write_text("colours: teal and sand\n", encoding="utf-8")
    (deliveries / "logo.png").write_bytes(b"")
    (deliveries / "photo.png").write_bytes(MAKERS["jpg"]())  # a JPEG named .png
    return deliveries


@pytest.mark.parametrize("lang", ["en", "fa"])
def test_each_files_line_wraps_under_it_at_80_columns(
    folder: Path, lang: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(_common, "is_terminal", lambda stream: True)
    # a short relative path: pytest's temporary folders alone can be wider than 80 columns
    monkeypatch.chdir(folder.parent)
    r = CliRunner().invoke(
        app,
        ["credentials", "verify", folder.name, "--lang", lang],
        env={"COLUMNS": "80"},
        terminal_width=80,
    )
    assert r.exit_code == 2, r.output
    lines = r.output.splitlines()
    assert all(display_width(line) <= 80 for line in lines), [
        line for line in lines if display_width(line) > 80
    ]
    summary = "خلاصه" if lang == "fa" else "summary"
    at = next(i for i, line in enumerate(lines) if summary in line)
    files = lines[:at]
    # a line at the left edge names a file; the rest of its sentence is indented under it
    starts = [line for line in files if not line.startswith(" ")]
    assert len(starts) == 4, files
    names = ("cover.jpg", "notes.txt", "logo.png", "photo.png")
    assert sorted(n for line in starts for n in names if n in line) == sorted(names), starts
    assert len(files) > 4  # the not-checked lines were long enough to wrap
    # the summary's lines are wrapped too, and indented as they were
    assert all(line.startswith(("\u200f  ", "  ")) for line in lines[at + 1 :])


def test_in_a_pipe_each_files_line_stays_whole(folder: Path) -> None:
    """Piped or saved, lines are not broken (whole lines are better for pasting)."""
    r = CliRunner().invoke(app, ["credentials", "verify", str(folder)], env={"COLUMNS": "80"})
    notes = [line for line in r.output.splitlines() if "notes.txt" in line]
    assert len(notes) == 1
    assert notes[0].endswith("PNG (.png) and PDF (.pdf)")
