"""Canned reasons of the review console: a validated TOML list (``reasons.toml`` next to this
module, or ``$VIMOD_REASONS``), each with a code, a category of vimod's taxonomy, the final
action it implies and its wording in both languages.

A moderator picks one with a keystroke; free text is optional and appended. The category is
recorded on the human decision (so transparency reports count human removals by category).
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from vimod.errors import InvalidInput, PolicyError
from vimod.vocab import CATEGORIES, FINAL_ACTIONS

REASONS_FILE = Path(__file__).with_name("reasons.toml")
#: A canned reason that says "no violation" has this category.
NO_CATEGORY = "none"


@dataclass(frozen=True)
class CannedReason:
    code: str
    category: str
    action: str
    vi: str
    en: str

    def text(self, lang: str) -> str:
        return self.vi if lang == "vi" else self.en


def parse_reasons(text: str, source: str = "reasons") -> tuple[CannedReason, ...]:
    """Parse and validate a reasons file: unique codes, known categories and actions, both
    languages present. ``PolicyError`` names what is wrong."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise PolicyError(f"{source}: {exc}") from exc
    unknown = set(data) - {"reason"}
    if unknown:
        raise PolicyError(f"{source}: unknown keys {sorted(unknown)}")
    out: list[CannedReason] = []
    seen: set[str] = set()
    for i, row in enumerate(data.get("reason", [])):
        where = f"{source}: reason {i + 1}"
        if not isinstance(row, dict) or set(row) != {"code", "category", "action", "vi", "en"}:
            raise PolicyError(f"{where} needs exactly code, category, action, vi, en")
        if not all(isinstance(v, str) and v.strip() for v in row.values()):
            raise PolicyError(f"{where}: every field must be a non-empty string")
        if row["code"] in seen:
            raise PolicyError(f"{where}: code {row['code']!r} is used twice")
        if row["category"] not in (*CATEGORIES, NO_CATEGORY):
            raise PolicyError(f"{where}: unknown category {row['category']!r}")
        if row["action"] not in FINAL_ACTIONS:
            raise PolicyError(f"{where}: action must be one of {', '.join(FINAL_ACTIONS)}")
        if (row["action"] == "allow") != (row["category"] == NO_CATEGORY):
            raise PolicyError(f"{where}: 'allow' goes with category 'none', and only it")
        seen.add(row["code"])
        out.append(CannedReason(**{k: row[k].strip() for k in row}))
    if not out:
        raise PolicyError(f"{source}: no reasons")
    return tuple(out)


@lru_cache(maxsize=4)
def _load(path: str) -> tuple[CannedReason, ...]:
    return parse_reasons(Path(path).read_text(encoding="utf-8"), source=path)


def canned_reasons() -> tuple[CannedReason, ...]:
    """The console's canned reasons (cached per file)."""
    return _load(os.environ.get("VIMOD_REASONS") or str(REASONS_FILE))


def get_reason(code: str) -> CannedReason:
    for reason in canned_reasons():
        if reason.code == code:
            return reason
    raise InvalidInput(f"unknown canned reason {code!r}")


def ordered_for(categories: dict[str, float]) -> list[CannedReason]:
    """The reasons, those of the item's likeliest categories first (so key 1 is usually the
    right one), then the rest in file order; "no violation" reasons last."""
    reasons = list(canned_reasons())

    def rank(r: CannedReason) -> tuple[int, float, int]:
        if r.category == NO_CATEGORY:
            return (2, 0.0, reasons.index(r))
        score = float(categories.get(r.category, 0.0) or 0.0)
        return (0 if score >= 0.3 else 1, -score, reasons.index(r))

    return sorted(reasons, key=rank)


__all__ = ["CannedReason", "canned_reasons", "get_reason", "ordered_for", "parse_reasons"]
