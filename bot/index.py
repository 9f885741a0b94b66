"""Everything precomputed once from the knowledge base: record terms, values, word weights and postings."""

from __future__ import annotations

import math
from collections.abc import Callable, Hashable
from dataclasses import dataclass, field
from itertools import pairwise
from typing import Any, TypeVar, cast

from . import settings
from .answers import Sentence
from .compiled import Record, StoryData, TimelineEvent
from .query import ENTITY_PREFIX, Query, Reader, Value, short_value
from .text import stem

T = TypeVar("T")


@dataclass
class RecordTerms:
    """A QA record's precomputed terms: one set per phrasing and one for all it says."""

    record: Record
    phrasings: list[frozenset[str]]
    phrasing_strings: list[str]
    phrasing_weights: list[float]
    vocabulary: frozenset[str]
    """Terms of the phrasings, the answer and the quoted spans."""
    context: frozenset[str]
    """Other terms of the cited sentences: they half explain a question."""
    entities: frozenset[str]
    entity_tokens: frozenset[str]
    value: Value | None
    """The short answer as a typed value (a figure with its unit, a year, a name), if it is one."""
    forms: frozenset[str]
    """The shapes of the record's own question (comparison, sourcing...): a question of that shape that matches
    it closely is answered by it, as curated."""
    told: tuple[str, ...]
    """The entities the answer names, in the order it names them: what "it" in a follow-up may mean."""
    spans: tuple[Value, ...]
    """Spans of time the record's `time` gives ("about five months" after launch)."""
    moment: frozenset[str]
    """Terms of when the answer holds (`time`) and of its cited sentences: a question tied to another moment
    ("now", "in 2013") is not answered by it."""
    short_terms: frozenset[str] = frozenset()
    """Terms of the short answer ("Chinese"): a check naming another word of its contrast set is refuted."""
    subjects: frozenset[str] = frozenset()
    """Names the answer opens with as joint subjects ("Mogujie and Meilishuo launched ..."): the record is about
    each of them as much as about its first entity."""
    roles: dict[str, frozenset[str]] = field(default_factory=dict)
    """`@entity` -> the words standing next to it in the answer and quoted spans: what it does or has done to
    it there ("Alipay" beside "stopped", "WeChat Payment" beside "adopted")."""
    acts: frozenset[tuple[str, str, str]] = frozenset()
    """(doer, word, done-to) for words between two names ("Alipay cut off support to Mogujie"): which way round
    the record has it."""


class Index:
    """Terms, weights and postings for every record, and the reader that makes queries in the same terms."""

    def __init__(self, kb: StoryData) -> None:
        """Every record's terms, values and weights computed once (and cached with the engine), so answering
        a question never re-reads a record."""
        self.kb = kb
        self.reader = Reader(kb)
        self.records = [self._record_terms(rec) for rec in kb.qa]
        self.by_id = {t.record.id: t for t in self.records}
        self.sentence_entities: dict[str, tuple[str, ...]] = {
            s.id: tuple(self.reader.read(s.text, correct=False).entities) for s in kb.sentences.values()
        }
        """The entities each article sentence names, in order: what an answer quoting it has named."""

        self.sentences: list[tuple[Sentence, frozenset[str]]] = [
            (s, frozenset(self.reader.read(s.text, correct=False).tokens)) for s in kb.sentences.values()
        ]
        self.events: list[tuple[TimelineEvent, frozenset[str]]] = [
            (
                e,
                frozenset(ENTITY_PREFIX + x for x in e.entities)
                | frozenset(self.reader.read(e.text, correct=False).tokens),
            )
            for e in kb.events
        ]
        df: dict[str, int] = {}
        for terms in self.records:
            for token in terms.vocabulary:
                df[token] = df.get(token, 0) + 1
        n = len(self.records) + 1
        self.idf = {t: math.log(n / (c + 0.5)) + 0.5 for t, c in df.items()}
        self.unknown_idf = math.log(n / 0.5) + 0.5
        self.vocab_postings: dict[str, list[tuple[int, float]]] = {}
        """Term -> (record, weight factor): 1 for what a record says, less for the rest of its sentences."""
        self.entity_postings: dict[str, list[int]] = {}
        """`@entity` -> the records about it."""
        self.phrase_postings: dict[str, list[int]] = {}
        """Term -> phrasing slots using it; `phrasing_record` and `phrasing_weight` describe each slot."""
        self.phrasing_record: list[int] = []
        self.phrasing_weight: list[float] = []
        self.phrasing_terms: list[frozenset[str]] = []
        self.lightest: dict[str, dict[int, float]] = {}
        """`@entity` -> record -> the lightest weight of its phrasings naming the entity: with one name in a
        question, its share with a phrasing sharing nothing else is found without visiting every slot."""
        for r, terms in enumerate(self.records):
            terms.phrasing_weights = [sum(self.weight(t) for t in phr) or 1.0 for phr in terms.phrasings]
            for token in terms.vocabulary:
                self.vocab_postings.setdefault(token, []).append((r, 1.0))
            for token in terms.context:
                self.vocab_postings.setdefault(token, []).append((r, settings.CONTEXT_WEIGHT))
            for token in terms.entity_tokens:
                self.entity_postings.setdefault(token, []).append(r)
            # one slot per distinct set of terms: phrasings differing only in stopwords score alike
            for phr, weight in dict(zip(terms.phrasings, terms.phrasing_weights, strict=True)).items():
                slot = len(self.phrasing_record)
                self.phrasing_record.append(r)
                self.phrasing_weight.append(weight)
                self.phrasing_terms.append(phr)
                for token in phr:
                    self.phrase_postings.setdefault(token, []).append(slot)
                    if token.startswith(ENTITY_PREFIX):
                        lightest = self.lightest.setdefault(token, {})
                        lightest[r] = min(weight, lightest.get(r, weight))
        self.vocab_records = {t: frozenset(r for r, _ in posts) for t, posts in self.vocab_postings.items()}
        """Term -> the records using it at all: one set union per term finds a question's records."""
        self.contrasts = [
            frozenset(t for w in group.words for t in self.reader.read(w, correct=False).tokens)
            for group in kb.contrasts
        ]
        self.contrast_groups = frozenset().union(*self.contrasts)
        """Every word of any contrast set: a question naming none of them contrasts nothing away."""
        self.valued = [t for t in self.records if t.value is not None and not t.record.not_in_story]
        """Records whose short answer is a typed value: what claims are checked and figures compared against."""
        self.value_units = frozenset().union(*(t.value.unit for t in self.valued if t.value))
        """What the story's figures count ("stor", "account"): a question naming one names a measure."""
        self.valued_terms = frozenset(
            t
            for terms in self.valued
            for t in terms.vocabulary | (terms.value.unit if terms.value else frozenset())
            if not t.isdigit()
        )

    def _record_terms(self, rec: Record) -> RecordTerms:
        read = self.reader.read
        analysed = [read(p, correct=False) for p in rec.phrasings()]
        vocab: set[str] = set()
        for q in analysed:
            vocab.update(q.tokens)
        vocab.update(read(rec.answer, correct=False).tokens)
        for c in rec.citations:
            vocab.update(read(c.span, correct=False).tokens)
        vocab.update(ENTITY_PREFIX + e for e in rec.entities)
        context: set[str] = set()
        for c in rec.citations:
            context.update(read(c.quote, correct=False).tokens)
        unit = frozenset(read(rec.unit, correct=False).tokens) if rec.unit else frozenset()
        moment = set(read(rec.time, correct=False).tokens) if rec.time else set()
        moment.update(t for c in rec.citations for t in read(c.quote, correct=False).tokens if t.isdigit())
        said = [read(rec.answer, correct=False), *(read(c.span, correct=False) for c in rec.citations)]
        return RecordTerms(
            record=rec,
            phrasings=[frozenset(q.tokens) for q in analysed],
            phrasing_strings=[" ".join(q.tokens) for q in analysed],
            phrasing_weights=[],
            vocabulary=frozenset(vocab),
            context=frozenset(context - vocab),
            entities=frozenset([*rec.entities, *([rec.says.by] if rec.says and rec.says.by else [])]),
            entity_tokens=frozenset(ENTITY_PREFIX + e for e in rec.entities),
            value=short_value(rec.short_kind, rec.short_answer, unit, self.reader),
            moment=frozenset(moment),
            told=tuple(read(rec.answer, correct=False).entities),
            spans=tuple(v for v in read(rec.time, correct=False).values if v.kind == "duration")
            if rec.time
            else (),
            forms=analysed[0].forms,
            short_terms=frozenset(read(rec.short_answer, correct=False).tokens)
            if rec.short_answer
            else frozenset(),
            subjects=_joint_subjects(read(rec.answer, correct=False)),
            roles=_roles(said),
            acts=frozenset().union(*(acts(r) for r in said)),
        )

    def read(self, text: str) -> Query:
        """A question as a query (typo fixes on)."""
        return self.reader.read(text)

    def weight(self, token: str) -> float:
        """How much a term says about which record is meant: rare terms say more (IDF)."""
        return self.idf.get(token, self.unknown_idf)

    def answer_terms(self, rec: Record) -> frozenset[str]:
        """The terms of a record's answer, read once per story (what a check or a follow-up compares words with)."""
        return self.derived(
            ("answer", rec.id), lambda: frozenset(self.reader.read(rec.answer, correct=False).tokens)
        )

    def derived(self, key: Hashable, build: Callable[[], T]) -> T:
        """Data derived from the story alone, built on first use and kept with this index (never per question):
        what only some answer paths need, so building it at load would slow every start."""
        memo: dict[Hashable, Any] = self.__dict__.setdefault("_derived", {})
        if key not in memo:
            memo[key] = build()
        return cast(T, memo[key])

    def contrasted(self, query: Query, terms: RecordTerms) -> bool:
        """True when the question names one word of a contrast set and the record only another of it."""
        groups = self.contrast_groups
        # one asking for the whole ("overall", "in total") is not answered by a figure for one part ("mobile
        # payments", "monthly users")
        if query.asks_whole and terms.value and (terms.value.unit & groups).difference(query.tokens):
            return True
        if groups.isdisjoint(query.tokens):
            return False  # most questions name no contrasted word
        asked = set(query.tokens)
        for group in self.contrasts:
            if (group & asked) - terms.vocabulary and group & terms.vocabulary:
                return True
        return False

    def sentence_matches(self, query: Query) -> list[tuple[float, Sentence]]:
        """Article sentences by how much of the query they explain."""
        q = set(query.tokens)
        total = sum(self.weight(t) for t in q) or 1.0
        out = [(sum(self.weight(t) for t in q & toks) / total, s) for s, toks in self.sentences if q & toks]
        out.sort(key=lambda x: x[0], reverse=True)
        return out


def acts(query: Query, *, concepts: bool = False) -> frozenset[tuple[str, str, str]]:
    """(doer, word, done-to) for each content word standing between two nearby names in one clause, read as
    active ("Alipay cut off Mogujie") unless "by" comes before the second ("Mogujie was cut off by Alipay"); names
    joined by "and" act together, and "it" or "they" stands for the name before. The word is the one typed (its
    stem), not a synonym: "Mogujie lost Alipay" says what "Alipay cut Mogujie off" does, the other way round.
    With `concepts` the word is its token instead, so that "drop" is the "stop" a record says."""
    at = [(s, t) for t, (s, _) in zip(query.tokens, query.spans, strict=True)]
    names = [(s, t) for s, t in at if t.startswith(ENTITY_PREFIX)]
    for k, word in enumerate(query.words):
        before = sorted(p for p in names if p[0] < k) if word in ("it", "they") else []
        if before:
            # "... that is when Alipay cut off support to it": a pronoun in the clause of the name before it is
            # not that name ("itself" would be), but the one before
            s, n = before[-1]
            if _LINKING.isdisjoint(query.words[s + 1 : k]) and k > s + 1:
                n = next((m for _, m in reversed(before) if m != n), n)
            names.append((k, n))
    names.sort()
    out: set[tuple[str, str, str]] = set()
    group = [names[0][1]] if names else []
    for (s1, _), (s2, n2) in pairwise(names):
        between = query.words[s1 + 1 : s2]
        if between in ([], ["and"], ["or"]):
            group.append(n2)
            continue
        # (a verb and its object fit between two names a little farther apart than the words a role reaches)
        if len(between) <= settings.ROLE_REACH + 2 and _LINKING.isdisjoint(between):
            for member in group:
                doer, done = (n2, member) if between[-1] == "by" else (member, n2)
                if doer != done:
                    out.update(
                        (doer, t if concepts else stem(query.words[s]), done)
                        for s, t in at
                        if s1 < s < s2 and not t.isdigit()
                    )
        group = [n2]
    return frozenset(out)


_LINKING = frozenset({"and", "or", "than", "like", "as", "vs", "versus", "with", "nor", "both", "either", "not",
                      "after", "before", "since", "until", "when", "while", "once", "then", "because", "so", "but",
                      "that", "which", "who", "whose", "where", "if"})  # fmt: skip
"""Words between two names that make them a pair or a comparison, or put them in two clauses: no doer and
what it does it to."""


def _roles(readings: list[Query]) -> dict[str, frozenset[str]]:
    """For each name in these texts, the words within `settings.ROLE_REACH` of it (names and figures aside);
    names joined by "and" ("Mogujie and Meilishuo launched ...") share theirs."""
    out: dict[str, set[str]] = {}
    for query in readings:
        # "Alipay announced that it would resume supporting Mogujie": "it" stands where the last name did
        at = [(s, t) for t, (s, _) in zip(query.tokens, query.spans, strict=True)]
        names = {s: t for s, t in at if t.startswith(ENTITY_PREFIX)}
        group: list[str] = []  # the last names joined by "and": what "they" and "their" stand for
        ended = -9
        for k, word in enumerate(query.words):
            if k in names:
                joined = ended == k - 1 or (ended == k - 2 and query.words[k - 1] in ("and", "or"))
                group = [*group, names[k]] if joined else [names[k]]
                ended = k
            elif word in _STANDS_FOR and group:
                at.extend((k, t) for t in (group if word in _PLURAL else group[-1:]))
        toks = [t for _, t in sorted(at, key=lambda p: p[0])]
        near: dict[int, set[str]] = {}  # per occurrence of a name
        for i, t in enumerate(toks):
            if t.startswith(ENTITY_PREFIX):
                near[i] = {
                    toks[j]
                    for j in range(
                        max(0, i - settings.ROLE_REACH), min(len(toks), i + settings.ROLE_REACH + 1)
                    )
                    if not toks[j].startswith(ENTITY_PREFIX) and not toks[j].isdigit()
                }
        run: list[int] = []
        for i in [*range(len(toks)), len(toks)]:
            if i in near:
                run.append(i)
                continue
            shared = set().union(*(near[r] for r in run)) if len(run) > 1 else set()
            for r in run:
                out.setdefault(toks[r], set()).update(shared or near[r])
            run = []
    return {t: frozenset(words) for t, words in out.items()}


_STANDS_FOR = frozenset({"it", "its", "they", "their", "them", "itself", "themselves"})
"""Pronouns read as the last name (or names joined by "and") before them when finding what each name does."""
_PLURAL = frozenset({"they", "their", "them", "themselves"})


def joint_names(answer: Query) -> list[tuple[int, frozenset[str]]]:
    """Each pair of names an answer joins by "and" ("Mogujie and Meilishuo"), with the word it starts at (that of
    "both" when one comes first): the parties said to do one thing together."""
    names = sorted((v for v in answer.values if v.kind == "entity" and v.entity), key=lambda v: v.start)
    words = answer.words
    pairs = []
    for first, second in pairwise(names):
        if second.start == first.end + 1 and words[first.end] == "and" and first.entity and second.entity:
            start = first.start - 1 if first.start and words[first.start - 1] == "both" else first.start
            pairs.append((start, frozenset((first.entity, second.entity))))
    return pairs


def _joint_subjects(answer: Query) -> frozenset[str]:
    """The names an answer opens with, joined by "and" ("(Both) Mogujie and Meilishuo ..."); empty otherwise."""
    return next((names for start, names in joint_names(answer) if start == 0), frozenset())
