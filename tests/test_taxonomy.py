"""The taxonomy: fixed categories, required services, bilingual names, enough tasks."""

from __future__ import annotations

import pytest

from azadkar import evidence
from azadkar.errors import UnknownServiceError
from azadkar.taxonomy import CATEGORY_IDS, load_taxonomy, suggest

REQUIRED = {
    "logo_design", "banner_ad_design", "seo", "social_media_management", "online_ads",
    "text_translation", "editing_proofreading", "data_entry", "online_teaching",
    "wordpress_development", "mobile_app_development", "video_editing", "product_photography",
    "customer_support", "project_management", "copywriting", "blog_content",
    "ux_ui_design", "illustration", "transcription_subtitling", "email_marketing",
    "virtual_assistance", "data_analysis", "ml_development", "ai_data_annotation", "ai_consulting",
}  # fmt: skip


def test_categories_are_the_fixed_ten() -> None:
    tax = load_taxonomy()
    assert tuple(c.id for c in tax.categories) == CATEGORY_IDS
    assert all(c.fa and c.en for c in tax.categories)


def test_required_services_and_count() -> None:
    tax = load_taxonomy()
    ids = [s.id for s in tax.services]
    assert len(ids) == len(set(ids)) >= 35
    assert set(ids) >= REQUIRED
    assert all(i.isidentifier() and i == i.lower() for i in ids)


@pytest.mark.parametrize("service", load_taxonomy().services, ids=lambda s: s.id)
def test_service_is_complete_in_both_languages(service) -> None:
    assert service.en and service.fa and service.description_en and service.description_fa
    assert service.synonyms_en and service.synonyms_fa
    # Persian fields are written in Persian script
    assert any("\u0600" <= ch <= "\u06ff" for ch in service.fa)
    assert any("\u0600" <= ch <= "\u06ff" for ch in service.description_fa)
    assert len(evidence.service_tasks()[service.id]) >= 3
    assert set(service.onet_soc) <= set(evidence.occupations())


def test_search_in_both_languages() -> None:
    tax = load_taxonomy()
    assert "seo" in [s.id for s in tax.search("سئو")]
    assert "wordpress_development" in [s.id for s in tax.search("وردپرس")]
    assert "logo_design" in [s.id for s in tax.search("Logo")]
    # Arabic yeh/kaf in the query still find Persian text
    assert tax.search("طراحي") == tax.search("طراحی")


def test_unknown_service_suggests_close_ids() -> None:
    with pytest.raises(UnknownServiceError) as err:
        load_taxonomy().service("logo_desgin")
    assert "logo_design" in err.value.message
    assert err.value.data["suggestions"][0] == "logo_design"
    assert "seo" in suggest("SEO", [s.id for s in load_taxonomy().services])


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("سئو", "seo"),
        ("طراحی لوگو", "logo_design"),
        ("ترجمه", "text_translation"),
        ("وردپرس", "wordpress_development"),
        ("Logo design", "logo_design"),
    ],
)
def test_a_service_name_in_either_language_suggests_its_id(name: str, expected: str) -> None:
    from azadkar.errors import UnknownServiceError

    with pytest.raises(UnknownServiceError) as err:
        load_taxonomy().service(name)
    assert err.value.data["suggestions"][0] == expected
    assert f"Did you mean: {expected} (" in err.value.message


def test_the_figures_of_docs_taxonomy_md_are_the_shipped_ones() -> None:
    """docs/taxonomy.md's table (category, id, report-named, occupations, task count) and
    its totals are read from the page and compared with the shipped tables."""
    import collections
    import csv
    import re
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    doc = (root / "docs" / "taxonomy.md").read_text("utf-8")
    with (root / "src" / "azadkar" / "data" / "service_tasks.csv").open(encoding="utf-8") as f:
        links = list(csv.DictReader(f))
    tax = load_taxonomy()
    rows = re.findall(
        r"^\| (\w+) \| `(\w+)` \| [^|]+ \| (yes|no) \| ([^|]+) \| (\d+) \|$", doc, re.M
    )
    assert len(rows) == len(tax.services) == 44
    per_service = collections.Counter(r["service_id"] for r in links)
    for cat, sid, named, occupations, n in rows:
        s = tax.service(sid)
        assert (s.category, s.named_in_report) == (cat, named == "yes"), sid
        assert re.findall(r"\d\d-\d{4}\.\d\d", occupations) == list(s.onet_soc), sid
        assert per_service[sid] == int(n), sid
    m = re.search(r"\((\d+) service–task links over (\d+) occupations", doc)
    assert m, "the totals are not on the page"
    assert (len(links), len({r["onet_soc"] for r in links})) == (int(m[1]), int(m[2]))
    m = re.search(r"`banner_ad_design` has (\d+) Persian synonyms", doc)
    assert m and len(tax.service("banner_ad_design").synonyms_fa) == int(m[1])
    assert f"**{len(tax.services)} services**" in doc
