"""Ranking records for a query: which records may answer it (eligibility) and how well (scoring)."""

from __future__ import annotations

from dataclasses import dataclass, replace

from rapidfuzz import fuzz, process

from . import settings
from .answers import QuestionType, Turn
from .compiled import Record
from .index import Index, RecordTerms
from .patterns import Lazy
from .query import ENTITY_PREFIX, FIGURE_TERMS, QUESTION_WORDS, WH_KIND, Query
from .questions import COMPATIBLE, KIND_FITS, NUMERIC_KINDS, gives_exact_date
from .text import AUXILIARIES


@dataclass(slots=True)
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
    beside: float = 1.0
    """The same share leaving out the words saying when ("in 2013"): what is asked about that moment."""

    @property
    def record_id(self) -> str:
        return self.terms.record.id


PRESENT = frozenset({"now", "today", "currently", "nowadays", "presently"})
"""Words asking of the story's present ("and now?")."""
_PRESENT = PRESENT | {"current"}
"""Terms of the story's present, as the question's terms have them ("currently" is read as "current")."""


def score(index: Index, query: Query, shortlist: int = settings.SHORTLIST) -> list[Candidate]:
    """Records sharing a term (other than a bare number) with the query, best first.

    Set overlap comes from inverted postings, so the work follows the records that can match; only the best
    `settings.CANDIDATES` become candidates, and string similarity (the costly part) is for the shortlist.
    """
    weights = {t: index.weight(t) for t in query.tokens}
    untold = [t for t in weights if t not in index.idf and not t.startswith(ENTITY_PREFIX)]
    english = index.reader.speller.english.zipf if untold else {}  # (the list is read only when needed)
    for t in untold:
        w = weights[t]
        if not _ranks(t, english):
            # a word the story never uses weighs by how everyday it is in English: "together", "away" or "move"
            # qualify what is asked; a rarer one ("regulator") more likely names what the story lacks
            z = english.get(t, 0.0)
            share = (settings.EVERYDAY_TOP_ZIPF - z) / (settings.EVERYDAY_TOP_ZIPF - settings.EVERYDAY_ZIPF)
            weights[t] = w * min(1.0, max(settings.EVERYDAY_WEIGHT_FLOOR, share))
    for t in _kind_asked(index, query):
        weights[t] = 0.0  # "which entity runs Alipay?": a kind noun no record uses says what kind of answer
    if query.qtype in ("how_many", "how_much"):
        for t in FIGURE_TERMS.intersection(weights):
            weights[t] = (
                0.0  # "Mogujie's store figures?": asking a figure, the noun "figure" asks nothing more
            )
    if "change" in query.forms:
        for t in _SIDES.intersection(weights):
            weights[t] = (
                0.0  # "old vs new revenue model": the two sides of a change, not an age or a moment asked
            )
    total = sum(weights.values()) or 1.0
    coverage: dict[int, float] = {}
    named_here: dict[int, float] = {}
    worded: set[int] = set()
    shared: dict[int, float] = {}
    empty: tuple = ()
    vocab, phrases = index.vocab_postings, index.phrase_postings
    names = [t for t in weights if t.startswith(ENTITY_PREFIX)]
    one = names[0] if len(names) == 1 else ""
    """With exactly one name, its phrasing slots (the most of any term) are not visited: see below."""
    for token, w in weights.items():
        get = coverage.get
        for r, factor in vocab.get(token, empty):
            coverage[r] = get(r, 0.0) + w * factor
        if token.startswith(ENTITY_PREFIX):
            for r in index.entity_postings.get(token, empty):
                named_here[r] = named_here.get(r, 0.0) + w
        if not token.isdigit():
            worded |= index.vocab_records.get(token, frozenset())
        if token == one:
            continue
        get = shared.get
        for slot in phrases.get(token, empty):
            shared[slot] = get(slot, 0.0) + w
    # the best F1 of shared weight over any one phrasing: 2·shared / (question weight + phrasing weight)
    overlap: dict[int, float] = {}
    owner, weight, slot_terms = index.phrasing_record, index.phrasing_weight, index.phrasing_terms
    one_weight = weights.get(one, 0.0)
    for slot, sh in shared.items():
        if one and one in slot_terms[slot]:
            sh += one_weight
        r = owner[slot]
        f1 = 2 * sh / (total + weight[slot])
        if f1 > overlap.get(r, 0.0):
            overlap[r] = f1
    if one:
        # a phrasing sharing only the name scores best when it is lightest; one sharing more was scored above
        for r, light in index.lightest.get(one, {}).items():
            f1 = 2 * one_weight / (total + light)
            if f1 > overlap.get(r, 0.0):
                overlap[r] = f1
    # An unknown word in a short question usually names what the story lacks ("CEO", "IPO"); in a long,
    # wordy question it is more often a paraphrase ("apparently"), so its cost shrinks with length.
    penalty = settings.UNKNOWN_WORD_FACTOR ** (len(query.unknown) * 3 / max(3, len(query.tokens)))
    # names, and nouns that only say what kind of answer is wanted ("which company"), are not what is asked
    aside = {t for t in weights if t.startswith(ENTITY_PREFIX) or t in index.reader.kind_terms}
    named = sum(weights[t] for t in aside)
    asked = total - named
    # (rounded: sums of the same weights taken in another order differ in the last bits, and a tie must stay one)
    rough = {
        r: round((0.45 * coverage[r] / total + 0.35 * overlap.get(r, 0.0)) * penalty, 12) for r in worded
    }
    # ties go to the record curated first, so the order never depends on how a set happens to be laid out
    # (a stable sort by score of the records in curated order; both sorts run without a Python key function)
    best = sorted(sorted(rough), key=rough.__getitem__, reverse=True)[: settings.CANDIDATES]
    out = []
    kinds = [(t, weights[t]) for t in aside if not t.startswith(ENTITY_PREFIX)]
    # words saying when ("in 2013", "a year ago"): a record explaining only them and the names does not
    # answer what is asked about that moment ("Mogujie's revenue in 2013")
    spans = [(v.start, v.end) for v in query.values if v.kind in ("year", "duration")]
    moments = {
        t: weights[t]
        for t, (s, e) in zip(query.tokens, query.spans, strict=True)
        if t not in aside and any(a <= s and e <= b for a, b in spans)
    }
    beyond = asked - sum(moments.values())
    records_of = index.vocab_records
    present = [(t, w) for t, w in weights.items() if t in _PRESENT]
    for r in best:
        explained_kinds = sum(w for t, w in kinds if r in records_of.get(t, ())) if kinds else 0.0
        # ("now" asks nothing of a record that never says it: with no moment of its own, a record tells the
        # story's present, and one of another moment is set aside when the answer is decided)
        unsaid_now = sum(w for t, w in present if r not in records_of.get(t, ()))
        here = asked - unsaid_now
        explained = coverage[r] - named_here.get(r, 0.0) - explained_kinds
        predicate = explained / here if here > 1e-9 else 1.0
        beside = 1.0
        if moments and beyond > 1e-9:
            when = sum(w for t, w in moments.items() if r in records_of.get(t, ()))
            beside = (explained - when) / beyond
        out.append(
            Candidate(
                index.records[r], rough[r], coverage[r] / total, overlap.get(r, 0.0), 0.0, predicate, beside
            )
        )
    joined = " ".join(query.tokens)
    for c in out[:shortlist]:
        found = process.extractOne(joined, c.terms.phrasing_strings, scorer=fuzz.token_sort_ratio)
        c.similarity = found[1] / 100 if found else 0.0
        c.score += 0.20 * c.similarity * penalty
    out[:shortlist] = sorted(out[:shortlist], key=lambda c: round(c.score, 12), reverse=True)
    return out


_RANKING_WORDS = frozenset({"first", "last", "next", "best", "worst", "most", "least", "each", "either", "neither",
                            "every"})  # fmt: skip
"""Ordinals, irregular superlatives and distributive words: "its first full year", "sell best" pick one of many,
"how many did each have" asks of every one; the story may not tell that, however everyday the word."""


def _ranks(word: str, english: dict[str, float]) -> bool:
    """True for a word of `_RANKING_WORDS` or a superlative ("biggest", "largest": one whose comparative is a word
    too, unlike "interest"): it singles out, so it keeps its whole weight."""
    return word in _RANKING_WORDS or (len(word) > 5 and word.endswith("est") and word[:-3] + "er" in english)


_SIDES = frozenset({"old", "new", "older", "newer"})
"""Words naming the before and the after of a change asked ("old model versus new model"), not an age."""


def _kind_asked(index: Index, query: Query) -> list[str]:
    """Kind nouns right after "which" or "what" ("which entity", "what sort of entity") that no record uses."""
    words, kinds, used = query.words, index.reader.kind_terms, index.vocab_records
    return [
        t
        for t, (start, _) in zip(query.tokens, query.spans, strict=True)
        if t in kinds
        and t not in used
        and start
        and (
            words[start - 1] in WH_KIND
            or (
                start >= 3
                and words[start - 1] == "of"
                and words[start - 2] in _SORTS
                and words[start - 3] in WH_KIND
            )
        )
    ]


_PURPOSE = Lazy(
    r"\b(for what|what for|to what end|purpose|the point of|the aim of|the goal of|aim of|goal of)\b"
    r"|^why (do|does|did|would) [^?]{1,40}\b(want|need)\b"  # ("why does Alipay want the APIs?": what for)
)
"""A why-question asking for a purpose, which a record of what a party wants or aims at answers."""
AIM = Lazy(r"\b(wants?|wanted|aims?|aimed|plans?|planned|intends?|intended|hopes?|trying to|so that)\b")
_PAIR_ASKED = Lazy(
    r"\b(which|what) (two|2) (\w+ ){0,2}(sites|websites|companies|firms|services|apps|platforms|marketplaces"
    r"|businesses|startups|players|rivals|competitors|parties|names|brands)\b"
)
"""A question asking for two parties at once ("which two sites ...?"): an answer naming one does not fit."""
_KIND_OF = Lazy(
    r"\b(what|which) (kind|kinds|sort|sorts|type|types) of (?!(reasons?|problems?|explanations?|motives?|causes?"
    r"|issues?|troubles?|difficult\w*|logic|thinking|rationale|grounds)\b)"
)
_SORTS = frozenset({"sort", "kind", "type", "sorts", "kinds", "types"})


def eligible(index: Index, cand: Candidate, query: Query, qtype: QuestionType | None) -> bool:
    """Hard rules: the record is about every specific entity named, answers this type of question (a number
    for how-many, a day for which-date), and nothing the question names is contrasted away ("daily" users
    against a record of monthly ones)."""
    if cand.predicate < settings.PREDICATE_MIN or cand.beside < settings.BESIDE_MOMENT_MIN:
        return False  # (the cheapest rule, and the one setting most candidates aside, goes first)
    rec = cand.terms.record
    # the writer named beside another name ("Which site does the author compare Mogujie to?") tells, and is
    # not what the record must be about
    telling = (
        index.reader.authors
        if len(set(query.entities) - index.reader.authors) or "sourcing" in query.forms
        else frozenset()
    )  # (and so does the writer in a question of sources: "which source does the author rely on for ...?")
    owners = index.reader.owners
    offered = options_offered(query)
    if offered and not any(e in cand.terms.entities for e in offered):
        return False  # "Which of the two sites claims 85 million accounts?": about one of them, at least
    for ent in query.entities:
        if ent in offered:
            continue
        if any(ent in owners.get(other, ()) for other in query.entities):
            continue  # "Alipay ... its wallet app": the thing named is asked about, its owner only says whose
        place = index.reader.kinds[ent] == "place"
        if (
            qtype in ("how_many", "how_much")
            and place
            and ent not in cand.terms.entities
            and ent != index.reader.setting
        ):
            return False  # "how many Mogujie users are in Beijing?": the story's figures are for all of China
        if ent not in cand.terms.entities and not place and ent not in telling:
            wholes = index.reader.parts.get(ent, ())
            if not any(whole in cand.terms.entities for whole in wholes):
                return False  # "Alibaba's finance arm" is satisfied by a record about Alibaba

    if qtype in ("how_many", "how_much") and rec.short_kind and rec.short_kind not in NUMERIC_KINDS:
        return False
    if qtype == "when" and query.exact_date and not gives_exact_date(rec.short_answer):
        return False
    if index.contrasted(query, cand.terms):
        return False
    if query.negated and query.negated & (
        cand.terms.phrasings[0] | (cand.terms.value.unit if cand.terms.value else frozenset())
    ):
        return False  # "all payments, not just mobile": a record about mobile payments is set aside
    value = cand.terms.value
    if (
        value is not None
        and value.entity
        and query.entities
        and rec.entities
        and rec.entities[0] not in query.entities
    ):
        answer_names = {value.entity, *index.reader.parts.get(value.entity, ())}
        if set(query.entities) <= answer_names and query.doer != value.entity:
            return False  # "Who runs Alibaba?" is not answered by "Alibaba's finance arm runs Alipay"
    if (
        qtype == "who"
        and value is not None
        and value.entity in query.entities[1:]
        and not index.reader.parts.get(value.entity)  # ("operated by ___'s finance arm" asks its whole)
        and " or " not in query.joined
        and rec.asks == "who"
    ):
        return False  # "who did Mogujie go to after Alipay dumped it?": Alipay, named already, is not who is asked
    if qtype == "who" and value is not None and rec.asks == "who" and value.entity == query.acted_on:
        return (
            False  # "who told Alipay to start supporting Mogujie again?": Alipay, acted on, is not who acted
        )
    if len(query.entities) < 2 and len(cand.terms.told) < 2 and _PAIR_ASKED.search(query.text.lower()):
        return False  # "Which two sites does the article name?" wants two names, not one
    if qtype == "what" and rec.asks == "why" and _KIND_OF.search(query.joined):
        return False  # "... to what kind of sites?" asks for a kind of thing, never a reason
    if qtype is None or rec.asks in COMPATIBLE[qtype]:
        return True
    if (
        qtype in _SPECIFIC
        and cand.predicate >= settings.EVERY_WORD
        and QUESTION_WORDS.isdisjoint(query.words)
        and not AUXILIARIES.intersection(query.words[:1])
        and len(query.words) <= settings.KEYWORD_QUERY_WORDS
        and all(v.kind == "entity" for v in query.values)  # (a figure stated makes it a statement to check)
        and any(ch.isdigit() for ch in rec.answer)
    ):
        # a keyword query's type is a guess from a noun ("mogujie founding year business model"): a record
        # explaining every word and giving a figure answers it, whatever type it was curated as
        return True
    if qtype == "why" and rec.asks == "what" and answers_purpose(query, rec):
        return True
    if (
        qtype == "where"
        and rec.asks in ("how", "what")
        and "from" in query.words
        and _FROM.search(rec.answer)
    ):
        return True  # "where does Mogujie's money come from now?": whom it is charged from is where it comes from
    if (
        qtype == "why"
        and rec.asks == "what"
        and cand.predicate >= settings.EVERY_WORD
        and AIM.search(rec.answer)
        and not AIM.search(query.joined)
    ):
        return True  # "why did Alipay release the APIs?": what it released them wanting to do is why
    if (
        qtype == "who"
        and rec.asks == "where"
        and rec.short_kind == "program"
        and "program" not in query.words
        and set(query.entities) <= set(rec.entities[:1])
    ):
        # where money came from names who gave it: "who paid the referral commissions?" (Alimama), unless the
        # question is about the program or its owner ("who pays for this program?", "who pays Alibaba?")
        return True
    if qtype == "who" and _names_in_role(index, cand.terms, query):
        return True
    if qtype == "who" and _sole_doer(cand, query):
        return True
    if (
        qtype == "who"
        and "comparison" in query.forms
        and "comparison" in cand.terms.forms
        and not query.entities
    ):
        return True  # "who had more stores?": the comparison names the party with more
    return bool(rec.short_kind and rec.short_kind in KIND_FITS.get(qtype, set()))


def options_offered(query: Query) -> frozenset[str]:
    """The names a which-question offers to choose from ("which of Mogujie and Meilishuo ...", "which one of
    the two sites ...", read as the two names): the answer is about one of them, not both."""
    words = query.words
    if "which" not in words[:3]:
        return frozenset()
    at = words.index("which")
    pos = at + 1 + (words[at + 1 : at + 2] == ["one"])
    if words[pos : pos + 1] != ["of"]:
        return frozenset()
    starts = {
        s: (t[len(ENTITY_PREFIX) :], e)
        for t, (s, e) in zip(query.tokens, query.spans, strict=True)
        if t.startswith(ENTITY_PREFIX)
    }
    pos += 1 + (words[pos + 1 : pos + 2] == ["the"])
    found: list[str] = []
    while pos in starts:
        name, pos = starts[pos]
        found.append(name)
        if words[pos : pos + 1] not in (["and"], ["or"]):
            break
        pos += 1
    return frozenset(found) if len(found) >= 2 else frozenset()


_FROM = Lazy(r"\b(?:charge|charges|charged|charging|collect|collects|collected|collecting)\b[^.;:]*\bfrom \w")
"""Whom an answer says money is charged from ("charge commissions directly from retailers"): where it comes from."""


def _names_in_role(index: Index, terms: RecordTerms, query: Query) -> bool:
    """ "Whom were they trying to get around?": a record of another type answers it when its answer names a
    party the question does not right after the question's own closing words ("get around Alibaba")."""
    tail = " ".join(query.words[-2:])
    if len(query.words) < 4 or tail not in terms.record.answer.lower():
        return False
    said = terms.record.answer.lower()
    for name in terms.told:
        if name in query.entities:
            continue
        entity = index.kb.entities[name]
        if any(f"{tail} {alias.lower()}" in said for alias in (entity.name, *entity.aliases)):
            return True
    return False


def _sole_doer(cand: Candidate, query: Query) -> bool:
    """ "Who released the APIs?": a record of another type answers a who-question naming no one when every word
    the question asks stands beside one party of the record only (Alipay, which "has released a series of
    APIs")."""
    if query.entities or cand.predicate < settings.EVERY_WORD or cand.terms.record.asks != "what":
        return False  # (a record saying when or why something was done tells that, not who did it)
    asked = {t for t in query.tokens if not t.startswith(ENTITY_PREFIX)}
    if len(asked) < 2:
        return False  # ("who are the e-tailers?" asks who someone is: no act done)
    doing = [name for name, near in cand.terms.roles.items() if asked <= near]
    return len(doing) == 1


def answers_purpose(query: Query, rec: Record) -> bool:
    """ "For what purpose ...?", "the purpose of the open strategy": answered by what a party wants ("with which it wants
    to power ..."), though the record never says "purpose"."""
    return bool(_PURPOSE.search(query.joined) and AIM.search(rec.answer))


def on_subject(cand: Candidate, query: Query) -> Candidate:
    """A record mainly about something the question does not name fits it less well ("Who runs Alibaba?"
    against a record about Alipay that mentions Alibaba)."""
    entities = cand.terms.record.entities
    if (
        not entities
        or entities[0] in query.entities
        or (query.entities[:1] and query.entities[0] in cand.terms.subjects)
    ):
        return (
            cand  # (of "Mogujie and Meilishuo launched ...", Meilishuo is as much the subject; asked first)
        )
    return replace(cand, score=cand.score * settings.OFF_SUBJECT_FACTOR)


def in_context(
    index: Index, cand: Candidate, last: Turn, then: bool = False, moved: bool = False
) -> Candidate:
    """A follow-up naming nothing itself leans towards what the conversation was just about; one asking about
    "back then" towards what the last answer's own sentence tells of that moment, and one asking of another
    moment (`moved`) only towards the names, not the last answer's own records."""
    rec = cand.terms.record
    bonus = settings.CONTEXT_BONUS * bool(set(last.entities) & cand.terms.entities)
    previous = index.by_id.get(last.record or "") if not moved else None
    if previous and previous.record.id != rec.id:
        related = rec.id in previous.record.related or previous.record.id in rec.related
        same_paragraph = {c.paragraph for c in previous.record.citations} & {
            c.paragraph for c in rec.citations
        }
        bonus += settings.CONTEXT_BONUS * (related + bool(same_paragraph))
        if then and {c.sentence for c in previous.record.citations} & {c.sentence for c in rec.citations}:
            bonus += settings.CONTEXT_BONUS
    return replace(cand, score=cand.score + bonus) if bonus else cand


_SPECIFIC = frozenset({"when", "how_many", "how_much"})


def _stretched(cand: Candidate, query: Query) -> bool:
    """A plain what-question answered by a date or a figure ("What did it start out as?" by "What year did it
    start?", whose "year" is a stopword) fits less well than by a record of its own type; so does a statement
    about a reason checked by a record of anything but why."""
    asks = cand.terms.record.asks
    if query.qtype == "yesno" and asks != "why" and not _REASON_WORDS.isdisjoint(query.words):
        return True  # "the article explains why Alipay came back: true?" is settled by the record of why
    if asks == "who" and "comparison" in query.forms and "comparison" not in cand.terms.forms:
        return True  # "Which site had more stores?" is settled by the comparison, not by who reported them
    return query.qtype == "what" and asks in _SPECIFIC


_REASON_WORDS = frozenset({"why", "reason", "reasons"})
"""Words that make a statement put to the check one about a reason ("... explains why ...")."""


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
    speaker = query.speaker
    if speaker and speaker not in index.reader.authors:  # all the article is in its writer's words
        # "What does Mogujie say about Alipay coming back?": only what that party itself says answers it
        chosen = [c for c in chosen if said_by(c.terms, speaker)]
    if "change" in query.forms and chosen:
        # "from referral commissions to what?": a record telling the before and the after goes before one telling a
        # side, when it explains as much of the question
        best = max(c.score for c in chosen)
        most = max(c.coverage for c in chosen) - settings.CHANGE_COVERAGE_SLACK
        chosen = [
            replace(c, score=best + settings.CHANGE_BONUS)
            if "change" in c.terms.forms and c.coverage >= most
            else c
            for c in chosen
        ]
    chosen.sort(key=lambda c: c.score, reverse=True)
    if query.entities:
        chosen = sorted((on_subject(c, query) for c in chosen), key=lambda c: c.score, reverse=True)
    if chosen and chosen[0].predicate < settings.EVERY_WORD:
        whole = next(
            (
                c
                for c in chosen[1:4]
                if c.predicate >= settings.EVERY_WORD
                and c.score >= chosen[0].score - settings.WHOLE_FIT_MARGIN
                and c.coverage >= chosen[0].coverage
            ),
            None,
        )
        if whole is not None:  # a record explaining every word goes before a closer one leaving a word out
            chosen = [replace(whole, score=chosen[0].score), *(c for c in chosen if c is not whole)]
    if last and len(last.sentences) > 1 and _ONE_OF_THOSE.match(query.joined):
        # "(What are the two rumours?) / Which one involves buying the company?": one of those just listed
        listed = set(last.sentences)
        chosen = [c for c in chosen if {x.sentence for x in c.terms.record.citations} <= listed] or chosen
    if last and chosen and not typed_names:
        then = "then" in query.forms
        moved = _moved_on(query, last)
        chosen = sorted(
            (in_context(index, c, last, then, moved) for c in chosen), key=lambda c: c.score, reverse=True
        )
        own = next((c for c in chosen if c.terms.record.id == last.record), None)
        if (
            own is not None
            and own is not chosen[0]
            and query.qtype == "yesno"
            and _POINTS_AT_LAST.match(query.joined)
            and all(t in own.terms.vocabulary or t in own.terms.context for t in query.tokens)
        ):
            # "(Alipay's share of the market?) / is that mobile?": "that" is the last answer, which says it
            chosen = [replace(own, score=chosen[0].score), *(c for c in chosen if c is not own)]
    return ranked, chosen


_POINTS_AT_LAST = Lazy(r"^((so|and|but|wait|ok|okay) )?(is|was|are|were) (that|this|it|those|these)\b")
"""A yes/no follow-up whose subject is the last answer itself ("is that mobile?")."""


_ONE_OF_THOSE = Lazy(r"^(which|what) (one|of (them|these|those|the two|the three))\b")
"""A follow-up choosing among what the last answer listed."""


def _moved_on(query: Query, last: Turn) -> bool:
    """True when a follow-up asks of another moment than the last question's ("(What was rumoured in 2012?) /
    And what is rumoured now?"): what the conversation was about then is no guide."""
    before = last.query
    if before is None:
        return False
    then = {v.number for v in before.values if v.kind == "year"}
    now = {v.number for v in query.values if v.kind == "year"}
    return bool(then) and (bool(now - then) or not PRESENT.isdisjoint(query.words))


_SPEECH = frozenset(
    {"announc", "claim", "say", "said", "stat", "declar", "confirm", "respond", "react", "comment"}
)
"""Stems of saying something: a record of what a party announced is that party's own word."""


def said_by(terms: RecordTerms, speaker: str) -> bool:
    """True when a record is a party's own word: attributed to it, or telling what it announced or said."""
    rec = terms.record
    if rec.says and rec.says.by == speaker:
        return True
    # the record is about the party ("Alipay announced ..."), and a word of saying stands beside its name
    return rec.entities[:1] == (speaker,) and not _SPEECH.isdisjoint(
        terms.roles.get(ENTITY_PREFIX + speaker, ())
    )
