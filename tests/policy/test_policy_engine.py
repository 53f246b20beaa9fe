"""The policy engine: loading (and refusing) policy files, and the pure decide function."""

from __future__ import annotations

from pathlib import Path

import pytest

from vimod.detect import Detection
from vimod.errors import PolicyError
from vimod.policy import DEFAULT_POLICY_PATH, Decision, Policy

from ._factories import MINIMAL, det


@pytest.fixture(scope="module")
def policy() -> Policy:
    return Policy.load()


def test_load_default_policy_is_shipped_with_a_version(policy: Policy) -> None:
    assert DEFAULT_POLICY_PATH.is_file()
    assert policy.version
    assert len(policy.rules) >= 5
    assert policy.default.action == "allow"


@pytest.mark.parametrize(
    ("surface", "detection", "action", "rule"),
    [
        ("comment", det("HATE", hate=0.95), "remove", "legacy-hate-high"),
        ("comment", det("HATE", hate=0.6, off=0.3), "review", "legacy-hate-medium"),
        ("comment", det("OFFENSIVE", hate=0.05, off=0.9), "label", "legacy-offensive-high"),
        ("comment", det("OFFENSIVE", hate=0.05, off=0.6), "allow", "default"),
        ("username", det("OFFENSIVE", hate=0.05, off=0.6), "review",
         "legacy-username-offensive"),
        ("username", det("OFFENSIVE", hate=0.45, off=0.5), "remove", "legacy-username-hate"),
        ("marketplace_listing", det(spam=0.99), "remove", "marketplace-spam"),
        ("comment", det(spam=0.5), "allow", "default"),
        ("comment", det(spam=0.99), "review", "spam-high"),
        ("comment", det(), "allow", "default"),
    ],
    ids=["hate-high", "hate-medium", "offensive-high", "offensive-mid", "username-offensive",
         "username-hate", "marketplace-spam", "comment-spam-mid", "comment-spam-high", "clean"],
)
def test_default_policy_judges_detections_without_categories_as_before(
    policy: Policy, surface: str, detection: dict, action: str, rule: str
) -> None:
    # Backwards compatibility: a detection stored before the taxonomy (no
    # categories, no targets) gets what default-2026.11.2 gave it, not a silent allow.
    d = policy.decide({"surface": surface}, detection)
    assert (d.action, d.rule) == (action, rule)
    assert d.policy_version == policy.version and d.automated is True
    assert d.reason["vi"] and d.reason["en"]
    assert d.categories == {} and d.targets == []


def test_decide_carries_scores_spans_and_model(policy: Policy) -> None:
    spans = [{"start": 0, "end": 3, "text": "abc"}]
    d = policy.decide({}, det("HATE", hate=0.95, spans=spans))
    assert isinstance(d, Decision)
    assert d.scores["HATE"] == pytest.approx(0.95)
    assert d.spans == spans and d.model == "m-1" and d.category == "hate"
    assert d.to_dict()["reason"] == {"vi": d.reason_vi, "en": d.reason_en}
    assert d.evidence == {"scores": {"HATE": pytest.approx(0.95)}}


def test_decide_accepts_detection_objects_and_missing_surface(policy: Policy) -> None:
    scores = {"CLEAN": 0.02, "OFFENSIVE": 0.03, "HATE": 0.95}
    v2 = Detection(label="HATE", scores=scores, spam=0.0, spans=[], model="m",
                   categories={"identity_attack": 0.9, "insult": 0.4}, targets=["religion"])
    d = policy.decide(object(), v2)
    assert (d.action, d.rule, d.targets) == ("remove", "identity-attack-high", ["religion"])
    # Categories present but empty: read as an older model's detection (legacy rules).
    old = Detection(label="HATE", scores=scores, spam=0.0, spans=[], model="m", categories={})
    assert policy.decide(object(), old).rule == "legacy-hate-high"


def test_decide_ignores_author_and_text_only_detection_matters(policy: Policy) -> None:
    # Counterfactual: same detection, different author / political text -> same decision.
    d1 = policy.decide({"surface": "comment", "author_id": "u1", "text": "Chính phủ sai rồi"},
                       det())
    d2 = policy.decide({"surface": "comment", "author_id": "opposition-leader",
                        "text": "Đảng nên lắng nghe nhân dân"}, det())
    assert d1 == d2 and d1.action == "allow"


def test_decide_is_pure_same_input_same_decision(policy: Policy) -> None:
    d = det("HATE", hate=0.6, off=0.3)
    assert policy.decide({"surface": "post"}, d) == policy.decide({"surface": "post"}, d)


def test_thresholds_come_from_the_file_not_code() -> None:
    strict = Policy.from_toml(MINIMAL.replace("HATE = 0.9", "HATE = 0.5"))
    loose = Policy.from_toml(MINIMAL)
    d = det("HATE", hate=0.7)
    assert strict.decide({}, d).action == "remove"
    assert loose.decide({}, d).action == "allow"


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (("action = \"remove\"", "action = \"ban\""), "targets a person"),
        (("action = \"remove\"", "action = \"delete\""), "not one of"),
        (("when = {", "when = { author_id = [\"u1\"], "), "never on persons"),
        (("when = {", "when = { author_history = 3, "), "never on persons"),
        (("category = \"hate\"", "category = \"political\""), "political"),
        (("category = \"hate\"", "category = \"chinh_tri\""), "political"),
        (("category = \"hate\"", "category = \"violence\""), "not one of"),
        (("HATE = 0.9", "HATE = 1.5"), "between 0 and 1"),
        (("HATE = 0.9", "HATE = \"high\""), "between 0 and 1"),
        (("HATE = 0.9", "ANGRY = 0.9"), "not one of"),
        (("when = {", "when = { regex = \"x\", "), "unknown field"),
        (("name = \"hate\"", "name = \"hate\"\nseverity = 3"), "unknown field"),
        (("version = \"t-1\"", "version = \"t-1\"\nowner = \"x\""), "unknown field"),
        (("reason_en = \"removed\"", ""), "reason_en"),
        (("[default]\naction = \"allow\"", "[fallback]\naction = \"allow\""), "unknown field"),
        (("name = \"hate\"", "name = \"default\""), "name"),
        (("version = \"t-1\"", ""), "version"),
        (("when = { score_at_least", "when = { surface = \"Comment!\", score_at_least"), "surface"),
    ],
    ids=["ban", "unknown-action", "author-condition", "author-history", "political",
         "political-vi", "unknown-category", "threshold-over-1", "threshold-type",
         "unknown-label", "unknown-condition", "unknown-rule-field", "unknown-top-field",
         "missing-reason", "missing-default", "reserved-name", "missing-version",
         "bad-surface"],
)
def test_loader_refuses_bad_policy(change: tuple[str, str], message: str) -> None:
    text = MINIMAL.replace(*change)
    assert text != MINIMAL
    with pytest.raises(PolicyError, match=message):
        Policy.from_toml(text)


def test_loader_refuses_duplicate_rule_names() -> None:
    rule = MINIMAL.split("[default]")[0].split("version = \"t-1\"")[1]
    with pytest.raises(PolicyError, match="duplicate"):
        Policy.from_toml(MINIMAL.replace("[default]", rule + "[default]"))


def test_loader_refuses_invalid_toml_and_missing_file(tmp_path: Path) -> None:
    with pytest.raises(PolicyError, match="TOML"):
        Policy.from_toml("version = ")
    with pytest.raises(PolicyError, match="cannot read"):
        Policy.load(tmp_path / "nope.toml")


def test_load_reads_a_file(tmp_path: Path) -> None:
    path = tmp_path / "p.toml"
    path.write_text(MINIMAL, encoding="utf-8")
    p = Policy.load(path)
    assert p.version == "t-1" and p.text == MINIMAL and len(p.digest) == 64


def test_policy_package_exports_are_stable() -> None:
    import vimod
    import vimod.policy as pkg

    assert pkg.__all__ == sorted(pkg.__all__)
    assert set(pkg.__all__) == {"ACTIONS", "CATEGORIES", "DEFAULT_POLICY_PATH", "Condition",
                                "Decision", "DryRunReport", "Policy", "Rule", "dry_run",
                                "DECISION_CATEGORIES", "LABELS", "LEGACY_CATEGORIES",
                                "SELF_HARM_SUPPORT_EN", "SELF_HARM_SUPPORT_VI", "TARGETS"}
    assert vimod.Policy is Policy and vimod.Decision is Decision


def test_shared_names_are_the_vocab_ones_not_copies() -> None:
    import vimod.policy as pkg
    import vimod.policy._policy as impl
    from vimod import vocab

    for name in ("ACTIONS", "CATEGORIES", "LABELS", "TARGETS"):
        assert getattr(pkg, name) is getattr(vocab, name)
        assert getattr(impl, name) is getattr(vocab, name)
    assert pkg.DECISION_CATEGORIES == (*vocab.CATEGORIES, "none")
    assert set(impl.SEVERITY) == set(vocab.ACTIONS)
