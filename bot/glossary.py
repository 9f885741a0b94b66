"""What a word or phrase of the article means ("What does 'e-tailers' mean?"), glossed from the language file's
word groups and cited where the article uses it: the story's own words, explained in plainer ones."""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise

from . import settings
from .answers import Answer, Attribution, Citation, Sentence
from .compiled import WordGroup
from .index import Index
from .patterns import Lazy
from .query import ENTITY_PREFIX, Query
from .text import fold, stem, words

_ASKED = Lazy(
    r"\b(?:what (?:does|do|did) (?:the (?:word|phrase|term|expression) )?[\"'](?P<a>[^\"']{2,40})[\"'](?: \w+)? (?:even "
    r"|really |actually )?(?:mean|means|suggest|suggests|imply|implies|signal|signals|indicate|indicates)"
    r"|(?:what is|what's|whats) (?:meant by|the meaning of) (?:the (?:word|phrase|term|expression) )?"
    r"[\"'](?P<b>[^\"']{2,40})[\"']"
    r"|(?:meaning|definition) of (?:the (?:word|phrase|term|expression) )?[\"'](?P<c>[^\"']{2,40})[\"']"
    r"|what (?:does|do) the (?:word|phrase|term|expression) (?P<d>[\w-]+(?: [\w-]+){0,3}) mean\b"
    r"|(?:^|(?<=[\"'] ))(?:so |and |but )?(?:what|wat) (?:does|do|dose) (?!(?:it|that|this|they|he|she|the (?:story"
    r"|article|writer|author))\b)(?P<e>[\w-]+(?: [\w-]+){0,2}) mean(?: (?:here|in (?:this|the) (?:sentence|story"
    r"|article|text|paragraph|context|line)|in (?:the )?(?:first|second|third|fourth|last|opening|final|closing)"
    r" (?:paragraph|sentence|line)))?\W*$"
    r"|^(?:so |and |but )?(?:what|wat)(?: is|'s|s| s) (?:a|an) (?P<f>[\w-]+)\W*$"
    r"|^(?:what|wat)(?: is|'s|s| s)? (?:the )?(?:mean|meaning|definition) of (?:the )?(?P<g>[\w-]+(?: [\w-]+){0,2})"
    r"\W*$"
    r"|(?<=[\"'])(?P<h>[^\"']{2,40})[\"'] (?:means|mean) what\b"
    r"|^(?:what is|what's|whats) (?:a|an) [\"'](?P<i>[^\"']{2,40})[\"'](?:\W*$|,)"
    r"|\w+:? [\"'](?P<m>[^\"']{2,40})[\"'][^?\"']{0,30}?,? (?:so |and |but )?(?:what|wat) (?:does|do) (?:it|that|this"
    r"|they) (?:even |really |actually )?mean\b"
    r"|(?<=[\"'] )(?:so |and |but )?(?:what|wat)(?: is|'s|s| s) an? (?P<n>[\w-]+)\W*$"
    r"|\b(?:explain|define) (?:the (?:word|phrase|term|expression) )?[\"'](?P<l>[^\"']{2,40})[\"']"
    r"|^(?:what|wat) (?:means?|meaning) (?:the (?:word|phrase|term|expression|name) )?[\"'](?P<j>[^\"']{2,40})[\"']"
    r"|\bwhat (?:does|do|did) (?:the )?(?:writer|author|article|story|reporter|journalist|text|piece) mean (?:by|with)"
    r"(?: [^?\"]{0,40}?(?<!\w)[\"'](?P<q>[^\"']{2,40})[\"'](?!\w)| (?:calling (?:[\w-]+ ){1,2}(?:an? |the )?)?"
    r"(?:the (?:word|phrase|term|expression) )?(?P<o>[\w-]+(?: [\w-]+){0,2})\W*$)"
    r"|^(?:what is|what's|whats) meant by (?:the (?:word|phrase|term|expression) )?(?P<p>[\w-]+(?: [\w-]+){0,2})\W*$"
    r"|^(?:what is|what's|whats|what are) [\"'](?P<k>[^\"']{2,40})[\"'](?: (?:in|here in) (?:this|the) (?:text|story"
    r"|article|sentence|paragraph))?\W*(?:$|\?))",  # a learner's "'cut off support' means what?"
    re.IGNORECASE,
)
"""A meaning asked of words singled out: quoted, called a word or phrase, or the whole of what a short question
asks the meaning of ("what does e-tailers mean?"), or a quoted word a question then asks of ('the article says
"e-tailers", what does it mean?')."""
_PLACE_IN_TEXT = Lazy(
    r"\s*,?\s*\b(?:in|from|of) (?:the )?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|last|final|opening"
    r"|closing|\d{1,2}(?:st|nd|rd|th)) (?:paragraph|para|sentence|line)\b,?"
    r"|\s*,?\s*\b(?:in|from|of) (?:paragraph|para|line|sentence) \d{1,2}\b,?"
    r"|\s*,?\s*\bin the (?:bit|part|sentence|line|passage|paragraph|section) (?:about|on|where|that says|with) .*$",
    re.IGNORECASE,
)
"""Where in the text the words stand ("in the second paragraph"): it says where, not what is asked the meaning of."""
_A_THING = Lazy(r"^(?:so |and |but )?(?:what|wat)(?: is|'s|s| s) an? [\w-]+\W*$")
"""What a thing is, asked of one word with "a" ("what is a rumor?"): what the word means."""
_A_QUOTED = Lazy(r"^(?:what is|what's|whats|what are) (?:an? )?[\"'\u2018\u201c]")
"""What a quoted thing is ("what's a 'referral program'?"): what the words mean."""
_ARTICLE = Attribution("article")
"""The article's own words, glossed: the article is what says so."""
_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"'})
_SHOWN = 3
"""Plainer words shown for a phrase: enough to explain it, few enough to read."""


def asked_phrase(question: str) -> str | None:
    """The words whose meaning a question asks, if it singles some out."""
    lowered = question.lower()
    if (
        "mean" not in lowered
        and "definition" not in lowered
        and not any(_A_THING.match(p.strip() + "?") for p in lowered.split("?"))
        and not _A_QUOTED.match(lowered)
        and not ("'" in question or '"' in question or "\u2018" in question or "\u201c" in question)
    ):
        return (
            None  # every way of asking says "mean", "definition", "what is a" or quotes the words: most don't
        )
    text = _PLACE_IN_TEXT.sub(" ", question.translate(_QUOTES)).strip()
    found = _ASKED.search(text)
    if not found and "?" in text.rstrip("?"):
        # "whats an e-tailer? the article uses it for Taobao": the question before the remark
        found = next((f for part in text.split("?") if (f := _ASKED.search(part.strip() + "?"))), None)
    if not found:
        return None
    return next(g for g in found.groups() if g).strip(" .,?!")


def meaning(index: Index, question: str, reading: Query) -> Answer | None:
    """The gloss of article words a question singles out, or None when they are a name, are not in the article,
    or no word group explains them (then the question is answered as any other)."""
    lowered = question.lower()
    pointed = _POINTING.search(question) if "latter" in lowered or "former" in lowered else None
    if pointed:
        return _referent(index, question, reading, pointed.group(1).lower())
    phrase = asked_phrase(question)
    if not phrase:
        return None
    said = words(phrase)
    tokens = index.reader.read(phrase, correct=False).tokens
    if not said or all(t.startswith(ENTITY_PREFIX) for t in tokens):
        return _name_meaning(index, question, reading, phrase, tokens)
    sentence = _sentence_with(index, said)
    if sentence is None and said[-1].isalpha():
        # "e-tailer" of the article's "e-tailers" (and the other way round): the one word, in the other number
        other = said[-1][:-1] if said[-1].endswith("s") else said[-1] + "s"
        said = [*said[:-1], other]
        sentence = _sentence_with(index, said)
        phrase = phrase[:-1] if phrase.endswith("s") else phrase + "s"
    if sentence is None:
        return None
    glosses = _glosses(index, said, compound="-" in phrase)
    halves = {h for w in phrase.split() if "-" in w for h in w.lower().split("-")}
    # ("transaction-based": "based" alone is "based in" a city, not half of a compound)
    glosses = [(part, plainer) for part, plainer in glosses if part not in halves]
    if not glosses:
        return None
    content = [w for w in said if w not in index.reader.stopwords]
    quoted = any(f"{q}{phrase}" in question.translate(_QUOTES) for q in "\"'")
    if sum(len(part.split()) for part, _ in glosses) < len(content) and (
        not quoted or _phrased_topic(index, tokens)
    ):
        # "what does open strategy mean?": a topic of the story, of which one word has a gloss (quoted, when a
        # curated question is about the whole of it: "'open strategy'")
        return None
    if len(glosses) == 1 and glosses[0][0] == " ".join(said):
        glosses = [(phrase, glosses[0][1])]  # the whole phrase, as the reader typed it ("e-tailers")
    plain = "; ".join(f'"{part}" {plainer}' for part, plainer in glosses)
    text = f'In the story, {plain}. The article uses it here: "{sentence.text}"'
    return _answer(index, question, reading, text, sentence, phrase)


def _phrased_topic(index: Index, tokens: list[str]) -> bool:
    """True when a curated what-question asks of a phrase of two or more terms and nothing else but names
    ("What is the open strategy?"): the phrase is a topic the story explains, not wording to gloss."""
    asked = set(tokens)
    if len(asked) < 2:
        return False
    slots = set.intersection(*(set(index.phrase_postings.get(t, ())) for t in asked))
    return any(
        index.records[index.phrasing_record[slot]].record.asks == "what"
        and {t for t in index.phrasing_terms[slot] if not t.startswith(ENTITY_PREFIX)} == asked
        for slot in slots
    )


_POINTING = Lazy(r"\bthe (latter|former)\b", re.IGNORECASE)
"""Words of the article that point back to one of two names just given."""


def _referent(index: Index, question: str, reading: Query, which: str) -> Answer | None:
    """Whom "the latter" (the second of the two names before it) or "the former" (the first) means where the
    article uses it, or None when the article does not use it."""
    for sentence in index.kb.sentences.values():
        at = fold(sentence.text).find(f"the {which}")
        if at < 0:
            continue
        before = index.reader.read(sentence.text[:at], correct=False)
        names = list(
            dict.fromkeys(v.entity for v in sorted(before.values, key=lambda v: v.start) if v.entity)
        )
        if len(names) < 2:
            return None
        meant = index.kb.entities[names[-1] if which == "latter" else names[-2]].name
        text = f'In the story, "the {which}" means {meant}: "{sentence.text}"'
        return _answer(index, question, reading, text, sentence, f"the {which}")
    return None


def _answer(
    index: Index, question: str, reading: Query, text: str, sentence: Sentence, phrase: str
) -> Answer:
    """The answer citing the article's sentence, with the phrase explained as the quoted words inside it."""
    at = fold(sentence.text).find(fold(phrase))
    start, end = (
        (sentence.start + at, sentence.start + at + len(phrase))
        if at >= 0
        else (sentence.start, sentence.end)
    )
    cite = Citation(source=sentence.source, paragraph=sentence.paragraph, sentence=sentence.id, start=sentence.start,
                    end=sentence.end, quote=sentence.text, span_start=start, span_end=end,
                    span=sentence.text[start - sentence.start : end - sentence.start])  # fmt: skip
    return Answer(story=index.kb.id, question=question, status="answered", answer=text, confidence=0.9,
                  citations=[cite], resolved=reading.text, kind="answer", says=_ARTICLE)  # fmt: skip


def wording_chosen(index: Index, question: str, reading: Query) -> Answer | None:
    """ "Is it 'more than 2000 stores' or 'about 2000 stores'?": of quoted wordings offered as a choice, the one
    the article uses, with its sentence; None unless exactly one of them is in the article word for word."""
    text = question.translate(_QUOTES)
    quoted = list(_QUOTED_WORDS.finditer(text))
    if len(quoted) < 2 or any("or" not in words(text[a.end() : b.start()]) for a, b in pairwise(quoted)):
        return None
    phrases = [m.group("said").strip(" .,?!") for m in quoted]
    if any(all(w in index.reader.stopwords for w in words(p)) for p in phrases):
        return None  # ("'has' or 'claims'?": words of grammar are in every other sentence)
    found = [(p, s) for p in phrases if (s := _sentence_with(index, words(p))) is not None]
    if len(found) != 1:
        return None
    phrase, sentence = found[0]
    others = " or ".join(f'"{p}"' for p in phrases if p != phrase)
    answer = f'The article says "{phrase}", not {others}: "{sentence.text}"'
    return replace(_answer(index, question, reading, answer, sentence, phrase), kind="check")


def _sentence_with(index: Index, said: list[str]) -> Sentence | None:
    """The article sentence with these words side by side that introduces them ("started as a Pinterest-like
    social shopping service"), else the first (each sentence's words read once per story)."""
    read = index.derived("sentence-words", lambda: [(s, words(s.text)) for s in index.kb.sentences.values()])
    found = [(s, told[max(0, at - 3) : at]) for s, told in read if (at := _found_at(told, said)) >= 0]
    introduced = (s for s, before in found if _INDEFINITE.intersection(before))
    return next(introduced, found[0][0] if found else None)


_INDEFINITE = frozenset({"a", "an"})
"""Articles that introduce a thing described ("a ... service"), not one already known ("the ... site")."""


def _found_at(haystack: list[str], needle: list[str]) -> int:
    """Where the words first stand side by side in a sentence's words, or -1."""
    n = len(needle)
    return next((i for i in range(len(haystack) - n + 1) if haystack[i : i + n] == needle), -1)


def _glosses(index: Index, said: list[str], compound: bool = False) -> list[tuple[str, str]]:
    """Each stretch of the phrase a word group holds, explained: by the group's gloss where the language file
    gives one (what the words mean), else by its plainer words (others that mean the same)."""
    groups = _groups(index)
    out: list[tuple[str, str]] = []
    i = 0
    while i < len(said):
        for size in range(min(4, len(said) - i), 0, -1):
            part = " ".join(said[i : i + size])
            group = groups.get(part)
            if group:
                plainer = ", ".join(_plainer(index, group, part, compound))
                if group.gloss:
                    out.append((part, _explained(group, part, plainer)))
                elif plainer:
                    out.append((part, f"means {plainer}"))
                i += size
                break
        else:
            i += 1
    return out


def _explained(group: WordGroup, part: str, plainer: str) -> str:
    """A gloss fitted to the words asked: the canonical's meaning, said to be that of their family when they are
    another form of it ("rumored": "rumor"); another word for it ("e-tailers") is put in the plainer words of the
    group first, the canonical's meaning after them."""
    canonical = " ".join(words(group.canonical))
    if part == canonical:
        return f"means {group.gloss}"
    if _alike(part, canonical) or stem(part) == stem(canonical):
        return f'is a form of "{canonical}", which means {group.gloss}'
    return f"means {plainer} ({canonical}: {group.gloss})" if plainer else f"means {group.gloss}"


def _name_meaning(
    index: Index, question: str, reading: Query, phrase: str, tokens: list[str]
) -> Answer | None:
    """What one word naming a company or site means ("what does Mogujie mean?"): a name the story uses without
    ever translating or explaining it, so the story doesn't say; None for anything else a name may stand for."""
    named = {t[len(ENTITY_PREFIX) :] for t in tokens}
    if len(phrase.split()) != 1 or len(named) != 1 or _WHAT_IT_IS.search(question):
        return None  # ("What means 'Alimama' in this text? Is it a person?" asks what the name stands for)
    entity = index.kb.entities.get(next(iter(named)))
    if entity is None or entity.kind not in _PROPER_KINDS:
        return None
    text = (
        f'The story doesn\'t say what the name "{phrase}" means: it uses it as the name of {entity.name} and '
        "never explains or translates it."
    )
    return Answer(story=index.kb.id, question=question, status="unknown", answer=text, confidence=0.9,
                  resolved=reading.text, kind="decline", suggestions=[f"What is {entity.name}?"])  # fmt: skip


_WHAT_IT_IS = Lazy(
    r"\b(in (this|the) (text|story|article|sentence|paragraph|news|piece)|here|is it|it is|is this|what is it"
    r"|what's it)\b|\?.*\w"
    r"|\bmeaning of\b(?! (the )?(name|word)\b)(?!.*\b(in|into) (chinese|english|mandarin)\b)"  # ("meaning of Alimama")
    r"|^\W*what means?\b(?! (the )?(name|word)\b)(?!.*\b(in|into) (chinese|english|mandarin)\b)"
    r"|^\W*(define|explain|describe)\b",  # ("What means 'Alimama'?", "Define 'Alimama'": what it is)
    re.IGNORECASE,
)
"""Beside the meaning of a name, what the name stands for asked ("Is it a person?", "in this text"): it is what is
asked, and the story tells it."""
_PROPER_KINDS = frozenset({"company", "site", "outlet", "program"})
"""Kinds of entity whose name is a proper name, not a description ("Alibaba's finance arm" explains itself)."""


def _groups(index: Index) -> dict[str, WordGroup]:
    """Every word and canonical of the synonym groups -> its group (built once per index)."""
    return index.derived("glossary", lambda: _build_groups(index))


def _build_groups(index: Index) -> dict[str, WordGroup]:
    out: dict[str, WordGroup] = {}
    for group in index.kb.synonyms:
        if not group.canonical:
            continue  # a group of words to ignore explains nothing
        for w in (group.canonical, *group.words):
            out.setdefault(" ".join(words(w)), group)
    return out


def _plainer(index: Index, group: WordGroup, part: str, compound: bool = False) -> list[str]:
    """Words of the group other than the asked one and inflections of those shown: the canonical first when it
    is an English word (some are shorthands: "getaround")."""
    english = index.reader.speller.english.zipf
    canonical = " ".join(words(group.canonical))
    said = [" ".join(words(w)) for w in group.words]
    # in the curated order, one word before a phrase: "restart" explains "resume" better than "take back"; a
    # compound ("e-tailers") by the canonical word, then phrases ("retailer", "online seller")
    candidates = sorted(([canonical] if canonical in english else []) + said, key=lambda w: " " in w)
    if compound:
        candidates = candidates[:1] + sorted(candidates[1:], key=lambda w: " " not in w)
    # and only everyday words: a plainer word a reader may not know ("kickback", "sliver") explains nothing
    candidates = [
        w for w in candidates if min(english.get(x, 0.0) for x in w.split()) >= settings.GLOSS_MIN_ZIPF
    ]
    out: list[str] = []
    for w in candidates:
        if w and not any(_alike(w, o) for o in [part, *out]):
            out.append(w)
        if len(out) == _SHOWN:
            break
    phrase = next((w for w in candidates if " " in w and not any(_alike(w, o) for o in [part, *out])), None)
    if phrase and len(out) == _SHOWN and all(" " not in w for w in out):
        out[-1] = phrase  # ("restart, renew, start again": an everyday phrase beside the single words)
    return out


def _alike(a: str, b: str) -> bool:
    """True when two phrases are forms of one: the same stems ("cuts off", "cut off") or the same first four
    letters of each word ("rumours", "rumor"; "acquisition", "acquire"), while "restart" explains "resume"."""
    x, y = a.split(), b.split()
    return len(x) == len(y) and all(stem(p) == stem(q) or p[:4] == q[:4] for p, q in zip(x, y, strict=True))


# -- the word for a meaning ("Which word in the text means 'to start again'?") --------------------------------

_WORD_FOR = Lazy(
    r"^\W*(?:(?:q\d*|\d+)[.):]\s*)?(?:which|what|find the|give me the|name the) (?:single |one )?(?:word|phrase|term"
    r"|expression|verb|noun|adjective|words)(?P<place> (?:in|from|of|used in) (?:the |this )?[^'\"]{2,40}?)?"
    r" (?:means?|meaning|has the meaning(?: of)?|is (?:closest|similar|nearest) in meaning to|is used to mean"
    r"|could (?:be replaced by|replace)|is a synonym (?:of|for))\s+(?:the same as\s+)?(?P<meaning>[\"'][^?]{2,80}?)"
    r"(?P<hint>,? (?:describing|about|for|of|when (?:talking|speaking) about|used (?:for|about)) [^?\"']{2,60})?\W*$",
    re.IGNORECASE,
)
"""A vocabulary question in reverse: the article's word for a meaning the question gives in other words."""


def word_for(index: Index, question: str, places: dict[str, list[int]]) -> Answer | None:
    """The article's word or phrase for a meaning ("Which word in the text means 'to start again'?" -> "resume"):
    the phrase whose every term the meaning, read as a question is, explains, most of the meaning first. `places` maps place words ("opening", "last paragraph") to the paragraphs they mean."""
    found = _WORD_FOR.match(question.translate(_QUOTES).strip())
    if found is None:
        return None
    reader = index.reader
    quoted = re.findall(r"[\"']([^\"']{2,80})[\"']", found.group("meaning"))
    said = " ".join(quoted) if quoted else found.group("meaning").replace('"', " ").replace("'", " ")
    meant = {t for t in reader.read(said).tokens if not t.startswith(ENTITY_PREFIX)}
    if not meant:
        return None
    place = (found.group("place") or "").lower()
    allowed = next((ps for word, ps in places.items() if word in place), None)
    hint = {t for t in reader.read(found.group("hint") or "", correct=False).tokens}
    english = reader.speller.english.zipf
    said_stems = {stem(w) for w in words(said)}
    near = {s.id for s, toks in index.sentences if hint & toks} if hint else set()
    best: tuple[tuple[float, int, float], str, Sentence] | None = None
    for sentence, phrase, terms in _phrases(index):
        if allowed is not None and sentence.paragraph not in allowed:
            continue
        shared = len(meant & terms)
        if shared < settings.WORD_FOR_MIN * len(meant) or not terms <= meant:
            continue  # (a phrase explaining a small part of the meaning is no word for it)
        # of equals, the whole phrase ("cut off", not "cut"), then the rarer word: a vocabulary question asks for
        # the harder one ("e-tailers"
        # before "retailers" for "online shop sellers"), never one with a word the meaning itself uses
        used = sum(stem(w) in said_stems for w in words(phrase)) / max(1, len(words(phrase)))
        rare = -min(english.get(w.lower(), 0.0) for w in phrase.split())
        key = (shared / len(meant) + (0.5 if sentence.id in near else 0.0), len(phrase.split()), rare)
        if not used and (best is None or key > best[0]):
            best = (key, phrase, sentence)
    if best is None:
        return None
    phrase, sentence = best[1], best[2]
    text = f'"{phrase}": the article uses it in paragraph {sentence.paragraph}: "{sentence.text}"'
    return _answer(index, question, reader.read(question), text, sentence, phrase)


def _phrases(index: Index) -> list[tuple[Sentence, str, frozenset[str]]]:
    """Every run of one to three words of the article's sentences with its terms (names left out): what a
    meaning may be the article's word for. Read once per story."""

    stopwords = index.reader.stopwords

    def build() -> list[tuple[Sentence, str, frozenset[str]]]:
        out = []
        for sentence, _ in index.sentences:
            said = sentence.text.split()
            for size in (1, 2, 3):
                for k in range(len(said) - size + 1):
                    phrase = " ".join(said[k : k + size]).strip(".,;:!?\"'()\u2019\u201c\u201d")
                    ends = words(phrase)
                    if not ends or ends[0] in stopwords or ends[-1] in stopwords:
                        continue  # ("payments and": a run ending in a filler word is no phrase of its own)
                    terms = frozenset(index.reader.read(phrase, correct=False).tokens)
                    if terms and not any(t.startswith(ENTITY_PREFIX) for t in terms):
                        out.append((sentence, phrase, terms))
        return out

    return index.derived("word-phrases", build)


_USES_WORDING = Lazy(
    r"(^|[:;,\u2013\u2014-]\s)\s*(does|did|do|is|was|are|were)\b(?=.*\b(article|text|story|piece|writer|author"
    r"|reporter|journalist|byline|headline|word|term|phrase|expression|name)\b)(?=.*\b(use|uses|used|call|calls"
    r"|called|say|says|said|write|writes|wrote|written|mention|mentions|mentioned|contain|contains|spell|spells"
    r"|spelled|spelt|refer|refers|referred|appear|appears|in the (article|text|story|piece))\b)",
    re.IGNORECASE,
)
"""A yes/no asking whether the article words something a given way ("Does the text call it 'WeChat Pay'?")."""
_NEVER_USED_WORDS = 4
"""Quoted words up to this long, found nowhere in the article, are words it never uses; longer is a paraphrase."""
_QUOTED_WORDS = Lazy(r"(?:^|[\s(])(['\"])(?P<said>[^'\"]{2,60}?)\1(?=[\s?.,!)]|$)")


def wording_used(index: Index, question: str, reading: Query) -> Answer | None:
    """ "Does the article use the word 'e-tailers'?", "does the text call it 'WeChat Pay'?": Yes with the
    sentence that uses the quoted words, or No with the name the article gives instead; None when the words
    are neither in the article nor another spelling of a name it uses."""
    if reading.qtype != "yesno":
        return None
    text = question.translate(_QUOTES)
    quoted = list(_QUOTED_WORDS.finditer(text))
    if len(quoted) != 1 or not _USES_WORDING.search(text):
        return None  # (two quoted, "'has' ... or 'claims'?", are a choice of how the article puts a thing)
    phrase = quoted[0].group("said").strip(" .,?!")
    said = words(phrase)
    if not said or all(w in index.reader.stopwords for w in said):
        return None  # ("Does it say Alipay 'has' 80%?": a word of grammar, which says how, not what)
    for form in (said, [*said[:-1], said[-1][:-1] if said[-1].endswith("s") else said[-1] + "s"]):
        # (the one word in the other number counts: "revenue" of the article's "revenues")
        sentence = _sentence_with(index, form)
        if sentence is not None:
            text = f'Yes: the article uses "{phrase}": "{sentence.text}"'
            return replace(_answer(index, question, reading, text, sentence, " ".join(form)), kind="check")
    named = index.reader.read(phrase).entities
    if not named and len(said) <= _NEVER_USED_WORDS:
        # ("Does the article say Mogujie is 'the biggest' site?": not in those words, which is what is asked)
        text = f'No: the article never uses the word{"s" if len(said) > 1 else ""} "{phrase}".'
        return Answer(story=index.kb.id, question=question, status="answered", answer=text, confidence=0.9,
                      citations=[], resolved=reading.text, kind="check", says=_ARTICLE)  # fmt: skip
    if len(named) != 1:
        return None
    name = index.kb.entities[named[0]].name
    used = _sentence_with(index, words(name))
    if used is None or fold(name) == fold(phrase):
        return None
    text = f'No: the article says "{name}", not "{phrase}": "{used.text}"'
    return replace(_answer(index, question, reading, text, used, name), kind="check")
