"""``azadkar assess`` and ``azadkar services``."""

from __future__ import annotations

from typing import Annotated

import typer

from azadkar.cli._common import Format, Lang, fail, print_json

ASSESS_HELP = """Assess how exposed your freelance work is to generative AI, task by task.

Name your services with --service (id, or id:percent of your working time), or describe
your work in your own words (Persian or English) and azadkar works out the services.

Examples:

  azadkar assess --service logo_design:60 --service social_media_management:40

  azadkar assess --service seo --rate 25 --currency USD --format json

  azadkar assess "I write blog posts and translate articles" --lang en

  azadkar assess "من طراح لوگو هستم و صفحه اینستاگرام کافه‌ها را مدیریت می‌کنم" --lang fa

Every number says where it comes from: O*NET tasks labelled by humans and by GPT-4
(GPTs are GPTs, 2023) and Microsoft's AI applicability score (Working with AI, 2025).
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
            help="A service id, optionally with a share of your time in percent: logo_design or seo:30. "
            "Repeat for several. Overrides what is read from TEXT. List ids with `azadkar services`.",
        ),
    ] = None,
    rate: Annotated[float | None, typer.Option(help="Your hourly rate (in --currency).")] = None,
    currency: Annotated[str, typer.Option(help="USD, IRR or toman.")] = "USD",
    hours: Annotated[float, typer.Option(help="Working hours per week.")] = 40.0,
    lang: Annotated[Lang, typer.Option(help="Language of the output: fa or en.")] = Lang.en,
    format: Annotated[
        Format, typer.Option("--format", "-f", help="text, json or md.")
    ] = Format.text,
) -> None:
    from azadkar.exposure import assess as run_assess
    from azadkar.exposure import make_profile

    understood = None
    specs: list[str] = list(service or [])
    if not specs:
        if not text or not text.strip():
            fail(
                "describe your work in TEXT or name services with --service (see `azadkar assess --help`)"
            )
        from azadkar.text import understand_profile

        understood, pairs = understand_profile(text)
        if not pairs:
            fail(
                "could not recognise a freelance service in that text "
                f"(read as category {understood.category!r}); name one with --service "
                "(list them with `azadkar services`)"
            )
        specs = [f"{sid}:{100 * share:.6f}" for sid, share in pairs]
    profile = make_profile(specs, rate=rate, currency=currency, hours_per_week=hours, text=text)
    result = run_assess(profile, understood=understood)
    if format is Format.json:
        print_json(result.to_dict())
    elif format is Format.md:
        from azadkar.report.markdown import assessment_markdown

        typer.echo(assessment_markdown(result, lang.value))
    else:
        from azadkar.report.terminal import render_assessment

        render_assessment(result, lang.value)


def services(
    query: Annotated[
        str | None, typer.Argument(help="Search in ids, names and synonyms, Persian or English.")
    ] = None,
    category: Annotated[str | None, typer.Option(help="Only this category id.")] = None,
    lang: Annotated[Lang, typer.Option(help="Language of names: fa or en.")] = Lang.en,
    format: Annotated[Format, typer.Option("--format", "-f", help="text or json.")] = Format.text,
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
        fail(f"no service matches {query!r}; try a shorter word, or `azadkar services` for all")
    from azadkar.report.taxonomy_view import render_services

    render_services(tax, found, lang.value)


def register(app: typer.Typer) -> None:
    app.command(help=ASSESS_HELP)(assess)
    app.command()(services)
