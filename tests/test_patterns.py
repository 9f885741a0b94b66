"""Gated patterns: the opening strings come from the pattern itself, and gating never changes a result."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from bot import questions
from bot.patterns import Gated, opening_strings


def test_opening_strings_are_read_from_the_pattern():
    found = opening_strings(r"\bwho (says|said)\b|(?<!revenue )\bsources?\b|\battribut")
    assert set(found or ()) == {"who says", "who said", "sourc", "attri"}


def test_a_pattern_that_may_start_anywhere_has_no_opening_strings():
    assert opening_strings(r"\b(the )?name of\b") is None  # an optional opening
    assert opening_strings(r"[a-z]+ly\b") is None  # a character class
    assert opening_strings(r"a|") is None  # a branch that matches nothing


def test_the_written_out_opening_strings_are_the_patterns_own():
    gated = [v for v in vars(questions).values() if isinstance(v, Gated)]
    assert len(gated) >= 2
    for g in gated:
        assert set(g.heads) == set(opening_strings(g.pattern.pattern) or ("(none)",)), g.pattern.pattern[:40]


_WORDS = st.sampled_from(
    [
        "who",
        "says",
        "so",
        "is",
        "it",
        "confirmed",
        "a",
        "claim",
        "or",
        "a",
        "fact",
        "according",
        "to",
        "whom",
        "where",
        "does",
        "that",
        "figure",
        "come",
        "from",
        "the",
        "rumour",
        "just",
        "only",
        "their",
        "own",
        "data",
        "really",
        "true",
        "sources",
        "revenue",
        "credit",
        "card",
        "how",
        "many",
        "stores",
        "mogujie",
    ]
)


@given(st.lists(_WORDS, max_size=12))
def test_gating_never_changes_what_the_question_patterns_find(words):
    text = " ".join(words)
    for gated in (questions._SOURCING_WHO, questions._SOURCING_SETTLED):
        assert bool(gated.search(text)) == bool(gated.pattern.search(text))
