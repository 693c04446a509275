"""Server-rendered pages in Persian (RTL) and English (LTR)."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from functools import partial
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse, Response
from fastapi.templating import Jinja2Templates
from markupsafe import Markup, escape
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile

import azadkar
from azadkar.claims import DB_FA, STORE_HINT, STORE_HINT_FA
from azadkar.errors import AzadkarError, InputError, ProfileError, UnknownServiceError
from azadkar.layers import LAYER_NAMES, LAYER_REPORT, LAYERS
from azadkar.report.classify_view import FLAG_REASONS
from azadkar.report.strings import confidence, fa_digits, most_human_note, num, pct
from azadkar.report.strings import t as report_t
from azadkar.taxonomy import SERVICES_HINT, SERVICES_HINT_FA
from azadkar.web import actions, charts, problems
from azadkar.web.i18n import ASSUMPTION_SOURCES_FA, LANGS, t, unsure_note, validation_messages
from azadkar.web.uploads import POSTINGS, SIGNABLE, check_size, check_type, what_fa

router = APIRouter(include_in_schema=False, dependencies=[Depends(problems.check_lang)])
LANG_COOKIE = "azadkar_lang"
MAX_ROWS = 12
# The separator between the parts of a line ("Logo design · 25%"); on Persian pages a
# middle dot reads as the digit zero «۰», so an em dash.
SEP = {"en": " · ", "fa": " — "}
# An hourly rate in USD above this is far more likely toman or rial typed in the wrong
# currency (the page warns, and still computes).
USD_RATE_WARN = 1000.0


def make_templates() -> Jinja2Templates:
    from pathlib import Path

    templates = Jinja2Templates(directory=Path(__file__).resolve().parent / "templates")
    env = templates.env
    env.autoescape = True
    # |tojson still escapes < > & ' for HTML; Persian needs no \u escapes inside it.
    env.policies["json.dumps_kwargs"] = {"sort_keys": True, "ensure_ascii": False}
    env.filters["pct"] = lambda v, lang, d=0: signed(pct(v, lang, d), lang)
    # A classifier's confidence: ">99%" rather than "100%" for a probability below 1.
    env.filters["conf"] = lambda v, lang: signed(confidence(v, lang), lang)
    env.filters["num"] = lambda v, lang, d=0: (
        signed(num(v, lang, d), lang) if v is not None else "—"
    )
    env.filters["inline_code"] = inline_code
    env.filters["claim_text"] = claim_text
    env.filters["form_words"] = form_words
    env.filters["camel_breaks"] = camel_breaks
    env.filters["year"] = year_text
    env.filters["nbhyphen"] = nb_hyphen
    env.filters["digits"] = digits_in
    env.filters["latin"] = isolate_latin
    env.globals["most_human_note"] = most_human_note
    env.globals["reason_in"] = _reason_in
    env.globals["note_in"] = _note_in
    env.globals["rules_for"] = _rules_for
    return templates


def _rules_for(tasks: list[dict[str, Any]]) -> list[tuple[int, str, str, str, str]]:
    """The plan rules behind these task rows (the plan JSON's ``tasks``), each once."""
    from azadkar.plan import rules_used

    return rules_used(str(t.get("rule")) for t in tasks)


_SIGNED = re.compile(r"^([−<>-][0-9۰-۹٬٫,.]+[٪%]?)(.*)$", re.S)


def signed(text: str, lang: str) -> str | Markup:
    """A negative number on a Persian page, isolated left-to-right so the minus stays before
    its digits («−۱۲٪», not «۱۲٪−»); anything after it (a currency) stays outside."""
    m = _SIGNED.match(text) if lang == "fa" else None
    if m is None:
        return text
    return Markup('<bdi dir="ltr" class="signed">{}</bdi>{}').format(m.group(1), m.group(2))


def _reason_in(reason: str, lang: str) -> str:
    from azadkar.market._types import reason_in

    return reason_in(reason, lang)


def _note_in(note: str, lang: str) -> str:
    from azadkar.market._types import note_in

    return note_in(note, lang)


def nb_hyphen(text: object) -> str:
    """Hyphens as non-breaking hyphens (U+2011), so a code such as an O*NET SOC code
    (``27-1024.00``) never breaks across lines at its hyphen."""
    return str(text).replace("-", "\u2011")


def digits_in(text: object, lang: str) -> str:
    """Latin digits (and the decimal point) in Persian digits on Persian pages."""
    text = str(text)
    if lang != "fa":
        return text
    return fa_digits(re.sub(r"(?<=\d)\.(?=\d)", "٫", text))


# A run of Latin words inside Persian text: words (with the signs that belong to names,
# versions and addresses: O*NET, v1.0, https://…/) joined by spaces or commas, with any
# balanced "(…)" of Latin words, e.g. «Canva (Magic Studio)», «O*NET (CC BY 4.0)».
_LATIN_WORD = r"[A-Za-z0-9][A-Za-z0-9*&./:_#?=%+'\u2011-]*"
_LATIN_RUN = re.compile(
    rf"{_LATIN_WORD}(?:(?:[ ,]+|\s[-–=]\s)(?:{_LATIN_WORD}|\([A-Za-z0-9*&./:_ ,'-]+\)))*"
    rf"(?:\s?\([A-Za-z0-9*&./:_ ,'-]+\))?"
)


_LATIN_LETTER = re.compile(r"[A-Za-z]")


def isolate_latin(text: object, lang: str) -> Markup:
    """Escape ``text``; on Persian pages isolate each run of Latin words left to right
    (``<bdi dir="ltr">``), so its brackets, "=", "/" and periods stay with it instead of
    being reordered by the Persian around it («E1 = …», «(Canva (Magic Studio) …)»)."""
    raw = str(text)
    if lang != "fa":
        return Markup(escape(raw))
    out, at = [], 0
    for m in _LATIN_RUN.finditer(raw):
        out.append(str(escape(raw[at : m.start()])))
        run = m.group(0)
        # The Persian sentence's own full stop, comma or colon after a name («ابزارها:
        # Adobe Photoshop.») stays outside the isolate: inside it, it showed between the
        # name and the Persian words before it instead of at the sentence's end.
        name = run.rstrip(".,:;") or run
        # a short name (O*NET (CC BY 4.0)) stays on one line; a long run may wrap
        keep = ' class="nowrap"' if len(name) <= 24 else ""
        # words (not a number alone) are English to a screen reader: a Persian voice
        # spelled "Photoshop" out letter by letter
        if _LATIN_LETTER.search(name):
            keep += ' lang="en"'
        out.append(f'<bdi dir="ltr"{keep}>{escape(name)}</bdi>{escape(run[len(name) :])}')
        at = m.end()
    out.append(str(escape(raw[at:])))
    return Markup("".join(out))


def year_text(year: int, lang: str) -> str:
    """A year without a thousands separator, in Persian digits for Persian pages."""
    text = str(int(year))
    return fa_digits(text) if lang == "fa" else text


_OPTION = re.compile(r"\u200e?(?<![\w-])(--[a-z][a-z0-9-]*)\u200e?")


# A date, a month or a span of them (2024-05, ۲۰۲۴-۰۵-۰۱..۲۰۲۴-۰۶-۰۶).
_D = "[0-9\u06f0-\u06f9]"
_DATE_RUN = re.compile(
    f"{_D}{{4}}-{_D}{{2}}(?:-{_D}{{2}})?(?:\\.\\.{_D}{{4}}-{_D}{{2}}(?:-{_D}{{2}})?)?"
)


def inline_code(text: str) -> Markup:
    """Escape, then show `backticked` spans and command-line options (``--db``) as
    left-to-right code, so Persian text around them cannot reorder them («db--»); dates
    go in left-to-right isolates, since after Persian words ۲۰۲۴-۰۵ reads «۰۵-۲۰۲۴»."""
    parts = str(escape(text)).split("`")
    out = []
    for i, part in enumerate(parts):
        if i % 2:
            out.append(f'<code dir="ltr">{part}</code>')
        else:
            part = _DATE_RUN.sub(r'<bdi dir="ltr" class="nw">\g<0></bdi>', part)
            out.append(_OPTION.sub(r'<code dir="ltr">\1</code>', part))
    return Markup("".join(out))


# The claim checks say how to give the CLI a market store; on the web the store is filled
# from the Market page, so point there (and keep the option as code for CLI users).
_WEB_STORE = (
    (STORE_HINT, "upload postings on the Market page (/market; on the command line: --db)"),
    (
        STORE_HINT.capitalize(),
        "Upload postings on the Market page (/market; on the command line: --db)",
    ),
    (STORE_HINT_FA, f"آگهی‌ها را در صفحهٔ «بازار» بارگذاری کنید (در خط فرمان: {DB_FA})"),
)


def _quoted(key: str, lang: str) -> str:
    """A form field's label as the page shows it, quoted: «ساعت در هفته», “Hours per week”."""
    return f"«{t(key, lang)}»" if lang == "fa" else f"\u201c{t(key, lang)}\u201d"


# The plan's and the projection's notes tell the command line's user which option to give
# (``--usd-rate``, ``--hours``); on the web the same number is a field of the form. Whole
# phrases first (so the sentence still reads), then any option left, by the field's label.
def _form_phrases(lang: str) -> list[tuple[str, str]]:
    q = partial(_quoted, lang=lang)
    if lang == "fa":
        return [
            (
                "نرخ امروز را با --usd-rate بدهید (در وب: خانهٔ نرخ دلار)",
                f"نرخ امروز را در خانهٔ {q('fx_field')} در فرم بنویسید",
            ),
            (
                "ساعت خودتان را با --hours بدهید (مثلاً --hours 30)",
                f"ساعت خودتان را در خانهٔ {q('hours')} در فرم بنویسید (مثلاً ۳۰)",
            ),
            ("(--hours، اگر ندهید ۴۰)", f"(در فرم: {q('hours')}؛ اگر خالی بماند ۴۰)"),
            (
                "مگر آنکه --billable-hours را بدهید",
                f"مگر آنکه در فرم خانهٔ {q('billable_hours')} را پر کنید",
            ),
            (
                "بدون --billable-hours فرض شده",
                f"اگر خانهٔ {q('billable_hours')} در فرم خالی بماند، فرض شده",
            ),
            ("(--billable-hours)", f"(در فرم: {q('billable_hours')})"),
            (
                "با --work-language عوضش کنید (fa، en یا fa,en؛ در کتابخانه: work_language=)",
                f"با گزینهٔ {q('work_language_field')} در فرم عوضش کنید",
            ),
        ]
    return [
        (
            "give today's rate with --usd-rate (on the web: the exchange-rate field)",
            f"give today's rate in the form's {q('fx_field')} field",
        ),
        (
            "Give yours with --hours (for example --hours 30)",
            f"Give yours in the form's {q('hours')} field (for example 30)",
        ),
        (
            "(--hours, 40 when you give none)",
            f"(the form's {q('hours')} field, 40 when it is left empty)",
        ),
        (
            "unless you give --billable-hours",
            f"unless you fill in the form's {q('billable_hours')} field",
        ),
        (
            "Without --billable-hours,",
            f"When the form's {q('billable_hours')} field is left empty,",
        ),
        ("(--billable-hours)", f"(the form's {q('billable_hours')} field)"),
        (
            "Change it with --work-language fa, en or fa,en (library: work_language=)",
            f"Change it with the form's {q('work_language_field')} choice",
        ),
    ]


# An option a note still names after the phrases above: the form field that does its work.
_FORM_FIELD = {
    "--usd-rate": "fx_field",
    "--fx": "fx_field",
    "--hours": "hours",
    "--billable-hours": "billable_hours",
    "--costs": "monthly_costs",
    "--rate": "rate",
    "--currency": "currency",
    "--scenario": "scenario",
    "--work-language": "work_language_field",
}
_FIELD_OPTION = re.compile(
    r"\u200e?(?<![\w-])(" + "|".join(re.escape(o) for o in _FORM_FIELD) + r")(?![\w-])\u200e?"
)


def form_words(text: str, lang: str) -> str:
    """A plan or projection note as the web page says it: the form's fields by the labels
    the person sees on the form, where the command line names its options."""
    text = str(text)
    for cli, web in _form_phrases(lang):
        text = text.replace(cli, web)
    return _FIELD_OPTION.sub(lambda m: _quoted(_FORM_FIELD[m.group(1)], lang), text)


def camel_breaks(code: str) -> Markup:
    """A long camel-case code (``compositeWithTrainedAlgorithmicMedia``) with line-break
    chances between its words, so a phone breaks it at «With», not at a letter."""
    return Markup(re.sub(r"(?<=[a-z])(?=[A-Z])", "<wbr>", str(escape(code))))


def claim_text(text: str) -> Markup:
    """A claim check's words on the web: the Market page instead of ``--db``, and every
    command or option as left-to-right code."""
    text = str(text)
    for cli, web in _WEB_STORE:
        text = text.replace(cli, web)
    return inline_code(text)


def lang_of(request: Request) -> str:
    q = request.query_params.get("lang")
    if q in LANGS:
        return q
    c = request.cookies.get(LANG_COOKIE)
    if c in LANGS:
        return c
    accept = request.headers.get("accept-language", "").lower()
    if accept.startswith("fa"):
        return "fa"
    return str(request.app.state.azadkar.settings.default_lang)


def _switch_url(request: Request, lang: str) -> str:
    other = "en" if lang == "fa" else "fa"
    if request.method != "GET":
        return (
            f"{request.url.path}?lang={other}"
            if request.url.path in _GET_PAGES
            else f"/?lang={other}"
        )
    params = [(k, v) for k, v in request.query_params.multi_items() if k != "lang"]
    params.append(("lang", other))
    return f"{request.url.path}?{urlencode(params)}"


_GET_PAGES = {"/", "/assess", "/disclose", "/market", "/evidence"}


def _article_text(article: str, lang: str) -> str:
    from azadkar.disclosure.guidance import article_text

    return article_text(article, lang)


def render(request: Request, template: str, status: int = 200, **context: Any) -> HTMLResponse:
    lang = context.pop("lang", None) or lang_of(request)
    state = request.app.state.azadkar
    ctx = {
        "request": request,
        "lang": lang,
        "dir": "rtl" if lang == "fa" else "ltr",
        "t": lambda key: t(key, lang),
        "switch_url": _switch_url(request, lang),
        "other_lang": "en" if lang == "fa" else "fa",
        "validation": validation_messages(lang),
        "version": azadkar.__version__,
        "LAYERS": LAYERS,
        "LAYER_NAMES": LAYER_NAMES,
        "LAYER_REPORT": LAYER_REPORT,
        # «·» looks like the Persian zero «۰» beside Persian digits: an em dash there.
        "sep": SEP[lang],
        # An EU AI Act finding's article: «مادهٔ ۵۰(۲)» on Persian pages, 50(2) in English.
        "article": lambda a: _article_text(a, lang),
        **context,
    }
    response = state.templates.TemplateResponse(request, template, ctx, status_code=status)
    if request.query_params.get("lang") in LANGS:
        response.set_cookie(LANG_COOKIE, lang, max_age=365 * 86400, samesite="lax", httponly=True)
    response.headers["content-language"] = lang
    return response


def error_page(request: Request, body: dict[str, Any]) -> Response:
    links: list[tuple[str, str]] = []
    if request.method == "GET" and any(
        e.get("field") == "lang" and e.get("in") == "query" for e in body.get("errors", [])
    ):
        # A language the app does not speak: offer the same page in the two it does.
        params = [(k, v) for k, v in request.query_params.multi_items() if k != "lang"]
        links = [
            (code, f"{request.url.path}?{urlencode([*params, ('lang', code)])}") for code in LANGS
        ]
    return render(
        request,
        "error.html",
        status=int(body["status"]),
        # a form's own language field, once read, is the page's language (a form posted
        # without ?lang= showed its error in the browser's)
        lang=getattr(request.state, "form_lang", "") or None,
        problem=body,
        links=links,
        status_fa=problems.TITLES_FA.get(int(body["status"]), ""),
    )


# ----------------------------------------------------------------------------- home


@router.get("/", response_class=HTMLResponse)
def home(request: Request) -> HTMLResponse:
    return render(request, "home.html", page="home")


# ----------------------------------------------------------------------------- assess


def _taxonomy_groups(lang: str) -> list[dict[str, Any]]:
    from azadkar.taxonomy import load_taxonomy

    tax = load_taxonomy()
    groups = []
    for cat in tax.categories:
        services = tax.services_in(cat.id)
        if services:
            groups.append(
                {"name": cat.name(lang), "services": [(s.id, s.name(lang)) for s in services]}
            )
    return groups


def default_currency(lang: str) -> str:
    """The currency a new form starts with: toman on Persian pages, USD on English ones."""
    return "toman" if lang == "fa" else "USD"


def _edit_context(
    lang: str,
    rows: Sequence[tuple[str, float | str | None]],
    rate: str = "",
    currency: str = "",
    hours: str = "",
    text: str = "",
    costs: str = "",
    scenario: str = "",
    billable: str = "",
    fx: str = "",
    work_language: str = "",
) -> dict[str, Any]:
    from azadkar.scenarios import list_scenarios

    # Persian forms show Persian digits (the server reads either).
    # a share that is not a number stays as typed, for the person to correct
    shown = [(sid, _shown_share(share, lang)) for sid, share in rows]
    # always offer a few blank rows, for services the classifier missed
    shown += [("", "")] * max(2, 3 - len(shown))
    return {
        "groups": _taxonomy_groups(lang),
        "rows": shown[:MAX_ROWS],
        "rate": digits_in(rate, lang),
        "currency": currency or default_currency(lang),
        "hours": digits_in(hours, lang),
        "text": text,
        # USD, rial and toman have shipped rates; the others stay in their own currency.
        "currencies": ("USD", "IRR", "toman", "CAD", "EUR", "GBP", "AUD", "TRY", "AED", "AFN"),
        "costs": digits_in(costs, lang),
        "billable": digits_in(billable, lang),
        "fx": digits_in(fx, lang),
        "scenario": scenario,
        "scenarios": [(sc.id, sc.name(lang)) for sc in list_scenarios()],
        "work_language": form_work_language(work_language),
    }


def _shown_share(share: float | str | None, lang: str) -> str:
    if share is None:
        return ""
    return share if isinstance(share, str) else digits_in(f"{share:g}", lang)


def form_work_language(raw: str) -> str:
    """The form's working-language choice as one of its radio values ("", "fa", "en" or
    "fa,en"): an address with "Persian", «فارسی» or "en,fa" checks the same box. A value
    azadkar does not know checks none (the page's error names it)."""
    from azadkar.plan import parse_work_language

    if not raw.strip():
        return ""
    try:
        codes = parse_work_language(raw)
    except AzadkarError:
        return raw
    return "fa,en" if len(codes) > 1 else codes[0]


@router.get("/assess", response_class=HTMLResponse)
def assess_form(request: Request) -> HTMLResponse:
    lang = lang_of(request)
    return render(request, "assess.html", page="assess", lang=lang, **_edit_context(lang, []))


def maybe_note(c: Any, lang: str) -> str:
    """The services a text may also describe that got no row in the form (the classifier
    is less than even sure of them, ``Classification.maybe``), named with their confidence;
    "" when every service it names has a row. Before, they were listed among the services
    above and left out of the rows below without a word."""
    left = list(getattr(c, "maybe", None) or [])
    if not left:
        return ""
    from azadkar.text._classify import PROFILE_MIN_CONFIDENCE

    names = _service_names(lang)
    shown = [
        f"«{names.get(sid, sid)}» ({confidence(p, lang, isolate=True)})"
        if lang == "fa"
        else f"{names.get(sid, sid)} ({confidence(p, lang)})"
        for sid, p in left
    ]
    return t("maybe_left_out", lang).format(
        min=pct(PROFILE_MIN_CONFIDENCE, lang), names=("، " if lang == "fa" else ", ").join(shown)
    )


@router.post("/assess/understand", response_class=HTMLResponse)
async def assess_understand(request: Request) -> HTMLResponse:
    form = await request.form()
    await form.close()
    lang = _lang_field(form, lang_of(request))
    text = _form_str(form, "text", 20_001)
    if not text:
        return render(
            request,
            "assess.html",
            status=400,
            page="assess",
            lang=lang,
            error=t("describe_first", lang),
            **_edit_context(lang, []),
        )
    if len(text) > 20_000:
        raise InputError(
            "the text is over 20,000 characters; describe your work more briefly",
            message_fa="متن بیش از ۲۰٬۰۰۰ نویسه است؛ کارتان را کوتاه‌تر شرح دهید",
            field="text",
        )
    try:
        c = await run_in_threadpool(actions.classify_text, text)
    except AzadkarError as exc:
        return render(
            request,
            "assess.html",
            status=exc.status,
            page="assess",
            lang=lang,
            error=exc.text(lang),
            **_edit_context(lang, [], text=text),
        )
    pairs = actions.understood_services(c)
    rows: list[tuple[str, float | None]] = [(sid, round(100 * share)) for sid, share in pairs]
    _fix_rounding(rows)
    return render(
        request,
        "understood.html",
        page="assess",
        lang=lang,
        classification=c,
        unsure_note=unsure_note(c, lang),
        maybe_note=maybe_note(c, lang),
        flag_reasons=FLAG_REASONS["fa" if lang == "fa" else "en"],
        service_names=_service_names(lang),
        category_name=lambda cat: _category_name(cat, lang),
        **_edit_context(lang, rows, text=text),
    )


def _fix_rounding(rows: list[tuple[str, float | None]]) -> None:
    total = sum(s or 0 for _, s in rows)
    if rows and total and total != 100:
        sid, share = rows[0]
        rows[0] = (sid, (share or 0) + (100 - total))


def _service_names(lang: str) -> dict[str, str]:
    from azadkar.taxonomy import load_taxonomy

    return {s.id: s.name(lang) for s in load_taxonomy().services}


def profile_error_text(exc: AzadkarError, lang: str) -> str:
    """A profile error for the web page: service names instead of ids, the form's service
    list instead of the CLI's ``azadkar services``, and a capital letter in English."""
    text = exc.text(lang)
    names = _service_names(lang)
    if isinstance(exc, UnknownServiceError):
        text = text.replace(SERVICES_HINT, "").replace(SERVICES_HINT_FA, "").rstrip()
        ids = [str(s) for s in exc.data.get("suggestions") or []]
        if lang == "fa":
            # «شاید منظورتان seo باشد» -> «شاید منظورتان «سئو» (seo) باشد»
            for sid in ids:
                if sid in names:
                    text = re.sub(
                        rf"(?<![\w]){re.escape(sid)}(?![\w])", f"«{names[sid]}» ({sid})", text
                    )
        text = f"{text} {t('pick_from_list', lang)}"
    shares = exc.data.get("shares")
    if isinstance(shares, dict):
        for sid in shares:
            if sid in names:
                text = re.sub(rf"(?<![\w]){re.escape(sid)}:", f"{names[sid]}:", text)
    if lang == "en" and text[:1].islower():
        text = text[0].upper() + text[1:]
    return text


def field_status(exc: AzadkarError) -> int:
    """An unknown service id in the form is a 422: the page exists, a field is wrong (the
    core's 404 is for a service looked up by its address)."""
    return 422 if isinstance(exc, UnknownServiceError) else exc.status


@contextmanager
def _for_field(name: str) -> Iterator[None]:
    """An error raised while reading one form field names that field (``data["field"]``:
    "rate", "share-2", ...), so the form can mark it (aria-invalid, aria-describedby)."""
    try:
        yield
    except AzadkarError as exc:
        exc.data.setdefault("field", name)
        raise


def _parse_profile(request: Request) -> tuple[actions.AssessInput, dict[str, str]]:
    """Services, shares, rate and currency from the query string, with errors a person can fix."""
    from azadkar.exposure import (
        MAX_BILLABLE_HOURS,
        MAX_HOURS_PER_WEEK,
        MAX_IRR_PER_USD,
        MAX_MONTHLY_COSTS,
        MAX_RATE,
        check_number,
    )

    q = request.query_params
    ids = q.getlist("sid")
    shares = q.getlist("share")
    specs: list[tuple[str, float | None]] = []
    names = _service_names(lang_of(request))
    for i, sid in enumerate(ids[:MAX_ROWS]):
        sid = sid.strip()
        if not sid:
            continue
        raw = shares[i].strip() if i < len(shares) else ""
        share: float | None = None
        if raw:
            share = _number(raw, percent=True)
            name = names.get(sid, sid)
            # the form shows the rows with a service only, in order: this one is row n
            field = f"share-{len(specs) + 1}"
            if share is None:
                raise ProfileError(
                    f"the share of {name} must be a number (percent), not {raw!r}",
                    message_fa=f"سهم «{name}» باید عدد (درصد) باشد، نه «{raw}»",
                    field=field,
                )
            if not 0 < share <= 100:
                raise ProfileError(
                    f"the share of {name} must be above 0 and at most 100, not {raw}",
                    message_fa=f"سهم «{name}» باید بیشتر از ۰ و حداکثر ۱۰۰ باشد، "
                    f"نه {fa_digits(raw)}",
                    field=field,
                )
        specs.append((sid, share))
    if not specs:
        raise ProfileError(
            "choose at least one service",
            message_fa="دست‌کم یک خدمت را انتخاب کنید",
            field="sid-1",
        )
    rate_raw = (q.get("rate") or "").strip()
    rate = None
    if rate_raw:
        rate = _number(rate_raw)
        if rate is None:
            raise ProfileError(
                f"the hourly rate must be a number, not {rate_raw!r}",
                message_fa=f"نرخ ساعتی باید عدد باشد، نه «{rate_raw}»",
                field="rate",
            )
        # A number out of range is named as such ("too large: at most ..."), not as text.
        with _for_field("rate"):
            check_number(rate, "the hourly rate", "نرخ ساعتی", high=MAX_RATE)
    # An empty field takes the default 40 hours, and the result says it was assumed.
    hours_raw = (q.get("hours") or "").strip()
    hours_assumed = not hours_raw
    hours = 40.0 if hours_assumed else _number(hours_raw)
    if hours is None:
        raise ProfileError(
            f"hours per week must be a number, not {hours_raw!r}",
            message_fa=f"ساعت در هفته باید عدد باشد، نه «{hours_raw}»",
            field="hours",
        )
    with _for_field("hours"):
        check_number(hours, "hours per week", "ساعت کار در هفته", high=MAX_HOURS_PER_WEEK)
    currency = q.get("currency") or "USD"
    text = (q.get("text") or "").strip() or None
    costs_raw = (q.get("costs") or "").strip()
    with _for_field("costs"):
        costs = _optional_number(
            costs_raw,
            ("monthly costs must be a number, 0 or more", "هزینهٔ ماهانه باید عددی ۰ یا بیشتر باشد"),
            ("the total of monthly costs", "هزینهٔ ماهانه"),
            low_allowed=True,
            high=MAX_MONTHLY_COSTS,
        )
    billable_raw = (q.get("billable") or "").strip()
    with _for_field("billable"):
        billable = _optional_number(
            billable_raw,
            (
                "billable hours per month must be a number",
                "ساعت قابل صورت‌حساب در ماه باید عدد باشد",
            ),
            ("billable hours per month", "ساعت قابل صورت‌حساب در ماه"),
            high=MAX_BILLABLE_HOURS,
        )
    fx_raw = (q.get("fx") or "").strip()
    with _for_field("fx"):
        fx = _optional_number(
            fx_raw,
            ("the exchange rate must be a number", "نرخ ارز باید عدد باشد"),
            ("the exchange rate", "نرخ ارز"),
            high=MAX_IRR_PER_USD,
        )
        usd_rate, units_per_usd = _split_fx(fx, currency)
    with _for_field("scenario"):
        scenario = actions.check_scenario((q.get("scenario") or "").strip() or None)
    # The form's working-language choice; empty reads it from the description.
    wl_raw = (q.get("work_language") or "").strip()
    if wl_raw:
        from azadkar.bidi import isolate
        from azadkar.plan import parse_work_language

        try:
            parse_work_language(wl_raw)
        except AzadkarError as exc:
            # The core's message names --work-language; the form names its own choice.
            raise ProfileError(
                f"the working language {wl_raw!r} is not one azadkar knows; choose Persian, "
                "English, both, or as your description shows",
                message_fa=f"زبان کار «{isolate(wl_raw)}» شناخته نیست؛ فارسی، انگلیسی، هر دو یا «از روی "
                "شرح کارم» را انتخاب کنید",
                field="work_language",
                work_language=wl_raw,
            ) from exc
    raw_form = {
        "rate": rate_raw,
        "currency": currency,
        "hours": hours_raw,
        "text": text or "",
        "costs": costs_raw,
        "scenario": scenario or "",
        "billable": billable_raw,
        "fx": fx_raw,
        "work_language": wl_raw,
    }
    return (
        actions.AssessInput(
            tuple(specs),
            text,
            rate,
            currency,
            hours,
            hours_assumed=hours_assumed,
            scenario=scenario,
            monthly_costs=costs,
            billable_hours=billable,
            usd_rate=usd_rate,
            fx=units_per_usd,
            work_language=wl_raw or None,
        ),
        raw_form,
    )


def _split_fx(fx: float | None, currency: str) -> tuple[float | None, float | None]:
    """The form's one exchange-rate field ("how many of your currency buy one US dollar")
    as the core's two: rials per dollar for rial and toman (``--usd-rate``, replacing the
    shipped rate), units per dollar for any other currency (``--fx``)."""
    from azadkar.exposure import normalize_currency

    if fx is None:
        return None, None
    try:
        cur = normalize_currency(currency)
    except AzadkarError:
        return None, None  # the core names the unknown currency
    if cur == "USD":
        raise ProfileError(
            "the exchange rate is for a currency other than the US dollar: leave it empty for USD",
            message_fa="نرخ ارز برای واحد پولی جز دلار آمریکاست: برای دلار خالی‌اش بگذارید",
        )
    if cur == "IRR":
        return fx, None
    if cur == "toman":
        return fx * 10, None
    return None, fx


#: Width (SVG units) of the charts drawn for a phone zoomed to 200% (style.css shows them
#: under 360 px of page width).
TINY_CHART = 220


def _bars(*args: Any, **kw: Any) -> Markup:
    """A bar chart in its wide layout and, for phones, a stacked narrow one."""
    # The narrow layout's width is close to a phone's (390 px less the margins), so its
    # text is drawn near its CSS size (at least 11 px) instead of being scaled down.
    return charts.dual(
        charts.bars(*args, **kw),
        charts.bars(*args, **kw, stacked=True, width=340),
        # a phone at 200% zoom: about 200 units in 150 px, so the text keeps near its size
        charts.bars(*args, **kw, stacked=True, width=TINY_CHART),
    )


def _lines(*args: Any, **kw: Any) -> Markup:
    narrow = {
        **kw,
        "width": 340,
        "height": min(int(kw.get("height", 280)), 240),
        "max_x_labels": 4,
        # the narrow chart's legend and axis text are 13 units (style.css)
        "font_size": 13.0,
    }
    tiny = {**narrow, "width": TINY_CHART, "height": 200, "max_x_labels": 3}
    return charts.dual(
        charts.lines(*args, **kw), charts.lines(*args, **narrow), charts.lines(*args, **tiny)
    )


def _assess_charts(a: Any, lang: str) -> dict[str, Markup]:
    rtl = lang == "fa"
    series = [t("human", lang), t("gpt4", lang)]
    layer_rows = [
        charts.Row(
            LAYER_NAMES[layer][lang],
            (a.layers[layer].human.beta, a.layers[layer].gpt4.beta),
            f"{t('time', lang)} {pct(a.layer_time[layer], lang)}",
        )
        for layer in LAYERS
        if a.layers[layer].n_tasks
    ]
    service_rows = [
        charts.Row(
            s.service.name(lang),
            (s.exposure.human.beta, s.exposure.gpt4.beta),
            pct(s.share, lang),
        )
        for s in a.services
    ]

    def fmt(v: float) -> str:
        return pct(v, lang)

    return {
        "layers": _bars(layer_rows, series, rtl=rtl, fmt=fmt, title=t("by_layer", lang)),
        "services": _bars(service_rows, series, rtl=rtl, fmt=fmt, title=t("by_service", lang)),
    }


@router.get("/assess/result", response_class=HTMLResponse)
async def assess_result(request: Request) -> HTMLResponse:
    lang = lang_of(request)
    try:
        inp, raw = _parse_profile(request)
        a = await run_in_threadpool(actions.assess, inp)
    except AzadkarError as exc:
        return _edit_page(
            request,
            lang,
            profile_error_text(exc, lang),
            field_status(exc),
            error_field=str(exc.data.get("field") or ""),
        )
    projected = await run_in_threadpool(_safe, actions.projection, a, inp)
    planned = await run_in_threadpool(_safe, actions.plan, a, projected[0], inp)
    # The person's own words, carried from the understood page: what azadkar read in them
    # (the parts set aside as terms of work, a near-tie between two services) is shown
    # again beside the result. A classifier that cannot run hides nothing else.
    understood = a.understood
    if understood is None and a.profile.text:
        understood = (await run_in_threadpool(_safe, actions.classify_text, a.profile.text))[0]
    proj = actions.to_plain(projected[0])
    pl = actions.to_plain(planned[0])
    # "usd" or «تومان» in the address is the core's USD or toman (as `--currency`): the
    # edit form's list and the downloads carry the currency by its id.
    query = [
        (k, a.profile.currency if k == "currency" else v)
        for k, v in request.query_params.multi_items()
        if k != "lang"
    ]
    return render(
        request,
        "result.html",
        page="assess",
        lang=lang,
        a=a,
        understood=understood,
        unsure_note=_unsure_left(understood, a, lang),
        charts=_assess_charts(a, lang),
        proj=proj,
        projection_error=projected[1],
        pl=pl,
        plan_error=planned[1],
        pcharts=_outlook_charts(proj, pl, lang),
        action_names=_action_names(),
        ps=_plan_strings(lang),
        edit_query=urlencode(query),
        download_query=urlencode([*query, ("lang", lang)]),
        ev={
            "labels": report_t("ev_labels", lang),
            "weights": report_t("ev_weights", lang),
            "layers": report_t("ev_layers", lang),
            "msft": report_t("ev_msft", lang),
        },
        greek={
            "alpha": t("alpha_title", lang),
            "gamma": t("gamma_title", lang),
            "legend": t("greek_legend", lang),
        },
        html_available=actions.optional_module("azadkar.report.html") is not None,
        pdf_available=actions.optional_module("azadkar.report.pdf") is not None,
        raw=raw,
        param_label=lambda k: param_label(k, lang),
        param_number=lambda v: param_number(v, lang),
        param_source=lambda text, status: param_source(str(text), status, lang),
        usd_warning=_usd_warning(a, query, lang),
        billable_note=_billable_note(pl, a, lang),
        exchange_line=_exchange_line(pl, lang),
        zero_share=_zero_share(pl, lang),
        income_unit=_income_unit(proj, lang),
        income_notes=_income_notes(projected[0], lang),
        pricing_notes=_pricing_notes(pl, lang),
        assumption_sources_fa=ASSUMPTION_SOURCES_FA,
        **_work_language_notes(planned[0], lang),
    )


def _work_language_notes(planned: Any, lang: str) -> dict[str, Any]:
    """The plan's working language on the page, as the terminal and the reports say it:
    which language it assumed and why, and under the task table, which suggested tools
    (marked *) may not serve it and which were left out, with each one's evidence."""
    if planned is None:
        return {"work_language_line": "", "tool_notes": [], "translation": None}
    from azadkar.report.plan_strings import (
        tool_language_notes,
        translation_view,
        work_language_text,
    )

    # A plan with no working language (services picked without a description) says so
    # too, with how to give one: the form's choice.
    return {
        "work_language_line": work_language_text(planned.work_language, lang, where="web"),
        "tool_notes": tool_language_notes(planned, lang, detail=True),
        # a translator's directions: tools the catalogue records for each, what to check
        "translation": translation_view(planned, lang),
    }


def _unsure_left(understood: Any, a: Any, lang: str) -> str:
    """The result page's note of a near-tie between two services in the person's words,
    unless the profile assessed already has both (then nothing is left to check)."""
    chosen = {s.id for s in a.services}
    if all(sid in chosen for sid, _ in getattr(understood, "unsure", None) or []):
        return ""
    return unsure_note(understood, lang, "unsure_edit")


def _usd_warning(a: Any, query: list[tuple[str, str]], lang: str) -> dict[str, str] | None:
    """An hourly rate in USD too high to be dollars: say so, with a link to the same
    profile in toman (the result is still computed as given)."""
    rate = a.profile.rate
    if rate is None or a.profile.currency != "USD" or rate <= USD_RATE_WARN:
        return None
    as_toman = [(k, "toman" if k == "currency" else v) for k, v in query]
    if not any(k == "currency" for k, _ in as_toman):
        as_toman.append(("currency", "toman"))
    amount = num(rate, lang, 0)
    if lang == "fa":
        text = (
            f"نرخ ساعتی {amount} دلار آمریکا خیلی بالاست. منظورتان تومان بود؟ "
            "ارقام زیر با دلار حساب شده‌اند."
        )
        link = "همین نمایه با تومان"
    else:
        text = (
            f"An hourly rate of {amount} USD is very high. Did you mean toman? "
            "The figures below are computed in USD."
        )
        link = "The same profile in toman"
    return {
        "text": text,
        "link": link,
        "href": f"/assess/result?{urlencode([*as_toman, ('lang', lang)])}",
    }


def _income_unit(proj: Any, lang: str) -> str:
    """What the projection's money columns hold: income per month in the profile's currency
    (as the terminal and the reports head them), or a percentage of today's without a rate."""
    if not proj:
        return ""
    from azadkar.report.plan_strings import currency_name, s

    if proj.get("rate") and proj.get("baseline", {}).get("income") is not None:
        return f"{s('income_month', lang)} ({currency_name(str(proj['currency']), lang)})"
    return s("income_index", lang)


def _income_notes(projected: Any, lang: str) -> list[str]:
    """Under the projection table: the weekly hours when they were assumed, how today's
    income is computed from the form (the reports' sentence: billable hours at the rate,
    the hours the floor price divides costs by), and what the ranges in brackets are."""
    if projected is None:
        return []
    from azadkar.report.plan_strings import hours_text, income_basis

    notes = []
    if projected.hours_assumed:
        hours = hours_text(projected.profile.hours_per_week, True, lang, where="web")
        notes.append(f"ساعت کار در هفته: {hours}" if lang == "fa" else f"Hours per week: {hours}")
    notes.append(income_basis(projected, lang, where="web"))
    notes += [a.text(lang) for a in projected.assumptions if a.id == "band"]
    return notes


def _pricing_notes(pl: Any, lang: str) -> dict[str, str]:
    """How each pricing figure is computed, with the numbers put in (the plan's formulas,
    ``Pricing.formulas``, in words of the page's language): a figure is never shown alone."""
    pr = (pl or {}).get("pricing") or {}
    if not pr:
        return {}
    from azadkar.report.plan_strings import money

    fa = lang == "fa"
    cur = str(pr.get("currency"))
    year = year_text(int(pr.get("year") or 0), lang)
    speed = pct(pr.get("speedup") or 0.0, lang)
    pay = pct(pr.get("pay_change") or 0.0, lang)
    passed = pct(pr.get("pass_through") or 0.0, lang)
    notes = {
        "speedup": (
            f"سهمی از زمان کار شما که در {year} هوش مصنوعی انجام می‌دهد، طبق سناریو "
            "(جدول تغییرات احتمالی در بالا)"
            if fa
            else f"the share of your working time AI does in {year} under the scenario "
            "(the projection table above)"
        ),
        "hourly_change": (
            f"= − شتاب هوش مصنوعی ({speed}): همان کار ساعت‌های کمتری می‌برد"
            if fa
            else f"= − AI speed-up ({speed}): the same work takes fewer hours"
        ),
    }
    rate = pr.get("rate")
    if rate is not None:
        r = money(rate, cur, lang)
        notes["eff_same"] = (
            f"= نرخ ÷ (۱ − شتاب) = {r} ÷ (۱ − {speed})"
            if fa
            else f"= rate ÷ (1 − speed-up) = {r} ÷ (1 − {speed})"
        )
        notes["eff_market"] = (
            "= نرخ × (۱ + تغییر دستمزد) × (۱ − سهم منتقل‌شده × شتاب) ÷ (۱ − شتاب)؛ در سناریو "
            f"تغییر دستمزد {pay} و سهم صرفه‌جویی منتقل‌شده به مشتری {passed}"
            if fa
            else "= rate × (1 + pay change) × (1 − pass-through × speed-up) ÷ (1 − speed-up); "
            f"the scenario's pay change {pay}, and {passed} of the time saved passed on to clients"
        )
        market = (
            "نرخ × (۱ + تغییر دستمزد) × (۱ − سهم منتقل‌شده × شتاب)"
            if fa
            else "rate × (1 + pay change) × (1 − pass-through × speed-up)"
        )
        if pr.get("floor_rate"):
            notes["package"] = (
                f"= بیشترِ «{market}» و «کف قیمت × (۱ − شتاب)»"
                if fa
                else f"= the larger of {market} and floor price × (1 − speed-up)"
            )
        else:
            notes["package"] = f"= {market}"
    return notes


def _zero_share(pl: Any, lang: str) -> str | None:
    """Why a task to supervise can show an AI share of 0% (as in the reports)."""
    from azadkar.report.plan_strings import zero_share_note

    if not pl:
        return None
    tasks = ((x["action"], x["ai_share"], x["layer"]) for x in pl.get("tasks") or [])
    return zero_share_note(tasks, int(pl["year"]), lang)


def _exchange_line(pl: Any, lang: str) -> str | None:
    """The exchange rate behind the floor price's other currencies, with where it came from
    (azadkar's dated rate table or the form), or why there are none."""
    pr = (pl or {}).get("pricing") or {}
    fx = pr.get("exchange_rate")
    if not pr.get("floor_rate") or not fx:
        return None
    from azadkar.report.plan_strings import currency_name, money, s

    cur = str(pr.get("currency"))
    one = money(1, "USD", lang)
    assumption = s("assumption", lang)
    semi = "؛ " if lang == "fa" else "; "
    if cur in ("USD", "IRR", "toman"):
        # toman profiles read the rate in toman, the others in rial
        unit = "toman" if cur == "toman" else "IRR"
        rate = money(fx["irr_per_usd"] / (10 if unit == "toman" else 1), unit, lang)
        if fx.get("as_of") == "given":
            where = t("fx_from_form", lang)
        elif lang == "fa":
            where = (
                f"\u2066{digits_in(str(fx.get('as_of')), lang)}\u2069، جدول نرخ تاریخ‌دار "
                "آزادکار از بازار آزاد تهران (\u2066data/market/rates.toml\u2069)"
            )
        else:
            where = f"{fx.get('as_of')}, {fx.get('source')}"
        return f"{one} = {rate} ({where}{semi}{assumption})"
    units = (fx.get("units_per_usd") or {}).get(cur)
    if units:
        return f"{one} = {money(units, cur, lang)} ({t('fx_from_form', lang)}{semi}{assumption})"
    name = currency_name(cur, lang)
    return (
        f"برای {name} نرخی داده نشده: مبلغ‌ها به همین واحد می‌مانند (برای دیدن دلار، خانهٔ "
        f"«{t('fx_field', lang)}» را پر کنید)"
        if lang == "fa"
        else f"none given for {name}: amounts stay in {name} (fill in "
        f"“{t('fx_field', lang)}” to see them in USD)"
    )


def _billable_note(pl: Any, a: Any, lang: str) -> str | None:
    """How the floor price was computed: costs ÷ N billable hours a month, and where N
    came from (the form's field, or assumed from the hours a week)."""
    pr = (pl or {}).get("pricing") or {}
    hours = pr.get("billable_hours_per_month")
    if not pr.get("floor_rate") or not hours:
        return None
    n = num(hours, lang, 0)
    if not pr.get("billable_hours_assumed"):
        return (
            f"هزینه‌ها ÷ {n} ساعت قابل صورت‌حساب در ماه (از فرم)"
            if lang == "fa"
            else f"Costs ÷ {n} billable hours a month (from the form)"
        )
    from azadkar.plan import DEFAULT_BILLABLE_SHARE

    week = num(a.profile.hours_per_week, lang, 0)
    share = pct(DEFAULT_BILLABLE_SHARE, lang)
    if lang == "fa":
        return (
            f"هزینه‌ها ÷ {n} ساعت قابل صورت‌حساب در ماه (فرض: {share} از {week} ساعت کار در "
            "هفته؛ باقی صرف امور اداری، فروش و یادگیری می‌شود. با خانهٔ «ساعت قابل صورت‌حساب "
            "در ماه» تغییرش دهید)"
        )
    return (
        f"Costs ÷ {n} billable hours a month (assumed: {share} of your {week} hours a week; the "
        "rest goes to admin, sales and learning. Change it with the billable-hours field)"
    )


def _edit_page(
    request: Request,
    lang: str,
    error: str | None = None,
    status: int = 200,
    *,
    error_field: str = "",
) -> HTMLResponse:
    """The editable profile form, filled from the query string (after an error, or to edit);
    ``error_field`` ("rate", "share-2", ...) is the field the error is about: the form marks
    it invalid and points it at the error (aria-invalid, aria-describedby)."""
    q = request.query_params
    shares = q.getlist("share")
    rows: list[tuple[str, float | str | None]] = []
    for i, sid in enumerate(q.getlist("sid")[:MAX_ROWS]):
        if not sid.strip():
            continue
        raw = shares[i].strip() if i < len(shares) else ""
        value = _number(raw, percent=True) if raw else None
        # "abc" was shown as an empty field under the error that named it
        rows.append((sid, raw if raw and value is None else value))
    return render(
        request,
        "understood.html",
        status=status,
        page="assess",
        lang=lang,
        error=error,
        error_field=error_field if error else "",
        classification=None,
        service_names=_service_names(lang),
        **_edit_context(
            lang,
            rows,
            rate=q.get("rate") or "",
            # an address with a rate and no currency was read as USD (see _parse_profile)
            currency=q.get("currency") or ("USD" if q.get("rate") else ""),
            hours=q.get("hours") or "",
            text=q.get("text") or "",
            costs=q.get("costs") or "",
            scenario=q.get("scenario") or "",
            billable=q.get("billable") or "",
            fx=q.get("fx") or "",
            work_language=q.get("work_language") or "",
        ),
    )


@router.get("/assess/edit", response_class=HTMLResponse)
def assess_edit(request: Request) -> HTMLResponse:
    return _edit_page(request, lang_of(request))


def _plan_strings(lang: str) -> dict[str, Any]:
    """The report's own words for the outlook and plan (azadkar.report.plan_strings)."""
    mod = actions.optional_module("azadkar.report.plan_strings")
    if mod is None:
        return {}
    return {
        "s": lambda key: mod.s(key, lang),
        "bucket": lambda key: mod.bucket(key, lang),
        "money": lambda amount, currency: signed(mod.money(amount, currency, lang), lang),
        "status": lambda status: mod.status_text(status, lang),
    }


# "Stay as is" and "adapt" in the report's colours (azadkar.report.charts: stay #e45756,
# red; adapt #4c78a8, blue): the web's vermilion (s1) and blue (s0), in that order.
PATH_CLASSES = ("s1", "s0")


def param_label(key: str, lang: str) -> str:
    """A scenario parameter (``layers.execution.takeover``) in words, in the page's language,
    as the terminal and the reports name it; the key itself when azadkar does not name it."""
    from azadkar.report.plan_strings import param_label as label

    return label(key, "fa" if lang == "fa" else "en")


def param_number(value: Any, lang: str) -> str:
    """A parameter's value as written in the scenario (``0.8``, ``3``), Persian digits on
    Persian pages."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return digits_in(f"{value:g}", lang)
    return digits_in(value, lang)


# The Persian source of an assumption starts «فرض آزادکار:» and its badge already says
# «فرض»: the word once.
_ASSUMPTION_PREFIX = {"fa": "فرض آزادکار: ", "en": "azadkar assumption: "}


def param_source(text: str, status: str, lang: str) -> str:
    """A parameter's source without repeating its status badge's word."""
    prefix = _ASSUMPTION_PREFIX["fa" if lang == "fa" else "en"]
    if status == "assumption" and text.startswith(prefix):
        rest = text[len(prefix) :]
        return f"آزادکار: {rest}" if lang == "fa" else f"azadkar: {rest}"
    return text


def _action_names() -> dict[str, dict[str, str]]:
    mod = actions.optional_module("azadkar.plan")
    return dict(getattr(mod, "ACTION_NAMES", {})) if mod else {}


def _outlook_charts(proj: Any, pl: Any, lang: str) -> dict[str, Markup]:
    out: dict[str, Markup] = {}
    rtl = lang == "fa"
    words = _plan_strings(lang)
    if not words:
        return out
    s, bucket = words["s"], words["bucket"]
    if proj:
        years = proj["years"]
        labels = [year_text(y["year"], lang) for y in years]
        index_values = [
            y[path]["income_index"]["central"] for y in years for path in ("stay", "adapt")
        ]
        # start the axis a little below the lowest value, so the gap between paths shows
        floor = max(0.0, round(min(index_values) - 0.15, 1))
        out["income"] = _lines(
            labels,
            [
                (s("stay"), [y["stay"]["income_index"]["central"] for y in years]),
                (s("adapt"), [y["adapt"]["income_index"]["central"] for y in years]),
            ],
            rtl=rtl,
            fmt=lambda v: pct(v, lang),
            title=s("income_index"),
            height=260,
            vmin=floor,
            classes=PATH_CLASSES,
        )
        last = years[-1]
        buckets = [k for k in last["stay"]["hours"] if k in proj["baseline"]["hours"]]
        rows = [
            charts.Row(
                bucket(k),
                (last["stay"]["hours"][k]["central"], last["adapt"]["hours"][k]["central"]),
                f"{t('today', lang)} {num(proj['baseline']['hours'][k], lang, 1)}",
            )
            for k in buckets
        ]
        vmax = max(max(v or 0 for v in r.values) for r in rows) or 1.0
        out["hours"] = _bars(
            rows,
            [s("stay"), s("adapt")],
            rtl=rtl,
            fmt=lambda v: num(v, lang, 1),
            vmax=vmax,
            title=s("hours_layers"),
            classes=PATH_CLASSES,
        )
    if pl:
        from azadkar.plan import ACTION_NAMES

        hours = pl["hours_by_action"]
        total = sum(hours.values()) or 1.0
        out["actions"] = _bars(
            [
                charts.Row(ACTION_NAMES[k][lang], (v,), pct(v / total, lang))
                for k, v in hours.items()
            ],
            [s("hours_week")],
            rtl=rtl,
            fmt=lambda v: num(v, lang, 1),
            vmax=total,
            title=s("actions_summary"),
        )
    return out


def _safe(fn: Any, *args: Any) -> tuple[Any, str | None]:
    """Run an optional capability; its failure must not hide the assessment."""
    try:
        return fn(*args), None
    except AzadkarError as exc:
        return None, exc.message


@router.get("/assess/download/{fmt}")
async def assess_download(request: Request, fmt: str) -> Response:
    if fmt not in actions.REPORT_FORMATS:
        raise InputError(
            f"unknown download format {fmt!r}; choose json, md, html or pdf",
            message_fa=f"قالب دریافت {problems.ltr(repr(fmt))} شناخته نشد؛ یکی از "
            "json، md، html یا pdf را انتخاب کنید",
        )
    lang = lang_of(request)
    inp, _ = _parse_profile(request)
    try:
        a = await run_in_threadpool(actions.assess, inp)
    except UnknownServiceError as exc:
        exc.status = field_status(exc)
        raise
    data = await run_in_threadpool(actions.render_report, a, fmt, lang, inp)
    mime, ext = actions.REPORT_FORMATS[fmt]
    return Response(
        data,
        media_type=mime,
        headers={"content-disposition": f'attachment; filename="azadkar-assessment-{lang}.{ext}"'},
    )


# ----------------------------------------------------------------------------- disclose


def _tool_choices(lang: str) -> list[tuple[str, str]]:
    from azadkar.tools import load_tools

    return [(tool.id, tool.name) for tool in load_tools()]


def _usual_modes() -> list[tuple[str, list[str]]]:
    """(mode, the catalogue tools usually used so), for the note on the form's "as the
    tool is usually used" choice (the preselected one: "generated material" was, and a
    Photoshop retouch left at it was recorded as new AI-made content)."""
    from azadkar.tools import MODES, load_tools

    tools = load_tools()
    return [(m, [t.name for t in tools if t.default_mode == m]) for m in MODES]


# An empty tool row of the form; the mode "" is "as the tool is usually used".
_NO_TOOL = ("", "", "")


def _disclose_page(
    request: Request,
    lang: str,
    *,
    status: int = 200,
    values: dict[str, Any] | None = None,
    **extra: Any,
) -> HTMLResponse:
    """The Disclose page with its form filled from ``values``, plus ``extra`` results."""
    creds = request.app.state.azadkar.credentials
    return render(
        request,
        "disclose.html",
        status=status,
        page="disclose",
        lang=lang,
        test_cert_folder=shown_folder(creds.settings.test_cert_dir()) if creds.test_only else "",
        # a checked file's provenance chain, for the verify results
        verify_chain=verify_chain,
        verify_since=verify_since,
        signed_earlier=signed_earlier,
        dn_text=dn_text,
        **extra,
        **_disclose_context(lang, values),
    )


def shown_folder(folder: Path) -> str:
    """A folder as its owner knows it, ``~/.local/share/azadkar/web-test-cert`` under the
    home folder; elsewhere only its name (``…/web-test-cert``): pages show no other server
    path."""
    try:
        return "~/" + folder.resolve().relative_to(Path.home().resolve()).as_posix()
    except (ValueError, RuntimeError):
        return f"…/{folder.name}"


def _disclose_context(lang: str, values: dict[str, Any] | None = None) -> dict[str, Any]:
    v = {
        "title": "",
        "service": "",
        "modality": "text",
        # No share until the person gives one: a 30 put here was sent, and stated in the
        # disclosure and signed into the file, by anyone who did not change it.
        "ai_share": "",
        "author": "",
        "client": "",
        # Neither answer chosen: "a person reviewed all AI output" was ticked for everyone,
        # and stated in the disclosure of anyone who did not untick it.
        "human_review": None,
        "eu_audience": False,
        "platform": "direct",
        "ownership": "assignment",
        "max_ai_share": "",
        "tools": [_NO_TOOL] * 3,
    }
    if values:
        v.update(values)
    from azadkar.web.i18n import REASONS

    return {
        "reasons": REASONS,
        "tool_choices": _tool_choices(lang),
        "usual_modes": _usual_modes(),
        "groups": _taxonomy_groups(lang),
        "modalities": ("text", "image", "audio", "video", "code", "mixed"),
        "v": v,
    }


def _form_str(form: Any, key: str, limit: int = 500) -> str:
    value = form.get(key)
    if value is None or isinstance(value, UploadFile):
        return ""
    return str(value).strip()[:limit]


def _lang_field(form: Any, default: str) -> str:
    """The form's ``lang`` field; a value other than fa or en is a 422, as in the query."""
    value = _form_str(form, "lang", 20)
    if value and value not in LANGS:
        raise problems.lang_error(value, "form")
    return value or default


def _int_field(raw: str, name: str, lang: str = "en", label: str = "") -> int:
    """A whole percent 0-100 from a form field, or an error naming the field's label."""
    value = _number(raw, percent=True)
    if value is None or not 0 <= value <= 100 or value != int(value):
        label = label or name
        raise InputError(
            f"{label}: must be a whole number from 0 to 100, not {raw!r}",
            message_fa=f"«{label}»: باید عددی صحیح از ۰ تا ۱۰۰ باشد، نه «{raw}»",
            field=name,
        )
    return int(value)


# The disclosure record's fields, named by the form's own labels (i18n keys).
_DISCLOSE_LABELS = {
    "title": "d_title",
    "modality": "modality",
    "ai_share": "ai_share",
    "human_review": "human_review",
    "author": "author",
    "client": "client",
    "service": "service",
    "mode": "mode",
    "purpose": "purpose",
    "tool": "tool",
    "max_ai_share": "max_ai_share",
    "platform": "platform",
    "ownership": "ownership",
}


def _disclose_field_error(loc: list[Any], msg: str, lang: str) -> str:
    """One validation error of the disclosure record as a plain sentence on the form's label."""
    fa = lang == "fa"
    msg = msg.removeprefix("Value error, ")
    if not loc:
        m = re.match(r"ai_share is (\d+) but no AI tool is listed", msg)
        if m:
            return (
                f"«{t('ai_share', lang)}» {num(int(m.group(1)), lang)}٪ است اما هیچ ابزار هوش "
                "مصنوعی‌ای انتخاب نشده است؛ ابزارهای به‌کاررفته را انتخاب کنید."
                if fa
                else f"The AI share is {m.group(1)}% but no AI tool is listed; name the tools used."
            )
        if msg.startswith("ai_share is 0 but AI tools are listed"):
            return (
                f"«{t('ai_share', lang)}» صفر است اما ابزار هوش مصنوعی انتخاب شده است؛ "
                "سهم را دست‌کم ۱ بگذارید یا ابزارها را بردارید."
                if fa
                else "The AI share is 0 but AI tools are listed; give an AI share of at least 1 "
                "or remove the tools."
            )
        return msg
    field = str(loc[-1])
    label = t(_DISCLOSE_LABELS[field], lang) if field in _DISCLOSE_LABELS else field
    if loc[0] == "tools" and len(loc) > 1 and isinstance(loc[1], int):
        label = f"{t('tool', lang)} {num(loc[1] + 1, lang)}{SEP[lang]}{label}"
        if field == "tool":
            label = f"{t('tool', lang)} {num(loc[1] + 1, lang)}"
    if "at least 1 character" in msg or msg == "Field required":
        sentence = "خالی است؛ آن را پر کنید." if fa else "is missing; fill it in."
    elif "less than or equal" in msg or "greater than or equal" in msg:
        sentence = (
            "باید عددی صحیح از ۰ تا ۱۰۰ باشد." if fa else "must be a whole number from 0 to 100."
        )
    elif m := re.search(r"at most (\d+) characters", msg):
        n = int(m.group(1))
        sentence = (
            f"بیش از حد بلند است (حداکثر {num(n, lang)} نویسه)."
            if fa
            else f"is too long (at most {n} characters)."
        )
    elif msg.startswith("Input should be '"):
        sentence = (
            "یکی از گزینه‌های فهرست را انتخاب کنید." if fa else "choose one of the listed options."
        )
    else:
        sentence = f"پذیرفته نیست ({msg})." if fa else f"is not accepted ({msg})."
    return f"«{label}»: {sentence}" if fa else f"{label}: {sentence}"


class DisclosureFormError(InputError):
    """Several problems of the disclosure form, found before the record is built."""

    def __init__(self, problems: list[InputError]) -> None:
        super().__init__(
            "; ".join(p.message for p in problems),
            message_fa="؛ ".join(p.text("fa") for p in problems),
        )
        self.problems = problems


def disclose_error_items(exc: AzadkarError, lang: str) -> list[str]:
    """The disclosure form's errors, one per field, in the page's language."""
    if isinstance(exc, DisclosureFormError):
        return [p.text(lang) for p in exc.problems]
    errors = exc.data.get("errors")
    if isinstance(errors, list) and errors:
        return [
            _disclose_field_error(list(e.get("loc", [])), str(e.get("msg", "")), lang)
            for e in errors
        ]
    m = re.match(r"invalid clause options: (\w+): (.*)$", exc.message)
    if m:
        return [_disclose_field_error([m.group(1)], m.group(2), lang)]
    return [exc.text(lang)]


def _form_field(loc: list[Any]) -> str | None:
    """The disclose form's field for a place in the record (``tools.0.tool`` -> ``tool0``)."""
    if not loc:
        return None
    if loc[0] == "tools" and len(loc) > 2 and isinstance(loc[1], int) and loc[1] < 3:
        return f"{loc[2]}{loc[1]}" if loc[2] in ("tool", "mode", "purpose") else f"tool{loc[1]}"
    return str(loc[0]) if loc[0] in _DISCLOSE_LABELS else None


def disclose_field_errors(exc: AzadkarError, lang: str) -> dict[str, str]:
    """The disclosure form's errors by field name, shown under each field."""
    out: dict[str, str] = {}
    if isinstance(exc, DisclosureFormError):
        for p in exc.problems:
            field = p.data.get("field")
            if isinstance(field, str):
                out.setdefault(field, p.text(lang))
        return out
    errors = exc.data.get("errors")
    if isinstance(errors, list):
        for e in errors:
            loc = list(e.get("loc", []))
            field = _form_field(loc)
            if field:
                out.setdefault(field, _disclose_field_error(loc, str(e.get("msg", "")), lang))
    m = re.match(r"invalid clause options: (\w+): (.*)$", exc.message)
    if m and m.group(1) in _DISCLOSE_LABELS:
        out.setdefault(m.group(1), _disclose_field_error([m.group(1)], m.group(2), lang))
    return out


def _optional_number(
    raw: str,
    not_a_number: tuple[str, str],
    what: tuple[str, str],
    *,
    low_allowed: bool = False,
    high: float,
) -> float | None:
    """An optional numeric form field: None when empty, else the number checked against
    its limits; ``not_a_number`` and ``what`` are (English, Persian) words for the errors."""
    from azadkar.exposure import check_number

    if not raw:
        return None
    value = _number(raw)
    if value is None:
        raise ProfileError(
            f"{not_a_number[0]}, not {raw!r}", message_fa=f"{not_a_number[1]}، نه «{raw}»"
        )
    check_number(value, what[0], what[1], low_allowed=low_allowed, high=high)
    return value


def _number(raw: str, *, percent: bool = False) -> float | None:
    """The number in a form field as the CLI reads it (Persian digits, ٬ and ٫, a % on a
    percent: :func:`azadkar.numerals.parse_number`), or None when it holds no number.

    It may be out of range (or inf / nan): the caller checks its own limits and says so.
    """
    from azadkar.numerals import NumberError, parse_number

    try:
        return parse_number(raw, percent=percent)
    except NumberError:
        return None


@router.get("/disclose", response_class=HTMLResponse)
def disclose_form(request: Request) -> HTMLResponse:
    lang = lang_of(request)
    return _disclose_page(request, lang)


@router.post("/disclose", response_class=HTMLResponse)
async def disclose_submit(request: Request) -> HTMLResponse:
    form = await request.form()
    await form.close()
    lang = _lang_field(form, lang_of(request))
    tools_in = []
    for i in range(3):
        tool = _form_str(form, f"tool{i}", 80)
        if tool:
            tools_in.append(
                (
                    tool,
                    _form_str(form, f"mode{i}", 20),
                    _form_str(form, f"purpose{i}", 200),
                )
            )
    values: dict[str, Any] = {
        "title": _form_str(form, "title", 300),
        "service": _form_str(form, "service", 80),
        "modality": _form_str(form, "modality", 20) or "text",
        "ai_share": _form_str(form, "ai_share", 10),
        "author": _form_str(form, "author", 200),
        "client": _form_str(form, "client", 200),
        # "yes" (or a checkbox's "on") or "no"; not sent: no review is claimed
        "human_review": _form_str(form, "human_review", 10).lower() not in ("", "no"),
        "eu_audience": form.get("eu_audience") is not None,
        "platform": _form_str(form, "platform", 20) or "direct",
        "ownership": _form_str(form, "ownership", 20) or "assignment",
        "max_ai_share": _form_str(form, "max_ai_share", 10),
        "tools": (tools_in + [_NO_TOOL] * 3)[:3],
    }
    try:
        # The form's own checks first, all of them at once, each on its field's label.
        problems: list[InputError] = []
        for i, (tool, mode, purpose) in enumerate(tools_in):
            # The CLI's matching: any case or spelling of a catalogue tool is that tool; a
            # likely typo gets "did you mean ...?"; the list offers catalogue tools only.
            found, close = actions.match_tool_name(tool)
            if found is not None:
                # No mode chosen ("as usually used"): the catalogue's, never "generate"
                # for every tool (a Photoshop retouch is an edit).
                tools_in[i] = (found.id, mode or found.default_mode, purpose)
                continue
            label = f"{t('tool', lang)} {num(i + 1, lang)}"
            if close:
                names = ", ".join(c.name for c in close)
                problems.append(
                    InputError(
                        f"{label}: {tool!r} is not in the AI tool catalogue; did you mean "
                        f"{names}? Choose it from the list.",
                        message_fa=f"«{label}»: «{tool}» در فهرست ابزارهای هوش مصنوعی نیست؛ "
                        f"منظورتان \u2066{names}\u2069 است؟ آن را از فهرست انتخاب کنید.",
                        field=f"tool{i}",
                        suggestions=[c.id for c in close],
                    )
                )
            else:
                problems.append(
                    InputError(
                        f"{label}: {tool!r} is not in the list of AI tools; "
                        "choose one from the list",
                        message_fa=f"«{label}»: «{tool}» در فهرست ابزارهای هوش مصنوعی نیست؛ "
                        "یکی از فهرست انتخاب کنید",
                        field=f"tool{i}",
                    )
                )
        values["tools"] = (tools_in + [_NO_TOOL] * 3)[:3]
        if not values["title"]:
            problems.append(
                InputError(
                    _disclose_field_error(["title"], "Field required", "en"),
                    message_fa=_disclose_field_error(["title"], "Field required", "fa"),
                    field="title",
                )
            )
        if not values["ai_share"]:
            # never assumed (an empty field was read as 0%: "made entirely by a person")
            problems.append(
                InputError(
                    f"{t('ai_share', 'en')}: is missing; fill it in (0 if no AI was used).",
                    message_fa=f"«{t('ai_share', 'fa')}»: خالی است؛ آن را پر کنید (اگر هوش "
                    "مصنوعی به کار نرفته است، ۰).",
                    field="ai_share",
                )
            )
        shares: dict[str, int] = {}
        for key, raw in (
            ("ai_share", values["ai_share"]),
            ("max_ai_share", values["max_ai_share"]),
        ):
            if not raw:
                continue
            try:
                shares[key] = _int_field(raw, key, lang, t(key, lang))
            except InputError as exc:
                problems.append(exc)
        if problems:
            raise DisclosureFormError(problems)
        record: dict[str, Any] = {
            "title": values["title"],
            "modality": values["modality"],
            "ai_share": shares["ai_share"],
            "human_review": values["human_review"],
            "tools": [{"tool": a, "mode": b, "purpose": c} for a, b, c in tools_in],
            "publication": {"eu_audience": values["eu_audience"]},
        }
        for key in ("service", "author", "client"):
            if values[key]:
                record[key] = values[key]
        options: dict[str, Any] = {"platform": values["platform"], "ownership": values["ownership"]}
        if "max_ai_share" in shares:
            options["max_ai_share"] = shares["max_ai_share"]
        report, clauses = await run_in_threadpool(actions.disclose, record, options)
    except AzadkarError as exc:
        return _disclose_page(
            request,
            lang,
            status=exc.status,
            values=values,
            error_items=disclose_error_items(exc, lang),
            field_errors=disclose_field_errors(exc, lang),
        )
    return _disclose_page(
        request,
        lang,
        values=values,
        report=report,
        clauses=clauses[lang],
        record_json=json.dumps(report.record.model_dump(mode="json"), ensure_ascii=False),
        options_json=json.dumps(options, ensure_ascii=False),
        share_conflict=share_conflict_text(report, options, lang),
    )


def share_conflict_text(report: Any, options: dict[str, Any], lang: str) -> str | None:
    """The clauses' AI-share cap below the deliverable's own AI share (the contract would
    contradict the disclosure it comes with), in the form's words; None when they agree.
    The CLI warns the same (``azadkar.disclosure.clauses.share_conflict``)."""
    from azadkar.disclosure.clauses import share_conflict

    if share_conflict(options, report.record) is None:
        return None
    cap, share = options["max_ai_share"], report.record.ai_share
    return (
        t("share_conflict", lang)
        .replace("{cap}", num(cap, lang))
        .replace("{share}", num(share, lang))
        .replace("{cap_label}", t("max_ai_share", lang))
        .replace("{share_label}", t("ai_share", lang))
    )


_CLAUSE_OPTIONS = ("platform", "ownership", "max_ai_share")


async def _disclosure_again(form: Any, lang: str) -> dict[str, Any]:
    """The disclosure the sign form carries (its record and clause options, hidden fields),
    made again, so the page keeps showing it after signing; nothing when the form has none
    or it no longer holds (the form is then shown empty, as before)."""
    raw = form.get("record")
    if not isinstance(raw, str) or not raw.strip():
        return {}
    try:
        from azadkar.web.api import _disclosure_field

        record = _disclosure_field(raw)
        if record is None:
            return {}
        options_raw = form.get("options")
        options: dict[str, Any] = {}
        if isinstance(options_raw, str) and options_raw.strip():
            loaded = json.loads(options_raw)
            if isinstance(loaded, dict):
                options = {k: v for k, v in loaded.items() if k in _CLAUSE_OPTIONS}
        report, clauses = await run_in_threadpool(actions.disclose, record, options)
    except (AzadkarError, ValueError):
        return {}
    rec = report.record.model_dump(mode="json")
    tools = [
        (str(x.get("tool") or ""), str(x.get("mode") or "generate"), str(x.get("purpose") or ""))
        for x in rec.get("tools") or []
    ][:3]
    values = {
        "title": rec.get("title") or "",
        "service": rec.get("service") or "",
        "modality": rec.get("modality") or "text",
        "ai_share": str(rec.get("ai_share", "")),
        "author": rec.get("author") or "",
        "client": rec.get("client") or "",
        "human_review": bool(rec.get("human_review")),
        "eu_audience": bool((rec.get("publication") or {}).get("eu_audience")),
        "platform": str(options.get("platform") or "direct"),
        "ownership": str(options.get("ownership") or "assignment"),
        "max_ai_share": str(options.get("max_ai_share") or ""),
        "tools": (tools + [_NO_TOOL] * 3)[:3],
    }
    return {
        "values": values,
        "report": report,
        "clauses": clauses[lang],
        "record_json": json.dumps(rec, ensure_ascii=False),
        "options_json": json.dumps(options, ensure_ascii=False),
        "share_conflict": share_conflict_text(report, options, lang),
    }


async def _upload(request: Request, allowed: tuple[str, ...], what: str) -> tuple[Any, bytes, Any]:
    form = await request.form()
    # The page's language is the form's, also when the upload is refused below.
    try:
        request.state.form_lang = _lang_field(form, "")
    except Exception:
        await form.close()
        raise
    file = form.get("file")
    if not isinstance(file, UploadFile):
        await form.close()
        raise InputError(
            f"choose a {what} to upload",
            message_fa=f"یک {what_fa(what)} برای بارگذاری انتخاب کنید",
            field="file",
        )
    data = await file.read()
    # The verify form's optional CA file from the sender (read before the form is closed).
    extra = form.get("trust")
    request.state.trust_upload = (
        await extra.read() if isinstance(extra, UploadFile) and extra.filename else b""
    )
    # the spooled copy is closed now; the bytes go to a private folder only when needed
    await form.close()
    check_size(data, request.app.state.azadkar.settings.max_upload_bytes, what)
    sniffed = check_type(data, allowed, what)
    return form, data, (sniffed, file.filename)


@router.post("/disclose/sign", response_class=HTMLResponse)
async def disclose_sign(request: Request) -> HTMLResponse:
    lang = lang_of(request)
    state = request.app.state.azadkar
    try:
        form, data, (sniffed, filename) = await _upload(request, SIGNABLE, "file")
        lang = _lang_field(form, lang)
        record = None
        raw = form.get("record")
        if isinstance(raw, str) and raw.strip() and form.get("attach") is not None:
            from azadkar.web.api import _disclosure_field

            record = _disclosure_field(raw)
        signed = await run_in_threadpool(
            actions.sign, state.credentials, data, sniffed, filename, record
        )
    except AzadkarError as exc:
        lang = getattr(request.state, "form_lang", "") or lang
        return _disclose_page(
            request,
            lang,
            status=exc.status,
            sign_error=exc.text(lang),
        )
    token = state.downloads.put(signed)
    # The disclosure the person just wrote stays on the page (made again from the form).
    again = await _disclosure_again(form, lang)
    from azadkar.disclosure import iptc

    code = str(signed.summary.get("digital_source_type") or "").rsplit("/", 1)[-1]
    return _disclose_page(
        request,
        lang,
        signed=signed,
        # the IPTC term in words, beside its code (compositeWithTrainedAlgorithmicMedia)
        signed_source=iptc.label(code, lang) if code else "",
        token=token,
        **again,
    )


# What the disclosure on the page can be saved as: the report as JSON (as
# `azadkar disclose --save`, which `azadkar credentials sign --disclosure` reads), the
# statement and clauses as Markdown (as `azadkar disclose --clauses --format md`), and the
# clauses as PDF (as `--clauses-pdf`), to attach to the contract.
DISCLOSE_DOWNLOADS = {
    "json": ("application/json", "disclosure.json"),
    "md": ("text/markdown; charset=utf-8", "disclosure-{lang}.md"),
    "pdf": ("application/pdf", "ai-use-clauses-{lang}.pdf"),
}


@router.post("/disclose/download/{fmt}")
async def disclose_download(request: Request, fmt: str) -> Response:
    form = await request.form()
    await form.close()
    lang = _lang_field(form, lang_of(request))
    request.state.form_lang = lang
    if fmt not in DISCLOSE_DOWNLOADS:
        raise InputError(
            f"unknown download format {fmt!r}; choose json, md or pdf",
            message_fa=f"قالب دریافت {problems.ltr(repr(fmt))} شناخته نشد؛ یکی از "
            "json، md یا pdf را انتخاب کنید",
        )
    raw = form.get("record")
    if not isinstance(raw, str) or not raw.strip():
        raise InputError(
            "there is no disclosure to download: fill in the form on the Disclose page first",
            message_fa="افشانامه‌ای برای دریافت نیست: نخست فرم صفحهٔ «افشا» را پر کنید",
            field="record",
        )
    from azadkar.web.api import _disclosure_field

    record = _disclosure_field(raw) or {}
    options: dict[str, Any] = {}
    options_raw = form.get("options")
    if isinstance(options_raw, str) and options_raw.strip():
        try:
            loaded = json.loads(options_raw)
        except ValueError:
            loaded = None
        if isinstance(loaded, dict):
            options = {k: v for k, v in loaded.items() if k in _CLAUSE_OPTIONS}
    # The document's language may differ from the page's: a freelancer reading the page in
    # Persian gives the client the clauses in English (the button's doc_lang).
    doc = _form_str(form, "doc_lang", 20) or lang
    if doc not in LANGS:
        raise InputError(
            f"doc_lang: unknown document language {doc!r}; choose fa or en",
            message_fa=f"{problems.ltr('doc_lang')}: زبان سند {problems.ltr(repr(doc))} "
            "شناخته نشد؛ fa یا en را انتخاب کنید",
            field="doc_lang",
        )
    report, clauses = await run_in_threadpool(actions.disclose, record, options)
    if fmt == "json":
        data = (json.dumps(report.to_json_dict(), ensure_ascii=False, indent=2) + "\n").encode()
    elif fmt == "md":
        from azadkar.disclosure import render_markdown

        text = render_markdown(report, doc).rstrip() + "\n\n" + clauses[doc].to_markdown()
        data = (text.rstrip() + "\n").encode()
    else:
        from azadkar.report.clauses_pdf import render_clauses_pdf

        data = await run_in_threadpool(render_clauses_pdf, clauses[doc])
    mime, name = DISCLOSE_DOWNLOADS[fmt]
    return Response(
        data,
        media_type=mime,
        headers={"content-disposition": f'attachment; filename="{name.format(lang=doc)}"'},
    )


@router.get("/downloads/{token}")
def download(request: Request, token: str) -> Response:
    item = request.app.state.azadkar.downloads.get(token)
    if item is None:
        raise InputError(
            "this download has expired or never existed; sign the file again",
            message_fa="این فایل دیگر برای دریافت آماده نیست (یا هرگز نبوده است)؛ "
            "فایل را دوباره امضا کنید",
        )
    from azadkar.web.api import _ascii_name

    return Response(
        item.data,
        media_type=item.mime,
        headers={"content-disposition": f'attachment; filename="{_ascii_name(item.name)}"'},
    )


@router.post("/disclose/verify", response_class=HTMLResponse)
async def disclose_verify(request: Request) -> HTMLResponse:
    """Check one file or several at once (the form's file field takes many, as
    ``azadkar credentials verify FILE...`` does): one result per file and a count per
    verdict. A file that cannot be checked (a text file, an empty one) is listed as not
    checked, with the reason; none is dropped."""
    lang = lang_of(request)
    state = request.app.state.azadkar
    try:
        form, uploads, trust_upload = await _verify_uploads(request)
        lang = _lang_field(form, lang)
        trust_pem = actions.sender_ca(trust_upload)
        if len(uploads) == 1:
            name, data = uploads[0]
            check_size(data, state.settings.max_upload_bytes, "file")
            sniffed = check_type(data, SIGNABLE, "file")
            verified = await run_in_threadpool(
                partial(actions.verify, trust_pem=trust_pem),
                state.credentials,
                data,
                sniffed,
                name,
            )
        else:
            rows = await run_in_threadpool(_verify_each, state, uploads, trust_pem, lang)
    except AzadkarError as exc:
        lang = getattr(request.state, "form_lang", "") or lang
        return _disclose_page(
            request,
            lang,
            status=exc.status,
            verify_error=exc.text(lang),
        )
    # The disclosure the person wrote on this page stays (as after signing), so checking
    # the signed file does not empty the form they may sign the next file with.
    again = await _disclosure_again(form, lang)
    if len(uploads) > 1:
        return _disclose_page(
            request,
            lang,
            verified_many=rows,
            verify_counts=_verify_counts(rows),
            **again,
        )
    return _disclose_page(
        request,
        lang,
        verified=verified,
        verify_verdict=verify_verdict(verified, lang),
        file_facts=verified_facts(verified, lang),
        **again,
    )


async def _verify_uploads(request: Request) -> tuple[Any, list[tuple[str, bytes]], bytes]:
    """The verify form, the files it carries (name, bytes; in the order chosen) and the
    optional CA file from the sender. No file at all is the form's error."""
    from azadkar.web.uploads import display_name

    form = await request.form()
    try:
        # The page's language is the form's, also when the upload is refused below.
        request.state.form_lang = _lang_field(form, "")
        uploads: list[tuple[str, bytes]] = []
        for i, item in enumerate(form.getlist("file")):
            if not isinstance(item, UploadFile):
                continue
            data = await item.read()
            if not item.filename and not data:
                continue  # the empty part a browser sends for a field left empty
            uploads.append((display_name(item.filename, f"file {i + 1}"), data))
        extra = form.get("trust")
        trust = await extra.read() if isinstance(extra, UploadFile) and extra.filename else b""
    finally:
        # the spooled copies are closed now; the bytes go to a private folder only when needed
        await form.close()
    if not uploads:
        raise InputError(
            "choose a file to upload",
            message_fa=f"یک {what_fa('file')} برای بارگذاری انتخاب کنید",
            field="file",
        )
    return form, uploads, trust


def _verify_each(
    state: Any, uploads: list[tuple[str, bytes]], trust_pem: bytes | None, lang: str
) -> list[dict[str, Any]]:
    """Each uploaded file checked, in order: its result, or why it was not checked."""
    rows: list[dict[str, Any]] = []
    for name, data in uploads:
        try:
            check_size(data, state.settings.max_upload_bytes, "file")
            sniffed = check_type(data, SIGNABLE, "file")
            verified = actions.verify(state.credentials, data, sniffed, name, trust_pem=trust_pem)
        except AzadkarError as exc:
            rows.append(
                {
                    "file": name,
                    "checked": False,
                    "verdict": {
                        "key": "not-checked",
                        "css": "alert",
                        "text": t("not_checked", lang),
                        "count": t("not_checked", lang),
                    },
                    "error": exc.text(lang),
                    "reason": exc.data.get("reason") or exc.data.get("field") or "",
                }
            )
            continue
        rows.append(
            {
                "file": name,
                "checked": True,
                "verified": verified,
                "verdict": verify_verdict(verified, lang),
                "facts": verified_facts(verified, lang),
            }
        )
    return rows


def _verify_counts(rows: list[dict[str, Any]]) -> list[tuple[str, str, int]]:
    """(verdict key, its words, how many files) for each verdict among ``rows``, the most
    frequent first, in the order first seen among equals."""
    counts: dict[str, list[Any]] = {}
    for row in rows:
        v = row["verdict"]
        counts.setdefault(v["count"], [v["key"], v["count"], 0])[2] += 1
    ordered = sorted(counts.values(), key=lambda c: -c[2])
    return [(key, words, n) for key, words, n in ordered]


def _verify_action_text(action: dict[str, Any], lang: str) -> str:
    """A C2PA action in words: "edited: Adobe Firefly (fill) - Composite including
    generative-AI elements"; a person's action with azadkar's words for it."""
    from azadkar.disclosure import iptc
    from azadkar.disclosure.credentials import ACTIONS_FA, person_text

    name = str(action.get("action") or "")
    verb = ACTIONS_FA.get(name, name) if lang == "fa" else name.removeprefix("c2pa.")
    agent = action.get("softwareAgent")
    tool = str(agent.get("name") if isinstance(agent, dict) else agent or "")
    said = str(action.get("description") or "").strip()
    who = f"{tool} ({said})" if tool and said else tool or person_text(said, lang)
    code = str(action.get("digitalSourceType") or "").rstrip("/").rsplit("/", 1)[-1]
    kind = iptc.label(code, lang) if code else ""
    parts = [p for p in (who, kind) if p]
    comma = "، " if lang == "fa" else ", "
    if not tool and said.startswith(("made by a person", "edited by a person")):
        # azadkar's own words for a person's action already say what was done
        return comma.join(parts)
    return f"{verb}: {comma.join(parts)}" if parts else verb


def signer_text(sig: Any) -> str:
    """Who signed, as the verify page says it everywhere: «name (issuer)», or the one that
    is known."""
    sig = sig if isinstance(sig, dict) else {}
    name, issuer = str(sig.get("common_name") or ""), str(sig.get("issuer") or "")
    return f"{name} ({issuer})" if name and issuer and issuer != name else name or issuer


def dn_text(dn: str) -> str:
    """A certificate's subject (RFC 4514, as signing reports it: ``OU=…,O=azadkar TEST
    ONLY,CN=azadkar web TEST ONLY signer``) as the verify page names signers: «common name
    (organisation)». The string itself when it cannot be read."""
    from cryptography import x509
    from cryptography.x509.oid import NameOID

    try:
        name = x509.Name.from_rfc4514_string(str(dn))
    except ValueError:
        return str(dn)

    def first(oid: x509.ObjectIdentifier) -> str:
        values = name.get_attributes_for_oid(oid)
        return str(values[0].value) if values else ""

    shown = signer_text(
        {"common_name": first(NameOID.COMMON_NAME), "issuer": first(NameOID.ORGANIZATION_NAME)}
    )
    return shown or str(dn)


def _made_with(generators: Any) -> str:
    """The claim generators a manifest names: «azadkar 0.1.0»."""
    return ", ".join(
        str(g.get("name")) + (f" {g['version']}" if g.get("version") else "")
        for g in generators or []
        if isinstance(g, dict) and g.get("name")
    )


def signed_earlier(earlier: Any, lang: str) -> list[tuple[str, str]]:
    """What the signing found already in the file, kept as its earlier version (the sign
    result's ``earlier``): its title, who signed it and with what. Empty for a file that
    carried no content credentials."""
    if not isinstance(earlier, dict):
        return []
    facts = [(t("earlier_version", lang), str(earlier.get("title") or "—"))]
    who = signer_text(earlier.get("signer"))
    if who:
        facts.append((t("signer", lang), who))
    made = _made_with(earlier.get("claim_generator"))
    if made:
        facts.append((t("made_with", lang), made))
    return facts


def verify_chain(verified: dict[str, Any], lang: str) -> list[dict[str, Any]]:
    """The versions a checked file was made from (its provenance chain), newest first,
    for the page: each one's title, facts (who signed it, with what, its disclosure),
    actions in words and whether its credentials failed. Empty for a file made from
    nothing with credentials."""
    out: list[dict[str, Any]] = []
    for n, entry in enumerate(verified.get("earlier_versions") or [], 1):
        facts: list[tuple[str, str]] = []
        if entry.get("credentials"):
            # as the file's own signer above: «name (issuer)» (a «/» between the two
            # jumped to the other end of the line in Persian)
            who = signer_text(entry.get("signer"))
            if who:
                facts.append((t("signer", lang), who))
            made = _made_with(entry.get("claim_generator"))
            if made:
                facts.append((t("made_with", lang), made))
            if entry.get("signed_at"):
                facts.append((t("signed_at", lang), str(entry["signed_at"])))
            if entry.get("trusted") is not None:
                facts.append(
                    (t("earlier_trust", lang), t("yes" if entry["trusted"] else "no", lang))
                )
            record = (entry.get("disclosure") or {}).get("record") or {}
            if isinstance(record.get("ai_share"), int):
                facts.append((t("ai_share_short", lang), pct(record["ai_share"] / 100, lang)))
            if record.get("author"):
                facts.append((t("author", lang), str(record["author"])))
        else:
            facts.append((t("signer", lang), t("count_unsigned", lang)))
        out.append(
            {
                "title": str(entry.get("title") or ""),
                "heading": t("earlier_version_n", lang).replace("{n}", num(n, lang)),
                "facts": facts,
                "actions": [
                    _verify_action_text(a, lang)
                    for a in entry.get("actions") or []
                    if isinstance(a, dict)
                ],
                "aia": str((entry.get("disclosure") or {}).get("aia") or ""),
                "failed": bool(entry.get("failures")),
            }
        )
    return out


def verify_since(verified: dict[str, Any], lang: str) -> list[str]:
    """What was done to a file since it was opened from its earlier version: its own
    manifest's actions after ``c2pa.opened``, in words. Empty when it has no earlier one."""
    if not verified.get("earlier_versions"):
        return []
    actions = (verified.get("manifest") or {}).get("actions") or []
    return [
        _verify_action_text(a, lang)
        for a in actions
        if isinstance(a, dict) and a.get("action") != "c2pa.opened"
    ]


def verify_verdict(verified: dict[str, Any], lang: str) -> dict[str, str]:
    """A checked file's verdict as the page shows it: ``key`` (the ``data-verdict``),
    ``css`` (ok, warn or alert), ``text`` (the words after its name) and ``count`` (the
    shorter words for the count of each verdict).

    A signature by the server's own TEST ONLY certificate is valid, and "trusted" only
    because the app trusts its own test CA: amber, and never "trusted" for clients. Checked
    against the CA file the sender gave: trusted by it, TEST ONLY and trusted by it (amber:
    nobody else vouches), or signed by someone else."""
    valid, given = bool(verified.get("valid")), bool(verified.get("trust_given"))
    test_only = valid and bool(verified.get("test_only")) and not given
    unsigned = (
        not valid
        and not verified.get("manifest")
        and any(r.get("code") == "manifest.notFound" for r in verified.get("reasons") or [])
    )
    damaged, changed = bool(verified.get("damaged")), bool(verified.get("changed"))
    sender = ""
    if given and verified.get("trusted"):
        sender = "sender-ca-test-only" if verified.get("test_only") else "sender-ca"
    elif given and valid:
        sender = "other-signer"
    if sender:
        key, text = sender, t("verdict_" + sender.replace("-", "_"), lang)
    elif test_only:
        key, text = "test-only", t("valid_test_only", lang)
    elif unsigned:
        key, text = "unsigned", t("no_credentials", lang)
    elif damaged:
        key, text = "damaged", t("damaged_file", lang)
    elif valid:
        key = "valid"
        sep = "، " if lang == "fa" else ", "
        text = (
            t("valid", lang)
            + sep
            + t("trusted" if verified.get("trusted") else "not_trusted", lang)
        )
    elif changed:
        key, text = "changed", t("changed_after_signing", lang)
    else:
        key, text = "invalid", t("invalid", lang)
    amber = test_only or unsigned or damaged or sender in ("sender-ca-test-only", "other-signer")
    css = "warn" if amber else ("ok" if valid else "alert")
    short = {"unsigned": "count_unsigned", "changed": "count_changed"}.get(key)
    return {"key": key, "css": css, "text": text, "count": t(short, lang) if short else text}


# A CA file is a few KB; a chain of them well under this.
def verified_facts(verified: dict[str, Any], lang: str) -> list[tuple[str, str]]:
    """What a checked file says about itself, for the person who received it: who signed
    it, the AI tools its manifest names, its IPTC source type, its maker and date.
    (label, value) pairs; empty for a file without content credentials."""
    from azadkar.disclosure import iptc
    from azadkar.disclosure.credentials import person_text

    manifest = verified.get("manifest") or {}
    disclosure = verified.get("disclosure") or {}
    record = disclosure.get("record") or {}
    facts: list[tuple[str, str]] = []
    who = signer_text(verified.get("signer") or manifest.get("signature") or {})
    if who:
        facts.append((t("signer", lang), who))
    actions = [a for a in manifest.get("actions") or [] if isinstance(a, dict)]
    first = actions[0] if actions else {}
    if first.get("action") == "c2pa.created" and not first.get("softwareAgent"):
        # a person made it (c2pa.created without a software agent; azadkar's own words in
        # the description, e.g. "made by a person (Mina)")
        said = str(first.get("description") or "").strip()
        if said:
            facts.append((t("made_how", lang), person_text(said, lang)))
    tools = []
    for action in actions:
        agent = action.get("softwareAgent")
        tool = agent.get("name") if isinstance(agent, dict) else agent
        if not tool:
            continue
        purpose = str(action.get("description") or "").strip()
        tools.append(f"{tool} ({purpose})" if purpose else str(tool))
    if tools:
        facts.append((t("tools_in_file", lang), ("، " if lang == "fa" else ", ").join(tools)))
    source = str(
        disclosure.get("digital_source_type")
        or next((a.get("digitalSourceType") for a in manifest.get("actions") or []), "")
        or ""
    )
    if source:
        code = source.rstrip("/").rsplit("/", 1)[-1]
        facts.append((t("source_type", lang), iptc.label(code, lang)))
    if isinstance(record.get("ai_share"), int):
        facts.append((t("ai_share_short", lang), pct(record["ai_share"] / 100, lang)))
    if record.get("author"):
        facts.append((t("author", lang), str(record["author"])))
    if record.get("date"):
        # left to right: after a Persian label ۲۰۲۶-۱۱-۲۷ read «۲۷-۱۱-۲۰۲۶»
        facts.append((t("d_date", lang), f"\u2066{digits_in(str(record['date']), lang)}\u2069"))
    return facts


# ----------------------------------------------------------------------------- market


def _category_name(cat: str | None, lang: str) -> str:
    from azadkar.taxonomy import load_taxonomy

    if cat is None:
        return "—"
    for c in load_taxonomy().categories:
        if c.id == cat:
            return c.name(lang)
    return cat


def usd(value: float, lang: str, digits: int = 2) -> str:
    """Dollars for people: ``$48.00`` in English, «۴۸٫۰۰ دلار» in Persian."""
    return f"{num(value, lang, digits)} دلار" if lang == "fa" else f"${num(value, lang, digits)}"


def source_label(key: str, lang: str) -> Markup:
    """Where the categories came from: «مدل <code>a81f…</code>», «نگاشت برچسب پلتفرم»."""
    from azadkar.market._indicators import category_source_in

    if key.startswith("model "):
        return Markup('{} <code dir="ltr">{}</code>').format(
            t("model_word", lang), key[len("model ") :]
        )
    return Markup("{}").format(category_source_in(key, lang))


def fmt_cell(key: str, value: Any, lang: str) -> str:
    """One indicator cell for people: money, shares, counts, months."""
    if value is None:
        return "—"
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, list):
        # the control categories of a difference-in-differences, by name
        names = [_category_name(str(v), lang) if key == "control" else str(v) for v in value]
        return ("، " if lang == "fa" else ", ").join(names)
    if isinstance(value, float):
        if "usd" in key:
            return usd(value, lang, 2)
        if key.endswith("_pct"):
            # already in percent (did_pct, placebo_pct); a Persian negative one keeps its
            # minus on the left (an LTR isolate), as the report's tables do
            return num(value, lang, 1, isolate=True)
        if key == "confidence":
            return pct(value, lang, 0)
        if key == "gini":
            return num(value, lang, 2)
        if "share" in key:
            return pct(value, lang, 1)
        if key == "index":
            return num(value, lang, 1)
        return num(value, lang, 3, isolate=True)  # did_log, its interval: may be negative
    if isinstance(value, int):
        return num(value, lang)
    text = str(value)
    if key in ("month", "period") and len(text) >= 7 and text[4] == "-":
        text = text[:7]
        if lang == "fa":
            # the Gregorian month with the Jalali months it spans, «۲۰۲۴-۰۸ (مرداد–شهریور ۱۴۰۳)»:
            # each part kept whole, the month in a left-to-right isolate
            from azadkar.market._indicators import jalali_months

            return Markup('<bdi dir="ltr" class="nw">{}</bdi> <span class="nw">({})</span>').format(
                fa_digits(text), jalali_months(text)
            )
    if key == "category":
        return _category_name(text, lang)
    if lang == "fa":
        # Pay types, scopes, "all", dates: the market package's own Persian names.
        from azadkar.market._indicators import value_in

        return _latin_in_persian(str(value_in(key, text, lang)))
    return text


_PERSIAN_LETTER = re.compile("[\u0600-\u06ff]")
_LATIN_NAME = re.compile(r"[A-Za-z][A-Za-z0-9.]*(?:[- ][A-Za-z0-9.]+)*")


def _latin_in_persian(text: str) -> str:
    """A Persian cell's Latin names («عرضهٔ GPT-4») in left-to-right isolates whose hyphen
    does not break: in a narrow column «GPT-» and «4» fell on two lines, read «GPT- عرضهٔ»."""
    if not _PERSIAN_LETTER.search(text):
        return text
    return _LATIN_NAME.sub(lambda m: "\u2066" + m.group(0).replace("-", "\u2011") + "\u2069", text)


_TOO_FEW = {"en": " (too few to read)", "fa": " (برای خواندن بسیار کم)"}


def _market_cell(key: str, value: Any, row: dict[str, Any] | None, lang: str) -> str:
    """An indicator cell; a median on fewer than MIN_MEDIAN_N values gets a ``*`` (too few
    to read), as in the terminal and the report."""
    from azadkar.market._indicators import ONE_VALUE_MARK, market_wide, one_value_dominates, too_few

    if row is not None and (wide := market_wide(key, row, lang)) is not None:
        return wide  # a market-wide row's empty category, as in the terminal and the report
    if key == "event" and lang == "fa" and value and row is not None and row.get("event_name"):
        # a person reads the event's (English) name, read with the English voice; the id
        # (``chatgpt``) stays for a machine in a data attribute
        return Markup('<bdi dir="ltr" lang="en" data-event="{}">{}</bdi>').format(
            value, row["event_name"]
        )
    text = fmt_cell(key, value, lang)
    if row is not None and key == "gini" and one_value_dominates(row):
        text = f"{text}\u00a0{ONE_VALUE_MARK}"  # one posting carries the row's Gini
    # the marks stay on the line of their number (no break space)
    return f"{text}\u00a0*" if row is not None and too_few(key, row) else text


def _too_few_note(rows: list[dict[str, Any]], lang: str) -> list[str]:
    """The lines under a table with marked cells (medians on too few values, a Gini one
    posting carries), one paragraph each (joined by « · » in one sentence, a dot was left
    alone at a line's edge on a phone); empty when none is marked."""
    from azadkar.market._indicators import (
        one_value_dominates,
        one_value_note,
        too_few,
        too_few_note,
    )

    lines = []
    if any(too_few(k, r) for r in rows for k in r):
        lines.append(too_few_note(lang))
    if any("gini" in r and one_value_dominates(r) for r in rows):
        lines.append(one_value_note(lang))
    return [fa_digits(line) if lang == "fa" else line for line in lines]


COLUMN_LABELS: dict[str, dict[str, str]] = {
    "month": {"en": "month", "fa": "ماه"},
    "period": {"en": "period", "fa": "دوره"},
    "category": {"en": "category", "fa": "دسته"},
    "scope": {"en": "scope", "fa": "دامنه"},
    "postings": {"en": "postings", "fa": "آگهی"},
    "n": {"en": "n", "fa": "تعداد"},
    "n_hourly": {"en": "n hourly", "fa": "تعداد ساعتی"},
    "median_hourly_usd": {"en": "median hourly", "fa": "میانهٔ ساعتی"},
    "n_fixed": {"en": "n fixed", "fa": "تعداد پروژه‌ای"},
    "median_fixed_usd": {"en": "median fixed", "fa": "میانهٔ پروژه‌ای"},
    "n_salary": {"en": "n salary", "fa": "تعداد حقوق ماهانه"},
    "median_salary_usd": {"en": "median salary", "fa": "میانهٔ حقوق"},
    "pay_type": {"en": "pay type", "fa": "نوع پرداخت"},
    "gini": {"en": "Gini", "fa": "جینی"},
    "top10_share": {"en": "top-10% share", "fa": "سهم ۱۰٪ بالا"},
    "share_high": {"en": "share high-paid", "fa": "سهم پرداخت بالا"},
    "high_threshold_usd": {"en": "high-pay threshold", "fa": "آستانهٔ پرداخت بالا"},
    "exposure_weighted": {"en": "exposure-weighted", "fa": "وزنی با مواجهه"},
    "categories": {"en": "categories", "fa": "دسته‌ها"},
    "index": {"en": "index", "fa": "شاخص"},
    # difference-in-differences: the pre-period placebo and its verdict (did_events)
    "placebo_months_before": {"en": "placebo, months before", "fa": "ساختگی، ماه پیش"},
    "placebo_pct": {"en": "placebo (%)", "fa": "ساختگی (٪)"},
    "placebo_ci_low_pct": {"en": "placebo low (%)", "fa": "پایینِ ساختگی (٪)"},
    "placebo_ci_high_pct": {"en": "placebo high (%)", "fa": "بالای ساختگی (٪)"},
    "pre_trend": {"en": "pre-trend", "fa": "روند پیشین"},
}


def _market_columns(ind: dict[str, Any]) -> list[str]:
    """An indicator table's columns in the order the terminal and the report use (the
    naming columns first), without pay columns that hold no value anywhere (their notes
    say why) and without ``scope`` where the category column says "market-wide"."""
    from types import SimpleNamespace

    from azadkar.market._indicators import table_columns

    keyed, values = table_columns(SimpleNamespace(name=ind["name"], rows=ind["rows"]))  # type: ignore[arg-type]
    return keyed + values


def column_label(key: str, lang: str) -> str:
    """The web's short column head, else the market package's words (never the raw key
    for a column the package names, such as ``max_share``)."""
    from azadkar.market._indicators import column_label as market_column_label

    return COLUMN_LABELS.get(key, {}).get(lang) or market_column_label(key, lang)


def _market_charts(ind: dict[str, Any] | None, lang: str) -> dict[str, Markup]:
    if not ind:
        return {}
    from azadkar.market._indicators import too_few

    out: dict[str, Markup] = {}
    rtl = lang == "fa"
    by_name = {i["name"]: i for i in ind["indicators"]}

    def count(v: float) -> str:
        return num(v, lang)

    pay = by_name.get("pay_by_category")
    if pay and pay["rows"]:
        rows = sorted(pay["rows"], key=lambda r: -(r.get("postings") or 0))
        vmax = float(max((r.get("postings") or 0) for r in rows) or 1)
        out["postings"] = _bars(
            [
                charts.Row(_category_name(r.get("category"), lang), (r.get("postings"),))
                for r in rows
            ],
            [t("postings", lang)],
            rtl=rtl,
            fmt=count,
            vmax=vmax,
            title=t("chart_postings", lang),
        )
        hourly = sorted(
            (r for r in rows if r.get("median_hourly_usd") is not None),
            key=lambda r: -r["median_hourly_usd"],
        )
        if hourly:
            hmax = float(max(r["median_hourly_usd"] for r in hourly))
            out["hourly"] = _bars(
                [
                    charts.Row(
                        _category_name(r.get("category"), lang),
                        (r["median_hourly_usd"],),
                        f"{t('n_label', lang)} {num(r.get('n_hourly') or 0, lang)}"
                        # as in the report: a median on fewer than MIN_MEDIAN_N values
                        + (_TOO_FEW[lang] if too_few("median_hourly_usd", r) else ""),
                    )
                    for r in hourly
                ],
                [t("median_hourly", lang)],
                rtl=rtl,
                # the title says "(USD)" / «(دلار)»: Persian shows the number alone
                fmt=lambda v: num(v, lang, 0) if lang == "fa" else f"${num(v, lang, 0)}",
                vmax=hmax,
                title=t("median_hourly", lang),
            )
    vol = by_name.get("volume_pay")
    if vol and vol["rows"]:
        months = sorted({str(r["month"])[:7] for r in vol["rows"]})
        # Two partial months draw a misleading line; a series needs three or more.
        if len(months) >= 3:
            totals: dict[str, float] = {}
            for r in vol["rows"]:
                totals[r["category"]] = totals.get(r["category"], 0) + (r.get("postings") or 0)
            top = sorted(totals, key=lambda c: -totals[c])[:6]
            series = []
            for cat in top:
                per = {
                    str(r["month"])[:7]: r.get("postings")
                    for r in vol["rows"]
                    if r["category"] == cat
                }
                series.append((_category_name(cat, lang), [per.get(m, 0) for m in months]))
            labels = [fa_digits(m) if lang == "fa" else m for m in months]
            out["volume"] = _lines(labels, series, rtl=rtl, fmt=count, title=vol["title"])
    return out


def recategorised_notice(
    ingested: dict[str, Any] | None, ind: dict[str, Any] | None, lang: str
) -> Markup | None:
    """After an upload the classifier re-categorises every posting in the store, not only
    the new file's: the sentence that says so, with the number of postings it now covers."""
    classified = (ingested or {}).get("classified") or {}
    version = classified.get("model_version")
    if not version:
        return None
    sources = (ind or {}).get("category_source") or {}
    n = (
        sources.get(f"model {version}")
        or (ind or {}).get("postings")
        or classified.get("classified", 0)
    )
    text = str(escape(t("recategorised_body", lang)))
    return Markup(
        text.replace("{n}", str(escape(num(int(n), lang)))).replace(
            "{model}", str(Markup('<code dir="ltr">{}</code>').format(version))
        )
    )


def _months_note(ind: dict[str, Any] | None, lang: str) -> str | None:
    """In Persian, once above the indicators when a table shows months: they are Gregorian
    calendar months, each labelled with the Jalali months it spans."""
    from azadkar.market._indicators import MONTHS_NOTE_FA, is_month_value

    if lang != "fa" or not ind:
        return None
    rows = (r for i in ind["indicators"] for r in i.get("rows") or ())
    if any(is_month_value(k, v) for r in rows for k, v in r.items()):
        return MONTHS_NOTE_FA
    return None


# The slice fields of the market page, as the query parameters of GET /market and
# /api/market/indicators (and the options of `azadkar market indicators`).
SLICE_FIELDS = ("platform", "file", "country", "since", "until")
_SLICE_LABEL = {f: f"slice_{f}" for f in SLICE_FIELDS}


def _slice_asked(request: Request) -> dict[str, Any]:
    """The slice the page's address asks for: the empty fields left out."""
    q = request.query_params
    asked: dict[str, Any] = {}
    for name in ("platform", "file", "country"):
        values = [v.strip() for v in q.getlist(name) if v.strip()]
        if values:
            asked[name] = values
    for name in ("since", "until"):
        value = (q.get(name) or "").strip()
        if value:
            asked[name] = value
    return asked


def _slice_error(exc: AzadkarError, lang: str) -> str:
    """The library's error for a slice names the command line's option (``--country``);
    the page names its own field instead."""
    import re

    return re.sub(
        r"\u2066?--(platform|file|country|since|until)\b\u2069?",
        lambda m: (
            f"«{t(_SLICE_LABEL[m.group(1)], lang)}»"
            if lang == "fa"
            else f"“{t(_SLICE_LABEL[m.group(1)], lang)}”"
        ),
        exc.text(lang),
    )


def _market_page(request: Request, lang: str, status: int = 200, **extra: Any) -> HTMLResponse:
    state = request.app.state.azadkar
    market_status = state.market.status()
    asked = _slice_asked(request) if request.method == "GET" else {}
    ind = None
    if market_status["postings"]:
        try:
            ind = state.market.indicators(**asked)
        except AzadkarError as exc:
            # a slice that cannot be made: say why, naming the field, and show the whole store
            from azadkar.market._slice import FIELDS

            status = exc.status
            extra.setdefault("error", _slice_error(exc, lang))
            about = exc.data.get("field")
            extra.setdefault("slice_bad_field", about if about in FIELDS else None)
            ind = state.market.indicators()
    from azadkar.market._types import PLATFORM_FA

    platforms = sorted({str(f["platform"]) for f in market_status["files"] if f.get("platform")})
    extra.setdefault("recategorised", recategorised_notice(extra.get("ingested"), ind, lang))
    return render(
        request,
        "market.html",
        status=status,
        page="market",
        lang=lang,
        status_info=market_status,
        ind=ind,
        charts=_market_charts(ind, lang),
        category_name=lambda c: _category_name(c, lang),
        cell=lambda k, v, row=None: _market_cell(k, v, row, lang),
        column=lambda k: column_label(k, lang),
        columns=_market_columns,
        too_few_note=lambda rows: _too_few_note(rows, lang),
        months_note=_months_note(ind, lang),
        source_label=lambda k: source_label(k, lang),
        # The indicator's own Persian title (azadkar.market), as in the report.
        indicator_title=lambda i: (i.get("title_fa") or i["title"]) if lang == "fa" else i["title"],
        slice_asked=asked,
        slice_platforms=[
            (p, PLATFORM_FA.get(p, p) if lang == "fa" else p.capitalize()) for p in platforms
        ],
        **extra,
    )


@router.get("/market", response_class=HTMLResponse)
async def market(request: Request) -> HTMLResponse:
    lang = lang_of(request)
    return await run_in_threadpool(_market_page, request, lang)


# ----------------------------------------------------------------------------- compare

COMPARE_SIDES = ("a", "b")


def _compare_asked(request: Request) -> tuple[dict[str, dict[str, Any]], dict[str, str]]:
    """The two slices the compare page's address asks for (``a_since=1401&b_since=1403``),
    the empty fields left out, and the labels (``a_label``, ``b_label``) as typed."""
    q = request.query_params
    sides: dict[str, dict[str, Any]] = {}
    labels: dict[str, str] = {}
    for side in COMPARE_SIDES:
        asked: dict[str, Any] = {}
        for name in ("platform", "file", "country"):
            values = [v.strip() for v in q.getlist(f"{side}_{name}") if v.strip()]
            if values:
                asked[name] = values
        for name in ("since", "until"):
            value = (q.get(f"{side}_{name}") or "").strip()
            if value:
                asked[name] = value
        sides[side] = asked
        labels[side] = (q.get(f"{side}_label") or "").strip()
    return sides, labels


def _compare_error(exc: AzadkarError, lang: str) -> tuple[str, str | None]:
    """A slice that cannot be made, in the page's words: «برش A: «از تاریخ»: ...» instead
    of the command line's ``--since``, and the form field it is about (``a_since``; ``a``
    for the slice as a whole, which holds no posting)."""
    from azadkar.market._slice import FIELDS

    side = str(exc.data.get("side") or "")
    about = exc.data.get("field")
    field = f"{side}_{about}" if side and about in FIELDS else (side or None)
    return _slice_error(exc, lang), field


def _cmp_figure(value: Any, kind: str, lang: str, signed: bool = False, metric: str = "") -> Markup:
    """One figure of a comparison: a count, US dollars or a share (in percentage points
    when it is a difference of shares); a difference carries its sign. The number is kept
    left to right in its own isolate («−۱٫۸۸» reads «۱٫۸۸−» without it), its unit beside
    it; in Persian the dollar is in the row's name («میانه (دلار)»), as in the report."""
    if value is None:
        return Markup("—")
    fa = lang == "fa"
    sign = ""
    if signed:
        sign = "+" if value > 0 else ("−" if value < 0 else "")
        value = abs(value)
    unit = ""
    if kind == "count":
        text = num(int(value), lang)
    elif kind == "money":
        text = num(float(value), lang, 2) if fa else f"${num(float(value), lang, 2)}"
    elif metric == "gini":
        text = num(float(value), lang, 4)  # a Gini is an index, not a share (as the report)
    elif signed:
        # B - A of two shares: percentage points, not a percent change
        text, unit = num(float(value) * 100, lang, 1), ("واحد درصد" if fa else "pp")
    else:
        text = pct(float(value), lang, 1)
    figure = Markup('<bdi dir="ltr">{}</bdi>').format(sign + text)
    return Markup("{}&nbsp;{}").format(figure, unit) if unit else figure


def _cmp_change(value: Any, lang: str) -> Markup:
    if value is None:
        return Markup("—")
    sign = "+" if value > 0 else ("−" if value < 0 else "")
    return Markup('<bdi dir="ltr">{}</bdi>').format(sign + pct(abs(float(value)), lang, 1))


def _cmp_name(row: Any, lang: str) -> str:
    """What a comparison row measures: its category (or the whole slice), pay type and
    metric, in the market package's words."""
    from azadkar.market._compare import METRIC_NAMES
    from azadkar.market._indicators import value_in

    fa = lang == "fa"
    parts = []
    if row.category is not None:
        parts.append(_category_name(row.category, lang))
    elif row.indicator != "slice":
        parts.append("کل برش" if fa else "whole slice")
    if row.pay_type:
        parts.append(str(value_in("pay_type", row.pay_type, lang)) if fa else row.pay_type)
    metric = METRIC_NAMES.get(row.metric)
    parts.append(metric[1 if fa else 0] if metric else column_label(row.metric, lang))
    return (" — " if fa else " · ").join(parts)


def _compare_sections(cmp: Any, lang: str) -> list[dict[str, Any]]:
    """The comparison's rows by indicator: each with its title, its rows (name, A, B, and
    B - A and the change only where both slices support it, else why not)."""
    from azadkar.market._compare import SECTION_TITLES

    fa = lang == "fa"
    out: dict[str, dict[str, Any]] = {}
    for r in cmp.rows:
        sec = out.setdefault(
            r.indicator,
            {
                "name": r.indicator,
                "title": SECTION_TITLES.get(r.indicator, (r.indicator, r.indicator))[
                    1 if fa else 0
                ],
                "rows": [],
            },
        )
        d = r.to_dict()
        sec["rows"].append(
            {
                "name": _cmp_name(r, lang),
                "a": _cmp_figure(d["a"], r.kind, lang, metric=r.metric),
                "b": _cmp_figure(d["b"], r.kind, lang, metric=r.metric),
                "n_a": d["n_a"],
                "n_b": d["n_b"],
                "supported": d["supported"],
                "difference": _cmp_figure(
                    d["difference"], r.kind, lang, signed=True, metric=r.metric
                ),
                "change": _cmp_change(d["change"], lang),
                "why_not": (r.why_not_fa if fa and r.why_not_fa else r.why_not),
            }
        )
    return list(out.values())


def _compare_chart(cmp: Any, lang: str) -> Markup | None:
    """Postings per month of both slices on one month axis (three months or more), drawn
    as the Market page's monthly chart. Every month between the two slices is on the axis
    (``every_month``): a month neither slice holds is a gap in both lines, not a bridge."""
    monthly = cmp.monthly(every_month=True)
    if len(monthly) < 3:
        return None
    months = [m["month"] for m in monthly]
    labels = [fa_digits(m) if lang == "fa" else m for m in months]
    series = [
        (cmp.labels[0], [m["postings_a"] for m in monthly]),
        (cmp.labels[1], [m["postings_b"] for m in monthly]),
    ]
    return _lines(
        labels,
        series,
        rtl=lang == "fa",
        fmt=lambda v: num(v, lang),
        title=t("compare_monthly", lang),
    )


def _compare_page(request: Request, lang: str) -> HTMLResponse:
    state = request.app.state.azadkar
    market_status = state.market.status()
    sides, labels = _compare_asked(request)
    asked = any(sides.values())
    status, error, bad_field, cmp = 200, None, None, None
    if asked and not market_status["postings"]:
        status, error = 400, t("empty_store", lang)
    elif asked:
        try:
            cmp = state.market.compare(
                sides["a"], sides["b"], (labels["a"] or None, labels["b"] or None)
            )
        except AzadkarError as exc:
            status = exc.status
            error, bad_field = _compare_error(exc, lang)
    elif any(k.startswith(("a_", "b_")) for k in request.query_params):
        # the form sent with every field empty: both sides would be the whole store
        status, error = 400, t("compare_nothing", lang)
    from azadkar.market._types import PLATFORM_FA

    platforms = sorted({str(f["platform"]) for f in market_status["files"] if f.get("platform")})
    fa = lang == "fa"
    return render(
        request,
        "market_compare.html",
        status=status,
        page="market",
        lang=lang,
        status_info=market_status,
        error=error,
        bad_field=bad_field,
        sides=sides,
        labels=labels,
        cmp=cmp,
        sections=_compare_sections(cmp, lang) if cmp else [],
        side_lines=(
            [(cmp.labels[i], mi.slice_line(lang), mi) for i, mi in enumerate((cmp.a, cmp.b))]
            if cmp
            else []
        ),
        caveats=(
            [
                (None if side is None else cmp.labels[0 if side == "A" else 1], text)
                for side, text in cmp.caveats_by_side(lang)
            ]
            if cmp
            else []
        ),
        notes=cmp.notes_in(lang) if cmp else [],
        chart=_compare_chart(cmp, lang) if cmp else None,
        monthly=cmp.monthly() if cmp else [],
        month_cell=lambda m: fmt_cell("month", m + "-01", lang),
        slice_platforms=[(p, PLATFORM_FA.get(p, p) if fa else p.capitalize()) for p in platforms],
    )


@router.get("/market/compare", response_class=HTMLResponse)
async def market_compare(request: Request) -> HTMLResponse:
    lang = lang_of(request)
    return await run_in_threadpool(_compare_page, request, lang)


@router.post("/market/ingest", response_class=HTMLResponse)
async def market_ingest(request: Request) -> HTMLResponse:
    lang = lang_of(request)
    state = request.app.state.azadkar
    try:
        form, data, (sniffed, filename) = await _upload(request, POSTINGS, "postings file")
        lang = _lang_field(form, lang)
        ingested = await run_in_threadpool(state.market.ingest, data, sniffed, filename)
    except AzadkarError as exc:
        lang = getattr(request.state, "form_lang", "") or lang
        return await run_in_threadpool(
            partial(_market_page, request, lang, exc.status, error=exc.text(lang))
        )
    return await run_in_threadpool(partial(_market_page, request, lang, ingested=ingested))


# ----------------------------------------------------------------------------- API docs

# The API's operations in Persian (the OpenAPI document's summaries are English).
API_SUMMARIES_FA = {
    "/api/services": "جست‌وجو در خدمات فهرست (به فارسی یا انگلیسی)",
    "/api/classify": "متنی آزاد چه کاری را توصیف می‌کند",
    "/api/assess": "مواجههٔ یک نمایه با هوش مصنوعی مولد (همان JSON فرمان assess)",
    "/api/plan": "ارزیابی، برون‌یابی ۲۰۲۶ تا ۲۰۳۰ و برنامهٔ سازگاری",
    "/api/report/{fmt}": "ارزیابی به‌صورت سند: json، md، html یا pdf",
    "/api/disclose": "بیانیهٔ افشای استفاده از هوش مصنوعی و بندهای قرارداد",
    "/api/credentials/sign": "افزودن اعتبارنامهٔ محتوای امضاشده (C2PA) به فایل PNG، JPEG یا PDF",
    "/api/credentials/verify": "خواندن و بررسی اعتبارنامهٔ محتوای یک فایل",
    "/api/market/ingest": "افزودن یک فایل آگهی به انبار بازار",
    "/api/market/status": "فایل‌ها و شمار سطرهای انبار بازار",
    "/api/market/indicators": "شاخص‌های بازار بر پایهٔ انبار",
    "/api/market/compare": "دو برش از انبار بازار کنار هم: چه تفاوتی پشتوانه دارد و چه نه",
    "/api/claims": "ادعاهای گزارش، سنجیده با شواهد",
    "/api/evidence": "منبع، مجوز و نسخهٔ داده‌های همراه برنامه",
    "/healthz": "بررسی روشن بودن سرویس",
}
# The search word of the services example: Persian, as most searches here are.
SERVICES_EXAMPLE_QUERY = "لوگو"
# What a file upload sends, for the example commands.
_UPLOAD_EXAMPLES = {
    "/api/credentials/sign": ("poster.png", " -o poster.signed.png"),
    "/api/credentials/verify": ("poster.signed.png", ""),
    "/api/market/ingest": ("jobs.csv", ""),
}


def api_operations(app: Any, base: str) -> list[dict[str, Any]]:
    """Every operation of the OpenAPI document, with an example command that runs as is
    against this server (the request bodies' own examples)."""
    doc = app.openapi()
    schemas = doc.get("components", {}).get("schemas", {})
    out = []
    for path, methods in doc.get("paths", {}).items():
        for method, op in methods.items():
            url = base.rstrip("/") + path.replace("{fmt}", "md")
            content = (op.get("requestBody") or {}).get("content") or {}
            media = next(iter(content), "")
            if media == "application/json":
                ref = str((content[media].get("schema") or {}).get("$ref", ""))
                examples = schemas.get(ref.rsplit("/", 1)[-1], {}).get("examples") or [{}]
                body = json.dumps(examples[0], ensure_ascii=False).replace("'", "'\\''")
                save = " -o report.md" if "{fmt}" in path else ""
                command = f"curl -s {url} -H 'content-type: application/json' -d '{body}'{save}"
            elif media == "multipart/form-data":
                name, tail = _UPLOAD_EXAMPLES.get(path, ("FILE", ""))
                command = f"curl -s -F file=@{name} {url}{tail}"
            elif path == "/api/services":
                # A search in Persian: curl sends an address as typed, and the server refuses
                # Persian letters in it ("Invalid HTTP request received.", 400 before the app
                # sees it); -G --data-urlencode encodes them.
                command = f"curl -s -G {url} --data-urlencode 'q={SERVICES_EXAMPLE_QUERY}'"
            else:
                command = f"curl -s {url}"
            out.append(
                {
                    "method": method.upper(),
                    "path": path,
                    "summary": op.get("summary") or "",
                    "summary_fa": API_SUMMARIES_FA.get(path, ""),
                    "media": media,
                    "command": command,
                }
            )
    return out


@router.get("/docs", response_class=HTMLResponse)
def api_docs(request: Request) -> HTMLResponse:
    """The API in both languages, served here (the interactive docs pages load scripts
    from a CDN): each operation, what it takes and an example command."""
    lang = lang_of(request)
    return render(
        request,
        "docs.html",
        page="docs",
        lang=lang,
        operations=api_operations(request.app, str(request.base_url)),
    )


# ----------------------------------------------------------------------------- evidence


@router.get("/evidence", response_class=HTMLResponse)
async def evidence(request: Request) -> HTMLResponse:
    lang = lang_of(request)
    state = request.app.state.azadkar
    summary = await run_in_threadpool(actions.evidence_summary)
    claims = await run_in_threadpool(state.claims)
    from azadkar.report.claims_view import VERDICT_NAMES, fmt_value, value_label

    if lang == "fa":
        # The model / scenario / catalogue rows are described in English by the summary:
        # give each a Persian description (``detail_fa``, ``id_fa``) where one is known.
        import json
        from importlib import resources

        from azadkar.scenarios import list_scenarios

        names_fa = {sc.id: sc.name("fa") for sc in list_scenarios()}
        source_names = {
            "corpus:en": "پیکرهٔ انگلیسی",
            "corpus:fa": "پیکرهٔ فارسی",
            "onet:task": "وظایف O*NET",
            "taxonomy:description": "توصیف خدمت‌ها",
            "taxonomy:name": "نام خدمت‌ها",
            "taxonomy:synonym": "مترادف‌ها",
        }
        fixed_fa = {
            "Vendors' public product pages, summarised by the azadkar developers "
            "(not verified by the vendors).": "صفحه‌های عمومی محصولات سازندگان، خلاصه‌شده به دست "
            "توسعه‌دهندگان آزادکار (سازندگان آن را تأیید نکرده‌اند).",
            "approximate open-market USD rates in rial, rounded (a stated assumption)": (
                "نرخ تقریبی دلار در بازار آزاد به ریال، گردشده (فرضی که آشکارا گفته شده است)"
            ),
        }
        other = []
        for row in summary.get("other", []):
            row = dict(row)
            what = row.get("what")
            if what == "scenario" and row.get("id") in names_fa:
                row["detail_fa"] = names_fa[row["id"]]
            elif what == "classifier":
                model = resources.files("azadkar.data") / "model" / "model.json"
                training = json.loads(model.read_text("utf-8")).get("training", {})
                parts = "، ".join(
                    f"{source_names.get(k, k)} {num(v, 'fa')}"
                    for k, v in training.get("rows_by_source", {}).items()
                )
                row["detail_fa"] = (
                    f"{num(training.get('rows', 0), 'fa')} متن برچسب‌خورده، "
                    f"{num(training.get('labels', 0), 'fa')} برچسب ({parts})؛ ساخته با "
                    f"\u2066{training.get('built_by', '?')}\u2069"
                )
            elif row.get("detail") in fixed_fa:
                row["detail_fa"] = fixed_fa[row["detail"]]
            if what == "tool catalogue" and str(row.get("id", "")).startswith("as of "):
                row["id_fa"] = f"تاریخ \u2066{fa_digits(str(row['id'])[6:])}\u2069"
            other.append(row)
        summary = {**summary, "other": other}
        if summary.get("scope") == "occupations linked from taxonomy.toml":
            summary["scope_fa"] = "مشاغلی که taxonomy.toml به آن‌ها پیوند می‌دهد"

    return render(
        request,
        "evidence.html",
        page="evidence",
        lang=lang,
        ev=summary,
        claims=claims,
        verdicts=VERDICT_NAMES,
        cell=lambda k, v: (
            usd(v, lang)
            if "usd" in k and isinstance(v, float) and lang == "fa"
            else fmt_value(k, v, lang)
        ),
        value_label=lambda k: value_label(k, lang),
        licence=lambda text: _licence(text, lang),
    )


def _licence(text: str, lang: str) -> str:
    """A dataset licence line in the page's language (licence names stay as written)."""
    if lang != "fa":
        return text
    text = str(text)
    m = re.fullmatch(r"(.+) \(task text: (.+), (.+)\)", text)
    if m:
        # «MIT (متن وظایف از O*NET با مجوز CC BY 4.0)»: Persian words keep the Latin names apart
        return f"{m.group(1)} (متن وظایف از {m.group(2)} با مجوز {m.group(3)})"
    return text.replace("task text", "متن وظایف").replace(", ", "، ")


__all__ = ["error_page", "fmt_cell", "inline_code", "lang_of", "make_templates", "render", "router"]
