"""Which known questions and names fit what has been typed, best first: pure functions, tested for order.

A question fits when every word typed starts a word of the question, in the same order ("how many st"
fits "How many stores ...", never "How many accounts ..."). A name fits when the word being typed
starts one of its words ("pay" fits "WeChat Payment"). No fuzzy guessing: a completion the reader did
not start typing is noise (pgcli's lesson: rank what fits, offer nothing that does not).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

_WORD = re.compile(r"\w+")


def words(text: str) -> list[str]:
    """Lower-cased words, punctuation dropped."""
    return _WORD.findall(text.casefold())


@dataclass(frozen=True)
class Match:
    """One completion: the text to put in, and how many characters before the cursor it replaces."""

    text: str
    replaces: int
    kind: str
    """"question" or "name"."""


def _fit(typed: list[str], candidate: list[str]) -> tuple[int, int] | None:
    """(index of the first matched word, words skipped) when each typed word starts a later word of
    the candidate in order; None when they do not. The last typed word may be partial; so may the
    others, since readers abbreviate as they go."""
    position, first, skipped = 0, -1, 0
    for word in typed:
        while position < len(candidate) and not candidate[position].startswith(word):
            position += 1
            if first >= 0:
                skipped += 1
        if position == len(candidate):
            return None
        if first < 0:
            first = position
        position += 1
    return first, skipped


def questions_fitting(typed: str, questions: Iterable[str]) -> list[tuple[str, bool]]:
    """Known questions that fit the whole line typed so far, best first, each with whether the line
    starts it (its first typed words are the question's first words, none skipped).

    Order: by how early the typed words begin in the question, how few words they skip, then
    shortness; ties keep the given order.
    """
    typed_words = words(typed)
    if not typed_words:
        return []
    ranked = []
    for order, question in enumerate(questions):
        fit = _fit(typed_words, words(question))
        if fit is not None:
            first, skipped = fit
            ranked.append(((first, skipped, len(question), order), question))
    ranked.sort(key=lambda pair: pair[0])
    return [(question, key[0] == 0 and key[1] == 0) for key, question in ranked]


def names_fitting(word: str, names: Iterable[str]) -> list[str]:
    """Names one of whose words the word being typed starts, best first: names it starts, then names
    with a later word it starts, each alphabetically. Nothing for an empty word."""
    typed = word.casefold()
    if not typed:
        return []
    starts, inner = set(), set()
    for name in names:
        if name.casefold().startswith(typed):
            starts.add(name)
        elif any(w.startswith(typed) for w in words(name)[1:]):
            inner.add(name)
    return sorted(starts, key=str.casefold) + sorted(inner - starts, key=str.casefold)


def completions(line: str, questions: Iterable[str], names: Iterable[str]) -> list[Match]:
    """What Tab offers for the text before the cursor, best first: questions the line starts, then
    names for the word being typed (a name replaces only that word), then questions the typed words
    fit further in."""
    fitting = questions_fitting(line, questions)
    word = re.search(r"[\w.'-]*$", line)
    current = word.group() if word else ""
    seen = {q.casefold() for q, _ in fitting}
    found = [Match(q, len(line), "question") for q, starts in fitting if starts]
    found += [
        Match(n, len(current), "name") for n in names_fitting(current, names) if n.casefold() not in seen
    ]
    found += [Match(q, len(line), "question") for q, starts in fitting if not starts]
    return found
