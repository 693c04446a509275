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
