"""Languages of the console. The strings are in vimod's one catalogue (``vimod.messages``);
``tests/web/test_i18n_and_assets.py`` checks that each key has both languages and that
templates only use known keys. The language comes from ``?lang=vi|en`` (remembered in the
``vimod_lang`` cookie), default Vietnamese.
"""

from __future__ import annotations

from collections.abc import Callable

from vimod.messages import DEFAULT_LANG, LANGS, MESSAGES

LANG_COOKIE = "vimod_lang"


def translator(lang: str) -> Callable[..., str]:
    """``t("key", name=...)`` in ``lang``; an unknown key shows as ``[key]`` (and fails tests)."""
    lang = lang if lang in LANGS else DEFAULT_LANG

    def t(key: str, **kwargs: object) -> str:
        entry = MESSAGES.get(key)
        if entry is None:
            return f"[{key}]"
        text = entry[lang]
        return text.format(**kwargs) if kwargs else text

    return t


__all__ = ["DEFAULT_LANG", "LANGS", "LANG_COOKIE", "MESSAGES", "translator"]
