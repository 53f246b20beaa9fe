"""Clusters of near-duplicate items in the review queue (spam waves): SQL only.

An item's MinHash signature is cut into bands (``item_bands``); items that share a band are
near-duplicates, and every pending task of an item carries the id of its cluster
(``review_tasks.cluster_id``: the first item of the cluster). What a band is, and when
items are clustered, is ``vimod.acts.clusters``.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from sqlalchemy import bindparam, func, insert, select, update
from sqlalchemy.orm import Session

from vimod.store.models import Item, ItemBand, ReviewTask, table_of
from vimod.store.tasks import pending

_CHUNK = 5000  # bound parameters per statement (SQLite allows 32,766)


def _chunks(values: list[Any]) -> Iterator[list[Any]]:
    for i in range(0, len(values), _CHUNK):
        yield values[i:i + _CHUNK]


def unclustered(session: Session, limit: int) -> list[tuple[int, str]]:
    """(item id, text) of items with pending tasks not yet given a cluster, oldest first."""
    item_ids = (
        select(ReviewTask.item_id)
        .where(pending(), ReviewTask.source != "appeal", ReviewTask.cluster_id.is_(None))
        .order_by(ReviewTask.id).limit(limit)
    )
    ids = list(dict.fromkeys(session.scalars(item_ids)))
    if not ids:
        return []
    texts: dict[int, str] = {}
    for chunk in _chunks(ids):
        texts.update(session.execute(select(Item.id, Item.text).where(Item.id.in_(chunk))).all())
    return [(i, texts[i]) for i in ids if i in texts]


def known_cluster(session: Session, item_id: int) -> int | None:
    """The cluster an item was already given (by an earlier task of it)."""
    return session.scalar(
        select(func.min(ReviewTask.cluster_id)).where(ReviewTask.item_id == item_id)
    )


def has_bands(session: Session, item_id: int) -> bool:
    found = session.scalar(select(ItemBand.id).where(ItemBand.item_id == item_id).limit(1))
    return found is not None


def any_unclustered(session: Session) -> bool:
    """Whether some queued item still waits for its cluster (an index probe)."""
    return session.scalar(
        select(ReviewTask.id)
        .where(pending(), ReviewTask.cluster_id.is_(None), ReviewTask.source != "appeal")
        .limit(1)
    ) is not None


def cluster_sharing(session: Session, bands: list[str], item_id: int) -> int | None:
    """The (lowest) cluster of another item sharing one of ``bands``."""
    others = select(ItemBand.item_id).where(ItemBand.band.in_(bands), ItemBand.item_id != item_id)
    return session.scalar(
        select(func.min(ReviewTask.cluster_id))
        .where(ReviewTask.item_id.in_(others), ReviewTask.cluster_id.is_not(None))
    )


def add_bands(session: Session, item_id: int, bands: list[str]) -> None:
    session.add_all(ItemBand(item_id=item_id, band=b) for b in bands)
    session.flush()


def set_cluster(session: Session, item_id: int, cluster_id: int) -> None:
    """Put the item's unclustered tasks in ``cluster_id``."""
    session.execute(
        update(ReviewTask)
        .where(ReviewTask.item_id == item_id, ReviewTask.cluster_id.is_(None))
        .values(cluster_id=cluster_id)
        .execution_options(synchronize_session=False)
    )


def known_clusters(session: Session, item_ids: list[int]) -> dict[int, int]:
    """The cluster each of these items was already given (by an earlier task of it)."""
    out: dict[int, int] = {}
    for chunk in _chunks(item_ids):
        for item_id, cluster in session.execute(
            select(ReviewTask.item_id, func.min(ReviewTask.cluster_id))
            .where(ReviewTask.item_id.in_(chunk), ReviewTask.cluster_id.is_not(None))
            .group_by(ReviewTask.item_id)
        ):
            if cluster is not None:
                out[item_id] = cluster
    return out


def clusters_of_bands(session: Session, bands: list[str]) -> dict[str, int]:
    """For each band already seen, the lowest cluster of an item carrying it."""
    out: dict[str, int] = {}
    for chunk in _chunks(bands):
        for band, cluster in session.execute(
            select(ItemBand.band, func.min(ReviewTask.cluster_id))
            .join(ReviewTask, ReviewTask.item_id == ItemBand.item_id)
            .where(ItemBand.band.in_(chunk), ReviewTask.cluster_id.is_not(None))
            .group_by(ItemBand.band)
        ):
            if cluster is not None:
                out[band] = cluster
    return out


def items_with_bands(session: Session, item_ids: list[int]) -> set[int]:
    out: set[int] = set()
    for chunk in _chunks(item_ids):
        out |= set(session.scalars(select(ItemBand.item_id).distinct()
                                   .where(ItemBand.item_id.in_(chunk))))
    return out


def add_bands_many(session: Session, rows: list[tuple[int, str]]) -> None:
    """Insert (item id, band) rows in one executemany."""
    if rows:
        session.execute(insert(ItemBand), [{"item_id": i, "band": b} for i, b in rows])


def set_clusters(session: Session, pairs: list[tuple[int, int]]) -> None:
    """Put each item's unclustered tasks in its cluster: (item id, cluster id) pairs."""
    if pairs:
        tasks = table_of(ReviewTask)  # Core executemany (the ORM's needs primary keys)
        session.execute(
            update(tasks)
            .where(tasks.c.item_id == bindparam("i"), tasks.c.cluster_id.is_(None))
            .values(cluster_id=bindparam("c")),
            [{"i": i, "c": c} for i, c in pairs],
        )


def pending_items_of(session: Session, cluster_ids: list[int]) -> dict[int, list[int]]:
    """Pending item ids of each cluster (appeals aside), by cluster id."""
    out: dict[int, list[int]] = {}
    if not cluster_ids:
        return out
    for cluster_id, item_id in session.execute(
        select(ReviewTask.cluster_id, ReviewTask.item_id).distinct()
        .where(ReviewTask.cluster_id.in_(cluster_ids), pending(), ReviewTask.source != "appeal")
        .order_by(ReviewTask.item_id)
    ):
        if cluster_id is not None:
            out.setdefault(cluster_id, []).append(item_id)
    return out


__all__ = ["add_bands", "add_bands_many", "any_unclustered", "cluster_sharing",
           "clusters_of_bands", "has_bands", "items_with_bands", "known_cluster",
           "known_clusters", "pending_items_of", "set_cluster", "set_clusters", "unclustered"]
