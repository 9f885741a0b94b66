"""The one number parser shared by questions, claim checks and quiz grading."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot.numbers import as_fraction, canonical, format_number, parse_number, split_numbers


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("85 million", Decimal(85_000_000)),
        ("85m", Decimal(85_000_000)),
        ("85 mil", Decimal(85_000_000)),
        ("85,000,000", Decimal(85_000_000)),
        ("eighty-five million", Decimal(85_000_000)),
        ("2,000", Decimal(2000)),
        ("twenty eleven", Decimal(2011)),
        ("two thousand and eleven", Decimal(2011)),
        ("nineteen ninety-nine", Decimal(1999)),
        ("a quarter", Decimal(25)),
        ("one quarter", Decimal(25)),
        ("1/4", Decimal(25)),
        ("25%", Decimal(25)),
        ("25 per cent", Decimal(25)),
        ("a dozen", Decimal(12)),
    ],
)
def test_usual_spellings_read_as_one_value(text, value):
    assert parse_number(text) == value


@pytest.mark.parametrize("text", ["a quarter", "1/4", "25%", "twenty-five percent", "one quarter"])
def test_fractions_and_percentages_are_percentages(text):
    numbers, _ = split_numbers(text)
    assert len(numbers) == 1 and numbers[0].percent


def test_ordinals_and_compounds_are_not_fractions():
    """'a third-party measurement' and 'the third site' state no fraction; 'a third of' does."""
    assert not any(n.percent for n in split_numbers("a third-party measurement")[0])
    assert not any(n.percent for n in split_numbers("the third site")[0])
    assert [str(n) for n in split_numbers("a third of users")[0]] == ["33.3%"]


def test_years_are_recognised_only_in_range():
    assert split_numbers("in 2013")[0][0].year == 2013
    assert (
        split_numbers("2000 stores")[0][0].year == 2000
    )  # a year-like figure; the reader decides by context
    assert split_numbers("85 million")[0][0].year is None
    assert split_numbers("25%")[0][0].year is None


def test_overlong_digit_runs_are_not_numbers():
    assert parse_number("9" * 40) is None


def test_canonical_rewrites_number_phrases_and_keeps_other_words():
    assert canonical(["mogujie", "has", "85", "mil", "accounts"]) == [
        "mogujie",
        "has",
        "85000000",
        "accounts",
    ]
    assert canonical(["a", "quarter", "of", "traffic"]) == ["25", "percent", "of", "traffic"]
    assert canonical(["one", "of", "the", "leading"]) == ["one", "of", "the", "leading"]  # a pronoun, not 1
    assert canonical(["in", "twenty", "eleven"]) == ["in", "2011"]


def test_format_number_reads_like_people_write():
    assert format_number(Decimal(85_000_000)) == "85 million"
    assert format_number(Decimal(190_000_000)) == "190 million"
    assert format_number(Decimal(2000)) == "2000"
    assert format_number(Decimal(100) / 3) == "33.3"


def test_a_plural_fraction_alone_counts_nothing():
    """ "halves" with no count before it is a word, not 50%: graded the same in any word order."""
    assert split_numbers("aa halves")[0] == []
    assert split_numbers("aa half")[0] == split_numbers("half aa")[0] == []  # a word of a phrase, either way
    assert split_numbers("two halves")[0][0].value == 100
    assert split_numbers("about half")[0][0].value == split_numbers("half")[0][0].value == 50


@pytest.mark.parametrize(
    ("percent", "shown"),
    [("80", "4/5 (four fifths)"), ("25", "1/4 (one quarter)"), ("60", "3/5 (three fifths)"), ("33.3", None)],
)
def test_a_percentage_as_a_fraction(percent, shown):
    assert as_fraction(Decimal(percent)) == shown
