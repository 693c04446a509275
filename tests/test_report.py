"""Reports: self-contained HTML, Markdown sections with footnotes, Persian PDF, CLI wiring."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from typer.testing import CliRunner

from azadkar.cli import app
from azadkar.exposure import assess, make_profile
from azadkar.plan import plan
from azadkar.projection import project

runner = CliRunner()
SERVICES = ["--service", "logo_design:50", "--service", "social_media_management:50"]


@pytest.fixture(scope="module")
def parts() -> tuple:
    a = assess(make_profile(["logo_design:50", "social_media_management:50"], rate=15))
    return a, project(a), plan(a, monthly_costs=400)


def _external_refs(html: str) -> list[str]:
    found = re.findall(r"<script[^>]*\bsrc\s*=\s*[\"']?([^\"' >]+)", html, re.I)
    found += re.findall(r"<link[^>]*\bhref\s*=\s*[\"']?([^\"' >]+)", html, re.I)
    found += re.findall(r"url\(\s*[\"']?([^\"')]+)", html, re.I)
    found += re.findall(r"@import\s+[\"']?([^\"';]+)", html, re.I)
    return [u for u in found if not u.startswith("data:")]


@pytest.mark.slow
@pytest.mark.parametrize("lang", ["en", "fa"])
def test_html_is_self_contained(parts: tuple, lang: str) -> None:
    from azadkar.report.html import render_html

    html = render_html(*parts, lang=lang)
    assert _external_refs(html) == []
    assert not re.search(r"(src|href)\s*=\s*[\"']?https?://", html, re.I)
    assert "@font-face" in html and "data:font/woff2;base64," in html
    assert html.count("<svg") >= 4  # four inline charts
    assert f'dir="{"rtl" if lang == "fa" else "ltr"}"' in html
    # every footnote reference points at a note that exists
    refs = set(re.findall(r'href="#fn-(\d+)"', html))
    notes = set(re.findall(r'id="fn-(\d+)"', html))
    assert refs and refs == notes
    if lang == "fa":
        assert "طراحی لوگو" in html and "برنامهٔ شما" in html


def test_external_reference_check_catches_cdn_links() -> None:
    bad = '<link rel="stylesheet" href="https://cdn.example/x.css"><style>@font-face{src:url(http://f/x.woff2)}</style>'
    assert len(_external_refs(bad)) == 2


def test_markdown_sections_and_footnotes(parts: tuple) -> None:
    from azadkar.report.markdown import report_markdown

    for lang, heads in (
        ("en", ("## 2. Outlook 2026–2030", "## 3. Your plan", "## 4. Pricing", "## Assumptions")),
        ("fa", ("## ۲. چشم‌انداز ۲۰۲۶ تا ۲۰۳۰", "## ۳. برنامهٔ شما", "## ۴. قیمت‌گذاری")),
    ):
        md = report_markdown(*parts, lang=lang)
        assert md.startswith("# azadkar")
        for head in heads:
            assert head in md
        used = set(re.findall(r"\[\^([\w-]+)\](?!:)", md))
        defined = set(re.findall(r"^\[\^([\w-]+)\]:", md, re.M))
        assert used and used <= defined


def test_cli_json_keeps_assessment_and_adds_projection_and_plan() -> None:
    r = runner.invoke(
        app, ["assess", *SERVICES, "--rate", "12", "--costs", "500", "--format", "json"]
    )
    assert r.exit_code == 0, r.output
    d = json.loads(r.stdout)
    assert {"schema", "profile", "exposure", "layers", "services", "sources"} <= set(d)
    assert d["projection"]["schema"] == "azadkar.projection/1"
    assert len(d["projection"]["years"]) == 5
    assert d["plan"]["pricing"]["floor_rate"] > 0


def test_cli_scenario_file_error_and_md_report(tmp_path: Path) -> None:
    bad = tmp_path / "s.toml"
    bad.write_text(
        'schema = "azadkar.scenario/1"\nid = "s"\nname_en = "s"\nname_fa = "s"\nstatus = "assumption"\n'
        '[pay.design]\nvalue = -2\nsource = "x"\nstatus = "assumption"\n',
        encoding="utf-8",
    )
    r = runner.invoke(app, ["assess", "--service", "seo", "--scenario", str(bad)])
    assert r.exit_code == 2
    assert "pay.design.value" in r.output and "-0.9 to 1" in r.output
    out = tmp_path / "r.md"
    r = runner.invoke(app, ["assess", "--service", "seo", "--report", str(out), "--lang", "fa"])
    assert r.exit_code == 0, r.output
    assert "## ۳. برنامهٔ شما" in out.read_text(encoding="utf-8")
    r = runner.invoke(app, ["assess", "--service", "seo", "--report", str(tmp_path / "r.docx")])
    assert r.exit_code != 0 and ".html, .pdf or .md" in r.output


def test_scenarios_command() -> None:
    r = runner.invoke(app, ["scenarios", "observed-2023-2025", "--format", "json"])
    assert r.exit_code == 0, r.output
    assert json.loads(r.stdout)["params"]["demand.design"]["value"] == -0.17


@pytest.mark.slow
@pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="poppler-utils (pdftotext) not installed"
)
def test_persian_pdf_text_is_in_logical_order(tmp_path: Path) -> None:
    out = tmp_path / "r.pdf"
    r = runner.invoke(app, ["assess", *SERVICES, "--lang", "fa", "--report", str(out)])
    assert r.exit_code == 0, r.output
    assert out.read_bytes().startswith(b"%PDF")
    text = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout
    # Logical order: the words come out as typed, not reversed glyph by glyph.
    for words in ("طراحی لوگو", "کار شما چقدر در معرض است", "قیمت‌گذاری".replace("\u200c", "")):
        assert words in text.replace("\u200c", ""), words
    assert "وگول یحارط" not in text
    fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True).stdout
    assert "Vazirmatn" in fonts


def test_persian_html_report_numbers_lists_and_names_tasks_in_persian(parts: tuple) -> None:
    from azadkar.report.html import render_html

    fa = render_html(*parts, lang="fa")
    assert re.search(r"ol:lang\(fa\)\s*\{\s*list-style-type:\s*persian", fa)
    assert "O*NET 27-1011.00، وظیفهٔ ۲۸۴" in fa and "#284" not in fa
    en = render_html(*parts, lang="en")
    assert "O*NET 27-1011.00 #284" in en
