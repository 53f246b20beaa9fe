"""The shared names: each defined once, consistent with each other and with the line vimod
holds (actions act on content, never on persons; politics is no category)."""

from __future__ import annotations

from vimod import vocab


def test_names_are_unique_lower_case_identifiers() -> None:
    for names in (vocab.CATEGORIES, vocab.TARGETS, vocab.ACTIONS, vocab.SOURCES,
                  vocab.VERDICTS, vocab.ROLES):
        assert len(set(names)) == len(names)
        assert all(n.isidentifier() and n == n.lower() for n in names)


def test_actions_are_on_content_and_people_choose_final_ones() -> None:
    assert set(vocab.ACTIONS) == {"allow", "label", "review", "remove"}
    assert set(vocab.FINAL_ACTIONS) == set(vocab.ACTIONS) - {"review"}
    assert not {"ban", "suspend", "strike", "fine", "block_user"} & set(vocab.ACTIONS)


def test_politics_is_never_a_category() -> None:
    assert not {"politics", "political", "government", "civic"} & set(vocab.CATEGORIES)


def test_actor_ids() -> None:
    assert vocab.user_actor("lan") == "user:lan"
    assert vocab.api_actor(7) == "api:7"
    assert {vocab.SYSTEM_ACTOR, vocab.CLI_ACTOR} == {"system", "cli"}


def test_the_api_spells_the_actions_of_vocab() -> None:
    # The response model keeps a Literal (an enum in the OpenAPI spec); it must say the same.
    from typing import get_args

    from vimod.api.schemas import ModerateResult

    assert get_args(ModerateResult.model_fields["action"].annotation) == vocab.ACTIONS
