"""Numbers in their usual spellings: "85 million", "85m", "85,000,000" and "eighty-five million" are one value."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

_UNITS = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
_TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
_SCALES = {"thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12}
_SUFFIXES = {
    "k": 10**3,
    "m": 10**6,
    "mn": 10**6,
    "mln": 10**6,
    "mil": 10**6,
    "b": 10**9,
    "bn": 10**9,
    "bln": 10**9,
    "th": 1,
    "st": 1,
    "nd": 1,
    "rd": 1,
}
_SCALE_ALIASES = {
    "millions": "million",
    "thousands": "thousand",
    "billions": "billion",
    "mln": "million",
    "bn": "billion",
    "mn": "million",
}
_PERCENT = ("percent", "pct")
_FRACTIONS = {"quarter": 25, "quarters": 25, "half": 50, "halves": 50}
"""Fractions read as percentages: "one quarter" is 25%, "three quarters" 75%, "half" 50%."""
_TOKEN = re.compile(r"\d+(?:\.\d+)?[a-z]*|[a-z]+|%")
_GROUPED = re.compile(r"(?<![\d.])\d{1,3}(?:,\d{3})+(?![\d,])")


@dataclass(frozen=True)
class Number:
    """One number found in a text; `percent` when it was written with % or "percent"."""

    value: Decimal
    percent: bool = False

    def __str__(self) -> str:
        text = format(self.value.normalize(), "f")
        return text + ("%" if self.percent else "")


def _word_value(word: str) -> int | None:
    return _UNITS.get(word, _TENS.get(word))


def _digits(token: str) -> Decimal | None:
    """The value of a token such as "85", "2.5", "85m", "1.2bn" or "3rd"; None when it is not one."""
    match = re.fullmatch(r"(\d+(?:\.\d+)?)([a-z]*)", token)
    if not match:
        return None
    number, suffix = match.groups()
    if suffix and suffix not in _SUFFIXES:
        return None
    try:
        return Decimal(number) * _SUFFIXES.get(suffix, 1)
    except InvalidOperation:
        return None


def tokens(text: str) -> list[str]:
    """Lower-case word, number and % tokens, with thousands separators and hyphens read away."""
    text = text.lower().replace("per cent", "percent")
    text = _GROUPED.sub(lambda m: m.group().replace(",", ""), text)
    return _TOKEN.findall(text.replace("-", " "))


def split_numbers(text: str) -> tuple[list[Number], list[str]]:
    """The numbers a text states, in order, and its remaining words."""
    words = tokens(text)
    numbers: list[Number] = []
    rest: list[str] = []
    total = current = Decimal(0)
    active = False
    spelled = False

    def close() -> None:
        nonlocal total, current, active, spelled
        if active:
            numbers.append(Number(total + current))
        total = current = Decimal(0)
        active = spelled = False

    i = 0
    while i < len(words):
        word = _SCALE_ALIASES.get(words[i], words[i])
        nxt = _SCALE_ALIASES.get(words[i + 1], words[i + 1]) if i + 1 < len(words) else ""
        digit = _digits(word)
        small = _word_value(word)
        if digit is not None:
            if active:
                close()
            current, active = digit, True
        elif small is not None:
            if active and not spelled:
                close()
            if active and current % 100 and (small >= 10 or current % 10):
                close()
            current += small
            active = spelled = True
        elif word == "hundred" and active:
            current = (current or 1) * 100
        elif word in _SCALES and active:
            total += (current or 1) * _SCALES[word]
            current = Decimal(0)
        elif word in ("a", "an") and nxt in (*_SCALES, "hundred") and not active:
            current, active, spelled = Decimal(1), True, True
        elif word == "and" and active and spelled and (_word_value(nxt) is not None):
            pass
        elif word in _FRACTIONS and ((active and spelled and not total) or word in ("half", "halves")):
            count = current if active else Decimal(1)
            active = spelled = False
            total = current = Decimal(0)
            numbers.append(Number(count * _FRACTIONS[word], percent=True))
        elif word in ("a", "an") and nxt in _FRACTIONS and not active:
            current, active, spelled = Decimal(1), True, True
        elif word in (*_PERCENT, "%") and active:
            close()
            numbers[-1] = Number(numbers[-1].value, percent=True)
        else:
            close()
            rest.append(word)
        i += 1
    close()
    return numbers, rest


def parse_number(text: str) -> Decimal | None:
    """The value of a text that is exactly one number ("eighty-five million", "85m", "80%"), else None."""
    numbers, rest = split_numbers(text)
    if len(numbers) == 1 and not rest:
        return numbers[0].value
    return None


def has_number(text: str) -> bool:
    """Whether the text states any number."""
    return bool(split_numbers(text)[0])
