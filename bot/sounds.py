"""How a word sounds, roughly: names typed by ear or split by autocorrect ("ally pay", "meal is how") still
sound like the name. English spelling rules only, so it works for any story's names."""

from __future__ import annotations

import re
from collections.abc import Sequence

_RULES = [
    (r"[^a-z]", ""),
    (r"ph", "f"),
    (r"ck", "k"),
    (r"q", "k"),
    (r"x", "ks"),
    (r"z", "s"),
    (r"c(?=[eiy])", "s"),
    (r"c", "k"),
    (r"g(?=[eiy])", "j"),
    (r"(?<=[^aeiou])h|(?<=[aeiou])h", ""),  # "shuo", "chat", "oh": h only colours the sound before it
    (r"(ay|ai|ei|ey)", "e"),  # "may", "mei"
    (r"(ao|ow)", "au"),  # "tao", "tow"
    (r"(uo|oa|oe)", "o"),  # "shuo", "shoe"
    (r"(ee|ea|ie|i|y)", "i"),
    (r"(oo|ou|ew|w)", "u"),
    (r"(.)\1+", r"\1"),
]
_COMPILED = [(re.compile(pattern), sub) for pattern, sub in _RULES]
_WORD_END = re.compile(r"(?<=[aeiou][^aeiou])e$|(?<=[aeiou])r$")
"""A silent final "e" ("more") and a final "r" after a vowel (non-rhotic "more"), per word, before joining."""


def sound_key(words: Sequence[str]) -> str:
    """A rough key of how words sound when said together: "more gee" and "mogujie" come out close."""
    out = []
    for word in words:
        word = _WORD_END.sub("", _WORD_END.sub("", word.lower()))
        out.append(word)
    key = "".join(out)
    for pattern, sub in _COMPILED:
        key = pattern.sub(sub, key)
    return key


def consonants(sound: str) -> str:
    """A sound key's consonants in order ("milisau" -> "mls"): what is left when only the vowels were misheard."""
    return "".join(c for c in sound if c not in "aeiou")
