"""What to cite for results azadkar computed, in one place: :func:`cite`.

A figure in a paper rests on the azadkar that computed it, its shipped data (the research
datasets at a given commit), the text classifier's model for results read from free text,
and, for 2026-2030 outlooks, the scenario's parameters, some of which are the source
report's claims (cited, not verified) and must be cited as such. :func:`cite` gathers them
from any results (or their saved JSON) into a :class:`Citation`: a paragraph in English or
Persian, BibTeX entries, and JSON (``GET /api/cite`` answers the same for a server).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from azadkar.bidi import ltr
from azadkar.errors import SavedResultError
from azadkar.results import Saved, classify_answer, load

ONET_NOTICE = (
    "This product includes information from O*NET (onetcenter.org) by the U.S. Department "
    "of Labor, Employment and Training Administration (USDOL/ETA), used under CC BY 4.0. "
    "USDOL/ETA has not approved, endorsed, or tested these modifications."
)


@dataclass(frozen=True, slots=True)
class CitedParameter:
    """A scenario parameter some cited figures rest on: its value and where it comes from.
    ``status`` is ``cited, not verified`` for a claim of the source report (never a
    measured fact), ``measured`` for a published study's result, ``assumption`` for
    azadkar's own."""

    scenario: str
    key: str
    value: float
    by: int
    status: str
    source: str
    claim: str | None
    source_fa: str = ""  # the source in Persian, where the scenario gives it


@dataclass(frozen=True, slots=True)
class Citation:
    """What to cite for a set of results, in one place (:func:`cite`).

    ``azadkar_version`` and ``data_version`` (the first 12 hex digits of the SHA-256 of
    the shipped data's manifest, which holds the hash of every data file) say which
    azadkar and which shipped tables computed them; ``datasets`` the research datasets
    (with their repository's commit and licence); ``models`` the text classifier's
    versions, for results read from free text; ``scenarios`` and ``parameters`` the
    2026-2030 scenarios and the parameters the figures rest on, each with its status and
    source. ``notice`` is the O*NET attribution that any redistribution must carry.
    """

    azadkar_version: str
    data_version: str
    datasets: tuple[dict[str, str], ...]
    models: tuple[str, ...]
    scenarios: tuple[dict[str, str], ...]
    parameters: tuple[CitedParameter, ...]
    counts: dict[str, int]
    notice: str = ONET_NOTICE

    @property
    def claims(self) -> tuple[CitedParameter, ...]:
        """The parameters that are the source report's claims (cited, not verified)."""
        return tuple(p for p in self.parameters if p.status.startswith("cited"))

    def text(self, lang: str = "en") -> str:
        """A paragraph for a paper's data and methods section, in ``lang`` (en or fa)."""
        if lang not in ("en", "fa"):
            raise SavedResultError(
                f"lang must be en or fa, not {lang!r}",
                message_fa=f"زبان باید {ltr('en')} یا {ltr('fa')} باشد، نه «{lang}»",
                field="lang",
            )
        fa = lang == "fa"

        def src(p: CitedParameter) -> str:
            return f"{ltr(p.key)} ({p.source_fa or p.source})" if fa else f"{p.key} ({p.source})"

        sets = [
            f"{d['title']}, {d['authors']}, {d['repository']} @ {d['version']}"
            for d in self.datasets
        ]
        if fa:
            parts = [
                f"نتیجه‌ها با آزادکار {ltr(self.azadkar_version)} و دادهٔ همراه آن "
                f"(نسخهٔ {ltr(self.data_version)}) به دست آمده‌اند."
            ]
            if sets:
                parts.append("داده‌های پژوهشی: " + "؛ ".join(ltr(x) for x in sets) + ".")
            if self.models:
                models = "، ".join(ltr(m) for m in self.models)
                parts.append(f"متن‌ها با دسته‌بند آزادکار خوانده شده‌اند (نسخهٔ {models}).")
        else:
            parts = [
                f"Results were computed with azadkar {self.azadkar_version} and its shipped "
                f"data (version {self.data_version})."
            ]
            if sets:
                parts.append("Research data: " + "; ".join(sets) + ".")
            if self.models:
                parts.append(
                    f"Texts were read with azadkar's classifier (version {', '.join(self.models)})."
                )
        for sc in self.scenarios:
            mine = [p for p in self.parameters if p.scenario == sc["id"]]
            claims = [p for p in mine if p.status.startswith("cited")]
            measured = [p for p in mine if p.status == "measured"]
            if fa:
                status = _STATUS_FA.get(sc["status"], sc["status"])
                parts.append(
                    f"پیش‌بینی‌های ۲۰۲۶ تا ۲۰۳۰ سناریوی {ltr(sc['id'])} را به کار می‌برند "
                    f"({sc['name_fa']}، {status})."
                )
                if claims:
                    n = str(len(claims)).translate(_FA_DIGITS)
                    parts.append(
                        f"{n} پارامتر آن ادعای گزارش مرجع‌اند (نقل‌شده، راستی‌آزمایی‌نشده): "
                        + "؛ ".join(src(p) for p in claims)
                        + "."
                    )
                if measured:
                    parts.append(
                        "پارامترهای اندازه‌گیری‌شدهٔ آن و منبع‌شان: "
                        + "؛ ".join(src(p) for p in measured)
                        + "."
                    )
                continue
            parts.append(
                f"2026-2030 projections use the scenario {sc['id']} ({sc['name_en']}, "
                f"{sc['status']})."
            )
            if claims:
                parts.append(
                    f"{len(claims)} of its parameters are claims of the source report, cited, "
                    "not verified: " + "; ".join(src(p) for p in claims) + "."
                )
            if measured:
                parts.append(
                    "Its measured parameters and their sources: "
                    + "; ".join(src(p) for p in measured)
                    + "."
                )
        if self.datasets:
            parts.append(
                f"این محصول اطلاعاتی از {ltr('O*NET (onetcenter.org)')} از وزارت کار آمریکا "
                f"({ltr('USDOL/ETA')}) را با پروانهٔ {ltr('CC BY 4.0')} به کار می‌برد؛ "
                f"{ltr('USDOL/ETA')} این تغییرها را تأیید، پشتیبانی یا آزمون نکرده است."
                if fa
                else self.notice
            )
        return " ".join(parts)

    def bibtex(self) -> str:
        """BibTeX entries for azadkar (this version) and each dataset (its commit)."""
        entries = [
            "@software{azadkar,\n"
            "  title = {azadkar},\n"
            f"  version = {{{self.azadkar_version}}},\n"
            f"  note = {{shipped data {self.data_version}}},\n"
            "}"
        ]
        for d in self.datasets:
            authors, _, year = d["authors"].partition(" (")
            year = year[:4]
            names = " and ".join(a.strip() for a in authors.split(",") if a.strip())
            entries.append(
                f"@misc{{{d['id']},\n"
                f"  title = {{{d['title']}}},\n"
                f"  author = {{{names}}},\n"
                f"  year = {{{year}}},\n"
                f"  howpublished = {{\\url{{https://github.com/{d['repository']}}}}},\n"
                f"  note = {{commit {d['version']}; licence: {d['licence']}}},\n"
                "}"
            )
        return "\n\n".join(entries) + "\n"

    def to_dict(self) -> dict[str, Any]:
        """JSON: every field, the claims, and the text in both languages and the BibTeX."""
        return {
            "schema": CITATION_SCHEMA,
            "azadkar_version": self.azadkar_version,
            "data_version": self.data_version,
            "datasets": [dict(d) for d in self.datasets],
            "models": list(self.models),
            "scenarios": [dict(s) for s in self.scenarios],
            "parameters": [dataclasses.asdict(p) for p in self.parameters],
            "claims": [{"scenario": p.scenario, "key": p.key} for p in self.claims],
            "counts": dict(self.counts),
            "notice": self.notice,
            "text": {"en": self.text("en"), "fa": self.text("fa")},
            "bibtex": self.bibtex(),
        }


CITATION_SCHEMA = "azadkar.citation/1"
_FA_DIGITS = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
_STATUS_FA = {
    "cited, not verified": "نقل‌شده، راستی‌آزمایی‌نشده",
    "measured": "اندازه‌گیری‌شده",
    "assumption": "فرض",
}


def _an(name: str) -> str:
    """``name`` with its article: "an Assessment", "a BatchResult"."""
    return f"{'an' if name[:1].lower() in 'aeiou' else 'a'} {name}"


def cite(*results: Any) -> Citation:
    """What to cite for ``results``: the azadkar and data versions, the datasets, the
    classifier's versions, the scenarios and every parameter the figures rest on, with
    the source report's claims marked as such. See :class:`Citation`.

    ``results``: assessments, projections, plans, :class:`Saved` files or the dicts
    ``to_dict()`` wrote (and the answers of ``POST /api/plan`` and ``POST /api/classify``), classifications (``azadkar.text.classify``), batches
    (``classify_many``, or its ``to_dict()`` read back with :func:`load`: each names the
    model version and engine that read it), the classifier itself
    (``load_classifier()``), scenarios (all of their parameters), or lists or dicts of
    them (what :func:`records` takes). With none, the installation's own versions and
    datasets.

    >>> import azadkar
    >>> c = azadkar.cite(azadkar.project(azadkar.assess(["copywriting"])))
    >>> c.azadkar_version == azadkar.__version__, [d["id"] for d in c.datasets]
    (True, ['gpts-are-gpts', 'working-with-ai'])
    >>> print(c.bibtex())  # doctest: +ELLIPSIS
    @software{azadkar,...
    """
    import hashlib

    import azadkar
    from azadkar import evidence
    from azadkar.exposure import Assessment, assess
    from azadkar.plan import Plan
    from azadkar.projection import Projection, params_used
    from azadkar.scenarios import Scenario

    flat: list[Any] = []

    def add(item: Any) -> None:
        if isinstance(item, Mapping) and (
            "schema" in item
            or {"assessment", "projection", "plan"} <= set(item)
            or classify_answer(item) is not None
        ):
            add(load(item))  # a saved result's JSON (or an API answer), as json.load gave it
        elif isinstance(item, Mapping):
            for v in item.values():
                add(v)
        elif isinstance(item, tuple) and len(item) == 2 and isinstance(item[0], str | int):
            add(item[1])  # an (id, result) pair, as records() takes them
        elif isinstance(item, list | tuple) and not hasattr(item, "_fields"):
            for v in item:
                add(v)
        elif isinstance(item, Saved):
            flat.extend(x for x in (item.assessment, item.projection, item.plan) if x is not None)
        else:
            flat.append(item)

    for r in results:
        add(r)
    models: dict[str, None] = {}
    scenarios: dict[str, dict[str, str]] = {}
    params: dict[tuple[str, str], CitedParameter] = {}
    counts: dict[str, int] = {}
    needs_data = not results
    for i, item in enumerate(flat):
        kind = type(item).__name__
        counts[kind] = counts.get(kind, 0) + 1
        read = item.understood if isinstance(item, Assessment) else item
        if isinstance(getattr(read, "model_version", None), str):  # a Classification, a batch
            if not read.model_version.strip() or not str(read.engine).strip():
                raise SavedResultError(
                    f"results[{i}] ({_an(kind)}) names no model version or engine: the "
                    "classifier that read its texts cannot be cited (classify_many() and "
                    "classify() set both)",
                    message_fa=f"{ltr(f'results[{i}]')} ({ltr(kind)}) نسخهٔ مدل یا موتور را "
                    "نام نمی‌برد: دسته‌بندی را که متن‌هایش را خوانده نمی‌توان یاد کرد "
                    f"({ltr('classify_many()')} و {ltr('classify()')} هر دو را می‌نویسند)",
                    field=f"results[{i}]",
                )
            models[f"{read.engine} {read.model_version}"] = None
        elif isinstance(getattr(read, "version_", None), str):  # the classifier itself
            models[f"{read.engine} {read.version_}"] = None
        elif not isinstance(read, Assessment | Projection | Plan | Scenario | None):
            raise SavedResultError(
                f"results[{i}] is {_an(kind)}: cite() takes assessments, projections, "
                "plans, saved results, scenarios, classifications, batches (classify_many()) "
                "and the classifier (load_classifier())",
                message_fa=f"{ltr(f'results[{i}]')} یک {ltr(kind)} است: {ltr('cite()')} ارزیابی، "
                "پیش‌بینی، برنامه، نتیجهٔ ذخیره‌شده، سناریو، دسته‌بندی، دسته‌بندی‌های "
                f"{ltr('classify_many()')} یا خود دسته‌بند را می‌گیرد",
                field=f"results[{i}]",
            )
        needs_data = needs_data or isinstance(item, Assessment | Projection | Plan | Scenario)
        if isinstance(item, Projection | Plan | Scenario):
            sc = item if isinstance(item, Scenario) else item.scenario
            scenarios.setdefault(
                sc.id,
                {
                    "id": sc.id,
                    "name_en": sc.name("en"),
                    "name_fa": sc.name("fa"),
                    "status": sc.status,
                    "origin": sc.origin,
                },
            )
            if isinstance(item, Scenario):  # all of its parameters
                keys: Iterable[str] = sc.params
            elif isinstance(item, Projection):
                keys = item.params_used
            else:  # the plan's profile, assessed again, says which bear on it
                keys = params_used(sc, assess(item.profile))
            for key in keys:
                p = sc.params[key]
                params.setdefault(
                    (sc.id, key),
                    CitedParameter(
                        sc.id, key, p.value, p.by, p.status, p.source, p.claim, p.source_fa
                    ),
                )
    digest = hashlib.sha256(evidence.data_file("manifest.json").read_bytes()).hexdigest()
    return Citation(
        azadkar_version=azadkar.__version__,
        data_version=digest[:12],
        datasets=tuple(evidence.sources()) if needs_data else (),
        models=tuple(models),
        scenarios=tuple(scenarios.values()),
        parameters=tuple(params.values()),
        counts=counts,
    )


__all__ = ["CITATION_SCHEMA", "ONET_NOTICE", "Citation", "CitedParameter", "cite"]
