"""Values as a quiz compares them: one key per value, their written form, and when two could both be true."""

from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache

from ..numbers import split_numbers, tokens
from .grade import equivalent, fold, match_answer

_FILLER = frozenset({"the", "a", "an", "of"})
_ABOVE = re.compile(
    r"\b(more than|over|above|greater than|exceeding|at least|no fewer than|no less than)\s*$"
)
_BELOW = re.compile(r"\b(less than|fewer than|under|below|at most|up to|no more than)\s*$")
_ABOUT = re.compile(r"\b(about|around|nearly|almost|approximately|roughly|some|close to)\s*$")
_QUALIFIED = re.compile(
    r"^\s*(more than|over|above|less than|fewer than|under|about|around|nearly|almost|some|up to)\b"
)
_COMPOUND = re.compile(r"\s(and|or|&)\s", re.IGNORECASE)
_DETERMINED = re.compile(r"^(a|an|the|this|that|its|their)\b|['\u2019]s\b", re.IGNORECASE)
_INF = Decimal("Infinity")


@lru_cache(maxsize=65536)
def _words(text: str) -> tuple[str, ...]:
    return tuple(tokens(fold(text)))


def words(text: str) -> list[str]:
    """Folded word and number tokens, as grading reads them ("Alibaba's" is "alibaba")."""
    return list(_words(text))


@lru_cache(maxsize=65536)
def phrase(text: str) -> str:
    """Folded tokens padded with spaces, so `phrase(a) in phrase(b)` finds a as whole words in b."""
    return f" {' '.join(words(text))} "


@lru_cache(maxsize=65536)
def value_key(text: str) -> str:
    """A key under which two spellings of one value meet: numbers by value, words folded and sorted."""
    numbers, rest = split_numbers(fold(text))
    parts = [format(n.value.normalize(), "f") + ("%" if n.percent else "") for n in numbers]
    return " ".join(sorted(parts) + sorted(w for w in rest if w not in _FILLER))


def form(text: str) -> str:
    """How a value is written, which options must share: a name, a phrase, two names, digits, words, a
    percentage or a fraction (qualified: "more than 2000")."""
    numbers, _ = split_numbers(text)
    if numbers:
        number = numbers[0]
        kind = ("fraction" if number.spelled else "percent") if number.percent else "words"
        if not number.percent and not number.spelled:
            kind = "digits"
        return kind + (" qualified" if _QUALIFIED.search(fold(text)) else "")
    if _COMPOUND.search(text):
        return "compound"
    if _DETERMINED.search(text) or not text[:1].isupper():
        return "phrase"
    return "name"


def _interval(text: str) -> tuple[Decimal, Decimal] | None:
    """The values a one-number phrase allows: "2000" just 2000, "more than 2000" anything above it."""
    numbers = split_numbers(text)[0]
    if len(numbers) != 1:
        return None
    value = numbers[0].value
    folded = fold(text)
    digits = re.search(r"\d|\b(one|two|three|four|five|six|seven|eight|nine|ten|a|an)\b", folded)
    before = folded[: digits.start()] if digits else ""
    if _ABOVE.search(before):
        return value, _INF
    if _BELOW.search(before):
        return -_INF, value
    if _ABOUT.search(before):
        return value * Decimal("0.8"), value * Decimal("1.2")
    return value, value


def compatible(a: str, b: str) -> bool:
    """Whether two number phrases could both be true: "more than 2000" and "85 million" could."""
    x, y = _interval(a), _interval(b)
    if x is None or y is None:
        return False
    return x[0] <= y[1] and y[0] <= x[1]


@lru_cache(maxsize=65536)
def same(a: str, b: str) -> bool:
    """Two spellings of one value: equal up to typos and number spelling, nothing added."""
    return value_key(a) == value_key(b) or equivalent(a, b)


@lru_cache(maxsize=65536)
def too_close(value: str, truth: str) -> bool:
    """Whether a wrong option could pass for (part of) a true one: equal, a near miss, one inside the
    other, or numbers that could both hold.

    "Tmall" is part of "Taobao and Tmall", "Alibaba" of "Alibaba's finance arm", "2013" of "late 2013".
    """
    if same(value, truth) or same(truth, value):
        return True
    if match_answer(value, truth).verdict != "wrong" or match_answer(truth, value).verdict != "wrong":
        return True
    if compatible(value, truth):
        return True
    a, b = set(value_key(value).split()), set(value_key(truth).split())
    return bool(a and b) and (a <= b or b <= a)
