"""The one exception tree of vimod.

    VimodError
    ├── InvalidInput      (also a ValueError) bad text, bad file row, bad request field
    ├── ModelError        a model directory is missing, corrupt or of another version
    ├── PolicyError       a policy file does not parse or names unknown fields/actions
    ├── NotFound          an item, decision or account does not exist (or is not yours)
    ├── Conflict          the act contradicts the current state (already claimed, same reviewer)
    └── PermissionDenied  the actor's role does not allow the act

Callers catch ``VimodError`` to handle everything vimod raises on purpose; anything
else is a bug.
"""

from __future__ import annotations


class VimodError(Exception):
    """Root of every error vimod raises on purpose."""


class InvalidInput(VimodError, ValueError):
    """Input that vimod refuses, with a message that names what is wrong."""


class ModelError(VimodError):
    """A model directory cannot be loaded."""


class PolicyError(VimodError):
    """A policy file cannot be loaded or is inconsistent."""


class NotFound(VimodError, LookupError):
    """The object does not exist, or belongs to another platform."""


class Conflict(VimodError):
    """The act contradicts the object's current state."""


class PermissionDenied(VimodError):
    """The actor's role does not allow this act."""


#: The HTTP status of each kind of error, for the API and the console alike (the most
#: specific class listed wins; anything else vimod raises on purpose is a 400).
HTTP_STATUS: dict[type[VimodError], int] = {
    NotFound: 404,
    Conflict: 409,
    PermissionDenied: 403,
    InvalidInput: 422,
    PolicyError: 422,
}


def http_status(exc: VimodError, *, form: bool = False) -> int:
    """The HTTP status for ``exc`` (``HTTP_STATUS``). ``form=True`` for an HTML form shown
    again with the error: browsers know no 422 ("Unprocessable Content", a JSON-API
    convention), so the console answers a plain 400 there."""
    status = next((code for cls in type(exc).__mro__ if (code := HTTP_STATUS.get(cls))), 400)
    return 400 if form and status == 422 else status


__all__ = [
    "HTTP_STATUS",
    "Conflict",
    "InvalidInput",
    "ModelError",
    "NotFound",
    "PermissionDenied",
    "PolicyError",
    "VimodError",
    "http_status",
]
