"""Request and response models of the HTTP API (one family per entity, like the FastAPI
template: ``...Create`` for input, ``...Public`` for output). Every input model forbids
unknown fields, and every string refuses NUL characters and lone surrogates (``"\\ud800"``
in JSON), which no database can store."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Discriminator,
    Field,
    StringConstraints,
    Tag,
    model_validator,
)

MAX_TEXT_CHARS = 20_000
MAX_BATCH = 100


def _check_chars(value: str) -> str:
    if "\x00" in value:
        raise ValueError("must not contain NUL (\\u0000) characters")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise ValueError(
            "must be valid Unicode text (lone surrogates such as \\ud800 are not allowed)"
        ) from None
    return value


def _not_blank(value: str) -> str:
    if not value.strip():
        raise ValueError("must not be empty or only whitespace")
    return value


def _utc(value: datetime | None) -> datetime | None:
    # Naive times are taken as UTC; aware ones are converted so the store holds one zone.
    if value is None:
        return None
    if value.tzinfo is None:
        return value.replace(tzinfo=UTC)
    return value.astimezone(UTC)


# An opaque identifier of the platform (item id, author id): printable, ≤ 200 chars.
OpaqueId = Annotated[
    str,
    StringConstraints(min_length=1, max_length=200, pattern=r"^[^\x00-\x1f\x7f]+$"),
    AfterValidator(_check_chars),
]
Text = Annotated[
    str,
    StringConstraints(min_length=1, max_length=MAX_TEXT_CHARS),
    AfterValidator(_check_chars),
    AfterValidator(_not_blank),
]
Surface = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9_]{0,49}$")]
UtcDatetime = Annotated[datetime, AfterValidator(_utc)]


# Short free texts of people (a reason, a note, a statement), by their longest length.
Short100 = Annotated[str, StringConstraints(min_length=1, max_length=100),
                     AfterValidator(_check_chars), AfterValidator(_not_blank)]
Short300 = Annotated[str, StringConstraints(min_length=1, max_length=300),
                     AfterValidator(_check_chars), AfterValidator(_not_blank)]
Short2000 = Annotated[str, StringConstraints(min_length=1, max_length=2000),
                      AfterValidator(_check_chars), AfterValidator(_not_blank)]
Short5000 = Annotated[str, StringConstraints(min_length=1, max_length=5000),
                      AfterValidator(_check_chars), AfterValidator(_not_blank)]


class _In(BaseModel):
    model_config = ConfigDict(extra="forbid")


class _Out(BaseModel):
    model_config = ConfigDict(from_attributes=True)


# -- moderate -------------------------------------------------------------------------------
class ModerateItem(_In):
    """One piece of content to moderate."""

    id: OpaqueId = Field(description="The platform's own id of the item (idempotency key).")
    text: Text = Field(description=f"The content, 1..{MAX_TEXT_CHARS} characters.")
    author_id: OpaqueId | None = Field(
        default=None, description="Opaque author id; stored, never used to decide."
    )
    surface: Surface = Field(
        default="comment",
        description="Where it appears: comment, post, message, username, marketplace_listing…",
    )
    created_at: UtcDatetime | None = None

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={"examples": [{"id": "c-1", "text": "Bài viết hay quá, cảm ơn bạn!"}]},
    )


class ModerateBatch(_In):
    items: list[ModerateItem] = Field(min_length=1, max_length=MAX_BATCH)

    @model_validator(mode="after")
    def _unique_ids(self) -> ModerateBatch:
        seen: set[str] = set()
        for item in self.items:
            if item.id in seen:
                raise ValueError(f"item id {item.id!r} appears twice in the batch")
            seen.add(item.id)
        return self


def _moderate_kind(value: Any) -> str:
    if isinstance(value, dict):
        return "batch" if "items" in value else "single"
    return "batch" if isinstance(value, ModerateBatch) else "single"


ModerateRequest = Annotated[
    Annotated[ModerateItem, Tag("single")] | Annotated[ModerateBatch, Tag("batch")],
    Discriminator(_moderate_kind),
]


class Span(_Out):
    start: int
    end: int
    text: str
    category: str | None = Field(
        default=None, description="The taxonomy category the passage carries (absent on "
        "detections made before the taxonomy).")


class DetectionPublic(_Out):
    label: str = Field(description="CLEAN, OFFENSIVE or HATE: always the highest of `scores`.")
    scores: dict[str, float]
    spam: float
    spans: list[Span]
    model: str
    categories: dict[str, float] = Field(
        default_factory=dict, description="A probability per category of vimod's taxonomy "
        "(empty on detections made before the taxonomy).")
    targets: list[str] = Field(
        default_factory=list, description="The identity types attacked, if any.")


class Bilingual(_Out):
    vi: str
    en: str


class StatementOfReasons(_Out):
    """What the author can be shown: decision, grounds, facts, means, redress."""

    action: str
    category: str
    rule: str
    explanation: Bilingual
    facts: list[str] = Field(description="The passages the decision relied on (spans).")
    automated_detection: bool
    automated_decision: bool
    redress: Bilingual


class ModerateResult(_Out):
    id: str
    decision_id: str
    action: Literal["allow", "label", "review", "remove"]
    rule: str
    category: str
    automated: bool
    policy_version: str
    model_version: str
    detection: DetectionPublic
    reasons: StatementOfReasons
    replayed: bool = Field(description="True when this id was moderated before (no new run).")
    created_at: UtcDatetime


class ModerateBatchResult(_Out):
    results: list[ModerateResult]


# -- decisions and items --------------------------------------------------------------------
class AppealSummary(_Out):
    appeal_id: str
    status: str
    created_at: UtcDatetime
    decided_at: UtcDatetime | None = None


class DecisionPublic(_Out):
    decision_id: str
    item_id: str
    action: str
    rule: str
    category: str
    automated: bool
    origin: str
    policy_version: str
    model_version: str
    scores: dict[str, float]
    spans: list[Span]
    reasons: StatementOfReasons
    supersedes: str | None
    current: bool
    created_at: UtcDatetime
    appeals: list[AppealSummary] = []


class ReportCreate(_In):
    item_id: OpaqueId
    reason: Short100 = Field(description="Why the user reports it, e.g. hate, spam, scam.")
    note: Short2000 | None = None


class ReportPublic(_Out):
    report_id: int
    item_id: str
    reason: str
    note: str | None
    created_at: UtcDatetime
    review_task_id: int | None = None


class AuthorityRequestCreate(_In):
    item_id: OpaqueId
    authority: Short300 = Field(description="Name of the public authority.")
    legal_basis: Short2000 = Field(description="The legal provision the authority cites.")
    deadline: UtcDatetime
    note: Short2000 | None = None


class AuthorityRequestPublic(_Out):
    request_id: int
    item_id: str
    authority: str
    legal_basis: str
    deadline: UtcDatetime | None
    outcome: str
    note: str | None
    created_at: UtcDatetime
    review_task_id: int | None = None


class AppealCreate(_In):
    decision_id: Annotated[str, StringConstraints(min_length=1, max_length=40,
                                                  pattern=r"^[A-Za-z0-9_]+$")]
    statement: Short5000 = Field(description="The author's own words.")


class AppealPublic(_Out):
    appeal_id: str
    decision_id: str
    item_id: str
    status: str
    statement: str
    created_at: UtcDatetime
    decided_at: UtcDatetime | None = None
    reason: str | None = None
    review_task_id: int | None = None


class ItemPublic(_Out):
    id: str
    surface: str
    author_id: str | None
    text: str
    created_at: UtcDatetime | None
    received_at: UtcDatetime
    detection: DetectionPublic
    current_decision: DecisionPublic | None
    decisions: list[DecisionPublic]
    reports: list[ReportPublic]
    authority_requests: list[AuthorityRequestPublic]
    appeals: list[AppealPublic]


class Health(_Out):
    status: str
    database: str
    policy_version: str
    model_version: str


class ErrorPublic(_Out):
    detail: Any
