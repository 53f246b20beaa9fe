"""Fixtures of the detect tests: the shipped model, loaded once per session."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def detector():
    from vimod import Detector

    return Detector.load()
