"""The team-written data sets follow the detector v2 data contract, and the held-out
functional test set never leaks into the contrastive training set."""

from __future__ import annotations

import json
import unicodedata
from collections import Counter
from pathlib import Path

import pytest

from tests.utils.skips import skip_or_fail
from vimod.vocab import CATEGORIES, LABELS, TARGETS

DATASETS = Path(__file__).resolve().parents[2] / "datasets"
FUNCTIONAL = DATASETS / "functional" / "test.jsonl"
CONTRASTIVE = DATASETS / "contrastive" / "train.jsonl"

FIELDS = {
    "id", "text", "categories", "targets", "label", "group", "register", "topic", "benign",
}
REGISTERS = {"accented", "unaccented", "teencode", "obfuscated"}

MIN_FUNCTIONAL_ROWS = 1000
MIN_HARMFUL_PER_CATEGORY = 60
MIN_IDENTITY_ATTACKS_PER_TARGET = 25
MIN_BENIGN_SHARE = 0.40
MIN_REGISTER_SHARE = {"unaccented": 0.20, "teencode": 0.10, "obfuscated": 0.08}


def contract_label(categories: list[str]) -> str:
    """HATE if identity_attack or threat; else OFFENSIVE if insult, profanity or sexual."""
    if "identity_attack" in categories or "threat" in categories:
        return "HATE"
    if {"insult", "profanity", "sexual"} & set(categories):
        return "OFFENSIVE"
    return "CLEAN"


def load_rows(path: Path) -> list[dict]:
    rows = []
    with path.open(encoding="utf-8") as fh:
        for number, line in enumerate(fh, start=1):
            if not line.strip():
                continue
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as err:
                pytest.fail(f"{path.name}:{number} is not JSON: {err}")
    return rows


def schema_problems(rows: list[dict], *, with_functionality: bool) -> list[str]:
    problems = []
    fields = FIELDS | {"functionality"} if with_functionality else FIELDS
    ids: Counter[str] = Counter(str(r.get("id")) for r in rows)
    problems += [f"duplicate id {i!r}" for i, n in ids.items() if n > 1]
    for row in rows:
        where = row.get("id", "?")
        missing = fields - row.keys()
        if missing:
            problems.append(f"{where}: missing {sorted(missing)}")
            continue
        if not isinstance(row["text"], str) or not row["text"].strip():
            problems.append(f"{where}: empty text")
        elif unicodedata.normalize("NFC", row["text"]) != row["text"]:
            problems.append(f"{where}: text is not NFC")
        cats, tgts = row["categories"], row["targets"]
        if not isinstance(cats, list) or set(cats) - set(CATEGORIES) or len(set(cats)) != len(cats):
            problems.append(f"{where}: bad categories {cats!r}")
            continue
        if not isinstance(tgts, list) or set(tgts) - set(TARGETS) or len(set(tgts)) != len(tgts):
            problems.append(f"{where}: bad targets {tgts!r}")
            continue
        if tgts and "identity_attack" not in cats:
            problems.append(f"{where}: targets without identity_attack")
        if row["label"] not in LABELS or row["label"] != contract_label(cats):
            problems.append(f"{where}: label {row['label']!r} does not follow categories {cats}")
        if row["register"] not in REGISTERS:
            problems.append(f"{where}: register {row['register']!r}")
        if row["benign"] is not (not cats):
            problems.append(f"{where}: benign={row['benign']!r} but categories={cats}")
        for key in ("group", "topic") + (("functionality",) if with_functionality else ()):
            if not isinstance(row[key], str) or not row[key]:
                problems.append(f"{where}: empty {key}")
    return problems


def folded(text: str) -> str:
    """NFC, lowercase, whitespace collapsed."""
    return " ".join(unicodedata.normalize("NFC", text).lower().split())


def unmarked(text: str) -> str:
    """``folded`` without Vietnamese diacritics (tone and vowel marks, đ -> d)."""
    decomposed = unicodedata.normalize("NFD", folded(text).replace("đ", "d"))
    return "".join(ch for ch in decomposed if unicodedata.category(ch) != "Mn")


def stripped(text: str) -> str:
    """``unmarked`` without punctuation, so an unaccented copy or one that differs only by a
    question mark still matches."""
    return " ".join("".join(ch if ch.isalnum() else " " for ch in unmarked(text)).split())


@pytest.fixture(scope="module")
def functional() -> list[dict]:
    if not FUNCTIONAL.exists():
        pytest.fail(f"{FUNCTIONAL} is missing: run python datasets/functional/build.py")
    return load_rows(FUNCTIONAL)


@pytest.fixture(scope="module")
def contrastive() -> list[dict]:
    if not CONTRASTIVE.exists():
        skip_or_fail(f"{CONTRASTIVE.relative_to(DATASETS.parent)} not written yet")
    return load_rows(CONTRASTIVE)


def test_functional_rows_follow_the_contract(functional):
    assert schema_problems(functional, with_functionality=True) == []


def test_contrastive_rows_follow_the_contract(contrastive):
    assert schema_problems(contrastive, with_functionality=False) == []


def test_functional_set_is_large_and_covers_every_category_and_target(functional):
    assert len(functional) >= MIN_FUNCTIONAL_ROWS
    per_category = Counter(c for r in functional for c in r["categories"])
    thin = {c: per_category[c] for c in CATEGORIES if per_category[c] < MIN_HARMFUL_PER_CATEGORY}
    assert thin == {}, f"categories under {MIN_HARMFUL_PER_CATEGORY} harmful cases: {thin}"
    per_target = Counter(
        t for r in functional if "identity_attack" in r["categories"] for t in r["targets"]
    )
    thin = {t: per_target[t] for t in TARGETS if per_target[t] < MIN_IDENTITY_ATTACKS_PER_TARGET}
    assert thin == {}, f"targets under {MIN_IDENTITY_ATTACKS_PER_TARGET} attacks: {thin}"
    every_attack_has_a_target = all(
        r["targets"] for r in functional if "identity_attack" in r["categories"]
    )
    assert every_attack_has_a_target


def test_functional_set_mixes_benign_contrasts_and_registers(functional):
    n = len(functional)
    assert sum(r["benign"] for r in functional) / n >= MIN_BENIGN_SHARE
    per_register = Counter(r["register"] for r in functional)
    for register, share in MIN_REGISTER_SHARE.items():
        assert per_register[register] / n >= share, (register, per_register[register], n)
    # every harmful group has a benign counterpart somewhere in the set (same group or topic)
    benign_groups = {r["group"] for r in functional if r["benign"]}
    harmful_targets = {t for r in functional for t in r["targets"]}
    assert harmful_targets <= benign_groups


def test_functional_registers_match_the_text(functional):
    """``unaccented`` means no diacritics at all; ``accented`` rows carry them."""
    def has_marks(text: str) -> bool:
        return unmarked(text) != folded(text)

    marked_unaccented = [
        r["id"] for r in functional if r["register"] == "unaccented" and has_marks(r["text"])
    ]
    unmarked_accented = [
        r["id"] for r in functional if r["register"] == "accented" and not has_marks(r["text"])
    ]
    assert (marked_unaccented, unmarked_accented) == ([], [])


def test_functional_texts_are_unique(functional):
    seen = Counter(folded(r["text"]) for r in functional)
    assert [t for t, n in seen.items() if n > 1] == []


def test_no_functional_text_leaks_into_the_training_set(functional, contrastive):
    train_folded = {folded(r["text"]) for r in contrastive}
    train_stripped = {stripped(r["text"]) for r in contrastive}
    leaked = [
        r["id"]
        for r in functional
        if folded(r["text"]) in train_folded or stripped(r["text"]) in train_stripped
    ]
    assert leaked == [], f"{len(leaked)} held-out cases appear in the training set: {leaked[:20]}"
