"""Queue priority of a held item (``vimod.store.tasks.severity_of``)."""

from __future__ import annotations

from vimod.store.tasks import CATEGORY_WEIGHTS, severity_of
from vimod.vocab import CATEGORIES


def _det(**categories: float) -> dict[str, object]:
    cats = dict.fromkeys(CATEGORIES, 0.0) | categories
    return {"label": "CLEAN", "scores": {"CLEAN": 1.0, "OFFENSIVE": 0.0, "HATE": 0.0},
            "spam": cats["spam"], "categories": cats, "targets": []}


def test_every_category_has_a_weight() -> None:
    assert set(CATEGORY_WEIGHTS) == set(CATEGORIES)


def test_a_threat_outranks_confident_spam_and_self_harm_ranks_with_threats() -> None:
    threat, spam = severity_of(_det(threat=0.8)), severity_of(_det(spam=0.99))
    assert threat > spam
    assert severity_of(_det(self_harm=0.8)) == threat
    assert severity_of(_det(identity_attack=0.9)) > severity_of(_det(insult=0.9))


def test_detections_from_before_the_taxonomy_keep_the_old_order() -> None:
    old = {"scores": {"CLEAN": 0.1, "OFFENSIVE": 0.2, "HATE": 0.7}, "spam": 0.3}
    assert severity_of(old) == 0.8  # HATE + OFFENSIVE / 2
    assert severity_of({"scores": {}, "spam": 1.0}) == 0.5
