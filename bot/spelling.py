"""Typo fixes: a slip is corrected to the word it most likely meant; a real word is left alone.

Two vocabularies decide: the knowledge base's own words (names included, so "Mogujei" is Mogujie without any
hand-typed misspelling list) and a general English word-frequency list shipped as data (`data/words-en.tsv`),
loaded on first need. A word either knows is kept, unless it is a rare spelling of a far commoner word one
slip away ("teh", "hw"); a word neither knows is mapped to the closest knowledge-base word, else to a common
English word.
"""

from __future__ import annotations

import os
import re
from collections.abc import Container, Iterable, Mapping
from functools import cached_property
from importlib import resources
from pathlib import Path

from rapidfuzz import process
from rapidfuzz.distance import OSA

from . import settings
from .text import AUXILIARIES, shared_start

_AUXILIARIES = AUXILIARIES | {"what", "when", "where", "who", "why", "how", "which"}
"""Words that open a question: a known word one slip from one of these, where one belongs, is that word
("Dose Mogujie..." is "Does Mogujie...")."""


class EnglishWords:
    """The shipped frequency list: Zipf frequency by word, and words grouped by first letter and length for
    look-ups (a slip changes the length by at most its number of edits)."""

    def __init__(self, lines: Iterable[str]) -> None:
        self.zipf: dict[str, float] = {}
        self.by_start: dict[str, list[str]] = {}
        self.modifiers: set[str] = set()
        """Words only ever adjectives or adverbs ("lucrative", "grumpy"), marked `m` in the list."""
        for line in lines:
            word, _, rest = line.partition("\t")
            freq, _, mark = rest.partition("\t")
            if word and freq:
                self.zipf[word] = int(freq) / 10
                self.by_start.setdefault(_bucket(word[0], len(word)), []).append(word)
                if mark == "m":
                    self.modifiers.add(word)

    def near(self, word: str, edits: int) -> list[str]:
        """The listed words starting with the same letter whose length is within `edits` of the word's."""
        out: list[str] = []
        for size in range(len(word) - edits, len(word) + edits + 1):
            out.extend(self.by_start.get(_bucket(word[0], size), ()))
        return out

    @classmethod
    def shipped(cls) -> EnglishWords:
        """The list inside the package, loaded once per process and shared by every story's speller."""
        global _SHIPPED
        if _SHIPPED is None:
            _SHIPPED = cls._read_shipped()
        return _SHIPPED

    @classmethod
    def _read_shipped(cls) -> EnglishWords:
        """Through a marshalled copy in the engine cache folder: parsing the text costs several times more
        than loading the copy."""
        import marshal

        from .compiled import cache_dir

        source = resources.files("bot").joinpath("data/words-en.tsv")
        path = Path(str(source))
        try:
            stat = path.stat()
            copy = cache_dir() / f"words-en-{stat.st_size}-{stat.st_mtime_ns}-v3.marshal"
            zipf, by_start, modifiers = marshal.loads(copy.read_bytes())
            words = cls([])
            words.zipf, words.by_start, words.modifiers = zipf, by_start, modifiers
            return words
        except (OSError, ValueError, EOFError, TypeError):
            pass
        words = cls(source.read_text(encoding="utf-8").splitlines())
        try:
            copy.parent.mkdir(parents=True, exist_ok=True)
            tmp = copy.with_suffix(f".tmp{os.getpid()}")
            tmp.write_bytes(marshal.dumps((words.zipf, words.by_start, words.modifiers)))
            os.replace(tmp, copy)
        except (OSError, NameError):
            pass
        return words


_SOUND_PAIRS = {"b": "p", "p": "b", "d": "t", "t": "d", "g": "k", "k": "g", "v": "f", "f": "v"}
"""Consonants many learners do not tell apart by ear (Arabic has no "p", several languages no voicing contrast)."""
_SILENT_FIRST = ("w", "k", "h")


_SAID_LONG_A = re.compile(r"ai[b-df-hj-np-tv-z]$")


def _sound_alikes(word: str) -> list[str]:
    """The word with any of its sound-alike consonants swapped, a final "ao" as "ow" ("hao" is "how"), and "ai"
    before a last consonant as the silent-e spelling ("naim" is "name")."""
    if len(word) < 3 or sum(c in _SOUND_PAIRS for c in word) > settings.SOUND_SWAPS_MAX:
        return []
    variants = _respelt(word, _SOUND_CHOICES)[1:]  # (the first is the word itself)
    variants += [v[:-2] + "ow" for v in (word, *variants) if v.endswith("ao")]
    # a long vowel spelt as said, "ai" before a last consonant, for the silent-e spelling ("naim" is "name")
    variants += [
        v[:-3] + "a" + v[-1] + "e" for v in (word, *variants) if len(v) >= 4 and _SAID_LONG_A.search(v)
    ]
    return variants


"""Letters written but not said at the start of a word ("wrote", "know", "hour"): a learner drops them."""


def _hard_c(word: str) -> list[str]:
    """The word with each "k" written as English also spells its sound, "c", "cc" or "ck" ("akount", "kompany",
    "sukcess"): a learner spelling by ear writes the letter that says it."""
    return _respelt(word, _HARD_C)[1:] if word.count("k") <= 2 else []


_HARD_C: dict[str, tuple[str, ...]] = {"k": ("k", "c", "cc", "ck")}
_SOUND_CHOICES: dict[str, tuple[str, ...]] = {c: (c, other) for c, other in _SOUND_PAIRS.items()}


def _respelt(word: str, choices: Mapping[str, tuple[str, ...]]) -> list[str]:
    """Every spelling of the word with each letter in `choices` written any of its ways, the word itself first."""
    variants = [""]
    for c in word:
        variants = [v + x for v in variants for x in choices.get(c, (c,))]
    return variants


def _bucket(letter: str, size: int) -> str:
    return f"{letter}{size}"


_SHIPPED: EnglishWords | None = None
"""The shipped English list once read: a library of stories shares one copy."""


def _skeleton(word: str) -> str:
    """A word's first letter and then its consonants, doubled letters once ("people": "ppl" is "pl")."""
    kept = word[0] + "".join(c for c in word[1:] if c not in "aeiou")
    return "".join(c for k, c in enumerate(kept) if not k or c != kept[k - 1])


def _one_slip(typed: str, word: str) -> bool:
    """True when `word` is `typed` with one letter dropped back in, two neighbours swapped, or a letter typed
    twice typed once ("comming", "untill"): the slips that keep the typed letters, the only ones trusted in
    short words."""
    if len(word) == len(typed) + 1:
        return any(word[:i] + word[i + 1 :] == typed for i in range(len(word)))
    if len(word) == len(typed) - 1:
        return any(
            typed[i] == typed[i + 1] and typed[:i] + typed[i + 1 :] == word for i in range(len(typed) - 1)
        )
    if len(word) == len(typed):
        diff = [i for i in range(len(word)) if word[i] != typed[i]]
        return (
            len(diff) == 2
            and diff[1] == diff[0] + 1
            and typed[diff[0]] == word[diff[1]]
            and typed[diff[1]] == word[diff[0]]
        )
    return False


def _vowel_slip(typed: str, word: str) -> bool:
    """True when `word` is `typed`, five letters or more, with one vowel put for another ("markit"): the slip
    a learner makes spelling a word as it is said."""
    if len(word) != len(typed) or len(word) < 5:
        return False
    diff = [i for i in range(len(word)) if word[i] != typed[i]]
    return len(diff) == 1 and typed[diff[0]] in _VOWELS and word[diff[0]] in _VOWELS


_VOWELS = frozenset("aeiouy")

_AFTER_NUMBER = ("percent", "million", "billion", "thousand", "hundred", "percents", "millions", "billions")
"""The words that scale or count a figure typed right before them ("80 percent", "35 million")."""
_AFTER_HOW = ("many", "much", "long", "often", "old", "far", "come", "big", "large")
"""The words that follow "how" in a question."""


class Speller:
    """Corrects words against the knowledge base's vocabulary first, then common English; results cached."""

    def __init__(self, known: Iterable[str], english: EnglishWords | None = None) -> None:
        self.known = frozenset(w for w in known if not w.isdigit())
        self._known_sorted = sorted(self.known)
        self._english = english
        self._cache: dict[tuple[str, bool], str] = {}

    def __getstate__(self) -> dict[str, object]:
        """Pickled without the English list: a cached engine loads it only when a question needs it."""
        state = dict(self.__dict__)
        state.pop("english", None)
        state["_english"] = None
        state["_cache"] = {}
        return state

    def clear_cache(self) -> None:
        """Forget remembered corrections."""
        self._cache.clear()

    @cached_property
    def english(self) -> EnglishWords:
        """Loaded on first need: a question of knowledge-base words only never reads the file."""
        return self._english or EnglishWords.shipped()

    def is_modifier(self, word: str) -> bool:
        """True for an English word only ever an adjective or adverb ("lucrative"), which names nothing."""
        return word in self.english.modifiers

    def is_word(self, word: str) -> bool:
        """True for a knowledge-base word or a listed English word."""
        return word in self.known or word in self.english.zipf

    def split(self, word: str, glue: Container[str] = ()) -> tuple[str, str] | None:
        """ "whatsthis", "howmany", "alipaywallet": two words typed without the space between them. One half
        must be glue (a very common word, or one of `glue`: contractions, the story's names) and the other the
        story's word or common English; a name of two everyday words ("unionpay") stays whole."""
        if len(word) < settings.SPLIT_MIN_LENGTH or not word.isalpha() or self.is_word(word):
            return None
        if word.endswith("s") and self.is_word(word[:-1]):
            return None  # "alipays": a possessive typed without its apostrophe
        zipf = self.english.zipf
        best: tuple[float, str, str] | None = None
        for i in range(2, len(word) - 1):
            left, right = word[:i], word[i:]
            glued = [h in glue or zipf.get(h, 0.0) >= settings.SPLIT_GLUE_ZIPF for h in (left, right)]
            fits = [
                h in glue or h in self.known or zipf.get(h, 0.0) >= settings.SPLIT_HALF_ZIPF
                for h in (left, right)
            ]
            if any(glued) and all(fits):
                score = min(zipf.get(left, 9.0), zipf.get(right, 9.0))
                if best is None or score > best[0]:
                    best = (score, left, right)
        if best is None:
            parts = self.compound(word)
            return (parts[0], " ".join(parts[1:])) if parts else None
        near = self._from_known(word)
        if near and _one_slip(word, near):
            return None  # one slip from a word of the story ("storess") is that word, not two
        return best[1], best[2]

    def compound(self, word: str) -> tuple[str, ...] | None:
        """ "paymentservice", "socialshoppingsites": a compound of the story's own words typed as one (as a
        German speaker would), two or three of them of four letters or more; None for anything else."""
        if len(word) < 8 or not word.isalpha():
            return None
        known = self.known

        def cut(rest: str, left: int) -> tuple[str, ...] | None:
            if rest in known and len(rest) >= 4:
                return (rest,)
            if left == 1:
                return None
            for i in range(len(rest) - 4, 3, -1):  # the longest first word first
                head = rest[:i]
                if head in known:
                    tail = cut(rest[i:], left - 1)
                    if tail:
                        return (head, *tail)
            return None

        parts = cut(word, 3)
        return parts if parts and len(parts) > 1 else None

    def near_known(self, word: str) -> str | None:
        """The story's word one slip from an English word the story never uses ("funded" for "founded"): what
        an autocorrect may have replaced, tried only when the question as typed found nothing."""
        if word in self.known or len(word) < 4 or not word.isalpha():
            return None
        near = self._from_known(word)
        return near if near and near != word and _one_slip(word, near) else None

    def correct(self, word: str, opens_question: bool = False) -> str:
        """The word a slip most likely meant, or the word itself. `opens_question` marks a slot where an
        auxiliary or wh-word belongs (first word, or right after a wh-word)."""
        key = (word, opens_question)
        hit = self._cache.get(key)
        if hit is None:
            hit = self._correct(word, opens_question)
            if len(self._cache) < settings.SPELLING_CACHE:
                self._cache[key] = hit
        return hit

    def after_how(self, word: str) -> str:
        """ "how meny", "how mutch": a slip right after "how" is of the few words that follow it, by any one
        edit (a vowel swapped included, which elsewhere would be too loose for a four-letter word)."""
        if self.english.zipf.get(word, 0.0) >= settings.AFTER_HOW_RARE_ZIPF or not word.isalpha():
            return word  # (a rare word, "mutch", is no word that follows "how": a slip of one that does)
        near = [w for w in _AFTER_HOW if OSA.distance(word, w) == 1]
        return near[0] if len(near) == 1 else word

    def after_number(self, word: str) -> str:
        """ "80 procent", "35 milion": a slip right after a figure is of the words that count or scale it, by up to
        two edits when the word is long (a learner's own language often spells them so)."""
        if (
            self.english.zipf.get(word, 0.0) >= settings.AFTER_HOW_RARE_ZIPF
            or not word.isalpha()
            or len(word) < 5
        ):
            return word
        limit = 1 if len(word) <= 5 else 2
        near = sorted((OSA.distance(word, w), w) for w in _AFTER_NUMBER)
        if near[0][0] > limit or near[0][0] == near[1][0]:
            return word
        return near[0][1]

    def _correct(self, word: str, opens_question: bool) -> str:
        if word in self.known or not word.isalpha():
            return word
        zipf = self.english.zipf.get(word)
        if zipf is not None:
            return self._dominated(word, zipf, opens_question) or word
        regular = self._regular_form(word)
        if regular:
            # "fonded" is a slip of "founded" before it is a learner's past of "fond"
            near = self._from_known(word)
            return near if near and near.endswith("ed") and _one_slip(word, near) else regular
        heard = next((v for v in _hard_c(word) if v in self.known), None)
        if heard:
            return heard  # "akounts" is "accounts" spelt as said, before "amounts", one letter off
        near = self._from_known(word)
        if near and OSA.distance(word, near) > 1:
            # "sentance" is "sentence", one slip away, before the story's "stance", two away
            return self._from_english(word, 1) or near
        return (
            near
            or self._by_sound(word, english=False)
            or self._from_english(word)
            or self._by_sound(word, english=True)
            or self._by_skeleton(word)
            or word
        )

    def _by_skeleton(self, word: str) -> str | None:
        """ "actv", "ppl", "usrs": a word typed without its vowels (as in a text message) is the one story word
        with the same first letter and the same consonants in order; None when none or several are."""
        if len(word) < 3 or sum(c in "aeiou" for c in word[1:]) > 0:
            return None
        key = _skeleton(word)
        if len(key) < 2:
            return None
        found = {w for w in self.known if w[0] == word[0] and len(w) > len(word) and _skeleton(w) == key}
        return found.pop() if len(found) == 1 else None

    def _by_sound(self, word: str, english: bool) -> str | None:
        """A word spelt by ear with letters a learner's language does not tell apart ("bayment", "oben", "stob",
        "sobborting", "hao"): the story's word (or, with `english`, a common English one) it becomes when they
        are swapped for their sound-alikes."""
        variants = _sound_alikes(word)
        if not variants:
            return None
        if not english:
            found = next((v for v in variants if v in self.known), None)
            if found or len(word) < 6:
                return found
            for v in variants:  # a long word may keep one slip besides ("sopporting" for "supporting")
                near = self._from_known(v)
                if near and OSA.distance(v, near) <= 1:
                    return near
            return None
        zipf = self.english.zipf
        common = [(zipf[v], v) for v in variants if zipf.get(v, 0.0) >= settings.SPELLING_COMMON_ZIPF]
        return max(common)[1] if common else None

    def _regular_form(self, word: str) -> str | None:
        """ "cutted", "buyed", "payed": a learner's regular past of a verb the story uses, read as the verb."""
        if not word.endswith("ed") or len(word) < 5:
            return None
        stem = word[:-2]
        for base in ([stem[:-1]] if len(stem) >= 3 and stem[-1] == stem[-2] else []) + [stem, stem + "e"]:
            if base in self.known:
                return base
        return None

    def _dominated(self, word: str, zipf: float, opens_question: bool) -> str | None:
        """A listed word that is really a slip: rare beside a far commoner word one slip away ("teh", "hw",
        "wat"), or an auxiliary's slip where an auxiliary belongs ("dose")."""
        if opens_question and word not in _AUXILIARIES and zipf < settings.SPELLING_AUX_MAX_ZIPF:
            alike = _sound_alikes(word)  # "hao many ...": where a question word belongs, one said like it
            slips = [aux for aux in _AUXILIARIES if _one_slip(word, aux) or aux in alike]
            if slips:
                return max(slips, key=lambda aux: (self.english.zipf.get(aux, 0.0), aux))
        if zipf >= settings.SPELLING_RARE_ZIPF:
            return None
        best = None
        # a silent first letter dropped ("rote" for "wrote", "nown" for "known") is the one slip at the start
        silent = [c + word for c in _SILENT_FIRST if c + word in self.english.zipf]
        for other in self._neighbours(word, 1) + silent:
            gain = self.english.zipf.get(other, 0.0) - zipf
            # the knowledge base's own words win at a smaller margin: they are what questions here are about
            needed = settings.SPELLING_DOMINANCE_KNOWN if other in self.known else settings.SPELLING_DOMINANCE
            # a vowel heard wrong ("markit" for "market") is trusted only toward the story's own words
            slip = _one_slip(word, other) or (other in self.known and gain >= settings.SPELLING_DOMINANCE
                                              and _vowel_slip(word, other))  # fmt: skip
            if slip and gain >= needed and (best is None or gain > best[0]):
                best = (gain, other)
        if best is None:
            # "naim" for "name": a rare listed word said like a far commoner word of the story
            for other in _sound_alikes(word):
                gain = self.english.zipf.get(other, 0.0) - zipf
                if (
                    other in self.known
                    and gain >= settings.SPELLING_DOMINANCE
                    and (best is None or gain > best[0])
                ):
                    best = (gain, other)
        return best[1] if best else None

    def _from_known(self, word: str) -> str | None:
        """The closest knowledge-base word: same first letter (slips rarely touch it), within one edit for
        short words and two for long ones; a four-letter word may only lose, gain or swap letters."""
        if len(word) < 3:
            return None
        limit = 1 if len(word) <= 5 else 2
        found = process.extract(word, self._known_sorted, scorer=OSA.distance, score_cutoff=limit, limit=12)
        fits = [
            (dist, other)
            for other, dist, _ in found
            if other[0] == word[0]
            and (len(word) > 4 or len(other) != len(word) or sorted(other) == sorted(word))
            and (len(word) > 3 or _one_slip(word, other))
        ]
        if not fits:
            return None
        zipf = self.english.zipf
        fits.sort(
            key=lambda f: (f[0], not _one_slip(word, f[1]), -shared_start(f[1], word), -zipf.get(f[1], 0.0))
        )
        return fits[0][1]

    def _from_english(self, word: str, limit: int | None = None) -> str | None:
        """The commonest English word one slip away (two for long words); short words only by a dropped or
        swapped letter ("hw" is "how", "whn" is "when")."""
        limit = limit or (1 if len(word) <= 6 else 2)
        best: tuple[float, str] | None = None
        for other in self._neighbours(word, limit):
            freq = self.english.zipf[other]
            if freq < settings.SPELLING_COMMON_ZIPF or (len(word) <= 4 and not _one_slip(word, other)):
                continue
            if best is None or freq > best[0]:
                best = (freq, other)
        return best[1] if best else None

    def _neighbours(self, word: str, limit: int) -> list[str]:
        """English words within `limit` edits that start with the same letter."""
        found = process.extract(
            word, self.english.near(word, limit), scorer=OSA.distance, score_cutoff=limit, limit=None
        )  # (all within reach: a cut at twenty dropped "this" for "ths" among rarer ties)
        return [other for other, _, _ in found if other != word]
