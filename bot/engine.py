"""The answer engine: a question in, a curated cited answer, an ask-back or an honest decline out."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from . import settings
from .index import Candidate, Index, Query
from .interface import Story
from .knowledge import KnowledgeBase, load_knowledge
from .models import Answer, Citation, Conversation, QuestionType, Turn
from .questions import (
    COMPATIBLE,
    KIND_FITS,
    NUMERIC_KINDS,
    asks_exact_date,
    gives_exact_date,
    intent,
    question_type,
)
from .text import fold, words

_PRONOUNS = re.compile(
    r"\b(it|its|itself|they|them|their|theirs|she|her|hers|he|him|his|"
    r"(?:the|this|that) (?:company|site|app|service|firm|platform|program|startup|writer|author))\b"
)
_SUBJECT_PRONOUNS = re.compile(r"\b(it|they|them|she|he|him)\b")
"""A question leaning on one of these with no name and no earlier turn cannot be answered safely."""
_ELLIPSIS = re.compile(r"^\s*(and|what about|how about|what of|same for|and for|and what about)\b")
_PERSON_PRONOUNS = {"she", "her", "hers", "he", "him", "his"}


@dataclass
class _Reading:
    """One way of reading a question (as typed, or filled in from the conversation) and its candidates."""

    reading: str
    query: Query
    qtype: QuestionType | None
    ranked: list[Candidate]
    eligible: list[Candidate]

    @property
    def top(self) -> float:
        return self.eligible[0].score if self.eligible else -1.0


class Engine:
    """Answers questions about the loaded articles; all preprocessing happens once, in the index."""

    def __init__(self, kb: KnowledgeBase, threshold: float = settings.DECLINE_THRESHOLD) -> None:
        self.kb = kb
        self.index = Index(kb)
        self.threshold = threshold

    # -- lists for interfaces ------------------------------------------------------------------------

    def questions(self) -> list[str]:
        """Every canonical question, for completion and suggestions."""
        return [r.question for r in self.kb.qa]

    def featured_questions(self, n: int = 3) -> list[str]:
        """Starter questions: the shortest question about each of the entities the story says most about."""
        counts: dict[str, int] = {}
        for rec in self.kb.qa:
            if rec.entities and not rec.not_in_story:
                counts[rec.entities[0]] = counts.get(rec.entities[0], 0) + 1
        central = sorted(counts, key=lambda e: -counts[e])[:n]
        return [
            min((r.question for r in self.kb.qa if r.entities and r.entities[0] == e), key=len)
            for e in central
        ]

    def stories(self) -> list[Story]:
        """The articles answered from, with their sentences: what the source pane shows."""
        return [Story(s.id, s.title, s.author, s.year, s.sentences) for s in self.kb.sources]

    def entity_names(self) -> list[str]:
        """Every entity's canonical name, for completion."""
        return [e.name for e in self.kb.entities.values()]

    # -- answering -----------------------------------------------------------------------------------

    def answer(
        self, question: str, conversation: Conversation | None = None, *, threshold: float | None = None
    ) -> Answer:
        """Answer one question; record the turn in `conversation` when one is given."""
        threshold = self.threshold if threshold is None else threshold
        text = question[: settings.MAX_QUESTION_CHARS]
        kind = intent(" ".join(words(text)) or fold(text).strip())
        if kind != "question":
            ans = self._chat_reply(question, kind)
        else:
            ans = self._answer_question(question, text, conversation, threshold)
        if conversation is not None and kind == "question":
            conversation.turns.append(self._turn(question, ans))
        return ans

    def _turn(self, question: str, ans: Answer) -> Turn:
        query = self.index.analyse(ans.resolved or question)
        ents = list(query.entities)
        if not ents and ans.record:
            ents = list(self.kb.qa_by_id[ans.record].entities[:1])
        return Turn(
            question=question,
            resolved=ans.resolved or question,
            entities=ents,
            record=ans.record,
            status=ans.status,
        )

    def _chat_reply(self, question: str, kind: str) -> Answer:
        examples = self.featured_questions()
        replies = {
            "greeting": "Hello! Ask me anything about the story, and I will answer from the article with quotes.",
            "help": (
                "Ask a question about the story in your own words, for example: "
                + " / ".join(examples)
                + " I quote the sentences each answer comes from, "
                "and I say so when the story doesn't tell."
            ),
            "thanks": "You're welcome! Ask another question whenever you like.",
            "farewell": "Goodbye! (In the chat, Ctrl+Q quits; in the line chat, /quit or Ctrl+D.)",
            "empty": "Please type a question about the story.",
        }
        return Answer(
            question=question,
            status="unknown",
            answer=replies[kind],
            confidence=0.0,
            suggestions=examples if kind in ("help", "greeting") else [],
            intent=kind,  # type: ignore[arg-type]
            resolved=question,
        )

    def _resolve(self, text: str, conversation: Conversation | None) -> tuple[list[str], bool]:
        """Readings of the question to try, and whether their order is a preference (ellipsis) or not (pronouns)."""
        readings = [text]
        last = conversation.last if conversation else None
        if not last:
            return readings, False
        query = self.index.analyse(text)
        folded = " ".join(query.words)
        if not query.tokens and question_type(folded):
            return [f"{text} {last.resolved}", text], True
        asked = [t for t in query.tokens if not t.startswith("@")]
        if query.entities and _ELLIPSIS.search(folded) and len(asked) <= 1:
            return [self._substitute(last.resolved, last.entities, query.entities)], True
        if query.entities and not asked and question_type(folded) is None:
            # a bare name ("Meilishuo?") reuses the last question; "What is Meilishuo?" is a question of its own
            return [self._substitute(last.resolved, last.entities, query.entities), text], True
        if not query.entities and last.entities:
            names = [self.kb.entities[e].name for e in last.entities if e in self.kb.entities]
            if not names:
                return readings, False
            person = [self.kb.entities[e].name for e in last.entities if self.kb.entities[e].kind == "person"]

            def fill(match: re.Match[str]) -> str:
                word = match.group(0).lower()
                chosen = person if word in _PERSON_PRONOUNS and person else names
                possessive = word in ("its", "their", "her", "his", "theirs", "hers")
                return " and ".join(chosen) + ("'s" if possessive else "")

            filled = _PRONOUNS.sub(fill, text, count=1) if _PRONOUNS.search(text.lower()) else None
            if filled and filled != text:
                return [
                    filled
                ], True  # the pronoun is resolved: "who founded it?" must not fall back to guessing
        return readings, False

    def _substitute(self, previous: str, old: list[str], new: list[str]) -> str:
        """The previous question with its entities swapped for the new ones ("And Mogujie?")."""
        name = " and ".join(self.kb.entities[e].name for e in new)
        out = previous
        for ent in old:
            for alias in sorted(self.kb.entities[ent].names(), key=len, reverse=True):
                pattern = re.compile(r"\b" + re.escape(alias) + r"\b", re.IGNORECASE)
                if pattern.search(out):
                    out = pattern.sub(name, out)
                    break
        return out if out != previous else f"{previous} ({name})"

    def _eligible(self, cand: Candidate, query: Query, qtype: QuestionType | None) -> bool:
        """Hard rules: the record is about every specific entity named, and answers this type of question
        (a number for how-many, a day for which-date), and nothing the question names is contrasted away
        ("daily" users against a record of monthly ones)."""
        rec = cand.terms.record
        for ent in query.entities:
            if ent not in cand.terms.entities and self.kb.entities[ent].kind != "place":
                return False
        if qtype in ("how_many", "how_much") and rec.short_kind and rec.short_kind not in NUMERIC_KINDS:
            return False
        if (
            qtype == "when"
            and asks_exact_date(" ".join(query.words))
            and not gives_exact_date(rec.short_answer)
        ):
            return False
        if self.index.contrasted(query, cand.terms):
            return False
        if cand.predicate < settings.PREDICATE_MIN:
            return False
        if qtype is None or rec.asks in COMPATIBLE[qtype]:
            return True
        return bool(rec.short_kind and rec.short_kind in KIND_FITS.get(qtype, set()))

    def _read(self, reading: str, text: str, last: Turn | None) -> _Reading:
        """Score every record against one reading of the question and keep the eligible ones, best first."""
        query = self.index.analyse(reading)
        typed = self.index.analyse(text)
        # "In which year?" + the last question keeps its own type; "And Taobao?" takes the last question's.
        own = typed if reading.startswith(text) else query
        qtype = question_type(" ".join(own.words)) or question_type(" ".join(query.words))
        ranked = self.index.candidates(query)
        eligible = [c for c in ranked if self._eligible(c, query, qtype)]
        if query.entities:
            eligible = sorted(
                (self._on_subject(c, query) for c in eligible), key=lambda c: c.score, reverse=True
            )
        if last and eligible and not typed.entities:
            eligible = sorted(
                (self._in_context(c, last) for c in eligible), key=lambda c: c.score, reverse=True
            )
        return _Reading(reading, query, qtype, ranked, eligible)

    def _on_subject(self, cand: Candidate, query: Query) -> Candidate:
        """A record mainly about something the question does not name fits it less well ("Who runs Alibaba?"
        against a record about Alipay that mentions Alibaba)."""
        entities = cand.terms.record.entities
        if not entities or entities[0] in query.entities:
            return cand
        return replace(cand, score=cand.score * settings.OFF_SUBJECT_FACTOR)

    def _in_context(self, cand: Candidate, last: Turn) -> Candidate:
        """A follow-up naming nothing itself leans towards what the conversation was just about."""
        rec = cand.terms.record
        bonus = settings.CONTEXT_BONUS * bool(set(last.entities) & cand.terms.entities)
        previous = self.kb.qa_by_id.get(last.record or "")
        if previous and previous.id != rec.id:
            related = rec.id in previous.related or previous.id in rec.related
            same_paragraph = {c.paragraph for c in previous.citations} & {c.paragraph for c in rec.citations}
            bonus += settings.CONTEXT_BONUS * (related + bool(same_paragraph))
        return replace(cand, score=min(1.0, cand.score + bonus)) if bonus else cand

    def _answer_question(
        self, question: str, text: str, conversation: Conversation | None, threshold: float
    ) -> Answer:
        last = conversation.last if conversation else None
        readings, ordered = self._resolve(text, conversation)
        best: _Reading | None = None
        for candidate in (self._read(r, text, last) for r in readings):
            if ordered and candidate.top >= threshold:
                best = candidate  # an ellipsis reading is preferred whenever it answers
                break
            if best is None or candidate.top > best.top + 1e-9:
                best = candidate
        assert best is not None
        reading, query, qtype, ranked, eligible = (
            best.reading,
            best.query,
            best.qtype,
            best.ranked,
            best.eligible,
        )
        if eligible and not query.entities and not last and _SUBJECT_PRONOUNS.search(fold(text)):
            return Answer(
                question=question,
                status="clarify",
                resolved=reading,
                confidence=_conf(eligible[0].score),
                answer="Who or what do you mean? Please name it in your question.",
                suggestions=[c.terms.record.question for c in eligible[:2]],
            )
        if eligible and eligible[0].score >= threshold:
            first = eligible[0]
            rival = next(
                (c for c in eligible[1:] if not c.terms.record.not_in_story and _says_otherwise(first, c)),
                None,
            )
            margin = settings.CLARIFY_MARGIN
            if rival and not query.entities and _subject(first) != _subject(rival):
                margin = settings.CLARIFY_MARGIN_UNNAMED
            if (
                rival
                and rival.score >= threshold
                and first.score - rival.score < margin
                and not self._distinguished(query, first, rival)
            ):
                return Answer(
                    question=question,
                    status="clarify",
                    resolved=reading,
                    confidence=_conf(first.score),
                    answer="Did you mean one of these? The story answers both.",
                    suggestions=[first.terms.record.question, rival.terms.record.question],
                )
            rec = first.terms.record
            return Answer(
                question=question,
                status="unknown" if rec.not_in_story else "answered",
                answer=rec.answer,
                confidence=_conf(first.score),
                citations=list(rec.citations),
                record=rec.id,
                resolved=reading,
                says=None if rec.not_in_story else rec.says,
                says_name=self.kb.entities[rec.says.by].name if rec.says and rec.says.by else "",
                suggestions=[self.kb.qa_by_id[r].question for r in rec.related][:3],
            )
        sentence = self._sentence_answer(question, reading, query, qtype)
        if sentence:
            return sentence
        return self._decline(question, reading, query, qtype, ranked)

    def _distinguished(self, query: Query, first: Candidate, rival: Candidate) -> bool:
        """True when the question names something only the first record is about."""
        named = set(query.entities)
        return bool(named & first.terms.entities) and not named <= rival.terms.entities

    def _sentence_answer(
        self, question: str, reading: str, query: Query, qtype: QuestionType | None
    ) -> Answer | None:
        """Quote one article sentence when it explains nearly all of the question and fits its type."""
        if len(query.tokens) < 2 or query.unknown:
            return None
        matches = self.index.sentence_matches(query)
        if not matches or matches[0][0] < settings.SENTENCE_THRESHOLD:
            return None
        if len(matches) > 1 and matches[1][0] >= matches[0][0] - 0.05:
            return None
        score, sentence = matches[0]
        if not _sentence_fits(sentence.text, qtype):
            return None
        if any(
            e
            not in {
                t[1:] for t in self.index.analyse(sentence.text, correct=False).tokens if t.startswith("@")
            }
            for e in query.entities
        ):
            return None
        cite = Citation(
            source=sentence.source,
            paragraph=sentence.paragraph,
            sentence=sentence.id,
            start=sentence.start,
            end=sentence.end,
            quote=sentence.text,
            span_start=sentence.start,
            span_end=sentence.end,
            span=sentence.text,
        )
        return Answer(
            question=question,
            status="answered",
            answer=f'The story says: "{sentence.text}"',
            confidence=_conf(score * 0.8),
            citations=[cite],
            resolved=reading,
        )

    def _decline(
        self, question: str, reading: str, query: Query, qtype: QuestionType | None, ranked: list[Candidate]
    ) -> Answer:
        about = [
            c for c in ranked if set(query.entities) <= c.terms.entities and not c.terms.record.not_in_story
        ]
        about.sort(key=lambda c: not self._eligible(c, query, qtype))  # same kind of question first
        close = [c for c in about if c.coverage > 0.3] or (about if query.entities else [])
        near = [c.terms.record.question for c in close[:3]]
        if near:
            text = "The story doesn't say. It does cover related questions, such as: " + near[0]
        else:
            text = (
                "The story doesn't say: that isn't something this article covers. "
                "Ask about what it reports; asking for help lists examples."
            )
        best = ranked[0].score if ranked else 0.0
        return Answer(
            question=question,
            status="unknown",
            answer=text,
            confidence=_conf(best),
            suggestions=near,
            resolved=reading,
        )


def _subject(cand: Candidate) -> str | None:
    """The entity a record is mainly about: its first."""
    entities = cand.terms.record.entities
    return entities[0] if entities else None


def _says_otherwise(first: Candidate, other: Candidate) -> bool:
    """True when two records rest on different sentences and give different short answers."""
    a, b = first.terms.record, other.terms.record
    if {c.sentence for c in a.citations} & {c.sentence for c in b.citations}:
        return False
    return (a.short_answer or a.answer) != (b.short_answer or b.answer)


def _conf(score: float) -> float:
    return round(max(0.0, min(1.0, score)), 3)


def _sentence_fits(text: str, qtype: QuestionType | None) -> bool:
    """Only open questions may get a bare sentence: a who/when/how-many needs a curated short answer."""
    return qtype in ("what", "how", None)


@lru_cache(maxsize=4)
def load_engine(knowledge: str | None = None, seeds: str | None = None) -> Engine:
    """The engine over a knowledge base, built once per folder pair."""
    return Engine(load_knowledge(knowledge, seeds))


def answer(question: str, conversation: Conversation | None = None) -> Answer:
    """Answer with the default knowledge base; the notebook-friendly entry point."""
    return load_engine().answer(question, conversation)
