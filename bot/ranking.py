"""Ranking records for a query: which records may answer it (eligibility) and how well (scoring)."""

from __future__ import annotations

from dataclasses import dataclass, replace

from rapidfuzz import fuzz, process

from . import settings
from .index import Index, RecordTerms
from .models import QuestionType, Turn
from .query import ENTITY_PREFIX, Query
from .questions import COMPATIBLE, KIND_FITS, NUMERIC_KINDS, asks_exact_date, gives_exact_date


@dataclass
class Candidate:
    """One record scored against a query."""

    terms: RecordTerms
    score: float
    coverage: float
    overlap: float
    similarity: float
    predicate: float = 1.0
    """Share of what the question asks beyond the names it mentions that the record explains; 1.0 when the
    question is only names ("Alipay?")."""

    @property
    def record_id(self) -> str:
        return self.terms.record.id


def score(index: Index, query: Query, shortlist: int = settings.SHORTLIST) -> list[Candidate]:
    """Records sharing a term (other than a bare number) with the query, best first.

    Set overlap comes from inverted postings; string similarity, the costly part, only for the shortlist.
    """
    weights = {t: index.weight(t) for t in query.tokens}
    total = sum(weights.values()) or 1.0
    coverage: dict[int, float] = {}
    worded: set[int] = set()
    for token, w in weights.items():
        for r, factor in index.vocab_postings.get(token, ()):
            coverage[r] = coverage.get(r, 0.0) + w * factor
            if not token.isdigit():
                worded.add(r)
    shared: dict[tuple[int, int], float] = {}
    for token, w in weights.items():
        for rp in index.phrase_postings.get(token, ()):
            shared[rp] = shared.get(rp, 0.0) + w
    overlap: dict[int, float] = {}
    for (r, p), sh in shared.items():
        recall, precision = sh / total, sh / index.records[r].phrasing_weights[p]
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
        terms = index.records[r]
        cov, ov = coverage[r] / total, overlap.get(r, 0.0)
        named_here = sum(weights[t] for t in terms.entity_tokens & weights.keys())
        predicate = (coverage[r] - named_here) / asked if asked > 1e-9 else 1.0
        rough.append(Candidate(terms, (0.45 * cov + 0.35 * ov) * penalty, cov, ov, 0.0, predicate))
    rough.sort(key=lambda c: c.score, reverse=True)
    joined = " ".join(query.tokens)
    fine = []
    for c in rough[:shortlist]:
        best = process.extractOne(joined, c.terms.phrasing_strings, scorer=fuzz.token_sort_ratio)
        sim = best[1] / 100 if best else 0.0
        fine.append(replace(c, score=c.score + 0.20 * sim * penalty, similarity=sim))
    fine.sort(key=lambda c: c.score, reverse=True)
    return fine + rough[shortlist:]


def eligible(index: Index, cand: Candidate, query: Query, qtype: QuestionType | None) -> bool:
    """Hard rules: the record is about every specific entity named, answers this type of question (a number
    for how-many, a day for which-date), and nothing the question names is contrasted away ("daily" users
    against a record of monthly ones)."""
    rec = cand.terms.record
    for ent in query.entities:
        if ent not in cand.terms.entities and index.kb.entities[ent].kind != "place":
            return False
    if qtype in ("how_many", "how_much") and rec.short_kind and rec.short_kind not in NUMERIC_KINDS:
        return False
    if qtype == "when" and asks_exact_date(query.joined) and not gives_exact_date(rec.short_answer):
        return False
    if index.contrasted(query, cand.terms):
        return False
    if cand.predicate < settings.PREDICATE_MIN:
        return False
    if qtype is None or rec.asks in COMPATIBLE[qtype]:
        return True
    return bool(rec.short_kind and rec.short_kind in KIND_FITS.get(qtype, set()))


def on_subject(cand: Candidate, query: Query) -> Candidate:
    """A record mainly about something the question does not name fits it less well ("Who runs Alibaba?"
    against a record about Alipay that mentions Alibaba)."""
    entities = cand.terms.record.entities
    if not entities or entities[0] in query.entities:
        return cand
    return replace(cand, score=cand.score * settings.OFF_SUBJECT_FACTOR)


def in_context(index: Index, cand: Candidate, last: Turn) -> Candidate:
    """A follow-up naming nothing itself leans towards what the conversation was just about."""
    rec = cand.terms.record
    bonus = settings.CONTEXT_BONUS * bool(set(last.entities) & cand.terms.entities)
    previous = index.by_id.get(last.record or "")
    if previous and previous.record.id != rec.id:
        related = rec.id in previous.record.related or previous.record.id in rec.related
        same_paragraph = {c.paragraph for c in previous.record.citations} & {
            c.paragraph for c in rec.citations
        }
        bonus += settings.CONTEXT_BONUS * (related + bool(same_paragraph))
    return replace(cand, score=min(1.0, cand.score + bonus)) if bonus else cand


_SPECIFIC = frozenset({"when", "how_many", "how_much"})


def _stretched(cand: Candidate, query: Query) -> bool:
    """A plain what-question answered by a date or a figure ("What did it start out as?" by "What year did it
    start?", whose "year" is a stopword) fits less well than by a record of its own type."""
    return query.qtype == "what" and cand.terms.record.asks in _SPECIFIC


def rank(
    index: Index, query: Query, last: Turn | None, typed_names: bool
) -> tuple[list[Candidate], list[Candidate]]:
    """All scored candidates, and the eligible ones best first (with the subject and context adjustments).
    `typed_names` says whether the question as typed named anything (then the context bonus is off)."""
    ranked = score(index, query)
    chosen = [
        replace(c, score=c.score * settings.TYPE_STRETCH_FACTOR) if _stretched(c, query) else c
        for c in ranked
        if eligible(index, c, query, query.qtype)
    ]
    chosen.sort(key=lambda c: c.score, reverse=True)
    if query.entities:
        chosen = sorted((on_subject(c, query) for c in chosen), key=lambda c: c.score, reverse=True)
    if last and chosen and not typed_names:
        chosen = sorted((in_context(index, c, last) for c in chosen), key=lambda c: c.score, reverse=True)
    return ranked, chosen
