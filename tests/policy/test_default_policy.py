"""The shipped policy on hand-built detections, one case per category, and the promises it
makes: weak evidence is never acted on, self-harm goes to a human with support information,
and every notice names evidence for its own category."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vimod.policy import (
    DECISION_CATEGORIES,
    LEGACY_CATEGORIES,
    SELF_HARM_SUPPORT_VI,
    Policy,
)
from vimod.vocab import CATEGORIES

from ._factories import cdet


@pytest.fixture(scope="module")
def policy() -> Policy:
    return Policy.load()


def _threshold(rule: str) -> float:
    """The shipped threshold of a one-category rule (tuned by bench/tune_policy.py)."""
    r = next(r for r in Policy.load().rules if r.name == rule)
    ((_, t),) = r.when.category_at_least
    return t


# Between the review and the removal threshold of a category, wherever tuning put them.
IDENTITY_MID = (_threshold("identity-attack-medium") + _threshold("identity-attack-high")) / 2
SCAM_MID = (_threshold("scam-medium") + _threshold("scam-high")) / 2


CASES = [
    # (id, surface, detection, action, rule, category)
    ("identity-high", "comment", cdet("HATE", hate=0.9, identity_attack=0.97,
                                      targets=["region"]),
     "remove", "identity-attack-high", "identity_attack"),
    ("identity-medium", "comment", cdet("HATE", hate=0.6, identity_attack=IDENTITY_MID,
                                        targets=["religion"]),
     "review", "identity-attack-medium", "identity_attack"),
    ("threat", "comment", cdet("HATE", hate=0.7, threat=0.97), "review", "threat", "threat"),
    ("scam-high", "comment", cdet(scam=0.97), "remove", "scam-high", "scam"),
    ("scam-medium", "comment", cdet(scam=SCAM_MID), "review", "scam-medium", "scam"),
    ("self-harm", "comment", cdet(self_harm=0.95), "review", "self-harm", "self_harm"),
    ("personal-data", "comment", cdet(personal_data=0.95), "review", "personal-data",
     "personal_data"),
    ("sexual", "comment", cdet("OFFENSIVE", off=0.8, sexual=0.97), "review", "sexual",
     "sexual"),
    ("insult-high", "comment", cdet("OFFENSIVE", off=0.9, insult=0.97), "label",
     "insult-high", "insult"),
    ("profanity", "comment", cdet("OFFENSIVE", off=0.8, profanity=0.97), "allow",
     "profanity", "profanity"),
    ("forum-spam", "comment", cdet(spam_score=0.99, spam=0.99), "review", "spam-high", "spam"),
    ("marketplace-spam", "marketplace_listing", cdet(spam_score=0.99, spam=0.99), "remove",
     "marketplace-spam", "spam"),
    ("review-spam", "review", cdet(spam_score=0.99), "review", "review-spam", "spam"),
    ("username-identity", "username", cdet(identity_attack=0.45), "remove",
     "username-identity-attack", "identity_attack"),
    ("username-threat", "username", cdet(threat=0.45), "remove", "username-threat", "threat"),
    ("username-sexual", "username", cdet(sexual=0.6), "review", "username-sexual", "sexual"),
    ("username-insult", "username", cdet(insult=0.6), "review", "username-insult", "insult"),
    ("username-profanity", "username", cdet(profanity=0.6), "review", "username-profanity",
     "profanity"),
    ("clean", "comment", cdet(), "allow", "default", "none"),
    # Weak or single signals that must NOT be acted on.
    ("insult-medium", "comment", cdet("OFFENSIVE", off=0.6, insult=0.6), "allow", "default",
     "none"),
    ("profanity-with-insult", "comment", cdet(profanity=0.9, insult=0.6), "allow", "default",
     "none"),
    ("spam-medium", "comment", cdet(spam_score=0.6, spam=0.6), "allow", "default", "none"),
    ("label-hate-alone", "comment", cdet("HATE", hate=0.95, insult=0.7), "allow", "default",
     "none"),
    # Order: self-harm goes to a human even when another rule would remove.
    ("self-harm-first", "comment", cdet("HATE", hate=0.9, self_harm=0.9,
                                        identity_attack=0.97),
     "review", "self-harm", "self_harm"),
    ("identity-before-insult", "comment", cdet("HATE", hate=0.9, identity_attack=0.97,
                                               insult=0.97),
     "remove", "identity-attack-high", "identity_attack"),
]


@pytest.mark.parametrize(("surface", "detection", "action", "rule", "category"),
                         [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_shipped_policy_decides_each_category(policy: Policy, surface: str, detection: dict,
                                              action: str, rule: str, category: str) -> None:
    d = policy.decide({"surface": surface}, detection)
    assert (d.action, d.rule, d.category) == (action, rule, category)
    assert d.policy_version == policy.version
    if action != "allow" or rule != "default":
        # The notice names evidence for its own category (no category without a score).
        shown = {**d.evidence.get("categories", {}),
                 **({"spam": d.evidence["spam"]} if "spam" in d.evidence else {})}
        assert category in shown
        assert "Căn cứ" in d.reason_vi and "Grounds" in d.reason_en
    if category == "identity_attack" and detection["targets"]:
        assert d.evidence["targets"] == detection["targets"]


def test_shipped_self_harm_notice_is_caring_and_carries_support(policy: Policy) -> None:
    d = policy.decide({"surface": "comment"}, cdet(self_harm=0.95))
    assert d.reason_vi.endswith(SELF_HARM_SUPPORT_VI)
    assert "không phải là hình phạt" in d.reason_vi and "not a punishment" in d.reason_en
    assert "gỡ" not in d.reason_vi and "emoved" not in d.reason_en


def test_shipped_policy_bumped_its_version(policy: Policy) -> None:
    assert policy.version == "default-2026.12.1"


def test_no_shipped_rule_removes_on_self_harm_or_acts_on_politics(policy: Policy) -> None:
    for r in (*policy.rules, policy.default):
        assert not (r.action == "remove" and r.category == "self_harm")
        assert "self_harm" not in dict(r.when.category_at_least) or r.action != "remove"
        assert r.category in DECISION_CATEGORIES or r.category in LEGACY_CATEGORIES


def test_every_shipped_rule_measures_its_own_category(policy: Policy) -> None:
    # Part 5: what a notice says is what the rule looked at. A taxonomy rule's category is
    # one of its category conditions (or, for spam, the spam score); legacy categories only
    # on rules for detections without categories.
    for r in policy.rules:
        looked_at = set(dict(r.when.category_at_least))
        if r.category in LEGACY_CATEGORIES:
            assert r.when.has_categories is False, r.name
        elif r.category == "spam":
            assert r.when.spam_at_least is not None, r.name
        else:
            assert r.category in looked_at, r.name
        assert r.reason_vi != r.reason_en


@settings(max_examples=300, deadline=None)
@given(
    probs=st.lists(st.floats(0, 0.4999), min_size=len(CATEGORIES), max_size=len(CATEGORIES)),
    spam=st.floats(0, 0.4999),
    hate=st.floats(0, 1),
    surface=st.sampled_from(["comment", "post", "review", "marketplace_listing"]),
)
def test_a_category_that_does_not_fire_is_never_acted_on(
    policy: Policy, probs: list[float], spam: float, hate: float, surface: str
) -> None:
    # The ordinary-text promise: below 0.5 (where a category "fires"), on every surface but
    # usernames, the shipped policy allows, whatever the HATE/OFFENSIVE label says.
    det = cdet("HATE" if hate > 0.5 else "CLEAN", hate=hate, off=0.0, spam_score=spam,
               **dict(zip(CATEGORIES, probs, strict=True)))
    assert policy.decide({"surface": surface}, det).action == "allow"
