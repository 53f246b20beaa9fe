"""Policy files and the pure ``decide`` function.

A policy is a TOML file: a version, an ordered list of named rules and a default. The first
rule whose conditions all hold decides; when none holds, the default does. Each rule names
an action on the CONTENT (allow, label, review, remove), a harm category of vimod's taxonomy
(``vimod.vocab.CATEGORIES``) and the reason an author is shown, in Vietnamese and English.
Thresholds live in the file, never in code.

What a rule can look at is closed on purpose: the detector's output (label, scores, category
probabilities, targets, spam, spans) and the item's surface. There is no condition on the
author and no political category or target, so a policy cannot target a person or an
opinion; the loader refuses both. It also refuses a rule that removes on ``self_harm``:
content that may come from a person at risk always goes to a human (see ``_parse_rule``).

The decision carries its grounds: the scores the rule looked at (``Decision.evidence``), also
written, in words, at the end of both reasons, and, for ``self_harm``, support information
for the author (``SELF_HARM_SUPPORT_VI`` / ``_EN``).

>>> from vimod.policy import Policy
>>> policy = Policy.load()                       # the shipped default policy
>>> d = policy.decide({"surface": "comment"},
...                   {"label": "CLEAN", "scores": {"CLEAN": 0.97, "OFFENSIVE": 0.02,
...                    "HATE": 0.01}, "spam": 0.01, "spans": [], "model": "m"})
>>> d.action, d.rule
('allow', 'default')
"""

from __future__ import annotations

import hashlib
import json
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from vimod.errors import PolicyError
from vimod.vocab import ACTIONS, CATEGORIES, LABELS, TARGETS

#: What a decision's ``category`` can be: a harm category of the taxonomy, or "none".
DECISION_CATEGORIES: tuple[str, ...] = (*CATEGORIES, "none")
#: Rule categories of policies written before the taxonomy (up to default-2026.11.2). Still
#: loaded, unchanged, because a server restarts on the last activated policy text stored in
#: the database, and a decision keeps the category it was made under; new policies use
#: ``DECISION_CATEGORIES``. ("hate" was ViHSD's HATE, which also covers severe personal
#: insults, so mapping it onto ``identity_attack`` would claim more than was detected.)
LEGACY_CATEGORIES: tuple[str, ...] = ("hate", "offensive")
_RULE_CATEGORIES = (*DECISION_CATEGORIES, *LEGACY_CATEGORIES)
#: Categories no rule may remove on: self-harm content may come from a person at risk, who
#: needs a human answer (and support information), not a silent automatic removal.
NEVER_REMOVED: tuple[str, ...] = ("self_harm",)
#: How severe an action is, for "stricter than" comparisons in dry runs and reports.
SEVERITY = {"allow": 0, "label": 1, "review": 2, "remove": 3}

#: Added to every author notice of a ``self_harm`` decision, whatever the policy's wording.
#: Only numbers that are certain: 115 is Vietnam's emergency medical number; 111 is the
#: national child-protection hotline (Tổng đài quốc gia bảo vệ trẻ em), free and 24/7.
SELF_HARM_SUPPORT_VI = (
    "Nếu bạn đang gặp khó khăn hoặc có ý nghĩ làm hại bản thân, bạn không hề đơn độc: hãy "
    "chia sẻ với người thân hoặc một người bạn tin tưởng. Khi có nguy hiểm tức thời, hãy gọi "
    "115 (cấp cứu). Trẻ em và người dưới 18 tuổi có thể gọi Tổng đài quốc gia bảo vệ trẻ em "
    "111 (miễn phí, 24/7)."
)
SELF_HARM_SUPPORT_EN = (
    "If you are going through a hard time or thinking about hurting yourself, you are not "
    "alone: talk to someone close to you or a friend you trust. In immediate danger, call 115 "
    "(emergency medical service). Children and anyone under 18 can call the National Child "
    "Protection Hotline 111 (free, 24/7)."
)

#: Names shown to people in the grounds sentence (vi, en).
CATEGORY_NAMES: dict[str, tuple[str, str]] = {
    "identity_attack": ("công kích nhóm danh tính", "identity attack"),
    "insult": ("xúc phạm", "insult"),
    "profanity": ("từ ngữ thô tục", "profanity"),
    "threat": ("đe dọa", "threat"),
    "sexual": ("nội dung tình dục", "sexual content"),
    "self_harm": ("tự làm hại bản thân", "self-harm"),
    "spam": ("tin rác", "spam"),
    "scam": ("lừa đảo", "scam"),
    "personal_data": ("thông tin cá nhân", "personal data"),
}
TARGET_NAMES: dict[str, tuple[str, str]] = {
    "region": ("vùng miền", "region"),
    "ethnicity": ("dân tộc", "ethnicity"),
    "nationality": ("quốc tịch", "nationality"),
    "religion": ("tôn giáo", "religion"),
    "gender": ("giới tính", "gender"),
    "sexuality": ("xu hướng tính dục", "sexuality"),
    "disability": ("khuyết tật", "disability"),
}

DEFAULT_POLICY_PATH = Path(__file__).resolve().parent / "default.toml"

_NAME_RE = re.compile(r"^[a-z0-9][a-z0-9_.-]{0,99}$")
_SURFACE_RE = re.compile(r"^[a-z][a-z0-9_]{0,49}$")

# Keys a reviewer might try to add that would target persons or opinions: refused with a
# message that says why, instead of the generic "unknown field".
_PERSON_KEYS = {
    "author", "author_id", "authors", "user", "user_id", "username_of", "account",
    "author_history", "author_strikes", "strikes", "reputation", "ip", "person",
}
_POLITICAL_WORDS = ("politic", "chinh_tri", "chính trị", "civic", "opinion", "dissent",
                    "government", "ideolog", "party", "state", "regime", "official")
_NON_CONTENT_ACTIONS = {"ban", "suspend", "strike", "fine", "block_user", "mute", "shadowban"}

_TOP_KEYS = {"version", "description", "rules", "default"}
_RULE_KEYS = {"name", "action", "category", "reason_vi", "reason_en", "when", "description"}
_DEFAULT_KEYS = {"action", "category", "reason_vi", "reason_en", "description"}
_WHEN_KEYS = {
    "surface", "label", "score_at_least", "score_below", "spam_at_least", "spam_below",
    "has_spans", "category_at_least", "category_below", "targets", "has_categories",
}


@dataclass(frozen=True)
class Condition:
    """All fields optional; a rule matches when every given field holds.

    Tables (``score_at_least``, ``score_below``, ``category_at_least``, ``category_below``)
    hold when EVERY name listed holds (``{ threat = 0.8, insult = 0.5 }`` needs both); put
    alternatives in separate rules. ``targets`` holds when the detection's targets include
    ANY of those listed. A category the detection does not carry (a model older than the
    taxonomy, a plain dict) reads as 0.
    """

    surface: tuple[str, ...] | None = None
    label: tuple[str, ...] | None = None
    score_at_least: tuple[tuple[str, float], ...] = ()
    score_below: tuple[tuple[str, float], ...] = ()
    spam_at_least: float | None = None
    spam_below: float | None = None
    has_spans: bool | None = None
    category_at_least: tuple[tuple[str, float], ...] = ()
    category_below: tuple[tuple[str, float], ...] = ()
    targets: tuple[str, ...] | None = None
    has_categories: bool | None = None

    def matches(self, surface: str, det: _Det) -> bool:
        if self.surface is not None and surface not in self.surface:
            return False
        if self.label is not None and det.label not in self.label:
            return False
        for lab, t in self.score_at_least:
            if det.scores.get(lab, 0.0) < t:
                return False
        for lab, t in self.score_below:
            if det.scores.get(lab, 0.0) >= t:
                return False
        for cat, t in self.category_at_least:
            if det.categories.get(cat, 0.0) < t:
                return False
        for cat, t in self.category_below:
            if det.categories.get(cat, 0.0) >= t:
                return False
        if self.targets is not None and not set(self.targets) & set(det.targets):
            return False
        if self.spam_at_least is not None and det.spam < self.spam_at_least:
            return False
        if self.spam_below is not None and det.spam >= self.spam_below:
            return False
        if self.has_spans is not None and bool(det.spans) != self.has_spans:
            return False
        if self.has_categories is not None and bool(det.categories) != self.has_categories:
            return False
        return True

    def evidence(self, det: _Det) -> dict[str, Any]:
        """The detection's values for what this condition looked at (the rule's grounds)."""
        out: dict[str, Any] = {}
        cats = [c for c, _ in (*self.category_at_least, *self.category_below)]
        if cats:
            out["categories"] = {c: det.categories.get(c, 0.0) for c in dict.fromkeys(cats)}
        if self.targets is not None:
            out["targets"] = [t for t in det.targets if t in self.targets]
        labs = [lab for lab, _ in (*self.score_at_least, *self.score_below)]
        if labs:
            out["scores"] = {lab: det.scores.get(lab, 0.0) for lab in dict.fromkeys(labs)}
        if self.spam_at_least is not None or self.spam_below is not None:
            out["spam"] = det.spam
        return out

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        if self.surface is not None:
            out["surface"] = list(self.surface)
        if self.label is not None:
            out["label"] = list(self.label)
        for k in ("score_at_least", "score_below", "category_at_least", "category_below"):
            if getattr(self, k):
                out[k] = dict(getattr(self, k))
        if self.targets is not None:
            out["targets"] = list(self.targets)
        for k in ("spam_at_least", "spam_below", "has_spans", "has_categories"):
            if getattr(self, k) is not None:
                out[k] = getattr(self, k)
        return out


@dataclass(frozen=True)
class Rule:
    name: str
    action: str
    category: str
    reason_vi: str
    reason_en: str
    when: Condition = field(default_factory=Condition)
    description: str = ""

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"action": self.action, "category": self.category,
                               "reason_vi": self.reason_vi, "reason_en": self.reason_en}
        if self.name != "default":
            out = {"name": self.name, **out}
            when = self.when.to_dict()
            if when:
                out["when"] = when
        if self.description:
            out["description"] = self.description
        return out


@dataclass(frozen=True)
class Decision:
    """What the policy decided on one item, with everything needed to explain it.

    ``reason_vi`` / ``reason_en`` are the author notice: the rule's reason, the grounds in
    words, then (for ``self_harm``) support information. ``evidence`` holds the
    same grounds as data: the detection's values for what the rule looked at, plus the
    score of the decision's category (and, for ``identity_attack``, the targets) when the
    rule did not look at them itself. ``categories`` / ``targets`` are the detection's.
    """

    action: str
    rule: str
    category: str
    reason_vi: str
    reason_en: str
    policy_version: str
    model: str
    label: str
    scores: dict[str, float]
    spam: float
    spans: list[dict[str, Any]]
    automated: bool = True
    categories: dict[str, float] = field(default_factory=dict)
    targets: list[str] = field(default_factory=list)
    evidence: dict[str, Any] = field(default_factory=dict)

    @property
    def reason(self) -> dict[str, str]:
        return {"vi": self.reason_vi, "en": self.reason_en}

    def to_dict(self) -> dict[str, Any]:
        return {
            "action": self.action,
            "rule": self.rule,
            "category": self.category,
            "reason": self.reason,
            "policy_version": self.policy_version,
            "model": self.model,
            "label": self.label,
            "scores": dict(self.scores),
            "spam": self.spam,
            "spans": [dict(s) for s in self.spans],
            "automated": self.automated,
            "categories": dict(self.categories),
            "targets": list(self.targets),
            "evidence": json.loads(json.dumps(self.evidence)),
        }


@dataclass(frozen=True)
class _Det:
    label: str
    scores: dict[str, float]
    spam: float
    spans: list[dict[str, Any]]
    model: str
    categories: dict[str, float]
    targets: tuple[str, ...]


def _get(obj: Any, key: str, default: Any = None) -> Any:
    if isinstance(obj, Mapping):
        return obj.get(key, default)
    return getattr(obj, key, default)


def _as_det(detection: Any) -> _Det:
    label = _get(detection, "label")
    if label not in LABELS:
        raise PolicyError(f"detection label {label!r} is not one of {LABELS}")
    scores = {str(k): float(v) for k, v in dict(_get(detection, "scores") or {}).items()}
    categories = {str(k): float(v)
                  for k, v in dict(_get(detection, "categories") or {}).items()}
    return _Det(
        label=label,
        scores=scores,
        spam=float(_get(detection, "spam", 0.0) or 0.0),
        spans=[dict(s) for s in (_get(detection, "spans") or [])],
        model=str(_get(detection, "model", "") or ""),
        categories=categories,
        targets=tuple(str(t) for t in (_get(detection, "targets") or [])),
    )


def _num(x: float, lang: str) -> str:
    s = f"{x:.2f}"
    return s.replace(".", ",") if lang == "vi" else s


def _grounds(evidence: Mapping[str, Any], lang: str) -> str:
    """The evidence as one sentence for people ("" when the rule looked at no score)."""
    i = 0 if lang == "vi" else 1
    parts = [f"{CATEGORY_NAMES.get(c, (c, c))[i]} {_num(p, lang)}"
             for c, p in evidence.get("categories", {}).items()]
    parts += [f"{'điểm' if lang == 'vi' else 'score'} {lab} {_num(p, lang)}"
              for lab, p in evidence.get("scores", {}).items()]
    if "spam" in evidence:
        parts.append(f"{CATEGORY_NAMES['spam'][i]} {_num(evidence['spam'], lang)}")
    if evidence.get("targets"):
        names = ", ".join(TARGET_NAMES.get(t, (t, t))[i] for t in evidence["targets"])
        parts.append(f"{'nhắm vào' if lang == 'vi' else 'aimed at'}: {names}")
    if not parts:
        return ""
    head = ("Căn cứ (điểm do mô hình tự động ước tính, từ 0 đến 1)" if lang == "vi"
            else "Grounds (scores estimated by an automated model, 0 to 1)")
    return f"{head}: {'; '.join(parts)}."


def _evidence(rule: Rule, det: _Det) -> dict[str, Any]:
    ev = rule.when.evidence(det)
    cat = rule.category
    if cat in CATEGORIES and det.categories:
        # The decision's own category, when the rule reached it another way (a label or
        # spam threshold). Not for spam the rule already measured: the surface-aware spam
        # score and the category probability may differ, and showing both would contradict.
        if cat not in ev.get("categories", {}) and not (cat == "spam" and "spam" in ev):
            ev.setdefault("categories", {})[cat] = det.categories.get(cat, 0.0)
    if cat == "identity_attack" and det.targets and "targets" not in ev:
        ev["targets"] = list(det.targets)
    return ev


def _notice(rule: Rule, evidence: Mapping[str, Any], lang: str) -> str:
    parts = [rule.reason_vi if lang == "vi" else rule.reason_en, _grounds(evidence, lang)]
    if rule.category in NEVER_REMOVED:
        # Last, so that what a person who may be at risk reads last is where to find help.
        parts.append(SELF_HARM_SUPPORT_VI if lang == "vi" else SELF_HARM_SUPPORT_EN)
    return " ".join(p for p in parts if p)


class Policy:
    """An ordered rule list with a version. Build with ``Policy.load(path)`` or ``from_toml``."""

    def __init__(self, *, version: str, rules: list[Rule], default: Rule, text: str = "",
                 description: str = "") -> None:
        self.version = version
        self.rules = tuple(rules)
        self.default = default
        self.description = description
        # A policy built from a dict gets a canonical TOML text, so that it can be stored,
        # reloaded and digested like one read from a file.
        self.text = text or _to_toml(self.to_dict())

    # -- loading ---------------------------------------------------------------------------
    @classmethod
    def load(cls, path: str | Path | None = None) -> Policy:
        """Load a TOML policy file (default: the policy shipped with vimod)."""
        p = Path(path) if path is not None else DEFAULT_POLICY_PATH
        try:
            text = p.read_text(encoding="utf-8")
        except OSError as e:
            raise PolicyError(f"cannot read policy file {p}: {e}") from e
        except UnicodeDecodeError as e:
            raise PolicyError(f"policy file {p} is not UTF-8: {e}") from e
        return cls.from_toml(text, source=str(p))

    @classmethod
    def from_toml(cls, text: str, *, source: str = "<string>") -> Policy:
        try:
            data = tomllib.loads(text)
        except tomllib.TOMLDecodeError as e:
            raise PolicyError(f"{source}: not valid TOML: {e}") from e
        return cls.from_dict(data, text=text, source=source)

    @classmethod
    def from_dict(
        cls, data: Mapping[str, Any], *, text: str = "", source: str = "<dict>"
    ) -> Policy:
        _check_keys(data, _TOP_KEYS, source)
        version = data.get("version")
        if not isinstance(version, str) or not version.strip() or len(version) > 50:
            raise PolicyError(f"{source}: 'version' must be a non-empty string of ≤ 50 chars")
        raw_rules = data.get("rules", [])
        if not isinstance(raw_rules, list):
            raise PolicyError(f"{source}: 'rules' must be an array of tables ([[rules]])")
        rules: list[Rule] = []
        seen: set[str] = set()
        for i, raw in enumerate(raw_rules):
            where = f"{source}: rules[{i}]"
            if not isinstance(raw, Mapping):
                raise PolicyError(f"{where} must be a table")
            _check_keys(raw, _RULE_KEYS, where)
            name = raw.get("name")
            if not isinstance(name, str) or not _NAME_RE.match(name) or name == "default":
                raise PolicyError(
                    f"{where}: 'name' must match {_NAME_RE.pattern} and not be 'default'"
                )
            if name in seen:
                raise PolicyError(f"{where}: duplicate rule name {name!r}")
            seen.add(name)
            rules.append(_parse_rule(raw, name, f"{source}: rule {name!r}"))
        raw_default = data.get("default")
        if not isinstance(raw_default, Mapping):
            raise PolicyError(f"{source}: a [default] table is required (used when no rule fires)")
        _check_keys(raw_default, _DEFAULT_KEYS, f"{source}: [default]")
        default = _parse_rule(raw_default, "default", f"{source}: [default]")
        desc = data.get("description", "")
        if not isinstance(desc, str):
            raise PolicyError(f"{source}: 'description' must be a string")
        return cls(version=version.strip(), rules=rules, default=default, text=text,
                   description=desc)

    # -- deciding --------------------------------------------------------------------------
    def decide(self, item: Any, detection: Any) -> Decision:
        """Apply the rules, first match wins. Pure: no database, clock or network.

        ``item`` is anything with a ``surface`` (mapping key or attribute; missing means
        ``"comment"``); ``detection`` a ``vimod.Detection`` or its ``to_dict()`` (without
        ``categories`` / ``targets`` for models older than the taxonomy: they read as 0 /
        none).
        """
        surface = _get(item, "surface") or "comment"
        det = _as_det(detection)
        chosen = self.default
        for rule in self.rules:
            if rule.when.matches(surface, det):
                chosen = rule
                break
        evidence = _evidence(chosen, det)
        return Decision(
            action=chosen.action,
            rule=chosen.name,
            category=chosen.category,
            reason_vi=_notice(chosen, evidence, "vi"),
            reason_en=_notice(chosen, evidence, "en"),
            policy_version=self.version,
            model=det.model,
            label=det.label,
            scores=det.scores,
            spam=det.spam,
            spans=det.spans,
            automated=True,
            categories=det.categories,
            targets=list(det.targets),
            evidence=evidence,
        )

    # -- writing ---------------------------------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        """The policy as plain data; ``Policy.from_dict(p.to_dict())`` decides like ``p``."""
        out: dict[str, Any] = {"version": self.version}
        if self.description:
            out["description"] = self.description
        out["rules"] = [r.to_dict() for r in self.rules]
        out["default"] = self.default.to_dict()
        return out

    @property
    def digest(self) -> str:
        """sha256 of the policy text (two files with one version must be the same file)."""
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()

    def __repr__(self) -> str:
        return f"Policy(version={self.version!r}, rules={len(self.rules)})"


def _toml_value(v: Any) -> str:
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (int, float)):
        return repr(float(v))
    if isinstance(v, str):
        return json.dumps(v, ensure_ascii=False)  # a JSON string is a TOML basic string
    if isinstance(v, list):
        return "[" + ", ".join(_toml_value(x) for x in v) + "]"
    if isinstance(v, Mapping):
        return "{ " + ", ".join(f"{_toml_key(k)} = {_toml_value(x)}" for k, x in v.items()) + " }"
    raise TypeError(f"cannot write {type(v).__name__} as TOML")


def _toml_key(k: str) -> str:
    return k if re.fullmatch(r"[A-Za-z0-9_-]+", k) else json.dumps(k, ensure_ascii=False)


def _to_toml(data: Mapping[str, Any]) -> str:
    """Canonical TOML for a policy dict (the closed schema above: no nested arrays of tables)."""
    lines = [f"version = {_toml_value(data['version'])}"]
    if data.get("description"):
        lines.append(f"description = {_toml_value(data['description'])}")
    for rule in data.get("rules", []):
        lines += ["", "[[rules]]"] + [f"{k} = {_toml_value(v)}" for k, v in rule.items()]
    lines += ["", "[default]"] + [f"{k} = {_toml_value(v)}" for k, v in data["default"].items()]
    return "\n".join(lines) + "\n"


def _check_keys(data: Mapping[str, Any], allowed: set[str], where: str) -> None:
    for key in data:
        if key in allowed:
            continue
        low = str(key).lower()
        if low in _PERSON_KEYS or low.startswith("author"):
            raise PolicyError(
                f"{where}: {key!r} is not allowed: rules act on content, never on persons "
                "(authors are opaque ids and no condition may look at them)"
            )
        raise PolicyError(f"{where}: unknown field {key!r} (allowed: {sorted(allowed)})")


def _text(raw: Mapping[str, Any], key: str, where: str) -> str:
    value = raw.get(key)
    if not isinstance(value, str) or not value.strip():
        raise PolicyError(f"{where}: {key!r} must be a non-empty string")
    return value.strip()


def _is_political(name: Any) -> bool:
    return isinstance(name, str) and any(w in name.lower() for w in _POLITICAL_WORDS)


def _check_name(name: Any, valid: tuple[str, ...], where: str, what: str) -> str:
    """``name`` if it is one of ``valid``; else a PolicyError that lists the valid names."""
    if isinstance(name, str) and name in valid:
        return name
    why = (" (political or civic speech is never a harm category or target)"
           if _is_political(name) else "")
    raise PolicyError(f"{where}: {what} {name!r} is not one of {', '.join(valid)}{why}")


def _parse_rule(raw: Mapping[str, Any], name: str, where: str) -> Rule:
    action = raw.get("action")
    if action in _NON_CONTENT_ACTIONS:
        raise PolicyError(
            f"{where}: action {action!r} targets a person; vimod only acts on content "
            f"({', '.join(ACTIONS)})"
        )
    if action not in ACTIONS:
        raise PolicyError(f"{where}: action {action!r} is not one of {ACTIONS}")
    category = raw.get("category")
    if _is_political(category):
        raise PolicyError(
            f"{where}: category {category!r} is refused: political or civic speech is never a "
            f"harm category (valid: {', '.join(DECISION_CATEGORIES)})"
        )
    if category not in _RULE_CATEGORIES:
        raise PolicyError(
            f"{where}: category {category!r} is not one of {', '.join(DECISION_CATEGORIES)} "
            f"(policies older than the taxonomy may also use {', '.join(LEGACY_CATEGORIES)})"
        )
    if category == "none" and action != "allow":
        raise PolicyError(
            f"{where}: a rule that does {action!r} must name the harm it acts on; category "
            "'none' is only for 'allow'"
        )
    when_raw = raw.get("when", {})
    if not isinstance(when_raw, Mapping):
        raise PolicyError(f"{where}: 'when' must be a table")
    when = _parse_when(when_raw, where)
    # Safety rule: self-harm content goes to humans, never removed automatically. A person
    # who writes about hurting themselves may be at risk; a silent removal tells them only
    # that they were silenced, while review lets a person answer and the notice carries
    # support numbers. Refused both as the rule's category and as one of its conditions.
    removes_on = {category} | {c for c, _ in when.category_at_least}
    for cat in NEVER_REMOVED:
        if action == "remove" and cat in removes_on:
            raise PolicyError(
                f"{where}: a rule may not remove on {cat!r}: self-harm content goes to a "
                "human moderator (use action 'review'), never removed automatically"
            )
    description = raw.get("description", "")
    if not isinstance(description, str):
        raise PolicyError(f"{where}: 'description' must be a string")
    return Rule(
        name=name,
        action=action,
        category=category,
        reason_vi=_text(raw, "reason_vi", where),
        reason_en=_text(raw, "reason_en", where),
        when=when,
        description=description,
    )


def _str_list(value: Any, where: str, key: str, pattern: re.Pattern[str] | None = None,
              allowed: tuple[str, ...] | None = None) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not value or not all(isinstance(v, str) for v in value):
        raise PolicyError(f"{where}: when.{key} must be a string or a non-empty list of strings")
    for v in value:
        if allowed is not None:
            _check_name(v, allowed, where, f"when.{key} value")
        if pattern is not None and not pattern.match(v):
            raise PolicyError(f"{where}: when.{key} value {v!r} must match {pattern.pattern}")
    return tuple(value)


def _prob(value: Any, where: str, key: str) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 <= value <= 1:
        raise PolicyError(f"{where}: {key} must be a number between 0 and 1, got {value!r}")
    return float(value)


def _score_table(value: Any, where: str, key: str,
                 names: tuple[str, ...]) -> tuple[tuple[str, float], ...]:
    if not isinstance(value, Mapping) or not value:
        example = "{ HATE = 0.8 }" if names is LABELS else "{ threat = 0.8 }"
        raise PolicyError(f"{where}: when.{key} must be a table like {example}")
    out = []
    for name, t in value.items():
        _check_name(name, names, where, f"when.{key} name")
        out.append((name, _prob(t, where, f"when.{key}.{name}")))
    return tuple(out)


def _parse_when(raw: Mapping[str, Any], where: str) -> Condition:
    _check_keys(raw, _WHEN_KEYS, f"{where}: when")
    kw: dict[str, Any] = {}
    if "surface" in raw:
        kw["surface"] = _str_list(raw["surface"], where, "surface", pattern=_SURFACE_RE)
    if "label" in raw:
        kw["label"] = _str_list(raw["label"], where, "label", allowed=LABELS)
    if "targets" in raw:
        kw["targets"] = _str_list(raw["targets"], where, "targets", allowed=TARGETS)
    for key in ("score_at_least", "score_below"):
        if key in raw:
            kw[key] = _score_table(raw[key], where, key, LABELS)
    for key in ("category_at_least", "category_below"):
        if key in raw:
            kw[key] = _score_table(raw[key], where, key, CATEGORIES)
    for key in ("spam_at_least", "spam_below"):
        if key in raw:
            kw[key] = _prob(raw[key], where, f"when.{key}")
    for key in ("has_spans", "has_categories"):
        if key in raw:
            if not isinstance(raw[key], bool):
                raise PolicyError(f"{where}: when.{key} must be true or false")
            kw[key] = raw[key]
    return Condition(**kw)
