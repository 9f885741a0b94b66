"""The answer engine: a question in, a cited answer, a checked claim, an ask-back or an honest decline out.

One pass: the question is read once into a `Query` (bot/query.py), resolved against the last turn
(bot/followups.py), tried against the special shapes (bot/claims.py: checks, comparisons, sourcing,
overviews), else ranked (bot/ranking.py) and decided (bot/decide.py). The turn keeps the reading.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from . import claims, decide, followups, paragraphs, settings
from .answers import Answer, Conversation, Turn
from .compiled import StoryData
from .index import Index
from .interface import Story
from .numbers import as_fraction, format_number
from .parts import split_parts
from .patterns import Lazy

if TYPE_CHECKING:
    from .library import Library
from .choices import multiple_choice, picked
from .glossary import asked_phrase
from .proposals import judged
from .query import ENTITY_PREFIX, QUESTION_WORDS, Query
from .questions import (
    ANSWER_PUT,
    SET_ASIDE,
    about_bot,
    bot_owner_asked,
    intent,
    lead_in,
    located,
    main_question,
    mentioned,
    message_sentences,
    points_back,
    proposed_answer,
    question_type,
    reported_statement,
    said_again,
    without_own_remark,
)
from .ranking import Candidate
from .text import AUXILIARIES, fold, words
from .variants import Respeller, article_words

_WHOLE_QUESTION = Lazy(
    r"^\W*((and|so|but|ok|okay|then)\W+)?(what|who|when|where|which|why|how)\b\W+(\w+\W+){0,3}"
    r"(does|do|did|is|are|was|were|has|have|had)\b\W+\w+",
    re.IGNORECASE,
)
"""A follow-up that is a whole question itself: a wh-word, its verb and what follows ("and what does Mogujie claim?")."""
_POINTED = Lazy(
    r"^(is|was|are|were) (that|this|it|they) (?!(true|correct|right|so|the case|accurate|fair|what (the|this) (story"
    r"|article|piece|text|report|writer|author) (says|said|states|claims|reports))\b)",
    re.IGNORECASE,
)
"""A question after a lead-in about what "that" is ("is that a fact?"): it points back at the lead's topic."""
_CLAUSE_WORDS = QUESTION_WORDS | AUXILIARIES | {"been"}
"""Words that make a lead-in a clause ("Mogujie's been around how long") rather than a noun phrase ("that
rumoured fee from Alibaba")."""
_LIKE_TAIL = Lazy(
    r"^(?=\s*(?:where|when|what|whats|what's|who|whos|who's|how)\b)(?P<q>[^?.!]*?\w)(?<!\bis)(?<!\bare)(?<!\bwas)"
    r"(?<!\bwere)\s+like\s+(?=(?:what|which) \w+\W*$)",
    re.IGNORECASE,
)
"""A texter's closing "like what country" after a whole wh-question: the question put again more narrowly, as
after a comma (not "Mogujie is like which website?", where it is the question)."""
_STORY_GIVES_IT = Lazy(
    r"^(?:and |so |but |or )?(?:do|does|did) (?:they|it|the (?:story|article|text|piece|writer|author|report))"
    r" (?:actually |even |ever |really )?(?:name|mention|say|tell|give|identify|list|specify|explain)"
    r"(?: (?:it|them|that|this|him|her|so|anyone|anybody|names?|the (?:people|person|names?|\w+ers?|\w+ors?)))?"
    r"(?: somewhere| anywhere| at all)?\W*$",
    re.IGNORECASE,
)
"""A part asking only whether the story gives what the part before asks ("who founded it, do they name them?")."""
_POINTING_WORD = Lazy(r"\b(it|its|they|them|their|that|this|these|those)\b", re.IGNORECASE)
_TAIL_QUESTION = Lazy(
    r"(?:\s[-\u2013\u2014]+\s|:\s|;\s|\?\s+|\bto know\s+|\bwonder(?:s|ing|ed)?\s+|\basks?\s+|\basked\s+)(?P<q>(?:so |and |but |ok )?(?:what|who|when|where|which|why|how|is|are|was"
    r"|were|did|does|do|can|has|have)\b[^-\u2013\u2014:;?]*\??)\s*$",
    re.IGNORECASE,
)
"""The question closing a message after a lead ("customer asking if ... - what did Alipay announce?"), or asked
inside it ("One of my pupils wants to know what Alimama is")."""
_CLAUSES = Lazy(r",\s+|\s+because\s+|\s+(?:and|but) i (?:don'?t|do not|can'?t)\s+", re.IGNORECASE)
"""Where a rambling message breaks into clauses: its commas, and a reason or a doubt added after the question."""
_CLAUSE_ASKS = Lazy(
    r"(?:^|\b(?:so|ok|okay|like|but|and)\s+)(?P<q>(?:what|who|which|how)(?:'s)?\b(?! if\b)"
    rf"|(?:when|where|why)(?:'s\b|\s+(?:{'|'.join(sorted(AUXILIARIES))})\b))",
    re.IGNORECASE,
)
"""A clause that asks: a question word opening it, or after a filler ("... but like what is the story about");
not "what if" (a supposition), nor "when" opening a clause of time ("so when Mogujie switched to WeChat, ...")."""
_TOLD_ASKS = Lazy(
    r"\b(?:so|and|but)\s+(?:(?:can|could|would|will) (?:someone|somebody|anyone|you) (?:please )?(?:tell|explain to)"
    r" (?:me|us)|(?:please )?(?:tell|explain to) (?:me|us))\s+(?=(?:what|who|which|how|when|where|why)\b)",
    re.IGNORECASE,
)
"""A request to be told, after the reader's own lead ("..., so can someone tell me what ..."): the clause after it asks."""
_SUPPOSED = Lazy(
    r"^\W*(?:(?:so|and|but|ok|okay|hmm|well),? )?(?:what if\b|what (?:would|will|could|might) happen\b"
    r"|what happens\b[^?]{0,60}\bif\b)",
    re.IGNORECASE,
)
"""A question about what would follow from a supposition ("what if ...", "what would happen if ...")."""
_WHICH_ONE_IS = Lazy(
    r"^\W*(?:(?:wait|so|ok|okay|and|but|hmm+|sorry),?\s+)*which one(?:'s| is| was) (?P<x>[^?]{2,40}?)(?: again)?\W*$",
    re.IGNORECASE,
)
"""A reader who mixes the names up asking which one a name is ("wait which one is alimama again")."""
_TOO_TYPED_TO = Lazy(r"\bto\s*[,?]?\s+or\b")
"""A "too" typed "to" before the "or" of an or-only question ("for meilishuo to or only mogujie")."""
_OR_ONLY = Lazy(
    r"^(?P<q>(?:did|does|do|is|are|was|were|has|have|had|will|would|can|could)\b.+?)(?:,?\s+(?:too|as well|also))?"
    r"\s*[,?]?\s+or\s+(?:(?:was|is|did|does|has)\s+(?:it|that|this)\s+)?(?:only|just|solely)\s+(?:for\s+|to\s+|with\s+|by\s+)?"
    r"(?P<b>[^?,]{2,40}?)\s*\??\s*$",
    re.IGNORECASE,
)
"""A yes/no about one party with another offered as the only one ("Did Alipay resume support for Meilishuo too,
or only Mogujie?"): answered by whom the story says it of."""
_NOT_OTHER = Lazy(
    r"^(?P<q>.+?\w)\s*,\s*(?:and\s+|but\s+)?not\s+(?:the\s+|for\s+|to\s+)?(?P<b>[^?,]{2,40}?)\s*[?.!]*\s*$",
    re.IGNORECASE,
)
"""A claim with a party set aside after it ("..., not Mogujie?"): the claim is what is checked."""
_TRAILING_THO = Lazy(r"^\W*(?P<asked>\S+(?: \S+){0,3}?)\s*,?\s+(?:tho|though|tho')\W*$", re.IGNORECASE)
"""A short follow-up pressed with a closing "though" ("from who tho", "why though?")."""
_IF_SO = Lazy(
    r"(?:[,;?]\s*|\s+)(?:and\s+)?(?:if so|if yes|if it did|if they did|if that is the case|if that's the case|if true)"
    r"\b[,:]?\s*(?P<rest>\S.*)$",
    re.IGNORECASE,
)
"""A second question asked only on a "Yes" to the first ("..., and if so, when?")."""
_WHY_OPENING = Lazy(r"^\s*(?:so |but |and |ok |okay )?why\b", re.IGNORECASE)
_SINGLED = Lazy(
    r"\b(?:(?:and|but|yet) not|only|just) (?:to |for |with |of )?(?P<name>\w[\w'\u2019-]*(?: (?!and\b)\w[\w'\u2019-]*)?)"
    r"(?P<pair> and \w+)?",
    re.IGNORECASE,
)
"""A party set apart in a why-question ("and not Meilishuo", "only Mogujie", not "only Mogujie and Meilishuo");
the name is read to be sure."""
_WHEN_GUESSED = Lazy(
    r"(?i)^\s*when\s+(?P<aux>was|were|did|is|does|do|has|had)\s+(?P<rest>[^,?]+?)\s*,\s*"
    r"(?:(?:in|maybe|like|around|perhaps)\s+)?(?P<year>(?:19|20)\d\d)\s*\?*\s*$"
)
"""A when-question closed by a year guessed after a comma ("when was that, 2008?")."""
_OR_ALSO = Lazy(
    r"^(?P<q>(?:was|is|were|are|did|does)\b.*?\b(?:only|just|solely)\b.+?)\s*,?\s+or\s+(?:(?:did|does|do|was|were|is|has|have)\s+)?"
    r"(?P<b>[^?,]{2,40}?)(?:\s+(?:do|does|did)\s+(?:so|that|it|the same))?(?:\s+(?:too|as well|also))\s*\??\s*$",
    re.IGNORECASE,
)
"""The other way round ("Was it only Mogujie that adopted WeChat Payment, or did Meilishuo do so as well?"): the
"only" question answers it, naming whoever else the story says it of."""
_WROTE_IT = Lazy(
    r"\b(?P<verb>wrote|written|writes|write|writing|authored|penned|published)\s+(?:it|this|this one)\b(?!\s+\w)",
    re.IGNORECASE,
)
"""The story asked of as "it" before anything else was said ("who wrote it?")."""
_WHO_OF_LAST = Lazy(
    r"^\W*(?:(?:and|so|but|ok|okay)\s+)?(?:(?P<prep>from|to|by|for|with) (?:who|whom|what)\b(?: exactly| then)?\W*$"
    r"|(?:who|whom)\b(?:\s+\w+)?\s+(?P<verb>\w+)\s+(?:it|that|this|them)\W*$)",
    re.IGNORECASE,
)
"""A who-question leaning wholly on the last answer: "from whom?", "for what exactly?", "who charged it?", "who
supposedly did that?"."""
_ASKED_EXACTLY = Lazy(r"\b(exactly|then|precisely)\b", re.IGNORECASE)
_FILLERS = Lazy(
    r"^\W*(?:(?:so|and|or|like|maybe|then|um+|uh+|hmm+|ok|okay|ah|oh|wait)\b[\s,]*)+", re.IGNORECASE
)
"""Words a reader puts before a bare guess ("so like 5 years?")."""
_POINTED_AT = Lazy(r"^(was|is|were|are) (it|that|this|they) (in |on |about |around )?", re.IGNORECASE)
"""The opening of a choice of values pointing at the last answer ("was that in 2012 or 2013?")."""
_HOW_ABOUT = Lazy(r"(how|what) about\b", re.IGNORECASE)
_WHAT_IT_IS = Lazy(r"^(what|who) (exactly )?(is|are) (it|they|that|this)( exactly)?\W*$", re.IGNORECASE)
"""What a thing the words before name is ("... this Mogujie app - what exactly is it?")."""
_RESTATED = Lazy(
    rf"^(?!\s*({SET_ASIDE}|unlike|instead of|rather than|in addition to|beyond)\b)[^,?]{{8,}}, (?:so |and |i mean |like )?((?:what|who|why|when|how|which)\b[^,]+)$",
    re.IGNORECASE,
)
"""A second wh-question after a comma, saying the first again in other words (or after a lead saying how it is
asked: "Setting speculation aside, what ...?"); not after a lead setting some things apart ("Apart from X, ...")."""
_OBJECT_IT = Lazy(
    r"\b(?!(is|was|are|were|do|does|did|has|have|had|can|could|will|would|of|to|for|with|about|that|and|or|but|so"
    r"|at|in|on|by|from|say|says|said|think|thinks|thought|believe|believes|know|knows|claim|claims|claimed|feel"
    r"|feels|reckon|guess|hope|hopes)\b)\w+ (?P<p>it\b|(that|this)(?= *(\w+)? *[?.!]*$))",
    re.IGNORECASE,
)
""""It" after a verb ("charged it"), or "that" closing the question ("announce that exactly?"): a thing acted on,
which a lead before the question may name."""
_ASKER_LEAD = Lazy(r"^\W*(i|i'm|i\u2019m|im|i am|i've|ive|we|we're|we are|my|our|me)\b", re.IGNORECASE)
"""A lead-in about the asker ("I'm doing a seminar paper on ..."), not the topic of the question after it."""
_PRONOUN = Lazy(r"\b(it|they|them)\b", re.IGNORECASE)
"""A pronoun in a question after a lead-in naming nothing else: it stands for the lead."""


def _named_spans(reading: Query) -> list[tuple[str, tuple[int, int]]]:
    """The names a reading gives, each with where it stands in the reading's words."""
    return [
        (t[len(ENTITY_PREFIX) :], span)
        for t, span in zip(reading.tokens, reading.spans, strict=True)
        if t.startswith(ENTITY_PREFIX)
    ]


class Engine:
    """Answers questions about one story; all preprocessing happens once, in the index (and is cached)."""

    def __init__(self, story: StoryData, threshold: float = settings.DECLINE_THRESHOLD) -> None:
        self.kb = story
        self.index = Index(story)
        self.threshold = threshold
        self._respell = Respeller(article_words(s.text for s in story.source.sentences))

    @property
    def story_id(self) -> str:
        return self.kb.id

    # -- lists for interfaces ------------------------------------------------------------------------

    def questions(self) -> list[str]:
        """Every canonical question, for completion and suggestions."""
        return [r.question for r in self.kb.qa if not r.not_in_story]

    def featured_questions(self, n: int = 3) -> list[str]:
        """Starter questions: the shortest question about each of the entities the story says most about."""
        counts: dict[str, int] = {}
        for rec in self.kb.qa:
            if rec.entities and not rec.not_in_story:
                counts[rec.entities[0]] = counts.get(rec.entities[0], 0) + 1
        central = sorted(counts, key=lambda e: -counts[e])[:n]
        return [
            min(
                (r.question for r in self.kb.qa if r.entities and r.entities[0] == e and not r.not_in_story),
                key=len,
            )
            for e in central
        ]

    def stories(self) -> list[Story]:
        """The articles answered from, with their sentences: what the source pane shows."""
        return [Story(s.id, s.title, s.author, s.year, s.sentences) for s in self.kb.sources]

    def entity_names(self) -> list[str]:
        """Every entity's canonical name, for completion."""
        return [e.name for e in self.kb.entities.values()]

    def clear_caches(self) -> None:
        """Forget remembered readings and typo fixes, so a benchmark times every question as new."""
        self.index.reader.clear_caches()

    # -- answering -----------------------------------------------------------------------------------

    def answer(
        self, question: str, conversation: Conversation | None = None, *, threshold: float | None = None
    ) -> Answer:
        """Answer one question; record the turn in `conversation` when one is given. The reply is worded in
        the article's spelling ("rumor" for a story that writes it so), so it reads as the story does."""
        before = conversation.last if conversation else None
        ans = self._reply(question, conversation, threshold)
        if (
            conversation is not None
            and before is not None
            and ans.status != "answered"
            and not ans.record
            and _WHOLE_QUESTION.match(question)
            and self.index.read(question).entities
        ):
            # "(What does Alipay claim about its share?) / And what does Mogujie claim?": a whole question naming
            # its party that the conversation's topic leaves unanswered is answered as asked
            fresh = Conversation(story=conversation.story)
            alone = self._reply(question, fresh, threshold)
            if alone.status == "answered" and fresh.turns:
                ans = alone
                conversation.turns[-1] = fresh.turns[-1]
        respell = self._respell
        return replace(ans, answer=respell(ans.answer), suggestions=[respell(s) for s in ans.suggestions])

    def _other_of_pair(self, text: str) -> str:
        """ "Did Mogujie have twice as many shops as the other one?": beside one of the two sites the story pairs,
        "the other one" is the other of them, whatever came before."""
        other = followups.OTHER_INSIDE.search(text)
        pair = self.index.reader.pair_ids
        if other is None or not pair:
            return text
        named = [
            e for e in self.index.read(text[: other.start()] + text[other.end() :]).entities if e in pair
        ]
        if len(set(named)) != 1:
            return text
        name = next(self.index.kb.entities[e].name for e in pair if e != named[0])
        return text[: other.start()] + name + text[other.end() :]

    def _reply(self, question: str, conversation: Conversation | None, threshold: float | None) -> Answer:
        """The answer in the house spelling (see `answer`)."""
        threshold = self.threshold if threshold is None else threshold
        text = self._without_foreign(
            without_own_remark(
                said_again(question[: settings.MAX_QUESTION_CHARS], self.index.reader.alias_heads)
            )
        )
        last = conversation.last if conversation else None
        text, checked = self._about_last_answer(text, last)
        if checked:
            # "(which payment did they switch to?) / i put Alipay, is that right?": the reader's answer, checked
            if conversation is not None:
                conversation.turns.append(
                    self._turn(question, replace(checked[0], question=question), checked[1])
                )
            return replace(checked[0], question=question)
        kind = self._kind(text)
        if kind != "question":
            return self._chat_reply(question, kind)
        guessed = _WHEN_GUESSED.match(text)
        if guessed:
            # "when was that, 2008?": a when-question with the reader's guess after it is the guess to check
            text = f"{guessed.group('aux')} {guessed.group('rest')} in {guessed.group('year')}?"
        pressed = _TRAILING_THO.match(text) if last is not None else None
        if pressed:
            # "(how do they make money now?) / from who tho": the closing "though" only presses the follow-up
            text = pressed.group("asked") + "?"
        if " like " in text.lower():
            text = _LIKE_TAIL.sub(
                r"\g<q>, ", text
            )  # "where is mogujie from like what country": as after a comma
        if_so = _IF_SO.search(text) if last is None and " if " in text.lower() else None
        if if_so:
            # "Did Alipay also cut off Meilishuo, and if so on what date?": the second asked only on a "Yes"
            head = text[: if_so.start()].rstrip(" ,;?") + "?"
            reply_first = self._reply(head, None, threshold)
            text = f"{head[:-1]}, and {if_so.group('rest')}" if reply_first.answer.startswith("Yes") else head
        earlier = conversation.turns[-2] if conversation and len(conversation.turns) > 1 else None
        other_too = _OR_ALSO.match(text.strip())
        if other_too and len(self.index.read(other_too.group("b")).entities) == 1:
            text = other_too.group("q") + "?"
        not_other = _NOT_OTHER.match(text.strip())
        if not_other and self._set_aside(not_other.group("q"), not_other.group("b")):
            # "Meilishuo was the one Alipay stopped supporting, not Mogujie?": the claim checked; the party set
            # aside is the one the check names when the story says it of that party instead
            text = not_other.group("q") + "?"
        only = _OR_ONLY.match(text.strip())
        alone = self._or_only(question, only, last, threshold, earlier) if only else None
        if alone:
            if conversation is not None:
                conversation.turns.append(self._turn(question, alone[0], alone[1]))
            return alone[0]
        several = (
            self._parts(question, text, last, threshold, earlier)
            or self._told_by_last(question, text, last)
            or self._voiced_by_last(question, text, last)
        )
        if several:
            ans, reading = several
            if conversation is not None:
                conversation.turns.append(self._turn(question, ans, reading))
            return ans
        core = self._other_of_pair(main_question(text))
        which_one = _WHICH_ONE_IS.match(core)
        if which_one:
            named = self.index.read(which_one.group("x"))
            if len(named.entities) == 1 and all(t.startswith(ENTITY_PREFIX) for t in named.tokens):
                core = f"what is {which_one.group('x')}?"  # "wait which one is alimama again": what it is
        if last is None and _WROTE_IT.search(core):
            core = _WROTE_IT.sub(
                r"\g<verb> the article", core
            )  # "who wrote it?" with nothing before: the story
        placed = paragraphs.layout_answer(self.index, question, core, last)
        if placed:
            if conversation is not None:
                conversation.turns.append(self._turn(question, placed, self.index.read(core)))
            return placed
        split = lead_in(core)
        if split:
            lead = self.index.read(split[0])
            # "the acquisition talk - is that a fact?": a lead naming no name may still be the topic, in words
            # and so does one before a bare figure ("And total accounts: 95 million, correct?")
            rest = self.index.read(split[1])
            bare = (
                not rest.entities
                and not any(t for t in rest.tokens if t in self.index.vocab_records)
                and "summary" not in rest.forms  # ("Main idea question: what is the story about?" is whole)
            )
            # and so does one before a bare question of sourcing ("the technical fee - confirmed or a rumour?")
            sourced = "sourcing" in rest.forms and not rest.entities and len(rest.tokens) <= 3
            pointed = _POINTED.match(split[1]) or bare or sourced
            worded = bool(self.index.vocab_records.keys() & lead.tokens)
            topic = bool(pointed and worded)
            # (not in a comparison, whose "they" and "that" are its two sides: "Mogujie's accounts - how do they
            # compare with that?")
            # (a name in the question does not stop "it" after a verb meaning the lead: "The technical fee claim
            # - do we know Alibaba charged it?")
            thing = _OBJECT_IT.search(split[1])
            acted_on = bool(rest.entities) and bool(worded) and not lead.entities and thing is not None
            plain = not ((rest.entities and not acted_on) or pointed or "comparison" in rest.forms)
            standing = _PRONOUN.search(split[1]) if plain else None
            pronoun = standing.span() if standing else thing.span("p") if acted_on and thing else None
            if pronoun and (lead.entities or worded):
                # "The cutoff: did it happen one year ago?": the pronoun stands for the topic before (for a
                # clause naming one party, "Mogujie's been around how long - when'd it launch?", that party)
                clause = len(lead.entities) == 1 and not _CLAUSE_WORDS.isdisjoint(lead.words)
                topic_words = self.kb.entities[lead.entities[0]].name if clause else split[0]
                core = split[1][: pronoun[0]] + topic_words + split[1][pronoun[1] :]
            elif (not lead.entities and not lead.values and not topic) or (
                rest.entities and _ASKER_LEAD.match(split[0])
            ):
                # a lead-in naming nothing the story is about only says why one asks, and so does one about the
                # asker before a question naming its own party ("I'm writing a paper on Alibaba - what did Alipay
                # announce?")
                core = split[1]
            else:  # "The 85 million figure: is it a claim?" asks what follows, about the topic before
                # (of a lead in words the story never uses, its one name: "Arguing for Mogujie: why ...?")
                bare_name = (
                    len(lead.entities) == 1
                    and len(lead.values) == 1
                    and lead.unknown
                    and not any(t in self.index.vocab_records for t in lead.tokens if t[0] != ENTITY_PREFIX)
                )
                one = self.kb.entities[lead.entities[0]].name if bare_name else ""
                core = f"{split[1].rstrip('?!. ')} {one or split[0]}?"
        proposal = proposed_answer(core) or (proposed_answer(text) if core != text else None)
        choice = None if proposal else multiple_choice(core)
        asked = core
        if choice:
            core = choice.stem  # "Which did they adopt: A) ..., B) ...?": the stem, then the option it names
        # ("What is meant by 'X' in the sentence about ...?" asks a meaning, not where something is said)
        where = None if asked_phrase(core) else (located(core) or (located(text) if text != core else None))
        mention = None if where or proposal else mentioned(core)
        where = where or mention
        inner = proposal[1] if proposal else where
        typed = self.index.read(inner or core)
        greeting = _OPENING_WORD.match(core) if typed.unknown else None
        word = greeting.group(1).lower() if greeting else ""
        if greeting and word in typed.unknown and not inner and not self.index.reader.speller.is_word(word):
            # "Scusi, what is Mogujie?": a word of another language opening the message, set off by its comma (not
            # an English one: "Combined, how many ...?")
            typed = self.index.read(core[greeting.end() :])
        if where and len(typed.entities) == 1 and all(t.startswith(ENTITY_PREFIX) for t in typed.tokens):
            # "where does the story mention Pinterest?": everything it says of that name
            typed = self.index.read(f"What does the article say about {where.rstrip(' ?')}?")
        if core != text and not proposal and not inner:
            typed = self._named_before(text, core, typed)
        ans, reading = self._answer(question, typed, last, threshold, earlier)
        if proposal:
            ans = judged(self.index, proposal[0], ans)
        elif choice:
            chosen = picked(self.index, choice, ans)
            if chosen is ans and choice.paired:  # ("Which should I buy, an iPhone or a Samsung?": neither)
                ans, reading = self._answer(question, self.index.read(asked), last, threshold, earlier)
            else:
                ans = chosen
        elif inner:
            ans = _quoted(ans, "Yes: the story mentions it in " if mention else "The story says it in ")
        if core != text and ans.status != "answered" and not (ans.status == "unknown" and ans.record):
            # the question part of a rambling message did not settle it: try the whole message (unless it
            # was understood and the story lacks it: "Does the article say who founded Mogujie?")
            whole, whole_reading = self._answer(question, self.index.read(text), last, threshold, earlier)
            if whole.status == "answered":
                ans, reading = whole, whole_reading
        restated = _RESTATED.search(text) if ans.status != "answered" and not ans.record else None
        if restated and not proposal and not inner:
            # "What's the moment of conflict, what did Mogujie do that made Alipay cut it off?": the question said
            # again after a comma, naming the story's parties, is the one to answer
            part = self.index.read(text[restated.start(2) :])
            lead = self.index.read(text[: restated.start(2)])
            lead_names = set(part.entities) or (set() if lead.qtype else set(lead.entities))
            if lead_names:
                restated_ans, restated_reading = self._answer(question, part, last, threshold, earlier)
                answered = self.index.by_id.get(restated_ans.record or "")
                # ("Taking Alipay's claim at face value, what share ... is left?": the lead's names, when the
                # question after it names none, must be what its answer is about)
                if (
                    restated_ans.status == "answered"
                    and (
                        part.entities
                        or (answered is not None and lead_names <= set(answered.record.entities))
                    )
                    # (not when the lead sets the answer's record aside: "Mogujie on the PC, how many users?")
                    and not (answered is not None and self.index.contrasted(lead, answered))
                ):
                    ans, reading = restated_ans, restated_reading
        understood = ans.status == "unknown" and ans.record is not None
        if (
            ans.status != "answered"
            and not understood
            and typed.unknown
            and core != text
            and not proposal
            and not inner
        ):
            # "Apa itu Alimama? What is Alimama in this article?": a question in words the bot does not know,
            # said again in words it does; the one it can read is answered
            for other in message_sentences(text):
                first = fold(other).split()[:1]
                asks = other.rstrip().endswith("?") or (bool(first) and first[0] in QUESTION_WORDS)
                if other.strip() == core.strip() or not asks or len(other.split()) < 3:
                    continue  # ("... 'Yesterday' doesn't help me.": no question)
                again = self.index.read(other)
                if not (typed.gibberish or again.entities):
                    continue  # ("... buy Mogujie or not? what happen after?": a second question leaning on the first)
                if (
                    typed.entities and not again.entities
                ):  # ("cuantos usuarios tiene Alipay Wallet? how many users?")
                    names = " and ".join(self.kb.entities[e].name for e in typed.entities)
                    again = self.index.read(f"{other.rstrip(' ?')} ({names})?")
                found = self._answer(question, again, last, threshold, earlier)
                if found[0].status == "answered":
                    ans, reading = found
                    break
        tail = _TAIL_QUESTION.search(text) if ans.status != "answered" and not ans.record else None
        if tail and not proposal and not inner and self._tail_stands(text, tail):
            # "My granddaughter uses this Mogujie app - what exactly is it?": the question closing the message,
            # of the names the words before it give when it names none itself
            said = tail.group("q")
            again = self.index.read(said)
            lead = self.index.read(text[: tail.start("q")])
            before = lead.entities
            if not again.entities and before:
                # (with the story's own words the lead uses: "commission ya Mogujie ...? what percent" asks the
                # percent of a commission, not any percent of Mogujie's)
                reader = self.index.reader
                asked_before = (
                    text[: tail.start("q")].rstrip().endswith("?") or tail.group(0).lstrip()[:1] == "?"
                )
                told = [
                    w
                    for w in lead.words
                    if asked_before and w in reader.surface and w not in reader.stopwords
                ]
                names = " and ".join(self.kb.entities[e].name for e in before)
                again = self.index.read(f"{said.rstrip(' ?')} ({' '.join([*told, names])})?")
            found = self._answer(question, again, last, threshold, earlier)
            if found[0].status == "answered":
                ans, reading = found
        if (
            ans.status != "answered"
            and not ans.record
            and not proposal
            and not inner
            and ("," in text or " tell " in text.lower())
        ):
            ans, reading = self._clause_answered(question, text, last, threshold, earlier) or (ans, reading)
        if ans.status != "answered" and not ans.record and typed.unknown and not proposal and not inner:
            ans, reading = self._autocorrected(question, typed, last, threshold, earlier) or (ans, reading)
        if ans.status != "answered" and reading.qtype not in (None, "yesno") and not proposal and not inner:
            ans, reading = self._of_owner(question, reading, last, threshold, earlier) or (ans, reading)
        if ans.status == "answered" and ans.kind == "answer" and _SUPPOSED.match(text):
            # "what if Alibaba buys Mogujie?": the story tells what happened and what was said, never what
            # would follow from a supposition
            ans = replace(ans, status="unknown", kind="decline",
                          answer=f"The story doesn't say what would happen. What it does say: {ans.answer}")  # fmt: skip
        apart = self._singled_out(text) if ans.status == "answered" and ans.kind == "answer" else None
        if apart:
            # "why did Alipay cut off Mogujie and not Meilishuo?": the story gives a reason for what happened to
            # one, never for the difference from the other; what it says is the reason asked without the contrast
            without = self._reply(apart, None, threshold)
            ans = without if without.status == "answered" and without.kind == "answer" else ans
            ans = replace(ans, question=question, status="unknown", kind="decline",
                          answer=f"The story doesn't say why one and not the other. What it does say: {ans.answer}")  # fmt: skip
        if conversation is not None:
            conversation.turns.append(self._turn(question, ans, reading))
        return ans

    def _singled_out(self, text: str) -> str:
        """A why-question setting one party against another ("... and not Meilishuo", "why was only Mogujie cut
        off?"), a name right after the "not" or the "only": the question without the contrast; else empty."""
        if not _WHY_OPENING.match(text):
            return ""
        for found in _SINGLED.finditer(text):
            named = self.index.read(found.group("name"))
            if not (named.tokens and named.tokens[0].startswith(ENTITY_PREFIX)):
                continue
            if found.group("pair") and self.index.read(found.group("pair")).entities:
                return ""  # ("why did only Mogujie and Meilishuo ...": the two are what is asked of)
            cut = found.group("name") if found.group(0).lower().startswith(("only", "just")) else ""
            plain = text[: found.start()] + cut + text[found.end() :]
            return re.sub(r"\b(only|just) ", "", plain, flags=re.IGNORECASE)
        return ""

    def _told_by_last(self, question: str, text: str, last: Turn | None) -> tuple[Answer, Query] | None:
        """ "who charged it?" after "It was rumoured that Alibaba charged ...", "from whom?" after "... directly from
        retailers": a short who-question about the last answer whose every word that answer already says."""
        if (
            last is None
            or not last.record
            or last.status != "answered"
            or len(text) > settings.MAX_BARE_GUESS_CHARS
        ):
            return None
        asked = _WHO_OF_LAST.match(text)
        record = self.index.by_id.get(last.record)
        if asked is None or record is None:
            return None
        rec = record.record
        said = fold(rec.answer)
        preposition = (asked.group("prep") or "").lower()
        if preposition and not re.search(rf"\b{preposition} \w", said):
            return None
        reading = self.index.read(
            _ASKED_EXACTLY.sub("", text)
        )  # ("from whom exactly?": no word of the answer's)
        answer_terms = self.index.answer_terms(rec)
        if reading.entities or reading.unknown or not set(reading.tokens) <= answer_terms:
            return None
        verb = asked.group("verb")
        if verb and not self._done_by_name(said, fold(verb)):
            return None  # ("who founded it?" of "... founded in 2011": the answer names nobody doing it)
        ans = decide.build(self.index, question, reading, sources=[rec], kind="answer", score=1.0, record=rec.id,
                           text=rec.answer)  # fmt: skip
        return ans, reading

    def _voiced_by_last(self, question: str, text: str, last: Turn | None) -> tuple[Answer, Query] | None:
        """ "what is the rumour exactly?" after an answer telling of a rumour: "the rumour" is the one just told,
        not the first the story gives."""
        asked = (
            claims.THE_VOICED.match(text)
            if last is not None and last.record and last.status == "answered"
            else None
        )
        record = self.index.by_id.get(last.record or "") if asked and last else None
        rec = record.record if record is not None else None
        if rec is None or rec.says is None:
            return None
        if not asked or claims.voice_named(asked.group("noun")) != rec.says.kind:
            return None
        reading = self.index.read(text)
        ans = decide.build(self.index, question, reading, sources=[rec], kind="answer", score=1.0, record=rec.id,
                           text=rec.answer)  # fmt: skip
        return ans, reading

    def _done_by_name(self, said: str, verb: str) -> bool:
        """True when an answer's words have a named party do the verb ("Alibaba even charged", "reported by QQ
        Tech")."""
        for entity in self.kb.entities.values():
            for name in entity.names():
                named = re.escape(fold(name))
                if re.search(
                    rf"\b{named}\s+(?:\w+\s+){{0,2}}{re.escape(verb)}\b|\b{re.escape(verb)} by {named}\b",
                    said,
                ):
                    return True
        return False

    def _foreign(self, piece: str) -> bool:
        """True when most words of a piece are neither common English nor the story's ("Wie schreef dit artikel",
        "ni kweli"): another language, said beside the English."""
        names = self.index.reader.alias_heads
        said = [w.lower() for w in _LETTERS.findall(piece)]
        unnamed = [w for w in said if w not in names]
        if len(unnamed) >= settings.FOREIGN_WORDS_BESIDE_NAMES:
            said = unnamed  # ("Wie viele Nutzer hat Alipay Wallet?": a name is the same in any language)
        elif len(unnamed) < len(said):
            return False  # ("alipay walet users": a short piece naming the story's party is the reader's own)
        surface = self.index.reader.surface
        untold = [w for w in said if w not in surface]
        if not said or len(untold) < settings.FOREIGN_SHARE * len(said):
            return False  # (decided without the word list, which most questions never load)
        zipf = self.index.reader.speller.english.zipf
        foreign = [w for w in untold if zipf.get(w, 0.0) < settings.ENGLISH_ZIPF]
        return len(foreign) >= settings.FOREIGN_SHARE * len(said)

    def _without_foreign(self, text: str) -> str:
        """The message without a sentence or a closing tag in another language beside its English ("Wie schreef dit
        artikel? Who wrote this?", "Alipay Wallet has 290 million users, ni kweli?")."""
        tag = _CLOSING_TAG.search(text)
        if tag and self._foreign(tag.group("tag")):
            text = text[: tag.start()] + "?"
        sentences = [p for p in message_sentences(text) if _LETTERS.search(p)]  # ("...??": no sentence after)
        if len(sentences) > 1:
            kept = [p for p in sentences if not (len(_LETTERS.findall(p)) >= 2 and self._foreign(p))]
            if kept and len(kept) < len(sentences):
                text = " ".join(kept)
                named = self.index.read(" ".join(p for p in sentences if p not in kept)).entities
                if named and not self.index.read(text).entities:
                    # "Wie viele Geschäfte hatte Meilishuo? how many stores": the names only the left-out sentence
                    # gave are what the English one asks about
                    text = f"{text.rstrip(' ?')} ({' and '.join(self.kb.entities[e].name for e in named)})?"
        return text

    def _answer_put(self, part: str, answered: str | None) -> tuple[Answer, Query] | None:
        """ "which payment did it switch to? i put Alipay, is that right?": the reader's answer to the part
        (or message) before, a name checked against the one the record that answered it gives."""
        put = ANSWER_PUT.match(part)
        record = self.index.by_id.get(answered or "") if put else None
        value = record.value if record is not None else None
        if put is None or value is None or value.kind != "entity" or not value.entity:
            return None
        guess = put.group("guess")
        said = self.index.read(guess)
        unheard = (
            not said.entities and said.unknown and guess[:1].isupper()
        )  # ("I wrote Reuters": never named)
        if len(said.entities) != 1 and not unheard:
            return None
        assert record is not None  # (it gave the value)
        rec = record.record
        name = self.kb.entities[value.entity].name
        one = said.entities[0] if said.entities else None
        part_of = self.index.reader.part_of
        same = one is not None and (
            one == value.entity or part_of(one, value.entity) or part_of(value.entity, one)
        )
        text = f"Yes: {rec.answer}" if same else f"No: the story says {name}. {rec.answer}"
        ans = decide.build(self.index, part, said, text=text, sources=[rec], kind="check", score=1.0)
        return ans, said

    def _about_last_answer(self, text: str, last: Turn | None) -> tuple[str, tuple[Answer, Query] | None]:
        """A message that only makes sense against the last answer: a bare guess at its value ("2012?", "i put
        2011, is that right?") read as the check it is, "Why, what had X done?" as "why?", and the answer itself
        when the message is the reader's own answer to check or its share asked in another form."""
        last_record = last.record if last is not None and last.status == "answered" else None
        if last is None or last_record is None:
            return text, None
        put = ANSWER_PUT.match(text)
        guess = self._guess_of_last(put.group("guess") if put else text)
        if guess:
            return guess, None
        why = _WHY_THEN.match(text)
        if why and set(self.index.read(why.group("rest")).entities) <= set(last.entities):
            return (
                "why?",
                None,
            )  # "(When did Alipay cut it off?) / Why, what had Mogujie done?": the last's reason
        checked = self._answer_put(text, last_record) if put else None
        return text, checked or self._share_converted(text, last_record)

    def _share_converted(self, text: str, answered: str | None) -> tuple[Answer, Query] | None:
        """ "(Alipay's share?) / as a fraction?": the last answer's share in the form asked, worked out from its
        value (80% is 4/5), with the record's citation."""
        asked = _AS_SHARE.search(text)
        record = self.index.by_id.get(answered or "") if asked else None
        value = record.value if record is not None else None
        if (
            asked is None
            or record is None
            or value is None
            or value.kind not in ("percent", "count")
            or value.number is None
            or len(words(text)) > settings.MAX_CONVERT_WORDS
        ):
            return None
        said = self.index.read(text)
        rest = set(words(text[: asked.start()] + " " + text[asked.end() :])) - _CONVERTING
        if rest - {w for e in said.entities for w in words(self.kb.entities[e].name)}:
            return None  # ("what share of the traffic went to them, in percent?": a question of its own)
        if not set(said.entities) <= set(record.record.entities):
            return None  # ("Meilishuo's share as a fraction?": another party's)
        rec = record.record
        if value.kind == "count":
            # "(How many users does Alipay Wallet have?) / as a fraction?": a count is no share of anything told
            ans = decide.build(self.index, text, said, sources=[rec], kind="decline", score=1.0, status="unknown",
                               text=f"The story gives that as a count, not as a share of a whole, so it has no "
                                    f"{asked.group('form').rstrip('s')} form. What it does say: {rec.answer}")  # fmt: skip
            return ans, said
        percent = f"{format_number(value.number)}%"
        if asked.group("form").startswith("fraction"):
            fraction = as_fraction(value.number)
            if fraction is None:
                return None
            shown = f"As a fraction, {percent} is {fraction}."
        elif asked.group("form") == "decimal":
            shown = f"As a decimal, {percent} is {format((value.number / 100).normalize(), 'f')}."
        else:
            shown = f"As a percentage, that is {percent}."
        ans = decide.build(self.index, text, said, text=f"{shown} {rec.answer}", sources=[rec], kind="answer",
                           score=1.0)  # fmt: skip
        return ans, said

    def _guess_of_last(self, text: str) -> str | None:
        """A bare value after an answer ("so like 5 years?", "2012?", or a choice: "was that in 2012 or 2013?") as
        the check it is ("was it 5 years?")."""
        bare = _FILLERS.sub("", text).strip(" ?!.,")
        # (a choice only: "was that in 2012?" after "who stopped ...?" asks of the event, which a bare value
        # check of the last answer's party would miss)
        bare = _POINTED_AT.sub("", bare) if " or " in bare else bare
        if not bare or len(bare) > settings.MAX_BARE_GUESS_CHARS:
            return None
        said = self.index.read(bare)
        spans = [(v.start, v.end) for v in said.values if v.kind != "entity"]
        if (
            not spans
            or said.entities
            or not all(
                any(a <= i < b for a, b in spans) or (w == "or" and 0 < i < len(said.words) - 1)
                for i, w in enumerate(said.words)
            )
        ):
            return None
        return f"was it {bare}?"

    def _clause_answered(
        self, question: str, text: str, last: Turn | None, threshold: float, earlier: Turn | None
    ) -> tuple[Answer, Query] | None:
        """The answer to a question asked in one clause of a rambling message whose other clauses only comment
        ("what is Meilishuo, the article kind of just drops the name in without much explanation"): the other
        clauses give no figure, and any party they name is one the answer is about."""
        clauses = [c.strip() for c in _CLAUSES.split(text[: settings.MAX_QUESTION_CHARS]) if c and c.strip()]
        # a clause may ask only after a lead of its own ("i have no idea what that is so can someone tell me what
        # alimama is"): the asking part, when a request to be told opens it
        told = [(c, _TOLD_ASKS.search(c)) for c in clauses]
        clauses = [
            piece
            for c, asking in told
            for piece in ((c[: asking.start()], c[asking.end() :]) if asking else (c,))
        ]
        if not 1 < len(clauses) <= settings.MAX_CLAUSES:
            return None
        for i, clause in enumerate(clauses):
            start = _CLAUSE_ASKS.search(clause)
            if not start or len(clause[start.start("q") :].split()) < 3:
                continue
            if _HOW_ABOUT.match(clause[start.start("q") :]):
                return None  # ("How about WeChat Payment, how many users?": a topic handed to what follows)
            asked = self.index.read(clause[start.start("q") :])
            rest = self.index.read(" ".join([*clauses[:i], clause[: start.start("q")], *clauses[i + 1 :]]))
            if any(v.kind != "entity" for v in rest.values):
                return None  # ("what did Alipay announce, in 2014?": a figure narrows the question)
            found = self._answer(question, asked, last, threshold, earlier)
            record = self.index.by_id.get(found[0].record or "")
            # only the first question asked, and only when it is plainly answered: a second one may lean on it
            if (
                found[0].status != "answered"
                or record is None
                or found[0].confidence < settings.CLAUSE_CONFIDENCE
                or self.index.contrasted(rest, record)  # ("Mogujie on the PC, how many users?": not mobile's)
            ):
                return None
            if found[0].kind == "overview" or set(rest.entities) <= set(record.record.entities):
                return found
            return None
        return None

    def _tail_stands(self, text: str, tail: re.Match[str]) -> bool:
        """True when the question closing a message can be answered without the words before it: after a question
        in another language ("Quando foi fundado o Mogujie? when it was founded?"), or when it names a party or
        asks what a thing is ("... - what exactly did Alipay announce?"); not a bare "what's the number?" whose
        lead says what is counted ("Daily active users for Mogujie - what's the number?")."""
        lead = self.index.read(text[: tail.start("q")])
        asked = self.index.read(tail.group("q"))
        if tail.group(0).lstrip().startswith("?") or text[: tail.start("q")].rstrip().endswith("?"):
            english = self.index.reader.speller.english.zipf
            said = text[: tail.start("q")]
            return any(english.get(w, 0.0) < settings.ENGLISH_ZIPF for w in lead.unknown) or any(
                ord(c) > 127 and c.isalpha() for c in said
            )
        return bool(asked.entities) or bool(_WHAT_IT_IS.match(tail.group("q").strip()))

    def _kind(self, text: str) -> str:
        """What a message is: a question, or chat ('greeting', 'help', 'self', ...) the story does not answer."""
        plain = " ".join(words(text))
        kind = intent(plain or fold(text).strip())
        if kind == "question" and len(text) <= settings.CHAT_CHECK_CHARS:
            # "hi hw r u": a greeting once its typos are fixed (the reading is cached for the question itself)
            kind = intent(" ".join(self.index.read(text).words) or "?")
        if kind == "question" and (
            (about_bot(plain) and not self.index.read(text).entities) or bot_owner_asked(plain)
        ):
            kind = "self"  # "who built you?", "are you run by <a party>?" ask about the bot, not the story
        return kind

    def _asked_of(
        self,
        question: str,
        reading: Query,
        span: tuple[int, int],
        entity: str,
        last: Turn | None,
        threshold: float,
        earlier: Turn | None,
    ) -> tuple[Answer, Query]:
        """The same question asked of another party, put where the named one stands."""
        s, e = span
        swapped = " ".join([*reading.words[:s], self.kb.entities[entity].name, *reading.words[e:]]) + "?"
        return self._answer(question, self.index.read(swapped), last, threshold, earlier)

    def _of_owner(
        self, question: str, reading: Query, last: Turn | None, threshold: float, earlier: Turn | None
    ) -> tuple[Answer, Query] | None:
        """ "what share of mobile payments does Alipay Wallet claim?": a measure the story gives not of a thing but
        of the one party that owns it, answered as that party's and said to be so."""
        owners = self.index.reader.owners
        # (the one name that has an owner: "China's mobile payments" only says which market)
        named = [(entity, span) for entity, span in _named_spans(reading) if entity in owners]
        if len(named) != 1 or len(owners[named[0][0]]) != 1:
            return None
        part, span = named[0]
        owner = next(iter(owners[part]))
        if owner in reading.entities:
            return None  # ("the difference between Alipay and Alipay Wallet": both asked of)
        names = self.kb.entities
        theirs, their_reading = self._asked_of(question, reading, span, owner, None, threshold, earlier)
        told = self.index.by_id.get(theirs.record or "")
        if (
            theirs.status != "answered"
            or told is None
            or told.record.entities[:1] != (owner,)
            or told.value is None
            or told.value.kind
            not in ("count", "percent")  # (a figure: who runs the owner is not who runs it)
        ):
            return None
        text = f"The story gives that for {names[owner].name}, which {names[part].name} belongs to: {theirs.answer}"
        return replace(theirs, answer=text), their_reading

    def _autocorrected(
        self, question: str, typed: Query, last: Turn | None, threshold: float, earlier: Turn | None
    ) -> tuple[Answer, Query] | None:
        """A question that found nothing, read again with each English word the story never uses replaced by the
        story's word one slip away ("when was mogujie funded"): an autocorrect's real-word slips. Kept only when
        that reading is answered."""
        speller = self.index.reader.speller
        fixes = {w: near for w in typed.unknown if (near := speller.near_known(w))}
        if not fixes or len(typed.tokens) <= len(fixes):
            return None  # ("is this number sure?": with nothing else read, a word one slip away is a guess)
        fixed = " ".join(fixes.get(w, w) for w in typed.words)
        again, reading = self._answer(question, self.index.read(fixed), last, threshold, earlier)
        return (again, reading) if again.status == "answered" else None

    def _named_before(self, text: str, core: str, typed: Query) -> Query:
        """The question part of a message, with the names of the statement before it when it names none itself
        ("Mogujie has 85 million accounts, of which 35 million are active. How many are NOT active?"), or only
        one side of a comparison ("... Meilishuo had 1000. How many times as many did Mogujie have?")."""
        at = text.rfind(core.rstrip(" ?!."))
        if at <= 0 or not text[:at].rstrip().rstrip("'\"\u2019\u201d").endswith((".", "!")):
            return (
                typed  # only a statement before the question, a sentence of its own, tells what it is about
            )
        measured = [
            t for t in typed.tokens if not t.startswith(ENTITY_PREFIX) and t not in followups.COMPARING
        ]
        comparing = "comparison" in typed.forms and len(typed.entities) == 1 and bool(measured)
        pointing = _POINTING_WORD.search(core)
        if pointing and "sourcing" in typed.forms and not typed.entities and not typed.values:
            # "<a statement of figures>. Whose figures are those?": who says what the statement says
            return self.index.read(f"{core.rstrip(' ?!.')} ({text[:at].strip(' .!')})?")
        if (typed.entities and not comparing) or pointing:
            return typed  # ("... WeChat Payment's share. What is it?": what "it" is, the whole message tells)
        said = [e for e in self.index.read(text).entities if e not in typed.entities]
        if not said:
            return typed
        names = " and ".join(self.kb.entities[e].name for e in said)
        if comparing:
            return self.index.read(f"{core.rstrip(' ?!.')} than {names}?")
        return self.index.read(f"{core.rstrip(' ?!.')} ({names})?")

    def _parts(
        self, question: str, text: str, last: Turn | None, threshold: float, earlier: Turn | None
    ) -> tuple[Answer, Query] | None:
        """A message asking several things ("checked: the year ..., what ..., and how ...") answered part by part,
        each part that names nothing read of what the lead or the parts before it name; None unless two or more
        parts remain and every one is answered."""
        split = split_parts(text)
        if split is None:
            return None
        lead, parts = split
        asked = [p for p in parts if self._kind(p) == "question"]
        if len(asked) == 1 and not lead:
            # "Who built you? When was Mogujie founded?": the chat is left aside, the one question answered
            return self._answer(question, self.index.read(asked[0]), last, threshold, earlier)
        if len(asked) < len(parts):
            return None
        if len(parts) == 2 and not lead and _STORY_GIVES_IT.match(parts[1]) and question_type(parts[0]):
            # "who founded mogujie, do they name the people?": the first part's answer says whether it does
            return self._answer(question, self.index.read(main_question(parts[0])), last, threshold, earlier)
        named = list(self.index.read(lead).entities) if lead else []
        found: list[tuple[Answer, Query]] = []
        before, previous = earlier, last
        for part in parts:
            core = main_question(part)  # (each part read as a question alone is: "what part does it play?")
            typed = self.index.read(core)
            if lead and not lead.rstrip().endswith("?") and points_back(part):
                # "I read that X - is that right, and was it ever confirmed?": each asked of the statement
                typed = self.index.read(f"{reported_statement(lead)}, {part}")
            elif (
                not typed.entities
                and named
                and not typed.values  # ("..., and who claims the 80% share?": its figure says what it is)
                and not (found and followups.SUBJECT_PRONOUNS.search(typed.joined))
                and not (found and _POINTING_WORD.search(typed.joined))  # ("..., and what does that leave?")
            ):
                names = " and ".join(self.kb.entities[e].name for e in named)
                typed = self.index.read(f"{core.rstrip(' ?')} ({names})?")
            answered = found[-1][0].record if found and found[-1][0].status == "answered" else None
            put = self._answer_put(part, answered) or self._share_converted(part, answered)
            if put and len(parts) == 2:
                # "who wrote it? i put Tracey Xiang, is that right?": the reader's answer, checked, says it all (so
                # does "... ? as a fraction?", the share in the form asked)
                return replace(put[0], question=question), put[1]
            # (its own words, not all)
            got = put or self._answer(part, typed, previous, threshold, before)
            if not put and got[0].status != "answered" and typed is not (alone := self.index.read(core)):
                # "Who reported the store count, and in what language was the report?": a part the names before it
                # leave unanswered, answered as typed, stands on its own
                bare = self._answer(part, alone, previous, threshold, before)
                got = bare if bare[0].status == "answered" else got
            found.append(got)
            named = list(found[-1][1].entities) or named
            # a later part leans on the one before ("..., and who is claiming them")
            before, previous = previous, self._turn(part, *found[-1])
        kept: dict[tuple[str, str, str], tuple[Answer, Query]] = {}
        for a, q in found:
            # two parts one record answers are one (a check of it too: its "Yes" quotes the same sentence),
            # unless their verdicts differ ("is that right?" yes, as a rumour; "was it confirmed?" no)
            verdict = (
                a.answer.split(":", 1)[0] if a.kind == "check" and not a.answer.startswith("Yes") else ""
            )
            kept.setdefault(
                (a.record or a.answer, "answer" if a.kind == "check" else a.kind, verdict), (a, q)
            )
        plain = all(a.kind == "answer" for a, _ in found)
        found = list(kept.values())
        answers = [a for a, _ in found]
        missed = [a for a in answers if a.status != "answered"]
        if missed and all(a.status == "clarify" for a in missed) and len(answers) - len(missed) >= 2:
            # "define what kind of company X is, how it is described ..., and which other site ...?": two parts
            # answered stand, with the one not understood said so, in its place
            answers = [a if a.status == "answered" else replace(a, answer=_NOT_UNDERSTOOD) for a in answers]
        elif len(answers) == 1 and not missed and plain:
            # "What is Meilishuo and what part does it play?": parts asking one thing are that one answer (a
            # reader's guess among them is checked by the whole: "how much ...? One quarter, yes?")
            return replace(answers[0], question=question), found[-1][1]
        elif len(answers) < 2 or missed:
            # a part the story lacks may be what a later part leans on ("Who is its CEO, and what did he say?"),
            # and a part alone may read worse than the whole: the message is then answered as one question
            return None
        says = {a.says for a in answers if a.says is not None}
        first = answers[0]
        merged = replace(
            first,
            question=question,
            answer=" ".join(f"({k}) {a.answer}" for k, a in enumerate(answers, 1)),
            confidence=min(a.confidence for a in answers),
            citations=list({c.sentence: c for a in answers for c in a.citations}.values()),
            suggestions=[],
            resolved=" / ".join(parts),
            kind="answer",
            says=first.says if len(says) == 1 else None,
            says_name=first.says_name if len(says) == 1 else "",
        )
        return merged, found[-1][1]

    def _set_aside(self, claim: str, other: str) -> bool:
        """True when "<claim>, not <other>" sets aside one party or one figure of the kind the claim states, and
        the claim alone is a yes/no: checking it settles the pair."""
        aside = self.index.read(other)
        stated = self.index.read(claim + "?")
        if stated.qtype != "yesno" or not aside.tokens or set(aside.tokens) <= set(stated.tokens):
            return False  # ("Mogujie was founded in 2011, not in 2011?": the claim already names what is set aside)
        if len(aside.entities) == 1 and aside.tokens == [ENTITY_PREFIX + aside.entities[0]]:
            return bool(stated.entities)
        kinds = {v.kind for v in aside.values}
        return len(aside.values) == 1 and bool(kinds & {v.kind for v in stated.values if v.kind != "entity"})

    def _or_only(
        self, question: str, found: re.Match[str], last: Turn | None, threshold: float, earlier: Turn | None
    ) -> tuple[Answer, Query] | None:
        """ "Did Alipay resume support for Meilishuo too, or only Mogujie?": the yes/no about the first party,
        told as not said of the first (an additive "too") or as "only" the other (a choice) when the story says
        it of the other alone; None when the question is not two parties in that shape (then it is answered
        whole)."""
        other = self.index.read(found.group("b"))
        asked = self.index.read(found.group("q") + "?")
        if len(other.entities) != 1 or not all(t.startswith(ENTITY_PREFIX) for t in other.tokens):
            return None
        alone = other.entities[0]
        if alone in asked.entities or not asked.entities:
            return None
        ans, reading = self._answer(question, asked, last, threshold, earlier)
        record = self.index.by_id.get(ans.record or "")
        names = self.kb.entities
        if ans.status == "answered" and ans.answer.startswith("Yes"):
            if record is None or alone not in record.record.entities:
                return None
            return replace(ans, answer=f"Both, not only {names[alone].name}. {ans.answer}"), reading
        # (a figure the story gives another party is the other's: "... or only Alipay Wallet?")
        if ans.status not in ("unknown", "clarify") and not ans.answer.startswith("Not exactly"):
            return None
        # the same question of the other party, put in each named party's place from the last: "only" that one
        # when the story says it of it
        spans = reversed(_named_spans(asked))  # (a party of the other's own kind first: "did Meilishuo get
        # Alipay support back, or just Mogujie?" sets a site against a site, not against Alipay)
        for entity, span in sorted(spans, key=lambda named: names[named[0]].kind != names[alone].kind):
            theirs, their_reading = self._asked_of(question, asked, span, alone, last, threshold, earlier)
            told = self.index.by_id.get(theirs.record or "")
            if theirs.status == "answered" and theirs.answer.startswith("Yes") and told is not None:
                before = found.string[: found.start("b")].lower()
                if followups.TOO.search(before) or _TOO_TYPED_TO.search(before):
                    # "Did Alipay cut off Meilishuo too, or just Mogujie?" asks the first party's yes/no, which
                    # the story leaves open
                    text = (
                        f"The story doesn't say that of {names[entity].name}. It says it only of "
                        f"{names[alone].name}: {told.record.answer}"
                    )
                    return replace(theirs, answer=text, status="unknown"), their_reading
                # "Is 190 million for Alipay overall or only for Alipay Wallet?": a choice, which the story settles
                text = (
                    f"Only {names[alone].name}, as far as the story says: {told.record.answer} "
                    f"It doesn't say that of {names[entity].name}."
                )
                return replace(theirs, answer=text), their_reading
        return None

    def _answer(
        self, question: str, typed: Query, last: Turn | None, threshold: float, earlier: Turn | None = None
    ) -> tuple[Answer, Query]:
        named = followups.ordinal_named(self.index, typed, last)
        typed = named or typed
        readings = followups.resolve(self.index, typed, last)
        ctx = claims.Context(self.index, question, typed, last, threshold, earlier, ordinal=named is not None)
        # (only of a message that is this question alone: a sentence before it may say what "it" is)
        unnamed = decide.object_unnamed(typed, last) if typed.text.strip() == question.strip() else ""
        if unnamed:
            chosen = ctx.ranked(typed)[1]
            return decide.asked_back(
                self.index, question, typed, chosen, f'What do you mean by "{unnamed}"?'
            ), typed
        for reading in readings.queries:
            shaped = claims.special(ctx, reading)
            if shaped:
                return shaped, reading
            if readings.ordered:
                break
        best: tuple[Query, list[Candidate], list[Candidate]] | None = None
        lacking: tuple[Query, list[Candidate], list[Candidate]] | None = None
        for reading in readings.queries:
            ranked, chosen = ctx.ranked(reading)
            top = chosen[0].score if chosen else -1.0
            if readings.ordered and decide.value_asked_back(reading, ranked[:3], threshold):
                # "(What's Alimama?) / who pays for it?": asked of the answer
                best = (reading, ranked, chosen)
                break
            if readings.ordered and top >= threshold:
                if decide.lacked(self.index, reading, chosen[0]):
                    # "its referral program" read as Alipay's is a thing the story lacks; read as Alibaba's,
                    # one it gives: a later reading the story answers is preferred
                    lacking = lacking or (reading, ranked, chosen)
                    continue
                best = (reading, ranked, chosen)  # an ellipsis reading is preferred whenever it answers
                break
            if best is None or top > (best[2][0].score if best[2] else -1.0) + 1e-9:
                best = (reading, ranked, chosen)
        if lacking and (best is None or not best[2] or best[2][0].score < threshold):
            best = lacking
        assert best is not None
        reading, ranked, chosen = best
        return decide.decide(self.index, question, typed, reading, ranked, chosen, threshold, last), reading

    def _turn(self, question: str, ans: Answer, reading: Query) -> Turn:
        """What a follow-up needs of this turn: what it was about and what its answer named."""
        about = list(reading.entities)
        rec = self.kb.qa_by_id.get(ans.record or "")
        if not about and rec:
            about = list(rec.entities[:1])
        told: list[str] = []
        terms = self.index.by_id.get(ans.record or "")
        if terms and terms.value and terms.value.entity:
            told.append(terms.value.entity)  # "it" most likely means the name the answer gave
        if terms:
            told.extend(terms.told)
        for c in ans.citations:
            told.extend(self.index.sentence_entities.get(c.sentence, ()))
        told = [e for e in dict.fromkeys(told) if e not in about]

        named = list(terms.told) if terms else []
        return Turn(question=question, resolved=reading.text, entities=about, answer_entities=told, named=named,
                    record=ans.record, status=ans.status, kind=ans.kind, story=self.story_id, query=reading,
                    sentences=tuple(c.sentence for c in ans.citations))  # fmt: skip

    def _chat_reply(self, question: str, kind: str) -> Answer:
        examples = self.featured_questions()
        replies = {
            "greeting": "Hello! Ask me anything about the story, and I will answer from the article with quotes.",
            "help": (
                "Ask a question about the story in your own words, for example: "
                + " / ".join(examples)
                + " I quote the sentences each answer comes from, and I say so when the story doesn't tell."
            ),
            "thanks": "You're welcome! Ask another question whenever you like.",
            "farewell": "Goodbye!",
            "self": (
                "I'm a question-answering tool for this news story: I answer from the article alone, with quotes,"
                " and have nothing to say about myself. Ask me about the story, for example: "
                + " / ".join(examples)
            ),
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
            kind="chat",
        )


def _quoted(ans: Answer, lead: str) -> Answer:
    """The answer to "where does the story say ...?" (or "does it mention ...?"): the sentences themselves, with
    their paragraphs."""
    if (
        ans.status != "answered"
        or not ans.citations
        or (ans.kind == "check" and not ans.answer.startswith("Yes"))
    ):
        return ans  # ("Which sentence says Mogujie has 95 million accounts?": none does; the check says so)
    shown = [f"paragraph {c.paragraph}: \u201c{c.quote}\u201d" for c in ans.citations[: settings.MAX_LOCATED]]
    text = lead + "; and in ".join(shown)
    return replace(ans, answer=text, kind="locate")


def load_engine(knowledge: str | None = None, seeds: str | None = None, story: str | None = None) -> Library:
    """The answer engine over a library of stories (or one `story`), from the engine cache when it is warm."""
    from .library import load_library_engine

    return load_library_engine(knowledge, seeds, story)


_LETTERS = Lazy(r"[^\W\d_]+")
_CLOSING_TAG = Lazy(r",\s*(?P<tag>[^\W\d_]+(?:\s+[^\W\d_]+){0,2})\s*\?+\s*$")
"""A few words closing a statement after a comma ("..., ni kweli?"): a tag asking whether it holds."""
_AS_SHARE = Lazy(
    r"\b(as|in|into|to) (a |an )?(?P<form>fractions?|percentages?|percent|decimals?)\b", re.IGNORECASE
)
"""A share asked for in another form ("as a fraction", "in percent")."""
_CONVERTING = frozenset({"can", "could", "would", "you", "please", "express", "expressed", "write", "written",
                         "convert", "converted", "show", "put", "give", "turn", "state", "say", "that", "this", "it",
                         "its", "the", "figure", "number", "share", "for", "me", "us", "them", "and", "so", "what",
                         "whats", "is", "be", "how", "about", "then", "ok", "okay", "now", "a", "an", "also"})  # fmt: skip
"""Words a request to put the last figure in another form is made of ("can you express that as a fraction?")."""
_WHY_THEN = Lazy(r"^\s*why\s*[,;:!-]+\s*(?P<rest>(what|who|how)\b.*)$", re.IGNORECASE)
"""A bare "why", then the same asked again in other words ("Why, what had Mogujie done?"): after an answer, its
reason."""
_OPENING_WORD = Lazy(r"^\s*([^\W\d_]+)\s*[,!]\s+(?=\w)")
"""One word set off by a comma or "!" before the question: a greeting or a cry, in any language."""
_NOT_UNDERSTOOD = "I'm not sure what this part asks; please ask it on its own."


def answer(question: str, conversation: Conversation | None = None) -> Answer:
    """Answer with the default knowledge base; the notebook-friendly entry point."""
    return load_engine().answer(question, conversation)
