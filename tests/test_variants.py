"""Answers follow the article's spelling: the bot's house words ("rumour") are written as the story writes them."""

from __future__ import annotations

import pytest

from bot.variants import Respeller, article_words, variants


@pytest.mark.parametrize(
    ("word", "other"),
    [("rumoured", "rumored"), ("colour", "color"), ("organised", "organized"), ("modelled", "modeled"),
     ("centre", "center"), ("analyse", "analyze"), ("defence", "defense"), ("rumor", "rumour")],
)  # fmt: skip
def test_rules_give_the_other_spelling(word, other):
    assert other in variants(word)


@pytest.mark.parametrize("word", ["four", "hour", "filled", "top", "rise"])
def test_short_and_unrelated_words_have_no_variant_to_take(word):
    # a variant is only taken when the article uses it, but the rules must not even offer "for" for "four"
    respell = Respeller(article_words(["He came for the fun of it, an hour late, and filed it."]))
    assert respell(word) == word


def test_text_is_rewritten_in_the_articles_spelling_keeping_case():
    respell = Respeller(article_words(["The rumor was that the store was modeled on a color catalog."]))
    said = respell("Rumoured: a RUMOUR that it was modelled on colour; the rumours spread.")
    assert said == "Rumored: a RUMOR that it was modeled on color; the rumors spread."


def test_a_word_the_article_uses_itself_is_kept_even_with_a_variant_in_it_too():
    respell = Respeller(article_words(["Some say rumour, some say rumor."]))
    assert respell("a rumour") == "a rumour"


def test_the_engine_answers_in_the_storys_spelling(engine):
    # the shipped story writes "rumored" and "rumor"; the curated answers are in the house spelling
    ans = engine.answer("is the story about Alibaba wanting to buy Mogujie just gossip?")
    assert ans.status == "answered", ans
    assert "rumor" in ans.answer.lower() and "rumour" not in ans.answer.lower()
    assert all("rumour" not in s.lower() for s in ans.suggestions)


def test_words_in_quotation_marks_stay_as_written():
    respell = Respeller(article_words(["The rumor spread."]))
    assert (
        respell('Not sure what you mean by "rumour": a rumour?')
        == 'Not sure what you mean by "rumour": a rumor?'
    )
