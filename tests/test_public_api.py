"""Guards the small public surface of the package (see STYLE.md, httpx's exported-names test)."""

import vimod


def test_public_names_are_exactly_the_documented_ones() -> None:
    assert vimod.__all__ == sorted(
        [
            "Decision",
            "Detection",
            "Detector",
            "Normalized",
            "Policy",
            "VimodError",
            "__version__",
            "normalize",
        ]
    )


def test_unknown_attribute_raises_attribute_error() -> None:
    import pytest

    with pytest.raises(AttributeError):
        vimod.no_such_thing  # noqa: B018
