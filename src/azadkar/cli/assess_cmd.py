"""``azadkar assess`` and ``azadkar services``."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer

from azadkar.cli._common import (
    AzadkarCommand,
    Format,
    Lang,
    Number,
    fail,
    print_json,
    short,
    text_language,
    whole_option,
)

ASSESS_HELP = """Assess how exposed your freelance work is to generative AI, task by task.

Name your services with --service (id, or id:percent of your working time), or describe
your work in your own words (Persian or English) and azadkar works out the services.

Examples:

  azadkar assess --service logo_design:60 --service social_media_management:40

  azadkar assess --service seo --rate 25 --currency USD --format json

  azadkar assess "I write blog posts and translate articles" --lang en

  azadkar assess --lang fa "طراحی لوگو و مدیریت پیج اینستاگرام کافه‌ها"

It also projects your weekly hours and monthly income for 2026-2030 under a scenario
("stay as is" vs "adapt"), and gives a plan: which tasks to automate (with which tools),
supervise or keep human, which role to grow into, and how to price.

  azadkar assess --service logo_design:50 --service seo:50 \\
      --rate 12 --costs 600 --report r.html

  azadkar assess --service text_translation --currency toman --rate 400000 \\
      --costs 30000000 --lang fa --report r.pdf

  azadkar assess --service seo --scenario observed-2023-2025 --format json

Every number says where it comes from: O*NET tasks labelled by humans and by GPT-4
(GPTs are GPTs, 2023), Microsoft's AI applicability score (Working with AI, 2025), and
each scenario parameter's citation (cited, not verified / measured / assumption).
"""


def assess(
    text: Annotated[
        str | None,
        typer.Argument(
            help="Your work in your own words (Persian or English). Optional with --service."
        ),
    ] = None,
    service: Annotated[
        list[str] | None,
        typer.Option(
            "--service",
            "-s",
            help="A service id, optionally with a share of your time in percent: logo_design, "
            "seo:30 or seo:۳۰٪. "
            "Repeat for several. Overrides what is read from TEXT. List ids with `azadkar services`.",
        ),
    ] = None,
    rate: Annotated[
        float | None,
        typer.Option(parser=Number(), help="Your hourly rate (in --currency), e.g. 25 or ۴۰۰٬۰۰۰."),
    ] = None,
    currency: Annotated[
        str,
        typer.Option(
            help="USD, IRR (rial) or toman (تومان = rial / 10), any case; or another ISO code "
            "such as CAD, EUR, GBP, TRY or AED (amounts then stay in it; add --fx to see USD)."
        ),
    ] = "USD",
    hours: Annotated[
        float | None,
        typer.Option(
            parser=Number(),
            help="Working hours per week. Default: 40, and the output then says it was assumed.",
            show_default=False,
        ),
    ] = None,
    lang: Annotated[
        Lang | None,
        typer.Option(
            help="Language of the output: fa or en. Default: fa for a description written in "
            "Persian, else en.",
            show_default=False,
        ),
    ] = None,
    format: Annotated[
        Format, typer.Option("--format", "-f", help="text, json or md.")
    ] = Format.text,
    report: Annotated[
        Path | None,
        typer.Option(
            "--report",
            "-r",
            help="Write a full report (assessment, 2026-2030 outlook, plan, pricing, charts) to "
            "this file instead of printing: out.html (self-contained), out.pdf or out.md. "
            "Example: --report r.pdf --lang fa",
            dir_okay=False,
        ),
    ] = None,
    scenario: Annotated[
        str,
        typer.Option(
            help="Scenario for the 2026-2030 outlook: report-2025 (the source report's figures, "
            "cited, not verified), observed-2023-2025 (measured studies) or a path to your own "
            ".toml (see `azadkar scenarios`)."
        ),
    ] = "report-2025",
    costs: Annotated[
        float | None,
        typer.Option(
            parser=Number(),
            help="Your monthly business costs in --currency (rent, internet, software, insurance, "
            "what you need to live on). Gives the floor price per billable hour.",
        ),
    ] = None,
    billable_hours: Annotated[
        float | None,
        typer.Option(
            parser=Number(),
            help="Hours per month you can bill. Default: 70% of --hours x 52/12 (a stated assumption).",
        ),
    ] = None,
    usd_rate: Annotated[
        float | None,
        typer.Option(
            parser=Number(),
            help="Rials per US dollar, replacing the shipped, dated open-market assumption "
            "(toman = rial / 10). Example: --usd-rate 1100000",
        ),
    ] = None,
    fx: Annotated[
        float | None,
        typer.Option(
            "--fx",
            parser=Number(),
            help="For a --currency azadkar ships no rate for (CAD, EUR, ...): how many units "
            "of it buy one US dollar, a rate you state. Example: --currency CAD --fx 1.38",
        ),
    ] = None,
    work_language: Annotated[
        str | None,
        typer.Option(
            "--work-language",
            help="The language(s) you work in: fa, en or fa,en (Persian, English, both). "
            "The plan suggests tools for text work that serve it (no Grammarly for Persian "
            "text) and says which tools' support is unknown. Default: the language of TEXT "
            "and any of the two it names (a Persian description -> fa), and the output says "
            "which was assumed. Example: --work-language fa,en",
            show_default=False,
        ),
    ] = None,
    plan_year: Annotated[
        int,
        whole_option(
            low=2026,
            high=2030,
            what_fa="سال برنامه",
            help="Year the plan's AI shares and prices refer to (2026-2030), e.g. 2027 or ۲۰۲۷.",
        ),
    ] = 2027,
) -> None:
    from azadkar.exposure import assess as run_assess
    from azadkar.exposure import make_profile
    from azadkar.plan import plan as make_plan
    from azadkar.projection import project

    lang = lang or text_language(text)
    _check_numbers(rate, hours, costs, billable_hours, usd_rate)
    understood = None
    specs: list[str] = list(service or [])
    if not specs:
        if not text or not text.strip():
            fail(
                "describe your work in TEXT or name services with --service (see `azadkar assess --help`)",
                message_fa="کارتان را در متن (TEXT) شرح دهید یا خدمت‌هایتان را با "
                "\u2066--service\u2069 نام ببرید (راهنما: \u2066azadkar assess --help\u2069)",
            )
        from azadkar.text import understand_profile

        understood, pairs = understand_profile(text)
        if not pairs:
            from azadkar.report.classify_view import FLAG_REASONS

            why = "; ".join(FLAG_REASONS["en"].get(f, f) for f in understood.flags)
            why_fa = "؛ ".join(FLAG_REASONS["fa"].get(f, f) for f in understood.flags)
            detail = f" ({why})" if why else f" (read as category {understood.category!r})"
            if why_fa:
                detail_fa = f" ({why_fa})"
            else:  # the category by its Persian name, its id isolated beside it
                from azadkar.taxonomy import load_taxonomy

                cat = load_taxonomy().category(understood.category)
                detail_fa = f" (دستهٔ خوانده‌شده: {cat.fa} \u2066{cat.id}\u2069)"
            fail(
                lang=lang.value,
                message=f"could not recognise a freelance service in that text{detail}. Name one "
                "with --service (list them with `azadkar services`)",
                message_fa=f"در این متن هیچ خدمت آزادکاری شناخته نشد{detail_fa}. یکی را با "
                "\u2066--service\u2069 نام ببرید (فهرست خدمت‌ها: \u2066azadkar services\u2069)",
            )
        specs = [f"{sid}:{100 * share:.6f}" for sid, share in pairs]
    from azadkar.projection import DEFAULT_HOURS_PER_WEEK

    hours_assumed = hours is None
    profile = make_profile(
        specs,
        rate=rate,
        currency=currency,
        hours_per_week=DEFAULT_HOURS_PER_WEEK if hours is None else hours,
        text=text,
    )
    result = run_assess(profile, understood=understood)
    if understood is None and text and text.strip():
        from azadkar.exposure import TEXT_NOT_READ

        result = result.with_note(*TEXT_NOT_READ)
    outlook = project(
        result,
        scenario,
        billable_hours=billable_hours,
        hours_assumed=hours_assumed,
        income_basis="billable",  # income and the floor price count the same hours
    )
    plan = make_plan(
        result,
        scenario=outlook.scenario,
        year=plan_year,
        monthly_costs=costs,
        billable_hours=billable_hours,
        irr_per_usd=usd_rate,
        units_per_usd=fx,
        work_language=work_language,
    )
    if report is not None:
        _write_report(report, result, outlook, plan, lang.value)
        return
    if format is Format.json:
        data = result.to_dict()
        data["projection"] = outlook.to_dict()
        data["plan"] = plan.to_dict()
        print_json(data)
    elif format is Format.md:
        from azadkar.report.markdown import report_markdown

        typer.echo(report_markdown(result, outlook, plan, lang.value))
    else:
        from azadkar.report.plan_view import render_outlook
        from azadkar.report.terminal import render_assessment

        render_assessment(result, lang.value)
        render_outlook(outlook, plan, lang.value)


def _check_numbers(
    rate: float | None,
    hours: float | None,
    costs: float | None,
    billable_hours: float | None,
    usd_rate: float | None,
) -> None:
    """Refuse a NaN, an infinity or an out-of-range number, naming the option (as the API)."""
    from azadkar.exposure import (
        MAX_BILLABLE_HOURS,
        MAX_HOURS_PER_WEEK,
        MAX_IRR_PER_USD,
        MAX_MONTHLY_COSTS,
        MAX_RATE,
        MIN_IRR_PER_USD,
        check_number,
    )

    if rate is not None:
        check_number(rate, "--rate (hourly rate)", "نرخ ساعتی (--rate)", high=MAX_RATE)
    if hours is not None:
        check_number(
            hours,
            "--hours (working hours per week)",
            "ساعت کار در هفته (--hours)",
            high=MAX_HOURS_PER_WEEK,
        )
    if costs is not None:
        check_number(
            costs,
            "--costs (monthly costs)",
            "هزینه‌های ماهانه (--costs)",
            low_allowed=True,
            high=MAX_MONTHLY_COSTS,
        )
    if billable_hours is not None:
        check_number(
            billable_hours,
            "--billable-hours (billable hours per month)",
            "ساعت‌های قابل صورت‌حساب در ماه (--billable-hours)",
            high=MAX_BILLABLE_HOURS,
        )
    if usd_rate is not None:
        check_number(
            usd_rate,
            "--usd-rate (rials per US dollar)",
            "نرخ دلار به ریال (--usd-rate)",
            low=MIN_IRR_PER_USD,
            low_allowed=True,
            high=MAX_IRR_PER_USD,
        )


def _write_report(path: Path, result: Any, outlook: Any, plan: Any, lang: str) -> None:
    suffix = path.suffix.lower()
    if suffix not in (".html", ".htm", ".pdf", ".md"):
        fail(
            f"--report {str(path)!r}: use a file name ending in .html, .pdf or .md",
            message_fa=f"گزارش (--report) «{path}»: نام پرونده باید به .html، .pdf یا .md ختم شود",
        )
    from azadkar.cli._help import write_output as _write

    def write_output(target: Path, writer: Any, flag: str) -> None:
        from azadkar.errors import InputError

        try:
            _write(target, writer, flag)
        except InputError as exc:
            fail(exc.message, message_fa=_cannot_write_fa(target))

    # Render first, then write: a file-system error is then about --report, nothing else.
    if suffix == ".pdf":
        from azadkar.report.pdf import render_pdf

        data = render_pdf(result, outlook, plan, lang)
        write_output(path, lambda: path.write_bytes(data), "--report")
    else:
        if suffix == ".md":
            from azadkar.report.markdown import report_markdown

            text = report_markdown(result, outlook, plan, lang)
        else:
            from azadkar.report.html import render_html

            text = render_html(result, outlook, plan, lang)
        write_output(path, lambda: path.write_text(text, encoding="utf-8"), "--report")
    typer.echo(f"گزارش نوشته شد: {path}" if lang == "fa" else f"report written: {path}")


def _cannot_write_fa(path: Path) -> str:
    if path.is_dir():
        return f"گزارش (--report) «{path}» یک پوشه است؛ نام یک پرونده را بدهید"
    if not path.parent.exists():
        return f"نوشتن گزارش (--report) «{path}» ممکن نشد: پوشهٔ «{path.parent}» وجود ندارد"
    return f"نوشتن گزارش (--report) «{path}» ممکن نشد (اجازهٔ نوشتن یا جای خالی را بررسی کنید)"


def services(
    query: Annotated[
        str | None, typer.Argument(help="Search in ids, names and synonyms, Persian or English.")
    ] = None,
    category: Annotated[str | None, typer.Option(help="Only this category id.")] = None,
    lang: Annotated[Lang, typer.Option(help="Language of names: fa or en.")] = Lang.en,
    format: Annotated[
        Format, typer.Option("--format", "-f", help="text, json or md (Markdown tables).")
    ] = Format.text,
) -> None:
    """List the taxonomy's services, or search them in either language.

    Examples: `azadkar services`, `azadkar services سئو`, `azadkar services logo --format json`,
    `azadkar services --category design --lang fa`.
    """
    from azadkar.taxonomy import load_taxonomy

    tax = load_taxonomy()
    found = tax.search(query or "")
    if category:
        tax.category(category)
        found = [s for s in found if s.category == category]
    if format is Format.json:
        print_json(
            [
                {
                    "id": s.id,
                    "category": s.category,
                    "en": s.en,
                    "fa": s.fa,
                    "description_en": s.description_en,
                    "description_fa": s.description_fa,
                    "synonyms_en": list(s.synonyms_en),
                    "synonyms_fa": list(s.synonyms_fa),
                    "onet_soc": list(s.onet_soc),
                }
                for s in found
            ]
        )
        return
    if not found:
        q = short(query or "", 40)
        fail(
            f"no service matches {q!r}; try a shorter word, or `azadkar services` for all",
            message_fa=f"هیچ خدمتی با «{q}» جور نیست؛ واژهٔ کوتاه‌تری را امتحان کنید یا همهٔ "
            "خدمت‌ها را با `azadkar services` ببینید",
        )
    if format is Format.md:
        from azadkar.report.taxonomy_view import services_markdown

        typer.echo(services_markdown(tax, found, lang.value))
        return
    from azadkar.report.taxonomy_view import render_services

    render_services(tax, found, lang.value)


PLAN_HELP = """The 2026-2030 outlook and your adaptation plan: the same command as assess.

Every assessment ends with the plan (what to automate with which tools, supervise or keep
human, roles to grow into, skills, pricing); `azadkar plan` takes the same options and
prints the same, so either name works.

Examples:

  azadkar plan --service logo_design:60 --service seo:40 --rate 15 --costs 600

  azadkar plan --lang fa "مترجم انگلیسی به فارسی هستم" \\
      --currency toman --rate 300000

  azadkar plan --service seo --plan-year 2028 --report plan.pdf

  azadkar plan --service editing_proofreading --work-language fa

The plan suggests tools for the language you work in (--work-language fa, en or fa,en;
by default the language of your description) and says which language it assumed.
"""


def register(app: typer.Typer) -> None:
    app.command(help=ASSESS_HELP, cls=AzadkarCommand)(assess)
    # README names "plan" as a capability; `azadkar plan` said "No such command".
    app.command("plan", help=PLAN_HELP, cls=AzadkarCommand)(assess)
    app.command()(services)
