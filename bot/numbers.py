"""Numbers in their usual spellings, read one way for questions, claims and quiz grading.

"85 million", "85m", "85 mil", "85,000,000" and "eighty-five million" are one value; "25%", "a quarter",
"1/4" and "one quarter" are one percentage; "2011" and "twenty eleven" are one year.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from fractions import Fraction

from .text import TAG_WORDS

_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
_SCALES = {"thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12}
_SUFFIXES = {
    "k": 10**3, "m": 10**6, "mn": 10**6, "mln": 10**6, "mil": 10**6, "b": 10**9, "bn": 10**9, "bln": 10**9,
    "th": 1, "st": 1, "nd": 1, "rd": 1, "s": 1,
}  # fmt: skip
"""Suffixes glued to digits: "85m", "1.2bn", "3rd", "1990s"."""
_SCALE_ALIASES = {
    "millions": "million", "thousands": "thousand", "billions": "billion", "mln": "million", "mil": "million",
    "mio": "million", "bn": "billion", "mn": "million", "k": "thousand", "m": "million", "b": "billion",
}  # fmt: skip
_PERCENT = ("percent", "pct", "%", "percentage")
_FRACTIONS = {
    "quarter": Decimal(25), "quarters": Decimal(25), "half": Decimal(50), "halves": Decimal(50),
    "third": Decimal(100) / 3, "thirds": Decimal(100) / 3, "fifth": Decimal(20), "fifths": Decimal(20),
    "tenth": Decimal(10), "tenths": Decimal(10), "fourth": Decimal(25), "fourths": Decimal(25),
    "eighth": Decimal("12.5"), "eighths": Decimal("12.5"),
}  # fmt: skip
"""Fractions read as percentages: "one quarter" is 25%, "three quarters" 75%, "half" 50%."""
_HALF_LEADS = frozenset({"a", "one", "about", "around", "roughly", "nearly", "almost", "over", "under", "just",
                         "only", "exactly", "some", "approximately", "more", "less", "than", "by", "is", "was", "it", "that", "like"})  # fmt: skip
"""Words after which a closing "half" is the fraction ("about half"); after others it ends a phrase."""
_NEEDS_COUNT = {
    "third", "thirds", "fifth", "fifths", "tenth", "tenths", "half", "halves", "fourth", "fourths", "eighth",
    "eighths",
}  # fmt: skip
"""Words that are fractions only when "of" or nothing follows ("a third of", "one half", "one fourth"):
otherwise an ordinal or a compound ("a third party", "half as many", "the fourth site")."""
_CLOSING = TAG_WORDS | {"then", "now", "exactly", "roughly", "approximately"}
"""Words closing a statement or a choice after a fraction ("about a third, yeah?", "a third or a quarter?")."""
_TOKEN = re.compile(r"\d+(?:\.\d+)?(?:/\d+)?[a-z]*|[a-z]+|%")
_GROUPED = re.compile(r"(?<![\d.])\d{1,3}(?:,\d{3})+(?![\d,])")
MAX_DIGITS = 30
"""Longer digit runs are not read as numbers: nobody means a 31-digit figure, and Decimal work stays small."""


@dataclass(frozen=True)
class Number:
    """One number found in a text: `percent` when written with %, "percent" or as a fraction."""

    value: Decimal
    percent: bool = False
    start: int = 0
    """Index of its first token in `tokens(text)`."""
    end: int = 0
    spelled: bool = False
    """Written in words ("eighty-five"), not digits."""

    def __str__(self) -> str:
        return format_number(self.value) + ("%" if self.percent else "")

    @property
    def year(self) -> int | None:
        """The number as a year, when it can be one (a whole number from 1000 to 2999, not a percentage)."""
        if self.percent or self.value != self.value.to_integral_value() or not 1000 <= self.value <= 2999:
            return None
        return int(self.value)

    def same(self, other: Number) -> bool:
        """Equal value and both (or neither) percentages: "85m" is "85,000,000", "25%" is "a quarter"."""
        if self.percent != other.percent:
            return False
        gap = abs(self.value - other.value)
        return (
            gap < Decimal("0.5")
            if self.percent
            else gap <= Decimal("1e-6") * max(Decimal(1), abs(other.value))
        )


def fraction_percent(word: str) -> Decimal | None:
    """The share a fraction word states on its own ("half" is 50, "a quarter" 25), else None."""
    return _FRACTIONS.get(word)


def _fraction_names() -> dict[int, tuple[str, str]]:
    """The denominators the fraction words name, each with its singular and plural ("quarter", "quarters"), read
    from `_FRACTIONS` (the first word named for a denominator wins: "quarter" before "fourth")."""
    words = list(_FRACTIONS)
    named: dict[int, tuple[str, str]] = {}
    for one, many in zip(words[::2], words[1::2], strict=True):
        named.setdefault(int((Decimal(100) / _FRACTIONS[one]).to_integral_value()), (one, many))
    return named


_DENOMINATOR_WORDS = _fraction_names()
_NUMERATOR_WORDS = {value: word for word, value in _UNITS.items()}


def as_fraction(percent: Decimal) -> str | None:
    """A percentage as a fraction in lowest terms, in figures and words when it has a common name: 80 ->
    "4/5 (four fifths)", 25 -> "1/4 (one quarter)"; None when no fraction with a small denominator is exact."""
    share = Fraction(str(percent)) / 100
    if share <= 0 or share.denominator > _MAX_DENOMINATOR:
        return None
    top, bottom = share.numerator, share.denominator
    named = _DENOMINATOR_WORDS.get(bottom)
    if named and top in _NUMERATOR_WORDS:
        return f"{top}/{bottom} ({_NUMERATOR_WORDS[top]} {named[top > 1]})"
    return f"{top}/{bottom}"


_MAX_DENOMINATOR = 100
"""The largest denominator shown: 33.3% is no exact fraction worth giving."""


def format_number(value: Decimal) -> str:
    """A value as people write it: 85000000 -> "85 million", 2000 -> "2000", 33.333 -> "33.3"."""
    if value != value.to_integral_value():
        return format(value.quantize(Decimal("0.1")).normalize(), "f")
    whole = int(value)
    for scale, word in ((10**9, "billion"), (10**6, "million")):
        if whole >= scale and whole % (scale // 10) == 0:
            shown = format((Decimal(whole) / scale).normalize(), "f")
            return f"{shown} {word}"
    return str(whole)


def _word_value(word: str) -> int | None:
    return _UNITS.get(word, _TENS.get(word))


def _digits(token: str) -> tuple[Decimal, bool] | None:
    """The value of a token such as "85", "2.5", "85m", "1.2bn", "3rd" or "1/4" (a percentage), else None."""
    match = re.fullmatch(r"(\d+(?:\.\d+)?)(?:/(\d+))?([a-z]*)", token)
    if not match:
        return None
    number, denominator, suffix = match.groups()
    if len(number) > MAX_DIGITS or (suffix and suffix not in _SUFFIXES):
        return None
    try:
        if denominator:
            if suffix or int(denominator) == 0 or len(denominator) > 6:
                return None
            return Decimal(number) * 100 / Decimal(denominator), True
        return Decimal(number) * _SUFFIXES.get(suffix, 1), False
    except InvalidOperation:
        return None


def tokens(text: str) -> list[str]:
    """Lower-case word, number and % tokens, with thousands separators and hyphens read away."""
    text = text.lower().replace("per cent", "percent")
    text = _GROUPED.sub(lambda m: m.group().replace(",", ""), text)
    return _TOKEN.findall(text.replace("-", " "))


class _Reader:
    """Reads numbers off a token list left to right; one instance per text."""

    def __init__(self, words: list[str]) -> None:
        self.words = words
        self.numbers: list[Number] = []
        self.rest: list[str] = []
        self.total = self.current = Decimal(0)
        self.active = self.spelled = False
        self.start = 0

    def begin(self, at: int, value: Decimal, spelled: bool) -> None:
        self.current, self.active, self.spelled, self.start = value, True, spelled, at

    def close(self, end: int) -> None:
        if self.active:
            self.numbers.append(
                Number(self.total + self.current, start=self.start, end=end, spelled=self.spelled)
            )
        self.total = self.current = Decimal(0)
        self.active = self.spelled = False

    def read(self) -> tuple[list[Number], list[str]]:
        """One left-to-right pass: number words combine with their neighbours ("two thousand", "85m", "a
        quarter"), so each word is read knowing the number being built."""
        words = self.words
        i = 0
        while i < len(words):
            word = _SCALE_ALIASES.get(words[i], words[i]) if self.active else words[i]
            nxt = _SCALE_ALIASES.get(words[i + 1], words[i + 1]) if i + 1 < len(words) else ""
            digit = _digits(word)
            small = _word_value(word)
            if digit is not None:
                self.close(i)
                value, percent = digit
                if percent:
                    self.numbers.append(Number(value, percent=True, start=i, end=i + 1))
                else:
                    self.begin(i, value, False)
            elif small is not None:
                if self.active and not self.spelled:
                    self.close(i)
                if self.active and self.current % 100 and (small >= 10 or self.current % 10):
                    self.close(i)
                if not self.active:
                    self.begin(i, Decimal(0), True)
                self.current += small
            elif word == "hundred" and self.active:
                self.current = (self.current or Decimal(1)) * 100
            elif word in _SCALES and self.active:
                self.total += (self.current or 1) * _SCALES[word]
                self.current = Decimal(0)
            elif word in ("a", "an") and nxt in (*_SCALES, "hundred", "dozen") and not self.active:
                self.begin(i, Decimal(1), True)
            elif word == "dozen" and self.active:
                self.current = (self.current or Decimal(1)) * 12
            elif word == "and" and self.active and self.spelled and _word_value(nxt) is not None:
                pass
            elif (
                word in _FRACTIONS
                and (
                    (self.active and self.spelled and not self.total)
                    or (word == "half" and (nxt or i == 0 or words[i - 1] in _HALF_LEADS))
                )  # "half of", "half", "about half"; "halves" alone, or a closing "x half", counts nothing
                and (
                    word not in _NEEDS_COUNT
                    or nxt in ("of", "", *_PERCENT, *_CLOSING)
                    or (word == "half" and nxt in ("the", "its", "their", "his", "her"))  # "half the traffic"
                )
            ):
                count = self.current if self.active else Decimal(1)
                start = self.start if self.active else i
                self.active = self.spelled = False
                self.total = self.current = Decimal(0)
                self.numbers.append(
                    Number(count * _FRACTIONS[word], percent=True, start=start, end=i + 1, spelled=True)
                )
            elif word in ("a", "an", "one") and nxt in _FRACTIONS and not self.active:
                self.begin(i, Decimal(1), True)
            elif word in _PERCENT and self.active:
                self.close(i + 1)
                last = self.numbers[-1]
                self.numbers[-1] = Number(last.value, True, last.start, i + 1, last.spelled)
            else:
                self.close(i)
                self.rest.append(word)
            i += 1
        self.close(len(words))
        return _join_years(self.numbers), self.rest


def _join_years(numbers: list[Number]) -> list[Number]:
    """Spelled years read as two numbers ("twenty eleven", "nineteen ninety-nine") joined into one."""
    out: list[Number] = []
    for number in numbers:
        prev = out[-1] if out else None
        if (
            prev
            and prev.spelled
            and number.spelled
            and prev.end == number.start
            and prev.value in (19, 20)
            and 10 <= number.value <= 99
            and not (prev.percent or number.percent)
        ):
            out[-1] = Number(prev.value * 100 + number.value, start=prev.start, end=number.end, spelled=True)
        else:
            out.append(number)
    return out


def split_numbers(text: str) -> tuple[list[Number], list[str]]:
    """The numbers a text states, in order, and its remaining words."""
    return _Reader(tokens(text)).read()


def parse_number(text: str) -> Decimal | None:
    """The value of a text that is exactly one number ("eighty-five million", "85m", "80%"), else None."""
    numbers, rest = split_numbers(text)
    if len(numbers) == 1 and not rest:
        return numbers[0].value
    return None


def has_number(text: str) -> bool:
    """Whether the text states any number."""
    return bool(split_numbers(text)[0])


_NUMBER_WORDS = frozenset([*_UNITS, *_TENS, *_SCALES, *_SCALE_ALIASES, *_FRACTIONS, "hundred", "dozen"])
"""Words that can start or make up a spelled number; text without them or digits has no number."""


def is_scale_word(word: str) -> bool:
    """True for a word of scale alone ("million", "thousands"): how big the units are, not what is counted."""
    return word.removesuffix("s") in _SCALES


def is_number_word(word: str) -> bool:
    """True for one word of a figure, in digits ("2,000", "85m") or spelled ("two", "million")."""
    return word in _NUMBER_WORDS or _digits(word.replace(",", "")) is not None


_VAGUE_MANY = {("a", "few"): "three", ("several",): "five"}
"""Vague counts of a scale ("a few hundred"), read as about a middling figure of it: enough to tell it from the
story's own figure, never to be one."""


def _vague_many(words: list[str]) -> list[str]:
    """ "a few hundred stores": about three hundred, so a guess at a figure is checked against the story's."""
    for k, w in enumerate(words):
        if w == "hundred" and k:  # (not "a few thousand", which "more than 2000" may well be)
            for lead, figure in _VAGUE_MANY.items():
                if tuple(words[max(0, k - len(lead)) : k]) == lead:
                    return [*words[: k - len(lead)], "about", figure, *words[k:]]
    return words


def canonical(words: list[str]) -> list[str]:
    """Word tokens with every number phrase replaced by its digits (and "percent" for a percentage), so
    "eighty-five million", "85m" and "85 mil" all read "85000000", and "a quarter" reads "25 percent".

    A bare "one" or "a" stays a word: it is an article or a pronoun far more often than a figure.
    """
    if not any(w[0].isdigit() or w in _NUMBER_WORDS for w in words if w):
        return words  # the common case: nothing to read
    words = _vague_many(words)
    numbers, _ = _Reader(words).read()
    out: list[str] = []
    at = 0
    for number in numbers:
        if number.spelled and number.value == 1 and number.end - number.start == 1 and not number.percent:
            continue
        out.extend(words[at : number.start])
        digits = (
            format(number.value.normalize(), "f")
            if number.value == number.value.to_integral_value()
            else format(number.value.quantize(Decimal("0.01")).normalize(), "f")
        )
        out.append(digits)
        if number.percent:
            out.append("percent")
        at = number.end
    out.extend(words[at:])
    return out


ORDINALS = {
    word: n
    for n, word in enumerate(
        [
            "first",
            "second",
            "third",
            "fourth",
            "fifth",
            "sixth",
            "seventh",
            "eighth",
            "ninth",
            "tenth",
            "eleventh",
            "twelfth",
        ],
        start=1,
    )
}
"""Ordinal words by their number ("the sixth paragraph"): places in a text, never figures."""

CARDINALS = _UNITS
"""Number words by their number, for places counted in words ("paragraph four")."""
