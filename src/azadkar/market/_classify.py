"""Classify stored postings with azadkar's own classifier, in batches, with a progress bar.

Predictions go to the ``predictions`` table with the model version, beside the
platform's own labels (``postings.platform_category``/``platform_subcategory``) and the
mapped id (``postings.mapped_category``); nothing is overwritten. Without the shipped
model this raises :class:`EngineError`: a posting is never given a made-up category.
"""

from __future__ import annotations

import time
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from azadkar.errors import AzadkarError, EngineError, InputError
from azadkar.market._types import CATEGORY_IDS, ClassifyResult

if TYPE_CHECKING:
    from collections.abc import Sequence

    from azadkar.market._store import Store

# The classifier reads the title, the skills and the head of the description: the head
# carries the task; long bodies add boilerplate and cost time at millions of rows.
DESCRIPTION_CHARS = 600


class Classifier(Protocol):
    """What classify_postings needs from ``azadkar.text.load_classifier("fast")``."""

    classes_: Any
    version_: str

    def predict(self, texts: Sequence[str]) -> Any: ...

    def predict_proba(self, texts: Sequence[str]) -> Any: ...

    def predict_services(self, texts: Sequence[str]) -> list[list[tuple[str, float]]]: ...


# The most postings one classifier call takes (`market classify --batch-size`): a batch is
# held in memory as text and as the model's features.
MAX_BATCH_SIZE = 1_000_000


def model_available() -> bool:
    d = Path(str(resources.files("azadkar.data").joinpath("model")))
    return d.is_dir() and any(d.iterdir())


def load_fast_classifier() -> Classifier:
    """The shipped fast classifier, or EngineError saying why it cannot be used."""
    if not model_available():
        raise EngineError(
            "the classifier model is not installed (src/azadkar/data/model is missing); "
            "build it with `python scripts/build_model.py`. Postings keep their platform "
            "categories until then.",
            message_fa="مدل دسته‌بند نصب نیست (src/azadkar/data/model نیست)؛ آن را با "
            "`python scripts/build_model.py` بسازید. تا آن زمان آگهی‌ها دسته‌های سکوی خود "
            "را نگه می‌دارند.",
            engine="fast",
        )
    try:
        from azadkar.text import load_classifier

        clf: Classifier = load_classifier("fast")
    except ImportError as exc:
        raise EngineError(
            f"azadkar.text is not available: {exc}",
            message_fa=f"azadkar.text در دسترس نیست: {exc}",
            engine="fast",
        ) from exc
    except AzadkarError as exc:
        raise EngineError(
            f"the classifier cannot be loaded: {exc.message}",
            message_fa=f"دسته‌بند بارگذاری نشد: {exc.text('fa')}",
            engine="fast",
        ) from exc
    return clf


def _predict(
    clf: Any, texts: list[str]
) -> tuple[list[str], list[float], list[str | None], list[float | None]]:
    """(category, its probability, top service, its probability) per text.

    The shipped ServiceClassifier scores services and folds them into categories
    (``categorize``); one ``predict_proba`` call then gives both, which matters at
    millions of rows. Any other object with the plain API (``predict`` returning category
    ids, ``predict_proba`` over ``classes_``, ``predict_services``) works too.
    """
    proba = clf.predict_proba(texts)
    if hasattr(clf, "categorize") and hasattr(clf, "services_from_proba"):
        cat_arr, conf = clf.categorize(proba)
        cats = [str(c) for c in cat_arr]
        probs = [float(c) for c in conf]
        services = clf.services_from_proba(proba, top=1)
    else:
        cats = [str(c) for c in clf.predict(texts)]
        classes = [str(c) for c in clf.classes_]
        probs = [float(proba[i][classes.index(c)]) for i, c in enumerate(cats)]
        services = clf.predict_services(texts)
    svc = [s[0][0] if s else None for s in services]
    svc_p = [float(s[0][1]) if s else None for s in services]
    return cats, probs, svc, svc_p


def classify_postings(
    store: Store,
    classifier: Classifier | None = None,
    *,
    batch_size: int = 5000,
    progress: bool = True,
    reclassify: bool = False,
    limit: int | None = None,
) -> ClassifyResult:
    """Predict our category (and top service) for every posting not yet classified.

    Postings already classified by the same model version are skipped unless
    ``reclassify``. ``limit`` stops after that many postings (a sample, for timing).
    All batches are written in one transaction.
    """
    import pyarrow as pa

    if not 1 <= batch_size <= MAX_BATCH_SIZE:
        raise InputError(
            f"batch_size must be 1 or more, not {batch_size}"
            if batch_size < 1
            else f"batch_size must be at most {MAX_BATCH_SIZE:,}, not {batch_size}",
            message_fa=f"batch_size باید از ۱ تا {MAX_BATCH_SIZE:,} باشد، نه {batch_size}",
        )
    clf = classifier if classifier is not None else load_fast_classifier()
    version = str(getattr(clf, "version_", "unknown"))
    con = store.con
    t0 = time.perf_counter()
    todo_sql = (
        "FROM postings p WHERE $v IS NOT NULL"
        if reclassify
        else "FROM postings p WHERE NOT EXISTS (SELECT 1 FROM predictions q "
        "WHERE q.posting_id = p.posting_id AND q.model_version = $v)"
    )
    total = int(con.execute(f"SELECT count(*) {todo_sql}", {"v": version}).fetchall()[0][0])
    skipped = store.count("postings") - total
    if limit is not None:
        total = min(total, limit)
    bar = None
    if progress:
        from tqdm import tqdm

        bar = tqdm(total=total, unit="posting", desc=f"classify ({version})")
    done = 0
    # A second connection streams the postings to classify (Arrow batches) while this one
    # writes; the reader sees the store as it was before this call, which is what we want.
    reader = con.cursor()
    batches = reader.sql(
        f"SELECT posting_id, concat_ws(' ', title, skills, left(description, {DESCRIPTION_CHARS}))"
        f" AS text {todo_sql} ORDER BY posting_id LIMIT {int(total)}",
        params={"v": version},
    ).to_arrow_reader(batch_size)
    con.execute("BEGIN TRANSACTION")
    try:
        if reclassify:
            con.execute("DELETE FROM predictions WHERE model_version = ?", [version])
        for batch in batches:
            ids = batch.column(0).to_pylist()
            texts = [t or "" for t in batch.column(1).to_pylist()]
            if not ids:
                continue
            cats, probs, svc, svc_p = _predict(clf, texts)
            bad = sorted(set(cats) - set(CATEGORY_IDS))
            if bad:
                raise EngineError(f"classifier {version} returned unknown categories {bad}")
            con.register(
                "az_pred_batch",
                pa.table(
                    {
                        "posting_id": pa.array(ids, pa.int64()),
                        "category": cats,
                        "prob": probs,
                        "service": pa.array(svc, pa.string()),
                        "service_prob": pa.array(svc_p, pa.float64()),
                    }
                ),
            )
            con.execute(
                "INSERT INTO predictions SELECT posting_id, $v, category, prob, service, "
                "service_prob, now()::TIMESTAMP FROM az_pred_batch",
                {"v": version},
            )
            con.unregister("az_pred_batch")
            done += len(ids)
            if bar is not None:
                bar.update(len(ids))
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    finally:
        reader.close()
        if bar is not None:
            bar.close()
    return ClassifyResult(version, done, skipped, time.perf_counter() - t0)
