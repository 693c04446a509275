"""The shell commands of the user docs run as written, and every flag they name exists.

Convention: a shell example is a fenced block tagged ```sh, ```bash or ```console. In it,
a line that starts with ``azadkar``, ``.venv/bin/azadkar`` or ``$ azadkar`` (after the
``$ `` prompt, if any) is an azadkar command; a line ending in ``\\`` goes on on the next
line, ``&&`` chains commands, ``#`` starts a comment. Other lines (``make demo``) are not
azadkar's and are left alone.

For each such command this test

- checks that every flag it names, and every flag its comment names (``# --format
  json|csv``), is listed in ``azadkar <command> --help``;
- runs it, in order, in one temporary folder per document holding small made-up inputs
  (a few postings, a PNG), with the market store under that folder, and expects exit 0.

Inline code that starts with ``azadkar `` (``azadkar market ingest FILE --encoding
cp1256``), or with a command name and names a flag (``credentials dev-cert --out DIR``,
``market rejected --limit``), is checked for its flags too, without being run.

The STDIN answers below are for the README's interactive ``azadkar disclose --save``:
change them when its questions change.
"""

from __future__ import annotations

import csv
import glob
import re
import shlex
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import typer
from typer.testing import CliRunner

from azadkar.cli import app

ROOT = Path(__file__).resolve().parent.parent
DOCS = ["README.md", "docs/library.md", "docs/market.md", "docs/disclosure.md", "docs/taxonomy.md"]

SHELL_BLOCK_RE = re.compile(r"^```(?:sh|bash|console)[ \t]*\n(.*?)^```", re.S | re.M)
# Inline code may run on over a line break (not over a blank line).
INLINE_CODE_RE = re.compile(r"(?<!`)`((?:[^`\n]|\n(?!\n)){1,400})`(?!`)")
FLAG_RE = re.compile(r"(?<![\w-])(--?[A-Za-z][\w-]*)")

# Commands a test cannot run to the end; their flags are still checked.
NOT_RUN = {("serve",): "starts a web server that runs until stopped"}

# Answers for commands that ask questions (the README's interactive `disclose`).
STDIN = {
    ("disclose",): "Logo for my cafe\n30\nmidjourney\n\nfirst sketches\n\ny\n",
}

runner = CliRunner()


@dataclass
class Command:
    doc: str
    line: int
    argv: list[str]  # after "azadkar"
    comment: str

    def __str__(self) -> str:
        return f"{self.doc}:{self.line}: azadkar {shlex.join(self.argv)}"


def _split_comment(line: str) -> tuple[str, str]:
    """``code  # comment`` -> (code, comment), a ``#`` inside quotes is no comment."""
    quote = ""
    for i, ch in enumerate(line):
        if quote:
            if ch == quote:
                quote = ""
        elif ch in "'\"":
            quote = ch
        elif ch == "#" and (i == 0 or line[i - 1].isspace()):
            return line[:i], line[i + 1 :]
    return line, ""


def _logical_lines(block: str, first_line: int) -> list[tuple[int, str]]:
    out: list[tuple[int, str]] = []
    buf, start = "", 0
    for n, raw in enumerate(block.splitlines()):
        if not buf:
            start = first_line + n
        if raw.rstrip().endswith("\\"):
            buf += raw.rstrip()[:-1] + " "
            continue
        out.append((start, buf + raw))
        buf = ""
    if buf:
        out.append((start, buf))
    return out


def _azadkar_argv(text: str) -> list[str] | None:
    words = shlex.split(text)
    if words[:1] == ["$"]:
        words = words[1:]
    if not words or words[0] not in ("azadkar", ".venv/bin/azadkar"):
        return None
    return words[1:]


def shell_commands(doc: str, text: str | None = None) -> list[Command]:
    """The azadkar commands of the doc's shell blocks, in the order they appear."""
    text = (ROOT / doc).read_text("utf-8") if text is None else text
    found: list[Command] = []
    for m in SHELL_BLOCK_RE.finditer(text):
        first = text.count("\n", 0, m.start(1)) + 1
        for line_no, line in _logical_lines(m.group(1), first):
            code, comment = _split_comment(line)
            parts = [p for p in re.split(r"\s&&\s", code) if p.strip()]
            for i, part in enumerate(parts):
                argv = _azadkar_argv(part)
                if argv is not None:
                    # A comment after a chain is about its last command.
                    found.append(
                        Command(doc, line_no, argv, comment if i == len(parts) - 1 else "")
                    )
    return found


def inline_commands(doc: str, text: str | None = None) -> list[Command]:
    """Inline code naming an azadkar command: `azadkar market ingest FILE --encoding X`,
    or, with a flag, a command without the program name: `credentials dev-cert --out DIR`."""
    text = (ROOT / doc).read_text("utf-8") if text is None else text
    text = SHELL_BLOCK_RE.sub(lambda m: "\n" * m.group(0).count("\n"), text)
    top = set(typer.main.get_command(app).list_commands(None))  # type: ignore[attr-defined]
    found = []
    for m in INLINE_CODE_RE.finditer(text):
        try:
            argv = _azadkar_argv(m.group(1))
            if argv is None:
                words = shlex.split(m.group(1))
                if words and words[0] in top and any(w.startswith("-") for w in words):
                    argv = words
        except ValueError:  # an unclosed quote in prose is not a command
            continue
        if argv is not None:
            found.append(Command(doc, text.count("\n", 0, m.start()) + 1, argv, ""))
    return found


def command_path(argv: list[str]) -> tuple[str, ...]:
    """The subcommand names at the head of ``argv`` (``market ingest``)."""
    # Typer carries its own copy of click, so the group is found by what it can do.
    cmd: Any = typer.main.get_command(app)
    path: list[str] = []
    for word in argv:
        if not hasattr(cmd, "list_commands") or word not in cmd.list_commands(None):
            break
        sub = cmd.get_command(None, word)
        if sub is None:
            break
        cmd = sub
        path.append(word)
    return tuple(path)


_HELP: dict[tuple[str, ...], str] = {}


def help_text(path: tuple[str, ...]) -> str:
    if path not in _HELP:
        r = runner.invoke(app, [*path, "--help"], terminal_width=250, env={"COLUMNS": "250"})
        assert r.exit_code == 0, f"azadkar {' '.join(path)} --help: {r.output}"
        _HELP[path] = r.output
    return _HELP[path]


def unknown_flags(command: Command) -> list[str]:
    """Flags the command or its comment names that its --help does not list."""
    path = command_path(command.argv)
    helped = help_text(path)
    # A synopsis writes optional flags in brackets: `[--engine duckdb|spark]`.
    words = [w.strip("[]").split("=", 1)[0] for w in command.argv[len(path) :]]
    named = [w for w in words if FLAG_RE.fullmatch(w)]
    named += FLAG_RE.findall(command.comment)
    return [
        f
        for f in dict.fromkeys(named)
        if not re.search(rf"(?<![\w-]){re.escape(f)}(?![\w-])", helped)
    ]


# --- made-up inputs ------------------------------------------------------------------


def _rss(path: Path, n: int = 60) -> None:
    """A small Upwork RSS export: a few kinds of job over two months, hourly and fixed."""
    titles = ["Logo design for a bakery", "SEO audit for a Shopify store",
              "Translate product pages to Persian", "Data entry into Excel sheets",
              "Label images for AI training data", "WordPress site speed fix"]  # fmt: skip
    fields = ["title", "url", "published", "description", "skills", "category", "country",
              "budget", "hourly_range_min", "hourly_range_max"]  # fmt: skip
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=fields)
        w.writeheader()
        for i in range(n):
            hourly = i % 3 == 0
            w.writerow(
                {
                    "title": titles[i % len(titles)],
                    "url": f"https://www.upwork.com/jobs/~doc{i:05d}",
                    "published": f"2024-{5 + i % 2:02d}-{1 + i % 28:02d} 09:30",
                    "description": "details of the job",
                    "skills": "",
                    "category": "",
                    "country": "Canada",
                    "budget": "" if hourly else str(80 + 7 * i),
                    "hourly_range_min": str(12 + i % 20) if hourly else "",
                    "hourly_range_max": str(25 + i % 20) if hourly else "",
                }
            )


def _jobinja(path: Path) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["links", "title", "salary", "company", "location"])
    ws.append(
        ["https://jobinja.ir/j/1", "کارشناس تحلیل داده", "از ۲۵,۰۰۰,۰۰۰ تومان", "الف", "تهران"]
    )
    ws.append(["https://jobinja.ir/j/2", "برنامه‌نویس پایتون", "توافقی", "ب", "تهران"])
    ws.append(["https://jobinja.ir/j/3", "طراح گرافیک", "۲۰,۰۰۰,۰۰۰ تومان", "پ", "شیراز"])
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(path)


def _png(path: Path) -> None:
    from PIL import Image

    Image.new("RGB", (64, 48), (200, 120, 40)).save(path)


def _search(path: Path) -> None:
    """Upwork search results: no id, no date; the same result twice."""
    path.write_text(
        "Job Title,Hourly/Fixed,Budget,Level,Skills\n"
        "Python scraper,Hourly: $15.00 - $35.00,,Intermediate,Python\n"
        "Logo for a bakery,Fixed,Est. budget: $200.00,Entry,Logo Design\n"
        "Python scraper,Hourly: $15.00 - $35.00,,Intermediate,Python\n",
        "utf-8",
    )


def _inputs(folder: Path) -> None:
    """The inputs the docs name, in ``folder`` and in ``../shared/data/postings``."""
    _rss(folder / "postings.csv")
    _rss(folder / "upwork-rss-2024.csv")
    _jobinja(folder / "jobinja-fa" / "Data_Analyst.xlsx")
    shared = folder.parent / "shared" / "data" / "postings"
    shared.mkdir(parents=True, exist_ok=True)
    _rss(shared / "upwork-rss-2024.csv")
    _search(shared / "upwork-dev-titles.csv")
    _jobinja(shared / "jobinja-fa" / "Data_Analyst.xlsx")
    _jobinja(shared / "jobinja-fa" / "machine_learning.xlsx")
    (folder / "posts.csv").write_text(
        "title\nLogo for my cafe\nنیازمند ادمین اینستاگرام\nتایپ و ورود اطلاعات\n", "utf-8"
    )
    _png(folder / "logo.png")
    _png(folder / "poster.png")


def _expand(argv: list[str], cwd: Path) -> list[str]:
    out: list[str] = []
    for word in argv:
        if any(c in word for c in "*?["):
            matches = sorted(glob.glob(word, root_dir=cwd))
            assert matches, f"{word} matches no file"
            out.extend(matches)
        else:
            out.append(word)
    return out


# --- the tests -------------------------------------------------------------------------


def test_the_docs_have_commands_to_check() -> None:
    assert len(shell_commands("README.md")) >= 15
    assert len(shell_commands("docs/market.md")) >= 5
    assert len(shell_commands("docs/disclosure.md")) >= 5
    assert len(inline_commands("docs/market.md")) >= 10


@pytest.mark.parametrize("doc", DOCS)
def test_every_flag_the_docs_name_is_in_the_commands_help(doc: str) -> None:
    bad = [
        f"{c}: {', '.join(unknown_flags(c))}"
        for c in shell_commands(doc) + inline_commands(doc)
        if unknown_flags(c)
    ]
    assert not bad, "flags the --help of their command does not list:\n" + "\n".join(bad)


def test_a_flag_that_does_not_exist_is_caught() -> None:
    """A misspelt or removed flag in a block, in a block's comment or in an inline synopsis
    fails the flag test, naming the doc, the line and the flag."""
    doc = (
        "Load postings:\n\n"
        "```sh\n"
        "azadkar market ingest a.csv --mapping m.toml \\\n"
        "    --frobnicate && azadkar market status   # also --format json\n"
        "$ azadkar market indicators --db m.duckdb  # --enigne spark\n"
        "make demo --not-ours\n"
        "```\n\n"
        "Or `azadkar market report out.html [--langs fa]`, then `credentials\nsign f.png --certt c.pem`.\n"
    )
    found = shell_commands("x.md", doc) + inline_commands("x.md", doc)
    assert [str(c) for c in found] == [
        "x.md:4: azadkar market ingest a.csv --mapping m.toml --frobnicate",
        "x.md:4: azadkar market status",
        "x.md:6: azadkar market indicators --db m.duckdb",
        "x.md:10: azadkar market report out.html '[--langs' 'fa]'",
        "x.md:10: azadkar credentials sign f.png --certt c.pem",
    ]
    assert [unknown_flags(c) for c in found] == [
        ["--frobnicate"], [], ["--enigne"], ["--langs"], ["--certt"]
    ]  # fmt: skip


@pytest.mark.slow
@pytest.mark.parametrize("doc", [d for d in DOCS if shell_commands(d)])
def test_every_command_of_the_docs_runs(
    doc: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    work = tmp_path / "main"  # the project folder, with ../shared/data beside it
    work.mkdir()
    _inputs(work)
    monkeypatch.chdir(work)
    env = {"XDG_DATA_HOME": str(tmp_path / "data"), "COLUMNS": "80", "NO_COLOR": "1"}
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    ran = 0
    for command in shell_commands(doc):
        path = command_path(command.argv)
        if path in NOT_RUN:
            continue
        r = runner.invoke(
            app, _expand(command.argv, work), input=STDIN.get(path), env=env, terminal_width=80
        )
        assert r.exit_code == 0, f"{command} exited {r.exit_code}:\n{r.output}\n{r.exception!r}"
        ran += 1
    assert ran >= 3
