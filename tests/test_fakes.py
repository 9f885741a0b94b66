"""The fake engine of the front-end tests implements the front-end interface exactly as the real one does."""

from __future__ import annotations

import inspect

import pytest
from fakes import FakeEngine

from bot.engine import Engine
from bot.interface import AnswerEngine

METHODS = [
    name for name, _ in inspect.getmembers(AnswerEngine, inspect.isfunction) if not name.startswith("_")
]


def test_the_interface_has_the_methods_front_ends_use():
    assert sorted(METHODS) == ["answer", "entity_names", "featured_questions", "questions", "stories"]


@pytest.mark.parametrize("engine_class", [FakeEngine, Engine])
@pytest.mark.parametrize("name", METHODS)
def test_signature_matches_the_interface(engine_class, name):
    """Same parameters, kinds, defaults and annotations: a fake that drifts from the interface fails here."""
    assert inspect.signature(getattr(engine_class, name)) == inspect.signature(getattr(AnswerEngine, name))


def test_fake_and_real_engines_are_answer_engines(engine):
    assert isinstance(FakeEngine(), AnswerEngine)
    assert isinstance(engine, AnswerEngine)


def test_fake_records_turns_and_thresholds():
    from bot.models import Conversation

    fake, chat = FakeEngine(), Conversation()
    fake.answer("When did Acme open its first store?", chat, threshold=0.5)
    fake.answer("hello", chat)
    assert [t.question for t in chat.turns] == ["When did Acme open its first store?"]
    assert fake.thresholds == [0.5, None]


def test_fake_citations_point_into_its_article():
    from fakes import ARTICLE

    fake = FakeEngine()
    for question in fake.questions():
        for cite in fake.answer(question).citations:
            assert ARTICLE[cite.start : cite.end] == cite.quote
