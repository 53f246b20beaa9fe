"""Human review: claims, verdicts on items and decisions on appeals.

Each act runs in the caller's transaction and appends what it means to the record: a
decision (where the outcome is one), a ``reviews`` row, an audit row and a webhook outbox
event, so the platform hears about every change that committed and about nothing that did
not. The rules of human review live here (and nowhere else):

- a task claimed by one moderator cannot be claimed or decided by another until the claim
  goes stale (``vimod.store.tasks.CLAIM_TTL``) or is released;
- an appeal is decided by someone other than whoever made the appealed decision (and the
  item's current decision, when a person made that one);
- every act needs a non-empty reason; a person chooses a final action (``FINAL_ACTIONS``);
- upholding a ``review`` hold removes the content; an authority request counts as actioned
  when the content is removed or labelled.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from vimod.errors import Conflict, InvalidInput, NotFound
from vimod.messages import LANGS, message
from vimod.store import audit, moderation, outbox, tasks
from vimod.store.db import Session
from vimod.store.models import Appeal, Decision, Item, Review, User
from vimod.store.views import appeal_deciders, get_appeal
from vimod.vocab import CATEGORIES, FINAL_ACTIONS, VERDICTS, user_actor

#: The longest reason a moderator may give.
MAX_REASON = 5000
#: Outcomes of an appeal decision: the appealed decision stands, or it is reversed.
APPEAL_OUTCOMES = ("uphold", "reverse")


def _now(now: datetime | None) -> datetime:
    return now or datetime.now(UTC)


def clean_reason(reason: str | None) -> str:
    reason = (reason or "").strip()
    if not reason:
        raise InvalidInput("a reason is required")
    if len(reason) > MAX_REASON:
        raise InvalidInput(f"the reason is longer than {MAX_REASON} characters")
    return reason


#: The category of a human decision that finds no violation.
NO_CATEGORY = "none"
#: The longest team note.
MAX_NOTE = 5000


def check_category(category: str | None) -> str | None:
    if category is not None and category not in (*CATEGORIES, NO_CATEGORY):
        raise InvalidInput(f"category {category!r} must be one of {', '.join(CATEGORIES)}")
    return category


def verdict_for(current: Decision | None, action: str) -> tuple[str, str | None]:
    """The verdict that leads to ``action`` (a canned reason names the action it implies):
    uphold when that is what upholding does, else overturn to it."""
    if action not in FINAL_ACTIONS:
        raise InvalidInput(f"action {action!r} must be one of {', '.join(FINAL_ACTIONS)}")
    if action == upheld_action(current):
        return "uphold", None
    return "overturn", action


def upheld_action(current: Decision | None) -> str:
    """The action an "uphold" leaves in place. A ``review`` hold is not a final state: the
    reviewer upholding the detector's concern means the content comes down."""
    if current is None or current.action == "review":
        return "remove"
    return current.action


def may_decide_appeal(session: Session, appeal: Appeal, user: User) -> bool:
    """False for the people behind the decisions under appeal."""
    return user.id not in appeal_deciders(session, appeal)


def _check_other_moderator(session: Session, appeal: Appeal, user: User) -> None:
    if not may_decide_appeal(session, appeal, user):
        raise Conflict(
            "this appeal must be decided by a moderator other than the one who made the "
            "decision under appeal"
        )


def _get_item(session: Session, item_id: int) -> Item:
    item = session.get(Item, item_id)
    if item is None:
        raise NotFound(f"item {item_id} does not exist")
    return item


def _current(session: Session, item: Item) -> Decision | None:
    return session.get(Decision, item.current_decision_id) if item.current_decision_id else None


# --------------------------------------------------------------------------- claims


def claim_item(session: Session, item_id: int, user: User, *, now: datetime | None = None) -> int:
    """Claim every pending (non-appeal) task of the item. Conflict if another holds it."""
    n = tasks.claim(session, tasks.of_item(item_id), user.id, _now(now), f"item {item_id}")
    audit.record(session, actor=user_actor(user.username), action="item.claimed",
                 object_type="item", object_id=item_id, after={"claimed_by": user.username})
    return n


def release_item(session: Session, item_id: int, user: User) -> int:
    n = tasks.release(session, tasks.of_item(item_id), user.id)
    if n:
        audit.record(session, actor=user_actor(user.username), action="item.released",
                     object_type="item", object_id=item_id)
    return n


def claim_appeal(
    session: Session, appeal_id: int, user: User, *, now: datetime | None = None
) -> int:
    appeal = get_appeal(session, appeal_id)
    _check_other_moderator(session, appeal, user)
    n = tasks.claim(session, tasks.of_appeal(appeal_id), user.id, _now(now),
                    f"appeal {appeal.public_id}")
    audit.record(session, actor=user_actor(user.username), action="appeal.claimed",
                 object_type="appeal", object_id=appeal.public_id,
                 after={"claimed_by": user.username})
    return n


def release_appeal(session: Session, appeal_id: int, user: User) -> int:
    appeal = get_appeal(session, appeal_id)
    n = tasks.release(session, tasks.of_appeal(appeal_id), user.id)
    if n:
        audit.record(session, actor=user_actor(user.username), action="appeal.released",
                     object_type="appeal", object_id=appeal.public_id)
    return n


# --------------------------------------------------------------------------- decisions


def _human_decision(
    session: Session, *, item: Item, base: Decision | None, action: str, rule: str,
    reason: str, origin: str, user: User, now: datetime, category: str | None = None,
    wording: dict[str, str] | None = None,
) -> Decision:
    """Append a person's decision. Its category is the one the moderator chose, else the one
    of the decision it replaces; its statement of reasons says who looked and why, in both
    languages (``wording``: the reason per language, for a canned reason)."""
    det = item.detection or {}
    if action == "allow":
        category = NO_CATEGORY
    elif category is not None and category != NO_CATEGORY:
        pass
    elif base is not None and base.category != "none":
        category = base.category
    else:
        category = "manual"
    words = wording or {}
    vi, en = (f"{message(f'decision.{origin}_intro', lang)} "
              f"{message('decision.reason', lang, reason=words.get(lang, reason))}"
              for lang in LANGS)
    return moderation.append_decision(
        session, item,
        action=action, rule=rule, category=category, reason_vi=vi, reason_en=en,
        policy_version=base.policy_version if base else "-",
        model_version=base.model_version if base else str(det.get("model", "-")),
        scores=base.scores if base else dict(det.get("scores", {})),
        spans=base.spans if base else list(det.get("spans", [])),
        automated=False, origin=origin, reviewer_id=user.id,
        supersedes_id=base.id if base else None, created_at=now,
    )


def _decision_payload(item: Item, decision: Decision, previous: Decision | None) -> dict[str, Any]:
    return {
        "item_id": item.external_id,
        "decision_id": decision.public_id,
        "action": decision.action,
        "rule": decision.rule,
        "origin": decision.origin,
        "automated": False,
        "reason": {"vi": decision.reason_vi, "en": decision.reason_en},
        "policy_version": decision.policy_version,
        "previous_decision_id": previous.public_id if previous else None,
        "previous_action": previous.action if previous else None,
        "created_at": decision.created_at.isoformat(),
    }


def _escalate(session: Session, item: Item, user: User, reason: str, now: datetime) -> Review:
    escalated = tasks.escalate(session, tasks.of_item(item.id), user.id, now, f"item {item.id}")
    review = moderation.add_review(
        session, platform_id=item.platform_id, task_id=escalated[0].id, item_id=item.id,
        reviewer_id=user.id, verdict="escalate", action=None, reason=reason,
        decision_id=None, created_at=now,
    )
    audit.record(
        session, actor=user_actor(user.username), action="review.escalate", object_type="item",
        object_id=item.id, platform_id=item.platform_id,
        after={"reason": reason, "tasks": [t.id for t in escalated], "review_id": review.id},
    )
    return review


def review_item(
    session: Session,
    item_id: int,
    user: User,
    *,
    verdict: str,
    reason: str,
    action: str | None = None,
    category: str | None = None,
    wording: dict[str, str] | None = None,
    now: datetime | None = None,
) -> Review:
    """Uphold, overturn (to ``action``) or escalate the item's pending review tasks.

    ``category`` (of vimod's taxonomy, or ``none``) is recorded on the human decision;
    ``wording`` gives the reason per language (a canned reason and the free text added to
    it), ``reason`` being what the review row and the audit log keep."""
    now = _now(now)
    reason = clean_reason(reason)
    check_category(category)
    if wording is not None:
        wording = {lang: clean_reason(wording.get(lang, reason)) for lang in LANGS}
    if verdict not in VERDICTS:
        raise InvalidInput(f"verdict {verdict!r} must be one of {', '.join(VERDICTS)}")
    item = _get_item(session, item_id)
    current = _current(session, item)
    if verdict == "overturn":
        if action not in FINAL_ACTIONS:
            raise InvalidInput(f"overturn needs an action, one of {', '.join(FINAL_ACTIONS)}")
        if current is not None and action == current.action:
            raise InvalidInput(f"the current action is already {action!r}: uphold instead")
    if verdict == "escalate":
        return _escalate(session, item, user, reason, now)

    closed = tasks.close(session, tasks.of_item(item_id), user.id, now, f"item {item_id}")
    new_action = upheld_action(current) if verdict == "uphold" else str(action)
    rule = current.rule if (verdict == "uphold" and current is not None) else "human_review"
    decision = _human_decision(session, item=item, base=current, action=new_action, rule=rule,
                               reason=reason, origin="review", user=user, now=now,
                               category=category, wording=wording)
    review = moderation.add_review(
        session, platform_id=item.platform_id, task_id=closed[0].id, item_id=item.id,
        reviewer_id=user.id, verdict=verdict, action=new_action, reason=reason,
        decision_id=decision.id, created_at=now,
    )
    outcome = "actioned" if new_action in ("remove", "label") else "declined"
    moderation.resolve_authority_requests(session, closed, outcome, now)
    session.flush()
    audit.record(
        session, actor=user_actor(user.username), action=f"review.{verdict}",
        object_type="item", object_id=item.id, platform_id=item.platform_id,
        before={"decision": current.public_id, "action": current.action} if current else None,
        after={"decision": decision.public_id, "action": new_action, "reason": reason,
               "category": decision.category, "tasks": [t.id for t in closed],
               "review_id": review.id},
    )
    outbox.enqueue(session, platform_id=item.platform_id, event_type="decision.changed",
                   payload=_decision_payload(item, decision, current))
    return review


def decide_appeal(
    session: Session,
    appeal_id: int,
    user: User,
    *,
    outcome: str,
    reason: str,
    action: str | None = None,
    now: datetime | None = None,
) -> Appeal:
    """Uphold the appealed decision or reverse it (to ``action``, default ``allow``).

    Appends a human decision (origin ``appeal``), a review row, an audit row and an
    ``appeal.decided`` webhook event in the caller's transaction.
    """
    now = _now(now)
    reason = clean_reason(reason)
    if outcome not in APPEAL_OUTCOMES:
        raise InvalidInput(f"outcome {outcome!r} must be 'uphold' or 'reverse'")
    appeal = get_appeal(session, appeal_id)
    if appeal.status != "pending":
        raise Conflict(f"appeal {appeal_id} is already {appeal.status}")
    _check_other_moderator(session, appeal, user)
    appealed = session.get(Decision, appeal.decision_id)
    item = session.get(Item, appeal.item_id)
    assert appealed is not None and item is not None  # FKs
    current = _current(session, item)
    if outcome == "reverse":
        action = action or "allow"
        if action not in FINAL_ACTIONS:
            raise InvalidInput(f"action {action!r} must be one of {', '.join(FINAL_ACTIONS)}")
        if action == appealed.action:
            raise InvalidInput(f"the appealed action is already {action!r}: uphold instead")
        new_action = action
    else:
        new_action = upheld_action(appealed)

    where = tasks.of_appeal(appeal_id)
    closed = (tasks.close(session, where, user.id, now, f"appeal {appeal_id}")
              if tasks.has_pending(session, where) else [])
    decision = _human_decision(
        session, item=item, base=current or appealed, action=new_action,
        rule=appealed.rule if outcome == "uphold" else "appeal_reversed", reason=reason,
        origin="appeal", user=user, now=now,
    )
    status = "upheld" if outcome == "uphold" else "reversed"
    appeal.status = status
    appeal.decided_by = user.id
    appeal.decided_at = now
    appeal.outcome_decision_id = decision.id
    appeal.reason = reason
    if closed:
        moderation.add_review(
            session, platform_id=item.platform_id, task_id=closed[0].id, item_id=item.id,
            reviewer_id=user.id, verdict="uphold" if outcome == "uphold" else "overturn",
            action=new_action, reason=reason, decision_id=decision.id, created_at=now,
        )
    session.flush()
    audit.record(
        session, actor=user_actor(user.username), action=f"appeal.{status}",
        object_type="appeal", object_id=appeal.public_id, platform_id=item.platform_id,
        before={"status": "pending", "decision": appealed.public_id, "action": appealed.action},
        after={"status": status, "decision": decision.public_id, "action": new_action,
               "reason": reason},
    )
    payload = _decision_payload(item, decision, current)
    payload.update({"appeal_id": appeal.public_id, "appealed_decision_id": appealed.public_id,
                    "outcome": status, "appeal_reason": reason})
    outbox.enqueue(session, platform_id=item.platform_id, event_type="appeal.decided",
                   payload=payload)
    return appeal


def review_items(
    session: Session,
    item_ids: list[int],
    user: User,
    *,
    action: str,
    reason: str,
    category: str | None = None,
    wording: dict[str, str] | None = None,
    now: datetime | None = None,
) -> list[Review]:
    """One act over several items (a spam wave, a selection): each item gets its own human
    decision with the same action, reason and category, its own review, audit row and
    webhook event, so each stays appealable on its own. All or nothing: an item someone
    else holds, or that is no longer pending, refuses the whole act (``Conflict``)."""
    if not item_ids:
        raise InvalidInput("choose at least one item")
    now = _now(now)
    reviews = []
    for item_id in dict.fromkeys(item_ids):
        current = _current(session, _get_item(session, item_id))
        verdict, overturn_to = verdict_for(current, action)
        reviews.append(review_item(session, item_id, user, verdict=verdict, reason=reason,
                                   action=overturn_to, category=category, wording=wording,
                                   now=now))
    audit.record(session, actor=user_actor(user.username), action="review.bulk",
                 object_type="item", object_id=",".join(str(i) for i in item_ids)[:100],
                 after={"items": list(dict.fromkeys(item_ids)), "action": action,
                        "category": category, "reason": reason})
    return reviews


# --------------------------------------------------------------------------- notes


def add_note(session: Session, item_id: int, user: User, text: str, *,
             now: datetime | None = None) -> int:
    """A team-internal note on an item: audited, never sent to the platform or the author."""
    text = (text or "").strip()
    if not text:
        raise InvalidInput("a note needs text")
    if len(text) > MAX_NOTE:
        raise InvalidInput(f"the note is longer than {MAX_NOTE} characters")
    item = _get_item(session, item_id)
    note_id = moderation.add_note(session, platform_id=item.platform_id, item_id=item.id,
                                  author_id=user.id, text=text, created_at=_now(now))
    audit.record(session, actor=user_actor(user.username), action="note.created",
                 object_type="item", object_id=item.id, platform_id=item.platform_id,
                 after={"note_id": note_id, "text": text})
    return note_id
