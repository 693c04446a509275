"""Understanding what freelancers write: language, Persian normalisation, classification.

>>> from azadkar.text import classify, detect_language, normalize
>>> normalize("طراحي لوگو")
'طراحی لوگو'
>>> detect_language("I design logos")
'en'

``classify(text)`` returns a :class:`Classification` (category, services, calibrated
confidences, the words that decided, flags); ``load_classifier(engine)`` gives the fitted
:class:`ServiceClassifier` (scikit-learn style) for bulk work. The heavy parts (numpy,
scipy, scikit-learn, the embedding model) load on first use, not on import.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from azadkar.text._lang import detect_language
from azadkar.text._normalize import normalize

if TYPE_CHECKING:
    from azadkar.text._classifier import ServiceClassifier, split_clauses
    from azadkar.text._classify import (
        BatchResult,
        Classification,
        classify,
        classify_many,
        load_classifier,
        understand_profile,
    )

_LAZY = {
    "ServiceClassifier": "azadkar.text._classifier",
    "split_clauses": "azadkar.text._classifier",
    "BatchResult": "azadkar.text._classify",
    "Classification": "azadkar.text._classify",
    "classify": "azadkar.text._classify",
    "classify_many": "azadkar.text._classify",
    "load_classifier": "azadkar.text._classify",
    "understand_profile": "azadkar.text._classify",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'azadkar.text' has no attribute {name!r}")
    import importlib

    return getattr(importlib.import_module(module), name)


def predict_services(
    texts: list[str], top: int = 3, engine: str = "fast"
) -> list[list[tuple[str, float]]]:
    """Every service each text names, ``[(service_id, probability), ...]`` best first.

    Uses the shipped classifier; see :meth:`ServiceClassifier.predict_services`.
    """
    from azadkar.text._classify import load_classifier

    return load_classifier(engine).predict_services(texts, top=top)


__all__ = [
    "BatchResult",
    "Classification",
    "ServiceClassifier",
    "classify",
    "classify_many",
    "detect_language",
    "load_classifier",
    "normalize",
    "predict_services",
    "split_clauses",
    "understand_profile",
]
