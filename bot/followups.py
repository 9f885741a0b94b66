"""Follow-up questions read against the last turn: pronouns, "and X?", bare question words, "X too?".

Only the last turn is consulted (its question as resolved and what its answer named), and every reading is
capped at the question length limit, so a long chain of follow-ups costs no more than one question.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from rapidfuzz import fuzz

from . import settings
from .answers import Turn
from .glossary import asked_phrase
from .index import Index
from .patterns import Lazy
from .query import ENTITY_PREFIX, QUESTION_WORDS, Query
from .questions import question_type, time_references
from .text import AUXILIARIES, stem
from .text import words as words_of

_DUMMY_IT = Lazy(
    r"^\W*((so|and|but) )?(is|was|isn'?t|wasn'?t) it (really |actually )?(true|correct|right|accurate|the case|so|a fact)\b",
    re.IGNORECASE,
)
_PRONOUNS = Lazy(
    r"\b(it|its|itself|they|them|their|theirs|she|her|hers|he|him|his|both|"
    r"(?:the|this|that|these|those) (?:company|companies|site|sites|apps?|services?|firms?|platforms?|programs?|startups?|"
    r"(?<=these |those )(?:places|ones|businesses)|"
    r"writer|author|two(?! [\w-]+ (?:of|owned|run|operated)\b)|two sites|two companies|two firms)"
    r"|(?:the|this|that) same (?:outlet|source|newspaper|paper|publication|site|company)"
    r"|(?:this|that) (?:outlet|newspaper|publication|group|giant|corporation|conglomerate|report)|(?:this|that) one"
    r"|(?<=\bis )that(?= an? )"
    r"|(?<=\bwas )that(?= an? ))\b",
    re.IGNORECASE,
)
SUBJECT_PRONOUNS = re.compile(r"\b(it|they|them|she|he|him)\b")
"""A question leaning on one of these with no name and no earlier turn cannot be answered safely."""
_ELLIPSIS = Lazy(r"^\s*(and|what about|how about|what of|same for|and for|and what about|or)\b")
_MOMENT_ONLY = Lazy(
    r"^((?:and|but|so|ok|okay)(?: what about| how about)? |what about |how about )?(after|before|since|once|by the time"
    r"|during|from|through|via)\b"
)
"""A follow-up that only names a moment ("And after they launched their own marketplace?") or another means
("and what about from its own marketplace?")."""
_NOW_ONLY = Lazy(
    r"^((?:and|but|so|ok|okay)? ?(?:what|how) about |and |so |but )?(?P<when>now|today|currently|these days|at present"
    r"|nowadays|back then|at the time|at that time)$"
)
"""A follow-up that only names a moment by a word ("and now?", "what about back then?")."""
_ELLIPSIS_FILLERS = frozenset({"other", "same", "similar", "likewise", "also", "too", "either", "well"})
"""Words an ellipsis may carry that ask nothing new ("and the other one, Meilishuo - same?")."""
_OTHER_ONE = Lazy(
    r"^(and |what about |how about |and what about |same for )?(the )?other (one|site|company|app)\b"
)
"""'and the other one?': the other of the two names the last answer gave."""
_CAUSED_IT = Lazy(
    r"\b(prompt|prompted|cause|caused|trigger|triggered|spark|sparked|provoke|provoked|lead to|led to|bring on"
    r"|brought on|bring about|brought about) (it|this|that)\b"
)
"""A question about what caused the last answer's event ("what had Mogujie done that prompted it?")."""
_ORDINAL_ONE = Lazy(
    r"\bthe (?:(first|second|1st|2nd)(?= (?:one|site|company|app|firm|platform|service)\b| (?:have|had|has|did|do|does"
    r"|is|was)\b|\W*$)(?: (?:one|site|company|app|firm|platform|service))?|(former|latter))\b",
    re.IGNORECASE,
)
"""'the first one', 'the latter': one of the two names the last question gave, in its order."""
OTHER_INSIDE = Lazy(r"\bthe other (one|site|company|app|firm|platform|service)\b", re.IGNORECASE)
_DEFINITION = Lazy(
    r"^\s*(and|or)\s+((what|who)\s+(is|are|was|were)"
    r"|(who|what|when|where|why|how|which)( \w+)? (did|does|do|had|has|have|was|were|will|would|could|can)"
    r" (it|they|she|he))\b"
)
"""'And what is Alimama?', 'and when had it cut Mogujie off?' are questions of their own (the second with its
own subject), not the last one asked of a new name."""
_JOINED_PRONOUN = Lazy(
    r"\b(it|she|he)\s+and\s+(?!(what|whats|who|when|where|why|how|which|is|was|are|were|does|did|do)\b)\w"
    r"|\w\s+and\s+(it|her|him)\b"
)
"""A pronoun joined to a new name ("what did it and Mogujie do"): it is the last subject, beside the new name
(a clause ending in "it" and another starting, "... part of it and what's it for?", joins no names)."""
_ASKED_SUBJECT = Lazy(
    r"^(and |so |but |then |ok |okay )*((who|what|when|where|why|how|which)( \w+)? )?"
    r"(did|does|do|had|has|have|was|were|is|are|will|would|could|can) (it|they|she|he)\b"
    r"|^(and |so |but |then )*(how many|how much|what|which|when|why)( \w+){0,2} (it|they|she|he)"
    r" (had|has|have|got|gets|did|does|do|was|is|were|are)\b"
    r"|^(and |so |but |then )*(after|before|since) (that|this|then) (it|they|she|he) \w+"
)
"""A pronoun as the subject of a question ("and when had it cut Mogujie off?", "so after that they switched to
X?"): what the last one was about."""
_DONE_TO = Lazy(r"\b(to|with|for|against|from) (it|them)\W*$")
"""A pronoun a new name's act is done to, last ("what did Alipay do to it?"): a party, not a matter ("about it")."""
_KNOWING_WHY = Lazy(r"\bknows?\b.*\bwhy\b|\bwhy\b.*\b(known|clear|confirmed|certain)\b", re.IGNORECASE)
"""A question whether anyone knows the reason just asked about ("so do they actually know why?")."""
_AS_WHETHER = Lazy(
    r"^(?:when|where|how|why|what year|in what year|in which year)\s+(?P<rest>(?:did|does|do|was|were|is|are|has|have|had)\b.+)$",
    re.IGNORECASE,
)
"""A wh-question whose auxiliary on starts the same question as a yes/no ("when did X launch" -> "did X launch")."""
_WHETHER_CLAUSE = Lazy(r"\b(was|is|were|are|did|does|do|has|had) (it|they|that|this)\b")
"""A yes/no clause after a name ("and Meilishuo's, was it the same year?")."""
_DISLOCATED = Lazy(
    r"^\W*(?:and |so |but |what about |how about |ok |okay )?(?P<name>[\w' .-]{2,40}?)\s*[,:-]+\s*"
    r"(?P<aux>did|does|do|has|had|have|is|was|were|are|will|would|could|can) (?:it|they) (?P<rest>.+)$",
    re.IGNORECASE,
)
"""A name set before a yes/no whose subject pronoun stands for it ("And Meilishuo, did it do that too?")."""
_DO_SAME = Lazy(
    r"\b(do|does|did|doing|done) (the same|so|likewise|that too|it too|that as well|it as well)\b"
)
"""A yes or no asking whether another did what was just asked about ("and did Meilishuo do the same?")."""
TOO = re.compile(
    r"\b(too|also|as well|either|likewise|the same|same (one|thing|things)|(did|do|does|done) same|as much)\b"
)
"""An additive question ("Did Meilishuo do it too?"): about a new name, and not refuted by another name's fact."""
_PERSON_PRONOUNS = {"she", "her", "hers", "he", "him", "his"}
_PLURAL_PRONOUNS = {"they", "them", "their", "theirs", "both"}
_POSSESSIVE = {"its", "their", "her", "his", "theirs", "hers"}


@dataclass
class Readings:
    """The ways to read a question in context, best first; `ordered` means take the first that answers."""

    queries: list[Query]
    ordered: bool
    resolved: bool
    """True when a pronoun or ellipsis was filled in from the last turn (so no fallback to a guess)."""


SUBJECT_THAT = frozenset({"that", "it", "this", "they", "those", "these"})
"""Pronouns that stand for the last answer's party as a comparison's first side."""


def ordinal_named(index: Index, typed: Query, last: Turn | None) -> Query | None:
    """ "(Compare Mogujie and Meilishuo's stores) / how many times bigger is the first one?": the question with the
    name it points at, in the order the last question named two of a kind; read as if typed so."""
    if last is None or typed.entities or "the " not in typed.joined:
        return None
    ordinal = _ORDINAL_ONE.search(typed.text)
    kinds = index.reader.kinds
    # ("Which two sites launched marketplaces?" names none: the two its answer names, in the answer's order)
    named = [e for e in last.entities if kinds.get(e) == kinds.get(last.entities[0])] if last.entities else []
    if len(named) != 2 and last.named and last.query is not None:
        # ("Which two sites adopted WeChat Payment?" names none of the two: its answer's two, if it asked none
        # of their kind)
        told = [e for e in last.named if kinds.get(e) == kinds.get(last.named[0])]
        if not {kinds.get(e) for e in last.query.entities} & {kinds.get(told[0])}:
            named = told
    if ordinal is None or len(named) != 2:
        return None
    pick = named[(ordinal.group(1) or ordinal.group(2)).lower() not in ("first", "former", "1st")]
    return index.read(
        typed.text[: ordinal.start()] + index.kb.entities[pick].name + typed.text[ordinal.end() :]
    )


_SPAN_TO_THAT = Lazy(
    r"^(?:(?:so|and|then|ok|okay|but|right),? )?(?P<head>how (many|much) (\w+ )?(years?|months?|time)( \w+)? (before"
    r"|after|since|earlier|later)\b.*?),? "
    r"(was|is|did|were) (that|this|it)\W*$",
    re.IGNORECASE,
)
"""A span of time between a new event and "that" ("How many years before the marketplace launch was that?")."""
_RELATIVE_TO_THAT = Lazy(r"\b(before|after|since|until) (?P<that>that|this|then)\W*$", re.IGNORECASE)
"""A follow-up asking what was done next to the last question's event ("What had Mogujie done before that?")."""
_DOING = frozenset({"do", "does", "done", "doing"})
_SPAN_FROM_THAT = Lazy(
    r"^(?:(?:so|and|then|ok|okay|but|right),? )?(?P<head>how (?:long|many (?:years|months|days|weeks)|much time))"
    r" (?P<rel>after|before|since)( that| this| it)\b(?P<tail>.*)$",
    re.IGNORECASE,
)
"""A span from "that" to a new event ("And how long after that did it announce it would resume?")."""
_WHEN_ASKED = Lazy(
    r"^(?:when|(?:in )?(?:what|which) (?:year|month|date)) (?P<event>(was|is|did|were|does|do|has|had) .+?)\W*$",
    re.IGNORECASE,
)
"""A when-question's event, with its auxiliary ("When was Mogujie founded?": "was Mogujie founded")."""


def _new_word(index: Index, typed: Query, asked: list[str], last: Turn) -> bool:
    """True when a content word typed (as typed, not as read: "launch" alone reads as founding) is none of the
    last question's and names nothing: the follow-up asks something of its own."""
    if last.query is None:
        return False
    said = {stem(w) for w in words_of(last.query.text)}
    skip = index.reader.stopwords | QUESTION_WORDS | AUXILIARIES | _ELLIPSIS_FILLERS
    return any(
        stem(w) not in said and not index.read(w).entities
        for w in words_of(typed.text)
        if w not in skip and not w.isdigit()
    )


def _asks_otherwise(typed: Query, last: Turn) -> bool:
    """True when a follow-up opening like an ellipsis asks a question of another type, with its own verb
    ("(When did Mogujie launch it?) / And what did Alipay do about it?"): not the last question of a new name."""
    before = last.query.qtype if last.query is not None else None
    counted = before in ("how_many", "how_much") or (
        last.query is not None and any(v.kind == "count" for v in last.query.values)
    )
    if (
        counted
        and not _HAVING.isdisjoint(typed.words)
        and all(t.startswith(ENTITY_PREFIX) for t in typed.tokens)
    ):
        return False  # "(How many stores did Mogujie have?) / and what did Meilishuo have?": the same count
    return (
        typed.qtype not in (None, "yesno", before)
        and before is not None
        and any(w in AUXILIARIES for w in typed.words[1:])
        and any(w in QUESTION_WORDS for w in typed.words[:3])
    )


_HAVING = frozenset({"have", "has", "had", "got", "get", "gets"})
"""Verbs of having: after a count asked of one party, what another "had" is the same count."""
_NO_VERB = (
    "is|was|are|were|do|does|did|has|have|had|what|who|how|and|or|about|before|after|since|until|till|during|at|by"
    "|in|to|into|than|like|as|from|with|of|on|for|over|under|without|then|because"
)
"""Words before a closing pronoun that are no verb acting on it ("before that", "is it", "like that")."""
POINTS_AT_LAST = Lazy(
    rf"\b(?!(?:{_NO_VERB})\b)[a-z]+ (?:(?:from|with|of|on|for|about) )?(?:it|that|this|them)\W*$"
)
"""A question closing on a verb acting on a pronoun ("And which company's finance arm runs it?", "And what does
Mogujie earn from it?"): a whole question about what the pronoun means, no ellipsis of the last question."""
_RECALLED_AGAIN = Lazy(r"\s+again\s*\?*\s*$", re.IGNORECASE)
"""A closing "again", which the question's reading alone took as asking to be reminded, not as a resumption."""
ACTED_ON_IT = Lazy(rf"\b(?!(?:{_NO_VERB})\b)[a-z]+ (?:it|that)\W*$")
"""The same with the verb right before "it" or "that" ("When did Alipay announce it?"): the thing the conversation
was about, though the question names a party, so what it was about weighs in."""


def _own_act(typed: Query, last: Turn, asked: list[str]) -> bool:
    """True when a follow-up opening like an ellipsis asks a whole question of its own: an auxiliary, a
    question word and a word of its own the last question lacks ("(When did they launch their marketplaces?)
    / And when did Alipay cut Mogujie off?"), not the last question of a new name."""
    own = set(asked) - set(last.query.tokens) if last.query is not None else set()
    return (
        bool(own)
        and (len(own) >= 2 or len(typed.entities) >= 2)  # ("And when did Meilishuo launch?" reads "founded")
        and not AUXILIARIES.isdisjoint(typed.words[1:])
        and not QUESTION_WORDS.isdisjoint(typed.words[:3])
    )


def _counted_before(typed: Query, last: Turn) -> str:
    """The thing a how-many question naming nothing counted means: the words of the last question's own terms
    (not its names), when the new question names a party but no thing to count."""
    if typed.qtype not in ("how_many", "how_much") or not typed.entities or last.query is None:
        return ""
    if any(not t.startswith(ENTITY_PREFIX) for t in typed.tokens):
        return ""
    before = last.query
    spans = [
        (s, e)
        for t, (s, e) in zip(before.tokens, before.spans, strict=True)
        if not t.startswith(ENTITY_PREFIX)
    ]
    return " ".join(w for s, e in spans for w in before.words[s:e])


def _of_that_kind(index: Index, typed: Query, last: Turn) -> Query | None:
    """A pronoun beside a kind noun ("whose program is that?") stands for the one name of that kind the last
    answer gave."""
    at = next((i for i, w in enumerate(typed.words) if w in _THAT_WORDS), None)
    if at is None:
        return None
    kinds = index.reader.kinds
    named = [
        e
        for e in dict.fromkeys(last.named)
        if e not in last.entities and stem(kinds.get(e, "")) in typed.tokens
    ]  # (a name the answer brought in: "on which platform is that?" asks a detail of what was asked about)
    if len(named) != 1:
        return None
    words = [index.kb.entities[named[0]].name if i == at else w for i, w in enumerate(typed.words)]
    return index.read(_cap(" ".join(words)) + "?")


_THAT_WORDS = frozenset({"that", "it", "this"})


def resolve(index: Index, typed: Query, last: Turn | None) -> Readings:
    """Readings of a question given the last turn; the question itself when there is nothing to resolve."""
    plain = Readings([typed], ordered=False, resolved=False)
    if last is None:
        return plain
    read = index.read
    placed = _DISLOCATED.match(typed.text) if typed.entities else None
    if (
        placed
        and placed.group("aux").lower() in ("was", "is", "were", "are")
        and placed.group("rest").startswith("the same")
    ):
        placed = None  # "and Meilishuo, was it the same year?": the last question asked of the name, below
    if (
        placed
        and not placed.group("name").endswith(("'s", "s'", "\u2019s"))
        and len(read(placed.group("name")).entities) == 1
    ):
        # "And Meilishuo, did it do that too?": the name set before the clause is its pronoun
        clause = placed.group("rest")
        return resolve(index, read(_cap(f"{placed.group('aux')} {placed.group('name')} {clause}")), last)
    if (
        last.query is not None
        and "summary" in last.query.forms
        and not last.query.entities
        and not typed.entities
        and _STORY_IT.search(typed.text)
    ):
        # "What is the story mainly about? / Who wrote it?": "it" is the story itself
        return Readings([read(_STORY_IT.sub("the article", typed.text, count=1))], True, True)
    says_why = _TELLS_WHY.match(typed.joined)
    people = {ENTITY_PREFIX + e for e, entity in index.kb.entities.items() if entity.kind == "person"}
    if says_why and set(typed.tokens) <= people | ONLY_ASKING_WHY:
        # "(What did Alipay announce?) / does the author say why?": the bare "why?" of the last question, put to
        # the story (the writer or the article saying it is only where the answer is to come from; a pronoun subject,
        # "has it explained why?", keeps its own reading)
        return resolve(index, read("why?"), last)
    beside = _year_beside(typed, last) if "year" in typed.words else None
    if beside:
        # "(What happened to Mogujie in 2013?) / and the year before that?": the last question, a year over
        return Readings([read(beside)], True, True)
    done = _thing_done(index, typed, last)
    if done:
        # "(... the open strategy Alipay announced earlier this year.) / When did Alipay announce that?"
        return Readings([read(_cap(done)), typed], True, True)
    glossed = _glossed_phrase(typed, last) or _thing_there(typed, last)
    if glossed:
        # "(What does 'open strategy' mean?) / When did Alipay announce it?": "it" is the phrase just explained
        return Readings([read(glossed)], True, True)
    if (
        typed.tokens == ["unknown"]
        and not typed.entities
        and last.query is not None
        and last.query.qtype == "why"
        and QUESTION_WORDS.isdisjoint(typed.words)
    ):
        # "(Why is Alipay back?) / so nobody actually knows": the reason, put to the check as unknown
        return Readings([read(f"is the reason unknown: {last.resolved.rstrip(' ?!.')}?"), typed], True, True)
    if (
        last.query is not None
        and last.query.qtype in ("why", "yesno")
        and not typed.entities
        and _KNOWING_WHY.search(typed.text)
    ):
        # "(y would alipay take mogujie back) / so do they actually know why": whether that reason is known
        return Readings([read(f"is the reason {last.resolved.rstrip(' ?!.')} known?"), typed], True, True)
    counted = _counted_before(typed, last)
    if counted:
        # "(What does 'accumulated accounts' mean?) / how many does Mogujie say it has?": of those
        return Readings([read(_cap(f"{typed.text.rstrip(' ?!.')} ({counted})?")), typed], True, True)
    # "did it use the same one?" asks something of its own; "and the other one, Meilishuo - same?" does not
    fillers = frozenset() if AUXILIARIES.intersection(typed.words) else _ELLIPSIS_FILLERS
    asked = [t for t in typed.tokens if not t.startswith(ENTITY_PREFIX) and t not in fillers]
    joined = typed.joined
    compared = last.kind == "comparison" or (
        last.record in index.by_id and "comparison" in index.by_id[last.record].forms
    )
    if (
        compared
        and "comparison" in typed.forms
        and not typed.entities
        and not typed.values
        and set(typed.tokens) <= COMPARING
    ):
        # "Compare their store counts. / So how many times more is that?": the comparison, asked again
        return Readings([read(f"{typed.text.rstrip(' ?!.')}: {last.resolved}")], True, True)
    previous = index.by_id.get(last.record or "")
    if (
        len(typed.entities) == 1
        and "comparison" not in typed.forms
        and _BARE_COMPARATIVE.search(joined)
        and previous is not None
        and previous.value is not None
        and previous.value.kind in ("count", "percent")
    ):
        # "(How many stores did Meilishuo have?) / did Mogujie have fewer?": fewer than the last answer's figure
        return Readings([read(f"{typed.text.rstrip(' ?!.')} than that?"), typed], True, True)
    against = _AGAINST_THAT.search(typed.text)
    if "comparison" in typed.forms and len(typed.entities) == 1 and (against or not _THAN.search(joined)):
        # "(each site's stores) / So how many more did Mogujie have?": than the other the last answer named
        kinds = index.reader.kinds
        one = typed.entities[0]
        others = [
            e
            for e in dict.fromkeys([*last.named, *last.entities])
            if e != one and kinds.get(e) == kinds.get(one)
        ]
        previous = index.by_id.get(last.record or "")
        if against and previous is not None and previous.value is not None:
            # "(Alipay Wallet's users?) / And Mogujie's accounts - how do they compare with that?": the new
            # name's figure against the last answer's, which the comparison reads from the last turn
            return Readings([typed], True, True)
        if len(others) == 1:
            rival = index.kb.entities[others[0]].name
            at = next((v.start for v in typed.values if v.entity == one), 0)
            pronouns = [i for i, w in enumerate(typed.words[:at]) if w in SUBJECT_THAT]
            if pronouns and not _THAN.search(joined):
                # "(Mogujie's stores?) / Was that about twice Meilishuo's number?": the pronoun is the last
                # answer's party, and the new name the other side
                worded = [rival if i == pronouns[0] else w for i, w in enumerate(typed.words)]
                return Readings([read(" ".join(worded) + "?"), typed], True, True)
            than = f"{typed.text.rstrip(' ?!.')} than {rival}?"
            return Readings([read(than), typed], True, True)
    kind_terms = index.reader.kind_terms
    # ("On which platform is that counted?": a verb of counting says only that the figure was taken somewhere)
    kinds_only = any(t in kind_terms for t in typed.tokens) and all(
        t in kind_terms or t in _COUNTING for t in typed.tokens
    )
    if kinds_only and not typed.entities:
        kinded = _of_that_kind(index, typed, last)
        if kinded:
            # "(... came from Alimama) / Whose program is that?": "that" is the one program the answer named
            return Readings([kinded, typed], True, True)
    why_only = _asks_only_why(typed)
    repeated = (
        not typed.entities
        and len(typed.words) <= 3
        and last.query is not None
        and set(typed.tokens) <= set(last.query.tokens)
    )  # ("(what's the rumour about alibaba wanting to buy something) / buying who??": a word of it, asked after)
    if (
        (
            not typed.tokens
            or why_only
            or repeated
            or (kinds_only and (_THAT.search(typed.text) or len(typed.words) <= 4))
        )
        and question_type(joined)
        and not typed.forms
        & {"sourcing", "truefalse", "overview"}  # "what did it do about them?" asks an act
    ):
        # ("On which platform is that?": a kind noun and a pronoun ask a detail of the last answer)
        # "Why?", "In which year?": the last question, asked this way
        base = last.query.stem_question if last.query is not None else last.resolved
        if last.kind == "overview" and (why_only or question_type(joined) == "why"):
            # "(what happened yesterday?) / why?": why the one event told happened
            told = [e for e, _ in index.events if {c.sentence for c in e.citations} == set(last.sentences)]
            base = told[0].text if len(told) == 1 else base
        said = typed.text
        if "resum" not in typed.tokens:  # ("why did it do that again?" asks to be reminded, as read alone)
            said = _RECALLED_AGAIN.sub("?", said)
        reading = replace(_keep_type(read(_cap(f"{said} {base}")), typed), base=base)
        person = not _PERSON_PRONOUNS.isdisjoint(typed.words)
        filled = _pronoun_readings(index, typed, last)[:1] if person else []
        # ("where is she from?" after a question naming the writer: she, not the last question's words)
        return Readings([reading, *(read(_cap(t)) for t in filled), typed], True, True)
    if (
        typed.entities
        and _ELLIPSIS.search(joined)
        and len(asked) <= 1
        and "comparison" not in typed.forms
        and not _DEFINITION.search(joined)
        and not (typed.qtype in ("how_many", "how_much") and asked)  # "and X, how many users it has?"
        and not _asks_otherwise(typed, last)
        and not _own_act(typed, last, asked)
        and not POINTS_AT_LAST.search(joined)
        # ("(When did Mogujie launch it?) / and did Meilishuo do the same?": whether, put to the check below)
        and not (_DO_SAME.search(joined) and last.query is not None and last.query.qtype != "yesno")
        # ("(When did the two launch marketplaces?) / And when was Mogujie founded?": a word of its own)
        and not (asked and typed.qtype and _new_word(index, typed, asked, last))
    ):
        new_name = _cap(substitute(index, last, typed.entities))
        if (
            typed.qtype == "yesno"
            and last.query is not None
            and last.query.qtype in ("how_many", "how_much")
            and any(v.kind != "entity" for v in typed.values)
        ):
            # "And Meilishuo had also 2000?" puts a figure to the last question of the new name
            checked = read(f"{typed.text.rstrip(' ?!.')} ({new_name})?")
            return Readings([replace(checked, qtype="yesno")], True, True)
        asks_whether = typed.qtype == "yesno" or _WHETHER_CLAUSE.search(joined)
        previous = index.by_id.get(last.record or "")
        shared = previous is not None and set(typed.entities) <= set(previous.record.entities)
        whether = _AS_WHETHER.match(new_name) if asks_whether and shared and TOO.search(joined) else None
        if whether:
            # "(When did Mogujie launch its marketplace?) / and Meilishuo's, was it the same year?": whether the new
            # name did the same, which the record of both answers with its own moment
            return Readings([replace(read(_cap(whether.group("rest"))), qtype="yesno")], True, True)
        return Readings([read(new_name)], True, True)
    if _figure_only(typed) and last.query is not None and last.query.qtype in ("how_many", "how_much"):
        # "What's Alipay's market share? / So more than three quarters?": the figure, put to the last question
        about = _without_figures(last.query, names=False)
        checked = read(_cap(f"{typed.text.rstrip(' ?!.')} ({about})?"))
        return Readings([replace(checked, qtype="yesno")], True, True)
    caused = _CAUSED_IT.search(joined) if last.record else None
    if caused:
        # "(What did Alipay do a year ago?) / What had Mogujie done that prompted it?": why the last answer's event
        # happened, which the last record or one related to it says
        previous = index.by_id.get(last.record or "")
        ids = [previous.record.id, *previous.record.related] if previous else []
        why = next(
            (index.by_id[i].record for i in ids if i in index.by_id and index.by_id[i].record.asks == "why"),
            None,
        )
        if why is not None:
            return Readings([read(why.question), typed], True, True)
    inside = None if typed.entities else OTHER_INSIDE.search(typed.text)
    if inside:
        # "and the other one?": the name the last answer gave beside what the last question was about
        kinds = index.reader.kinds
        other = [
            e
            for e in [*last.named, *last.answer_entities]
            if e not in last.entities and any(kinds.get(e) == kinds.get(x) for x in last.entities)
        ]  # of the same kind as a name asked about: the other site, not the outlet that reported on it
        pair = index.reader.pair_ids
        paired = [e for e in last.entities if e in pair]
        answered = index.by_id.get(last.record or "")
        subject = answered.record.entities[0] if answered and answered.record.entities else ""
        if not other and len(paired) > 1 and subject in paired:
            # "(Which had 1000 stores, Mogujie or Meilishuo?) / and the other one?": not the one the answer is about
            other = [e for e in paired if e != subject]
        if not other and paired:
            other = [e for e in pair if e != paired[0]]  # the other of the two the story pairs
        figures = any(v.kind != "entity" for v in typed.values)
        first_kind = [e for e in other if last.entities and kinds.get(e) == kinds.get(last.entities[0])]
        if first_kind and _OTHER_ONE.search(joined) and len(typed.words) <= 6 and not figures:
            # ("and the other site?": the last question asked again, of the other of its first name's kind; the
            # substitution swaps every name, so a name of another kind is left to the long form below)
            return Readings([read(_cap(substitute(index, last, first_kind[:1])))], True, True)
        if other:  # "how many more did the other one have?": the question of its own, about the other
            name = index.kb.entities[other[0]].name
            said = typed.text[: inside.start()] + name + typed.text[inside.end() :]
            if figures and typed.qtype == "yesno" and last.query is not None:
                # "Mogujie had 2000 stores? / the other one had 1500?": the figure, put to the last question
                # about the other (without the last question's own figures)
                about = _without_figures(last.query)
                checked = read(_cap(f"{said.rstrip(' ?!.')} ({about})?"))
                return Readings([replace(checked, qtype="yesno")], True, True)
            return Readings([read(said), typed], True, True)
    now = _NOW_ONLY.match(joined)
    if now and last.query is not None and last.query.qtype not in (None, "yesno"):
        # "How many users does Mogujie have? / and now?": the last question, asked of that moment
        stem = last.query.joined
        for phrase in time_references(stem):
            stem = stem.replace(phrase, " ")
        asked_again = read(_cap(f"{' '.join(stem.split())} {now.group('when')}?"))
        return Readings([asked_again, typed], True, True)
    before = (
        _before_that_event(index, typed, last)
        or _by_doing_that(index, typed, last)
        or _that_act(index, typed, last)
        or _about_the_reason(typed, last)
    )
    if before:
        return Readings([read(before), typed], True, True)
    span = _SPAN_TO_THAT.match(typed.text.strip())
    asked_when = _WHEN_ASKED.match(last.resolved.strip()) if span else None
    if span and asked_when:
        # "(When was Mogujie founded?) / How many years before the marketplace launch was that?": the span from
        # the last question's event, asked with it in place of "that"
        return Readings([read(f"{span.group('head')} {asked_when.group('event')}?"), typed], True, True)
    since = _SPAN_FROM_THAT.match(typed.text.strip())
    asked_when = _WHEN_ASKED.match(last.resolved.strip()) if since else None
    if since and asked_when:
        # "(When did Alipay stop supporting Mogujie?) / And how long after that did it announce it would resume?":
        # the span from the last question's event, its clause in place of "that"
        event = asked_when.group("event").split(" ", 1)[-1]
        said = f"{since.group('head')} {since.group('rel')} {event}{since.group('tail')}"
        return Readings([read(said), typed], True, True)
    moment = _MOMENT_ONLY.match(joined)
    if (
        moment
        and last.query is not None
        and last.query.qtype not in (None, "yesno")
        and QUESTION_WORDS.isdisjoint(joined[moment.start(2) :].split())
        and len(joined[moment.end() :].split()) >= 2  # "and after that?" asks what happened next
        # "so after that they switched to X, right?": "after that" dates a statement of its own
        and joined[moment.end() :].split()[0] not in ("that", "this", "then")
        and "truefalse" not in typed.forms
    ):
        # "How did Mogujie make money at first? / And after they launched their own marketplace?": the last
        # question, asked of the new moment instead of its own
        stem = last.query.joined
        for phrase in time_references(stem):
            stem = stem.replace(phrase, " ")
        clause = joined[moment.end(1) :] if moment.group(1) else joined
        asked_again = read(_cap(f"{' '.join(stem.split())} {clause}?"))
        return Readings([asked_again, typed], True, True)
    if typed.entities and not asked and question_type(joined) is None and not typed.forms:
        # a bare name ("Meilishuo?") reuses the last question; "What is Meilishuo?" is a question of its own
        swapped = read(_cap(substitute(index, last, typed.entities)))
        return Readings([swapped, typed], True, True)
    if (
        typed.entities
        and not asked
        and _BARE_WH.fullmatch(joined)
        and set(typed.entities) - set(last.entities)
    ):
        # "meilishuo when?" after "mogujie marketplace launch?": the last question, of the new name, asked this way
        swapped = _keep_type(read(_cap(substitute(index, last, typed.entities))), typed)
        return Readings([swapped, typed], True, True)
    of_thing = _of_the_partys_thing(index, typed, last)
    if of_thing:
        return Readings([read(_cap(of_thing)), typed], True, True)
    echoed = None if typed.entities else (_echoed(index, typed, last) or _object_of(index, typed, last))
    if echoed:
        # "(How did Mogujie make money at first?) / Who paid those commissions?": the commissions the answer
        # named, with the words that said which
        return Readings([read(echoed), typed], True, True)
    part = _part_of_last_figure(index, typed, last)
    if part:
        # "(How many users does Alipay Wallet have?) / how many of those are monthly active?": a part of the figure
        # the last answer gave, so of that party's
        return Readings([read(part), typed], True, True)
    bare = _that_way_dropped(index, typed, last)
    if bare:
        # "(What was Mogujie modelled on?) / How did it earn money with that model?": the way is the last answer
        return resolve(index, read(bare), last)
    if not _PRONOUNS.search(typed.text) or (
        "sourcing" in typed.forms and not typed.entities and not _REPORT_POINTED.search(typed.text)
    ):
        return plain  # "Who says so?" is about the last answer itself, which the sourcing check reads
    options = _pronoun_readings(index, typed, last)
    if not options:
        return plain
    return Readings([read(_cap(text)) for text in options], ordered=True, resolved=True)


_OF_THOSE = Lazy(r"\b(of|among) (those|them|these)\b", re.IGNORECASE)
"""A part of what the last answer counted ("how many of those ...?")."""


def _part_of_last_figure(index: Index, typed: Query, last: Turn) -> str | None:
    """ "how many of those are active?" after a figure: the question with the figure and its party in place of the
    pronoun; None unless the last answer gave a count of one party."""
    found = _OF_THOSE.search(typed.text) if typed.qtype in ("how_many", "how_much") else None
    previous = index.by_id.get(last.record or "")
    if found is None or typed.entities or previous is None or previous.value is None:
        return None
    value, named = previous.value, previous.record.entities
    if value.kind != "count" or not named:
        return None
    name = index.kb.entities[named[0]].name
    return f"{typed.text[: found.start()]}{found.group(1)} {name}'s {value.text}{typed.text[found.end() :]}"


def _thing_done(index: Index, typed: Query, last: Turn) -> str | None:
    """ "(... the open strategy Alipay announced earlier this year.) / When did Alipay announce that?": the thing
    the last answer says was done with that very verb, in place of the pronoun."""
    found = _VERB_THAT.search(typed.text)
    previous = index.by_id.get(last.record or "")
    if found is None or previous is None:
        return None
    verb = found.group("verb").lower()
    forms = "|".join(re.escape(f) for f in dict.fromkeys((verb + "ed", verb + "d", verb)))
    done = re.search(rf"\bthe ((?:[a-z][\w-]* ){{1,3}}?)[A-Z][\w-]* (?:{forms})\b", previous.record.answer)
    if done is None:
        return None
    return typed.text[: found.start("it")] + f"the {done.group(1).strip()}" + typed.text[found.end("it") :]


_VERB_THAT = Lazy(r"\b(?P<verb>[a-z]{3,}) (?P<it>that|it|this)\s*[?!.]*\s*$", re.IGNORECASE)
"""A question closing on a verb and a pronoun for what was done ("... announce that?")."""


def _asks_only_why(typed: Query) -> bool:
    """True when a question only asks for a reason ("What was the reason?"), perhaps of a kind said by the word
    before it ("What was the strategic rationale?": a reason, not the strategy the story names)."""
    if not typed.tokens or typed.entities or not ONLY_ASKING_WHY.intersection(typed.tokens):
        return False
    reasons = [start for t, (start, _) in zip(typed.tokens, typed.spans, strict=True) if t in ONLY_ASKING_WHY]
    return all(
        t in ONLY_ASKING_WHY or end in reasons for t, (_, end) in zip(typed.tokens, typed.spans, strict=True)
    )


_YEAR_BESIDE = Lazy(
    r"\b(?:in |during )?(?:the )?(?:(?P<back>year before|previous year|year prior|prior year)|year after|next year"
    r"|following year)(?: that| then| it)?\b"
)
"""A year named only as the one before or after the last question's ("the year before that")."""
_TELLS_WHY = Lazy(
    r"(?:does|did|do|has|have|can|will|is) (?!(?:it|they|she|he) )(?:the |this )?\w+(?: \w+)? (?:say|says|said|explain|explains|explained"
    r"|tell|tells|told|mention|mentions|mentioned|give|gives|given|gave|state|states|stated)(?: us| me| you)? "
    r"(?:why|the reason)(?: that| so| it)?$"
)
"""A follow-up asking whether the story (or its writer) says why: the bare "why?" asked."""
_BARE_FOLLOW_UP = frozenset({"and", "what", "about", "how", "so", "then", "ok", "okay", "for", "of", "but"})


def _year_beside(typed: Query, last: Turn) -> str | None:
    """ "(What happened to Mogujie in 2013?) / and the year before that?": the last question asked of the year
    before (or after) the one it named; a question of its own ("what did Alibaba do the year before that?") is
    asked of that year."""
    found = _YEAR_BESIDE.search(typed.joined)
    years = [v for v in last.query.values if v.kind == "year"] if last.query is not None else []
    if found is None or len(years) != 1 or years[0].number is None:
        return None
    year = int(years[0].number)
    other = year - 1 if found.group("back") else year + 1
    rest = f"{typed.joined[: found.start()]} {typed.joined[found.end() :]}".split()
    if set(rest) <= _BARE_FOLLOW_UP:
        said = re.sub(rf"\b{year}\b", str(other), last.resolved)
        return said if said != last.resolved else None
    return _cap(f"{typed.joined[: found.start()]}in {other}{typed.joined[found.end() :]}".strip()) + "?"


def _glossed_phrase(typed: Query, last: Turn) -> str | None:
    """The question with its pronoun ("it", "that", "Alibaba's one") read as the phrase whose meaning the last
    question asked; None when the last question asked none, or this one has no pronoun."""
    phrase = asked_phrase(last.question)  # ("whats a referral?" asks a meaning too)
    found = _GLOSS_POINTER.search(typed.text) if phrase else None
    if found is None or phrase is None:
        return None
    owner = found.group("owner")
    said = f"{owner} {phrase}" if owner else phrase
    return typed.text[: found.start()] + said + typed.text[found.end() :]


_THERE_IS = Lazy(
    r"^\W*(?:(?:so|and|but|ok|okay) )?(?:is|are|was|were) there (?:a|an|any|some|ever a) (?P<thing>[a-z][\w' -]*?)\s*[?.!]*$",
    re.IGNORECASE,
)
"""A question whether something exists ("Is there any rumour about Alibaba and Mogujie?"): it names a thing."""
_WHAT_IT_IS = Lazy(
    r"^\W*(?:(?:so|and|ok|okay) )?what (?:is|was|'s) (?P<it>it|that)\b(?! (?:for|about)\b)", re.IGNORECASE
)
"""Asking what "it" is, right after such a question ("what is it exactly?")."""


def _thing_there(typed: Query, last: Turn) -> str | None:
    """ "(Is there any rumour about Alibaba and Mogujie?) / what is it exactly?": the pronoun is the thing whose
    existence was just asked, not a name in it."""
    there = _THERE_IS.match(last.question)
    asked = _WHAT_IT_IS.match(typed.text) if there and not typed.entities else None
    if there is None or asked is None:
        return None
    thing = there.group("thing")
    return typed.text[: asked.start("it")] + f"the {thing}" + typed.text[asked.end("it") :]


_REPORT_POINTED = Lazy(r"\b(this|that) report\b", re.IGNORECASE)
"""A report pointed at ("did that report also give ...?"): the outlet's report the last answer named, asked about."""
_GLOSS_POINTER = Lazy(r"(?P<owner>\b\w+'s) one\b|\b(it|that|this|them|those)\b(?! (is|was)\b)", re.IGNORECASE)
"""What points back at a phrase just explained: a pronoun, or a name's "one" ("Alibaba's one")."""


_LEAD_WORD = Lazy(r"^(so|and|but|ok|okay|wait|then|hmm)\s+")
_DUMMY_NEXT = frozenset(
    {"because", "that", "so", "why", "since", "due", "true", "right", "correct", "when", "what"}
)
"""Words after "so it was" that make its "it" a dummy ("so it was because ...", "so it was true?")."""
"""A word opening a follow-up before its subject ("so it belongs to ...")."""


def _led_subject(joined: str) -> bool:
    """True when a pronoun opens the question, or follows its opening word as the subject of a verb of its own
    ("so it belongs to Alibaba, does it?"; not "so it was because ...", whose "it" is a dummy)."""
    if SUBJECT_PRONOUNS.match(joined):
        return True
    led = _LEAD_WORD.sub("", joined)
    rest = led.split()
    if led == joined or not SUBJECT_PRONOUNS.match(led) or len(rest) < 3:
        return False
    # "and it was like Pinterest at first?" is of the last subject; "so it was because ..." and the cleft "so it was
    # Alibaba that ..." are not
    return rest[1] not in ("is", "was") or not (
        rest[2] in _DUMMY_NEXT or "that" in rest[3:] or "who" in rest[3:]
    )


_PLURAL_THING = Lazy(r"\b(?:these|those|the)\s+(?P<noun>[a-z]{3,}s)\b", re.IGNORECASE)
"""A plural thing pointed at in a question ("these APIs", "the rumours"); not one a party owns ("its accounts",
whose "they" later is still the party)."""


def _plural_thing(index: Index, question: str) -> str | None:
    """The one plural thing, not a name nor a kind of party, that a question points at: what a later "them" means
    when the question's only name is a single party."""
    found = {
        m.group("noun").lower()
        for m in _PLURAL_THING.finditer(question)
        if not index.read(m.group("noun")).entities
        and m.group("noun").lower() not in NOUN_KINDS
        and m.group("noun").lower()[:-1] not in NOUN_KINDS
        and not m.group("noun").lower().endswith("ss")
    }
    return f"the {found.pop()}" if len(found) == 1 else None


def _pronoun_readings(index: Index, typed: Query, last: Turn) -> list[str]:
    """The question with its first pronoun filled in from the last turn: what the question was about, what
    its answer named, and, beside a new name ("Did Meilishuo use it too?"), the last answer's value."""
    names = index.kb.entities
    about = [e for e in last.entities if e in names]
    told = [e for e in last.answer_entities if e in names and e not in about]
    answered = index.by_id.get(last.record or "")
    given = answered.value.entity if answered is not None and answered.value is not None else None
    if given in told:
        # "(What's Alibaba's referral program called?) / who pays for it?": the one the answer gave comes first
        told = [given, *(e for e in told if e != given)]
    out: list[str] = []
    plural_thing = _plural_thing(index, last.question)

    def fill(choice: list[str]) -> str | None:
        if not choice:
            return None
        people = [e for e in choice if names[e].kind == "person"]

        def sub(match: re.Match[str]) -> str:
            word = match.group(0).lower()
            chosen = people if word in _PERSON_PRONOUNS and people else choice
            if word in ("them", "they") and len(choice) == 1 and plural_thing:
                return plural_thing  # "(What are these APIs?) / Who put them out?": the APIs, not Alipay
            if word in _PLURAL_PRONOUNS or word.endswith(("two", "sites", "companies", "firms")):
                chosen = choice
            elif len(chosen) > 1 and (word in ("it", "its", "itself") or word.endswith(" one")):
                chosen = chosen[:1]  # ("this one": one of them, the first)
            elif len(chosen) > 1 and word.split()[-1] in NOUN_KINDS:
                # "that company" is the one named of that kind ("Alibaba's finance arm"), not every name told
                kinds = NOUN_KINDS[word.split()[-1]]
                chosen = [e for e in chosen if names[e].kind in kinds][:1] or chosen[:1]
            text = " and ".join(names[e].name for e in chosen)
            if word.endswith(" report"):
                return f"{text}'s report"  # ("that report": the outlet's, still a report)
            return text + ("'s" if word in _POSSESSIVE else "")

        # the dummy "it" of a framing ("is it true that its marketplace ...") stands for nothing
        dummy = _DUMMY_IT.match(typed.text)
        found = _PRONOUNS.search(typed.text, dummy.end() if dummy else 0)
        if not found:
            return None
        noun = found.group(0).lower().split()[-1]
        if (
            len(choice) > 1
            and noun in NOUN_KINDS
            and not any(names[e].kind in NOUN_KINDS[noun] for e in choice)
        ):
            return None  # "this program" is none of these names: the next choice may hold it
        return typed.text[: found.start()] + sub(found) + typed.text[found.end() :]

    if typed.entities and TOO.search(typed.joined):
        # "Did Meilishuo use it too?": the pronoun is the thing the last answer named; after a question asking
        # for a party, the party it gave ("(Who operates Alipay?) / Does Taobao belong to them too?")
        asked_who = last.query is not None and last.query.qtype == "who"
        # ("(What is Meilishuo?) / They also use WeChat Payment?": a pronoun leading as the subject is what the
        # last question was about, when it asked what that one is)
        led = _identity_asked(last) and (
            _led_subject(typed.joined) or bool(_ASKED_SUBJECT.match(typed.joined))
        )
        for choice in (about, told) if led else (told[:1], told, about) if asked_who else (told, about):
            text = fill([e for e in choice if e not in typed.entities])
            if text:
                out.append(text)
    elif (
        typed.entities
        and about
        and set(about) <= set(typed.entities)
        and last.query is not None
        and not _OTHER_PARTY.isdisjoint(last.query.words)
        and _LONE_IT.search(typed.text)
        and any(e not in typed.entities and names[e].kind == names[about[0]].kind for e in told)
    ):
        # "(Which rival of Mogujie also launched a marketplace?) / How many stores did it have when Mogujie passed
        # 2000?": beside a name given again, "it" is the other party (of its kind) the last answer named
        text = fill([e for e in told if e not in typed.entities and names[e].kind == names[about[0]].kind])
        if text:
            out.extend([text, typed.text])
    elif typed.entities and (
        _led_subject(typed.joined)
        or _JOINED_PRONOUN.search(typed.joined)
        or _ASKED_SUBJECT.match(typed.joined)
    ):
        # "It had more stores than Mogujie?": the pronoun opening the question is what the last one was about
        text = fill([e for e in about if e not in typed.entities])
        if text:
            out.extend([text, typed.text])
    elif typed.entities and _DONE_TO.search(typed.joined) and last.query is not None:
        # "(What is Mogujie?) / What did Alipay do to it?": the party something was done to is the last subject
        text = fill([e for e in about if e not in typed.entities])
        if text:
            out.extend([text, typed.text])
    elif typed.entities and "comparison" in typed.forms and _PRONOUN_THAN.search(typed.joined):
        # "how many times bigger is its user base than Mogujie's accounts?": the side before "than" is the
        # last subject
        for choice in (about, told):
            text = fill([e for e in choice if e not in typed.entities])
            if text:
                out.append(text)
                break
    elif not typed.entities:
        topic = _possessed_topic(index, typed, last)
        if topic:
            # "(What does the article say about Alipay's open strategy?) / When was it announced?": "it" is the
            # strategy, what the last question asked of Alipay
            out.append(topic)
        # "that company" names a kind: the last answer's name of that kind first; a bare "it" the last subject
        nominal = re.search(
            r"\b(?:the|this|that|these|those) (same )?(company|companies|site|sites|apps?|services?|firms?|platforms?"
            r"|programs?|startups?|outlet|source|newspaper|paper|publication|group|giant|corporation|conglomerate|report"
            r"|(?<=these |those )(?:places|businesses))\b"
            r"|\b(?:this|that) one\b",
            typed.text,
            re.IGNORECASE,
        )
        # "(Who else launched a marketplace besides Mogujie?) / How many stores did it have?": the party the
        # answer named, when the last question asked for one
        # ("(What's Alibaba's referral program called?) / who pays for it?": the answer gave what was asked about)
        party = told and _party_asked(last) and given not in about
        plural = re.search(r"\b(they|them|their|theirs|both)\b|\bthe two\b", typed.text, re.IGNORECASE)
        if (
            told
            and plural
            and typed.qtype == "why"
            and last.query is not None
            and last.query.words[:1] == ["who"]
        ):
            # "(Who stopped supporting Mogujie?) / why did they?": the reason for an act is its doer's, whom the
            # answer named ("(Who runs Alipay?) / what did they announce?" is still about Alipay)
            party = True
        # ("(Where did the store figure come from?) / was it in English?": the source the answer named)
        sourced = bool(told) and last.query is not None and "sourcing" in last.query.forms
        order = [told, about] if nominal or party or sourced else [about, told]
        # "What could they do?" after "X and Y did Z": first when the two are of a kind ("Mogujie and
        # Meilishuo") or the last question was about two; "they" of one company is more often that company
        # ("Alipay is operated by Alibaba's finance arm. / What did they announce?"), so then last
        everyone = (
            [e for e in last.named if e in names] if plural and len(last.named) >= 2 and not nominal else []
        )
        if plural and len(about) > 1 and len({names[e].kind for e in about}) == 1:
            order.insert(0, about)  # "(What did Mogujie and Meilishuo launch?) / what does that let them do?"
            everyone = []
        elif len({names[e].kind for e in everyone[:2]}) == 1:
            order.insert(0, everyone)
            everyone = []
        # "Who runs Alipay? / And its referral program?": the answer named Alibaba's finance arm, part of Alibaba
        wholes = [w for e in told for w in sorted(index.reader.parts.get(e, ())) if w not in about]
        company = nominal is not None and nominal.group(2) in ("company", "firm")
        if nominal and (nominal.group(2) in _WHOLE_NOUNS or (company and wholes)):
            # "that group", "the giant": the whole the named part belongs to, first; "that company" too, when
            # the answer named only a part of one ("Alibaba's finance arm")
            order.insert(0, wholes)
        elif wholes and told and order[0] is told:
            # "(Which company operates Alipay?) / what marketplaces does it own?": the part the answer named
            # ("Alibaba's finance arm"), then its whole, before what the last question was about
            order.insert(1, wholes)
        order.append(wholes)
        if plural and len(about) > 1:
            order.append(about[:1])  # "is alipay owned by alibaba? / how much of the market do they have?"
        if everyone:
            order.append(everyone)
        if _identity_asked(last) and not nominal:
            # "Who is Meilishuo? / When was it founded?": "it" is Meilishuo, nothing else; "they" is most likely
            # the company too ("What is Meilishuo? / They also use WeChat Payment?"), before what its answer named
            order = [about, *order] if plural else [about]
        for choice in order:
            text = fill(choice)
            if text and text not in out:
                out.append(text)

    return out


def _possessed_topic(index: Index, typed: Query, last: Turn) -> str | None:
    """The question with a lone "it" read as the last question's possessed topic ("Alipay's open strategy"):
    None when the last question asked of no party's thing."""
    found = _POSSESSED.search(last.question)
    it = _LONE_IT.search(typed.text)
    if len(_PRONOUNS.findall(typed.text)) > 1:
        return None  # "what have they released for it?": the party is asked about too
    if found is None or it is None or not index.read(found.group("owner")).entities:
        return None
    following = typed.text[it.end() :].split()[:1]
    if following and following[0].lower().rstrip("?.,!") in NOUN_KINDS:
        return (
            None  # ("Is that report in English?": "that" says which report, and the pronoun readings find it)
        )
    before = typed.text[: it.start()].split()[-1:]
    if typed.text[it.end() :].strip(" ?!.") and [w.lower() for w in before] not in _BE_FORMS:
        return None  # "what has it released?" asks what the party did; "when was it announced?" of its thing
    words = []
    for word in found.group("thing").split():
        if word.lower() in _NOT_MODIFIERS or word.lower() in QUESTION_WORDS:
            break
        words.append(word)
    if not words or len(words) > 3:
        return None
    said = f"{found.group('owner')}'s {' '.join(words)}"
    return typed.text[: it.start()] + said + typed.text[it.end() :]


_POSSESSED = Lazy(r"\b(?P<owner>\w+)['’]s (?P<thing>[a-z][\w-]*(?: [\w-]+){0,3})", re.IGNORECASE)
_BE_FORMS = [["is"], ["was"], ["are"], ["were"]]
_LONE_IT = Lazy(r"\b(it|that|this)\b(?! (is|was)\b)", re.IGNORECASE)


_DEMONSTRATIVE = Lazy(r"\b(?:those|these|that|this|the same) ([a-z]+)\b", re.IGNORECASE)
_PHRASE_WORD = Lazy(r"[\w-]+(?:['’]\w+)?")  # ("Mogujie's" one word, not "Mogujie" and "s")
_LINKS = frozenset({"on", "of", "for", "from", "to", "in", "with", "by"})
_NOT_MODIFIERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "our", "your", "this", "that", "these",
                            "those", "of", "on", "in", "to", "for", "and", "or", "with", "by", "from"})  # fmt: skip


def _before_that_event(index: Index, typed: Query, last: Turn) -> str | None:
    """ "(When did Alipay cut off Mogujie?) / What had Mogujie done right before that?": done before that event,
    the last when-question's clause in place of "that"."""
    doing = "what" in typed.words and not _DOING.isdisjoint(typed.words)
    relative = _RELATIVE_TO_THAT.search(typed.text) if doing else None
    start, end, said = (relative.start("that"), relative.end("that"), "") if relative else (0, 0, "")
    at = _AT_THAT_POINT.search(typed.text) if doing and relative is None and "had" in typed.words else None
    if at:  # "What had Mogujie just done at that point?": done by then, so before it
        start, end, said = at.start(), at.end(), "before "
    asked_when = _WHEN_ASKED.match(last.resolved.strip()) if relative or at else None
    if asked_when is None:
        return None
    aux, _, clause = asked_when.group("event").partition(" ")
    if aux.lower() not in ("did", "does", "do"):
        first, _, rest = clause.partition(" ")
        clause = f"{first} {aux} {rest}"  # "was Mogujie founded": "Mogujie was founded"
    for e in typed.entities:  # (the name the question already gives is "it" in the clause)
        clause = re.sub(rf"\b{re.escape(index.kb.entities[e].name)}\b", "it", clause, flags=re.IGNORECASE)
    return typed.text[:start] + said + clause + typed.text[end:]


_AT_THAT_POINT = Lazy(r"\b(at|by) (that|this|the) (point|time|moment)\W*$", re.IGNORECASE)


def _by_doing_that(index: Index, typed: Query, last: Turn) -> str | None:
    """ "(When did they launch their marketplaces?) / What did they want by doing that?": the doing is the last
    question's event, put in place of "doing that"."""
    found = _BY_DOING_THAT.search(typed.text)
    asked = _ASKED_EVENT.match(last.resolved.strip()) if found else None
    if found is not None and asked is not None:
        return (
            f"{typed.text[: found.start()]}{found.group(1) or found.group(3)} {asked.group('event')}"
            f"{typed.text[found.end() :]}"
        )
    doing = found or _DOING_THAT.search(typed.text)
    # "(What did Mogujie use to pay instead?) / When did they start doing that?": the doing is what the last
    # answer says was done
    said = _answer_done(index, last) if doing else None
    if doing is None or said is None:
        return None
    return (
        f"{typed.text[: doing.start()]}{doing.group(1) or doing.group(3)} {said}{typed.text[doing.end() :]}"
    )


def _answer_done(index: Index, last: Turn) -> str | None:
    """What the last answer says was done, in brackets, to stand for a pointer to it; None when it told nothing
    the story says."""
    previous = index.by_id.get(last.record or "")
    if previous is None or previous.record.not_in_story:
        return None
    return f"({previous.record.answer.rstrip('.')})"


def _that_act(index: Index, typed: Query, last: Turn) -> str | None:
    """ "(When did they launch their marketplaces?) / What was the aim behind that move?": a noun that names an act
    only by pointing is the last question's event, or else what the last answer says was done."""
    found = _THAT_ACT.search(typed.text) if not typed.entities else None
    if found is None:
        return None
    asked = _ASKED_EVENT.match(last.resolved.strip()) or _ASKED_DONE.match(last.resolved.strip())
    said = asked.group("event") if asked is not None else _answer_done(index, last)
    if said is None:
        return None
    return f"{typed.text[: found.start()]}{said}{typed.text[found.end() :]}"


def _about_the_reason(typed: Query, last: Turn) -> str | None:
    """ "(Why is Alipay taking Mogujie back?) / Is there any rumour about it?": after a why-question, what is said
    "about it" is said about that reason, not about the last name; what is done "about it" is done about the
    matter itself ("what did it do about it?")."""
    talk = not typed.entities and _DOING.isdisjoint(typed.words)
    about = _ABOUT_IT.search(typed.text) if talk else None
    bare = _WHAT_ARE_THE.match(typed.text) if talk and about is None else None
    if (about is None and bare is None) or last.query is None or last.query.qtype != "why":
        return None
    asked = _WHY_ASKED.match(last.resolved.strip())
    if asked is None:
        return None
    if bare is not None:  # "So what are the speculations, then?": the ones about that reason
        return f"{bare.group('asked')} about why {asked.group('clause')}?"
    if about is None:
        return None
    return f"{typed.text[: about.start('it')]}why {asked.group('clause')}{typed.text[about.end('it') :]}"


_ABOUT_IT = Lazy(r"\babout (?P<it>it|that|this)(?:,? (?:then|now|exactly|though))?\W*$", re.IGNORECASE)
"""A question closing on what is said "about it"."""
_WHAT_ARE_THE = Lazy(
    r"^(?:(?:so|and|ok|okay|then|well),? )*(?P<asked>what (?:are|were) the \w+s)(?:,? (?:then|now|exactly))?\W*$",
    re.IGNORECASE,
)
"""A bare question for things of a kind, in the plural ("So what are the speculations, then?")."""
_WHY_ASKED = Lazy(
    r"^(?:(?:so|and|but|ok|okay|then),? )*(?:why|y|how come|what(?:'s| is| was) the reason(?: that| why)?)"
    r" (?P<clause>.+?)\W*$",
    re.IGNORECASE,
)
"""A why-question's clause ("So why is Alipay taking Mogujie back?": "is Alipay taking Mogujie back")."""
_THAT_ACT = Lazy(r"\b(?:that|this|the same|their|its) (?:move|step|decision|action|choice)\b", re.IGNORECASE)
"""An act named only by pointing at it ("that move", "this decision")."""
_ASKED_DONE = Lazy(r"^what (?:did|do|does|has|have|had) (?P<event>.+?)\W*$", re.IGNORECASE)
"""A question asking what was done, whose rest ("Mogujie and Meilishuo launch in late 2013") is the act."""
_BY_DOING_THAT = Lazy(
    r"\b(by|from|with|in) doing (that|this|so|it)\b|(?:(?<=\bachieve )|(?<=\baccomplish ))(with|by) (that|this)\b",
    re.IGNORECASE,
)
"""The last event put as a means ("by doing that"; "trying to achieve with that")."""
_DOING_THAT = Lazy(r"\b(start|started|begin|began|stop|stopped) doing (that|this|so|it)\b", re.IGNORECASE)
_ASKED_EVENT = Lazy(
    r"^(when|why|how|where) (was|is|did|were|does|do|has|had) (?P<event>.+?)\W*$", re.IGNORECASE
)


def _of_the_partys_thing(index: Index, typed: Query, last: Turn) -> str | None:
    """ "(When was Mogujie founded?) / And its marketplace?": the last question, asked of the party's thing."""
    owned = _OWNED_ONLY.fullmatch(typed.joined) if not typed.entities else None
    if (
        owned is None
        or owned.group("thing").split()[0] in _OWNERS  # ("what about its owner?": another party)
        or last.query is None
        or last.query.words[:1] not in (["when"], ["where"], ["who"], ["why"])
        or len(last.entities) != 1
    ):
        return None
    name = index.kb.entities[last.entities[0]].name
    return substitute(index, last, last.entities).replace(name, f"{name}'s {owned.group('thing')}", 1)


def _answer_words(index: Index, last: Turn) -> list[str]:
    """The words of the last answer's record, as written (empty when it had none): what a follow-up's "those
    commissions" or "that" may be spelled out from."""
    previous = index.by_id.get(last.record or "")
    return [w.group(0) for w in _PHRASE_WORD.finditer(previous.record.answer)] if previous else []


def _echoed(index: Index, typed: Query, last: Turn) -> str | None:
    """The question with "those <noun>" spelled out as the last answer said it ("those commissions": "the
    commissions on referral traffic to e-commerce sites"), when the answer used that noun with words saying
    which; None otherwise."""
    found = _DEMONSTRATIVE.search(typed.text)
    said = _answer_words(index, last) if found else []
    if not found or not said:
        return None
    noun = found.group(1).lower()
    lowered = [w.lower() for w in said]
    if noun not in lowered and len(noun) >= 6 and not noun.endswith(("ed", "ing")):
        # "those commisions": the answer's word the reader misspelt, when only one is that close
        near = {w for w in lowered if w[:2] == noun[:2] and fuzz.ratio(noun, w) >= 85}
        noun = near.pop() if len(near) == 1 else noun
    if noun not in lowered or noun in _NOT_MODIFIERS or noun.rstrip("s") in NOUN_KINDS:
        return None  # ("that program" is the named program the pronoun readings find)
    at = lowered.index(noun)
    if said[at].startswith("(") or (at and said[at - 1].startswith("(")):
        return (
            None  # ("... as reported by QQ Tech (report in Chinese)": an aside, not the words saying which)
        )
    start, end = at, at + 1
    if end < len(said) and lowered[end] in _LINKS:
        end = min(len(said), end + 5)  # "commissions on referral traffic to e-commerce"
        while end > at + 2 and lowered[end - 1] in _NOT_MODIFIERS:
            end -= 1
    elif at and lowered[at - 1] not in _NOT_MODIFIERS and not said[at - 1][:1].isupper():
        start -= 1  # "referral revenues"
    if end - start == 1:
        return None
    phrase = " ".join(said[start:end])
    return typed.text[: found.start()] + "the " + phrase + typed.text[found.end() :]


_THAT_WAY = Lazy(r"\s+(?:with|by|under|using|through) (?:that|this) ([a-z]+)[\s?!.]*$", re.IGNORECASE)
"""A closing "with that model": the manner a follow-up asks about, which the last answer told."""


def _that_way_dropped(index: Index, typed: Query, last: Turn) -> str | None:
    """The question without a closing "with that model" when the last answer never used the noun: the
    demonstrative means what that answer told, which the question's own turn already follows on from."""
    found = _THAT_WAY.search(typed.text)
    said = _answer_words(index, last) if found else []
    if not found or not said or len(typed.words) < 6:
        return None
    noun = found.group(1).lower()
    if noun in ("one", "ones") or any(w.lower() == noun or fuzz.ratio(noun, w.lower()) >= 85 for w in said):
        return None  # ("by those commissions": the answer's own thing, which "_echoed" spells out)
    return typed.text[: found.start()] + "?"


_OWNED_ONLY = Lazy(
    r"((and|so|but|ok|okay) )?((what|how) about )?(its|their|his|her) (?P<thing>[a-z]+( [a-z]+)?)"
)
"""A follow-up naming only a thing of the last party ("And its marketplace?")."""
_OWNERS = frozenset({"owner", "owners", "founder", "founders", "parent", "boss", "ceo", "operator", "maker",
                     "creator", "creators", "rival", "rivals", "competitor", "competitors"})  # fmt: skip
_THAT_DONE = Lazy(r"\b(that|this)\b", re.IGNORECASE)
_DETERMINERS = frozenset({"the", "its", "their", "a", "an"})


def _object_of(index: Index, typed: Query, last: Turn) -> str | None:
    """ "that" spelled out as what the last answer says was done, when the question asks about the doing:
    after "... the open strategy Alipay announced earlier this year", "When was that announced?" asks when the
    open strategy was announced."""
    found = _THAT_DONE.search(typed.text)
    said = _answer_words(index, last) if found else []
    if not found or not said:
        return None
    verbs = {t for t in typed.tokens if t not in index.reader.kind_terms}
    stems = [stem(w.lower()) for w in said]
    reader = index.reader
    for at, st in enumerate(stems):
        if st not in verbs or not said[at].lower().endswith("ed"):
            continue
        k = at - 1
        while k >= 0 and (said[k].lower() in ("that", "which") or (said[k].lower(),) in reader.aliases):
            k -= 1  # the doer ("Alipay") and a relative word before the verb
        if k == at - 1:
            continue  # no doer: "announced" as the sentence's own verb, not said of a thing
        start = next((j for j in range(k, max(-1, k - 4), -1) if said[j].lower() in _DETERMINERS), None)
        if start is None or start == k:
            continue
        phrase = " ".join(["the", *said[start + 1 : k + 1]])
        return typed.text[: found.start()] + phrase + typed.text[found.end() :]
    return None


def _party_asked(last: Turn) -> bool:
    """True when the last question asked for another party than the one it named ("who else ... besides
    Mogujie?"): "it" next is the one the answer named; after "Who runs Alipay?" it is still Alipay."""
    asked = last.query
    if asked is None:
        return False
    words = asked.words
    # "What mobile app does Alipay run?": a thing of a kind asked for, which the answer names
    kind_asked = (
        bool(words) and words[0] in ("what", "which") and any(w.rstrip("s") in NOUN_KINDS for w in words[1:3])
    )
    return kind_asked or not _OTHER_PARTY.isdisjoint(words)


_OTHER_PARTY = frozenset({"else", "besides", "other", "another", "except", "apart", "together", "alongside", "along",
                          "beside", "too", "also", "joined"})  # fmt: skip
"""Words asking for a party beside the one named ("who else", "together with Mogujie", "who also ...")."""


def _identity_asked(last: Turn) -> bool:
    """True when the last question asked only what one name is ("Who is Meilishuo?"): a bare "it" next is that
    name, not another its answer mentions in passing ("like Mogujie")."""
    asked = last.query
    return (
        asked is not None
        and asked.qtype in ("who", "what")
        and len(asked.entities) == 1
        and all(t.startswith(ENTITY_PREFIX) for t in asked.tokens)
    )


_BARE_COMPARATIVE = Lazy(r"\b(more|fewer|less|bigger|smaller|larger|higher|lower)( ones?| of them)?\W*$")
"""A comparative closing a question with nothing to compare with ("did Mogujie have fewer?")."""
_COUNTING = frozenset({"count", "measur", "calculat"})
"""Stems of verbs saying a figure was taken ("counted", "measured"): of the last answer's figure, they ask nothing."""
_WHOLE_NOUNS = frozenset({"group", "giant", "corporation", "conglomerate"})
"""Nouns for a whole company: "that group" after an answer naming a part of one is the whole."""
NOUN_KINDS = {
    "company": {"company", "organisation"}, "firm": {"company", "organisation"}, "startup": {"company", "site"},
    "site": {"site"}, "platform": {"site"}, "app": {"product"}, "service": {"product", "site"},
    "program": {"program"}, "outlet": {"outlet"}, "source": {"outlet"}, "newspaper": {"outlet"},
    "paper": {"outlet"}, "publication": {"outlet"}, "group": {"company", "organisation"},
    "giant": {"company", "organisation"}, "corporation": {"company", "organisation"},
    "conglomerate": {"company", "organisation"}, "report": {"outlet"}, "website": {"site"},
    "business": {"company", "organisation"}, "person": {"person"}, "analyst": {"person"}, "insider": {"person"},
    "expert": {"person"},
}  # fmt: skip
"""The kinds of name a singular "that <noun>" can stand for."""
ONLY_ASKING_WHY = frozenset({"reason", "caus", "explan", "motiv", "why"})
"""Terms that only say a reason is wanted ("What's the reason?"): of the last question, or else of what?"""
_STORY_IT = Lazy(r"\bit\b", re.IGNORECASE)
""""It" after a question about the story as a whole: the story."""
_BARE_WH = Lazy(r"(and |what about |how about )?[\w' ]+?,? (when|where|why|how many|how much|who)\b ?\??")
"""A name with nothing but a question word ("meilishuo when?", "and Meilishuo, how many?")."""


COMPARING = frozenset({"more", "less", "fewer", "bigger", "larger", "smaller", "higher", "lower", "differ",
                        "differenc", "gap", "times", "tim", "twice", "ratio", "compar"})  # fmt: skip
"""Terms of a comparison that name nothing compared ("how many times more is that?")."""
_THAN = Lazy(r"\b(than|then|compar\w*|versus|vs|against|with)\b")
_AGAINST_THAT = Lazy(r"\b(with|to|against|than) (that|this|it|the last one)\b", re.IGNORECASE)
"""A comparison with what was just said ("how do they compare with that?")."""
_PRONOUN_THAN = Lazy(r"\b(it|its|they|their)\b.*\b(than|then)\b")
"""A pronoun on the first side of a comparison whose other side is a new name."""
_THAT = Lazy(r"\b(that|this|it)( counted| measured| calculated)?\W*$", re.IGNORECASE)
"""A question ending on a pronoun ("On which platform is that?") asks a detail of what was just said."""


def _keep_type(query: Query, typed: Query) -> Query:
    """An appended reading keeps the typed question's own type ("In which year?" asks when)."""
    own = question_type(typed.joined)
    if own and own != query.qtype:
        query = Query(**{**query.__dict__, "qtype": own})
    return query


def substitute(index: Index, last: Turn, new: list[str]) -> str:
    """The last question (as read, typos fixed) with its names swapped for the new ones ("And Mogujie?")."""
    names = index.kb.entities
    name = " and ".join(names[e].name for e in new)
    query = last.query
    if query is None:
        return f"{last.resolved} ({name})"
    out: list[str] = []
    at = 0
    swapped = False
    for token, (start, end) in zip(query.tokens, query.spans, strict=True):
        if token.startswith(ENTITY_PREFIX) and token[1:] in last.entities and start >= at:
            out.extend(query.words[at:start])
            if not swapped:
                out.append(name)
            swapped = True
            at = end
    out.extend(query.words[at:])
    return " ".join(out) if swapped else f"{last.resolved} ({name})"


def _without_figures(query: Query, names: bool = True) -> str:
    """The words of a question with its figures and dates, and (unless kept) its names, left out: what it was
    about."""
    spans = [(v.start, v.end) for v in query.values if names or v.kind != "entity"]
    return " ".join(w for k, w in enumerate(query.words) if not any(a <= k < b for a, b in spans))


def _figure_only(typed: Query) -> bool:
    """True when a message is a figure and nothing else but words comparing it ("so like 60 percent?")."""
    spans = [(v.start, v.end) for v in typed.values if v.kind != "entity"]
    if not spans or typed.entities or typed.qtype not in (None, "yesno"):
        return False
    return all(
        any(a <= s and e <= b for a, b in spans) or t in COMPARING
        for t, (s, e) in zip(typed.tokens, typed.spans, strict=True)
    )


def _cap(text: str) -> str:
    """A resolved reading is never longer than a question may be."""
    return text[: settings.MAX_QUESTION_CHARS]
