"""Saved results: read ``to_dict()`` JSON back into objects, and many results into a table.

``Assessment``, ``Projection`` and ``Plan`` write ``to_dict()``; :func:`load` (and each
class's ``from_dict``) reads that JSON back, checking the ``schema`` it names (``azadkar.
assessment/1``, ``azadkar.projection/1``, ``azadkar.plan/1``) and every field it needs. A
wrong field is a :class:`~azadkar.errors.SavedResultError` naming it
(``services[1].tasks[3].human_label``); a file from another schema version is one naming
``schema``. What a result names from azadkar's shipped data (a service of the taxonomy, an
O*NET task, a scenario, a role) is looked up again, and checked: a file whose scenario
parameters or task labels differ from the shipped ones (saved with other data) is refused,
saying which, rather than mixed with today's data. A batch of classifications
(``classify_many(...).to_dict()``, ``azadkar.classification_batch/1``) is read back the
same way, with the model version and engine that read its texts.

:func:`records` and :func:`table` turn many results into one row per (text, service) or
per (text, year, scenario), with the evidence columns, for pandas, DuckDB or Parquet.
"""

from __future__ import annotations

import dataclasses
import json
import math
import os
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn, TypeVar

from azadkar.errors import SavedResultError

if TYPE_CHECKING:
    import pyarrow as pa

    from azadkar.exposure import Assessment, Exposure, Profile, ServiceExposure, TaskExposure
    from azadkar.plan import Plan
    from azadkar.projection import Assumption, Band, PathYear, Projection, YearProjection
    from azadkar.scenarios import Scenario
    from azadkar.text._classify import BatchResult, Classification


# --------------------------------------------------------------------------- reading


def _kind(value: Any) -> tuple[str, str]:
    """How an error names a JSON value it did not expect, in English and in Persian."""
    if value is None or isinstance(value, bool):
        shown = "null" if value is None else str(value).lower()
        return shown, _ltr(shown)
    if isinstance(value, str):
        shown = value if len(value) <= 40 else value[:37] + "..."
        return f"the text {shown!r}", f"متن «{_isolate(shown)}»"
    if isinstance(value, int | float):
        return f"the number {value!r}", f"عدد {_fa_shown(value)}"
    return ("a list", "یک فهرست") if isinstance(value, list) else ("an object", "یک شیء")


def _ltr(value: object) -> str:
    """A field path, a code or a JSON value inside a Persian message, isolated left to
    right (``services[2].hours`` would otherwise read scrambled in a right-to-left line)."""
    from azadkar.bidi import ltr

    return ltr(value)


def _isolate(value: object) -> str:
    """A value from the file (Persian or Latin) inside a Persian message."""
    from azadkar.bidi import isolate

    return isolate(value)


def _fa_shown(value: float) -> str:
    """A number of the file in a Persian message: Persian digits and decimal separator,
    isolated left to right so that a minus or an exponent stays where it is written."""
    return _ltr(_fa_number(value).replace(".", "٫"))


def _fa_list(values: Iterable[str]) -> str:
    return "، ".join(_ltr(v) for v in values)


_KINDS_FA = {
    "assessment": "ارزیابی",
    "projection": "پیش‌بینی",
    "plan": "برنامهٔ",
    "result": "نتیجهٔ",
    "batch": "دسته‌بندی‌های",
}


class _Field:
    """One JSON value and where it is in the file, for errors that name the field."""

    def __init__(self, value: Any, where: str, kind: str) -> None:
        self.value = value
        self.where = where
        self.kind = kind

    def fail(self, en: str, fa: str, key: str | None = None) -> NoReturn:
        where = self._path(key)
        raise SavedResultError(
            f"saved {self.kind}: {'field ' + where if where else 'the file'} {en}",
            message_fa=f"{_KINDS_FA.get(self.kind, self.kind)} ذخیره‌شده: "
            f"{'فیلد ' + _ltr(where) if where else 'پرونده'} {fa}",
            field=where or None,
        )

    def wrong(self, en: str, fa: str) -> NoReturn:
        """The value is not of the kind wanted: "must be {en}, not <the value>"."""
        shown_en, shown_fa = _kind(self.value)
        self.fail(f"must be {en}, not {shown_en}", f"باید {fa} باشد، نه {shown_fa}")

    def _path(self, key: str | int | None) -> str:
        if key is None:
            return self.where
        if isinstance(key, int):
            return f"{self.where}[{key}]"
        return f"{self.where}.{key}" if self.where else key

    def _mapping(self) -> Mapping[str, Any]:
        if not isinstance(self.value, Mapping):
            self.wrong("a JSON object", "یک شیء JSON")
        return self.value

    def has(self, key: str) -> bool:
        return key in self._mapping()

    def __getitem__(self, key: str) -> _Field:
        m = self._mapping()
        if key not in m:
            self.fail("is missing", "نیامده است", key=key)
        return _Field(m[key], self._path(key), self.kind)

    def get(self, key: str) -> _Field | None:
        return self[key] if self.has(key) else None

    def items(self) -> list[tuple[str, _Field]]:
        return [
            (str(k), _Field(v, self._path(str(k)), self.kind)) for k, v in self._mapping().items()
        ]

    def seq(self) -> list[_Field]:
        if not isinstance(self.value, list):
            self.wrong("a JSON list", "یک فهرست JSON")
        return [_Field(v, self._path(i), self.kind) for i, v in enumerate(self.value)]

    def text(self) -> str:
        if not isinstance(self.value, str):
            self.wrong("text", "متن")
        return self.value

    def opt_text(self) -> str | None:
        return None if self.value is None else self.text()

    def number(self) -> float:
        v = self.value
        if isinstance(v, bool) or not isinstance(v, int | float) or not math.isfinite(v):
            self.wrong("a finite number", "یک عدد متناهی")
        return float(v)

    def opt_number(self) -> float | None:
        return None if self.value is None else self.number()

    def whole(self) -> int:
        if isinstance(self.value, bool) or not isinstance(self.value, int):
            self.wrong("a whole number", "عدد صحیح")
        return self.value

    def flag(self) -> bool:
        if not isinstance(self.value, bool):
            self.wrong("true or false", f"{_ltr('true')} یا {_ltr('false')}")
        return self.value

    def texts(self) -> tuple[str, ...]:
        return tuple(x.text() for x in self.seq())

    def numbers(self) -> dict[str, float]:
        return {k: v.number() for k, v in self.items()}

    def known(self, table: Mapping[Any, T], en: str, fa: str, *, whole: bool = False) -> T:
        """The entry of azadkar's own ``table`` (its services, roles, skills, a plan's
        tasks) this value names; one it does not have is an error naming the field:
        "is <value>, ``en``"."""
        key: Any = self.whole() if whole else self.text()
        found = table.get(key)
        if found is None:
            shown = _fa_shown(key) if isinstance(key, int) else f"«{_isolate(key)}»"
            self.fail(f"is {key!r}, {en}", f"{shown} است، {fa}")
        return found

    def same(self, now: Any, source: tuple[str, str], why: tuple[str, str]) -> None:
        """A value the file copied from azadkar's shipped data must be what ``source`` (en,
        fa) says now: a file saved with other data is refused, never mixed with today's."""
        if self.value != now:
            self.fail(
                f"is {self.value!r}, but {source[0]} now says {now!r}: {why[0]}",
                f"{_ltr(repr(self.value))} است ولی {source[1]} اکنون {_ltr(repr(now))} "
                f"می‌گوید: {why[1]}",
            )


T = TypeVar("T")

# How a dataclass field of each annotated type is read from JSON (annotations are strings
# under ``from __future__ import annotations``).
_READERS: dict[str, Callable[[_Field], Any]] = {
    "str": _Field.text,
    "str | None": _Field.opt_text,
    "float": _Field.number,
    "float | None": _Field.opt_number,
    "int": _Field.whole,
    "bool": _Field.flag,
    "tuple[str, ...]": _Field.texts,
    "list[str]": lambda f: list(f.texts()),
    "dict[str, float]": _Field.numbers,
    "dict[str, str]": lambda f: {k: v.text() for k, v in f.items()},
}


def _build(
    cls: type[T],
    f: _Field,
    keys: Mapping[str, str] | None = None,
    *,
    optional: Iterable[str] = (),
    **given: Any,
) -> T:
    """A ``cls`` (a dataclass) from the JSON object ``f``.

    Each field not ``given`` is read from the key of its name (``keys`` maps a field to
    another key) by its annotated type, so that a missing or mistyped one is named by its
    place in the file. A field in ``optional`` keeps its default when its key is absent.
    """
    values = dict(given)
    for fld in dataclasses.fields(cls):  # type: ignore[arg-type]
        if fld.name in values:
            continue
        key = (keys or {}).get(fld.name, fld.name)
        if fld.name in optional and not f.has(key):
            continue
        values[fld.name] = _READERS[str(fld.type)](f[key])
    return cls(**values)


def _check_schema(doc: _Field, want: str) -> None:
    family, _, version = want.rpartition("/")
    found = doc.get("schema")
    if found is None:
        doc.fail(
            f"is missing: this is not a saved {doc.kind} (to_dict() writes 'schema': {want!r})",
            f"نیامده است: این {_KINDS_FA[doc.kind]} ذخیره‌شدهٔ آزادکار نیست "
            f"({_ltr('to_dict()')} می‌نویسد {_ltr(repr(want))})",
            key="schema",
        )
    name = found.value
    if not isinstance(name, str) or not name.startswith("azadkar."):
        shown_en, shown_fa = _kind(name)
        found.fail(
            f"is {shown_en}, not an azadkar schema (this reads {want!r})",
            f"{shown_fa} است، نه طرح‌واره‌ای از آزادکار (این {_ltr(want)} را می‌خواند)",
        )
    got_family, _, got_version = name.rpartition("/")
    if got_family != family:
        found.fail(
            f"is {name!r}: the file holds another kind of result (this reads {want!r}; "
            "azadkar.load() picks the reader from the schema)",
            f"«{_ltr(name)}» است: پرونده نتیجهٔ دیگری دارد (این {_ltr(want)} را می‌خواند؛ "
            f"{_ltr('azadkar.load()')} خواننده را از طرح‌واره برمی‌گزیند)",
        )
    if got_version != version:
        raise SavedResultError(
            f"saved {doc.kind}: schema {name!r} is another version than this azadkar reads "
            f"({want!r}); read it with the azadkar that wrote it, or "
            f"{'classify' if doc.kind == 'batch' else 'assess'} again",
            message_fa=f"{_KINDS_FA[doc.kind]} ذخیره‌شده: طرح‌وارهٔ «{_ltr(name)}» نسخهٔ دیگری "
            f"است از آنچه این آزادکار می‌خواند ({_ltr(want)})؛ با همان آزادکاری که آن را نوشته "
            "بخوانید یا دوباره "
            f"{'دسته‌بندی' if doc.kind == 'batch' else 'ارزیابی'} کنید",
            field=found.where,
            schema=name,
            expected=want,
        )


def _fa_number(n: float) -> str:
    return str(n).translate(str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹"))


def _open(source: Mapping[str, Any] | str | os.PathLike[str], kind: str) -> _Field:
    from azadkar.bidi import ltr

    if not isinstance(source, str | os.PathLike):
        return _Field(source, "", kind)  # a dict, or something else to refuse by name
    path = Path(source)
    try:
        text = path.read_text("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise SavedResultError(
            f"cannot read {str(path)!r} as UTF-8 text ({exc})",
            message_fa=f"پرونده‌ای با نشانی {ltr(path)} نیست"
            if isinstance(exc, FileNotFoundError)
            else f"پروندهٔ {ltr(path)} را نمی‌توان به‌صورت متن {ltr('UTF-8')} خواند ({ltr(exc)})",
            field=None,
            file=str(path),
        ) from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise SavedResultError(
            f"{str(path)!r} is not JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}",
            message_fa=f"{ltr(path)} {ltr('JSON')} نیست: {ltr(exc.msg)}، سطر "
            f"{_fa_number(exc.lineno)}، ستون {_fa_number(exc.colno)}",
            field=None,
            file=str(path),
        ) from None
    return _Field(data, "", kind)


# --------------------------------------------------------------------------- assessment


def _profile(f: _Field) -> Profile:
    from azadkar.exposure import Profile

    services = tuple((s["id"].text(), s["share"].number()) for s in f["services"].seq())
    return _build(Profile, f, services=services)


def _exposure(f: _Field) -> Exposure:
    from azadkar.exposure import Exposure, Scores

    return _build(Exposure, f, human=_build(Scores, f["human"]), gpt4=_build(Scores, f["gpt4"]))


_LABELS = ("E0", "E1", "E2")


def _label(f: _Field) -> str:
    value = f.text()
    if value not in _LABELS:
        f.fail(
            f"is {value!r}, not one of E0, E1, E2",
            f"«{_isolate(value)}» است، نه یکی از {_fa_list(_LABELS)}",
        )
    return value


def _task(f: _Field) -> TaskExposure:
    from azadkar import evidence
    from azadkar.exposure import TaskExposure

    soc, task_id = f["onet_soc"].text(), f["task_id"].whole()
    task_type = f["task_type"].text()
    # to_dict() writes a blank O*NET task type as "Supplemental" (what O*NET means by it);
    # the shipped row says which it was.
    row = evidence.tasks().get((soc, task_id))
    if task_type == "Supplemental" and row is not None and row.task_type == "":
        task_type = ""
    return _build(
        TaskExposure,
        f,
        task_type=task_type,
        human_label=_label(f["human_label"]),
        gpt4_label=_label(f["gpt4_label"]),
    )


def _service(f: _Field) -> ServiceExposure:
    from azadkar.exposure import Applicability, ServiceExposure
    from azadkar.taxonomy import load_taxonomy

    return _build(
        ServiceExposure,
        f,
        service=f["id"].known(
            {s.id: s for s in load_taxonomy().services},
            "a service this azadkar's taxonomy does not have",
            "خدمتی که طبقه‌بندی این آزادکار ندارد",
        ),
        exposure=_exposure(f["exposure"]),
        layers={k: _exposure(v) for k, v in f["layers"].items()},
        tasks=tuple(_task(t) for t in f["tasks"].seq()),
        applicability=_build(Applicability, f["applicability"]),
    )


def _understood(f: _Field) -> Any:
    if f.value is None:
        return None
    from azadkar.text import Classification

    services = [(s["service"].text(), s["confidence"].number()) for s in f["services"].seq()]
    return _build(Classification, f, optional=("reading",), services=services)


def assessment_from_dict(data: Mapping[str, Any] | _Field) -> Assessment:
    """An :class:`~azadkar.exposure.Assessment` from its ``to_dict()`` JSON."""
    from azadkar.exposure import ASSESSMENT_SCHEMA, Assessment

    f = data if isinstance(data, _Field) else _Field(data, "", "assessment")
    _check_schema(f, ASSESSMENT_SCHEMA)
    return _build(
        Assessment,
        f,
        profile=_profile(f["profile"]),
        services=tuple(_service(s) for s in f["services"].seq()),
        exposure=_exposure(f["exposure"]),
        layers={k: _exposure(v) for k, v in f["layers"].items()},
        applicability=f["applicability"]["score"].opt_number(),
        understood=_understood(f["understood"]),
    )


# --------------------------------------------------------------------------- projection


def _scenario(f: _Field, key: str, origin_key: str | None, given: Scenario | None) -> Scenario:
    """The scenario a saved result names: ``given``, a shipped one by id, or the file it was
    read from (when it is still there)."""
    from azadkar.errors import ScenarioError
    from azadkar.scenarios import SHIPPED, load_scenario

    node = f[key]
    sid = node.text() if not isinstance(node.value, Mapping) else node["id"].text()
    if given is not None:
        if given.id != sid:
            node.fail(
                f"is {sid!r}, but the scenario passed is {given.id!r}",
                f"«{_isolate(sid)}» است، ولی سناریوی داده‌شده «{_isolate(given.id)}» است",
            )
        return given
    if sid in SHIPPED:
        return load_scenario(sid)
    origin = None
    if origin_key is not None and f.has(origin_key):
        origin = f[origin_key].opt_text()
    elif isinstance(node.value, Mapping) and node.has("origin"):
        origin = node["origin"].opt_text()
    if origin:
        try:
            found = load_scenario(origin)
        except ScenarioError:
            found = None
        if found is not None and found.id == sid:
            return found
    node.fail(
        f"is {sid!r}, not a shipped scenario, and its file ({origin or 'not named'}) cannot be "
        "read; pass the scenario: from_dict(data, scenario=load_scenario('its.toml'))",
        f"«{_isolate(sid)}» است، سناریوی همراه آزادکار نیست و پرونده‌اش "
        f"({_ltr(origin) if origin else 'نامعلوم'}) خوانده نمی‌شود؛ سناریو را بدهید: "
        + _ltr("from_dict(data, scenario=load_scenario('its.toml'))"),
    )


def _check_params(f: _Field, scenario: Scenario) -> tuple[str, ...]:
    keys = []
    for item in f["parameters"].seq():
        key = item["key"].text()
        param = scenario.params.get(key)
        if param is None:
            item["key"].fail(
                f"is {key!r}, a parameter scenario {scenario.id!r} no longer has: the file "
                "was saved with another version of the scenario",
                f"«{_isolate(key)}» است، پارامتری که سناریوی «{_isolate(scenario.id)}» دیگر "
                "ندارد: پرونده با نسخهٔ دیگری از سناریو ذخیره شده است",
            )
        now = param.to_dict()
        for name in ("value", "pessimistic", "optimistic", "by"):
            item[name].same(
                now[name],
                (f"scenario {scenario.id!r}", f"سناریوی «{_isolate(scenario.id)}»"),
                (
                    "the file was saved with another version of the scenario (reloading it "
                    "would mix the two)",
                    "پرونده با نسخهٔ دیگری از سناریو ذخیره شده است",
                ),
            )
        keys.append(key)
    return tuple(keys)


def _band(f: _Field) -> Band:
    from azadkar.projection import Band

    return _build(Band, f)


def _path_year(f: _Field) -> PathYear:
    from azadkar.projection import PathYear

    income = f["income"]
    return PathYear(
        hours={k: _band(v) for k, v in f["hours"].items()},
        income=None if income.value is None else _band(income),
        income_index=_band(f["income_index"]),
    )


def _year(f: _Field) -> YearProjection:
    from azadkar.projection import YearProjection

    return _build(
        YearProjection,
        f,
        stay=_path_year(f["stay"]),
        adapt=_path_year(f["adapt"]),
        ai_share=_band(f["ai_share"]),
    )


def _assumptions(f: _Field) -> tuple[Assumption, ...]:
    from azadkar.projection import Assumption

    return tuple(_build(Assumption, a) for a in f["assumptions"].seq())


def _profile_of(f: _Field, given: Profile | None) -> Profile:
    if given is not None:
        return given
    if not f.has("profile"):
        f.fail(
            "is missing (a file written before projections and plans carried their profile): "
            "pass the assessment's, from_dict(data, profile=assessment.profile)",
            "نیامده است (پرونده‌ای که پیش از همراه شدن نمایه نوشته شده): نمایهٔ ارزیابی را "
            f"بدهید، {_ltr('from_dict(data, profile=assessment.profile)')}",
            key="profile",
        )
    return _profile(f["profile"])


def projection_from_dict(
    data: Mapping[str, Any] | _Field,
    *,
    scenario: Scenario | None = None,
    profile: Profile | None = None,
) -> Projection:
    """A :class:`~azadkar.projection.Projection` from its ``to_dict()`` JSON."""
    from azadkar.projection import PROJECTION_SCHEMA, Projection

    f = data if isinstance(data, _Field) else _Field(data, "", "projection")
    _check_schema(f, PROJECTION_SCHEMA)
    sc = _scenario(f, "scenario", None, scenario)
    baseline = f["baseline"]
    return _build(
        Projection,
        f,
        {
            "billable_hours": "billable_hours_per_month",
            "billable_assumed": "billable_hours_assumed",
            "hours_assumed": "hours_per_week_assumed",
        },
        scenario=sc,
        profile=_profile_of(f, profile),
        baseline_hours=baseline["hours"].numbers(),
        baseline_income=baseline["income"].opt_number(),
        years=tuple(_year(y) for y in f["years"].seq()),
        assumptions=_assumptions(f),
        params_used=_check_params(f, sc),
    )


# --------------------------------------------------------------------------- plan


def _shipped_task(item: _Field) -> TaskExposure:
    """The shipped task a plan's task names, checked against what the file copied of it."""
    from azadkar.exposure import service_tasks

    service_id = item["service"].text()
    soc, task_id = item["onet_soc"].text(), item["task_id"].whole()
    found = [t for t in service_tasks(service_id) if (t.onet_soc, t.task_id) == (soc, task_id)]
    if not found:
        item["task_id"].fail(
            f"is {task_id} (O*NET-SOC {soc}), a task the shipped data does not list for "
            f"{service_id!r}: the file was saved with other data",
            f"{_fa_shown(task_id)} است ({_ltr('O*NET-SOC ' + soc)})، وظیفه‌ای که دادهٔ همراه "
            f"آزادکار برای «{_isolate(service_id)}» ندارد: پرونده با دادهٔ دیگری ذخیره شده است",
        )
    task = found[0]
    for name in ("human_label", "gpt4_label", "layer", "statement"):
        item[name].same(
            getattr(task, name),
            ("the shipped data", "دادهٔ همراه آزادکار"),
            ("the file was saved with other data", "پرونده با دادهٔ دیگری ذخیره شده است"),
        )
    return task


def plan_from_dict(
    data: Mapping[str, Any] | _Field,
    *,
    scenario: Scenario | None = None,
    profile: Profile | None = None,
) -> Plan:
    """A :class:`~azadkar.plan.Plan` from its ``to_dict()`` JSON."""
    from azadkar.plan import (
        PLAN_SCHEMA,
        ExchangeRate,
        Plan,
        Pricing,
        RoleFit,
        SkillPlan,
        TaskAction,
        ToolLeftOut,
        ToolRef,
        WorkLanguage,
        load_roles,
    )

    f = data if isinstance(data, _Field) else _Field(data, "", "plan")
    _check_schema(f, PLAN_SCHEMA)
    sc = _scenario(f, "scenario", "scenario_origin", scenario)

    actions = []
    tasks_by_id: dict[int, TaskExposure] = {}
    for item in f["tasks"].seq():
        task = _shipped_task(item)
        tasks_by_id.setdefault(task.task_id, task)
        reason = item["reason"]
        tools = []
        for t in item["tools"].seq():
            support = t["work_language_support"].opt_text() or ""
            tools.append(_build(ToolRef, t, language_support=support))
        actions.append(
            _build(
                TaskAction,
                item,
                {"service_id": "service"},
                task=task,
                reason_en=reason["en"].text(),
                reason_fa=reason["fa"].text(),
                tools=tuple(tools),
            )
        )

    book = load_roles()
    fits = []
    for item in f["roles"].seq():
        role = item["id"].known(
            {r.id: r for r in book.roles},
            "a role this azadkar does not have",
            "نقشی که این آزادکار ندارد",
        )

        def skills(key: str, item: _Field = item, role: Any = role) -> tuple[Any, ...]:
            listed = {sk.en: sk for sk in role.skills}
            return tuple(
                s["en"].known(
                    listed,
                    f"a skill role {role.id!r} does not list",
                    f"مهارتی که نقش «{_isolate(role.id)}» ندارد",
                )
                for s in item[key].seq()
            )

        steps = item["steps"]
        fits.append(
            _build(
                RoleFit,
                item,
                role=role,
                steps_en=steps["en"].texts(),
                steps_fa=steps["fa"].texts(),
                have=skills("have"),
                gap=skills("gap"),
            )
        )

    skill_plans = []
    for item in f["human_skills"].seq():
        skill = item["id"].known(
            {s.id: s for s in book.human_skills},
            "a human skill this azadkar does not have",
            "مهارت انسانی‌ای که این آزادکار ندارد",
        )
        chosen = tuple(
            t.known(
                tasks_by_id,
                "a task the plan's tasks do not include",
                "وظیفه‌ای که در وظیفه‌های برنامه نیست",
                whole=True,
            )
            for t in item["tasks"].seq()
        )
        skill_plans.append(SkillPlan(skill, chosen))

    p = f["pricing"]
    ex = p["exchange_rate"]
    exchange = _build(ExchangeRate, ex, other=tuple(ex["units_per_usd"].numbers().items()))
    pricing = _build(
        Pricing,
        p,
        {
            "billable_hours": "billable_hours_per_month",
            "billable_assumed": "billable_hours_assumed",
        },
        exchange=exchange,
        notes=tuple((n["en"].text(), n["fa"].text()) for n in p["notes"].seq()),
    )
    reason = f["work_language_reason"]
    return _build(
        Plan,
        f,
        scenario=sc,
        profile=_profile_of(f, profile),
        actions=tuple(actions),
        roles=tuple(fits),
        skills=tuple(skill_plans),
        pricing=pricing,
        assumptions=_assumptions(f),
        work_language=WorkLanguage(
            f["work_language"].texts(),
            f["work_language_source"].text(),
            reason["en"].text(),
            reason["fa"].text(),
        ),
        tools_left_out=tuple(_build(ToolLeftOut, t) for t in f["tools_left_out"].seq()),
    )


# --------------------------------------------------------------------------- batch


def _probability(f: _Field) -> float:
    p = f.number()
    if not 0.0 <= p <= 1.0:
        f.fail(
            f"is {p!r}, not a probability from 0 to 1", f"{_fa_shown(p)} است، نه احتمالی از ۰ تا ۱"
        )
    return p


def batch_from_dict(data: Mapping[str, Any] | _Field) -> BatchResult:
    """A :class:`~azadkar.text.BatchResult` (what ``classify_many`` gave) from its
    ``to_dict()`` JSON, with the model version and engine that read the texts.

    Every column must have one entry per text (``n``); a column of another length, a
    probability outside 0 to 1 or a flag that is not text is an error naming the field
    (``category_confidence[3]``, ``services[2][0].confidence``).
    """
    import numpy as np

    from azadkar.text._classify import BATCH_SCHEMA, BatchResult

    f = data if isinstance(data, _Field) else _Field(data, "", "batch")
    _check_schema(f, BATCH_SCHEMA)
    model_version, engine = f["model_version"].text(), f["engine"].text()
    for key, value in (("model_version", model_version), ("engine", engine)):
        if not value.strip():
            f[key].fail(
                "is empty: a saved batch names the model that read its texts",
                "خالی است: دسته‌بندی ذخیره‌شده مدلی را که متن‌ها را خوانده نام می‌برد",
            )
    n = f["n"].whole()
    if n < 0:
        f["n"].fail(f"is {n}, not a count of texts", f"{_fa_shown(n)} است، نه شمار متن‌ها")

    def column(key: str) -> list[_Field]:
        items = f[key].seq()
        if len(items) != n:
            f[key].fail(
                f"has {len(items)} {'entry' if len(items) == 1 else 'entries'}, but n is {n}: "
                "every column has one entry per text",
                f"{_fa_number(len(items))} مقدار دارد ولی {_ltr('n')} برابر {_fa_number(n)} است: "
                "هر ستون برای هر متن یک مقدار دارد",
            )
        return items

    category = [c.text() for c in column("category")]
    confidence = np.array(
        [_probability(c) for c in column("category_confidence")], dtype=np.float32
    )
    services = [
        [(s["service"].text(), _probability(s["confidence"])) for s in row.seq()]
        for row in column("services")
    ]
    lang = [x.text() for x in column("lang")]
    flag = [x.text() for x in column("flag")]
    ignored = [list(x.texts()) for x in column("ignored")]
    context = [list(x.texts()) for x in column("context")]
    return BatchResult(
        category,
        confidence,
        services,
        lang,
        flag,
        ignored,
        context,
        model_version=model_version,
        engine=engine,
    )


def classify_answer(data: Any) -> str | None:
    """Which answer of ``POST /api/classify`` ``data`` is: ``"one"`` (``{"text": ...}``),
    ``"batch"`` (``{"texts": [...]}``), or None for anything else."""
    if not isinstance(data, Mapping) or "schema" in data:
        return None
    if {"engine", "model_version", "count", "results"} <= set(data):
        return "batch"
    if {"text", "category", "category_confidence", "services", "engine", "model_version"} <= set(
        data
    ):
        return "one"
    return None


def _batch_answer(f: _Field) -> BatchResult:
    """The answer of ``POST /api/classify`` with ``texts`` as a :class:`BatchResult`: an
    item the server could not classify (its ``error``: not a string, too long) is kept, not
    read, with the flag ``api_error:`` and the error's message."""
    import numpy as np

    from azadkar.text._classify import BatchResult, ignored_flag

    model_version, engine = f["model_version"].text(), f["engine"].text()
    items = f["results"].seq()
    count = f["count"].whole()
    if count != len(items):
        f["results"].fail(
            f"has {len(items)} items, but count is {count}: the answer has one per text",
            f"{_fa_number(len(items))} مورد دارد ولی {_ltr('count')} برابر {_fa_number(count)} "
            "است: پاسخ برای هر متن یک مورد دارد",
        )
    category: list[str] = []
    confidence: list[float] = []
    services: list[list[tuple[str, float]]] = []
    lang: list[str] = []
    flag: list[str] = []
    ignored: list[list[str]] = []
    context: list[list[str]] = []
    for i, item in enumerate(items):
        index = item["index"].whole()
        if index != i:
            item["index"].fail(
                f"is {index}, not {i}: the answer lists the texts in the order sent",
                f"{_fa_shown(index)} است، نه {_fa_shown(i)}: پاسخ متن‌ها را به ترتیب فرستاده‌شده "
                "می‌آورد",
            )
        error = item.get("error")
        if error is not None and error.value is not None:
            message = error["message"].text().replace(";", ",")
            category.append("")
            confidence.append(0.0)
            services.append([])
            lang.append("und")
            flag.append(f"api_error:{message}")
            ignored.append([])
            context.append([])
            continue
        flags = list(item["flags"].texts())
        read = item["category"].text()
        # the API says "other" for a text it did not read (flag empty, no_words), as
        # classify() does; classify_many leaves such a text's category empty
        unread = read == "other" and any(x in ("empty", "no_words", "binary") for x in flags)
        category.append("" if unread else read)
        confidence.append(_probability(item["category_confidence"]))
        services.append(
            [(x["service"].text(), _probability(x["confidence"])) for x in item["services"].seq()]
        )
        lang.append(item["lang"].text())
        ignored.append(list(item["ignored"].texts()))
        # the API lists the terms set aside apart (ignored); a batch's flag names them,
        # after the cell's own flags and before the context's, as classify_many writes it
        terms = [ignored_flag(ignored[-1])] if ignored[-1] else []
        head = [x for x in flags if not x.startswith("context:")]
        tail = [x for x in flags if x.startswith("context:")]
        flag.append(";".join([*head, *terms, *tail]))
        context.append(list(item["context"].texts()))
    return BatchResult(
        category,
        np.array(confidence, dtype=np.float32),
        services,
        lang,
        flag,
        ignored,
        context,
        model_version=model_version,
        engine=engine,
    )


# --------------------------------------------------------------------------- load


@dataclass(frozen=True, slots=True)
class Saved:
    """What ``azadkar assess --format json`` (or ``POST /api/plan``) wrote: the assessment
    and, when the file has them, the projection and the plan."""

    assessment: Assessment
    projection: Projection | None = None
    plan: Plan | None = None

    def to_dict(self, *, exact: bool = False) -> dict[str, Any]:
        """The file again: the CLI's shape (the assessment's fields, with ``projection``
        and ``plan`` inside)."""
        out = self.assessment.to_dict(exact=exact)
        if self.projection is not None:
            out["projection"] = self.projection.to_dict(exact=exact)
        if self.plan is not None:
            out["plan"] = self.plan.to_dict(exact=exact)
        return out


def load(
    source: Mapping[str, Any] | str | os.PathLike[str],
    *,
    scenario: Scenario | None = None,
) -> Assessment | Projection | Plan | Saved | BatchResult | Classification:
    """Read a saved result back: a JSON file's path, or the dict ``json.load`` gave.

    The ``schema`` field decides what comes back: ``azadkar.assessment/1`` an
    :class:`~azadkar.exposure.Assessment` (or :class:`Saved`, with its projection and plan,
    for the JSON of ``azadkar assess --format json``), ``azadkar.projection/1`` a
    :class:`~azadkar.projection.Projection`, ``azadkar.plan/1`` a
    :class:`~azadkar.plan.Plan`, ``azadkar.classification_batch/1`` a
    :class:`~azadkar.text.BatchResult` (``classify_many(...).to_dict()``, with the model
    version and engine that read the texts). The answer of ``POST /api/plan``
    (``{assessment, projection, plan}``) is a :class:`Saved` too; the answer of ``POST
    /api/classify`` a :class:`~azadkar.text.Classification` (one text) or a
    :class:`~azadkar.text.BatchResult` (``texts``; an item the server refused is kept, not
    read, flagged ``api_error:`` with its message). ``scenario`` is needed
    only for a scenario file that is no longer where it was read from.

    Raises :class:`~azadkar.errors.SavedResultError` naming the field that is wrong, or
    ``schema`` for a file of another kind or version.
    """
    doc = _open(source, "result")
    m = doc._mapping()
    schema = m.get("schema")
    name = schema if isinstance(schema, str) else ""
    if name.startswith("azadkar.projection/"):
        return projection_from_dict(_Field(m, "", "projection"), scenario=scenario)
    if name.startswith("azadkar.plan/"):
        return plan_from_dict(_Field(m, "", "plan"), scenario=scenario)
    if name.startswith("azadkar.classification_batch/"):
        return batch_from_dict(_Field(m, "", "batch"))
    answer = classify_answer(m)
    if answer == "batch":  # POST /api/classify with texts
        return _batch_answer(_Field(m, "", "batch"))
    if answer == "one":  # POST /api/classify with one text: a Classification
        read: Classification = _understood(_Field(m, "", "result"))
        return read
    if "schema" not in m and {"assessment", "projection", "plan"} <= set(m):
        # the answer of POST /api/plan: {assessment, projection, plan}
        a = assessment_from_dict(_Field(m["assessment"], "assessment", "assessment"))
    else:  # an assessment, with its projection and plan inside in the CLI's file
        a = assessment_from_dict(_Field(m, "", "assessment"))
        if "projection" not in m and "plan" not in m:
            return a
    return Saved(
        a,
        projection_from_dict(
            _Field(m["projection"], "projection", "projection"),
            scenario=scenario,
            profile=a.profile,
        )
        if "projection" in m
        else None,
        plan_from_dict(_Field(m["plan"], "plan", "plan"), scenario=scenario, profile=a.profile)
        if "plan" in m
        else None,
    )


# --------------------------------------------------------------------------- tables

PER = ("service", "year")


def _keyed(results: Any) -> list[tuple[Any, Any]]:
    """``results`` as (id, result) pairs; anything else is an error naming ``results``."""
    from azadkar.bidi import ltr
    from azadkar.exposure import Assessment
    from azadkar.plan import Plan
    from azadkar.projection import Projection

    if isinstance(results, Mapping):
        return list(results.items())
    if isinstance(results, Assessment | Projection | Plan | Saved):
        return [(0, results)]  # one result: a table of one, its id 0
    if isinstance(results, str | bytes) or not isinstance(results, Iterable):
        kind = type(results).__name__
        raise SavedResultError(
            f"results is {_a(kind)}, not results: records() and table() take a list of "
            "assessments, projections or saved results (load()), (id, result) pairs or a "
            "dict {id: result}, or a classify_many batch",
            message_fa=f"{ltr('results')} یک {ltr(kind)} است، نه نتیجه: {ltr('records()')} و "
            f"{ltr('table()')} فهرستی از ارزیابی‌ها، پیش‌بینی‌ها یا نتیجه‌های "
            f"ذخیره‌شده ({ltr('load()')})، جفت‌های {ltr('(id, result)')} یا یک {ltr('dict')}، "
            f"یا دسته‌بندی {ltr('classify_many')} را می‌گیرند",
            field="results",
        )
    out = []
    for i, item in enumerate(results):
        if isinstance(item, tuple) and len(item) == 2:
            out.append((item[0], item[1]))
        else:
            out.append((i, item))
    return out


def _is_batch(item: Any) -> bool:
    """A :class:`~azadkar.text.BatchResult` (``classify_many``), without importing the
    classifier to ask."""
    kind = type(item)
    return kind.__name__ == "BatchResult" and kind.__module__.startswith("azadkar.text")


def _batch_rows(key: Any, batch: BatchResult, *, alone: bool) -> list[dict[str, Any]]:
    """One row per text of a ``classify_many`` batch, in the order of the texts."""
    from azadkar.precision import is_exact
    from azadkar.text._classify import probability_value

    def prob(p: float) -> float:
        return float(p) if is_exact() else probability_value(p)

    rows = []
    for i, category in enumerate(batch.category):
        services = batch.services[i]
        top = services[0] if services else None
        rows.append(
            {
                "id": i if alone else key,
                "index": i,
                "lang": batch.lang[i],
                # a text not read (empty, no words) is "other" with its flag, as classify()
                # and POST /api/classify say it: counted, never a missing value
                "category": category or "other",
                "category_confidence": prob(batch.category_confidence[i]),
                "service": top[0] if top else None,
                "service_confidence": prob(top[1]) if top else None,
                "services": _joined(f"{sid}:{prob(p)}" for sid, p in services),
                "flags": _joined(batch.flags[i]),
                "ignored": list(batch.ignored[i]) if batch.ignored else [],
                "context": list(batch.context[i]) if batch.context else [],
                # the evidence: the model that read the text
                "model_version": batch.model_version or None,
                "engine": batch.engine or None,
            }
        )
    return rows


def _a(name: str) -> str:
    """``name`` with its article: "an Assessment", "a Plan"."""
    return f"{'an' if name[:1].lower() in 'aeiou' else 'a'} {name}"


def _joined(values: Iterable[str]) -> str:
    return "; ".join(values)


def _service_rows(key: Any, a: Assessment) -> list[dict[str, Any]]:
    from azadkar import evidence
    from azadkar.precision import fraction, optional

    understood = a.understood
    confidences: dict[str, float] = {}
    head: dict[str, Any] = {
        "id": key,
        "text": a.profile.text,
        "lang": None,
        "category": None,
        "category_confidence": None,
        "model_version": None,
        "engine": None,
        "flags": None,
    }
    if understood is not None and hasattr(understood, "services"):
        # the classifier's probabilities as its own JSON writes them (to_dict()), so that
        # a row and the saved file show the same figure (0.99999905, not 0.999999)
        from azadkar.precision import is_exact
        from azadkar.text._classify import probability_value

        def prob(p: float) -> float:
            return float(p) if is_exact() else probability_value(p)

        confidences = {sid: prob(p) for sid, p in understood.services}
        head.update(
            lang=understood.lang,
            category=understood.category,
            category_confidence=prob(understood.category_confidence),
            model_version=understood.model_version,
            engine=getattr(understood, "engine", None),
            flags=_joined(understood.flags),
        )
    rows = []
    for s in a.services:
        e = s.exposure
        rows.append(
            {
                **head,
                "service": s.id,
                "service_category": s.service.category,
                "service_en": s.service.en,
                "service_fa": s.service.fa,
                "service_confidence": confidences.get(s.id),
                "share": fraction(s.share),
                "alpha_human": fraction(e.human.alpha),
                "beta_human": fraction(e.human.beta),
                "gamma_human": fraction(e.human.gamma),
                "alpha_gpt4": fraction(e.gpt4.alpha),
                "beta_gpt4": fraction(e.gpt4.beta),
                "gamma_gpt4": fraction(e.gpt4.gamma),
                "disagreement": fraction(e.disagreement),
                "n_tasks": e.n_tasks,
                **{f"time_{layer}": fraction(v) for layer, v in s.layer_time.items()},
                "applicability": optional(fraction, s.applicability.score),
                "profile_beta_human": fraction(a.exposure.human.beta),
                "profile_beta_gpt4": fraction(a.exposure.gpt4.beta),
                "rate": a.profile.rate,
                "currency": a.profile.currency,
                "hours_per_week": a.profile.hours_per_week,
                # the evidence: which rows of which datasets
                "tasks": _joined(f"{t.onet_soc}#{t.task_id}" for t in s.tasks),
                "label_source": f"{evidence.GPTS_SOURCE}: full_labelset.tsv (human and GPT-4 labels)",
                "applicability_socs": _joined(s.applicability.socs),
                "applicability_source": f"{evidence.WWAI_SOURCE}: soc_ai_applicability_scores.csv",
            }
        )
    return rows


def _year_rows(key: Any, p: Projection, text: str | None) -> list[dict[str, Any]]:
    from azadkar.precision import fraction, hours, money, optional

    sc = p.scenario
    statuses = sorted({sc.params[k].status for k in p.params_used if k in sc.params})
    rows = []
    for y in p.years:
        row: dict[str, Any] = {
            "id": key,
            "text": text if text is not None else p.profile.text,
            "scenario": sc.id,
            "scenario_status": sc.status,
            "year": y.year,
        }
        for part in ("low", "central", "high"):
            row[f"ai_share_{part}"] = fraction(getattr(y.ai_share, part))
        for path_name in ("stay", "adapt"):
            path = getattr(y, path_name)
            for part in ("low", "central", "high"):
                row[f"{path_name}_income_{part}"] = optional(
                    money, getattr(path.income, part) if path.income else None
                )
                row[f"{path_name}_income_index_{part}"] = fraction(getattr(path.income_index, part))
            for bucket, band in path.hours.items():
                row[f"{path_name}_hours_{bucket}"] = hours(band.central)
        row.update(
            currency=p.profile.currency,
            baseline_income=optional(money, p.baseline_income),
            income_basis=p.income_basis,
            income_hours_per_month=hours(p.income_hours),
            billable_hours_assumed=p.billable_assumed,
            hours_per_week=p.profile.hours_per_week,
            hours_per_week_assumed=p.hours_assumed,
            # the evidence: the scenario's parameters behind the figures, and their status
            parameters=_joined(p.params_used),
            parameter_status=_joined(statuses),
            scenario_origin=sc.origin,
        )
        rows.append(row)
    return rows


def records(
    results: Iterable[Any] | Mapping[Any, Any] | BatchResult,
    *,
    per: str = "service",
    exact: bool = False,
) -> list[dict[str, Any]]:
    """Many results as rows of one table, with their evidence columns.

    ``results``: assessments, projections or :class:`Saved` files (what :func:`load`
    gives; a plan alone holds neither an assessment nor a projection, and is refused
    saying so), as a list (each row's ``id`` is its position), a list of
    ``(id, result)`` pairs, or a dict ``{id: result}`` (one result alone is a table of one,
    id 0; anything else is a :class:`SavedResultError` naming ``results``). Several
    projections of one text (one per scenario) may share an id.

    A batch from ``classify_many`` (:class:`~azadkar.text.BatchResult`, or its JSON read
    back with :func:`load`) gives one row per text, in the order of the texts: ``id`` is
    the text's position (or, for a named batch, ``{name: batch}``, the name, with the
    position in ``index``), ``lang``, ``category`` and ``category_confidence`` (a
    text not read, empty or without words, is ``other`` at 0 with its ``flags``, as
    ``classify`` and ``POST /api/classify`` say it), the top ``service`` and its
    ``service_confidence``, every service read (``services``, ``id:confidence`` joined by
    "; "), ``flags``, the terms of work set aside (``ignored``) and the context set aside
    (``context``), both lists, and the evidence: ``model_version`` and ``engine``. The
    batch holds no texts: join the rows to yours by ``id``. Batches go in a table of their
    own (``per`` does not apply; ``per="year"`` is refused).

    ``per="service"``: one row per (result, service): the classifier's reading when the
    assessment has one (``category``, ``service_confidence``, ``model_version``,
    ``engine``, ``flags``), the service's share of time, α/β/γ by human and by GPT-4 labels, the
    share of its time in each layer, Microsoft's applicability; and the evidence: the
    O*NET task rows (``tasks``, ``SOC#task id``), ``label_source``,
    ``applicability_socs``. ``per="year"``: one row per (result, year, scenario) of a
    projection: the share of time AI does and income staying as is or adapting (low,
    central, high), weekly hours by layer (central), and the evidence: ``scenario_status``,
    the ``parameters`` used and their ``parameter_status`` (cited, measured, assumption).
    Figures are rounded as ``to_dict()`` rounds them (:mod:`azadkar.precision`), unless
    ``exact``.
    """
    from azadkar.bidi import ltr
    from azadkar.exposure import Assessment
    from azadkar.plan import Plan
    from azadkar.precision import exact_numbers
    from azadkar.projection import Projection

    if per not in PER:
        raise SavedResultError(
            f"per must be one of {', '.join(PER)}, not {per!r}",
            message_fa=f"{ltr('per')} باید یکی از {'، '.join(ltr(x) for x in PER)} باشد، "
            f"نه «{per}»",
            field="per",
        )
    rows: list[dict[str, Any]] = []
    alone = _is_batch(results)
    keyed: list[tuple[Any, Any]] = [(0, results)] if alone else _keyed(results)
    batches = [i for i, (_, item) in enumerate(keyed) if _is_batch(item)]
    if batches:
        where = "results" if alone else f"results[{batches[0]}]"
        if per == "year":
            raise SavedResultError(
                f"{where} is a BatchResult (classify_many): a batch has rows per text, "
                "not per year; leave out per=, or pass projections (azadkar.project(...)) "
                "for rows per year",
                message_fa=f"{ltr(where)} یک دسته‌بندی ({ltr('classify_many')}) است: ردیف‌های "
                f"آن برای هر متن است، نه هر سال؛ {ltr('per=')} را نیاورید، یا برای ردیف‌های هر "
                f"سال پیش‌بینی‌ها ({ltr('azadkar.project(...)')}) را بدهید",
                field=where,
            )
        others = [i for i in range(len(keyed)) if i not in batches]
        if others:
            i = others[0]
            raise SavedResultError(
                f"results[{i}] is {_a(type(keyed[i][1]).__name__)} beside the BatchResult at "
                f"results[{batches[0]}]: a batch has one row per text, a result one per "
                "service; make a table of each, records(batch) and records(results)",
                message_fa=f"{ltr(f'results[{i}]')} کنار دسته‌بندی {ltr(f'results[{batches[0]}]')} "
                "آمده است: دسته‌بندی برای هر متن یک ردیف دارد و نتیجه برای هر خدمت؛ برای هر کدام "
                f"جدولی جدا بسازید، {ltr('records(batch)')} و {ltr('records(results)')}",
                field=f"results[{i}]",
            )
        with exact_numbers(exact):
            for key, batch in keyed:
                rows.extend(_batch_rows(key, batch, alone=alone))
        return rows
    with exact_numbers(exact):
        for index, (key, item) in enumerate(keyed):
            if per == "service":
                a = item.assessment if isinstance(item, Saved) else item
                if isinstance(a, Plan):
                    raise SavedResultError(
                        f"results[{index}] (id {key!r}) is a Plan: a plan holds no assessment; "
                        "pass the assessment it was made from (rows per service) or its "
                        "projection (per='year'), or the file of azadkar assess --format json "
                        "read with azadkar.load",
                        message_fa=f"{ltr(f'results[{index}]')} یک برنامه ({ltr('Plan')}) است و "
                        "ارزیابی‌ای در خود ندارد: ارزیابی‌ای را که برنامه از آن ساخته شده بدهید "
                        "(ردیف‌های هر خدمت) یا پیش‌بینی آن را (" + ltr("per='year'") + ")",
                        field=f"results[{index}]",
                    )
                if not isinstance(a, Assessment):
                    raise SavedResultError(
                        f"results[{index}] (id {key!r}) is {_a(type(item).__name__)}: rows per "
                        "service come from assessments (or what azadkar.load gives)",
                        message_fa=f"{ltr(f'results[{index}]')} یک "
                        f"{ltr(type(item).__name__)} است: ردیف‌های هر خدمت از ارزیابی‌ها می‌آیند",
                        field=f"results[{index}]",
                    )
                rows.extend(_service_rows(key, a))
                continue
            text = None
            if isinstance(item, Saved):
                text = item.assessment.profile.text
                item = item.projection
            if isinstance(item, Plan | Assessment) or not isinstance(item, Projection):
                raise SavedResultError(
                    f"results[{index}] (id {key!r}) is "
                    f"{'a file without a projection' if item is None else _a(type(item).__name__)}"
                    ": rows per year come from projections (azadkar.project(...))",
                    message_fa=f"{ltr(f'results[{index}]')} پیش‌بینی نیست: ردیف‌های هر سال "
                    f"از پیش‌بینی‌ها ({ltr('azadkar.project')}) می‌آیند",
                    field=f"results[{index}]",
                )
            rows.extend(_year_rows(key, item, text))
    return rows


def table(
    results: Iterable[Any] | Mapping[Any, Any] | BatchResult,
    *,
    per: str = "service",
    exact: bool = False,
) -> pa.Table:
    """:func:`records` as a :class:`pyarrow.Table`: ``.to_pandas()`` for a DataFrame (with
    pandas installed), ``pyarrow.parquet.write_table(t, "results.parquet")`` to save it,
    or query it from DuckDB by name."""
    import pyarrow as pa

    from azadkar.bidi import ltr

    rows = records(results, per=per, exact=exact)
    if not rows:
        return pa.table({})
    # A column holds one type: ids of two kinds (a list's positions beside named pairs) are
    # said as such, not left to Arrow's "Could not convert 'x' with type str".
    first = rows[0]["id"]
    for row in rows:
        if type(row["id"]) is not type(first):
            raise SavedResultError(
                f"the results' ids are of two kinds, {first!r} and {row['id']!r}: a table's "
                "id column holds one; name every result, as (id, result) pairs or a dict "
                "{id: result}, or none",
                message_fa=f"شناسه‌های نتیجه‌ها دو گونه‌اند، {ltr(repr(first))} و "
                f"{ltr(repr(row['id']))}: ستون {ltr('id')} یک گونه می‌پذیرد؛ همهٔ نتیجه‌ها را "
                f"نام بدهید ({ltr('(id, result)')} یا {ltr('dict')}) یا هیچ‌کدام را",
                field="id",
            )
    # every row has the same columns, in the same order (absent values are None)
    columns = list(dict.fromkeys(k for r in rows for k in r))
    out = pa.Table.from_pylist([{c: r.get(c) for c in columns} for r in rows])
    # a batch's lists of text (ignored, context) stay lists of text when every one is empty
    for i, fld in enumerate(out.schema):
        if pa.types.is_list(fld.type) and pa.types.is_null(fld.type.value_type):
            out = out.set_column(i, fld.name, out.column(i).cast(pa.list_(pa.string())))
    return out


__all__ = [
    "PER",
    "Saved",
    "assessment_from_dict",
    "batch_from_dict",
    "load",
    "plan_from_dict",
    "projection_from_dict",
    "records",
    "table",
]
