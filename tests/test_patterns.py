"""Gated patterns: the opening strings come from the pattern itself, and gating never changes a result."""

from __future__ import annotations

import re

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


def test_a_lazy_pattern_compiles_on_first_use_and_acts_as_the_compiled_one():
    from bot.patterns import Lazy

    lazy = Lazy(r"\b(a+)(b)?", re.IGNORECASE)
    assert lazy._compiled is None  # nothing compiled at import
    text = "xx AAb aa"
    plain = re.compile(r"\b(a+)(b)?", re.IGNORECASE)
    assert lazy.search(text).span() == plain.search(text).span()
    assert lazy.match("aab").group(2) == "b" and lazy.fullmatch("x") is None
    assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in plain.finditer(text)]
    assert lazy.sub("-", text, count=1) == plain.sub("-", text, count=1)
    assert lazy.findall(text) == plain.findall(text) and lazy.split(text) == plain.split(text)


def test_the_head_limit_counts_heads_after_shorter_ones_cover_longer():
    """Seventy alternatives all starting "ab" are one opening string, not seventy: the limit is on what is
    tested."""
    source = "|".join(f"ab{chr(97 + i // 26)}{chr(97 + i % 26)}x" for i in range(70)) + "|ab"
    assert opening_strings(source) == ("ab",)
