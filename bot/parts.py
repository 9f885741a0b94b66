"""A message that asks several things at once ("three things checked: the year Mogujie was founded, what it was
modelled on, and how it earned money at first"): its parts, each a question of its own.

Only clear lists are split: items after a colon, wh-clauses joined by "and", or two that-clauses of one check
("confirm that ... and that ..."). A name ("Mogujie and Meilishuo") or a figure pair is never split.
"""

from __future__ import annotations

import re

from .patterns import Lazy
from .questions import guesses_answer, joking_guess, opens_with_scene, without_courtesy
from .text import AUXILIARIES

_WH = (
    r"(?:whats|what's|what|which|who|whom|whose|when|where|why|how|whether|is|are|was|were|does|do|did|has|have"
    r"|wat|wats|wen|wher|y|hw|wich)"
)  # (and the chat spellings the shorthand list reads as them)
_PREP_WH = r"(?:in|on|at|from|by|for|with|since|until) (?:what|which|whom)"
"""A wh-word after a preposition ("..., and in what language ...?") opens a question as a wh-word does."""
_ITEM_BREAK = Lazy(
    rf"\s*;\s*|\s*,\s*(?:and\s+)?(?=(?:{_WH}|{_PREP_WH}|the|its|their|his|her)\b)"
    rf"|\s+and\s+(?:also\s+)?(?=(?:{_WH}|{_PREP_WH})\b)"
    r"|\s*,\s*and\s+(?=(?:it|they|he|she)\b[^,?]*\b(?:which|what|how many|how much|who|when|where)\b)",
    re.I,
)
"""Where one item of a list ends: a semicolon, a comma before a new clause or noun phrase, "and" before a
wh-clause ("... and how it earned money") or a learner's clause with its wh-word inside ("..., and it was like
which website?")."""
_LISTED_BREAK = Lazy(rf"{_ITEM_BREAK.source}|\s+and\s+(?=(?:the|its|their|his|her)\b)", re.I)
"""Where an item of a list after a lead ends: as above, or "and" before a noun phrase ("X and its Y")."""
_THAT_CHECK = Lazy(
    r"^(?P<lead>.*?\b(?:confirm|check|verify|is it true|is it correct|true)\b(?: for me)?) that (?P<first>.+?),?"
    r" and that (?P<second>.+?)\W*$",
    re.IGNORECASE,
)
_BEFORE_AND_AFTER = Lazy(
    r"^(?P<asked>.+?) before (?P<moment>.+?),? (?:vs\.?|versus|and|or|compared (?:to|with)|against) (?:what )?(?:about )?"
    r"after(?: that| it| them)?\W*$",
    re.IGNORECASE,
)
"""One question asked of the time before a moment and after it ("how did they earn before their marketplaces vs
after?"): two questions."""
_BEFORE_AND_AFTER_IT = Lazy(r"^(?P<asked>.+?),? before and after (?P<moment>.+?)\W*$", re.IGNORECASE)
"""One question asked of both sides of a moment at once ("..., before and after it launched X?")."""
_MAY_LIST = re.compile(r"[:;,\u2013\u2014]| - | and | vs\.? | versus | after", re.IGNORECASE)
"""What a list, or a question asked before and after a moment, must hold: most questions hold none of it."""
_AND_WH_TAIL = Lazy(
    r"^(?P<asked>(what|whats|what's|which|who|whos|who's|why|when|where|how)\b[^?]{8,}?),? (?:and|&|n) "
    r"(?P<wh>when|why|where|how|who|for what|what for)\W*$",
    re.I,
)
"""A question closing on a bare second wh-word ("..., and when?"): that asked of the same thing."""
_LEADING_WH = Lazy(
    r"^(what|whats|what's|which|who|whos|who's|why|when|where|how)(?P<aux> (is|was|are|were|did|does|do|has|have|had))?\s+",
    re.I,
)
_LEAD = Lazy(r"^(?P<lead>[^:?]{3,120}?)(?::|\s+[-\u2013\u2014]+)\s+(?P<body>.+)$")
"""A lead before a colon or a dash ("Walk me through 2013 - what ..., and how ...?")."""
_NOT_A_LIST = Lazy(
    r"^\s*(true or false|yes or no|t/f|fill in|complete|quote|question|q|re|note|update|claim|fact|statement)\b"
    r"|\b(order|rank|sort|arrange|chronolog|compare|comparison|timeline|sequence|which|earlier|first)",
    re.I,
)
"""Leads whose colon introduces one statement or blank ("True or false: ..."), or things to set against each
other ("Put these in chronological order: ..."), not a list of questions."""
_ALL_ASKED = Lazy(
    r"^\s*(?:when|what|who|how|where|why|which)\b[^,;]+(?:[,;]\s*(?:and\s+)?(?:when|what|who|how|where|why|which)\b"
    r"[^,;]+)+$",
    re.I,
)
"""A body of questions only ("when was ..., when did ..., and when did ...?"): a list whatever the lead says."""
_JUDGED = Lazy(r"^\s*(true or false|yes or no|t/f|fill in|complete)\b", re.I)
"""Leads asking to judge or complete one statement: never a list, whatever follows."""
_MIN_ITEM_WORDS = 2
_MAX_PARTS = 4


def split_parts(text: str) -> tuple[str, list[str]] | None:
    """The lead (what the parts are about, possibly empty) and the parts of a many-part message, or None."""
    if guesses_answer(text):
        return None  # "When was it founded, was it 2012?": one question, with the reader's guess to check
    found = _split_parts(_OPENING_FILLER.sub("", without_courtesy(text)))  # ("ok so who ... and what ...?")
    if found is None:
        return None
    lead, parts = found
    if _TOPIC_ONLY.match(parts[0]):
        return None  # "How about WeChat Payment, how many users?": a topic, then the one question
    # "what is a social shopping service? like what does that even mean": the second part asks the first again
    kept = [p for p in parts if not _RESTATED.match(p) and not joking_guess(p)]
    return (lead, kept) if len(kept) > 1 else None


_OPENING_FILLER = Lazy(r"^\s*(?:(?:ok|okay|so|hey|wait|well|alright|hmm|oh)[,!]?\s+)+(?=\w)", re.I)
"""Chat openers before the first question ("ok so who ..."): nothing of a part."""
_TOPIC_ONLY = Lazy(r"^\s*(?:tell me )?(?:how|what) about [^,?]{2,40}\?*$", re.I)
_RESTATED = Lazy(
    r"^\s*(?:like |so |i mean |or )?(?:tell me )?(?:what|wat) (?:does|do|is) (?:that|this|it) (?:even |actually |really "
    r"|exactly )?mean\W*$"
    r"|^\s*(?:and |so |but )?(?:is|was) there (?:a|an|any) (?:actual |real |true |good |specific )?reasons?\W*$",
    re.I,
)
"""A part asking only what the part before means, or only whether there is a reason after a why-question: the
same question again."""


def _split_parts(text: str) -> tuple[str, list[str]] | None:
    text = _CHAT_AND.sub(" and ", text)  # "when did it start n what was it like": a chat's "and"
    typed = _questions(text)
    if typed:
        # a question typed after another may itself ask two things ("... right? when was that and how ...?")
        listed = [_split_parts(s) for s in typed]
        flat = [
            p
            for s, found in zip(typed, listed, strict=True)
            for p in (found[1] if found and not found[0] else [s])
        ]
        return "", flat if len(flat) <= _MAX_PARTS else typed
    if not _MAY_LIST.search(text):
        return None  # most questions hold nothing a list could be split at
    moments = _BEFORE_AND_AFTER.match(text.strip()) if "after" in text.lower() else None
    both = _BEFORE_AND_AFTER_IT.match(text.strip()) if "before and after" in text.lower() else None
    found = moments or both  # (or "how did it make money, before and after it got its own marketplace?")
    if found:
        asked, moment = found.group("asked").strip(" ,"), found.group("moment").strip()
        return "", [f"{asked} before {moment}?", f"{asked} after {moment}?"]
    that = _THAT_CHECK.match(text.strip()) if "and that" in text.lower() else None
    if that:
        first, second = that.group("first").strip(), that.group("second").strip()
        return "", [f"is it true that {first}?", f"is it true that {second}?"]
    tail = _AND_WH_TAIL.match(text.strip()) if " and " in text.lower() else None
    if tail:
        # "what's the open strategy Alipay announced, and when?": the thing asked, then the tail asked of it
        asked = tail.group("asked").strip(" ,")
        opening = _LEADING_WH.match(asked)
        about = asked[opening.end() :].strip() if opening else asked
        # ("why did they launch it, and when": the second asks "when did they launch it", its auxiliary kept)
        aux = (opening.group("aux") or "") if opening and tail.group("wh").lower() != "who" else ""
        return "", [f"{asked}?", f"{tail.group('wh')}{aux} {about}?"]
    found = _LEAD.match(text.strip())
    if found and not _NOT_A_LIST.search(found.group("lead")):
        lead, body = found.group("lead").strip(), found.group("body")
    elif found and _ALL_ASKED.match(found.group("body")) and not _JUDGED.match(found.group("lead")):
        lead, body = "", found.group("body")  # "Timeline: when was ..., when did ...?": questions all
    else:
        lead, body = "", text
    # after a lead ("Two numbers for my notes: X and its Y?"), "and" before a noun phrase ends an item too
    items = [_clean(p) for p in (_LISTED_BREAK if lead else _ITEM_BREAK).split(body)]
    if lead and len(items) == 1:
        items = _two_noun_phrases(items[0]) or items
    items = [p for p in items if len(p.split()) >= _MIN_ITEM_WORDS]
    if not 2 <= len(items) <= _MAX_PARTS:
        return None
    if not lead and (
        not all(re.match(rf"(?:{_WH}|{_PREP_WH})\b", p, re.I) or _IN_PLACE.search(p) for p in items)
        or opens_with_scene(text.strip().lower())
    ):
        # without a colon, only questions make a list: "Mogujie, the site, when was it founded?" is one, and so
        # is "When Mogujie had 2000 stores, how many had Meilishuo?" (a scene, then the question)
        return None
    return lead, [_as_question(p) for p in items]


_CHAT_AND = Lazy(
    rf"\s+(?:n|&)\s+(?={_WH}\b)"
    r"|(?<=\w)\s+like\s+(?=(?:how|what|why|when|who|where|which) (?:did|does|do|is|was|are|were|has|had|can)\b)",
    re.I,
)
"""A chat's "n" or "&" for "and", before a second question; a "like" before a question restarted ("what does X
mean like how did it make money")."""


def _two_noun_phrases(body: str) -> list[str] | None:
    """ "market share and wallet users" after a lead: two things of a few words each, neither side a name at the
    "and" ("Mogujie and Meilishuo" is one pair) and no question of its own (a verb would make it one clause)."""
    halves = body.rstrip(" ?.!").split(" and ")
    if len(halves) != 2:
        return None
    left, right = halves[0].split(), halves[1].split()
    if not (2 <= len(left) <= 4 and 2 <= len(right) <= 4) or left[-1][:1].isupper() or right[0][:1].isupper():
        return None
    if any(w.lower() in AUXILIARIES for w in (*left, *right)):
        return None  # (a half holding an auxiliary is a clause, which a bare "and" does not end)
    return [" ".join(left), " ".join(right)]


def _questions(text: str) -> list[str] | None:
    """Two to four questions typed one after another, each opening with a wh-word or auxiliary ("What does X
    mean here? How did Mogujie work when it began?"); None for anything else."""
    if "?" not in text:
        return None
    sentences = [s.strip() for s in _SENTENCE_END.split(text.strip()) if s.strip()]
    if not 2 <= len(sentences) <= _MAX_PARTS:
        return None
    if all(
        (s.endswith("?") or k == len(sentences) - 1)  # the last one's mark is often left off in a chat
        and len(s.split()) >= _MIN_QUESTION_WORDS
        and (
            re.match(rf"(?:(?:and|so|but|then|also|ok|okay)\s+)?{_WH}\b", s, re.I)
            or _ASKED_INSIDE.search(s)
            or _TAGGED.search(s)
            # a statement asked with a question mark ("mogujie was like pinterest? what did it ..."), not a lead
            # pointing at what follows ("you know the fee thing? who charged it?")
            # (nor surprise: "wait alipay cut off mogujie?? why tho")
            or (
                s.endswith("?")
                and not s.endswith(("??", "?!"))
                and len(s.split()) > _MIN_QUESTION_WORDS
                and not _POINTING_LEAD.match(s)
            )
        )
        for k, s in enumerate(sentences)
    ):
        return sentences
    return None


_POINTING_LEAD = Lazy(
    r"^\s*(?:(?:so|and|ok|okay)\s+)?(?:you know|remember|about|re|regarding|what about|wait|whoa|wow"
    r"|i (?:think|reckon|heard|believe|guess|read)|my \w+|some(?:one|body)|people|they say"
    r"|from|in|at|on|by|for|to|with)\b",
    re.I,
)
"""A sentence that only points at a topic for the question after it, or gives someone's hunch it puts to the check
("i reckon ...? is that true"), or a wh-question opening with its preposition ("From where ...?"), read whole."""
_ASKED_INSIDE = Lazy(r"\b(how many|how much|which|what)\b", re.I)
"""A wh-phrase inside a learner's question ("And Mogujie is having how many users?"): a question all the same."""
_TAGGED = Lazy(r",?\s+(right|correct|true|yes|no|isn'?t it|aren'?t they|didn'?t (it|they))\s*\?$", re.I)
"""A statement with a tag ("they made their own marketplaces, right?"): a question to check."""
_SENTENCE_END = Lazy(r"(?<=\?)\s+")
_MIN_QUESTION_WORDS = 3
"""A question of its own has a few words ("Who says so? Alipay?" is a question and a guess, no wh-question)."""
_IN_PLACE = Lazy(
    r"\b(in|on|at|from|by|for) (which|what) \w+|\b(which|what) (year|date|month|day|time|site|company)\b"
    r"|\b(which|what) \w+\W*$"  # ("and it was like which website?": the wh-phrase closing the clause)
)
"""A wh-phrase left in place in a learner's clause ("Mogujie start in which year"): a question, not a noun."""


def _as_question(item: str) -> str:
    """An item put as a question: a noun phrase is asked what it is ("the year Mogujie was founded"), an
    embedded clause is asked to be told ("how it earned money at first")."""
    item = item.rstrip(" ?")
    if _IN_PLACE.search(item) and not re.match(rf"{_WH}\b", item, re.I) and not _DETERMINED.match(item):
        return f"{item}?"  # "Mogujie start in which year": asked in place, as typed
    if not re.match(rf"{_WH}\b", item, re.I):
        # a noun phrase ("the year Mogujie was founded") is asked what it is; anything else stays as typed
        return f"what is {item}?" if _NOUN_PHRASE.match(item) else f"{item}?"
    if re.match(
        r"(what|which|whom|whose|when|where|why|how)\b(?! (many|much)\b)", item, re.I
    ) and not _INVERTED.match(item):
        return f"tell me {item}?"  # ("who ran it" asks its subject, in question order already)
    return f"{item}?"


_DETERMINED = Lazy(r"^(the|a|an|its|their|his|her|this|that|these|those)\b", re.I)
"""A noun phrase by its determiner ("the year in which ..."): a relative "in which" is no question in place."""
_NOUN_PHRASE = Lazy(r"^((the|a|an|its|their|his|her|this|that|these|those|total|both|each)\b|[A-Z])")
_INVERTED = Lazy(
    r"^(what|which|who|whom|whose|when|where|why|how)( \w+){0,2}? (is|are|was|were|do|does|did|has|have|had|can"
    r"|could|will|would)\b|^(who|what) (happened|happens)\b",
    re.IGNORECASE,
)
"""A wh-question in question order ("how many users does it have"), or one asking its subject ("who is
claiming them", "what happened")."""


def _clean(item: str) -> str:
    """An item without its joining word and closing stop."""
    item = re.sub(r"^\s*(?:and|or|also|plus)\s+", "", item.strip(), flags=re.I)
    return item.rstrip(" .!;,")
