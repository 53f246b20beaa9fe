"""vimod.web: the review console (server-rendered, Jinja2). ``mount(app)`` adds its routes
to the FastAPI app built by ``vimod.api.app.create_app``."""

from __future__ import annotations

from typing import Any


def mount(app: Any) -> None:
    """Add the console's routes and static files to ``app`` (filled in by the console work)."""
