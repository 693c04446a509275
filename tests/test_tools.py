"""The AI tool catalogue (azadkar.tools, data/tools.toml)."""

from __future__ import annotations

import re

import pytest

from azadkar.errors import DataError, InputError
from azadkar.tools import (
    CONTRIBUTIONS,
    DIGITAL_SOURCE_TYPES,
    LAYERS,
    MODALITIES,
    get_tool,
    load_catalogue,
    load_tools,
    parse_catalogue,
    tools_for_layer,
    tools_for_service,
)

# The fixed service ids (team notes); used when azadkar.taxonomy cannot be loaded.
SERVICE_IDS = {
    "blog_content", "article_writing", "copywriting", "ebook_writing", "technical_writing",
    "scriptwriting", "logo_design", "banner_ad_design", "website_design", "packaging_design",
    "ux_ui_design", "illustration", "wordpress_development", "mobile_app_development",
    "web_programming", "backend_development", "social_media_management", "seo", "online_ads",
    "email_marketing", "market_research", "business_consulting", "online_teaching",
    "financial_consulting", "legal_consulting", "portrait_photography", "product_photography",
    "promotional_video", "video_editing", "animation", "text_translation",
    "editing_proofreading", "transcription_subtitling", "customer_support",
    "project_management", "virtual_assistance", "data_entry", "data_analysis",
    "ml_development", "ai_data_annotation", "ai_consulting", "voice_over", "music_production",
}  # fmt: skip

REQUIRED = [
    "grammarly",
    "canva",
    "midjourney",
    "chatgpt",
    "claude",
    "gemini",
    "deepl",
    "github_copilot",
    "descript",
    "capcut",
    "adobe_firefly",
    "surfer_seo",
    "jasper",
]


def _known_services() -> set[str]:
    try:
        from azadkar.taxonomy import load_taxonomy

        return {s.id for s in load_taxonomy().services}
    except Exception:  # taxonomy data not built in this checkout
        return SERVICE_IDS


def test_catalogue_is_dated_and_has_the_required_tools() -> None:
    cat = load_catalogue()
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", cat.as_of)
    ids = [t.id for t in load_tools()]
    assert len(ids) == len(set(ids))
    missing = [t for t in REQUIRED if t not in ids]
    assert not missing, f"catalogue lacks {missing}"
    for extra in ("whisper", "elevenlabs", "runway", "figma_ai", "notion_ai", "cursor"):
        assert extra in ids


def test_every_tool_is_complete_and_uses_known_vocabularies() -> None:
    services = _known_services()
    for tool in load_tools():
        assert re.fullmatch(r"[a-z][a-z0-9_]*", tool.id)
        assert tool.name and tool.vendor and tool.url.startswith("https://")
        assert tool.what("en") and tool.what("fa") != tool.what("en")
        # Persian text is really Persian: at least some Arabic-script letters.
        assert re.search(r"[\u0600-\u06FF]", tool.what_fa), tool.id
        assert set(tool.modalities) <= set(MODALITIES)
        assert set(tool.layers) <= set(LAYERS) and tool.layers
        assert tool.services and set(tool.services) <= services, (
            tool.id,
            set(tool.services) - services,
        )
        assert len(tool.uses("en")) == len(tool.uses("fa")) > 0
        assert tool.dst_generate in DIGITAL_SOURCE_TYPES and tool.dst_edit in DIGITAL_SOURCE_TYPES
        assert set(tool.aia_contributions) <= set(CONTRIBUTIONS)
        assert tool.edit_contribution in CONTRIBUTIONS


def test_generating_tools_imply_trained_algorithmic_media() -> None:
    for tool in load_tools():
        if tool.id == "virastar":
            # a rule-based cleaner, no trained model: IPTC "algorithmicMedia"
            assert tool.digital_source_type("generate") == "algorithmicMedia"
            continue
        assert tool.digital_source_type("generate") == "trainedAlgorithmicMedia"
    assert get_tool("grammarly").digital_source_type("edit") == "algorithmicallyEnhanced"
    assert get_tool("midjourney").digital_source_type("edit") == (
        "compositeWithTrainedAlgorithmicMedia"
    )


def test_get_tool_accepts_ids_and_names_and_suggests_on_typos() -> None:
    assert get_tool("GitHub Copilot").id == "github_copilot"
    assert get_tool("surfer-seo").id == "surfer_seo"
    assert get_tool("ChatGPT").id == "chatgpt"
    with pytest.raises(InputError) as err:
        get_tool("chatgtp")
    assert "chatgpt" in err.value.message
    assert err.value.data["suggestions"] == ["chatgpt"]


def test_tools_for_service_and_layer() -> None:
    seo = [t.id for t in tools_for_service("seo")]
    assert "surfer_seo" in seo and "midjourney" not in seo
    assert [t.id for t in tools_for_service("no_such_service")] == []
    client = {t.id for t in tools_for_layer("client")}
    assert "chatgpt" in client and "midjourney" not in client
    every_layer_served = all(tools_for_layer(layer) for layer in LAYERS)
    assert every_layer_served
    with pytest.raises(InputError, match="unknown layer"):
        tools_for_layer("strategy")


def test_every_report_category_has_tools() -> None:
    # The report names Grammarly for editing and Canva for design; each category should
    # have at least one catalogue tool among its services.
    groups = {
        "writing": "blog_content",
        "design": "logo_design",
        "web_dev": "web_programming",
        "marketing": "seo",
        "translation": "text_translation",
        "photo_video": "video_editing",
        "data_ai": "ai_data_annotation",
        "customer_service": "customer_support",
    }
    for service in groups.values():
        assert tools_for_service(service), service


@pytest.mark.parametrize(
    ("patch", "message"),
    [
        ({"id": "Bad-Id"}, "snake_case"),
        ({"layers": ["strategy"]}, "unknown layers"),
        ({"dst_edit": "aiMade"}, "IPTC term"),
        ({"aia_contributions": ["Xx"]}, "AIA contribution"),
        ({"uses_fa": []}, "differ in length"),
    ],
)
def test_parse_catalogue_rejects_bad_records(patch: dict[str, object], message: str) -> None:
    good = get_tool("deepl").to_dict()
    good = {k: list(v) if isinstance(v, tuple) else v for k, v in good.items()}
    parse_catalogue({"tool": [good]})  # the unpatched record is fine
    with pytest.raises(DataError, match=message):
        parse_catalogue({"tool": [{**good, **patch}]})


def test_duplicate_ids_are_rejected() -> None:
    good = {
        k: list(v) if isinstance(v, tuple) else v for k, v in get_tool("deepl").to_dict().items()
    }
    with pytest.raises(DataError, match="duplicate"):
        parse_catalogue({"tool": [good, good]})


def test_every_tool_has_a_sensible_default_mode() -> None:
    # `azadkar disclose` offered "generate" for every tool, editors included.
    from azadkar.tools import MODES

    assert all(t.default_mode in MODES for t in load_tools())
    for tool_id in ("adobe_photoshop", "adobe_lightroom", "adobe_premiere_pro",
                    "davinci_resolve", "grammarly"):  # fmt: skip
        assert get_tool(tool_id).default_mode == "edit", tool_id
    for tool_id in ("midjourney", "chatgpt", "suno"):
        assert get_tool(tool_id).default_mode == "generate", tool_id
    assert get_tool("perplexity").default_mode == "assist"


def test_default_mode_is_required_and_checked() -> None:
    good = {
        k: list(v) if isinstance(v, tuple) else v for k, v in get_tool("deepl").to_dict().items()
    }
    with pytest.raises(DataError, match="unknown default_mode"):
        parse_catalogue({"tool": [{**good, "default_mode": "paint"}]})
    del good["default_mode"]
    with pytest.raises(DataError, match="missing default_mode"):
        parse_catalogue({"tool": [good]})
