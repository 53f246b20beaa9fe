"""Languages of the console. The strings are in vimod's one catalogue (``vimod.messages``);
``tests/web/test_i18n_and_assets.py`` checks that each key has both languages and that
templates only use known keys. The language comes from ``?lang=vi|en`` (remembered in the
``vimod_lang`` cookie), default Vietnamese.
"""

from __future__ import annotations

import re
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


#: The acts' refusals (English, as the API returns them), worded for the console's reader.
_ERRORS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), key) for pattern, key in (
        (r"is (?:already )?claimed by (?P<name>\S+)$", "err_claimed"),
        (r"was decided or claimed by someone else meanwhile", "err_meanwhile"),
        (r"has no pending review task", "err_no_pending"),
        (r"^a reason is required", "err_reason_required"),
        (r"must be decided by a moderator other", "err_other_moderator"),
        (r"is already '?(?P<action>\w+)'?: uphold instead", "err_same_action"),
        (r"^overturn needs an action", "err_overturn_action"),
        (r"^unknown canned reason", "err_unknown_reason"),
        (r"^choose at least one item", "err_choose_items"),
        (r"^a note needs text", "err_note_empty"),
        (r"does not exist", "error_404"),
    )
)


def error_text(exc: Exception, lang: str) -> str:
    """A refusal in the reader's language: known refusals by their catalogue wording, any
    other one as "Invalid input:" and the act's own words."""
    t = translator(lang)
    text = str(exc)
    for pattern, key in _ERRORS:
        found = pattern.search(text)
        if found:
            return t(key, **found.groupdict())
    return f"{t('error_400')} {text}"


__all__ = ["DEFAULT_LANG", "LANGS", "LANG_COOKIE", "MESSAGES", "error_text", "translator"]
