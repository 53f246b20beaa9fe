"""Readers for the public corpora vimod trains and benchmarks on.

The corpora are never copied into the repository (their licences are research-only or
share-alike). They are read from a folder given explicitly, or from ``$VIMOD_DATA``, or
from ``../shared/data`` next to the working directory or the source checkout.
"""

from __future__ import annotations

import ast
import csv
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from vimod.errors import InvalidInput

CORPORA = ("vihsd", "vihos", "vispamreviews", "vilexnorm")
SPLITS = ("train", "dev", "test")


def find_data_dir(explicit: str | os.PathLike[str] | None = None) -> Path | None:
    """The folder holding ``vihsd/``, ``vihos/``... or None when none can be found."""
    candidates: list[Path] = []
    if explicit is not None:
        candidates.append(Path(explicit))
    if os.environ.get("VIMOD_DATA"):
        candidates.append(Path(os.environ["VIMOD_DATA"]))
    here = Path(__file__).resolve()
    for base in (Path.cwd(), *Path.cwd().parents[:3], *here.parents[:6]):
        candidates.append(base / "shared" / "data")
        candidates.append(base.parent / "shared" / "data")
    for c in candidates:
        if (c / "vihsd").is_dir() or (c / "vilexnorm").is_dir():
            return c
    return None


def corpus_path(corpus: str, split: str, data_dir: str | os.PathLike[str] | None = None) -> Path:
    if corpus not in CORPORA:
        raise InvalidInput(f"unknown corpus {corpus!r}; expected one of {', '.join(CORPORA)}")
    if split not in SPLITS:
        raise InvalidInput(f"unknown split {split!r}; expected one of {', '.join(SPLITS)}")
    root = find_data_dir(data_dir)
    if root is None:
        raise InvalidInput(
            "corpora not found: pass --data DIR or set VIMOD_DATA to the folder"
            " holding vihsd/, vihos/..."
        )
    path = root / corpus / f"{split}.csv"
    if not path.is_file():
        raise InvalidInput(f"missing corpus file {path}")
    return path


def _rows(path: Path) -> Iterator[dict[str, str]]:
    # newline="" because some rows hold quoted newlines.
    with path.open(encoding="utf-8", newline="") as f:
        yield from csv.DictReader(f)


@dataclass(frozen=True)
class LabelledText:
    text: str
    label: int


@dataclass(frozen=True)
class SpanText:
    text: str
    char_indices: tuple[int, ...]  # offsets of characters inside abusive spans


@dataclass(frozen=True)
class SpamText:
    text: str
    label: int  # 0 not spam, 1 spam
    spam_type: int  # 0 none, 1-3 spam type
    rating: int


@dataclass(frozen=True)
class NormPair:
    original: str
    normalized: str


def read_vihsd(split: str, data_dir: str | os.PathLike[str] | None = None) -> list[LabelledText]:
    """ViHSD: 0 CLEAN, 1 OFFENSIVE, 2 HATE."""
    return [
        LabelledText(r["free_text"] or "", int(r["label_id"]))
        for r in _rows(corpus_path("vihsd", split, data_dir))
    ]


def read_vihos(split: str, data_dir: str | os.PathLike[str] | None = None) -> list[SpanText]:
    out = []
    for r in _rows(corpus_path("vihos", split, data_dir)):
        spans = ast.literal_eval(r["index_spans"] or "[]")  # a Python list literal, never eval
        out.append(SpanText(r["content"] or "", tuple(int(i) for i in spans)))
    return out


def read_vispam(split: str, data_dir: str | os.PathLike[str] | None = None) -> list[SpamText]:
    return [
        SpamText(r["Comment"] or "", int(r["Label"]), int(r["SpamLabel"]), int(r["Rating"]))
        for r in _rows(corpus_path("vispamreviews", split, data_dir))
    ]


def read_vilexnorm(split: str, data_dir: str | os.PathLike[str] | None = None) -> list[NormPair]:
    return [
        NormPair(r["original"] or "", r["normalized"] or "")
        for r in _rows(corpus_path("vilexnorm", split, data_dir))
    ]
