"""Shared fixtures. Tests that need the corpora, PostgreSQL or Chromium skip with a visible
reason where those are absent; with VIMOD_REQUIRE_ALL=1 (set by .ci/run) such a skip is a
failure instead, so CI can never go green by skipping."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.utils.skips import skip_or_fail
from vimod.corpora import find_data_dir


@pytest.fixture(scope="session")
def data_dir() -> Path:
    found = find_data_dir()
    if found is None:
        skip_or_fail("corpora not found (../shared/data or $VIMOD_DATA)")
    assert found is not None
    return found
