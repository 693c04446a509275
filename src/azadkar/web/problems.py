"""Errors as ``application/problem+json`` (RFC 9457), and as a page for browsers.

Every :class:`~azadkar.errors.AzadkarError` keeps its own HTTP status (``.status``) and
machine-readable ``data``; the ``detail`` is the error's message, written for a person.
"""

from __future__ import annotations

import json
import re
from http import HTTPStatus
from typing import Any

from fastapi import Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.responses import JSONResponse, Response

from azadkar.errors import AzadkarError, InputError
from azadkar.report.strings import fa_digits, num
from azadkar.web.i18n import LANGS

PROBLEM_JSON = "application/problem+json"
TYPE_BASE = "urn:azadkar:problem:"

_HTTP_HINTS = {
    404: "There is no page or endpoint at this address; see /docs for the API.",
    405: "This address does not accept that method; see /docs for the API.",
    413: "The request is larger than this server accepts.",
}
# The same in Persian (a Persian page showed the English sentence, its full stop on the
# wrong side).
_HTTP_HINTS_FA = {
    404: "در این نشانی صفحه یا نقطهٔ پایانی‌ای نیست؛ راهنمای API در \u2066/docs\u2069 است.",
    405: "این نشانی این روش درخواست را نمی‌پذیرد؛ راهنمای API در \u2066/docs\u2069 است.",
    413: "درخواست بزرگ‌تر از حدی است که این سرور می‌پذیرد.",
}
# Status names on Persian error pages.
TITLES_FA = {
    400: "درخواست نادرست",
    403: "دسترسی ممنوع",
    404: "پیدا نشد",
    405: "روش درخواست پذیرفته نیست",
    413: "درخواست بیش از حد بزرگ",
    415: "نوع محتوا پذیرفته نیست",
    422: "ورودی نادرست",
    500: "خطای درونی سرور",
    503: "سرویس در دسترس نیست",
}


def problem(
    status: int, title: str, detail: str, code: str | None = None, **extra: Any
) -> dict[str, Any]:
    body: dict[str, Any] = {
        "type": f"{TYPE_BASE}{code}" if code else "about:blank",
        "title": title,
        "status": status,
        "detail": detail,
    }
    body.update(extra)
    return body


# RFC 9110's names, whatever Python's http module calls them (3.11: "Unprocessable Entity").
_TITLES = {422: "Unprocessable Content"}


def _title(status: int) -> str:
    if status in _TITLES:
        return _TITLES[status]
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Error"


def from_azadkar(exc: AzadkarError) -> dict[str, Any]:
    extra = {k: v for k, v in exc.data.items() if k not in ("type", "title", "status", "detail")}
    # Paths on the server are the server's business, not the visitor's.
    extra.pop("path", None)
    if exc.message_fa:
        extra["detail_fa"] = exc.message_fa
    return problem(exc.status, _title(exc.status), exc.message, exc.code, **extra)


# Union branches pydantic adds to an error's location (``services.0.str``): not fields.
_UNION_TAGS = frozenset({"str", "ServiceShare"})
_WHERE = {"body", "query", "path", "form", "header", "cookie"}
_TYPE_ERRORS = frozenset(
    {"string_type", "model_type", "model_attributes_type", "dict_type", "list_type"}
)
LRI, PDI = "\u2066", "\u2069"


def ltr(text: object) -> str:
    """Latin text (a field name, a value, JSON) kept left-to-right inside a Persian sentence."""
    return f"{LRI}{text}{PDI}"


def _field(loc: tuple[Any, ...] | list[Any]) -> str:
    """A location as a person writes it: ``services[0].share``; ``request`` for the whole."""
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        elif part in _WHERE or part in _UNION_TAGS:
            continue
        else:
            out += f".{part}" if out else str(part)
    return out or "request"


def _number(value: Any, lang: str) -> str:
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e16:
        value = int(value)
    if isinstance(value, int) and not isinstance(value, bool):
        return num(value, lang)
    text = f"{value:g}" if isinstance(value, float) else str(value)
    return fa_digits(text) if lang == "fa" else text


def _year(value: Any, lang: str) -> str:
    """A year as people write it: no thousands separator (Persian digits in Persian)."""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = str(value)
    return fa_digits(text) if lang == "fa" else text


def _shown(value: Any, limit: int = 40) -> str:
    """A value the caller sent, as JSON and cut short."""
    try:
        text = json.dumps(value, ensure_ascii=False, allow_nan=True)
    except (TypeError, ValueError):
        text = repr(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def value_kind(value: Any) -> tuple[str, str]:
    """What a JSON value is, in English and Persian ("a number", «عدد»)."""
    if isinstance(value, bool):
        return "true or false", "true یا false"
    if isinstance(value, int | float):
        return "a number", "عدد"
    if isinstance(value, str):
        return "a string", "رشته"
    if isinstance(value, list):
        return "an array", "آرایه"
    if isinstance(value, dict):
        return "an object", "شیء"
    return "null", "null"


# Python's json messages (what FastAPI passes on), in Persian.
_JSON_FA = (
    ("Expecting value", "مقداری انتظار می‌رفت"),
    ("Expecting property name enclosed in double quotes", 'نام فیلد باید میان " " باشد'),
    ("Expecting ',' delimiter", "ویرگول (,) جا افتاده است"),
    ("Expecting ':' delimiter", "دونقطه (:) جا افتاده است"),
    ("Extra data", "پس از پایان JSON چیز دیگری آمده است"),
    ("Unterminated string", "رشته‌ای بسته نشده است"),
    ("Invalid control character", "نویسهٔ کنترلی در رشته مجاز نیست"),
    ("Invalid \\escape", "گریز (\\) نامعتبر است"),
)


def json_why_fa(why: str) -> str:
    """Python's reason a text is not JSON, in Persian where it is one of the usual ones."""
    return next((fa for en, fa in _JSON_FA if why.startswith(en)), ltr(why))


def _json_error(e: dict[str, Any], doc: Any) -> tuple[str, str]:
    """Where and why the body is not JSON: character, line and column (all from 1)."""
    pos = next((p for p in e.get("loc", ()) if isinstance(p, int)), None)
    why = str((e.get("ctx") or {}).get("error") or "not JSON")
    why_fa = json_why_fa(why)
    if pos is None:
        return (
            f"the request body is not valid JSON ({why})",
            f"بدنهٔ درخواست JSON معتبر نیست ({why_fa})",
        )
    at, at_fa = f"character {pos + 1}", f"نویسهٔ {num(pos + 1, 'fa')}"
    if isinstance(doc, bytes):
        doc = doc.decode("utf-8", "replace")
    if isinstance(doc, str) and pos <= len(doc):
        line = doc.count("\n", 0, pos) + 1
        column = pos - (doc.rfind("\n", 0, pos) + 1) + 1
        near = doc[max(0, pos - 12) : pos + 12].replace("\n", " ")
        at += f", line {line}, column {column}, near {near!r}"
        at_fa += f"، سطر {num(line, 'fa')}، ستون {num(column, 'fa')}، نزدیک {ltr(repr(near))}"
    return (
        f"the request body is not valid JSON (at {at}: {why})",
        f"بدنهٔ درخواست JSON معتبر نیست (در {at_fa}: {why_fa})",
    )


def _explain(e: dict[str, Any], fields: list[str]) -> tuple[str, str]:
    """What is wrong with one value, in English and Persian (without naming the field)."""
    kind = e.get("type", "")
    ctx = e.get("ctx") or {}
    value = e.get("input")
    got, got_fa = f", not {_shown(value)}", f"، نه {ltr(_shown(value))}"
    if kind == "missing":
        return "is required", "لازم است اما داده نشده است"
    if kind == "extra_forbidden":
        known = f" (fields: {', '.join(fields)})" if fields else ""
        known_fa = f" (فیلدها: {ltr(', '.join(fields))})" if fields else ""
        return (
            f"is not a field of this request{known}",
            f"فیلد این درخواست نیست{known_fa}",
        )
    if kind == "finite_number":
        return (
            "must be a finite number: NaN, Infinity and numbers too large to hold "
            "(such as 1e999) are not numbers azadkar can use",
            f"باید عددی متناهی باشد: {ltr('NaN')}، {ltr('Infinity')} و عددهای بیش از حد بزرگ "
            f"(مانند {ltr('1e999')}) پذیرفته نیستند",
        )
    bounds = {
        "greater_than": ("gt", "must be more than {}", "باید بیشتر از {} باشد"),
        "greater_than_equal": ("ge", "must be {} or more", "باید {} یا بیشتر باشد"),
        "less_than": ("lt", "must be less than {}", "باید کمتر از {} باشد"),
        "less_than_equal": ("le", "must be at most {}", "باید حداکثر {} باشد"),
    }
    if kind in bounds:
        key, en, fa = bounds[kind]
        bound = ctx.get(key)
        # a year is written without a thousands separator ("at most 2030", not "2,030")
        loc = e.get("loc") or ("",)
        shown = _year if str(loc[-1]).endswith("year") else _number
        return (
            en.format(shown(bound, "en"))
            + (f", not {shown(value, 'en')}" if shown is _year else got),
            fa.format(shown(bound, "fa")) + f"، نه {shown(value, 'fa')}",
        )
    if kind == "string_too_long":
        n = ctx.get("max_length")
        sent = f", not {_number(len(value), 'en')}" if isinstance(value, str) else ""
        sent_fa = f"، نه {_number(len(value), 'fa')}" if isinstance(value, str) else ""
        return (
            f"is too long: at most {_number(n, 'en')} characters{sent}",
            f"بیش از حد بلند است: حداکثر {_number(n, 'fa')} نویسه{sent_fa}",
        )
    if kind == "string_too_short":
        n = ctx.get("min_length")
        if n == 1:
            return "must not be empty", "نباید خالی باشد"
        return (
            f"is too short: at least {_number(n, 'en')} characters",
            f"بیش از حد کوتاه است: دست‌کم {_number(n, 'fa')} نویسه",
        )
    if kind in ("too_long", "too_short"):
        n, actual = ctx.get("max_length", ctx.get("min_length")), ctx.get("actual_length")
        most = kind == "too_long"
        return (
            f"must have {'at most' if most else 'at least'} {_number(n, 'en')} "
            f"{'item' if n == 1 else 'items'}, "
            f"not {_number(actual, 'en')}",
            f"باید {'حداکثر' if most else 'دست‌کم'} {_number(n, 'fa')} مورد داشته باشد، "
            f"نه {_number(actual, 'fa')}",
        )
    if kind in ("literal_error", "enum"):
        expected = str(ctx.get("expected", ""))
        options = re.findall(r"'([^']*)'", expected) or [expected]
        listed = ", ".join(repr(o) for o in options)
        return f"must be one of {listed}{got}", f"باید یکی از {ltr(listed)} باشد{got_fa}"
    if kind in ("float_type", "float_parsing", "int_type", "int_parsing", "decimal_parsing"):
        return f"must be a number{got}", f"باید عدد باشد{got_fa}"
    if kind in ("int_from_float",):
        return f"must be a whole number{got}", f"باید عدد صحیح باشد{got_fa}"
    if kind in ("bool_type", "bool_parsing"):
        return f"must be true or false{got}", f"باید {ltr('true')} یا {ltr('false')} باشد{got_fa}"
    if kind == "union":
        have, have_fa = value_kind(value)
        return (
            f"must be a string or an object {{...}}, not {have}",
            f"باید رشته یا شیء ({ltr('{...}')}) باشد، نه {have_fa}",
        )
    if kind in _TYPE_ERRORS:
        want = {
            "string_type": ("a string", 'رشته (متنی میان " ")'),
            "list_type": ("an array [...]", f"آرایه ({ltr('[...]')})"),
        }.get(kind, ("an object {...}", f"شیء ({ltr('{...}')})"))
        have, have_fa = value_kind(value)
        return f"must be {want[0]}, not {have}", f"باید {want[1]} باشد، نه {have_fa}"
    msg = str(e.get("msg", "invalid"))
    return msg[:1].lower() + msg[1:], f"پذیرفته نیست ({ltr(msg)})"


def _merge_unions(errors: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One error per place: a value that fits no branch of ``str | ServiceShare`` is told
    what it may be once; a value that is an object is told what is wrong inside it."""
    cleaned = [(_field(e.get("loc", ())), e) for e in errors]
    out: list[dict[str, Any]] = []
    seen: dict[str, dict[str, Any]] = {}
    for field, e in cleaned:
        if e.get("type") in _TYPE_ERRORS and any(
            other.startswith((f"{field}.", f"{field}[")) for other, _ in cleaned
        ):
            continue  # the value matched the object branch; its inner error says more
        key = f"{field}|{e.get('loc', ('',))[0]}"
        if key in seen:
            first = seen[key]
            if first.get("type") in _TYPE_ERRORS and e.get("type") in _TYPE_ERRORS:
                first["type"] = "union"
                first["ctx"] = {}
            continue
        e = dict(e)
        seen[key] = e
        out.append(e)
    return out


def _body_model(request: Request | None) -> Any:
    route = request.scope.get("route") if request is not None else None
    field = getattr(route, "body_field", None)
    model = getattr(field, "type_", None) or getattr(
        getattr(field, "field_info", None), "annotation", None
    )
    return model if isinstance(model, type) and hasattr(model, "model_fields") else None


def _example(model: Any) -> str:
    extra = model.model_config.get("json_schema_extra") if model is not None else None
    examples = extra.get("examples") if isinstance(extra, dict) else None
    if examples:
        return json.dumps(examples[0], ensure_ascii=False)
    return "{}"


def _where(e: dict[str, Any], field: str) -> tuple[str, str]:
    where = next(iter(e.get("loc", ())), "body")
    if where == "query":
        return f"query parameter {field}", f"پارامتر نشانی {ltr(field)}"
    if where == "form":
        return f"form field {field}", f"فیلد فرم {ltr(field)}"
    return field, ltr(field)


def from_validation(exc: RequestValidationError, request: Request | None = None) -> dict[str, Any]:
    """A request of the wrong shape: each error named by its place, in English and Persian."""
    model = _body_model(request)
    fields = list(model.model_fields) if model is not None else []
    errors: list[dict[str, Any]] = []
    for e in _merge_unions(list(exc.errors())):
        loc = tuple(e.get("loc", ()))
        if e.get("type") == "json_invalid":
            en, fa = _json_error(e, getattr(exc, "body", None))
            errors.append({"field": "body", "in": "body", "message": en, "message_fa": fa})
            continue
        field = _field(loc)
        if loc == ("body",) and e.get("type") == "missing":
            example = _example(model)
            en = f"the request body is empty; send a JSON object, for example {example}"
            fa = f"بدنهٔ درخواست خالی است؛ یک شیء JSON بفرستید، مثلاً {ltr(example)}"
            errors.append({"field": "body", "in": "body", "message": en, "message_fa": fa})
            continue
        if loc == ("body",) and e.get("type") in _TYPE_ERRORS | {"union"}:
            have = value_kind(e.get("input"))
            example = _example(model)
            en = f"the request body must be a JSON object, not {have[0]}; for example {example}"
            fa = f"بدنهٔ درخواست باید یک شیء JSON باشد، نه {have[1]}؛ مثلاً {ltr(example)}"
            errors.append({"field": "body", "in": "body", "message": en, "message_fa": fa})
            continue
        inner = fields if len([p for p in loc if p not in _WHERE]) == 1 else []
        if e.get("type") == "extra_forbidden" and not inner and "services" in field:
            inner = ["id", "share"]
        why, why_fa = _explain(e, inner)
        where, where_fa = _where(e, field)
        errors.append(
            {
                "field": field,
                "in": str(loc[0]) if loc and loc[0] in _WHERE else "body",
                "message": f"{where}: {why}",
                "message_fa": f"{where_fa}: {why_fa}",
            }
        )
    if not errors:
        errors.append(
            {
                "field": "request",
                "in": "body",
                "message": "invalid request",
                "message_fa": "درخواست نامعتبر است",
            }
        )
    shown = errors[:5]
    detail = "; ".join(e["message"] for e in shown)
    detail_fa = "؛ ".join(e["message_fa"] for e in shown)
    if all(e["field"] == "body" for e in shown):
        detail, detail_fa = detail[0].upper() + detail[1:] + ".", detail_fa + "."
    else:
        detail = f"The request does not have the expected shape: {detail}."
        detail_fa = f"درخواست شکل درستی ندارد: {detail_fa}."
    return problem(
        422,
        "Unprocessable Content",
        detail,
        "invalid_request",
        detail_fa=detail_fa,
        errors=errors,
    )


def lang_error(value: str, where: str = "query") -> RequestValidationError:
    """A ``lang`` that is neither ``fa`` nor ``en`` (query string or form field)."""
    return RequestValidationError(
        [
            {
                "type": "literal_error",
                "loc": (where, "lang"),
                "msg": "Input should be 'en' or 'fa'",
                "input": value,
                "ctx": {"expected": "'en' or 'fa'"},
            }
        ]
    )


def check_lang(request: Request) -> None:
    """Every ``?lang=`` is ``fa`` or ``en``; anything else is a 422 listing them (a dependency
    of the API and the pages, so a mistyped language is never silently ignored)."""
    for value in request.query_params.getlist("lang"):
        if value not in LANGS:
            raise lang_error(value)


def unsupported_media(request: Request, expected: str) -> AzadkarError:
    """A body of the wrong media type (415), naming the one this address takes."""
    sent = request.headers.get("content-type", "").split(";")[0].strip()
    sent_en = f"Content-Type {sent}" if sent else "no Content-Type"
    sent_fa = f"{ltr(sent)} فرستاده شد" if sent else "Content-Type فرستاده نشد"
    if expected == "application/json":
        hint = "send a JSON object with the header Content-Type: application/json"
        hint_fa = f"یک شیء JSON با سرآیند {ltr('Content-Type: application/json')} بفرستید"
    else:
        hint = f"send the file as {expected} (curl -F file=@name)"
        hint_fa = f"فایل را به صورت {ltr(expected)} بفرستید ({ltr('curl -F file=@name')})"
    err = InputError(
        f"this address takes {expected}, and the request has {sent_en}: {hint}",
        message_fa=f"این نشانی {ltr(expected)} می‌پذیرد اما {sent_fa}؛ {hint_fa}",
        expected=expected,
        received=sent or None,
    )
    err.status = 415
    err.code = "unsupported_media_type"
    return err


def _not_utf8(error: UnicodeDecodeError) -> dict[str, Any]:
    """A JSON body whose bytes are not UTF-8 (FastAPI's "There was an error parsing the
    body", 400): which byte, where, what it seems to be, and what to send instead."""
    from azadkar.market._formats import reads_as_cp1256

    data = error.object if isinstance(error.object, bytes) else b""
    at = error.start
    byte = data[at : at + 1].hex().upper() or "?"
    en = (
        f"the request body is not UTF-8 text: byte 0x{byte} at byte {at + 1} cannot be read "
        "as UTF-8"
    )
    fa = (
        f"بدنهٔ درخواست متن {ltr('UTF-8')} نیست: بایت {ltr('0x' + byte)} در بایت "
        f"{num(at + 1, 'fa')} به‌صورت {ltr('UTF-8')} خوانده نمی‌شود"
    )
    if data and reads_as_cp1256(data[:65536]):
        en += " (it reads as Windows-1256, the encoding of Persian Windows)"
        fa += f" (به‌صورت {ltr('Windows-1256')}، رمزگذاری ویندوز فارسی، خوانده می‌شود)"
    en += "; JSON must be sent as UTF-8: save the file as UTF-8 before sending it"
    fa += f"؛ {ltr('JSON')} را باید {ltr('UTF-8')} فرستاد: فایل را پیش از فرستادن {ltr('UTF-8')} ذخیره کنید"
    return problem(
        422,
        "Unprocessable Content",
        en[0].upper() + en[1:] + ".",
        "invalid_request",
        detail_fa=fa + ".",
        errors=[{"field": "body", "in": "body", "message": en, "message_fa": fa, "byte": at}],
    )


def from_http(exc: StarletteHTTPException) -> dict[str, Any]:
    if exc.status_code == 400 and isinstance(exc.__cause__, UnicodeDecodeError):
        return _not_utf8(exc.__cause__)
    detail = exc.detail if isinstance(exc.detail, str) else str(exc.detail)
    extra = {}
    if isinstance(getattr(exc, "detail_fa", None), str):
        extra["detail_fa"] = exc.detail_fa  # type: ignore[attr-defined]
    if detail == _title(exc.status_code) and exc.status_code in _HTTP_HINTS:
        detail = _HTTP_HINTS[exc.status_code]
        extra["detail_fa"] = _HTTP_HINTS_FA[exc.status_code]
    allow = {k.lower(): v for k, v in (exc.headers or {}).items()}.get("allow")
    if exc.status_code == 405 and allow:
        # name the method(s) the address takes (the Allow header says the same)
        methods = [m.strip() for m in allow.split(",") if m.strip()]
        shown = " or ".join(methods)
        detail = f"This address takes {shown} only; see /docs for the API."
        extra["detail_fa"] = (
            f"این نشانی فقط {' یا '.join(ltr(m) for m in methods)} می‌پذیرد؛ راهنمای "
            f"{ltr('API')} در {ltr('/docs')} است."
        )
        extra["allow"] = methods
    return problem(exc.status_code, _title(exc.status_code), detail, **extra)


def accepted_lang(accept_language: str) -> str | None:
    """The language of ours (fa or en) an ``Accept-Language`` header prefers, if any.

    >>> accepted_lang("fa-IR,fa;q=0.9")
    'fa'
    >>> accepted_lang("en-US,en;q=0.9,fa;q=0.8")
    'en'
    >>> accepted_lang("de") is None
    True
    """
    best: tuple[float, int, str] | None = None
    for n, part in enumerate(accept_language.split(",")):
        tag, _, params = part.strip().partition(";")
        lang = tag.strip().lower().split("-")[0]
        if lang not in LANGS:
            continue
        q = 1.0
        for param in params.split(";"):
            key, _, value = param.strip().partition("=")
            if key.strip().lower() == "q":
                try:
                    q = float(value)
                except ValueError:
                    q = 0.0
        if q > 0 and (best is None or (q, -n) > best[:2]):
            best = (q, -n, lang)
    return best[2] if best else None


def problem_lang(request: Request | None, default: str = "en") -> str:
    """The language an API caller asked errors in: ``?lang=fa`` or ``?lang=en``, else an
    upload's ``lang`` form field, else the ``Accept-Language`` header, else ``default``.
    (The pages also follow the language cookie; a program calling the API says what it
    wants.)"""
    if request is None:
        return default
    q = request.query_params.get("lang")
    if q in LANGS:
        return q
    form = getattr(request.state, "api_lang", None)  # an upload's ``lang`` form field
    if form in LANGS:
        return str(form)
    return accepted_lang(request.headers.get("accept-language", "")) or default


def localise(body: dict[str, Any], lang: str) -> dict[str, Any]:
    """``body`` with ``detail`` (and each ``errors[].message``) in ``lang``: in Persian,
    the English goes to ``detail_en`` / ``message_en`` and ``detail_fa`` stays. A message
    without a Persian wording stays English (the answer's Content-Language says which)."""
    if lang != "fa" or not body.get("detail_fa"):
        return body
    out = dict(body)
    out["detail_en"], out["detail"] = body["detail"], body["detail_fa"]
    errors = body.get("errors")
    if isinstance(errors, list):
        out["errors"] = [
            {**e, "message": e["message_fa"], "message_en": e.get("message")}
            if isinstance(e, dict) and e.get("message_fa")
            else e
            for e in errors
        ]
    return out


def response(
    body: dict[str, Any], headers: dict[str, str] | None = None, lang: str = "en"
) -> Response:
    """The problem as ``application/problem+json``, its ``detail`` in ``lang`` when it has
    a wording in it; ``Content-Language`` names the language of ``detail``."""
    body = localise(body, lang)
    said = "fa" if "detail_en" in body else "en"
    return JSONResponse(
        jsonable_encoder(body),
        status_code=int(body["status"]),
        media_type=PROBLEM_JSON,
        headers={**(headers or {}), "content-language": said},
    )


def wants_html(request: Request) -> bool:
    """Browsers asking for a page get a page; API clients and /api paths get problem+json."""
    if request.url.path.startswith("/api") or request.url.path == "/openapi.json":
        return False
    accept = request.headers.get("accept", "")
    return "text/html" in accept


__all__ = [
    "PROBLEM_JSON",
    "accepted_lang",
    "check_lang",
    "from_azadkar",
    "from_http",
    "from_validation",
    "lang_error",
    "localise",
    "ltr",
    "problem",
    "problem_lang",
    "response",
    "unsupported_media",
    "value_kind",
    "wants_html",
]
