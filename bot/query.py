"""Reading a question once: words, typo fixes, names, values, type and form, in one `Query` object.

The same reader turns curated phrasings and answers into terms (without typo fixes), so a question and the
knowledge always meet in one vocabulary. Everything downstream (follow-ups, ranking, claim checks, the
decision) works on the `Query` and never reads the text again.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Container, Mapping
from dataclasses import dataclass, field, replace
from decimal import Decimal
from functools import cache, cached_property
from itertools import pairwise
from typing import Literal

from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

from . import questions, settings
from .answers import QuestionType
from .compiled import StoryData
from .numbers import canonical, format_number, is_number_word, is_scale_word, split_numbers
from .patterns import Lazy
from .sounds import consonants, sound_key
from .spelling import EnglishWords, Speller
from .text import AUXILIARIES, TAG_WORDS, expanded, fold, foreign_words, stem, words
from .thesaurus import LemmaMap, Thesaurus, compile_meanings

ENTITY_PREFIX = "@"
QUESTION_WORDS = frozenset({"who", "whom", "whose", "what", "when", "where", "why", "how", "which"})
_OBJECT_ASKED = frozenset({"did", "does", "do", "will", "would", "has", "had", "have"})
"""Helpers that, after "who", make the party named next the doer and the one asked for what it acted on."""
_WH_OPENERS = QUESTION_WORDS | {"and", "so", "but", "then", "ok", "okay"}
ValueKind = Literal["count", "percent", "year", "duration", "entity"]
Bound = Literal["exact", "more", "less", "about"]
_BOUND_WORDS: dict[tuple[str, ...], Bound] = {
    ("more", "than"): "more", ("over",): "more", ("above",): "more", ("at", "least"): "more",
    ("upwards", "of"): "more", ("less", "than"): "less", ("fewer", "than"): "less", ("under",): "less",
    ("below",): "less", ("about",): "about", ("around",): "about", ("roughly",): "about", ("nearly",): "about",
    ("almost",): "about", ("approximately",): "about", ("some",): "about", ("circa",): "about",
    ("more", "or", "less"): "about",
    # verbs putting a floor under a figure ("Alipay Wallet tops 200 million users?"): not "top" alone ("top 10")
    ("exceeds",): "more", ("exceed",): "more", ("exceeded",): "more", ("tops",): "more", ("topped",): "more",
    ("surpasses",): "more", ("surpass",): "more", ("surpassed",): "more", ("in", "excess", "of"): "more",
}  # fmt: skip
_TRAILING_BOUNDS: dict[tuple[str, ...], Bound] = {
    ("tops",): "less", ("max",): "less", ("at", "most"): "less", ("or", "less"): "less", ("or", "fewer"): "less",
    ("or", "more"): "more", ("plus",): "more", ("at", "least"): "more", ("or", "so"): "about", ("ish",): "about",
}  # fmt: skip
"""Bounds said after a figure and what it counts ("19 million users tops")."""
_YEAR_BOUNDS: dict[str, Bound] = {"before": "less", "after": "more", "since": "more"}
"""Words before a year that make it a bound ("before 2013"): the story's year fits when it lies beyond it."""
_DURATION_UNITS = {"year": "year", "years": "year", "yr": "year", "yrs": "year", "month": "month",
                   "months": "month", "week": "week", "weeks": "week", "day": "day", "days": "day"}  # fmt: skip
_CATEGORY = {"company": "organisation", "site": "organisation", "organisation": "organisation", "outlet": "organisation",
             "product": "product", "program": "product", "person": "person", "place": "place"}  # fmt: skip
"""Entity kinds that can stand in for one another in a claim ("Did Tencent run Alipay?" against a company)."""
_SINCE_EVENT = ("after", "later", "before", "earlier")
"""Words after a span of time that measure it from another event, not from now."""
_RELATIVE_DAYS = {"yesterday": 1}
"""Words naming a day by its distance from the story's present."""
_SPAN_ADJECTIVES = frozenset({"full", "whole", "entire", "single", "complete"})
_YEAR_CUES = frozenset({"in", "since", "from", "until", "till", "by", "before", "after", "early", "late", "mid",
                        "year", "of", "during", "circa", "end"})  # fmt: skip


@dataclass(frozen=True)
class Value:
    """A value a question or record states: a figure with what it counts, a year, a span of time, a name."""

    kind: ValueKind
    number: Decimal | None = None
    entity: str | None = None
    bound: Bound = "exact"
    unit: frozenset[str] = frozenset()
    """Stemmed terms of what a figure counts ("store"; "accumul", "account")."""
    start: int = 0
    """Word span of the value (bound words included) in `Query.words`."""
    end: int = 0
    text: str = ""
    """The value as people write it: "85 million", "25%", "2013"."""
    part: str = ""
    """The part of a year named with it ("early", "mid", "late"): "early 2013" is not "late 2013"."""
    stressed: bool = False
    """Said to be exact ("exactly 2000 stores"): the story's "more than 2000" does not bear it out."""
    since: str = ""
    """What a span of time runs from: "now" ("a year ago", "yesterday") or "event" ("a year before announcing",
    "five months after launch"); the two measure different things."""

    @property
    def shown(self) -> str:
        """The value with its bound, for answers: "more than 2000"."""
        lead = {"exact": "", "more": "more than ", "less": "less than ", "about": "about "}[self.bound]
        return lead + self.text

    def same(self, other: Value) -> bool:
        """Equal as values: same kind and number (a year inside a date counts), or the same entity."""
        if self.kind == "entity" or other.kind == "entity":
            return self.entity is not None and self.entity == other.entity
        if self.number is None or other.number is None:
            return False
        if self.kind == "duration" and other.kind == "duration" and self.unit != other.unit:
            return False  # five months are not five years
        if (
            {self.kind, other.kind} == {"percent"}
            or self.kind == other.kind
            or {self.kind, other.kind} <= {"count", "year"}
        ):
            gap = abs(self.number - other.number)
            return (
                gap < Decimal("0.5")
                if self.kind == "percent"
                else gap <= Decimal("1e-6") * max(Decimal(1), abs(other.number))
            )
        return False

    def comparable(self, other: Value) -> bool:
        """True when the two can be weighed against each other: a year with a year, a figure with a figure."""
        if self.kind == "entity" or other.kind == "entity":
            return self.kind == other.kind and (
                not self.unit or not other.unit or bool(self.unit & other.unit)
            )
        if {self.since, other.since} == {"now", "event"}:
            return False  # "a year before announcing" is no moment to weigh against "yesterday"
        numeric = {"count", "percent"}
        return self.kind == other.kind or (
            {self.kind, other.kind} <= numeric | {"year"} and "percent" not in {self.kind, other.kind}
        )

    def consistent(self, other: Value) -> bool | None:
        """Whether a stated value (self) fits the story's (other): True, False, or None when the story's
        bound cannot settle it ("3000 stores" against "more than 2000")."""
        if self.same(other):
            if self.stressed and other.bound in ("more", "less"):
                return False  # "exactly 2000" against "more than 2000"
            if self.part and self.part != other.part:
                # "early 2013" against "late 2013" is wrong; against a bare "2013" the story cannot settle it, nor
                # "November 2013" against "late 2013"
                if self.part in MONTHS and MONTHS[self.part] == other.part:
                    return None
                return False if other.part else None
            if other.bound == "exact" or self.bound in (other.bound, "exact", "about"):
                return True
            if {self.bound, other.bound} == {"more", "less"}:
                return False  # "fewer than 2000" against "more than 2000"
            return None
        if other.number is None or self.number is None or self.kind == "entity":
            return False
        if self.bound in ("more", "less"):
            # "more than half" against 80%: a stated bound holds when the story's figure lies beyond it
            beyond = other.number > self.number if self.bound == "more" else other.number < self.number
            against = {"more": "less", "less": "more"}[self.bound]
            if beyond:
                return True if other.bound != against else None
            if other.bound in ("exact", against):
                return False
            # "more than 3000" against "more than 2000": a writer who knew of 3000 would have said so
            near = (
                self.number < other.number * settings.BOUND_STRETCH
                if self.bound == "more"
                else (self.number > other.number / settings.BOUND_STRETCH)
            )
            return None if near else False
        if (
            self.bound == "about"
            and other.bound in ("exact", "about")
            and other.number
            and self.kind == "count"
        ):
            # "about 200 million" of 190 million: near enough to be what was meant, so a rough guess holds
            return abs(self.number - other.number) <= abs(other.number) * settings.ABOUT_MARGIN
        # "more than 2000" fits 2100, but a writer who knew of 5000 would not have said "more than 2000"
        far = settings.BOUND_STRETCH
        if other.bound == "more" and other.number < self.number < other.number * far:
            return None
        if other.bound == "less" and other.number / far < self.number < other.number:
            return None
        return False


@dataclass
class Query:
    """A question reduced to what matching, checking and deciding need; built once per reading."""

    text: str
    words: list[str]
    """Words after shorthand, typo fixes and number reading: what the type and form are read from."""
    tokens: list[str]
    """Content terms: stemmed words and `@entity` ids, stopwords removed, in order."""
    spans: list[tuple[int, int]]
    """The word span each token came from."""
    entities: list[str]
    unknown: list[str] = field(default_factory=list)
    """Content words the knowledge base never uses (an English word or a word nobody knows)."""
    gibberish: list[str] = field(default_factory=list)
    """Content words neither the knowledge base nor English knows, after typo fixes: not understood."""
    kinds_unknown: list[str] = field(default_factory=list)
    """Words naming the kind of answer a which-question wants that the story never speaks of ("which
    provinces"): understood, and lacking from the story."""
    negated: frozenset[str] = frozenset()
    """Terms the question sets aside ("all payments, not just mobile", "other than Mogujie"): a record about
    them does not answer it."""
    values: list[Value] = field(default_factory=list)
    qtype: QuestionType | None = None
    forms: frozenset[str] = frozenset()
    """Question shapes: yesno, truefalse, comparison, sourcing, overview, timeline, pronoun, ellipsis."""
    corrected: int = 0
    """How many words typo fixes changed."""
    base: str = ""
    """The full question a bare follow-up ("Why?") reuses: the text itself, or for a follow-up reading, the
    question it was built on, so a chain of follow-ups never grows."""

    @property
    def stem_question(self) -> str:
        return self.base or self.text

    @cached_property
    def joined(self) -> str:
        """The words as one string, which every pattern reads: joined once per query."""
        return " ".join(self.words)

    @cached_property
    def asks_whole(self) -> bool:
        """True when the question asks for a whole ("overall", "in total"): a figure qualified by a contrast
        word ("mobile" payments) answers only a part."""
        return not _WHOLE.isdisjoint(self.words) or _WHOLE_PHRASE.search(fold(self.text)) is not None

    @cached_property
    def speaker(self) -> str | None:
        """The party whose own word the question asks for ("What does Mogujie say about ...?"), if any: only
        what that party says can answer it."""
        start = questions.speaker_start(self.joined)
        if start is None:
            return None
        return next((v.entity for v in self.values if v.kind == "entity" and v.start == start), None)

    @cached_property
    def attribute_at(self) -> int | None:
        """The word position of what a "What is the title of ...?" question asks for, if it has that shape."""
        return questions.attribute_start(self.joined)

    @cached_property
    def attribute(self) -> str | None:
        """The term a "What is the title of ...?" question asks for, if it has that shape."""
        start = self.attribute_at
        return None if start is None else self.token_at(start)

    def token_at(self, start: int) -> str | None:
        """The term whose words begin at word `start`, if one does."""
        return next((t for t, (s, _) in zip(self.tokens, self.spans, strict=True) if s == start), None)

    def entity_at(self, start: int) -> str | None:
        """The party whose name begins at word `start`, if one does."""
        token = self.token_at(start)
        return token[len(ENTITY_PREFIX) :] if token and token.startswith(ENTITY_PREFIX) else None

    @cached_property
    def doer(self) -> str | None:
        """The party a "who did Alipay cut off?" question names as the doer: a record whose answer is that doer
        tells what it did and to whom, which is what the question asks, where "Who runs Alibaba?" names the one
        acted on."""
        words = self.words
        if self.qtype != "who" or words[:1] not in (["who"], ["whom"]) or words[1:2] == []:
            return None
        return self.entity_at(2) if words[1] in _OBJECT_ASKED else None

    @cached_property
    def acted_on(self) -> str | None:
        """The party right after "who" and a verb ("who told Alipay ...", "who pushed Alipay ..."): the one
        acted on, never the one asked for."""
        words = self.words
        if words[:1] != ["who"] or len(words) < 3 or words[1] in AUXILIARIES:
            return None
        return self.entity_at(2)

    @cached_property
    def exact_date(self) -> bool:
        """True when the question wants a day or month: asked once, not once per candidate record."""
        return questions.asks_exact_date(self.joined)

    def without(self, start: int, end: int, qtype: QuestionType | None = None) -> Query:
        """The query with one word span (a value) taken out, read as asking for that value's type."""
        keep = [i for i, (s, e) in enumerate(self.spans) if e <= start or s >= end]
        tokens = [self.tokens[i] for i in keep]
        return replace(
            self,
            tokens=tokens,
            spans=[self.spans[i] for i in keep],
            entities=[e for e in self.entities if ENTITY_PREFIX + e in tokens],
            values=[v for v in self.values if v.end <= start or v.start >= end],
            qtype=qtype,
        )

    def within(self, start: int, end: int) -> Query:
        """The query reduced to one word span (a clause), for checking one claim of several."""
        keep = [i for i, (s, e) in enumerate(self.spans) if s >= start and e <= end]
        tokens = [self.tokens[i] for i in keep]
        return replace(
            self,
            tokens=tokens,
            spans=[self.spans[i] for i in keep],
            entities=[e for e in self.entities if ENTITY_PREFIX + e in tokens],
            values=[v for v in self.values if v.start >= start and v.end <= end],
        )


def _again_as_resume(raw: list[str]) -> list[str]:
    """ "start supporting Mogujie again": starting something again, a few words on, is resuming it."""
    if "again" not in raw or _STARTING.isdisjoint(raw):
        return raw
    end = raw.index("again")
    start = next((k for k in range(max(0, end - 4), end) if raw[k] in _STARTING), None)
    if start is None:
        return raw
    return [*raw[:start], "resume", *raw[start + 1 : end], *raw[end + 1 :]]


def _aspect_dropped(raw: list[str], known: Container[str], phrases: Container[tuple[str, ...]]) -> list[str]:
    """ "did Meilishuo start taking commissions?": starting to do a thing, said before the doing (a known "-ing"
    word), asks whether it does it, which is what the story tells; a phrase of its own ("start using": adopt)
    stays."""
    if _ASPECT_VERBS.isdisjoint(raw) or not _START_KEPT.isdisjoint(raw):
        return raw  # ("when did Alipay first begin supporting Mogujie?": the start is what is asked; "start
        # supporting Mogujie again" is resuming)
    return [
        w
        for k, w in enumerate(raw)
        if not (
            w in _ASPECT_VERBS
            and k + 1 < len(raw)
            and raw[k + 1].endswith("ing")
            and len(raw[k + 1]) > 5
            and not raw[k + 1].endswith("thing")
            and raw[k + 1] in known
            and (w, raw[k + 1]) not in phrases
        )
    ]


_ASPECT_VERBS = frozenset({"start", "started", "starts", "begin", "began", "begun", "begins"})
_START_KEPT = frozenset({"when", "date", "year", "since", "long", "first", "time", "again"})
_WHEN_ADVERBS = frozenset({"first", "originally", "initially", "once", "ever", "even", "just", "only", "really",
                           "actually", "officially", "recently", "exactly", "also", "still", "both", "all", "each",
                           "too"})  # fmt: skip
_FOUNDING = frozenset(
    {"founded", "found", "established", "establish", "created", "create", "started", "start"}
)
_HOLDING = frozenset(
    {"run", "have", "own", "operate", "offer", "make", "use", "launch", "release", "provide"}
)
"""Verbs tying a thing to the party that has it ("what app does Alipay run?")."""
_SELF_REPORTED = frozenset({"figure", "figures", "number", "numbers", "data", "estimate", "estimates", "count",
                            "claim", "statistics", "stats", "word"})  # fmt: skip
"""Nouns after "own" that make it a question of who gives something ("Alipay's own figure")."""


_PAIR_NAMES_ASKED = Lazy(
    r"((so|and|ok|okay|now) )?(name|list|identify|(who|what|which) (are|were)|tell me|give me|can you name)"
)
"""Words before "the two sites" that ask for their names."""
_IN_THE_STORY = Lazy(
    r"((are|is|were|does|do) )?((the|this) (story|article|text|piece|writer|author|news) )?((mentioned|mention"
    r"|named|name|discussed|discusses|discuss|covered|covers|cover|in (the|this) (story|article|text|piece|news))"
    r"( |$))*"
)
"""What may follow the asked-for names: where they are named ("... the article discusses")."""


_ENDINGS = frozenset(
    ("", "e", "s", "es", "d", "ed", "r", "rs", "er", "ers", "or", "ors", "ing", "ings", "ion", "ions", "tion",
     "ation", "ive", "al", "ally", "ly", "ate", "ated", "ates", "ment", "ments", "ness", "ity", "ic", "ical",
     "ize", "ise", "able", "ible", "ance", "ence", "ant", "ent", "y", "ies", "ied", "ial", "ful", "ure", "ist")
)  # fmt: skip
"""Endings that make one word of a family from another ("describ|ed", "describ|e"; "origin|ate", "origin|al")."""


def _same_family(word: str, kin: str) -> bool:
    """True when two words are one stem with word-making endings ("originate" and "original", "dominate" and
    "dominant"; not "comment" and "commence" or "produce" and "product", which only share letters)."""
    shared = 0
    while shared < min(len(word), len(kin)) and word[shared] == kin[shared]:
        shared += 1
    return any(
        word[size:] in _ENDINGS and kin[size:] in _ENDINGS
        for size in range(shared, max(_FAMILY_STEM, shared - 3) - 1, -1)
    )


_FAMILY_STEM = 5
"""The shortest stem two words of one family share ("domin-"): shorter ("comm-") is only shared letters."""


class Reader:
    """Turns text into a `Query`, the same way for questions (with typo fixes) and for the knowledge."""

    def __init__(self, kb: StoryData) -> None:
        """Every language table compiled once per story (and cached with the engine), so reading a question
        does only lookups."""
        self.stopwords = frozenset(kb.stopwords)
        self.synonyms: dict[tuple[str, ...], list[str]] = {}
        for group in kb.synonyms:
            target = words(group.canonical)
            if target and all(w in self.stopwords for w in target):
                target = ["".join(target)]  # "get around" is one idea, though each of its words says nothing
            for word in [group.canonical, *group.words]:
                key = tuple(words(word))
                if key and key != tuple(target):
                    self.synonyms[key] = target
        listed = list(self.synonyms)
        for key, target in list(self.synonyms.items()):
            # a listed noun's plural means what it does ("explanations" as "explanation"), unless listed itself
            if len(key) == 1 and len(key[0]) >= 4 and not key[0].endswith("s"):
                self.synonyms.setdefault((key[0] + "s",), target)
        self._max_syn = _longest_by_first(self.synonyms)
        self.shorthand: dict[str, list[str]] = {}
        for group in kb.spellings:
            for word in group.words:
                self.shorthand[word.lower()] = words(group.canonical)
        self.aliases: dict[tuple[str, ...], str] = {}
        for ent in kb.entities.values():
            for name in ent.names():
                key = tuple(words(name))
                if key:
                    self.aliases.setdefault(key, ent.id)
        for part, ent_id in _distinct_name_parts(kb, self.stopwords).items():
            self.aliases.setdefault((part,), ent_id)  # "the wallet app": the one name "wallet" is part of
        self._max_alias = _longest_by_first(self.aliases)
        self.alias_heads = frozenset(key[0] for key in self.aliases)  # a name's first word, for said_again
        self._alias_seconds: dict[str, set[str]] = {}
        for key in self.aliases:
            if len(key) >= 2 and len(key[1]) >= settings.ALIAS_TYPO_MIN:
                self._alias_seconds.setdefault(key[0], set()).add(key[1])
        surface: set[str] = set()
        for rec in kb.qa:
            for text in [*rec.phrasings(), rec.answer]:
                surface.update(words(text))
        for event in kb.events:
            surface.update(words(event.text))
        for sentence in kb.sentences.values():
            surface.update(words(sentence.text))
        self.told = frozenset(stem(w) for w in surface)
        """Stems of the words the story and its records use, as against words only listed as synonyms."""
        surface |= self.stopwords | QUESTION_WORDS | _ANY_KIND  # kind nouns are understood
        for key in [*self.aliases, *listed]:
            surface.update(key)  # made plurals ("agains") are looked up only, never known words
        for contrast in kb.contrasts:
            surface.update(w for word in contrast.words for w in words(word))

        for targets in self.shorthand.values():
            surface.update(targets)
        self.surface = frozenset(w for w in surface if not w.isdigit())
        for key, target in list(self.synonyms.items()):
            # a listed phrase said of someone ("reduce dependence on" as "reduce its dependence on"; "changed its
            # mind" as "changed their mind"): the forms made are looked up only, never known words
            if len(key) >= 3 and key[0] not in self.stopwords:
                owned = [p for p in _OWNERS if p in key[1:]]
                for pronoun in _OWNERS:
                    if owned and pronoun != owned[0]:
                        self.synonyms.setdefault(tuple(pronoun if w == owned[0] else w for w in key), target)
                    elif not owned:
                        self.synonyms.setdefault((key[0], pronoun, *key[1:]), target)
        english = EnglishWords.shipped().zipf
        singles: dict[tuple[str, ...], set[str]] = {}
        for key, target in self.synonyms.items():
            if len(key) == 1:
                singles.setdefault(tuple(target), set()).add(key[0])
        for key, target in list(self.synonyms.items()):
            # a phrasal verb in another form ("setting up" of "set up", "kicked off"): looked up only, and only
            # forms English has
            if len(key) == 2 and key[1] in _PARTICLES and key[0] not in self.stopwords and key[0].isalpha():
                for form in _verb_forms(key[0]):
                    if form in english:
                        self.synonyms.setdefault((form, *key[1:]), target)
            elif (
                len(key) == 1
                and key[0].isalpha()
                and _verb_forms(key[0]) & singles[tuple(target)]
                and _only_a_verb(key[0])
            ):
                # a verb listed with another of its forms ("write", "writes"): its other forms mean the same
                # ("who is writing this?"), when English has them and the story does not use them otherwise
                # (not a noun's: "shops" listed with "shop" makes no "shopped")
                for form in _verb_forms(key[0]) - self.surface:
                    if form in english:
                        self.synonyms.setdefault((form,), target)
        self._max_syn = _longest_by_first(self.synonyms)
        self.known_stems = frozenset(stem(w) for w in self.surface) | frozenset(
            stem(t) for target in self.synonyms.values() for t in target
        )  # ("api": the stem the story's "APIs" is read as, though the story never writes it alone)
        self.stop_stems = frozenset(stem(w) for w in self.stopwords)
        self._sorted_surface = sorted(self.surface)
        self.categories = {e.id: _CATEGORY.get(e.kind, e.kind) for e in kb.entities.values()}
        self.kinds = {e.id: e.kind for e in kb.entities.values()}
        self.entity_names = {e.id: e.name for e in kb.entities.values()}
        self.described = {
            e.id: frozenset(stem(w) for w in words(f"{e.name} {e.description}"))
            for e in kb.entities.values()
            if e.kind in _DESCRIBABLE
        }
        """Stems of each entity's name and description, for "the payment app" and the like."""
        self._article_pairs = frozenset(
            pair for sentence in kb.sentences.values() for pair in pairwise(words(sentence.text))
        )
        """Word pairs the article uses ("mobile app", "referral program"): such a description is read in its own
        words, which the records use."""
        self.kind_terms = frozenset(stem(w) for w in _ANY_KIND)
        """Stems of nouns that name a kind of thing ("company", "site"): never what a question asks about."""
        self.authors = {e.id for e in kb.entities.values() for src in kb.sources if e.name == src.author}
        """Entities that wrote a story: naming one asks about the article's own voice."""
        self.parts: dict[str, set[str]] = {}
        """Entities whose name is another's possessive ("Alibaba's finance arm" belongs to "Alibaba")."""
        self.owners: dict[str, set[str]] = {}
        """The same through any alias: Alimama, also "Alibaba's referral program", belongs to Alibaba."""
        for ent in kb.entities.values():
            for other in kb.entities.values():
                possessive = other.name.lower() + "'s "
                if other.id != ent.id and ent.name.lower().startswith(possessive):
                    self.parts.setdefault(ent.id, set()).add(other.id)
                if other.id != ent.id and any(alias.lower().startswith(possessive) for alias in ent.names()):
                    self.owners.setdefault(ent.id, set()).add(other.id)
        pairs: dict[tuple[str, str], int] = {}
        for rec in kb.qa:
            same = sorted(e for e in set(rec.entities) if self.kinds.get(e) == "site")
            if len(same) == 2:
                pairs[(same[0], same[1])] = pairs.get((same[0], same[1]), 0) + 1
        ranked = sorted(pairs.items(), key=lambda kv: -kv[1])
        self.pair: tuple[str, ...] = ()
        """The two sites the story keeps naming together: "the two sites" with no name given means them."""
        self.pair_ids: tuple[str, ...] = ()
        """The same two by entity id: "the other one" after one of them is the other."""
        if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
            first, second = ranked[0][0]
            order = {e: k for k, e in enumerate(kb.entities)}
            self.pair_ids = tuple(sorted((first, second), key=lambda e: order.get(e, 0)))
            self.pair = tuple(kb.entities[e].name for e in self.pair_ids)
        places: dict[str, int] = {}
        for rec in kb.qa:
            for e in rec.entities:
                if self.kinds.get(e) == "place":
                    places[e] = places.get(e, 0) + 1
        self.setting = max(places, key=lambda e: places[e]) if places else None
        """The place the story names most (China): where it takes place, so every figure it gives is there."""
        self.speller = Speller(self.surface)
        self._cache: dict[tuple[str, bool], Query] = {}

    def _described_by(self, said: list[str]) -> bool:
        """True when words naming an entity are a description of it ("Alibaba program", "Alibaba's finance arm"),
        not its name: they end on a noun of what kind of thing it is, and hold another name."""
        ent = self.aliases[tuple(said)]
        name = tuple(words(self.entity_names[ent]))
        return (
            tuple(said) != name
            and said[-1] in _DESCRIBING_NOUNS
            and any((w,) in self.aliases and self.aliases[(w,)] != ent for w in said[:-1])
        )

    def kind_stems(self, ent: str) -> frozenset[str]:
        """Stems of the nouns saying what kind of thing a name is ("site", "service" for a site)."""
        return frozenset(stem(w) for w in _KIND_NOUNS.get(self.kinds[ent], ()))

    def read(self, text: str, correct: bool = True) -> Query:
        """The query for a text; `correct=False` for curated text, which is spelled as meant."""
        key = (text, correct)
        hit = self._cache.get(key)
        if hit is None:
            hit = self._read(text, correct)
            if len(self._cache) >= settings.ANALYSIS_CACHE:
                self._cache.pop(next(iter(self._cache)))
            self._cache[key] = hit
        return hit

    def _started_itself(self, raw: list[str]) -> list[str]:
        """ "When did Mogujie launch?", "Meilishuo was started in which year?": a company launching, with nothing
        launched after the verb, is its own start (its founding), not the launch of something it made ("when did
        its marketplace launch?", "when did Mogujie start selling?")."""
        out = list(raw)
        for k, w in enumerate(raw):
            pair = tuple(raw[k : k + 2])
            if len(pair) == 2 and "launch" in self.synonyms.get(pair, ()):
                # "when did Mogujie kick off?": a phrase for launching, read as the one word
                return self._started_itself([*raw[:k], "launched", *raw[k + 2 :]])
            if w not in _STARTING or not k:
                continue
            asked = [j for j, x in enumerate(raw[:k]) if x in ("what", "which")]
            # ("What was Mogujie when it launched?": the "what" asks of Mogujie; "when it launched" is its start)
            scene = bool(asked) and any(x in ("when", "as") for x in raw[asked[0] + 1 : k])
            if asked and raw[asked[0] + 1 : asked[0] + 2] != ["year"] and not scene:
                continue  # "What did Mogujie launch in late 2013?" asks what was launched
            at = k - 1 if raw[k - 1] not in _PASSIVE_AUX else k - 2
            subject = raw[at] if at >= 0 else ""
            if scene and subject in ("it", "they"):
                # the one party the question names is the "it" launching
                named = [x for x in raw[asked[0] + 1 : at] if (x,) in self.aliases]
                subject = named[0] if len(named) == 1 else subject
            kind = at >= 1 and (raw[at - 1],) in self.aliases and subject in _PARTY_NOUNS
            if kind:
                subject = raw[at - 1]  # "did that Meilishuo site get started?": the site is Meilishuo
            after = raw[k + 1] if k + 1 < len(raw) else ""
            # not "launch in late 2013" (a thing it launched then); a company "created in 2013" was founded then
            # (nor "Meilishuo started in 2011?", but a company "was started in 2011" by someone: founded then)
            lead = at - 1 - kind
            lead -= lead >= 1 and raw[lead] in ("the", "that", "this")  # ("was that Mogujie outfit started")
            passive = w in ("started", "begun") and not _PASSIVE_AUX.isdisjoint(raw[max(0, lead) : k])
            asking = after != "in" or raw[k + 2 : k + 3] in (["which"], ["what"]) or w == "created" or passive
            if after in ("what", "which") and raw[k + 2 : k + 3] not in _WHEN_NOUNS:
                continue  # "<a site> launched what in <a year>?": what was launched, asked in its place
            if (
                (subject,) in self.aliases
                and self.kinds.get(self.aliases[(subject,)]) in _FOUNDED_KINDS
                and (not after or after in _AFTER_STARTED)
                and asking
            ):
                out[k] = "founded"
        return out

    def _without_first_adverb(self, raw: list[str]) -> list[str]:
        """ "When did Alipay first pull support?", "cutting Mogujie off the first time": the story tells of one
        cut-off, so "first" only stresses it (unlike "the first five months" or "which came first")."""
        out: list[str] = []
        k = 0
        while k < len(raw):
            w = raw[k]
            if raw[k : k + 3] == ["the", "first", "time"] and k:
                k += 3 + (raw[k + 3 : k + 4] == ["round"])
                if out and out[-1] == "for":
                    out.pop()
                continue
            closing = raw[k:] in (["at", "first"], ["at", "the", "first"], ["in", "the", "first", "place"])
            if closing and k >= 3 and raw[0] in ("why", "how") and raw[1] not in ("many", "much"):
                # "Why Alipay cut off Mogujie at the first?": why it did so at all (a figure "at first" is of a moment)
                break
            before = raw[k - 1] if k else ""
            after = raw[k + 1] if k + 1 < len(raw) else ""
            if (
                w == "first"
                and (
                    (before,) in self.aliases
                    or before in _SUBJECT_PRONOUNS
                    or (before in ("was", "were", "is", "are", "been") and after.endswith(("ed", "en")))
                )  # ("was first set up": when it was established)
                and after.isalpha()
                and after not in _AFTER_FIRST
            ):
                k += 1
                continue
            out.append(w)
            k += 1
        return out

    def _cleft_saying(self, raw: list[str]) -> list[str]:
        """ "was it QQ Tech that said Alipay has 80 percent?" read as "did QQ Tech say ...": whether that party
        is the one saying it, which the story's attribution settles."""
        size = self._match(self.aliases, self._max_alias, raw, 2) if len(raw) > 2 else 0
        at = 2 + size
        if not size or raw[at : at + 1] not in (["that"], ["who"]) or raw[at + 1 : at + 2] == []:
            return raw
        verb = _SAYING_BASE.get(raw[at + 1])
        return ["did", *raw[2:at], verb, *raw[at + 2 :]] if verb else raw

    def _party_as_one(self, raw: list[str]) -> list[str]:
        """ "Is Meilishuo the site Alipay cut off?" read as "... the one Alipay cut off": a kind noun after a name
        and "the" only singles the party out, and is no term of what was done to it."""
        out = list(raw)
        for k in range(1, len(raw) - 2):
            before = raw[max(0, k - 3) : k]
            if before[-1] in ("is", "was"):
                before = before[:-1]  # ("Meilishuo is the site ...")
            if (
                raw[k] == "the"
                and raw[k + 1] in _PARTY_NOUNS
                and raw[k + 2] not in _PREPOSITIONS
                and before
                and ((before[-1],) in self.aliases or tuple(before[-2:]) in self.aliases)
            ):
                out[k + 1] = "one"
        return out

    def _backing(self, raw: list[str]) -> list[str]:
        """ "would Alipay back Mogujie again?", "decided to back them": "back" between an auxiliary (or "to")
        and a name is the verb "support", not the "back" of "come back" or "back then"."""
        out = list(raw)
        for k, w in enumerate(raw[1:-1], 1):
            after = raw[k + 1]
            before = raw[k - 1]
            inverted = (
                k > 1
                and raw[k - 2] in AUXILIARIES
                and ((before,) in self.aliases or before in _SUBJECT_PRONOUNS)
            )
            if (
                w == "back"
                and (before in _BACKING_BEFORE or inverted)  # "would back", "will Alipay back"
                and ((after,) in self.aliases or after in _OBJECT_PRONOUNS)
            ):
                out[k] = "support"
        if out[-1] == "back" or (len(out) > 2 and out[-2] == "back" and out[-1] in _BACK_CLAUSE_TAIL):
            k = len(out) - 1 if out[-1] == "back" else len(out) - 2
            if k >= 3 and _GETTING.intersection(out[max(0, k - 4) : k - 1]):
                # "did Mogujie get Alipay support back?": a thing got (or given) back is had again
                out[k] = "again"
        return out

    def _explains_as_reason(self, raw: list[str]) -> list[str]:
        """ "the open strategy explains the decision": a thing that explains another is its reason. A request
        ("can you explain"), a party explaining ("did Alipay explain its move") or an explanation of what or
        why asks for an explanation instead."""
        out = list(raw)
        for k, w in enumerate(raw):
            if (
                w not in _EXPLAINS
                or not k
                or raw[k - 1] in _ASKING_TO_EXPLAIN
                or (raw[k - 1],) in self.aliases
            ):
                continue
            if k + 1 < len(raw) and raw[k + 1] in _EXPLAINED_WHAT:
                continue
            if k + 1 < len(raw) and raw[k + 1] in ("please", "pls", "me", "us"):
                continue  # "Meilishuo what is, short explain please": a request
            out[k] = "reason"
        return out

    def _alias_finished(self, raw: list[str]) -> list[str]:
        """ "alipay waller": a name's second word one letter off, after its first, is that name (the typo is an
        English word, so the speller keeps it; a word of the story's own stays)."""
        out = list(raw)
        for i in range(1, len(out)):
            seconds = self._alias_seconds.get(out[i - 1])
            word = out[i]
            if not seconds or word in seconds or word in self.surface or len(word) < settings.ALIAS_TYPO_MIN:
                continue
            near = [w for w in seconds if Levenshtein.distance(word, w, score_cutoff=1) <= 1]
            if len(near) == 1:
                out[i] = near[0]
        return out

    def _unjoined(self, word: str) -> tuple[str, ...]:
        """A word typed together with the next ("whatsthis") as the two words, shorthand expanded."""
        if len(word) < settings.SPLIT_MIN_LENGTH or word in self.surface:
            return (word,)
        halves = self.speller.split(word, _Contracted(self.shorthand, self.aliases))
        if halves is None:
            return (word,)
        out: list[str] = []
        for half in (piece for h in halves for piece in h.split()):  # (a compound's last half may be two)
            out.extend(expanded(half) or self.shorthand.get(half) or (half,))
        return tuple(out)

    def _without_foreign(self, raw: list[str], text: str) -> list[str]:
        """ "Taobao and Tmall belong Alibaba, đúng không?": words written with letters English never uses, and
        not the story's, are a learner's own language around the question, not part of it."""
        foreign = {w for w in foreign_words(text) if w not in self.surface and w not in self._max_alias}
        return [w for w in raw if w not in foreign] or raw

    def _story_epithet(self, raw: list[str]) -> list[str]:
        """ "Who wrote this puff piece?": words the story never uses, between "this" and a noun for the story
        itself, only say what the reader thinks of it; the story is the one asked about."""
        if STORY_NOUNS.isdisjoint(raw):
            return raw
        out = list(raw)
        for k, word in enumerate(raw):
            if word not in STORY_NOUNS or k < 2:
                continue
            # ("this" or "that": "the causal story the article gives" is an account, not the article)
            lead = next((j for j in range(k - 1, max(-1, k - 4), -1) if raw[j] in ("this", "that")), -1)
            between = raw[lead + 1 : k] if lead >= 0 else []
            if (
                between
                and all(w.isalpha() and (w,) not in self.aliases for w in between)
                and any(w not in self.surface for w in between)
            ):
                out[lead + 1 : k] = [""] * len(between)
        return [w for w in out if w]

    def _name_epithet(self, raw: list[str]) -> list[str]:
        """ "How many people use this Alipay Wallet contraption?": a word the story never uses closing "this" and a
        name only says what the reader makes of the named thing; the name is what is asked about."""
        if "this" not in raw:
            return raw
        # (not "that", which as often starts a clause: "the commission that Mogujie demands")
        for k, w in enumerate(raw[:-2]):
            if w != "this":
                continue
            size = self._match(self.aliases, self._max_alias, raw, k + 1)
            at = k + 1 + size
            if (
                size
                and at < len(raw)
                and raw[at] not in self.surface
                and raw[at].isalpha()
                and self.speller.is_word(raw[at])
                and not self.speller.is_modifier(raw[at])  # ("is this Mogujie legit?" asks a judgment)
                and (at + 1 == len(raw) or raw[at + 1] in self.stopwords)
                # (closing a yes/no, it is the predicate: "is this Mogujie legit?")
                and not (at + 1 == len(raw) and raw[0] in AUXILIARIES)
            ):
                return [*raw[:at], *raw[at + 1 :]]
        return raw

    def _read(self, text: str, correct: bool) -> Query:
        """The one analysis of a question, in order (shorthand, typo fixes, phrases, numbers, names, kind words,
        negation, values): later steps read earlier ones' output, so the order is the logic."""
        text = text[: settings.MAX_QUESTION_CHARS]
        if "," in text or "-" in text or ":" in text:
            text = _BREVITY_TAIL.sub("", text)  # "Meilishuo store count, quickly.": how to answer, not what
        text = _BREVITY_LEAD.sub(
            "", text
        )  # "Quick recap of why ...", "Sum up how ...": how to answer, not what
        text = _BRIEF_STORY.sub("summary of the story", text)  # "short version of the story?"
        if " t" in text or "give" in text:
            text = _ROUGHLY_ASKED.sub(
                " ", text
            )  # "how many accounts all together?", "late 2013 or thereabouts"
            text = _ALL_TOGETHER.sub(r"\g<what>", text)  # "and all accounts together?"
        if "$" in text or "\u00a3" in text or "\u20ac" in text or "\u00a5" in text:
            text = _MONEY_SIGNS.sub(" money ", text)  # "how do they make $$ now": the signs alone say money
        text = _WH_STRESSED.sub(r"\1", text)  # "what on earth is Alimama?": the stress asks nothing more
        text = _WHO_CLEFT.sub(r"\1 ", text)  # "who is it that wrote this?" is "who wrote this?"
        if "like" in text:
            text = _SAME_LIKE.sub("same as", text)  # a learner's "same like Mogujie" is "the same as Mogujie"
        typed = words(text)
        if not _FOREIGN_AND.isdisjoint(typed):
            typed = self._and_y(typed)
        raw = _text_speak([w for word in typed for w in self.shorthand.get(word, (word,))])
        if not text.isascii():
            raw = self._without_foreign(raw, text)
        raw = [
            w
            for k, w in enumerate(raw)
            if w not in _FILLER_ADVERBS or (w in _EXACTLY and k + 1 < len(raw) and is_number_word(raw[k + 1]))
        ] or raw  # "is actually behind" is "is behind" ("exactly 2000" stays: a figure said to be exact)
        if "wise" in raw:
            # "money wise": "in terms of money", as "money-wise" is read (not "a wise move")
            raw = [w for k, w in enumerate(raw) if w != "wise" or not k or raw[k - 1] in _BEFORE_WISE]
        # "Is that Alipay's own figure?" asks who gives it; the "own" goes (a name's "own" only stresses it)
        own_figure = "own" in raw and any(a == "own" and b in _SELF_REPORTED for a, b in pairwise(raw))
        raw = self._word_rewrites(_aspect_dropped(raw, self.surface, self.synonyms), correct)
        corrected = 0
        if correct:
            raw = self._names_by_sound(raw)  # "mo goo jay" before "goo" is fixed into "good"
            raw = [w for word in raw for w in self._unjoined(word)]  # "whatsthis", "alipaywallet"
            fixed = []
            for i, word in enumerate(raw):
                # an auxiliary belongs first, after a wh-word, or after "how many stores" and the like
                opens = (
                    i == 0
                    or raw[i - 1] in _WH_OPENERS
                    or any(w in QUESTION_WORDS for w in raw[max(0, i - 4) : i - 1])
                    or (  # "what percentage of mobile payments dose Alipay say": right before the subject
                        i + 1 < len(raw)
                        and (raw[i + 1] in _SUBJECT_PRONOUNS or (raw[i + 1],) in self.aliases)
                        and any(w in QUESTION_WORDS for w in raw[:i])
                    )
                    # "meilishuo has 3000 stores, dose it?": a tag question's auxiliary, before its last pronoun
                    or (i == len(raw) - 2 and raw[-1] in _SUBJECT_PRONOUNS and i >= 3)
                )

                new = self.speller.correct(word, opens)
                if new == word and i and raw[i - 1] == "how" and word not in self.surface:
                    new = self.speller.after_how(word)  # "how meny": the word after "how" is one of a few
                # "80 procent": the word right after a figure is the one that scales it, before any other as near
                after_figure = bool(i) and raw[i - 1][:1].isdigit() and word not in self.surface
                scaled = self.speller.after_number(word) if after_figure else word
                new = scaled if scaled != word else new
                if new not in self.surface and new.endswith("s") and (new[:-1],) in self.aliases:
                    # "chinas mobile payments": a name's possessive typed without its apostrophe
                    new = new[:-1]
                corrected += new != word
                if "'" in new:
                    fixed.extend(
                        words(new)
                    )  # a correction to a contraction ("they're"): the word and its verb
                else:
                    fixed.append(new)
            raw = [w for word in fixed for w in self.shorthand.get(word, (word,))]
            raw = self._alias_finished(raw)
            if corrected:
                raw = self._word_rewrites(
                    raw, correct
                )  # "start takin WeChat": a fixed word is read as typed right
        # the rewrites of phrases, in order: each reads the one before
        raw = self._names_by_sound(_behind_the_text(canonical(self._name_epithet(self._story_epithet(raw)))))
        raw = self._the_two(self._described_one(raw, correct), correct)
        raw = self._before_the_change(
            self._own_stressed(self._party_left(self._party_side(self._rather_than_party(raw))))
        )
        raw = self._possessive_of(self._particle_by_verb(self._made_as_created(_again_as_resume(raw))))
        if raw[:1] == ["who"] and raw[-1:] and raw[-1] in _WRITINGS:
            raw = _authored(raw)
        if raw[1:2] == ["it"] and raw[:1] in (["was"], ["is"]):
            raw = self._cleft_saying(raw)
        if raw[:1] == ["them"] and raw[1:2] and raw[1] not in AUXILIARIES and raw[1] not in _PREPOSITIONS:
            # "them stores got half the traffic": a pointing word, as in "those stores"
            raw = ["those", *raw[1:]]
        if "the" in raw and not _PARTY_NOUNS.isdisjoint(raw):
            raw = self._party_as_one(raw)
        raw = self._thing_founded(self._kind_of_party(self._product_apart(raw)))
        if "created" in raw:
            raw = self._started_itself(raw)  # "what year was Meilishuo made": a company made is founded
        tokens: list[str] = []
        spans: list[tuple[int, int]] = []
        entities: list[str] = []
        unknown: list[str] = []
        gibberish: list[str] = []
        kinds: list[str] = []
        entity_values: list[Value] = []
        asks_agent = False
        judged: list[tuple[int, int]] = []
        strange: list[tuple[int, int]] = []  # English words the story never uses
        i = 0
        while i < len(raw):
            size = self._match(self.aliases, self._max_alias, raw, i)
            if (
                size
                and correct  # (curated phrasings keep their names)
                and i
                and raw[i - 1] in ("which", "what")
                and raw[i + size : i + size + 1] not in (["is"], ["was"], ["called"], ["named"], ["s"])
                and self._described_by(raw[i : i + size])
                and " ".join(raw[i - 1 : i + size])
                in " ".join(words(text))  # (as typed: not "app of Alipay")
            ):
                # "Which Alibaba program pays ...?": which one the description is, is what is asked (the name in
                # it, "Alibaba", is still read)
                size = next((n for n in range(size - 1, 0, -1) if tuple(raw[i : i + n]) in self.aliases), 0)
            if size:
                ent = self.aliases[tuple(raw[i : i + size])]
                # "the shopping website Mogujie": words naming what kind of thing it is describe the name
                kind_words = _KIND_NOUNS.get(self.kinds[ent], frozenset())
                at = i
                while (
                    tokens
                    and spans[-1][1] == at - _gap(raw, spans[-1][1], at)
                    and _kind_word(raw, spans[-1], kind_words)
                ):
                    at = spans[-1][0]
                    tokens.pop()
                    spans.pop()

                tokens.append(ENTITY_PREFIX + ent)
                spans.append((i, i + size))
                if ent not in entities:
                    entities.append(ent)
                entity_values.append(Value("entity", entity=ent, unit=frozenset({self.categories[ent]}), start=i,
                                           end=i + size, text=" ".join(raw[i : i + size])))  # fmt: skip
                i += size
                continue
            size = self._match(self.synonyms, self._max_syn, raw, i)
            if size:
                for t in self.synonyms[tuple(raw[i : i + size])]:
                    if t not in self.stopwords and t not in QUESTION_WORDS:
                        tokens.append(stem(t))
                        spans.append((i, i + size))
                i += size
                continue
            word = raw[i]
            i += 1
            if word in self.stopwords or word in QUESTION_WORDS:
                continue
            if correct and word not in self.surface:
                kin = self._kin(word)
                # "founders" read as "founded": the word named a person, whom the question then asks for
                asks_agent = asks_agent or (kin != word and _agent(word) and not _agent(kin))
                word = kin
                if word not in self.surface and self.speller.is_word(word):
                    meaning = self.meanings.known_word_for(word)
                    # (a pronoun is no meaning but a homograph: "america" is "US", not the pronoun "us")
                    pronoun = meaning in _SUBJECT_PRONOUNS or meaning in _OBJECT_PRONOUNS
                    # (nor, as the kind a which-question asks for, a word read as nothing: "which provinces"
                    # is no "which states", a stopword)
                    empty = (
                        meaning is not None
                        and i >= 2
                        and (
                            raw[i - 2] in WH_KIND
                            # (or after a proper adjective: "which Chinese province")
                            or (
                                raw[i - 3 : i - 2] in (["which"], ["what"])
                                and raw[i - 2].capitalize() in text
                            )
                        )
                        and (meaning in self.stopwords or stem(meaning) in self.stop_stems)
                        and meaning not in _WORDING  # ("which phrase": wording is asked)
                    )
                    # (nor a noun after "one", "any", "a" or "no" whose meaning says nothing: "the one comment", "any
                    # comment" name a thing the story lacks, not the verb "mention")
                    thing = (
                        meaning is not None
                        and i >= 2
                        and raw[i - 2] in ("one", "any", "a", "an", "no")
                        and (meaning in self.stopwords or stem(meaning) in self.stop_stems)
                        and not self.speller.is_modifier(word)
                    )
                    word = meaning if meaning and not pronoun and not empty and not thing else word
                    if empty:
                        kinds.append(raw[i - 1])
                if word not in self.surface and self.speller.is_modifier(word):
                    judged.append((i - 1, i))
                if (word,) in self.synonyms and _same_word(raw[i - 1], word, self.synonyms[(word,)]):
                    # "explanations" read as its kin "explanation", which stands for "reason"
                    for t in self.synonyms[(word,)]:
                        if t not in self.stopwords and t not in QUESTION_WORDS:
                            tokens.append(stem(t))
                            spans.append((i - 1, i))
                    continue
            stemmed = stem(word)
            if stemmed in self.stop_stems:
                continue
            tokens.append(stemmed)
            spans.append((i - 1, i))
            if (
                correct
                and word not in self.surface
                and tokens[-1] not in self.known_stems
                and not _numeric(word)
            ):
                unknown.append(word)
                if not self.speller.is_word(word):
                    gibberish.append(word)
                else:
                    strange.append((i - 1, i))
                    if (
                        i == 2
                        and raw[0] == "which"
                        and i < len(raw)
                        and (raw[i],)
                        not in self.aliases  # ("which tax Alibaba charged": the fee, in other words)
                        and not self.speller.is_modifier(word)
                        and not word.endswith("ing")
                        and word.capitalize() not in text
                    ):
                        # "Which regulator oversees Alipay's share?": the kind of thing asked for is one the
                        # story never names, however much of the rest a record covers
                        kinds.append(word)
        joined = " ".join(raw)
        framing = questions.framing_words(joined)
        if framing:
            keep = [i for i, (a, b) in enumerate(spans) if not any(a >= x and b <= y for x, y in framing)]
            tokens, spans = [tokens[i] for i in keep], [spans[i] for i in keep]
            framed = {raw[k] for x, y in framing for k in range(x, y)}
            # a name inside the framing ("does the writer offer") is whose voice, not what is asked about
            entities = [e for e in entities if ENTITY_PREFIX + e in tokens]
            entity_values = [
                v for v in entity_values if not any(v.start >= x and v.end <= y for x, y in framing)
            ]
            unknown = [w for w in unknown if w not in framed]
            gibberish = [w for w in gibberish if w not in framed]
        appositive = (
            [
                d
                for d in _appositions(raw, entity_values, self.speller.is_word)
                if any(d[0] <= a and b <= d[1] for a, b in strange)
            ]
            if correct and strange and "(" not in text
            else []
        )  # (only a description in words the story never uses: its own words may be what is asked; a name put
        # in brackets was added from the conversation, not typed beside the words)
        if appositive:
            # "Who runs the two big shopping bazaars Taobao and Tmall?": the words between "the" and the names that
            # end the clause describe them; the names say what is asked about, however the reader describes them
            def inside(span: tuple[int, int]) -> bool:
                return any(x <= span[0] and span[1] <= y for x, y in appositive)

            keep = [j for j, span in enumerate(spans) if not inside(span)]
            tokens, spans = [tokens[j] for j in keep], [spans[j] for j in keep]
            dropped = {raw[k] for x, y in appositive for k in range(x, y)}
            unknown = [w for w in unknown if w not in dropped]
            gibberish = [w for w in gibberish if w not in dropped]
            strange = [span for span in strange if not inside(span)]
            judged = [span for span in judged if not inside(span)]
        if correct and strange and entity_values:
            # "How many accounts does Mogujie reckon it has?": a word the story never uses between a name and
            # "it has" is that party's saying or believing, which the "has" clause already puts in its mouth
            ends = {v.end for v in entity_values}
            saying = {
                a
                for a, b in strange
                if b == a + 1 and a in ends and _HOLDS_AFTER.match(" ".join(raw[b : b + 3])) is not None
            }
            if saying:
                keep = [j for j, (a, _) in enumerate(spans) if a not in saying]
                tokens, spans = [tokens[j] for j in keep], [spans[j] for j in keep]
                unknown = [w for w in unknown if w not in {raw[a] for a in saying}]
        query = Query(text=text, words=raw, tokens=tokens, spans=spans, entities=entities, unknown=unknown,
                      gibberish=gibberish, kinds_unknown=kinds, corrected=corrected)  # fmt: skip
        said_after: set[int] = set()
        query.values = _values(raw, tokens, spans, said_after) + entity_values
        if framing:  # ("in paragraph 4" says where, and its number is no figure stated)
            query.values = [
                v for v in query.values if not any(v.start >= x and v.end <= y for x, y in framing)
            ]
        for v in query.values:
            if v.kind == "year" and v.start >= 2 and raw[v.start - 2 : v.start] == ["back", "in"]:
                said_after.add(v.start - 2)  # "back in 2012" is "in 2012", not "come back"
        if said_after:  # "tops" in "19 million users tops" bounds the figure; it is no term of the question
            _keep_terms(query, lambda _, span: span[0] not in said_after)
        query.negated = _negated(raw, tokens, spans)
        query.forms = questions.forms(joined)
        if own_figure:
            query.forms = query.forms | {"sourcing", "sourcing_who"}
        then = questions.then_span(joined)
        if then:
            # "what did it do back then?": the moment of the last answer, which the ranking leans towards
            query.forms = query.forms | {"then"}
            _keep_terms(query, lambda _, span: not (then[0] <= span[0] and span[1] <= then[1]))
        query.qtype = questions.question_type(joined)
        if query.qtype is None and ("yes or no" in joined or "true or false" in joined):
            query.qtype = "yesno"  # "mogujie alipay yes or no support again": keywords put to the check
        elif query.qtype is None and query.entities and raw and raw[-1] in FIGURE_NOUNS:
            query.qtype = "how_many"  # "alipay wallet numbers": keywords asking the party's figures
        # "so they switched when alipay ghosted them?": a statement joined by "when", asked with a question mark
        joined_by_when = " when " in f" {joined} " and questions.wh_in_statement(joined, ("when",))
        if "truefalse" in query.forms and (
            questions.framed(joined)
            or not questions.has_wh_phrase(joined)
            or questions.scene_only(joined)
            or questions.wh_in_statement(joined)
        ):
            query.qtype = (
                "yesno"  # "True or false: Meilishuo had 2000 stores" states, it does not ask how many
            )
        elif (
            (
                query.qtype is None
                or (query.qtype != "yesno" and questions.has_finite_verb(joined))
                or joined_by_when
                or any(
                    v.kind in ("count", "percent", "year") for v in query.values
                )  # "mogujie 58m accounts?"
            )
            and text.rstrip().endswith("?")
            and (
                len(raw) >= settings.STATEMENT_QUESTION_WORDS
                or any(v.kind != "entity" for v in query.values)  # "Mogujie start 2013?"
                or (
                    len(query.entities) >= 2 and _LIKENING.search(joined) is not None
                )  # "mogujie like pinterest?"
                or _named_subject_stated(raw, query)  # a learner's "Mogujie is American company?"
            )
            and (
                not questions.has_wh_phrase(joined)
                or joined_by_when
                # "The number of 2000 stores was reported by Alibaba?": a measure opening with its own figure
                or (
                    _MEASURE_OPENING.match(joined) is not None
                    and any(_counted(query, v) for v in query.values)
                )
            )
            and not (
                query.qtype is None
                and _POSSESSED.match(text.strip().lower())
                and all(v.kind == "entity" for v in query.values)
            )  # "Mogujie's revenue in the beginning?" names a thing, it states nothing
            and not (
                query.qtype in ("how_many", "how_much")
                and _MEASURE_OPENING.match(joined)
                and not any(v.kind == "percent" or _counted(query, v) for v in query.values)
            )  # "Size of the fee Alibaba charged in 2012?" names a measure; its verb is in a clause
        ):
            query.qtype = "yesno"  # "So both of them used it?": a statement asked as a question
        elif (
            query.qtype is None
            and len(raw) <= 5
            and text.rstrip().endswith("?")
            and questions.is_choice(joined)
        ):
            query.qtype = "yesno"  # "(Alipay's share?) / claimed or reported?": a choice put to the check
        if query.qtype == "yesno":
            requested = questions.requested_type(joined)  # "can you tell me the year ..."
            if requested and not _CHECKED_KINDS.get(requested, frozenset()) & {v.kind for v in query.values}:
                query.qtype = (
                    requested  # "Verify the founding year for Mogujie: 2011?" states the year to check
                )
        # "Why was the referral model not very lucrative?": a word only ever an adjective or adverb judges what a
        # reason or a manner is asked of, and "Which famous website ...?" what kind of answer is wanted; it
        # names nothing the story must hold ("foreign" in "what is Alipay's foreign market share?" does, so
        # figures keep it)
        describers = set(judged) | {span for span in strange if any(w in WH_KIND for w in raw[: span[0]])}

        worded = {a for a, _ in spans}
        acronyms = set(_ACRONYM.findall(text))

        def describes_kind(span: tuple[int, int]) -> bool:
            """ "Which famous American site ...?": words up to a kind noun say what kind of answer is wanted."""
            k = span[1]
            while (k, k + 1) in describers or (
                k < len(raw) and k not in worded and raw[k].upper() in acronyms
            ):
                k += 1  # (over an acronym that is no term: "which famous US site")
            return k < len(raw) and raw[k] in _ANY_KIND

        # ("Why would referral income have been structurally weak?": an adverb the story never uses, too)
        judged += [
            span
            for span in strange
            if (raw[span[0]].endswith("ly") and len(raw[span[0]]) > 5) or _predicative(raw, span[0])
        ]  # ("Why was living off referral fees unattractive?": so is a judging word after "was")
        cut = (
            {
                span
                for span in judged
                if query.qtype in ("why", "how")
                or (query.qtype == "yesno" and raw[span[0]].endswith("ly") and _before_phrase(raw, span[0]))
            }
            | {  # ("is the wallet solely for payments?": an adverb the story never uses says how much, not what)
                span for span in describers if query.qtype in ("what", "who") and describes_kind(span)
            }
        )
        if cut:
            drop = {raw[a] for a, _ in cut}
            _keep_terms(query, lambda _, span: span not in cut)
            query.unknown = [w for w in query.unknown if w not in drop]
            query.gibberish = [w for w in query.gibberish if w not in drop]
        light = _light_object(raw, self.told) | _linking_verb(raw, query, strange, self.known_stems)
        if light:
            drop = {raw[k] for k in light}
            _keep_terms(query, lambda _, span: span[0] not in light)
            query.unknown = [w for w in query.unknown if w not in drop]
            query.gibberish = [w for w in query.gibberish if w not in drop]
        if query.qtype == "what" and any(
            raw[k] in _PERSON_NOUNS
            and not WH_KIND.isdisjoint(raw[max(0, k - 3) : k])
            and AUXILIARIES.isdisjoint(raw[max(0, k - 3) : k])  # "what does the author say" asks a thing
            for k in range(1, min(len(raw), 5))
        ):
            query.qtype = "who"  # "Which QQ Tech reporter wrote the report?" asks for a person
        if asks_agent and query.qtype in (None, "what", "which"):
            query.qtype = "who"  # "What is the name of Mogujie's founder?" asks for a person, by name
            _keep_terms(query, lambda term, _: term != "name")
        if (
            query.qtype == "who"
            and len(query.tokens) == 1
            and len(query.entities) == 1
            and raw[:1] == ["who"]
            and raw[1:2] in (["is"], ["was"], ["are"], ["were"])
            and self.kinds.get(query.entities[0]) not in (None, "person")
        ):
            query.qtype = "what"  # "Who is Meilishuo?": what a company is, not a person's name
        described = [
            v
            for v in query.values
            if v.kind == "entity"
            and v.end + 1 < len(raw)
            and raw[v.end] in LIKENESS_SUFFIXES
            and f"{v.text}-" in text.lower()  # (hyphened: "like Pinterest" likens, it describes nothing)
        ]
        if (
            described
            and correct
            and query.qtype not in ("yesno", None)
            and len(query.entities) > len(described)
        ):
            # "the Pinterest-like Mogujie", "as a Pinterest-style site": a likeness describing another thing,
            # not what is asked about
            gone = {(v.start, v.end) for v in described} | {(v.end, v.end + 1) for v in described}
            _keep_terms(query, lambda _, span: span not in gone)
            left = {t for t in query.tokens if t.startswith(ENTITY_PREFIX)}
            query.entities = [e for e in query.entities if ENTITY_PREFIX + e in left]
            query.values = [v for v in query.values if v not in described]
        return query

    def _and_y(self, typed: list[str]) -> list[str]:
        """Another language's "and" between two names read as "and" ("Mogujie y Meilishuo", "Mogujie et
        Meilishuo", "Mogujie na Meilishuo"); elsewhere a "y" is a texter's "why" ("alipay mogujie y come back")."""
        return [
            "and"
            if w in _FOREIGN_AND
            and k < len(typed) - 1
            and (
                (k > 0 and (typed[k - 1],) in self.aliases and (typed[k + 1],) in self.aliases)
                # "y cuántos usuarios tiene?": before a question word, "why" cannot stand
                or (w == "y" and self.shorthand.get(typed[k + 1], [typed[k + 1]])[0] in QUESTION_WORDS)
            )
            else w
            for k, w in enumerate(typed)
        ]

    def _article_restored(self, raw: list[str]) -> list[str]:
        """ "name of writer of this article": a learner's "of" before a noun that names someone only as "the ..."
        ("the writer") keeps the "the" that was left out."""
        out: list[str] = []
        for k, w in enumerate(raw):
            if k and raw[k - 1] == "of" and ("the", w) in self.aliases and (w,) not in self.aliases:
                out.append("the")
            out.append(w)
        return out

    def _phrase_without_possessive(self, raw: list[str]) -> list[str]:
        """ "make its money", "earned their cash": a possessive inside a two-word phrase the language file knows
        ("make money") only says whose, so the phrase is read whole; "take its cut" is the known "take a cut"."""
        out = []
        for k, w in enumerate(raw):
            if w in _POSSESSIVES and 0 < k < len(raw) - 1:
                if (raw[k - 1], raw[k + 1]) in self.synonyms:
                    continue
                w = next((a for a in ("a", "the") if (raw[k - 1], a, raw[k + 1]) in self.synonyms), w)
            out.append(w)
        return out

    def _agent_as_act(self, raw: list[str]) -> list[str]:
        """ "who is reporter of the store numbers?": the doer of a thing ("reporter", "founder", "operator") of
        something other than the story asks who did it ("who reported the store numbers?"); the story's own
        writer is asked about as such."""
        at = 3 if raw[2:3] == ["the"] else 2
        if raw[1:2] not in (["is"], ["was"]) or raw[at + 1 : at + 2] != ["of"] or len(raw) <= at + 2:
            return raw
        noun = raw[at]
        if not noun.endswith(("er", "or")) or raw[-1] in _TEXT_NOUNS:
            return raw
        act = next((b for b in (noun[:-2] + "ed", noun[:-1] + "d") if b in self.surface), None)
        if act is None:
            return raw
        rest = raw[at + 2 :]
        return ["who", act, *([] if rest[:1] == ["the"] else ["the"]), *rest]

    def _word_rewrites(self, raw: list[str], correct: bool) -> list[str]:
        """Word-level rewrites into the knowledge base's words; run again after spelling fixes, since a misspelt
        word ("takin") is only recognisable once fixed."""
        for rewrite in _WORD_REWRITES:
            raw = rewrite(raw)
        if not _POSSESSIVES.isdisjoint(raw):
            raw = self._phrase_without_possessive(raw)
        if raw[:1] == ["who"] and "of" in raw[2:5]:
            raw = self._agent_as_act(raw)
        if correct and "of" in raw:
            raw = self._article_restored(raw)  # (a typed question's: curated phrasings are read as written)
        if not _TAKING.isdisjoint(raw):
            raw = self._taking_product(raw)
        if not _EXPLAINS.isdisjoint(raw):
            raw = self._explains_as_reason(raw)
        if "first" in raw:
            raw = self._without_first_adverb(raw)
        if not _ACQUIRING.isdisjoint(raw):
            raw = _intended_acquisition(raw)
        if not _STARTING.isdisjoint(raw) or "off" in raw:  # (and "kick off")
            raw = self._started_itself(raw)
        if "back" in raw:
            raw = self._backing(raw)
        raw = _plain_measure(raw)
        if "then" in raw or "or" in raw:
            raw = _either_bound(_than_slip(raw))
        if not _REASON_NOUNS.isdisjoint(raw):
            raw = _bare_reason(raw)
        if "to" in raw and "have" in raw:
            raw = _without_said_to_have(raw)
        if "pay" in raw or "do" in raw or "use" in raw or not _FEE_NOUNS.isdisjoint(raw):
            raw = _verb_and_object(raw)
        return raw

    def _taking_product(self, raw: list[str]) -> list[str]:
        """ "did it also take WeChat Payment?": taking a payment product is adopting it (taking a fee is not)."""
        out = list(raw)
        for i, w in enumerate(raw[:-1]):
            if w not in _TAKING:
                continue
            ahead = next(
                (
                    tuple(raw[i + 1 : i + 1 + n])
                    for n in (3, 2, 1)
                    if tuple(raw[i + 1 : i + 1 + n]) in self.aliases
                ),
                None,
            )
            if ahead and self.kinds.get(self.aliases[ahead]) == "product":
                out[i] = "adopted"
                # "start (to) take WeChat Payment": adopting is starting to use, so the phase verb says it twice
                back = i - 1 if raw[i - 1 : i] == ["to"] else i
                if back and raw[back - 1] in _ONSET_VERBS:
                    out[back - 1 : i] = [""] * (i - back + 1)
        return [w for w in out if w]

    @cached_property
    def meanings(self) -> LemmaMap:
        """Which knowledge-base word a reader's word of the same meaning stands for; built on first need
        (and kept in the engine cache, so a warm start never reads the thesaurus)."""
        return compile_meanings(_thesaurus(), self.surface)

    def prepare(self) -> None:
        """Build everything built on first need, so the engine cache holds it ready."""
        _ = self.meanings, self._name_sounds, self._name_initials, self._joined_names, self._name_starts
        _ = self._name_skeletons, self._owned_rests
        self._cache.clear()  # the curated phrasings read while indexing: a third of the cached engine, never asked

    def clear_caches(self) -> None:
        """Forget remembered readings and typo fixes (benchmarks time every question as new)."""
        self._cache.clear()
        self.speller.clear_cache()

    def part_of(self, part: str | None, whole: str | None) -> bool:
        """True when one entity's name makes it part of the other ("Alibaba's finance arm" of "Alibaba")."""
        if not part or not whole or part == whole:
            return part == whole and part is not None
        return whole in self.parts.get(part, ())

    def _kin(self, word: str) -> str:
        """A word the knowledge base lacks, read as a knowledge-base word of the same family when they share a
        long start ("described" is "describe", "originate" is "original"): a light lemmatiser."""
        need = max(settings.KIN_MIN_PREFIX, int(len(word) * settings.KIN_SHARE + 0.5))
        for size in range(len(word) - 1, need - 1, -1):
            prefix = word[:size]
            at = bisect_left(self._sorted_surface, prefix)
            if at < len(self._sorted_surface) and self._sorted_surface[at].startswith(prefix):
                kin = min((w for w in self._sorted_surface[at : at + 8] if w.startswith(prefix)), key=len)
                # (an English word is read as another only within its family; a typo, or a word whose nearest
                # kin says nothing and so goes either way, "definitively", keeps the looser reading)
                if len(kin) - size <= settings.KIN_MAX_ENDING and (
                    _same_family(word, kin) or not self.speller.is_word(word) or kin in self.stopwords
                ):
                    return kin  # ("respond" is no "responsible": an ending that long makes another word)
                break
        for suffix in _NOUN_SUFFIXES:
            # a noun made of a story verb ("foundation" of "founded", "adoption" of "adopted")
            base = word[: -len(suffix)]
            if not word.endswith(suffix) or len(base) < _NOUN_BASE_MIN:
                continue
            verbs = [
                base + ending
                for ending in ("", "e", "s", "es", "d", "ed", "ing")
                if base + ending in self.surface
            ]
            if verbs:  # (the verb's own forms: "developer" is another family's noun)
                return min(verbs, key=len)
        return word

    @cached_property
    def _name_sounds(self) -> dict[str, tuple[str, ...]]:
        """Each name's sound key -> its words, for names (not descriptions like "the writer") of five sounds or
        more: shorter keys are too easily met by chance."""
        out: dict[str, tuple[str, ...]] = {}
        for key in self.aliases:
            sound = sound_key(key)
            if len(sound) >= 5 and key[0] not in self.stopwords:
                out.setdefault(sound, key)
        return out

    @cached_property
    def _name_initials(self) -> frozenset[str]:
        """The first letters of names that have a sound key: a window starting otherwise is not one of them."""
        return frozenset(words[0][0] for words in self._name_sounds.values())

    @cached_property
    def _joined_names(self) -> dict[str, tuple[str, ...]]:
        """Each one-word name of five letters or more -> its words, for names typed in parts ("ali pay")."""
        return {key[0]: key for key in self.aliases if len(key) == 1 and len(key[0]) >= 5}

    @cached_property
    def _name_starts(self) -> frozenset[str]:
        """Every start of a one-word name: a word that is none cannot begin one typed in parts."""
        return frozenset(name[:k] for name in self._joined_names for k in range(2, len(name)))

    def _names_by_sound(self, raw: list[str]) -> list[str]:
        """A name typed in parts ("ali pay", "we chat"), split by autocorrect into words that sound like it ("ally
        pay"), or said syllable by syllable into a phone ("mo goo jay"), read as the name."""
        starts, surface = self._name_starts, self.surface
        strange = [w not in surface and not w.isdigit() for w in raw]
        syllables = {w for w in raw if len(w) <= _SYLLABLE_LETTERS}
        # where a name may start: a word beginning a name, or up to three words before a short strange word
        hot = {i for i, w in enumerate(raw) if w in starts}
        for k, w in enumerate(raw):
            if strange[k] and w in syllables:
                hot.update(range(max(0, k - 3), k + 1))
        if not hot:
            return raw
        out: list[str] = []
        i = 0
        while i < len(raw):
            if i not in hot:
                out.append(raw[i])
                i += 1
                continue
            found: tuple[int, tuple[str, ...]] | None = None
            for n in (2, 3, 4):  # shortest first: "ally pay" in "ally pay have" is Alipay
                window = raw[i : i + n]
                if len(window) < n or any((w,) in self.aliases for w in window):
                    continue
                name = self._joined_names.get("".join(window)) if window[0] in starts else None
                if (
                    name is None
                    and window[0][0] in self._name_initials
                    and window[0] not in QUESTION_WORDS
                    and all(w in syllables for w in window)
                    and any(strange[i : i + n])
                ):
                    name = self._sounds_like(window)
                if name:
                    found = (n, name)
                    break
            if found:
                out.extend(found[1])
                i += found[0]
            else:
                out.append(raw[i])
                i += 1
        return out

    def _sounds_like(self, window: list[str]) -> tuple[str, ...] | None:
        """The name a few short words (each a syllable or two) sound like: exactly ("ally pay"), closely ("mo goo
        jay" said into a phone), or, for three words or more, with the same consonants in order where only the
        vowels were misheard ("meal is how" for Meilishuo)."""
        sound = sound_key(window)
        exact = self._name_sounds.get(sound)
        if exact or len(sound) < 5:
            return exact
        found = process.extractOne(
            sound, self._name_sounds.keys(), scorer=Levenshtein.normalized_similarity,
            score_cutoff=settings.NAME_SOUND_SIMILARITY,
        )  # fmt: skip
        if found and found[0][0] == sound[0]:
            return self._name_sounds[found[0]]
        skeleton = consonants(sound)
        return self._name_skeletons.get(skeleton) if len(window) >= 3 and len(skeleton) >= 3 else None

    @cached_property
    def _name_skeletons(self) -> dict[str, tuple[str, ...]]:
        """Each name's consonants in order ("mls" for Meilishuo), for names no other name shares them with."""
        out: dict[str, tuple[str, ...]] = {}
        clash: set[str] = set()
        for sound, name in self._name_sounds.items():
            key = consonants(sound)
            if key in out and out[key] != name:
                clash.add(key)
            out.setdefault(key, name)
        return {k: v for k, v in out.items() if k not in clash}

    def _described_one(self, raw: list[str], correct: bool) -> list[str]:
        """ "the payment app", "the e-commerce giant": a definite description fitting one name better than any other
        (its describing words, then its head noun, in that name's own description) read as the name (in questions
        only; the sites, which the story has many of, are left to "the two sites" and pronouns)."""
        if not correct or _POINTING.isdisjoint(raw):
            return raw
        out = list(raw)
        for i in range(len(raw) - 2, -1, -1):
            if raw[i] not in _POINTING:
                continue
            head_at = next(
                (j for j in range(i + 2, min(i + 4, len(raw))) if raw[j] in _DESCRIBED_HEADS), None
            )
            if head_at is None:
                continue
            describing = raw[i + 1 : head_at]
            if any(
                (w,) in self.aliases or w in _NOT_DESCRIBING or w in self.stopwords or w[:1].isdigit()
                for w in describing
            ):
                continue
            if (describing[-1], raw[head_at]) in self._article_pairs:
                continue
            wanted = [stem(w) for w in describing]
            head = stem(raw[head_at])
            scored = []
            for ent, told in self.described.items():
                nouns = _KIND_NOUNS.get(self.kinds[ent], frozenset())
                if raw[head_at] not in nouns or not all(
                    w in told or u in nouns for w, u in zip(wanted, describing, strict=True)
                ):
                    continue
                # a describing word in its own description counts twice the head noun there
                scored.append((2 * sum(w in told for w in wanted) + (head in told), ent))
            scored.sort(reverse=True)
            if scored and scored[0][0] >= 2 and (len(scored) == 1 or scored[0][0] > scored[1][0]):
                out[i : head_at + 1] = words(self.entity_names[scored[0][1]])
        return out

    def _own_stressed(self, raw: list[str]) -> list[str]:
        """ "Alibaba's own program" is Alibaba's program: "own" after a single-word name only stresses it, where
        the story's "their own marketplaces" (after a pronoun) stays as written."""
        if "own" not in raw:
            return raw
        return [w for i, w in enumerate(raw) if not (w == "own" and i and (raw[i - 1],) in self.aliases)]

    def _party_side(self, raw: list[str]) -> list[str]:
        """ "is this coming from Mogujie's side?", "the Alipay camp": a party's side is the party itself."""
        if _SIDES_OF.isdisjoint(raw):
            return raw
        return [
            w
            for k, w in enumerate(raw)
            if not (
                w in _SIDES_OF
                and k
                and ((raw[k - 1],) in self.aliases or tuple(raw[max(0, k - 2) : k]) in self.aliases)
            )
        ]

    def _rather_than_party(self, raw: list[str]) -> list[str]:
        """ "it was Meilishuo, rather than Mogujie, that had ...": a party set aside, as "not Mogujie" is (no
        comparison: "than" here weighs nothing)."""
        if "rather" not in raw:
            return raw
        out: list[str] = []
        k = 0
        while k < len(raw):
            if raw[k : k + 2] == ["rather", "than"] and k + 2 < len(raw) and (raw[k + 2],) in self.aliases:
                out.append("not")
                k += 2
                continue
            out.append(raw[k])
            k += 1
        return out

    def _party_left(self, raw: list[str]) -> list[str]:
        """ "after alipay left": a party that left, in a clause saying after what, stopped working with the
        other (not "left" as what remains, which follows "is" or "what")."""
        if "left" not in raw:
            return raw
        out = list(raw)
        for i, w in enumerate(raw):
            if (
                w == "left"
                and i > 1
                and raw[i - 2] in ("after", "since", "once")
                and (raw[i - 1],) in self.aliases
                and (i + 1 == len(raw) or raw[i + 1] in _AFTER_LEFT or (raw[i + 1],) in self.aliases)
            ):
                out[i] = "stopped"
        return out

    def _before_the_change(self, raw: list[str]) -> list[str]:
        """ "Before it opened a marketplace, how did Mogujie make money?": the time before the story's turn is
        "originally", not a question about the marketplace; so is a closing "back when it was just ..."."""
        if "when" in raw:
            joined = " ".join(raw)
            back = _BACK_WHEN.search(joined)
            if back:
                # "how did it make money back when it was just a pinterest copy": its early days
                start = len(joined[: back.start()].split())
                raw = [*raw[:start], "originally"]
        if "before" not in raw:
            return raw
        joined = " ".join(raw)
        if _SPAN_ASKED.search(joined) or "before or after" in joined or "after or before" in joined:
            # "how long did it wait ... before opening its marketplace?" asks the time between; "did the fee
            # come before or after it opened its marketplace?" the order
            return raw
        found = _BEFORE_TURN.search(joined)
        if not found:
            return raw
        start = len(joined[: found.start()].split())
        return [*raw[:start], "originally", *raw[start + len(found.group(0).split()) :]]

    def _the_two(self, raw: list[str], described: bool = True) -> list[str]:
        """ "How many stores did each of the two sites have?": with no name given, the two sites are the pair the
        story keeps naming together."""
        if not self.pair or not _PARTY_NOUNS.intersection(raw):
            return raw
        pair = {w.lower() for name in self.pair for w in words(name)}
        if any(self.kinds.get(self.aliases.get((w,), "")) == "site" and w not in pair for w in raw):
            return raw  # another site is named: "the two sites" may be it and one of the pair
        for k in range(len(raw) - 1):
            if raw[k] not in ("two", "2", "both") or (k and raw[k - 1] in WH_KIND):
                continue  # ("which two sites/marketplaces ...?" asks which two: not the pair itself)
            if raw[k] == "both" and k and ((raw[k - 1],) in self.aliases or raw[k - 1] == "they"):
                continue  # ("Mogujie and Meilishuo both made their own marketplaces": the pair is named already)
            # "the two sites", "the two social shopping sites": up to three describing words before the noun
            # (in questions only: curated phrasings keep their words, and the weights they give)
            reach = k + 5 if described else k + 2
            at = next(
                (
                    j
                    for j in range(k + 1, min(len(raw), reach))
                    if raw[j] in _GROUP_NOUNS or (raw[j] in _PARTY_NOUNS and raw[k] != "both")
                ),
                None,
            )  # ("two site": a learner's singular; "both site" is too unlike a group to guess)
            if at is None or any((w,) in self.aliases or w in _PHRASE_ENDS for w in raw[k + 1 : at]):
                continue  # ("the two marketplace of that company": the words before "company" do not describe it)
            if raw[at + 1 : at + 2] in (["where"], ["that"], ["which"], ["on"]) and k and raw[k - 1] == "the":
                continue  # "the two marketplaces where most retailers sell": a clause says which two
            owner = raw[at + 2 : at + 3] if raw[at + 1 : at + 2] == ["of"] else raw[at + 3 : at + 4]
            if (
                raw[at + 1 : at + 2] in (["of"], ["owned"], ["run"], ["operated"])
                and owner
                and ((owner[0],) in self.aliases or owner[0] in _OWNER_POINTERS)
            ):
                continue  # "the two marketplaces of that company", "... owned by Alibaba": a party's two, said whose
            if _PAIR_NAMES_ASKED.fullmatch(" ".join(raw[: k - (k > 0 and raw[k - 1] == "the")])) and (
                _IN_THE_STORY.fullmatch(" ".join(raw[at + 1 :]))
            ):
                continue  # ("name the two sites", "who are the two sites in the story?": which two is asked)
            start = k - (k > 0 and raw[k - 1] in ("the", "these", "those"))
            named = [*words(self.pair[0]), "and", *words(self.pair[1])]
            kept = raw[at : at + 1] if raw[at] == "marketplaces" else []  # the sites' marketplaces
            return [*raw[:start], *named, *kept, *raw[at + 1 :]]
        return raw

    def _possessive_of(self, raw: list[str]) -> list[str]:
        """ "the mobile app of Alipay" read as "Alipay's mobile app" when that is a name the story gives."""
        if "of" not in raw[1:-1]:
            return raw
        for k in range(1, len(raw) - 1):
            if raw[k] != "of":
                continue
            for m in (3, 2, 1):
                if k - m < 0:
                    continue
                key = (raw[k + 1], *raw[k - m : k])
                if key in self.aliases:
                    start = k - m - (k - m > 0 and raw[k - m - 1] in ("the", "its", "a", "an"))
                    return [*raw[:start], *key, *raw[k + 2 :]]
        return raw

    def _thing_founded(self, raw: list[str]) -> list[str]:
        """ "When was Mogujie's marketplace founded?": a party's thing is launched, not founded as the party
        was (a record of the party's founding does not date its marketplace)."""
        if _FOUNDING.isdisjoint(raw):
            return raw
        out = list(raw)
        for k, w in enumerate(raw):
            if (
                w in _FOUNDING
                and k >= 2
                and (raw[k - 1],) not in self.aliases
                and (raw[k - 2],) in self.aliases
            ):
                noun = raw[k - 1]
                if (
                    noun not in self.stopwords
                    and noun not in AUXILIARIES
                    and noun not in _WHEN_ADVERBS
                    and noun not in QUESTION_WORDS  # ("Mogujie when founded?": the party's own founding)
                    and noun not in _PARTY_NOUNS
                    and (raw[k - 2], noun) not in self.aliases
                ):
                    # (not "Mogujie first started", "the Mogujie company founded", "mogu jie founded")
                    out[k] = "launched"
        return out

    def _product_apart(self, raw: list[str]) -> list[str]:
        """ "Alipay have how much users of mobile app?": an owner named, and later the rest of a name of one of its
        products ("Alipay's mobile app"), is that product, put together where the owner stands."""
        if len(raw) < 3:
            return raw
        for key, products in self._owned_rests.items():
            owner, rest = key
            size = len(rest)
            if owner not in raw:
                continue
            at = raw.index(owner)
            # a one-word rest only after "have" ("does alipay have an app?"; not "is Alibaba the program?")
            if size == 1 and raw[at + 1 : at + 2] not in (["have"], ["has"], ["had"]):
                continue
            if self._match(self.aliases, self._max_alias, raw, at) != 1:
                continue  # ("Alipay Wallet is the mobile app of Alipay": the owner's word begins another name)
            named = (self.aliases.get(tuple(raw[i : i + n])) for i in range(len(raw)) for n in (1, 2, 3))
            if products & set(named):
                continue  # the product is named itself
            later = [
                k
                for k in range(at + 2, len(raw) - size + 1)
                if tuple(raw[k : k + size]) == rest and not set(raw[at + 1 : k]) <= _COPULA_GAP
            ]  # ("is Alibaba the referral program?" puts the owner as the product: no product named)
            if len(later) == 1 and len(products) == 1:
                k = later[0]
                return [*raw[: at + 1], *rest, *raw[at + 1 : k], *raw[k + size :]]
        return raw

    @cached_property
    def _owned_rests(self) -> dict[tuple[str, tuple[str, ...]], set[str]]:
        """(owner word, rest of a product's name) -> the products so named: "alipay" + ("mobile", "app"), "alipay" +
        ("app",)."""
        out: dict[tuple[str, tuple[str, ...]], set[str]] = {}
        for key, ent_id in self.aliases.items():
            if len(key) < 2 or (key[0],) not in self.aliases or self.aliases[(key[0],)] == ent_id:
                continue
            rest = key[1:]
            if all(w in self.stopwords for w in rest) or (rest[:1] and (rest[0],) in self.aliases):
                continue
            out.setdefault((key[0], rest), set()).add(ent_id)
        return out

    def _kind_of_party(self, raw: list[str]) -> list[str]:
        """ "What mobile app does Alipay run?" asks what Alipay's mobile app is, when that is a name the story
        gives (the wh-word's noun phrase, said of the party after "does")."""
        if len(raw) < 5 or raw[0] not in ("what", "which"):
            return raw
        for k in range(2, min(len(raw) - 2, 5)):
            if raw[k] not in ("does", "did", "do") or raw[k + 2 : k + 3] == [] or raw[k + 2] not in _HOLDING:
                continue
            key = (raw[k + 1], *raw[1:k])
            if key in self.aliases:
                return ["what", "is", *key, *raw[k + 3 :]]
        return raw

    def _made_as_created(self, raw: list[str]) -> list[str]:
        """ "when was Mogujie made?", "who made Mogujie?": making a named thing, with nothing made of it, is
        creating it (unlike "make money" or "made the announcement"); making one's own thing is building it."""
        if not _MADE.intersection(raw):
            return raw
        out = list(raw)
        for k, word in enumerate(out):
            if word not in _MADE:
                continue
            last = k == len(out) - 1 or out[k + 1] in ("in", "by", "and", "like")
            # an adverb between the name and "made" colours it only ("when was Mogujie even made")
            bare = k - 1 if k >= 3 and out[k - 1] in _WHEN_ADVERBS else k
            at = bare - 1 if bare >= 2 and out[bare - 1] in ("was", "is", "were", "got", "been") else bare
            # "Mogujie was made"
            named_before = at >= 1 and (
                (out[at - 1],) in self.aliases or (at >= 2 and (out[at - 2], out[at - 1]) in self.aliases)
            )
            named_after = (
                k + 1 < len(out)
                and (out[k + 1],) in self.aliases
                and (k + 2 == len(out) or out[k + 2] in ("in", "and", "like"))
            )
            if (last and named_before) or (named_after and out[0] == "who"):
                out[k] = "created"
            elif (
                out[k + 1 : k + 2] == ["own"]
                or out[k + 1 : k + 3] in ([o, "own"] for o in _OWNERS)
                or (out[k + 1 : k + 2] in (["a"], ["an"]) and out[k + 2 : k + 3] in _BUILT_THINGS)
            ):
                # "they made their own marketplaces" (a learner's "make own marketplace"): a thing of their own
                # made is launched
                out[k] = "built"
            elif out[0] == "who" and k + 2 < len(out) and out[k + 2] in _WRITINGS and out[k + 1] in _THIS:
                out[k] = "wrote"  # "who made this article?": a piece of writing made is written
        return out

    def _particle_by_verb(self, raw: list[str]) -> list[str]:
        """ "cut them off", "cut Mogujie off" read as "cut off them", "cut off Mogujie": a phrasal verb's particle
        put back beside its verb when a pronoun or a one-word name stands between them."""
        if not _PARTICLES.intersection(raw[2:]):
            return raw
        out = list(raw)
        for k in range(2, len(out)):
            if out[k] == "back" and (
                out[k + 1 : k + 2] in (["then"], ["around"], ["during"])
                or (out[k + 1 : k + 2] == ["in"] and _time_after_in(out[k + 2 : k + 3]))
            ):
                continue  # "stop supporting Mogujie back in 2012": a time gone by, no particle of the verb
            if (
                out[k] in _PARTICLES
                and (out[k - 2], out[k]) in self.synonyms
                and (out[k - 1] in _OBJECT_PRONOUNS or (out[k - 1],) in self.aliases)
            ):
                out[k - 1], out[k] = out[k], out[k - 1]
            elif (
                k >= 3
                and out[k] in _PARTICLES
                and out[k - 2] in _OBJECT_DETERMINERS
                and (out[k - 3], out[k]) in self.synonyms
            ):
                # "who put the APIs out?": a determiner and its noun between the verb and its particle
                out[k - 2 : k + 1] = [out[k], out[k - 2], out[k - 1]]
        return out

    @staticmethod
    def _match(
        table: Mapping[tuple[str, ...], object], longest: dict[str, int], raw: list[str], i: int
    ) -> int:
        """The length of the longest phrase in `table` starting at word i, or 0; `longest` gives, per first
        word, the longest phrase starting with it, so most words cost one look-up."""
        for size in range(min(longest.get(raw[i], 0), len(raw) - i), 0, -1):
            if tuple(raw[i : i + size]) in table:
                return size
        return 0


_OBJECT_DETERMINERS = frozenset({"the", "its", "their", "these", "those", "this", "that", "his", "her"})
"""Words opening a two-word object that may stand between a phrasal verb and its particle ("put the APIs out")."""

_SYLLABLE_LETTERS = 4
"""Words this short may be a name said syllable by syllable ("mo goo jay", "may lee shoe")."""

_COPULA_GAP = frozenset({"is", "are", "was", "were", "be", "the", "a", "an", "its", "really", "just", "also"})
"""Words between an owner and the rest of a product's name that make the one the other, not its product."""
_OBJECT_PRONOUNS = frozenset({"it", "them", "him", "her", "this", "that", "us", "me"})
_BACKING_BEFORE = AUXILIARIES | {"to", "not", "never", "still", "also", "again", "and"}
"""Words before a "back" that make it a verb ("would back", "to back", "and back")."""
_PARTY_NOUNS = frozenset({"site", "website", "company", "firm", "service", "app", "platform", "business"})
"""Kind nouns that, after a name and "the", single that party out ("Meilishuo the site Alipay cut off")."""
_SAYING_BASE = {"said": "say", "says": "say", "claimed": "claim", "claims": "claim", "reported": "report",
                "reports": "report", "stated": "state", "states": "state", "announced": "announce",
                "announces": "announce", "wrote": "write", "writes": "write"}  # fmt: skip
"""Verbs of saying after a cleft's "that" ("was it QQ Tech that said ..."), with their base forms."""
_GETTING = frozenset(
    {
        "get",
        "gets",
        "got",
        "getting",
        "gotten",
        "give",
        "gives",
        "gave",
        "given",
        "giving",
        "win",
        "wins",
        "won",
    }
)
"""Verbs whose object, followed by a closing "back", is a thing had again ("get support back", "give it back")."""
_BACK_CLAUSE_TAIL = frozenset({"now", "yet", "again", "finally", "already", "too"})
"""Words that may follow the closing "back" of "get X back" and still end its clause."""
_MADE = frozenset({"made", "make", "making", "makes", "built", "build", "building", "builds"})
_TIME_AFTER_IN = frozenset({"the", "those", "early", "late", "mid"})


def _time_after_in(after: list[str]) -> bool:
    """True when the word after "back in" makes it a time gone by ("back in 2012", "back in the day"), not
    "let back in"."""
    return bool(after) and (after[0] in _TIME_AFTER_IN or (after[0].isdigit() and len(after[0]) == 4))


_BUILT_THINGS = [
    [w] for w in ("marketplace", "store", "shop", "platform", "site", "website", "app", "system")
]
"""Things a party makes only by building them ("who else made a marketplace?")."""
_WRITINGS = frozenset({"article", "story", "piece", "text", "report", "post", "news"})
"""Pieces of writing: one "made" is written."""
_THIS = frozenset({"this", "the", "that"})
_NOT_AUTHORING = frozenset({"read", "reads", "reading", "publish", "published", "publishes", "edit", "edited",
                            "edits", "share", "shared", "shares", "cite", "cited", "cites", "quote", "quoted",
                            "quotes", "translate", "translated", "fund", "funded", "sponsor", "sponsored", "like",
                            "liked", "likes", "review", "reviewed", "check", "checked", "post", "posted", "send",
                            "sent", "source", "sourced", "verify", "verified", "print", "printed", "run", "ran",
                            "carry", "carried", "host", "hosted", "own", "owns", "owned", "want", "wants", "need"})  # fmt: skip
"""Verbs a party does to a piece of writing without being its author ("who published this article?")."""


def _authored(raw: list[str]) -> list[str]:
    """ "Who cooked up this article?", "who put together the story?": a verb of one to three words between "who"
    and the piece of writing it ends on, with no auxiliary or preposition in it, makes the piece: its writer is
    asked, whatever the verb (unless it is one done to writing by others: reading, publishing, quoting)."""
    if len(raw) < 4 or raw[-2] not in _THIS:
        return raw
    verb = raw[1:-2]
    if not 1 <= len(verb) <= 3 or not _NOT_AUTHORING.isdisjoint(verb):
        return raw
    if verb[-2:] == ["up", "with"]:
        verb = verb[:-1]  # ("who came up with this story?")
    if any(w in AUXILIARIES or w in _PREPOSITIONS or w in QUESTION_WORDS for w in verb):
        return raw  # ("who is in the story?", "who was quoted in this piece?")
    return ["who", "wrote", raw[-2], raw[-1]]


_OWNERS = ("its", "their", "his", "her")

_KIND_NOUNS: dict[str, frozenset[str]] = {
    "site": frozenset(
        [
            "site",
            "sites",
            "website",
            "websites",
            "shopping",
            "shop",
            "social",
            "platform",
            "service",
            "app",
            "startup",
            "company",
            "firm",
            "e-commerce",
            "ecommerce",
            "online",
            "marketplace",
            "commerce",
            "player",
            "services",
            "platforms",
            "apps",
        ]
    ),
    "company": frozenset(
        [
            "company",
            "companies",
            "firm",
            "giant",
            "group",
            "business",
            "corporation",
            "online",
            "payment",
            "big",
            "chinese",
            "e-commerce",
            "ecommerce",
            "service",
            "provider",
            "player",
            "firms",
        ]
    ),
    "organisation": frozenset(
        ["company", "firm", "unit", "division", "arm", "organisation", "organization", "entity", "body"]
    ),
    "product": frozenset(["app", "application", "product", "wallet", "service", "mobile", "payment", "pay"]),
    "program": frozenset(["program", "programme", "scheme", "service"]),
    "person": frozenset(["writer", "author", "journalist", "reporter", "tech"]),
    "outlet": frozenset(["site", "website", "outlet", "news", "newspaper", "paper", "publication"]),
    "place": frozenset(["city", "country", "capital"]),
}
"""Words that say what kind of thing a name is; right before the name they describe it, not the question."""


_ANY_KIND = frozenset().union(*_KIND_NOUNS.values()) - {"online", "payment", "mobile", "pay", "shopping", "social",
                                                         "e-commerce", "ecommerce", "chinese", "big", "tech", "news"}  # fmt: skip
"""Nouns naming a kind of thing ("company", "site", "app"): right after "which" or "what" they only say what
kind of answer is wanted."""
_ACRONYM = Lazy(r"\b[A-Z]{2,3}\b")
"""A word in capitals ("US", "UK"): a short describing name, which may be a stopword when lowered ("us")."""
WH_KIND = frozenset({"which", "what", "whose"})
"""Words after which a kind noun says what kind of answer is wanted ("which entity runs Alipay?")."""
_WORDING = frozenset({"word", "words", "term", "terms", "mention", "mentions", "quote", "say", "says"})
"""Nouns of wording: after "which" they ask for the story's words, which are no stopword's meaning."""


def _predicative(raw: list[str], at: int) -> bool:
    """True when the word follows a linking verb ("was unattractive", "is so bad"), as a judgement does."""
    k = at - 1
    while k >= 0 and raw[k] in ("so", "too", "very", "really", "quite", "rather", "that", "not"):
        k -= 1
    return k >= 0 and raw[k] in (
        "was",
        "were",
        "is",
        "are",
        "been",
        "be",
        "seem",
        "seemed",
        "seems",
        "looked",
    )


_BACK_WHEN = Lazy(r"\b(back when|when) (it|they|\w+) (was|were) (just|still|only|merely|basically) .*$")
"""A closing clause of what a party was then ("back when it was just a pinterest copy"): its early days."""
_AFTER_LEFT = frozenset({"them", "it", "and", "in", "so", "then", "what", "which", "how"})
"""Words that may follow "left" when a party left another ("after Alipay left them"), ending the clause."""
_SPAN_ASKED = Lazy(r"\bhow (long|many (years|months|weeks|days))\b")
_BEFORE_TURN = Lazy(
    r"\bbefore (\w+ ){0,3}?(opened|launched|started|created|built|set up|went live with|had|got|opening|launching"
    r"|starting|creating|building|the launch of|the opening of|the start of|pivoted to|pivoting to|moved to"
    r"|switched to|shifted to)( up)? (a |an |its |their |the |his |her )?"
    r"(own )?(marketplaces?|stores?|shops?)\b( in (late |early |mid )?\d{4}\b)?"
    r"|\bbefore (the|its|their) (own )?marketplaces?\b|\bpre marketplace\b"
    r"|\bbefore (it|they|\w+) (turned into|became|went|turning into|becoming|grew into) (a |an )?marketplaces?\b"
    r"|\bbefore (all )?(this|that|these|those) (\w+ )?(drama|mess|fuss|trouble|troubles|fight|fighting|conflict"
    r"|dispute|row|saga|business|stuff|changes|happened)\b|\bbefore all (this|that)\b"
)
"""A moment named by the turn the story is about, the sites' own marketplaces, or by the story's events as a whole
("before all this drama"): before it is "originally"."""
_GROUP_NOUNS = frozenset({"sites", "websites", "platforms", "companies", "firms", "startups", "services", "apps",
                          "marketplaces"})  # fmt: skip
_OWNER_POINTERS = frozenset({"that", "this", "it", "its", "their", "them", "the"})
"""Words pointing at a party already named, as the owner of "the two marketplaces of ___"."""
_PHRASE_ENDS = frozenset({"of", "by", "from", "for", "with", "in", "on", "at", "that", "which", "who"})
"""Words that end a noun phrase: none stands among the words describing a noun ("the two big sites")."""
_PARTY_NOUNS = _GROUP_NOUNS | {"site", "website", "platform", "company", "firm", "startup", "service", "app",
                               "outfit"}  # fmt: skip
"""The group nouns and their singulars, which a learner may put after "two" ("two site")."""
_PERSON_NOUNS = frozenset({"writer", "author", "journalist", "reporter", "person", "founder", "founders", "ceo",
                           "boss", "editor", "spokesperson", "spokesman", "executive"})  # fmt: skip
"""Nouns after "which" that ask for a person ("Which reporter wrote it?")."""
_WH_STRESSED = Lazy(
    r"(?i)\b(what|who|why|where|how|when|which)\s+(?:on earth|in the world|the (?:hell|heck|devil|dickens|deuce))\b"
)
"""A question word stressed by a phrase that names nothing ("what the heck", "why on earth")."""
_WHO_CLEFT = Lazy(r"(?i)\b(who)\s+(?:is|was|'s)\s+it\s+that\s+(?=\w)")
"""A "who" put first by a cleft ("who is it that has written this?"): the question without the frame."""
_SAME_LIKE = Lazy(r"(?i)(?<=[\w,] )same like\b")
"""A learner's blend of "same as" and "like", inside a sentence (opening one, it asks its own question)."""
_EXACTLY = frozenset({"exactly", "precisely"})
_FILLER_ADVERBS = frozenset({"actually", "really", "truly", "basically", "exactly", "literally", "honestly",
                             "seriously", "definitely", "indeed", "rly", "acually", "actualy", "specifically",
                             "particularly", "especially", "precisely", "personally", "publicly", "openly"})  # fmt: skip
"""Adverbs that only stress or single out ("about Mogujie specifically"): dropped before phrases are matched,
so a listed phrase is found around them."""


class _Contracted:
    """Shorthand words, apostrophe-less contractions ("whats") and one-word names: the glue halves of a
    run-together word."""

    __slots__ = ("_aliases", "_shorthand")

    def __init__(self, shorthand: dict, aliases: dict) -> None:
        self._shorthand = shorthand
        self._aliases = aliases

    def __contains__(self, word: object) -> bool:
        return (
            word in self._shorthand
            or (word,) in self._aliases
            or (isinstance(word, str) and expanded(word) is not None)
        )


_EXPLAINS = frozenset({"explain", "explains", "explained", "explaining"})
_EXPLAINED_WHAT = frozenset(
    {"why", "how", "what", "that", "whether", "its", "their", "itself", "to", "me", "us"}
)
"""Words after "explain" saying what is explained: the explaining is then asked for, not a cause put."""
_ASKING_TO_EXPLAIN = frozenset({"you", "u", "i", "we", "to", "please", "pls", "can", "could", "would", "will", "me",
                                "and", "or", "so", "then", "help", "article", "story", "writer", "author", "text",
                                "piece", "it", "does", "do", "did", "how", "what", "why", "short", "shortly", "briefly",
                                "simply", "quickly", "quick", "simple", "brief", "is", "are"})  # fmt: skip


_SMALL_COUNTS = frozenset({"two", "three", "four", "five"})
_LISTING_OPENERS = frozenset({"what", "which", "name", "list", "give"})


def _without_listed_count(raw: list[str]) -> list[str]:
    """ "What two competing explanations ...?", "name three reasons": how many things are listed, not a figure
    to check (a small number right after a wh-word or a listing verb, before a plural noun)."""
    for i in range(1, min(5, len(raw) - 1)):  # at the opening: "what two ...", "so name three ..."
        w = raw[i]
        opener = raw[i - 1] in _LISTING_OPENERS and i < 3
        if not opener and i >= 3 and raw[i - 1] == "the":
            # "what are the two guesses ...", "name the three ...": the same count, with "the"
            opener = raw[i - 2] in _LISTING_OPENERS or (
                raw[i - 2] in ("are", "were") and raw[i - 3] in _LISTING_OPENERS
            )
        if (
            (w in _SMALL_COUNTS or (w.isdigit() and 2 <= int(w) <= 5))
            and opener
            and any(n.endswith("s") and not n.isdigit() for n in raw[i + 1 : i + 3])
            and not (i + 1 < len(raw) and raw[i + 1] in _TIME_UNITS)
        ):
            return [*raw[:i], *raw[i + 1 :]]
    return raw


_TIME_UNITS = frozenset({"years", "months", "weeks", "days", "year", "month", "million", "billion", "thousand",
                         "percent", "hundred"})  # fmt: skip
"""Words after a number that make it a figure ("the two years", "what 2 million users")."""


_AFTER_FIRST = frozenset({"time", "times", "few", "five", "months", "month", "year", "years", "place", "of", "to",
                          "and", "or", "in", "on", "as", "that", "one", "two", "three", "week", "weeks", "days",
                          "started", "start", "starts", "began", "begin", "begins", "launched", "opened", "set",
                          "founded", "came", "appeared"})  # fmt: skip
"""Words after "first" that make it part of a phrase ("first five months", "first of all") or the start itself
("when it first started": its early days), not a stress."""


_ACQUIRING = frozenset({"buying", "acquiring", "purchasing", "taking", "buy", "acquire", "purchase", "take"})
_FUTURE_LEADS = (("going", "to"), ("will",), ("plans", "to"), ("planning", "to"), ("trying", "to"), ("about", "to"),
                 ("gonna",))  # fmt: skip


def _intended_acquisition(raw: list[str]) -> list[str]:
    """ "Is Alibaba buying Mogujie?", "Alibaba is going to acquire it?": a purchase under way or to come is one
    wanted, which is what the story's rumour tells (a purchase done, "did Alibaba buy it?", it never reports)."""
    for k, w in enumerate(raw):
        if w not in _ACQUIRING or (w.startswith("tak") and raw[k + 1 : k + 2] != ["over"]):
            continue
        end = k + 1 + w.startswith("tak")
        if w.endswith("ing"):  # "is Alibaba buying", "Alibaba is taking over"
            if {"is", "are"} & set(raw[max(0, k - 3) : k]):
                return [*raw[:k], "want", "to", "acquire", *raw[end:]]
            continue
        for lead in _FUTURE_LEADS:
            n = len(lead)
            if tuple(raw[max(0, k - n) : k]) == lead:
                return [*raw[: k - n], "want", "to", "acquire", *raw[end:]]
    return raw


_STARTING = frozenset(
    {"launch", "launched", "start", "started", "begin", "began", "debut", "debuted", "created"}
)
_PASSIVE_AUX = frozenset({"is", "was", "been", "be", "got", "get", "gets"})
_WHEN_NOUNS = (["year"], ["month"], ["date"], ["time"], ["day"], ["week"])
"""Nouns after "which"/"what" that ask when ("started which year?"), not what was started."""
_AFTER_STARTED = frozenset(
    {"in", "on", "when", "which", "what", "and", "back", "originally", "first", "exactly"}
)
"""Words after a start verb that launch nothing ("started in which year"); anything else is what was launched."""
_FOUNDED_KINDS = frozenset({"organisation", "company", "site"})
"""Kinds of name whose own start is a founding (a product's launch is its release)."""


_SURE_OPENERS = frozenset({"surely", "shurely", "surly"})


def _sceptic_frame(raw: list[str]) -> list[str]:
    """ "Isn't it true that X?", "Surely X?": a sceptic's check of X, read as "is it true that X" (the "not" of
    the frame denies nothing in X)."""
    if len(raw) < 3:
        return raw
    start = 1 if raw[0] in ("but", "so", "and", "ok", "okay") else 0
    head = raw[start : start + 4]
    if head[:3] in (["is", "not", "it"], ["was", "not", "it"], ["is", "not", "that"], ["was", "not", "that"]):
        return [*raw[:start], head[0], head[2], *raw[start + 3 :]]
    if raw[start] in _SURE_OPENERS and len(raw) - start >= 3:
        rest = raw[start + 1 :]
        if rest[:1] == ["not"]:
            return raw  # "surely not in 2012?" doubts; it is read as written
        return [*raw[:start], "is", "it", "true", "that", *rest]
    return raw


_LIKE_BEFORE = frozenset({"that", "theres", "there", "is", "was", "so", "its", "it", "and", "but", "um", "uh",
                          "just", "had", "has", "have", "got", "with", "about", "are", "were", "said", "says"})  # fmt: skip
_LIKE_AFTER = frozenset({"a", "an", "the", "about", "around", "some", "one", "two", "three", "half", "only", "just",
                         "over", "more", "less", "almost", "nearly", "true", "right", "correct", "accurate", "real",
                         "official", "confirmed", "false", "fake", "wrong", "really", "totally", "for", "at", "on",
                         "from", "by", "with", "to", "into"})  # fmt: skip
"""Words after a chat's "like" that pad: a comparing "like" needs a thing after it, never a preposition."""


_RESTART_AFTER_LIKE = frozenset({"is", "was", "are", "were", "in", "all", "even", "basically", "literally",
                                 "totally", "i", "idk", "so", "u", "you"})  # fmt: skip
"""Words after a chat's "like" that restart or pad the question: that "like" only hedges."""
_LIKE_WH = frozenset({"what", "which", "who", "where", "when", "why", "how", "whose"})
"""Question words after a chat's "like" and a preposition: a restated question follows; that "like" hedges."""
_LIKE_COMPARING = frozenset({"is", "was", "are", "were", "be", "been", "does", "did", "do", "can", "could", "has",
                             "have", "had", "will", "would", "look", "looks", "looked", "seem", "seems", "seemed",
                             "sound", "sounds", "something"})  # fmt: skip
"""Words beside "like which" that make it a likeness ("is like which site") or a new question ("which is")."""
_OPENING_FILLERS = frozenset({"so", "and", "ok", "okay", "um", "uh", "hey", "but", "well"})
_LIKE_VERBS = frozenset({"look", "looks", "looked", "seem", "seems", "seemed", "feel", "feels", "felt", "sound",
                         "sounds", "sounded", "something", "anything", "nothing"})  # fmt: skip
"""Words before a "like" that compare ("looked like", "something like"): that "like" is kept."""


def _before_phrase(raw: list[str], k: int) -> bool:
    """True when the word at k stands before a phrase ("merely a payment app", "solely for payments"), so it
    says how far the phrase goes, not how an act was done ("officially comment")."""
    return k + 1 < len(raw) and raw[k + 1] in _BEFORE_NOUN


_MAKE_FORMS = frozenset({"make", "makes", "made", "making"})


def _make_as_do(raw: list[str]) -> list[str]:
    """ "why they made this?", "why did they make that": "make" before a closing "this/that/it" stands for
    the act just talked about, as "do" does (a learner's word for it), so it is no act of its own."""
    if len(raw) < 2 or raw[-2] not in _MAKE_FORMS or raw[-1] not in ("this", "that", "it"):
        return raw
    return [*raw[:-2], "do", raw[-1]]


_NOUN_SUFFIXES = ("ation", "ition", "ion", "ment")
"""Endings that make a noun of a verb: the verb's own start is the family the noun belongs to."""
_NOUN_BASE_MIN = 5
"""The shortest verb start a noun is read by ("found" of "foundation"; "nat" of "nation" is too short)."""


def _did_first(raw: list[str]) -> list[str]:
    """ "what did Mogujie do first?", "what it do at first": what a party did at its start is how it started."""
    opener = raw[:1] if raw[:1] and raw[0] in ("and", "so", "then", "but", "ok", "okay") else []
    raw = raw[len(opener) :]
    if not raw or raw[0] != "what" or "do" not in raw:
        return [*opener, *raw]
    at = raw.index("do")
    rest = raw[at + 1 :]
    subject = raw[2:at] if raw[1:2] in (["did"], ["does"]) else raw[1:at]
    if not (rest == ["first"] or questions.START_MOMENT.fullmatch(" ".join(rest))) or not subject:
        return [*opener, *raw]
    return [*opener, "how", "did", *subject, "start"]


def _without_filler_like(raw: list[str]) -> list[str]:
    """ "there's like a rumour", "is it true that like a quarter ...", "like 2000", "is it like owned by": a
    "like" before a figure, or between a function word and a determiner or participle, only hedges; "Mogujie
    like Pinterest" and "sites like Mogujie" keep theirs. The one place a hedging "like" is read."""
    if "like" not in raw:
        return raw
    return [
        w
        for i, w in enumerate(raw)
        if not (
            w == "like"
            and i < len(raw) - 1
            and (
                raw[i + 1][0].isdigit()  # "like 2000", "had like 85m accounts"
                or raw[i + 1] in _MULTIPLES  # "had like double the stores"
                # "alimama like is it ...", "have like in total like all of them": before a restart or filler
                or (raw[i + 1] in _RESTART_AFTER_LIKE and not (i > 0 and raw[i - 1] in _LIKE_VERBS))
                or all(w in _OPENING_FILLERS for w in raw[:i])  # "so like what is this story about"
                # "where are the shops, like on what sites?", "..., like which sites": before a question word
                # restating what is asked, not a new question ("like what does it do") nor a likeness ("is like which")
                or (raw[i + 1] in _LIKE_AFTER and raw[i + 2 : i + 3] and raw[i + 2] in _LIKE_WH)
                or (
                    raw[i + 1] == "which"
                    and i > 0
                    and raw[i - 1] not in _LIKE_COMPARING
                    and not raw[i - 1].endswith("ing")
                    and not (i > 1 and raw[i - 2] in _LIKE_COMPARING)  # ("was first like which site")
                    and raw[i + 2 : i + 3]
                    and raw[i + 2] not in _LIKE_COMPARING
                )
                or (
                    i > 0
                    and (
                        (raw[i - 1] in _LIKE_BEFORE and raw[i + 1] in _LIKE_AFTER)
                        or (
                            raw[i + 1].endswith("ed") and raw[i - 1] not in _LIKE_VERBS
                        )  # "is alipay like owned"
                    )
                )
            )
        )
    ]


_REASON_NOUNS = frozenset({"reason", "reasons", "explanation", "explanations", "theory", "theories", "motive",
                           "motives", "rationale", "hypothesis", "hypotheses", "possibilities", "causes"})  # fmt: skip
_REASON_HEDGES = frozenset({"possible", "potential", "likely", "plausible", "candidate", "competing", "alternative",
                            "probable", "suggested", "proposed", "various", "different"})  # fmt: skip
_REASON_GIVEN = frozenset({"offered", "given", "suggested", "floated", "proposed", "mentioned", "cited", "advanced",
                           "provided", "presented", "listed", "named"})  # fmt: skip


def _bare_reason(raw: list[str]) -> list[str]:
    """ "the possible explanations offered for Alipay's reversal": a hedge before a reason noun and a participle
    of giving after it say nothing of which reason is asked; "what reasons does it give" keeps its verb."""
    out: list[str] = []
    for i, w in enumerate(raw):
        nxt = raw[i + 1] if i + 1 < len(raw) else ""
        prev = raw[i - 1] if i else ""
        if w in _REASON_HEDGES and nxt in _REASON_NOUNS:
            continue
        if w in _REASON_GIVEN and prev in _REASON_NOUNS:
            continue
        out.append(w)
    return out


_TAKE_FEE = frozenset({"ask", "asks", "asked", "asking", "demand", "demanded", "take", "takes", "took", "taking",
                       "collect", "collects", "collected", "collecting"})  # fmt: skip
_FEE_NOUNS = frozenset({"fee", "fees", "commission", "commissions"})
_PAY_BETWEEN = frozenset({"money", "cash", "what", "as", "than", "less", "more", "much", "is", "are", "was", "were",
                          "compared", "versus", "vs"})  # fmt: skip
"""Words that, between "make" and "pay", show two clauses compared rather than a party made to pay."""
_MAKE = _MAKE_FORMS | {"force", "forced", "forces", "forcing"}
_LET = frozenset(
    {"let", "lets", "letting", "allow", "allows", "allowed", "allowing", "enable", "enables", "enabled"}
)


def _verb_and_object(raw: list[str]) -> list[str]:
    """A verb whose meaning rests on the object after it, kept between them: "ask/take a fee" and "make the sites
    pay" are charging them, "letting Mogujie use it" is supporting it, "let the two sites do" is being able to."""
    for k, w in enumerate(raw):
        ends = raw[k + 2 : k + 6]
        if w in _TAKE_FEE and not _FEE_NOUNS.isdisjoint(raw[k + 1 : k + 6]):
            # "asked a technical fee to the sites", "take the commissions directly": charging them
            return [*raw[:k], "charge", *raw[k + 1 :]]
        if w in _MAKE and "pay" in ends and _PAY_BETWEEN.isdisjoint(raw[k + 1 : k + 2 + ends.index("pay")]):
            # ("what they make is a fraction of what e-tailers pay": "make" and "pay" of two clauses)
            at = k + 2 + ends.index("pay")
            return [*raw[:k], "charge", *raw[k + 1 : at], *raw[at + 1 :]]
        if w in _LET and raw[k + 2 : k + 3] == ["use"] and k + 1 < len(raw):
            # "is Alipay letting Mogujie use it again?": letting a party use a service is supporting it
            rest = raw[k + 3 :]
            return [*raw[:k], "support", raw[k + 1], *(rest[1:] if rest[:1] == ["it"] else rest)]
        if w in _LET and "do" in ends:
            at = k + 2 + ends.index("do")
            return [*raw[:k], "able", *raw[k + 1 : at], *raw[at + 1 :]]
    return raw


_SAID_TO = frozenset({"said", "reported", "rumoured", "rumored", "claimed", "believed", "thought", "alleged",
                      "supposed", "understood", "known"})  # fmt: skip


def _without_said_to_have(raw: list[str]) -> list[str]:
    """ "What is said to have happened in 2012?", "which site is said to have 85 million accounts?": the
    reporting frame ("is said to have") is dropped to what is reported; who says it is the sourcing checks'."""
    for k in range(1, len(raw) - 3):
        if (
            raw[k] in ("is", "are", "was", "were")
            and raw[k + 1] in _SAID_TO
            and raw[k + 2 : k + 4] == ["to", "have"]
        ):
            return [*raw[:k], *raw[k + 4 :]]
    return raw


_COMPARATIVES = frozenset({"more", "less", "fewer", "bigger", "larger", "smaller", "higher", "lower", "greater",
                           "older", "newer", "earlier", "later", "better", "worse", "rather", "other"})  # fmt: skip
_MORE_WORDS = frozenset({"more", "bigger", "larger", "higher", "greater", "above", "over"})
_LESS_WORDS = frozenset({"less", "fewer", "smaller", "lower", "below", "under"})


def _than_slip(raw: list[str]) -> list[str]:
    """ "more then half", "bigger then Meilishuo": "then" after a comparative is a slip for "than"."""
    return ["than" if w == "then" and i and raw[i - 1] in _COMPARATIVES else w for i, w in enumerate(raw)]


def _starts_with_figure(said: list[str]) -> bool:
    """True when the words open on a figure, as the one number parser reads it ("half", "50 percent", "a quarter")."""
    numbers, rest = split_numbers(" ".join(said))
    return bool(numbers) and (not rest or rest[0] != said[0])


def _either_bound(raw: list[str]) -> list[str]:
    """ "more or less than half?": checked as its first bound ("more than half"), which the check's answer then
    words as the pick ("More: ..."); "more or less 80%" (about) is left alone."""
    for k in range(len(raw) - 3):
        a, o, b, t = raw[k : k + 4]
        if (
            o == "or"
            and t == "than"
            and {a, b} & _MORE_WORDS
            and {a, b} & _LESS_WORDS
            and _starts_with_figure(raw[k + 4 : k + 7])
        ):  # a figure, not a party ("more or less than Mogujie?" compares the two)
            return [*raw[:k], "more" if a in _MORE_WORDS else "less", *raw[k + 3 :]]  # the bound words
    return raw


_BOTHER = frozenset({"bother", "bothered", "bothers", "bothering", "go", "went", "goes", "gone", "going"})
"""Verbs that only colour the verb after them: "bother making", "bother to make", "went and made"."""


_ANSWER_VERBS = frozenset({"explain", "describe", "answer", "tell", "say", "put", "summarise", "summarize", "reply",
                           "write"})  # fmt: skip
"""Asking for an answer ("explain", "tell me"): an adverb right after says how to answer."""
_NOT_MANNER = frozenset({"early", "only", "daily", "weekly", "monthly", "yearly", "quarterly", "july", "family",
                         "reply", "apply", "supply"})  # fmt: skip


_BREVITY_TAIL = Lazy(
    r"\s*[,;:\-\u2013\u2014]+\s*(quick|quickly|briefly|in brief|in short|asap|fast"
    r"|short answer|short answer please|(a |in )?(round|rough|ballpark) (figure|number|numbers|figures)( please)?"
    r"|give or take|roughly|approximately|more or less|ish|bulleted|in bullets|(as )?bullet points|as a list"
    r"|(in )?(a|one|1|a single) (sentence|line|word|phrase)|in (a few|two|three|four|five|[2-9]) words"
    r"|in (plain|simple) (english|words|terms))"
    r"( please)?\W*$"
)
"""A tail set off by a comma asking for a brief or rounded answer: how the answer is wanted, not part of the
question."""
_BRIEF_REQUEST = (
    r"(?i)^\s*((please|can you|could you|give me|i need|i want) )*((a|an|the|your) )?"
    r"((quick|short|brief|fast|simple|rough|one[- ]line|two[- ]line|one[- ]sentence|[12][- ]line|tl;?dr) )+"
    r"(recap|summary|rundown|overview|version|run[- ]through)"
)
"""The words of a request for a brief answer ("Give me a quick recap"), shared by the two patterns below."""
_THE_STORY = r"((the|this|that) )?(story|article|news|text|piece)\b"
_BREVITY_LEAD = Lazy(
    _BRIEF_REQUEST + r"( (of|on|about))?\s*[:,\-]?\s+(?=\S)(?!((of|on|about) )?(what )?" + _THE_STORY + ")"
    r"|^\s*(please )?(sum up|recap)( for me)?\s+(?=(how|why|what|who|when|where|which)\b)"
)
"""A lead asking for a brief answer ("Quick recap of why ...", "Sum up how ..."): how it is wanted, not what."""
_BRIEF_STORY = Lazy(_BRIEF_REQUEST + " (of|on|about) " + _THE_STORY)
"""The same lead asking for the whole story in brief ("short version of the story?"): its summary."""
_ROUGHLY_ASKED = Lazy(r"(?i)\b(give or take|or thereabouts|all together)\b")
"""Words rounding or totalling what is asked ("how many accounts all together?"): how, not what."""
_ALL_TOGETHER = Lazy(r"(?i)\ball (?P<what>(\w+ ){0,2}\w+) together\b")
"""A total asked around its noun ("all accounts together"): the noun is what is counted."""


def _copula_dropped(raw: list[str]) -> list[str]:
    """ "this true or only their word?", "that true?": a learner's check with its "is" left out (Arabic, Russian
    and Chinese need none), put back so the check reads as one."""
    if len(raw) >= 2 and raw[0] in ("this", "that", "it") and raw[1] in _COMPLEMENTS:
        return ["is", *raw]
    return raw


_COMPLEMENTS = frozenset(
    {"fact", "true", "right", "correct", "real", "confirmed", "official", "claim", "rumour", "rumor", "report",
     "just", "only", "really", "a", "an", "accurate", "sure", "verified", "so", "false", "wrong"}
)  # fmt: skip


def _staff_asked(raw: list[str]) -> list[str]:
    """ "How many people work at Taobao?": people working somewhere are its staff, not its users (and "work in"
    is not where a writer is based)."""
    if "work" not in raw and "works" not in raw and "working" not in raw:
        return raw
    out: list[str] = []
    k = 0
    while k < len(raw):
        w = raw[k]
        gap = 1 + (raw[k + 1 : k + 2] in (["is"], ["are"], ["was"], ["were"]))  # ("people is working in")
        if w in _PEOPLE and raw[k + gap : k + gap + 1] and raw[k + gap] in ("work", "works", "working"):
            out.append("employees")
            k += gap + 1
            continue
        out.append(w)
        k += 1
    return out


_DESCRIBING_NOUNS = frozenset({"program", "programme", "app", "arm", "site", "service", "company", "unit", "marketplace",
                               "platform", "wallet", "outlet", "report", "business", "division", "subsidiary"})  # fmt: skip
"""Nouns closing a description of a name ("Alibaba program", "Alipay's mobile app")."""
_PEOPLE = frozenset({"people", "persons", "person", "workers", "staff", "employees", "guys", "ppl"})


def _false_friends(raw: list[str]) -> list[str]:
    """Words a Romance-language learner uses in their own language's sense: "the data when it was founded" (the
    date), "propriety of" (the property of), "resume the notice" (summarise the news: the verb is read as a
    request for the gist with the questions' other summary words)."""
    if _FALSE_FRIENDS.isdisjoint(raw):
        return raw
    out = list(raw)
    for i, w in enumerate(raw):
        after = raw[i + 1] if i + 1 < len(raw) else ""
        before = raw[i - 1] if i else ""
        if w == "data" and before in ("the", "what", "which") and after in ("when", "of", "that", "in", "on"):
            out[i] = "date"
        elif (
            w == "notice"
            and before in ("the", "this")
            and i >= 2
            and (
                raw[i - 2] in _TELLING_VERBS
                or (raw[i - 2] in ("me", "us") and i >= 3 and raw[i - 3] in _TELLING_VERBS)
            )
        ):
            out[i] = "story"  # "resume (me) the notice": the news (Portuguese "notícia"), summarised
            if raw[i - 2] in ("me", "us"):
                out[i - 2] = ""  # (the one it is told to goes: "resume the story" is the request)
        elif w == "propriety" and after == "of":
            out[i] = "property"
        elif w in ("propietary", "proprietary", "propietario", "proprietario") and after == "of":
            out[i] = "owner"  # "the propietary of Alimama" (Spanish "propietario"): its owner
        elif w == "argument" and after == "of" and raw[i + 2 : i + 4] and raw[i + 3] in STORY_NOUNS:
            out[i] = (
                "topic"  # "the argument of this article": its subject (Italian "argomento", French "sujet")
            )
    return [w for w in out if w]


def _appear_as_seem(raw: list[str]) -> list[str]:
    """ "Alibaba appeared displeased", "it appears to have": "appear" before a state or "to" says how a thing
    seemed, not that it came into being ("sites appeared in 2011")."""
    if _APPEAR.isdisjoint(raw):
        return raw
    return [
        "seemed"
        if w in _APPEAR
        and i + 1 < len(raw)
        and (
            raw[i + 1] in _SEEMING_NEXT
            or (
                raw[i + 1].endswith(_STATE_ENDINGS) and raw[i + 1] not in _NOT_A_STATE and len(raw[i + 1]) > 4
            )
        )
        else w
        for i, w in enumerate(raw)
    ]


def _stop_undone(raw: list[str]) -> list[str]:
    """ "reverse its cut-off", "lifted the ban on": undoing a stop is resuming, whatever the verb ("reverse"
    alone reads as a resumption, and the stop after it would say the opposite)."""
    if _UNDOING.isdisjoint(raw):
        return raw
    out: list[str] = []
    i = 0
    while i < len(raw):
        w = raw[i]
        if w in _UNDOING:
            k = i + 1 + (raw[i + 1 : i + 2] in (["its"], ["the"], ["their"], ["this"], ["that"]))
            size = next((n for n in (2, 1) if tuple(raw[k : k + n]) in _STOP_NOUNS), 0)
            if size:
                out.append("resumed")
                i = k + size
                if raw[i : i + 1] in (["of"], ["on"], ["against"]):
                    i += 1  # "lifted the ban on Mogujie": Mogujie is what is resumed
                continue
        out.append(w)
        i += 1
    return out


def _counted_joining(raw: list[str]) -> list[str]:
    """ "how many shops had signed up to Mogujie's marketplace?", "how many stores joined it?": joining, said of
    what is counted, only says the things are there; the count asked is of them."""
    if "many" not in raw:
        return raw
    at = raw.index("many")
    if at == 0 or raw[at - 1] != "how" or at + 2 >= len(raw):
        return raw
    j = at + 2 + (raw[at + 2] in ("had", "have", "has", "did", "do", "does", "were", "are", "got", "have"))
    verb = raw[j : j + 1]
    if not verb or verb[0] not in _JOINING:
        return raw
    size = 2 if raw[j + 1 : j + 2] == ["up"] else 1
    if verb[0] in ("signed", "sign", "set") and size == 1:
        return raw  # ("signed" alone is no joining: "how many stores signed deals")
    rest = j + size + (raw[j + size : j + size + 1] in (["to"], ["on"], ["with"], ["in"]))
    return [*raw[:j], "on", *raw[rest:]]


_TAKING = frozenset({"take", "took", "takes", "taking", "taken"})


_JOINING = frozenset({"joined", "join", "signed", "sign", "registered", "register", "enrolled", "enrol", "enroll",
                      "set", "onboarded", "opened"})  # fmt: skip


def _claim_presented(raw: list[str]) -> list[str]:
    """ "Is the claim that Alipay Wallet has 190 million users presented in the piece?": whether the article says
    it, asked as "does the article say ...", not whether it is a claim rather than a fact."""
    if len(raw) < 9 or raw[:2] not in (["is", "the"], ["was", "the"]) or raw[2] not in _STATEMENT_NOUNS:
        return raw
    if raw[3] != "that" or raw[-2] not in ("the", "this") or raw[-1] not in STORY_NOUNS:
        return raw
    if raw[-4] not in _PRESENTED or raw[-3] not in ("in", "by"):
        return raw
    return ["does", "the", "article", "say", "that", *raw[4:-4]]


_STATEMENT_NOUNS = frozenset(
    {"claim", "idea", "statement", "notion", "assertion", "suggestion", "point", "fact"}
)
_PRESENTED = frozenset({"presented", "made", "mentioned", "stated", "included", "reported", "found", "given",
                        "contained", "raised", "put", "there"})  # fmt: skip


def _writer_means(raw: list[str]) -> list[str]:
    """ "What does the writer mean by 'open strategy'?", "... by calling Mogujie a social shopping service?":
    what the words stand for, asked as what the thing is (the writer is who wrote them, not what is asked)."""
    if raw[:1] != ["what"] or raw[1:2] not in (["does"], ["did"], ["do"]) or "mean" not in raw[2:6]:
        return raw
    at = raw.index("mean", 2)
    if at != 4 or raw[2] not in ("the", "this") or (raw[3] not in STORY_NOUNS and raw[3] not in _WRITERS):
        return raw
    rest = raw[at + 1 :]
    if rest[:1] not in (["by"], ["with"]) or len(rest) < 2:
        return raw
    rest = rest[2:] if rest[1] in ("calling", "describing", "saying", "naming", "writing") else rest[1:]
    return ["what", "is", *rest]


_WRITERS = frozenset({"writer", "author", "reporter", "journalist"})
"""Who wrote the story, as a reader names them."""


def _described_as(raw: list[str]) -> list[str]:
    """ "Is Meilishuo described as a payment company?": whether the story calls it that is whether it is one by
    the story's words, so "described as" goes and the question is what it is."""
    if raw[:1] not in (["is"], ["was"], ["are"], ["were"]) or "as" not in raw:
        return raw
    at = next(
        (i for i in range(2, min(len(raw) - 1, 6)) if raw[i] in _DESCRIBED and raw[i + 1] == "as"),
        None,
    )
    if at is None or raw[at + 2 : at + 3] not in (["a"], ["an"]):
        return raw
    return raw[:at] + raw[at + 2 :]


_DESCRIBED = frozenset({"described", "called", "presented", "portrayed", "characterised", "characterized",
                        "labelled", "labeled", "depicted", "framed", "shown"})  # fmt: skip


def _paying_with(raw: list[str]) -> list[str]:
    """ "can shoppers on Mogujie pay with Alipay again?": paying with a service on a site says only that the two
    go together, in whatever words the story ties them ("supporting", "adopted"); nobody is paid."""
    if "pay" not in raw and "paying" not in raw:
        return raw
    out: list[str] = []
    i = 0
    while i < len(raw):
        if (
            raw[i] in ("pay", "paying")
            and raw[i + 1 : i + 2]
            and raw[i + 1] in _PAY_BY
            and raw[i + 2 : i + 3]
            and raw[i + 2] not in _PAID_WITH_ASKED
        ):
            i += 2
            continue
        out.append(raw[i])
        i += 1
    return out


def _be_able_to(raw: list[str]) -> list[str]:
    """ "will shoppers be able to pay ...": "be able to" is "can", a modal, no ability the story tells of (a
    record's "let ... sell" reads as one)."""
    if "able" not in raw:
        return raw
    return [
        w
        for i, w in enumerate(raw)
        if not (
            (w == "able" and raw[i - 1 : i] in (["be"], ["being"]) and raw[i + 1 : i + 2] == ["to"])
            or (w == "to" and raw[i - 1 : i] == ["able"] and raw[i - 2 : i - 1] in (["be"], ["being"]))
        )
    ]


_PAY_BY = frozenset({"with", "w", "using", "via", "through", "thru"})
_PAID_WITH_ASKED = frozenset({"instead", "after", "before", "when", "while", "since", "now", "then", "what", "which",
                              "once", "from", "in", "during", "until"})  # fmt: skip
"""Words after "pay with" that leave its object out, as what is asked ("what did they pay with after ...")."""


_UNDOING = frozenset({"reverse", "reversed", "reverses", "reversing", "undo", "undid", "undone", "undoes", "lift",
                     "lifted", "lifts", "lifting", "overturn", "overturned", "overturns", "end", "ended", "ends",
                     "ending", "cancel", "cancelled", "canceled", "revoke", "revoked", "rescind", "rescinded",
                     "drop", "dropped", "drops", "scrap", "scrapped", "withdraw", "withdrew", "withdrawn"})  # fmt: skip
_STOP_NOUNS = frozenset({("cut", "off"), ("cutoff",), ("ban",), ("block",), ("blocking",), ("blockade",),
                         ("suspension",), ("boycott",), ("freeze",), ("embargo",), ("exclusion",), ("cut-off",)})  # fmt: skip
"""Nouns of a stop: undone, they are a resumption."""


_APPEAR = frozenset({"appear", "appears", "appeared", "appearing"})
_SEEMING_NEXT = frozenset({"to", "be", "not", "happy", "unhappy", "angry", "upset", "keen", "eager", "likely",
                           "unlikely", "ready", "open", "content", "pleased", "so", "very", "quite", "rather"})  # fmt: skip
_STATE_ENDINGS = ("ed", "ful", "ous", "ive", "ant", "ent", "able", "ible", "ish", "less")
_NOT_A_STATE = frozenset({"recent", "frequent", "different", "instead", "ahead", "abroad"})
"""Words after "appeared" that end like a state and are not one."""


_FALSE_FRIENDS = frozenset({"data", "propriety", "notice", "argument", "propietary", "proprietary", "propietario",
                            "proprietario"})  # fmt: skip
STORY_NOUNS = frozenset({"article", "story", "text", "piece", "news"})
"""What a reader calls the article ("in the piece", "the argument of this text")."""
_TELLING_VERBS = frozenset({"resume", "summarize", "summarise", "read", "explain", "tell"})


def _proper_as_own(raw: list[str]) -> list[str]:
    """ "their proper shops": a learner's "proper" after a possessive is "own" (Spanish "propio", Italian
    "proprio", French "propre")."""
    if "proper" not in raw:
        return raw
    return ["own" if w == "proper" and i and raw[i - 1] in _POSSESSIVES else w for i, w in enumerate(raw)]


_HOLDS_AFTER = Lazy(
    r"(that )?(it|they|he|she) (has|have|had|is|are|was|were|owns|owned|holds|held|gets|got)\b"
)
"""What follows a party's word of saying or believing ("Mogujie reckons it has ..."): a clause of what it holds."""
_MONEY_SIGNS = Lazy(r"(?<![\w$\u00a3\u20ac\u00a5])[$\u00a3\u20ac\u00a5]+(?![\w$\u00a3\u20ac\u00a5])")
"""Currency signs standing alone ("make $$", "the $ side"), not before or after a figure ("$1 billion")."""
_POSSESSIVES = frozenset({"their", "its", "his", "her", "our", "my", "your"})


def _own_as_verb(raw: list[str]) -> list[str]:
    """ "alipay company who own", "alipay own by who": a learner's bare "own" right after "who" or before "by" is
    the verb (owns, owned), not "their own"."""
    if "own" not in raw:
        return raw
    out = list(raw)
    for i, w in enumerate(raw):
        if w != "own":
            continue
        if i and raw[i - 1] in ("who", "whom", "which"):
            out[i] = "owns"
        elif (
            i >= 2
            and raw[i - 2] in ("which", "what")
            and raw[i - 1] not in _POSSESSIVES
            and not raw[i - 1].endswith("'s")
            and i + 1 < len(raw)
        ):
            out[i] = "owns"  # "which company own it?": the verb after "which <noun>", not "its own"
        elif i + 1 < len(raw) and raw[i + 1] == "by":
            out[i] = "owned"
    return out


def _without_answer_manner(raw: list[str]) -> list[str]:
    """ "please explain shortly", "tell me quickly": an adverb after a request for the answer is how to give it,
    not what is asked ("shortly" is no "soon")."""
    out = []
    for i, w in enumerate(raw):
        asked = i and (
            raw[i - 1] in _ANSWER_VERBS
            or (i >= 2 and raw[i - 1] in _OBJECT_PRONOUNS and raw[i - 2] in _ANSWER_VERBS)
        )
        if asked and w.endswith("ly") and len(w) > 4 and w not in _NOT_MANNER:
            continue
        out.append(w)
    return out


def _first_start_dated(raw: list[str]) -> list[str]:
    """ "When was Mogujie first started?": the date of a start is of the first one, so "first" adds nothing (read
    with it, "first started" is "originally", a manner, and the start itself is lost)."""
    if "first" not in raw or "when" not in raw[:2]:
        return raw
    at = raw.index("first")
    if raw[at + 1 : at + 2] in (["launched"], ["opened"]) and not _ASKED_AFTER_SCENE.isdisjoint(raw[at:]):
        return raw  # "When Mogujie first launched, how did it make money?": a scene, the start's manner
    return [
        w for i, w in enumerate(raw) if not (w == "first" and raw[i + 1 : i + 2] and raw[i + 1] in _STARTS)
    ]


_ASKED_AFTER_SCENE = (QUESTION_WORDS - {"when"}) | {"whats"}
"""Wh-words after a leading "when ..." that make it a scene clause, not the question asked."""
_STARTS = _FOUNDING | {"starts", "begin", "began", "begun", "launch", "launched", "open", "opened", "set"}
"""The founding words and the other starts a "first" may come before ("first launched", "first set up")."""


def _story_establishes(raw: list[str]) -> list[str]:
    """ "What does the article establish about why ...?": what a story establishes is what it says (not a
    founding, which "established" otherwise reads as)."""
    if not _ESTABLISHING.intersection(raw):
        return raw
    return [
        "say" if w in _ESTABLISHING and STORY_NOUNS.intersection(raw[max(0, i - 3) : i]) else w
        for i, w in enumerate(raw)
    ]


_ESTABLISHING = frozenset({"establish", "establishes", "established", "prove", "proves", "show", "shows"})


def _back_as_ago(raw: list[str]) -> list[str]:
    """Learners' small words: "one year back" (a span back from now is "ago"), an emphatic "only" after a
    question word ("why only?", Indian English, stresses it as "exactly" would), "more of 2000" ("more than")."""
    if "back" not in raw and "only" not in raw and "of" not in raw:
        return raw
    out = []
    for i, w in enumerate(raw):
        if w == "back" and i and raw[i - 1] in _SPANS:
            out.append("ago")
        elif w == "only" and i and raw[i - 1] in QUESTION_WORDS and i == len(raw) - 1:
            continue
        elif (
            w == "of"
            and i
            and raw[i - 1] in ("more", "less", "fewer")
            and raw[i + 1 : i + 2]
            and raw[i + 1][0].isdigit()
        ):
            out.append("than")  # a learner's "more of 2000" (Spanish "más de", Italian "più di")
        else:
            out.append(w)
    return out


_SPANS = frozenset({"year", "years", "month", "months", "week", "weeks", "day", "days"})


def _relative_as_compared(raw: list[str]) -> list[str]:
    """ "relative to the announcement" sets one thing against another, as "compared to" does."""
    if "relative" not in raw:
        return raw
    return ["compared" if w == "relative" and raw[i + 1 : i + 2] == ["to"] else w for i, w in enumerate(raw)]


def _moment_unstressed(raw: list[str]) -> list[str]:
    """ "right before that", "shortly after it launched": the word only stresses how near the moment is, and the
    story's moments are no nearer for it."""
    if "before" not in raw and "after" not in raw:
        return raw
    return [
        w
        for i, w in enumerate(raw)
        if not (w in _NEARNESS and i + 1 < len(raw) and raw[i + 1] in ("before", "after") and i)
    ]


_NEARNESS = frozenset({"right", "just", "shortly", "immediately", "soon", "directly", "straight"})


def _used_to_past(raw: list[str]) -> list[str]:
    """ "Mogujie used to be like Pinterest": "used to" before a verb only says "in the past" (not a use, and not
    the passive "is used to pay")."""
    if "used" not in raw:
        return raw
    out: list[str] = []
    for k, w in enumerate(raw):
        passive = k and raw[k - 1] in ("is", "are", "was", "were", "be", "been", "being")
        # ("what they used to pay": the thing used to pay with, when no auxiliary asks of a habit)
        passive = passive or ("what" in raw[:k] and not AUXILIARIES.intersection(raw[raw.index("what") : k]))
        if w == "used" and not passive and raw[k + 1 : k + 2] == ["to"] and raw[k + 2 : k + 3] in _BASE_VERBS:
            out.append("originally")
        elif not (w == "to" and k and raw[k - 1] == "used" and out[-1:] == ["originally"]):
            out.append(w)
    return out


_BASE_VERBS = [
    [v] for v in ("be", "have", "make", "earn", "get", "do", "work", "sell", "send", "pay", "run", "rely")
]


def _without_unit_asked(raw: list[str]) -> list[str]:
    """ "Alipay Wallet users in millions": the unit the figure is wanted in asks nothing of the story."""
    if len(raw) > 2 and raw[-2] == "in" and raw[-1] in _UNITS_ASKED:
        return raw[:-2]
    return raw


_UNITS_ASKED = frozenset(
    {"millions", "thousands", "billions", "hundreds", "numbers", "figures", "digits", "percent"}
)


def _where_working(raw: list[str]) -> list[str]:
    """ "where does she work?", "in which city does she work?": where one works is where one is based (working
    "as" or "for" something is a job or an employer)."""
    if _WORKING.isdisjoint(raw) or not ("where" in raw or not _PLACE_NOUNS.isdisjoint(raw)):
        return raw
    return [
        "based"
        if w in _WORKING and (k + 1 == len(raw) or raw[k + 1] not in ("as", "for", "with", "on"))
        else w
        for k, w in enumerate(raw)
    ]


_WORKING = frozenset({"work", "works", "working", "worked"})
_PLACE_NOUNS = frozenset({"city", "country", "town", "place", "region"})


def _reached_figure(raw: list[str]) -> list[str]:
    """ "reached 2000 stores", "hit 190 million": reaching a figure is having it (not reaching a person)."""
    if _REACHING.isdisjoint(raw):
        return raw
    out = list(raw)
    for k, w in enumerate(raw[:-1]):
        after = raw[k + 1 : k + 4]
        at = 1 if after[0] in ("over", "about", "around", "nearly", "almost", "the", "more", "some") else 0
        if w in _REACHING and at < len(after) and (_numeric(after[at]) or after[at] in _FIGURE_WORDS):
            out[k] = "had"
    return out


_REACHING = frozenset({"reach", "reached", "reaches", "reaching", "hit", "hits", "hitting"})
_FIGURE_WORDS = frozenset({"million", "thousand", "hundred", "billion", "one", "two", "three", "five", "ten",
                           "twenty", "thirty", "fifty"})  # fmt: skip


def _same_word(typed: str, kin: str, meanings: list[str]) -> bool:
    """True when a kin found for an unknown word is the same word in another form ("paying": "paid", which
    means "pay"; "speculative": "speculating"), not another word sharing a few letters ("comment": "commence")."""
    mine, theirs = stem(typed), stem(kin)
    inflected = len(typed) >= 5 and (mine.startswith(theirs) or theirs.startswith(mine))
    return inflected or mine in {stem(m) for m in meanings}


def _point_as_time(raw: list[str]) -> list[str]:
    """ "by the point Mogujie passed 2000", "at that moment": a moment named by any word is the time."""
    if "point" not in raw and "moment" not in raw:
        return raw
    return [
        "time" if w in ("point", "moment") and i >= 2 and raw[i - 1] in ("the", "that", "this") and raw[i - 2]
        in ("by", "at", "from", "to", "until", "till") else w
        for i, w in enumerate(raw)
    ]  # fmt: skip


def _own_people_moved(raw: list[str]) -> list[str]:
    """ "Did Mogujie move its users over to WeChat Payment?": a party moving its own users (or payments) to
    something moves to it; the object and the "over" say nothing more."""
    if "to" not in raw or _MOVING.isdisjoint(raw):
        return raw
    for k, w in enumerate(raw[:-3]):
        if w in _MOVING and raw[k + 1] in _OWN_DETERMINERS and raw[k + 2] in _MOVED_PEOPLE:
            rest = raw[k + 3 :]
            if rest[:1] == ["over"]:
                rest = rest[1:]
            if rest[:1] == ["to"]:
                return raw[: k + 1] + rest
    return raw


_MOVING = frozenset(
    {"move", "moved", "moving", "switch", "switched", "shift", "shifted", "migrate", "migrated"}
)
"""(Not "send" or "bring": a site sending its users to Taobao is referral traffic, its users the point.)"""
_OWN_DETERMINERS = frozenset({"their", "its", "his", "her", "the"})
_MOVED_PEOPLE = frozenset({"users", "customers", "shoppers", "buyers", "members", "payments", "payment",
                           "people", "clients", "sellers", "merchants"})  # fmt: skip


def _more_than_just(raw: list[str]) -> list[str]:
    """ "used for more than just payments", "does it do more than payments?": for other things than payments
    (not a comparison of figures: no number follows, and what stands before is doing, not having)."""
    for k in range(len(raw) - 2):
        if raw[k] != "more" or raw[k + 1] != "than":
            continue
        if raw[k + 2] in ("just", "only", "simply", "merely"):
            return [*raw[:k], "other", "than", *raw[k + 3 :]]
        after = raw[k + 2]
        if k and raw[k - 1] in _DOING_MORE and after.isalpha() and not is_number_word(after) and after != "a":
            return [*raw[:k], "other", "than", *raw[k + 2 :]]
    return raw


_DOING_MORE = frozenset({"do", "does", "did", "doing", "offer", "offers", "offered", "for", "handle", "handles",
                         "provide", "provides", "provided", "support", "supports"})  # fmt: skip
"""Words before "more than X" that make it more kinds of things done, not a larger figure ("does more than
payments")."""


def _their_own(raw: list[str]) -> list[str]:
    """ "both made there own marketplaces": "there" before "own" is always "their", a slip the speller (which
    never turns one English word into another) leaves."""
    if "own" not in raw or "there" not in raw:
        return raw
    return ["their" if w == "there" and raw[k + 1 : k + 2] == ["own"] else w for k, w in enumerate(raw)]


_TROUBLE_TAKEN = frozenset({"bother", "trouble", "effort", "hassle", "length", "lengths", "expense"})
"""What one goes to the ... of ("go to the trouble of launching"): the act after it is the one done."""


def _without_bother(raw: list[str]) -> list[str]:
    """ "why did they bother making marketplaces", "why did they go and make them": the verb after is what
    they did."""
    if not _BOTHER.intersection(raw):
        return raw
    out: list[str] = []
    i = 0
    while i < len(raw):
        w = raw[i]
        nxt = raw[i + 1] if i + 1 < len(raw) else ""
        if w in _BOTHER and w.startswith("bother") and (nxt.endswith("ing") or nxt == "to") and i:
            i += 2 if nxt == "to" else 1
            continue
        if w in _BOTHER and nxt == "and" and i and i + 2 < len(raw):
            i += 2
            continue
        if (  # "why did they go to the bother of setting up marketplaces": the act gone to is what they did
            w in _BOTHER
            and raw[i + 1 : i + 3] == ["to", "the"]
            and raw[i + 3 : i + 4]
            and raw[i + 3] in _TROUBLE_TAKEN
            and raw[i + 4 : i + 5] == ["of"]
            and i
        ):
            i += 5
            continue
        out.append(w)
        i += 1
    return out


_LIGHT_VERBS = frozenset({"take", "took", "taken", "takes", "taking", "make", "makes", "making"})
_LIGHT_AUX = frozenset({"did", "does", "do", "will", "would", "could", "should", "can", "has", "have", "had"})


def _light_object(raw: list[str], told: frozenset[str]) -> set[int]:
    """ "What step did they take to get around Alibaba?", "What move did Mogujie make?": a noun the story never
    uses, taken or made, asks what they did; the noun and its verb (not a phrasal "take over") name nothing."""
    if len(raw) < 4 or raw[0] not in WH_KIND:
        return set()
    aux = next((j for j in range(2, min(len(raw), 5)) if raw[j] in _LIGHT_AUX), None)
    if aux is None or stem(raw[aux - 1]) in told:
        return set()
    verb = next((j for j in range(aux + 2, len(raw)) if raw[j] in _LIGHT_VERBS), None)
    if verb is None or (verb + 1 < len(raw) and raw[verb + 1] in _PARTICLES - {"in"}):
        return set()
    return {j for j in range(1, aux) if stem(raw[j]) not in told} | {verb}


_BEFORE_NOUN = frozenset({"as", "a", "an", "the", "of", "for", "to", "in", "on", "with", "by", "from", "at", "their",
                          "its", "his", "her", "our", "my", "your", "some", "any", "no", "this", "that"})  # fmt: skip
_AFTER_VERB = frozenset({"on", "in", "for", "to", "with", "at", "from", "now", "today", "then", "there"})


def _linking_verb(
    raw: list[str], query: Query, strange: list[tuple[int, int]], known: frozenset[str]
) -> set[int]:
    """ "What share of total traffic does it capture?": after a wh-noun phrase the story knows ("share of total
    traffic"), the one verb it never uses, closing the question, only links the subject to it."""
    if len(raw) < 4 or raw[0] not in WH_KIND or len(strange) != 1:
        return set()
    aux = next((j for j in range(2, min(len(raw), 7)) if raw[j] in _LIGHT_AUX), None)
    asked = [t for t, (a, _) in zip(query.tokens, query.spans, strict=True) if 0 < a < aux] if aux else []
    if aux is None or not asked or not all(t in known for t in asked):
        return set()
    verb = strange[0][0]
    if verb <= aux + 1 or not (verb + 1 == len(raw) or raw[verb + 1] in _AFTER_VERB):
        return set()
    if raw[verb - 1] in _BEFORE_NOUN:
        return set()  # "... name as examples": a noun after a preposition or determiner, asked about
    if not _PREPOSITIONS.isdisjoint(raw[aux + 1 : verb]) and not raw[verb].endswith(("ed", "ing")):
        # "... have on Mogujie's share price": the object of a preposition, a noun asked about (not a clause's
        # verb: "... after alipay dipped")
        return set()
    return {verb}


_PREPOSITIONS = frozenset(
    {"on", "to", "for", "in", "with", "from", "about", "of", "at", "by", "into", "over"}
)


_SPEAK_NEXT = frozenset(
    {"the", "them", "it", "its", "their", "a", "an", "this", "that", "him", "her", "me", "us"}
)


def _distinct_name_parts(kb: StoryData, stopwords: frozenset[str]) -> dict[str, str]:
    """Words of a multi-word name that the article uses only inside that name ("Wallet" of "Alipay Wallet"):
    said alone, they can mean only it."""
    owner: dict[str, str | None] = {}
    for ent in kb.entities.values():
        for part in words(ent.name)[1:] if len(words(ent.name)) > 1 else []:
            if len(part) >= 4 and part not in stopwords:
                owner[part] = ent.id if owner.get(part, ent.id) == ent.id else None
    if not owner:
        return {}
    names = {ent.id: words(ent.name) for ent in kb.entities.values()}
    for sentence in kb.sentences.values():
        said = words(sentence.text)
        for k, word in enumerate(said):
            ent_id = owner.get(word)
            if ent_id is None:
                continue
            name = names[ent_id]
            at = name.index(word)
            if said[k - at : k - at + len(name)] != name:
                owner[word] = None  # used outside the name too ("payment" of "WeChat Payment")
    return {part: ent_id for part, ent_id in owner.items() if ent_id is not None}


def _plain_measure(raw: list[str]) -> list[str]:
    """ "Exact number of stores ...", "the precise figure", "the exact name": how exact a number or a name is
    wanted says nothing of which (unlike "which specific APIs", which asks for names, or "the exact date", which
    asks for a day)."""
    if not (_PRECISE.intersection(raw) or _SIZED.intersection(raw) or "lot" in raw):
        return raw
    out = []
    # (or puts a figure: "a huge number of users, was it 190 million?" asks the figure, not a judgment of it)
    asks_count = ("how" in raw and ("many" in raw or "much" in raw)) or any(w[:1].isdigit() for w in raw)
    for k, w in enumerate(raw):
        after = raw[k + 1] if k + 1 < len(raw) else ""
        if w in _PRECISE and after in MEASURE_WORDS:
            continue
        if w in _SIZED and after in MEASURE_WORDS and asks_count:
            continue  # "an important number of shops, how many?": how many, not a judgment of size
        if w in ("lot", "lots") and after == "of" and asks_count:
            continue  # "a lot of shops, how many?"
        out.append(w)
    return out


_SIZED = frozenset({"important", "large", "big", "huge", "great", "considerable", "significant", "high", "small",
                    "tiny", "modest", "sizeable", "sizable", "vast", "good"})  # fmt: skip
# (only in a question asking how many: "did it have a large number of stores?" asks a judgment the story
# does not make)
"""Words sizing a number ("an important number of shops", a learner's "important" for "large"): no term."""
_MULTIPLES = frozenset({"double", "twice", "half", "triple", "thrice", "quadruple"})
_PRECISE = frozenset({"exact", "precise", "actual", "specific", "accurate"})
MEASURE_WORDS = frozenset({"number", "numbers", "figure", "figures", "count", "amount", "total", "share", "percentage",
                       "size", "value", "name", "names", "term", "title"})  # fmt: skip
"""What a reader may ask for exactly: a figure or a name, which "exact" does not pick out (a date it does)."""


def _behind_the_text(raw: list[str]) -> list[str]:
    """ "Who's the writer behind this piece?": whoever is behind the text itself wrote it (behind a company,
    a party runs it)."""
    if "behind" not in raw:
        return raw
    out = list(raw)
    for k, word in enumerate(raw):
        if word != "behind":
            continue
        rest = raw[k + 1 : k + 3]
        if rest[:1] and rest[0] in ("the", "this", "that"):
            rest = rest[1:]
        if rest[:1] and rest[0] in _TEXT_NOUNS:
            out[k] = "wrote"
    return out


_POINTING = frozenset({"the", "that", "this"})
_DESCRIBABLE = frozenset({"company", "organisation", "product", "program", "outlet"})
"""Kinds of name a definite description may stand for (the sites are too many; people and places have their
own words)."""
_DESCRIBED_HEADS = frozenset({"app", "application", "company", "firm", "giant", "group", "business", "service",
                              "provider", "program", "programme", "scheme", "wallet", "outlet", "publication"})  # fmt: skip
_NOT_DESCRIBING = frozenset(
    {"two", "both", "other", "same", "first", "second", "last", "whole", "one", "new", "own"}
)
_TEXT_NOUNS = frozenset({"article", "piece", "story", "text", "post", "writeup", "write-up"})


_ONE_POINTED = frozenset({"which", "other", "that", "this", "each", "every"})
"""Words before a chat-speak "1" that make it the pronoun "one" ("which 1", "the other 1")."""


def _text_speak(raw: list[str]) -> list[str]:
    """ "went 2 the stores", "did meilishuo launch one 2": a lone 2 or 4 before an article or pronoun, or a 2
    closing a question, is "to", "for" or "too", not a figure; "its got", "its been" are "it is got"."""
    if "its" in raw:
        raw = [
            x
            for k, w in enumerate(raw)
            for x in (("it", "is") if w == "its" and raw[k + 1 : k + 2] in (["got"], ["been"]) else (w,))
        ]
    if "1" in raw:
        # "which 1 had more stores", "the other 1": a 1 right after a word pointing at one of several is "one"
        raw = [
            "one" if w == "1" and k and raw[k - 1] in _ONE_POINTED and raw[k + 1 : k + 2] != ["of"] else w
            for k, w in enumerate(raw)
        ]
    if "2" not in raw and "4" not in raw:
        return raw
    out = list(raw)
    for k, w in enumerate(raw):
        if w not in ("2", "4") or k == 0 or raw[k - 1] in ("the", "these", "those", "of", "top", "and", "or"):
            continue
        if k + 1 < len(raw) and (
            raw[k + 1] in _SPEAK_NEXT or (raw[k + 1].endswith("ing") and len(raw[k + 1]) > 4)
        ):
            out[k] = "to" if w == "2" else "for"  # ("use 4 paying": a figure counts no doing)
        elif (
            w == "2"
            and (k == len(raw) - 1 or (k == len(raw) - 2 and raw[-1] in _TAG_WORDS))
            and k >= 3
            and not raw[k - 1].isdigit()
        ):
            out[k] = "too"  # ("meilishuo uses it 2 rite": a tag after the "too")
        elif (
            w == "2"
            and raw[k - 1] in _TO_TAKERS
            and k + 1 < len(raw)
            and raw[k + 1].isalpha()
            and not any(n.endswith("s") for n in raw[k + 1 : k + 3])  # ("use 2 payment services" counts)
            and raw[k + 1] not in _SCALE_WORDS
        ):
            out[k] = "to"  # "what did they use 2 pay": before a verb, after one taking "to"
    return out


_TAG_WORDS = TAG_WORDS | {"rite", "ryt", "rt", "ya", "yea"}
"""Words closing a statement put as a question ("..., right?"), also as typed before spelling is mended."""
_TO_TAKERS = frozenset({"use", "used", "using", "want", "wants", "wanted", "need", "needs", "needed", "going", "able",
                        "trying", "try", "tried", "start", "started", "began", "begin", "decide", "decided", "plan",
                        "plans", "planned", "allowed", "allow", "had", "went", "switched", "moved", "turned",
                        "switch", "switches", "move", "moves", "turn", "turns", "go", "goes", "gone", "came",
                        "come", "comes", "back"})  # fmt: skip
"""Verbs a "to" follows (before another verb, or where one moves to): a lone 2 after one, before a word that
counts nothing, is "to"."""
_SCALE_WORDS = frozenset({"million", "billion", "thousand", "hundred", "k", "m", "bn", "percent", "times"})


_DETERMINERS = frozenset({"the", "a", "an"})
_CLAUSE_GOES_ON = frozenset({"in", "on", "for", "from", "at", "with", "now", "today", "then", "please", "exactly",
                             "anyway", "again", "these", "nowadays", "currently", "here"})  # fmt: skip
"""Words after a name that leave it ending its noun phrase (a preposition, a word of time or courtesy), where a verb
would make the words before it a clause about it ("the stores Mogujie had")."""
_NAME_JOINERS = frozenset({"and", "or", "&"})
_ENDS_DESCRIPTION = (
    AUXILIARIES
    | _PREPOSITIONS
    | _NAME_JOINERS
    | {
        "but",
        "than",
        "as",
        "like",
        "not",
        "no",
        "that",
        "which",
        "who",
        "its",
        "their",
        "this",
        "these",
        "those",
        "besides",
        "beside",
        "behind",
        "between",
        "against",
        "among",
        "without",
        "within",
        "across",
        "after",
        "before",
        "during",
        "under",
        "above",
        "via",
        "per",
        "toward",
        "towards",
        "versus",
        "vs",
        "except",
    }
)
"""Words that end a description walking back from a name: a verb, a preposition or a joining word opens a clause."""


def _appositions(raw: list[str], names: list[Value], is_word: Callable[[str], bool]) -> list[tuple[int, int]]:
    """Word spans describing the names right after them: a determiner, then content words only, then one name or a
    list of names that ends the noun phrase ("the two big shopping bazaars Taobao and Tmall?")."""
    at = {v.start: v.end for v in names}
    named = {k for v in names for k in range(v.start, v.end)}
    out = []
    for v in names:
        if v.start in at.values():
            continue  # (a name right after another is part of a list or a compound)
        k = v.start - 1
        while (
            k >= 0
            and k not in named  # (another name ends the description: "did Alipay stop supporting Mogujie")
            and raw[k] not in _ENDS_DESCRIPTION
            and raw[k] not in QUESTION_WORDS
            and not _only_a_verb(raw[k])
            and (is_word(raw[k]) or raw[k].isdigit())  # (an unknown name, "Tencent", is no describing word)
            and raw[k] not in _SUBJECT_PRONOUNS
            and raw[k] not in _OBJECT_PRONOUNS
            and raw[k] not in _DETERMINERS
        ):
            k -= 1
        if k < 0 or k == v.start - 1 or raw[k] not in _DETERMINERS:
            continue
        end = v.end
        while end + 1 < len(raw) and raw[end] in _NAME_JOINERS and end + 1 in at:
            end = at[end + 1]
        if (
            v.start - k - 1 <= settings.DESCRIBING_WORDS
            and (end == len(raw) or raw[end] in _CLAUSE_GOES_ON)
            and not (
                k and raw[k - 1] in AUXILIARIES
            )  # ("does the story say X owns Alipay": a subject and verb)
        ):
            out.append((k + 1, v.start))
    return out


def _gap(raw: list[str], end: int, at: int) -> int:
    """How many articles ("the", "a") lie between a word ending at `end` and a name starting at `at`."""
    return sum(1 for w in raw[end:at] if w in ("the", "a", "an", "this", "that", "its"))


def _kind_word(raw: list[str], span: tuple[int, int], kind_words: frozenset[str]) -> bool:
    """True when the word span is one word saying what kind of thing the following name is."""
    start, end = span
    # (not the noun counted: "how many shop Mogujie had" asks of its shops, a learner's plural left off)
    return end - start == 1 and raw[start] in kind_words and raw[max(0, start - 2) : start] != ["how", "many"]


def _only_a_verb(word: str) -> bool:
    """True when English uses the word as a verb and never as a noun."""
    senses = _thesaurus().senses
    return (word, "v") in senses and (word, "n") not in senses


@cache
def _thesaurus() -> Thesaurus:
    """The shipped thesaurus, read once per process (only while building engines)."""
    return Thesaurus.shipped()


_PARTICLES = frozenset({"up", "off", "out", "down", "over", "back", "away"})
"""The particles of phrasal verbs ("set up", "cut off"), whose verb may come in any form."""


def _verb_forms(verb: str) -> set[str]:
    """The regular forms a base verb may take ("set": "sets", "setting"; "kick": "kicked"), some not words."""
    forms = {verb + "s", verb + "es", verb + "ed", verb + "d", verb + "ing"}
    if verb.endswith("e"):
        forms.add(verb[:-1] + "ing")
    if len(verb) >= 3 and verb[-1] not in "aeiouwxy" and verb[-2] in "aeiou" and verb[-3] not in "aeiou":
        forms |= {verb + verb[-1] + "ing", verb + verb[-1] + "ed"}  # ("setting", "stopped")
    return forms - {verb}


def _longest_by_first(table: Mapping[tuple[str, ...], object]) -> dict[str, int]:
    """For each first word of a phrase table, the length of the longest phrase starting with it."""
    out: dict[str, int] = {}
    for key in table:
        out[key[0]] = max(out.get(key[0], 0), len(key))
    return out


LIKENESS_SUFFIXES = frozenset({"like", "style", "type", "esque", "inspired"})
"""What turns a name into a description of another thing ("a Pinterest-like site", "Pinterest-style")."""


def _keep_terms(query: Query, keep: Callable[[str, tuple[int, int]], bool]) -> None:
    """Keep only the terms (with their spans) a test passes: a word read as framing or a bound is no term."""
    kept = [
        k for k, (term, span) in enumerate(zip(query.tokens, query.spans, strict=True)) if keep(term, span)
    ]
    query.tokens, query.spans = [query.tokens[k] for k in kept], [query.spans[k] for k in kept]


def _agent(word: str) -> bool:
    """True for a noun for whoever does something ("founder", "creators"): one of the story's verbs made a
    person."""
    return len(word) >= 6 and word.removesuffix("s").endswith(("er", "or"))


_NEGATIONS = (("not", "just"), ("not", "only"), ("other", "than"), ("rather", "than"), ("instead", "of"),
              ("apart", "from"), ("aside", "from"), ("as", "opposed", "to"), ("excluding",), ("except",),
              ("besides",), ("non",), ("not", "counting"), ("not", "including"), ("without", "counting"),
              ("leaving", "out"), ("not",))  # fmt: skip
_WHOLE = frozenset({"overall", "entire", "whole", "combined", "total", "altogether", "together", "sum"})
"""Words asking for a whole rather than a part."""
_WHOLE_PHRASE = Lazy(
    r"\b(all together|add(s|ed|ing)? (them |it |those |these )?up|add(s|ed|ing)? up all|in all(?=\W*$)|sum of)"
)
"""Phrases asking for a whole that reading sets aside as fillers ("all together", "if you add up all the stores")."""
_NEGATION_STARTS = frozenset(phrase[0] for phrase in _NEGATIONS)
_AUX = AUXILIARIES | {"may", "might", "must"}


def _counted(query: Query, value: Value) -> bool:
    """True for a figure counting things ("2000 stores", a year's digits before a plural noun too)."""
    after = query.words[value.end : value.end + 1]
    plural = bool(after) and after[0].endswith("s") and after[0] not in AUXILIARIES
    return value.kind == "count" or (value.kind == "year" and plural)


_MEASURE_OPENING = Lazy(
    r"^((and|so|then|ok|okay|also) )?(the )?(exact )?(size|amount|number|price|cost|sum|total|value|percentage|percent|share|proportion|fraction|ratio) of\b"
)
"""A question opened by the measure it asks ("Size of the fee ...?"): a noun phrase, whatever verb follows in it."""
_POSSESSED = Lazy(
    r"^((and|so|then|ok|okay|also) )?(the )?[\w-]+(['\u2019]s|s['\u2019]) "
    r"(?!(back|still|now|also|not|already|just|really|never|always|been|gone|going|done|got|off|out|over|up|again"
    r"|able|about)\b|[\w-]+(ing|ly)\b)[\w-]+( (?![\w-]+ed\b)[\w-]+)?"
    r"( (in|at|on|of|for|from|after|before|during|by|since|until|with|back) (?:(?!\b(?:is|was|are|were)\b)[^?])*)?"
    r"[?!. ]*$"
)
"""A party's thing with no verb, perhaps with a moment ("Mogujie's revenue in the beginning?"): a keyword query
asked with a question mark, not a statement to check."""
_LIKENING = Lazy(r"\b(like|similar to|same as|a copy of|copy of|clone of|a clone of|(is|are|was) of)\b")
"""Words likening one name to another ("X like Y?") or making it the other's ("Tmall is of Alibaba?"): between two
names, a question whether it is so."""

_SUBJECT_PRONOUNS = frozenset({"it", "they", "he", "she", "we", "you", "i"})
"""Pronouns that are a clause's subject: the word before one in a question is where an auxiliary belongs."""

_CHECKED_KINDS: dict[str, frozenset[str]] = {
    "when": frozenset({"year"}),
    "how_many": frozenset({"count", "percent"}),
    "how_much": frozenset({"count", "percent"}),
}
"""Value kinds a request for that type may state itself: then it asks to check the value, not for one."""


_DO_HAVE = frozenset({"do", "does", "did", "has", "have", "had"})
"""Auxiliaries opening a question's verb after an aside ("..., not mobile, does Alipay have?"); a copula there
("Meilishuo, not Mogujie, is the site ...") sets one name against another instead."""


def _negated(raw: list[str], tokens: list[str], spans: list[tuple[int, int]]) -> frozenset[str]:
    """The first content term after a setting-aside phrase; a bare "not" counts only between content words
    ("computers not phones"), not after an auxiliary ("did not adopt")."""
    out: set[str] = set()
    for i in range(len(raw)):
        if raw[i] not in _NEGATION_STARTS:
            continue  # most words start no setting-aside phrase: one set look-up each
        for phrase in _NEGATIONS:
            if tuple(raw[i : i + len(phrase)]) != phrase:
                continue
            if phrase == ("not",) and (
                i == 0
                or raw[i - 1] in _AUX
                or raw[i - 1] in QUESTION_WORDS
                or (i + 2 != len(raw) and not (i + 2 < len(raw) and raw[i + 2] in _DO_HAVE))
            ):
                # a bare "not" sets aside only a last word ("computers not phones") or one set off before the verb
                # ("the online payments market, not mobile, does Alipay have"), not a verb
                break
            after = i + len(phrase)
            following = [t for t, (s, _) in zip(tokens, spans, strict=True) if after <= s < after + 3]
            if following and not _numeric(following[0]):
                out.add(following[0])
            break
    return frozenset(out)


def _numeric(word: str) -> bool:

    return word.replace(".", "", 1).isdigit()


def _values(
    raw: list[str], tokens: list[str], spans: list[tuple[int, int]], said_after: set[int] | None = None
) -> list[Value]:
    """Figures, percentages, years and durations stated in canonical words, each with its bound and unit; the
    positions of bounds said after a figure go into `said_after`."""
    out: list[Value] = []
    for i, word in enumerate(raw):
        after = raw[i + 1] if i + 1 < len(raw) else ""
        if after in _SPAN_ADJECTIVES and i + 2 < len(raw) and raw[i + 2] in _DURATION_UNITS:
            after = raw[i + 2]  # "a full year", "two whole months"
        if word in _RELATIVE_DAYS:
            # "yesterday": so many days before the story's present, a moment a check may weigh ("a month ago?")
            out.append(Value("duration", Decimal(_RELATIVE_DAYS[word]), unit=frozenset({"day"}), start=i, end=i + 1,
                             text=word, since="now"))  # fmt: skip
            continue
        if word == "last" and after in ("week", "month"):
            number = Decimal(1)  # "last week": a week ago
        elif word in ("one", "a", "an") and after in _DURATION_UNITS:
            if word != "one" and _per_unit(raw, i):
                continue  # "how many users does it get a month?": a rate, so many per month, no span of time
            number = Decimal(1)  # "one year ago", "a year ago"
        elif word.replace(".", "", 1).isdigit():
            number = Decimal(word)
        else:
            continue
        if number <= _GROUP_MAX and not _COUNTED_ASKS.isdisjoint(raw[i + 1 : i + 3]):
            if said_after is not None:
                said_after.add(i)  # (nor is the number a term of the question)
            continue  # "Mogujie's two user figures", "three facts": how many things are asked, no figure stated
        if i and raw[i - 1] in _DEFINITE and number <= _GROUP_MAX and after and after not in _DURATION_UNITS:
            continue  # "the two sites": which ones, not a figure stated of them
        if (
            (number == 2 or after not in _GROUP_NOUNS)
            and number <= _GROUP_MAX
            and after in _PARTY_NOUNS
            and (not i or raw[i - 1] in _CLAUSE_START)
        ):
            continue  # "so two site adopted what?": the two sites, with "the" dropped
        start = i
        bound: Bound = "exact"
        for phrase, limit in _BOUND_WORDS.items():
            if tuple(raw[max(0, i - len(phrase)) : i]) == phrase:
                start, bound = i - len(phrase), limit
                break
        if after == "percent":
            out.append(
                Value(
                    "percent", number, bound=bound, start=start, end=i + 2, text=f"{format_number(number)}%"
                )
            )
            continue
        if after in ("year", "yr") and 1900 <= number <= 2100 and i and raw[i - 1] in _YEAR_CUES:
            # "in 2012 year", "in the 2013 year": a learner's word order for a year, not so many years
            out.append(Value("year", number, bound=bound, start=start, end=i + 2, text=format_number(number)))
            continue
        if after in _DURATION_UNITS:
            end = raw.index(after, i + 1) + 1
            if end < len(raw) and raw[end] == "old":
                continue  # "a 10 year old": an age, said of a reader, not a moment of the story
            anchor = raw[end] if end < len(raw) else ""
            since = "now" if anchor == "ago" or word == "last" else "event" if anchor in _SINCE_EVENT else ""
            end += anchor in ("ago", *_SINCE_EVENT)
            out.append(Value("duration", number, bound=bound, unit=frozenset({_DURATION_UNITS[after]}), start=start, end=end,
                             text=f"{format_number(number)} {after}", since=since))  # fmt: skip
            continue
        reach = i + 4
        for k in range(i + 1, min(len(raw), i + 5)):
            if raw[k] in _WHEN_AFTER:
                reach = (
                    k - 1
                )  # "was more than 2000 after five months": what follows says when, not what is counted
                break
            tail = next((p for p in _TRAILING_BOUNDS if tuple(raw[k : k + len(p)]) == p), ())
            if tail:
                # "19 million users tops", "2000 stores or more": a bound said after the figure and its unit
                reach = k - 1
                if bound == "exact":
                    bound = _TRAILING_BOUNDS[tail]
                if said_after is not None:
                    said_after.update(range(k, k + len(tail)))
                break
        unit = frozenset(
            t
            for t, (s, _) in zip(tokens, spans, strict=True)
            if i < s <= reach
            and not t.startswith(ENTITY_PREFIX)
            and not _numeric(t)
            and t not in FIGURE_TERMS
        )
        if not unit and number % 100 == 0:
            # "Meilishuo stores 2000?", "store count: 2000" (a round figure; "users 2013" is a year)
            unit = _unit_before(raw, tokens, spans, start)
        before = raw[i - 1] if i else ""
        is_year = (
            number == number.to_integral_value()
            and 1900 <= number <= 2100
            and bound in ("exact", "about")  # "about 2014": a rumour about a year, or roughly then
            and (before in _YEAR_CUES or not unit)
            and (not start or raw[start - 1] not in _HELD)  # "Meilishuo had about 2000": so many, not a year
        )
        if is_year and bound == "exact" and before in _YEAR_BOUNDS:
            bound = _YEAR_BOUNDS[before]  # "founded before 2013": any year before it fits
        kind: ValueKind = "year" if is_year else "count"
        part = _year_part(raw, i) if is_year else ""
        stressed = bool(start) and raw[start - 1] in _EXACTLY  # "exactly 2000 stores"
        out.append(Value(kind, number, bound=bound, unit=frozenset() if is_year else unit, start=start, end=i + 1,
                         text=str(int(number)) if is_year else format_number(number), part=part,
                         stressed=stressed))  # fmt: skip
    return out


def _per_unit(raw: list[str], i: int) -> bool:
    """True when "a month" (at `i`) says how often, after a verb or its object with nothing making it a span or a
    moment: no "ago" or "later" after it, no "for", "in", "after" or "within" before it."""
    if raw[i + 1] in _SPAN_ADJECTIVES:
        return False  # "a full year after it launched": a span
    anchor = raw[i + 2] if i + 2 < len(raw) else ""
    before = raw[i - 1] if i else ""
    return (
        bool(before)
        and anchor not in ("ago", "later", "earlier", *_SINCE_EVENT)
        and before not in _SPAN_BEFORE
    )


_SPAN_BEFORE = frozenset(
    {
        "for",
        "in",
        "after",
        "within",
        "over",
        "about",
        "than",
        "under",
        "nearly",
        "almost",
        "around",
        "roughly",
        "only",
        "just",
        "least",
        "past",
        "last",
        "first",
        "took",
        "take",
        "takes",
        "lasted",
        "whole",
        "full",
        "half",
        "of",
        "by",
        "until",
        "till",
        "before",
        "since",
        "during",
        "like",
        "approximately",
        "maybe",
        "exactly",
        "is",
        "was",
        "be",
        "been",
        "it",
        "barely",
        "less",
        "more",
    }
)
"""Words before "a month" that make it a span or a moment ("for a month", "after a year", "it was a year")."""


_WHEN_AFTER = frozenset({"after", "before", "within", "since", "during", "until", "till", "once", "when"})
"""Words after a figure that begin saying when it held; the words counted come before them."""
_HELD = frozenset({"had", "has", "have", "having", "reached", "passed", "hit", "topped", "exceeded", "got"})
"""Verbs after which a bare number is so many of something, never a year."""
_DEFINITE = frozenset({"the", "these", "those", "both"})
FIGURE_TERMS = frozenset({"figur", "number", "stat", "statist", "total", "numer"})
"""Stems of nouns saying only that something is a figure ("the 85 million figure", "user stats"): they count
nothing, so a figure's unit leaves them out and a question asking a figure asks nothing more by them."""
FIGURE_NOUNS = frozenset({"figures", "numbers", "stats", "statistics", "data"})
"""Plural nouns asking a party's figures as a set ("What are Mogujie's numbers?", "alipay wallet numbers")."""
_COUNTED_ASKS = frozenset({"figures", "numbers", "stats", "statistics", "facts", "dates", "names", "things",
                           "reasons", "points", "rumours", "rumors", "claims", "details", "sentences", "quotes"})  # fmt: skip
"""Plural nouns of what a reader asks for, which a small number before them counts ("give two facts")."""
_GROUP_MAX = 12
"""A small number after "the" names a group already known ("the two sites", "the 2 companies")."""
_CLAUSE_START = frozenset({"that", "this", "so", "and", "then", "because", "but", "now"})
"""Where a subject starts: two parties there, or a learner's singular after a number, are a group named
without "the"."""


def short_value(
    kind: str | None, short: str | None, unit_terms: frozenset[str], reader: Reader
) -> Value | None:
    """The typed value of a record's short answer ("more than 2000" stores, "late 2013", "Alibaba")."""
    if not short or not kind:
        return None
    query = reader.read(short, correct=False)
    if kind in ("company", "site", "product", "program", "person", "place", "organisation"):
        ents = [v for v in query.values if v.kind == "entity"]
        return ents[0] if len(ents) == 1 and len(query.tokens) == 1 else None
    numeric = [v for v in query.values if v.kind != "entity"]
    if not numeric:
        return None
    value = numeric[0]
    if kind == "date" and value.kind == "duration":
        return value  # "yesterday"
    if kind in ("year", "date"):
        years = [
            v for v in numeric if v.kind == "year" or (v.number is not None and 1900 <= v.number <= 2100)
        ]
        return replace(years[0], kind="year") if years else None
    if kind == "duration":
        return value if value.kind == "duration" else None
    if kind == "percent":
        return replace(value, kind="percent", unit=unit_terms)
    if kind == "count":
        return replace(value, kind="count", unit=unit_terms or value.unit)
    return None


YEAR_PARTS = {"early": "early", "late": "late", "mid": "mid", "middle": "mid", "start": "early",
               "beginning": "early", "end": "late", "spring": "early", "autumn": "late", "fall": "late",
               "summer": "mid", "begin": "early", "beginnings": "early"}  # fmt: skip
"""Words for a part of the year before "of <year>", with learners' nouns ("the begin of the year")."""


def _unit_before(
    raw: list[str], tokens: list[str], spans: list[tuple[int, int]], start: int
) -> frozenset[str]:
    """The unit of a figure said after what it counts ("stores 2000", "store count 2000"): a plural noun right
    before it, or before a word of counting; empty when there is none."""
    k = start - 1
    while k >= 0 and raw[k] in _COUNTING:
        k -= 1
    if k < 0 or k < start - 2:
        return frozenset()
    word = raw[k]
    counted = word.endswith("s") and len(word) > 3 and word not in _NOT_PLURAL
    if not counted and not (k < start - 1 and len(word) > 3):  # "store count": the noun before the count
        return frozenset()
    return frozenset(
        t for t, (a, b) in zip(tokens, spans, strict=True) if a == k and not t.startswith(ENTITY_PREFIX)
    )


_COUNTING = frozenset({"count", "number", "total", "tally", "figure"})
_NOT_PLURAL = frozenset(
    {"was", "has", "does", "this", "its", "his", "hers", "yes", "less", "plus", "thus", "always"}
)


def _year_part(raw: list[str], i: int) -> str:
    """The part of the year a year value names: "early 2013", "the end of 2013", "mid-2013" read as "mid 2013"."""
    before = raw[i - 1] if i else ""
    if before == "of" and i >= 2:
        before = raw[i - 2]
    elif before == "in" and i >= 2:
        # "late in 2013"; "begin in 2011", "end in 2013" are verbs, not parts of the year
        before = raw[i - 2] if raw[i - 2] in _PART_ADVERBS else ""
    return YEAR_PARTS.get(before, "") or (before if before in MONTHS else "")


MONTHS = {"january": "early", "february": "early", "march": "early", "april": "early", "may": "mid", "june": "mid",
          "july": "mid", "august": "mid", "september": "late", "october": "late", "november": "late",
          "december": "late"}  # fmt: skip
"""Months before a year ("in March 2013"), each with the part of the year it falls in: a month is more than a
year or a part of one says, so a story giving only those cannot settle it."""


_PART_ADVERBS = frozenset({"early", "late", "mid", "middle"})


def _scale_after_how_many(raw: list[str]) -> list[str]:
    """ "how many million accounts", "how many millions of users": the scale says how big the answer's units
    are, not what is counted."""
    for k in range(len(raw) - 2):
        if raw[k] == "how" and raw[k + 1] in ("many", "much") and is_scale_word(raw[k + 2]):
            skip = 2 if k + 3 < len(raw) and raw[k + 3] == "of" else 1
            return raw[: k + 2] + raw[k + 2 + skip :]
    return raw


def _learner_verb_forms(raw: list[str]) -> list[str]:
    """A learner's verb forms: "what was happened" (a passive "happen") is what happened; "start use" (a base
    verb after start, stop or begin) is "start using"."""
    out: list[str] = []
    for k, w in enumerate(raw):
        if w in _BE_FORMS and raw[k + 1 : k + 2] in (["happened"], ["happen"]) and raw[k - 1 : k] != ["it"]:
            continue
        if out[-1:] and out[-1] in _PHASE_VERBS and w in _ING_OF:
            out.append(_ING_OF[w])
            continue
        after = raw[k + 1] if k + 1 < len(raw) else ""
        aux = next((i for i in range(len(out) - 1, max(-1, len(out) - 5), -1) if out[i] in _DO_FORMS), None)
        if w in ("get", "got") and aux is not None and (after.endswith("ed") or after in _PARTICIPLES):
            out[aux] = "was"  # "when did Mogujie get made?": a passive with "get" is one with "was"
            continue
        if w in _GET_PASSIVE and (after.endswith("ed") or after in _PARTICIPLES):
            out.append(_GET_PASSIVE[w])  # "after getting dropped by Alipay": being dropped, not acquiring
            continue
        if (
            w == "back"
            and set(raw[k + 1 :]) <= {"now", "again", "today"}
            and {"why", "when", "how"} & set(raw[:2])
            and len(raw) <= 6  # ("why's Alipay back?", "why is Alipay back now?": short, nothing else asked)
        ):
            out.append("resuming")  # "Why is Alipay back?": being back is having resumed
            continue
        out.append(w)
    return out


_BE_FORMS = frozenset({"was", "were", "is", "are"})
_GET_PASSIVE = {"getting": "being", "gets": "is", "gotten": "been"}
"""Forms of "get" that, before a participle, make a passive as a form of "be" does."""
_DO_FORMS = frozenset({"did", "does", "do"})
_PARTICIPLES = frozenset({"made", "built", "born", "bought", "sold", "cut", "set", "paid", "known", "done", "taken",
                          "given", "shut", "run", "begun", "thrown", "kicked", "left"})  # fmt: skip
"""Irregular past participles, which a passive with "get" puts after it ("get made", "got cut off")."""
_ONSET_VERBS = frozenset({"start", "starts", "started", "starting", "begin", "begins", "began", "beginning"})
"""Verbs saying something began, which adopting a product already says."""
_PHASE_VERBS = frozenset(
    {"start", "starts", "started", "begin", "begins", "began", "stop", "stops", "stopped"}
)
_ING_OF = {"use": "using", "support": "supporting", "sell": "selling", "charge": "charging", "work": "working",
           "accept": "accepting", "earn": "earning"}  # fmt: skip
"""Base verbs a learner puts after "start" or "stop", with the form that goes there."""


def _post_as_article(raw: list[str]) -> list[str]:
    """ "the post mentions ...": a post after "the" or "this" is the article itself, not "after" ("post-IPO")."""
    if "post" not in raw:
        return raw
    return [
        "article" if w == "post" and k and raw[k - 1] in ("the", "this", "that", "blog", "your") else w
        for k, w in enumerate(raw)
    ]


def _aim_as_purpose(raw: list[str]) -> list[str]:
    """ "What was the objective of the marketplace launches?": the aim of a thing done is its purpose, asked as
    "the purpose of" is (what a party wants, "Alibaba's aim", stays a want)."""
    if _AIM_NOUNS.isdisjoint(raw):
        return raw
    return [
        "purpose"
        if w in _AIM_NOUNS
        and k
        and raw[k - 1] in _AIM_DETERMINERS
        and (
            k == len(raw) - 1  # ("...: what was the objective?")
            or (
                raw[k + 1 : k + 2] in (["of"], ["behind"])
                and raw[k + 2 : k + 3] != []
                and (raw[k + 2] in _AIMED_AT or raw[k + 2].endswith("ing"))
            )
        )
        else w
        for k, w in enumerate(raw)
    ]


_AIM_NOUNS = frozenset({"goal", "goals", "aim", "aims", "objective", "objectives"})
_AIM_DETERMINERS = frozenset({"the", "main", "real", "actual", "ultimate", "chief", "their", "its"})
_AIMED_AT = frozenset({"the", "their", "its", "this", "that", "these", "those"})
"""What a thing done is introduced by ("the aim of the launches"), where a bare name ("the aim of Alibaba") is a
party's aim."""


def _set_aside(raw: list[str]) -> list[str]:
    """ "Setting aside the rumour, what is the other one?": an opening setting one thing aside is "apart from" it,
    not a question about setting anything."""
    k = 1 if raw[:1] in (["but"], ["and"], ["so"], ["ok"]) else 0
    if raw[k + 1 : k + 2] == ["aside"] and raw[k] in _SETTING:
        return [*raw[:k], "apart", "from", *raw[k + 2 :]]
    return raw


_SETTING = frozenset({"setting", "leaving", "putting", "set", "leave", "put"})


def _story_reports(raw: list[str]) -> list[str]:
    """ "How many stores does the article report for Meilishuo?", "what the article reports": the story asked to
    report is the story asked to say, not the report it passes on."""
    if _REPORTING.isdisjoint(raw):
        return raw
    return [
        "say"
        if w in _REPORTING
        and k >= 3
        and raw[k - 1] in STORY_NOUNS | {"writer", "author"}
        and (
            raw[k - 3] in _ASKING_AUX
            # ("a summary of what this article reports"; not "is that what the story reports?", a check of a saying)
            or (raw[k - 3] == "what" and raw[k - 4 : k - 3] not in (["that"], ["this"], ["it"]))
        )
        else w
        for k, w in enumerate(raw)
    ]


def _outlet_of_story(raw: list[str]) -> list[str]:
    """ "Which publication is this article from?": the outlet asked of the story itself is its publisher, not
    the outlet whose report the story passes on."""
    if raw[:1] not in (["which"], ["what"]) or _OUTLET_NOUNS.isdisjoint(raw) or STORY_NOUNS.isdisjoint(raw):
        return raw
    out = list(raw)
    for k, w in enumerate(raw):
        verb, the, noun = [*raw[k + 1 : k + 4], "", "", ""][:3]
        if w in _OUTLET_NOUNS and verb in _RUNS_A_STORY and the in ("this", "the") and noun in STORY_NOUNS:
            out[k] = "publisher"  # ("which outlet does the article cite?" asks of another outlet)
    return out


_RUNS_A_STORY = frozenset(
    {"is", "was", "ran", "runs", "published", "publishes", "carried", "carries", "posted"}
)
"""Words between an outlet and the story that make it the story's own outlet ("which site is this article on")."""
_OUTLET_NOUNS = frozenset(
    {"publication", "outlet", "newspaper", "paper", "magazine", "website", "site", "media"}
)
"""Kinds of outlet a story may be published in."""
_REPORTING = frozenset({"report", "reports", "reported", "reporting"})
"""Forms of "report", said by the story of itself or of the report it passes on."""
_ASKING_AUX = frozenset({"does", "did", "do"})
"""("does the article report ...": asked of the story; "is that what the story reports?" asks whose word it is)"""


def _wanting_again(raw: list[str]) -> list[str]:
    """ "Alipay wants to work with Mogujie again?": wanting to do again what was stopped is the resumption the
    story tells of, not a want of its own (as in the rumour that Alibaba "wanted to acquire" Mogujie)."""
    if "again" not in raw or raw[0] in QUESTION_WORDS:
        return raw  # ("what made Alipay want to back them again": the wanting is what is asked about)
    out: list[str] = []
    k = 0
    while k < len(raw):
        if raw[k] in _WANTING and raw[k + 1 : k + 2] == ["to"] and "again" in raw[k + 2 :]:
            k += 2
            continue
        out.append(raw[k])
        k += 1
    return out


_VIEWPOINTS = (["perspective"], ["viewpoint"], ["standpoint"], ["pov"], ["point", "of", "view"], ["view"])


def _perspective_as_for(raw: list[str]) -> list[str]:
    """ "From Alibaba's perspective, what was the problem with the sites?": whose point of view a question takes
    says whom the thing mattered to ("for Alibaba"), not that the story's account of that party is asked for."""
    if "from" not in raw:
        return raw
    at = raw.index("from")
    for view in _VIEWPOINTS:
        for k in range(at + 2, min(at + 5, len(raw))):
            if raw[k : k + len(view)] == view:
                between, rest = raw[at + 1 : k], raw[k + len(view) :]
                if rest[:1] == ["of"]:  # "from the point of view of Alibaba"
                    between, rest = [], rest[1:]
                return [*raw[:at], "for", *between, *rest]
    return raw


_ANYONE_ELSE = frozenset({"else", "other", "others", "another", "any", "anyone", "anybody", "anything"})
"""Words asking whether some other party did it ("who else", "any other site"), not whether one named did."""


def _same_as_that(raw: list[str]) -> list[str]:
    """ "who else did the same thing?", "did anyone else do the same?": doing "the same (thing)" is doing what
    was just talked about, as "did that" is: a pointer back, not words of its own ("same" is no comparison here)."""
    if "same" not in raw or _ANYONE_ELSE.isdisjoint(raw):
        return raw  # ("did Meilishuo do the same?" is "did it do that too?", read as such elsewhere)
    out: list[str] = []
    k = 0
    while k < len(raw):
        # (near the start only: "who else did the same?" is all the question, not a second one tacked on)
        if (
            (raw[k] in _DO_FORMS or raw[k] in ("done", "doing"))
            and raw[k + 1 : k + 3] == ["the", "same"]
            and k <= settings.SAME_AS_THAT_WITHIN
        ):
            end = k + 3 + (raw[k + 3 : k + 4] in (["thing"], ["move"]))
            if raw[end : end + 1] != ["as"]:  # ("did Meilishuo do the same as Mogujie?" compares the two)
                out += [raw[k], "that"]
                k = end
                continue
        out.append(raw[k])
        k += 1
    return out


_FOREIGN_AND = frozenset({"y", "et", "und", "e", "i", "dan", "va", "ve", "och", "og", "en", "na"})
"""Other languages' "and" (Spanish, French, German, Italian, Polish, Indonesian, Vietnamese, Turkish, Swedish,
Danish, Dutch, Swahili): read as "and" only between two names."""
_SORT_NOUNS = frozenset({"kind", "type", "sort"})


def _same_kind_as_both(raw: list[str]) -> list[str]:
    """ "Are Mogujie and Meilishuo the same kind of site?", "Is Meilishuo the same type of site as Mogujie?":
    whether one word of kind holds of both, asked as "are A and B both sites?" (no comparison of figures)."""
    if "same" not in raw:
        return raw
    at = next((k for k in range(1, len(raw) - 3) if raw[k : k + 2] == ["the", "same"] and raw[k + 2] in _SORT_NOUNS
               and raw[k + 3] == "of"), None)  # fmt: skip
    if at is None:
        return raw
    rest = raw[at + 4 :]
    if raw[at - 1] in ("are", "were") and "and" in raw[: at - 1]:
        return [*raw[:at], "both", *rest]  # "would you say A and B are the same sort of site?"
    if raw[0] not in ("is", "are", "was", "were"):
        return raw
    if "and" in raw[1:at] and "as" not in rest:
        return ["are", *raw[1:at], "both", *rest]
    if "as" in rest and rest.index("as") > 0 and "and" not in raw[1:at]:
        cut = rest.index("as")
        return ["are", *raw[1:at], "and", *rest[cut + 1 :], "both", *rest[:cut]]
    return raw


_TO_VERB = Lazy(r"^(want|wants|wanted|wanting|try|tries|tried|trying|plan|plans|planned|planning|going|hope|hopes"
                r"|hoped|hoping|decide|decided|agree|agreed|offer|offered|aim|aims|aimed|seek|seeks|wish|wished|like"
                r"|liked|would|need|needs|needed|able)$")  # fmt: skip
"""Verbs taking "to" and a verb: "wants to by Mogujie" can only be "wants to buy"."""


def _to_by_as_buy(raw: list[str]) -> list[str]:
    """ "alibaba wants to by mogujie": "by" after a verb's "to" is the verb "buy" typed as it sounds."""
    if "by" not in raw or "to" not in raw:
        return raw
    return [
        "buy" if w == "by" and k >= 2 and raw[k - 1] == "to" and _TO_VERB.match(raw[k - 2]) else w
        for k, w in enumerate(raw)
    ]


_LOOK_FORMS = frozenset({"look", "looks", "looked"})
_AFTER_LOOK_LIKE = frozenset({"then", "now", "last", "this", "that", "in", "at", "back", "before", "after", "when",
                              "during", "early", "originally", "today", "yesterday", "once", "by", "around", "for"})  # fmt: skip
"""Words that may follow the "like" of "what did X look like": a moment, never the thing X was likened to."""


def _looked_like_asked(raw: list[str]) -> list[str]:
    """ "What did Mogujie's revenue look like last year?": "what ... look like" with no thing after "like" asks
    what a thing was, not what it was modelled on (the story's "Pinterest-like"), so the two words go."""
    if raw[:1] != ["what"] or "like" not in raw:
        return raw
    at = raw.index("like")
    if not at or raw[at - 1] not in _LOOK_FORMS or (raw[at + 1 :] and raw[at + 1] not in _AFTER_LOOK_LIKE):
        return raw
    return [*raw[: at - 1], *raw[at + 1 :]]


def _again_recalled(raw: list[str]) -> list[str]:
    """ "and what does Mogujie do again?", "what's it called again?": a closing "again" after a verb that only
    asks what a thing is asks to be reminded, not about anything done again (the resumption the story tells of)."""
    if (
        len(raw) < 3
        or raw[-1] != "again"
        or (raw[0] not in QUESTION_WORDS and not (raw[0] in _OPENING_FILLERS and raw[1] in QUESTION_WORDS))
    ):
        return raw
    if not _AHEAD.isdisjoint(raw):
        return raw  # "what will Alipay do again?": what is to be done again
    opening = raw[1:3] if raw[0] in ("and", "so") else raw[:2]
    # "who is Tracey Xiang again": what a name is, asked in a few words (not "what is the reason Alipay backs it again")
    identity = (
        opening[0] in ("what", "who", "which", "whats", "whos")
        and opening[1:] in (["is"], ["are"], ["was"])
        and len(raw) <= len(opening) + 4 + (raw[0] in ("and", "so"))
        and not raw[-2].endswith(
            ("ing", "ed")
        )  # ("what is Alipay doing again?", "what is being started again?")
    )
    # ("why'd they do that again?", "who wrote this again?": a thing already told, done or written)
    told = (
        raw[-2] in ("that", "this", "it") and raw[-3] in (*_RECALL_VERBS, "did")
    ) or not _WRITING.isdisjoint(raw)
    return raw[:-1] if raw[-2] in _RECALL_VERBS or identity or told else raw


_WRITING = frozenset({"wrote", "write", "written", "writes", "authored"})
"""Verbs of writing the article: done once, so a closing "again" asks to be reminded of who did it."""
_AHEAD = frozenset({"will", "would", "could", "can", "going", "gonna", "might", "should"})

_RECALL_VERBS = frozenset({"do", "does", "is", "are", "was", "were", "called", "named", "mean", "means", "meant",
                           "stand", "for", "say", "says"})  # fmt: skip
"""Verbs before a closing "again" that ask what a thing is, does or is called ("what does it do again?")."""


_WANTING = frozenset({"want", "wants", "wanted", "wanting", "plan", "plans", "planning", "intend", "intends"})
"""Verbs of meaning to do something, which "to" and a verb follow."""


def _kind_of_purpose(raw: list[str]) -> list[str]:
    """ "the strategic intent behind ...", "the commercial logic": an adjective saying what kind of reason or aim
    is asked names no thing of its own ("strategic" is not the open strategy)."""
    if _PURPOSE_NOUNS.isdisjoint(raw):
        return raw
    return [
        w
        for k, w in enumerate(raw)
        if not (k + 1 < len(raw) and raw[k + 1] in _PURPOSE_NOUNS and (w.endswith("ic") or w in _KIND_OF_AIM))
    ]


def _business_as_kind(raw: list[str]) -> list[str]:
    """ "What does Alipay do as a business?", "what kind of business is Alipay?": "business" there says what kind
    of thing a party is (what it does is asked), not the story's "mobile businesses" Alipay wants to power."""
    if "business" not in raw:
        return raw
    at = raw.index("business")
    if at >= 2 and raw[at - 2] == "as" and raw[at - 1] in ("a", "an") and _DO_FORMS.intersection(raw[:at]):
        return [*raw[: at - 2], *raw[at + 1 :]]
    if (
        raw[:1] == ["what"]
        and at == 3
        and raw[1] in _SORT_NOUNS
        and raw[2] == "of"
        and raw[4:5] in (["is"], ["was"])
    ):
        return ["what", *raw[4:]]
    return raw


_KIND_OF_AIM = frozenset(
    {"commercial", "financial", "business", "political", "tactical", "practical", "economical"}
)
"""Adjectives of a kind of aim that end in no "-ic" ("an official reason" is another matter: whose it is)."""
_PURPOSE_NOUNS = frozenset({"reason", "reasons", "rationale", "motive", "motives", "motivation", "purpose",
                            "intent", "intention", "aim", "goal", "objective", "logic", "thinking"})  # fmt: skip
"""Nouns asking what something was for, or why."""


def _like_the_others(raw: list[str]) -> list[str]:
    """ "Mogujie was set up in 2009 like all the other copycats, wasn't it?": a likening to unnamed others
    ("like the others", "like everyone else") only says the reader thinks it common; what is put is the rest."""
    if "like" not in raw:
        return raw
    for k, w in enumerate(raw):
        if w != "like" or k < 4 or raw[k - 1] in _LIKENING_ASKED:
            continue  # ("Is Mogujie like the others?" asks the likeness itself)
        rest = raw[k + 1 :]
        n = 0
        while rest[n : n + 1] and rest[n] in ("all", "most", "many", "the", "of"):
            n += 1
        if rest[n : n + 2] in (["everyone", "else"], ["everybody", "else"], ["rest", "of"]):
            n += 2 + (rest[n + 2 : n + 3] == ["them"])
        elif rest[n : n + 1] in (["others"], ["rest"]) and n:
            n += 1
        elif rest[n : n + 1] == ["other"] and n and len(rest) > n + 1 and rest[n + 1] not in _OTHERS_NAMED:
            n += 2 + (len(rest) > n + 2 and rest[n + 2] in _PARTY_NOUNS)  # ("other payment firms")
        else:
            continue
        return [*raw[:k], *rest[n:]]
    return raw


_BEFORE_WISE = frozenset({"a", "an", "the", "very", "so", "not", "is", "was", "be", "been", "more", "most", "too",
                          "how", "that", "it", "really", "quite"})  # fmt: skip
"""Words after which "wise" is the adjective ("a wise move", "was it wise"), not "in terms of"."""
_SIDES_OF = frozenset({"side", "camp"})
"""Nouns that, after a name, stand for the party itself ("from Mogujie's side", "the Alipay camp"; not "end",
which a name may do: "Meilishuo end up ...")."""
_LIKENING_ASKED = frozenset(
    {"is", "are", "was", "were", "be", "look", "looks", "seem", "seems", "just", "really"}
)
"""Words before "like" that make the likening what is asked."""
_OTHERS_NAMED = frozenset({"one", "two", "site", "company", "firm", "app", "service"})
"""Nouns after "like the other" that point at one party the story names ("like the other site"), not at
unnamed others."""


def _so_many_as(raw: list[str]) -> list[str]:
    """ "two times so many stores as Meilishuo": a learner's "so many ... as" (Dutch "zo veel als", German "so
    viele wie") is "as many ... as", the equal or multiple measure."""
    if "so" not in raw or "as" not in raw:
        return raw
    return [
        "as"
        if w == "so"
        and raw[k + 1 : k + 2] in (["many"], ["much"])
        and "as" in raw[k + 2 : k + 5]
        and raw[k - 1 : k] != ["not"]  # ("not so much ... as": a contrast, a form the story never asks)
        else w
        for k, w in enumerate(raw)
    ]


def _own_market(raw: list[str]) -> list[str]:
    """ "did they start their own markets?": a market a party owns is a marketplace it runs, not a share of
    a market (the story keeps the two apart: "mobile payments market", "their own marketplaces")."""
    if "own" not in raw:
        return raw
    out = list(raw)
    for k, w in enumerate(raw[:-1]):
        if (
            w == "own"
            and raw[k + 1] in ("market", "markets")
            and raw[k + 2 : k + 3] not in (["place"], ["places"])
        ):
            out[k + 1] = raw[k + 1].replace("market", "marketplace")
    return out


_WORD_REWRITES: tuple[Callable[[list[str]], list[str]], ...] = (
    _own_market,
    _learner_verb_forms,
    _so_many_as,
    _like_the_others,
    _kind_of_purpose,
    _business_as_kind,
    _wanting_again,
    _again_recalled,
    _looked_like_asked,
    _same_as_that,
    _same_kind_as_both,
    _to_by_as_buy,
    _perspective_as_for,
    _post_as_article,
    _story_reports,
    _set_aside,
    _aim_as_purpose,
    _outlet_of_story,
    _scale_after_how_many,
    _copula_dropped,
    _staff_asked,
    _false_friends,
    _appear_as_seem,
    _stop_undone,
    _writer_means,
    _described_as,
    _claim_presented,
    _counted_joining,
    _be_able_to,
    _paying_with,
    _proper_as_own,
    _own_as_verb,
    _without_answer_manner,
    _did_first,
    _make_as_do,
    _sceptic_frame,
    _without_filler_like,
    _without_bother,
    _their_own,
    _more_than_just,
    _own_people_moved,
    _without_listed_count,
    _moment_unstressed,
    _point_as_time,
    _reached_figure,
    _where_working,
    _without_unit_asked,
    _used_to_past,
    _relative_as_compared,
    _back_as_ago,
    _story_establishes,
    _first_start_dated,
)
"""The rewrites of a question's words before typos are fixed, in order (each reads the one before's output):
learners' and chat forms back to the question they stand for."""


_STATING_VERBS = frozenset({"is", "was", "are", "were", "has", "had"})


def _named_subject_stated(raw: list[str], query: Query) -> bool:
    """True when a short question opens with a name and a verb stating something of it ("Mogujie is American
    company?", "Alipay has 80%?", "Alibaba bought Mogujie?"): a statement put to the check, however few its
    words."""
    first = next((v for v in query.values if v.kind == "entity" and v.start == 0), None)
    if first is None or first.end >= len(raw) - 1:
        return False
    verb = raw[first.end]
    # (a verb in the past says something happened: "alipay stopped supporting meilishuo?")
    return (
        verb in _STATING_VERBS or questions.has_finite_verb(verb) or (len(verb) > 4 and verb.endswith("ed"))
    )
