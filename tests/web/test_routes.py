"""Helpers of the console routes that guard against misuse."""

from __future__ import annotations

import pytest

from vimod.web.routes import _int_param, _safe_next


@pytest.mark.parametrize("target", [None, "", "queue", "//evil.example/x", "https://evil.example",
                                    "/\\evil.example", "javascript:alert(1)"])
def test_login_redirects_only_to_this_site(target: str | None) -> None:
    assert _safe_next(target) == "/queue"


def test_login_keeps_a_relative_target() -> None:
    assert _safe_next("/appeals?status=decided") == "/appeals?status=decided"


def test_page_numbers_are_whole_and_at_least_one() -> None:
    assert [_int_param(v) for v in (None, "", "x", "-3", "0", "7")] == [1, 1, 1, 1, 1, 7]
