"""Near-duplicate clusters of queued items (spam waves), with datasketch's MinHash.

A text is folded (lower case, no diacritics, ``đ`` -> ``d``, digits -> ``0``, links -> one
token), cut into word pairs (character trigrams for texts of one or two words) and summarised
by a MinHash of ``NUM_PERM`` permutations, cut into ``BANDS`` bands of ``ROWS`` rows
(locality-sensitive hashing): two texts whose shingle sets have Jaccard similarity J share
at least one band with probability 1 - (1 - J^ROWS)^BANDS, about 0.98 at J = 0.8 and 0.03 at
J = 0.3. Items sharing a band join the same cluster (the cluster of the first of them).

Clustering runs after ingest, not in the moderation hot path: ``assign_clusters`` takes the
items that entered the queue since it last ran (the console calls it before showing the
queue; ``bench/bench_queue.py`` times it over 100,000 items).
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

from datasketch import MinHash

from vimod.store import clusters
from vimod.store.db import Session

NUM_PERM = 50
BANDS = 10
ROWS = NUM_PERM // BANDS
SEED = 12

# Permutations are drawn once (drawing them is most of a MinHash's construction cost).
_TEMPLATE = MinHash(num_perm=NUM_PERM, seed=SEED)

_LINK = re.compile(r"(https?://|www\.)\S+", re.IGNORECASE)
_DIGITS = re.compile(r"\d+")
_NON_WORD = re.compile(r"[^\w]+")


def fold(text: str) -> str:
    text = _LINK.sub(" lienket ", text.lower()).replace("đ", "d")
    text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return _NON_WORD.sub(" ", _DIGITS.sub("0", text)).strip()


def shingles(text: str) -> set[str]:
    words = fold(text).split()
    if len(words) >= 3:
        return {f"{a} {b}" for a, b in zip(words, words[1:], strict=False)}
    joined = " ".join(words)
    return {joined[i:i + 3] for i in range(max(1, len(joined) - 2))}


def bands_of(text: str) -> list[str]:
    """The LSH band keys of a text (``BANDS`` short hex strings)."""
    sketch = MinHash(num_perm=NUM_PERM, seed=SEED, permutations=_TEMPLATE.permutations,
                     scheme=_TEMPLATE.scheme)
    sketch.update_batch([s.encode("utf-8") for s in sorted(shingles(text))])
    values = sketch.hashvalues
    out = []
    for b in range(BANDS):
        rows = values[b * ROWS:(b + 1) * ROWS].tobytes()
        out.append(f"{b}:{hashlib.blake2b(rows, digest_size=8).hexdigest()}")
    return out


def assign_clusters(session: Session, *, limit: int = 2000) -> int:
    """Give a cluster to up to ``limit`` queued items that have none; returns how many.
    Derived data only (no decision, no audit row): safe to run any time, by any worker.

    Set-based: a handful of statements per batch, whatever its size (bands of the whole
    batch looked up at once; items of the batch that share a band join the first of them).
    """
    todo = clusters.unclustered(session, limit)
    if not todo:
        return 0
    ids = [item_id for item_id, _ in todo]
    known = clusters.known_clusters(session, ids)
    bands = {item_id: bands_of(text) for item_id, text in todo if item_id not in known}
    seen = clusters.clusters_of_bands(session, sorted({b for bs in bands.values() for b in bs}))
    has = clusters.items_with_bands(session, list(bands))
    pairs: list[tuple[int, int]] = []
    new_bands: list[tuple[int, str]] = []
    for item_id in ids:
        cluster = known.get(item_id)
        if cluster is None:
            mine = bands[item_id]
            found = [seen[b] for b in mine if b in seen]
            cluster = min(found) if found else item_id
            for b in mine:
                seen.setdefault(b, cluster)
            if item_id not in has:
                new_bands += [(item_id, b) for b in mine]
        pairs.append((item_id, cluster))
    clusters.add_bands_many(session, new_bands)
    clusters.set_clusters(session, pairs)
    return len(todo)


__all__ = ["BANDS", "NUM_PERM", "ROWS", "assign_clusters", "bands_of", "fold", "shingles"]
