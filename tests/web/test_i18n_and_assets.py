"""Catalogue completeness, templates using only known keys, no external URLs, and the CLI."""

from __future__ import annotations

import re
from pathlib import Path

from typer.testing import CliRunner

from vimod.web.i18n import LANGS, MESSAGES, translator
from vimod.web.templating import STATIC_DIR, TEMPLATES_DIR, highlight

_KEY_USE = re.compile(r"""\bt\(\s*["']([a-z0-9_]+)["']""")
_DYNAMIC = re.compile(r"""\bt\(\s*["']([a-z0-9_]+_)["']\s*~""")


def test_every_message_has_vietnamese_and_english() -> None:
    for key, entry in MESSAGES.items():
        assert set(entry) == set(LANGS), key
        assert all(entry[lang].strip() for lang in LANGS), key


def test_templates_use_only_known_keys() -> None:
    used: set[str] = set()
    prefixes: set[str] = set()
    for path in TEMPLATES_DIR.glob("*.html"):
        text = path.read_text(encoding="utf-8")
        used |= set(_KEY_USE.findall(text))
        prefixes |= set(_DYNAMIC.findall(text))
    missing = {k for k in used if k not in MESSAGES and k not in prefixes}
    assert not missing
    for prefix in prefixes:  # t("action_" ~ x): the family must exist
        assert any(k.startswith(prefix) for k in MESSAGES), prefix


def test_translator_formats_and_flags_unknown_keys() -> None:
    assert translator("en")("page_of", page=2, pages=5) == "Page 2 of 5"
    assert translator("vi")("page_of", page=2, pages=5) == "Trang 2 / 5"
    assert translator("xx")("nav_queue") == "Hàng chờ"  # unknown language -> Vietnamese
    assert translator("en")("no_such_key") == "[no_such_key]"


def test_console_assets_reference_no_external_urls() -> None:
    files = [*TEMPLATES_DIR.glob("*.html"), *Path(STATIC_DIR).glob("*")]
    assert files
    for path in files:
        text = path.read_text(encoding="utf-8")
        assert not re.search(r"(https?:)?//[a-z0-9.-]+\.[a-z]{2,}", text, re.I), path


def test_templates_never_mark_text_safe() -> None:
    for path in TEMPLATES_DIR.glob("*.html"):
        assert "|safe" not in path.read_text(encoding="utf-8").replace(" ", ""), path


def test_highlight_merges_overlaps_and_clips() -> None:
    spans = [{"start": 4, "end": 7}, {"start": 6, "end": 9}, {"start": 50, "end": 60},
             {"start": "x"}]
    assert highlight("abc defghi jk", spans) == [("abc ", False), ("defgh", True),
                                                 ("i jk", False)]
    assert highlight("", spans) == []


def test_cli_create_user_makes_an_admin(tmp_path: Path) -> None:
    from vimod.cli import app
    from vimod.store.db import make_engine, make_sessionmaker
    from vimod.store.users import authenticate

    url = f"sqlite:///{tmp_path / 'cli.sqlite'}"
    runner = CliRunner()
    result = runner.invoke(app, ["admin", "create-user", "quantri", "--role", "admin",
                                 "--password", "mật-khẩu-quản-trị", "--db", url])
    assert result.exit_code == 0, result.output
    again = runner.invoke(app, ["admin", "create-user", "quantri", "--password",
                                "mật-khẩu-quản-trị", "--db", url])
    assert again.exit_code == 1 and "already taken" in again.output
    engine = make_engine(url)
    with make_sessionmaker(engine)() as s, s.begin():
        user = authenticate(s, "quantri", "mật-khẩu-quản-trị")
        assert user is not None and user.role == "admin"
    engine.dispose()
