"""Questions with a shape beyond "look it up": checking a stated claim, comparing figures, who says so,
and overviews from the story's timeline. Each works from typed values and attribution, not from wording.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import Decimal
from itertools import pairwise

from rapidfuzz import fuzz
from rapidfuzz.distance import OSA

from . import glossary, settings
from .answers import Answer, Attribution, QuestionType, Status, Turn
from .compiled import Name, Record, TimelineEvent
from .decide import (
    CONFIRM_OR_DENY,
    OWNED_UP,
    PARTY_CONFIRMED,
    REMARKED,
    STOPPING,
    WHO_WROTE,
    another_party,
    build,
    decide,
    denied_by_its_stop,
    more_than_allowed,
    only_one_thing,
    other_moment,
    pair_meant,
    spoken_act,
    statement_asked,
    stopped_acts,
    stopped_elsewhere,
    unanchored_pronoun,
    without_verdict,
)
from .followups import ACTED_ON_IT, COMPARING, OTHER_INSIDE, SUBJECT_THAT, substitute
from .followups import TOO as _TOO
from .index import Index, RecordTerms, acts
from .numbers import format_number, fraction_percent
from .patterns import Lazy
from .query import (
    ENTITY_PREFIX,
    FIGURE_NOUNS,
    FIGURE_TERMS,
    LIKENESS_SUFFIXES,
    QUESTION_WORDS,
    STORY_NOUNS,
    WH_KIND,
    YEAR_PARTS,
    Query,
    Value,
)
from .questions import (
    SET_ASIDE,
    SHARE_WORDS,
    asks_reason,
    counts_from_present,
    framed,
    framing_words,
    is_choice,
    moment_year,
    opens_with_scene,
    put_as_true_false,
    years_asked,
)
from .ranking import AIM, Candidate, answers_purpose, rank, said_by
from .text import AUXILIARIES, TAG_WORDS, fold, stem, words

_VALUE_TYPE: dict[str, QuestionType] = {
    "count": "how_many",
    "percent": "how_much",
    "year": "when",
    "duration": "when",
    "entity": "what",
}
"""What a question asks once the value it states is taken out: "founded in 2013?" asks when."""


@dataclass
class Context:
    """What every shape needs: the index, the question as typed, the last turn and the decline bar."""

    index: Index
    question: str
    typed: Query
    last: Turn | None
    threshold: float
    earlier: Turn | None = None
    """The turn before the last: "the gap between the two" may mean the figures of both."""
    ordinal: bool = False
    """True when "the first one" or "the latter" was read as a name the last question gave, not the article's."""

    def __post_init__(self) -> None:
        self._ranked: dict[int, tuple[Query, list[Candidate], list[Candidate]]] = {}
        self._as_typed: str | None = None

    @property
    def as_typed(self) -> str:
        """The question's own words, cut to the length limit: a reading sets some aside ("another", "any other")
        and a follow-up's adds the last question's; read once per question."""
        if self._as_typed is None:
            self._as_typed = " ".join(words(self.question[: settings.MAX_QUESTION_CHARS]))
        return self._as_typed

    def ranked(self, query: Query) -> tuple[list[Candidate], list[Candidate]]:
        """All scored and the eligible candidates for a query, best first; each query is ranked once."""
        hit = self._ranked.get(id(query))
        if hit is None or hit[0] is not query:
            # a name typed switches the context bonus off, unless the question still points back with a
            # closing object ("When did Alipay announce it?")
            named = bool(self.typed.entities) and not ACTED_ON_IT.search(self.typed.joined)
            ranked, chosen = rank(self.index, query, self.last, named)
            hit = self._ranked[id(query)] = (query, ranked, chosen)
        return hit[1], hit[2]

    def rank(self, query: Query) -> list[Candidate]:
        """Eligible candidates for a query, best first (names typed switch the context bonus off)."""
        return self.ranked(query)[1]


_AGE_ASKED = Lazy(
    r"\bhow old (is|was|were|are) (the |its |their |\w+ )?(founders?|ceo|owners?|boss|bosses|author|writer|he|she)\b"
    r"|\bhow old (do|does|did|must|should) (you|u|i|one|people|users?|someone|shoppers?|kids?|children) (have to |need to"
    r" |got to |gotta )?be\b"
)
"""A question asking a person's age ("How old was the founder ...?"), not how long a thing has been around."""


def special(ctx: Context, query: Query) -> Answer | None:
    """The answer for a question of a special shape, or None to rank it as a plain question."""
    # (how many guesses, "another explanation", is counted below, from the question as typed)
    given = (
        _reason_given(ctx, query)
        if _REASON_GIVEN.match(query.joined)
        and not (_SEVERAL_GUESSES.search(ctx.as_typed) or _ONE_GUESS.search(ctx.as_typed))
        else None
    )
    if given:
        return given
    rival = _rival_of_owner(ctx, query) if _RIVAL.search(query.joined) else None
    if rival:
        return rival
    owned = _figure_owner(ctx, query) if query.qtype == "yesno" and len(query.entities) == 1 else None
    if owned:
        return owned
    if _AGE_ASKED.search(query.joined):
        # "How old was the founder when he started it?": the age of a person, which the story never gives
        chosen = ctx.rank(query)
        top = chosen[0].terms.record if chosen and chosen[0].score >= ctx.threshold else None
        said = f" What it does say: {top.answer}" if top else ""
        return build(ctx.index, ctx.question, query, text=f"The story doesn't give anyone's age.{said}",
                     sources=[top] if top else [], kind="decline", score=1.0, status="unknown",
                     record=top.id if top else None)  # fmt: skip
    if (
        "comparison" in query.forms
        and not ctx.typed.entities
        and _LAST_TWO.search(ctx.typed.joined)
        and _last_two(ctx, _ANY_FIGURE)
    ):
        # "(Mogujie's monthly users? / its accounts?) / the gap between the two?": the last two answers' figures
        found = compare(ctx, query)
        if found:
            return found
    if (
        len(query.entities) == 1
        and query.qtype in (None, "what", "how_many")
        and all(t.startswith(ENTITY_PREFIX) or t in FIGURE_TERMS or t in _WEIGHTY for t in query.tokens)
        and not FIGURE_NOUNS.isdisjoint(query.words)
        and "sourcing" not in query.forms
        and not {"from", "by", "itself", "own"}
        & set(query.words)  # ("which figures are from Mogujie itself?")
    ):
        # "What are Mogujie's figures?", "mogujie numbers": each figure the story gives of it, with its source
        listed = _party_figures(ctx, query, query.entities[0])
        if listed:
            return listed
    put = _unknown_name_put(ctx, query) if query.qtype == "yesno" and len(query.unknown) == 1 else None
    if put:
        return (
            put  # "based in Paris?", "a site like Amazon?": a name the story never uses, where it names one
        )
    counted = _guesses_counted(ctx, query) or (
        _parties_counted(ctx, query) if query.qtype == "how_many" else None
    )
    if counted:
        return counted  # "Does the writer offer one explanation or several?", "how many sites adopted it?"
    known = _reason_known(ctx, query) if query.qtype == "yesno" and "know" in query.joined else None
    if known:
        return known  # "Is the reason behind Alipay's reversal known?": no, the story says nobody knows
    if "chinese" in query.words or "mandarin" in query.words or "pinyin" in query.words:
        native = _NAME_IN_SCRIPT.search(query.joined)
        if native:
            # "What are the Chinese characters for Mogujie?": the article writes every name in English letters
            lang = (native.group("lang") or native.group("lang2")).capitalize()
            return build(ctx.index, ctx.question, query, sources=[], kind="decline", score=1.0, status="unknown",
                         text=f"The story doesn't say: it gives no name in {lang}, only in English letters.")  # fmt: skip
    phrase = _SAYING_ASKED.search(ctx.as_typed) if " say" in ctx.as_typed else None
    if phrase and not ctx.index.vocab_records.keys() & set(ctx.index.read(phrase.group("said")).tokens):
        # "How to say 'köszönöm' in English?": a phrasebook question about words the story never uses
        return build(ctx.index, ctx.question, query, sources=[], kind="decline", score=0.0, status="unknown",
                     text="The story doesn't say: that isn't something this article covers.")  # fmt: skip
    spelled = (
        _name_misspelled(ctx, query) if query.qtype == "yesno" and _ABOUT_NAMES.search(query.joined) else None
    )
    spelled = spelled or (spelling_choice(ctx, query) if " or " in ctx.question else None)
    if spelled is None and "spel" in query.joined:
        spelled = spelling_asked(ctx, query)
    if spelled:
        return spelled  # "is it Tracey Xiang or Tracy Xiang?": how the story spells a name
    glossed = (
        None
        if ctx.ordinal
        else glossary.meaning(ctx.index, ctx.question, query)
        or glossary.wording_used(ctx.index, ctx.question, query)
        or (glossary.wording_chosen(ctx.index, ctx.question, query) if " or " in ctx.question else None)
    )
    if glossed:
        return glossed  # "What does 'e-tailers' mean?": the article's words, in plainer ones
    stated = _stated_figure_refuted(ctx, query)
    if stated:
        return stated  # "alipay cut off mogujie like ten years ago": a statement, checked against the story
    only = (
        only_one_thing(ctx.index, ctx.question, query)
        if "only" in ctx.as_typed or "just" in ctx.as_typed
        else None
    )
    if only:
        return only  # "Alipay Wallet is only for pay, yes?": no, the story says it is used for more
    dated = _when_of_last(ctx) or _where_of_last(ctx) or _next_event(ctx) or _purpose_of_last(ctx)
    if dated:
        return dated
    if query.entities and query.joined.startswith(("who ", "which ")) and _PERSON_AT.match(query.joined):
        named = _person_named(ctx, query)
        if named:
            return named
    agent = _agent_asked(ctx, query)
    if agent:
        return agent
    if (
        query.qtype == "yesno"
        and not framed(query.joined)
        and not _CLEFT_IT.match(ctx.typed.joined)
        and unanchored_pronoun(ctx.typed, query, ctx.last)
        and not pair_meant(ctx.typed, ctx.rank(query))
    ):
        # ("they opened marketplaces in early 2013?" is checked: "they" are the pair its words pick out)
        return None  # "Was it claimed by?" with nothing before it: asked back in the decision
    chosen = ctx.rank(query)
    shaped = query.forms & {"sourcing", "comparison", "overview"}
    if (
        chosen
        and chosen[0].score >= settings.CURATED_SCORE
        and shaped & chosen[0].terms.forms
        and not any(v.kind != "entity" for v in query.values)
        and query.qtype != "yesno"
        and not (ctx.last and ctx.last.record and not query.entities)
        and not _COMPUTED.search(query.joined)
        and not _GIST_ASKED.search(ctx.as_typed)
    ):
        # a curated question of this shape asked almost word for word: its own record answers it (unless a
        # follow-up naming nothing, "Who's the source for that?", is about the last answer)
        return None
    other = not ctx.typed.entities and query.entities and OTHER_INSIDE.search(ctx.typed.text)
    if ((ctx.typed.qtype is None and ctx.typed.entities) or other) and _TOO.search(ctx.typed.joined):
        # "(What payment did Mogujie use?) / Meilishuo also?": yes when the last answer is about it too
        also = _same_for_another(ctx, ctx.typed)
        if also:
            return also
    named = (
        _naming(ctx, query)
        or story_setting(ctx, query)
        or elsewhere(ctx, query)
        or names_list(ctx, query)
        or figures_list(ctx, query)
        or category(ctx, query)
        or belongs(ctx, query)
        or voice_list(ctx, query)
        or share_of_other(ctx, query)
        or admitted_unknowns(ctx, query)
        or figure_meaning(ctx, query)
        or measured_change(ctx, query)
        or stated_gap(ctx, query)
        or stature(ctx, query)
        or earnings_size(ctx, query)
        or same_moment(ctx, query)
        or same_count(ctx, query)
        or common_owner(ctx, query)
        or relation(ctx, query)
    )
    if named:
        return named
    sided = (
        _EITHER_SIDE.search(query.joined) or _FIRST_OF.search(query.joined) or _asked_in_order(query)
    )  # "which came first, A or B?", "did A happen before B?"
    ordered = (
        _years_apart_of_last(ctx, query)  # (of the order just told: the reading with it says it again)
        or _gap_from_last(ctx, query)
        or (order(ctx, query) if sided else None)
        or years_between(ctx, query)
        or _age_at(ctx, query)
    )
    if ordered:
        return ordered
    if "summary" in query.forms and query.qtype in ("what", None) and "overview" in query.forms:
        # "What is the central event the piece reports, stripped of its speculation?": the story's gist first
        found = overview(ctx, query)
        if found:
            return found
        gist = (
            _GIST_ASKED.search(ctx.as_typed)
            and not query.entities
            and (not query.unknown or _THIS_STORY.search(ctx.as_typed))
        )
        summaries = [r for r in ctx.index.kb.qa if r.summary] if gist else []
        if summaries:
            # "One line: what's the headline here?": the gist, written as asked, whatever else the words name
            return build(ctx.index, ctx.question, query, text=summaries[0].answer, sources=summaries[:1],
                         kind="overview", score=1.0)  # fmt: skip
    # "Which year is the technical fee rumour about?" asks when, whatever word of sourcing names the thing
    if "sourcing" in query.forms and (query.qtype != "when" or "sourcing_who" in query.forms):
        if query.qtype == "yesno" and any(v.kind != "entity" for v in query.values):
            # "Was the fee rumour about 2014?": a figure the story contradicts settles it before who says it
            checked = check(ctx, query)
            if checked and checked.answer.startswith("No") and not _figure_of_named(ctx, query):
                return checked
        found = sourcing(ctx, query)
        if found:
            return found
    if "overview" in query.forms:
        found = overview(ctx, query)
        if found:
            return found
    if (
        query.qtype in ("how_many", "how_much")
        or (query.qtype == "what" and ctx.last and ctx.last.record)
        or (
            query.qtype == "what" and any(v.kind == "percent" for v in query.values)
        )  # "if it has 80%, what ..."
    ) and not _REST.isdisjoint(query.words):  # "(Alipay's share?) / what does that leave for the others?"
        found = complement(ctx, query)
        if found:
            return found
    if query.qtype in ("how_much", "what") or (
        "comparison" in query.forms and query.qtype != "yesno" and not SHARE_WORDS.isdisjoint(query.words)
    ):  # "what is the MAU-to-registered ratio": "what" far from "ratio"; "MAU as a percentage of accounts?"
        found = count_share(ctx, query)
        if found:
            return found
    if len(query.entities) == 2 and query.qtype == "how_much" and _share_at(ctx.index, query) is not None:
        found = compare(ctx, query)  # "what percentage of Mogujie's stores did Meilishuo have?"
        if found:
            return found
    if "comparison" in query.forms and not _LIKENED.search(query.joined):
        found = compare(ctx, query) or order(ctx, query) or _worded_comparison(ctx, query)
        if found:  # ("which came first, A or B?" of undated records)
            return found
        found = _unknown_side(ctx, query) or _side_without_figure(ctx, query)
        if found:
            return found
    elif query.qtype == "yesno" and (_BIG_PART.search(query.joined) or _SMALL_PART.search(query.joined)):
        found = _worded_comparison(ctx, query)
        if found:
            return found
    elif query.qtype in ("how_many", "how_much") and len(query.entities) >= 2:
        found = each_figure(ctx, query)
        if found:
            return found
    if "comparison" not in query.forms:
        found = value_owner(ctx, query)
        if found:
            return found
    if query.qtype == "yesno":
        return _picked_bound(ctx, check(ctx, query))
    if query.qtype in ("how_many", "how_much", "when") and _figures_offered(query):
        # "how many users did the wallet app have, 190 million or 19 million?": the story's pick of those offered
        picked = check(ctx, replace(query, qtype="yesno"))
        if picked and picked.answer.startswith("The story says"):
            return picked
    if (
        (query.qtype == "where" or not _PLACE_ASKED.isdisjoint(query.words))
        and ctx.last
        and not ctx.typed.entities
    ):
        found = _place_of_last(ctx, query)
        if found:
            return found
    if ctx.last and ctx.last.record and not ctx.typed.entities and "or" in query.words:
        return _word_choice(ctx, query)  # "(Alipay's share?) / Share of what: all payments or just mobile?"
    return None


_PLACE_ASKED = frozenset({"country", "countries", "city", "region", "where"})


def _place_of_last(ctx: Context, query: Query) -> Answer | None:
    """ "(How much of the market does Alipay claim?) / in which country?": the one place the last answer names,
    when the follow-up asks nothing the last answer does not speak of."""
    terms = ctx.index.by_id.get(ctx.last.record or "") if ctx.last else None
    if terms is None or terms.record.not_in_story:
        return None
    kinds = ctx.index.reader.kinds
    places = [e for e in terms.record.entities if kinds.get(e) == "place"]
    asked = [t for t in query.tokens if t not in ctx.index.reader.kind_terms]
    if len(places) != 1 or not all(_uses(terms, t) for t in asked):
        return None
    rec = terms.record
    text = f"{ctx.index.kb.entities[places[0]].name}: {rec.answer}"
    return build(ctx.index, ctx.question, query, text=text, sources=[rec], kind="answer", score=1.0,
                 record=rec.id)  # fmt: skip


_EITHER_BOUND = Lazy(
    r"\b(more|bigger|larger|higher|greater|above|over|less|fewer|smaller|lower|below|under) or "
    r"(more|bigger|larger|higher|greater|above|over|less|fewer|smaller|lower|below|under) th[ae]n\b"
)
"""A choice of bounds ("more or less than half?"), which the reader checks as its first."""


def _picked_bound(ctx: Context, found: Answer | None) -> Answer | None:
    """ "Is the share more or less than half?": the check of the first bound, worded as the pick ("More: ...")."""
    if found is None or found.kind != "check" or " or " not in ctx.question:
        return found
    pair = _EITHER_BOUND.search(fold(ctx.question))
    if pair is None:
        return found
    first, second = pair.groups()
    terms = ctx.index.by_id.get(found.record or "")
    stated = [v for v in ctx.typed.values if v.kind in ("count", "percent") and v.number is not None]
    if terms and terms.value and stated and terms.value.number == stated[0].number:
        # "more or less than 80%?" of a story saying 80%: neither
        said = found.answer.split(": ", 1)[-1]
        return replace(found, answer=f"Neither: exactly that. {said}")
    for said, pick in (("Yes", first), ("No", second)):
        if found.answer.startswith(said):
            return replace(found, answer=pick.capitalize() + found.answer[len(said) :])
    return found


_CLEFT_IT = Lazy(r"^(is|was) it (\w+ ){1,3}(that|who|which)\b")
"""A cleft ("Was it Xinhua that reported ...?"): its "it" stands for nothing before it."""

_ASKS_FIGURE = Lazy(
    r"\bhow (many|much)\b|\b(percent|percentage|share|proportion|fraction|ratio|rate|per)\b|\bpart of the\b"
)
"""Words asking for a figure of its own: "What share of the 190 million users ...?" asks a new one."""


_PERSON_AT = Lazy(
    r"^(who|which (person|people|journalist|journalists|reporter|reporters|writer|editor|analyst|analysts"
    r"|spokes\w+|executive|executives|employee|staffer|official|officials|manager|boss)) (at|from|of|in) "
    r"|^which (\w+ ){1,3}?(journalist|reporter|writer|editor|analyst|spokes\w+|executive|employee|staffer|official"
    r"|manager|boss|person)s? (wrote|said|reported|made|gave|confirmed|announced|claimed|told|is|was)\b"
)
"""A person asked for inside an organisation ("Who at QQ Tech wrote the report?")."""


def _person_named(ctx: Context, query: Query) -> Answer | None:
    """ "Who at QQ Tech wrote the report?": a person the story would have to name; when the record that fits
    names none, the story doesn't say who (the organisation alone is no answer)."""
    chosen = ctx.rank(replace(query, qtype=None))
    if not chosen or chosen[0].score < ctx.threshold:
        return None
    top = chosen[0].terms
    kinds = ctx.index.reader.kinds
    if any(kinds.get(e) == "person" for e in top.record.entities):
        return None  # the story names a person there: answered as any question
    org = ctx.index.kb.entities[query.entities[0]].name
    text = f"The story doesn't say: it names no one at {org}. What it does say: {top.record.answer}"
    return build(ctx.index, ctx.question, query, text=text, sources=[top.record], kind="decline",
                 score=chosen[0].score, status="unknown", record=top.record.id)  # fmt: skip


def value_owner(ctx: Context, query: Query) -> Answer | None:
    """ "Who has 190 million users?", "Is the 190 million figure for Alipay as a whole, or for one product?":
    a figure the story states, asked whose or what it is, is answered by the record stating it."""
    figures = [v for v in query.values if v.kind in ("count", "percent")]
    if (
        len(figures) != 1
        or (query.qtype == "yesno" and (not is_choice(query.joined) or "truefalse" in query.forms))
        or query.qtype in ("when", "why", "where", "how")  # "When did it reach 190 million?" asks no owner
        or _ASKS_FIGURE.search(
            " ".join(w for i, w in enumerate(query.words) if not figures[0].start <= i < figures[0].end)
        )
    ):
        return None
    owners = [
        t
        for t in _stating(ctx, figures[0])
        if set(query.entities) <= t.entities or is_choice(query.joined)  # "for Alipay, or for one product?"
    ]
    if len({t.record.citations[0].sentence for t in owners}) != 1:
        return None  # no record states it, or several do: the question is ranked as any other
    rec = owners[0].record
    return build(ctx.index, ctx.question, query, text=rec.answer, sources=[rec], kind="answer", score=1.0,
                 record=rec.id)  # fmt: skip


_EITHER_SIDE = Lazy(r"\b(before or after|after or before|earlier or later|later or earlier)\b")
_FIRST_OF = Lazy(
    r"\b(which|what) (came|happened|was|occurred|one came|one happened|is|was \w+ed|\w+ed) (first|earlier)\b[,:]?"
)
"""The order of two happenings asked: "Was A before or after B?", "Which came first, A or B?"."""


def order(ctx: Context, query: Query) -> Answer | None:
    """ "Was Mogujie founded before or after the technical fee rumour?", "so was that before or after ...?":
    each side read as one of the timeline's events, and their order told from the timeline, both cited."""
    joined = query.joined
    either, first = _EITHER_SIDE.search(joined), _FIRST_OF.search(joined)
    if either:
        cut = len(joined[: either.start()].split())
        sides = [(0, cut), (cut + len(either.group(0).split()), len(query.words))]
    elif first and " or " in joined[first.end() :]:
        start = len(joined[: first.end()].split())
        cut = start + query.words[start:].index("or")
        sides = [(start, cut), (cut + 1, len(query.words))]
    elif _asked_in_order(query):
        cut = next(k for k, w in enumerate(query.words) if w in ("before", "after"))
        sides = [(1, cut), (cut + 1, len(query.words))]
    else:
        return None
    a, b = (_event_of(ctx, query, start, end) for start, end in sides)
    elided = _elided_sides(ctx, query, sides, first) if either or first else None
    if elided is not None:
        (a, b), missing = elided
        if missing:
            told = a or b
            assert told is not None
            text = (f"The story doesn't say that of {missing}, so it can't put the two in order. What it does "
                    f"say: {told.when}: {told.text}")  # fmt: skip
            return build(ctx.index, ctx.question, query, text=text, sources=[told], kind="decline",
                         score=1.0, status="unknown")  # fmt: skip
    if a is None or b is None:
        return None
    if a is b:
        if not elided:  # (only a happening said once for two names is one; "did it do so" may misread)
            return None
        # ("Did Meilishuo adopt it before or after Mogujie?": one happening told of both, at one time; which of the
        # two came first within it the story does not say)
        text = f"The story doesn't say which came first: it gives one time for both. {a.when}: {a.text}"
        return build(ctx.index, ctx.question, query, text=text, sources=[a], kind="decline", score=1.0,
                     status="unknown")  # fmt: skip
    later = (b.year or 0, b.order) < (a.year or 0, a.order)
    if not either and not first:
        # "Did Alipay stop supporting Mogujie before Mogujie adopted WeChat Payment?": the order put, checked,
        # when each side is a happening the timeline tells in those words (not "stop using WeChat Payment")
        if query.unknown or not all(
            _side_told(ctx, query, s, e, ev) for (s, e), ev in zip(sides, (a, b), strict=True)
        ):
            return None
        holds = later if query.words[sides[0][1]] == "after" else not later
        one, two = (b, a) if later else (a, b)
        text = f"{_verdict_word(query, holds)}: {one.when}: {one.text} Then, {two.when}: {two.text}"
    elif either:
        text = f"{'After' if later else 'Before'}: {a.when}: {a.text} {b.when}: {b.text}"
    else:
        one, two = (b, a) if later else (a, b)
        text = f"First, {one.when}: {one.text} Then, {two.when}: {two.text}"
    return build(ctx.index, ctx.question, query, text=text, sources=[a, b], kind="comparison", score=1.0)


_AROUND_BARE_NAME = frozenset({"s", "the", "one", "did", "does", "do", "was", "is", "were", "has", "had"})
"""Words beside a name that leave it a bare side of an order question ("... or Meilishuo's?")."""


def _elided_sides(
    ctx: Context, query: Query, sides: list[tuple[int, int]], first: re.Match[str] | None
) -> tuple[tuple[TimelineEvent | None, TimelineEvent | None], str] | None:
    """The two happenings of an order question whose side is only a name, the happening said once for both ("Was
    Meilishuo founded before or after Mogujie?", "Which was founded first, Mogujie or Meilishuo?"), and the name
    the timeline tells it of not at all (empty when it tells both); None when no side is a bare name."""
    named = [
        [v for v in query.values if v.kind == "entity" and s <= v.start and v.end <= e] for s, e in sides
    ]
    bare = [
        len(names) == 1
        and not set(query.words[s : names[0].start] + query.words[names[0].end : e]) - _AROUND_BARE_NAME
        for names, (s, e) in zip(named, sides, strict=True)
    ]  # (not "did it do so": the pronoun read as a name still says something of it)
    if not any(bare) or not all(named):
        return None
    said: list[str] = []
    if first:  # "which [was founded] first": the happening, said before the two sides
        at = len(query.joined[: first.start()].split())
        said = query.words[at + 1 : at + len(first.group(0).split()) - 1]
    if all(bare):
        texts = [" ".join([*said, *query.words[n[0].start : n[0].end]]) for n in named]
    else:
        full = bare.index(False)
        (s, e), other = sides[full], named[full][0]  # (its first name is the one the bare name stands beside)
        texts = [
            " ".join(
                [
                    *said,
                    *query.words[s : other.start],
                    *query.words[n[0].start : n[0].end],
                    *query.words[other.end : e],
                ]
            )
            for n in named
        ]
    found = []
    for text in texts:
        again = ctx.index.read(text)
        found.append(_event_of(ctx, again, 0, len(again.words)))
    missing = [
        ctx.index.kb.entities[n[0].entity or ""].name
        for n, event in zip(named, found, strict=True)
        if event is None or n[0].entity not in event.entities
    ]
    if len(missing) == 2:
        return None
    found = [
        e if e is not None and n[0].entity in e.entities else None for n, e in zip(named, found, strict=True)
    ]
    return (found[0], found[1]), missing[0] if missing else ""


def _side_told(ctx: Context, query: Query, start: int, end: int, event: TimelineEvent) -> bool:
    """True when one side of an order put to the check says what the event says, in its order and side by side:
    each word of the side right after the one before, names joined by "and" counting as one ("Alipay stop
    supporting Mogujie" is the cut-off; "Mogujie drop WeChat Payment" is not the switch to it)."""
    side = _grouped(query.within(start, end).tokens)
    if len(side) < 2 or not any(not next(iter(g)).startswith(ENTITY_PREFIX) for g in side):
        return False
    told = _grouped(ctx.index.reader.read(event.text, correct=False).tokens)
    # (a name done to may stand one word further on: "cut Mogujie off" is "cut off support to Mogujie")
    return all(
        any(
            before <= told[k]
            and (after <= told[k + 1] or (_is_names(after) and k + 2 < len(told) and after <= told[k + 2]))
            for k in range(len(told) - 1)
        )
        for before, after in pairwise(side)
    )


def _is_names(group: frozenset[str]) -> bool:
    """True for a group of names (not of words)."""
    return all(t.startswith(ENTITY_PREFIX) for t in group)


def _grouped(tokens: list[str]) -> list[frozenset[str]]:
    """Tokens in order, names side by side ("Mogujie and Meilishuo") as one group, "both" and figures left out."""
    out: list[set[str]] = []
    for t in tokens:
        if t in ("both", "also", "all") or t.isdigit():
            continue
        if t.startswith(ENTITY_PREFIX) and out and all(x.startswith(ENTITY_PREFIX) for x in out[-1]):
            out[-1].add(t)
        else:
            out.append({t})
    return [frozenset(g) for g in out]


def _asked_in_order(query: Query) -> bool:
    """A yes/no putting two happenings in order with one "before" or "after" between them, and no figure."""
    put = [w for w in query.words if w in ("before", "after")]
    return (
        query.qtype == "yesno"
        and len(put) == 1
        and 1 < query.words.index(put[0]) < len(query.words) - 2
        and not any(v.kind != "entity" for v in query.values)
    )


_YEARS_BETWEEN = Lazy(
    r"\b(years?|how long|how much time|time)\b.*\b(between|separates?|separated|separating)\b"
    r"|\bbetween\b.*\b(how many years|how long|how much time)\b"
    r"|\b(how many years|how long|how much time)\b.*\bfrom\b.+\b(to|till|until|til)\b"
)


_BETWEEN_WORDS = frozenset({"between", "separate", "separates", "separated", "separating"})
_SPAN_ENDS = ("to", "till", "until", "til")


def years_between(ctx: Context, query: Query) -> Answer | None:
    """ "How many years passed between Mogujie's founding and the launch of its marketplace?": the two
    happenings read as timeline events, and the years between their dates."""
    if not _YEARS_BETWEEN.search(query.joined):
        return None
    words = query.words
    # ("how many years from its founding to its marketplace": the span's start after "from", its end after "to")
    at = next((k for k, w in enumerate(words) if w in _BETWEEN_WORDS), None)
    at, ends = (words.index("from"), _SPAN_ENDS) if at is None else (at, ("and",))
    at += 1
    for cut in (k for k in range(at + 1, len(words) - 1) if words[k] in ends):
        # ("... and when it opened its marketplace": a "when" opening the second happening is no new question)
        start = cut + 1 + (words[cut + 1] == "when")
        end = next((k for k in range(start, len(words)) if words[k] in QUESTION_WORDS), len(words))
        a, b = _event_of(ctx, query, at, cut), _event_of(ctx, query, start, end)
        if a is None or b is None or a is b or a.year is None or b.year is None:
            continue
        return _years_apart(ctx, query, a, b)
    return _years_apart_of_last(ctx, query)


def _years_apart(ctx: Context, query: Query, a: TimelineEvent, b: TimelineEvent) -> Answer:
    """The years between two dated happenings, both cited."""
    first, second = (a, b) if (a.year or 0, a.order) <= (b.year or 0, b.order) else (b, a)
    assert first.year is not None and second.year is not None
    gap = second.year - first.year
    span = f"about {gap} year{'s' if gap != 1 else ''}" if gap else "less than a year"
    text = f"{span.capitalize()} ({first.year} to {second.year}): {first.when}: {first.text} {second.when}: {second.text}"
    return build(
        ctx.index, ctx.question, query, text=text, sources=[first, second], kind="comparison", score=1.0
    )


_APART = Lazy(r"\b(years|time) apart\b|\bhow (many years|long|much time) (apart|in between|between them)\b")
"""The time between two happenings named before ("How many years apart were they?")."""


def _years_apart_of_last(ctx: Context, query: Query) -> Answer | None:
    """ "(Which came first, A or B?) / How many years apart were they?": the two dated happenings the last
    answer told, and the years between them."""
    typed = ctx.typed  # (as typed: a reading may carry the last question's words and names)
    if not ctx.last or typed.entities or not _APART.search(typed.joined):
        return None
    dated = _dated_in(ctx, ctx.last, stated=False)
    return _years_apart(ctx, query, dated[0], dated[1]) if len(dated) == 2 else None


_SAME_AS = Lazy(
    r"\b(the )?same (number |figure |thing )?as\b|\b(equal|identical) to\b|\bthe same( thing| number| figure| count)?\W*$"
)


def same_count(ctx: Context, query: Query) -> Answer | None:
    """ "(Mogujie's 85 million accounts.) / Is that the same as its monthly active users?": two counts of one
    party put as one, set side by side (the story gives both, and they differ)."""
    if query.qtype != "yesno" or not _SAME_AS.search(query.joined) or _SAME_MOMENT.search(query.joined):
        return None
    pair = _two_counts(ctx, query) or _pointed_count_and_other(ctx, query)
    if pair is None:
        return None
    big, small = pair
    assert big.value is not None and small.value is not None
    if big.value.number == small.value.number:
        return None
    text = (
        f"{_no(query)}: they are two different figures, {big.value.shown} {big.record.unit or ''} and "
        f"{small.value.shown} {small.record.unit or ''}. {big.record.answer} {small.record.answer}"
    )
    return build(ctx.index, ctx.question, query, text=" ".join(text.split()), sources=[big.record, small.record],
                 kind="comparison", score=1.0, says=big.record.says, record=big.record.id)  # fmt: skip


_SAME_MOMENT = Lazy(r"\b(same|one) (time|point|moment|date|stage|period)\b|\bsimultaneous(ly)?\b|\bat once\b")


def same_moment(ctx: Context, query: Query) -> Answer | None:
    """ "Was Meilishuo's 1000-store figure taken at the same point as Mogujie's 2000?": two figures the question
    states, of two records, and whether the story puts them at one moment (one happening quotes both)."""
    if query.qtype != "yesno" or not _SAME_MOMENT.search(query.joined):
        return None
    figures = [v for v in query.values if v.kind in ("count", "percent")]
    if len(figures) == 1:
        # "Meilishuo's 1000 stores ... Mogujie's 2000": a bare number beside a count reads as one of the same
        figures += [replace(v, kind="count", unit=figures[0].unit) for v in query.values if v.kind == "year"]
    if len(figures) != 2:
        return None
    found = [_by_value(ctx, v, []) for v in figures]
    if found[0] is None or found[1] is None or found[0] is found[1]:
        return None
    a, b = found[0].record, found[1].record
    quoted = [{c.sentence for c in r.citations} for r in (a, b)]
    together = any(all(q & {c.sentence for c in e.citations} for q in quoted) for e, _ in ctx.index.events)
    if not together:
        return None  # (the story tells of no one moment for both: other checks say what it does tell)
    return build(ctx.index, ctx.question, query, text=f"{_yes(query, a.says)}: {a.answer} {b.answer}",
                 sources=[a, b], kind="check", score=1.0)  # fmt: skip


_STANDING_BIG = frozenset({"big", "bigger", "large", "huge", "major", "important", "popular", "famous", "prominent", "significant",
                  "dominant", "leading", "massive", "giant", "top"})  # fmt: skip
_STANDING_SMALL = frozenset({"small", "smaller", "tiny", "minor", "little", "obscure", "niche", "insignificant", "unimportant",
                    "random", "unknown"})  # fmt: skip
"""Words of a party's standing, either way: what the story says of it is that it is "one of the leading" ones."""
_STANDING_STEMS = frozenset(stem(w) for w in _STANDING_BIG | _STANDING_SMALL)
"""The same words as the reader's terms, stemmed once at import rather than on each question asked."""
_STANDING_NOUNS = frozenset({stem(w) for w in ("one", "deal", "site", "website", "app", "company", "service", "player",
                                               "platform", "business", "firm", "thing", "name", "brand", "like", "use",
                                               "nobody")})  # fmt: skip
"""Words a party's standing is put with ("like a big player", "a small app nobody uses"): nothing of it other than
itself."""


def stature(ctx: Context, query: Query) -> Answer | None:
    """ "Is Mogujie a big one or small?", "is it some tiny app nobody uses?": a party's standing, from the record
    calling it one of the leading ones ("Yes" to big, "No" to small, neither word to a choice of both)."""
    if query.qtype != "yesno" or any(v.kind not in ("entity",) for v in query.values):
        return None
    kinds = ctx.index.kb.entities
    named = [e for e in query.entities if kinds[e].kind != "place"]
    said = set(ctx.as_typed.split())  # (the reader's own words: "profitable" is read as a word of success)
    big, small = bool(said & _STANDING_BIG), bool(said & _STANDING_SMALL)
    if len(named) != 1 or not (big or small) or "how" in said:
        return None
    party = ENTITY_PREFIX + named[0]
    rest = [t for t in query.tokens if not t.startswith(ENTITY_PREFIX) and t not in _STANDING_STEMS]
    if any(t in ctx.index.vocab_records and t not in _STANDING_NOUNS for t in rest):
        return None  # ("is Mogujie's marketplace small?": the standing of something of it)
    leading = [
        t.record for t in ctx.index.records if "lead" in t.roles.get(party, ()) and not t.record.not_in_story
    ]
    if not leading:
        return None
    rec = min(leading, key=lambda r: len(r.answer))
    places = {e for e in query.entities if kinds[e].kind == "place"}
    if set(query.unknown) - _STANDING_STEMS or places - set(rec.entities):
        return None  # ("popular in Japan too?": the story calls it leading in China, and nowhere else)
    said_of = without_verdict(rec.answer) if rec.asks == "yesno" else rec.answer
    lead = "" if big and small else f"{_yes(query, rec.says)}: " if big else f"{_no(query)}: "
    text = f"{lead}{said_of}" if lead else f"{said_of[0].upper()}{said_of[1:]}"
    return build(ctx.index, ctx.question, query, text=text, sources=[rec], kind="check", score=1.0)


_EARNED_BIG = frozenset({"much", "lot", "lots", "loads", "tons", "good", "decent", "proper", "big", "serious",
                         "real", "huge", "fortune", "killing"})  # fmt: skip
_EARNED_SMALL = frozenset(
    {"peanuts", "little", "bit", "small", "tiny", "pittance", "crumbs", "scraps", "fraction"}
)
"""Words of how much a party earns, either way ("good money", "peanuts"): the reader's own, as typed."""
_DIMINISHED = Lazy(r"\b(just|only|merely|mere) (a )?(fraction|small|tiny|little)\b")
"""A record's words that what it tells is little ("just a fraction of what ... pay")."""
_EARNED_ASIDE = frozenset({"make", "off", "earn", "fract"})
_EARNED_FROM = frozenset({"from", "off", "through", "via"})


def earnings_size(ctx: Context, query: Query) -> Answer | None:
    """ "Does Mogujie make good money off referrals or is it peanuts?": how much a party earns, from a record
    saying it is "just a fraction" ("No" to much, "Yes" to little, neither word to a choice of both)."""
    if query.qtype != "yesno" or "earn" not in query.tokens or any(v.kind != "entity" for v in query.values):
        return None
    said = set(ctx.as_typed.split())
    big, small = bool(said & _EARNED_BIG), bool(said & _EARNED_SMALL)
    if not (big or small):
        return None
    named = set(query.entities)
    # what it is earned from ("off that Alibaba referral scheme", not "from its marketplace") is in the record's
    # own answer, up to a choice put after it ("... or is it peanuts?")
    source = next((k for k, w in enumerate(query.words) if w in _EARNED_FROM), None)
    if source is None:
        return None
    until = next((k for k in range(source, len(query.words)) if query.words[k] == "or"), len(query.words))
    asked = {
        t
        for t, (at, _) in zip(query.tokens, query.spans, strict=True)
        if source < at < until and not t.startswith(ENTITY_PREFIX) and t not in _EARNED_ASIDE
    }
    for cand in ctx.rank(query)[:3]:
        rec = cand.terms.record
        if (
            rec.not_in_story
            or "earn" not in cand.terms.vocabulary
            or not _DIMINISHED.search(rec.answer)
            or not named <= set(rec.entities)
            or not asked <= set(ctx.index.read(rec.answer).tokens)
        ):
            continue
        lead = "" if big and small else f"{_yes(query, rec.says)}: " if small else f"{_no(query)}: "
        text = f"{lead}{rec.answer}"
        return build(ctx.index, ctx.question, query, text=text, sources=[rec], kind="check", score=cand.score,
                     record=rec.id)  # fmt: skip
    return None


_GAP_ASKED = Lazy(r"\bhow many years\b.*\b(before|after|later|earlier|between|apart|passed)\b")
"""The years from the happening just told to another asked ("How many years was that before it launched ...?"; a
"how long" is the curated span's, "about a year" from the cut-off to the announcement)."""
_GAP_LATER = frozenset({"later", "after", "afterwards", "since"})
_GAP_EARLIER = frozenset({"before", "earlier", "prior"})


def _year_stated(event: TimelineEvent) -> bool:
    """True when the story gives the happening's year, not a span from another ("about five months after ...")."""
    return event.year is not None and str(event.year) in event.when


def _dated_in(ctx: Context, turn: Turn | None, stated: bool = True) -> list[TimelineEvent]:
    """The dated happenings a turn's answer quoted (`stated`: only those the story gives the year of)."""
    quoted = set(turn.sentences) if turn else set()
    return [
        e
        for e, _ in ctx.index.events
        if (_year_stated(e) if stated else e.year is not None) and {c.sentence for c in e.citations} & quoted
    ]


def _gap_from_last(ctx: Context, query: Query) -> Answer | None:
    """ "(When was Mogujie founded?) / And the marketplace came two years later?": the years from the one dated
    happening the last answer told to the one this question names (else the one the turn before told), asked
    or, with a span stated, checked."""
    typed = ctx.typed
    stated = next((v for v in typed.values if v.kind == "duration" and v.unit == {"year"} and v.since == "event"),
                  None)  # fmt: skip
    if typed.qtype == "yesno" and stated is not None and stated.number is not None:
        side = (0, stated.start)
    elif _GAP_ASKED.search(typed.joined):
        at = next((k for k, w in enumerate(typed.words) if w in _GAP_LATER | _GAP_EARLIER), len(typed.words))
        side, stated = (at + 1, len(typed.words)), None
        if at + 1 >= len(typed.words) and "how" in typed.words:
            side = (0, typed.words.index("how"))  # "and Alipay cut it off how many years later?"
    else:
        return None
    told = _dated_in(ctx, ctx.last)
    rec = ctx.index.by_id.get(ctx.last.record or "") if ctx.last else None
    if len(told) > 1 and rec is not None and rec.record.citations:
        # an answer quoting a second dated sentence beside its own: "that" is the record's own happening
        own = rec.record.citations[0].sentence
        told = [e for e in told if own in {c.sentence for c in e.citations}]
    if len(told) != 1:
        return None
    first = told[0]
    named = _event_of(ctx, typed, *side, dated=True) if side[1] > side[0] else None
    if named is None and side[1] > side[0]:
        # "then its marketplace followed ...": a verb no record uses; the one dated happening sharing most words
        asked = set(typed.within(*side).tokens)
        if ctx.last and {"its", "their", "it", "they"} & set(typed.words[side[0] : side[1]]):
            asked |= {
                ENTITY_PREFIX + e for e in ctx.last.entities
            }  # ("its marketplace": the party just asked of)
        shares = [
            (len(asked & toks), e) for e, toks in ctx.index.events if _year_stated(e) and e is not first
        ]
        most = max((n for n, _ in shares), default=0)
        best = [e for n, e in shares if n == most]
        named = best[0] if most and len(best) == 1 else None
    if named is None or named is first:
        earlier = [e for e in _dated_in(ctx, ctx.earlier) if e is not first]
        named = earlier[0] if len(earlier) == 1 else None
    if named is None or named.year is None or named.year == first.year:
        return None
    apart = _years_apart(ctx, query, first, named)
    if stated is None:
        return apart
    gap = abs(named.year - (first.year or 0))
    put = set(typed.words)
    wrong_way = (put & _GAP_LATER and named.year < (first.year or 0)) or (
        put & _GAP_EARLIER and named.year > (first.year or 0)
    )
    verdict = _yes_word(typed) if stated.number == gap and not wrong_way else _no(typed)
    apart.answer = f"{verdict}: {apart.answer[0].lower()}{apart.answer[1:]}"
    return apart


_AGE_AT = Lazy(
    r"^how (old was|long had) (?P<who>.+?) (existed|been around|been going|been in business|been running)? ?when "
    r"(?P<event>.+?)\W*$"
)
"""How old a party was when something happened ("how long had Mogujie existed when Alipay cut it off?")."""


def _age_at(ctx: Context, query: Query) -> Answer | None:
    """ "How old was Mogujie when it launched its marketplace?": the years between its founding and the event."""
    found = _AGE_AT.match(query.joined) if query.joined.startswith("how ") else None
    if not found or (found.group(1) == "old was" and found.group(3)):
        return None
    who, event = found.group("who"), found.group("event")
    return years_between(ctx, ctx.index.read(f"how many years between {who} founding and {event}?"))


def _event_of(
    ctx: Context, query: Query, start: int, end: int, strict: bool = False, dated: bool = False
) -> TimelineEvent | None:
    """The timeline event one side of an order question names, through the record that side reads as best
    (its sentence is the event's); a side naming nothing ("was that ...") is the last answer's. `dated`: only
    happenings the story gives a year of (not "about five months after ...")."""
    index = ctx.index
    side = query.within(start, end)
    previous = index.by_id.get(ctx.last.record) if ctx.last and ctx.last.record else None
    if not side.tokens:
        if previous is None or not _POINTS_BACK & set(query.words[start:end]):
            return None
        found = [previous]
    else:
        known = [k for k, t in enumerate(side.tokens) if t in index.vocab_records]  # "switch" may be unknown
        # a side naming only a kind of thing ("the new marketplaces") names its coming about: when it began
        things = [t for t in side.tokens if not t.startswith(ENTITY_PREFIX)]
        qtype: QuestionType | None = "when" if things and set(things) <= index.reader.kind_terms else None
        if strict and not any(not side.tokens[k].startswith(ENTITY_PREFIX) for k in known):
            return None  # a stated cause in words no record uses ("Mogujie was too small") names no happening
        side = replace(side, tokens=[side.tokens[k] for k in known], spans=[side.spans[k] for k in known],
                       qtype=qtype, unknown=[], forms=frozenset())  # fmt: skip
        content = {t for t in side.tokens if not t.startswith(ENTITY_PREFIX)}
        found = [
            c.terms
            for c in ctx.rank(side)[:3]
            if c.score >= ctx.threshold * settings.ORDER_SIDE_FACTOR
            and (not content or content & c.terms.vocabulary)
        ]  # what a side says of a party must be the record's ("Mogujie was too small" is no store count)
    for terms in found:
        sentences = {c.sentence for c in terms.record.citations}
        shared = [(e, toks) for e, toks in index.events if sentences & {c.sentence for c in e.citations}]
        if dated:
            shared = [(e, toks) for e, toks in shared if _year_stated(e)]
        if len(shared) > 1:  # a sentence telling two happenings: the one sharing the side's words
            best = max(len(toks & set(side.tokens)) for _, toks in shared)
            shared = [(e, toks) for e, toks in shared if len(toks & set(side.tokens)) == best]
        if len(shared) == 1:
            return shared[0][0]
    return None


_LIKENED = Lazy(
    r"\b(compared|likened|similar) (to|with) (some|an|a|another|which|what)\b.*\b(which|what) (one|site|website"
    r"|company|app|service|platform)\b|\b(compared|likened) (to|with) (which|what) (one|site|website|company|app"
    r"|service|platform)\b"
)
"""'Mogujie got compared to some other website, which one?': likeness to a name, not a comparison of figures."""

_COMPUTED = Lazy(
    r"\bhow many (times|more|fewer|less)\b|\bhow much (more|less|bigger|larger|higher|lower)\b|\bdifference\b"
    r"|\bratio\b|\btimes (more|as|bigger|larger)\b|\bby how much\b"
)
"""A comparison asking for a computed figure: the curated comparison's wording may not give it."""
_GIST_ASKED = Lazy(
    r"^(please )?(give|write|make|suggest|propose|draft|come up with|think of)( me| us)? (a|an|the|one)\b"
    r"|\b(in|as) (one|a) (line|sentence)\b|^(one|a) (line|sentence)\b|\bheadline (check|news|story|event|point)\b"
)
_THIS_STORY = Lazy(r"\b(the|this) (article|story|piece|text|news)\b")
"""The story itself named ("the main point of the article"), not "a story about the council budget"."""
"""A summary asked to be written ("Give me the headline in one line"), or the headline news: the story's gist, not
a record of what the article's text holds (it carries no headline)."""

_NAMING = Lazy(r"\b(called|named|name of|the name|its name|their name|his name|her name)\b|\bname\W*$")


_VOICE_NOUNS = {"rumours": "rumour", "rumors": "rumour", "claims": "claim", "reports": "report"}
"""Plural nouns naming a kind of voice: asked for in general ("What rumours are in the story?") they ask for a
list; the singular ("What rumour is there about ...?") asks for one."""
_VOICE_PUT = frozenset(
    {"are", "were", "is", "was", "as", "only", "just", "merely", "mere", "on", "from", "by"}
)
"""Words right before a voice noun that make it what things are said to be ("... are only rumours", "based on
rumours"), not what a question is about ("the acquisition rumours")."""
_SET_AGAINST = frozenset({"rather", "instead", "not", "and", "but", "as", "unlike"})
"""Words setting a voice against another after it ("rumours rather than established facts")."""
_CLAIM_MADE = Lazy(
    r"^(who|which (\w+ )?(companies|firms|sites|parties|businesses|players)) (\w+ ){0,5}?(makes?|made|making|puts? forward"
    r"|put forward) (a |any |the |such )?claims?\b"
)
"""A question asking who makes claims: the parties, named in the list of the story's claims."""
_LIST_TERMS = frozenset({"list", "detail", "only", "figur", "number", "fact", "mention", "contain", "includ", "cite",
                         "any", "all", "other", "give", "say", "stat", "made", "make", "appear", "there"})  # fmt: skip
"""Terms of a listing question that say nothing of what is listed."""


_PASSIVE_AFTER_WHO = AUXILIARIES | {"gets", "get", "got", "be", "been"}
"""Words after "who" that make the question passive ("who is charged ...?"): it asks the one an act is done to."""


def _agent_asked(ctx: Context, query: Query) -> Answer | None:
    """ "Who charges commissions?" of a record answering who pays them ("Retailers: Mogujie and Meilishuo can
    charge ... from retailers"): an active verb asks its doer, the names the record ties the act to."""
    words = query.words
    if query.qtype != "who" or query.entities or words[:1] != ["who"] or len(words) < 3:
        return None
    if words[1] in _PASSIVE_AFTER_WHO or not query.tokens or query.spans[0][0] != 1:
        return None  # "who is charged ...?" asks the one it is done to
    chosen = ctx.rank(query)
    if not chosen or chosen[0].score < ctx.threshold:
        return None
    terms = chosen[0].terms
    rec = terms.record
    verb = query.tokens[0]
    agents = [e for e in rec.entities if verb in terms.roles.get(ENTITY_PREFIX + e, frozenset())]
    if rec.asks != "who" or not agents or not rec.short_answer:
        return None
    names = [ctx.index.kb.entities[e].name for e in agents]
    if any(n.lower() in rec.short_answer.lower() for n in names):
        return None  # the record's own answer is the doer
    said = rec.answer
    if said.lower().startswith(f"{rec.short_answer.lower()}: "):
        said = said[
            len(rec.short_answer) + 2 :
        ]  # ("Retailers: Mogujie and ... can charge ...": its own label)
    text = f"{' and '.join(names)}: {said}"
    return build(ctx.index, ctx.question, query, text=text, sources=[rec], kind="answer", score=chosen[0].score,
                 record=rec.id)  # fmt: skip


def _voice_put_last(ctx: Context, query: Query) -> str:
    """The voice a which-question says its things are in, put last: "Which parts are presented only as rumours?",
    "Which part is based on a report?", "Which facts come from QQ Tech?" (an outlet's report); empty if none."""
    words = query.words
    if words[:1] not in (["which"], ["what"]):
        return ""
    voiced = [i for i, w in enumerate(words) if w in _VOICE_NOUNS or w in _VOICE_NOUN]
    parties = [v for v in query.values if v.entity]
    if voiced:
        at, kind = voiced[-1], _VOICE_NOUNS.get(words[voiced[-1]]) or _VOICE_NOUN[words[voiced[-1]]]
        end = at + 1
        if words[at] in _VOICE_NOUN and not {"a", "an", "as"} & set(words[max(0, at - 3) : at]):
            return ""  # "what is the rumour?" asks for one (the last answer's), "based on a report" for any
    elif len(parties) == 1 and words[parties[0].start - 2 : parties[0].start] in _COMES_FROM:
        # "Which facts come from QQ Tech?": an outlet's report; "which figures are from Mogujie itself?": its claim
        party = parties[0]
        at, end = party.start, party.end + (words[party.end : party.end + 1] in (["itself"], ["themselves"]))
        kind = "report" if ctx.index.kb.entities[party.entity or ""].kind == "outlet" else "claim"
    else:
        own = _FROM_THE_PARTIES.search(query.joined)
        after = query.joined[own.end() :].split()[:1] if own else []
        # "Which figures come straight from the companies themselves?": the parties' own claims
        return "claim" if own and (not after or after[0] in _SET_AGAINST) else ""
    # the word putting it, before the noun and up to two words describing it ("based on a Chinese-language report")
    put = any(words[k] in _VOICE_PUT for k in range(max(1, at - 4), at))
    return kind if put and (end == len(words) or words[end] in _SET_AGAINST) else ""


_FROM_THE_PARTIES = Lazy(
    r"\b(come|comes|came|are|is|were|was) (straight |directly |right )?from (the )?(companies|company|firms?"
    r"|businesses|parties|sites)( themselves| itself)?\b"
)
_COMES_FROM = [["come", "from"], ["comes", "from"], ["came", "from"], ["are", "from"], ["is", "from"], ["were", "from"],
               ["was", "from"]]  # fmt: skip
"""What things are said to come from ("which facts come from QQ Tech?"): whose voice they are in."""
_VOICE_NOUN = {"rumour": "rumour", "rumor": "rumour", "claim": "claim", "report": "report"}
"""Singular nouns naming a voice: a thing said to be one ("based on a report") is in that voice."""
THE_VOICED = Lazy(
    r"^\s*(?:so |and |ok |okay )?(?:what|wat|whats|what's)(?: is| was|'s)? (?:the|that|this) "
    r"(?P<noun>rumou?r|claim|report)(?: exactly| again| about| then| said)?\W*$",
    re.IGNORECASE,
)
"""A question naming one kind of saying ("what is the rumor exactly?"): the one just told, or, with none told, each
the story gives."""


def voice_named(noun: str) -> str:
    """The kind of saying a singular noun names ("rumor" is a rumour), or "" for none."""
    return _VOICE_NOUN.get(noun.lower(), "")


def voice_list(ctx: Context, query: Query) -> Answer | None:
    """ "What rumours are in the story?", "list the claims": each thing the story gives in that voice (about the
    names asked about, if any), one curated statement per passage, with all their citations."""
    words = query.words
    put_last = _voice_put_last(ctx, query)
    kinds = {_VOICE_NOUNS[w] for w in words if w in _VOICE_NOUNS}
    if put_last and not kinds:
        kinds = {put_last}
    the = THE_VOICED.match(ctx.typed.joined) if not kinds and not query.entities else None
    if the:
        # "what is the rumor?" with no rumour just told: the story gives more than one, so each of them
        kinds = {voice_named(the.group("noun"))}
    # "Who makes a claim about its own numbers?", "which companies make claims?": the parties claiming, named in
    # the list of claims
    makers = query.qtype in ("who", "what") and _CLAIM_MADE.search(query.joined) is not None
    if makers:
        kinds = {"claim"}
    if len(kinds) != 1 or query.qtype not in ("what", "yesno", None, "who" if makers else None):
        return None
    kind = kinds.pop()
    voice_terms = {t for t in query.tokens if t.startswith(("rumo", "claim", "report"))}
    rest = [t for t in query.tokens if not t.startswith(ENTITY_PREFIX) and t not in voice_terms]
    listing = _LIST_TERMS | ({"own"} | ctx.index.reader.kind_terms if makers else frozenset())
    if not put_last and any(t not in listing for t in rest):
        return None  # "What rumours are there about the fee?" asks about one thing
    names = set(query.entities)
    voiced = [
        t
        for t in ctx.index.records
        if t.record.says
        and t.record.says.kind == kind
        and not t.record.not_in_story
        and (not names or names <= t.entities or t.record.says.by in names)
    ]
    if ((names and not ctx.typed.entities) or the) and ctx.last is not None and ctx.last.sentences:
        # "(why is Alipay backing Mogujie again?) / any rumours about it?" or "/ what is the rumour?": "it" is
        # what the last answer told, so the rumours are those its sentences give, whoever they are about
        cited = set(ctx.last.sentences)
        told = [
            t
            for t in ctx.index.records
            if t.record.says
            and t.record.says.kind == kind
            and not t.record.not_in_story
            and cited & {c.sentence for c in t.record.citations}
        ]
        voiced = told or voiced
    said_last = ctx.index.kb.qa_by_id.get(ctx.last.record or "") if ctx.last and "else" in words else None
    if said_last is not None and said_last.says and said_last.says.by:
        # "(Alipay says it has 80%.) / who else makes a claim?": the others' claims
        voiced = [t for t in voiced if t.record.says and t.record.says.by != said_last.says.by]
    if not voiced:
        return None
    chosen = [_statement(group) for group in _by_passage(voiced)]
    items = "; ".join(f"({n}) {t.record.answer.rstrip('.')}" for n, t in enumerate(chosen, 1))
    plural = {"rumour": "rumours", "claim": "claims", "report": "reported figures"}[kind]
    text = (
        f"The story gives {len(chosen)} {plural}: {items}."
        if len(chosen) > 1
        else f"The story gives one {kind}: {chosen[0].record.answer}"
    )
    return build(ctx.index, ctx.question, query, text=text, sources=[t.record for t in chosen], kind="sourcing",
                 score=1.0, says=chosen[0].record.says if len(chosen) == 1 else None)  # fmt: skip


def _by_passage(terms: list[RecordTerms]) -> list[list[RecordTerms]]:
    """Records grouped by the sentences they cite (records sharing a sentence share a group), in story order."""
    groups: list[tuple[set[str], list[RecordTerms]]] = []
    for t in terms:
        cited = {c.sentence for c in t.record.citations}
        joined = [g for g in groups if g[0] & cited]
        merged = (cited.union(*(g[0] for g in joined)), [x for g in joined for x in g[1]] + [t])
        groups = [g for g in groups if g not in joined] + [merged]
    return [g[1] for g in sorted(groups, key=lambda g: min(g[0]))]


def _statement(group: list[RecordTerms]) -> RecordTerms:
    """The record that states a passage best: a statement, not a yes/no or why answer; then the one quoting
    most of it; then the shortest."""
    return min(
        group,
        key=lambda t: (
            t.record.asks in ("yesno", "why"),
            -sum(len(c.span) for c in t.record.citations),
            len(t.record.answer),
        ),
    )


def _naming(ctx: Context, query: Query) -> Answer | None:
    """ "What is its mobile app called?": the thing described is a name the story gives ("Alipay's mobile app"
    is Alipay Wallet), so the answer is that name, from what the story says of it."""
    owners = ctx.index.reader.owners
    # (the owner named beside the thing only says whose it is: "the wallet app from Alipay")
    things = [e for e in query.entities if not any(e in owners.get(o, ()) for o in query.entities)]
    if len(query.entities) > 1 and set(query.entities) - set(ctx.typed.entities):
        return None  # (a name a follow-up's pronoun stands for may be either: "their shopping sites")
    if (
        len(things) != 1
        or not _NAMING.search(query.joined)
        or query.qtype not in ("what", "who", "yesno", None)
    ):
        return None
    (ent,) = things
    rec = _defining(ctx.index, ent)
    if rec is None:
        return None
    # ("the wallet app": words of what the story says it is, kind nouns such as "app" among them)
    described = ctx.index.by_id[rec.id].vocabulary | _answer_stems(rec)
    if [
        t
        for t in query.tokens
        if not t.startswith(ENTITY_PREFIX) and t not in _NAME_TERMS and t not in described
    ]:
        return None
    name = ctx.index.kb.entities[ent]
    if query.qtype == "yesno":
        if fold(name.name) not in fold(ctx.question) or not set(query.tokens) & _NAME_TERMS:
            return None
        if re.search(rf"\b{re.escape(fold(name.name))}(?:'s|s'|\u2019s) \w", fold(ctx.question)):
            return (
                None  # "the name of Mogujie's founder": the name of something of Mogujie's, not Mogujie's own
            )
        # "'Alipay Wallet' is the name of Alipay's mobile app, true?": the name, and what it names, are the story's
        return build(ctx.index, ctx.question, query, text=f"{_yes_word(query)}: {rec.answer}", sources=[rec],
                     kind="check", score=1.0, record=rec.id)  # fmt: skip
    if fold(name.name) in fold(ctx.question):
        return None  # "What is Alipay Wallet called?" names it already ("Alipay's wallet app" does not)
    if "'" in name.name or "\u2019" in name.name:
        return None  # "Alibaba's finance arm" is a description, no name: the story names no such thing
    said = f"The name is {name.name}." if name.kind == "person" else f"It is called {name.name}."
    return build(ctx.index, ctx.question, query, text=f"{said} {rec.answer}", sources=[rec],
                 kind="answer", score=1.0)  # fmt: skip


_NAME_TERMS = frozenset(
    {"name", "call", "exact", "full", "actual", "real", "precis", "correct", "official", "proper"}
)
"""Terms of a question asking what a thing is called: the name, and how exactly it is wanted."""


def _defining(index: Index, ent: str) -> Record | None:
    """The record saying what a named thing is: the shortest "what" question led by its name."""
    about = [t.record for t in index.records if t.record.entities[:1] == (ent,) and not t.record.not_in_story]
    return min(about, key=lambda r: (r.asks != "what", len(r.question))) if about else None


def _owned(index: Index, thing: str, owner: str) -> bool:
    """True when the story makes one name another's: through a name ("Alibaba's finance arm") or the curated
    description ("Alibaba's online marketplace")."""
    names = index.kb.entities
    told = (names[thing].description or "").lower()
    return (
        owner in index.reader.owners.get(thing, ())
        or owner in index.reader.parts.get(thing, ())
        or told.startswith(names[owner].name.lower() + "'s ")
    )


_RELATION = Lazy(
    r"\b(relationship|relation|connection|link|ties?)s? (\w+ ){0,2}?between\b"
    r"|^how (is|are|was|were) .+ (related|connected|linked|tied) (to|with)\b"
)
"""How two named things stand to each other, asked ("What is the relationship between Alimama and Alibaba?")."""


def relation(ctx: Context, query: Query) -> Answer | None:
    """ "What is the relationship between Alimama and Alibaba?": when the story makes one the other's, what it
    says the owned one is; otherwise the question is ranked as any other."""
    if len(query.entities) != 2 or not _RELATION.search(query.joined):
        return None
    a, b = query.entities
    if any(c.score >= ctx.threshold and {a, b} <= set(c.terms.record.entities) for c in ctx.rank(query)[:3]):
        return None  # ("what is the relationship between alibaba and alipay?": a record of both answers)
    names = ctx.index.kb.entities

    def theirs(thing: str, owner: str) -> Record | None:
        rec = _defining(ctx.index, thing)
        said = rec is not None and f"{names[owner].name.lower()}'s" in rec.answer.lower().replace(
            "\u2019", "'"
        )
        return rec if rec is not None and (_owned(ctx.index, thing, owner) or said) else None

    rec = theirs(a, b) or theirs(b, a)
    if rec is None:
        return None
    return build(ctx.index, ctx.question, query, text=rec.answer, sources=[rec], kind="answer", score=1.0,
                 record=rec.id)  # fmt: skip


_RIVAL = Lazy(r"\b(competitors?|rivals?|competition|competes?|competing|compete)\b")
"""Words saying two parties compete ("Is Tmall a competitor of Alibaba?")."""


def _rival_of_owner(ctx: Context, query: Query) -> Answer | None:
    """ "Is Tmall a competitor of Alibaba?": a yes/no putting as rivals a thing and the party the story says owns
    it: No, with what the story says the thing is."""
    named = [v.entity for v in query.values if v.kind == "entity" and v.entity]
    if query.qtype != "yesno" or len(named) != 2 or named[0] == named[1]:
        return None
    a, b = named
    names = ctx.index.kb.entities
    part = a if _owned(ctx.index, a, b) else b if _owned(ctx.index, b, a) else None
    rec = _defining(ctx.index, part) if part else None
    if part is None or rec is None:
        return None
    owner = b if part == a else a
    text = f"{_no(query)}: the story has {names[part].name} as part of {names[owner].name}. {rec.answer}"
    return build(
        ctx.index, ctx.question, query, text=text, sources=[rec], kind="check", score=1.0, record=rec.id
    )


def _put_as(query: Query, first: Value, second: Value) -> list[str] | None:
    """The words after the linking verb between a name put as something and the second name ("alibaba is | the
    payment app", "is alimama | the payment arm of | alibaba"), when the question puts the first name so and
    opens on nothing but tags; None otherwise."""
    between = query.words[first.end : second.start]
    asked = first.start >= 1 and query.words[first.start - 1] in _COPULA  # ("is alibaba the payment app?")
    said = bool(between) and between[0] in _COPULA  # ("alibaba is the payment app right??")
    before = query.words[: first.start - 1] if asked else query.words[: first.start]
    if not (asked or said) or not set(before) <= TAG_WORDS:
        return None
    return between[int(said) :]


def _one_named_as_another(ctx: Context, query: Query) -> Answer | None:
    """ "alibaba is the payment app right??": one named thing said to be another the story names apart (and
    neither owns nor is part of the other): No, with what the second one is."""
    named = [v for v in query.values if v.kind == "entity" and v.entity]
    reader = ctx.index.reader
    end = named[-1].end if named else 0
    if len(named) == 3 and set(query.words[named[1].end : named[2].start]) <= {"of", "s"}:
        # "Alimama is the payment company of Alibaba" (read as Alipay, of Alibaba): the one said, whoever's it is
        named = [named[0], named[1] if query.words[named[1].end : named[2].start] else named[2]]
    if len(named) != 2 or named[0].entity == named[1].entity:
        return None
    first, second = named
    between = _put_as(query, first, second)
    if between is None or not set(between) <= _IDENTITY_FILLER or not set(query.words[end:]) <= TAG_WORDS:
        return None
    a, b = first.entity, second.entity
    assert a is not None and b is not None
    related = (
        a in reader.owners.get(b, ())
        or b in reader.owners.get(a, ())
        or a in reader.parts.get(b, ())
        or b in reader.parts.get(a, ())
    )
    rec = _defining(ctx.index, b)
    if related or rec is None:
        return None
    names = ctx.index.kb.entities
    own = _defining(ctx.index, a)  # (and what the story says the first one is, told first)
    told = f"{own.answer} {rec.answer}" if own is not None and own is not rec else rec.answer
    text = f"{_no(query)}: {names[a].name} is not {names[b].name}. {told}"
    return build(ctx.index, ctx.question, query, text=text, sources=[rec, *([own] if own else [])], kind="check",
                 score=1.0, record=rec.id)  # fmt: skip


_ROLE_ENDS = frozenset(
    {"operated", "that", "which", "where", "founded", "in", "with", "whose", "who", "run", "owned", "and"}
)
"""Words ending the head of a description ("the online payment solution | operated by ..."): what follows says
something of the thing, not what it is."""


def _role_stems(ctx: Context, ent: str) -> set[str]:
    """What the story calls a name, as stems: its name and the head of its description."""
    found = ctx.index.kb.entities[ent]
    head = []
    for word in words(re.split(r"[,:;(]", found.description or "")[0]):
        if word in _ROLE_ENDS:
            break
        head.append(word)
    return {stem(w) for w in [*words(found.name), *head] if w not in ctx.index.reader.stopwords}


def _role_of_another(ctx: Context, query: Query) -> Answer | None:
    """ "Alimama is the payment arm of Alibaba, correct?": a name given a role of another party the story gives
    to something else of that party (Alipay, the payment solution operated by Alibaba's finance arm) and none of
    its own: No, with what the story says it is."""
    named = [v for v in query.values if v.kind == "entity" and v.entity]
    if query.qtype not in ("yesno", None) or len(named) != 2 or named[0].entity == named[1].entity:
        return None
    first, second = named
    between = _put_as(query, first, second)
    if between is None:
        return None
    tail = query.words[second.end :]
    if len(between) > 1 and between[-1] == "of" and set(tail) <= TAG_WORDS:
        role = [w for w in between[:-1] if w not in _IDENTITY_FILLER]  # ("the R of Y")
    elif set(between) <= _IDENTITY_FILLER:
        ends = [i for i, w in enumerate(tail) if w in TAG_WORDS]
        role = tail[: ends[0] if ends else len(tail)]  # ("X is Y's R", the tags after it dropped)
        if not set(tail[len(role) :]) <= TAG_WORDS:
            return None
    else:
        return None
    reader = ctx.index.reader
    # (a noun of a part only says it is one; the rest says which)
    stems = {stem(w) for w in role if w not in reader.stopwords and w not in _PART_NOUNS}
    if not stems or len(role) > 3 or not all(w.isalpha() for w in role):
        return None
    a, b = first.entity, second.entity
    assert a is not None and b is not None
    names = ctx.index.kb.entities
    whose = names[b].name.lower()

    def of_b(ent: str) -> bool:
        return (
            b in reader.owners.get(ent, ())
            or b in reader.parts.get(ent, ())
            or whose in (names[ent].description or "").lower()
        )

    own = _defining(ctx.index, a)
    if own is None or stems & _role_stems(ctx, a):
        return None
    shared = {e: len(stems & _role_stems(ctx, e)) for e in names if e not in (a, b) and of_b(e)}
    best = max(shared.values(), default=0)
    if not best:
        return None
    top = [e for e, n in shared.items() if n == best]
    other = _defining(ctx.index, top[0]) if len(top) == 1 else None
    told = f"{own.answer} {other.answer}" if other is not None and other is not own else own.answer
    text = f"{_no(query)}: the story does not call {names[a].name} {names[b].name}'s {' '.join(role)}. {told}"
    return build(ctx.index, ctx.question, query, text=text, sources=[own, *([other] if other else [])],
                 kind="check", score=1.0, record=own.id)  # fmt: skip


_IDENTITY_FILLER = frozenset(
    {"the", "a", "an", "same", "as", "just", "basically", "really", "actually", "one"}
)
_COPULA = frozenset({"is", "was", "are", "were"})
_SOFTENERS = frozenset({"really", "actually", "just", "only", "basically", "simply", "still", "like", "merely", "solely",
                        "purely", "exclusively", "also", "too"})  # fmt: skip


_DESCRIBED = Lazy(
    r"^(does|did|do) (the|this) (article|story|piece|text|writer|author|report) (really |actually )?(describe|call"
    r"|present|portray|label|characteri[sz]e|refer to|depict)$"
)
"""Words before a name whose description by the story is asked ("does the article describe X as ...")."""
_LIKENING = frozenset({"like", "type", "inspired", "based", "clone", "copy"})
"""Words after a name that liken something to it ("an Amazon-style store", read "amazon like"): the words after
them describe that."""
_OPENERS = frozenset({"wait", "so", "and", "but", "ok", "okay", "hmm", "oh", "hang", "on", "sorry"})


_NAMES_ASKED = Lazy(
    r"^(?:(?:so|and|ok|okay|now) )?(?:which|what|who|list|name|tell me|give me)(?: all| are| were| is| does| do)?"
    r"(?: all| every)?(?: of)?(?: the)?(?: (?P<count>2|3|4|two|three|four))?(?: main| key| important| different| other)?"
    r"(?P<described>(?: [a-z-]+){0,2}?) (?P<noun>compan(?:y|ies)|firms?"
    r"|businesses|organi[sz]ations|corporations|sites|websites|platforms|people|persons|characters|players|parties"
    r"|names|apps|products|services|places|countries|cities)\b(?P<rest>.*)$"
    r"|^(?:(?:so|and|ok|okay) )?who (?:is|are) (?:involved|in (?:the|this) (?:story|article|news))\b(?P<all>.*)$"
)
"""A question asking which names of a kind the story gives ("Which companies are mentioned?", "who is
involved?"), not something about one of them."""
_NAMES_REST = Lazy(
    r"^(?: (?:are|is|were|does|do|did))?(?: the (?:main |key |major |biggest |important )?(?:players|parties|actors"
    r"|names|characters))?(?: (?:the|this) (?:story|article|text|piece|news|writer|author))?"
    r"(?: (?:mentioned|mention|mentions|named|name|names|appear|appearing|involved|there|talked about"
    r"|talk about|discuss|discusses|discussed|cover|covers|covered|feature|features|featured"
    r"|in (?:the|this) (?:story|article|text|piece|news)|in it))*\W*$"
)
_NAMED_KINDS = {
    "compa": ("company", "site", "organisation", "outlet"), "firm": ("company", "site", "organisation", "outlet"),
    "busin": ("company", "site", "organisation", "outlet"), "organ": ("company", "site", "organisation", "outlet"),
    "corpo": ("company", "site", "organisation", "outlet"), "sites": ("site",), "websi": ("site",),
    "platf": ("site", "product"), "apps": ("product",), "produ": ("product", "program"),
    "servi": ("product", "program", "site"), "peopl": ("person",), "perso": ("person",), "chara": ("person",),
    "place": ("place",), "count": ("place",), "citie": ("place",),
}  # fmt: skip
"""What kinds of name each noun asks for; the rest ("names", "players", "who is involved") ask for every party."""
_EVERY_PARTY = ("company", "site", "organisation", "outlet", "product", "program")
_PLURALS = {"company": "companies", "person": "people", "country": "countries", "city": "cities", "party": "parties",
            "firm": "firms"}  # fmt: skip


_SMALL_COUNTS = {"2": 2, "3": 3, "4": 4, "two": 2, "three": 3, "four": 4}


def _what_it_is(description: str | None) -> str:
    """The first clause of a name's description, which says what it is ("another social shopping site in
    China"), folded to its words; what follows a colon or semicolon is about something else."""
    return " ".join(words(re.split(r"[:;]", description or "")[0]))


def names_list(ctx: Context, query: Query) -> Answer | None:
    """ "Which companies does the story mention?": the story's names of that kind, in the order it first gives
    them, each with the record telling what it is."""
    asked = _NAMES_ASKED.match(query.joined)
    if not asked or query.entities:
        return None
    rest = asked.group("rest") if asked.group("noun") else asked.group("all")
    if not _NAMES_REST.match(rest or ""):
        return None
    noun = asked.group("noun") or ""
    kinds = _kinds_named(noun) or _EVERY_PARTY
    index = ctx.index
    order = {
        e: k for k, e in enumerate(dict.fromkeys(e for s in index.sentence_entities.values() for e in s))
    }
    found = sorted(
        (e for e in index.kb.entities if index.kb.entities[e].kind in kinds and e in order),
        key=order.__getitem__,
    )
    records = {
        e: next((r for r in index.kb.qa if r.entities[:1] == (e,) and r.citations), None)
        or next((r for r in index.kb.qa if e in r.entities and r.citations), None)
        for e in found
    }  # (the record about it, else one naming it: Pinterest is only what Mogujie was likened to)
    found = [e for e in found if records[e] is not None]
    described = (asked.group("described") or "").split() if asked.group("noun") else []
    if described:
        # "the two social shopping sites": those whose description says first that they are such
        found = [e for e in found if " ".join(described) in _what_it_is(index.kb.entities[e].description)]
    as_typed = _NAMES_ASKED.match(
        " ".join(words(query.text))
    )  # (a count the reading drops: "which two sites")
    count = asked.group("count") or (as_typed.group("count") if as_typed else None)
    pair = list(index.reader.pair_ids)
    paired = bool(count and _SMALL_COUNTS[count] == 2 != len(found) and pair and set(pair) <= set(found))
    if paired:
        found = pair  # "which two sites?" of five: the two the story keeps naming together
    if not found or (count and len(found) != _SMALL_COUNTS[count]):
        return None
    names = [index.kb.entities[e].name for e in found]
    listed = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
    plural = noun if noun.endswith("s") or noun == "people" else _PLURALS.get(noun, noun + "s")
    if not noun or kinds == ("place",):
        plural = "places" if noun else "parties"  # (the story's places are a country and a city)
    one = {v: k for k, v in _PLURALS.items()}.get(plural, plural.removesuffix("s"))
    if described:
        plural, one = " ".join([*described, plural]), " ".join([*described, one])
    text = (
        f"The two {plural} the story names together are {listed}."
        if paired
        else f"The story names {len(found)} {plural}: {listed}."
        if len(found) > 1
        else f"The story names one {one}: {listed}."
    )
    sources = [r for r in records.values() if r is not None]
    return build(index, ctx.question, query, text=text, sources=sources, kind="answer", score=1.0,
                 says=Attribution("article"))  # fmt: skip


def _kinds_named(noun: str) -> tuple[str, ...]:
    """The kinds of name a noun asks for ("companies": companies, sites, outlets), or none."""
    return _NAMED_KINDS.get(noun[:5]) or _NAMED_KINDS.get(noun[:4]) or ()


def _parties_counted(ctx: Context, query: Query) -> Answer | None:
    """ "How many sites launched their own marketplaces?": a record that names the parties who did it answers
    with their number: those of the kind asked (the rule of "which sites does the story name?") besides any
    asked of; None when fewer than two are of it, or they are of more than one kind."""
    words = query.words
    at = next((k + 2 for k in range(len(words) - 2) if words[k : k + 2] == ["how", "many"]), None)
    where = (
        next((k for k in range(at, min(at + 3, len(words))) if _kinds_named(words[k])), None) if at else None
    )
    if where is None:
        return None
    kinds = _kinds_named(words[where])
    acts = [t for t in query.tokens if t != query.token_at(where)]
    chosen = ctx.ranked(query)[0]  # (all scored: no record of parties is eligible for a count)
    top = chosen[0] if chosen and chosen[0].score >= ctx.threshold else None
    if (
        top is None
        or top.terms.record.asks not in ("who", "what")
        or (top.terms.value is not None and top.terms.value.kind != "entity")
        or not acts
        or not top.terms.vocabulary.issuperset(acts)
    ):
        return None  # ("how many sites said yes?": nothing the parties did that the record tells)
    entities = ctx.index.kb.entities
    told = [e for e in top.terms.told if e not in query.entities and entities[e].kind in kinds]
    if len(told) < 2 or len({entities[e].kind for e in told}) != 1:
        return None  # ("how many companies switched?": Alipay, a company, is told beside the sites that did)
    names = [entities[e].name for e in told]
    count = _COUNT_WORDS.get(len(told), str(len(told))).capitalize()
    text = f"{count}: {', '.join(names[:-1])} and {names[-1]}. {without_verdict(top.terms.record.answer)}"
    return build(ctx.index, ctx.question, query, text=text, sources=[top.terms.record], kind="answer",
                 score=top.score)  # fmt: skip


_GUESS_WORDS = r"(reasons?|explanations?|theor(y|ies)|causes?|motives?|possibilit(y|ies)|guess(es)?|ideas?|options?|rumou?rs?)"
_GUESS_NOUN = r"(possible |potential |competing |alternative |different |rumou?red )?" + _GUESS_WORDS + r"\b"
_GUESS_WORD = Lazy(_GUESS_WORDS)
_ONE_GUESS = Lazy(r"(?<!than )\b(only one|just one|a single|single|one|1)( \w+)? " + _GUESS_NOUN)
_SEVERAL_GUESSES = Lazy(
    r"\b(more than one|several|multiple|many|two|2|three|various|other|another|else|more|both)( \w+)? "
    + _GUESS_NOUN
    + r"|\b(any|anything|something|what) (other|else)\b|\bor (several|more|many|multiple)\b"
)
_HOW_MANY_GUESSES = Lazy(r"\bhow many( \w+)? " + _GUESS_NOUN)
_ALTERNATIVE = Lazy(r"(,|\.) (or|alternatively|another (possibility|theory|explanation) is)\b", re.IGNORECASE)
"""Where a record of guesses passes to another one ("..., or it may have something to do with ...")."""
_SET_ASIDE = Lazy(rf"\b({SET_ASIDE}|beyond)\b")
_HOW_MANY_WORDS = frozenset({"single", "multiple", "several", "various", "many", "numerous", "one", "two"})
"""Words saying how many guesses are asked about, which no record of the guesses uses."""
_COUNT_WORDS = {2: "two", 3: "three", 4: "four", 5: "five"}


def _guesses_counted(ctx: Context, query: Query) -> Answer | None:
    """ "Does the writer offer one explanation or several?", "(one rumoured reason?) / any other theory?": how
    many guesses the story's record of not-knowing reports, counted from its alternatives."""
    text = ctx.as_typed  # (the reading sets aside "any other")
    several, one = _SEVERAL_GUESSES.search(text), _ONE_GUESS.search(text)
    how_many = _HOW_MANY_GUESSES.search(text)
    if not (several or one or how_many) or _SET_ASIDE.search(text):
        return None  # ("the other theory besides the rumour?": the rest of the guesses, which their record gives)
    counting = query
    for k, w in enumerate(query.words):
        if w in _HOW_MANY_WORDS or (w in query.unknown and _GUESS_WORD.fullmatch(w)):
            # ("multiple reasons": how many, not what; "several possibilities": the guesses, by any name)
            counting = counting.without(k, k + 1, query.qtype)
    counting = replace(
        counting,
        unknown=[w for w in query.unknown if w not in _HOW_MANY_WORDS and not _GUESS_WORD.fullmatch(w)],
    )
    ranked = ctx.ranked(counting)[0]
    top = next((c for c in ranked[:1] if _guessing(c.terms.record) and c.score >= ctx.threshold), None)
    last = ctx.index.by_id.get(ctx.last.record or "") if ctx.last and not ctx.typed.entities else None
    if top is None and last is not None and several:
        said_last = {c.sentence for c in last.record.citations}
        # (not "and the other rumour from 2012?": another rumour than the guess just told, which is no guess)
        other_rumour = "rumo" in text or any(v.kind != "entity" for v in query.values)
        guesses = (
            last
            if _guessing(last.record)
            else None
            if other_rumour
            else next(
                (
                    t
                    for t in ctx.index.records
                    if _guessing(t.record) and said_last <= {c.sentence for c in t.record.citations}
                ),
                None,
            )
        )  # ("(the rumour?) / any other possible reason?": the record of guesses the last answer is one of)
        if guesses is not None:
            top = Candidate(guesses, ctx.threshold, 0.0, 0.0, 0.0)  # "(why ...?) / any other theory?"
    if top is None:
        return None
    rec = top.terms.record
    count = 1 + len(_ALTERNATIVE.findall(rec.answer))
    if count < 2:
        return None
    number = _COUNT_WORDS.get(count, str(count))
    said = f"the story reports {number} possible explanations, none of them confirmed: {rec.answer}"
    if how_many:
        verdict = f"{number.capitalize()}: "
    elif one and (several or is_choice(text)):
        verdict = "Several: "  # "one explanation, or several?"
    elif query.qtype == "yesno":
        verdict = "No: " if one else "Yes: "  # "only one reason?", "any other theory?"
    else:
        verdict = ""
    text = f"{verdict}{said}" if verdict else said[0].upper() + said[1:]
    return build(ctx.index, ctx.question, query, text=text, sources=[rec], kind="answer",
                 score=max(top.score, ctx.threshold), record=rec.id)  # fmt: skip


_REASON_GIVEN = Lazy(
    r"^(did|does|has|have|had) (\w+ ){1,3}(give|gave|given|offer|offered|provide|provided|state|stated|explain"
    r"|explained|share|shared|mention|mentioned)( \w+)? (a |an |any |the )?(reasons?|explanations?|motives?)\b"
)
"""A yes/no asking whether a reason was given for something ("Did Alipay give a reason for ...?")."""


def _reason_given(ctx: Context, query: Query) -> Answer | None:
    """ "Did Alipay give a reason for turning support back on?": no, when the story's record of why is one of its
    own not-knowing (the guesses it reports are no reason given)."""
    chosen = ctx.rank(replace(query, qtype="why"))
    top = chosen[0] if chosen and chosen[0].score >= ctx.threshold else None
    if top is None or not _guessing(top.terms.record):
        return None
    rec = top.terms.record
    return build(ctx.index, ctx.question, query, text=f"{_no(query)}: {rec.answer}", sources=[rec], kind="check",
                 score=top.score, record=rec.id)  # fmt: skip


def _guessing(rec: Record) -> bool:
    """True for a record of the story's own not-knowing why, with the guesses it reports."""
    return rec.short_answer == "unknown" and rec.asks == "why"


_FIGURES_ASKED = Lazy(
    r"^(?:(?:so|and|ok|okay|now) )?(?:which|what|list|give me|tell me)(?: all| are| were| does| do)?(?: all| every)?"
    r"(?: of)?(?: the)?(?: main| key| important| most important| different| big)? (?:numbers|figures|statistics"
    r"|stats|data|amounts)\b(?P<rest>.*)$"
)
"""A question asking for the figures the story gives, as a whole ("What numbers are in the story?")."""


_SETTING = Lazy(
    r"^(in )?(which|what) (country|place|city|region|part of the world)( is| are| does| do| did| was)? (this|the|all"
    r" (this|of this|that)|these|(this|that) all)( (story|article|piece|news|events?))? ((take|took|taking) place|happen\w*|set|based"
    r"|occur\w*)\b"
    r"|^where (does|did|is|are|do) (this|the|all (this|of this)|these|(this|that) all)( (story|article|piece|news|events?))?"
    r"( of (this|the) (story|article|piece))? ?"
    r"(take place|taking place|happen\w*|set|based|occur\w*)\b"
)
"""A question asking where the story as a whole is set ("In which country does all of this take place?")."""


def story_setting(ctx: Context, query: Query) -> Answer | None:
    """ "Where does this story take place?": the place the story names most, with its first sentence saying so."""
    if not _SETTING.match(query.joined):
        return None
    place = ctx.index.reader.setting
    if place is None:
        return None
    rec = min(
        (t.record for t in ctx.index.records if place in t.record.entities and not t.record.not_in_story),
        key=lambda r: min((c.start for c in r.citations), default=0),
    )  # (the story's first sentence naming the place)
    name = ctx.index.kb.entities[place].name
    return build(ctx.index, ctx.question, query, text=f"In {name}: {rec.answer}", sources=[rec], kind="answer",
                 score=1.0, record=rec.id)  # fmt: skip


def figures_list(ctx: Context, query: Query) -> Answer | None:
    """ "What numbers does the story give?": every figure, one per passage, each with who says it."""
    asked = _FIGURES_ASKED.match(query.joined)
    if not asked or query.entities or not _NAMES_REST.match(asked.group("rest")):
        return None
    return _party_figures(ctx, query, None)


def category(ctx: Context, query: Query) -> Answer | None:
    """ "Is Mogujie a store?": what the story calls the one thing named, held against the noun put to it. A
    figure of stores is no answer; the story's own words are, "Yes" only when they use that noun."""
    said = query.words
    values = list(query.values)
    peer = _likened(query)
    if peer is not None:
        # "Is Meilishuo a social shopping site like Mogujie?": the noun is put to both names; the likened one
        # is held against it after the first
        values.remove(peer[1])
        said = said[: peer[0]]
    named = values[0] if values else None
    owner = values[1] if len(values) == 2 else None
    if (
        owner is not None
        and (
            owner.kind != "entity"
            or named is None
            or owner.start not in (named.end, named.end + 1)
            or not re.search(
                r"\b"
                + r"\W+".join(map(re.escape, query.words[owner.start : owner.end]))
                + r"(?:'s|\u2019s|s')\W",
                fold(query.text) + " ",
            )  # a possessive owner ("Alibaba's app"), not a name likened ("like Pinterest") or put beside ("an Alibaba")
        )
    ):
        return None
    if query.qtype != "yesno" or named is None or named.kind != "entity" or named.entity is None:
        return None
    if owner is not None:
        # "Alimama is Alibaba's mobile payment app?": the owner named is part of what the thing is called (the
        # story's "Alibaba's referral program"), read as "the" before the noun put to it
        said = [*said[: owner.start], "the", *said[owner.end :]]
    lead = next((i for i, w in enumerate(said) if w not in _OPENERS), len(said))  # "wait, is that an app?"
    framing_end = next((end for start, end in framing_words(query.joined) if start == lead), None)
    lead = (
        framing_end if framing_end is not None else lead
    )  # ("Is it correct that Meilishuo is a payment company?")
    # ("Alimama is a payment service, yes or no?": the statement order, the copula after the name, a tag after)
    stated = named.start == lead and named.end < len(said) and said[named.end] in _COPULA
    # ("Does the article describe Meilishuo as a payment company?": what the story calls it, asked of its words)
    described = (
        named.end < len(said)
        and said[named.end] == "as"
        and _DESCRIBED.match(" ".join(said[lead : named.start])) is not None
    )
    tail = said[named.end + 1 :] if stated or described else said[named.end :]
    while (stated or described) and tail and tail[-1] in TAG_WORDS:
        tail = tail[:-1]
    if len(tail) > 3 and tail[-3] in ("in", "by") and tail[-2] in ("the", "this") and tail[-1] in STORY_NOUNS:
        tail = tail[:-3]  # "... a payment company in the article?": where it is said, not what
    if " ".join(tail[:2]) in ("the only", "the sole", "the single"):
        return None  # "Is Alipay the only payment service?": not what it is called but that no other is one
    rest = [w for w in tail if w not in _SOFTENERS]
    copula = named.end if stated else lead
    if (
        lead >= len(said)
        or not (described or said[copula] in _COPULA)
        or not (described or named.start == (lead if stated else lead + 1))
        or not 2 <= len(rest) <= 4
        or rest[0] not in ("a", "an", "the")  # ("is Alibaba the referral program?" too)
    ):
        return None
    read = ctx.index.reader.read
    nouns = read(" ".join(rest[1:]), correct=False).tokens
    if not nouns or any(t.startswith(ENTITY_PREFIX) or t.isdigit() for t in nouns):
        return None
    plain = {w.removesuffix("s") for w in rest[1:]}

    loose = ctx.index.reader.kind_stems(named.entity)

    def calls(rec: Record) -> bool:
        # in its terms, one kind noun for another ("site" for "service") beside a word that matches, or word for
        # word where the story's words were read as a name ("the mobile app of Alipay"); a nationality is said
        # by its country ("Chinese" by "in China")
        said = read(rec.answer, correct=False)
        places = [
            ctx.index.kb.entities[e].name.lower()
            for e in said.entities
            if ctx.index.reader.kinds[e] == "place"
        ]
        missing = {t for t in set(nouns) - set(said.tokens) if not any(_nationality(t, p) for p in places)}
        if owner is not None and not any(
            e == owner.entity or ctx.index.reader.part_of(e, owner.entity) for e in said.entities
        ):
            return False  # "Mogujie is Alibaba's shopping site?": the story's words for it name no such owner
        return (
            not missing
            or (len(missing) < len(nouns) and missing <= loose)
            or plain <= {w.removesuffix("s") for w in words(rec.answer)}
        )

    def calling(entity: str) -> Record | None:
        """The shortest record of what the story calls a name, when it calls it by the noun put to it."""
        describing = [  # "What is Mogujie?", "What kind of sites are Mogujie and Meilishuo?": names and nothing else
            t.record
            for t in ctx.index.records
            if t.record.entities[:1] == (entity,)
            and t.phrasings
            and all(w.startswith(ENTITY_PREFIX) for w in t.phrasings[0])
        ]
        name = ctx.index.kb.entities[entity].name
        found = [r for r in describing if r.asks == "what" and not r.not_in_story and calls(r)]
        if rest[0] == "the":
            # "is Alibaba the referral program?": the one thing it is, so the story must say it is that ("Alibaba
            # runs ... the Alimama referral program" is another thing)
            found = [r for r in found if r.answer.startswith((f"{name} is ", f"{name} was "))]
        if not found:
            # ("Is the writer a tech writer?": no record only names her; the one saying what she is calls her so)
            found = [
                t.record
                for t in ctx.index.records
                if t.record.entities[:1] == (entity,)
                and t.record.answer.startswith((f"{name} is ", f"{name} was "))
                and not t.record.not_in_story
                and calls(t.record)
            ]
        return min(found, key=lambda r: len(r.answer)) if found else None

    best = calling(named.entity)
    if best is not None and peer is not None:
        other = calling(peer[1].entity) if peer[1].entity else None
        if other is None:
            return None  # ("Is Mogujie a social shopping site like Alipay?": the likeness is not the story's)
        return build(ctx.index, ctx.question, query, text=f"Yes, both: {best.answer} {other.answer}",
                     sources=[best, other], kind="check", score=1.0)  # fmt: skip
    if best is not None:
        only = more_than_allowed(query.text, best.answer)
        return build(ctx.index, ctx.question, query, text=f"{'No' if only else 'Yes'}: {best.answer}",
                     sources=[best], kind="check", score=1.0)  # fmt: skip
    rec = _defining(ctx.index, named.entity)
    if rec is None:
        return None
    text = f"Not in those words. What the story says: {rec.answer}"
    return build(ctx.index, ctx.question, query, text=text, sources=[rec], kind="check", score=1.0)


_LIKENED_BY = (("just", "like"), ("like",), ("similar", "to"), ("same", "as"))
"""Words putting a second name beside the first under the same noun ("a social shopping site like Mogujie")."""


_LIKENESS_TAGS = TAG_WORDS | {"also", "too", "else", "something", "different", "same"}
"""Words closing a likeness put to the check ("... like Mogujie, or something different?")."""


def _likened(query: Query) -> tuple[int, Value] | None:
    """The word where a closing likeness starts ("... like Mogujie", "... just like Mogujie, or something
    different?") and the name it puts beside the first; None without one."""
    if len(query.values) < 2 or query.values[-1].kind != "entity":
        return None
    last = query.values[-1]
    tail = query.words[last.end :]
    while tail and tail[-1] in _LIKENESS_TAGS:
        tail = tail[:-1]
    if tail:
        return None
    for lead in _LIKENED_BY:
        start = last.start - len(lead)
        if start > 0 and tuple(query.words[start : last.start]) == lead:
            return start, last
    return None


def _nationality(term: str, place: str) -> bool:
    """True when a term reads as the nationality of a place ("chines" of China, "japanes" of Japan)."""
    return len(place) >= 4 and term[:4] == place[:4] and term != place and term.endswith(_NATIONAL)


_NATIONAL = ("ese", "es", "ian", "an", "ish", "ic")
"""Endings of nationality words, stemmed ("Chinese" is "chines")."""


_PART_NOUNS = ("part", "unit", "arm", "division")
"""Nouns of a thing that is part of a party ("Alimama is part of Alibaba", "Alibaba's finance arm")."""
_BELONGS = Lazy(
    rf"\b(is|was|are|were) (\w+ ){{0,4}}(a |an )?({'|'.join(_PART_NOUNS)}) of\b|\bbelongs? to\b"
    r"|^\S+( \S+)? (is|are|was|were) of \S+\W*$"  # a learner's "Tmall is of Alibaba?"
)
"""Whether one name is another's ("Is Alimama part of Alibaba?")."""
_OWNS = Lazy(
    r"^(?:do|does|did) \S+(?: \S+)?(?<!'s)(?<!\u2019s)(?<!s') own\b(?! (marketplace|marketplaces|stores?|shops?|sites?"
    r"|platforms?|apps?|brands?|programs?|services?|payment)\b)"
)
"""Ownership asked outright ("Does Alibaba own WeChat?"), not "X's own marketplace"."""
_OWNER_KIND = frozenset({"business", "businesses", "company", "companies", "site", "sites", "product", "products",
                         "brand", "brands", "unit", "subsidiary", "subsidiaries", "property", "properties",
                         "platform", "platforms", "service", "services", "marketplace", "marketplaces"})  # fmt: skip
"""Nouns after a name that make it an owner ("an Alibaba business")."""


_OWNER_ASKED = Lazy(
    r"^(who|which (company|firm|group|business|one)|what (company|firm|group|business)) (is )?(owns?|runs?|operates?"
    r"|controls?|is behind|are behind|stands behind|is the (owner|parent) of|are \w+ (part of|from))\b"
    r"|^who do \S+.* belong to\b"
)
"""Who owns a thing, asked ("Which company is behind X, Y and Z?")."""


def common_owner(ctx: Context, query: Query) -> Answer | None:
    """ "Which company is behind Taobao, Tmall and Alimama?": no record names all three, but the story gives each
    the same owner; each one's own record, and the owner they share."""
    parts = [e for e in query.entities if ctx.index.kb.entities[e].kind != "place"]
    if len(parts) < 2 or not _OWNER_ASKED.match(query.joined):
        return None
    if any(
        c.score >= ctx.threshold and set(parts) <= set(c.terms.record.entities) for c in ctx.rank(query)[:3]
    ):
        return None  # ("Which company runs Taobao and Tmall?": one record names both, and answers)
    found: list[Record] = []
    owners: set[str] | None = None
    for part in parts:
        name = ctx.index.kb.entities[part].name
        asked = ctx.index.read(f"who runs {name}?")
        ranked = [c for c in ctx.rank(asked) if c.score >= ctx.threshold and not c.terms.record.not_in_story]
        if not ranked:
            return None
        rec = ranked[0].terms.record
        theirs = {e for e in rec.entities if e not in parts and ctx.index.kb.entities[e].kind == "company"}
        theirs |= {o for o in ctx.index.reader.owners.get(part, ()) if o not in parts}
        owners = theirs if owners is None else owners & theirs
        if rec not in found:
            found.append(rec)
    if not owners or len(owners) != 1:
        return None
    owner = ctx.index.kb.entities[owners.pop()].name
    text = f"{owner}: the story makes each of them {owner}'s. " + " ".join(r.answer for r in found)
    return build(ctx.index, ctx.question, query, text=text, sources=found, kind="answer", score=1.0,
                 record=found[0].id)  # fmt: skip


def belongs(ctx: Context, query: Query) -> Answer | None:
    """ "Is Alimama part of Alibaba?": Yes when the story names the one as the other's ("Alibaba's referral
    program"); otherwise the question is ranked as any other."""
    if query.qtype != "yesno" or len(query.entities) != 2:
        return None
    owned_as = _owner_before_kind(query, ctx.question)
    owns = _OWNS.search(fold(ctx.question)) if " own" in ctx.question.lower() else None
    if not owned_as and not owns and not _BELONGS.search(query.joined):
        return None
    part, whole = query.entities
    spans = sorted((v.start, v.end) for v in query.values if v.kind == "entity")
    if len(spans) == 2 and query.words[spans[0][1] : spans[1][0]] in (["and"], ["or"], ["&"]):
        return None  # "Taobao and Tmall belong to some big company?": both are the part, the whole is asked
    if owns:
        part, whole = whole, part  # "does Alibaba own WeChat?": the owner is named first
    if whole not in ctx.index.reader.owners.get(part, ()) and not ctx.index.reader.part_of(part, whole):
        # ("Does Meilishuo belong to Mogujie?" is no "Yes" because both are social shopping sites)
        asked = owned_as or owns or " belong" in query.joined
        return _owned_in_words(ctx, query, part, whole) if asked else None
    rec = _defining(ctx.index, part)
    if rec is None:
        return None
    return _role_of_another(
        ctx, query
    ) or build(  # ("Alimama is the payment arm of Alibaba": part, not that part)
        ctx.index, ctx.question, query, text=f"Yes: {rec.answer}", sources=[rec], kind="check", score=1.0
    )


def _owned_by_unknown(ctx: Context, query: Query) -> Answer | None:
    """ "Is Alimama part of Tencent?", "Alipay is from Tencent?": a name the story never gives put as the owner
    of a thing whose owner it does give: No, with the owner it gives."""
    part = query.entities[0]
    owners = ctx.index.reader.owners.get(part)
    names = [w for w in query.unknown if _may_be_name(ctx, w)]
    if not names or not _OWNED_BY.search(query.joined):
        return None
    rec = _defining(ctx.index, part) if owners else None
    if rec is None or not set(owners or ()) <= set(rec.entities):
        rec = _owner_record(ctx, part)  # "Does Tencent own Alipay?": the record saying who operates it
    if rec is None:
        return None
    text = f"{_no(query)}: the story never mentions {names[0].capitalize()}. {rec.answer}"
    return build(ctx.index, ctx.question, query, text=text, sources=[rec], kind="check", score=1.0,
                 record=rec.id)  # fmt: skip


def _owner_record(ctx: Context, part: str) -> Record | None:
    """The record naming who owns or runs a party ("Alipay is operated by Alibaba's finance arm"), if any."""
    return next(
        (
            t.record
            for t in ctx.index.valued
            if t.value is not None
            and t.value.kind == "entity"
            and t.record.entities[:1] == (part,)
            and t.record.asks == "who"
            and _OWNED_BY.search(t.record.answer.lower())
        ),
        None,
    )


_OWNED_BY = Lazy(
    r"\b(part|unit|arm|division|subsidiary) of\b(?! (a|an|some|any|the|this|that) (\w+ )?(deal|plan|agreement|strategy|move"
    r"|push|effort|campaign|scheme|pact|arrangement|bargain|partnership)\b)|\bbelongs? to\b|\b(owned|run|operated|made|controlled) by\b"
    r"|^(is|was|are) \S+ from\b|^\S+ (is|was|are) from\b|^\S+ = "
    r"|\b(own|owns|run|runs|operate|operates|control|controls)\b"
)
"""Wording that puts one name as another's owner (passive, or the active "does Tencent own it")."""


def _owner_before_kind(query: Query, typed: str) -> bool:
    """ "Is Taobao an Alibaba business?": the second name stands right after "a"/"an" and before a noun of what
    a party owns (not "Was Mogujie a Pinterest-style site?", whose second name only likens); "Is Taobao
    Alibaba's (site)?" says the same with a possessive, which reading drops, so the typed words are looked at."""
    if query.words[:1] not in (["is"], ["was"], ["are"], ["were"]):
        return False
    spans = sorted((v.start, v.end) for v in query.values if v.kind == "entity")
    if len(spans) != 2:
        return False
    start, end = spans[1]
    kind_last = end == len(query.words) - 1 and query.words[end] in _OWNER_KIND
    if start > 0 and query.words[start - 1] in ("a", "an"):
        return kind_last
    if spans[0] != (1, start) or not (kind_last or end == len(query.words)):
        return False  # (the two names side by side after the verb: "Was Mogujie's count double Meilishuo's?")
    closing = _POSSESSIVE_CLOSE.search(fold(typed))
    return closing is not None and bool(closing.group(2)) == kind_last


_POSSESSIVE_CLOSE = Lazy(r"\w(s'|'s)(?: ([a-z]+))?\W*$")
"""A question closing on a possessive, alone or before one noun ("... Alibaba's?", "... Alibaba's site?")."""


def _owned_in_words(ctx: Context, query: Query, part: str, whole: str) -> Answer:
    """ "Is Taobao an Alibaba business?": Yes when a record's answer calls the one the other's ("Alibaba's Taobao
    and Tmall"); otherwise the story doesn't say so ("Does Meilishuo belong to Mogujie?" is no "Yes" because
    both are social shopping sites)."""
    names = ctx.index.kb.entities
    owner, owned = re.escape(names[whole].name), re.escape(names[part].name)
    said = re.compile(
        rf"\b{owner}'s (\w+ ){{0,3}}{owned}\b|\b{owned} is (operated|owned|run|controlled) by {owner}\b",
        re.IGNORECASE,
    )  # ("Alipay is operated by Alibaba's finance arm": its owner's part runs it)
    for rec in ctx.index.kb.qa:
        if part in rec.entities and whole in rec.entities and said.search(rec.answer):
            return build(ctx.index, ctx.question, query, text=f"Yes: {rec.answer}", sources=[rec], kind="check",
                         score=1.0)  # fmt: skip
    for parent in sorted(ctx.index.reader.parts.get(whole, ())):
        # "does it own Taobao too?" of "Alibaba's finance arm": the arm's whole, Alibaba, is what the story makes
        # Taobao's owner; said so, with both records
        if parent == part:
            continue
        through = _owned_in_words(ctx, query, part, parent)
        if through.status == "answered":
            text = (f"Yes, as part of the same company: the story calls {names[part].name} {names[parent].name}'s, "
                    f"and {names[whole].name} is part of {names[parent].name}. {through.answer[len('Yes: '):]}")  # fmt: skip
            return replace(through, answer=text)
    text = f"The story doesn't say that {names[part].name} belongs to {names[whole].name}."
    return build(
        ctx.index, ctx.question, query, text=text, sources=[], kind="decline", score=0.5, status="unknown"
    )


# -- checking a claim ---------------------------------------------------------------------------------------


def _both_said(query: Query, verdict: Answer | None) -> Answer | None:
    """ "Did both sites switch, or just one?": a "Yes" says it of both."""
    if (
        verdict is not None
        and "both" in query.words
        and len(query.entities) >= 2
        and verdict.answer.startswith("Yes: ")
    ):
        return replace(verdict, answer="Yes, both: " + verdict.answer[len("Yes: ") :])
    return verdict


def _stated_figure_refuted(ctx: Context, query: Query) -> Answer | None:
    """A statement with a figure, not a question ("mogujie has 85 billion accounts", "alipay cut off mogujie like
    ten years ago"), checked as a true/false hunch: its refutation when the story gives another figure; None when
    it is a question, holds no figure, or the check does not refute it (then it is read as keywords, as before)."""
    said = ctx.as_typed.split()
    if (
        "?" in ctx.question
        or not said
        or said[0] in QUESTION_WORDS
        or said[0] in _STATEMENT_OPENERS_NOT
        or not 1 <= sum(v.kind != "entity" for v in query.values) <= _STATED_FIGURES_MAX
        or len(said) > _STATED_WORDS_MAX
        or query.qtype not in (None, "how_many", "how_much")
        or (query.qtype is not None and not _STATED_HAS.search(ctx.as_typed))
    ):
        return None
    if len(query.entities) >= 2 and _claimed_gap(query) is not None:
        # "so mogujie had 1000 more stores than meilishuo": a difference between the two, weighed as one
        return compare(ctx, replace(query, qtype="yesno"))
    checked = check(ctx, replace(query, qtype="yesno"))
    return checked if checked is not None and checked.answer.startswith("No") else None


_STATED_FIGURES_MAX = 3
_STATED_WORDS_MAX = 40
"""A statement a reader puts holds a figure or two in a sentence; a wall of numbers ("0K" a thousand times) is
no hunch, and checking each of its figures would take seconds."""
_STATEMENT_OPENERS_NOT = frozenset({"is", "are", "was", "were", "do", "does", "did", "can", "could", "has", "have",
                                    "had", "will", "would", "should", "tell", "give", "list", "show", "name"})  # fmt: skip
"""Words opening a question or a request, not a statement."""
_STATED_HAS = Lazy(r"\b(has|have|had|got|gets|holds|held|owns|counts|reached|passed|opened)\b")
"""A verb stating a figure held ("has 85 billion accounts"), which the reader types as a how-many."""


def check(ctx: Context, query: Query) -> Answer | None:
    """A yes/no question stating a value, checked against the record about the rest of the question:
    "Yes", or "No: the story says X", with the record's citation; one putting the statement in a party's mouth
    ("Did Mogujie say it had 2000 stores?") is a "Yes" only when the story has it from that party."""
    spoke = PARTY_CONFIRMED.match(query.joined) if query.qtype == "yesno" else None
    if spoke and (spoken_act(spoke) in REMARKED or " or " in spoke.group(0) or spoke["act"] is None):
        # "Did Tencent comment on Alipay's decision?", "Did Mogujie or Alipay confirm the rumour?", "Did Alibaba
        # say no to the rumour?": whether a party spoke, not a statement to check
        return None
    swapped = _swapped_first(ctx, query) if not ctx.index.contrast_groups.isdisjoint(query.tokens) else None
    if swapped:
        return swapped
    said = _said_by_party(ctx, query)
    if said is None:
        checked = _both_said(query, _check(ctx, query))
        if checked is None or checked.status != "answered":
            return _in_its_setting(ctx, query) or checked
        return checked
    speaker, start, end = said
    verdict = _check(ctx, query.without(start, end, "yesno"))
    if verdict is None or verdict.status != "answered":
        return _check(ctx, query)  # ("Did QQ Tech report the store figures?" states nothing but the report)
    rec = ctx.index.kb.qa_by_id.get(verdict.record or "")
    if rec is None or not verdict.answer.startswith("Yes"):
        return verdict
    says = rec.says
    terms = ctx.index.by_id[rec.id]
    if (
        says is None
        or said_by(terms, speaker)
        or (says.kind == "article" and speaker in ctx.index.reader.authors)
    ):
        return verdict  # (a record telling what the party announced is its word too)
    party = ctx.index.kb.entities[says.by].name if says.by and says.by in ctx.index.kb.entities else ""
    if _ANYTHING_SAID.search(ctx.question.lower()) and speaker in ctx.index.kb.entities:
        # "Did Mogujie say anything about the Alipay news?": no word of its is told, which is no "No"
        name = ctx.index.kb.entities[speaker].name
        text = f"The story reports nothing from {name} on it: {_voice(says, party)}. {rec.answer}"
        return replace(verdict, answer=text, status="unknown")
    text = f"{_no(query)}: {_voice(says, party)}. {rec.answer}"
    return replace(verdict, answer=text)


_ANYTHING_SAID = Lazy(r"\b(anything|something|a word|any (comment|statement|response|reaction|remark)s?)\b")
"""What a party said left open ("did Mogujie say anything about it?"): whether it spoke at all."""


_SAYING = frozenset({"say", "said", "says", "report", "reported", "reports", "claim", "claimed", "claims", "state",
                     "stated", "announce", "announced", "write", "wrote"})  # fmt: skip


_STARTED_AS_SAID = Lazy(
    r"\b(?:started|began|begun|starts|begins) (?:out |off |life )?as (?:a |an )?(?P<np>[^,.;]+)"
)
"""What a record says a party started as ("Mogujie started as a Pinterest-like social shopping service")."""
_START_VERBS = frozenset(
    {"start", "started", "starts", "begin", "began", "begun", "begins", "launched", "launch"}
)
_START_TERMS = frozenset({"start", "begin", "origin", "original", "originally", "found"})
_GENERIC_KINDS = (
    "site sites website service services platform company companies app apps firm startup business"
)
"""Nouns saying only what kind of thing something is: "a Pinterest-like site" is the story's "... service"."""


def _in_its_setting(ctx: Context, query: Query) -> Answer | None:
    """ "Mogujie is the Chinese Pinterest, right?", "China's Pinterest", "the Pinterest of China": the story's own
    country put beside a name says where, not what; when the story places the subject there, a statement no check
    settled is checked without it, and the answer kept only from a record that never names the country (one that
    does was the record to settle the whole statement)."""
    place = ctx.index.reader.setting
    if place is None or len(query.entities) < 2:
        return None
    subject = next((n for n in query.entities if n != place), None)
    placed = ctx.index.derived(
        ("placed in", place),
        lambda: frozenset(
            t.record.entities[0]
            for t in ctx.index.records
            if t.record.entities and place in t.record.entities and not t.record.not_in_story
        ),
    )
    if subject not in placed:
        return None  # ("Is Pinterest a Chinese site?": the story places it nowhere)
    name = ctx.index.kb.entities[place].name.lower()
    here = ENTITY_PREFIX + place
    words = query.words
    pairs = list(zip(query.tokens, query.spans, strict=True))
    for k, (t, (s, e)) in enumerate(pairs):
        if t != here and not _nationality(t, name):
            continue
        after = [(u, span) for u, span in pairs[k + 1 : k + 3] if u != here]
        named = [j for j, (u, _) in enumerate(after) if u.startswith(ENTITY_PREFIX)]
        if named and (
            after[0][1][0] == e  # "the Chinese Pinterest", "China's Pinterest"
            or (named[0] == 1 and after[0][1][0] == e and words[after[1][1][0] - 1] == "of")
        ):  # ("a Chinese version of Pinterest", "the Chinese equivalent of Pinterest")
            span = (s, e)
        elif t == here and k and words[s - 1 : s] == ["of"] and pairs[k - 1][0].startswith(ENTITY_PREFIX):
            span = (s - 1, e)  # "the Pinterest of China"
        else:
            continue
        checked = check(ctx, query.without(*span, query.qtype))
        if checked is None or checked.status != "answered":
            return None
        told = ctx.index.by_id.get(checked.record or "")
        return None if told is None or place in told.record.entities else checked
    return None


def _started_as(ctx: Context, query: Query) -> Answer | None:
    """ "Did Mogujie start as a marketplace?": what the party started as, held against the record saying so;
    "Yes" when the words asked are its words, "No" when none of them is (kind nouns aside), else None."""
    words = query.words
    named = [v for v in query.values if v.kind == "entity" and v.entity]
    end = len(words)
    for v in named:
        k = v.end
        if k < len(words) and words[k] in _START_VERBS:
            k += 1 + (k + 1 < len(words) and words[k + 1] in ("out", "off", "life"))
            k = _past_moment(query, k)  # "Mogujie started in 2013 as ...": the year is checked below
            if k < len(words) and words[k] == "as":
                break
        # "Mogujie was a marketplace from day one", "Was Mogujie originally a marketplace?": "was" before what it
        # was (in a statement, right after the name; in a question, before the name)
        span = _from_the_start(words, k)
        if k < len(words) and words[k] in _COPULA:
            base: int | None = k
        else:
            base = v.end - 1 if v.start and words[v.start - 1] in _COPULA else None
        if span is not None and base is not None:
            first, last = span
            start, stop = (base, first) if first > base + 1 else (last, len(words))
            if words[start + 1 : start + 2] in (["a"], ["an"]):
                k, end = start, stop
                break  # (what it was: "a marketplace", not "founded" before something)
    else:
        return None
    index = ctx.index
    reader = index.reader
    generic = index.derived(
        "generic-kinds", lambda: frozenset(reader.read(_GENERIC_KINDS, correct=False).tokens)
    )
    asked = {
        t
        for t, (s, e) in zip(query.tokens, query.spans, strict=True)
        if k < s < end and t not in generic and not (query.words[s] in _LIKENESS_WORDS and s > k + 1)
    } - {t for t in query.tokens if t.isdigit()}  # ("a Pinterest style site": "style" only likens)
    found = [
        (rec, said)
        for rec in index.kb.qa
        if rec.entities[:1] == (v.entity,) and (said := _STARTED_AS_SAID.search(rec.answer))
    ]
    if not found:
        name = index.kb.entities[v.entity or ""].name
        return build(index, ctx.question, query, text=f"The story doesn't say what {name} started as.", sources=[],
                     kind="decline", score=0.5, status="unknown")  # fmt: skip
    # the record asked how the party started before one that only mentions it
    rec, said = min(found, key=lambda f: not (index.by_id[f[0].id].phrasings[0] & _START_TERMS))
    told = set(reader.read(said.group("np"), correct=False).tokens) - generic
    shared = len(asked & told)
    strange = {t for t in asked - told if t.startswith(ENTITY_PREFIX)} or set(query.unknown)
    likened_asked = _likened_word(ctx.question, words, k + 1, end)
    said_words = re.findall(r"\w+", fold(said.group("np")))
    likened_told = [said_words[i] for i in range(len(said_words) - 1) if said_words[i + 1] in _LIKENING]
    if (
        likened_asked
        and likened_told
        and stem(likened_asked) != stem(likened_told[0])
        and stem(likened_asked) not in generic
        and likened_asked not in reader.stopwords
    ):
        # "a Twitter-like service?" of "a Pinterest-like ...": what it is likened to is another
        return build(index, ctx.question, query, text=f"{_no(query)}: {rec.answer}", sources=[rec], kind="check",
                     score=1.0, record=rec.id)  # fmt: skip
    if strange and shared:
        return None  # "an Instagram-like social shopping service": another name in the story's words
    years = [v.text for v in query.values if v.kind == "year"]
    if any(y not in rec.answer for y in years):
        verdict = _no(query)  # "Mogujie started in 2013 as a Pinterest-like site": another year
    elif not asked or shared * 2 > len(asked):
        verdict = _yes_word(query)  # ("a site a bit like Pinterest": most of its words are the story's)
    elif not shared:
        verdict = _no(query)
    else:
        return None
    return build(index, ctx.question, query, text=f"{verdict}: {rec.answer}", sources=[rec], kind="check",
                 score=1.0, record=rec.id)  # fmt: skip


_LIKENESS_WORDS = LIKENESS_SUFFIXES - {"like"}
"""Words that only liken one thing to another ("Pinterest style"): the likeness, not a word of what it was ("like"
itself is a word of the story's "Pinterest-like", which the record's own words hold)."""


def _likened_word(question: str, said: list[str], start: int, end: int) -> str:
    """The word a thing is likened to in `said[start:end]`: before a hyphened "-like" ("a Twitter-like site") or
    after a plain "like" ("a site like Instagram"); empty when none."""
    for i in range(start, end):
        if said[i] not in _LIKENING:
            continue
        if i > start and re.search(rf"\b{re.escape(said[i - 1])}-\w", question, re.IGNORECASE):
            return said[i - 1]  # ("Pinterest-style" is read "pinterest like")
        after = [w for w in said[i + 1 : end] if w not in ("a", "an", "the")]
        if after and re.search(rf"\blike\s+((a|an|the)\s+)?{re.escape(after[0])}\b", question, re.IGNORECASE):
            return after[0]
    return ""


def _past_moment(query: Query, k: int) -> int:
    """The word after a moment standing at `k` ("in 2013", "in late 2013"), or `k` when none stands there."""
    for v in query.values:
        if v.kind == "year" and query.words[k : k + 1] == ["in"] and v.start in (k + 1, k + 2):
            return v.end
    return k


_FROM_START = (("from", "day", "one"), ("from", "the", "start"), ("from", "the", "beginning"),
               ("from", "the", "outset"), ("at", "first"), ("in", "the", "beginning"), ("originally",))  # fmt: skip
"""Words saying a thing was so from its start ("a marketplace from day one"): a claim about what it started as."""


def _from_the_start(words: list[str], k: int) -> tuple[int, int] | None:
    """The first and last word of the words saying "from the start" after `k`, or None."""
    for i in range(k, len(words)):
        found = [p for p in _FROM_START if tuple(words[i : i + len(p)]) == p]
        if found:
            return i, i + max(map(len, found)) - 1
    return None


def _said_by_party(ctx: Context, query: Query) -> tuple[str, int, int] | None:
    """The party a yes/no question says a statement comes from, opening it ("Did QQ Tech report ...?"), and the
    word span to leave out to check the statement itself: the verb, and the party too when the statement has a
    name of its own ("Mogujie's 2000 stores"); None for any other question."""
    if query.qtype != "yesno":
        return None
    source = _SOURCE_OF.match(query.joined)
    if source:
        # "Is QQ Tech the source for the claim that Alipay has 80%?": the statement put in that party's mouth
        party = next((v for v in query.values if v.kind == "entity" and v.start in (1, 2)), None)
        if party is not None and party.entity and party.end < len(query.words):
            words_in = len(source.group(0).split())
            return party.entity, party.start, words_in
    passive = _said_passively(query)
    if passive:
        return passive
    if query.words[:1] not in (["did"], ["does"], ["has"], ["had"]):
        return None
    first = next((v for v in query.values if v.kind == "entity" and v.start in (1, 2)), None)
    if first is None or first.entity is None or first.end >= len(query.words):
        return None
    verb = first.end
    if query.words[verb] not in _SAYING:
        return None
    after = query.words[verb + 1 :]
    if after[:1] in (["it"], ["this"], ["them"]) and not any(
        w in AUXILIARIES or w.endswith("ed") for w in after[1:]
    ):
        return None  # "Did Alipay announce it a week ago?": the saying itself is the event asked about (no clause)
    end = verb + 1 + (query.words[verb + 1 : verb + 2] == ["that"])
    # the party is left in when the statement's subject is a pronoun for it ("Did Mogujie say it had ...?")
    named = any(v.kind == "entity" and v.start == end for v in query.values)
    return first.entity, (first.start if named else first.end), end


def _said_passively(query: Query) -> tuple[str, int, int] | None:
    """ "The 2000 stores were reported by Alibaba, yes?": a statement put as said by a party after it, the same
    as "Did Alibaba report that ...?"; the span left out runs from the auxiliary to the party."""
    for v in query.values:
        at = v.start - 2
        if v.kind != "entity" or v.entity is None or at < 2 or query.words[v.start - 1] != "by":
            continue
        if query.words[at] not in _SAYING or not query.words[at].endswith(("ed", "said", "wrote")):
            continue
        start = at - (query.words[at - 1] in ("was", "were", "is", "are", "been", "be"))
        return v.entity, start, v.end
    return None


_SOURCE_OF = Lazy(
    r"^(is|was) (\w+ ){1,3}the (source|origin) (of|for|behind) (the )?(claim|figure|number|report|statement|idea|news)?"
    r"( (that|of))? ?"
)
"""A party asked to be the source of a statement ("Is QQ Tech the source for the claim that ..."): its word?"""


def _check(ctx: Context, query: Query) -> Answer | None:
    """The check itself (see `check`)."""
    likened = _likened_name(query)
    if likened:
        return _checked_beside(ctx, query, likened)
    also = (
        _started_as(ctx, query)
        or _named_otherwise(ctx, query)
        or _same_as_scene(ctx, query)
        or _same_thing(ctx, query)
        or _same_figure(ctx)
        or _same_year(ctx, query)
        or _same_for_another(ctx, query)
        or _last_value(ctx)
        or _part_of_year(ctx)
        or _cause(ctx, query)
        or _word_choice(ctx, query)
        or _share_of_another(ctx, query)
    )
    if also:
        return also
    chosen = ctx.rank(query)
    top = chosen[0] if chosen and chosen[0].score >= ctx.threshold else None
    if top and _readers_own(query, frozenset(t for t in query.tokens if t in top.terms.vocabulary)):
        top = None  # "Can you check my English?": what it shares with the record is the reader's own
    if top is None or _contrast_elsewhere(ctx.index, query, top.terms):
        # ("Was the QQ Tech report in French?": the record about the report itself says nothing of languages)
        swapped = (
            _contrast_swapped(ctx, query)
            or _part_for_whole(ctx, query)
            or (_figure_of_another(ctx, query) if top is None else None)
        )
        if swapped:
            return swapped
    if top and _acts_reversed(ctx, query, top.terms):
        # "Did Mogujie cut off Alipay?" of "Alipay cut off support to Mogujie": the story has it the other way
        rec = top.terms.record
        return build(ctx.index, ctx.question, query, text=f"{_no(query)}: it was the other way round. {rec.answer}",
                     sources=[rec], kind="check", score=top.score, record=rec.id)  # fmt: skip
    moved = (_in_another_year(ctx, query, top) or _on_another_day(ctx, query, top)) if top else None
    if moved:
        return moved
    figures = [v for v in query.values if v.kind != "entity"]
    if top and not figures and other_moment(query, top) == "the future":
        # "WeChat Payment, Mogujie will stop using it now?": what the story says happened answers nothing ahead
        rec = top.terms.record
        return build(ctx.index, ctx.question, query, sources=[rec], kind="decline", score=top.score,
                     status="unknown", text=f"The story doesn't say for the future. What it does say: {rec.answer}",
                     record=rec.id)  # fmt: skip
    doer = _doer_elsewhere(query, top.terms) if top else None
    if top and doer:
        # "Will Mogujie drop WeChat Payment?" of "Alipay stopped supporting Mogujie": the story has that done to
        # Mogujie, by another, and never has Mogujie do it
        rec = top.terms.record
        name = ctx.index.kb.entities[doer.removeprefix(ENTITY_PREFIX)].name
        return build(ctx.index, ctx.question, query, sources=[rec], kind="decline", score=top.score,
                     status="unknown", text=f"The story doesn't say that of {name}. What it does say: {rec.answer}",
                     record=rec.id)  # fmt: skip
    by = _act_by_another(ctx.index, query, top.terms) if top else None
    if top and by:
        # "Was it WeChat that cut off support to Mogujie?" of "after Alipay stopped supporting Mogujie": the story
        # has the very act done to the same party by another name, and never by the one asked about
        rec = _record_of_doer(ctx, query, by) or top.terms.record
        name = ctx.index.kb.entities[by].name
        return build(ctx.index, ctx.question, query, text=f"{_no(query)}: the story says {name}. {rec.answer}",
                     sources=[rec], kind="check", score=top.score, record=rec.id)  # fmt: skip
    if top and not figures:
        more = _more_than_only(ctx, query, top) or _only_party(ctx, query, top)
        if more:
            return more
    instead = (
        _in_anothers_role(query, top.terms, ctx.index.reader.kinds, ctx.index.reader.categories)
        if top and not figures and query.qtype == "yesno" and not query.negated
        else None
    )
    if top and instead:
        # "Did Mogujie adopt Alipay?" of "after Alipay stopped supporting Mogujie, both adopted WeChat Payment":
        # the record names Alipay, but what was adopted is another party
        rec = top.terms.record
        name = ctx.index.kb.entities[instead].name
        return build(ctx.index, ctx.question, query, text=f"{_no(query)}: the story says {name}. {rec.answer}",
                     sources=[rec], kind="check", score=top.score, record=rec.id)  # fmt: skip
    if (
        top
        and not figures
        and _SOME_KIND.search(query.joined)
        and not top.terms.record.not_in_story
        and (top.terms.record.says is None or top.terms.record.says.kind == "article")  # (not a rumour's)
    ):
        # "Taobao and Tmall belong to some big company?": a name left vague is asked for, and the story gives it
        rec = top.terms.record
        return build(ctx.index, ctx.question, query, text=f"Yes: {without_verdict(rec.answer)}", sources=[rec],
                     kind="check", score=top.score, record=rec.id)  # fmt: skip
    # the names of a comparison are its sides, not values to check ("Is Mogujie bigger than Alipay?")
    names = (
        []
        if "comparison" in query.forms
        else [
            v
            for v in query.values
            if v.kind == "entity" and not (v.start and query.words[v.start - 1] == "like")
        ]
    )  # (a name something is likened to, "Meilishuo, like Mogujie, ...", is no value put to the check)
    # a stated figure or date is what a yes/no question is about; a name is usually its subject, so the
    # question as asked is tried first and names are checked as values only when it fits nothing
    for values in (figures, [] if top and _plain_fits(top, names) else names):
        if values is names and figures:
            # a stated figure the story does not settle is not affirmed by the names around it; a name it never
            # gives may still be refuted ("Did the two sites adopt UnionPay in 2013?")
            sentence = (
                len(query.words) >= settings.STATEMENT_QUESTION_WORDS
            )  # not a keyword query: "mogujie GMV 2014?"
            if query.unknown and sentence:
                return _check_unknown_name(ctx, query)
            return _figure_of_other_party(ctx, query, figures) or _act_of_other_party(ctx, query, figures)

        checked = [(value, _check_value(ctx, query, value)) for value in values]
        verdicts = [v for _, v in checked if v]
        if values is figures and is_choice(query.joined):
            given = [
                (value, v)
                for value, v in checked
                if v and v.status == "answered" and v.answer.startswith("Yes")
            ]
            if len(given) == 1 and len(verdicts) > 1:
                # "late 2013 or early 2014?": the story's pick, not a "No" to the one it does not give
                value, verdict = given[0]
                said = verdict.answer.split(": ", 1)[-1]
                stated = f"{value.part} {value.text}" if value.part else value.text
                return replace(verdict, answer=f"The story says {stated}, not the other: {said}")
        if verdicts:
            # a statement with several figures is false if any of them is; of several names, most are its
            # subject, so one that matches the record's value settles it
            wrong = [v for v in verdicts if v.answer.startswith("No")]
            right = [v for v in verdicts if v not in wrong]
            pick = (wrong or verdicts) if values is figures else (right or verdicts)
            if values is figures and not wrong and any(_may_be_name(ctx, w) for w in query.unknown):
                # "Did the two sites adopt UnionPay in 2013?": the year fits, the name it never gives does not
                refuted = _check_unknown_name(ctx, query)
                if refuted:
                    return refuted
            best = max(pick, key=lambda a: (a.status == "answered", a.confidence))
            founded = _launched_as_founded(ctx, query, figures) if values is figures and wrong else None
            if founded:
                return founded
            if values is figures and not wrong:
                return _names_unsettled(ctx, query, best, pick, names) or _with_the_others(best, verdicts)
            return best
    sized = _size_judged(ctx, query, chosen) if top and not figures else None
    if sized:
        return sized
    other_word = _word_of_its_set(ctx, query) if not figures else None
    if other_word is not None and other_word is not top:
        # "Was the QQ Tech report on Mogujie's stores in English?": the record answering in another word of the
        # set the statement names ("Chinese") settles it, though a record of the rest of it ranks first
        found = _plain_yes(ctx, query, other_word)
        if found:
            return found
    liked = _liked_instead(ctx, query, top) if top and not figures else None
    if liked:
        return liked
    if not figures and (
        len(query.entities) == 3
        or (set(query.entities) <= set(ctx.typed.entities) and len(query.entities) == 2)
    ):
        # "Alimama is the payment company of Alibaba?": one thing said to be another, whoever's, before a record
        # naming them all affirms it (not a name a pronoun stood for: "Who runs Alipay? / is it Alibaba's finance
        # arm?" asks of the one who runs it)
        found = _one_named_as_another(ctx, query) or _role_of_another(ctx, query)
        if found:
            return found
    if (
        top and not figures
    ):  # a stated figure the checks did not settle is not affirmed by the words around it
        if top.terms.record.asks == "why" and not asks_reason(query.joined):
            # "did alipay let mogujie back?" is affirmed by what happened, not by the record of why it did: the
            # first close record that settles it (of two tied, the one saying when may not)
            others = [
                c
                for c in chosen[1:]
                if c.terms.record.asks != "why"
                and c.score >= ctx.threshold
                and not _other_proposition(c, query)
            ]
            for other in others:
                found = _plain_yes(ctx, query, other)
                if found:
                    return found
            why, top = top, others[0] if others else top
            # (a statement that is itself the reason, "Mogujie earned only a fraction ...", is affirmed by it)
            found = _plain_yes(ctx, query, top) or (_plain_yes(ctx, query, why) if why is not top else None)
        else:
            found = _plain_yes(ctx, query, top)
        if found:
            return found
    if query.unknown:
        return _check_unknown_name(ctx, query) or (
            _owned_by_unknown(ctx, query) if len(query.entities) == 1 else None
        )
    if not figures and len(query.entities) == 2:
        found = _one_named_as_another(ctx, query)
        if found:
            return found
    return _said_of_another(ctx, query) if not figures and len(query.entities) >= 2 else None


def _share_of_another(ctx: Context, query: Query) -> Answer | None:
    """ "Is it Tmall that claims 80% of China's mobile payments market?": more than half of a whole is one party's
    alone, so the story's share put to another party is wrong, not merely unsaid (unlike a year, a count or a
    smaller share, which two parties may each have)."""
    shares = [v for v in query.values if v.kind == "percent" and v.number is not None and v.number > 50]
    kinds = ctx.index.reader.kinds
    parties = [e for e in query.entities if kinds.get(e) != "place"]  # ("China's market" is where, not whose)
    if len(shares) != 1 or len(parties) != 1 or query.qtype != "yesno":
        return None
    named = parties[0]
    owners = [
        t
        for t in _stating(ctx, shares[0])  # (as `_figure_of_another` finds whose a figure is)
        if t.value is not None
        and t.record.entities
        and named not in t.entities
        and named not in ctx.index.reader.parts.get(t.record.entities[0], ())
        and named
        not in ctx.index.reader.owners.get(t.record.entities[0], ())  # (an owner holds it through it)
        and not t.value.unit.isdisjoint(query.tokens)
    ]
    if len({t.record.entities[0] for t in owners}) != 1:
        return None
    rec = owners[0].record
    names = ctx.index.kb.entities
    text = f"{_no(query)}: the story says that of {names[rec.entities[0]].name}, not {names[named].name}. {rec.answer}"
    return build(ctx.index, ctx.question, query, sources=[rec], kind="check", score=ctx.threshold, record=rec.id,
                 text=text)  # fmt: skip


def _figures_offered(query: Query) -> bool:
    """True when a question offers two or more figures of a kind to choose from ("..., 190 million or 19
    million?")."""
    kinds = [v.kind for v in query.values if v.kind != "entity"]
    return len(kinds) >= 2 and len(set(kinds)) == 1 and is_choice(query.joined)


def _launched_as_founded(ctx: Context, query: Query, figures: list[Value]) -> Answer | None:
    """ "Did Mogujie launch in 2011?": a site launching, with nothing named as launched, is either its own start
    or the launch of something it made; the story's "No" for the launch of its marketplace gives way to the
    founding when the year put is the founding's."""
    other = [t for t in query.tokens if not t.startswith(ENTITY_PREFIX) and t != "launch" and not t.isdigit()]
    if (
        "launch" not in query.tokens
        or other
        or len(query.entities) != 1
        or ctx.index.reader.kinds.get(query.entities[0]) not in ("company", "site", "organisation")
        or any(v.kind != "year" for v in figures)
    ):
        return None
    founding = replace(query, tokens=["found" if t == "launch" else t for t in query.tokens])
    checked = [(value, _check_value(ctx, founding, value)) for value in figures]
    fits = [(value, a) for value, a in checked if a and a.status == "answered" and a.answer.startswith("Yes")]
    if len(fits) == len(checked):
        return fits[0][1]
    if len(fits) == 1 and is_choice(query.joined):
        value, verdict = fits[0]  # "in 2010 or 2011?": the story's pick
        said = verdict.answer.split(": ", 1)[-1]
        return replace(verdict, answer=f"The story says {value.text}, not the other: {said}")
    return None


def _without_values(query: Query, values: list[Value], qtype: QuestionType | None) -> Query:
    """The query with stated values taken out (a year's "late" or "early" with it), read as asking `qtype`."""
    rest = query
    for value in sorted(values, key=lambda v: -v.start):
        rest = rest.without(value.start - bool(value.part), value.end, qtype)
    return rest


def _act_of_other_party(ctx: Context, query: Query, figures: list[Value]) -> Answer | None:
    """ "Did Alipay cut off Meilishuo a year ago?": the moment settles nothing when the act is the story's of
    another party (Mogujie); said of that one, not of this."""
    if len(query.entities) < 2 or any(v.kind not in ("year", "duration", "date") for v in figures):
        return None
    return _said_of_another(ctx, _without_values(query, figures, query.qtype))


def _figure_of_other_party(ctx: Context, query: Query, figures: list[Value]) -> Answer | None:
    """ "Was Meilishuo started in 2013?": no record settles the figure, and the record the rest of the question
    asks for (when a site was founded) is only another party's: the story doesn't say it of the one named (the
    figure itself is left out, or a record sharing the year would outrank the one asked about)."""
    rest = _without_values(query, figures, _VALUE_TYPE[figures[0].kind])
    if len(rest.entities) != 1:
        return None
    ranked, chosen = ctx.ranked(rest)
    top = chosen[0] if chosen and chosen[0].score >= ctx.threshold else None
    other = another_party(ctx.index, rest, ranked, top)
    if other is None:
        return None
    rec, name = other.terms.record, ctx.index.kb.entities[rest.entities[0]].name
    return build(ctx.index, ctx.question, query, sources=[rec], kind="decline", score=other.score, status="unknown",
                 text=f"The story doesn't say that of {name}. What it does say: {rec.answer}", record=rec.id)  # fmt: skip


_NAME_SLOTS = {
    "in": frozenset({"place"}),
    "at": frozenset({"place"}),
    "from": frozenset({"place"}),
    "on": frozenset({"site", "company", "organisation", "product"}),
}
"""The kinds of name a word before an unknown proper name gives it: a place one is in, a site one sells on."""


_DOERS = frozenset({"company", "organisation", "person", "site", "outlet"})
"""The kinds of name that do things: a doer named where the story names another is set against it."""
_ACTIVE_AUXILIARIES = frozenset({"did", "does", "do", "has", "have", "had", "will", "would", "can", "could"})
_TO_THE_BOT = frozenset({"you", "your"})


def _unknown_name_put(ctx: Context, query: Query) -> Answer | None:
    """A yes/no putting a proper name the story never uses ("written by someone based in Paris?") where the
    record the rest of the question reads as names one of the same kind (Beijing): no, the story says that."""
    word = query.unknown[0]
    written = (
        re.search(rf"\b{re.escape(word)}\b", ctx.question, re.IGNORECASE) if word in query.words else None
    )
    if not written or not written.group(0)[:1].isupper():
        return None
    k = query.words.index(word)
    slot = query.words[k - 1] if k else ""
    # "charged by Tencent?", "Did Tencent charge ...?": the doer, whom a record names first
    doer = slot == "by" or (k == 1 and slot in _ACTIVE_AUXILIARIES)
    kinds = _DOERS if doer else _NAME_SLOTS.get(slot)
    if not kinds or not _TO_THE_BOT.isdisjoint(query.words):  # ("Are you built on ChatGPT?": about the bot)
        return None  # (only a slot tells a name's kind: "based in Paris", "retailers are on JD.com")
    rest = replace(query.without(k, k + 1, "yesno"), unknown=[])
    entities = ctx.index.kb.entities
    for cand in ctx.rank(rest)[:3]:
        value = cand.terms.value
        rec = cand.terms.record
        named = entities.get(value.entity or "") if value and value.kind == "entity" else None
        first = entities.get(rec.entities[0]) if rec.entities else None
        if named is not None:
            said = named.name if named.kind in kinds and named.id not in query.entities else ""
        elif doer:
            # (not when the doer is named already: "Did Tencent pay Mogujie to switch?" asks of another act)
            fits = first is not None and first.kind in kinds and not set(rec.entities) & set(query.entities)
            said = first.name if first is not None and fits else ""
        else:  # (a record whose short answer names several: "Taobao and Tmall")
            said = rec.short_answer if rec.short_kind in kinds and rec.short_answer else ""
        if cand.score < ctx.threshold or not said:
            continue
        return build(ctx.index, ctx.question, query, sources=[rec], kind="check", score=cand.score, record=rec.id,
                     text=f"{_no(query)}: the story says {said}. {rec.answer}")  # fmt: skip
    return None


def _reason_known(ctx: Context, query: Query) -> Answer | None:
    """A yes/no asking whether a reason is known: "No" when the record of that why says nobody knows, "Yes" when
    the story gives the reason."""
    if not _REASON_KNOWN.search(query.joined):
        return None
    rest = replace(query, qtype="why")
    for s, e in query.spans:
        if set(query.words[s:e]) <= _KNOWING_WORDS:
            rest = rest.without(s, e, "why")  # (what is asked about is the happening, not knowing)
    chosen = [c for c in ctx.rank(rest) if c.terms.record.asks == "why"]
    if not chosen or chosen[0].score < ctx.threshold:
        return None
    rec = chosen[0].terms.record
    unknown = rec.short_answer == "unknown" or _NOT_GIVEN.search(rec.answer)
    verdict = _no(query) if unknown else _yes_word(query)
    return build(ctx.index, ctx.question, query, text=f"{verdict}: {rec.answer}", sources=[rec], kind="check",
                 score=chosen[0].score, record=rec.id)  # fmt: skip


_NOT_GIVEN = Lazy(r"\b(as yet unknown|not known|does not give|doesn't give|gives no)\b", re.IGNORECASE)
"""An answer saying the story gives no reason."""
_KNOWING_WORDS = frozenset(
    {"known", "clear", "reason", "reasons", "cause", "motive", "explanation", "behind"}
)
_REASON_KNOWN = Lazy(
    r"^(is|was|are|were) (the )?(reason|reasons|cause|motive|explanation|why)\b.*\b(known|clear)\W*$"
)
"""Whether a reason is known, asked of it ("Is the reason behind ... known?")."""


def spelling_asked(ctx: Context, query: Query) -> Answer | None:
    """ "How do you spell mo goo jay?", "may lee shwo, how's it spelled?": the name as the story writes it, read
    from however it was typed (by sound, with typos)."""
    if len(query.entities) != 1 or not _SPELLING.search(query.joined) or _ANOTHER_NAME.search(query.joined):
        return None  # ("the rival site's name, the one alongside Mogujie": another name than the one given)
    entity = ctx.index.kb.entities[query.entities[0]]
    rec = _defining(ctx.index, entity.id)
    if rec is None:
        return None
    text = f'It is spelled "{entity.name}". {rec.answer}'
    letters = _LETTERS.search(ctx.question) if query.qtype == "yesno" else None
    if letters:
        # "Is Tmall spelled T-m-a-l-l in the article?": the letters put to the check against the story's spelling
        put = re.sub(r"[\s.\-]", "", letters.group(0)).lower()
        held = put == re.sub(r"\s", "", entity.name).lower()
        text = f'{"Yes" if held else "No"}: the article spells it "{entity.name}". {rec.answer}'
    return build(ctx.index, ctx.question, query, text=text, sources=[rec], kind="check" if letters else "answer",
                 score=1.0, record=rec.id)  # fmt: skip


_NAME_IN_SCRIPT = Lazy(
    r"\b(?P<lang>chinese|mandarin|pinyin) (characters?|name|names|spelling|script|version of (the|its) name)\b"
    r"|\b(called|named|spelled|spelt|say|said|pronounced) in (?P<lang2>chinese|mandarin|pinyin)\W*$"
)
"""A name asked in Chinese ("What is QQ Tech called in Chinese?"), which the article, in English, never gives."""
_SAYING_ASKED = Lazy(
    r"\bhow (?:(?:do|would|can|could|should) (?:you|i|we|one) |to )say (?P<said>.{1,40}?) in (?:english|chinese"
    r"|mandarin|\w+ish|\w+ese|\w+ian|\w+ic)\b"
)
"""A question how to say words in a language: about the language, unless the words are the story's."""
_ABOUT_NAMES = Lazy(r"\b(byline|spell|spelled|spelt|spelling|spells|named|called|name|names)\b")
"""Words making a yes/no one about how a name is written ("The byline says Tracy Xiang, correct?")."""


def _folded_names(index: Index) -> dict[str, Name]:
    """Every name and alias of the story, folded, with its entity: built once per story."""
    return index.derived(
        "folded-names", lambda: {fold(n): e for e in index.kb.entities.values() for n in (e.name, *e.aliases)}
    )


def _name_misspelled(ctx: Context, query: Query) -> Answer | None:
    """ "The byline says Tracy Xiang, correct?": a name put to the check in a spelling one or two letters off the
    story's, in a question about names: No, with the story's spelling."""
    names = _folded_names(ctx.index)
    words = query.words
    for v in query.values:
        if v.kind != "entity" or v.entity is None:
            continue
        for start, end in ((v.start, v.end), (v.start - 1, v.end), (v.start, v.end + 1)):
            typed = " ".join(words[max(0, start) : end])
            if typed in names or start < 0:
                continue
            entity = ctx.index.kb.entities[v.entity]
            near = [
                n for n, e in names.items() if e.id == entity.id and OSA.distance(typed, n) <= 2 and " " in n
            ]
            rec = _defining(ctx.index, entity.id)
            if near and rec is not None and len(typed.split()) == len(near[0].split()):
                text = f'No: the article spells it "{entity.name}". {rec.answer}'
                return build(ctx.index, ctx.question, query, text=text, sources=[rec], kind="check", score=1.0,
                             record=rec.id)  # fmt: skip
    return None


_LETTERS = Lazy(r"\b([A-Za-z][-.\s]){2,}[A-Za-z]\b")
"""A word spelled out letter by letter ("T-m-a-l-l", "W E C H A T")."""
_ANOTHER_NAME = Lazy(r"\b(other|rival|alongside|besides|beside|another|competitor|next to|apart from)\b")
_SPELLING = Lazy(r"\b(spell|spelled|spelt|spelling|spells)\b")


def spelling_choice(ctx: Context, query: Query) -> Answer | None:
    """ "Is the writer Tracey Xiang or Tracy Xiang?", "'Mogujie' or 'Mogujei'?": two spellings of one
    name put side by side; the answer is the one the story uses."""
    found = _TWO_SPELLINGS.search(ctx.question)
    if not found:
        return None
    before = _SPELLING_QUOTES.sub("", found.group("a")).split()
    after = _SPELLING_QUOTES.sub("", found.group("b")).split()
    names = _folded_names(ctx.index)
    for size in (3, 2, 1):
        a, b = fold(" ".join(before[-size:])), fold(" ".join(after[:size]))
        if len(before) < size or len(after) < size or a == b:
            continue
        exact = [x for x in (a, b) if x in names]
        if len(exact) != 1:
            continue
        other = b if exact[0] == a else a
        typed = " ".join(after[:size]) if other == b else " ".join(before[-size:])
        if OSA.distance(exact[0], other) > 2:
            continue
        entity = names[exact[0]]
        rec = _defining(ctx.index, entity.id)
        if rec is None:
            return None
        text = f'{entity.name}: that is how the story spells it (not "{typed}"). {rec.answer}'
        return build(ctx.index, ctx.question, query, text=text, sources=[rec], kind="answer", score=1.0,
                     record=rec.id)  # fmt: skip
    return None


_TWO_SPELLINGS = Lazy(
    r"(?P<a>[\w'\u2018\u201c\u2019\u201d\" -]+?),? or (?P<b>[\w'\u2018\u201c\u2019\u201d\" -]+?)\W*$"
)
_SPELLING_QUOTES = Lazy(r"[\"'\u2018\u2019\u201c\u201d]")


def _purpose_of_last(ctx: Context) -> Answer | None:
    """ "(What did Alipay release?) / What is the purpose of them?": the last answer, when it says what its party
    wants of the thing, and the question names nothing else."""
    typed, last = ctx.typed, ctx.last
    if typed.entities or not last or not last.record or not _PURPOSE_OF_POINTED.search(typed.joined):
        return None
    previous = ctx.index.by_id.get(last.record)
    if previous is None or not (
        answers_purpose(typed, previous.record) or AIM.search(previous.record.answer)
    ):
        return None  # ("what are they for?" asks it as plainly as "what is the purpose of them?")
    return _record_answer(ctx, typed, previous.record)


def _record_answer(ctx: Context, query: Query, rec: Record) -> Answer:
    """A record's own answer, in full confidence: the shape of the question has already settled which."""
    return build(ctx.index, ctx.question, query, text=rec.answer, sources=[rec], kind="answer", score=1.0,
                 record=rec.id)  # fmt: skip


_PURPOSE_OF_POINTED = Lazy(
    r"\b(purpose|point|aim|goal)s? (of|behind) (it|them|that|those|these|this|they)\b"
    r"|\bwhat (is|are|was|were) (it|they|those|these|that|this) (for|meant for)\b|^(and )?what for\b"
)


_MOMENT_NOUNS = frozenset({"point", "time", "moment", "date", "stage", "long", "ago"})
"""Words of a when-phrase ("at what point", "how long ago"), no terms of what is asked."""


def _when_of_last(ctx: Context) -> Answer | None:
    """ "(What did they use after Alipay stopped?) / when was that?": the record saying when, of the sentence the
    last answer quoted, when the question names nothing else."""
    typed, last = ctx.typed, ctx.last
    # ("At what point was that measured?": a verb the story lacks, of what was just said, asks no more)
    unknown = {_stem_of(w) for w in typed.unknown}
    previous = ctx.index.by_id.get(last.record) if last and last.record else None
    # ("(What is the open strategy?) / when was it announced?": a word of the last answer's own, too)
    own = previous.vocabulary if previous and not typed.entities else frozenset()
    pointed = not _POINTS_BACK.isdisjoint(typed.words) and set(typed.tokens) <= unknown | _MOMENT_NOUNS | own
    if typed.qtype != "when" or (typed.tokens and not pointed) or not last or not last.record:
        return None
    if previous is None or previous.record.asks == "when":
        return None
    by_quote = ctx.index.derived("when-by-quote", lambda: _when_records_by_quote(ctx.index))
    quoted = frozenset(c.sentence for c in previous.record.citations)
    dated = [r for r in by_quote.get(quoted, ()) if set(r.entities) >= set(previous.record.entities[:1])]
    if not dated:
        # the last answer quoted more than the dated sentence ("trying to get around Alibaba ... launched their
        # own marketplaces in late 2013", and what that let them do): a record dating one of its sentences
        dated = [
            r
            for key, records in by_quote.items()
            if key < quoted
            for r in records
            if set(r.entities) >= set(previous.record.entities[:1])
        ]
    if not dated:
        # or it quoted less: "Meilishuo had 1000 stores" is dated by the record quoting it with the sentence
        # before ("about five months after ...")
        dated = [
            r
            for key, records in by_quote.items()
            if key > quoted
            for r in records
            if set(r.entities) >= set(previous.record.entities[:1])
        ]
    if len(dated) > 1:
        # of several dating it with other sentences, the one quoting it first ("one year ago, Alipay cut off ...")
        dated = [r for r in dated if r.citations[0].sentence in quoted] or dated
        dated = [r for r in dated if not r.question.lower().startswith("how long")] or dated  # (not its span)
    if len(dated) != 1:
        return None
    return build(ctx.index, ctx.question, typed, text=dated[0].answer, sources=dated, kind="answer", score=1.0,
                 says=dated[0].says, record=dated[0].id)  # fmt: skip


_PLACE_NOUNS = frozenset({"country", "city", "region", "province", "town"})


def _where_of_last(ctx: Context) -> Answer | None:
    """ "(What share of mobile payments does Alipay claim?) / In which country?": the one place the last answer's
    record names, with that record's citation, when the question asks nothing else."""
    typed, last = ctx.typed, ctx.last
    if typed.qtype != "where" or typed.entities or not last or not last.record:
        return None
    previous = ctx.index.by_id.get(last.record)
    # ("This market, which country is it?": a thing of the last answer's own, or a kind noun, and nothing else)
    if not set(typed.tokens) <= ctx.index.reader.kind_terms | (
        previous.vocabulary if previous else frozenset()
    ):
        return None
    kinds = ctx.index.reader.kinds
    places = (
        [e for e in previous.entities | set(previous.told) if kinds.get(e) == "place"] if previous else []
    )
    if len(places) > 1:
        # "(Where is Tracey Xiang based?) / And which country is that city in?": the place its own description
        # calls by the noun asked ("The country where ...")
        nouns = {w for k, w in enumerate(typed.words) if w in _PLACE_NOUNS and typed.words[k - 1] in WH_KIND}
        places = [e for e in places if nouns & set(words(ctx.index.kb.entities[e].description.lower())[:3])]
    if previous is None or len(places) != 1:
        return None
    rec = previous.record
    text = f"{ctx.index.kb.entities[places[0]].name}: {rec.answer}"
    return build(ctx.index, ctx.question, typed, text=text, sources=[rec], kind="answer", score=1.0, says=rec.says,
                 record=rec.id)  # fmt: skip


_NEXT_ASKED = Lazy(
    r"^(?:(?:and|so|ok|okay|but|then) )*(?:then|next|after that|afterwards|later|after)(?: what(?: happened| happens"
    r"| came| comes)?)?\W*$|^(?:(?:and|so) )?what (?:happened|happens|came|comes) (?:next|then|after that|afterwards"
    r"|later)\W*$|^(?:(?:and|so) )?(?:then|and) what\W*$|^(?:(?:and|so) )?what next\W*$"
)
"""A follow-up asking only what came next ("and then?", "what happened next?")."""


def _next_event(ctx: Context) -> Answer | None:
    """ "(What happened in 2011?) / And then?": the story's next event after the last one the last answer told
    (the timeline's order), with its citation; None when the last answer told no event."""
    last = ctx.last
    if not last or not _NEXT_ASKED.match(ctx.typed.joined):
        return None
    cited = set(last.sentences)
    timeline = sorted((e for e, _ in ctx.index.events), key=lambda e: (e.year or 0, e.order))
    told = [k for k, e in enumerate(timeline) if {c.sentence for c in e.citations} & cited]
    if not told or told[-1] + 1 >= len(timeline):
        # the last answer told no event of the timeline, or its last one: no "next" to give, and no honest
        # "the story doesn't say" either
        last_one = bool(told)
        text = (
            "That is the last thing the story's timeline reports."
            if last_one
            else "I'm not sure what comes next here: the last answer tells no event of the story's timeline. "
            "Did you mean: Give me the story's timeline?"
        )
        return build(ctx.index, ctx.question, ctx.typed, text=text, sources=[], kind="decline", score=0.5,
                     status="unknown" if last_one else "clarify", suggestions=["Give me the story's timeline"])  # fmt: skip
    nxt = timeline[told[-1] + 1]
    text = f"Next, {nxt.when}: {nxt.text}"
    return build(ctx.index, ctx.question, ctx.typed, text=text, sources=[nxt], kind="overview", score=1.0)


def _when_records_by_quote(index: Index) -> dict[frozenset[str], list[Record]]:
    """The records saying when, by the sentences they quote: built once per story, not per follow-up."""
    out: dict[frozenset[str], list[Record]] = {}
    for t in index.records:
        if t.record.asks == "when":
            out.setdefault(frozenset(c.sentence for c in t.record.citations), []).append(t.record)
    return out


def _names_unsettled(
    ctx: Context, query: Query, verdict: Answer, verdicts: list[Answer], names: list[Value]
) -> Answer | None:
    """A "Yes" to a stated figure whose record names none of a party the statement also names ("Did Mogujie
    adopt Taobao in 2013?", "founded by Alibaba in 2011?"): the party is refuted by the record's own name of
    its kind, or the statement is not affirmed; None when every name is one of the records' (each figure's)."""
    terms = ctx.index.by_id.get(verdict.record or "")
    if terms is None or verdict.status != "answered" or not verdict.answer.startswith("Yes"):
        return None
    if {"sourcing", "sourcing_settled", "sourcing_who"} & query.forms:
        return None  # "does the writer vouch for the 80% herself?": the writer is who says it, not a party
    own: set[str] = set()  # the records' own parties
    near: set[str] = set()  # and the names about them (in their answers and quoted sentences)
    for v in verdicts:
        each = ctx.index.by_id.get(v.record or "")
        if each is None:
            continue
        own.update(each.entities)
        near.update(each.told)
        for c in each.record.citations:
            near.update(ctx.index.sentence_entities.get(c.sentence, ()))
    parties = [v for v in names if ctx.index.kb.entities[v.entity or ""].kind != "place"]
    if len(verdicts) == 1 and _object_crossed(query, terms, parties, ctx.index.reader.owners):
        # "Mogujie adopted Alipay in 2013": the record's adopting is WeChat Payment's, Alipay's is stopping
        instead = _in_anothers_role(query, terms, ctx.index.reader.kinds)
        if instead:
            rec = terms.record
            text = f"{_no(query)}: the story says {ctx.index.kb.entities[instead].name}. {rec.answer}"
            return build(ctx.index, ctx.question, query, text=text, sources=[rec], kind="check",
                         score=verdict.confidence, record=rec.id)  # fmt: skip
        return _unsettled(ctx, query, terms.record, verdict.confidence)
    names = [v for v in names if v.entity and v.entity not in own and not _telling(ctx, query, v)]
    for value in names:
        # a name the records mention in another role ("Mogujie adopted Alipay in 2013") may be refuted
        refuted = _check_value(ctx, query, value)
        if refuted and refuted.answer.startswith("No"):
            return refuted
    owners = ctx.index.reader.owners
    near.update(o for e in own for o in owners.get(e, ()))  # ("Alipay" of Alipay Wallet's record: its maker)
    if not any(v.entity not in near for v in names):
        return None
    return _unsettled(ctx, query, terms.record, verdict.confidence)


def _object_crossed(
    query: Query, terms: RecordTerms, names: list[Value], owners: dict[str, set[str]]
) -> bool:
    """True when a name after the statement's first stands right after a word the record ties to another of its
    names and not to this one ("adopted Alipay" where the record has WeChat Payment adopted, Alipay stopping);
    a party's own product is no other party ("Alipay has users in Alipay Wallet")."""
    first = min((v.start for v in names), default=0)
    for v in names:
        token = ENTITY_PREFIX + (v.entity or "")
        if v.start == first or token not in terms.roles:
            continue
        if any(
            p.entity in owners.get(v.entity or "", ()) or v.entity in owners.get(p.entity or "", ())
            for p in names
        ):
            continue
        before = [t for t, (_, end) in zip(query.tokens, query.spans, strict=True) if end <= v.start]
        if not before or before[-1].startswith(ENTITY_PREFIX):
            continue
        others = frozenset().union(
            *(
                r
                for name, r in terms.roles.items()
                if name != token and any(name == ENTITY_PREFIX + (p.entity or "") for p in names)
            )
        )  # (words tied to the other parties the statement names)
        if before[-1] in others and before[-1] not in terms.roles[token]:
            return True
    return False


def _unsettled(ctx: Context, query: Query, rec: Record, score: float) -> Answer:
    """A statement the nearest record neither affirms nor refutes: asked back, with what the story does say."""
    return build(ctx.index, ctx.question, query, sources=[rec], kind="decline", score=score, status="clarify",
                 suggestions=[rec.question], record=rec.id,
                 text=f"I can't tell whether the story says exactly that. What it does say: {rec.answer}")  # fmt: skip


def _telling(ctx: Context, query: Query, name: Value) -> bool:
    """True when the writer or an outlet is named as who tells a thing ("Tracey Xiang says ...", "according to
    QQ Tech"), not as a party to it ("Did QQ Tech adopt WeChat Payment?")."""
    told_by = ctx.index.kb.entities[name.entity or ""]
    if told_by.kind != "outlet" and told_by.name.lower() != ctx.index.kb.source.author.lower():
        return False
    after = query.words[name.end : name.end + 1]
    before = query.words[max(0, name.start - 2) : name.start]
    return bool(set(after) & _TELLING_VERBS) or before[-1:] == ["by"] or before == ["according", "to"]


_TELLING_VERBS = frozenset({"say", "says", "said", "write", "writes", "wrote", "report", "reports", "reported",
                            "claim", "claims", "claimed", "state", "states", "stated", "tell", "tells", "told",
                            "vouch", "vouches", "relay", "relays", "confirm", "confirms", "confirmed", "verify",
                            "verified", "check", "checked", "quote", "quotes", "quoted", "cite", "cites", "cited"})  # fmt: skip
"""Verbs after the writer's or an outlet's name that make it who tells or checks a thing."""
_NAMING_VERBS = _COPULA | {"called", "named"}
"""Words before a name that put it as what a thing is called ("... is called <a name>")."""


def _named_otherwise(ctx: Context, query: Query) -> Answer | None:
    """ "Is Alipay's mobile app Taobao?", "... is called Tmall, right?": the thing described is one the
    story names otherwise (Alimama), by the record that says what that one is."""
    ents = [v for v in query.values if v.kind == "entity"]
    if query.qtype != "yesno" or len(ents) < 2 or any(v.kind != "entity" for v in query.values):
        return None
    named = ents[-1]
    if not named.start or named.entity is None:
        return None
    inverted = query.words[0] in _COPULA and named.start == ents[0].end  # "Is <the described> <name>?"
    if query.words[named.start - 1] not in _NAMING_VERBS and not inverted:
        return None
    index = ctx.index
    described = ents[0]
    if described.entity and described.text.lower() != index.kb.entities[described.entity].name.lower():
        # "Is Alipay's mobile app Taobao?": the description was read as the name the story gives it
        rec = _defining(index, described.entity)
        score = 1.0
    else:
        rest = query.without(named.start, named.end, query.qtype)
        chosen = ctx.rank(rest)
        if not chosen or chosen[0].score < ctx.threshold:
            return None
        rec, score = chosen[0].terms.record, chosen[0].score
        if rec.entities and rec.entities[0] in query.entities:
            return None
    called = rec.entities[0] if rec and rec.entities else None
    if (
        rec is None
        or called is None
        or called == named.entity
        or _defining(index, called) is not rec
        or index.reader.part_of(called, named.entity)
        or index.reader.part_of(named.entity, called)
    ):
        return None
    text = f"{_no(query)}: the story calls it {index.kb.entities[called].name}. {rec.answer}"
    return build(index, ctx.question, query, text=text, sources=[rec], kind="check", score=score,
                 record=rec.id)  # fmt: skip


def _said_of_another(ctx: Context, query: Query) -> Answer | None:
    """ "Did Alipay resume support for Meilishuo?": the question fits nothing as asked, but fits a record plainly
    with one name swapped for another of its kind (Mogujie); the story says it of that one, not of this."""
    index = ctx.index
    kinds = index.reader.kinds
    asked = ctx.rank(query)
    if asked and asked[0].score >= ctx.threshold and not _act_of_another(query, asked[0].terms, kinds):
        return None  # the question as asked fits a record: that is left to the decision
    for name in query.entities:
        rivals = [
            e
            for e in index.kb.entities
            if e != name and e not in query.entities and kinds.get(e) == kinds.get(name)
        ]
        for rival in rivals:
            tokens = [ENTITY_PREFIX + rival if t == ENTITY_PREFIX + name else t for t in query.tokens]
            swapped = replace(
                query, tokens=tokens, entities=[rival if e == name else e for e in query.entities]
            )
            chosen = ctx.rank(swapped)
            if not chosen or chosen[0].score < ctx.threshold * settings.SWAPPED_PARTY_FACTOR:
                continue
            top = chosen[0]
            if (
                (name in top.terms.entities and not _act_of_another(query, top.terms, kinds))
                or top.terms.record.not_in_story
                or top.predicate < settings.EVERY_WORD
                or (top.terms.record.asks == "why" and not asks_reason(query.joined))
            ):
                continue
            rec = top.terms.record
            if top.terms.value and top.terms.value.entity == rival:
                # "<a description> is called <another name>?": the name the record gives is the other one
                text = f"{_no(query)}: the story says {index.kb.entities[rival].name}. {rec.answer}"
                return build(index, ctx.question, query, text=text, sources=[rec], kind="check", score=top.score,
                             record=rec.id)  # fmt: skip
            if _CLEFT_PARTY.match(ctx.as_typed) or statement_asked(query, rec, name):
                # "Was it Meilishuo that Alibaba wanted to buy?": one party is singled out, and the story says it
                # of another (as of a rumour it tells: "The rumour's about buying Meilishuo, isn't it?")
                text = f"{_no(query)}: the story says it of {index.kb.entities[rival].name}. {rec.answer}"
                return build(index, ctx.question, query, text=text, sources=[rec], kind="check", score=top.score,
                             record=rec.id)  # fmt: skip
            text = f"The story doesn't say that of {index.kb.entities[name].name}. What it does say: {rec.answer}"
            return build(index, ctx.question, query, text=text, sources=[rec], kind="check", score=top.score,
                         status="unknown", record=rec.id)  # fmt: skip
    return None


def _act_of_another(query: Query, terms: RecordTerms, kinds: dict[str, str]) -> bool:
    """ "Did Alipay cut off Meilishuo?" of "after Alipay stopped supporting Mogujie, both Mogujie and Meilishuo
    adopted WeChat Payment": the record names every party asked about, but ties what is asked of one (the stop)
    only to another of its kind (Mogujie), so the record fits the question only in its words."""
    acts = {t for t in query.tokens if not t.startswith(ENTITY_PREFIX)}
    if not acts:
        return False
    for name in query.entities:
        own = terms.roles.get(ENTITY_PREFIX + name)
        if own is None or acts <= own:
            continue
        others = [
            e[len(ENTITY_PREFIX) :]
            for e, near in terms.roles.items()
            if e[len(ENTITY_PREFIX) :] not in query.entities and acts <= near
        ]
        if any(kinds.get(e) == kinds.get(name) for e in others):
            return True
    return False


_CLEFT_PARTY = Lazy(
    r"^\W*(so |and |but |wait |wait so )?(was|is|were|wasn'?t|isn'?t) it (really |actually )?[\w' .-]{2,40}? (that|who"
    r"|which)\b"
    r"|^\W*((true or false|t or f|yes or no|(just )?to confirm|just checking|(quick )?check|fact check)\W*)?"
    r"(so |and |but )?it (was|is) (really |actually )?[\w'.-]+( [\w'.-]+)?(,? not [\w' .-]{2,40}?)? "
    r"(that|who|which)\b"
    r"|^\W*(so |and |but |wait |wait so )?((is|was) )?[\w'.-]+( [\w'.-]+)? ((is|was) )?the (one|site|website|company|firm"
    r"|service|app|platform|business) (that |which |who )?\w+"
)
"""A question singling one party out ("Was it Meilishuo that ...?", "so Meilishuo is the one Alipay supports
again?", "Is Meilishuo the site Alipay cut off?"): of two, only one did it."""


_BIG = frozenset({"large", "big", "huge", "substantial", "significant", "lucrative", "massive", "great",
                  "considerable", "profitable", "high", "generous", "sizeable", "sizable", "enormous"})  # fmt: skip
_SMALL = frozenset({"small", "tiny", "little", "modest", "limited", "low", "meagre", "meager", "slim", "thin",
                    "minor", "negligible", "insignificant"})  # fmt: skip
_SMALL_SAID = frozenset({"fract", "limit", "small", "tiny", "thin", "modest", "littl"})
"""Terms of a record's answer that call an amount small ("just a fraction of what e-tailers pay")."""
_SIZE_CLOSERS = frozenset({"or", "nah", "not", "no", "right", "really", "then", "though", "tho", "too"})
"""Words that may close a size claim after its size word ("big for them or nah", "large, right")."""


def _size_judged(ctx: Context, query: Query, chosen: list[Candidate]) -> Answer | None:
    """ "Were Mogujie's referral earnings large?": a size judged at the end of a check is settled by a close
    record that calls the amount small ("just a fraction"); with none, the check goes on as any other."""
    words = query.words
    end = len(words)
    while end > 2 and (words[end - 1] in _SIZE_CLOSERS or words[end - 2] in ("for", "to")):
        end -= 1 + (
            words[end - 1] not in _SIZE_CLOSERS
        )  # ("big for mogujie or nah": the size closes the claim)
    tail = set(words[max(0, end - 2) : end])
    big, small = bool(tail & _BIG), bool(tail & _SMALL)
    if not (big or small):
        return None
    offered = next((w for w in query.words if w in _SMALL), "") if is_choice(query.joined) else ""
    if offered and _BIG.isdisjoint(query.words):
        offered = ""  # ("small or not?" offers no other size)
    for cand in chosen[:4]:
        if cand.score < ctx.threshold:
            break
        rec = cand.terms.record
        if _answer_terms(ctx, rec) & _SMALL_SAID:
            # ("was it big money or small?" picks the smaller: "Small: ...")
            word = offered.capitalize() if offered else _yes_word(query) if small else _no(query)
            return build(ctx.index, ctx.question, query, text=f"{word}: {rec.answer}", sources=[rec], kind="check",
                         score=cand.score)  # fmt: skip
    return None


def _likened_name(query: Query) -> Value | None:
    """The name a stated figure or date is likened to ("founded in 2011 like Mogujie"): the standard, not the
    subject, of the check."""
    if len(query.entities) < 2:
        return None
    for v in query.values:
        if v.kind != "entity" or v.start < 2:
            continue
        before = query.words[v.start - 1]
        if before in ("like", "as") and any(
            w.kind != "entity" and w.end in (v.start - 1, v.start - 2) for w in query.values
        ):
            return v
    return None


def _checked_beside(ctx: Context, query: Query, likened: Value) -> Answer | None:
    """A check of the subject alone, the likened name set aside; where the story gives the figure only for the
    likened name, it says so."""
    start = likened.start - 1 - (query.words[likened.start - 2 : likened.start - 1] == ["just"])
    alone = query.without(start, likened.end, query.qtype)
    checked = check(ctx, alone)
    if checked and checked.status == "answered":
        return checked
    other = query  # the check of the likened name alone: what the story does say
    for v in sorted(query.values, key=lambda v: -v.start):
        if v.kind == "entity" and v is not likened:
            other = other.without(v.start, v.end, query.qtype)
    standard = [c for c in ctx.rank(other) if likened.entity in c.terms.entities]
    if not standard or standard[0].score < ctx.threshold:
        return None
    rec = standard[0].terms.record
    names = " and ".join(ctx.index.kb.entities[e].name for e in alone.entities)
    return build(ctx.index, ctx.question, query, sources=[rec], kind="check", score=standard[0].score, status="unknown",
                 text=f"The story doesn't say that of {names}. What it does say: {rec.answer}")  # fmt: skip


def _contrast_elsewhere(index: Index, query: Query, terms: RecordTerms) -> bool:
    """True when the question has a word of a contrast set the record neither uses nor answers with."""
    return any(
        t in g and t not in terms.vocabulary and not terms.short_terms & g
        for t in query.tokens
        for g in index.contrasts
    )


def _swapped_first(ctx: Context, query: Query) -> Answer | None:
    """ "Was the QQ Tech report about the 2000 stores published in English?": when the record fitting the whole
    statement answers in another word of a set it puts (Chinese), that word settles it, whatever figure or
    party only says which report."""
    chosen = ctx.rank(query)
    top = chosen[0] if chosen and chosen[0].score >= ctx.threshold else None
    if top is None or not _answers_in_another_word(ctx.index, query, top.terms):
        return None
    short = top.terms.short_terms
    shared = frozenset(
        t for t in query.tokens if t in top.terms.vocabulary and not ctx.index.contrast_groups & {t}
    )
    if not shared or _readers_own(query, shared):
        return None  # ("Can you check my English?": the record shares only the word of the set)
    group = next(
        g for g in ctx.index.contrasts if short & g and any(t in g and t not in short for t in query.tokens)
    )
    at = next(i for i, t in enumerate(query.tokens) if t in group and t not in short)
    start, end = query.spans[at]
    rec = top.terms.record
    said = rec.short_answer or " ".join(sorted(short & group))
    text = f'{_no(query)}: the story says "{said}", not "{" ".join(query.words[start:end])}". {rec.answer}'
    return build(ctx.index, ctx.question, query, text=text, sources=[rec], kind="check", score=top.score)


def _answers_in_another_word(index: Index, query: Query, terms: RecordTerms) -> bool:
    """True when the record's answer is a word of a contrast set the question puts another word of."""
    short = terms.short_terms
    return bool(short) and any(
        t in g and t not in short and short & g for t in query.tokens for g in index.contrasts
    )


def _contrast_swapped(ctx: Context, query: Query) -> Answer | None:
    """ "Mogujie has 35 million monthly active users on desktop?": a word of a contrast set where the record
    about the rest of the statement says another of it ("on mobile") is refuted with the story's word."""
    index = ctx.index
    for i, token in enumerate(query.tokens):
        group = next((g for g in index.contrasts if token in g), None)
        if group is None:
            continue
        start, end = query.spans[i]
        rest = query.without(start, end, query.qtype)
        chosen = ctx.rank(rest) if rest.tokens else []
        if not chosen or chosen[0].score < ctx.threshold or token in chosen[0].terms.vocabulary:
            continue
        # the word qualifies what the figure counts ("users on mobile") or is the record's answer ("in
        # Chinese"); elsewhere the story may simply say no other (of the records about the rest, the first
        # to say a word of the set: "Was the QQ Tech report in French?" of the report's language)
        fit = next(
            (
                c
                for c in chosen
                if c.score >= ctx.threshold
                and token not in c.terms.vocabulary
                and ((c.terms.value and c.terms.value.unit & group) or c.terms.short_terms & group)
            ),
            None,
        )
        if fit is None:
            continue
        chosen = [fit]
        rec = fit.terms.record
        told = index.reader.read(rec.answer, correct=False)
        said = [
            " ".join(told.words[s:e]) for t, (s, e) in zip(told.tokens, told.spans, strict=True) if t in group
        ]
        if not said or group.intersection(told.tokens).intersection(query.tokens):
            # (a statement naming the record's own word of the set as well, "let shops sell to people", puts
            # the asked word somewhere else in it: nothing is swapped)
            continue
        asked = " ".join(query.words[start:end])
        figures = [v for v in query.values if v.kind in ("count", "percent")]
        stated = fit.terms.value
        if figures and stated is not None and not any(v.same(stated) for v in figures):
            # "Mogujie's desktop site has 50 million monthly users?": neither the figure nor what it counts is the
            # story's (35 million on mobile), so the story gives no figure to refute it with
            text = f'The story doesn\'t give a figure for "{asked}"; it says "{said[0]}": {rec.answer}'
            return build(index, ctx.question, query, text=text, sources=[rec], kind="check", status="unknown",
                         score=chosen[0].score)  # fmt: skip
        if _TOO.search(query.joined) or _STORY_GIVES.match(query.joined):
            # "80% of payments, desktop too?": whether it holds of the other word as well, the story doesn't say;
            # "Does the article give Alipay's share of the PC market?": it gives none
            text = f'The story doesn\'t say for "{asked}"; it says "{said[0]}": {rec.answer}'
            return build(index, ctx.question, query, text=text, sources=[rec], kind="check", status="unknown",
                         score=chosen[0].score)  # fmt: skip
        text = f'{_no(query)}: the story says "{said[0]}", not "{asked}". {rec.answer}'
        return build(
            index, ctx.question, query, text=text, sources=[rec], kind="check", score=chosen[0].score
        )
    return None


_STORY_GIVES = Lazy(
    r"^(does|did|do) (the|this) (article|story|text|piece|writer|author) (\w+ )?(give|mention|report|include|list"
    r"|provide|offer|name|cite)\b"
)
"""A question whether the story gives something at all: a word of the story's put in the place of the one asked
about shows that it does not, which is no "No" to what happened (whether it says a thing is so is: "Does the
article say the APIs are aimed at desktop businesses?")."""


def _part_for_whole(ctx: Context, query: Query) -> Answer | None:
    """ "Alipay has 80% of the whole Chinese payments market, not just mobile?": a figure put for a whole where
    the story's figure for that party is for a part ("mobile" payments) is refuted with the part (or, a figure
    of its own, told the story gives none for the whole)."""
    figures = [v for v in query.values if v.kind in ("count", "percent")]
    if len(figures) != 1 or not query.entities:
        return None
    index, figure = ctx.index, figures[0]
    parts = [
        (terms, narrow)
        for terms in index.valued
        if terms.value is not None
        and terms.value.kind == figure.kind
        and list(terms.record.entities[:1]) == list(query.entities[:1])
        and not terms.record.not_in_story
        and (narrow := _narrower_than_asked(ctx, query, terms))
    ]
    same = [(t, n) for t, n in parts if t.value is not None and t.value.same(figure)]
    stated = any(
        t.value is not None
        and t.value.same(figure)
        and list(t.record.entities[:1]) == list(query.entities[:1])
        for t in index.valued
    )
    if len(same) > 1 or (not same and (len(parts) != 1 or stated)):
        return None  # (the figure put is the party's figure for something else: not a part of this whole)
    terms, part = (same or parts)[0]
    rec = terms.record
    if not same:
        text = (
            f'The story doesn\'t give a figure for the whole; its figure is for "{part}" only: {rec.answer}'
        )
        return build(index, ctx.question, query, text=text, sources=[rec], kind="check", status="unknown",
                     score=ctx.threshold)  # fmt: skip
    text = f'{_no(query)}: the story\'s {figure.text} is for "{part}" only, not the whole. {rec.answer}'
    return build(index, ctx.question, query, text=text, sources=[rec], kind="check", score=ctx.threshold)


def _part_words(terms: RecordTerms, index: Index, query: Query) -> set[str]:
    """The words of a contrast set qualifying what a record's figure counts ("mobile") that make it a part of
    the whole asked: unnamed in the question, with no other word of its set named instead ("users" of
    "accounts" is another thing, not the whole), or named beside another of its set in a question asking their
    whole ("desktop and mobile combined"). Names aside: "in China" is where, not which part."""
    unit = terms.value.unit if terms.value is not None else frozenset()
    # ("..., not just mobile": a part the question names only to set it aside is one it does not ask)
    named = set(query.tokens) - query.negated
    out = set()
    for t in unit & index.contrast_groups:
        if t.startswith(ENTITY_PREFIX):
            continue
        siblings = {w for g in index.contrasts if t in g for w in g} - {t}
        if t not in named and siblings.isdisjoint(named):
            out.add(t)
        elif t in named and not siblings.isdisjoint(named) and query.asks_whole:
            out.add(t)  # (two of a set named, and a whole asked of them: "combined", "in total")
    return out


def _word_choice(ctx: Context, query: Query) -> Answer | None:
    """ "Is Alimama owned by Alibaba or Tencent?", "(Is that) on mobile or PC?": of the two words either side of
    "or", the one the record about the rest of the question uses (in a follow-up naming nothing, the last
    answer's record); figures are chosen between by the value checks."""
    if "or" not in query.words or not is_choice(query.joined):
        return None
    at = query.words.index("or")
    if query.words[at + 1 : at + 2] and query.words[at + 1] in AUXILIARIES:
        return None  # "..., or was it left out?" offers a second clause, not a word to choose
    left = [i for i, (_, e) in enumerate(query.spans) if e <= at]
    right = [i for i, (s, _) in enumerate(query.spans) if s > at]
    if not left or not right:
        return None
    a, b = left[-1], right[0]
    if query.spans[a][1] != at:
        return None  # "Money from it is big or small?": "big" is no term, and "money" is not what is chosen
    before = query.words[query.spans[a][0] - 1 : query.spans[a][0]]
    if (
        before
        and before[0] in _BIG | _SMALL
        and query.spans[b][1] == len(query.words)
        and query.spans[b][1] - query.spans[b][0] == 1
    ):
        return None  # "was it big money or small?": "small" is set against "big", a size, not against "money"
    if before in (["any"], ["some"]):
        return None  # "did Mogujie give any comment or statement?": either will do, none is chosen
    if any(v.kind != "entity" and (v.start < at < v.end or v.end == query.spans[a][1]) for v in query.values):
        return None  # "late 2013 or early 2014?"
    ta, tb = query.tokens[a], query.tokens[b]
    if ta.startswith(ENTITY_PREFIX) and ta in query.tokens[b + 1 :]:
        # "to get around Alibaba or to team up with Alibaba?": a name said on both sides is not what is chosen
        # (a noun may be: "mobile payment or all payment" chooses by the word before it)
        return None
    rest = query.without(query.spans[a][0], query.spans[b][1], query.qtype)
    chosen = ctx.rank(rest) if rest.tokens else []
    terms: RecordTerms | None = None
    start, end = query.spans[a][0], query.spans[b][1]
    # (names only among the two offered leave the follow-up naming nothing else: "directly, or through Alibaba?")
    offered_only = all(
        start <= s and e <= end
        for t, (s, e) in zip(query.tokens, query.spans, strict=True)
        if t[0] == ENTITY_PREFIX
    ) and set(query.entities) == set(ctx.typed.entities)
    last = (
        ctx.index.by_id.get(ctx.last.record or "")
        if ctx.last and (not ctx.typed.entities or offered_only)
        else None
    )
    if last and _uses(last, ta) != _uses(last, tb):
        terms = last  # "(Alipay's share?) / on mobile or PC?": of what the last answer said
    elif last and _uses(last, ta):
        # "(Alipay's share?) / Share of what: all payments or just mobile payments?": both words are the last
        # answer's, which says which exactly
        rec = last.record
        return build(ctx.index, ctx.question, query, text=rec.answer, sources=[rec], kind="answer", score=1.0,
                     record=rec.id)  # fmt: skip
    elif chosen and chosen[0].score >= ctx.threshold * settings.CHECK_SCORE_FACTOR:
        terms = chosen[0].terms
    elif last:
        terms = last
    if terms is None or terms.record.not_in_story:
        return None
    if _uses(terms, ta) == _uses(terms, tb):
        return None
    if "comparison" in query.forms and ta.startswith(ENTITY_PREFIX) and tb.startswith(ENTITY_PREFIX):
        return None  # "was Mogujie or Meilishuo founded earlier?": a record about one of them weighs nothing
    pick = a if _uses(terms, ta) else b
    other_word = query.tokens[b if pick == a else a]
    rival = next(
        (
            c.terms
            for c in chosen[1:3]
            if c.score >= ctx.threshold
            and _uses(c.terms, other_word)
            and not _uses(c.terms, query.tokens[pick])
        ),
        None,
    )
    if terms is not last and rival is not None and not rival.record.not_in_story:
        # "Is Alipay resuming or ending support for Mogujie?": the story tells of both, at different moments
        both = [terms.record, rival.record] if pick == a else [rival.record, terms.record]
        text = "Both, at different times: " + " ".join(r.answer for r in both)
        return build(ctx.index, ctx.question, query, text=text, sources=both, kind="check",
                     score=chosen[0].score, record=terms.record.id)  # fmt: skip
    start, end = query.spans[pick]
    said = query.tokens[pick]
    if _only_denied(terms.record.answer, said):
        return (
            None  # "Did Alibaba confirm or deny the rumour?" of "The article does not confirm it": not a pick
        )
    label = (
        ctx.index.kb.entities[said[1:]].name
        if said.startswith(ENTITY_PREFIX)
        else " ".join(_alternative(query.words, start, end, at)).capitalize()
    )
    rec = terms.record
    told = (
        without_verdict(rec.answer) if rec.asks == "yesno" else rec.answer
    )  # ("Social: Yes: ..." says it twice)
    head = told.split(":", 1)[0].lower() if ":" in told[: len(label) + 2] else ""
    text = (
        told if head and head in label.lower() else f"{label}: {told}"
    )  # (nor "Pinterest copy: Pinterest: ...")
    return build(ctx.index, ctx.question, query, text=text, sources=[rec], kind="check",
                 score=chosen[0].score if chosen else 1.0, record=rec.id)  # fmt: skip


_PHRASE_OPENERS = frozenset({"a", "an", "the", "is", "was", "are", "were", "be", "by", "to", "from", "on", "in", "of",
                             "with", "just", "only", "or", "either"})  # fmt: skip


def _alternative(words: list[str], start: int, end: int, at: int) -> list[str]:
    """The whole alternative a chosen word stands in ("a social shopping service" for "social"), up to the "or"
    or the end, at most a few words; the word alone when the alternative is longer."""
    if start > at:
        stop = next((k for k in range(end, len(words)) if words[k] in ("or", "and")), len(words))
        span = words[start:stop]
    else:
        first = next((k + 1 for k in range(start - 1, -1, -1) if words[k] in _PHRASE_OPENERS), start)
        span = words[first:at]
    return span if 0 < len(span) <= 4 else words[start:end]


def _only_denied(answer: str, term: str) -> bool:
    """True when every use of a term in an answer comes just after a denial ("does not confirm it"): the record
    says it did not happen, which picks neither of two words offered."""
    said = words(answer)
    at = [k for k, w in enumerate(said) if stem(w) == term]
    return bool(at) and all(_DENIALS.intersection(said[max(0, k - 2) : k]) for k in at)


_DENIALS = frozenset({"not", "never", "no", "nor", "didnt", "doesnt", "wasnt", "hasnt"})
"""Words denying what follows ("does not confirm it", "Meilishuo didnt"); the text layer has made "n't" "not"."""


def _uses(terms: RecordTerms, term: str) -> bool:
    """True when a record uses a term: in its words, its context, its names or its value's unit."""
    return (
        term in terms.vocabulary
        or term in terms.context
        or term in terms.entity_tokens
        or bool(terms.value and term in terms.value.unit)
    )


_SOME_KIND = Lazy(
    r"\b(some|a certain|some kind of|a) (big |large |bigger |larger |other |chinese )?(company|firm|group|giant"
    r"|business|corporation|conglomerate)\W*$"
)
"""A party left vague at the end of a statement ("... belong to some big company?"): which one is asked."""


_ASPECT_TERMS = frozenset({"start", "begin", "began", "begun"})
"""Terms of starting to do something, which say when the doing began, not what it was ("started letting ...")."""
_CAUSED = frozenset({"triggered", "caused", "prompted", "sparked", "driven", "motivated"})
"""Verbs saying what brought something about when followed by "by" ("Was the cutoff triggered by ...?")."""


def _cause(ctx: Context, query: Query) -> Answer | None:
    """ "Did Alipay cut Mogujie off because it switched to WeChat Payment?": the record saying why the main
    clause happened is found, and the stated cause is checked against it: "Yes" when the record explains the
    cause; otherwise the reason the story gives, with no verdict (the cause may be it in other words)."""
    words = query.words
    at = next(
        (
            i
            for i, w in enumerate(words)
            if w == "because" or (w in _CAUSED and words[i + 1 : i + 2] == ["by"])
        ),
        None,
    )
    if at is None:
        return None
    if words[at] != "because":
        at += 1  # "triggered by": `at` is then "by", and the cause is what follows it
    main = query.without(at - (words[at] == "by"), len(words), "why")
    main = replace(main, unknown=[w for w in main.unknown if w in query.words[:at]])
    why = [c for c in ctx.rank(main) if c.terms.record.asks == "why" and not c.terms.record.not_in_story]
    if not why or why[0].score < ctx.threshold * settings.CHECK_SCORE_FACTOR:
        return None
    top = why[0]
    rec = top.terms.record
    cause = [
        t
        for t, (s, _) in zip(query.tokens, query.spans, strict=True)
        if s > at
        and t not in main.tokens
        and query.words[s] not in query.unknown
        and not (
            t in _ASPECT_TERMS and s + 1 < len(query.words)
        )  # "because it started letting ...": the doing
    ]
    if not cause:
        return None
    put = {t for t, (s, _) in zip(query.tokens, query.spans, strict=True) if s > at}
    if any(not t.startswith(ENTITY_PREFIX) for t in put) and any(
        put <= p and not set(main.tokens) - {"why"} <= p for p in top.terms.phrasings
    ):
        # "Did Mogujie lose sales because of the Alipay cut-off?": the cause put is the very thing the record
        # explains, so what is asked is a consequence of it, and the record tells only its cause
        return build(ctx.index, ctx.question, query, sources=[rec], kind="decline", score=top.score, status="unknown",
                     text=f"The story doesn't say that came of it. What it does say: {rec.answer}", record=rec.id)  # fmt: skip
    known = top.terms.vocabulary | top.terms.context
    total = sum(ctx.index.weight(t) for t in cause) or 1.0
    explained = sum(ctx.index.weight(t) for t in cause if t in known) / total
    said = [t for t in cause if not t.startswith(ENTITY_PREFIX)]
    if said and not any(t in known for t in said):
        explained = 0.0  # "because it started charging Alipay fees": a name of the story with nothing it did
    effect, cause_event = _event_of(ctx, query, 0, at), _event_of(ctx, query, at + 1, len(words), strict=True)
    undone = _cause_undone(query, at) and "stop" not in top.terms.short_terms  # (unless the reason is a stop)
    if rec.short_answer == "unknown":
        text = f"The story doesn't know: {rec.answer}"
    elif explained >= settings.CAUSE_EXPLAINED and not undone:
        text = f"{_yes(query, rec.says)}: {rec.answer}"
    elif (
        effect
        and cause_event
        and cause_event is not effect
        and (cause_event.year or 0, cause_event.order) > (effect.year or 0, effect.order)
    ):
        # "blocked because it had switched to WeChat Payment": the switch came after the blocking
        text = f"{_no(query)}: that came after. {rec.answer} Then, {cause_event.when}: {cause_event.text}"
        return build(ctx.index, ctx.question, query, text=text, sources=[rec, cause_event], kind="check",
                     score=top.score, record=rec.id)  # fmt: skip
    elif explained <= settings.CAUSE_UNRELATED or (explained >= settings.CAUSE_EXPLAINED and undone):
        # "because of unpaid fees?": nothing of the cause is in the reason the story gives (or it is that reason
        # undone, "because it stopped sharing items"); the story gives another reason, and says nothing of this
        text = f"Not according to the story: it gives another reason. {rec.answer}"
    else:
        # a cause in other words, or another thing the story tells: the bot cannot tell which, so it shows
        # the reason the story gives rather than a verdict
        return build(ctx.index, ctx.question, query, sources=[rec], kind="decline", score=top.score, status="clarify",
                     text=f"I can't tell whether the story gives that as the reason. The reason it gives: {rec.answer}",
                     record=rec.id, suggestions=[rec.question])  # fmt: skip
    return build(ctx.index, ctx.question, query, text=text, sources=[rec], kind="check", score=top.score)


def _cause_undone(query: Query, at: int) -> bool:
    """True when the cause stated is a stop or a not-doing ("because Mogujie stopped sharing Alibaba items"): its
    words may all be the record's, said the other way round, so they prove nothing."""
    stopped = any(t == "stop" and s > at for t, (s, _) in zip(query.tokens, query.spans, strict=True))
    return stopped or not _NOT_DOING.isdisjoint(query.words[at + 1 :])


_NOT_DOING = frozenset({"not", "never", "didnt", "didn't", "wouldnt", "wouldn't", "refused", "no", "longer"})
"""Words of a cause stated as something not done ("because it would not share ...")."""


def _last_value(ctx: Context) -> Answer | None:
    """ "Was that in 2012?", "Is it 85 million?" right after an answer: the figure is checked against the
    last answer's own value, since the question names nothing else."""
    typed, last = ctx.typed, ctx.last
    figures = [v for v in typed.values if v.kind != "entity"]
    if (
        not last
        or not last.record
        or typed.entities
        or len(figures) != 1
        or not _POINTS_BACK & set(typed.words)
    ):
        return None
    (value,) = figures
    start = value.start - (bool(value.part) and typed.words[value.start - 1 : value.start] == [value.part])
    if any(not (start <= s and e <= value.end) for s, e in typed.spans):
        return None  # the question says more than the figure: it is not only about the last answer's
    previous = ctx.index.by_id.get(last.record)
    if previous is None:
        return None
    if previous.value is None and ((value.kind == "year" and not _years(previous)) or value.since):
        # "Why did Alipay drop Mogujie? / that was in 2012, wasn't it?" (or "2 years ago?"): the reason has no
        # date, the record saying when of the same sentence has
        sentence = previous.record.citations[0].sentence
        dated = [
            t
            for t in ctx.index.records
            if (_years(t) if value.kind == "year" else t.value is not None and value.comparable(t.value))
            and any(c.sentence == sentence for c in t.record.citations)
        ]
        previous = dated[0] if dated else previous
    rec, stated = previous.record, previous.value
    years = _years(previous)
    if stated is not None and value.comparable(stated):
        fit = value.consistent(stated)
        shown = rec.short_answer or stated.shown
    elif value.kind == "year" and years and value.number is not None:
        fit = str(int(value.number)) in years  # a record without a date of its own, dated by its sentence
        shown = " and ".join(years)
    else:
        return None
    text = _verdict(typed, fit, rec, shown)
    return build(ctx.index, ctx.question, typed, text=text, sources=[rec], kind="check", score=1.0, record=rec.id,
                 status="unknown" if fit is None else "answered")  # fmt: skip


_YEAR_PART = Lazy(
    r"\b(early|late|mid|middle|beginning|begin|start|end)\b(?:(?!.*\d)| (?:in |of )?(?:the year )?(?P<year>\d{4})\b(?!.*\d))"
)
"""A part of the year put to the last answer's date ("was it early in the year?", "both in mid 2013 then?")."""


def _part_of_year(ctx: Context) -> Answer | None:
    """ "(When did the marketplaces launch?) / was it early in the year?": the part of the year put to the last
    answer's dated value ("late 2013")."""
    typed, last = ctx.typed, ctx.last
    asked = _YEAR_PART.search(typed.joined)
    if not asked or not last or not last.record or typed.entities:
        return None
    previous = ctx.index.by_id.get(last.record)
    both = "both" in typed.words and previous is not None and len(previous.entities) >= 2
    if not (_POINTS_BACK & set(typed.words) or both):
        return None  # ("both in mid 2013 then?": the two the last answer is about)
    stated = previous.value if previous else None
    if previous is None or stated is None or stated.kind != "year":
        return None
    if asked.group("year") and stated.number != int(asked.group("year")):
        return None  # "so both in early 2014?": another year, checked as any stated value
    part = YEAR_PARTS.get(asked.group(1), asked.group(1))
    rec = previous.record
    # a bare year ("founded in 2011") does not say which part of it
    fit = part == stated.part if stated.part else None
    text = _verdict(typed, fit, rec, rec.short_answer or stated.shown)
    return build(ctx.index, ctx.question, typed, text=text, sources=[rec], kind="check", score=1.0, record=rec.id,
                 status="unknown" if fit is None else "answered")  # fmt: skip


def _years(terms: RecordTerms) -> list[str]:
    """The years a record's moment names."""
    return sorted(t for t in terms.moment if t.isdigit() and len(t) == 4)


def _verdict(query: Query, fit: bool | None, rec: Record, shown: str) -> str:
    """A check's words: "Yes" (as a claim, a report...), "No: the story says X", or not settled by it."""
    if fit is None:
        return f"The story doesn't say exactly: {rec.answer}"
    if fit:
        return f"{_yes(query, rec.says)}: {rec.answer}"
    return f"{_no(query)}: the story says {shown}. {rec.answer}"


_POINTS_BACK = frozenset({"that", "this", "it", "those", "these", "they", "them"})


_SAME_FIGURE = Lazy(r"\b(the )?same (number|figure|amount|count|total|share|percentage|size|level)\b")


_IDENTITY_WORDS = frozenset({"is", "are", "was", "were", "and", "the", "same", "as", "thing", "company", "one",
                             "firm", "site", "wait", "really", "actually", "basically", "just", "exactly"})  # fmt: skip
"""The only words besides two names in "is Alipay and Alibaba the same thing?": it asks whether they are one."""


def _same_thing(ctx: Context, query: Query) -> Answer | None:
    """ "Is Alipay the same as Alibaba?": two names the story keeps apart are not one; the record relating them
    says how they are linked."""
    if "same" not in query.words:
        return None
    names = [v for v in query.values if v.kind == "entity"]
    if len(names) != 2:
        return None
    inside = {i for v in names for i in range(v.start, v.end)}
    if any(w not in _IDENTITY_WORDS for i, w in enumerate(query.words) if i not in inside):
        return None  # "the same as Alibaba's referral program" names a thing of a party, not the party
    pair = {e for e in (names[0].entity, names[1].entity) if e}
    if len(pair) != 2:
        return None
    both = ctx.index.read(
        " ".join(ctx.index.kb.entities[e].name for e in sorted(pair))
    )  # the two, nothing else
    linked = [c for c in ctx.rank(both) if pair <= set(c.terms.entities) and not c.terms.record.not_in_story]
    linked.sort(
        key=lambda c: c.terms.record.asks == "yesno"
    )  # (a record's own "Yes: ..." answers another question)
    if not linked:
        return None
    rec = linked[0].terms.record
    text = f"{_no(query)}: they are two, not one. {rec.answer}"
    return build(ctx.index, ctx.question, query, text=text, sources=[rec], kind="check", score=linked[0].score,
                 record=rec.id)  # fmt: skip


def _same_as_scene(ctx: Context, query: Query) -> Answer | None:
    """ "When Mogujie had over 2000 stores, Meilishuo had the same number?": "the same" is the scene clause's
    figure, so the main clause is checked with that figure put in its place."""
    same = _SAME_FIGURE.search(query.joined)
    main = _main_after_scene(query) if same else None
    if same is None or main is None:
        return None
    figures = [v for v in query.values if v.kind != "entity" and v.end <= main]
    if len(figures) != 1:
        return None
    figure = figures[0]
    stated = " ".join(
        query.words[figure.start : figure.end + (figure.end < main and not _is_name(query, figure.end))]
    )
    main -= main > 0 and query.words[main - 1] in AUXILIARIES  # "..., did Meilishuo have the same number?"
    clause = " ".join(query.words[main:])
    if same.group(0) not in clause:
        return None
    frame = "true or false: " if put_as_true_false(query.words) else ""
    restated = ctx.index.read(f"{frame}{clause.replace(same.group(0), stated)}?")
    return check(ctx, restated) if restated.qtype == "yesno" else None


def _is_name(query: Query, at: int) -> bool:
    """True when the word at `at` begins a name the question gives."""
    return any(v.kind == "entity" and v.start == at for v in query.values)


def _same_figure(ctx: Context) -> Answer | None:
    """ "(Mogujie's stores) / is it true that Meilishuo had the same number?": the new name's own figure for the
    last question, weighed against the last answer's."""
    typed, last = ctx.typed, ctx.last
    if not last or not last.record or not _SAME_FIGURE.search(typed.joined):
        return None
    previous = ctx.index.by_id.get(last.record)
    new = [e for e in typed.entities if e not in last.entities]
    if previous is None or previous.value is None or len(new) != 1:
        return None
    asked = ctx.index.read(substitute(ctx.index, last, new))
    found = [
        c
        for c in ctx.rank(asked)
        if new[0] in c.terms.entities
        and c.terms.value is not None
        and c.terms.value.comparable(previous.value)
    ]
    if not found or found[0].score < ctx.threshold:
        return None
    theirs = found[0].terms
    assert theirs.value is not None
    fit = theirs.value.consistent(previous.value)
    if fit is None:
        return None
    rec = theirs.record
    text = (
        f"{_yes(typed, rec.says)}: {rec.answer}"
        if fit
        else f"{_no(typed)}: {rec.answer} {previous.record.answer}"
    )
    return build(ctx.index, ctx.question, typed, text=text, sources=[rec, previous.record], kind="check",
                 score=found[0].score, record=rec.id)  # fmt: skip


def _same_year(ctx: Context, query: Query) -> Answer | None:
    """ "(When was Mogujie founded?) / was it the same year they launched the marketplace?", "Did the two sites
    launch their marketplaces in the same year?": the years of two events compared, or one record's single date
    for both parties."""
    at = next((i for i, w in enumerate(query.words[:-1]) if w == "same" and query.words[i + 1] == "year"), -1)
    if at < 0:
        return None
    start = at - (at > 0 and query.words[at - 1] == "the")
    start -= start > 0 and query.words[start - 1] in ("in", "on", "at")
    two = _two_events_same_year(ctx, query, start, at + 2)
    if two:
        return two
    rest = query.without(start, at + 2, "when")
    dated = [
        c
        for c in ctx.rank(rest)
        if c.terms.value is not None and c.terms.value.kind == "year" and c.score >= ctx.threshold
    ]
    if not dated:
        return None
    rec, year = dated[0].terms.record, dated[0].terms.value
    assert year is not None
    if len(query.entities) >= 2 and set(query.entities) <= set(rec.entities):
        return build(ctx.index, ctx.question, query, text=f"{_yes(query, rec.says)}: {rec.answer}", sources=[rec],
                     kind="check", score=dated[0].score)  # fmt: skip
    # "was it the same year ...?", "same year Mogujie was founded?": the last answer's year against this one's
    pointing = not SUBJECT_THAT.isdisjoint(ctx.typed.words) or len(query.entities) < 2
    previous = ctx.index.by_id.get(ctx.last.record) if ctx.last and ctx.last.record and pointing else None
    if (
        previous is not None
        and previous.record.id != rec.id
        and previous.value
        and previous.value.kind == "year"
    ):
        same = previous.value.number == year.number
        text = f"{_yes(query, rec.says) if same else _no(query)}: {previous.record.answer} {rec.answer}"
        return build(ctx.index, ctx.question, query, text=text, sources=[previous.record, rec], kind="check",
                     score=dated[0].score)  # fmt: skip
    return None


def _two_events_same_year(ctx: Context, query: Query, start: int, end: int) -> Answer | None:
    """ "mogujie was founded the same year the fee thing happened?": the event before "the same year" and the one
    after it, each read on its own, and their years compared (None when either has no year of its own)."""
    sides = [query.within(0, start), query.within(end, len(query.words))]
    found: list[tuple[Record, int]] = []
    for side in sides:
        dated = [
            c
            for c in ctx.rank(replace(side, qtype="when"))[:3]
            if c.terms.value is not None and c.terms.value.kind == "year" and c.score >= ctx.threshold
        ]
        if not side.tokens or not dated or dated[0].terms.value is None:
            return None
        found.append((dated[0].terms.record, int(dated[0].terms.value.number or 0)))
    (first, one), (second, other) = found
    if first.id == second.id or not one or not other:
        return None
    verdict = _yes(query, second.says) if one == other else _no(query)
    return build(ctx.index, ctx.question, query, text=f"{verdict}: {first.answer} {second.answer}",
                 sources=[first, second], kind="check", score=ctx.threshold)  # fmt: skip


_ACT_POINTED = frozenset({"it", "that", "this", "same"})
"""Words by which a follow-up's act is the last answer's ("did Meilishuo use it too?", "do the same?")."""


def _same_for_another(ctx: Context, query: Query) -> Answer | None:
    """ "Did Meilishuo do it too?" right after an answer: yes when the answer's record is also about the new
    name; otherwise the story doesn't say it of that name."""
    if not ctx.last or not ctx.last.record or not _TOO.search(query.joined):
        return None
    if any(v.kind != "entity" for v in ctx.typed.values):
        return None  # "And Meilishuo had also 2000?" puts its own figure, which the value checks weigh
    previous = ctx.index.by_id.get(ctx.last.record)
    kinds = {ctx.index.reader.categories.get(e) for e in ctx.last.entities}
    new = [
        e
        for e in ctx.typed.entities or query.entities  # (or the other one the reading named)
        if e not in ctx.last.entities and ctx.index.reader.categories[e] in kinds
    ]  # a new name of the same kind as the last subject ("Meilishuo" after "Mogujie"), not the thing it did
    if previous is None or not new or previous.record.not_in_story:
        return None
    told = [t for t in query.tokens if not t.startswith(ENTITY_PREFIX)]
    untold = [t for t in told if t not in previous.vocabulary]
    if len(untold) >= 2 and 2 * len(untold) > len(told) and _ACT_POINTED.isdisjoint(ctx.typed.words):
        return None  # "(Who's Meilishuo?) / did they also start taking commissions?": an act the answer never told
    if previous.value is not None and previous.value.kind in ("count", "percent"):
        return None  # "(Mogujie's stores?) / Meilishuo the same?": its own figure answers, not a yes or no
    answered = previous.value.entity if previous.value is not None else None
    asked_who = ctx.last.query is not None and ctx.last.query.qtype == "who"
    if asked_who and answered and answered in query.entities and answered not in ctx.last.entities:
        return (
            None  # "(Who operates Alipay?) / Does Taobao belong to them too?": the party answered, asked anew
        )
    rec = previous.record
    if all(e in previous.entities for e in new):
        return build(ctx.index, ctx.question, query, text=f"{_yes(query, rec.says)}: {rec.answer}", sources=[rec],
                     kind="check", score=1.0)  # fmt: skip
    names = " and ".join(ctx.index.kb.entities[e].name for e in new)
    return build(ctx.index, ctx.question, query, text=f"The story doesn't say that of {names}. What it does say: {rec.answer}",
                 sources=[rec], kind="check", score=0.5, status="unknown")  # fmt: skip


_ONLY_PUT = Lazy(r"\b(only|just|solely|exclusively|merely|purely) (for|about|a|an|to|used for|meant for)\b")
"""A statement that something is one thing only ("Is Alipay Wallet just for payments?")."""
_BOTH_SAID = Lazy(r"\bboth \w+( \w+){0,4} and\b|\b(and|or) other\b|\bas well as\b")
"""A record saying it is that and more ("used both for payments and for other mobile services")."""


def _more_than_only(ctx: Context, query: Query, top: Candidate) -> Answer | None:
    """ "Is Alipay Wallet just for payments?" of a record saying "both for payments and for other services": no,
    the story says it is more than that, when the record explains the rest of the question."""
    if not _ONLY_PUT.search(query.joined) or min(top.coverage, top.predicate) < settings.CHECK_COVERAGE:
        return None
    rec = top.terms.record
    if rec.asks == "yesno" or not _BOTH_SAID.search(rec.answer.lower()):
        return None
    return build(ctx.index, ctx.question, query, text=f"{_no(query)}: {rec.answer}", sources=[rec], kind="check",
                 score=top.score)  # fmt: skip


_ONLY_PARTY = Lazy(
    r"\bthe only (one|ones|site|sites|company|companies|firm|firms|platform|platforms|service|services|app|apps)\b"
    r"|\balone\b|\bby (itself|themselves)\b|\bwithout any other\b|\b(nobody|no one|noone|none) else\b"
)
"""A party singled out as the only one to do a thing ("Was Mogujie the only site to ...?")."""
_SINGLING = frozenset({"only", "alone", "itself", "themselves", "else", "sole", "solely"})


def _only_party(ctx: Context, query: Query, top: Candidate) -> Answer | None:
    """ "Did only Mogujie adopt WeChat Payment?", "Was Mogujie the only site to launch a marketplace?": no, when
    the record has another party do the same thing to the same (or names it a joint subject of it)."""
    named = [v for v in query.values if v.kind == "entity" and v.entity]
    singled = [v for v in named if query.words[v.start - 1 : v.start] in (["only"], ["just"], ["solely"])]
    if not named or not (singled or _ONLY_PARTY.search(query.joined)):
        return None
    plain = query
    for s, e in reversed(query.spans):
        if set(query.words[s:e]) & _SINGLING:
            plain = plain.without(s, e, query.qtype)  # ("only" as a term asks nothing of the record)
    if plain is not query:
        chosen = ctx.rank(plain)
        if not chosen or chosen[0].score < ctx.threshold:
            return None
        top = chosen[0]
    if min(top.coverage, top.predicate) < settings.CHECK_COVERAGE:
        return None
    # (a party set aside with "not" is one said not to have done it: "Only Mogujie used it, not Meilishuo?")
    terms = top.terms
    asked = {ENTITY_PREFIX + (v.entity or "") for v in named if query.words[v.start - 1 : v.start] != ["not"]}
    one = ENTITY_PREFIX + (singled or named)[0].entity  # type: ignore[operator]
    done = {(w, b) for a, w, b in terms.acts if a == one and w in query.tokens}
    if not done:
        # "Did only Mogujie use WeChat Payment?": the one act of the party on the thing asked, in other words
        on_it = {(w, b) for a, w, b in terms.acts if a == one and b and b in query.tokens}
        done = on_it if len(on_it) == 1 else set()
    others = {a for a, w, b in terms.acts if (w, b) in done and a not in asked}
    subjects = {ENTITY_PREFIX + e for e in terms.subjects}
    if one in subjects and terms.roles.get(one, frozenset()) & set(query.tokens):
        others |= subjects - asked
    if not others:
        return None
    rec = terms.record
    names = " and ".join(ctx.index.kb.entities[o.removeprefix(ENTITY_PREFIX)].name for o in sorted(others))
    text = f"{_no(query)}: {names} too. {rec.answer}"
    return build(ctx.index, ctx.question, query, text=text, sources=[rec], kind="check", score=top.score)


def _plain_fits(top: Candidate, names: list[Value]) -> bool:
    """True when the best record for the whole question states no rival name (it is about the names, or its
    value is the one name asked about)."""
    value = top.terms.value
    if value and [v.entity for v in names] == [value.entity]:
        return True  # "Is Alipay Wallet used for payments?" of the record telling what Alipay Wallet is
    return not any(value and value.comparable(v) for v in names)


def _said_of(terms: RecordTerms) -> frozenset[str]:
    """The terms of a record's own questions and answer (not of the sentences it quotes)."""
    return frozenset().union(*terms.phrasings, _answer_stems(terms.record))


def _answer_stems(rec: Record) -> frozenset[str]:
    """The stems of a record's own answer's words, kind nouns such as "app" among them."""
    return frozenset(stem(w) for w in words(rec.answer))


def _put_first(query: Query, value: Value) -> bool:
    """True when a name is the subject the question is put of: right after its opening auxiliary ("Is Pinterest a
    ...?") or right before a copula ("Pinterest is a ..., true?"), not in the predicate ("is it Pinterest ...?")."""
    words = query.words
    opened = value.start == 1 and words[0] in AUXILIARIES
    return opened or (value.end < len(words) and words[value.end] in _COPULA)


def _about(terms: RecordTerms, value: Value) -> bool:
    """True when a record is about the name a value gives (its subject), not only giving it."""
    return value.entity in terms.subjects or terms.record.entities[:1] == (value.entity,)


def _classed(query: Query, value: Value) -> bool:
    """True when the question puts a name into a class ("Is Pinterest a site ...?", "Pinterest is an app?") or has
    another act on it ("Is WeChat Payment owned by Alibaba?"): it asks of that name, which a record having the name
    only as its value (what another is likened to, what another owns) does not answer."""
    if not _put_first(query, value):
        return False
    after = query.words[value.end : value.end + 4]
    copula = after[:1] != [] and after[0] in _COPULA
    classed = after[:1] in (["a"], ["an"]) or (copula and after[1:2] in (["a"], ["an"]))
    return classed or ((value.start == 1 or copula) and "by" in after)


def _check_value(ctx: Context, query: Query, value: Value) -> Answer | None:
    """One stated value against the record about the rest of the question: the record is found without the
    value (or it would match itself), then its moment, unit and bound decide yes, no or "doesn't say exactly"."""
    start = value.start
    if value.part and start and query.words[start - 1] == value.part:
        start -= 1  # "early 2013": the part of the year goes with it, or "early" would be left to explain
    rest = query.without(start, value.end, _VALUE_TYPE[value.kind])
    for rival in query.values:
        if (
            rival is not value
            and rival.kind == value.kind
            and value.kind != "entity"
            and is_choice(query.joined)
        ):
            # "late 2013 or early 2014?": the rival alternative is no part of what this one is said of
            rest = rest.without(rival.start - bool(rival.part), rival.end, rest.qtype)
    if value.kind != "entity":
        start, end = _clause(query, value)
        clause = rest.within(start, end)
        if clause.entities and len(clause.tokens) < len(rest.tokens):
            rest = clause  # "Meilishuo had 1000 stores when Mogujie had over 2000": one claim per clause
        elif start and len(query.entities) == 1 and len(clause.tokens) >= 2:
            # "Mogujie was founded in 2011 and launched its marketplace in late 2013": the second clause's subject
            # is the first's
            kept = [
                i
                for i, (first, last) in enumerate(rest.spans)
                if (start <= first and last <= end) or rest.tokens[i].startswith(ENTITY_PREFIX)
            ]
            rest = replace(rest, tokens=[rest.tokens[i] for i in kept], spans=[rest.spans[i] for i in kept])
    if value.kind == "entity" and all(t.startswith(ENTITY_PREFIX) for t in rest.tokens):
        return None  # "is Mogujie just Pinterest?" put Pinterest to nothing but its subject: no record is about that
    fits = [
        c
        for c in ctx.rank(rest)
        if c.terms.value and c.terms.value.comparable(value) and not stopped_elsewhere(rest, c.terms)
    ]
    if fits and value.kind == "duration":
        content = {t for t in rest.tokens if not t.startswith(ENTITY_PREFIX)}
        best = next((c for c in ctx.rank(rest) if c.terms.record.asks == "when"), None)
        if (
            content
            and best is not None
            and not (best.terms.value and best.terms.value.comparable(value))
            and any(content <= p for p in best.terms.phrasings)
            and not any(content <= p for p in fits[0].terms.phrasings)
        ):
            # "Did Alipay announce it a week ago?": the record asked about (when it announced) gives no span of
            # time, and the cut-off's "one year ago", which only mentions the announcement, is another event's
            return None
    if not fits and value.kind != "entity" and len(rest.entities) > 1:
        # "Meilishuo had 2000 shops at the same time as Mogujie": the figure belongs to one of the names
        for keep in rest.entities:
            if ctx.index.reader.kinds[keep] == "place":
                continue  # ("WeChat Payment holds 20% of China's market": the figure is no place's)
            alone = rest
            for other in rest.entities:
                if other != keep:
                    for t, (s, e) in zip(rest.tokens, rest.spans, strict=True):
                        if t == ENTITY_PREFIX + other:
                            alone = alone.without(s, e, rest.qtype)
            fits = [
                c
                for c in ctx.rank(alone)
                if c.terms.value and c.terms.value.comparable(value) and not stopped_elsewhere(rest, c.terms)
            ]
            if fits:
                break
    if value.kind == "year" and fits:
        # "Mogujie revenue for 2013?": neither the year record's questions nor its answer speak of revenue (its
        # quote may mention earning), so the year is the moment of a figure, not the year of the founding
        asked = {t for t in rest.tokens if not t.startswith(ENTITY_PREFIX)}
        fits = [c for c in fits if not asked or asked & _said_of(c.terms)]
    if value.kind == "entity":
        classed = _classed(query, value)
        fits = [
            c
            for c in fits
            if not c.terms.record.not_in_story
            and c.predicate >= settings.CHECK_PREDICATE
            and not _stopped_here_only(query, value, c.terms)
            # ("Is Pinterest a site from China?" of a record likening Mogujie to Pinterest: not about Pinterest)
            and not (classed and not _about(c.terms, value))
        ]
    if value.kind == "entity" and rest.tokens and not rest.entities:
        # "is it basically Pinterest for shopping?": with no other name, what is asked about is the record the
        # whole question finds first, when that record gives this very name; a rest of a word or two finds none
        whole = next(
            iter(ctx.ranked(query)[0]), None
        )  # (all scored: a record is never eligible for its answer)
        if (
            whole
            and whole.terms.value
            and whole.terms.value.same(value)
            and whole.score >= ctx.threshold
            and not (_put_first(query, value) and not _about(whole.terms, value))
        ):  # (not a record about another, when the name is what the question is put of: "Is Pinterest a ...?")
            fits = [whole]
    exact = [c for c in fits if c.terms.value and c.terms.value.same(value) and _unit_fits(value, c.terms)]
    weak = not fits or fits[0].score < ctx.threshold * settings.CHECK_SCORE_FACTOR
    if (
        exact
        and weak
        and exact[0] is fits[0]
        and exact[0].score >= ctx.threshold * settings.CHECK_EXACT_FACTOR
    ):
        fits = exact  # the very figure the story gives, for what it counts: a weaker wording match will do
    elif exact and value.kind == "entity" and exact[0].score >= fits[0].score - settings.CHECK_EXACT_MARGIN:
        fits = (
            exact  # "Mogujie is Pinterest for shopping?": the record giving that very name, nearly as close
        )
    if not fits or (fits[0].score < ctx.threshold * settings.CHECK_SCORE_FACTOR and fits is not exact):
        return None
    if value.kind == "entity" and fits is not exact and _tied_elsewhere(ctx, query, rest, value, fits[0]):
        return None
    same_unit = [c for c in fits if _unit_fits(value, c.terms)]
    top = same_unit[0] if same_unit else fits[0]
    stated = top.terms.value
    assert stated is not None
    moment = other_moment(query, top)
    stated_span = next((v for v in query.values if v.kind == "duration" and f'"{v.text}"' == moment), None)
    if stated_span and top.terms.record.time:
        # "a full year after it opened" against "about five months after": stated for the wrong moment
        rec = top.terms.record
        text = f"{_no(query)}: the story gives that for {rec.time}, not {stated_span.text}. {rec.answer}"
        return build(ctx.index, ctx.question, query, text=text, sources=[rec], kind="check", score=top.score)
    if moment:
        return build(ctx.index, ctx.question, query, sources=[top.terms.record], kind="check", score=top.score,
                     status="unknown", text=f"The story doesn't say for {moment}. What it does say: {top.terms.record.answer}")  # fmt: skip
    rec = top.terms.record
    if not same_unit and value.unit:
        return _other_thing(ctx, query, value, top)
    narrow = _narrower_than_asked(ctx, query, top.terms)
    if narrow:
        # "80% of all online payments?" of "80% of China's mobile payments market": the story's figure is of a part
        text = f"{_no(query)}: the story gives that figure only for {narrow}, not for all. {rec.answer}"
        return build(ctx.index, ctx.question, query, text=text, sources=[rec], kind="check", score=top.score)
    fit = value.consistent(stated)
    if fit is False and value.kind == "entity" and ctx.index.reader.part_of(stated.entity, value.entity):
        fit = True  # "owned by Alibaba" against "operated by Alibaba's finance arm"
    names = ctx.index.kb.entities
    owner, part = stated.entity, value.entity
    if fit is False and owner and part and ctx.index.reader.part_of(part, owner):
        # "Do Taobao and Tmall belong to Alibaba's finance arm?" of "Alibaba's Taobao and Tmall": the story names
        # the whole, not the part asked about
        text = (f"Not exactly: the story says {names[owner].name}, of which {names[part].name} is a "
                f"part. {rec.answer}")  # fmt: skip
        return build(ctx.index, ctx.question, query, text=text, sources=[rec], kind="check", score=top.score)
    if (
        fit is False
        and value.kind == "entity"
        and value.entity not in rec.entities
        and _TOO.search(query.joined)
    ):
        # "Was Meilishuo also cut off?": the story saying it of another does not say it is not so of this one
        said = names[value.entity].name if value.entity in names else value.text
        return build(ctx.index, ctx.question, query, sources=[rec], kind="check", score=top.score, status="unknown",
                     text=f"The story doesn't say that of {said}. What it does say: {rec.answer}")  # fmt: skip
    outside = [e for e in rest.entities if ENTITY_PREFIX + e not in top.terms.roles and e not in rec.entities]
    if (
        fit
        and value.kind in ("year", "date", "duration")
        and outside
        and _roles_crossed(rest, top.terms, set())
    ):
        # "Did Alibaba launch its own marketplace in late 2013 to get around Mogujie?": the year fits, but the
        # record has others do it (and to Alibaba): the statement as put is not what the story says
        entities = ctx.index.kb.entities
        name = entities[outside[0]].name
        kind = ctx.index.reader.kinds.get(outside[0])
        # the party of the record in the named one's place ("support Meilishuo" of the record's Mogujie), else
        # the record's doers
        rivals = [e for e in rec.entities if e not in rest.entities and ctx.index.reader.kinds.get(e) == kind]
        doers = " and ".join(
            entities[e].name for e in (rivals[:1] or [e for e in top.terms.told[:2] if e not in outside])
        )
        text = f"{_no(query)}: the story says that of {doers or 'another party'}, not {name}. {rec.answer}"
        return build(ctx.index, ctx.question, query, text=text, sources=[rec], kind="check", score=top.score,
                     record=rec.id)  # fmt: skip
    instead = (
        _in_anothers_role(rest, top.terms, ctx.index.reader.kinds)
        if fit and value.kind in ("year", "date", "duration")
        else None
    )
    if instead:
        # "Did Mogujie adopt Alipay in 2013?": the year fits, but what Mogujie adopted is another party (WeChat
        # Payment); the question puts Alipay where the story has that one
        name = ctx.index.kb.entities[instead].name
        text = f"{_no(query)}: the story says {name}. {rec.answer}"
        return build(ctx.index, ctx.question, query, text=text, sources=[rec], kind="check", score=top.score,
                     record=rec.id)  # fmt: skip
    acts = {t for t in rest.tokens if not t.startswith(ENTITY_PREFIX)}
    own = top.terms.roles.get(ENTITY_PREFIX + value.entity, frozenset()) if value.entity else None
    if (
        fit
        and own
        and acts
        and not acts & own
        and rec.entities[:1] != (value.entity,)
        and _roles_crossed(query, top.terms, set())
    ):
        # "is it true that WeChat cut Mogujie off?" of "after Alipay stopped supporting Mogujie, ... adopted WeChat
        # Payment": the record names WeChat, but ties the act asked about to another party only
        acting = [
            n[len(ENTITY_PREFIX) :]
            for n, near in top.terms.roles.items()
            if acts <= near and n[len(ENTITY_PREFIX) :] not in query.entities
        ]
        if len(acting) != 1:
            return None
        name = ctx.index.kb.entities[acting[0]].name
        return build(ctx.index, ctx.question, query, text=f"{_no(query)}: the story says {name}. {rec.answer}",
                     sources=[rec], kind="check", score=top.score, record=rec.id)  # fmt: skip
    if fit and _stopped_instead(ctx, query, top.terms):
        # "Did <a party> back <another> in <the year it stopped>?": the year is when the act ended, not settled
        return build(ctx.index, ctx.question, query, sources=[rec], kind="check", score=top.score, record=rec.id,
                     status="unknown",
                     text=f"The story doesn't say exactly: it gives {stated.shown} as when that ended. {rec.answer}")  # fmt: skip
    if fit and value.kind in ("year", "date") and _roles_crossed(query, top.terms, set()):
        # "Did Meilishuo also lose Alipay support in 2013?": the year fits, but the record ties the act to
        # another of its names (Alipay stopped supporting Mogujie; Meilishuo only adopted WeChat Payment)
        crossed = [e for e in query.entities if ENTITY_PREFIX + e in top.terms.roles]
        whom = ctx.index.kb.entities[crossed[0]].name if crossed else "it"
        return build(ctx.index, ctx.question, query, sources=[rec], kind="check", score=top.score, record=rec.id,
                     status="unknown", text=f"The story doesn't say that of {whom}. What it does say: {rec.answer}")  # fmt: skip
    text = _verdict(query, fit, rec, rec.short_answer or stated.shown)
    # (not of a time whose year is the story's, put to the wrong part of it: that is the same event)
    other_time = not (value.kind == "year" and value.number == stated.number)
    also = (
        _same_value_records(ctx, value, top)
        if fit is False and value.kind in _ALSO_KINDS and other_time
        else []
    )
    beside = _figures_beside(ctx.index, top.terms) if fit is False and value.kind == "count" else []
    # ("Mogujie has 190 million users?": its 85 million accounts, in the sentence of its 35 million monthly users)
    text += "".join(f" The same sentence also gives: {r.answer}" for r in beside if r not in also)
    text += _also(value, also)
    sources = [rec, *also, *(r for r in beside if r not in also)]
    return build(ctx.index, ctx.question, query, text=text, sources=sources, kind="check", score=top.score,
                 record=rec.id, status="unknown" if fit is None else "answered")  # fmt: skip


def _figures_beside(index: Index, terms: RecordTerms) -> list[Record]:
    """Records giving another figure of the same kind for the same party from the very sentence a record quotes:
    a figure put against one of them may have meant the other."""
    sentences = {c.sentence for c in terms.record.citations}
    value = terms.value
    return [
        other.record
        for other in index.valued
        if other is not terms
        and value is not None
        and other.value is not None
        and other.value.kind == value.kind
        and other.value.number != value.number
        and other.record.entities[:1] == terms.record.entities[:1]
        and {c.sentence for c in other.record.citations} == sentences
    ][:1]


def _tied_elsewhere(ctx: Context, query: Query, rest: Query, value: Value, fit: Candidate) -> bool:
    """True when the record the whole question finds names the value with every other name asked and the record
    checked against names neither: "can I pay with WeChat on Mogujie?" is about Mogujie's taking WeChat Payment,
    not a rival to the Alimama its referral revenues come from."""
    if value.entity in fit.terms.record.entities:
        return False
    whole = next(iter(ctx.ranked(query)[0]), None)
    return bool(
        whole
        and whole.score >= ctx.threshold
        and whole.terms.record is not fit.terms.record
        and value.entity in whole.terms.record.entities
        and set(rest.entities) <= set(whole.terms.record.entities)
    )


def _stopped_instead(ctx: Context, query: Query, terms: RecordTerms) -> bool:
    """True when the question says a party does something ("Alipay backed Mogujie") and the record says that
    party stopped doing it ("after Alipay stopped supporting Mogujie"): the act the record's verb of ending
    ends, asked with no verb of ending, of a party the ending is tied to."""
    if STOPPING in query.tokens or query.negated:
        return False
    asked = stopped_acts(ctx.index, terms).intersection(query.tokens)
    return bool(asked) and any(
        STOPPING in terms.roles.get(ENTITY_PREFIX + name, frozenset()) for name in query.entities
    )


_CLAUSE_BREAKS = frozenset(
    {"when", "while", "whereas", "but", "and", "than", "because", "although", "though"}
)


def _with_the_others(best: Answer, verdicts: list[Answer]) -> Answer:
    """A "Yes" to a statement of several figures from several records quotes each record, not only the first."""
    others = [
        v
        for v in verdicts
        if v.status == "answered" and v.record != best.record and v.answer.startswith("Yes")
    ]
    if best.status != "answered" or not others:
        return best
    seen = {c.sentence for c in best.citations}
    cited = list(best.citations)
    text = best.answer
    for other in others:
        said = other.answer.split(": ", 1)[-1]
        figures = re.findall(r"\d[\d,.]*\d|\d", said)
        if {c.sentence for c in other.citations} <= seen and figures and all(f in text for f in figures):
            continue  # ("2000 stores five months in": both records give one sentence's figure, said once)
        text += " " + said
        cited += [c for c in other.citations if c.sentence not in seen]
        seen |= {c.sentence for c in other.citations}
    return replace(best, answer=text, citations=cited)


def _clause(query: Query, value: Value) -> tuple[int, int]:
    """The word span of the clause a value stands in, between clause-joining words."""
    words = query.words
    names = {s for t, (s, _) in zip(query.tokens, query.spans, strict=True) if t.startswith(ENTITY_PREFIX)}
    names |= {e for t, (_, e) in zip(query.tokens, query.spans, strict=True) if t.startswith(ENTITY_PREFIX)}

    def breaks(k: int) -> bool:
        """A clause-joining word, but not the "and" of "Mogujie and Meilishuo"."""
        return words[k] in _CLAUSE_BREAKS and not (words[k] == "and" and k in names and k + 1 in names)

    # a name with its verb between two figures starts a claim of its own: "Meilishuo had 1000 stores at about
    # the same time Mogujie had over 2000" is two claims without a joining word
    others = [v for v in query.values if v.kind != "entity" and v is not value]
    subjects = [
        s
        for t, (s, e) in zip(query.tokens, query.spans, strict=True)
        if t.startswith(ENTITY_PREFIX)
        and e < len(words)
        and (words[e] in AUXILIARIES or words[e].endswith("ed"))
    ]
    floor = max((n for n in subjects if n < value.start and any(o.end <= n for o in others)), default=0)
    ceiling = min(
        (n for n in subjects if n >= value.end and any(n < o.start for o in others)), default=len(words)
    )
    main = _main_after_scene(query)
    start = value.start
    while start > floor and not breaks(start - 1) and start != main:
        start -= 1
    end = value.end
    while end < ceiling and not breaks(end) and end != main:
        end += 1
    return start, end


def _main_after_scene(query: Query) -> int | None:
    """Where the main clause starts after an opening scene clause ("When Mogujie had 2000 stores, Meilishuo
    had ..."): at the first name after the scene's own verb (the comma between them is gone from the words)."""
    words = query.words
    opener = next((i for i, w in enumerate(words[:4]) if w in _CLAUSE_OPENERS), None)
    if opener is None:
        return None
    valued = [v.end - 1 for v in query.values if v.kind != "entity" and v.start > opener]
    verb = next((i for i in range(opener + 1, len(words)) if words[i] in AUXILIARIES), None)
    verb = min(valued) if valued else verb  # ("when Mogujie passed 2000 stores, ...": after its figure)
    if verb is None:
        return None
    return next(
        (
            s
            for t, (s, _) in zip(query.tokens, query.spans, strict=True)
            if t.startswith(ENTITY_PREFIX) and s > verb
        ),
        None,
    )


def _figure_of_another(ctx: Context, query: Query) -> Answer | None:
    """ "Meilishuo has 85 million accounts?": nothing fits the name, but the figure, with what it counts, is
    another party's in the story: No, and whose it is."""
    figures = [v for v in query.values if v.kind in ("count", "percent") and v.unit]
    if len(figures) != 1 or len(query.entities) != 1 or "comparison" in query.forms:
        return None  # ("is 2000 stores double what Meilishuo had?": the name's figure is the measure, not the one put)
    stated = figures[0]
    owners = [
        t
        for t in _stating(ctx, stated)
        if t.value is not None and t.value.unit and query.entities[0] not in t.entities and t.record.entities
    ]
    if len({t.record.entities[0] for t in owners}) != 1:
        return None
    rec = owners[0].record
    names = ctx.index.kb.entities
    text = f"{_no(query)}: that figure is {names[rec.entities[0]].name}'s, not {names[query.entities[0]].name}'s. {rec.answer}"
    # ("Meilishuo had 2000 stores?": and the figure the story does give it, of the same thing)
    own = next(
        (
            t.record
            for t in ctx.index.valued
            if t.value
            and t.value.kind == stated.kind
            and t.value.unit & stated.unit
            and t.record.entities[:1] == (query.entities[0],)
            and not t.record.not_in_story
        ),
        None,
    )
    if own:
        text += f" {own.answer}"
    elif _TOO.search(query.joined):
        # "so Meilishuo has 35 million monthly users too?": the reader knows whose figure it is and asks about
        # another party, which the story gives none for; no "No"
        text = (f"The story doesn't give {names[query.entities[0]].name} a figure for that; the one it gives is "
                f"{names[rec.entities[0]].name}'s. {rec.answer}")  # fmt: skip
        return build(ctx.index, ctx.question, query, text=text, sources=[rec], kind="check", score=1.0,
                     record=rec.id, status="unknown")  # fmt: skip
    return build(ctx.index, ctx.question, query, text=text, sources=[rec, *([own] if own else [])], kind="check",
                 score=1.0, record=rec.id)  # fmt: skip


def _stating(ctx: Context, figure: Value) -> list[RecordTerms]:
    """The records whose figure is the stated one: the same kind and number, counting what it counts."""
    return [
        t
        for t in ctx.index.valued
        if t.value is not None
        and t.value.kind == figure.kind
        and t.value.number == figure.number
        and _unit_fits(figure, t)
    ]


def _narrower_than_asked(ctx: Context, query: Query, terms: RecordTerms) -> str:
    """The word of a contrast set ("mobile") that narrows the record's figure, as the article writes it, when the
    question asks it of a wider whole ("all online payments", "the entire market", "desktop and mobile combined")
    and the part is one it lacks (see `_part_words`); else ""."""
    if terms.value is None or (_WIDER.isdisjoint(query.words) and not query.asks_whole):
        return ""
    part = _part_words(terms, ctx.index, query)
    # (the part narrows something the question names too: "mobile" payments against "all payments")
    if not part or not (terms.value.unit - part) & set(query.tokens):
        return ""
    stem_ = min(part)
    return next((w for w in words(terms.record.answer) if w.startswith(stem_)), stem_)


_WIDER = frozenset({"all", "entire", "whole", "overall", "total", "online", "internet", "every"})
"""Words asking a figure of a whole, which the story's figure for one part of it (mobile payments) is not."""


def _unit_fits(value: Value, terms: RecordTerms) -> bool:
    """True when a stated figure counts what the record's figure counts (stores with stores), or says nothing
    of what it counts."""
    if value.kind not in ("count", "percent") or not value.unit or terms.value is None:
        return True
    unit = terms.value.unit
    return not unit or bool(value.unit & unit)


def _other_thing(ctx: Context, query: Query, value: Value, top: Candidate) -> Answer:
    """The stated figure's unit is not what the story's figure counts: say what the story does give."""
    rec = top.terms.record
    asked = " ".join(sorted(t for t in value.unit if not t.startswith(ENTITY_PREFIX)))
    matching = _same_value_records(ctx, value, top, any_unit=True)
    text = f"{_no(query)}: the story gives no figure for that ({asked}). It says: {rec.answer}"
    sources = [rec]
    if matching and matching[0].id != rec.id:
        text += f" Its {value.text} is another figure: {matching[0].answer}"
        sources.append(matching[0])
    return build(
        ctx.index,
        ctx.question,
        query,
        text=text,
        sources=sources,
        kind="check",
        score=top.score,
        record=rec.id,
    )


def _same_value_records(ctx: Context, value: Value, top: Candidate, any_unit: bool = False) -> list:
    """Records giving the stated value for something else ("85 million" are accounts, not users)."""
    out = []
    for terms in ctx.index.valued:
        if terms is top.terms or terms.value is None or not terms.value.same(value):
            continue
        shared_unit = top.terms.value is not None and bool(
            _HEAD_UNITS & terms.value.unit & top.terms.value.unit
        )
        if set(terms.record.entities) & set(top.terms.record.entities) or any_unit or shared_unit:
            out.append(
                terms.record
            )  # (or the same count of another party: 190 million users are Alipay Wallet's)
    return out[:1]


def _also(value: Value, others: list) -> str:
    """A note when the stated value is the story's figure for something else ("said yesterday it would stop":
    yesterday is when it said it would resume)."""
    if not others:
        return ""
    if value.kind in ("count", "percent"):
        return f" ({value.text} is another figure in the story: {others[0].answer})"
    shown = f"{value.text} ago" if value.since == "now" else value.text  # ("one year ago": 1 year before now)
    return f" (what the story says of {shown}: {others[0].answer})"


_ALSO_KINDS = frozenset({"count", "percent", "year", "date", "duration"})
"""Kinds of value the story may give for something else, worth saying when put to the wrong thing."""


def _check_unknown_name(ctx: Context, query: Query) -> Answer | None:
    """A yes/no question naming something the story never mentions in the place of a name it gives
    ("Is Tencent the company that operates Alipay?"): No, with the name the story gives."""
    if not any(_may_be_name(ctx, w) and not _in_verb_slot(ctx, query, w) for w in query.unknown):
        return None  # "a good deal for Mogujie?": an everyday word, not a name put in place of the story's
    spans = [
        s for t, s in zip(query.tokens, query.spans, strict=True) if t in {_stem_of(w) for w in query.unknown}
    ]
    # "Apple Pay": a capitalised word beside the unknown name is part of it, though known alone ("pay"); from a
    # reader who capitalises nothing, a word after it that is a word of a name the story gives ("apple pay")
    lowercase = not any(c.isupper() for c in query.text)
    spans += [
        s
        for t, s in zip(query.tokens, query.spans, strict=True)
        if s not in spans
        and not t.startswith(ENTITY_PREFIX)
        and any(abs(s[0] - u[0]) == 1 for u in spans)
        and (
            _capitalised(ctx, query.words[s[0]])
            or (lowercase and any(s[0] == u[0] + 1 for u in spans) and _in_a_name(ctx, query.words[s[0]]))
        )
    ]
    rest = query
    for start, end in spans:
        rest = rest.without(start, end, None)
    written = any(_capitalised(ctx, w) for w in query.unknown)
    if (
        not (rest.entities or written)
        or _TOO.search(query.joined)
        or (not rest.entities and not _TO_THE_BOT.isdisjoint(query.words))
    ):
        # nothing named to check against ("Can you write a poem for my cat?"; "Do you run on Claude?" asks about
        # the bot), or an additive claim
        return None
    fits = [c for c in ctx.rank(rest) if c.terms.value and c.terms.value.kind == "entity"]
    likened = [e for s, e in spans if e < len(query.words) and query.words[e] in _LIKENING]
    if likened and not (fits and fits[0].score >= ctx.threshold * settings.CHECK_SCORE_FACTOR):
        # "started as an Amazon-style online store?": what follows the likened name describes it, not Mogujie
        told = rest
        for t, (s, e) in zip(rest.tokens, rest.spans, strict=True):
            if s > likened[0] and not t.startswith(ENTITY_PREFIX):
                told = told.without(s, e, None)
        fits = [c for c in ctx.rank(told) if c.terms.value and c.terms.value.kind == "entity"] or fits
    kinds = ctx.index.reader.kinds
    placed = [query.words[s - 1] for s, _ in spans if s > 0 and query.words[s - 1] in _PLACE_WORDS]
    # "Mogujie is American company?": a nationality is a place put, as "from America" would be
    placed += [query.words[s] for s, e in spans if _national(ctx, query.words, s, e)]
    if (
        placed == ["from"]
        and _capitalised(ctx, query.unknown[0])
        and not any(kinds.get(c.terms.value.entity or "") == "place" for c in fits if c.terms.value)
    ):
        placed = []  # "Alipay is from Tencent?": from a party, when the story gives no place to put it against
    if placed:
        # "is mogujie from japan?": a place is put where the story gives a place, not a party
        fits = [c for c in fits if c.terms.value and kinds.get(c.terms.value.entity or "") == "place"]
        fits = [c for c in fits if list(c.terms.record.entities[:1]) == list(rest.entities[:1])]
        if not fits:
            # "Mogujie is American company like Pinterest?": what follows the place put says more of the thing
            # placed, not where it is; the statement up to the place is checked
            upto = rest.within(0, spans[0][1] + 1)
            fits = [
                c
                for c in ctx.rank(upto)
                if c.terms.value
                and kinds.get(c.terms.value.entity or "") == "place"
                and list(c.terms.record.entities[:1]) == list(rest.entities[:1])
            ]
        factor = settings.PLACE_CHECK_SCORE_FACTOR
        unsaid = next(iter(ctx.rank(rest)), None)
        if not fits and unsaid and unsaid.terms.record.not_in_story and unsaid.score >= ctx.threshold:
            # "is mogujie based in Japan?": where the story never says where Mogujie is based, it says so
            rec = unsaid.terms.record
            return build(ctx.index, ctx.question, query, text=rec.answer, sources=[rec], kind="decline",
                         score=unsaid.score, status="unknown")  # fmt: skip
    elif all(t.startswith(ENTITY_PREFIX) for t in rest.tokens) and _kin_named(ctx, query, spans):
        # "can you pay with apple pay on mogujie?": nothing but a name is left to place it by, so only a name of
        # the same make as one the story gives is put in that one's place
        fits, factor = [], settings.CHECK_SCORE_FACTOR
    else:
        # "is mogujie on the stock market?": a word not put as a place does not stand where the story's place does
        fits = [c for c in fits if c.terms.value and kinds.get(c.terms.value.entity or "") != "place"]
        factor = settings.CHECK_SCORE_FACTOR
    kin = _kin_named(ctx, query, spans)
    if kin and not (fits and fits[0].score >= ctx.threshold * factor):
        # "start taking Apple Pay in 2013?": a name sharing a word with WeChat Payment is put in its place, so
        # the record giving WeChat Payment is the one to check against, though the rest's words match it loosely
        kinned = [c for c in ctx.rank(rest) if c.terms.value and c.terms.value.entity == kin]
        if kinned and kinned[0].score >= ctx.threshold * settings.KIN_CHECK_SCORE_FACTOR:
            fits, factor = kinned, settings.KIN_CHECK_SCORE_FACTOR
        else:
            kin = None
    if not fits or fits[0].score < ctx.threshold * factor:
        return None
    top = fits[0]
    stated = top.terms.value
    assert stated is not None and stated.entity is not None
    if stated.entity in query.entities and _named_as_unknown(ctx, query, stated.entity):
        # "Alibaba's referral program is Alitrip?": the story gives the described thing another name
        name = ctx.index.kb.entities[stated.entity].name
        text = f"{_no(query)}: the story names it {name}. {top.terms.record.answer}"
        return build(ctx.index, ctx.question, query, text=text, sources=[top.terms.record], kind="check",
                     score=top.score)  # fmt: skip
    if stated.entity in query.entities:
        # "Alimama is Tencent's referral programme?": the record's answer names it by its owner ("Alibaba's
        # referral program"), and the unknown name stands where that owner's does
        owners = ctx.index.reader.owners.get(stated.entity, set()) - set(query.entities)
        unknown = re.escape(query.unknown[0])
        described = top.terms.record.short_answer or ctx.index.kb.entities[next(iter(owners))].name
        owned = described.split("'s ", 1)[1].split()[0] if "'s " in described else ""
        beside = rf"|\b{unknown} {re.escape(owned)}\b" if owned else ""
        if len(owners) != 1 or not re.search(
            rf"\b{unknown}'s\b|\bof {unknown}\b|\b(run|owned|operated|controlled|made) by {unknown}\b{beside}",
            ctx.question,
            re.IGNORECASE,
        ):  # "Tencent's finance arm", "the finance arm of Tencent", "a program run by Tencent", a learner's
            # "Tencent referral program"
            return None
        text = f"{_no(query)}: the story says {described}. {top.terms.record.answer}"
        return build(ctx.index, ctx.question, query, text=text, sources=[top.terms.record], kind="check",
                     score=top.score)  # fmt: skip
    roles = top.terms.roles.get(ENTITY_PREFIX + stated.entity, frozenset())
    at = [i for i, span in enumerate(query.spans) if span in spans]
    reach = settings.ROLE_REACH
    near = {
        query.tokens[j]
        for i in at
        for j in _within_clause(query.tokens, i, reach)
        if j not in at and not query.tokens[j].startswith(ENTITY_PREFIX)
    }
    if (
        roles
        and near
        and stated.entity
        != kin  # (a name of the same make stands in that one's place, whatever words are near)
        and roles.isdisjoint(near)
        and not near.isdisjoint(_other_roles(top.terms, stated.entity))
    ):
        return (
            None  # the unknown name does what another name does in the story ("supporting X" vs "adopted X")
        )
    reader = ctx.index.reader
    if any(
        reader.part_of(stated.entity, e) or e in reader.owners.get(stated.entity, ()) for e in query.entities
    ):
        return None  # "is alibaba the boss of alipay?" of "Alibaba's finance arm": a part of the name asked
    rec = top.terms.record
    name = ctx.index.kb.entities[stated.entity].name
    text = f"{_no(query)}: the story says {name}. {rec.answer}"
    return build(ctx.index, ctx.question, query, text=text, sources=[rec], kind="check", score=top.score)


def _in_verb_slot(ctx: Context, query: Query, word: str) -> bool:
    """ "Did Alipay sue Mogujie?": a lower-case word right after "did" and its subject's name is the verb the
    auxiliary asks of, whatever else it could name."""
    if _capitalised(ctx, word):
        return False
    for t, (start, end) in zip(query.tokens, query.spans, strict=True):
        if (
            t.startswith(ENTITY_PREFIX)
            and start
            and query.words[start - 1] in _DO_SUPPORT
            and query.words[end : end + 1] == [word]
        ):
            return True
    return False


def _national(ctx: Context, words: list[str], start: int, end: int) -> bool:
    """True when an unknown word reads as a nationality ("American company", "is it Korean?"): a nationality's
    ending, written with a capital or standing before a kind of business."""
    word = words[start]
    places = [n.name.lower() for n in ctx.index.kb.entities.values() if n.kind == "place"]
    return (
        end == start + 1
        and stem(word).endswith(_NATIONAL)
        and not any(_nationality(stem(word), place) for place in places)  # ("Chinese" of the story's China)
        and (_capitalised(ctx, word) or (end < len(words) and words[end] in _OWNER_KIND))
    )


def _kin_named(ctx: Context, query: Query, spans: list[tuple[int, int]]) -> str | None:
    """The one entity whose name shares a known word with an unknown name ("Apple Pay" and "WeChat Payment",
    "QQ News" and "QQ Tech"), or None: a name of the same make, put where the story has that one."""
    said = {w for s, e in spans for w in query.words[s:e]} - set(query.unknown)
    if not said or len(spans) < 2:
        return None
    kin = [
        e.id
        for e in ctx.index.kb.entities.values()
        if e.id not in query.entities and any(_word_kin(a, b) for a in said for b in words(e.name))
    ]
    return kin[0] if len(kin) == 1 else None


def _in_a_name(ctx: Context, word: str) -> bool:
    """True when a word is kin to a word of a name of two or more words the story gives ("pay" of "WeChat
    Payment")."""
    return any(
        _word_kin(word, part)
        for e in ctx.index.kb.entities.values()
        if " " in e.name
        for part in words(e.name)
    )


def _word_kin(a: str, b: str) -> bool:
    """True when two words are one word or one begins the other ("pay", "payment"): of one family."""
    short, long = sorted((a, b), key=len)
    return long.startswith(short) and len(short) >= settings.KIN_STEM_LETTERS


def _named_as_unknown(ctx: Context, query: Query, entity: str) -> bool:
    """True when a question names a thing only by describing it ("the Alibaba referral program") and puts an
    unknown name after "is" or "called" as its name."""
    name = fold(ctx.index.kb.entities[entity].name)
    described = [v for v in query.values if v.kind == "entity" and v.entity == entity]
    if not described or any(fold(v.text) == name or " " not in v.text for v in described):
        return False
    unknown = "|".join(re.escape(w) for w in query.unknown)
    return bool(
        re.search(rf"\b(is|was|called|named|as|name) ({unknown})\b|^(is|was) .+ ({unknown})$", query.joined)
    )


def _within_clause(tokens: list[str], at: int, reach: int) -> list[int]:
    """Positions up to `reach` either side of `at` that stay in its clause: "use PayPal after Alipay dropped
    it" ties "use" to PayPal, and "after" opens a clause about Alipay."""
    out = []
    for step in (-1, 1):
        j = at + step
        while 0 <= j < len(tokens) and abs(j - at) <= reach and tokens[j] not in _CLAUSE_OPENERS:
            out.append(j)
            j += step
    return out


_CLAUSE_OPENERS = frozenset({"after", "before", "when", "because", "since", "while", "until", "once"})
"""Words that open a clause of their own: what follows them is done by another party."""


def _name_parts(ctx: Context, query: Query) -> set[str]:
    """Terms written with a capital beside an unknown name ("Tech" of "Sina Tech"): part of that name, not a
    word of the question."""
    at = {i for i, w in enumerate(query.words) if w in query.unknown and _capitalised(ctx, w)}
    if not at:
        return set()
    return {
        t
        for t, (s, e) in zip(query.tokens, query.spans, strict=True)
        if not t.startswith(ENTITY_PREFIX)
        and (s - 1 in at or e in at)
        and all(_capitalised(ctx, w) for w in query.words[s:e])
    }


def _may_be_name(ctx: Context, word: str) -> bool:
    """True for an unknown word that may name something: written with a capital, or no common English word."""
    if _capitalised(ctx, word):
        return True
    speller = ctx.index.reader.speller
    zipf = speller.english.zipf.get(word, 0.0)
    if zipf and (word.endswith(_INFLECTED) or speller.is_modifier(word)):
        # "the traffic it redirected", "is Mogujie profitable?": a known word's inflection, or a word only ever
        # an adjective or adverb, names nothing
        return False
    if zipf and re.search(
        rf"\b(a|an|another|any|some|its|their|his|her|my|our|new|other)\s+(\w+\s+)?{re.escape(word)}\b{_NOUN_PHRASE_CLOSES}",
        ctx.question.lower(),
    ):
        # "another payment partner after ...": a word closing a phrase after an article is a common noun, written
        # lower-case (not "an instagram clone", where it names what kind)
        return False
    if zipf and re.search(rf"\b(any|some|another|every|no)\s+{re.escape(word)}\b", ctx.question.lower()):
        return False  # "did any regulator look into it?": a word right after "any" is a common noun, whatever follows
    return zipf < settings.NAME_MAX_ZIPF


_INFLECTED = ("ed", "ing", "ly", "able", "ible", "ful", "ous", "less")
_NOUN_PHRASE_CLOSES = (
    r"(?=\s*($|[^\w\s]|(after|before|of|for|in|on|at|to|from|with|by|and|or|that|which|who|is|was|are|were|did|does"
    r"|when|while|since)\b))"
)


def _capitalised(ctx: Context, word: str) -> bool:
    """True when the reader wrote the word with a capital, as a name is written."""
    return re.search(rf"\b{re.escape(word[:1].upper() + word[1:])}", ctx.question) is not None


def _other_roles(terms: RecordTerms, entity: str) -> frozenset[str]:
    """The words a record ties to names other than `entity`."""
    own = ENTITY_PREFIX + entity
    return frozenset().union(*(words for name, words in terms.roles.items() if name != own))


def _stem_of(word: str) -> str:
    from .text import stem

    return stem(word)


def _other_proposition(cand: Candidate, query: Query) -> bool:
    """True for a curated yes/no record whose own question is mostly about something this one never names
    ("Is the resumption linked to Alipay's open strategy?" for "is alipay back with mogujie now?")."""
    if cand.terms.record.asks != "yesno":
        return False
    own = cand.terms.phrasings[0]
    return bool(own) and len(own & set(query.tokens)) / len(own) < settings.PROPOSITION_SHARE_MIN


def _readers_own(query: Query, terms: frozenset[str]) -> bool:
    """True when every term of the set stands right after "my" or "our": the reader's own ("my English")."""
    return bool(terms) and all(
        start and query.words[start - 1] in ("my", "our")
        for t, (start, _) in zip(query.tokens, query.spans, strict=True)
        if t in terms
    )


def _only_one_of(query: Query, terms: RecordTerms) -> str | None:
    """The name a statement denies ("only Mogujie did it, Meilishuo did not") when the record tells that it did as
    well as the one said to be the only one; None otherwise."""
    words = query.words
    if "only" not in words:
        return None
    names = {v.start: v.entity for v in query.values if v.kind == "entity" and v.entity}
    only = [e for at, e in names.items() if at and words[at - 1] == "only"]
    denied = [
        e
        for at, e in names.items()
        if e not in only and any(w in _DENIALS for w in words[at + 1 : at + 3]) and e in terms.subjects
    ]
    if only and denied and only[0] in terms.subjects:
        return denied[0]
    return None


def _plain_yes(ctx: Context, query: Query, top: Candidate) -> Answer | None:
    """A yes/no question without a rival value: a curated yes/no record answers it itself; another record
    gives a "Yes" only when it explains nearly all of the question."""
    rec = top.terms.record
    if rec.asks == "yesno" or rec.not_in_story:
        return None  # the curated answer already says yes, no or "only a rumour"
    set_against = [
        v
        for v in query.values
        if v.kind == "entity"
        and v.start >= 2
        and query.words[v.start - 1] == "not"
        and query.words[v.start - 2] not in AUXILIARIES  # ("wasn't Mogujie ...?" negates the question)
    ]
    if set_against:
        # "it was Meilishuo, not Mogujie, that ...": a name set against another, which shared words cannot settle,
        # unless the record does not name the one set aside ("it was Mogujie, not Meilishuo, that passed 2000
        # stores?" of Mogujie's store count): then the question is what is left once that name goes
        if any(v.entity is None or v.entity in top.terms.entities for v in set_against):
            return None
        for v in sorted(set_against, key=lambda v: -v.start):
            query = query.without(v.start - 1, v.end, query.qtype)
    denied = _only_one_of(query, top.terms)
    if denied:
        # "only Mogujie adopted WeChat Payment, Meilishuo did not" of a record telling that both did
        name = ctx.index.kb.entities[denied].name
        text = f"{_no(query)}: the story says both did, {name} as well. {rec.answer}"
        return build(ctx.index, ctx.question, query, text=text, sources=[rec], kind="check", score=top.score)
    if denied_by_its_stop(query, top.terms):
        # "Has Alipay always backed Mogujie?" of "Alipay cut off support to Mogujie": the story tells of its stop
        return build(ctx.index, ctx.question, query, text=f"{_no(query)}: {rec.answer}", sources=[rec],
                     kind="check", score=top.score)  # fmt: skip
    if (
        rec.asks == "why"
        and rec.short_answer == "unknown"
        and _PUT_CAUSE.search(query.joined) is not None
        and _NOT_KNOWN.isdisjoint(query.words)  # "Is the reason unknown?" is affirmed below
    ):
        # "The acquisition rumour explains the change of heart, right?": the story says nobody knows why
        text = f"The story doesn't know: {rec.answer}"
        return build(ctx.index, ctx.question, query, text=text, sources=[rec], kind="check", score=top.score)
    short = top.terms.short_terms
    if short:
        # "Was the QQ Tech report written in English?" of a record answering "Chinese": another word of its set
        for group in ctx.index.contrasts:
            if _another_of_set(short, set(query.tokens), group):
                text = f"{_no(query)}: the story says {rec.short_answer}. {rec.answer}"
                return build(
                    ctx.index, ctx.question, query, text=text, sources=[rec], kind="check", score=top.score
                )
    places = {
        ENTITY_PREFIX + e
        for e in dict.fromkeys([*query.entities, *rec.entities])
        if ctx.index.kb.entities[e].kind == "place"
    }
    crossed = _roles_crossed(query, top.terms, places) or _group_without_predicate(ctx, query, top.terms)
    if (
        _TOO.search(query.joined)
        and rec.entities
        and (crossed or not set(query.entities) <= set(rec.entities))
        # (not when every name asked is the record's own subject: "Is Meilishuo also a shopping site?" of
        # "Meilishuo is another social shopping site")
        and not set(query.entities) <= set(rec.entities[:1])
    ):
        # "Was Meilishuo also cut off?": a record about another subject neither affirms nor denies it
        names = " and ".join(
            ctx.index.kb.entities[e].name for e in query.entities if e not in rec.entities[:1]
        )
        return build(ctx.index, ctx.question, query, sources=[rec], kind="check", score=top.score,
                     status="unknown", text=f"The story doesn't say that of {names or 'it'}. What it does say: {rec.answer}")  # fmt: skip
    if (
        not query.unknown
        and not query.negated
        and _SMALLER_PART.search(query.joined)
        and _smaller_of_two(ctx, query, rec)
    ):
        # "Is it correct that what sites like Mogujie earned was only a fraction of what Taobao sellers pay?"
        return build(ctx.index, ctx.question, query, text=f"{_yes(query, rec.says)}: {rec.answer}", sources=[rec],
                     kind="check", score=top.score)  # fmt: skip
    if (
        _AT_LEAST_WORDS.issuperset(query.unknown)
        and not _AT_LEAST_WORDS.isdisjoint(query.words)
        and _smaller_of_two(ctx, query, rec)
    ):
        # "Mogujie's referral revenue exceeded what Taobao sellers pay, true?" of "just a fraction of": the
        # relation the record states settles it, whatever the wording around it
        return build(ctx.index, ctx.question, query, text=f"{_no(query)}: {rec.answer}", sources=[rec],
                     kind="check", score=top.score)  # fmt: skip
    bar = settings.FRAMED_CHECK_COVERAGE if framed(query.joined) else settings.CHECK_COVERAGE
    if (
        not query.unknown
        and not crossed
        and top.coverage >= settings.OPPOSITE_COVERAGE
        and not _LIKING.isdisjoint(query.tokens)
        and {ENTITY_PREFIX + e for e in query.entities}
        <= _answer_terms(ctx, rec)  # (of what the answer names)
        and _opposite(ctx, query, rec)
    ):
        # "did Alibaba like people using those sites?" of "Alibaba didn't seem happy to see consumers ...": the
        # feeling asserted is the one the story denies, whatever else the question says of it
        return build(ctx.index, ctx.question, query, text=f"{_no(query)}: {rec.answer}", sources=[rec], kind="check",
                     score=top.score)  # fmt: skip
    if (
        not query.unknown
        and not crossed
        and rec.short_answer == "unknown"
        and (rec.asks != "why" or asks_reason(query.joined))
        and _NOT_KNOWN.isdisjoint(query.words)
        and _GUESSED.isdisjoint(query.words)
        and (top.coverage >= bar and top.predicate >= bar)
    ):
        # "Did Alipay explain why it resumed support?": what the story states is that nobody knows (though
        # "Is there a rumour about why ...?" is answered yes by the guesses it reports)
        text = f"{_no(query)}: the article says it is not known. {rec.answer}"
        return build(ctx.index, ctx.question, query, text=text, sources=[rec], kind="check", score=top.score)
    if (
        not query.unknown
        and not crossed
        and not _EITHER_SIDE.search(
            query.joined
        )  # ("Was Meilishuo founded before or after Mogujie?": no "Yes")
        and ((top.coverage >= bar and top.predicate >= bar) or _quoted_whole(ctx, query, top))
    ):
        if _opposite(ctx, query, rec):
            # "Was Alibaba happy about the sites?" of "Alibaba didn't seem happy ...": the story says the opposite
            text = f"{_no(query)}: {rec.answer}"
            return build(
                ctx.index, ctx.question, query, text=text, sources=[rec], kind="check", score=top.score
            )
        text = f"{_yes(query, rec.says)}: {rec.answer}"
        return build(ctx.index, ctx.question, query, text=text, sources=[rec], kind="check", score=top.score)
    return None


def _another_of_set(short: frozenset[str], asked: set[str], group: frozenset[str]) -> bool:
    """True when a record's short answer is a word of a contrast set and the statement names another of it."""
    return bool(short & group and (asked & group) - short)


def _word_of_its_set(ctx: Context, query: Query) -> Candidate | None:
    """The first close record whose short answer is another word of a contrast set the statement names one of,
    about the statement's first name (the names after it may only say which thing: "the report on Mogujie's
    stores"); scored records are looked at, as one naming another word of the set is not eligible."""
    asked = set(query.tokens)
    groups = [g for g in ctx.index.contrasts if g & asked]
    if not groups or not query.entities:
        return None
    for cand in ctx.ranked(query)[0][: settings.SHORTLIST]:
        short = cand.terms.short_terms
        if (
            cand.score >= ctx.threshold
            and query.entities[0] in cand.terms.entities
            and short
            and any(_another_of_set(short, asked, g) and not asked & g & short for g in groups)
        ):  # (not when the statement names the record's own word too: "shops ... sell to people (users)")
            return cand
    return None


def _liked_instead(ctx: Context, query: Query, top: Candidate) -> Answer | None:
    """ "Did Alibaba like folks browsing on those sites instead of coming to it direct?" of a record telling that it
    was unhappy with that "instead of" something: the alternative is the record's own, so the feeling asserted is
    checked without it, and only its denial is kept (what is preferred is not weighed here)."""
    if _LIKING.isdisjoint(query.tokens) or " instead of " not in f" {fold(top.terms.record.answer)} ":
        return None
    words = query.words
    at = next((i for i in range(1, len(words) - 1) if words[i : i + 2] == ["instead", "of"]), None)
    if at is None:
        return None
    part = query.within(0, at)
    after = {t for t, (s, _) in zip(query.tokens, query.spans, strict=True) if s >= at}
    part = replace(part, negated=query.negated - after)  # (what "instead of" sets aside is not denied here)
    same = next((c for c in ctx.rank(part)[: settings.SHORTLIST] if c.terms is top.terms), None)
    found = _plain_yes(ctx, part, same) if same else None
    return found if found and found.answer.startswith("No") else None


def _answer_terms(ctx: Context, rec: Record) -> frozenset[str]:
    """The terms of a record's answer, read once per story."""
    return ctx.index.answer_terms(rec)


_MORE_WORDS = frozenset({"more", "bigger", "larger", "greater", "higher", "exceed", "exceeds", "exceeded", "outearn",
                         "outearns", "surpass", "surpassed", "surpasses", "outstrip", "outstripped"})  # fmt: skip
_AT_LEAST_WORDS = _MORE_WORDS | {
    "match",
    "matched",
    "matches",
    "equal",
    "equals",
    "equalled",
    "equaled",
    "same",
}
"""Words putting one amount at or above another: a record calling it a fraction of the other denies them."""
_BIG_PART = Lazy(
    r"\b(big|bigger|large|larger|huge|major|significant|good|sizeable|substantial|main) (slice|share|part|chunk"
    r"|portion|proportion|piece|cut) of\b"
)
_SMALL_PART = Lazy(
    r"\b(small|smaller|tiny|minor|little) (slice|share|part|chunk|portion|proportion|piece|cut) of\b"
)
"""How big a part of something a yes/no puts one thing at ("a big slice of what merchants pay")."""
_SMALLER_PART = Lazy(
    r"\b(a|just a|only a|a small) fraction of\b|\b(just|only) a (small part|sliver|tiny part) of\b"
    r"|\ba small (part|share|slice) of\b|\bless than what\b"
)
"""A record stating one thing is a small part of another: a statement that it is more says the opposite."""


def _opposite(ctx: Context, query: Query, rec: Record) -> bool:
    """True when the record's answer says the opposite of a word the question asserts: it has "unhappy" (read
    from "didn't seem happy") where the question has "happy", or the other way round."""
    said = _answer_terms(ctx, rec)
    asked = set(query.tokens)
    if not _MORE_WORDS.isdisjoint(query.words) and _SMALLER_PART.search(rec.answer):
        return True  # "does Mogujie make more from referrals than ...?" of "just a fraction of what ... pay"
    if not _LIKING.isdisjoint(asked) and not _DISLIKING.isdisjoint(said) and not query.negated:
        return (
            True  # "does Alibaba even like the sites?" of "Alibaba didn't seem happy ...": a feeling denied
        )
    if not _DISLIKING.isdisjoint(said) and any(
        t in _DISLIKING and s and query.words[s - 1] in ("not", "never")
        for t, (s, _) in zip(query.tokens, query.spans, strict=True)
    ):
        return True  # "Alibaba wasn't bothered by the sites?" of "didn't seem happy": a displeasure denied
    return any(
        ("un" + t in said and "un" + t not in asked)
        or (t.startswith("un") and t[2:] in said and t not in said)
        for t in asked
        if len(t) > 3 and not t.startswith(ENTITY_PREFIX)
    )


_LIKING = frozenset({"like", "love", "happy", "pleas", "glad", "welcom", "approv", "fond", "enjoy"})
"""Stems of a party's liking something; a record saying it is unhappy with it denies them."""
_DISLIKING = frozenset({"unhappy", "dislik", "hate", "displeas"})


def _smaller_of_two(ctx: Context, query: Query, rec: Record) -> bool:
    """True when the record states the question's first party is a small part of what a second party it names
    stands for ("what Mogujie can make is just a fraction of what Taobao e-tailers pay")."""
    found = _SMALLER_PART.search(rec.answer)
    if found is None or len(query.entities) < 2:
        return False
    names = ctx.index.kb.entities
    before, after = rec.answer[: found.start()], rec.answer[found.end() :]
    first, *others = query.entities
    return names[first].name in before and any(names[e].name in after for e in others)


def _quoted_whole(ctx: Context, query: Query, top: Candidate) -> bool:
    """True when every term of a statement is in the record's own words or its quoted sentence ("launched
    their own marketplaces to get around Alibaba" against "Trying to get around Alibaba, ... launched their
    own marketplaces"): the sentence says all of it, though the record's question asks only part."""
    if query.negated or not query.tokens or top.score < ctx.threshold:
        return False
    known = top.terms.vocabulary | top.terms.context
    if len(top.terms.record.entities) >= 2:
        known |= {"both"}  # "both sites" of a record about two
    return all(t in known for t in query.tokens)


def _stopped_here_only(query: Query, value: Value, terms: RecordTerms) -> bool:
    """True when the question says something stopped the checked name ("Did Mogujie stop using WeChat
    Payment?") and the record ties no stopping to it: the story's fact about the name is then not the claim."""
    token = ENTITY_PREFIX + (value.entity or "")
    toks = query.tokens
    for i, t in enumerate(toks):
        if t == token and STOPPING in toks[max(0, i - settings.ROLE_REACH) : i]:
            return STOPPING not in terms.roles.get(token, frozenset())
    return False


_CLAUSE_LINKS = frozenset({"after", "before", "since", "until", "when", "while", "once", "then"})
"""Words joining two happenings ("use WeChat Payment after Alipay stop"): they say when, not what a name does."""
_NO_ROLE = _CLAUSE_LINKS | {"majority"}
"""Those, and a word of amount ("online retailers in China, most are on Taobao"): it says how many, not who acts."""

_BE_WORDS = frozenset({"is", "are", "was", "were", "be", "been", "being"})
"""Forms of "be", which between a word and a name say what a thing is, not what is done to the name."""

_SYMMETRIC = frozenset({"like", "similar", "compar", "both", "same"})
"""Words relating two names either way round ("Mogujie was like Pinterest", of "a Pinterest-like ... Mogujie")."""


def _in_anothers_role(
    query: Query, terms: RecordTerms, kinds: dict[str, str], others: dict[str, str] | None = None
) -> str | None:
    """The one party of the record, not named in the question, that the record ties to the word the question
    puts right before one of its names ("adopt Alipay" where the record has "adopted WeChat Payment"), when the
    record never ties that word to the name asked; None otherwise. A party of the kind of the question's other
    names (Meilishuo beside "Mogujie") is a fellow subject, not the one put in the name's place. Given `others`
    (categories), a holder of the category of a name asked is no other thing put in the name's place but a
    fellow the story says nothing of ("Did Alipay cut off Meilishuo?" against Mogujie) or a doer ("Did
    Meilishuo drop WeChat Payment?" against Alipay's stopping)."""
    toks = query.tokens
    fellows = {kinds.get(e) for e in query.entities}
    for i, t in enumerate(toks[1:], 1):
        word = toks[i - 1]
        if not t.startswith(ENTITY_PREFIX) or word.startswith(ENTITY_PREFIX) or word in _NO_ROLE:
            continue
        if word in terms.roles.get(t, frozenset()):
            continue
        if _BE_WORDS & set(query.words[query.spans[i - 1][1] : query.spans[i][0]]):
            continue  # "the referral revenue is from Alimama": said of the revenue, not done to Alimama
        subjects = fellows - {kinds.get(t[len(ENTITY_PREFIX) :])}
        holders = [
            n[len(ENTITY_PREFIX) :]
            for n, near in terms.roles.items()
            if n != t
            and word in near
            and n not in toks
            and kinds.get(n[len(ENTITY_PREFIX) :]) not in subjects
        ]
        if len(holders) == 1 and t in terms.roles:
            if others is not None and others.get(holders[0]) in {others.get(e) for e in query.entities}:
                return None
            return holders[0]
    return None


def _group_without_predicate(ctx: Context, query: Query, terms: RecordTerms) -> bool:
    """True when names asked of together ("Are Alipay and Mogujie both payment services?") include one the record
    ties to none of the words said of them, and its answer says none of them either (its "payment service" is
    WeChat Payment, a word of its phrasings, beside which Alipay only stops support)."""
    if query.words[:1] not in (["are"], ["were"]):
        return False  # (a kind said of them: "are A and B both ...?"; what they did is read by its roles)
    toks = query.tokens
    start = next(
        (i for i in range(len(toks) - 1) if all(t.startswith(ENTITY_PREFIX) for t in toks[i : i + 2])), None
    )
    if start is None:
        return False
    end = start
    while end < len(toks) and toks[end].startswith(ENTITY_PREFIX):
        end += 1
    said = {t for t in toks[end:] if not t.startswith(ENTITY_PREFIX) and not t.isdigit()} - _GROUP_WORDS
    if not said or said & _answer_terms(ctx, terms.record):
        return False
    return any(e in terms.roles and not terms.roles[e] & said for e in toks[start:end])


_GROUP_WORDS = frozenset({"both", "also", "all", "too", "each"})


def _scene_end(query: Query) -> int:
    """The word a question's opening scene clause ends at ("After Alipay stopped, did ..." ends at 3), or 0."""
    head, comma, _ = query.text.partition(",")
    if not comma or not opens_with_scene(head.lower()):
        return 0
    said = words(head)
    return len(said) if query.words[: len(said)] == said else 0


def _roles_crossed(query: Query, terms: RecordTerms, places: set[str]) -> bool:
    """True when a name in the question stands beside a word the record ties to another name ("moved to Alipay
    after WeChat Payment dropped them" against "after Alipay stopped ..., both adopted WeChat Payment")."""
    toks = query.tokens
    named = [t for t in dict.fromkeys(toks) if t in terms.roles]
    tied = frozenset().union(*terms.roles.values()) if named else frozenset()
    scene = _scene_end(query)
    clause = [query.spans[k][0] >= scene for k in range(len(toks))]
    for i, t in enumerate(toks):
        if t in places:
            continue  # "in China" says where, wherever it stands; it does nothing
        if (
            t.startswith(ENTITY_PREFIX)
            and t not in terms.roles
            and toks[i + 1 : i + 2]
            and toks[i + 1] in tied
            and clause[i + 1] == clause[i]
        ):
            return True  # "Alibaba launched ... to get around Mogujie": the record's launching is another's
        if t not in terms.roles:
            continue
        # words the record ties to another of its names (asked about or not), and not to this one
        # (not a place's: "services in China" says where the services are, not that China is one)
        others = (
            frozenset().union(*(terms.roles[o] for o in terms.roles if o != t and o not in places))
            - terms.roles[t]
        )
        for d in range(1, settings.ROLE_REACH + 1):
            near = [
                j
                for j in (i - d, i + d)
                if 0 <= j < len(toks)
                and not toks[j].startswith(ENTITY_PREFIX)
                and toks[j] not in _NO_ROLE
                and clause[j] == clause[i]  # ("After Alipay stopped, did Meilishuo ...": no neighbour across)
            ]
            if any(toks[j] in terms.roles[t] for j in near):
                break  # the nearest words include one the record ties to this name
            if any(
                toks[j] in others and toks[j] not in _SYMMETRIC and not _owner_beside(query, j, terms, t, d)
                for j in near
            ):
                return True
    return False


def _acts_reversed(ctx: Context, query: Query, terms: RecordTerms) -> bool:
    """True when the question has one name doing to another what the record has the second do to the first (a
    part standing for its whole: "Alibaba's finance arm operates Alipay" has Alibaba operate it)."""
    asked = _asked_acts(query)
    if not asked:
        return False
    parts = ctx.index.reader.parts
    said = {
        (whole, w, other)
        for a, w, b in terms.acts
        for whole in (a, *(ENTITY_PREFIX + p for p in parts.get(a.removeprefix(ENTITY_PREFIX), ())))
        for other in (b, *(ENTITY_PREFIX + p for p in parts.get(b.removeprefix(ENTITY_PREFIX), ())))
    }
    return any((b, w, a) in said and (a, w, b) not in said for a, w, b in asked)


def _asked_acts(query: Query, concepts: bool = False) -> frozenset[tuple[str, str, str]]:
    """Who the question has do what to whom; none in a choice ("is it A doing X, or B doing Y?")."""
    return acts(query, concepts=concepts) if "or" not in query.words else frozenset()


def _doer_elsewhere(query: Query, terms: RecordTerms) -> str | None:
    """The name the question has do a thing that the record only has done to it, by another name (the word's
    token, so a synonym counts); None when the record has that name do it too, or has nobody do it to it."""
    for a, w, b in _asked_acts(query, concepts=True):
        done_to = {x for x, v, y in terms.acts if v == w and y == a and x != a}
        if done_to - {b} and not any(x == a and v == w for x, v, _ in terms.acts):
            return a
    return None


def _act_by_another(index: Index, query: Query, terms: RecordTerms) -> str | None:
    """The one name, not in the question, that the record has do each act asked about to the same party, when it
    never has the asked doer do it (nor a whole or part of that doer); None otherwise."""
    asked = _asked_acts(query, concepts=True)
    doers: set[str] = set()
    for a, w, b in asked:
        if any(x == a and v == w for x, v, _ in terms.acts):
            return None
        doers |= {x for x, v, y in terms.acts if v == w and y == b and x != a}
    named = {ENTITY_PREFIX + e for e in query.entities}
    if len(doers) != 1 or doers & named:
        return None
    doer = next(iter(doers)).removeprefix(ENTITY_PREFIX)
    asked_doers = {a.removeprefix(ENTITY_PREFIX) for a, _, _ in asked}
    if any(_linked(index, doer, a) or _linked(index, a, doer) for a in asked_doers):
        return None  # ("is Alibaba gonna let Mogujie use it again?" of Alipay's act: a whole and its part)
    return doer


def _record_of_doer(ctx: Context, query: Query, doer: str) -> Record | None:
    """The record telling the act with the story's own doer in the asked one's place ("Alipay cut off support to
    Mogujie" for "was it WeChat that cut off support to Mogujie?"): the sentence that says who did it."""
    asked = {a for a, _, _ in _asked_acts(query, concepts=True)}
    tokens = [ENTITY_PREFIX + doer if t in asked else t for t in query.tokens]
    entities = list(dict.fromkeys(doer if ENTITY_PREFIX + e in asked else e for e in query.entities))
    chosen = ctx.rank(replace(query, tokens=tokens, entities=entities))
    if chosen and chosen[0].score >= ctx.threshold and doer in chosen[0].terms.record.entities:
        return chosen[0].terms.record
    return None


def _linked(index: Index, one: str, other: str) -> bool:
    """True when one name belongs to the other, by its name or by the story's description of it ("Alipay, ...
    operated by Alibaba's finance arm")."""
    names = index.kb.entities
    if one not in names or other not in names:
        return False
    described = (names[one].description or "").lower()
    return (
        index.reader.part_of(one, other)
        or other in index.reader.owners.get(one, ())
        or f"{names[other].name.lower()}'s" in described
    )


def _owner_beside(query: Query, j: int, terms: RecordTerms, name: str, reach: int) -> bool:
    """True when the word at token `j` stands as near a name the record has do it to `name` ("Alipay cut off
    Mogujie after ..." of "Alipay cut off support to Mogujie"): `name` is only what it is done to."""
    toks = query.tokens
    word = stem(query.words[query.spans[j][0]])
    return any(
        toks[k] != name and (toks[k], word, name) in terms.acts
        for k in range(max(0, j - reach), min(len(toks), j + reach + 1))
    )


def _yes(query: Query, says: Attribution | None) -> str:
    word = _yes_word(query)
    if says is None or says.settled:
        return word
    certain = _CERTAIN.search(query.text)
    if certain and not _DENIED.search(query.text[: certain.start()]):
        # "the article asserts that Alibaba definitely charged a fee": it does not say so for certain
        return {
            "claim": f"{_no(query)}, not for certain: only as a claim",
            "report": f"{_no(query)}, not for certain: only as reported",
            "rumour": f"{_no(query)}, not for certain: only as a rumour",
        }[says.kind]
    if says.kind == "rumour" and _CONFIRMED.search(query.text) and not _HEARSAY_PUT.search(query.text):
        # "Did Alibaba openly confirm charging the fee?": a rumour is what nobody confirmed
        return f"{_no(query)}, not confirmed: only as a rumour"
    if says.kind == "rumour" and "truefalse" in query.forms and not _HEARSAY_PUT.search(query.text):
        # "Is it fair to say Alibaba charged a fee?": said as a fact, it is not; the story has it only as a rumour
        return f"{_no(query)}, not as a fact: only as a rumour"
    return {
        "claim": f"{word}, as a claim",
        "report": f"{word}, as reported",
        "rumour": f"{word}, but only as a rumour",
    }[says.kind]


_HEARSAY_PUT = Lazy(r"\b(rumou?r\w*|alleged\w*|reportedly|supposedly|said to|claimed)\b", re.IGNORECASE)
"""Words putting a statement as hearsay: checked as such, it holds."""
_CONFIRMED = Lazy(
    r"\b(" + "|".join(rf"{act}(s|d|ed|ted)?" for act in sorted(OWNED_UP)) + r"|openly|publicly)\b",
    re.IGNORECASE,
)
"""Words asking whether a thing was owned up to: of a rumour, nobody did."""
_CERTAIN = Lazy(
    r"\b(definitely|certainly|undoubtedly|officially|definitively|conclusively|proven|confirmed|indisputably"
    r"|unquestionably|for sure|for certain|establish|establishes|established|proves?|proved|demonstrates?|confirms"
    r"|demonstrated|as (an? )?(hard |proven |known )?fact|(is|was) (that|it|this) (really )?(an? )?(hard |proven "
    r"|known )?fact)\b",
    re.IGNORECASE,
)
"""Words stating a thing as certain: a rumour, claim or report affirms the thing but not its certainty."""
_DENIED = Lazy(r"\b(not|no|never|rather than|instead of|or)\s+$", re.IGNORECASE)
"""Words just before a certainty word that deny it ("only a rumour, not established fact")."""


def _unknown_side(ctx: Context, query: Query) -> Answer | None:
    """ "Tencent's market share vs Alipay": one side of the comparison is a name the story never uses, so there
    is nothing to weigh the other side's figure against; declined, with what the story gives."""
    if len(query.entities) != 1 or not query.unknown or not _VERSUS.search(query.joined):
        return None
    chosen = ctx.rank(query)
    if not chosen or chosen[0].score < ctx.threshold:
        return None
    rec = chosen[0].terms.record
    missing = " ".join(query.unknown)
    return build(ctx.index, ctx.question, query, sources=[rec], kind="decline", score=chosen[0].score,
                 status="unknown", record=rec.id,
                 text=f'The story gives nothing on "{missing}" to compare. What it does say: {rec.answer}')  # fmt: skip


def _side_without_figure(ctx: Context, query: Query) -> Answer | None:
    """ "How did Meilishuo's traffic share compare with Mogujie's?": the story gives the figure for one name
    and not for the other, so there is nothing to weigh; declined, with the one figure it gives."""
    if len(query.entities) < 2:
        return None
    measure = _known(
        ctx.index, [t for t in query.tokens if not t.startswith(ENTITY_PREFIX) and t not in COMPARING]
    )
    if not measure:
        return None
    counted = ctx.index.derived(
        "value-units", lambda: frozenset().union(*(t.value.unit for t in ctx.index.valued if t.value))
    )
    kinds = ctx.index.reader.kinds
    if kinds.get(query.entities[0]) == kinds.get(query.entities[1]):
        # of two of a kind, what the figures count weighs: "attract more stores than Meilishuo's" measures
        # stores, whatever the verb
        measure = [t for t in measure if t in counted] or measure
    fits = [_fits(ctx, ("count", "percent"), [name], measure) for name in query.entities[:2]]
    if sum(bool(f) for f in fits) != 1:
        return None
    given = next(f[0] for f in fits if f)
    lacking = query.entities[1] if fits[0] else query.entities[0]
    assert given.terms.value is not None  # (a figure's record, as _fits chose)
    # (of "than" and "or", the last: "which is bigger then, X or Y" cuts at "or")
    versus = _VERSUS.search(query.joined) or next(reversed(list(_SIDES_CUT.finditer(query.joined))), None)
    if versus:
        # "Alipay Wallet users vs Mogujie monthly active users": each side measured in its own words, when the
        # side lacking the figure names a measure it has ("the share of traffic to Meilishuo's stores vs
        # Mogujie's" does not: its side's words are the traffic's)
        cut = len(query.joined[: versus.start()].split())
        at = next((v.start for v in query.values if v.entity == lacking), cut)
        words = query.words[:cut] if at < cut else query.words[cut + len(versus.group(0).split()) :]
        side = " ".join(words)
        own = _known(ctx.index, [t for t in ctx.index.read(side).tokens if not t.startswith(ENTITY_PREFIX)])
        own = [t for t in own if t in counted]
        if own and _fits(ctx, ("count", "percent"), [lacking], own):
            return None
        sizes = [
            t
            for t in ctx.index.valued
            if t.value and t.value.kind == "count" and lacking in t.record.entities[:1]
        ]
        if not own and len(sizes) == 1:
            return None  # "is Alipay Wallet bigger than Mogujie's accounts?": its one count is its size
    rec = given.terms.record
    name = ctx.index.kb.entities[lacking].name
    return build(ctx.index, ctx.question, query, sources=[rec], kind="decline", score=given.score, status="unknown",
                 record=rec.id, text=f"The story gives no such figure for {name}, so there is nothing to compare. "
                 f"What it does say: {rec.answer}")  # fmt: skip


_VERSUS = Lazy(r"\b(vs|versus|against|compared (to|with)|compare (to|with))\b")
_SIDES_CUT = Lazy(r"\b(than|or|how many times(?: (?:of|as|over))?)\b")
"""The words between the two sides of "bigger than", "which is bigger, X or Y" or "X are how many times (of) Y"
(after "vs" and the like)."""


def _worded_comparison(ctx: Context, query: Query) -> Answer | None:
    """ "Do the sites earn less from the program than merchants pay into it?", "Was Mogujie's take a big slice of
    what merchants pay?": no figures, but the record says one is "just a fraction of" the other, which settles
    a yes or no about which is less."""
    if query.qtype != "yesno" or any(v.kind != "entity" for v in query.values):
        return None
    big, small = _BIG_PART.search(query.joined), _SMALL_PART.search(query.joined)
    if big or small:
        asks_less = not big
    else:
        if "than" not in query.words:
            return None
        than = query.words.index("than")
        tail = [v for v in query.values if v.start in (than + 1, than + 2) and v.end >= len(query.words) - 1]
        if tail:
            return None  # "more sellers than Tmall": two parties' figures, not one's fraction of another's
        words = set(query.words)
        asks_less, asks_more = bool(words & set(_LESS)), bool(words & set(_MORE))
        if asks_less == asks_more:
            return None
    ranked, chosen = ctx.ranked(query)
    # (the record's own score: "the social sites" name no party, so its being about Mogujie is no mismatch)
    eligible = {c.terms.record.id for c in chosen}
    top = next((c for c in ranked if c.terms.record.id in eligible), None)
    part = _SMALLER_PART.search(top.terms.record.answer) if top is not None else None
    if top is None or top.score < ctx.threshold or part is None:
        return None
    rec = top.terms.record
    if "than" in query.words and not big and not small:
        # "Does Mogujie's marketplace earn more than its referral business did?": what comes after "than" must be
        # the whole the record sets the part against (what e-tailers pay), not the part itself
        than = query.words.index("than")
        after = {t for t, (s, _) in zip(query.tokens, query.spans, strict=True) if s > than}
        read = ctx.index.reader.read
        whole = set(read(rec.answer[part.end() :], correct=False).tokens) - {"that", "it", "this"}
        if (
            not whole
        ):  # "what e-tailers pay ...; what Mogujie makes is just a fraction of that": said before it
            whole = set(read(rec.answer[: part.start()].rsplit(";", 1)[0], correct=False).tokens)
        if not after & whole:
            return None
    return build(ctx.index, ctx.question, query, text=f"{_verdict_word(query, asks_less)}: {rec.answer}",
                 sources=[rec], kind="check", score=top.score, record=rec.id)  # fmt: skip


def _verdict_word(query: Query, holds: bool) -> str:
    """ "Yes"/"No", or "Yes, true"/"No, false" for a statement put as true or false (the reader's own word, and
    the plain verdict an answer key or a screen reader looks for first)."""
    return _yes_word(query) if holds else _no(query)


def _yes_word(query: Query) -> str:
    return "Yes, true" if put_as_true_false(query.words) else "Yes"


def _in_another_year(ctx: Context, query: Query, top: Candidate) -> Answer | None:
    """A yes/no question putting a thing in another year than the story does, counted from the story's present
    ("Did Alipay announce its open strategy last year?" of "earlier this year" in a 2014 article): "No", with
    the year the story gives."""
    rec = top.terms.record
    year = ctx.index.kb.source.year
    if year is None or query.qtype != "yesno" or is_choice(query.joined):
        return None
    asked = years_asked(query.joined, year)
    moment = rec.time or (rec.short_answer if rec.asks == "when" else None)
    said = moment_year(moment, year) if moment else None
    value = top.terms.value
    if said is None and value is not None and value.kind == "year" and value.number is not None:
        said = int(value.number)  # ("Was Mogujie founded last year?" of the year it was founded)
    if len(asked) != 1 or said is None or said in asked or not counts_from_present(query.joined):
        # (a calendar year asked is left to the checks that tell what the story says of that year)
        return None
    when = moment or str(said)
    shown = when if str(said) in when else f"{when} ({said})"
    # ("got Alipay support back one year ago?": one year ago is when it was cut off, which is worth saying)
    put = next((v for v in query.values if v.kind in _ALSO_KINDS), None)
    also = _same_value_records(ctx, put, top) if put is not None else []
    text = f"{_no(query)}: the story says {shown}. {rec.answer}{_also(put, also) if put is not None else ''}"
    return build(ctx.index, ctx.question, query, text=text, sources=[rec, *also], kind="check", score=top.score,
                 record=rec.id)  # fmt: skip


_DAY_SAID = Lazy(r"\b(today|tonight|tomorrow|yesterday|this (?:morning|week)|last (?:night|week))\b")
"""A day said relative to the story's present ("today", "last week"), as the story says "yesterday"."""


def _on_another_day(ctx: Context, query: Query, top: Candidate) -> Answer | None:
    """A yes/no question putting a thing on another day than the story's own relative one ("Did Alipay make
    the announcement today?" of "announced yesterday"): "No", with the day the story gives."""
    rec = top.terms.record
    moment = (rec.time or (rec.short_answer if rec.asks == "when" else None) or "").lower()
    if query.qtype != "yesno" or is_choice(query.joined) or not _DAY_SAID.fullmatch(moment):
        return None
    asked = {m.group(0) for m in _DAY_SAID.finditer(query.joined)}
    if len(asked) != 1 or moment in asked:
        return None
    text = f"{_no(query)}: the story says {moment}. {rec.answer}"
    return build(ctx.index, ctx.question, query, text=text, sources=[rec], kind="check", score=top.score,
                 record=rec.id)  # fmt: skip


def _no(query: Query) -> str:
    return "No, false" if put_as_true_false(query.words) else "No"


# -- comparing figures --------------------------------------------------------------------------------------


@dataclass
class _Side:
    terms: RecordTerms
    score: float

    @property
    def value(self) -> Value:
        assert self.terms.value is not None
        return self.terms.value


_MORE = ("more", "bigger", "larger", "greater", "higher", "most", "biggest", "largest", "exceed", "exceeds")
_LESS = ("fewer", "less", "smaller", "lower", "fewest", "least")
_FIRST = ("first", "earlier", "older", "before")
_LATER = ("later", "newer", "younger", "after", "last")
_CUTS = (
    "than",
    "then",
    "or",
    "vs",
    "versus",
    "exceed",
    "exceeds",
    "exceeded",
    "outnumber",
    "outnumbers",
    "against",
    "until",
    "till",
    "minus",
    "subtract",
)  # fmt: skip
"""Words standing between the two sides of a comparison ("between X and Y" and a last "and" are tried after)."""


_TAGS = frozenset({"true or false", "yes or no", "right or wrong", "fact or fiction"})
"""Framings whose "or" offers two answers, not two sides to compare."""


_MEASURED_BY = Lazy(
    r"\b(bigger|larger|smaller|greater|more|less|ahead|behind|leads?|leading)( \w+)? (by|in terms of|in) "
    r"(?P<m>revenue|revenues|sales|income|profits?|earnings|value|valuation|users|accounts|stores|shops|traffic"
    r"|employees|staff|money|size)\b"
)
"""The measure a comparison names after "bigger by" ("bigger by revenue"): the figures compared must be of it."""


def compare(ctx: Context, query: Query) -> Answer | None:
    """A comparison between two figures (or dates) the story gives, computed from their values."""
    if (
        query.qtype == "yesno"
        and len(query.entities) < 2
        and any(v.kind in ("count", "percent") and v.bound in ("more", "less") for v in query.values)
    ):
        return None  # "(Mogujie had more than 2000?) / And Meilishuo as well?": one party's figure, a check
    if not query.entities and not query.values and query.unknown and ctx.last is None:
        return None  # "the house style for percent versus per cent": words weighed, no figures of the story
    sides = _sides(ctx, query)
    if sides is None:
        return None
    a, b = sides
    va, vb = a.value, b.value
    if not va.comparable(vb) or va.number is None or vb.number is None:
        return None
    measured = _MEASURED_BY.search(query.joined)
    if measured and va.kind != "year":
        named = set(ctx.index.reader.read(measured.group("m"), correct=False).tokens)
        if named and not named & (a.terms.vocabulary | va.unit | b.terms.vocabulary | vb.unit):
            # "Who's bigger by revenue, Mogujie or Meilishuo?": the story's figures are of something else
            return build(ctx.index, ctx.question, query, sources=[a.terms.record, b.terms.record], kind="decline",
                         score=0.5, status="unknown",
                         text=f"The story gives no {measured.group('m')} figures to compare. What it does give: "
                         f"{a.terms.record.answer} {b.terms.record.answer}")  # fmt: skip
    if va.kind != "year" and not measured and len(ctx.typed.entities) >= 2:
        known = (
            a.terms.vocabulary | va.unit | b.terms.vocabulary | vb.unit | a.terms.context | b.terms.context
        )
        rest = [
            t
            for t in query.tokens
            if not t.startswith(ENTITY_PREFIX) and t not in COMPARING and not t.isdigit()
        ]
        if rest and known.isdisjoint(rest):
            # "What is Meilishuo's valuation compared with Mogujie's?": nothing the figures count is asked
            return build(ctx.index, ctx.question, query, sources=[a.terms.record, b.terms.record], kind="decline",
                         score=0.5, status="unknown",
                         text=f"The story gives no such figures to compare. What it does give: "
                         f"{a.terms.record.answer} {b.terms.record.answer}")  # fmt: skip
    asked = set(query.tokens) | set(ctx.typed.tokens)
    if (
        va.kind == vb.kind == "count"
        and va.unit.isdisjoint(vb.unit)
        and not vb.unit & asked
        and not _LAST_TWO.search(ctx.typed.joined)
        and not _last_two_asked(ctx, a, b)
        and not (len(ctx.typed.entities) >= 2 and _only_count(ctx, b))
    ):
        return None  # "How does that compare with Mogujie?": users are not weighed against stores unasked
    if (
        ctx.last
        and a.terms.record.id == ctx.last.record
        and query.entities
        and query.entities[0] in b.terms.record.entities
        and _THAN_THAT.search(query.joined)
    ):
        # "(Meilishuo's stores?) / so Mogujie had fewer than that?": Mogujie is the side asked about
        a, b, va, vb = b, a, vb, va
    assert va.number is not None and vb.number is not None  # (compared above; said again for the swap)
    if a.terms is b.terms:
        if any(v.kind in ("count", "percent") for v in query.values):
            return None  # "more than half of the market?": one figure against a stated one is a check
        done = set().union(*a.terms.roles.values()) if a.terms.roles else set()
        acts = [t for t in query.tokens if t in done and not t.startswith(ENTITY_PREFIX)]
        roles = [a.terms.roles.get(ENTITY_PREFIX + e, frozenset()) for e in query.entities[:2]]
        if va.kind == "year" and len(roles) == 2 and any(t not in r for t in acts for r in roles):
            return None  # "was <one> or <the other> cut off first?": the record does not say both were
        when = "At the same time" if va.kind == "year" else "The same"
        return _compared(ctx, query, f"{when}: {a.terms.record.answer}", a, b)

    na, nb = _label(ctx, a, b), _label(ctx, b, a)
    words = set(query.words)
    if va.kind == "year":
        first, second = (a, b) if va.number <= vb.number else (b, a)
        gap = abs(va.number - vb.number)
        when_a, when_b = (s.terms.record.short_answer or s.value.text for s in (first, second))
        if gap == 0:
            text = f"Both in {va.text}: {a.terms.record.answer} {b.terms.record.answer}"
        else:
            text = (
                f"First: {_label(ctx, first)} ({when_a}); then {_label(ctx, second)} ({when_b}), "
                f"about {format_number(gap)} year{'s' if gap != 1 else ''} later. "
                f"{first.terms.record.answer} {second.terms.record.answer}"
            )
            if query.qtype == "yesno" and "or" not in words:
                # "So it is older than its marketplace, right?": the first side named is the one asked about
                earlier = bool(words & set(_FIRST)) or not words & set(_LATER)
                holds = (va.number < vb.number) == earlier
                verdict = _verdict_word(query, holds)
                text = f"{verdict}. {text}"
        return _compared(ctx, query, text, a, b)
    bigger, smaller = (a, b) if va.number >= vb.number else (b, a)
    diff = abs(va.number - vb.number)
    ratio = bigger.value.number / smaller.value.number if smaller.value.number else None  # type: ignore[operator]
    if va.number == vb.number:
        head = f"The same: {na} and {nb} are both {va.shown}."
    else:
        wants_less = bool(words & set(_LESS)) and not words & set(_MORE)
        winner, loser = (smaller, bigger) if wants_less else (bigger, smaller)
        relation = "fewer" if wants_less else "more"
        either_way = bool(words & set(_LESS) and words & set(_MORE))
        if either_way:
            # "is it more or less than the accounts?": told of the side asked about
            winner, loser = a, b
            relation = "more" if va.number > vb.number else "fewer"
        points = " percentage points" if va.kind == vb.kind == "percent" else ""  # (80% and 25%: 55 points)
        if points:
            relation = "lower" if relation == "fewer" else "higher"
        head = (
            f"{_label(ctx, winner, loser)}: {_amount(winner)} against {_amount(loser)} for {_label(ctx, loser, winner)}, "
            f"{'about ' if _approx(a, b) else ''}{format_number(diff)}{points} {relation}"
        )
        if ratio and ratio >= Decimal("1.2") and not points:
            head += (
                f" ({_times(ratio)} as many)"
                if winner is bigger
                else f" ({_times(ratio)} as many for the other)"
            )
        head += "."
        if "ratio" in words and ratio and not points:
            # "the ratio of Meilishuo's stores to Mogujie's": in the order asked, the first side to the second
            times = format_number(ratio.quantize(Decimal("0.1")).normalize())
            said = f"about 1 to {times}" if va.number < vb.number else f"about {times} to 1"
            half = ": half as many" if va.number < vb.number and abs(ratio - 2) <= Decimal("0.2") else ""
            head = (
                f"The ratio of {_label(ctx, a, b)} to {_label(ctx, b, a)} is {said} ({va.shown} to {vb.shown}{half}). "
                + head
            )
        if query.qtype == "yesno" and not either_way:
            head = f"{_direction_verdict(query, a, b)} {head}".strip()
    share = _share_of(ctx, query, a, b) if va.kind == vb.kind == "count" and va.number != vb.number else ""
    text = f"{share}{head} {a.terms.record.answer} {b.terms.record.answer}"
    if query.qtype == "why" and va.number != vb.number:
        # "Why did Meilishuo end up with fewer stores than Mogujie?": the figures, but no reason for the gap
        return build(ctx.index, ctx.question, query, sources=[a.terms.record, b.terms.record], kind="decline",
                     score=0.5, status="unknown", record=a.terms.record.id,
                     text=f"The story doesn't say why. What it does give: {text}")  # fmt: skip
    return _compared(ctx, query, text, a, b)


_SHARE_NOUNS = frozenset({"percent", "percentage", "fraction", "proportion", "share"})
"""Nouns asking one figure as a part of another ("Meilishuo's stores as a percent of Mogujie's")."""


def _share_at(index: Index, query: Query) -> int | None:
    """Where "percent of" stands before a party's name ("as a percent of Mogujie's"), when another party of its
    kind is named (a share "of China's market" is a measure, not one party against another)."""
    words, kinds = query.words, index.reader.kinds
    starts = [s for t, (s, _) in zip(query.tokens, query.spans, strict=True) if t.startswith(ENTITY_PREFIX)]
    named_at = {
        s: t[len(ENTITY_PREFIX) :]
        for t, (s, _) in zip(query.tokens, query.spans, strict=True)
        if t.startswith(ENTITY_PREFIX) and starts.count(s) == 1  # ("of the two sites' stores": both, a total)
    }
    for i, w in enumerate(words[:-2]):
        whole = named_at.get(i + 2) if w in _SHARE_NOUNS and words[i + 1] == "of" else None
        if words[i + 3 : i + 4] in (["and"], ["or"], ["plus"]):
            continue  # "a fraction of Mogujie and Meilishuo's stores": of both, a total
        if whole and any(e != whole and kinds.get(e) == kinds.get(whole) for e in named_at.values()):
            return i
    return None


def _share_of(ctx: Context, query: Query, a: _Side, b: _Side) -> str:
    """ "Meilishuo's store count as a percent of Mogujie's?": the side named after "percent of" is the whole,
    the other the part, and the share is computed ("Meilishuo's 1000 stores are about 50% of ..."); "" when
    no share is asked."""
    at = _share_at(ctx.index, query)
    if at is None:
        return ""
    after = next(
        (t[len(ENTITY_PREFIX) :] for t, (start, _) in zip(query.tokens, query.spans, strict=True)
         if start > at and t.startswith(ENTITY_PREFIX)),
        None,
    )  # fmt: skip
    sides = {s.terms.record.entities[0]: s for s in (a, b) if s.terms.record.entities}
    if after not in sides or len(sides) != 2:
        return ""
    whole = sides[after]
    part = b if whole is a else a
    assert part.value.number is not None and whole.value.number
    percent = part.value.number * 100 / whole.value.number
    shown = format_number(
        percent.quantize(Decimal("1")) if percent >= 10 else percent.quantize(Decimal("0.1"))
    )
    half = " (half)" if abs(percent - 50) < 1 else " (twice)" if abs(percent - 200) < 2 else ""
    about = "about " if _approx(a, b) or percent != percent.quantize(Decimal("1")) else ""
    return (
        f"{_label(ctx, part, whole)}'s {_amount(part)} are {about}{shown}%{half} of {_label(ctx, whole, part)}'s "
        f"{_amount(whole)}. "
    )


def _only_count(ctx: Context, side: _Side) -> bool:
    """True when the side's party has no other count in the story ("Alipay Wallet vs Mogujie accounts": the
    wallet's users are its one figure, so naming it asks for that)."""
    party = side.terms.record.entities[:1]
    return bool(party) and [s.terms for s in _sole_figure(ctx, ("count",), list(party))] == [side.terms]


def _sole_figure(ctx: Context, kinds: tuple[str, ...], party: list[str]) -> list[_Side]:
    """The one count the story gives a party as its subject, when counts are compared; nothing when it gives none
    or several."""
    if "count" not in kinds:
        return []  # (a comparison of dates has no sole count to fall back on)
    found = [
        t
        for t in ctx.index.valued
        if t.value and t.value.kind == "count" and list(t.record.entities[:1]) == list(party)
    ]
    return [_Side(found[0], 0.5)] if len(found) == 1 else []


def _figure_of_named(ctx: Context, query: Query) -> bool:
    """True when a figure the question states is one the story gives for the party it names ("Is the 85 million
    figure from Mogujie itself?"): who says it is asked, not whether it is right."""
    named = set(query.entities)
    return bool(named) and any(
        t.value is not None and t.value.same(v) and named <= set(t.record.entities)
        for v in query.values
        if v.kind != "entity"
        for t in ctx.index.valued
    )


def _names_listed(query: Query) -> bool:
    """False when the question asks how two names' figures overlap ("How many Alipay Wallet users also use
    Mogujie?", "users in common"): a figure the story never gives, not each name's own."""
    return _OVERLAP.isdisjoint(query.words) and "in common" not in query.joined


_OVERLAP = frozenset({"also", "overlap", "overlapping", "shared", "too"})
"""Words relating two names' figures to each other rather than listing them."""


def each_figure(ctx: Context, query: Query) -> Answer | None:
    """ "How many stores did Mogujie and Meilishuo each have?": each name's figure for what is counted, side by
    side, when the story gives one for each."""
    measure = _known(ctx.index, [t for t in query.tokens if not t.startswith(ENTITY_PREFIX)])
    if not measure or not _names_listed(query):
        return None  # ("How many Alipay Wallet users also use Mogujie?": an overlap, not each one's figure)
    named = [e for e in query.entities if ctx.index.kb.entities[e].kind != "place"]
    if len(named) < 2:
        return (
            None  # ("what share of China's online retail does Mogujie have?": a place says where, not whose)
        )
    fits = [_fits(ctx, ("count", "percent"), [name], measure) for name in named[:2]]
    if not all(fits):
        return None
    a, b = fits[0][0], fits[1][0]
    if a.terms is b.terms or not a.value.comparable(b.value):
        return None
    if a.value.kind == "percent" and any(
        not set(measure) <= side.terms.vocabulary | side.value.unit | side.terms.context for side in (a, b)
    ):
        return None  # "alipay fee for mogujie, how much percent?": a share of something else is no fee
    each = f"{_label(ctx, a, b)}: {_amount(a)}; {_label(ctx, b, a)}: {_amount(b)}"
    if query.asks_whole and a.value.kind == b.value.kind == "count":
        # "Combined, how many stores did the two marketplaces have?": the two figures added up
        assert a.value.number is not None and b.value.number is not None
        bounds = {a.value.bound, b.value.bound} - {"exact"}
        lead = (
            {"more": "more than ", "less": "less than "}.get(bounds.pop(), "about ")
            if len(bounds) == 1
            else ""
        )
        each = f"Together {lead}{format_number(a.value.number + b.value.number)} ({each})"
    text = f"{each}. {a.terms.record.answer} {b.terms.record.answer}"
    return _compared(ctx, query, text, a, b)


_REST = frozenset(
    {"not", "rest", "remaining", "remainder", "left", "leave", "leaves", "else", "others", "outside", "other",
     "elsewhere"}
)  # fmt: skip
"""Words asking for what a figure does not count ("the traffic NOT going to the stores", "what share does
that leave for everybody else?")."""


_RATIO = frozenset({"ratio", "times", "multiple"})
_SUMMED = frozenset({"combined", "together", "altogether", "collectively", "overall"})
"""Words saying the rest is taken as one ("all other providers combined"): how it is counted, not what it is."""
_OUTSIDE = frozenset({"outside", "beyond", "except", "excluding", "besides"})


_LEFT_OUT = Lazy(
    r"\b(not counting|not including|excluding|except( for)?|apart from|aside from|other than|leaving out)"
    r"( just| only)?( the)?$"
)
"""Words before a name a figure asked for must not count ("users in total, not counting only the Wallet app")."""


def _left_out_name(ctx: Context, query: Query) -> str:
    """The place a question leaves out ("outside (of) China"), or the name a count asked for leaves out ("How many
    users in total, not counting the Wallet app?"): what it asks is elsewhere; empty if none."""
    kinds = ctx.index.reader.kinds
    for v in query.values:
        if not (v.entity and v.start):
            continue
        before = query.words[max(0, v.start - 4) : v.start]
        if kinds.get(v.entity) == "place" and (before[-1] in _OUTSIDE or before[-2:] == ["outside", "of"]):
            return v.entity
        if query.qtype == "how_many" and len(query.entities) > 1 and _LEFT_OUT.search(" ".join(before)):
            return v.entity
    return ""


def elsewhere(ctx: Context, query: Query) -> Answer | None:
    """ "What is Alipay's market share outside China?", "How many users in total, not counting the Wallet app?": the
    story's figure is for the place or the thing left out, so it gives none for the rest; said so, with what it
    does say."""
    place = _left_out_name(ctx, query)
    if not place:
        return None
    rest = replace(query, entities=[e for e in query.entities if e != place])
    chosen = ctx.rank(rest)
    if (
        not chosen
        or chosen[0].score < ctx.threshold
        or place not in chosen[0].terms.entities | set(chosen[0].terms.told)
    ):
        return None
    rec = chosen[0].terms.record
    name = ctx.index.kb.entities[place].name
    return build(ctx.index, ctx.question, query, sources=[rec], kind="decline", score=chosen[0].score,
                 status="unknown", record=rec.id,
                 text=f"The story doesn't say for anywhere outside {name}. What it does say: {rec.answer}"
                 if ctx.index.reader.kinds.get(place) == "place" else
                 f"The story gives no figure that leaves out {name}. What it does say: {rec.answer}")  # fmt: skip


def complement(ctx: Context, query: Query) -> Answer | None:
    """The part a figure leaves: 100% less a share ("80% ... what is left for everybody else?"), or the gap
    between two counts of one party ("accounts that are not monthly active users"), computed."""
    if _left_out_name(ctx, query):
        return None  # "Alipay's share outside China" is of another market, not what China's leaves to others
    if not _RATIO.isdisjoint(query.words):
        return None  # "Alipay's share versus everyone else's: what's the ratio?" asks no rest
    if query.qtype == "how_many" and (query.entities or ctx.last):
        gap = _count_gap(ctx, query)
        if gap or query.entities:
            return gap
    plain = query
    for k, (start, end) in enumerate(query.spans):
        after_other = k and query.words[query.spans[k - 1][0]] == "other" and query.spans[k - 1][1] == start
        after = query.words[end : end + 2]
        before_other = (
            query.words[start] == "all"
            and bool(after)
            and (after[0] in ("other", "others") or after in (["the", "other"], ["the", "others"]))
        )  # "all other providers", "all the others"
        left_over = k and query.words[query.spans[k - 1][0]] in _REST and query.words[start] == "over"
        if (
            query.words[start] in _REST
            or query.words[start] in _SUMMED
            or after_other
            or before_other
            or left_over
        ):
            # ("all other providers": the noun after "other" names the rest, whatever it is called)
            plain = plain.without(start, end, query.qtype)
    plain = replace(
        plain,
        unknown=[w for w in plain.unknown if w not in _REST and w not in _SUMMED],  # "left" asks for the rest
        words=[w if w not in _SUMMED else "" for w in plain.words],  # (the rest summed is no whole asked)
    )
    previous = ctx.index.by_id.get(ctx.last.record or "") if ctx.last else None
    zipf = ctx.index.reader.speller.english.zipf
    unknown = {
        _stem_of(w)
        for w in plain.unknown
        if not _capitalised(ctx, w) and zipf.get(w, 0.0) >= settings.EVERYDAY_MIN_ZIPF
    }
    words_of = dict(zip(plain.tokens, (plain.words[a] for a, _ in plain.spans), strict=True))
    # ("what share does that leave for everyone else combined?": the share asked and words the story never
    # uses name nothing new)
    named = [t for t in plain.tokens if t not in unknown and words_of[t] not in SHARE_WORDS]
    if not named and previous is not None and previous.value is not None:
        # "(Alipay's share?) / so how much is left for everybody else?": what the last answer's figure leaves
        top = Candidate(terms=previous, score=1.0, coverage=1.0, overlap=1.0, similarity=1.0)
    else:
        chosen = [c for c in ctx.rank(plain) if c.terms.value is not None and not c.terms.record.not_in_story]
        if not chosen or chosen[0].score < ctx.threshold:
            return None
        top = chosen[0]
    value = top.terms.value
    assert value is not None
    rec = top.terms.record
    if value.kind == "percent" and value.number is not None and 0 < value.number < 100:
        rest = 100 - value.number
        text = (
            f"About {format_number(rest)}%: the story gives {value.shown} ({rec.unit or 'the share'}), which leaves "
            f"{format_number(rest)}% (computed, not stated). {rec.answer}"
        )
        return build(ctx.index, ctx.question, query, text=text, sources=[rec], kind="comparison", score=top.score,
                     says=rec.says, record=rec.id)  # fmt: skip
    return None


def _counts_of(
    ctx: Context, owner: tuple[str, ...], asked: set[str], besides: RecordTerms | None = None
) -> list:
    """The counts whose record is mainly about `owner` and which count something the question names."""
    return [
        t
        for t in ctx.index.valued
        if t is not besides
        and t.value is not None
        and t.value.kind == "count"
        and t.value.number
        and t.record.entities[:1] == owner
        and t.value.unit & asked
    ]


def _pointed_count(ctx: Context) -> RecordTerms | None:
    """The last answer's count, when the question as typed points back at it ("is that ...", "it is ...")."""
    last = ctx.last
    previous = ctx.index.by_id.get(last.record or "") if last else None
    if (
        previous is None
        or previous.value is None
        or previous.value.kind != "count"
        or not previous.value.number
    ):
        return None
    pointed = not _POINTS_BACK.isdisjoint(ctx.typed.words) or _AS_PART_OF.match(ctx.typed.joined)
    return previous if pointed else None


_AS_PART_OF = Lazy(
    r"^((and|so|ok) )?(as|in) (a |an )?(share|percentage|percent|proportion|fraction|part) of\b"
)
"""A fragment taking the last answer's figure as a part ("(Mogujie's MAU?) / As a share of total accounts?")."""


def _two_counts(ctx: Context, query: Query) -> tuple[RecordTerms, RecordTerms] | None:
    """The two counts of the one party a question names (or, naming none, the one the conversation is about),
    each counting something it names: larger first."""
    named = query.entities or (list(ctx.last.entities) if ctx.last else [])
    if len(named) != 1:
        return None
    asked = set(query.tokens)
    pointed = _pointed_count(ctx)
    if pointed is not None and pointed.value is not None:
        asked |= pointed.value.unit  # "(its accounts?) / how many of those are not monthly active?": of those
    counts = _counts_of(ctx, tuple(named), asked)
    if len(counts) != 2:
        return None
    big, small = sorted(counts, key=lambda t: t.value.number or 0, reverse=True)
    return big, small


def _count_gap(ctx: Context, query: Query) -> Answer | None:
    """ "Of its accounts, how many are not monthly active users?": the two counts of one party the question
    names, and their difference (which the story itself does not state)."""
    pair = _two_counts(ctx, query)
    return _gap_of(ctx, query, *pair) if pair else None


def stated_gap(ctx: Context, query: Query) -> Answer | None:
    """ "What is the difference between 85 million and 35 million?": two figures the question states, each the
    figure of one record, and their difference."""
    pair = _stated_pair(ctx, query) if "comparison" in query.forms else None
    return _gap_of(ctx, query, *pair) if pair else None


def _stated_pair(ctx: Context, query: Query) -> tuple[RecordTerms, RecordTerms] | None:
    """The records of the two counts a question states ("85 million and 35 million"), each the figure of one
    record: larger first."""
    figures = [v for v in query.values if v.kind == "count"]
    if len(figures) != 2:
        return None
    found = [_stating(ctx, v) for v in figures]
    if any(len(f) != 1 for f in found) or found[0][0] is found[1][0]:
        return None
    big, small = sorted((f[0] for f in found), key=lambda t: t.value.number or 0, reverse=True)  # type: ignore[union-attr]
    return big, small


def _gap_of(ctx: Context, query: Query, big: RecordTerms, small: RecordTerms) -> Answer:
    """The difference of two records' counts, which the story itself does not state."""
    assert big.value is not None and small.value is not None and big.value.number and small.value.number
    gap = big.value.number - small.value.number
    worked = (
        f"the first is {_times(big.value.number / small.value.number)} the second"
        if not _RATIO.isdisjoint(query.words)  # "how many times bigger?": a ratio, not a difference
        else f"the difference is {format_number(gap)}"
    )
    text = (
        f"The story gives {big.value.shown} {big.record.unit or ''} and {small.value.shown} {small.record.unit or ''}; "
        f"{worked} (computed, not stated). {big.record.answer} {small.record.answer}"
    )
    return build(ctx.index, ctx.question, query, text=" ".join(text.split()), sources=[big.record, small.record],
                 kind="comparison", score=1.0, says=big.record.says, record=big.record.id)  # fmt: skip


_CHANGED = Lazy(
    r"\b(chang(e|ed|es|ing)|gr(ow|ew|own|owing|owth)|r(ise|ose|isen)|f(all|ell|allen)|drop(ped)?|(in|de)creas(e|ed"
    r"|es|ing)|evolv(e|ed)|develop(ed)?|shr(ink|ank|unk)|(go|went|gone) (up|down))\b"
)
"""A figure said to move ("How did Mogujie's user numbers change?"): a figure over time."""


def measured_change(ctx: Context, query: Query) -> Answer | None:
    """ "How did Mogujie's user numbers change after the cutoff?": the story gives each figure once, at one moment,
    so how it changed is not in it; the figure it does give is said (a record only sharing words, "users" in
    "sell goods directly to users", is no answer)."""
    if query.qtype == "yesno" or not _CHANGED.search(query.joined):
        return None
    index = ctx.index
    measured = [
        t
        for t in index.valued
        if t.value is not None
        and t.value.kind in ("count", "percent")
        and (not query.entities or t.record.entities[0] in query.entities)
    ]
    asked = set(query.tokens)
    fits = [t for t in measured if t.value is not None and _HEAD_UNITS.intersection(t.value.unit) & asked]
    if not fits:
        return None
    if len({t.record.time for t in fits}) > 1:
        return None  # two moments of one figure: a change the ranking may find
    rec = fits[0].record
    text = f"The story doesn't say how that changed: it gives the figure once. {rec.answer}"
    return build(index, ctx.question, query, text=text, sources=[rec], kind="decline", score=0.5,
                 status="unknown", record=rec.id)  # fmt: skip


_HEAD_UNITS = frozenset({"user", "stor", "shar", "account", "traffic"})
"""Unit terms that name what a figure counts (not the words around it, "mobile" or "monthly")."""


def figure_meaning(ctx: Context, query: Query) -> Answer | None:
    """ "What does the 85 million figure measure?", "The 80% is a share of what?": what the story counts with
    each figure given, from the record stating it."""
    figures = [v for v in query.values if v.kind in ("count", "percent")]
    if len(figures) == 1 and query.qtype == "yesno":
        return _figure_put_as(ctx, query, figures[0])
    if not figures or not _FIGURE_MEANING.search(query.joined):
        return None
    found = [_by_value(ctx, f, list(query.entities)) for f in figures]
    if None in found:
        return None  # (a figure the story does not state is not given a meaning)
    records = list({t.record.id: t.record for t in found if t is not None}.values())
    if len(records) == 1:
        return _record_answer(ctx, query, records[0])
    # "Mogujie has 85 million and 35 million, what do they mean?": each figure's own record, in the order asked
    return build(ctx.index, ctx.question, query, text=" ".join(r.answer for r in records), sources=records,
                 kind="answer", score=1.0, record=records[0].id)  # fmt: skip


_PUT_AS = Lazy(
    r"^((thing|figure|number|stat|statistic|one|share|percentage|percent|bit) )?((is|was|are|were) )?(really )?"
    r"(about|for|refer to|refers to|referring to|measure|measures|measuring|count|counts|mean|means|represent"
    r"|represents|stand for|stands for|describe|describes) (?!\d|about|around|roughly|a year|a month|half|one|two|three"
    r"|four|five|six|seven|eight|nine|ten|twelve)"
)
"""What a figure is said to count, right after it ("the 80% thing is about wallet users"; not "about 2000")."""
_GENERIC_FIGURE = frozenset({"thing", "figur", "number", "stat", "statist", "one", "bit"})


def _figure_put_as(ctx: Context, query: Query, figure: Value) -> Answer | None:
    """ "The 80% is about Alipay Wallet users, right?": what the story counts with the figure, against what the
    question says it counts ("No" when the record stating it says none of that)."""
    after = " ".join(query.words[figure.end :])
    if not _PUT_AS.match(after):
        return None
    terms = _by_value(ctx, figure, [])
    if terms is None or terms.value is None:
        return None
    words = query.words
    stop = next((k for k in range(figure.end, len(words)) if words[k] in _FIGURE_SET_AGAINST), len(words))
    said = {
        t
        for t, (s, _) in zip(query.tokens, query.spans, strict=True)
        if figure.end <= s < stop and not t.isdigit()
    } - _GENERIC_FIGURE
    if not said:
        return None
    rec = terms.record
    if words[stop : stop + 1] == ["or"]:
        # "Does the 35 million measure accounts or monthly users?": the record says which
        return build(ctx.index, ctx.question, query, text=rec.answer, sources=[rec], kind="answer", score=1.0)
    known = terms.vocabulary | terms.value.unit | terms.context | {ENTITY_PREFIX + e for e in terms.entities}
    if said <= known:
        verdict = _yes(query, rec.says)
    elif (said - known) & (ctx.index.value_units | ctx.index.contrast_groups):
        verdict = _no(query)  # what another of the story's figures counts ("wallet users" of the 80%)
    else:
        return None  # ("... backed by an independent audit?": something else asked of it)
    return build(ctx.index, ctx.question, query, text=f"{verdict}: {rec.answer}", sources=[rec], kind="check",
                 score=1.0)  # fmt: skip


_FIGURE_SET_AGAINST = frozenset({"or", "rather", "instead", "not", "and", "but"})
"""Words after which a question puts something beside or against what it says a figure counts."""


_FIGURE_MEANING = Lazy(
    r"\b(measure|measures|measuring|count|counts|counting|refer to|refers to|represent|represents|stand for"
    r"|stands for|describe|describes|mean|means|meaning|figure for)\b.*\W*$"
    r"|\b(share|percentage|percent|part|fraction|portion|proportion) of what\b"
)
"""A question asking what a figure counts rather than what the figure is."""


def admitted_unknowns(ctx: Context, query: Query) -> Answer | None:
    """ "What does the article admit is still unknown?": what the story itself says nobody knows, from the
    records whose short answer is that it is unknown (of the party named, if any)."""
    joined = query.joined
    if not ("unknown" in joined or "know" in joined or "unclear" in joined or "mystery" in joined):
        return None
    if not _UNKNOWN_ASKED.search(joined):
        return None
    found = [
        t.record
        for t in ctx.index.records
        if t.record.short_answer == "unknown"
        and not t.record.not_in_story
        and set(query.entities) <= set(t.record.entities)
    ]
    if not found:
        return None
    text = " ".join(f'What the article says nobody knows: "{r.question}" {r.answer}' for r in found[:2])
    return build(ctx.index, ctx.question, query, text=text, sources=found[:2], kind="answer", score=1.0,
                 record=found[0].id)  # fmt: skip


_UNKNOWN_ASKED = Lazy(
    r"^(what|which( \w+)?)\b(?!.*\bwhy\b).*\b(is|are|remains?|stays?) (still |as yet |yet |currently )?"
    r"(unknown|unclear|not known|uncertain|a mystery|unexplained|unanswered)\b"
    r"|^what (does|do|did) (not )?(the )?(article|story|writer|author|piece|text|it) (not )?(know|admit not knowing)\b"
)
"""A question asking what the story leaves unknown, not why or when something happened."""


def share_of_other(ctx: Context, query: Query) -> Answer | None:
    """ "(35 million monthly users.) Is that more or less than half of its accounts?": the last answer's count
    as a share of the same party's other count the question names, against the share stated, computed."""
    shares = [v.number for v in query.values if v.kind == "percent" and v.number is not None]
    if not shares:  # a bare fraction ("more than half its accounts") as the share it states
        shares = [n for n in map(fraction_percent, query.words) if n is not None]
    if len(shares) != 1:
        return None
    previous = _pointed_count(ctx)
    others = (
        _counts_of(ctx, previous.record.entities[:1], set(query.tokens), besides=previous) if previous else []
    )
    verdict = ""
    if previous is None or len(others) != 1:
        # "Are more than half of Mogujie's accounts monthly active?": the party's two counts it names, the
        # smaller as a share of the larger, and the bound stated checked
        pair = _two_counts(ctx, query) if query.qtype == "yesno" and ctx.typed.entities else None
        bound = next((v.bound for v in query.values if v.kind == "percent"), None) or _fraction_bound(query)
        if pair is None or bound not in ("more", "less"):
            return None
        others, previous = [pair[0]], pair[1]
        verdict = "more" if bound == "more" else "less"
    mine, whole = previous.value, others[0].value
    assert mine is not None and whole is not None and whole.number and mine.number
    share = 100 * mine.number / whole.number
    stated = shares[0]
    word = "Less" if share < stated else "More" if share > stated else "Exactly"
    pct = format_number(share.quantize(Decimal("1")))
    if verdict:
        word = f"{_yes_word(query) if word.lower() == verdict else _no(query)}: {word.lower()}"
    text = (
        f"{word} than {format_number(stated)}%: {mine.shown} is about {pct}% of {whole.shown} "
        f"{others[0].record.unit or ''} (computed, not stated). {previous.record.answer} {others[0].record.answer}"
    )
    return build(ctx.index, ctx.question, query, text=" ".join(text.split()).replace("Exactly than", "Exactly"),
                 sources=[previous.record, others[0].record], kind="comparison", score=1.0,
                 says=previous.record.says, record=previous.record.id)  # fmt: skip


_MORE_THAN = Lazy(r"\b(more than|over|above|at least|greater than|bigger than|larger than)\s+(a |one )?\w+$")
_LESS_THAN = Lazy(r"\b(less than|under|below|fewer than|smaller than|not even)\s+(a |one )?\w+$")


def _fraction_bound(query: Query) -> str | None:
    """ "more than half": the bound put on the first fraction word the question states ("more", "less")."""
    at = next((k for k, w in enumerate(query.words) if fraction_percent(w) is not None), None)
    if at is None:
        return None
    before = " ".join(query.words[max(0, at - 3) : at + 1])
    return "more" if _MORE_THAN.search(before) else "less" if _LESS_THAN.search(before) else None


def count_share(ctx: Context, query: Query) -> Answer | None:
    """ "What proportion of Mogujie's accounts are monthly active users?": one count of a party as a share of
    its other, larger count, computed (the story states neither the share nor that one is part of the other)."""
    if len(query.entities) > 1 or SHARE_WORDS.isdisjoint(query.words):
        return None
    pair = _two_counts(ctx, query) if query.entities else None
    if pair is None:
        pair = _pointed_count_and_other(ctx, query)
    if pair is None:
        pair = _stated_pair(ctx, query)
    if pair is None:
        return None
    big, small = pair
    assert big.value is not None and small.value is not None and big.value.number and small.value.number
    share = format_number((100 * small.value.number / big.value.number).quantize(Decimal("1")))
    ratio = ""
    if "ratio" in query.words and _named_first(query, big, small):
        # "What's the ratio of Mogujie's store count to that?": the larger named first, so the larger to the smaller
        # (and the share too); "the MAU-to-registered ratio", the smaller first, is the share itself
        times = format_number((big.value.number / small.value.number).quantize(Decimal("0.1")).normalize())
        ratio = f"About {times} to 1 ({big.value.shown} to {small.value.shown}). "
    text = ratio + (
        f"About {share}%: the story gives {big.value.shown} {big.record.unit or ''} and {small.value.shown} "
        f"{small.record.unit or ''}; {small.value.shown} is about {share}% of {big.value.shown} (computed, not "
        f"stated). {big.record.answer} {small.record.answer}"
    )
    return build(ctx.index, ctx.question, query, text=" ".join(text.split()), sources=[big.record, small.record],
                 kind="comparison", score=1.0, says=big.record.says, record=big.record.id)  # fmt: skip


def _named_first(query: Query, first: RecordTerms, other: RecordTerms) -> bool:
    """True when the question names the first record's party or unit before the other's (a record it never
    names comes last)."""

    def at(terms: RecordTerms, rival: RecordTerms) -> int:
        own = {ENTITY_PREFIX + e for e in terms.record.entities[:1]} | (
            terms.value.unit if terms.value else set()
        )
        theirs = {ENTITY_PREFIX + e for e in rival.record.entities[:1]} | (
            rival.value.unit if rival.value else set()
        )
        return next((i for i, t in enumerate(query.tokens) if t in own - theirs), len(query.tokens))

    return at(first, other) < at(other, first)


_FIGURE_WORDS = frozenset({"count", "number", "figur", "total", "tally"})
"""Tokens naming a figure by no unit of its own ("Mogujie's count"): the same measure as the one it is put against."""


def _pointed_count_and_other(ctx: Context, query: Query) -> tuple[RecordTerms, RecordTerms] | None:
    """ "(35 million monthly users.) It is how much percent of accounts?": the last answer's count and the same
    party's other count the question names, larger first."""
    previous = _pointed_count(ctx)
    if previous is None:
        return None
    others = _counts_of(ctx, previous.record.entities[:1], set(query.tokens), besides=previous)
    if not others and len(query.entities) == 1 and query.entities[0] not in previous.record.entities:
        # "(Mogujie's monthly users?) / What percentage is that of Alipay Wallet's users?": another party's count
        # of the same thing, which the last answer's is a share of (whichever is larger)
        asked = set(query.tokens)
        if asked & _FIGURE_WORDS and previous.value is not None:
            asked |= previous.value.unit  # ("what percentage of Mogujie's count is that?": of what it counts)
        of = [
            t
            for t in _counts_of(ctx, tuple(query.entities), asked, besides=previous)
            if t.value is not None
            and previous.value is not None
            and _HEAD_UNITS & t.value.unit & previous.value.unit
        ]
        return (of[0], previous) if len(of) == 1 else None
    if len(others) != 1:
        return None
    pair = sorted((previous, others[0]), key=lambda t: t.value.number or 0 if t.value else 0, reverse=True)
    return pair[0], pair[1]


def _compared(ctx: Context, query: Query, text: str, a: _Side, b: _Side) -> Answer:
    says_a, says_b = a.terms.record.says, b.terms.record.says
    says = says_a if says_a == says_b else None
    return build(ctx.index, ctx.question, query, text=text, sources=[a.terms.record, b.terms.record],
                 kind="comparison", score=min(a.score, b.score), says=says, record=a.terms.record.id)  # fmt: skip


def _direction_verdict(query: Query, a: _Side, b: _Side) -> str:
    """Yes or No for "Did A have more X than B?": the first side named is the one asked about; for "was it
    bigger or smaller?", the word that holds."""
    words = set(query.words)
    if is_choice(query.joined):  # "bigger or smaller?", not "true or false:"
        assert a.value.number is not None and b.value.number is not None
        return (
            ("Bigger." if a.value.number > b.value.number else "Smaller.")
            if {"bigger", "smaller"} <= words
            else ""
        )
    more = not (words & set(_LESS))
    assert a.value.number is not None and b.value.number is not None
    holds = a.value.number > b.value.number if more else a.value.number < b.value.number
    if _SAME_FIGURE.search(query.joined) or words & {"equal", "equally", "identical"}:
        # "Did Meilishuo have the same number as Mogujie?": neither more nor fewer
        holds = a.value.number == b.value.number and a.value.bound == b.value.bound
    if words & {"double", "twice"}:
        # "Is Mogujie's count at least double Meilishuo's?": a name before the word is the one doubled, a name
        # after it ("(Mogujie's stores?) / so roughly double Meilishuo's?") the one it is double of
        at = next(i for i, w in enumerate(query.words) if w in ("double", "twice"))
        named = [v for v in query.values if v.kind == "entity" and v.entity]
        doubled = next((v.entity for v in named if v.start < at), None)
        base = next((v.entity for v in named if v.start > at), None)
        if (doubled and doubled in b.terms.entities and doubled not in a.terms.entities) or (
            not doubled and base and base in a.terms.entities and base not in b.terms.entities
        ):
            a, b = b, a
    if words & {"double", "twice"}:
        assert a.value.number is not None and b.value.number is not None
        holds = a.value.number >= 2 * b.value.number  # "more than 2000" is at least double 1000
    if "half" in words and not words & {"double", "twice"}:
        # "Did Meilishuo have roughly half as many stores as Mogujie?": the first side about half the second
        assert a.value.number is not None and b.value.number is not None
        holds = bool(a.value.number) and abs(b.value.number / a.value.number - 2) <= 2 * Decimal("0.15")
    gap = _claimed_gap(query)
    if gap is not None and holds and gap.number is not None:
        # "Did Mogujie have 2000 more stores than Meilishuo?": the direction holds, so the gap decides (within 15%)
        assert a.value.number is not None and b.value.number is not None
        diff = abs(a.value.number - b.value.number)
        holds = abs(gap.number - diff) <= diff * Decimal("0.15")
    multiple = _claimed_multiple(query)
    if multiple is not None and holds:
        # "three times as many as ...": the direction holds, so the multiple decides (within 15%)
        big, small = (a, b) if a.value.number >= b.value.number else (b, a)  # type: ignore[operator]
        if small.value.number:
            ratio = big.value.number / small.value.number  # type: ignore[operator]
            holds = abs(ratio - multiple) <= multiple * Decimal("0.15")
    return f"{_verdict_word(query, holds)}."


def _claimed_gap(query: Query) -> Value | None:
    """The difference a statement puts between two figures ("1000 more stores than", "500 fewer"): a count
    or share right before "more", "fewer" or "less" with "than" after it; None when it puts none."""
    words = query.words
    if "than" not in words:
        return None
    return next(
        (
            v
            for v in query.values
            if v.kind in ("count", "percent")
            and words[v.end : v.end + 1] in (["more"], ["fewer"], ["less"], ["extra"])
            and "than" in words[v.end :]
        ),
        None,
    )


def _claimed_multiple(query: Query) -> Decimal | None:
    """The multiple a statement puts ("three times as many", "triple", "2.5x"), other than two, which "double"
    and "twice" already check; None when it puts none."""
    words = query.words
    if not _MULTIPLES.keys().isdisjoint(words):
        return Decimal(_MULTIPLES[next(w for w in words if w in _MULTIPLES)])
    for k, w in enumerate(words[:-1]):
        if words[k + 1] == "times" and w.replace(".", "", 1).isdigit() and Decimal(w) != 2:
            return Decimal(w)
    return None


_MULTIPLES = {
    "triple": "3",
    "tripled": "3",
    "thrice": "3",
    "treble": "3",
    "quadruple": "4",
    "quadrupled": "4",
}


def _amount(side: _Side) -> str:
    """A figure with what it counts: "more than 2000 stores", "80% (share of China's mobile payments market)"."""
    unit = side.terms.record.unit
    if not unit:
        return side.value.shown
    return f"{side.value.shown} ({unit})" if side.value.kind == "percent" else f"{side.value.shown} {unit}"


def _times(ratio: Decimal) -> str:
    if abs(ratio - 2) < Decimal("0.15"):
        return "twice, 2 times"
    return f"about {format_number(ratio.quantize(Decimal('0.1')))} times"


def _approx(a: _Side, b: _Side) -> bool:
    return a.value.bound != "exact" or b.value.bound != "exact"


def _label(ctx: Context, side: _Side, other: _Side | None = None) -> str:
    """A short name for one side: its subject and what it counts ("Mogujie's stores")."""
    rec = side.terms.record
    subject = ctx.index.kb.entities[rec.entities[0]].name if rec.entities else ""
    if side.value.kind == "year":
        return _event_name(ctx, side) or subject
    return subject or rec.unit or ""


def _event_name(ctx: Context, side: _Side) -> str:
    """What happened at a dated record, in a few words: its canonical question turned into a phrase."""
    question = side.terms.record.question.rstrip("?")
    for lead in ("When did ", "When was ", "When were ", "In what year did ", "In which year did "):
        if question.startswith(lead):
            return question[len(lead) :]
    return question


def _last_figure(ctx: Context, kinds: tuple[str, ...]) -> RecordTerms | None:
    """The last answer's record; for one whose value is of another kind ("(When did Mogujie pass 2000 stores?) /
    how many times more is that than Meilishuo?"), the one record of a figure of these kinds quoting the same."""
    previous = ctx.index.by_id.get(ctx.last.record) if ctx.last and ctx.last.record else None
    if (
        previous is None
        or (previous.value is not None and previous.value.kind in kinds)
        or not ctx.typed.entities
    ):
        return previous  # (naming nobody, "is that more or less than half?" weighs no other party's figure)
    quoted = {c.sentence for c in previous.record.citations}
    same = [
        t
        for t in ctx.index.valued
        if t.value
        and t.value.kind in kinds
        and t.value.number is not None
        and {c.sentence for c in t.record.citations} == quoted
        and f"{t.value.number:f}".rstrip("0").rstrip(".") in previous.record.answer  # (the figure it gives)
    ]
    return same[0] if len(same) == 1 else previous


def _sides(ctx: Context, query: Query) -> tuple[_Side, _Side] | None:
    """The two things compared: two names measured the same way, one name measured two ways, two dated
    events, or (in a follow-up) the last answer's figure against a new name."""
    index = ctx.index
    words = query.words
    pointed = _LAST_TWO.search(ctx.typed.joined) or (not ctx.typed.values and "comparison" in ctx.typed.forms)
    if not ctx.typed.entities and pointed:
        # "(Mogujie's stores? / And Meilishuo's?) / How many fewer is that?": a comparison naming nothing weighs
        # the last two answers' figures
        two = _last_two(ctx, _ANY_FIGURE)
        if two and _SECOND_POINTED.search(ctx.typed.joined):
            return two[1], two[0]  # "is the second one bigger?": the side asked about is the last answer's
        if two:
            return two
    cut = next(
        (
            i
            for i, w in enumerate(words)
            if w in _CUTS and i > 0 and " ".join(words[i - 1 : i + 2]) not in _TAGS
        ),
        None,
    )  # (not the "or" of "true or false:")
    if words[:1] == ["how"] and {"after", "before"} & set(words[2:4]):
        # "How long after Mogujie was founded did it launch its marketplace?": the clause after the last
        # auxiliary is the second event
        cut = next((i for i in range(len(words) - 1, 3, -1) if words[i] in _AUXILIARY_CUTS), cut)
    if cut is None and {"compare", "compared", "comparing", "comparison"} & set(words):
        # "Compare X with Y", "X compared to Y"
        at = next(i for i, w in enumerate(words) if w.startswith("compar"))
        cut = next(
            (i for i in range(at + 1, len(words)) if words[i] in ("with", "to", "and", "against")), None
        )
    if cut is None and "over" in words and {"times", "multiple", "multiples", "ratio"} & set(words):
        cut = words.index(
            "over"
        )  # "how many multiples is A's user base over B's?": one figure over the other
    if (
        cut is None
        and "times" in words
        and words[words.index("times") - 2 : words.index("times")] == ["how", "many"]
    ):
        # "Alipay Wallet users are how many times (of) Mogujie's monthly active users?": one side on each side
        at = words.index("times")
        at += words[at + 1 : at + 2] in (["of"], ["as"], ["over"])
        if any(v.kind == "entity" and v.start > at for v in query.values):
            cut = at  # (not "how many times as many?", one side only)
    if cut is None and "divide" in words:
        at = words.index("divide")  # "Divide Alipay Wallet's users by Mogujie's monthly active users"
        cut = next((i for i in range(at + 1, len(words)) if words[i] == "by"), None)
    if cut is None and "between" in words:
        b = words.index("between")
        cut = next((i for i in range(b + 1, len(words)) if words[i] == "and"), None)
    if cut is None and "and" in words[1:]:
        cut = len(words) - 1 - words[::-1].index("and")
    # "how many months", "how long": but not a moment the question states ("about five months after launch")
    stated = {i for v in query.values if v.kind == "duration" for i in range(v.start, v.end)}
    free = {w for i, w in enumerate(words) if i not in stated}
    time_question = (
        bool(free & set(_FIRST)) or query.qtype == "when" or bool({"years", "months", "long"} & free)
    )
    kinds = ("year",) if time_question else ("count", "percent")
    asked_kind = _asked_kind(index, query)
    measure = _known(
        index,
        [
            t
            for t, (s, _) in zip(query.tokens, query.spans, strict=True)
            if not t.startswith(ENTITY_PREFIX) and s not in asked_kind
        ],
    )
    sides: list[tuple[list[str], list[str]]] = []
    own = (True, True)
    """Whether each side names its own measure ("Mogujie accounts") rather than borrowing the question's."""
    if cut is not None:
        left, right = _segment(index, query, 0, cut), _segment(index, query, cut + 1, len(words))
        if len(right[0]) > 1 and left[0]:
            # "X users vs Y monthly users, how many times bigger is X?": the name asked again is the left side's
            # (or a name the left one belongs to: "how many times bigger is Alipay" of Alipay Wallet's users)
            right = (
                [e for e in right[0] if e not in left[0] and not any(_linked(index, x, e) for x in left[0])],
                right[1],
            )
        elif len(left[0]) > 1 and len(right[0]) == 1 and right[0][0] in left[0]:
            # "five months after Mogujie's marketplace opened, Meilishuo had more stores than Mogujie": the name
            # after "than" is the right side, so the left is the other one
            left = ([e for e in left[0] if e not in right[0]], left[1])
        if len(query.entities) >= 2 and left[0] and right[0]:
            sides = [(ents, _known(index, toks) or measure) for ents, toks in (left, right)]
            if words[cut] in ("vs", "versus", "against"):
                # (set against each other, "X vs Y accounts"; of "more stores, X or Y?" both sides share the measure)
                own = (bool(_known(index, left[1])), bool(_known(index, right[1])))
        elif len(query.entities) == 1:
            # the side naming nobody shares the other's name unless it is about something else entirely
            sides = [(ents, _known(index, toks) or measure) for ents, toks in (left, right)]
        elif not query.entities:
            sides = [([], _known(index, toks)) for _, toks in (left, right)]
        else:
            sides = [([e], measure) for e in query.entities[:2]]
    elif len(query.entities) >= 2:
        sides = [([e], measure) for e in query.entities[:2]]
    elif not query.entities and ctx.last and _WHICH_ONE.search(query.joined):
        # "Which two sites are in the story?" then "which one had more stores?": the two the last turn named
        named = [
            e
            for e in dict.fromkeys([*ctx.last.entities, *ctx.last.answer_entities])
            if e in index.kb.entities
        ]
        measured = [e for e in named if _fits(ctx, ("count", "percent"), [e], measure)]
        if len(measured) == 2:
            sides = [([e], measure) for e in measured]
    previous = _last_figure(ctx, kinds)
    if (
        cut is not None
        and previous is not None
        and previous.value is not None
        and previous.value.kind in kinds
        and sides
        and (not sides[0][0] or (not ctx.typed.entities and _POINTS_BACK & set(ctx.typed.words)))
        and (
            not _POINTS_BACK.isdisjoint(words[:cut])
            or not [t for t in _segment(index, query, 0, cut)[1] if t not in COMPARING]
        )
    ):
        # "How many more is that than Mogujie's monthly users?": "that" is the last answer's figure; a side
        # naming no measure ("compare with Mogujie") is measured as the last answer was
        measured = (
            [t for t in sides[1][1] if t in index.value_units] or sorted(previous.value.unit) or sides[1][1]
        )
        others = [s for s in _fits(ctx, kinds, sides[1][0], measured) if s.terms is not previous]
        if others:
            return _Side(previous, 1.0), others[0]
    pair = _best_pair(ctx, kinds, sides, own) if sides else None
    strange = any(
        not t.startswith(ENTITY_PREFIX)
        and t not in _NOISE
        and not t.isdigit()
        and t not in index.vocab_records
        for t in query.tokens
    )
    if (
        pair is None
        and len(query.entities) >= 2
        and index.value_units.isdisjoint(query.tokens)
        and not strange
    ):
        # (not when it names a measure the story gives someone: "more monthly users" is not "more stores"; nor
        # one no record uses: "Mogujie's valuation against Meilishuo's" is no store count)
        pair = _only_common_measure(ctx, kinds, query.entities[:2])
    if pair is None and len(query.entities) == 1 and index.value_units.isdisjoint(measure):
        two = _last_two(ctx, kinds)
        if two and sum(query.entities[0] in side.terms.entities for side in two) == 1:
            # "(the wallet's users? / and Mogujie's accounts?) / so how many fewer has the site?": the last two
            # answers' figures, the named one's first
            pair = two if query.entities[0] in two[0].terms.entities else (two[1], two[0])
    if pair is None and ctx.last and ctx.last.record and len(query.entities) <= 1:
        previous = _last_figure(ctx, kinds)
        if previous and previous.value and previous.value.kind in kinds:
            unit = sorted(previous.value.unit) or measure
            named = [
                t for t in measure if t in index.value_units
            ]  # "... Mogujie's accumulated accounts": its own
            # naming no one, "(Mogujie's monthly actives?) / how many more accounts than that?" is of the
            # last answer's party, and must name a measure of its own
            entities = query.entities or list(previous.record.entities[:1])
            if not query.entities and (not named or set(named) <= previous.value.unit):
                return None
            others = (
                [s for s in _fits(ctx, kinds, entities, named) if s.terms is not previous] if named else []
            )
            others = others or [s for s in _fits(ctx, kinds, entities, list(unit)) if s.terms is not previous]
            if not others and query.entities and not named:
                # "(Mogujie's monthly users?) / and how many times bigger is Alipay Wallet?": a name with one
                # figure of the same kind, though the story counts it another way (users, not monthly users)
                only = [
                    s for s in _fits(ctx, (previous.value.kind,), entities, []) if s.terms is not previous
                ]
                others = only if len(only) == 1 else []
            if others:
                pair = (_Side(previous, 1.0), others[0])
    return pair


_THAN_THAT = Lazy(r"\b(than|as) (that|this|it|those|them)( (right|correct|true|yes|no|or not))?$")
"""The last answer's figure as the second side of a comparison ("... fewer than that?")."""


_ANY_FIGURE = ("count", "percent", "year")
_LAST_TWO = Lazy(
    r"\b(the (two|2)|both|them|those|these|the figures|the numbers|the (first|second|former|latter|1st|2nd)\b)"
)
"""Words pointing at two things at once: in a comparison naming nothing, the last two answers' figures."""

_SECOND_POINTED = Lazy(r"\bthe (second|latter|2nd)\b")


def _last_two(ctx: Context, kinds: tuple[str, ...]) -> tuple[_Side, _Side] | None:
    """ "(Mogujie's monthly users? / and its accounts?) / so what's the gap between the two": the figures of the
    last two answers, when they are two figures of a kind."""
    if not ctx.earlier or not ctx.last:
        return None
    found = [ctx.index.by_id.get(t.record or "") for t in (ctx.earlier, ctx.last)]
    a, b = found
    if a is None or b is None or a is b or not a.value or not b.value:
        return None
    if a.value.kind not in kinds or not a.value.comparable(b.value):
        return None
    return _Side(a, 1.0), _Side(b, 1.0)


def _last_two_asked(ctx: Context, a: _Side, b: _Side) -> bool:
    """True when the two sides are the figures of the last two answers: the reader asked for both in turn."""
    asked = {t.record for t in (ctx.earlier, ctx.last) if t is not None}
    return len(asked) == 2 and {a.terms.record.id, b.terms.record.id} == asked


def _only_common_measure(
    ctx: Context, kinds: tuple[str, ...], names: list[str]
) -> tuple[_Side, _Side] | None:
    """Two names compared in words no figure uses ("the larger merchant base"): the one measure the story gives
    for both (stores for Mogujie and Meilishuo), if there is exactly one."""
    a_side, b_side = (_fits(ctx, kinds, [name], []) for name in names)
    pairs = [
        (a, b)
        for a in a_side
        for b in b_side
        if a.terms is not b.terms
        and a.value.unit
        and a.value.unit == b.value.unit
        and a.value.comparable(b.value)
    ]
    return pairs[0] if len(pairs) == 1 else None


_WHICH_ONE = Lazy(r"\b(which|who) (one|of them|of the two|of those|of these)\b")
"""A comparison between the two things the conversation just named."""

_AUXILIARY_CUTS = frozenset({"did", "does", "do", "was", "were", "had", "has", "have", "is", "are"})


def _known(index: Index, tokens: list[str]) -> list[str]:
    """The terms some figure's record uses: a side named by other words ("at that point") is not told apart
    by them."""
    return [t for t in tokens if t in index.valued_terms and t not in _NOISE]


def _best_pair(
    ctx: Context,
    kinds: tuple[str, ...],
    sides: list[tuple[list[str], list[str]]],
    own: tuple[bool, bool] = (True, True),
) -> tuple[_Side, _Side] | None:
    """The two different records that fit the two sides best together."""
    (ents_a, toks_a), (ents_b, toks_b) = sides
    measure = sorted(set(toks_a) | set(toks_b))

    def fits(ents: list[str], toks: list[str], other: list[str]) -> list[_Side]:
        if not ents and not toks:
            return []  # an empty side ("And how does X compare?"): the last answer is the other side
        if not ents and other:
            found = _fits(ctx, kinds, other, toks)  # "Mogujie's accounts or its monthly users": one name
            if found:
                return found
        return _fits(ctx, kinds, ents, toks) or _fits(ctx, kinds, ents or other, measure)

    # a side whose own words fit nothing ("than Meilishuo at that point") is measured like the other side
    fits_a = fits(ents_a, toks_a, ents_b) or (_fits(ctx, kinds, ents_a, toks_b) if ents_a else [])
    fits_b = fits(ents_b, toks_b, ents_a) or (_fits(ctx, kinds, ents_b, toks_a) if ents_b else [])
    if ents_a and ents_b and own[0] != own[1]:
        # "Alipay Wallet vs Mogujie accounts": a party named with no measure of its own, beside one named with
        # its measure, is measured by its one figure ("who has more stores, Mogujie or Alipay Wallet?" is not)
        fits_a = fits_a or (_sole_figure(ctx, kinds, ents_a) if not own[0] else [])
        fits_b = fits_b or (_sole_figure(ctx, kinds, ents_b) if not own[1] else [])

    pairs = [(a.score + b.score, a, b) for a in fits_a[:5] for b in fits_b[:5] if a.terms is not b.terms]
    shared = [a for a in fits_a[:1] if fits_b[:1] and fits_b[0].terms is a.terms and ents_a and ents_b]
    if shared and (not pairs or max(p[0] for p in pairs) < 2 * shared[0].score):
        # one record answers both sides ("Mogujie and Meilishuo launched ... in late 2013"): a tie
        return shared[0], _Side(shared[0].terms, shared[0].score)
    if not pairs:
        return None
    _, a, b = max(pairs, key=lambda p: p[0])
    return a, b


def _fits(ctx: Context, kinds: tuple[str, ...], entities: list[str], tokens: list[str]) -> list[_Side]:
    """Valued records that fit one side, best first: about its names, of the wanted kind, sharing most of its
    terms (weighted by how telling they are), what they count weighing most."""
    index = ctx.index
    out: list[_Side] = []
    wanted = set(tokens)
    total = sum(index.weight(t) for t in wanted) or 1.0
    for terms in index.valued:
        if terms.value is None or terms.value.kind not in kinds:
            continue
        if entities and not set(entities) <= terms.entities:
            continue
        if (
            len(entities) == 1
            and terms.record.entities
            and terms.record.entities[0] not in entities
            and ENTITY_PREFIX + entities[0] not in terms.phrasings[0]
        ):
            continue  # a figure mainly about another party, unless its own question names this one too
        have = terms.vocabulary | terms.value.unit | terms.context
        fit = sum(index.weight(t) for t in wanted & have) / total if wanted else 0.5
        if wanted and fit < settings.COMPARE_MIN_FIT:
            continue
        fit += sum(index.weight(t) for t in wanted & terms.value.unit) / total
        out.append(_Side(terms, fit))
    out.sort(key=lambda s: s.score, reverse=True)
    return out


_NOISE = frozenset({"compar", "differ", "differenc", "gap", "twice", "doubl", "tim", "time", "versu", "vs",
                    "exceed", "bigger", "larger", "greater", "higher", "smaller", "lower", "fewer", "less", "mor",
                    "more", "first", "earlier", "later", "older", "long", "came", "come", "betwe", "between",
                    "much", "how", "big", "which", "pass", "elaps", "took", "take", "same", "period", "report",
                    "figur", "number"})  # fmt: skip
"""Terms that make a question a comparison but say nothing of what is compared."""


def _segment(index: Index, query: Query, start: int, end: int) -> tuple[list[str], list[str]]:
    """The names and the other content terms of one side of a comparison (a word span)."""
    ents: list[str] = []
    toks: list[str] = []
    asked_kind = _asked_kind(index, query)
    for token, (s, e) in zip(query.tokens, query.spans, strict=True):
        if s >= start and e <= end:
            if token.startswith(ENTITY_PREFIX):
                ents.append(token[1:])
            elif not token.isdigit() and token not in _NOISE and s not in asked_kind:
                toks.append(token)
    return ents, toks


def _asked_kind(index: Index, query: Query) -> set[int]:
    """Where the kind of answer wanted stands ("company" in "which company has more ...?"): it says nothing of
    what is compared."""
    share = _share_at(index, query)
    return {
        s
        for t, (s, _) in zip(query.tokens, query.spans, strict=True)
        if (s and query.words[s - 1] in ("which", "what") and t in index.reader.kind_terms)
        # "Mogujie's stores as a percentage of Meilishuo's": the share of a party asked is the answer's form
        # (a share of a thing, "share of traffic", is what is measured)
        or s == share
    }


# -- who says so --------------------------------------------------------------------------------------------

_HOW_KNOWN_WH = Lazy(
    r"^how (do|does|can|could|would|did) (we|you|i|they|one|people|the (article|writer|author|story|reporter)) know"
    r" (?P<clause>(how|what|when|who|why|where|which|whether|if) \w+ .+)$"
)
"""How the story knows a thing asked as a clause ("how do you know how many ..."): that it tells it at all first."""
_SOURCING_WORDS = frozenset(
    ["idea", "notion", "say", "says", "said", "saying", "claim", "claims", "claimed", "source", "sources", "sourced", "report", "reports", "reported", "rumour", "rumor", "rumours", "rumors", "rumoured", "rumored", "confirm", "confirmed", "verify", "verified", "independently", "independent", "official", "fact", "facts", "attributed", "attribute", "attribution", "credit", "credited", "credits", "basis", "come", "comes", "came", "coming", "from", "figure", "figures", "number", "numbers", "data", "statistic", "statistics", "stat", "stats", "true", "false", "correct", "right", "really", "just", "only", "trust", "reliable", "know", "proven", "proof", "evidence", "accurate", "whom", "who", "where", "stated", "states", "state", "made", "make", "gives", "gave", "give", "provided", "provide", "provides", "providing", "supplied", "supplies", "behind", "piece", "article", "story", "author", "writer", "claiming", "merely", "speculation", "guess", "opinion", "record", "records", "either", "company", "companies", "firm", "officially", "anyone", "someone", "talk", "own", "itself", "themselves", "party", "parties", "third", "outside", "external", "neutral", "anybody", "somebody", "other", "others", "another", "agree", "agrees", "agreed", "elsewhere", "rely", "relies", "relied", "relying", "on", "use", "uses", "used", "draw", "draws", "drew", "get", "gets", "got", "cite", "cites", "cited", "named", "unnamed", "anonymous", "anonymously", "identified"]
)  # fmt: skip
"""Words that ask who says something, not what: taken out to find the thing asked about."""
_SETTLING = frozenset(
    {
        "established",
        "alleged",
        "allegedly",
        "attributes",
        "attribute",
        "attributing",
        "attributed",
        "based",
        "on",
    }
)
"""Words asking whether a thing is settled or whose it is, taken out as written: read alone they are other
terms ("established" is "founded", "attributes" are "features", "based on" is "modelled on")."""


def _mostly_foreign(index: Index, content: list[str]) -> bool:
    """True when words the story never uses weigh at least as much as the ones it does: a question of
    sourcing about something else ("the difference between hearsay and circumstantial evidence")."""
    content = [
        t for t in content if t not in COMPARING and t != "between"
    ]  # the question's shape, not its topic
    used = sum(index.weight(t) for t in content if t in index.vocab_records)
    return sum(index.weight(t) for t in content) >= 2 * used


_ASKS_FOR_ONE = Lazy(r"^(which|(is|was|are|were) there (a|an|any) named)\b")


def _kind_unknown(query: Query) -> bool:
    """True when the noun a which-question asks for, past the names before it, is a word the story never uses
    ("Which Alipay official ...?"): a kind of answer the story has none of."""
    for t, (s, e) in zip(query.tokens, query.spans, strict=True):
        if not t.startswith(ENTITY_PREFIX):
            return s <= 3 and any(w in query.unknown for w in query.words[s:e])
    return False


def sourcing(ctx: Context, query: Query) -> Answer | None:
    """Who says a fact, and whether the story settles it: from the record's attribution."""
    index = ctx.index
    if PARTY_CONFIRMED.match(query.joined) and CONFIRM_OR_DENY.search(query.joined):
        return (
            None  # "Has Alibaba confirmed or denied the takeover talk?": that party's word, not the story's
        )
    behind = _source_of_source(ctx, query)
    if behind is not None:
        return behind
    unquoted = _quote_never_given(ctx, query)
    if unquoted is not None:
        return unquoted
    how_known = _HOW_KNOWN_WH.match(query.joined) if query.joined.startswith("how ") else None
    if how_known:
        # "How do you know how many stores Mogujie has today?": how the story knows a thing it must first tell
        at = len(query.joined[: how_known.start("clause")].split())
        asked = index.read(" ".join(query.words[at:]) + "?")
        ranked, chosen = ctx.ranked(asked)
        told = decide(index, ctx.question, asked, asked, ranked, chosen, ctx.threshold, ctx.last)
        if told.status != "answered":
            return replace(told, question=ctx.question)
    one = _ASKS_FOR_ONE.match(query.joined) if query.unknown else None
    if one and (
        _kind_unknown(query) if one.group(1) == "which" else bool(set(query.unknown) & set(query.words[4:7]))
    ):
        # "Which Alibaba spokesperson confirmed it?", "Was there a named Alipay spokesperson who ...?": a person
        # the story never names, declined
        return None
    # (the sourcing words as terms: reading them costs most of a millisecond, so once per story)
    strip = set(
        index.derived(
            "sourcing",
            lambda: frozenset(index.reader.read(" ".join(sorted(_SOURCING_WORDS)), correct=False).tokens),
        )
    )
    unknown = {_stem_of(w) for w in query.unknown} | _name_parts(ctx, query)
    strip |= {ENTITY_PREFIX + e for e in index.reader.authors}  # "does the writer say": the article's voice
    settling = {
        t
        for t, (s, e) in zip(query.tokens, query.spans, strict=True)
        if set(query.words[s:e]) <= _SETTLING or set(query.words[s:e]) <= _SOURCING_WORDS
    }  # (a sourcing word read as a kin word the story uses, "provides" as "provider", is still one)
    strip |= settling
    content = [t for t in query.tokens if t not in strip and t not in unknown and t not in _NOW_TERMS]
    # (with three words or more the story never uses, those weigh too: "a good style guide for citing sources in
    # journalism class")
    foreign = [*content, *unknown] if len(query.unknown) >= 3 else content
    if content and not ctx.last and not query.entities and _mostly_foreign(index, foreign):
        return None  # "the difference between hearsay and circumstantial evidence": nothing of the story
    if (
        not ctx.last
        and not query.entities
        and not query.values
        and len(query.unknown) >= 2
        and not any(t in index.vocab_records for t in content if t != "way")  # ("how": the way, asked)
    ):
        return (
            None  # "How do I format a quote attribution in AP style?": words of sourcing, about nothing told
        )
    target: RecordTerms | None = None
    score = 1.0
    numeric = [v for v in query.values if v.kind != "entity"]
    previous = index.by_id.get(ctx.last.record) if ctx.last and ctx.last.record else None
    named_only = all(t.startswith(ENTITY_PREFIX) for t in content)
    if previous and (
        _BACK.search(query.joined)
        or (named_only and _POINTS_BACK & set(query.words) and set(content) <= previous.entity_tokens)
    ):
        # "Was that number from Mogujie itself?": the last answer's, whatever it names; "Is that established,
        # or only Alipay's say-so?" names nothing but the last answer's party
        target = previous
    elif numeric:
        source = _put_as_source(query) if query.qtype == "yesno" else []
        target = _by_value(ctx, numeric[0], [e for e in query.entities if e not in source])
    if target is None and content:
        # (a name put as the source, when what is asked reads poorly with it, is not what the figure is of: "the
        # store numbers came from Alibaba, right?"; "... from Mogujie's own press release" is of Mogujie's)
        as_source = {ENTITY_PREFIX + e for e in _put_as_source(query)} if query.qtype == "yesno" else set()
        found: list[Candidate] = []
        for left_out in (set(), as_source) if as_source and set(content) - as_source else (set(),):
            found = _sourced_candidates(ctx, query, strip | unknown | left_out)
            if found and found[0].score >= ctx.threshold * settings.SOURCING_SCORE_FACTOR:
                break
        if found and found[0].score >= ctx.threshold * settings.SOURCING_SCORE_FACTOR:
            target, score = found[0].terms, found[0].score
        elif content:
            # the question as asked, sourcing words and all, may still find its record when what is left
            # without them reads poorly ("present the idea that ..." is "nowadays" and "concept")
            whole = [c for c in ctx.rank(query) if not c.terms.record.not_in_story]
            if whole and whole[0].score >= ctx.threshold:
                target, score = whole[0].terms, whole[0].score
    if "sourcing_degree" in query.forms and previous and not query.entities and not numeric:
        target = (
            previous  # "How sure is the article about that?": about the last answer, whatever else it says
        )
    if (
        target is None
        and previous
        and {t for t in content if t.startswith(ENTITY_PREFIX)} <= previous.entity_tokens
    ):
        target = previous  # "Is that confirmed, or only Alipay's say-so?": about the last answer

    if (
        named_only
        and len(query.entities) == 1
        and not numeric
        and (target is None or target.value is None or target.value.kind not in ("count", "percent"))
        and not _FIGURES_AS_A_WHOLE.isdisjoint(query.words)
    ):
        # "are Mogujie's numbers confirmed?": each figure the story gives of the party, with its source (its
        # description, which gives none, is not what is asked about)
        listed = _party_figures(ctx, query, query.entities[0])
        if listed:
            return listed
    if target is None or target.record.says is None:
        return None
    rec = target.record
    says = rec.says
    assert says is not None
    if WHO_WROTE.match(query.joined) and not any(
        index.reader.kinds.get(e) == "person" for e in (*rec.entities, *target.told)
    ):
        # "Who wrote the report the store figures come from?": a person, whom the story never names
        return build(index, ctx.question, query, sources=[rec], kind="decline", score=score, status="unknown",
                     text=f"The story doesn't say who wrote it. What it does say: {rec.answer}")  # fmt: skip
    party = index.kb.entities[says.by].name if says.by and says.by in index.kb.entities else ""
    status: Status = "answered"
    asserted = _asserted_kinds(query)
    others = [e for e in query.entities if e not in target.entities and e != says.by]
    if "sourcing_degree" in query.forms:
        text = f"{_degree(says, party, rec.short_answer == 'unknown')} {rec.answer}"
    elif previous and previous is not target and previous.record.says and _SAME_SOURCE.search(query.joined):
        # "(Mogujie's monthly users?) / And is the accounts figure from the same source?": the two attributions
        before = previous.record.says
        by = index.kb.entities[before.by].name if before.by and before.by in index.kb.entities else ""
        named = previous.value.entity if previous.value and previous.record.asks == "who" else None
        if named:
            # "(Who reported the store numbers?) / Did that same outlet report the traffic share?": the party
            # the last answer named is the source meant
            same = says.by == named
            text = f"{'Yes' if same else 'No'}: {_voice(says, party)}. {rec.answer}"
        else:
            same = str(before) == str(says)
            text = (
                f"{'Yes' if same else 'No'}: {_voice(says, party)}"
                + (", as for the last answer" if same else f"; for the last answer {_voice(before, by)}")
                + f". {rec.answer}"
            )
    elif query.qtype == "yesno" and says.kind != "article" and _BACKING_ASKED.search(query.joined):
        # "Is the fee rumour backed by any evidence?": no, whatever the question calls it; it says who says so
        text = f"{_no(query)}: the story gives no evidence; {_voice(says, party)}. {rec.answer}"
    elif "sourcing_author" in query.forms and query.qtype == "yesno":
        # "Is it something the author measured herself?": the writer's own finding only if nobody else's
        if says.kind == "article":
            status = "unknown"
            text = f"The story doesn't say how the writer got it: {_voice(says, party)}. {rec.answer}"
        else:
            text = f"{_no(query)}: {_voice(says, party)}. {rec.answer}"
    elif (
        query.qtype == "yesno"
        and rec.short_answer == "unknown"
        and _PUT_CAUSE.search(query.joined) is not None
        and _NOT_KNOWN.isdisjoint(query.words)
    ):
        # "Is the acquisition rumour the reason for it?": not a question of who says it; nobody knows why
        text = f"The story doesn't know: {rec.answer}"
    elif says.kind == "article" and query.qtype == "yesno" and not _INDEPENDENT.isdisjoint(query.words):
        # "Is the 190 million figure independently verified?": the article's own voice is no outside check,
        # and the story names none
        status = "unknown"
        text = f"The story doesn't say: it names no independent check; {_voice(says, party)}. {rec.answer}"
    elif (
        "sourcing_who" in query.forms
        and query.qtype == "yesno"
        and (
            says.by in query.entities
            or others
            or unknown
            or (_BACK.search(query.joined) and query.entities)
            or (says.kind == "rumour" and not says.by and query.entities)  # "Did Alibaba itself say ...?"
            or bool(_put_as_source(query))  # "Is the 2000-store figure from Mogujie itself?"
        )
    ):
        # the source put forward is the name after "by" or "from", if any ("Alipay's figure, reported by QQ
        # Tech?" puts QQ Tech, not Alipay, whose figure it is)
        put = _put_as_source(query) or query.entities
        confirming = _confirming(query)
        kind_put = _SOURCE_KIND_PUT.search(query.joined)
        if kind_put and not _put_as_source(query):
            # "attributed to a named news outlet?": the kind of source, not a name, put forward
            holds = says.kind == ("report" if kind_put.group("outlet") else "claim") and bool(says.by)
        else:
            holds = bool(says.by and says.by in put)
        verdict = _verdict_word(query, holds)
        text = f"{verdict}: {_voice(says, party)}. {rec.answer}"
        if confirming and says.by not in confirming:
            # "Has Mogujie itself confirmed QQ Tech's store count?": the story reports no word of Mogujie's on it
            name = ctx.index.kb.entities[confirming[0]].name
            status = "unknown"
            text = f"The story doesn't say: it reports nothing from {name} on it; {_voice(says, party)}. {rec.answer}"
    elif (
        len({_KIND_WORDS[w] for w in query.words if w in _KIND_WORDS}) > 1
        or _OR_JUST_KIND.search(query.joined)
    ) and is_choice(query.joined):
        # "confirmed or just a rumour?", "fact or claim?": which of the two, not a yes or a no (of a reason the
        # article says nobody knows, neither: only guesses are passed on)
        which = (
            "Not established: the article says it is not known, and passes on only guesses."
            if rec.short_answer == "unknown" and says.kind == "article"
            else _chosen(says, party)
        )
        text = f"{which} {rec.answer}"
    elif (
        len(asserted) == 1
        and query.qtype == "yesno"
        and rec.short_answer == "unknown"
        and {"fact", "established", "confirmed", "proven", "certainty"} & set(query.words)
        and _NOT_KNOWN.isdisjoint(query.words)
    ):
        # "Is the reason presented as established fact?": what the article states is that nobody knows it
        text = f"No: the article says it is not known. {rec.answer}"
    elif asserted == {"rumour"} and query.qtype == "yesno" and rec.short_answer == "unknown":
        # "(Why is Alipay back?) / So it's basically speculation?": nobody knows; only guesses are passed on
        text = f"{_yes_word(query)}: the article says nobody knows, and passes on only guesses. {rec.answer}"
    elif len(asserted) == 1 and query.qtype == "yesno":
        hedge = _HEDGED.search(" ".join(c.quote for c in rec.citations)) if asserted == {"article"} else None
        if hedge and says.kind == "article":
            # "Is it stated as fact that Alibaba was unhappy ...?": the article's own words hedge it
            text = f'{_no(query)}: the article hedges it ("{hedge.group(0)}"), not stating it as fact. {rec.answer}'
        else:
            verdict = _verdict_word(query, says.kind in asserted)
            text = f"{verdict}: {_voice(says, party)}. {rec.answer}"
    elif (
        query.qtype in ("what", "who")
        and _CHECKER_ASKED.search(query.joined)
        and says.kind in ("claim", "rumour")
    ):
        # "Which independent research firm verified the 80%?": a checker the story never names
        status = "unknown"
        text = f"The story doesn't say: it names no such source; {_voice(says, party)}. {rec.answer}"
    elif (
        "sourcing_settled" in query.forms
        and query.qtype in ("how_many", "how_much")
        and not QUESTION_WORDS.isdisjoint(query.words)  # ("Alipay says 80%, is that a fact?" asks no figure)
    ):
        # "What share does it hold according to independent analysts?": a figure from a source the story lacks
        status = "unknown"
        text = f"The story gives no figure from such a source. {_settled(says, party)} {rec.answer}"
    elif query.qtype != "yesno" and _BACKING_ASKED.search(query.joined):
        # "What evidence does the article give that the rumour is true?": none; it only says who says it
        status = "unknown"
        text = f"The story gives no evidence for it: {_voice(says, party)}. {rec.answer}"
    elif "sourcing_settled" in query.forms and query.qtype in ("how", "why"):
        # "How do you know that's the reason?": not a yes or no, but which kind of source it is
        known = _degree(says, party, True) if rec.short_answer == "unknown" else _chosen(says, party)
        text = f"{known} {rec.answer}"
    elif says.kind != "article" and query.qtype != "yesno" and _WHO_CONFIRMED.search(query.joined):
        # "Which independent auditor confirmed Mogujie's 85 million accounts?": the story names nobody who did
        status = "unknown"
        text = f"The story names no one who confirmed it. {_settled(says, party)} {rec.answer}"
    elif "sourcing_settled" in query.forms:
        text = f"{_settled(says, party)} {rec.answer}"
    else:
        text = f"{_who(says, party, index.kb.source.author)} {rec.answer}"
        first = next((w for w in query.words if w not in _OPENERS), "")
        source_put = first not in QUESTION_WORDS and _SOURCE_PUT.search(query.joined)
        if source_put and says.by and says.by in query.entities:
            text = f"Yes: {text}"  # "so QQ Tech is where the store numbers came from?": the party put is the source
        elif query.qtype == "yesno" and says.kind == "article" and _ARTICLE_STATES.match(ctx.question):
            text = f"Yes: {text[:1].lower()}{text[1:]}"  # "Does the article state that ...?": it does, itself
        elif query.qtype == "yesno" and _SOURCE_GIVEN.search(query.joined):
            # "Did the writer give a source for the store numbers?": yes when it names who says it
            text = f"{_verdict_word(query, bool(says.by))}: {text}"
        if (
            says.kind == "rumour"
            and not says.by
            and ((query.qtype == "who" and _ORIGIN.search(query.joined)) or _NAMED_KIND.search(query.joined))
        ):
            # "who started the rumour?", "which publication first reported it?": the story names nobody ("who
            # says?" is answered)
            status = "unknown"
            text = f"The story doesn't say. {text}"
        elif (
            says.kind == "article"
            and _NAMED_KIND.search(query.joined)
            and not _BROKE.isdisjoint(query.words)
            and all(index.reader.kinds.get(e) != "outlet" for e in rec.entities)  # (one it cites answers)
        ):
            # "Which newspaper first broke the story that ...?": the article tells it itself and names no
            # outlet that had it first
            status = "unknown"
            text = f"The story doesn't say who reported it first. {text}"
    return build(index, ctx.question, query, text=text, sources=[rec], kind="sourcing", score=score, says=says,
                 record=rec.id, status=status)  # fmt: skip


_WHO_CONFIRMED = Lazy(
    r"^(who|which|what) (\w+ ){0,3}((besides|other than|apart from|except) (\w+ ){1,3}(have |has )?)?(confirmed|verified|checked|audited|validated|corroborated|certified"
    r"|has confirmed|has verified|independently confirmed|independently verified)\b"
)
"""Who confirmed something ("Which auditor verified the figure?"): a party the story would have to name."""
_PUT_CAUSE = Lazy(
    r"\b(?!(?:the|a|an|any|no|this|that|its|their|real|main|actual|true|given|one|either|neither|each|both|those|these|two)\b)\w+ (?:reason|cause)\b"
    r"(?! (?:why|is|was|for why))|\b(?:is|was) (?:the |a |an |this |that )?\w+(?: \w+)? the (?:real |main |actual "
    r"|confirmed |official |true |only |sole |definite |proven )?(?:reason|cause)\b"
)
"""A cause put to the check ("the acquisition rumour [explains =] reason ...", "is the rumour the reason"), not a
question whether any reason is given."""

_INDEPENDENT = frozenset({"independent", "independently", "third", "outside", "external", "externally", "audit",
                          "audited", "auditor", "auditors", "neutral"})  # fmt: skip
"""Words asking for a check by someone outside the story's parties, which the story never reports."""

_NOT_KNOWN = frozenset({"nobody", "no", "not", "unknown", "unclear", "mystery", "uncertain"})
"""Words saying a thing is not known: a check carrying one agrees with a record that says so."""

_PLACE_WORDS = frozenset({"from", "in", "based", "located", "headquartered", "hq"})
"""Words before a name that make it a place ("from Japan", "based in Seoul")."""

_GUESSED = frozenset({"rumour", "rumor", "rumours", "rumors", "speculation", "theory", "theories", "guess",
                      "guesses", "suggestion", "suggestions", "possibility", "possibilities", "idea", "ideas"})  # fmt: skip
"""Words asking whether a guess is reported: an unknown reason with rumoured ones answers yes."""

_ORIGIN = Lazy(
    r"\b(started|start|spread|began|begin|circulated|leaked|put out|behind|made up|came up|source of|origin)\b"
)
"""Asking who originated a rumour, which the story never says, rather than who says it."""

_NOW_TERMS = frozenset({"now", "point", "moment", "yet", "still", "today", "currently", "current", "all"})
"""Terms of "at this point", "so far", "as yet", "all just speculation": when or how wholly a thing is said, not
what it is."""
_SOURCE_KIND_PUT = Lazy(
    r"\b(to|by|from) (a|an|some|one) (named |specific |particular )?((?P<outlet>news outlet|outlet|newspaper"
    r"|publication|news site|media outlet|news source|reporter|journalist)|(?P<party>company|firm))\b"
)
"""A kind of source put forward instead of a name ("attributed to a named news outlet?")."""
_CHECKER_ASKED = Lazy(
    r"\b(which|what) (news )?(publication|outlet|newspaper|paper|media outlet|news site|magazine|journalist|reporter"
    r"|analyst|insider|official)\b|\b(which|what) ((independent|research|outside|third party|external) )+(\w+ )?"
    r"(firm|company|agency|body|analyst|source|organi[sz]ation)\b"
)
"""A named outlet or outside checker asked for ("Which independent research firm verified it?"): none is named
unless the story has it from a report."""
_NAMED_KIND = Lazy(
    r"\b(which|what) (publication|outlet|newspaper|paper|media outlet|news outlet|news site|magazine|website"
    r"|person|people|journalist|reporter|source|analyst|insider|official)\b"
)
"""A kind of named party asked for ("which publication", "which insider"): a rumour names none."""

_BROKE = frozenset({"first", "broke", "break", "originally", "scoop", "scooped", "earliest"})
"""Words asking who had a story first, which the article telling it in its own voice never says."""

_BACKING_ASKED = Lazy(r"\b(evidence|proof|backed|substantiated|corroborated)\b")
"""Evidence or backing asked of a statement: the story gives none beyond saying who says it, and a claim,
rumour or report comes with none."""
_KIND_WORDS = {
    "rumour": "rumour", "rumor": "rumour", "rumours": "rumour", "rumors": "rumour", "rumoured": "rumour",
    "rumored": "rumour", "claim": "claim", "claims": "claim", "claimed": "claim", "report": "report",
    "reported": "report", "fact": "article", "confirmed": "article", "verified": "article", "proven": "article",
    "established": "article", "hearsay": "rumour", "gossip": "rumour", "speculation": "rumour",
    "checked": "article", "sure": "article", "certain": "article", "definite": "article", "say-so": "claim",
    "sayso": "claim", "official": "article", "opinion": "claim", "opinions": "claim", "own": "claim", "substantiated": "article", "corroborated": "article", "statement": "article",
}  # fmt: skip

"""The kind of source a question's word names: "only a rumour?" asserts a rumour, "a fact?" the article's voice."""


_OR_JUST_KIND = Lazy(
    r"\b\w+\W+or (is it |was it |is that |was that |are they |were they )?(just |only |merely |simply |still )?(a |an )?"
    r"(rumou?rs?|claims?|hearsay|gossip|speculation)\W*$"
)
"""A statement put against a kind of source ("Did Alipay announce it, or is it just a rumour?"): which of the two."""
_BACK = Lazy(
    r"\b(that|this|those|these|either|neither|each|both|(either|neither|each|both|any|none|one) of (them|those|these"
    r"|the two|the))( (two|2))? (number|figure|claim|stat|statistic|data|estimate|count|fact|report|rumou?r"
    r"|percentage|share|reason|explanation|answer)s?\b"
    r"|^(and |but |so )?(is|was|are|were) (either|neither|any|each|both|none|one) of (them|those|these)\b"
    r"|\b(that|this)('s| is| was) (the|a|an|your) (reason|explanation|answer|figure|number|claim)\b"
    r"|^(so |and )?(this|that|it)('s| is| was) (true|real|right|correct|a fact|confirmed)\b"
    r"|^(so |and |but )?(is|was) (that|this|it) (for real|real|true|a fact|confirmed|legit)\b"
    r"|^(so |and |but )?(is|was) (that|this|it) (a |an |the )?(real|true|actual|proper|genuine|confirmed|known|proven)"
    r" (reason|fact|figure|number|explanation|cause)\b"
)
"""Words pointing at the last answer's figure or claim: a sourcing follow-up is about that answer."""

_HEDGES = frozenset({"only", "just", "merely", "simply", "mere", "pure", "a", "an"})


_RATHER = Lazy(r"\b(rather than|instead of|and not|not as)\b")
"""'As a rumour rather than a fact': the first kind named is the one asserted."""


_DO_SUPPORT = frozenset({"do", "does", "did", "didnt", "doesnt"})


_WHY_CLAUSE = Lazy(r"\swhy\b|\bthe reasons? (for|why)\b")
"""A clause of why inside a question of sourcing ("state as fact why Alipay decided ..."): never its opening word."""
_HEDGED = Lazy(
    r"\b(didn't|did not|does not|doesn't)? ?(seem|seems|seemed|appear|appears|appeared)\b|\bapparently\b"
    r"|\b(may|might|could) (have|be)\b",
    re.IGNORECASE,
)
"""Words with which the article hedges what it says in its own voice ("didn't seem happy")."""


def _asserted_kinds(query: Query) -> set[str]:
    """The kinds of source the question says it is ("Is it only a rumour?"); two or more when it asks which."""
    words = query.words
    kinds = {_KIND_WORDS[w] for w in words if w in _KIND_WORDS}
    if any(
        (words[i : i + 2] == ["say", "so"] and not _DO_SUPPORT.intersection(words[max(0, i - 4) : i]))
        or words[i : i + 2] == ["own", "claim"]
        for i in range(len(words))
    ):
        kinds.add("claim")  # "just Alipay's own say-so" (not the verb of "does the article say so?")
    hedged = {
        _KIND_WORDS[w] for i, w in enumerate(words) if w in _KIND_WORDS and i and words[i - 1] in _HEDGES
    }
    if len(kinds) > 1 and len(hedged) == 1:
        return hedged  # "Is the claim that ... only a rumour?": the hedged word is what is asked
    if ({"not", "no"} & set(words) or _RATHER.search(query.joined)) and len(kinds) == 2:
        # "only a rumour, not established fact": the first named is asserted
        first = next(_KIND_WORDS[w] for w in words if w in _KIND_WORDS)
        return {first}
    return kinds


_WHOSE_FIGURE = Lazy(
    r"^(is|was|are|were) (that|this|it|the|these|those)?\s*(\w+ )?(\w+ )?(number|numbers|figure|figures|stat|stats"
    r"|statistic|percent|percentage|thing|one)\b|\bbelongs? to\b|^(is|was) (that|this|it) (\w+ )?(number|figure"
    r"|stat|statistic)\b|\b(number|figure|stat|statistic)\W*$"
)
"""A figure put as some party's ("is the 80 percent Mogujie's number?", "does the 80% belong to Mogujie?")."""


_OWNED_TERMS = frozenset({"figur", "number", "stat", "statist", "percent", "thing", "operat", "one"})
"""Terms of a figure put as a party's, which say nothing of what it counts."""


def _figure_owner(ctx: Context, query: Query) -> Answer | None:
    """ "The 80 percent thing - is that Mogujie's number?": the figure's own record, and whether the party asked is
    the one it is about; a figure of another party is "No", with whose it is."""
    figures = [v for v in query.values if v.kind in ("count", "percent")]
    if len(figures) != 1 or not _WHOSE_FIGURE.search(query.joined) or "sourcing" in query.forms:
        return None
    said = [
        t
        for t, (a, _) in zip(query.tokens, query.spans, strict=True)
        if not t.startswith(ENTITY_PREFIX)
        and not figures[0].start <= a < figures[0].end
        and t not in _OWNED_TERMS
    ]
    if said:
        return (
            None  # ("is the 85 million a monthly figure?": what the figure counts is asked, not whose it is)
        )
    terms = _by_value(ctx, figures[0], [])
    if terms is None or not terms.record.entities:
        return None
    rec, asked = terms.record, query.entities[0]
    if asked in rec.entities:
        text = f"{_yes(query, rec.says)}: {rec.answer}"
    else:
        owner = ctx.index.kb.entities[rec.entities[0]].name
        text = f"{_no(query)}: the {figures[0].shown} figure is {owner}'s. {rec.answer}"
    return build(ctx.index, ctx.question, query, text=text, sources=[rec], kind="check", score=1.0)


def _by_value(ctx: Context, value: Value, entities: list[str]) -> RecordTerms | None:
    """The record stating a figure ("the 80% figure"), about the names given if any, where a name put as the
    source ("Was the 80% claimed by Mogujie?") is not what the figure is about."""
    for terms in ctx.index.valued:
        if terms.value and terms.value.same(value) and set(entities) <= terms.entities:
            return terms
    return None


_QUOTED = Lazy(
    r"[\"\u201c\u201d]([^\"\u201c\u201d]{6,})[\"\u201c\u201d]|(?:^|\s)['\u2018]([^'\u2018\u2019]{6,}?)['\u2019](?!\w)"
)
"""Words put in quotation marks ("who said 'i think therefore i am'"); an apostrophe inside a word opens none."""


def _quote_never_given(ctx: Context, query: Query) -> Answer | None:
    """ "Who said 'I think therefore I am'?": quoted words naming nothing the story names, and in no sentence of
    it, have no speaker the story could name."""
    found = _QUOTED.search(ctx.question)
    quoted = (found.group(1) or found.group(2)).strip(" .,?!") if found else ""
    if len(quoted.split()) < 3:
        return None
    if ctx.index.read(quoted).entities or any(
        fuzz.partial_ratio(fold(quoted), fold(s.text)) >= settings.QUOTE_FOUND_RATIO
        for s in ctx.index.kb.sentences.values()
    ):
        return (
            None  # (the story's words, or its matter quoted loosely: "'Alipay controls 80% ...' - a fact?")
        )
    text = f'The story never says "{quoted}", so it names no one who did.'
    return build(
        ctx.index, ctx.question, query, sources=[], kind="decline", score=1.0, status="unknown", text=text
    )


def _put_as_source(query: Query) -> list[str]:
    """The names standing after "by" or "from" ("claimed by Mogujie"), or opening the statement as the one saying
    it ("QQ Tech reported the fee?", "Did QQ Tech report ...?"): the source a check puts forward."""
    words = query.words
    opening = 1 if words[:1] in (["did"], ["does"], ["has"], ["had"]) else 0
    found = []
    for v in query.values:
        if v.kind != "entity" or not v.entity:
            continue
        verb = v.end + 2 * (words[v.end : v.end + 2] in (["is", "who"], ["was", "who"]))
        if (v.start and words[v.start - 1] in ("by", "from")) or (
            v.start == opening and words[verb : verb + 1] and words[verb] in _SAYING
        ):
            found.append(v.entity)
    return found


def _confirming(query: Query) -> list[str]:
    """The party a yes/no asks to have confirmed a figure itself ("Has Mogujie itself confirmed QQ Tech's
    count?"): the source put forward is that one, not the outlet the figure is put as belonging to."""
    if PARTY_CONFIRMED.match(query.joined) is None:
        return []
    return [v.entity for v in query.values if v.kind == "entity" and v.entity and v.start == 1][:1]


def _sourced_candidates(ctx: Context, query: Query, left_out: set[str]) -> list[Candidate]:
    """The records a sourcing question is about, ranked on its words without `left_out` (its sourcing words,
    words the story never uses, a name put as the source)."""
    rest = query
    for t, (s, e) in zip(query.tokens, query.spans, strict=True):
        if t in left_out:
            rest = rest.without(s, e, None)
    rest = replace(rest, unknown=[])  # its unknown words were taken out with the rest
    if rest.qtype == "who" and "sourcing_who" in query.forms:
        rest = replace(rest, qtype=None)  # "the market share, who say that number?": who says, not who did
    chosen = [c for c in ctx.rank(rest) if not c.terms.record.not_in_story]
    counted = [c for c in chosen if c.terms.value and c.terms.value.unit & set(rest.tokens)]
    if (
        counted
        and counted[0].score >= ctx.threshold * settings.SOURCING_SCORE_FACTOR / 2
        and counted[0].overlap >= chosen[0].overlap
    ):
        # "the store figures": the figure that counts stores (not when a record shares more of what is
        # asked: "the fee story, fact or market gossip?" is no market share)
        chosen = counted
    if chosen and chosen[0].terms.record.asks != "why" and _WHY_CLAUSE.search(query.joined):
        # "Does the article state as fact why Alipay resumed support?": of the reason, a close record of why
        why = [c for c in chosen[1:4] if c.terms.record.asks == "why" and chosen[0].score - c.score <= 0.25]
        chosen = why[:1] + chosen if why else chosen
    return chosen


_SOURCE_NOUNS = frozenset({"source", "sources"})
_GOT_FROM = frozenset({"get", "got", "cite", "cited", "use", "used", "obtain", "obtained", "base", "based", "find",
                       "found", "source", "sourced", "learn", "learned", "learnt", "hear", "heard", "take", "took"})  # fmt: skip
_OF_A_REPORT = frozenset(
    {"report", "reports", "article", "story", "piece", "reporter", "reporters", "journalists"}
)


_OWN_SOURCE = Lazy(r"(?:'s|\u2019s|s')\s+(?:\w+\s+)?sources?\b", re.IGNORECASE)


def _source_of_source(ctx: Context, query: Query) -> Answer | None:
    """ "Who was QQ Tech's source?", "Where did QQ Tech get its numbers?": the source behind a party the story
    gives as a source, which the story never names (so that party is no answer to it)."""
    if query.qtype == "yesno" or len(query.entities) != 1:
        return None
    party = query.values[0] if query.values and query.values[0].entity == query.entities[0] else None
    if party is None:
        return None
    words = query.words
    after = words[party.end :]
    if after[:1] and after[0] in _OF_A_REPORT:
        after = after[1:]  # "QQ Tech's report cite ...": the report of the party is the party's
    before = words[: party.start]
    # "QQ Tech's source" (possessive: "QQ Tech source?" typed as keywords names QQ Tech as the source)
    owned = bool(after[:1]) and after[0] in _SOURCE_NOUNS and _OWN_SOURCE.search(query.text) is not None
    got = (
        before[-1:] != []
        and before[-1] in AUXILIARIES
        and after[:1] != []
        and after[0] in _GOT_FROM
        and not _SOURCED_THINGS.isdisjoint(after[1:])
    )  # "where did QQ Tech get its numbers from?"
    if not (owned or got):
        return None
    # (the records in the party's voice are looked for only once the words ask for its source)
    told = [r for r in ctx.index.kb.qa if r.says and r.says.by == party.entity and not r.not_in_story]
    if not told:
        return None
    name = ctx.index.kb.entities[party.entity or ""].name
    rec = told[0]
    text = (f"The story doesn't say where {name} got it: it names {name} as the source and no source behind "
            f"{name}. {rec.answer}")  # fmt: skip
    return build(ctx.index, ctx.question, query, text=text, sources=[rec], kind="decline", score=1.0,
                 status="unknown", record=rec.id)  # fmt: skip


_FIGURES_AS_A_WHOLE = frozenset(
    {"number", "numbers", "figure", "figures", "data", "stat", "stats", "statistic", "statistics"}
)
"""Words for a party's figures as a whole ("Mogujie's numbers"), not one of them."""
_SOURCED_THINGS = _FIGURES_AS_A_WHOLE | _SOURCE_NOUNS | {"information", "info", "facts"}
"""What a party is said to get from somewhere ("where did QQ Tech get its numbers?")."""


_FROM = {
    "article": "Stated by the article itself",
    "claim": "Claimed by {party} itself",
    "report": "Reported by {party}",
    "rumour": "Only rumoured",
}
"""Who a group of figures comes from, as a label before them."""


_WEIGHTY = frozenset({"key", "main", "important", "major", "big", "top", "headlin"})
"""Stems saying figures matter ("key numbers for Alipay"): which figures are wanted is all of them."""


def _party_figures(ctx: Context, query: Query, entity: str | None) -> Answer | None:
    """Each figure the story gives of one party (or of all, with None; one per passage), each with who says it;
    a yes/no question ("are they confirmed?") is answered for all of them at once when they share a source."""
    index = ctx.index
    # (and of what it owns: Alipay's figures are Alipay Wallet's too)
    names = (
        {entity} | {e for e, owners in index.reader.owners.items() if entity in owners} if entity else set()
    )
    valued = [
        t
        for t in index.valued
        if t.value
        and t.value.kind in ("count", "percent")
        and (entity is None or not names.isdisjoint(t.entities))
        and t.record.says
        and not t.record.not_in_story
    ]
    if not valued:
        return None
    chosen = [t for group in _by_passage(valued) for t in group]
    by_source: dict[tuple[str, str], list[RecordTerms]] = {}
    for t in chosen:
        says = t.record.says
        assert says is not None
        by_source.setdefault((says.kind, says.by or ""), []).append(t)
    parts = []
    for (_, by), found in by_source.items():
        party = index.kb.entities[by].name if by in index.kb.entities else ""
        said = "; ".join(t.record.answer.rstrip(".") for t in found)
        parts.append(f"{_FROM[found[0].record.says.kind].format(party=party)}: {said}")  # type: ignore[union-attr]
    of = f" of {index.kb.entities[entity].name}" if entity else ""
    many = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five"}.get(len(chosen), str(len(chosen)))
    head = f"The story gives {many} figure{'s' if len(chosen) > 1 else ''}{of}"
    if query.qtype == "yesno" and "sourcing_settled" in query.forms:
        verdict = (
            _verdict_word(query, set(by_source) == {("article", "")}) if len(by_source) == 1 else "Not all"
        )
        head = f"{verdict}: {head[0].lower()}{head[1:]}"
    text = f"{head}. " + " ".join(f"{p}." for p in parts)
    return build(index, ctx.question, query, text=text, sources=[t.record for t in chosen], kind="sourcing",
                 score=1.0, says=chosen[0].record.says if len(by_source) == 1 else None)  # fmt: skip


_ARTICLE_STATES = Lazy(
    r"^\W*(?:(?:so|and|but)\s+)?(?:does|did) (?:the|this) (?:article|story|piece|text|writer|author) (?:state|say|"
    r"claim|report|tell us|mention)s? that\b",
    re.IGNORECASE,
)
"""A yes or no whether the article itself says a statement: when the record stating it is the article's, yes."""
_SOURCE_PUT = Lazy(r"\b(is|was|are|were) (where|who|whom|the (source|origin|one))\b")
"""A party put as the source ("QQ Tech is where the figures came from?"): a yes or no, with who says it."""
_SOURCE_GIVEN = Lazy(
    r"\b(give|gives|gave|given|name|names|named|cite|cites|cited|provide|provides|provided|mention|mentions"
    r"|mentioned|offer|offers|offered|identify|identifies|identified) (a|any|its|the|her|his|their) (source|sources"
    r"|origin)\b"
)
"""A yes or no whether the story names a source for something ("Did the writer give a source for ...?")."""
_SAME_SOURCE = Lazy(r"\b(the )?same (source|sources|party|origin|company|outlet|voice|people|place)\b")
"""A sourcing question comparing with the last answer's source ("from the same source?")."""


def _voice(says: Attribution, party: str) -> str:
    return {
        "article": "the article states it in its own voice",
        "claim": f"it is {party}'s own claim",
        "report": f"it comes from a report by {party}",
        "rumour": "it is only a rumour",
    }[says.kind]


def _who(says: Attribution, party: str, writer: str) -> str:
    """The answer to "who says so?" (`writer`: the story's author, as its source gives it)."""
    by = f" (by its writer, {writer})" if writer else ""
    return {
        "article": f"The article itself says so, in its own voice{by}; it names no other source.",
        "claim": f"{party} says so: it is {party}'s own claim, which the article reports without confirming it.",
        "report": f"{party}: the article attributes it to a report by {party}, which it cites.",
        "rumour": "Nobody named: it is a rumour that the article passes on, unconfirmed.",
    }[says.kind]


def _chosen(says: Attribution, party: str) -> str:
    """The answer to "a fact or a claim?": which kind of source it is."""
    return {
        "article": "Stated as fact: the article says it in its own voice.",
        "claim": f"A claim, not a confirmed fact: {party}'s own, which the article reports without confirming it.",
        "report": f"A report, not independently confirmed: by {party}, which the article cites.",
        "rumour": "A rumour, not a confirmed fact: the article passes it on.",
    }[says.kind]


def _settled(says: Attribution, party: str) -> str:
    """The answer to "is that confirmed / a fact or a claim?"."""
    return {
        "article": "Yes: the article states it as fact, in its own voice.",
        "claim": f"No, not independently confirmed: it is a claim by {party} itself.",
        "report": f"Not independently: it comes from a report by {party}, which the article cites without checking it.",
        "rumour": "No: it is only a rumour, not a confirmed fact.",
    }[says.kind]


def _degree(says: Attribution, party: str, not_known: bool) -> str:
    """The answer to "how sure is the article about that?": how settled it is, in words of degree."""
    if says.kind == "article" and not_known:
        return "Not sure at all: the article says it is not known, and passes on only guesses."
    return {
        "article": "Sure: the article states it as fact, in its own voice.",
        "claim": f"Not sure: it is {party}'s own claim, which the article reports without confirming it.",
        "report": f"Fairly: it comes from a report by {party}, which the article cites without checking it.",
        "rumour": "Not sure: it is only a rumour, which the article passes on unconfirmed.",
    }[says.kind]


# -- overviews from the timeline ----------------------------------------------------------------------------


_RELATIVE_WHEN = Lazy(r"\b(yesterday|(a|one) year ago|earlier this year|last year|this year)\b")
"""A moment said relative to the article's date, as the timeline says its moments."""


_AFTER_EVENT = Lazy(
    r"\b(?:happened|happens|will happen|happen)(?: (?:to|with|for)(?: \w+){1,3}?)? (?P<rel>after|before|since) "
    r"(?P<clause>(?!that\b|this\b|then\b|it\b)\w.+)$"
)
"""What happened after or before an event the question tells ("what happened after Alipay resumed support?")."""


def _next_to_event(ctx: Context, query: Query, rel: str, clause: str) -> Answer | None:
    """The timeline's events after (or before) the one the clause tells; when there are none, the story
    doesn't say, which the event itself shows. None when no one event fits the clause."""
    index = ctx.index
    asked = set(index.read(clause).tokens)
    fits = [(len(asked & toks), -k, e) for k, (e, toks) in enumerate(index.events)]
    best = max(fits, key=lambda f: f[:2], default=None)
    if best is None or best[0] < 2 or best[0] < len(asked) - 1:
        return (
            None  # (of two that fit as well, the earlier: a later event tells the one before as its moment)
        )
    order = [e for e, _ in index.events]
    at = order.index(best[2])
    events = order[at + 1 :] if rel in ("after", "since") else order[:at]
    event = best[2]
    if not events:
        side, end = ("before", "first") if rel == "before" else ("after", "last")
        text = f"The story doesn't say what happened {side} that; it is the {end} event it tells ({event.when}): "
        return build(index, ctx.question, query, text=text + event.text, sources=[event], kind="overview",
                     score=1.0, status="unknown", record=_record_of(index, event))  # fmt: skip
    parts = [f"{e.when}: {e.text}" for e in events]
    text = f"{rel.capitalize()} that ({event.when}), the story reports: " + " ".join(parts)
    return build(index, ctx.question, query, text=text, sources=events, kind="overview", score=1.0)


_HAPPENING = frozenset({"happen", "happened", "happens", "happening", "passed", "do", "did", "done", "doing",
                        "occurred", "went", "going"})  # fmt: skip
"""Words asking for events: a party's history answers them, not one record sharing their other words."""


def overview(ctx: Context, query: Query) -> Answer | None:
    """What happened in a year, to a party, or in order: from the curated timeline."""
    index = ctx.index
    if "summary" in query.forms and len(query.entities) == 1 and not _FIGURE_ASPECTS.isdisjoint(query.words):
        # "Summarise Mogujie's user numbers in a sentence": the party's figures, not its whole history
        found = _party_figures(ctx, query, query.entities[0])
        if found:
            return found
    if query.attribute in ("headlin", "titl") and any(
        index.kb.entities[e].kind == "outlet" for e in query.entities
    ):
        return (
            None  # "What's the headline of the QQ Tech report?": a named thing's title, not the story's gist
        )
    asked = [t for t in query.tokens if not t.startswith(ENTITY_PREFIX)]
    asks_events = (
        "summary" in query.forms
        or "acts" in query.forms
        or not _HAPPENING.isdisjoint(query.words)
        or bool(_RELATIVE_WHEN.search(query.joined) or _AFTER_EVENT.search(query.joined))
    )  # ("what happened after ...?", "what has Alibaba done?": events asked, which the timeline tells)
    whole = ctx.rank(query) if asked and not asks_events else []
    if whole and whole[0].coverage >= settings.OVERVIEW_WHOLE_COVERAGE and whole[0].score >= ctx.threshold:
        # "what was Alibaba's problem with social shopping sites?": one record explains every word of it
        return None
    if ("reason" in query.tokens or "why" in query.words) and "history" not in query.forms:
        # "summarise the explanations for Alipay changing its mind", "what does it say about why ...": the
        # reasons, not a timeline
        return None
    bare = [t for t in query.tokens if t not in _SUMMARY_TERMS and t not in index.reader.kind_terms]
    if (
        "summary" not in query.forms
        and not query.entities
        and not query.values
        and len(bare) >= 2  # (one word of its own, "the conflict in the story", is the story's)
        and _mostly_foreign(index, bare)
        and not _RELATIVE_WHEN.search(query.joined)  # ("what took place a year ago?": the story's moment)
    ):
        return None  # "a good book on the history of the Silk Road": nothing of this story's history
    if "summary" in query.forms:
        # "the central event, stripped of its speculation": how sure the gist is asks nothing more of it
        bare = [t for t in bare if t not in _SOURCE_TERMS]
    dated = any(v.kind == "year" for v in query.values)  # "summarise what happened in 2013": that year's
    # ("what is the conflict in the story?": a history of nobody named is the story's own)
    if {"summary", "history"} & query.forms and not query.entities and len(bare) <= 1 and not dated:
        summaries = [r for r in index.kb.qa if r.summary]
        if summaries:
            return build(index, ctx.question, query, text=summaries[0].answer, sources=summaries[:1], kind="overview",
                         score=1.0)  # fmt: skip
    relative = _AFTER_EVENT.search(query.joined) if "overview" in query.forms else None
    if relative:
        found = _next_to_event(ctx, query, relative.group("rel"), relative.group("clause"))
        if found:
            return found
    years = {int(v.number) for v in query.values if v.kind == "year" and v.number is not None}
    named = set(query.entities)
    events: list[TimelineEvent]
    side = next(
        (
            w
            for v in query.values
            if v.kind == "year"
            for w in query.words[max(0, v.start - 1) : v.start]
            if w in ("before", "after")
        ),
        "",
    )  # ("what happened before 2013?": the years ahead of it, not 2013)
    if years and side and len(years) == 1:
        year = next(iter(years))
        events = [
            e for e, _ in index.events if e.year and (e.year < year if side == "before" else e.year > year)
        ]
        if not events:
            text = f"The story doesn't say what happened {side} {year}."
            return build(index, ctx.question, query, text=text, sources=[], kind="overview", score=0.0,
                         status="unknown")  # fmt: skip
        head = f"{side.capitalize()} {year}, the story reports: "
    elif years:
        events = [e for e, _ in index.events if e.year in years]
        if not events:
            text = f"The story doesn't say what happened in {', '.join(map(str, sorted(years)))}."
            return build(
                index,
                ctx.question,
                query,
                text=text,
                sources=[],
                kind="overview",
                score=0.0,
                status="unknown",
            )
        head = f"In {', '.join(map(str, sorted(years)))}, the story reports: "
    elif (
        named
        and len(query.unknown) < 2
        and (  # ("what contractual terms govern ...": asked, not known)
            _about_party(query, index.reader.kind_terms)
            or ("history" in query.forms and query.qtype != "why")
            # "main points about Meilishuo": the story's events about it (not "summarise the explanations for ...")
            or ("summary" in query.forms and all(t.startswith(ENTITY_PREFIX) for t in bare))
        )
    ):
        acts = [
            t
            for t in bare
            if not t.startswith(ENTITY_PREFIX) and t not in index.reader.kind_terms and t not in _NOW_TERMS
        ]
        top = next(iter(ctx.rank(query)), None)
        if (
            acts
            and top
            and top.score >= ctx.threshold
            and set(acts) <= top.terms.roles.get(ENTITY_PREFIX + query.entities[0], frozenset())
        ):
            return (
                None  # "What does the story say about Alibaba buying Mogujie?": the record of that act by it
            )
        # one party: every event about it; two or more ("the conflict between Alipay and Mogujie"): those
        # about all of them
        # (of two or more, those about all of them, or for anything but a history those about any)
        events = [e for e, toks in index.events if named <= _names(toks)]
        if not events and len(named) > 1 and any(named <= set(r.entities) for r in index.kb.qa):
            return None  # "what's the deal with Alimama and Mogujie?": no event joins them, a record does
        if not events and (len(named) == 1 or "history" not in query.forms):
            events = [e for e, toks in index.events if named & _names(toks)]
        if not events:
            return None
        acting = (
            [e for e in events if e.entities[:1] == tuple(query.entities)] if "acts" in query.forms else []
        )
        if acting:
            events = acting  # "what did Alibaba do about them?": its own acts, not what others did about it
        head = f"What the story reports of {' and '.join(index.kb.entities[e].name for e in query.entities)}, in order: "
    elif "timeline" in query.forms:
        events = [e for e, _ in index.events]
        head = "The story's timeline: "
    elif "overview" in query.forms and (said := _RELATIVE_WHEN.search(query.joined)):
        # "what happened yesterday?", "what happened a year ago?": the events the story dates that way
        moment = "one year ago" if said.group(0).endswith("year ago") else said.group(0)
        events = [e for e, _ in index.events if fold(e.when).startswith(moment)]
        if not events:
            return None
        head = "The story reports: "
    else:
        return None
    parts = [f"{e.when}: {e.text}" for e in events]
    # one event: the record quoting the same sentences, so "is that confirmed?" has an answer to ask about
    record = _record_of(index, events[0]) if len(events) == 1 else None
    if len(events) == 1:
        head = head.replace(", in order: ", ": ")
    return build(index, ctx.question, query, text=head + " ".join(parts), sources=events, kind="overview",
                 score=1.0, record=record)  # fmt: skip


_FIGURE_ASPECTS = frozenset(
    {
        "numbers",
        "figures",
        "figure",
        "stats",
        "statistics",
        "scale",
        "size",
        "users",
        "user",
        "accounts",
        "reach",
    }
)
"""Words of a party's figures: a summary of them is the figures the story gives of it."""


def _record_of(index: Index, event: TimelineEvent) -> str | None:
    """The record telling what an event tells (a what-record quoting the same sentences), if any."""
    quoted = {c.sentence for c in event.citations}
    same = [r for r in index.kb.qa if {c.sentence for c in r.citations} == quoted and not r.not_in_story]
    same.sort(key=lambda r: r.asks != "what")
    return same[0].id if same else None


_SOURCE_TERMS = frozenset({"rumor", "claim", "fact", "speculat", "confirm", "guess", "opin"})
"""Terms saying how sure a thing is: in a request for the gist, they say which parts to leave out or keep."""
_SUMMARY_TERMS = frozenset({"summari", "summary", "main", "headlin", "gist", "overview", "sentenc", "news", "point",
                            "event", "report", "develop",
                            "sum", "up", "short", "brief", "nutshell", "idea", "about", "all", "tldr", "tl", "dr",
                            "whol", "entir", "easy", "simpl", "quick", "few", "word", "line", "plain", "takeaway",
                            "key", "development", "background", "set", "asid", "actual", "involv", "principal"})  # fmt: skip
"""Terms of a request for the whole story's gist; anything more ("sum up the problem between...") is a
question about something in it."""


def _names(tokens: frozenset[str]) -> set[str]:
    """The entity ids among index tokens."""
    return {t[1:] for t in tokens if t.startswith(ENTITY_PREFIX)}


def _about_party(query: Query, kinds: frozenset[str]) -> bool:
    """True for "what happened to/with X", "what became of that other outfit, X", not for "what happened after X
    did Y"."""
    rest = [
        t
        for t in query.tokens
        if not t.startswith(ENTITY_PREFIX) and t not in kinds and t not in _PARTY_FILLER
    ]
    return len(rest) <= 2


_PARTY_FILLER = frozenset({"other", "all", "becom", "becam"})
"""Terms of "what became of that other outfit, X, in all of this": they name nothing that happened."""
