"""Skip a test whose prerequisite (corpora, PostgreSQL, Chromium) is absent — or, with
VIMOD_REQUIRE_ALL=1 (set by .ci/run), fail it, so CI can never go green by skipping."""

from __future__ import annotations

import os

import pytest

REQUIRE_ALL = os.environ.get("VIMOD_REQUIRE_ALL") == "1"


def skip_or_fail(reason: str) -> None:
    if REQUIRE_ALL:
        pytest.fail(f"VIMOD_REQUIRE_ALL=1 but {reason}")
    pytest.skip(reason)
