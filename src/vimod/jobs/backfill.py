"""``vimod backfill``: re-score and re-decide stored items with the current model and policy.

The items a backfill covers are split into chunks of consecutive item ids; each chunk is
read, scored (one ``predict`` call per chunk, as the live path scores a batch), decided,
and — with ``apply`` — its new decisions are appended through ``vimod.acts.backfill`` in
one transaction **together with the chunk's checkpoint row**, so a run that is killed and
started again under the same name redoes no chunk and skips none. A dry run writes nothing.

Chunks are independent, so they run on every local core (``ProcessPoolExecutor``) or as a
Ray Data job (``vimod.jobs.ray_jobs``); the report of a run is the sum of its chunks'
reports, and the decisions do not depend on how the work was split.
"""

from __future__ import annotations

import multiprocessing
import os
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass, field
from typing import Any

from vimod.acts.moderation import score_items
from vimod.policy import Policy
from vimod.store import backfill as store
from vimod.store import shared
from vimod.store.backfill import Filters, Redecision, StoredItem
from vimod.store.db import (
    SessionFactory,
    make_engine,
    make_sessionmaker,
    read_transaction,
    transaction,
)
from vimod.vocab import ACTIONS, CLI_ACTOR

#: Item ids per chunk: one read, one predict() call and (with apply) one transaction.
DEFAULT_CHUNK = 2000


# --------------------------------------------------------------------------- report


@dataclass
class BackfillReport:
    """What a backfill changed (apply) or would change (dry run). Mergeable: the report of
    a run is the sum of its chunks'. Counts are of items; "changed" means the action."""

    policy_version: str = ""
    model_version: str = ""
    total: int = 0
    changed: int = 0
    stricter: int = 0
    looser: int = 0
    human_decided: int = 0
    applied: int = 0
    chunks: int = 0
    transitions: Counter[tuple[str, str]] = field(default_factory=Counter)
    by_rule: Counter[tuple[str, str, str]] = field(default_factory=Counter)
    by_category: Counter[tuple[str, str, str]] = field(default_factory=Counter)
    actions_after: Counter[str] = field(default_factory=Counter)

    _COUNTS = ("total", "changed", "stricter", "looser", "human_decided", "applied", "chunks")
    _TABLES = ("transitions", "by_rule", "by_category", "actions_after")

    def merge(self, other: BackfillReport) -> BackfillReport:
        for name in self._COUNTS:
            setattr(self, name, getattr(self, name) + getattr(other, name))
        for name in self._TABLES:
            getattr(self, name).update(getattr(other, name))
        self.policy_version = self.policy_version or other.policy_version
        self.model_version = self.model_version or other.model_version
        return self

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready; ``from_dict`` round-trips (checkpoints keep chunk reports this way)."""
        out: dict[str, Any] = {"policy_version": self.policy_version,
                               "model_version": self.model_version}
        out.update({name: getattr(self, name) for name in self._COUNTS})
        for name in self._TABLES:
            table = getattr(self, name)
            out[name] = [[*(k if isinstance(k, tuple) else (k,)), n]
                         for k, n in sorted(table.items())]
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> BackfillReport:
        r = cls(policy_version=data.get("policy_version", ""),
                model_version=data.get("model_version", ""))
        for name in cls._COUNTS:
            setattr(r, name, int(data.get(name, 0)))
        for name in cls._TABLES:
            table: Counter[Any] = getattr(r, name)
            for *key, n in data.get(name, []):
                table[tuple(key) if len(key) > 1 else key[0]] += n
        return r

    def format_text(self) -> str:
        lines = [f"policy {self.policy_version}, model {self.model_version}: "
                 f"{self.total} items, {self.changed} would change action "
                 f"({self.stricter} stricter, {self.looser} looser), "
                 f"{self.human_decided} decided by a person (left alone)"
                 + (f"; {self.applied} new decisions appended" if self.applied else "")]
        if self.transitions:
            lines.append("by action:")
            lines += [f"  {a} -> {b}: {n}" for (a, b), n in self.transitions.most_common()]
        if self.by_rule:
            lines.append("by rule (new rule: from -> to):")
            lines += [f"  {rule}: {a} -> {b}: {n}"
                      for (rule, a, b), n in self.by_rule.most_common()]
        if self.by_category:
            lines.append("by category (new category: from -> to):")
            lines += [f"  {cat}: {a} -> {b}: {n}"
                      for (cat, a, b), n in self.by_category.most_common()]
        return "\n".join(lines)


# --------------------------------------------------------------------------- one chunk


@dataclass(frozen=True)
class Chunk:
    """Items with ``lo <= id < hi`` (and the run's filters)."""

    lo: int
    hi: int

    def checkpoint_name(self, run: str) -> str:
        return f"{run}:{self.lo}-{self.hi}"


def plan_chunks(factory: SessionFactory, filters: Filters,
                chunk_size: int = DEFAULT_CHUNK) -> list[Chunk]:
    with read_transaction(factory) as s:
        bounds = store.id_bounds(s, filters)
    if bounds is None:
        return []
    lo, hi, _n = bounds
    # Boundaries depend only on the first id and the size, so a resumed run (even with new
    # items since) names the chunks it already did the same way.
    return [Chunk(a, a + chunk_size) for a in range(lo, hi + 1, chunk_size)]


def _as_dict(detection: Any) -> dict[str, Any]:
    return detection.to_dict() if hasattr(detection, "to_dict") else dict(detection)


def score(detector: Any, items: Sequence[StoredItem]) -> list[dict[str, Any]]:
    """Detections for ``items``, called exactly as the live path calls the detector
    (``vimod.acts.moderation.moderate``: the texts of a batch, in one ``predict``)."""
    if not items:
        return []
    return [_as_dict(d) for d in score_items(detector, items)]


def decide_chunk(items: Sequence[StoredItem], detections: Sequence[dict[str, Any]],
                 policy: Policy) -> tuple[BackfillReport, list[Redecision]]:
    """The report of a chunk and the re-decisions it would append (pure)."""
    report = BackfillReport(policy_version=policy.version)
    changes: list[Redecision] = []
    for item, det in zip(items, detections, strict=True):
        report.total += 1
        report.model_version = report.model_version or str(det.get("model", ""))
        if not item.automated:
            report.human_decided += 1
            continue
        new = policy.decide(item, det)
        report.actions_after[new.action] += 1
        if new.action == item.action:
            continue
        report.changed += 1
        if ACTIONS.index(new.action) > ACTIONS.index(item.action):
            report.stricter += 1
        else:
            report.looser += 1
        report.transitions[(item.action, new.action)] += 1
        report.by_rule[(new.rule, item.action, new.action)] += 1
        report.by_category[(new.category, item.action, new.action)] += 1
        changes.append(Redecision(item=item, detection=det, decision=new))
    return report, changes


def run_chunk(factory: SessionFactory, detector: Any, policy: Policy, chunk: Chunk,
              filters: Filters, *, apply: bool, run: str,
              actor: str = CLI_ACTOR) -> BackfillReport:
    """Read, score, decide (and with ``apply`` append + checkpoint) one chunk. A chunk
    already checkpointed under ``run`` is not redone: its stored report is returned."""
    name = chunk.checkpoint_name(run)
    if apply:
        with read_transaction(factory) as s:
            done = shared.load_checkpoint(s, name)
        if done is not None:
            return BackfillReport.from_dict(done[1])
    with read_transaction(factory) as s:
        items = store.items_in_range(s, chunk.lo, chunk.hi, filters)
    report, changes = decide_chunk(items, score(detector, items), policy)
    report.chunks = 1
    if apply:
        from vimod.acts.backfill import redecide

        with transaction(factory) as s:
            twin = shared.load_checkpoint(s, name)
            if twin is not None:  # another process of the same run got here first
                return BackfillReport.from_dict(twin[1])
            report.applied = len(redecide(s, changes, actor=actor))
            shared.save_checkpoint(s, name, chunk.hi, report.to_dict())
    return report


# --------------------------------------------------------------------------- a whole run


def load_detector(model: str | None = None) -> Any:
    """The current model: ``model`` (a directory), else ``$VIMOD_DETECTOR_FACTORY``
    (``module:callable``, tests), else ``$VIMOD_MODEL``, else the shipped one."""
    factory = os.environ.get("VIMOD_DETECTOR_FACTORY")
    if model is None and factory:
        import importlib

        module, _, name = factory.partition(":")
        return getattr(importlib.import_module(module), name)()
    from vimod.detect import Detector

    return Detector.load(model or os.environ.get("VIMOD_MODEL") or None)


def current_policy(factory: SessionFactory, policy_path: str | None = None) -> Policy:
    """``policy_path`` if given; else the active policy (the newest activation, what every
    worker serves); else the shipped default. Records nothing."""
    if policy_path:
        return Policy.load(policy_path)
    from vimod.store.policies import active_policy_version

    with read_transaction(factory) as s:
        row = active_policy_version(s)
        stored = (row.version, row.text) if row is not None else None
    if stored is None:
        return Policy.load()
    return Policy.from_toml(stored[1], source=f"policy_versions:{stored[0]}")


_worker: dict[str, Any] = {}


def _init_worker(db_url: str, model: str | None, policy_text: str) -> None:
    engine = make_engine(db_url)
    _worker["factory"] = make_sessionmaker(engine)
    _worker["detector"] = load_detector(model)
    _worker["policy"] = Policy.from_toml(policy_text, source="backfill")


def _worker_chunk(chunk: Chunk, filters: Filters, apply: bool, run: str,
                  actor: str) -> dict[str, Any]:
    return run_chunk(_worker["factory"], _worker["detector"], _worker["policy"], chunk,
                     filters, apply=apply, run=run, actor=actor).to_dict()


def backfill(db_url: str, *, filters: Filters = Filters(), apply: bool = False,
             run: str = "backfill", model: str | None = None, policy_path: str | None = None,
             workers: int | None = None, chunk_size: int = DEFAULT_CHUNK,
             actor: str = CLI_ACTOR,
             progress: Callable[[Iterable[Any], int], Iterable[Any]] | None = None,
             ) -> BackfillReport:
    """A whole run on this machine: chunks on ``workers`` processes (default: every core;
    1 runs in this process)."""
    engine = make_engine(db_url)
    try:
        return _backfill(make_sessionmaker(engine), db_url, filters=filters, apply=apply,
                         run=run, model=model, policy_path=policy_path, workers=workers,
                         chunk_size=chunk_size, actor=actor, progress=progress)
    finally:
        engine.dispose()


def _backfill(factory: SessionFactory, db_url: str, *, filters: Filters, apply: bool,
              run: str, model: str | None, policy_path: str | None, workers: int | None,
              chunk_size: int, actor: str,
              progress: Callable[[Iterable[Any], int], Iterable[Any]] | None,
              ) -> BackfillReport:
    policy = current_policy(factory, policy_path)
    chunks = plan_chunks(factory, filters, chunk_size)
    total = BackfillReport(policy_version=policy.version)
    workers = workers or os.cpu_count() or 1
    if workers <= 1 or len(chunks) <= 1:
        detector = load_detector(model)
        it: Iterable[Chunk] = progress(chunks, len(chunks)) if progress else chunks
        for chunk in it:
            total.merge(run_chunk(factory, detector, policy, chunk, filters, apply=apply,
                                  run=run, actor=actor))
        return total
    # spawn, not fork: a forked child would share the parent's database sockets.
    with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn"),
                             initializer=_init_worker,
                             initargs=(db_url, model, policy.text)) as pool:
        futures = [pool.submit(_worker_chunk, c, filters, apply, run, actor) for c in chunks]
        done: Iterable[Any] = as_completed(futures)
        if progress:
            done = progress(done, len(futures))
        for f in done:
            total.merge(BackfillReport.from_dict(f.result()))
    return total
