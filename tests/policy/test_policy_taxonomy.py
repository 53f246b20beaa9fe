"""Rules on the taxonomy: category and target conditions, name checks, the self-harm rule,
the grounds a decision carries, and policies as data (round trip, digest)."""

from __future__ import annotations

import tomllib

import pytest

from vimod.detect import Detection
from vimod.errors import PolicyError
from vimod.policy import (
    SELF_HARM_SUPPORT_EN,
    SELF_HARM_SUPPORT_VI,
    Policy,
)
from vimod.vocab import CATEGORIES, TARGETS

from ._factories import MINIMAL, cdet, det, one_rule

# -- condition semantics -------------------------------------------------------------------


def _fires(when: str, detection: dict, surface: str = "comment") -> bool:
    return Policy.from_toml(one_rule(when)).decide({"surface": surface}, detection).rule == "r"


@pytest.mark.parametrize(
    ("when", "detection", "fires"),
    [
        ("category_at_least = { threat = 0.8 }", cdet(threat=0.8), True),  # bound included
        ("category_at_least = { threat = 0.8 }", cdet(threat=0.79), False),
        # every name of the table must hold, as in score_at_least
        ("category_at_least = { threat = 0.8, insult = 0.5 }", cdet(threat=0.9, insult=0.6),
         True),
        ("category_at_least = { threat = 0.8, insult = 0.5 }", cdet(threat=0.9, insult=0.4),
         False),
        ("category_below = { insult = 0.5 }", cdet(insult=0.49), True),
        ("category_below = { insult = 0.5 }", cdet(insult=0.5), False),  # below is strict
        ("category_below = { insult = 0.5, threat = 0.5 }", cdet(insult=0.1, threat=0.7),
         False),
        # targets: any listed target attacked
        ('targets = ["region", "religion"]', cdet(targets=["religion"]), True),
        ('targets = ["region", "religion"]', cdet(targets=["gender", "region"]), True),
        ('targets = ["region"]', cdet(targets=["gender"]), False),
        ('targets = ["region"]', cdet(), False),
        ('targets = "region"', cdet(targets=["region"]), True),  # a single string is a list
        # combined with other conditions: all must hold
        ('targets = ["region"], category_at_least = { identity_attack = 0.7 }',
         cdet(targets=["region"], identity_attack=0.6), False),
        ('targets = ["region"], category_at_least = { identity_attack = 0.7 }',
         cdet(targets=["region"], identity_attack=0.7), True),
        ("has_categories = true", cdet(), True),
        ("has_categories = true", det(), False),
        ("has_categories = false", det(), True),
    ],
)
def test_category_and_target_conditions(when: str, detection: dict, fires: bool) -> None:
    assert _fires(when, detection) is fires


def test_missing_categories_read_as_zero() -> None:
    # An older detection (no categories, no targets) never reaches a category_at_least rule,
    # always satisfies category_below, and never matches targets; nothing raises.
    old = det("HATE", hate=0.97)
    assert not _fires("category_at_least = { identity_attack = 0.01 }", old)
    assert _fires("category_at_least = { identity_attack = 0.0 }", old)
    assert _fires("category_below = { identity_attack = 0.01 }", old)
    assert not _fires('targets = ["region"]', old)
    # A v2 detection that lists only some categories: the absent ones read as 0 too.
    partial = {**det(), "categories": {"scam": 0.9}, "targets": []}
    assert _fires("category_at_least = { scam = 0.9 }", partial)
    assert _fires("category_below = { threat = 0.01 }", partial)


def test_conditions_read_detection_objects_with_and_without_categories() -> None:
    policy = Policy.from_toml(one_rule('targets = ["region"]'))
    old = Detection(label="HATE", scores={"CLEAN": 0.02, "OFFENSIVE": 0.03, "HATE": 0.95},
                    spam=0.0, spans=[], model="m")
    assert policy.decide({}, old).rule == "default"

    class V2:  # duck-typed: what Detection gains in the v2 contract
        label, scores, spam, spans, model = "HATE", {"HATE": 0.9}, 0.0, [], "v2"
        categories = {"identity_attack": 0.9}
        targets = ["region"]

    assert policy.decide({}, V2()).rule == "r"


# -- name validation -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("when", "message"),
    [
        ("category_at_least = { violence = 0.8 }", "not one of identity_attack, insult"),
        ("category_at_least = { hate = 0.8 }", "not one of"),  # a legacy rule category only
        ("category_at_least = { none = 0.8 }", "not one of"),
        ("category_below = { Threat = 0.5 }", "not one of"),
        ("category_at_least = { threat = 1.2 }", "between 0 and 1"),
        ("category_at_least = { threat = true }", "between 0 and 1"),
        ("category_at_least = {}", "must be a table"),
        ('targets = ["race"]', "not one of region, ethnicity, nationality"),
        ('targets = ["region", "caste"]', "'caste' is not one of"),
        ('targets = ["political_party"]', "never a harm category or target"),
        ('targets = ["government"]', "never a harm category or target"),
        ('targets = ["chính trị"]', "never a harm category or target"),
        ("targets = []", "non-empty list"),
        ("targets = [1]", "non-empty list"),
        ("category_at_least = { political = 0.5 }", "never a harm category or target"),
        ("has_categories = 1", "true or false"),
    ],
)
def test_unknown_category_and_target_names_are_refused(when: str, message: str) -> None:
    with pytest.raises(PolicyError, match=message):
        Policy.from_toml(one_rule(when))


def test_refusal_lists_every_valid_name() -> None:
    with pytest.raises(PolicyError) as cat_err:
        Policy.from_toml(one_rule("category_at_least = { violence = 0.8 }"))
    assert all(c in str(cat_err.value) for c in CATEGORIES)
    with pytest.raises(PolicyError) as tgt_err:
        Policy.from_toml(one_rule('targets = ["opposition_party"]'))
    assert all(t in str(tgt_err.value) for t in TARGETS)


@pytest.mark.parametrize("category", [*CATEGORIES])
def test_every_taxonomy_category_is_a_valid_rule_category(category: str) -> None:
    action = "review"
    p = Policy.from_toml(one_rule(f"category_at_least = {{ {category} = 0.5 }}",
                                  action=action, category=category))
    assert p.rules[0].category == category


@pytest.mark.parametrize(
    ("category", "action", "message"),
    [
        ("political", "review", "political"),
        ("civic_speech", "label", "political"),
        ("violence", "review", "not one of identity_attack"),
        ("none", "remove", "only for 'allow'"),
        ("none", "label", "only for 'allow'"),
    ],
)
def test_rule_category_must_be_the_taxonomy_or_none(category: str, action: str,
                                                    message: str) -> None:
    with pytest.raises(PolicyError, match=message):
        Policy.from_toml(one_rule("spam_at_least = 0.9", action=action, category=category))


def test_legacy_categories_still_load_so_stored_policies_restart() -> None:
    # default-2026.11.2 as it is stored in policy_versions on existing databases.
    p = Policy.from_toml(MINIMAL)
    assert p.rules[0].category == "hate"
    assert p.decide({}, det("HATE", hate=0.95)).category == "hate"


# -- the self-harm safety rule -------------------------------------------------------------


@pytest.mark.parametrize(
    ("when", "category"),
    [
        ("category_at_least = { self_harm = 0.9 }", "self_harm"),
        ("category_at_least = { self_harm = 0.99 }", "threat"),  # hidden behind another name
        ("category_at_least = { threat = 0.5, self_harm = 0.9 }", "threat"),
        ("spam_at_least = 0.99", "self_harm"),
    ],
)
def test_a_rule_that_removes_on_self_harm_is_refused(when: str, category: str) -> None:
    with pytest.raises(PolicyError, match="never removed automatically"):
        Policy.from_toml(one_rule(when, action="remove", category=category))


def test_a_self_harm_default_that_removes_is_refused() -> None:
    text = MINIMAL.replace('[default]\naction = "allow"\ncategory = "none"',
                           '[default]\naction = "remove"\ncategory = "self_harm"')
    assert text != MINIMAL
    with pytest.raises(PolicyError, match="self_harm"):
        Policy.from_toml(text)


@pytest.mark.parametrize("action", ["review", "label", "allow"])
def test_self_harm_rules_that_do_not_remove_load(action: str) -> None:
    p = Policy.from_toml(one_rule("category_at_least = { self_harm = 0.5 }", action=action,
                                  category="self_harm"))
    assert p.rules[0].action == action
    # A remove rule may require self-harm to be LOW: that protects, it does not remove on it.
    Policy.from_toml(one_rule("category_at_least = { scam = 0.9 }, category_below = "
                              "{ self_harm = 0.3 }", action="remove", category="scam"))


def test_self_harm_decisions_carry_support_information_in_both_languages() -> None:
    # Whatever wording the policy author chose, vimod adds the support lines.
    p = Policy.from_toml(one_rule("category_at_least = { self_harm = 0.5 }",
                                  category="self_harm"))
    d = p.decide({}, cdet(self_harm=0.9))
    assert d.category == "self_harm" and d.action == "review"
    assert d.reason_vi.startswith("giữ lại") and d.reason_en.startswith("held")
    assert d.reason_vi.endswith(SELF_HARM_SUPPORT_VI)
    assert d.reason_en.endswith(SELF_HARM_SUPPORT_EN)
    for number in ("115", "111"):
        assert number in d.reason_vi and number in d.reason_en
    other = Policy.from_toml(one_rule("category_at_least = { threat = 0.5 }"))
    assert "111" not in other.decide({}, cdet(threat=0.9)).reason_vi


# -- grounds: what a moderator and an author see --------------------------------------------


def test_decision_carries_the_categories_and_targets_the_rule_matched() -> None:
    p = Policy.from_toml(one_rule('targets = ["region", "gender"], category_at_least = '
                                  '{ identity_attack = 0.7 }', action="remove",
                                  category="identity_attack"))
    d = p.decide({}, cdet(targets=["region", "religion"], identity_attack=0.934, insult=0.6))
    assert d.evidence == {"categories": {"identity_attack": pytest.approx(0.934)},
                          "targets": ["region"]}
    assert d.targets == ["region", "religion"] and d.categories["insult"] == pytest.approx(0.6)
    assert "công kích nhóm danh tính 0,93" in d.reason_vi and "vùng miền" in d.reason_vi
    assert "identity attack 0.93" in d.reason_en and "aimed at: region." in d.reason_en
    assert "religion" not in d.reason_en  # only what the rule matched
    out = d.to_dict()
    assert out["evidence"] == d.evidence and out["categories"] == d.categories
    assert out["targets"] == ["region", "religion"]


def test_decision_shows_its_category_score_when_the_rule_used_another_signal() -> None:
    # A label-based rule naming identity_attack: the grounds show that category's score and
    # the targets, so the notice never names a category without its evidence.
    p = Policy.from_toml(one_rule("score_at_least = { HATE = 0.8 }", action="review",
                                  category="identity_attack"))
    d = p.decide({}, cdet("HATE", hate=0.9, targets=["gender"], identity_attack=0.55))
    assert d.evidence == {"scores": {"HATE": pytest.approx(0.9)},
                          "categories": {"identity_attack": pytest.approx(0.55)},
                          "targets": ["gender"]}


def test_spam_grounds_show_one_spam_figure() -> None:
    # The surface-aware spam score decided; the category probability is not shown next to
    # it (on surface review they measure different things and would seem to disagree).
    p = Policy.from_toml(one_rule("spam_at_least = 0.9", category="spam"))
    d = p.decide({"surface": "review"}, cdet(spam_score=0.95, spam=0.1))
    assert d.evidence == {"spam": pytest.approx(0.95)}
    assert d.reason_en.count("spam") == 1


def test_default_allow_has_no_grounds() -> None:
    d = Policy.from_toml(MINIMAL).decide({}, cdet())
    assert d.evidence == {} and d.reason_vi == "ổn" and d.reason_en == "fine"


# -- policies as data --------------------------------------------------------------------------


def test_policy_round_trip_through_dict_and_toml() -> None:
    shipped = Policy.load()
    data = shipped.to_dict()
    again = Policy.from_dict(data)
    assert again.to_dict() == data
    # A policy built from a dict has a canonical TOML text: it parses to the same policy,
    # its digest is stable, and it can be stored and reloaded like a file.
    assert tomllib.loads(again.text) == data
    assert Policy.from_toml(again.text).to_dict() == data
    assert Policy.from_dict(data).digest == again.digest
    assert Policy.from_toml(again.text).digest == again.digest
    # ... and it decides as the file does.
    for d in (cdet(identity_attack=0.95, targets=["region"]), cdet(self_harm=0.9),
              cdet(scam=0.7), det("HATE", hate=0.95), cdet(profanity=0.9)):
        assert again.decide({}, d) == shipped.decide({}, d)


def test_digest_follows_the_text() -> None:
    a = Policy.from_toml(MINIMAL)
    assert a.digest == Policy.from_toml(MINIMAL).digest
    assert a.digest != Policy.from_toml(MINIMAL + "\n# a comment\n").digest
    changed = Policy.from_dict({**a.to_dict(), "version": "t-9"})
    assert changed.digest != Policy.from_dict(a.to_dict()).digest


def test_to_dict_keeps_new_conditions() -> None:
    p = Policy.from_toml(one_rule('targets = ["region"], category_at_least = '
                                  '{ identity_attack = 0.7 }, category_below = { insult = 0.2 }'
                                  ', has_categories = true'))
    assert p.to_dict()["rules"][0]["when"] == {
        "targets": ["region"], "category_at_least": {"identity_attack": 0.7},
        "category_below": {"insult": 0.2}, "has_categories": True}
