"""Everything precomputed once from the knowledge base: vocabulary, synonyms, entity aliases, record terms."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field, replace

from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA

from . import settings
from .knowledge import KnowledgeBase
from .models import QARecord, Sentence
from .text import shared_start, stem, words

ENTITY_PREFIX = "@"
_QUESTION_WORDS = {"who", "whom", "whose", "what", "when", "where", "why", "how", "which"}


@dataclass
class Query:
    """A question reduced to what matching needs."""

    text: str
    words: list[str]
    """The question's words after shorthand and typo fixes: what its type is read from."""
    tokens: list[str]
    """Content terms: stemmed words and `@entity` ids, stopwords removed, in order."""
    entities: list[str]
    unknown: list[str] = field(default_factory=list)
    """Content words found nowhere in the knowledge base or article."""


@dataclass
class RecordTerms:
    """A QA record's precomputed terms: one set per phrasing and one for all it says."""

    record: QARecord
    phrasings: list[frozenset[str]]
    phrasing_strings: list[str]
    phrasing_weights: list[float]
    vocabulary: frozenset[str]
    """Words of the phrasings, the answer and the quoted spans."""
    context: frozenset[str]
    """Other words of the cited sentences: they half explain a question."""
    entities: frozenset[str]
    entity_tokens: frozenset[str] = frozenset()


@dataclass
class Candidate:
    """One record scored against a query."""

    terms: RecordTerms
    score: float
    coverage: float
    overlap: float
    similarity: float
    predicate: float = 1.0
    """Share of what the question asks about the things it names (its words other than names) that the
    record explains; 1.0 when the question is only names ("Alipay?")."""


class Index:
    """Normalises questions the same way the knowledge was normalised, and scores records."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb
        self.stopwords = frozenset(kb.stopwords)
        self.synonyms: dict[tuple[str, ...], list[str]] = {}
        for group in kb.synonyms:
            target = words(group.canonical)
            for word in [group.canonical, *group.words]:
                key = tuple(words(word))
                if key and key != tuple(target):
                    self.synonyms[key] = target
        self._max_syn = max((len(k) for k in self.synonyms), default=1)
        self.spellings: dict[str, list[str]] = {}
        for group in kb.spellings:
            for word in group.words:
                self.spellings[word.lower()] = words(group.canonical)
        self.aliases: dict[tuple[str, ...], str] = {}
        for ent in kb.entities.values():
            for name in ent.names():
                key = tuple(words(name))
                if key:
                    self.aliases.setdefault(key, ent.id)
        self._max_alias = max((len(k) for k in self.aliases), default=1)

        surface: set[str] = set(self.stopwords) | _QUESTION_WORDS
        for rec in kb.qa:
            for text in [*rec.phrasings(), rec.answer]:
                surface.update(words(text))
        for sentence in kb.sentences.values():
            surface.update(words(sentence.text))
        for key in [*self.aliases, *self.synonyms]:
            surface.update(key)
        for targets in self.spellings.values():
            surface.update(targets)
        self.surface = sorted(w for w in surface if not w.isdigit())
        self._surface_set = frozenset(surface)
        self._known_stems = frozenset(stem(w) for w in surface)
        self._corrections: dict[str, str] = {}
        self._analysed: dict[tuple[str, bool], Query] = {}

        self.records = [self._record_terms(rec) for rec in kb.qa]
        self.sentences: list[tuple[Sentence, frozenset[str]]] = [
            (s, frozenset(self.analyse(s.text, correct=False).tokens)) for s in kb.sentences.values()
        ]
        df: dict[str, int] = {}
        for terms in self.records:
            for token in terms.vocabulary:
                df[token] = df.get(token, 0) + 1
        n = len(self.records) + 1
        self.idf = {t: math.log(n / (c + 0.5)) + 0.5 for t, c in df.items()}
        self.unknown_idf = math.log(n / 0.5) + 0.5
        self._vocab_postings: dict[str, list[tuple[int, float]]] = {}
        self._phrase_postings: dict[str, list[tuple[int, int]]] = {}
        for r, terms in enumerate(self.records):
            terms.phrasing_weights = [sum(self.weight(t) for t in phr) or 1.0 for phr in terms.phrasings]
            for token in terms.vocabulary:
                self._vocab_postings.setdefault(token, []).append((r, 1.0))
            for token in terms.context:
                self._vocab_postings.setdefault(token, []).append((r, settings.CONTEXT_WEIGHT))
            for p, phr in enumerate(terms.phrasings):
                for token in phr:
                    self._phrase_postings.setdefault(token, []).append((r, p))
        self.contrasts = [
            frozenset(t for w in group.words for t in self.analyse(w, correct=False).tokens)
            for group in kb.contrasts
        ]

    # -- analysis ------------------------------------------------------------------------------------

    def _record_terms(self, rec: QARecord) -> RecordTerms:
        analysed = [self.analyse(p, correct=False) for p in rec.phrasings()]
        vocab: set[str] = set()
        for q in analysed:
            vocab.update(q.tokens)
        vocab.update(self.analyse(rec.answer, correct=False).tokens)
        for c in rec.citations:
            vocab.update(self.analyse(c.span, correct=False).tokens)
        vocab.update(ENTITY_PREFIX + e for e in rec.entities)
        context: set[str] = set()
        for c in rec.citations:
            context.update(self.analyse(c.quote, correct=False).tokens)
        return RecordTerms(
            record=rec,
            phrasings=[frozenset(q.tokens) for q in analysed],
            phrasing_strings=[" ".join(q.tokens) for q in analysed],
            phrasing_weights=[],
            vocabulary=frozenset(vocab),
            context=frozenset(context - vocab),
            entities=frozenset(rec.entities),
            entity_tokens=frozenset(ENTITY_PREFIX + e for e in rec.entities),
        )

    def correct(self, word: str) -> str:
        """The known word a typo most likely meant; the word itself when nothing is close enough."""
        hit = self._corrections.get(word)
        if hit is None:
            hit = word
            if word not in self._surface_set and len(word) >= 4 and not re.search(r"\d", word):
                limit = 1 if len(word) <= 6 else 2
                found = process.extract(word, self.surface, scorer=OSA.distance, score_cutoff=limit, limit=10)
                # Typing slips rarely touch the first letter ("bold" is not "old"); a four-letter word may lose or
                # gain a letter ("rote") or swap two ("mnay"), but not change one: that is as likely another word
                # ("step" is not "stop").
                fits = [
                    f
                    for f in found
                    if f[0][0] == word[0]
                    and (len(word) > 4 or len(f[0]) != len(word) or sorted(f[0]) == sorted(word))
                ]
                # Among equally close words, the one sharing the longest start wins ("stors" is "store", not "stops").
                fits.sort(key=lambda f: (f[1], -shared_start(f[0], word)))
                hit = fits[0][0] if fits else word
            if len(self._corrections) < 10_000:
                self._corrections[word] = hit
        return hit

    def analyse(self, text: str, correct: bool = True) -> Query:
        """Words -> typo fixes -> entity aliases and synonyms (longest first) -> stems without stopwords.

        Recent results are kept: one question is analysed several times (as typed, as resolved, as a turn).
        """
        key = (text, correct)
        hit = self._analysed.get(key)
        if hit is None:
            hit = self._analyse(text, correct)
            if len(self._analysed) >= 512:
                self._analysed.pop(next(iter(self._analysed)))
            self._analysed[key] = hit
        return hit

    def _analyse(self, text: str, correct: bool) -> Query:
        raw = [w for word in words(text) for w in self.spellings.get(word, (word,))]
        if correct:
            raw = [self.correct(w) for w in raw]
        tokens: list[str] = []
        entities: list[str] = []
        unknown: list[str] = []
        i = 0
        while i < len(raw):
            matched = False
            for size in range(min(self._max_alias, len(raw) - i), 0, -1):
                ent = self.aliases.get(tuple(raw[i : i + size]))
                if ent:
                    tokens.append(ENTITY_PREFIX + ent)
                    if ent not in entities:
                        entities.append(ent)
                    i += size
                    matched = True
                    break
            if matched:
                continue
            for size in range(min(self._max_syn, len(raw) - i), 0, -1):
                target = self.synonyms.get(tuple(raw[i : i + size]))
                if target is not None:
                    tokens.extend(
                        stem(t) for t in target if t not in self.stopwords and t not in _QUESTION_WORDS
                    )
                    i += size
                    matched = True
                    break
            if matched:
                continue
            word = raw[i]
            i += 1
            if word in self.stopwords or word in _QUESTION_WORDS:
                continue
            tokens.append(stem(word))
            if correct and word not in self._surface_set and tokens[-1] not in self._known_stems:
                unknown.append(word)
        return Query(text=text, words=raw, tokens=tokens, entities=entities, unknown=unknown)

    # -- scoring -------------------------------------------------------------------------------------

    def contrasted(self, query: Query, terms: RecordTerms) -> bool:
        """True when the question names one word of a contrast set and the record only another of it."""
        asked = set(query.tokens)
        for group in self.contrasts:
            if (group & asked) - terms.vocabulary and group & terms.vocabulary:
                return True
        return False

    def weight(self, token: str) -> float:
        return self.idf.get(token, self.unknown_idf)

    def _weigh(self, tokens: frozenset[str] | set[str]) -> float:
        return sum(self.weight(t) for t in tokens)

    def candidates(self, query: Query, shortlist: int = 12) -> list[Candidate]:
        """Records sharing a term (other than a bare number) with the query, best first.

        Set overlap comes from inverted postings; string similarity, the costly part, only for the shortlist.
        """
        weights = {t: self.weight(t) for t in query.tokens}
        total = sum(weights.values()) or 1.0
        coverage: dict[int, float] = {}
        worded: set[int] = set()
        for token, w in weights.items():
            for r, factor in self._vocab_postings.get(token, ()):
                coverage[r] = coverage.get(r, 0.0) + w * factor
                if not token.isdigit():
                    worded.add(r)
        shared: dict[tuple[int, int], float] = {}
        for token, w in weights.items():
            for rp in self._phrase_postings.get(token, ()):
                shared[rp] = shared.get(rp, 0.0) + w
        overlap: dict[int, float] = {}
        for (r, p), sh in shared.items():
            recall, precision = sh / total, sh / self.records[r].phrasing_weights[p]
            f1 = 2 * recall * precision / (recall + precision)
            if f1 > overlap.get(r, 0.0):
                overlap[r] = f1
        # An unknown word in a short question usually names what the story lacks ("CEO", "IPO"); in a long,
        # wordy question it is more often a paraphrase ("apparently"), so its cost shrinks with length.
        penalty = settings.UNKNOWN_WORD_FACTOR ** (len(query.unknown) * 3 / max(3, len(query.tokens)))
        named = sum(w for t, w in weights.items() if t.startswith(ENTITY_PREFIX))
        asked = total - named
        rough = []
        for r in worded:
            cov, ov = coverage[r] / total, overlap.get(r, 0.0)
            named_here = sum(weights[t] for t in self.records[r].entity_tokens & weights.keys())
            predicate = (coverage[r] - named_here) / asked if asked > 1e-9 else 1.0
            rough.append(
                Candidate(self.records[r], (0.45 * cov + 0.35 * ov) * penalty, cov, ov, 0.0, predicate)
            )
        rough.sort(key=lambda c: c.score, reverse=True)
        joined = " ".join(query.tokens)
        fine = []
        for c in rough[:shortlist]:
            best = process.extractOne(joined, c.terms.phrasing_strings, scorer=fuzz.token_sort_ratio)
            sim = best[1] / 100 if best else 0.0
            fine.append(replace(c, score=c.score + 0.20 * sim * penalty, similarity=sim))
        fine.sort(key=lambda c: c.score, reverse=True)
        return fine + rough[shortlist:]

    def sentence_matches(self, query: Query) -> list[tuple[float, Sentence]]:
        """Article sentences by how much of the query they explain."""
        q = set(query.tokens)
        total = self._weigh(q) or 1.0
        out = [(self._weigh(q & toks) / total, s) for s, toks in self.sentences if q & toks]
        out.sort(key=lambda x: x[0], reverse=True)
        return out
