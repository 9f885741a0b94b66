"""Questions about the article's paragraphs themselves ("What does the sixth paragraph tell us?", "Which
paragraph first mentions Meilishuo?", "Which paragraph says that?"): answered from the article's own layout,
the sentences of the paragraph quoted.

A teacher reading a story with a class points at paragraphs by number, by place ("the final paragraph", "the
paragraph before last") or by topic ("the paragraph about the stores"); the byline at the end is no paragraph
of the story.
"""

from __future__ import annotations

import re

from . import settings
from .answers import Answer, Attribution, Citation, Sentence, Turn
from .glossary import word_for
from .index import Index
from .numbers import CARDINALS, ORDINALS
from .patterns import Lazy

_PLACE = (
    r"(?:the )?(?P<place>(?:very )?(?:first|opening|last|final|closing|concluding|penultimate|second[- ]to[- ]last"
    r"|second[- ]last|last but one|\w+(?:st|nd|rd|th)|1st|2nd|3rd|\d{1,2}th)) (?:paragraph|para)"
    r"|(?:paragraph|para) (?P<number>\d{1,2}|(?!(?:about|on|that|where|with|explaining|describing|covering|dealing"
    r"|beginning)\b)[a-z]+\b)"
    r"|the (?P<before>paragraph before (?:the )?last(?: one)?)"
    r"|the (?:paragraph|passage|section|part|bit) (?:about|on|explaining|that explains|describing|that describes"
    r"|covering|that covers|dealing with|that deals with|where|with|that begins|beginning) (?P<topic>.+?)"
)
_PLACED = Lazy(_PLACE, re.IGNORECASE)
_PLACE = re.sub(r"\(\?P<\w+>", "(?:", _PLACE)  # (the same place, unnamed, inside the patterns below)
_WHOLE = Lazy(
    rf"^\W*(?:and |so |ok,? |okay,? )?(?:"
    rf"(?:what|wat) (?:does|do|did) (?:{_PLACE})(?: of (?:the|this) (?:news )?(?:story|article|text|piece))?"
    r" (?:say|tell(?: us| the reader| readers)?|add(?: to (?:the|this) (?:story|article|text|piece))?|cover|describe"
    r"|explain|talk about|discuss|do|focus on|deal with|show|mention|contribute|report)(?: about)?"
    rf"|(?:what|wat)(?: is|'s|s) (?:{_PLACE})(?: of (?:the|this) (?:news )?(?:story|article|text|piece))?"
    r" (?:about|saying)"
    rf"|(?:what|wat)(?: is|'s|s) (?:in|said in) (?:{_PLACE})"
    rf"|what happens in (?:{_PLACE})"
    rf"|(?:what is |what's )?the main (?:idea|point) of (?:{_PLACE})"
    rf"|(?:please )?(?:summari[sz]e|sum up|paraphrase|explain|give me|read me|quote|show me) (?:{_PLACE})"
    r")(?: of (?:the|this) (?:news )?(?:story|article|text|piece))?(?: (?:for me|please|for us|in (?:short|brief)))?"
    r"\W*$",
    re.IGNORECASE,
)
"""A question asking what a whole paragraph says: nothing asked but the paragraph itself."""
_FRAME_TAIL = Lazy(
    r"\s+(?:say|says|tell(?: us| the reader| readers)?|add|cover|describe|explain|talk about|discuss|do|focus on"
    r"|deal with|show|mention|contribute|report|saying|about)(?: about)?(?: to (?:the|this) (?:story|article|text))?"
    r"(?: (?:for me|please|for us|in (?:short|brief)))?\W*$|\W+$",
    re.IGNORECASE,
)
"""What follows a paragraph's topic in the question ("... tell us?"): not part of the topic."""
_WHICH_OF_LAST = Lazy(
    r"^\W*(?:and |so |ok,? |okay,? )?(?:(?:which|what) paragraph (?:(?:is|was) (?:that|this|it) (?:in|from|said in)"
    r"|(?:says|said|tells us|tells|told us|mentions|gives|states|has|covers) (?:that|this|it)(?: to us)?)"
    r"|(?:in )?which paragraph (?:is|was) (?:that|this|it)(?: in)?"
    r"|where (?:in the (?:story|article|text) )?(?:is|was) (?:that|this|it)(?: said| mentioned| stated)?"
    r"(?: in the (?:story|article|text))?)\W*$",
    re.IGNORECASE,
)
"""A follow-up asking where the last answer's sentences stand ("And which paragraph tells us that?")."""
_FIRST_MENTION = Lazy(
    r"^\W*(?:and |so )?(?:(?:which|what|in which|in what) (?:paragraph|sentence|part|line)(?: of (?:the|this)"
    r" (?:story|article|text))? (?:(?:first|1st) (?:mentions|names|brings up|brings in|talks about|refers to)"
    r"|introduces)|where (?:is|are|does|do) (?:the (?:story|article|text|writer|author) )?(?:first (?:mention|name"
    r"|bring up)|introduce)) (?P<rest>.+?)(?: (?:in|by) the (?:story|article|text))?\W*$"
    r"|^\W*where (?:is|are|was|were) (?P<rest2>.+?) (?:first (?:mentioned|named)|introduced)\W*$",
    re.IGNORECASE,
)
"""A question asking where a name first comes up ("Which paragraph first mentions Meilishuo?")."""
PLACE_WORDS = ("para", "mention", "first", "where", "introduc", "brings", "refers")
"""Words one of which a question about a place in the article has: a question without any is not searched."""
_FROM_END = {
    "last": 1,
    "final": 1,
    "closing": 1,
    "concluding": 1,
    "very last": 1,
    "very final": 1,
    "penultimate": 2,
    "second to last": 2,
    "second last": 2,
    "last but one": 2,
}


def story_paragraphs(sentences: list[Sentence], bylines: list[str]) -> list[int]:
    """The numbers of the story's paragraphs in order: those at the end naming the writer (the byline) are
    left out, so "the last paragraph" is the story's own."""
    numbers = sorted({s.paragraph for s in sentences})
    while numbers:
        last = [s for s in sentences if s.paragraph == numbers[-1]]
        if not any(name in s.text.lower() for s in last for name in bylines):
            break
        numbers.pop()
    return numbers


def whole_paragraph(text: str, numbers: list[int]) -> int | str | None:
    """The paragraph a question asks about as a whole ("What does the second paragraph add?"), or what the
    paragraph it means is about ("the paragraph about the stores": "the stores"), or None."""
    if not _WHOLE.match(text.strip()):
        return None
    found = _PLACED.search(text)
    if found and found.group("topic") is not None:
        topic = text[found.start("topic") :]
        return _FRAME_TAIL.sub("", topic).strip(" '\"\u2018\u2019\u201c\u201d") or None
    return _paragraph_of(found, numbers) if found else None


def asks_which_of_last(text: str) -> bool:
    """True for "which paragraph says that?": the place of the last answer's sentences."""
    return bool(_WHICH_OF_LAST.match(text.strip()))


def first_mention(text: str) -> str | None:
    """What a question asks the first mention of ("Which paragraph first mentions Meilishuo?" -> "Meilishuo")."""
    found = _FIRST_MENTION.match(text.strip())
    return (found.group("rest") or found.group("rest2")) if found else None


def cited(sentence: Sentence) -> Citation:
    """A whole sentence as a citation: its own words are what is quoted."""
    return Citation(source=sentence.source, paragraph=sentence.paragraph, sentence=sentence.id,
                    start=sentence.start, end=sentence.end, quote=sentence.text, span_start=sentence.start,
                    span_end=sentence.end, span=sentence.text)  # fmt: skip


def quoted_paragraph(sentences: list[Sentence]) -> str:
    """ "Paragraph 8 says: “...”": a paragraph's sentences, in the story's words."""
    said = " ".join(s.text for s in sentences)
    return f"Paragraph {sentences[0].paragraph} says: \u201c{said}\u201d"


def _paragraph_of(found: re.Match[str], numbers: list[int]) -> int | None:
    """The paragraph number a matched place names, within the story's paragraphs."""
    if not numbers:
        return None
    if found.group("before"):
        return numbers[-2] if len(numbers) >= 2 else None
    place = (found.group("place") or "").lower().replace("-", " ")
    if place in _FROM_END:
        at = _FROM_END[place]
        return numbers[-at] if len(numbers) >= at else None
    if place in ("first", "opening", "very first"):
        return numbers[0]
    word = (place or found.group("number") or "").lower()
    if word.isdigit():
        n = int(word)
    elif word[:-2].isdigit():
        n = int(word[:-2])
    else:
        n = ORDINALS.get(word, 0) or CARDINALS.get(word, 0)
    return n if n in numbers else None


def places(numbers: list[int]) -> dict[str, list[int]]:
    """Place words a question may use for part of the story, with the paragraphs each means ("the opening": the
    first; "the last paragraph": the story's own last, not the byline)."""
    if not numbers:
        return {}
    out = {"opening": numbers[:1], "first paragraph": numbers[:1], "lede": numbers[:1], "lead": numbers[:1],
           "first sentence": numbers[:1], "last paragraph": numbers[-1:], "final paragraph": numbers[-1:],
           "closing": numbers[-1:], "ending": numbers[-1:]}  # fmt: skip
    for n in numbers:
        out[f"paragraph {n}"] = [n]
        word = next((w for w, k in ORDINALS.items() if k == n), "")
        if word:
            out[f"{word} paragraph"] = [n]
    return out


def layout_answer(index: Index, question: str, core: str, last: Turn | None) -> Answer | None:
    """ "What does the sixth paragraph tell us?", "Which paragraph first mentions Meilishuo?", "(...) / which
    paragraph says that?", "Which word in the text means '...'?": places and words of the article, answered
    from its layout and its sentences rather than from any record."""
    lowered = core.lower()
    wording = "mean" in lowered and ("word" in lowered or "phrase" in lowered or "term" in lowered)
    if not wording and not any(word in lowered for word in PLACE_WORDS):
        return None  # (most questions: nothing of the layout is read for them)
    sentences = [s for s, _ in index.sentences]
    bylines = [index.kb.entities[a].name.lower() for a in index.reader.authors]
    numbers = story_paragraphs(sentences, bylines)
    found = word_for(index, core, places(numbers)) if wording else None
    if found:
        return found
    if not any(word in lowered for word in PLACE_WORDS):
        return None
    at = whole_paragraph(core, numbers)
    if isinstance(at, str):
        at = _paragraph_about(index, at)
    named = None if at is not None else _first_named(index, core)
    if at is not None:
        quoted = [s for s in sentences if s.paragraph == at]
        text = quoted_paragraph(quoted)
    elif named is not None:
        quoted = [next(s for s in sentences if named in index.sentence_entities.get(s.id, ()))]
        name = index.kb.entities[named].name
        text = f"{name} is first mentioned in paragraph {quoted[0].paragraph}: \u201c{quoted[0].text}\u201d"
    elif last is not None and last.sentences and asks_which_of_last(core):
        quoted = [s for s in sentences if s.id in last.sentences]
        spots = sorted({s.paragraph for s in quoted})
        text = f"In paragraph{'s' if len(spots) > 1 else ''} {' and '.join(map(str, spots))}: " + "; ".join(
            f"\u201c{s.text}\u201d" for s in quoted
        )
    else:
        return None
    cites = [cited(s) for s in quoted]
    return Answer(question=question, status="answered", answer=text, confidence=1.0, citations=cites,
                  resolved=core, kind="locate", says=Attribution("article"), story=index.kb.id)  # fmt: skip


def _paragraph_about(index: Index, topic: str) -> int | None:
    """The paragraph whose sentence explains most of a topic ("the paragraph about the stores"), when one
    sentence does clearly best."""
    matches = index.sentence_matches(index.read(topic))
    if not matches or matches[0][0] < settings.PARAGRAPH_TOPIC_MIN:
        return None
    close = {s.paragraph for score, s in matches if score >= matches[0][0] - settings.PARAGRAPH_TOPIC_TIE}
    return matches[0][1].paragraph if len(close) == 1 else None


def _first_named(index: Index, core: str) -> str | None:
    """The one name whose first mention a question asks for, when the story names it at all."""
    asked = first_mention(core)
    typed = index.read(asked) if asked else None
    if typed is None or len(typed.entities) != 1 or len(typed.tokens) != 1:
        return None
    named = typed.entities[0]
    return named if any(named in ents for ents in index.sentence_entities.values()) else None
