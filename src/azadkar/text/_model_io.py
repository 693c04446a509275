"""A compact, pickle-free file format for a fitted :class:`ServiceClassifier`.

``model.npz`` (numpy arrays only, loaded with ``allow_pickle=False``) holds the
vocabulary as one UTF-8 blob, the idf vector, the n-gram weights quantised to int16 with
one scale per class (the biggest table by far: 45 classes x ~100k features), and the
small embedding head in float32. ``model.json`` holds parameters, classes, categories
and the version. Loading never executes code from the file, unlike joblib/pickle.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import numpy as np

from azadkar.text._classifier import ServiceClassifier
from azadkar.text._features import WordNgramVectorizer

FORMAT = "azadkar-classifier/1"
# ``clause_min_evidence_`` of a model saved before the field existed (a81f363e...): what
# fit() learns from that model's 18,792 training rows with its stored weights, by the
# current rule (the 5th percentile of the evidence its clause-sized service rows give their
# own service; the rule of its day, half the median of all service rows, gave 3.8107 and
# let "please help" and "budget is low" list services).
LEGACY_CLAUSE_MIN_EVIDENCE = 4.996
_SEP = "\x1f"  # unit separator: never part of a feature name


def _quantise(coef: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    scale = np.abs(coef).max(axis=1) / 32767.0
    scale[scale == 0] = 1.0
    q = np.clip(np.rint(coef / scale[:, None]), -32767, 32767).astype(np.int16)
    return q, scale.astype(np.float32)


def _write_npz(path: Path, arrays: dict[str, np.ndarray]) -> None:
    """Like ``np.savez_compressed`` but byte-reproducible: numpy stamps each member with
    the current time; we use a fixed one so the same model gives the same file."""
    import io
    import zipfile

    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for name in sorted(arrays):
            buf = io.BytesIO()
            np.lib.format.write_array(buf, np.ascontiguousarray(arrays[name]), allow_pickle=False)
            info = zipfile.ZipInfo(f"{name}.npy", date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zf.writestr(info, buf.getvalue(), compresslevel=9)


def save_model(clf: ServiceClassifier, directory: str | Path) -> list[Path]:
    """Write ``model.npz`` and ``model.json`` into ``directory``; return the paths."""
    clf._check_fitted()
    d = Path(directory)
    d.mkdir(parents=True, exist_ok=True)
    vec = clf.vectorizer_
    vocab_blob = _SEP.join(vec.feature_names()).encode("utf-8")
    q, scale = _quantise(clf.coef_)
    arrays: dict[str, np.ndarray] = {
        "vocab": np.frombuffer(vocab_blob, dtype=np.uint8),
        "idf": vec.idf_.astype(np.float32),
        "coef_q": q,
        "coef_scale": scale,
        "intercept": clf.intercept_.astype(np.float32),
    }
    if clf.embed_coef_ is not None and clf.embed_intercept_ is not None:
        arrays["embed_coef"] = clf.embed_coef_.astype(np.float32)
        arrays["embed_intercept"] = clf.embed_intercept_.astype(np.float32)
    npz = d / "model.npz"
    _write_npz(npz, arrays)
    params = clf.get_params()
    params["ngram_range"] = list(params["ngram_range"])
    meta = {
        "format": FORMAT,
        "version": clf.version_,
        "params": params,
        "classes": [str(c) for c in clf.classes_],
        "class_categories": [str(c) for c in clf.class_categories_],
        "category_ids": [str(c) for c in clf.category_ids_],
        "temperature": clf.temperature_,
        "embed_temperature": clf.embed_temperature_,
        "combine_weight": clf.combine_weight_,
        "clause_min_evidence": clf.clause_min_evidence_,
        "vectorizer": {
            "ngram_range": list(vec.ngram_range),
            "min_df": vec.min_df,
            "max_features": vec.max_features,
            "bigrams": vec.bigrams,
            "sublinear_tf": vec.sublinear_tf,
        },
        "training": getattr(clf, "training_info_", {}),
    }
    js = d / "model.json"
    js.write_text(json.dumps(meta, ensure_ascii=False, indent=1, sort_keys=True) + "\n", "utf-8")
    return [npz, js]


def load_model(directory: str | Path, engine: str = "fast") -> ServiceClassifier:
    """Read a model written by :func:`save_model`, set to ``engine``."""
    from azadkar.errors import DataError

    d = Path(directory)
    try:
        meta: dict[str, Any] = json.loads((d / "model.json").read_text("utf-8"))
        data = np.load(d / "model.npz", allow_pickle=False)
    except (OSError, ValueError) as exc:
        raise DataError(
            f"cannot read the classifier in {d}: {exc}. Rebuild it with "
            "`python scripts/build_model.py`.",
            path=str(d),
        ) from exc
    if meta.get("format") != FORMAT:
        raise DataError(f"{d / 'model.json'} has format {meta.get('format')!r}, want {FORMAT}")
    params = dict(meta["params"])
    params["ngram_range"] = tuple(params["ngram_range"])
    params["engine"] = engine
    clf = ServiceClassifier(**params)
    v = meta["vectorizer"]
    vec = WordNgramVectorizer(
        ngram_range=tuple(v["ngram_range"]),
        min_df=v["min_df"],
        max_features=v["max_features"],
        bigrams=v["bigrams"],
        sublinear_tf=v["sublinear_tf"],
    )
    vocab = bytes(data["vocab"]).decode("utf-8").split(_SEP)
    vec.set_state(vocab, data["idf"])
    clf.vectorizer_ = vec
    clf.classes_ = np.array(meta["classes"])
    clf.class_categories_ = np.array(meta["class_categories"])
    clf.category_ids_ = np.array(meta["category_ids"])
    clf._build_category_matrix()
    clf.coef_ = data["coef_q"].astype(np.float32) * data["coef_scale"][:, None]
    clf.intercept_ = data["intercept"]
    clf.temperature_ = float(meta["temperature"])
    clf.embed_coef_ = data["embed_coef"] if "embed_coef" in data.files else None
    clf.embed_intercept_ = data["embed_intercept"] if "embed_intercept" in data.files else None
    clf.embed_temperature_ = float(meta["embed_temperature"])
    clf.combine_weight_ = float(meta["combine_weight"])
    clf.clause_min_evidence_ = float(meta.get("clause_min_evidence", LEGACY_CLAUSE_MIN_EVIDENCE))
    clf.version_ = str(meta["version"])
    clf.n_features_in_ = len(vocab)
    clf.training_info_ = meta.get("training", {})
    if engine != "fast" and clf.embed_coef_ is None:
        from azadkar.errors import EngineError

        raise EngineError(f"the model in {d} has no embedding head", engine=engine)
    return clf


__all__ = ["FORMAT", "load_model", "save_model"]
