"""Layout of the Persian (right-to-left) assessment report: HTML, PDF, Markdown, charts.

Each test pins one presentation bug: options laid out backwards, Latin digits, the α / γ
column read backwards, headers running into each other, a minus on the wrong side, an
empty Markdown header, chart marks that belong to no bar and empty legend entries.

The PDF checks read the words with ``pdftotext -bbox``: it lists each word's glyphs in
the order they are drawn from left to right, so ``usd-rate--`` there is what a reader
sees.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from html.parser import HTMLParser

import pytest

from azadkar.exposure import Assessment, assess, make_profile
from azadkar.plan import Plan, plan
from azadkar.projection import Projection, project

Parts = tuple[Assessment, Projection, Plan]

OPTION = re.compile(r"(?<![\w-])--[A-Za-z]")
LATIN_DIGIT = re.compile(r"[0-9]")


@pytest.fixture(scope="module")
def parts() -> Parts:
    # A rate and costs: the report then prints the billable-hours note, the exchange rate
    # note (--usd-rate) and a negative change of income per deliverable.
    a = assess(
        make_profile(
            ["logo_design:60", "social_media_management:40"], rate=300000, currency="toman"
        )
    )
    return a, project(a), plan(a, monthly_costs=40_000_000)


@pytest.fixture(scope="module")
def fa_html(parts: Parts) -> str:
    from azadkar.report.html import render_html

    return render_html(*parts, lang="fa")


class _Texts(HTMLParser):
    """Text runs of a document with the open elements around each (skipping CSS/SVG)."""

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[tuple[str, dict[str, str | None]]] = []
        self.runs: list[tuple[str, list[tuple[str, dict[str, str | None]]]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("br", "img", "meta", "col", "link", "input", "hr"):
            return
        self.stack.append((tag, dict(attrs)))

    def handle_endtag(self, tag: str) -> None:
        for i in range(len(self.stack) - 1, -1, -1):
            if self.stack[i][0] == tag:
                del self.stack[i:]
                return

    def handle_data(self, data: str) -> None:
        if any(tag in ("style", "script", "svg", "title") for tag, _ in self.stack):
            return
        self.runs.append((data, list(self.stack)))


def _runs(html: str) -> list[tuple[str, list[tuple[str, dict[str, str | None]]]]]:
    parser = _Texts()
    parser.feed(html)
    return parser.runs


def _in_ltr(stack: list[tuple[str, dict[str, str | None]]]) -> bool:
    return any(
        attrs.get("dir") == "ltr" or "ltr" in (attrs.get("class") or "").split()
        for _tag, attrs in stack
    )


def _section(html: str, sid: str) -> str:
    start = html.index(f'<section id="{sid}"')
    return html[start : html.index("</section>", start)]


# --------------------------------------------------------------------------- PDF words


@pytest.fixture(scope="module")
def fa_pdf_lines(parts: Parts, tmp_path_factory: pytest.TempPathFactory) -> list[list[str]]:
    """The Persian PDF's lines, each as its words from left to right (as drawn)."""
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    from azadkar.report.pdf import write_pdf

    pdf = write_pdf(tmp_path_factory.mktemp("pdf") / "fa.pdf", *parts, lang="fa")
    out = subprocess.run(
        ["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    lines: dict[tuple[int, int], list[tuple[float, str]]] = {}
    page = 0
    for line in out.splitlines():
        if "<page " in line:
            page += 1
        m = re.search(r'xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>(.*)</word>', line)
        if m:
            key = (page, round(float(m.group(2))))
            lines.setdefault(key, []).append((float(m.group(1)), m.group(3)))
    return [[w for _x, w in sorted(words)] for _k, words in sorted(lines.items())]


# --------------------------------------------------------------------------- 1. options


def test_ltr_options_isolates_command_line_options() -> None:
    from azadkar.bidi import LRI, PDI, ltr_options

    assert ltr_options("با --usd-rate جایگزینش کنید") == f"با {LRI}--usd-rate{PDI} جایگزینش کنید"
    # an LRM pair around an option is replaced by the isolate; an argument goes with it
    assert ltr_options("بازار \u200e--db\u200e را") == f"بازار {LRI}--db{PDI} را"
    assert ltr_options("بدهید: --service id:percent (فهرست") == (
        f"بدهید: {LRI}--service id:percent{PDI} (فهرست"
    )
    # already isolated, or not an option (a word with hyphens, an en dash)
    assert ltr_options(f"با {LRI}--db{PDI}") == f"با {LRI}--db{PDI}"
    assert ltr_options("a-b x--y ۰ – ۱") == "a-b x--y ۰ – ۱"


@pytest.mark.slow
def test_fa_html_every_option_sits_in_an_ltr_isolate(fa_html: str) -> None:
    found = []
    for text, stack in _runs(fa_html):
        if OPTION.search(text):
            found.append(text)
            assert _in_ltr(stack), f"option outside an LTR isolate: {text!r}"
    # the billable-hours and exchange-rate notes, the claims hint
    joined = " ".join(found)
    assert "--billable-hours" in joined and "--usd-rate" in joined and "--db" in joined


@pytest.mark.slow
def test_fa_pdf_options_read_left_to_right(fa_pdf_lines: list[list[str]]) -> None:
    words = [w for line in fa_pdf_lines for w in line if "--" in w]
    assert any("billable-hours" in w for w in words)
    for w in words:
        assert not re.search(r"[A-Za-z]--$", w), f"option drawn backwards: {w!r}"


@pytest.mark.slow
def test_fa_markdown_isolates_options(parts: Parts) -> None:
    from azadkar.report.markdown import report_markdown

    md = report_markdown(*parts, lang="fa")
    options = re.findall(r"(.)(--[a-z][\w-]*)", md)
    assert options
    for before, _opt in options:
        assert before == "\u2066"


# --------------------------------------------------------------------------- 2. digits


@pytest.mark.slow
def test_fa_params_table_is_persian(fa_html: str) -> None:
    params = _section(fa_html, "params")
    table = params[params.index("<table") : params.index("</table>")]
    assert ">key<" not in table and "<th>پارامتر</th>" in table
    for row in re.findall(r"<tr><td.*?</tr>", table, re.S):
        value_cell = re.findall(r'<td class="n">(.*?)</td>', row, re.S)[0]
        text = re.sub(r"<[^>]+>", "", value_cell)
        assert not LATIN_DIGIT.search(text), text
        assert "،" in text  # the Persian comma before the year


def test_params_table_english_unchanged(parts: Parts) -> None:
    from azadkar.report.html import render_html

    params = _section(render_html(*parts, lang="en"), "params")
    assert "<th>key</th>" in params
    assert re.search(r"\d(\.\d+)? \(\d(\.\d+)? – \d(\.\d+)?\), 20\d\d", params)


@pytest.mark.slow
def test_fa_role_cards_have_persian_numbers(fa_html: str) -> None:
    heads = re.findall(r"<h4>(.*?)</h4>", _section(fa_html, "plan"), re.S)
    numbered = [h for h in heads if re.match(r"\s*\S+\.\s", h)]
    assert numbered
    for h in numbered:
        assert re.match(r"[۰-۹]+\. ", h), h


@pytest.mark.slow
def test_fa_amounts_use_persian_thousands_separator(fa_html: str) -> None:
    body = re.sub(r"<style.*?</style>|<svg.*?</svg>", "", fa_html, flags=re.S)
    assert "٬" in body
    assert not re.search(r"[۰-۹],[۰-۹]", body)
    assert not re.search(r">[^<]*\d,\d{3}", _section(fa_html, "projection").split("<table")[1])


# --------------------------------------------------------------------------- 3. alpha / gamma


@pytest.mark.slow
def test_fa_html_alpha_gamma_cells_are_ltr(parts: Parts, fa_html: str) -> None:
    from azadkar.report.strings import pct

    a = parts[0]
    table = _section(fa_html, "exposure").split("</table>")[0]
    head = next(h for h in re.findall(r"<th[^>]*>(.*?)</th>", table) if "α / γ" in h)
    assert head.startswith('<bdi dir="ltr">')
    cells = re.findall(r'<td class="n">(<bdi dir="ltr">)?([^<]*٪) / ([^<]*٪)', table)
    assert len(cells) == 1 + sum(1 for ex in a.layers.values() if ex.n_tasks)
    for bdi, _alpha, _gamma in cells:
        assert bdi
    assert cells[0][1:] == (pct(a.exposure.gpt4.alpha, "fa"), pct(a.exposure.gpt4.gamma, "fa"))


@pytest.mark.slow
def test_fa_pdf_alpha_left_of_gamma(parts: Parts, fa_pdf_lines: list[list[str]]) -> None:
    from azadkar.report.strings import pct

    a = parts[0]
    alpha, gamma = pct(a.exposure.gpt4.alpha, "fa"), pct(a.exposure.gpt4.gamma, "fa")
    assert alpha != gamma
    # the overall row («مواجههٔ کلی»; pdftotext gives Persian words drawn right to left)
    overall = next(line for line in fa_pdf_lines if "یلک" in line and "/" in line)
    i = overall.index("/")
    assert overall[i - 1].endswith(alpha) and overall[i + 1].startswith(gamma), overall


# --------------------------------------------------------------------------- 4. headers


@pytest.mark.slow
def test_fa_headers_wrap_and_keep_gpt4_whole(fa_html: str) -> None:
    css = fa_html[: fa_html.index("</style>")]
    # the nowrap rule for numbers must not win over "a header may wrap"
    assert css.index("th.n { white-space: normal; }") > css.index("td.n, th.n {")
    assert re.search(r"sup\.fn \{[^}]*white-space: nowrap", css)
    for head in re.findall(r"<th[^>]*>(.*?)</th>", fa_html, re.S):
        assert "GPT-4" not in head, head  # a hyphen a narrow column may break at
    assert "GPT\u20114" in fa_html


@pytest.mark.slow
def test_fa_income_table_names_currency_in_header(fa_html: str) -> None:
    proj = _section(fa_html, "projection")
    table = proj[proj.index('<table class="income">') :].split("</table>")[0]
    thead, tbody = table.split("</thead>")
    assert thead.count("(تومان)") == 2
    assert "تومان" not in tbody
    assert tbody.count('class="muted small band"') >= 2 * 5


@pytest.mark.slow
def test_fa_pdf_income_band_unit_not_on_its_own_line(fa_pdf_lines: list[list[str]]) -> None:
    # A line with nothing but the unit (and a footnote number): «تومان¹⁷» wrapped alone.
    for line in fa_pdf_lines:
        words = [re.sub(r"[۰-۹٬،,]", "", w) for w in line]
        words = [w for w in words if w]
        assert not (words and set(words) <= {"تومان", "ناموت"}), line


# --------------------------------------------------------------------------- 5. minus


def test_negative_percentage_isolated_for_reports() -> None:
    from azadkar.report.strings import num, pct

    assert pct(-0.24, "fa", isolate=True) == "\u2066−۲۴٪\u2069"
    assert num(-1234.5, "fa", 1, isolate=True) == "\u2066−۱٬۲۳۴٫۵\u2069"
    # positive numbers, English, and callers that did not ask: unchanged
    assert pct(0.24, "fa", isolate=True) == "۲۴٪"
    assert pct(-0.24, "en", isolate=True) == "\u221224%"  # the minus sign, not a hyphen
    assert pct(-0.24, "fa") == "−۲۴٪"


@pytest.mark.slow
def test_fa_html_negative_percentage_in_ltr_isolate(parts: Parts, fa_html: str) -> None:
    change = parts[2].pricing.hourly_billing_change
    assert change < 0
    pricing = _section(fa_html, "pricing")
    assert re.search(r'<bdi dir="ltr">−[۰-۹]+٪</bdi>', pricing)
    for text, stack in _runs(fa_html):
        if re.search(r"−[۰-۹]", text):
            assert _in_ltr(stack), text


@pytest.mark.slow
def test_fa_pdf_minus_on_the_left(fa_pdf_lines: list[list[str]]) -> None:
    signed = [w for line in fa_pdf_lines for w in line if re.search(r"[۰-۹]٪?−$|^−[۰-۹]", w)]
    assert signed
    for w in signed:
        assert w.startswith("−"), f"minus after the number: {w!r}"


def test_fa_markdown_negative_percentage(parts: Parts) -> None:
    from azadkar.report.markdown import outlook_markdown

    md = outlook_markdown(*parts, lang="fa")
    assert re.search("\u2066−[۰-۹]+٪\u2069", md)


# --------------------------------------------------------------------------- 6. markdown


@pytest.mark.parametrize(("lang", "word"), [("fa", "لایه"), ("en", "Layer")])
def test_markdown_first_table_has_a_first_header(parts: Parts, lang: str, word: str) -> None:
    from azadkar.report.markdown import assessment_markdown

    lines = assessment_markdown(parts[0], lang).splitlines()
    head = next(line for line in lines if line.startswith("|"))
    assert head.split("|")[1].strip() == word


# --------------------------------------------------------------------------- 7-8. charts


def _layers(spec: dict) -> list[dict]:
    return spec.get("layer") or [spec]


@pytest.mark.parametrize("lang", ["en", "fa"])
def test_exposure_chart_human_mark_belongs_to_its_bar(parts: Parts, lang: str) -> None:
    from azadkar.report.charts import exposure_by_layer

    spec = exposure_by_layer(parts[0], lang).to_dict()
    layers = _layers(spec)
    bars = next(
        x
        for x in layers
        if (x["mark"]["type"] if isinstance(x["mark"], dict) else x["mark"]) == "bar"
    )
    human = next(x for x in layers if x["encoding"]["x"]["field"] == "human")
    # same row (offset) and the same colour as the service's bar
    assert human["encoding"]["yOffset"]["field"] == bars["encoding"]["yOffset"]["field"]
    assert human["encoding"]["color"]["field"] == bars["encoding"]["color"]["field"] == "service"


@pytest.mark.parametrize("lang", ["en", "fa"])
def test_hours_chart_leaves_out_series_that_are_zero_everywhere(parts: Parts, lang: str) -> None:
    from azadkar.projection import BUCKET_NAMES, HOUR_BUCKETS, SUPERVISION
    from azadkar.report.charts import hours_by_layer

    p = parts[1]
    hours = [p.baseline_hours] + [
        {k: path.hours[k].central for k in HOUR_BUCKETS}
        for y in p.years
        for path in (y.stay, y.adapt)
    ]
    zero = [k for k in HOUR_BUCKETS if all(h[k] == 0 for h in hours)]
    assert SUPERVISION in zero  # this profile's plan adds no new-role hours
    spec = hours_by_layer(p, lang).to_dict()
    domain = spec["spec"]["encoding"]["color"]["scale"]["domain"]
    assert BUCKET_NAMES[SUPERVISION][lang] not in domain
    values = spec["data"]["values"] if "values" in spec.get("data", {}) else None
    if values is None:
        values = next(iter(spec["datasets"].values()))
    names = {row["bucket"] for row in values}
    assert BUCKET_NAMES[SUPERVISION][lang] not in names
    assert len(domain) == len(HOUR_BUCKETS) - len(zero)


def test_hours_chart_keeps_a_series_with_hours(parts: Parts) -> None:
    from azadkar.projection import HOUR_BUCKETS, IDLE
    from azadkar.report.charts import shown_buckets

    shown = shown_buckets(parts[1])
    assert IDLE in shown and set(shown) <= set(HOUR_BUCKETS)
    assert list(shown) == [k for k in HOUR_BUCKETS if k in shown]
