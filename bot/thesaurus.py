"""Word meanings from WordNet (shipped as `data/thesaurus-en.tsv`): a reader's word the knowledge base never
uses is read as a knowledge-base word of the same meaning ("declared" as "announced", "merchants" as
"retailers"), so paraphrases meet the curated wording without a hand-kept synonym list.

Only a word's commonest senses count, and a knowledge-base word must share one of them (or be a kind of
it), so a rare sense cannot pull a word somewhere odd.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from importlib import resources

from . import settings

_DETACH = {
    "n": (("ses", "s"), ("xes", "x"), ("zes", "z"), ("ches", "ch"), ("shes", "sh"), ("men", "man"), ("ies", "y"),
          ("s", "")),
    "v": (("ies", "y"), ("es", "e"), ("es", ""), ("ed", "e"), ("ed", ""), ("ing", "e"), ("ing", ""), ("s", "")),
    "a": (("er", ""), ("est", ""), ("er", "e"), ("est", "e")),
    "r": (),
}  # fmt: skip
"""WordNet's own rules for taking inflections off (its "morphy"); irregular forms come from the data."""
_MIN_BASE = {"n": 3, "v": 3, "a": 4, "r": 3}
"""The shortest base a rule may leave: an adjective's "-er" off a short word is rarely a comparative ("offer" is
not "off" made comparative; "bigger" and the like are irregular forms in the data)."""


class Thesaurus:
    """Synonym sets, noun hypernyms and each word's senses in frequency order."""

    def __init__(self, lines: Iterable[str]) -> None:
        self.synsets: list[tuple[str, tuple[str, ...]]] = []
        self.parents: dict[int, tuple[int, ...]] = {}
        self.senses: dict[tuple[str, str], tuple[int, ...]] = {}
        self.irregular: dict[str, tuple[str, ...]] = {}
        for line in lines:
            kind, _, rest = line.partition("\t")
            if kind == "S":
                pos, _, words = rest.partition("\t")
                self.synsets.append((pos, tuple(words.split())))
            elif kind == "H":
                child, _, parents = rest.partition("\t")
                self.parents[int(child)] = tuple(int(p) for p in parents.split())
            elif kind == "L":
                word, pos, ids = rest.split("\t")
                self.senses[(word, pos)] = tuple(int(i) for i in ids.split())
            elif kind == "X":
                form, _, bases = rest.partition("\t")
                self.irregular[form] = tuple(bases.split())

    @classmethod
    def shipped(cls) -> Thesaurus:
        """The data inside the package."""
        text = resources.files("bot").joinpath("data/thesaurus-en.tsv").read_text(encoding="utf-8")
        return cls(text.splitlines())

    def lemmas(self, word: str) -> list[tuple[str, str]]:
        """The dictionary forms a word can be, with their part of speech: "stores" -> ("store", "n")..."""
        out: list[tuple[str, str]] = []
        for pos in ("n", "v", "a", "r"):
            candidates = [word, *self.irregular.get(word, ())]
            candidates += [
                word[: -len(end)] + add
                for end, add in _DETACH[pos]
                if word.endswith(end) and len(word) - len(end) + len(add) >= _MIN_BASE[pos]
            ]
            out.extend((c, pos) for c in dict.fromkeys(candidates) if (c, pos) in self.senses)
        return out

    def meanings(self, word: str, senses: int) -> list[int]:
        """The synsets of a word's first `senses` senses in each part of speech, commonest first."""
        out: list[int] = []
        for lemma in self.lemmas(word):
            out.extend(m for m in self.senses[lemma][:senses] if m not in out)
        return out


class MeaningMap:
    """For one knowledge base: which of its words each WordNet meaning stands for."""

    def __init__(self, thesaurus: Thesaurus, known: Iterable[str]) -> None:
        self.thesaurus = thesaurus
        best: dict[int, tuple[int, str]] = {}
        for word in sorted(known):
            for rank, meaning in enumerate(thesaurus.meanings(word, settings.THESAURUS_KNOWN_SENSES)):
                keys = [meaning, *(-1 - parent for parent in thesaurus.parents.get(meaning, ()))]
                # a reader's broader word ("merchant") may stand for the story's narrower one ("retailer")
                for key in keys:
                    if key not in best or (rank, word) < best[key]:
                        best[key] = (rank, word)
        self._by_meaning = {key: word for key, (_, word) in best.items()}
        self._cache: dict[str, str | None] = {}

    def meaning_keys(self) -> list[int]:
        """The meanings (and broader meanings, as negative keys) the knowledge base's words stand for."""
        return list(self._by_meaning)

    def known_word_for(self, word: str) -> str | None:
        """The knowledge-base word that shares a common meaning with `word`, if one does."""
        if word in self._cache:
            return self._cache[word]
        found: str | None = None
        meanings = self.thesaurus.meanings(word, settings.THESAURUS_READER_SENSES)
        for key in [*meanings, *(-1 - m for m in meanings)]:
            found = self._by_meaning.get(key)
            if found:
                break
        if len(self._cache) < settings.SPELLING_CACHE:
            self._cache[word] = found
        return found

    def known_word_for_sense(self, lemma: str, pos: str, broader: bool) -> str | None:
        """The knowledge-base word sharing a meaning with one part of speech of a dictionary word (or, with
        `broader`, standing for a broader meaning of it)."""
        meanings = self.thesaurus.senses.get((lemma, pos), ())[: settings.THESAURUS_READER_SENSES]
        for key in (-1 - m for m in meanings) if broader else meanings:
            found = self._by_meaning.get(key)
            if found:
                return found
        return None


@dataclass
class LemmaMap:
    """One knowledge base's meaning map, compiled: a reader's word form -> the knowledge-base word, through
    WordNet's inflection rules. Small plain data, so the engine cache carries it and the thesaurus file is
    read only when an engine is built."""

    words: dict[str, str]
    irregular: dict[str, tuple[str, ...]]

    def known_word_for(self, word: str) -> str | None:
        """The knowledge-base word a reader's word stands for, if one does: a word's inflection says which part
        of speech it is ("presented" is the verb, not the noun "present", which means "nowadays")."""
        for form, parts in _forms(word, self.irregular):
            for mark in ("", "^"):  # a shared meaning in any part of speech before a broader one
                for pos in parts:
                    found = self.words.get(f"{form}/{pos}{mark}")
                    if found:
                        return found
        return None


_ANY_POS = ("n", "v", "a", "r")


def _forms(word: str, irregular: dict[str, tuple[str, ...]]) -> list[tuple[str, tuple[str, ...]]]:
    """The dictionary forms a word may be, each with the parts of speech it may be then, commonest reading
    first (WordNet's "morphy" rules)."""
    out: dict[str, tuple[str, ...]] = {word: _ANY_POS}
    for base in irregular.get(word, ()):
        out.setdefault(base, _ANY_POS)
    for pos in _ANY_POS:
        for end, add in _DETACH[pos]:
            if word.endswith(end) and len(word) - len(end) + len(add) >= _MIN_BASE[pos]:
                base = word[: -len(end)] + add
                out[base] = tuple(dict.fromkeys((*out.get(base, ()), pos)))
    return list(out.items())


@cache
def _first_senses(thesaurus: Thesaurus) -> dict[int, list[tuple[str, str]]]:
    """Synset -> the (lemma, part of speech) pairs whose commonest sense it is, nouns first."""
    out: dict[int, list[tuple[str, str]]] = {}
    for pos in _ANY_POS:
        for (lemma, p), ids in thesaurus.senses.items():
            if p == pos and ids:
                for sense in ids[: settings.THESAURUS_READER_SENSES]:
                    out.setdefault(sense, []).append((lemma, pos))
    return out


def compile_meanings(thesaurus: Thesaurus, known: Iterable[str]) -> LemmaMap:
    """The meaning map of a knowledge base's words as a `LemmaMap` (see `MeaningMap` for the rules), keyed by
    lemma and part of speech."""
    mapping = MeaningMap(thesaurus, known)
    first = _first_senses(thesaurus)
    candidates = {
        pair for key in mapping.meaning_keys() for pair in first.get(key if key >= 0 else -1 - key, ())
    }
    words: dict[str, str] = {}
    for lemma, pos in sorted(candidates):
        for broader in (False, True):
            found = mapping.known_word_for_sense(lemma, pos, broader)
            if found:
                words[f"{lemma}/{pos}{'^' if broader else ''}"] = found
    return LemmaMap(words, dict(thesaurus.irregular))
