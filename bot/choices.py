"""A multiple-choice question ("Which service did they adopt: A) Alipay Wallet, B) WeChat Payment, or C) PayPal?",
"Which city is the writer in: Paris, Beijing or Rome?"): the stem is answered as any question is, and the
option the story's answer names is then picked out.

Teachers write quiz items this way and students paste them in. Read whole, the options' names and figures pull
the question towards records about each of them; read as a stem, it is a plain question.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from .answers import Answer
from .index import Index
from .patterns import Lazy
from .proposals import weighed
from .query import ENTITY_PREFIX


@dataclass(frozen=True)
class Choice:
    """The question without its options, and the options as (label, text) in order ("B", "WeChat Payment")."""

    stem: str
    options: tuple[tuple[str, str], ...]
    paired: bool = False
    """Two options after a wh-question ("Which site ..., A or B?"): when the stem's answer names neither, the
    question is read whole."""


_LABEL = Lazy(r"(?:(?<=^)|(?<=[\s:,;(]))\(?(?P<label>[A-Da-d])\)\s*")
"""An option's letter: "A)", "(b)"; a letter with a full stop is too often a word or an initial."""
_LISTED = Lazy(r"^(?P<stem>[^:]{6,}?)\s*:\s*(?P<list>[^:?]+?)\s*\?*\s*$")
"""Options listed after a colon, unlettered ("...: 500, 1000 or 2000?")."""
_ITEM_SPLIT = Lazy(r"\s*,\s*(?:or\s+)?|\s+or\s+", re.IGNORECASE)
_OPENS_QUESTION = Lazy(
    r"^\s*(according to [^,]+,\s*)?(what|which|who|whom|when|where|why|how|is|are|was|were|did|does|do|has|have|had)\b",
    re.IGNORECASE,
)
_NOT_AN_OPTION = Lazy(
    r"^(and|but|so|then|what|which|who|when|where|why|how|is|are|was|were|did|does|do)\b", re.I
)
_WH_PAIR = Lazy(
    r"^(?P<stem>(which|who|whom|what)\b[^,:?]{6,}?)\s*[,:]\s*(?P<a>[^,?]{1,40}?)\s+or\s+(?P<b>[^,?]{1,40}?)\s*\?*\s*$",
    re.IGNORECASE,
)
"""A wh-question with two options after it ("Which payment service, Alipay Wallet or WeChat Payment?")."""
_MEASURED_STEM = Lazy(
    r"\b(first|earlier|earliest|later|latest|last|more|most|less|least|fewer|fewest|before|after|\w{3,}er|\w{3,}est)\b",
    re.IGNORECASE,
)
"""A stem putting its two options on a scale or in order: the comparison itself answers it."""
_INLINE_AUX = Lazy(r"^(?P<aux>is|are|was|were)\s+(?P<rest>.+?)\s+what\?$", re.IGNORECASE)
_MAX_OPTION_WORDS = 6
_SCALES = frozenset(
    {"million", "billion", "thousand", "percent", "per cent", "%", "stores", "users", "accounts"}
)


def multiple_choice(text: str) -> Choice | None:
    """The stem and options of a multiple-choice question, or None for any other question."""
    lettered = _lettered(text)
    if lettered:
        return lettered
    pair = _WH_PAIR.match(text.strip()) if " or " in text else None
    if (
        pair
        and not any(_NOT_AN_OPTION.match(pair.group(k)) for k in "ab")
        and not _MEASURED_STEM.search(pair.group("stem"))  # ("Which had more stores, A or B?" compares them)
    ):
        # "Which site is Alipay supporting again, Mogujie or Meilishuo?": the wh-question, then the option it names
        return Choice(
            f"{pair.group('stem').strip()}?", (("", pair.group("a")), ("", pair.group("b"))), paired=True
        )
    listed = _LISTED.match(text.strip()) if ":" in text else None
    if not listed or not _OPENS_QUESTION.match(listed.group("stem")):
        return None
    items = [i.strip(" .") for i in _ITEM_SPLIT.split(listed.group("list")) if i.strip(" .")]
    if len(listed.group("stem").split()) < 4 or any(_NOT_AN_OPTION.match(i) for i in items):
        return None  # "Which is bigger: A or B, and by how much?" is a comparison, not options to pick from
    if len(items) < 3 or any(len(i.split()) > _MAX_OPTION_WORDS for i in items):
        return None  # (two, "Alipay or WeChat Payment?", are a choice the story's own checks settle)
    scale = items[-1].split()[-1] if len(items[-1].split()) > 1 else ""
    if scale.lower() in _SCALES:
        # "35, 85 or 190 million": the last option's scale is every bare number's
        items = [f"{i} {scale}" if i.replace(",", "").replace(".", "").isdigit() else i for i in items]
    return Choice(f"{listed.group('stem').strip()}?", tuple(("", i) for i in items))


def _lettered(text: str) -> Choice | None:
    """Options after consecutive letters from A: the stem is what comes before them, asked as a question."""
    found = list(_LABEL.finditer(text))
    letters = [m.group("label").upper() for m in found]
    if len(found) < 2 or letters != [chr(ord("A") + k) for k in range(len(found))]:
        return None
    options = []
    for k, m in enumerate(found):
        end = found[k + 1].start() if k + 1 < len(found) else len(text)
        option = re.sub(r"(?:,?\s*\bor)?[\s,;?.]*$", "", text[m.end() : end]).strip()
        if not option or len(option.split()) > _MAX_OPTION_WORDS:
            return None
        options.append((letters[k], option))
    stem = text[: found[0].start()].strip()
    if stem.endswith(":"):
        stem = f"{stem.rstrip(': ')}?"
    else:
        stem = f"{stem} what?"  # "Mogujie started out as a site like A) ..." asks "like what?"
        inline = _INLINE_AUX.match(stem)
        if inline:
            stem = f"what {inline.group('aux')} {inline.group('rest')}?"  # "is Alimama A) ...?": what is it
    return Choice(stem, tuple(options))


def picked(index: Index, choice: Choice, ans: Answer) -> Answer:
    """`ans` (the story's answer to the stem) led by the one option it names, when exactly one fits."""
    if ans.status != "answered":
        return ans
    fitting = [
        (label, option)
        for label, option in choice.options
        if weighed(index, option, ans, known_words_only=True) is True
    ]
    if len(fitting) != 1:
        return ans
    label, option = fitting[0]
    named = index.read(option)
    if len(named.entities) == 1 and named.tokens == [ENTITY_PREFIX + named.entities[0]]:
        name = index.kb.entities[named.entities[0]].name
        option = name if name.lower() == option.lower() else option  # ("alipay or alibaba?": "Alibaba")
    head = f"{label}) {option}" if label else option
    return replace(ans, answer=f"{head}. {ans.answer}")
