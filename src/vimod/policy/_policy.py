"""Policy files and the pure ``decide`` function.

A policy is a TOML file: a version, an ordered list of named rules and a default. The first
rule whose conditions all hold decides; when none holds, the default does. Each rule names
an action on the CONTENT (allow, label, review, remove), a harm category and the reason an
author is shown, in Vietnamese and English. Thresholds live in the file, never in code.

What a rule can look at is closed on purpose: the detector's output (label, scores, spam,
spans) and the item's surface. There is no condition on the author and no political
category, so a policy cannot target a person or an opinion; the loader refuses both.

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
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from vimod.errors import PolicyError

ACTIONS = ("allow", "label", "review", "remove")
#: Harm categories a rule may name. Political or civic speech is never a harm category.
CATEGORIES = ("hate", "offensive", "spam", "none")
LABELS = ("CLEAN", "OFFENSIVE", "HATE")
#: How severe an action is, for "stricter than" comparisons in dry runs and reports.
SEVERITY = {"allow": 0, "label": 1, "review": 2, "remove": 3}

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
                    "government", "ideolog")
_NON_CONTENT_ACTIONS = {"ban", "suspend", "strike", "fine", "block_user", "mute", "shadowban"}

_TOP_KEYS = {"version", "description", "rules", "default"}
_RULE_KEYS = {"name", "action", "category", "reason_vi", "reason_en", "when", "description"}
_DEFAULT_KEYS = {"action", "category", "reason_vi", "reason_en", "description"}
_WHEN_KEYS = {
    "surface", "label", "score_at_least", "score_below", "spam_at_least", "spam_below",
    "has_spans",
}


@dataclass(frozen=True)
class Condition:
    """All fields optional; a rule matches when every given field holds."""

    surface: tuple[str, ...] | None = None
    label: tuple[str, ...] | None = None
    score_at_least: tuple[tuple[str, float], ...] = ()
    score_below: tuple[tuple[str, float], ...] = ()
    spam_at_least: float | None = None
    spam_below: float | None = None
    has_spans: bool | None = None

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
        if self.spam_at_least is not None and det.spam < self.spam_at_least:
            return False
        if self.spam_below is not None and det.spam >= self.spam_below:
            return False
        if self.has_spans is not None and bool(det.spans) != self.has_spans:
            return False
        return True

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        if self.surface is not None:
            out["surface"] = list(self.surface)
        if self.label is not None:
            out["label"] = list(self.label)
        if self.score_at_least:
            out["score_at_least"] = dict(self.score_at_least)
        if self.score_below:
            out["score_below"] = dict(self.score_below)
        for k in ("spam_at_least", "spam_below", "has_spans"):
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


@dataclass(frozen=True)
class Decision:
    """What the policy decided on one item, with everything needed to explain it."""

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
        }


@dataclass(frozen=True)
class _Det:
    label: str
    scores: dict[str, float]
    spam: float
    spans: list[dict[str, Any]]
    model: str


def _get(obj: Any, key: str, default: Any = None) -> Any:
    if isinstance(obj, Mapping):
        return obj.get(key, default)
    return getattr(obj, key, default)


def _as_det(detection: Any) -> _Det:
    label = _get(detection, "label")
    if label not in LABELS:
        raise PolicyError(f"detection label {label!r} is not one of {LABELS}")
    scores = {str(k): float(v) for k, v in dict(_get(detection, "scores") or {}).items()}
    return _Det(
        label=label,
        scores=scores,
        spam=float(_get(detection, "spam", 0.0) or 0.0),
        spans=[dict(s) for s in (_get(detection, "spans") or [])],
        model=str(_get(detection, "model", "") or ""),
    )


class Policy:
    """An ordered rule list with a version. Build with ``Policy.load(path)`` or ``from_toml``."""

    def __init__(self, *, version: str, rules: list[Rule], default: Rule, text: str = "",
                 description: str = "") -> None:
        self.version = version
        self.rules = tuple(rules)
        self.default = default
        self.text = text
        self.description = description

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
        ``"comment"``); ``detection`` a ``vimod.Detection`` or its ``to_dict()``.
        """
        surface = _get(item, "surface") or "comment"
        det = _as_det(detection)
        chosen = self.default
        for rule in self.rules:
            if rule.when.matches(surface, det):
                chosen = rule
                break
        return Decision(
            action=chosen.action,
            rule=chosen.name,
            category=chosen.category,
            reason_vi=chosen.reason_vi,
            reason_en=chosen.reason_en,
            policy_version=self.version,
            model=det.model,
            label=det.label,
            scores=det.scores,
            spam=det.spam,
            spans=det.spans,
            automated=True,
        )

    @property
    def digest(self) -> str:
        """sha256 of the policy text (two files with one version must be the same file)."""
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()

    def __repr__(self) -> str:
        return f"Policy(version={self.version!r}, rules={len(self.rules)})"


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
    if isinstance(category, str) and any(w in category.lower() for w in _POLITICAL_WORDS):
        raise PolicyError(
            f"{where}: category {category!r} is refused: political or civic speech is never a "
            "harm category"
        )
    if category not in CATEGORIES:
        raise PolicyError(f"{where}: category {category!r} is not one of {CATEGORIES}")
    when_raw = raw.get("when", {})
    if not isinstance(when_raw, Mapping):
        raise PolicyError(f"{where}: 'when' must be a table")
    return Rule(
        name=name,
        action=action,
        category=category,
        reason_vi=_text(raw, "reason_vi", where),
        reason_en=_text(raw, "reason_en", where),
        when=_parse_when(when_raw, where),
    )


def _str_list(value: Any, where: str, key: str, pattern: re.Pattern[str] | None = None,
              allowed: tuple[str, ...] | None = None) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not value or not all(isinstance(v, str) for v in value):
        raise PolicyError(f"{where}: when.{key} must be a string or a non-empty list of strings")
    for v in value:
        if allowed is not None and v not in allowed:
            raise PolicyError(f"{where}: when.{key} value {v!r} is not one of {allowed}")
        if pattern is not None and not pattern.match(v):
            raise PolicyError(f"{where}: when.{key} value {v!r} must match {pattern.pattern}")
    return tuple(value)


def _prob(value: Any, where: str, key: str) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 <= value <= 1:
        raise PolicyError(f"{where}: {key} must be a number between 0 and 1, got {value!r}")
    return float(value)


def _score_table(value: Any, where: str, key: str) -> tuple[tuple[str, float], ...]:
    if not isinstance(value, Mapping) or not value:
        raise PolicyError(f"{where}: when.{key} must be a table like {{ HATE = 0.8 }}")
    out = []
    for lab, t in value.items():
        if lab not in LABELS:
            raise PolicyError(f"{where}: when.{key} label {lab!r} is not one of {LABELS}")
        out.append((lab, _prob(t, where, f"when.{key}.{lab}")))
    return tuple(out)


def _parse_when(raw: Mapping[str, Any], where: str) -> Condition:
    _check_keys(raw, _WHEN_KEYS, f"{where}: when")
    kw: dict[str, Any] = {}
    if "surface" in raw:
        kw["surface"] = _str_list(raw["surface"], where, "surface", pattern=_SURFACE_RE)
    if "label" in raw:
        kw["label"] = _str_list(raw["label"], where, "label", allowed=LABELS)
    for key in ("score_at_least", "score_below"):
        if key in raw:
            kw[key] = _score_table(raw[key], where, key)
    for key in ("spam_at_least", "spam_below"):
        if key in raw:
            kw[key] = _prob(raw[key], where, f"when.{key}")
    if "has_spans" in raw:
        if not isinstance(raw["has_spans"], bool):
            raise PolicyError(f"{where}: when.has_spans must be true or false")
        kw["has_spans"] = raw["has_spans"]
    return Condition(**kw)
