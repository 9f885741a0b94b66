"""Spelling variants (British and American): the bot's own words follow the spelling of the article it quotes.

The curated answers and the engine's phrases are written in one house spelling ("rumour", "modelled"); an
article may use the other ("rumor", "modeled"). A reader checking the answer against the story, or searching
it for the story's word, should find the story's spelling, so a word whose variant the article uses (and whose
own form it never uses) is written as the article writes it. Variants come from spelling rules, not a word
list, so any story's spelling is followed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_RULES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), to)
    for pattern, to in (
        (r"(?<=[a-z]{2}[^aeiou])our(?=(s|ed|ing|ite|ites|able|ful)?$)", "or"),  # rumour, colour, favour
        (r"(?<=[a-z]{2}[^aeiou])or(?=(s|ed|ing|ite|ites|able|ful)?$)", "our"),  # and back
        (r"(?<=[a-z]{3})is(?=(e|es|ed|ing|ation|ations)$)", "iz"),  # organise, realise
        (r"(?<=[a-z]{3})iz(?=(e|es|ed|ing|ation|ations)$)", "is"),
        (r"(?<=[a-z]{2})ys(?=(e|es|ed|ing)$)", "yz"),  # analyse
        (r"(?<=[a-z]{2})yz(?=(e|es|ed|ing)$)", "ys"),
        (r"(?<=[a-z]{3}[aeiou])ll(?=(ed|ing|er|ers)$)", "l"),  # modelled, travelled, cancelled
        (r"(?<=[a-z]{3}[aeiou])l(?=(ed|ing|er|ers)$)", "ll"),
        (r"(?<=[a-z]{2}[^aeiou])tre(?=s?$)", "ter"),  # centre, theatre
        (r"(?<=[a-z]{2}[^aeiou])ter(?=s?$)", "tre"),
        (r"(?<=[a-z]{2}[fc]en)ce(?=s?$)", "se"),  # defence, licence
        (r"(?<=[a-z]{2}[fc]en)se(?=s?$)", "ce"),
    )
)
_WORD = re.compile(r"[A-Za-z]+")
_QUOTED = re.compile(r"(\"[^\"]*\"|\u201c[^\u201d]*\u201d)")
_REMEMBERED = 20_000
"""How many words' choices a respeller keeps."""
_ENDINGS = ("s", "es", "ed", "d", "ing")
"""Endings whose removal gives another form of a word the article may use instead."""


def variants(word: str) -> list[str]:
    """The other spellings of a lowercase word that the rules allow ("rumoured" -> ["rumored"])."""
    return [rule.sub(to, word) for rule, to in _RULES if rule.search(word)]


class Respeller:
    """Rewrites text into one article's spelling; remembers each word's choice."""

    def __init__(self, article_words: Iterable[str]) -> None:
        self._used = frozenset(w.lower() for w in article_words)
        self._choice: dict[str, str] = {}

    def _uses(self, word: str) -> bool:
        """True when the article uses the word or another form of it ("rumor" for "rumored")."""
        used = self._used
        if word in used:
            return True
        for ending in _ENDINGS:
            if word.endswith(ending) and len(word) > len(ending) + 2:
                base = word[: -len(ending)]
                if base in used or base + "e" in used:
                    return True
        return False

    def _spelled(self, word: str) -> str:
        """The article's form of a lowercase word: itself unless only a variant of it is in the article."""
        found = word
        if not self._uses(word):
            found = next((v for v in variants(word) if self._uses(v)), word)
        if len(self._choice) < _REMEMBERED:
            self._choice[word] = found  # (bounded: answers may echo any word a reader typed)
        return found

    def __call__(self, text: str) -> str:
        """`text` with each word the article spells otherwise written its way, keeping the word's case."""

        def one(match: re.Match[str]) -> str:
            word = match.group()
            low = word.lower()
            to = self._choice.get(low) or self._spelled(low)
            if to == low:
                return word
            if word.isupper() and len(word) > 1:
                return to.upper()
            return to[0].upper() + to[1:] if word[0].isupper() else to

        # (words in quotation marks are someone's own, the reader's or the article's: they stay as written)
        parts = _QUOTED.split(text)
        return "".join(part if k % 2 else _WORD.sub(one, part) for k, part in enumerate(parts))


def article_words(texts: Iterable[str]) -> set[str]:
    """The lowercase words of an article's sentences."""
    return {w.lower() for t in texts for w in _WORD.findall(t)}


def spelling_key(text: str) -> str:
    """The text with each word in one spelling of its variants, so "An unnamed rumor" and "An unnamed rumour"
    compare equal."""
    return _WORD.sub(lambda m: min([m.group().lower(), *variants(m.group().lower())]), text)
