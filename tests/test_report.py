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
    from azadkar.report.plan_strings import s

    for lang, heads in (
        (
            "en",
            (
                "## 1. How exposed your work is",
                "## 2. Outlook 2026–2030",
                "## 3. Your plan",
                "## 4. Pricing",
                "## Assumptions",
            ),
        ),
        (
            "fa",
            (
                "## ۱. کار شما چقدر در معرض است",
                "## ۲. چشم‌انداز ۲۰۲۶ تا ۲۰۳۰",
                "## ۳. برنامهٔ شما",
                "## ۴. قیمت‌گذاری",
            ),
        ),
    ):
        md = report_markdown(*parts, lang=lang)
        assert md.startswith(f"# azadkar — {s('report_title', lang)}")  # as the HTML's title
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


def _shipped_english_sources() -> list[str]:
    """The English prose of every shipped source a Persian report may cite."""
    from azadkar.plan import default_exchange_rate, load_roles
    from azadkar.scenarios import list_scenarios
    from azadkar.tools import load_catalogue

    book = load_roles()
    sources = [p.source for sc in list_scenarios() for p in sc]
    sources += [c.source for sc in list_scenarios() for c in sc.claims]
    sources += [r.claim_source for r in book.roles] + [h.source for h in book.human_skills]
    sources += [load_catalogue().source, default_exchange_rate().source]
    # "azadkar assumption: <prose>" / "Source report (2025): <prose>": the prose after the label.
    return sorted({s.split(": ", 1)[-1] for s in sources})


def _plain(text: str) -> str:
    return " ".join(text.replace("\u2068", "").replace("\u2069", "").split())


@pytest.mark.parametrize(
    ("services", "scenario"),
    [
        (["seo"], "report-2025"),
        (["logo_design:30", "text_translation:40", "data_entry:30"], "report-2025"),
        (
            ["article_writing:25", "logo_design:25", "text_translation:25", "data_entry:25"],
            "observed-2023-2025",
        ),
        (["ml_development:50", "ai_consulting:50"], "observed-2023-2025"),
    ],
)
def test_persian_outputs_cite_every_source_in_persian(services: list[str], scenario: str) -> None:
    from io import StringIO

    from rich.console import Console

    from azadkar.report.html import render_html
    from azadkar.report.markdown import report_markdown
    from azadkar.report.plan_view import render_outlook

    a = assess(make_profile(services, rate=400000, currency="toman"))
    p = project(a, scenario)
    pl = plan(a, scenario=scenario, monthly_costs=30000000)
    buf = StringIO()
    render_outlook(p, pl, "fa", console=Console(file=buf, width=100000, color_system=None))
    outputs = {
        "terminal": _plain(buf.getvalue()),
        "md": _plain(report_markdown(a, p, pl, "fa")),
        "html": _plain(render_html(a, p, pl, "fa")),
    }
    english = _shipped_english_sources()
    for where, text in outputs.items():
        for source in english:
            assert _plain(source) not in text, (where, source)
        for key in p.params_used:
            assert _plain(p.scenario.params[key].source_fa) in text, (where, key)
    # The footnotes of the cited figures: connecting words in Persian, titles as cited.
    if scenario == "report-2025":
        assert "پژوهش MIT (۲۰۲۴)، به نقل گزارش مرجع" in outputs["md"]
        assert "مجلهٔ Nature Human Behaviour (۲۰۲۴)، به نقل گزارش مرجع" in outputs["md"]


def test_scenarios_command_shows_persian_sources() -> None:
    from azadkar.scenarios import load_scenario

    sc = load_scenario("observed-2023-2025")
    for fmt in ("text", "md"):
        r = runner.invoke(
            app,
            ["scenarios", "observed-2023-2025", "--lang", "fa", "--format", fmt],
            terminal_width=100000,
        )
        assert r.exit_code == 0, r.output
        shown = _plain(r.stdout)
        for prm in sc:
            assert _plain(prm.source_fa) in shown, (fmt, prm.key)
            assert _plain(prm.source) not in shown, (fmt, prm.key)
    r = runner.invoke(app, ["scenarios", "observed-2023-2025", "--format", "json"])
    data = json.loads(r.stdout)["params"]["demand.design"]
    assert data["source"].startswith("Demirci") and data["source_fa"].startswith("دمیرچی")


@pytest.mark.parametrize("lang", ["en", "fa"])
def test_outlook_income_table_fits_80_columns_with_the_currency_in_the_header(lang: str) -> None:
    """Each year of the income table is one line at 80 columns: the currency is named once
    in the column header, not after each of the three figures of a cell (which wrapped)."""
    from io import StringIO

    from rich.console import Console

    from azadkar.report.plan_view import render_outlook
    from azadkar.report.strings import num

    a = assess(make_profile(["logo_design:50", "social_media_management:50"], rate=15))
    p, pl = project(a), plan(a)
    buf = StringIO()
    render_outlook(p, pl, lang, console=Console(file=buf, width=80, color_system=None))
    lines = buf.getvalue().splitlines()
    unit = "(دلار)" if lang == "fa" else "(USD)"
    header = next(i for i, line in enumerate(lines) if unit in line)
    assert lines[header].count(unit) == 2  # both income columns
    for y in p.years:
        year = num(y.year, lang, 0).replace("٬", "").replace(",", "")
        [row] = [line for line in lines if re.match(rf"{year}\s+\S+[%٪]", line)]
        assert "USD" not in row and "دلار" not in row
        central = num(y.stay.income.central, lang, 0)  # type: ignore[union-attr]
        low = num(y.stay.income.low, lang, 0)  # type: ignore[union-attr]
        assert f"{central}  ({low} – " in row, row
    rate = next(line for line in lines if ("15.00" in line or "۱۵٫۰۰" in line))
    assert unit.strip("()") in rate  # the rate today names its currency


@pytest.mark.parametrize("lang", ["en", "fa"])
def test_a_tasks_ai_share_names_the_plan_year_it_refers_to(lang: str) -> None:
    """'AI share 0%' beside 'Supervise' read as a contradiction: the share is the scenario's
    projection for the plan year, and the terminal and Markdown plans now say which year."""
    from io import StringIO

    from rich.console import Console

    from azadkar.report.markdown import outlook_markdown
    from azadkar.report.plan_view import render_outlook

    a = assess(make_profile(["logo_design"], rate=15))
    p, pl = project(a), plan(a, year=2028)
    buf = StringIO()
    render_outlook(p, pl, lang, console=Console(file=buf, width=100, color_system=None))
    said = "سهم هوش مصنوعی در ۲۰۲۸: " if lang == "fa" else "AI share in 2028: "
    assert buf.getvalue().count(said) == len(pl.actions)
    header = "سهم هوش مصنوعی ۲۰۲۸" if lang == "fa" else "AI share 2028"
    assert header in outlook_markdown(a, p, pl, lang)


def test_terminal_plan_lists_tasks_under_their_service() -> None:
    """Logo and banner design share O*NET tasks: the terminal plan listed those tasks twice
    in one list with nothing to tell the copies apart; it now has a heading per service."""
    from io import StringIO

    from rich.console import Console

    from azadkar.report.plan_view import render_outlook

    a = assess(make_profile(["logo_design:50", "banner_ad_design:50"], rate=15))
    p, pl = project(a), plan(a)
    buf = StringIO()
    render_outlook(p, pl, "en", console=Console(file=buf, width=200, color_system=None))
    text = buf.getvalue()
    logo, banner = text.index("Tasks of Logo design"), text.index("Tasks of Banner & advertising")
    assert logo < banner
    shared = "Present final layouts to clients for approval."
    assert text.count(shared) == 2
    assert logo < text.index(shared) < banner < text.rindex(shared)


@pytest.mark.parametrize(("service", "shown"), [("logo_design", False), ("text_translation", True)])
def test_the_new_role_row_is_shown_only_when_it_gets_hours(service: str, shown: bool) -> None:
    """The 'New role: content lifecycle' row read 0.0 in every column for most services (the
    audience layer takes the redeployed hours first), next to a scenario note that said the
    freed hours go to content-lifecycle work. The row is left out when it is zero throughout,
    and the note says where the hours go."""
    from io import StringIO

    from rich.console import Console

    from azadkar.projection import SUPERVISION
    from azadkar.report.plan_strings import bucket
    from azadkar.report.plan_view import render_outlook
    from azadkar.scenarios import load_scenario

    a = assess(make_profile([service], rate=10))
    p, pl = project(a), plan(a)
    assert (p.years[-1].adapt.hours[SUPERVISION].central > 0) is shown
    buf = StringIO()
    render_outlook(p, pl, "en", console=Console(file=buf, width=200, color_system=None))
    assert (bucket(SUPERVISION, "en") in buf.getvalue()) is shown
    note = load_scenario("report-2025").params["adapt.redeploy"].note_en
    assert "audience-layer (bridge) work first" in note


def test_more_idle_hours_on_the_adapt_path_are_explained_and_it_earns_more() -> None:
    """Under the observed scenario 'adapt' had more hours without paid work than 'stay as is'
    with nothing next to the table to say why; the note says it and the income shows it."""
    from io import StringIO

    from rich.console import Console

    from azadkar.projection import IDLE
    from azadkar.report.plan_view import render_outlook

    def shown(service: str, scenario: str | None) -> tuple[bool, bool, float, float]:
        a = assess(make_profile([service], rate=20))
        p, pl = project(a, scenario), plan(a, scenario=scenario)
        last = p.years[-1]
        buf = StringIO()
        render_outlook(p, pl, "en", console=Console(file=buf, width=200, color_system=None))
        more_idle = last.adapt.hours[IDLE].central > last.stay.hours[IDLE].central + 0.05
        return (
            more_idle,
            "Adapting leaves more hours without paid work" in buf.getvalue(),
            last.adapt.income.central,  # type: ignore[union-attr]
            last.stay.income.central,  # type: ignore[union-attr]
        )

    more_idle, noted, adapt, stay = shown("logo_design", "observed-2023-2025")
    assert more_idle and noted and adapt > stay
    more_idle, noted, _, _ = shown("logo_design", None)
    assert not more_idle and not noted


@pytest.mark.parametrize("lang", ["en", "fa"])
def test_toman_incomes_are_in_millions_and_parameters_in_words(lang: str) -> None:
    """An 8-digit toman band wrapped over two lines at 80 columns, and the scenario
    parameters were listed by their file keys only (layers.execution.takeover)."""
    from io import StringIO

    from rich.cells import cell_len
    from rich.console import Console

    from azadkar.report.plan_strings import param_label
    from azadkar.report.plan_view import render_outlook

    a = assess(
        make_profile(
            ["logo_design:60", "social_media_management:40"], rate=300_000, currency="toman"
        )
    )
    p, pl = project(a), plan(a)
    buf = StringIO()
    render_outlook(p, pl, lang, console=Console(file=buf, width=80, color_system=None))
    text = buf.getvalue()
    assert ("میلیون" if lang == "fa" else "million") in text
    year = "۲۰۳۰" if lang == "fa" else "2030"
    [row] = [line for line in text.splitlines() if re.match(rf"{year}\s+\S+[%٪]", line)]
    assert row.count("(") == 3 and cell_len(row) <= 80  # both bands on the year's line
    label = param_label("layers.execution.takeover", lang)
    assert label != "layers.execution.takeover" and label in text
    assert "layers.execution.takeover" in text  # the key is kept for editing a scenario file


def test_the_least_exposed_heading_does_not_call_tasks_the_plan_automates_human() -> None:
    """Social media management listed "Conduct online marketing initiatives…" (E2/E2) under
    "Most human tasks" while the plan said to automate it; the list is relative, and its
    heading now says so."""
    from azadkar.report.strings import t

    a = assess(make_profile(["social_media_management"]))
    listed = {tk.task_id for tk in a.services[0].most_human()}
    automated = {act.task.task_id for act in plan(a).by_action("automate")}
    assert listed & automated  # the case the reviewer saw
    for lang in ("en", "fa"):
        heading = t("most_human", lang)
        assert "human" not in heading.lower() and "انسانی" not in heading
        assert "relative" in heading or "نسبی" in heading


@pytest.mark.parametrize("lang", ["en", "fa"])
def test_an_assumption_parameter_is_not_footnoted_as_a_figure_of_the_report(lang: str) -> None:
    # The default scenario is called "Source report (2025)"; its footnotes used to start
    # "Source report (2025): market.pass_through = 1 (1 – 0.6)", an azadkar assumption
    # presented as the report's figure, with an unexplained band.
    from azadkar.report.notes import collect

    a = assess(make_profile(["logo_design"], rate=20))
    notes = collect(a, project(a), plan(a), lang)
    text = notes.texts["param:market.pass_through"]
    name = project(a).scenario.name(lang)
    assert not text.startswith(f"{name}:")
    if lang == "en":
        assert text.startswith(f"Scenario “{name}”: market.pass_through = 1 ")
        assert "(pessimistic 1, optimistic 0.6)" in text
        assert "azadkar assumption" in text
    else:
        assert text.startswith(f"سناریوی «{name}»: ")
        assert "(بدبینانه ۱، خوش‌بینانه ۰٫۶)" in text
        assert "فرض آزادکار" in text


@pytest.mark.slow
def test_a_pdf_section_heading_is_not_left_alone_at_the_foot_of_a_page() -> None:
    # A Toronto copywriter's report: "2. Outlook 2026–2030" and the scenario line sat at
    # the bottom of page 2, the chart they introduce on page 3; "3. Your plan" and its
    # summary likewise at the bottom of page 4, the first task table on page 5.
    from weasyprint import HTML

    from azadkar.report.html import render_html
    from azadkar.text import understand_profile

    text = (
        "I write website copy, email sequences and landing pages for SaaS startups, "
        "sometimes edit blog posts"
    )
    c, shares = understand_profile(text)
    profile = make_profile([(s, 100 * w) for s, w in shares], rate=85, currency="CAD", text=text)
    a = assess(profile, understood=c)
    p = project(a)
    pl = plan(a, scenario=p.scenario, monthly_costs=2500, units_per_usd=1.38)
    doc = HTML(string=render_html(a, p, pl, "en", for_pdf=True)).render()

    def walk(box):  # type: ignore[no-untyped-def]
        yield box
        for child in getattr(box, "children", []):
            yield from walk(child)

    checked = 0
    for page in doc.pages:
        # The children of each <section> that start or continue on this page, in order.
        on_page: list = []
        parent: dict = {}
        for box in walk(page._page_box):
            if getattr(box, "element_tag", None) != "section":
                continue
            for child in box.children:
                el = getattr(child, "element", None)
                if el is not None and el is not box.element and el not in on_page:
                    on_page.append(el)
                    parent[id(el)] = box.element
        for k, el in enumerate(on_page):
            if el.tag != "h2":
                continue
            siblings = list(parent[id(el)])
            after = siblings[siblings.index(el) + 1 :]
            intro = 1 if after and after[0].tag == "p" else 0
            if len(after) > intro:  # something follows the heading (and its intro line)
                checked += 1
                assert len(on_page) > k + 1 + intro, f"{el.text!r} ends its page alone"
    assert checked >= 5


@pytest.mark.parametrize(
    ("lang", "shown"),
    [
        ("en", "(confidence &gt;99%)"),
        ("fa", "(اطمینان بیش از ۹۹٪)"),  # in words: no sign to keep before its digits
    ],
)
def test_html_report_understood_confidence_is_bounded(lang: str, shown: str) -> None:
    # The report's "what azadkar understood" said "(confidence 100%)" for 0.9999.
    from types import SimpleNamespace

    from azadkar.report.html import render_html

    a = assess(
        make_profile(["seo:100"], text="SEO for shops"),
        understood=SimpleNamespace(services=[("seo", 0.9999)], evidence=[]),
    )
    html = render_html(a, project(a), plan(a, monthly_costs=400), lang)
    assert shown in html
    assert "100%)" not in html and "۱۰۰٪)" not in html


@pytest.mark.parametrize("lang", ["en", "fa"])
def test_markdown_report_says_what_it_was_computed_from(lang: str) -> None:
    # The Markdown report opened on a table: the weekly hours behind "income today" were
    # nowhere, nor the rate or the scenario, and section 1 had no heading while 2-4 had.
    from azadkar.report.markdown import report_markdown
    from azadkar.report.plan_strings import s

    a = assess(
        make_profile(["copywriting:60", "seo:40"], rate=70, currency="CAD", hours_per_week=30)
    )
    p = project(a)
    md = report_markdown(a, p, plan(a, scenario=p.scenario, monthly_costs=3000), lang)
    head = md[: md.index(f"## {s('exposure_section', lang)}")]
    assert head.startswith(f"# azadkar — {s('report_title', lang)}")
    hours = "۳۰" if lang == "fa" else "30"
    line = next(
        x for x in head.splitlines() if x.startswith(f"- **{s('hours_week', lang).capitalize()}**")
    )
    ref = re.search(r"\[\^(\d+)\]", line)
    assert hours in line and ref
    # the footnote is the one on weekly hours, and its number is the same further down
    note = re.search(rf"^\[\^{ref.group(1)}\]: (.*)$", md, re.M)
    assert note and "--hours" in note.group(1)
    assert ("۷۰٫۰۰" if lang == "fa" else "70.00 CAD") in head
    assert p.scenario.name(lang) in head


def test_html_report_footnotes_the_weekly_hours(parts: tuple) -> None:
    # "hours per week 40" drove every income figure but carried no evidence; the default of
    # 40 when --hours is not given is now stated.
    from azadkar.report.html import render_html

    html = render_html(*parts, lang="en")
    dd = re.search(r"<dt>Hours per week</dt><dd>40(.*?)</dd>", html)
    assert dd and 'href="#fn-' in dd.group(1)
    n = re.search(r'href="#fn-(\d+)"', dd.group(1)).group(1)
    note = re.search(rf'<li id="fn-{n}"[^>]*>(.*?)</li>', html, re.S)
    assert note and "--hours, 40 when you give none" in re.sub("<[^>]+>", "", note.group(1))


@pytest.mark.parametrize("lang", ["en", "fa"])
def test_income_chart_starts_today_like_the_table_and_the_hours_chart(
    parts: tuple, lang: str
) -> None:
    # The income chart's first point read "2025" while the table beside it and the hours
    # chart say "today" (a report made in 2026 then looked as if 2025 were its present).
    from azadkar.report import charts
    from azadkar.report.strings import fa_digits

    p = parts[1]
    spec = charts.income(p, lang).to_dict()
    years = [row["year"] for row in spec["data"]["values"]]
    today = "امروز" if lang == "fa" else "today"
    base = str(p.scenario.base_year)
    assert years[0] == today
    assert base not in years and fa_digits(base) not in years


@pytest.mark.slow
def test_charts_keep_a_readable_size_on_a_phone(parts: tuple) -> None:
    # At 390px the SVG charts were scaled to the screen, with 5px text; on a narrow screen
    # they now keep their size and scroll sideways (from the right in Persian), and the
    # profile's labels stack above their values.
    from azadkar.report.html import render_html

    html = render_html(*parts, lang="fa")
    css = html[: html.index("</style>")]
    narrow = re.search(r"@media screen and \(max-width: 600px\) \{(.*?)\n\}", css, re.S)
    assert narrow, "no rule for narrow screens"
    rules = narrow.group(1)
    assert re.search(r"\.chart svg \{[^}]*max-width: none", rules)
    assert re.search(r"\.chart svg \{[^}]*direction: ltr", rules)
    assert "html[dir=rtl] .chart { direction: rtl; }" in rules
    assert ".meta dl { grid-template-columns: 1fr" in rules


def test_income_chart_legend_swatches_are_as_strong_as_the_lines(parts: tuple) -> None:
    # The legend took its swatches from the band layer (opacity 0.18): a pale pink dot for
    # the red "stay as is" line.
    from azadkar.report import charts

    spec = charts.income(parts[1], "en").to_dict()
    legends = [layer["encoding"]["color"].get("legend") for layer in spec["layer"]]
    assert legends and all(lg and lg.get("symbolOpacity") == 1 for lg in legends)


@pytest.mark.parametrize("lang", ["en", "fa"])
def test_each_rule_is_explained_once_and_rows_name_their_rule(lang: str) -> None:
    """Every task row repeated its rule's whole sentence (the same two lines dozens of
    times); the rules now stand once above the task tables and each row names its rule."""
    import azadkar
    from azadkar.plan import plan
    from azadkar.projection import project
    from azadkar.report.html import render_html
    from azadkar.report.markdown import report_markdown

    a = azadkar.assess(["copywriting:60", "email_marketing:40"])
    p = project(a)
    pl = plan(a, scenario=p.scenario)
    for doc in (render_html(a, p, pl, lang), report_markdown(a, p, pl, lang)):
        for act in {x.rule: x for x in pl.actions}.values():
            assert doc.count(act.reason(lang)) == 1, (act.rule, doc.count(act.reason(lang)))
        word = "قاعدهٔ" if lang == "fa" else "rule"
        rows = len(pl.actions)
        assert doc.count(f"{word} ") >= rows


@pytest.mark.parametrize("lang", ["en", "fa"])
def test_a_cited_claim_is_listed_once_with_its_source(lang: str) -> None:
    """The scenario's cited claims were listed in their own section and again among the
    checked claims; each now stands once, among the checks, with its source footnote."""
    from types import SimpleNamespace

    import azadkar
    from azadkar.plan import plan
    from azadkar.projection import project
    from azadkar.report.html import render_html
    from azadkar.report.markdown import report_markdown, scenario_only_claims

    a = azadkar.assess(["text_translation"])
    p = project(a)
    pl = plan(a, scenario=p.scenario)
    assert p.scenario.claims
    md = report_markdown(a, p, pl, lang)
    page = render_html(a, p, pl, lang)
    from azadkar.claims import check_claims

    checked = {c.claim.id: c.claim.text(lang) for c in check_claims().checks}
    for c in p.scenario.claims:
        said = checked[c.id]
        line = next(x for x in md.splitlines() if x.startswith(f"- {said}"))
        assert "[^" in line and "**" in line  # the footnote, then the verdict
        assert md.count(f"- {c.text(lang)}") == (1 if c.text(lang) == said else 0)
        assert page.count(f"<li>{c.text(lang)} ") == 0  # no second list in the HTML
    assert 'id="claims"' not in page and 'id="claim-checks"' in page
    # a scenario of one's own may cite claims the checks do not know: those keep a list
    mine = SimpleNamespace(id="my_claim")
    checks = [SimpleNamespace(claim=SimpleNamespace(id="exposed_47"))]
    assert scenario_only_claims([mine, SimpleNamespace(id="exposed_47")], checks) == [mine]
