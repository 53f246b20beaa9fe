"""Clusters of near-duplicate items in the review queue (spam waves): SQL only.

An item's MinHash signature is cut into bands (``item_bands``); items that share a band are
near-duplicates, and every pending task of an item carries the id of its cluster
(``review_tasks.cluster_id``: the first item of the cluster). What a band is, and when
items are clustered, is ``vimod.acts.clusters``.
"""

from __future__ import annotations

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from vimod.store.models import Item, ItemBand, ReviewTask
from vimod.store.tasks import pending


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
    texts = dict(session.execute(select(Item.id, Item.text).where(Item.id.in_(ids))).all())
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


__all__ = ["add_bands", "any_unclustered", "cluster_sharing", "has_bands", "known_cluster",
           "pending_items_of", "set_cluster", "unclustered"]
