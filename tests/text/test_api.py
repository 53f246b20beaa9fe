"""The public surface of ``vimod.text`` and the examples in its docstrings."""

from __future__ import annotations

import doctest
import importlib

import pytest

import vimod.text

EXPORTED = [
    "Lexicon", "Normalized", "Token", "canonical_tone", "clean_chars", "collapse_elongation",
    "deobfuscate", "fold", "join_spaced", "load_lexicon", "normalize", "undo_leet",
]  # fmt: skip


def test_exports_are_exactly_all() -> None:
    assert sorted(vimod.text.__all__) == sorted(EXPORTED)
    for name in EXPORTED:
        assert hasattr(vimod.text, name)


@pytest.mark.parametrize(
    "module",
    ["vimod.text", "vimod.text._normalize", "vimod.text._unicode", "vimod.text._tone",
     "vimod.text._elongation", "vimod.text._obfuscation", "vimod.text._spelling"],
)  # fmt: skip
def test_docstring_examples_run(module: str) -> None:
    result = doctest.testmod(importlib.import_module(module), optionflags=doctest.ELLIPSIS)
    assert result.failed == 0
