"""Readers for the corpora that only the detector uses (beyond ``vimod.corpora``): SafeSense,
UIT-ViCTSD, VietNews and the team-written JSONL sets. Plain rows out; no text is copied.
"""

from __future__ import annotations

import csv
import gzip
import hashlib
import json
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from vimod.errors import InvalidInput
from vimod.vocab import CATEGORIES, LABELS, TARGETS

REPO = Path(__file__).resolve().parents[3]
CONTRASTIVE = REPO / "datasets" / "contrastive" / "train.jsonl"
FUNCTIONAL = REPO / "datasets" / "functional" / "test.jsonl"


@dataclass(frozen=True)
class Row:
    text: str
    label: int = -1  # LABELS index, -1 unknown
    categories: frozenset[str] = frozenset()
    targets: tuple[str, ...] = ()
    group: str = ""
    extra: dict = field(default_factory=dict)


def _csv(path: Path) -> list[dict[str, str]]:
    if not path.is_file():
        raise InvalidInput(f"missing corpus file {path}")
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def safesense_comment(text: str) -> str:
    """SafeSense rows are ``post title </s> comment``: the comment is what is judged (and what
    a moderation API receives); the title is context we do not get at inference."""
    return text.split("</s>", 1)[1].strip() if "</s>" in text else text.strip()


def read_safesense(split: str, data_dir: Path) -> list[Row]:
    """SafeSense (silver): 0 CLEAN, 1 OFFENSIVE (personal insults), 2 HATE (identity-based)."""
    return [Row(safesense_comment(r["input_text"] or ""), int(r["label"]))
            for r in _csv(data_dir / "safesense" / f"{split}.csv")]


def read_victsd(split: str, data_dir: Path) -> list[Row]:
    """UIT-ViCTSD news comments; ``label`` is Toxicity (0/1), not a LABELS index."""
    name = "valid" if split == "dev" else split
    return [Row(r["Comment"] or "", int(r["Toxicity"]))
            for r in _csv(data_dir / "victsd" / f"{name}.csv")]


_DETOK = [(re.compile(r" ([,.;:!?%)\]}…])"), r"\1"), (re.compile(r"([(\[{]) "), r"\1"),
          (re.compile(r" ?\" ?"), '"')]


def detokenize(s: str) -> str:
    """VietNews is tokenised upstream (punctuation space-separated): undo the common cases
    so the sentences read like typed text."""
    s = " ".join(s.split())
    for rx, rep in _DETOK[:2]:
        s = rx.sub(rep, s)
    return s


def read_vietnews(split: str, data_dir: Path, limit: int | None = None, every: int = 1,
                  min_words: int = 4, max_words: int = 60, offset: int = 0) -> list[str]:
    """Sentences (one per line, blank lines between articles) of 4-60 words, NFC,
    de-tokenised; every ``every``-th eligible sentence from ``offset``, at most ``limit``."""
    path = data_dir / "vietnews" / f"{split}.txt.gz"
    if not path.is_file():
        raise InvalidInput(f"missing corpus file {path}")
    out: list[str] = []
    k = 0
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            n = line.count(" ") + 1
            if not line.strip() or n < min_words or n > max_words:
                continue
            k += 1
            if (k - 1 - offset) % every:
                continue
            out.append(detokenize(unicodedata.normalize("NFC", line)))
            if limit is not None and len(out) >= limit:
                break
    return out


def read_team_jsonl(path: Path) -> list[Row]:
    """A team-written set (datasets/*/…jsonl, see docs/…/DATASHEET.md); [] if absent."""
    if not path.is_file():
        return []
    out = []
    with path.open(encoding="utf-8") as f:
        for n, line in enumerate(f, start=1):
            if not line.strip():
                continue
            try:
                o = json.loads(line)
            except json.JSONDecodeError:
                continue  # a half-written last line while the set is being written
            cats = frozenset(c for c in o.get("categories", []) if c in CATEGORIES)
            tg = tuple(t for t in TARGETS if t in o.get("targets", []))
            lab = o.get("label")
            out.append(Row(str(o.get("text", "")), LABELS.index(lab) if lab in LABELS else -1,
                           cats, tg, str(o.get("group", f"row{n}")),
                           {k: o.get(k) for k in ("id", "register", "topic", "benign",
                                                 "functionality")}))
    return out


def is_dev_group(group: str, share: float = 0.2) -> bool:
    """The contrastive set's tuning slice: a fixed hash of ``group`` (pairs stay together)."""
    h = int(hashlib.sha256(group.encode("utf-8")).hexdigest()[:8], 16)
    return h % 1000 < share * 1000
