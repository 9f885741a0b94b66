"""The decision: answer, ask back, or decline (and say honestly which kind of "no answer" it is).

Also the one place answers are assembled, so every path (curated answer, claim check, comparison, sourcing,
overview) carries citations and who-says-so the same way.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from . import settings
from .answers import Answer, AnswerKind, Attribution, Citation, Status, Turn
from .compiled import Record, TimelineEvent
from .followups import NOUN_KINDS, ONLY_ASKING_WHY, OTHER_INSIDE, SUBJECT_PRONOUNS
from .index import Index, RecordTerms, joint_names
from .paragraphs import cited
from .patterns import Lazy
from .query import ENTITY_PREFIX, MEASURE_WORDS, QUESTION_WORDS, Query
from .questions import (
    COMPATIBLE,
    RESPONDING,
    SHARE_WORDS,
    START_MOMENT,
    framed,
    is_choice,
    name_meaning_asked,
    put_as_true_false,
    quoted_words,
    scene_only,
    time_references,
)
from .ranking import PRESENT, Candidate, answers_purpose, eligible, said_by
from .text import AUXILIARIES, fold, stem, words


def confidence(score: float) -> float:
    return round(max(0.0, min(1.0, score)), 3)


def build(
    index: Index,
    question: str,
    reading: Query,
    *,
    text: str,
    sources: Sequence[Record | TimelineEvent],
    kind: AnswerKind,
    score: float,
    status: Status = "answered",
    suggestions: Sequence[str] = (),
    says: Attribution | None = None,
    record: str | None = None,
) -> Answer:
    """An answer citing the sentences of `sources`, attributed to `says` (else the single source's)."""
    citations: list[Citation] = []
    seen: set[str] = set()
    for src in sources:
        for c in src.citations:
            if c.sentence not in seen:
                seen.add(c.sentence)
                citations.append(c)
    if says is None and sources and status == "answered":
        voices = {str(s.says) for s in sources if s.says}
        says = sources[0].says if len(voices) == 1 else None
    if status != "answered" and kind != "sourcing":
        says = None
    name = index.kb.entities[says.by].name if says and says.by and says.by in index.kb.entities else ""
    first = sources[0] if sources else None
    return Answer(
        question=question,
        status=status,
        answer=_without_echo(text, reading) if kind == "check" else text,
        confidence=confidence(score),
        citations=citations,
        record=record if record is not None else (first.id if isinstance(first, Record) else None),
        suggestions=list(suggestions)[:3],
        resolved=reading.text,
        kind=kind,
        says=says,
        says_name=name,
        story=index.kb.id,
    )


_ECHOED_HEAD = Lazy(r"^(Yes|No): (?P<head>[A-Z][\w'.-]*(?: [\w'.-]+){0,2}): ")
"""A verdict followed by a record's short leading answer ("Yes: Pinterest: the article says ...")."""


def _without_echo(text: str, reading: Query) -> str:
    """ "Is Mogujie like Pinterest?" gets "Yes: the article says ...": a record's leading answer that the question
    already put says nothing after the verdict; one it did not put ("Reportedly", "Retailers") stays."""
    head = _ECHOED_HEAD.match(text)
    if head is None or not all(w in reading.words for w in head.group("head").lower().split()):
        return text
    return f"{head.group(1)}: {text[head.end() :]}"


def without_verdict(answer: str) -> str:
    """A record's answer without its own "Yes: " or "No: "."""
    return answer.split(": ", 1)[1] if answer.startswith(("Yes: ", "No: ")) else answer


def decide(
    index: Index,
    question: str,
    typed: Query,
    reading: Query,
    ranked: list[Candidate],
    chosen: list[Candidate],
    threshold: float,
    last: Turn | None,
) -> Answer:
    """The answer for a question that no special shape (check, comparison, sourcing, overview) took."""
    if reading.kinds_unknown and reading.kinds_unknown[0] in reading.unknown:
        # "Which regulator oversees Alipay's share?": no record answers with a kind of thing the story never names
        chosen = [c for c in chosen if reading.kinds_unknown[0] in words(c.terms.record.answer.lower())]
    main = (
        _main_clause_terms(reading)
        if reading.qtype in ("what", "how_much", "how_many", "where", "who", "which")
        else frozenset()
    )
    if main:
        # "What's Alipay gonna charge Mogujie now it's taking them back?": the clause after "now" only sets the
        # scene; a record telling the scene and none of what the main clause asks is no answer
        chosen = [c for c in chosen if not main.isdisjoint(c.terms.vocabulary)]
    if reading.qtype in ("how_many", "how_much"):
        # a figure counts one thing: "How many people work at Mogujie?" is not answered by its user counts
        # (words saying when are another matter: "today" is declined below with the figure's own moment)
        chosen = [
            c for c in chosen if c.predicate >= settings.FIGURE_PREDICATE_MIN or other_moment(reading, c)
        ]
        if "how many" in reading.joined and SHARE_WORDS.isdisjoint(reading.words):
            # "How many mobile payment users are there in China?" counts; a share of a market is no count
            chosen = [c for c in chosen if not (c.terms.value and c.terms.value.kind == "percent")]
        measured = _measured(reading)
        if measured and any(c.terms.value and measured in c.terms.value.unit for c in chosen):
            # "How much traffic went to the stores?": the figure measuring traffic, not the store count (a
            # record curated for questions about the measure keeps its place: "how many users" of both counts)
            chosen = [c for c in chosen if _measures(c.terms, measured) or _part_measured(index, reading, c)]
        elif measured and measured not in _MEASURE_WORDS:
            # "how much commission does Mogujie take, what percent?": a figure of something else (its traffic)
            # is no answer when no record speaks of what is measured
            chosen = [
                c
                for c in chosen
                if not (c.terms.value and c.terms.value.kind in ("count", "percent"))
                or measured in c.terms.vocabulary
            ]
        if _MONEY_ASKED.search(reading.joined):
            # "how much does the Alipay Wallet app cost?": a price is money, which no count or share gives
            chosen = [c for c in chosen if c.terms.record.short_kind == "money"]
        counted = _counted(reading)
        if counted:
            # "What percentage of Alipay's revenue ...?": a share of revenue, not of the payments market
            chosen = [c for c in chosen if not counted.isdisjoint(c.terms.vocabulary)]
    # (a party the reader named: "what does it involve?" after a strategy asks of the strategy)
    act = _own_act(reading) if typed.entities else None
    if act:
        # "what does Mogujie sell mostly?": a record where others sell (retailers, on Mogujie) does not say what
        # Mogujie itself sells
        doer, verb = act
        chosen = [
            c
            for c in chosen
            if verb not in c.terms.vocabulary or verb in c.terms.roles.get(ENTITY_PREFIX + doer, frozenset())
        ]
    acting = _ACT_AT_SCENE.match(reading.joined)
    subject = (
        next((v.entity for v in reading.values if v.kind == "entity" and v.start == 2), None)
        if acting
        else None
    )
    if subject:
        # "What was Mogujie doing when Alipay pulled its support?": a record where Mogujie does more than the
        # scene's words, not the scene itself told again
        others = [ENTITY_PREFIX + e for e in reading.entities if e != subject]
        own = [
            c
            for c in chosen
            if c.terms.roles.get(ENTITY_PREFIX + subject, frozenset())
            - set(reading.tokens)
            - {t for e in others for t in c.terms.roles.get(e, frozenset())}
        ]
        chosen = own + [c for c in chosen if c not in own]
    if STOPPING in reading.tokens and reading.qtype != "yesno":  # (a statement is shown what the record says)
        chosen = [c for c in chosen if not stopped_elsewhere(reading, c.terms)]
    meaning = _meaning_asked(index, question, reading, chosen)
    if meaning:
        return meaning
    quoted = quoted_words(question) if not reading.entities and not reading.values else []
    if quoted and not any(index.vocab_records.keys() & index.read(q).tokens for q in quoted):
        # "the difference between 'since' and 'for' in English": what is asked about is words the story never
        # uses as a term, so a record sharing the question's other words ("difference") is no answer
        return build(index, question, reading, sources=[], kind="decline", score=0.0, status="unknown",
                     text="The story doesn't say: that isn't something this article covers.")  # fmt: skip
    if reading.attribute:
        # "What is the title of the QQ Tech report?": only a record speaking of titles answers; one answering
        # the rest says what the story does give
        near = chosen[0] if chosen and chosen[0].score >= threshold else None
        spoken = [
            c
            for c in chosen
            if (reading.attribute in c.terms.vocabulary or answers_purpose(reading, c.terms.record))
            and not _a_rival_named(index, reading, c.terms)
        ]
        # ("What's the name of Alibaba's referral program that paid these sites?": a record answering with a
        # name gives the name, when none speaks of names)
        named = (
            near is not None
            and not (spoken and spoken[0].score >= threshold)
            and reading.words[reading.attribute_at or 0] in _NAME_WORDS
            and near.terms.value is not None
            and near.terms.value.kind == "entity"
            and not _a_rival_named(index, reading, near.terms)
        )
        chosen = chosen if named else spoken
        if (
            near
            and not named
            and not (chosen and chosen[0].score >= threshold)
            and not near.terms.record.not_in_story
        ):
            rec = near.terms.record
            word = reading.words[reading.attribute_at or 0]
            return build(index, question, reading, sources=[rec], kind="decline", score=near.score,
                         status="clarify", record=rec.id, suggestions=[rec.question],
                         text=f'I\'m not sure the story gives its "{word}". What it does say: {rec.answer}')  # fmt: skip
    top = chosen[0] if chosen else None
    inverse = value_asked_back(reading, ranked[:1], threshold) if top else None
    # (both measured before the conversation's lean: "(What's Alimama?) / who gets referral revenue from it")
    unleaned = next((c.score for c in ranked if top and c.terms is top.terms), top.score if top else 0.0)
    if top and inverse and inverse.score - unleaned >= settings.INVERSE_MARGIN:
        # "Who gets the referral revenues from Alimama?": the record giving Alimama as the source, far ahead of
        # the one saying whose Alimama is
        top = inverse
    # (a follow-up's reading borrows the last question's words about its party: "And Meilishuo?")
    other = another_party(index, reading, ranked, top) if reading.text == typed.text else None
    if other:
        rec, name = other.terms.record, index.kb.entities[reading.entities[0]].name
        theirs = _statement_of_another(index, reading, other)
        if theirs:
            # "Was the acquisition rumour about Meilishuo?": the story tells the rumour, of another party
            return build(index, question, reading, sources=[rec], kind="check", score=other.score,
                         text=f"No: the story says it of {theirs}. {rec.answer}", record=rec.id)  # fmt: skip
        return build(index, question, reading, sources=[rec], kind="decline", score=other.score, status="unknown",
                     text=f"The story doesn't say that of {name}. What it does say: {rec.answer}", record=rec.id)  # fmt: skip
    dated = _dated_only(index, reading, ranked, threshold) if not (top and top.score >= threshold) else None
    if dated:
        # "In which month did Alipay announce its open strategy?": understood, and the story gives no month
        rec = dated.terms.record
        return build(index, question, reading, sources=[rec], kind="decline", score=dated.score, status="unknown",
                     text=f"The story doesn't give the day or month. What it does say: {rec.answer}", record=rec.id)  # fmt: skip
    if (
        top
        and not reading.entities
        and reading.tokens
        and set(reading.tokens) <= ONLY_ASKING_WHY
        and not (last and last.record)
    ):
        # "Which could be the reason?" with nothing answered before: the reason for what is not said
        return build(index, question, reading, text="The reason for what? Please say what you are asking about.",
                     sources=[], kind="decline", score=top.score, status="clarify",
                     suggestions=[c.terms.record.question for c in chosen[:2]])  # fmt: skip
    if (
        top
        and last is None
        and not reading.entities
        and reading.tokens
        and set(reading.tokens) <= _MOMENT_TERMS
    ):
        # "what about now?" with nothing before it: a moment of what is not said
        return build(index, question, reading, text="What about it? Please say what you are asking about.",
                     sources=[], kind="decline", score=top.score, status="clarify",
                     suggestions=[c.terms.record.question for c in chosen[:2]])  # fmt: skip
    if (
        top
        and unanchored_pronoun(typed, reading, last)
        and not pair_meant(typed, chosen)
        and not _figure_pins(reading, chosen)
    ):
        return asked_back(index, question, reading, chosen, "Who or what do you mean?")
    if top and top.score >= threshold and _span_of_ending(index, reading, top.terms):
        # "How long had Alipay supported Mogujie before cutting it off?": the story's span is of the cut-off
        rec = top.terms.record
        return build(index, question, reading, sources=[rec], kind="decline", score=top.score, status="unknown",
                     text=f"The story doesn't say how long that went on. What it does say: {rec.answer}",
                     record=rec.id)  # fmt: skip
    restored = next((c for c in chosen[:3] if _restored_between(index, reading, c.terms)), None)
    if restored:
        # "so alipay and mogujie are friends again?": the story's own resumption, in the reader's words
        rec = restored.terms.record
        return build(index, question, reading, text=f"Yes: {rec.answer}", sources=[rec], kind="check",
                     score=restored.score, record=rec.id)  # fmt: skip
    if top and top.score >= threshold:
        rival = next(
            (c for c in chosen[1:] if not c.terms.record.not_in_story and _says_otherwise(top, c)), None
        )
        margin = settings.CLARIFY_MARGIN
        if rival and not reading.entities and _subject(top) != _subject(rival):
            margin = settings.CLARIFY_MARGIN_UNNAMED
        if (
            rival
            and rival.score >= threshold
            and top.score - rival.score < margin
            and not _distinguished(reading, top, rival)
            and not _follows_on(index, last, top, rival)
        ):
            guessed = {c.terms.record.id for c in (top, rival) if _guesses_asked(reading, c)}
            if len(guessed) == 1:
                # "What possible explanations does the writer offer ...?": the record of guesses, not of a fact
                top = top if top.terms.record.id in guessed else rival
            elif _explains_all(rival) and not _explains_all(top):
                top = rival  # the close second explains every word of the question; the first does not
            elif "summary" in reading.forms and any("summary" in c.terms.forms for c in chosen):
                # "is the story about Alipay supporting Mogujie again?": of two records telling the event, the
                # story's gist, which the question puts to the check
                top = next(c for c in chosen if "summary" in c.terms.forms)
            elif reading.qtype in ("how", "why") and (top.terms.record.asks == reading.qtype) != (
                rival.terms.record.asks == reading.qtype
            ):
                # "How did it generate revenue?": of a record saying how and one saying why, the one asked for
                top = top if top.terms.record.asks == reading.qtype else rival
            elif not PRESENT.isdisjoint(reading.words) and _of_now(top) != _of_now(rival):
                top = (
                    top if _of_now(top) else rival
                )  # ("how does Mogujie get paid now?": what the story says holds now)
            elif not _explains_all(top) or _explains_all(rival):
                return build(index, question, reading, text="Did you mean one of these? The story answers both.",
                             sources=[], kind="decline", score=top.score, status="clarify",
                             suggestions=[top.terms.record.question, rival.terms.record.question])  # fmt: skip
        rec = top.terms.record
        if rec.not_in_story and rec.asks == "yesno" and reading.qtype == "what":
            # "What is said about an acquisition of Mogujie?": not "did it happen" (it did not, as far as the
            # story goes) but what the story does say, when a record saying it is nearly as close
            said = next(
                (
                    c
                    for c in chosen[1:]
                    if not c.terms.record.not_in_story
                    and c.score >= threshold
                    and top.score - c.score <= settings.LACKING_YIELD
                ),
                None,
            )
            if said:
                top, rec = said, said.terms.record
        if (
            rec.not_in_story
            and rec.asks == "yesno"
            and "truefalse" in reading.forms
            and rec.citations
            and (
                _stated(reading.words)
                or (framed(" ".join(reading.words)) and QUESTION_WORDS.isdisjoint(reading.words))
            )
            and all(v.kind == "entity" for v in reading.values)
            and not reading.joined.endswith(" or not")  # ("Alibaba really buy Mogujie or not?" asks whether)
            and not _IN_THE_END.search(reading.joined)  # ("... ended up buying it?": whether it happened)
        ):
            # "Alibaba bought Mogujie, right?" or "Is it fair to say Alibaba bought it?" puts to the story as fact
            # what it does not state: a "No", with what it does say; asked as a question of what happened ("Did
            # Alibaba end up buying it?", "Does the article say how much ...?") or with a figure of its own
            # ("... for $1 billion?") the story simply doesn't say
            verdict = "No, false" if put_as_true_false(reading.words) else "No"
            return build(index, question, reading, text=f"{verdict}: {rec.answer}", sources=[rec], kind="check",
                         score=top.score, record=rec.id)  # fmt: skip
        if rec.not_in_story and reading.qtype == "yesno" and _figure_of_another(index, reading, rec):
            # "So Alipay as a whole has 190 million users, correct?" of "no user figure for Alipay as a whole; ...
            # Alipay Wallet ... has 190 million users": the figure stated is the story's, for another party
            return build(index, question, reading, text=f"Not exactly: {rec.answer}", sources=[rec], kind="check",
                         score=top.score, record=rec.id)  # fmt: skip
        if rec.not_in_story:
            return build(index, question, reading, text=rec.answer, sources=[rec], kind="decline", score=top.score,
                         status="unknown", record=rec.id)  # fmt: skip
        spoke = PARTY_CONFIRMED.match(reading.joined) if reading.qtype == "yesno" else None
        speaker = next((v.entity for v in reading.values if v.kind == "entity" and v.start == 1), None)
        if (
            spoke
            and speaker
            and not said_by(top.terms, speaker)
            and (rec.says is None or rec.says.by != speaker)
        ):
            # "Did Mogujie confirm it is in talks with Alibaba?": the story reports no word of Mogujie's on it
            name = index.kb.entities[speaker].name
            either = CONFIRM_OR_DENY.search(reading.joined)
            if either:
                # "Did Alibaba confirm or deny the rumour?": neither is told, which is no "No" to one of them
                return build(index, question, reading, sources=[rec], kind="decline", score=top.score, status="unknown",
                             text=f"The story doesn't say that {name} confirmed or denied anything about it. What it "
                                  f"does say: {rec.answer}", record=rec.id)  # fmt: skip
            if (
                rec.says
                and rec.says.kind == "rumour"
                and spoken_act(spoke) in OWNED_UP
                and rec.entities[:1] == (speaker,)
            ):
                # "Did Alibaba confirm charging the fee?": a rumour is what nobody confirmed, so that is a "No"
                return build(index, question, reading, sources=[rec], kind="check", score=top.score,
                             text=f"No: the story gives it only as a rumour, not as something {name} "
                                  f"{_PAST[spoken_act(spoke)]}. {rec.answer}", record=rec.id)  # fmt: skip
            return build(index, question, reading, sources=[rec], kind="decline", score=top.score, status="unknown",
                         text=f"The story doesn't say that {name} {_PAST[spoken_act(spoke)]} "
                              f"{REMARKED.get(spoken_act(spoke), 'anything about it')}. What it does say: "
                              f"{rec.answer}", record=rec.id)  # fmt: skip
        wrote = WHO_WROTE.match(reading.joined)
        if (
            wrote
            and set(top.terms.told) <= set(reading.entities)
            and not any(
                index.reader.kinds.get(e) == "person"
                for e in (*top.terms.told, *rec.entities)
                if e not in reading.entities
            )
        ):
            # "Who wrote the QQ Tech report?": a person asked, and the record names none but the outlet asked of
            return build(index, question, reading, sources=[rec], kind="decline", score=top.score, status="unknown",
                         text=f"The story doesn't say who wrote it. What it does say: {rec.answer}", record=rec.id)  # fmt: skip
        if _MOST_SOLD.search(reading.joined) and not _MOST_SOLD.search(rec.answer.lower()):
            # "What does Mogujie sell the most?": a ranking of what sells, which the record does not give
            return build(index, question, reading, sources=[rec], kind="decline", score=top.score, status="unknown",
                         text=f"The story doesn't say what sells most. What it does say: {rec.answer}", record=rec.id)  # fmt: skip
        if reading.qtype == "when" and STOPPING in reading.tokens and STOPPING not in top.terms.vocabulary:
            # "When did Alibaba stop charging the technical fee?": the record dates the act, not an end to it
            return build(index, question, reading, sources=[rec], kind="decline", score=top.score, status="unknown",
                         text=f"The story doesn't say that it stopped. What it does say: {rec.answer}", record=rec.id)  # fmt: skip
        if (
            reading.qtype in ("who", "what")
            and _PERSON_ASKED.search(question)
            and not _names_person(index, top)
        ):
            # "who's in charge of alipay, the boss", "the name of the bloke who runs alipay": a person asked for,
            # and the record names an organisation only
            return build(index, question, reading, sources=[rec], kind="decline", score=top.score, status="unknown",
                         text=f"The story doesn't name a person. What it does say: {rec.answer}", record=rec.id)  # fmt: skip
        if _party_not_named(index, reading, top):
            # "Which website does Tracey Xiang write for?": a party asked for, and the record names none but hers
            return build(index, question, reading, sources=[rec], kind="decline", score=top.score, status="unknown",
                         text=f"The story doesn't say. What it does say: {rec.answer}", record=rec.id)  # fmt: skip
        shared = _share_of_untold(index, reading, top)
        if shared:
            # "what commission % does Mogujie take?" of a share of traffic: a share of something the record never tells
            return build(index, question, reading, sources=[rec], kind="decline", score=top.score, status="unknown",
                         text=f'The story gives no share for "{shared}". What it does say: {rec.answer}', record=rec.id)  # fmt: skip
        owner = _unknown_owner(index, question, reading, top)
        if owner:
            # "what's Tencent's share of the phone payment market?": the share told is another party's
            return build(index, question, reading, sources=[rec], kind="decline", score=top.score, status="unknown",
                         text=f"The story doesn't say that of {owner}. What it does say: {rec.answer}", record=rec.id)  # fmt: skip
        if _names_not_given(index, question, reading, top):
            # "Which APIs has Alipay released, by name?": names asked for, and the record names none of that kind
            return build(index, question, reading, sources=[rec], kind="decline", score=top.score, status="unknown",
                         text=f"The story doesn't name them. What it does say: {rec.answer}", record=rec.id)  # fmt: skip
        untold = next((w for w in reading.unknown if _after_subject(reading, w)), None)
        if untold and reading.qtype == "when" and "how long" in reading.joined:
            # "How long did Alipay and Mogujie negotiate?": a span of an act the story never tells of
            return build(index, question, reading, sources=[rec], kind="decline", score=top.score, status="unknown",
                         text=f'The story doesn\'t say: it never mentions anything like "{untold}". What it does say: {rec.answer}',
                         record=rec.id)  # fmt: skip
        if _span_from_act(index, reading, rec):
            # "How long did it take Mogujie to build its marketplace?" of a span counted from the launch
            return build(index, question, reading, sources=[rec], kind="decline", score=top.score, status="unknown",
                         text=f"The story doesn't say how long that took. What it does say: {rec.answer}", record=rec.id)  # fmt: skip
        moment = other_moment(reading, top)
        if moment:
            return build(index, question, reading, sources=[rec], kind="decline", score=top.score, status="unknown",
                         text=f"The story doesn't say for {moment}. What it does say: {rec.answer}", record=rec.id)  # fmt: skip
        if _part_of_figure(reading, top):
            # "How many of Mogujie's 85 million accounts are on desktop?": a part of the figure the question itself
            # gives, when the record's answer is that figure again
            return build(index, question, reading, sources=[rec], kind="decline", score=top.score, status="unknown",
                         text=f"The story doesn't say how many of those. What it does say: {rec.answer}", record=rec.id)  # fmt: skip
        measure: str | None = _other_measure(index, reading, top)
        fitting = (
            next(
                (
                    c
                    for c in chosen[1:4]
                    if c.score >= threshold
                    and not c.terms.record.not_in_story
                    and not _other_measure(index, reading, c)
                    and not other_moment(reading, c)
                ),
                None,
            )
            if measure
            else None
        )
        if fitting:  # "... got what share of the total traffic?": the next record measures what is asked
            top, rec, measure = fitting, fitting.terms.record, None
        if measure:
            return build(index, question, reading, sources=[rec], kind="decline", score=top.score, status="unknown",
                         text=f"The story gives no {measure} figure for that. What it does say: {rec.answer}", record=rec.id)  # fmt: skip
        if (
            reading.qtype == "yesno"
            and rec.asks == "yesno"
            and (top.predicate < settings.YESNO_RECORD_PREDICATE or _unknown_act(index, reading, top.terms))
            and not reading.forms & {"sourcing", "truefalse"}
        ):
            # "Did Alibaba comment publicly on the rumoured takeover?": the record's yes or no is about the
            # takeover, not about what the question asks of it
            return build(index, question, reading, sources=[rec], kind="decline", score=top.score, status="unknown",
                         text=f"The story doesn't say that. What it does say: {rec.answer}", record=rec.id)  # fmt: skip
        if reading.qtype == "why" and rec.asks == "why" and _OVER_OTHERS.search(" ".join(words(question))):
            # "Why did Mogujie pick WeChat Payment over other providers?": why this one of the unnamed others, which
            # the story, naming no others, does not weigh
            return build(index, question, reading, sources=[rec], kind="decline", score=top.score, status="unknown",
                         text=f"The story doesn't say why that rather than another. What it does say: {rec.answer}",
                         record=rec.id)  # fmt: skip
        if (
            reading.qtype == "yesno"
            and rec.asks == "who"
            and _ANY_OTHER.search(reading.joined)
            and set(top.terms.told) - set(reading.entities)
        ):
            # "Did any other site start using it too?": someone else did, as the record of who did names
            return build(index, question, reading, text=f"Yes: {rec.answer}", sources=[rec], kind="check",
                         score=top.score, record=rec.id)  # fmt: skip
        if (
            reading.qtype == "yesno"
            and rec.asks == "why"
            and rec.short_answer == "unknown"
            and _STORY_GIVES_REASON.search(reading.joined)
        ):
            # "Does the article give Alipay's actual reason for ...?": it says nobody knows it
            return build(index, question, reading, text=f"No: {rec.answer}", sources=[rec], kind="check",
                         score=top.score, record=rec.id)  # fmt: skip
        if (
            reading.qtype != "yesno"
            and rec.asks == "why"
            and rec.short_answer == "unknown"
            and _PARTY_GAVE_REASON.search(reading.joined)
        ):
            # "What reason did Alipay give for ...?": the story reports no reason given by anyone
            return build(index, question, reading, sources=[rec], kind="decline", score=top.score, status="unknown",
                         text=f"The story doesn't report any reason given for it. What it does say: {rec.answer}",
                         record=rec.id)  # fmt: skip
        if reading.qtype == "yesno" and denied_by_its_stop(reading, top.terms):
            # "Has Alipay always supported Mogujie without interruption?" of "Alipay cut off support ...": the
            # story tells of a stop, so what is claimed to hold at all times did not
            return build(index, question, reading, text=f"{'No, false' if put_as_true_false(reading.words) else 'No'}: "
                         f"{rec.answer}", sources=[rec], kind="check", score=top.score, record=rec.id)  # fmt: skip
        if reading.qtype == "yesno" and more_than_allowed(reading.text, rec.answer):
            verdict = _restriction_verdict(question, reading, denied=False)
            return build(index, question, reading, text=f"{verdict}: {rec.answer}", sources=[rec], kind="check",
                         score=top.score, record=rec.id)  # fmt: skip
        if (
            reading.qtype == "yesno"
            and rec.asks == "when"
            and not reading.negated
            and rec.short_answer
            and f" {fold(rec.short_answer)} " in f" {reading.joined} "
        ):
            # "Was the resumption announced yesterday?": the statement gives the record's own moment
            return build(index, question, reading, text=f"Yes: {rec.answer}", sources=[rec], kind="check",
                         score=top.score, record=rec.id)  # fmt: skip
        if (
            reading.qtype == "yesno"
            and "summary" in reading.forms
            and "summary" in top.terms.forms
            and top.coverage >= settings.EXPLAINS_ALL
            and not reading.negated
        ):
            # "is the story about Alipay supporting Mogujie again?": the gist holds every word of the statement
            return build(index, question, reading, text=f"Yes: {rec.answer}", sources=[rec], kind="check",
                         score=top.score, record=rec.id)  # fmt: skip
        if _one_of_two(index, reading, rec):
            # "Was Mogujie the only site to launch its own marketplace?" of "Mogujie and Meilishuo launched ...": no
            return build(index, question, reading, text=f"{'No, false' if put_as_true_false(reading.words) else 'No'}: "
                         f"{rec.answer}", sources=[rec], kind="check", score=top.score, record=rec.id)  # fmt: skip
        if _unsettled_check(reading, rec):
            swapped = _name_swapped(index, reading, chosen[:3]) if len(reading.unknown) == 1 else None
            if (
                swapped
            ):  # "True or false: the author is a Shanghai-based writer": "No: the story names Beijing"
                return _swapped_answer(index, question, reading, *swapped, score=top.score)
            return build(index, question, reading, sources=[rec], kind="decline", score=top.score, status="clarify",
                         text=f"I can't tell whether the story says exactly that. What it does say: {rec.answer}",
                         record=rec.id, suggestions=[rec.question])  # fmt: skip
        text = rec.answer
        if (
            rec.asks == "yesno"
            and (reading.qtype not in ("yesno", None) or is_choice(reading.joined))
            and text.startswith(("Yes: ", "No: "))
        ):
            # "What is the link between Alipay and Alibaba?" of "Yes: Alipay is operated by ...": no yes asked;
            # nor in "was the referral money big or small?", which asks which
            plain = without_verdict(text)
            text = plain[:1].upper() + plain[1:]
        if reading.qtype == "yesno" and rec.says is not None and _voice_asked(reading) == rec.says.kind:
            text = f"Yes, the story passes one on. {text}"  # "Is there a rumour that ...?"
        elif (
            reading.qtype == "yesno"
            and rec.says is not None
            and rec.says.kind == "rumour"
            and not text.startswith(("Yes", "No", "Reportedly", "Possibly", "It is as yet"))
        ):
            # "Is it true Alibaba charged the sites a fee?"; put as hearsay ("did it supposedly ...?"), it holds
            hearsay = _PUT_AS_HEARSAY.search(question)
            text = f"{'Yes, as a rumour' if hearsay else 'Not confirmed, only rumoured'}: {text}"
        value = top.terms.value
        if (_AMOUNT_ASKED.search(reading.joined) or _MONEY_ASKED.search(reading.joined)) and not (
            value and value.kind in ("count", "percent")
        ):
            # "How did Mogujie's revenue change after ...?": an amount asked, which the story never gives (a year
            # in the answer is no amount)
            return build(index, question, reading, sources=[rec], kind="decline", score=top.score, status="unknown",
                         text=f"The story gives no figures for that. What it does say: {text}", record=rec.id)  # fmt: skip
        if (
            value
            and value.kind == "percent"
            and {"percent", "percentage"}
            & set(words(question))  # (or after it: "... ? Give it as a percentage.")
            and value.text not in text
        ):
            # "What percentage ...?" of "one quarter": the figure asked for
            text = f"{text.rstrip('.')} (that is {value.text})."
        return build(index, question, reading, text=text, sources=[rec], kind="answer", score=top.score,
                     suggestions=[index.by_id[r].record.question for r in rec.related if r in index.by_id])  # fmt: skip
    inverse = value_asked_back(reading, ranked[:3], threshold)
    if inverse is not None:
        rec = inverse.terms.record
        return build(
            index, question, reading, text=rec.answer, sources=[rec], kind="answer", score=inverse.score
        )
    # (nor for "what does X <verb>?", whose records were weighed for X's own act: a sentence where others do it
    # says no more)
    sentence = None if _party_speaking(index, reading) or act else sentence_answer(index, question, reading)
    if sentence:
        return sentence
    # (a follow-up with words of its own, "who did it charge?", asks a whole question once its pronoun is read)
    bare = not any(not t.startswith(ENTITY_PREFIX) for t in typed.tokens)
    return decline(index, question, reading, ranked, follow_up=reading.text != typed.text and bare)


_PUT_AS_HEARSAY = Lazy(
    r"\b(supposedly|reportedly|allegedly|rumou?red|rumou?r (says|has it)|said to)\b", re.IGNORECASE
)
"""A yes or no putting the statement as hearsay ("did Alibaba supposedly charge ...?"): as a rumour, it holds."""
_PASSIVE = Lazy(r"\b(gets?|got|getting|is|are|was|were|be|been|being) (\w+ )?(paid|\w+ed)\b")
"""A passive ("who gets paid ...", "who was cut off"): the one done to, not the doer, is asked."""


def value_asked_back(reading: Query, ranked: list[Candidate], threshold: float) -> Candidate | None:
    """ "Who pays for Alimama?" of "What do Taobao and Tmall e-tailers pay for? (Alimama)": a who-question
    naming only a record's answer and its act asks the record's other side, which its answer gives."""
    if reading.qtype != "who" or len(reading.entities) != 1 or _PASSIVE.search(reading.joined):
        return None  # ("Who gets paid through it?" asks the other way round)
    acts = [t for t in reading.tokens if not t.startswith(ENTITY_PREFIX)]
    for cand in ranked:
        value = cand.terms.value
        if (
            value is not None
            and value.entity == reading.entities[0]
            and cand.terms.record.asks != "who"  # (a doer answered: "who runs the finance arm?" is new)
            and acts
            and set(acts) <= cand.terms.roles.get(ENTITY_PREFIX + value.entity, frozenset())
            and cand.score >= threshold * settings.CHECK_SCORE_FACTOR
        ):
            return cand
    return None


_ACT_AT_SCENE = Lazy(
    r"^what (was|were|had|did) \w+ (\w+ )?(doing|done|do|up to)\b.*\b(when|at the time|by the time|as|while)\b"
)
"""What a party was doing at a moment another clause sets ("What had Mogujie done at the time Alipay cut it off?")."""
_AMOUNT_ASKED = Lazy(
    r"\bhow (much )?(did|does|has|have|had|would|will) (\w+ |\w+'s )?(revenue|revenues|income|earnings|profit|profits"
    r"|sales|turnover)(?! (?:model|models|stream|streams|source|sources|structure|base|mix)\b)( \w+)? (change|grow|rise"
    r"|fall|drop|increase|decrease|develop)"
    r"|^what (was|were|is|are) (\w+'s |\w+ )(total |annual |yearly |monthly |exact )?(revenue|revenues|income"
    r"|earnings|profit|profits|sales|turnover)(?! (?:model|models|stream|streams|source|sources|structure|base|mix)\b)"
    r"(?! from$)"
)
"""A question asking an amount of money, or how it changed: the story gives no such figures (a model is no
amount, nor is where the money came from)."""
_THERE_IS_VOICE = Lazy(
    r"^(is|was|are|were) there (a |any |some |)(rumou?r|claim|report)s?\b"
)  # (a learner drops "a")
"""A question whether the story passes on a voice at all ("Is there a rumour that ...?")."""


def _voice_asked(query: Query) -> str | None:
    """The kind of source whose existence a question asks about ("rumour" for "Is there a rumour that ...?")."""
    found = _THERE_IS_VOICE.match(query.joined)
    if not found:
        return None
    word = found.group(3)  # ("rumor" or "rumour")
    return "rumour" if word.startswith("rumo") else word


_LEADING = frozenset({"so", "and", "but", "ok", "okay", "well", "then", "come", "on"})


_ANY_OTHER = Lazy(
    r"\b(any ?(other|one|body)|some ?(one|body) else|any (site|company|companies|sites|firm|firms|one else))\b"
)
"""A yes/no asking whether someone (else) did a thing ("Did any other site use it too?")."""
PARTY_CONFIRMED = Lazy(
    r"^(did|does|has|have|had) \w+( \w+){0,2} (?:(?P<act>confirm|deny|admit|acknowledge|comment|respond|react|refute"
    r"|reject|dismiss|dispute|rebut)(ed|ted|d|s)?\b|(?:say|said|says) no to (?=(?:the|that|this|these|those|any) "
    r"(?:\w+ )?(?:rumou?rs?|reports?|claims?|news|speculation|allegations?|stor(?:y|ies))\b))"
)
"""A yes/no asking whether a party itself confirmed or denied something ("Did Mogujie confirm ...?"; saying no
to a rumour is denying it, while "Did Alipay say no to Mogujie?" is an act the story may tell)."""


def spoken_act(spoke: re.Match[str]) -> str:
    """The act a PARTY_CONFIRMED match asks about, with "say no to" read as denying."""
    return spoke["act"] or "deny"


_PAST = {"confirm": "confirmed", "deny": "denied", "admit": "admitted", "acknowledge": "acknowledged",
         "comment": "commented", "respond": "responded", "react": "reacted", "refute": "refuted",
         "reject": "rejected", "dismiss": "dismissed", "dispute": "disputed", "rebut": "rebutted"}  # fmt: skip
REMARKED = {"comment": "on it", "respond": "to it", "react": "to it"}
"""Acts of remarking on a thing, a party's word the story reports or not (what each is said of)."""
OWNED_UP = frozenset({"confirm", "admit", "acknowledge"})
"""Acts of owning up to a thing, which a rumour by its nature lacks."""
WHO_WROTE = Lazy(r"^who (wrote|authored|penned) (the|that|this|\w+) (\w+ ){0,3}(report|study)\b")
"""A question asking which person wrote a report the story cites."""
_MOST_SOLD = Lazy(
    r"\b(sell|sells|sold|buy|buys|bought|purchase|purchased)( \w+){0,2} (the )?most\b|\bmostly (buy|sell|bought|sold)\b"
    r"|\b(top|best)[- ]?sell(ing|er|ers)\b|\bmost (popular|sold|bought)\b"
)
"""A ranking of what sells or is bought most ("What does Mogujie sell the most?")."""
_IN_THE_END = Lazy(r"\b(end|ended|ends|ending) up\b|\bin the end\b|\beventually\b|\bfinally\b")
"""Words asking whether a thing happened in the end, which the story never follows up."""
_OVER_OTHERS = Lazy(
    r"\b(over|rather than|instead of|and not|not|versus|vs|above|before) (the |any |all |some |a |an )?(other|others|another"
    r"|alternatives?|competitors?|rivals?)\b"
)
"""A choice put against unnamed alternatives ("over other payment providers", "and not another one")."""


def _stated(words: list[str]) -> bool:
    """True when a check is put as a statement ("Alibaba bought Mogujie, right?"), not as a question ("So did
    Alibaba end up buying it or not?"): its first word past a leading "so" or "come on" is no auxiliary."""
    first = next((w for w in words if w not in _LEADING), "")
    return first not in AUXILIARIES and first not in QUESTION_WORDS


_NAME_WORDS = frozenset({"name", "names", "called"})
"""Attribute words a name answers: "the name of the program" is the program's name."""


_PHRASE_ENDS = frozenset({"does", "do", "did", "is", "are", "was", "were", "has", "have", "had", "go", "goes", "went",
                          "come", "comes", "came", "that", "which", "who", "in", "on", "from", "for", "to", "by"})  # fmt: skip


def _party_speaking(index: Index, query: Query) -> str | None:
    """The party whose own word is asked for, not the writer ("What does the reporter say ...?" is the article)."""
    speaker = query.speaker
    return speaker if speaker not in index.reader.authors else None


def _measured(query: Query) -> str:
    """The term right after "how much"/"how many" ("traffic" in "how much traffic went to the stores?"): what the
    figure asked for measures; empty when none follows."""
    words = query.words
    at = next(
        (k + 2 for k, w in enumerate(words[:-2]) if w == "how" and words[k + 1] in ("much", "many")), None
    )
    if at is None:
        return ""
    of = words[at] == "of"
    while at < len(words) - 1 and words[at] in ("of", "the"):
        at += 1  # "how much of the traffic": a learner's "of" before what is measured
    found = [(t, start) for t, (start, _) in zip(query.tokens, query.spans, strict=True) if start >= at]
    if of:
        # "how much of Mogujie's total traffic": whose, and how whole, before what is measured
        named = {k for t, (a, b) in zip(query.tokens, query.spans, strict=True) if t.startswith(ENTITY_PREFIX)
                 for k in range(a, b)}  # fmt: skip
        return next(
            (t for t, s in found if not t.startswith(ENTITY_PREFIX) and words[s] not in _WHOSE_WHOLE and s <= at + 4
             and all(k in named or words[k] in _WHOSE_WHOLE for k in range(at, s))),
            "",
        )  # fmt: skip
    return next((t for t, start in found if start == at), "")


_WHOSE_WHOLE = frozenset({"its", "their", "total", "overall", "whole", "entire", "all", "s"})


_MONEY_ASKED = Lazy(
    r"\bhow (expensive|pricey|costly)\b"
    r"|^(?!.*\b(how much of|percent|percentage|share|proportion|fraction|compared?|comparing|versus|vs|relative|than)\b)"
    r".*\bhow much\b.*\b(cost|costs|costed|price|priced|charge|charges|charged|pay"
    r"|pays|paid|spend|spends|spent|fee|fees)\b"
    r"|\b(size|amount|sum|price|cost|level) of (the |a |an |its |their |this |that )?(\w+ )?(fee|fees|charge|charges"
    r"|payment|payments)\b"
    r"|\b(fee|fees|charge|charges|payment|payments|commission|commissions) (amount|size|sum|price|cost|level|rate)s?\b"
    r"|\b(exact|precise|actual) (\w+ )?(fee|fees|charge|charges|price|prices|cost|costs|commission|commissions)\b"
    r"|^what (did|does|do|would) (\w+ ){1,3}(pay|charge|spend)( \w+){0,2} (in|as) (\w+ )?(fees?|charges?|commissions?)\b"
    r"|^(what|how much) (did|does|do|would|will|can) (\w+ ){1,3}(charge|take|pay|earn|make|get)( \w+){0,2} (per|on each"
    r"|for each|for every|on every|each) (transaction|sale|order|item|purchase|click|visit|visitor|referral|deal)\b"
)
"""A question asking a sum of money ("how much does the app cost?", "size of the fee", "the exact fee", "what did it
pay in fees"), not a share of it nor one
set against another (which the story answers in words: "a fraction of what e-tailers pay")."""
_MEASURE_WORDS = frozenset({"part", "shar", "portion", "proportion", "percent", "fraction", "amount", "number",
                            "lot", "bit", "figure", "more", "less", "bigger", "time", "year", "month", "day"})  # fmt: skip
"""Terms after "how much"/"how many" that say how it is measured, not what ("how much part", "how many times")."""


def _part_measured(index: Index, query: Query, cand: Candidate) -> bool:
    """ "How many of Mogujie's accounts are active every month?": a part of the whole named after "of", which a
    figure whose own words qualify it that way (its monthly active users) measures."""
    if "how many of" not in query.joined and "how much of" not in query.joined:
        return False
    qualifiers = {t for t in query.tokens if t in _measure_qualifiers(index)}
    return bool(qualifiers) and qualifiers <= cand.terms.vocabulary


def _measure_qualifiers(index: Index) -> frozenset[str]:
    """The words before a unit's noun ("monthly active" of users): the noun itself may be said loosely."""
    return index.derived(
        "measure-qualifiers",
        lambda: frozenset(
            t
            for r in index.records
            if r.record.unit and r.value and r.value.kind in ("count", "percent")
            for t in index.reader.read(r.record.unit, correct=False).tokens[:-1]
        ),
    )


def _measures(terms: RecordTerms, measured: str) -> bool:
    """True when a record's figure measures the term, or its own questions ask about it."""
    return bool(terms.value and measured in terms.value.unit) or any(measured in p for p in terms.phrasings)


def _counted(query: Query) -> set[str]:
    """The terms of what a share is of ("revenue" in "what percentage of Alipay's revenue comes ..."), names
    left out; empty when the question asks no share."""
    words = query.words
    at = next((k + 2 for k, w in enumerate(words[:-1]) if w in SHARE_WORDS and words[k + 1] == "of"), None)
    if at is None:
        return set()
    end = next((k for k in range(at, len(words)) if words[k] in _PHRASE_ENDS), len(words))
    return {
        term
        for term, (start, _) in zip(query.tokens, query.spans, strict=True)
        if at <= start < end and not term.startswith(ENTITY_PREFIX)
    }


STOPPING = "stop"
"""The canonical term of every verb of ending ("cut off", "drop", "stop supporting"; see the language file)."""


def _acts_in(index: Index, query: Query, rec: Record) -> bool:
    """True when a name the question leaves out does, in the record, what the question asks who did ("who
    charged the sites a fee?" of a record saying when Alibaba was rumoured to have charged them)."""
    terms = index.by_id.get(rec.id)
    if terms is None or query.entities:
        return False  # ("who runs Alibaba?": a named party's own role in the record is not told apart)
    left = [ENTITY_PREFIX + e for e in rec.entities if e not in query.entities]
    return any(t in terms.roles.get(e, frozenset()) for e in left for t in query.tokens)


_RELATION_WORDS = frozenset({"rival", "rivals", "competitor", "competitors", "other", "another", "besides"})
"""Words asking for another party than the one named: its name is then the answer."""


def _a_rival_named(index: Index, query: Query, terms: RecordTerms) -> bool:
    """True when the name a record gives is another party of the kind the question names ("Meilishuo" for "the
    name of Mogujie's marketplace"): a rival, not the name of the thing asked about."""
    given = terms.value.entity if terms.value else None
    if given is None or not _RELATION_WORDS.isdisjoint(query.words):
        return False  # ("the name of <a party>'s rival?" asks for the rival)
    kinds = index.reader.kinds
    return any(e != given and kinds.get(e) == kinds.get(given) for e in query.entities)


def stopped_acts(index: Index, terms: RecordTerms) -> frozenset[str]:
    """The acts a record's answer says were stopped ("support" in "after Alipay stopped supporting Mogujie")."""

    def read() -> frozenset[str]:
        said = index.reader.read(terms.record.answer, correct=False).tokens
        return frozenset(said[i + 1] for i, t in enumerate(said[:-1]) if t == STOPPING)

    return index.derived(("stopped", terms.record.id), read)


_BEFORE_WORDS = frozenset({"before", "until", "till", "prior"})
"""Words after which a how-long question names the moment that ended the span."""
_LACKING = frozenset({"without", "no", "not", "lacking", "lost", "losing", "lose", "off"})
"""Words saying an act was not going on: a span of them is the ending's own."""


def _span_of_ending(index: Index, query: Query, terms: RecordTerms) -> bool:
    """True when a how-long question asks how long an act went on before it ended, and the record's span is the
    ending's own (how long the act was stopped)."""
    if (
        query.qtype != "when"
        or "long" not in query.words
        or not terms.value
        or terms.value.kind != "duration"
    ):
        return False
    cut = next((i for i, w in enumerate(query.words) if w in _BEFORE_WORDS), None)
    if cut is None:
        return False
    main = [t for t, (s, _) in zip(query.tokens, query.spans, strict=True) if s < cut]
    if STOPPING in main or _LACKING.intersection(query.words[:cut]) or query.negated:
        return False  # "how long was Mogujie without Alipay support before ...?" asks the ending's span
    return bool(stopped_acts(index, terms).intersection(main))


def stopped_elsewhere(query: Query, terms: RecordTerms) -> bool:
    """True when the question has a name stopped ("cut off Meilishuo") and the record ties its stopping to
    other names only ("after Alipay stopped supporting Mogujie, both adopted ..."): it does not say that."""
    toks, spans = query.tokens, query.spans
    for i, t in enumerate(toks):
        if t != STOPPING:
            continue
        # "cut off X", "stop supporting X", not "drop them; X"
        k = i + 1 + (toks[i + 1 : i + 2] in (["support"], ["use"]))  # ("stop using X" stops X too)
        adjacent = k < len(toks) and spans[k][0] == spans[k - 1][1]
        named = toks[k] if adjacent and toks[k].startswith(ENTITY_PREFIX) else None
        if (
            named
            and STOPPING not in terms.roles.get(named, frozenset())
            and any(STOPPING in tied for other, tied in terms.roles.items() if other != named)
        ):
            return True
    return False


def _dated_only(index: Index, reading: Query, ranked: list[Candidate], threshold: float) -> Candidate | None:
    """The record saying when a thing happened, for a question wanting its day or month, which the record (only
    a year or "earlier this year") was set aside for not giving."""
    if reading.qtype != "when" or not reading.exact_date:
        return None
    for c in ranked:
        rec = c.terms.record
        if c.score < threshold:
            break
        if rec.asks == "when" and not rec.not_in_story and eligible(index, c, reading, None):
            return c
    return None


def another_party(
    index: Index, query: Query, ranked: list[Candidate], top: Candidate | None
) -> Candidate | None:
    """ "When was Meilishuo founded?", "When did Meilishuo start?": the record whose question this is, word for
    word but the name, is about another party of the same kind (Mogujie's founding); the story does not say it
    of the one named, however well a record about it ("when it launched its marketplace") shares words."""
    if len(query.entities) != 1:
        return None
    ent = query.entities[0]
    kind = index.reader.categories[ent]
    own = top.terms.value if top is not None and ent in top.terms.entities else None
    for cand in ranked[: settings.ANOTHER_PARTY_REACH]:
        rec = cand.terms.record
        if (
            rec.not_in_story
            or ent in cand.terms.entities
            or cand.predicate < settings.EVERY_WORD
            or not rec.entities
            or index.reader.categories.get(rec.entities[0]) != kind
            or ent in index.reader.parts.get(rec.entities[0], ())
            or (query.qtype is not None and rec.asks not in COMPATIBLE[query.qtype])
        ):
            continue
        theirs = cand.terms.value
        if (
            own is not None
            and theirs is not None
            and own.unit
            and own.unit == theirs.unit
            and top is not None
            and top.terms.record.time == rec.time
        ):
            continue  # the same count at the same moment, of the party named: "Meilishuo's stores after five months"
        if top is None or cand.overlap >= top.overlap + settings.ANOTHER_PARTY_MARGIN:
            return cand
    return None


_STATEMENT_TERMS = frozenset({"rumor", "claim", "report"})
"""Terms naming a statement the story tells: what it is about is told with it."""


def statement_asked(reading: Query, rec: Record, name: str) -> bool:
    """True when a yes/no asks whether a rumour, claim or report is about a party named after it ("Was the
    acquisition rumour about Meilishuo?") and the record tells one: what it is about is then told, so another
    party is a "No", not an untold thing (a party named before it may be one speaking of it: "Did Alipay comment
    on the rumour?")."""
    if reading.qtype != "yesno" or rec.says is None or rec.says.kind not in ("rumour", "claim", "report"):
        return False
    told = [s for t, (s, _) in zip(reading.tokens, reading.spans, strict=True) if t in _STATEMENT_TERMS]
    at = next((v.start for v in reading.values if v.entity == name), None)
    return bool(told) and at is not None and told[0] < at and PARTY_CONFIRMED.match(reading.joined) is None


def _statement_of_another(index: Index, reading: Query, other: Candidate) -> str:
    """The party a yes/no asks a told rumour, claim or report to be about ("Was the acquisition rumour about
    Meilishuo?") when the record tells it of another of the same kind: that party's name, or ""."""
    rec = other.terms.record
    if not statement_asked(reading, rec, reading.entities[0]):
        return ""
    kinds = index.reader.kinds
    kind = kinds.get(reading.entities[0])
    same = [e for e in rec.entities if kind and kinds.get(e) == kind]
    return index.kb.entities[same[0]].name if len(same) == 1 else ""


def unanchored_pronoun(typed: Query, reading: Query, last: Turn | None) -> bool:
    """True when a first question leans on a pronoun ("Was it claimed by?", "is it early in the year?", "the
    other one had 1500?") that nothing before it, and no name in it, stands for: asked back, never guessed."""
    opening = " ".join(typed.words[: settings.PRONOUN_SUBJECT_WORDS])
    return (
        not reading.entities
        and last is None
        and (SUBJECT_PRONOUNS.search(opening) or OTHER_INSIDE.search(opening)) is not None
        and not _NAMED_LATER.search(typed.joined)
    )


_ACTED_ON_IT = Lazy(r"\b(?!(is|was|are|were|do|does|did|has|have|had|not)\b)[a-z]+ (it|them)\s*[?!.]*\s*$")
"""A question closing on a verb and a bare "it" or "them" ("did Mogujie pay it?"): the thing acted on."""


def asked_back(index: Index, question: str, reading: Query, chosen: list[Candidate], ask: str) -> Answer:
    """A question leaning on a pronoun nothing stands for, asked back with the closest questions it may mean."""
    return build(index, question, reading, text=f"{ask} Please name it in your question.", sources=[],
                 kind="decline", score=chosen[0].score if chosen else 0.0, status="clarify",
                 suggestions=[c.terms.record.question for c in chosen[:2]])  # fmt: skip


def object_unnamed(typed: Query, last: Turn | None) -> str:
    """The pronoun a first yes/no question puts an act to when it names the thing only so ("so did Mogujie
    actually pay it?"): with nothing before it, what was paid is not said, so no record can say yes to it."""
    found = _ACTED_ON_IT.search(typed.joined) if last is None and typed.qtype == "yesno" else None
    content = [t for t in typed.tokens if not t.startswith(ENTITY_PREFIX)]
    if found is None or len(content) > 1 or typed.values[len(typed.entities) :]:
        return ""
    return found.group(2)


def _figure_pins(reading: Query, chosen: list[Candidate]) -> bool:
    """ "was it 3 months after the marketplace went live that it hit 2000 stores?": with nothing before it, "it"
    is whatever the one close record giving the figure the question states is about."""
    stated = {v.number for v in reading.values if v.kind in ("count", "percent") and v.number}
    if not stated or not chosen:
        return False
    giving = {c.terms.record.id for c in chosen[:5] if c.terms.value and c.terms.value.number in stated}
    return len(giving) == 1


def pair_meant(typed: Query, chosen: list[Candidate]) -> bool:
    """ "how do they make money after the marketplace thing": with nothing before it, "they" stands for the
    parties of the one record of several parties that the question's own words pick out far ahead of the rest."""
    opening = set(typed.words[: settings.PRONOUN_SUBJECT_WORDS])
    if (
        not chosen
        or opening.isdisjoint(("they", "them"))
        or not opening.isdisjoint(("it", "she", "he", "him"))
    ):
        return False
    parties = set(chosen[0].terms.record.entities)
    # (the next record about other parties: records about the same pair do not make "they" less clear; of a
    # statement put to the check, "they opened marketplaces in early 2013?", nor do records naming two of them)
    top = chosen[0].score
    shared = 2 if typed.qtype == "yesno" else len(parties)
    second = next((c.score for c in chosen[1:] if len(parties & set(c.terms.record.entities)) < shared), 0.0)
    return (
        len(chosen[0].terms.record.entities) > 1
        and top >= settings.PAIR_PRONOUN_SCORE
        and top - second >= settings.PAIR_PRONOUN_MARGIN
    )


_NAMED_LATER = Lazy(
    r"\b(the|these|those|both) (2|two|both) (sites|platforms|companies|firms|services|apps|startups)\b"
)
"""'Once they had marketplaces, how do the two platforms earn?': the pronoun points at a phrase later on."""


def _meaning_asked(index: Index, question: str, reading: Query, chosen: list[Candidate]) -> Answer | None:
    """ "What does the name Mogujie mean?": a translation the story never gives. "What does the word 'resume'
    mean in 'resume supporting Mogujie'?" asks of a word, not the name beside it: declined unless the record
    ranked first glosses that word."""
    asked = name_meaning_asked(reading.joined) if reading.entities else None
    if not asked:
        return None
    if any((w,) in index.reader.aliases for w in asked.split()):
        name = index.kb.entities[reading.entities[0]].name
        return build(index, question, reading, sources=[], kind="decline", score=1.0, status="unknown",
                     text=f'The story doesn\'t say what the name "{name}" means.')  # fmt: skip
    glossed = set(words(chosen[0].terms.record.question)) if chosen else set()
    if glossed.issuperset(asked.split()):
        return None
    return build(index, question, reading, sources=[], kind="decline", score=0.0, status="unknown",
                 text=f'The story doesn\'t explain the word "{asked.strip()}".')  # fmt: skip


def _unknown_act(index: Index, query: Query, terms: RecordTerms | None = None) -> bool:
    """ "Did Alibaba deny the rumour ...?", "Did Alibaba comment on it?": what the party named first is asked to
    have done is a verb the story never uses, so its yes or no about the rest does not settle it; nor does the
    record's, of another doer, when it never uses the verb ("Did Mogujie pay the fee?" of Alibaba charging one)."""
    said = query.words
    if not said or said[0] not in _ASKING_AUX:
        return False
    subject = next((v for v in query.values if v.kind == "entity" and v.start == 1), None)
    if subject is None:
        return False
    end = subject.end
    while end + 1 < len(said) and said[end] in ("or", "and"):
        # "Did Alibaba or Mogujie comment ...?": the subject is every name joined
        joined = next((v for v in query.values if v.kind == "entity" and v.start == end + 1), None)
        if joined is None:
            break
        end = joined.end
    if end >= len(said):
        return False
    if said[end] in query.unknown:
        return True
    act = next((t for t, (s, _) in zip(query.tokens, query.spans, strict=True) if s == end), None)
    if act is None or act.startswith(ENTITY_PREFIX):
        return False
    # (only of a party that is not the record's doer: "Did Alibaba announce it is buying Mogujie?" of its rumoured
    # wish to is the rumour's business)
    doer = terms is not None and terms.record.entities[:1] == (subject.entity,)
    return act not in index.vocab_records or (terms is not None and not doer and act not in terms.vocabulary)


_ASKING_AUX = frozenset({"did", "does", "do", "has", "have", "had", "will", "would", "could", "can"})


_RESTRICTED = Lazy(
    r"\b(only|just|merely|solely|exclusively|purely|nothing but)\b (an? |the |for )?\w+( app| site| service)?"
    r"(\W+(right|correct|true|yes|yeah|no|ok|isn'?t it|is it|or not))?\W*$"
    r"|\b(only|just|solely|merely) (for )?(an? )?\w+( app| site| service)? or (is it |it is )?(also )?(for |used for )?"
    r"(other|more|anything else|something else)\b",
    re.IGNORECASE,
)
"""A yes/no question closing on a restriction ("just a payments app?", "only for payment, right?"), or putting it
against more ("only for payments or also other things?")."""
_MORE_THAN_ONE = Lazy(r"\bboth\b.+\band\b|\band other\b|\bas well as\b", re.IGNORECASE)
"""An answer giving more than one thing ("both for payments and for other services")."""


ALWAYS = Lazy(
    r"\b(always|at all times|the whole time|all along|without (any )?(interruption|break|a break|pause|stopping))\b",
    re.IGNORECASE,
)
"""Words claiming a thing held at all times: a stop the story tells of refutes them."""


def denied_by_its_stop(query: Query, terms: RecordTerms) -> bool:
    """ "Has Alipay always backed Mogujie?" of "Alipay cut off support to Mogujie": a thing claimed to hold at
    all times, of a party the record has stop it, did not hold."""
    return (
        ALWAYS.search(query.text) is not None
        and bool(query.entities)
        and STOPPING in terms.roles.get(ENTITY_PREFIX + query.entities[0], frozenset())
        and STOPPING not in query.tokens
        and not query.negated
    )


_STORY_GIVES_REASON = Lazy(
    r"^(does|did|do) (the|this) (article|story|text|piece|writer|author|report) (\w+ )?(give|say|state|explain|tell us"
    r"|reveal|offer|provide|name|confirm)\b.*\b(reason|why|cause|motive)\b"
)
"""A yes/no question whether the story gives a reason at all."""
_PARTY_GAVE_REASON = Lazy(
    r"\b(reason|reasons|explanation|justification|rationale|excuse|motive)s? (did|has|had|does|do|have) "
    r"(?!(the |this )?(article|story|writer|author|piece|text|body|report|reporter|journalist|news|it|she|they)\b)"
    r"(\w+ ){1,3}"
    r"(give|gave|given|offer|offered|provide|provided|cite|cited|state|stated|mention|announce|announced)\b"
    r"|\bhow (did|does|has) (?!(the |this )?(article|story|writer|author|piece|text|report|it|she)\b)(\w+ ){1,3}"
    r"(explain|justify|justified|explained)\b"
    # "What was Alipay's official stated reason?": a reason put as one given, whoever gave it
    r"|\b(official|officially|announced|public|publicly|formal|declared)\b(?: \w+){0,2}"
    r" (reason|reasons|explanation|justification|rationale|motive)\b"
)
"""A question asking for the reason a party itself gave ("What reason did Alipay give ...?"), not why (nor the
reasons the writer offers)."""


def more_than_allowed(question: str, answer: str) -> bool:
    """ "Is Alipay Wallet just a payments app?" of "used both for payments and for other mobile services": the
    story gives more than the one thing the question allows, so the answer is no."""
    return _RESTRICTED.search(question) is not None and _MORE_THAN_ONE.search(answer) is not None


_ONLY_PUT = Lazy(
    r"(?P<neg>\b(not|more than|besides|beyond|other than|than) )?\b(only|just|solely|merely|exclusively)\b (used )?(for |to |as )?(an? |the )?(to )?[a-z]+"
)
"""A thing put as only one thing ("only for pay", "not only payments")."""


_OR_MORE = Lazy(
    r"\bor (is it |it is |does it |do they )?(also |is it also |do |also do )?(for |used for |to )?"
    r"(other|more|anything|something|also)\b"
)
"""The one thing put against more ("only for payments or also other things?"): which of the two is asked."""


def _restriction_verdict(question: str, reading: Query, denied: bool) -> str:
    """The verdict on a thing put as only one thing, of which the story says more: yes to "not only payments?", not
    only that to "only payments or also other things?" (which of the two), else no."""
    if denied:
        return "Yes"
    if _OR_MORE.search(question.lower()):
        return "Not only that"
    return "No, false" if put_as_true_false(reading.words) else "No"


def only_one_thing(index: Index, question: str, reading: Query) -> Answer | None:
    """ "Alipay Wallet is only for pay, yes?": checked against what the one name asked of is, when the story says it
    is more than one thing ("both for payments and for other mobile services"); None otherwise."""
    if reading.qtype != "yesno" or len(reading.entities) != 1:
        return None
    if any(v.kind != "entity" for v in reading.values):
        return None  # "Alipay Wallet only has 80 million users?": "only" puts a figure, which the value check settles
    found = _ONLY_PUT.search(question.lower())
    if found is None:
        return None
    rec = next(
        (
            r
            for r in index.kb.qa
            if r.entities[:1] == (reading.entities[0],) and _IDENTITY_QUESTION.match(r.question)
        ),
        None,
    )
    if rec is None or not _MORE_THAN_ONE.search(rec.answer):
        return None
    verdict = _restriction_verdict(question, reading, denied=found.group("neg") is not None)
    return build(index, question, reading, text=f"{verdict}: {rec.answer}", sources=[rec], kind="check",
                 score=1.0, record=rec.id)  # fmt: skip


def _of_now(cand: Candidate) -> bool:
    """True when a record says what holds now ("... are now able to charge ...")."""
    rec = cand.terms.record
    return not PRESENT.isdisjoint(words(f"{rec.answer} {rec.time or ''}"))


CONFIRM_OR_DENY = Lazy(r"\b(confirm|confirmed|deny|denied)( it| that)? or (confirm|confirmed|deny|denied)\b")
"""A party's word asked either way ("confirm or deny"): neither one is the verdict when the story reports none."""


_RESUMING = "resum"
"""The token of a thing started again ("again", "back on", "resume")."""


def _restored_between(index: Index, query: Query, terms: RecordTerms) -> bool:
    """True for a yes/no question putting two parties together again ("are Alipay and Mogujie friends again?")
    when the record has the one resume the other and the question's other words name no act the story tells: the
    relation put back is the one the story resumes, whatever the reader calls it."""
    named = {ENTITY_PREFIX + e for e in query.entities}
    if query.qtype != "yesno" or query.negated or len(named) < 2 or _RESUMING not in query.tokens:
        return False
    if query.unknown or is_choice(query.joined) or PARTY_CONFIRMED.match(query.joined):
        return False  # ("Did Mogujie comment on Alipay's decision to come back?": a word on it, not the act)
    if (
        terms.record.asks == "why"
        or "why" in query.words
        or (terms.record.says and terms.record.says.kind != "article")
    ):
        return False  # whether it happened, in the story's own voice, not why
    if not any(word == _RESUMING and {doer, done} == named for doer, word, done in terms.acts):
        return False
    acts = index.derived(
        "role words", lambda: frozenset(w for r in index.records for said in r.roles.values() for w in said)
    )
    rest = {t for t in query.tokens if t not in named and t != _RESUMING and t not in PRESENT}
    return not rest & acts


_SOLE = Lazy(r"\b(the (only|sole|single|one and only)|alone)\b|^(is|was|did|does) (only|just) ")
"""A party put as the one doing a thing ("the only site to ...", "Mogujie alone", "Did only Mogujie ...")."""


def _one_of_two(index: Index, query: Query, rec: Record) -> bool:
    """True for a yes/no question putting its one name as the only party to a thing the answer has it do with
    another, joined by "and": the story says it was not alone."""
    if query.qtype != "yesno" or query.negated or len(query.entities) != 1 or not _SOLE.search(query.joined):
        return False
    said = index.derived(("joint names", rec.id), lambda: joint_names(index.read(rec.answer)))
    return any(query.entities[0] in names for _, names in said)


def _unsettled_check(query: Query, rec: Record) -> bool:
    """A yes/no statement ("Did Mogujie stop using WeChat Payment?") that no check settled: the nearest
    record is shown, but not as a "Yes" nor as an answer. A yes/no question around a wh-word ("Does anyone
    know why ...?") or about sourcing is answered by the record itself."""
    return (
        query.qtype == "yesno"
        and rec.asks != "yesno"
        and (QUESTION_WORDS.isdisjoint(query.words) or scene_only(query.joined))
        and not {"sourcing", "sourcing_settled", "sourcing_who"} & query.forms
        and not is_choice(query.joined)
    )


def _part_of_figure(query: Query, cand: Candidate) -> bool:
    """True for "how many of <a figure the question states> ...?" answered by a record whose figure is that one:
    the part asked for is not what the record gives."""
    value = cand.terms.value
    return (
        query.words[:3] == ["how", "many", "of"]
        and value is not None
        and any(v.kind == "count" and v.same(value) for v in query.values)
    )


_TOOK = Lazy(
    r"\bhow (long|many (days|weeks|months|years)|much time) (did|does|do|will|would|has|had) (it )?(take|took)\b"
)
"""How long an act took ("how long did it take Mogujie to ..."): the span of the act after "to"."""


_COUNTED_FROM = Lazy(r"\b(days?|weeks?|months?|years?) (after|since) (?P<start>[^,.;]+)")
"""A span the record counts from a happening ("five months after Mogujie's marketplace went live")."""


def _span_from_act(index: Index, query: Query, rec: Record) -> bool:
    """True when the act a "how long did it take ... to <act>" asks the span of is where the record's span starts
    ("five months after the marketplace went live", of building the marketplace): not how long the act took."""
    took = _TOOK.search(query.joined)
    counted = _COUNTED_FROM.search(rec.answer) if took else None
    if took is None or counted is None:
        return False
    start = set(index.read(counted.group("start")).tokens)
    begin = len(query.joined[: took.end()].split())
    # (the act is what follows "to": "to pass 2000 stores", not its doer "Mogujie's marketplace")
    begin = next((k + 1 for k in range(begin, len(query.words)) if query.words[k] == "to"), len(query.words))
    # (the act is what comes before a stated start: "... to get 2000 shops after launching")
    end = next(
        (k for k in range(begin, len(query.words)) if query.words[k] in ("after", "since", "from")), None
    )
    end = len(query.words) if end is None else end
    acted = {t for t, (s, _) in zip(query.tokens, query.spans, strict=True) if begin <= s < end}
    return bool(acted & start - {t for t in acted if t.startswith(ENTITY_PREFIX)})


def other_moment(query: Query, cand: Candidate) -> str:
    """The moment a question asks about when the record's figure belongs to another ("now" against "five
    months after launch", "in 2012" against a 2014 claim); empty when they fit."""
    rec = cand.terms.record
    if _FUTURE_WHEN.search(query.joined):
        return "the future"  # "when will Alipay support go live on Mogujie?": the story dates nothing ahead
    dated = cand.terms.value is not None and cand.terms.value.kind in ("year", "duration")
    if dated and query.qtype != "yesno":
        return ""  # the record says when: a when-question is its business
    # (as typed, too: reading may put a learner's "will buy" as "want to acquire")
    future = (
        _FUTURE.search(query.joined) or _FUTURE.search(query.text.lower()) or _FUTURE_TOPIC.search(query.text)
    )
    if future and not _INTENT.search(fold(rec.answer)):
        return "the future"  # ("Will Alipay stop supporting Mogujie?" of its stop one year ago, too)
    if dated:
        # "Alipay said it will stop supporting Mogujie?": a thing said to lie ahead is not what a dated record
        # says was done
        reported = query.qtype == "yesno" and _SAID_AHEAD.search(query.joined)
        return "the future" if reported and not _INTENT.search(fold(rec.answer)) else ""
    refs = time_references(query.joined)
    if refs and rec.time and not any(_moment_fits(ref, rec.time.lower()) for ref in refs):
        return f'"{refs[0]}"'
    figure = rec.asks in ("how_many", "how_much")
    past = [ref for ref in refs if _PAST_REF.search(ref)]
    if past and figure and not rec.time:
        # "how many users did Alipay Wallet have last year?": a figure stated for no moment is the story's present
        return f'"{past[0]}"'
    spans = [v for v in query.values if v.kind == "duration"]
    if spans and (cand.terms.spans or figure) and not any(s.same(t) for s in spans for t in cand.terms.spans):
        # "a year after it opened" against "about five months after it went live"; a figure stated for no
        # moment is the story's present, so "a year ago" asks for another one
        return f'"{" ".join(query.words[spans[0].start : spans[0].end])}"'

    years = [str(int(v.number)) for v in query.values if v.kind == "year" and v.number is not None]
    # (a record of a yes/no dated by its sentence, "in 2012 Alibaba even charged ...", is of that year only, when
    # a wh-question asks of another: "What fee did Alibaba charge in 2013?")
    dated = query.qtype != "yesno" and any(_YEAR_TERM.fullmatch(m) for m in cand.terms.moment)
    for v in query.values:
        before = query.words[max(0, v.start - 2) : v.start]
        # "What did Meilishuo use for payments before 2013?" of a record telling what came in 2013
        if (
            v.kind == "year"
            and query.qtype not in ("yesno", "when")
            and _BEFORE_WORDS & set(before)
            and v.number is not None
            and str(int(v.number)) in cand.terms.moment
        ):
            return f'"before {int(v.number)}"'
    for year in years:
        if year not in cand.terms.moment and (
            rec.asks in ("how_many", "how_much", "who", "what", "how") or rec.time or dated
        ):
            return year
    return ""


_YEAR_TERM = Lazy(r"(19|20)\d\d")
_BEFORE_WORDS = frozenset({"before", "prior", "until", "till", "til", "pre"})
"""Words putting a year's moment ahead of it: a record of that year tells what came then, not before."""


def _other_measure(index: Index, query: Query, cand: Candidate) -> str:
    """The words of a measure the story gives only of something else ("monthly active" users of Alipay Wallet,
    whose figure counts users), asked of a record's figure; empty when the figure counts what is asked."""
    value, rec = cand.terms.value, cand.terms.record
    figure = (value is not None and value.kind in ("count", "percent")) or rec.asks in (
        "how_many",
        "how_much",
    )
    if query.qtype == "yesno" or not figure:
        return ""
    measures = _measure_qualifiers(index)
    setting = ENTITY_PREFIX + (
        index.reader.setting or ""
    )  # ("in China" is where every figure of the story is)
    spans = [
        span
        for t, span in zip(query.tokens, query.spans, strict=True)
        if t in measures and t not in cand.terms.vocabulary and t != setting
    ]
    return " ".join(dict.fromkeys(" ".join(query.words[a:b]) for a, b in spans))


def _moment_fits(ref: str, time: str) -> bool:
    """True when a moment the question names is the record's: said in it, or "the first months" against "about
    five months after it went live" (the first of the same unit since the start)."""
    if ref in time or (START_MOMENT.search(ref) and START_MOMENT.search(time)):
        return True  # ("originally" and "in its early days" both name the start)
    last = ref.split()[-1]  # plural: "the first month" is one month, not five
    unit = last[:-1]
    return (
        " first " in f" {ref} "
        and unit in ("day", "week", "month")
        and last.endswith("s")
        and f"{last} after" in time
    )


_PAST_REF = Lazy(
    r"\b(last year|(the|this) (past|last) (year|12 months|twelve months)|the year before|the previous year"
    r"|a year earlier|the prior year|the year prior|at launch"
    r"|at the launch|first (opened|launched)|(launch|opening|first) day|day one)\b|" + START_MOMENT.source
)
"""Time references to a past moment, which a figure of the story's present does not answer."""
_FUTURE = Lazy(
    r"^(will|shall)\b"
    # a statement of what will happen put to the check ("Alibaba will buy Mogujie next year or not?"), not one
    # reporting what someone said would happen ("Alipay said it will ...")
    r"|^(?!.*\b(said|say|says|announced|announce|claims?|claimed|told|stated|reported)\b)[\w']+( [\w']+){0,3} "
    r"(will|shall|is going to|are going to|gonna)\b.*\b(next (year|month|week)|in (the )?future|someday|one day)\b"
)
_FUTURE_TOPIC = Lazy(r"^(?![\w' ]*\b\d{4},)[\w' ]+, ([\w' ]+ )?(will|shall) ", re.IGNORECASE)
"""A yes/no question about what will happen put topic first ("WeChat Payment, Mogujie will stop ...?"; "what
happens next with WeChat Payment, will they stop using it?"), not one set in a past year ("In 2013, will ...")."""
_FUTURE_WHEN = Lazy(
    r"^(when|how soon|by when|what date|which date) (will|shall|is it going to|are they going to)\b"
    # a learner's order, the subject before "will" ("when exactly Alipay will start again ..."), not a report
    # of what was said would happen ("when Alipay said it will ...")
    r"|^when ((?!(did|does|do|was|were|is|are|said|says|say|announced|announces|announce|claimed|claims|claim|told|tell|tells"
    r"|stated|states|reported|reports|promised|promises|confirmed|confirms|declared|mentioned)\b)\w+ ){1,3}(will|shall)\b"
    r"|\b(date|day|time|moment) when (\w+ ){1,3}(will|shall)\b"
    # a present for what is set to come back ("when exactly does Alipay support switch back on?")
    r"|^when (exactly |precisely )?(does|do) (\w+ ){1,6}(again|back)\b"
    r"|^how (long|many (days|weeks|months|years)) (until|till|til|untill) (\w+ ){1,4}(can|will|may|is|are|gets?)\b"
)
"""A question about what will happen; only a record about plans or intentions can answer it."""
_SAID_AHEAD = Lazy(
    r"\b(said|says|say|announced|announces|announce|claimed|claims|told|stated|promised) (that )?\w+ (will|would|shall"
    r"|is going to|are going to|gonna)\b"
)
"""A thing a party said lies ahead ("Alipay said it will ...", reported as "it would ...")."""
_INTENT = Lazy(r"\b(will|would|wants?|plans?|intends?|aims?|going to|resume|future)\b")


def sentence_answer(index: Index, question: str, query: Query) -> Answer | None:
    """Quote one article sentence when it explains nearly all of the question and fits its type."""
    worded = {t for t in query.tokens if not t.isdigit()}
    if len(worded) < 2 or query.unknown or query.qtype not in ("what", "how", None):
        return None
    matches = index.sentence_matches(query)
    if not matches or matches[0][0] < settings.SENTENCE_THRESHOLD:
        return None
    if len(matches) > 1 and matches[1][0] >= matches[0][0] - 0.05:
        return None
    score, sentence = matches[0]
    named = {t[1:] for t in index.reader.read(sentence.text, correct=False).tokens if t.startswith("@")}
    if any(e not in named for e in query.entities):
        return None
    cite = cited(sentence)
    return Answer(story=index.kb.id, question=question, status="answered", answer=f'The story says: "{sentence.text}"',
                  confidence=confidence(score * 0.8), citations=[cite], resolved=query.text, kind="answer")  # fmt: skip


def _after_subject(query: Query, word: str) -> bool:
    """True when a word stands right after a name or an auxiliary, where a verb stands, not after a determiner
    or a quantity word, where a noun in -ing does ("how much funding")."""
    at = query.words.index(word) if word in query.words else 0
    if not at:
        return False
    ends = {v.end for v in query.values if v.kind == "entity"}
    return at in ends or query.words[at - 1] in AUXILIARIES


_MOMENT_TERMS = frozenset(
    {"now", "today", "currently", "current", "then", "later", "before", "after", "yet", "still"}
)
"""Terms saying when and nothing else: a question made only of them asks about nothing yet named."""
_VAGUE_AMOUNT = Lazy(r"\b(the majority|most|a minority|half|none|a few)\b")
"""Words of amount without a figure ("the majority of online retailers")."""
_PART_ASKED = Lazy(r"^(what|which) (proportion|share|portion|fraction) of\b|^how many of\b")
"""A part of a group asked for in words a word of amount answers."""
_EXACT_ASKED = Lazy(r"\b(exact|exactly|precise|precisely|percent|percentage|per cent|%)")
"""Words wanting a figure: a percentage or an exact share is not told by "the majority"."""


def _vague_amount(query: Query, about: list[Candidate]) -> Candidate | None:
    """ "What share of China's online retailers use Taobao or Tmall?": the story gives no figure,
    only "the majority"; that is its answer, from the record about the rest of the question."""
    if query.qtype not in ("how_many", "how_much") or not about or not _PART_ASKED.search(query.joined):
        return None
    if _EXACT_ASKED.search(fold(query.text)):
        return None  # "which exact share ...?": a figure, which the story does not give
    top = about[0]
    if top.score < settings.VAGUE_AMOUNT_SCORE or top.terms.value is not None:
        return None
    return top if _VAGUE_AMOUNT.search(top.terms.record.answer) else None


def _figure_of_another(index: Index, reading: Query, rec: Record) -> bool:
    """True when a yes/no states a figure that a record of what the story lacks gives for another party than
    the one the question names first (the record says whose figure it is)."""
    stated = {v.number for v in reading.values if v.kind in ("count", "percent") and v.number is not None}
    if not stated or not reading.entities:
        return False
    given = index.read(rec.answer)
    owners = {v.entity for v in given.values if v.kind == "entity"} - {reading.entities[0]}
    return bool(owners) and not stated.isdisjoint(v.number for v in given.values if v.number is not None)


_SCENE_OPENERS = frozenset({"now", "since", "once", "because", "cos", "cause"})
"""Words opening a clause after the main one that sets its scene ("... now it's taking them back")."""
_SCENE_SUBJECTS = frozenset({"it", "its", "they", "theyre", "that", "he", "she", "we"})


def _main_clause_terms(query: Query) -> frozenset[str]:
    """The terms (names aside) of a question's main clause when a scene-setting clause follows it ("now it's
    taking them back"); empty when none follows or the main clause has no term of its own."""
    at = next(
        (
            i
            for i in range(3, len(query.words) - 2)
            if query.words[i] in _SCENE_OPENERS and query.words[i + 1] in _SCENE_SUBJECTS
        ),
        None,
    )
    if at is None:
        at = _relative_clause_at(query)
    if at is None:
        return frozenset()
    return frozenset(
        t
        for t, (start, _) in zip(query.tokens, query.spans, strict=True)
        if start < at
        and not t.startswith(ENTITY_PREFIX)
        and query.words[start : start + 2] != ["going", "to"]  # (a future said, no term of what is asked)
    )


_DOING = frozenset({"do", "does", "did"})


def _own_act(query: Query) -> tuple[str, str] | None:
    """The party and its one verb in "what does X <verb>?", which asks what X itself does, not others beside it."""
    if (
        query.qtype != "what"
        or len(query.words) < 4
        or query.words[1] not in _DOING
        or len(query.entities) != 1
    ):
        return None
    subject = next((v for v in query.values if v.kind == "entity" and v.start == 2), None)
    rest = [t for t in query.tokens if not t.startswith(ENTITY_PREFIX)]
    if subject is None or not subject.entity or len(rest) != 1 or subject.end >= len(query.words):
        return None
    # (the verb right after the name, at most an adverb after it: "what did Meilishuo do in 2013?" asks of a
    # year, "what does Tracey Xiang work as?" of a job)
    verb, after = query.words[subject.end], query.words[subject.end + 1 :]
    if len(after) > 1 or (after and not after[0].endswith("ly")) or stem(verb) != rest[0]:
        return None
    return subject.entity, rest[0]


_NOUN_DETERMINERS = frozenset({"the", "those", "these"})
"""Words before a noun that a reduced relative clause may describe ("the retailers it was sending traffic to")."""


def _relative_clause_at(query: Query) -> int | None:
    """Where a reduced relative clause starts ("most of the retailers it was referring traffic to"): a subject,
    pronoun or name, with an auxiliary after "the <noun>"; what it says describes the noun, not what is asked."""
    named = {v.start for v in query.values if v.kind == "entity"}
    for i in range(3, len(query.words) - 2):
        subject = query.words[i] in _SCENE_SUBJECTS or i in named
        if (
            subject
            and query.words[i - 2] in _NOUN_DETERMINERS
            and query.words[i - 1] not in AUXILIARIES
            and query.words[i + 1] in AUXILIARIES
        ):
            return i
    return None


def _unknown_asking_word(query: Query) -> list[str]:
    """An unknown first word before an auxiliary, with no question word ("Vad is Alimama?"): most likely a
    question word the bot does not know, so what was asked is unclear, not missing from the story."""
    opening = query.words[:2]
    if query.qtype is not None or len(opening) < 2 or opening[1] not in AUXILIARIES:
        return []
    return [opening[0]] if opening[0] in query.unknown else []


def decline(
    index: Index, question: str, query: Query, ranked: list[Candidate], follow_up: bool = False
) -> Answer:
    """No answer: "not sure what you mean" (with "did you mean") when the bot may have failed to understand,
    "the story doesn't say" when it understood and the story lacks it."""
    # (the writer named beside another name, "the writer's basis for saying Alibaba ...", tells; as in ranking)
    authors = index.reader.authors if set(query.entities) - index.reader.authors else frozenset()
    named = set(query.entities) - authors
    about = [c for c in ranked if named <= c.terms.entities and not c.terms.record.not_in_story]
    about.sort(key=lambda c: (not eligible(index, c, query, query.qtype), -c.score))
    close = [c for c in about if c.coverage > 0.3] or (about if query.entities else [])
    near = [c.terms.record.question for c in close[:3]]
    best = about[0].score if about else (ranked[0].score if ranked else 0.0)
    unclear = query.gibberish or _unknown_asking_word(query)
    if unclear and near:
        words = ", ".join(f'"{w}"' for w in unclear[:3])
        return build(index, question, query, sources=[], kind="decline", score=best, status="clarify",
                     text=f"I'm not sure what you mean by {words}. Did you mean: {near[0]}", suggestions=near)  # fmt: skip
    # (not in a follow-up: "From whom?" after "How do they earn?" may be answered by what the last answer says)
    speaker = _party_speaking(index, query)
    if speaker and RESPONDING.issuperset(query.unknown) and speaker in index.kb.entities:
        # "How did Mogujie respond?": nothing in the story is that party's own word on it
        name = index.kb.entities[speaker].name
        return build(index, question, query, sources=[], kind="decline", score=best, status="unknown",
                     text=f"The story doesn't say: it reports nothing from {name} about that.",
                     suggestions=near)  # fmt: skip
    priced = _MONEY_ASKED.search(query.joined)
    if about and priced and set(query.unknown) <= set(priced.group(0).split()):
        # "how much does the app cost?": understood, and the story gives no sum of money at all
        return build(index, question, query, sources=[], kind="decline", score=best, status="unknown",
                     text="The story doesn't say: it gives no prices or sums of money.", suggestions=near)  # fmt: skip
    vague = _vague_amount(query, about)
    if vague:
        rec = vague.terms.record
        return build(index, question, query, sources=[rec], kind="answer", score=vague.score, record=rec.id,
                     text=f"The story gives no exact figure, only this: {rec.answer}")  # fmt: skip
    lacking = _lacks_kind(query, about[0]) if about and not follow_up else None
    if about and not lacking and not follow_up and query.qtype == "who" and not query.entities:
        # "who charged a fee?": a record explaining every word, whose party does it, outweighs a weak one that fits
        strongest = max(about, key=lambda c: c.score)
        found = _lacks_kind(query, strongest)
        lacking = found if found is not None and _acts_in(index, query, found) else None
    if (
        lacking is not None
        and query.qtype == "who"
        and lacking.asks in _ASKS_BESIDE_THE_ACT
        and len(query.tokens) > 1
    ):
        # "who charged the sites a technical fee?": the record telling the act itself, not why or when it was done
        # (a lone verb, "who cooked up this article?", says too little to tell that record apart)
        lacking = next((c.terms.record for c in about if _tells_the_act(index, query, c)), lacking)
    if (
        lacking
        and query.qtype == "who"
        and (lacking.asks == "yesno" or _acts_in(index, query, lacking))
        and set(lacking.entities) - set(query.entities)
        # "Who bought Mogujie?": the story's "it doesn't say it did" fits better
        and not any(c.terms.record.not_in_story and c.score >= about[0].score for c in ranked)
    ):
        # "Who wants to buy Mogujie?" of "Does Alibaba want to acquire Mogujie?": the party the question leaves
        # out is the one the record names, with the record's own voice (here: only a rumour)
        return build(index, question, query, sources=[lacking], kind="answer", score=best, record=lacking.id,
                     text=lacking.answer)  # fmt: skip
    if lacking and query.qtype == "who" and _group_answers(index, query, lacking):
        # "Who was Alibaba unhappy with?": no named party, but the record names the group it is about (the social
        # shopping sites, the consumers), which answers "who" as well as a name would
        return build(index, question, query, sources=[lacking], kind="answer", score=best, record=lacking.id,
                     text=lacking.answer)  # fmt: skip
    if lacking:
        # "Who founded Mogujie?": every word understood, and the story tells when, not who
        return build(index, question, query, sources=[lacking], kind="decline", score=best, status="unknown",
                     text=f"The story doesn't say. What it does say: {lacking.answer}", record=lacking.id,
                     suggestions=[lacking.question])  # fmt: skip
    swapped = (
        _name_swapped(index, query, close[:3]) if query.qtype == "yesno" and len(query.unknown) == 1 else None
    )
    if swapped:
        # "True or false: Tencent wanted to acquire Mogujie": a name the story never gives, where it gives another
        return _swapped_answer(index, question, query, *swapped, score=best)
    if query.kinds_unknown and near:
        # "Which provinces do Mogujie's users come from?": the kind of answer asked is one the story never
        # speaks of, so it lacks the answer, however well the rest matches a record
        return build(index, question, query, sources=[], kind="decline", score=best, status="unknown",
                     text=f"The story doesn't say: it names no {query.kinds_unknown[0]}. You could ask instead: "
                     f"{near[0]}", suggestions=near)  # fmt: skip
    if query.unknown and close and close[0].coverage >= settings.UNKNOWN_WORD_COVERAGE:
        # most of the question is what a record is about: the word the bot does not know is more likely
        # another way of saying something it does know than a thing the story lacks
        words = ", ".join(f'"{w}"' for w in query.unknown[:3])
        return build(index, question, query, sources=[], kind="decline", score=best, status="clarify",
                     text=f"I'm not sure what you mean by {words}. Did you mean: {near[0]}", suggestions=near)  # fmt: skip
    if near and best >= settings.CLARIFY_FLOOR and not query.unknown:
        return build(index, question, query, sources=[], kind="decline", score=best, status="clarify",
                     text=f"I'm not sure what you mean. Did you mean: {near[0]}", suggestions=near)  # fmt: skip
    if (
        near
        and query.qtype == "yesno"
        and len(query.entities) >= 2
        and any(c.coverage > 0.5 or set(query.entities) <= c.terms.entities for c in close[:3])
    ):
        # a statement about names the story covers, in words it does not use ("after losing Alipay"): the
        # bot cannot tell, which is not the same as the story not saying
        return build(index, question, query, sources=[], kind="decline", score=best, status="clarify",
                     text=f"I can't tell whether the story says exactly that. Did you mean: {near[0]}",
                     suggestions=near)  # fmt: skip
    partial = [c for c in ranked if c.score >= settings.CLARIFY_FLOOR and not c.terms.record.not_in_story]
    if not near and partial and query.entities:
        # no record covers every name, but one answers much of the question ("the name of the Alibaba program
        # that paid the two sites"): the bot may have misread it, and the story does cover the topic
        near = [c.terms.record.question for c in partial[:3]]
        return build(index, question, query, sources=[], kind="decline", score=partial[0].score, status="clarify",
                     text=f"I'm not sure what you mean. Did you mean: {near[0]}", suggestions=near)  # fmt: skip
    verbs = [
        w for w in query.unknown if len(w) >= 5 and w.endswith(("ed", "ing")) and _after_subject(query, w)
    ]
    if near and verbs:
        # "What conduct of <a party> <an unknown verb> ...?": a verb the bot does not know says how something is put,
        # not what the story lacks
        words = ", ".join(f'"{w}"' for w in verbs[:3])
        return build(index, question, query, sources=[], kind="decline", score=best, status="clarify",
                     text=f"I'm not sure what you mean by {words}. Did you mean: {near[0]}", suggestions=near)  # fmt: skip
    identity = next(
        (
            c.terms.record
            for c in about
            if len(query.entities) == 1
            and list(c.terms.record.entities[:1]) == query.entities
            and _IDENTITY_QUESTION.match(c.terms.record.question)
        ),
        None,
    )
    if identity is not None and query.entities and not query.unknown and query.qtype in ("what", None):
        # "i have no idea what alimama is, a company or a program or what": what the name is, which the story
        # tells, said in a way the bot did not follow; not something the story lacks
        return build(index, question, query, sources=[], kind="decline", score=best, status="clarify",
                     text=f"I'm not sure what you mean. Did you mean: {near[0]}",
                     suggestions=list(dict.fromkeys([*near, identity.question])))  # fmt: skip
    leaning = SUBJECT_PRONOUNS.search(query.joined) if not query.entities else None
    if leaning and leaning.group(0) != "it":  # ("it" is as often nobody: "is it raining?")
        # "they only opened those marketplaces in early 2014?": who "they" are is what the bot missed, not
        # something the story lacks
        return asked_back(index, question, query, ranked, f'Who do you mean by "{leaning.group(0)}"?')
    if near:
        text = "The story doesn't say. You could ask instead: " + near[0]
    else:
        text = (
            "The story doesn't say: that isn't something this article covers. Asking for help lists examples."
        )
    return build(index, question, query, sources=[], kind="decline", score=best, status="unknown", text=text,
                 suggestions=near)  # fmt: skip


_SPECIFIC_KINDS = frozenset({"who", "when", "where", "how_many", "how_much"})
_IDENTITY_QUESTION = Lazy(r"^(what|who) (is|are|was|were) [^?]+\?$", re.IGNORECASE)
"""A record's question asking what a name is ("What is Alimama?")."""


_PARTY_ASKED = Lazy(
    r"\b(which|what) (\w+ )?(site|website|company|firm|newspaper|paper|outlet|publication|publisher|corporation"
    r"|organisation|organization|employer) (?!(is|was|are|were) (?!(behind|responsible|in charge)\b))\w+"
)
"""A question asking which party (a site, a company, an outlet) did something, not what a named party is."""
_WHICH_KIND = Lazy(r"^(which|what) (\w+) (?!(is|was|are|were)\b)\w+")
"""A question opening on the kind of thing it asks for ("Which regulator approved ...?")."""
_AGENT_ENDINGS = ("or", "er", "ist", "ian", "ant", "ent", "ors", "ers", "ists", "ians", "ants", "ents")
"""Endings of a noun for one who acts ("regulator", "investor", "government"): of a party asked for."""


_NAMES_ASKED = Lazy(
    r"\bby name\b|\b(what|how) (are|were|is|was) (they|these|those|them|it|the \w+) (called|named)\b"
    r"|\bhow (they|these|those) (are|were) (called|named)\b|\bnames? (of|for) (them|those|these|the (other|specific)\b)"
    r"|\bname them\b|\bwhat (are|were) (the|their) names\b|\b(which|what) (specific|particular|individual)\b"
    r"|\bwhich [\w-]+ (exactly|precisely)\b|\blist (the |all )?(other )?(\w+ ){0,3}(sites|companies|firms|services"
    r"|platforms|apps|apis)\b"
)
"""Names asked for ("which sites, by name?", "how are they called?", "list the other sites"): a record naming none of
the kind asked does not answer."""
_OTHERS_ASKED = Lazy(
    r"\b(which|what|any|list|name)( the| all)? other\b.*\b(besides|apart from|other than|except|aside from|beyond)\b"
)
"""Others asked for beside the names given ("which other sites besides Mogujie and Meilishuo?"): a record naming
only those does not answer."""


_PERSON_ASKED = Lazy(
    r"(?i)\b(the|a|its|their|[\w-]+['\u2019]s) (boss|ceo|bloke|guy|chap|dude|man|woman|lady"
    r"|chairman|chairwoman|chairperson|president|chief executive|head honcho|big boss|top boss)\b"
)
"""A person asked for by a word only a person is ("the boss", "the bloke who runs it")."""


def _names_person(index: Index, top: Candidate) -> bool:
    """True when a record names a person (its writer, a spokesperson): it may answer who a person is."""
    rec = top.terms.record
    return any(index.reader.kinds.get(e) == "person" for e in (*rec.entities, *top.terms.told))


_PARTY_KINDS = frozenset({"site", "company", "organisation", "outlet", "person"})
"""Kinds of party whose names a question may ask for by kind ("which sites, by name?"); a program or a product asked
for by a description ("the referral program of Alibaba, how is it called?") is named by the answer itself."""


def _names_not_given(index: Index, question: str, reading: Query, top: Candidate) -> bool:
    """True when a question asks for names and the record names nothing beyond the question's own names (of the
    kind asked, where the question says one: "which sites, by name" is not answered by naming Alibaba)."""
    lowered = question.lower()
    if not _NAMES_ASKED.search(lowered) and not _OTHERS_ASKED.search(lowered):
        return False  # (as typed: "exactly" is a stopword of the reading)
    told = set(top.terms.told) - set(reading.entities)
    # (the kinds a noun of the question asks: "sites", "analysts"; "people" is persons)
    nouns = [("person" if w == "people" else w[:-1] if w.endswith("s") else w) for w in reading.words]
    kinds = {kind for w in nouns for kind in NOUN_KINDS.get(w, ())} & _PARTY_KINDS
    if kinds:
        told = {e for e in told if index.reader.kinds.get(e) in kinds}
    return not told


def lacked(index: Index, reading: Query, top: Candidate) -> bool:
    """True when the best record for a reading says the story lacks what it asks: a record of what the story
    does not give, or one naming no party where a party is asked for."""
    return top.terms.record.not_in_story or _party_not_named(index, reading, top)


def _share_of_untold(index: Index, reading: Query, top: Candidate) -> str | None:
    """The word a percentage is asked of ("commission" in "what commission %", "traffic" in "what percent of
    traffic") when the record's share is not of it; None when it is, or no such word stands beside it."""
    value = top.terms.value
    if reading.qtype == "yesno" or value is None or value.kind != "percent":
        return None
    tokens = [
        (t, span) for t, span in zip(reading.tokens, reading.spans, strict=True) if t[0] != ENTITY_PREFIX
    ]
    for at, (token, _) in enumerate(tokens):
        if token not in _SHARE_TOKENS:
            continue
        for near, span in tokens[max(at - 1, 0) : at] + tokens[at + 1 : at + 2]:
            said = " ".join(reading.words[span[0] : span[1]])
            # ("what percentage figure": the figure is the share itself)
            if (
                near not in _SHARE_TOKENS
                and near in index.idf
                and near not in top.terms.vocabulary
                and said not in MEASURE_WORDS
            ):
                return said
    return None


_SHARE_TOKENS = frozenset({"percent", "rate"})
"""Tokens asking for a share ("%", "percentage", "commission rate"), beside the word saying of what."""


def _unknown_owner(index: Index, question: str, reading: Query, top: Candidate) -> str | None:
    """The owner a question gives in a possessive the story never names ("Tencent's share"), when the record is
    of another party the question does not name; None otherwise."""
    rec = top.terms.record
    if reading.entities or not reading.unknown or not rec.entities:
        return None
    for found in _POSSESSOR.finditer(question):
        if fold(found.group(1)) in reading.unknown:
            return found.group(1)[:1].upper() + found.group(1)[1:]
    return None


_POSSESSOR = Lazy(r"\b([A-Za-z][a-z]+)['’]s\b")
"""A word in the possessive ("tencent's"), which names an owner."""


def _party_not_named(index: Index, reading: Query, top: Candidate) -> bool:
    """True when a question asks which party (a site, a company, an outlet) did something and neither the record
    nor its answer names one but the question's own, so it cannot say which."""
    rec = top.terms.record
    kind_asked = _WHICH_KIND.match(reading.joined)
    if (
        kind_asked
        and kind_asked[2] in reading.unknown
        and kind_asked[2].endswith(_AGENT_ENDINGS)
        and not any(
            v.kind == "entity" and v.start == 2 for v in reading.values
        )  # ("which broader Alipay plan")
        and rec.asks in ("why", "how", "yesno", "when")
    ):
        return True  # ("Which regulator approved ...?": a kind of party the story never names, asked of a reason)
    if rec.asks == "who" or not _PARTY_ASKED.search(reading.joined):
        return False
    kinds = index.reader.kinds
    told = {e for e in (*rec.entities, *top.terms.told) if kinds.get(e) not in ("place", "person")}
    # ("Which company is behind Mogujie?" of what Mogujie is: a record saying nothing of the act asked)
    acts = {t for t in reading.tokens if t[0] != ENTITY_PREFIX and t not in index.reader.kind_terms}
    return told <= set(reading.entities) or (bool(acts) and acts.isdisjoint(top.terms.vocabulary))


def _swapped_answer(
    index: Index, question: str, query: Query, rec: Record, name: str, score: float
) -> Answer:
    """ "No: the story names Alibaba, not Tencent.", with the record saying so."""
    no = "No, false" if put_as_true_false(query.words) else "No"
    text = f"{no}: the story names {name}, not {query.unknown[0].title()}. {rec.answer}"
    return build(index, question, query, sources=[rec], kind="check", score=score, record=rec.id, text=text)


def _name_swapped(index: Index, query: Query, close: list[Candidate]) -> tuple[Record, str] | None:
    """The record a statement fits but for one name the story never gives ("Tencent", "Shanghai"), and the name
    of the same kind (a place, or a party) it gives in that place instead; None when the word is no name."""
    word = query.unknown[0]
    typed = re.search(rf"\b{re.escape(word)}\b", query.text, re.IGNORECASE)
    if typed is None or not typed.group(0)[:1].isupper() or typed.start() == 0:
        return None  # (a capital opening the question says nothing)
    after = query.text[typed.end() : typed.end() + 7].lower()
    before = [w for w in query.text[: typed.start()].lower().split() if w != "the"][-1:]
    place = after.startswith(("-based", " based")) or before in (["in"], ["from"], ["at"])
    kinds = index.reader.kinds
    for cand in close:
        if cand.coverage < settings.UNKNOWN_WORD_COVERAGE:
            continue
        rec, value = cand.terms.record, cand.terms.value
        if value is not None and value.kind == "entity" and value.entity:
            options = [value.entity]
        elif before == ["by"] and not place:
            options = list(rec.entities[:1])  # "charged by Tencent?": the doer, the party a record is about
        else:
            options = [e for e in rec.entities if e not in query.entities] if rec.asks == "yesno" else []
        fits = [e for e in options if e not in query.entities and (kinds.get(e) == "place") == place]
        if len(fits) == 1:
            return rec, index.kb.entities[fits[0]].name
    return None


_GROUP_TERMS = frozenset({"site", "user", "retailer"})
"""Terms of the groups a story tells of (sites, consumers and users, retailers and sellers): a "who" they answer."""


def _group_answers(index: Index, query: Query, rec: Record) -> bool:
    """True when a record is about a group of parties where the question asks who ("Who was Alibaba unhappy
    with?" of "Why was Alibaba unhappy with social shopping sites?")."""
    if len(query.entities) > 1:
        return False
    # the record's own question, less the question asked, is the group: "Why was Alibaba unhappy with social
    # shopping sites?" less "who was Alibaba unhappy with" (not a group the answer merely mentions)
    asked = set(index.reader.read(rec.question, correct=False).tokens)
    if set(query.tokens) <= asked and bool((asked - set(query.tokens)) & _GROUP_TERMS):
        return True
    # "Who did Alibaba charge the fee to?" of "Alibaba charged social shopping sites the fee": the group the answer
    # puts right after the act asked about is who it was done to
    acts = {t for t in query.tokens if not t.startswith(ENTITY_PREFIX)}
    if query.words[:1] != ["who"] or not acts:
        return False  # (a who-question as typed: "What says the director ...?" asks no one's name)
    told = index.reader.read(rec.answer, correct=False).tokens
    return any(
        t in _GROUP_TERMS and t not in acts and acts.intersection(told[max(0, k - 3) : k])
        for k, t in enumerate(told)
    )


def _lacks_kind(query: Query, cand: Candidate) -> Record | None:
    """The record explaining every word of a question that asks for a kind of answer it does not give (a
    person, a date, a place, a figure): the question is understood, and the story lacks that kind of answer."""
    rec = cand.terms.record
    if (
        query.qtype in _SPECIFIC_KINDS
        and not query.unknown
        and rec.asks not in COMPATIBLE[query.qtype]
        and _explains_all(cand)
    ):
        return rec
    return None


_ASKS_BESIDE_THE_ACT = frozenset({"why", "when", "where", "how_many", "how_much"})
"""Record types answering something about an act (its reason, moment, place, figure) rather than the act."""


def _tells_the_act(index: Index, query: Query, cand: Candidate) -> bool:
    """True when a record lacking the kind a who-question asks tells the act itself (a yes/no or what record)
    with the party the question leaves out doing it."""
    rec = cand.terms.record
    return rec.asks in ("yesno", "what") and _lacks_kind(query, cand) is rec and _acts_in(index, query, rec)


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


def _follows_on(index: Index, last: Turn | None, top: Candidate, rival: Candidate) -> bool:
    """True when a follow-up's best record continues the last answer (related, or from the same paragraph)
    and its rival does not: the conversation settles the choice."""
    previous = index.by_id.get(last.record or "") if last else None
    if previous is None:
        return False

    def linked(cand: Candidate) -> bool:
        rec = cand.terms.record
        paragraphs = {c.paragraph for c in rec.citations}
        return (
            rec.id == previous.record.id
            or rec.id in previous.record.related
            or previous.record.id in rec.related
            or bool(paragraphs & {c.paragraph for c in previous.record.citations})
        )

    return linked(top) and not linked(rival)


def _explains_all(cand: Candidate) -> bool:
    """True when a record explains (nearly) every word of the question, not just most of it."""
    return cand.coverage >= settings.EXPLAINS_ALL and cand.predicate >= settings.EXPLAINS_ALL


def _guesses_asked(query: Query, cand: Candidate) -> bool:
    """True when the question asks for guesses ("possible explanations", "what theories") and the record is the
    story's own not-knowing, with the guesses it reports."""
    rec = cand.terms.record
    return (
        rec.short_answer == "unknown"
        and rec.asks == "why"
        and _GUESSES.search(query.text.lower()) is not None
    )


_GUESSES = Lazy(
    r"\b(possible|possibly|suggested|suggests?|speculat\w*|theory|theories|guess\w*|hypothes[ie]s|might|likely"
    r"|potential)\b"
)


def _distinguished(query: Query, first: Candidate, rival: Candidate) -> bool:
    """True when the question names something only the first record is about."""
    named = set(query.entities)
    return bool(named & first.terms.entities) and not named <= rival.terms.entities
