"""Numbered footnotes: every number in a report points at the evidence behind it.

:func:`collect` gathers every note a report may cite (task labels, the scenario's
parameters with their sources, the model's assumptions, the roles' cited claims, the
exchange rate...) keyed by a stable id; :class:`Notes` numbers them in the order a
renderer first cites them, so the notes section lists only what the page uses.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from azadkar.exposure import shown_number
from azadkar.report.plan_strings import currency_name, status_text
from azadkar.report.strings import fa_digits, num, t

if TYPE_CHECKING:
    from azadkar.exposure import Assessment
    from azadkar.plan import Plan
    from azadkar.projection import Projection
    from azadkar.scenarios import Param


def iso(text: str, lang: str) -> str:
    """Isolate an English fragment inside Persian text (FSI ... PDI) so bidi keeps it whole."""
    return f"\u2068{text}\u2069" if lang == "fa" and text else text


# The model's own assumptions name their source in English; these are the ones it uses.
_SOURCES_FA = {
    "azadkar model": "مدل آزادکار",
    "azadkar assumption": "فرض آزادکار",
    "azadkar assumption (O*NET gives no time shares)": "فرض آزادکار (O*NET سهم زمانی نمی‌دهد)",
    "azadkar assumption (no source gives the path)": "فرض آزادکار (هیچ منبعی مسیر را نمی‌دهد)",
    "azadkar assumption (data/roles.toml)": "فرض آزادکار (\u2068data/roles.toml\u2069)",
    "azadkar model (see the projection's assumptions)": "مدل آزادکار (فرض‌های چشم‌انداز را ببینید)",
    "azadkar rule on GPTs are GPTs labels (Eloundou et al. 2023)": (
        "قاعدهٔ آزادکار روی برچسب‌های \u2068GPTs are GPTs\u2069 (الوندو و همکاران ۲۰۲۳)"
    ),
    "GPTs are GPTs (Eloundou et al. 2023) labels; the averaging is azadkar's": (
        "برچسب‌های \u2068GPTs are GPTs\u2069 (الوندو و همکاران ۲۰۲۳)؛ میانگین‌گیری از آزادکار است"
    ),
    "azadkar AI tool catalogue (data/tools.toml)": (
        "فهرست ابزارهای هوش مصنوعی آزادکار (\u2068data/tools.toml\u2069)"
    ),
}
# The sources of the cited figures in the shipped data (the scenarios' [[claims]], the
# roles' claims and human skills in data/roles.toml, the tool catalogue, the exchange
# rate): publication and author names stay as they are cited, the rest is in Persian.
_SOURCES_FA.update(
    {
        "Source report (2025)": "گزارش مرجع (۲۰۲۵)",
        "Source report (2025), forecast": "گزارش مرجع (۲۰۲۵)، پیش‌بینی",
        "Source report (2025), forecast and legal context": (
            "گزارش مرجع (۲۰۲۵)، پیش‌بینی و زمینهٔ حقوقی"
        ),
        "Source report (2025), opportunities": "گزارش مرجع (۲۰۲۵)، بخش فرصت‌ها",
        "MIT study (2024), as cited by the source report": (
            "پژوهش \u2068MIT\u2069 (۲۰۲۴)، به نقل گزارش مرجع"
        ),
        "Nature Human Behaviour (2024), as cited by the source report": (
            "مجلهٔ \u2068Nature Human Behaviour\u2069 (۲۰۲۴)، به نقل گزارش مرجع"
        ),
        "Source report (2025): an expert names paradoxical thinking among the human traits "
        "the future belongs to": (
            "گزارش مرجع (۲۰۲۵): کارشناسی «تفکر پارادوکسی» را از ویژگی‌های انسانی می‌شمارد "
            "که آینده از آنِ آن‌هاست"
        ),
        "Source report (2025): an expert names layered emotional intelligence among the "
        "human traits the future belongs to": (
            "گزارش مرجع (۲۰۲۵): کارشناسی «هوش هیجانی لایه‌لایه» را از ویژگی‌های انسانی "
            "می‌شمارد که آینده از آنِ آن‌هاست"
        ),
        "Source report (2025): an expert names creativity drawn from lived experience among "
        "the human traits the future belongs to ('a skilled but blind painter')": (
            "گزارش مرجع (۲۰۲۵): کارشناسی «خلاقیت برآمده از تجربهٔ زیسته» را از ویژگی‌های "
            "انسانی می‌شمارد که آینده از آنِ آن‌هاست («نقاشی چیره‌دست اما نابینا»)"
        ),
        "Vendors' public product pages, summarised by the azadkar developers "
        "(not verified by the vendors).": (
            "صفحه‌های عمومی محصولات در وب‌سایت سازندگان، خلاصه‌شده به دست توسعه‌دهندگان "
            "آزادکار (سازندگان آن را تأیید نکرده‌اند)."
        ),
        "approximate Tehran open-market USD quotes, rounded (stated assumption) "
        "(data/market/rates.toml)": (
            "نرخ‌های تقریبی دلار در بازار آزاد تهران، گردشده (فرض اعلام‌شده) "
            "(\u2068data/market/rates.toml\u2069)"
        ),
        "approximate Tehran open-market quote (azadkar assumption)": (
            "نرخ تقریبی بازار آزاد تهران (فرض آزادکار)"
        ),
        "your --usd-rate": "نرخی که با \u2068--usd-rate\u2069 دادید",
    }
)
_PREFIXES_FA = {"azadkar assumption: ": "فرض آزادکار: ", "azadkar model: ": "مدل آزادکار: "}


def source_text(source: str, lang: str) -> str:
    """A source label in ``lang``: azadkar's own labels in Persian, anything else isolated."""
    if lang != "fa":
        return source
    if source in _SOURCES_FA:
        return _SOURCES_FA[source]
    for en, fa in _PREFIXES_FA.items():
        if source.startswith(en):
            return fa + iso(source[len(en) :], lang)
    return iso(source, lang)


def param_source(param: Param, lang: str) -> str:
    """A scenario parameter's source in ``lang``: its ``source_fa`` in Persian when it has one."""
    if lang == "fa" and param.source_fa.strip():
        return param.source_fa
    return source_text(param.source, lang)


@dataclass
class Notes:
    texts: dict[str, str]
    order: list[str] = field(default_factory=list)

    def ref(self, key: str) -> int:
        """The footnote number of ``key`` (registered on first use)."""
        if key not in self.texts:
            raise KeyError(f"no note {key!r}")
        if key not in self.order:
            self.order.append(key)
        return self.order.index(key) + 1

    def refs(self, *keys: str) -> list[int]:
        return [self.ref(k) for k in keys if k in self.texts]

    def used(self) -> list[tuple[int, str, str]]:
        """(number, key, text) of every note cited so far, in number order."""
        return [(i + 1, k, self.texts[k]) for i, k in enumerate(self.order)]


def collect(a: Assessment, p: Projection | None, pl: Plan | None, lang: str) -> Notes:
    fa = lang == "fa"
    texts: dict[str, str] = {
        "labels": t("ev_labels", lang),
        "weights": f"{t('ev_weights', lang)} {t('ev_layers', lang)}",
        "msft": t("ev_msft", lang),
    }
    scenario = p.scenario if p is not None else (pl.scenario if pl is not None else None)
    if scenario is not None:
        name = scenario.name(lang)
        for param in scenario:
            # "Scenario «...»", not the bare name: the default scenario is called "Source
            # report (2025)", which made an azadkar assumption (market.pass_through) read
            # as a figure of the report.
            if fa:
                band = (
                    f"بدبینانه {shown_number(param.pessimistic, 'fa')}، "
                    f"خوش‌بینانه {shown_number(param.optimistic, 'fa')}"
                )
                head = (
                    f"سناریوی «{name}»: {iso(f'{param.key} = {param.value:g}', lang)} "
                    f"({band})، تا {fa_digits(param.by)}"
                )
            else:
                band = f"pessimistic {param.pessimistic:g}, optimistic {param.optimistic:g}"
                head = f"Scenario “{name}”: {param.key} = {param.value:g} ({band}), by {param.by}"
            note = param.note(lang)
            texts[f"param:{param.key}"] = (
                f"{head}. {param_source(param, lang)}. [{status_text(param.status, lang)}]"
                + (f" {note}" if note else "")
            )
        for c in scenario.claims:
            texts[f"claim:{c.id}"] = (
                f"{c.text(lang)} — {source_text(c.source, lang)} [{status_text(c.status, lang)}]"
            )
    if p is not None:
        for asm in p.assumptions:
            texts[f"assume:{asm.id}"] = f"{asm.text(lang)} ({source_text(asm.source, lang)})"
    if pl is not None:
        for asm in pl.assumptions:
            texts[f"plan:{asm.id}"] = f"{asm.text(lang)} ({source_text(asm.source, lang)})"
        for fit in pl.roles:
            r = fit.role
            texts[f"role:{r.id}"] = (
                f"{r.claim(lang)} — {source_text(r.claim_source, lang)} [{status_text(r.status, lang)}]"
            )
        for sp in pl.skills:
            texts[f"skill:{sp.skill.id}"] = (
                f"{source_text(sp.skill.source, lang)} [{status_text('cited, not verified', lang)}]"
            )
        fx = pl.pricing.exchange
        cur = pl.pricing.currency
        if cur not in ("USD", "IRR", "toman") and fx.converts(cur):
            # the rate as given: 1.38, not 1.3800 (up to four decimals)
            rate = fx.from_usd(1, cur)
            places = len(f"{rate:.4f}".rstrip("0").split(".")[1])
            units = num(rate, lang, places)
            texts["fx"] = (
                f"۱ دلار = {units} {currency_name(cur, lang)}: نرخی که با --fx دادید؛ فرض است، "
                "نه نرخ رسمی."
                if fa
                else f"1 USD = {units} {cur}: the rate you gave with --fx; an assumption, not an "
                "official rate."
            )
        elif cur not in ("USD", "IRR", "toman"):
            texts["fx"] = (
                f"برای {currency_name(cur, lang)} نرخی داده نشده: مبلغ‌ها به همین واحد می‌مانند؛ "
                "برای دیدن دلار --fx "
                "(شمار واحد در برابر یک دلار) را بدهید."
                if fa
                else f"No rate for {cur} was given: amounts stay in {cur}; add --fx (units per US "
                "dollar) to see them in USD."
            )
        elif fa:
            texts["fx"] = (
                f"۱ دلار = {num(fx.irr_per_usd, lang)} ریال ({num(fx.irr_per_usd / 10, lang)} تومان)، "
                + (f"از {iso(fa_digits(fx.as_of), lang)}؛ " if fx.as_of != "given" else "")
                + f"{source_text(fx.source, lang)}. فرض است، نه نرخ رسمی؛ با --usd-rate جایگزینش کنید. تومان = ریال ÷ ۱۰."
            )
        else:
            texts["fx"] = (
                f"1 USD = {num(fx.irr_per_usd, lang)} IRR ({num(fx.irr_per_usd / 10, lang)} toman), "
                f"as of {fx.as_of}; {fx.source}. An assumption, not an official rate; replace it with "
                "--usd-rate. Toman = IRR / 10."
            )
        cat = pl.tool_catalogue
        texts["tools"] = (
            f"فهرست ابزارهای آزادکار ({iso('data/tools.toml', lang)})، تاریخ {iso(fa_digits(cat.get('as_of', '')), lang)}: {source_text(cat.get('source', ''), lang)}"
            if fa
            else f"azadkar AI tool catalogue (data/tools.toml), as of {cat.get('as_of', '')}: {cat.get('source', '')}"
        )
    return Notes(texts)


__all__ = ["Notes", "collect", "param_source", "source_text"]
