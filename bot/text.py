"""Text normalisation shared by the index and the engine: folding, tokens, light stemming."""

from __future__ import annotations

import re
import unicodedata

PLAIN = str.maketrans(
    {
        "\u00a0": " ",
        "\u2018": "'",
        "\u2019": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u2013": "-",
        "\u2014": "-",
        "\u2009": " ",
        "\u202f": " ",
    }
)
"""Typography to plain text, one character for one so offsets still line up: shared by display,
quote resolution and matching."""
_CONTRACTIONS = {
    "what's": "what is",
    "whats": "what is",
    "who's": "who is",
    "whos": "who is",
    "when's": "when is",
    "where's": "where is",
    "how's": "how is",
    "it's": "it is",
    "that's": "that is",
    "didn't": "did not",
    "doesn't": "does not",
    "isn't": "is not",
    "wasn't": "was not",
    "don't": "do not",
    "can't": "can not",
    "won't": "will not",
    "there's": "there is",
    "i'm": "i am",
    "didnt": "did not",
    "doesnt": "does not",
    "isnt": "is not",
    "wasnt": "was not",
    "dont": "do not",
    "cant": "can not",
    "cannot": "can not",
    "wont": "will not",
    "whose": "whose",
    "hows": "how is",
    "wheres": "where is",
    "whens": "when is",
    "theyre": "they are",
    "youre": "you are",
    "theyve": "they have",
    "weve": "we have",
    "ive": "i have",
    "im": "i am",
    "theres": "there is",
    "thats": "that is",
}
TAG_WORDS = frozenset({"right", "correct", "yes", "yeah", "yep", "no", "or", "not", "true", "false", "t", "f", "eh",
                       "is", "isnt", "it", "was", "innit", "abi", "wait", "so", "ok", "okay"})  # fmt: skip
"""Words of a tag closing a statement put to the check ("..., yes or no?", "..., right?", "..., is it not?"):
shared by every reader of such a statement."""
AUXILIARIES = frozenset(
    (
        "is",
        "are",
        "was",
        "were",
        "do",
        "does",
        "did",
        "has",
        "have",
        "had",
        "can",
        "could",
        "will",
        "would",
        "should",
    )
)
"""Verbs that open a yes/no question ("Did ...", "Can ..."): shared by the reader and the speller."""
_WH_WORDS = frozenset({"when", "how", "why", "where", "who", "what"})
_ENDINGS = {"'re": "are", "'ve": "have", "'ll": "will", "'d": "would", "'m": "am", "n't": "not"}
_ENDING = re.compile(r"(?<=[a-z])('re|'ve|'ll|'d|'m|n't)$")
"""Contracted endings any word may take; the whole-word forms above cover the irregular ones."""
_ANSI = re.compile(r"\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)?|[@-Z\\-_])")
"""Terminal escape sequences (colours, cursor moves) pasted into a question."""
_MARKUP = re.compile(r"\[/?[a-z][a-z0-9 #=_-]*\]|\[/\]")
"""Console markup tags pasted into a question ([bold], [/]) carry no meaning for matching."""


def fold(text: str) -> str:
    """Lower-case, unicode-folded text with straight quotes: the form every match starts from."""
    if not text.isascii():
        text = unicodedata.normalize("NFKC", text).translate(PLAIN)
    if "\x1b" in text or "\x9b" in text:
        text = _ANSI.sub(" ", text)
    return _CONTROL.sub(" ", text.lower())


_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
_DIGIT_GROUPS = re.compile(r"(\d),(\d{3})")
_PERCENT_SIGN = re.compile(r"(\d+)\s*%")
_WORD = re.compile(r"\d+(?:[./]\d+)+|[a-z0-9]+(?:['-][a-z0-9]+)*")
_POSSESSIVE = re.compile(r"'s$|s'$|'$")


_UNIT_WORDS = {"mo": "months", "mos": "months", "mth": "months", "mths": "months", "yr": "years",
               "yrs": "years", "wk": "weeks", "wks": "weeks", "months": "months", "years": "years"}  # fmt: skip
_DIGIT_UNIT = re.compile(r"^(\d+)(" + "|".join(_UNIT_WORDS) + r")$")
"""A figure glued to a unit of time ("5mo", "2yrs"): the number and the unit, as if typed apart."""

_LIKENESS = frozenset({"like", "style", "styled", "esque", "type", "ish", "alike", "inspired"})
"""Endings of "Pinterest-style", "Pinterest-esque": each says what "Pinterest-like" says."""


def expanded(word: str) -> tuple[str, ...] | None:
    """The words a contraction typed without its apostrophe stands for ("whats": "what is"), or None."""
    found = _CONTRACTIONS.get(word)
    return tuple(found.split()) if found else None


_MARKLESS = str.maketrans(
    {"đ": "d", "ð": "d", "ł": "l", "ø": "o", "æ": "ae", "œ": "oe", "ß": "ss", "ı": "i", "þ": "th"}
)
"""Letters that carry no separable mark: their plain Latin letters."""
_NON_ASCII_WORD = re.compile(r"[^\W_]*[^\x00-\x7f][^\W_]*")


def plain_letters(word: str) -> str:
    """ "đúng", "tür", "café": a word's letters without their marks, so it stays one word, not "ng" or "t r"."""
    decomposed = unicodedata.normalize("NFKD", word.translate(_MARKLESS))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def foreign_words(text: str) -> list[str]:
    """The words of a text written with letters English does not use, in their plain letters."""
    if text.isascii():
        return []
    plain = (plain_letters(w) for w in _NON_ASCII_WORD.findall(fold(text)))
    return [w for w in plain if w.isascii()]  # (a word in another script stays out: "支付宝")


_TIMES_X = re.compile(r"\d+(\.\d+)?x")


def words(text: str) -> list[str]:
    """Plain words of folded text: contractions expanded, possessives dropped, numbers unified."""
    text = fold(text)
    if not text.isascii():
        text = _NON_ASCII_WORD.sub(lambda m: plain_letters(m.group(0)), text)
    if "[" in text:
        text = _MARKUP.sub(" ", text)
    if "," in text:
        text = _DIGIT_GROUPS.sub(r"\1\2", text)
    if "%" in text:
        text = _PERCENT_SIGN.sub(r"\1 percent", text).replace("%", " percent ")  # "what % of ..." too
    out: list[str] = []
    if "per cent" in text:
        text = text.replace("per cent", "percent")  # "60 per cent", as British English writes it
    for raw in _WORD.findall(text):
        if raw[-1:] == "x" and (
            (raw[:1].isdigit() and _TIMES_X.match(raw)) or (raw == "x" and out and out[-1][:1].isdigit())
        ):
            out.extend(
                (raw[:-1], "times") if raw != "x" else ("times",)
            )  # "2x the shops", "2.5x": a multiple
            continue
        if raw in _CONTRACTIONS:
            out.extend(_CONTRACTIONS[raw].split())
            continue
        if raw.endswith("nt") and raw[:-2] in AUXILIARIES:
            out.extend((raw[:-2], "not"))  # "couldnt", "werent": a contraction typed without its apostrophe
            continue
        ending = _ENDING.search(raw) if "'" in raw else None
        if ending:
            # "they're", "we've", "couldn't": the word and its verb, not one odd word
            head, verb = raw[: ending.start()], _ENDINGS[ending.group(0)]
            if verb == "would" and head in _WH_WORDS:
                verb = "did"  # "when'd it launch?", "how'd they do it?": a question about the past
            out.extend((head, verb))
            continue
        if "'" in raw:
            raw = _POSSESSIVE.sub("", raw).replace("'", "")
            if not raw:
                continue
        unit = _DIGIT_UNIT.match(raw) if raw[0].isdigit() else None
        if unit:
            out.extend((unit.group(1), _UNIT_WORDS[unit.group(2)]))  # "5mo" is "5 months"
        elif "-" not in raw or (raw[0].isdigit() and not raw.rpartition("-")[2].isalpha()):
            out.append(raw)  # a word, or a range of figures ("2013-2014")
        elif raw[1] == "-" and raw[0].isalpha():
            out.append(
                raw.replace("-", "")
            )  # "u-turn", "e-commerce": one word, not the letter "u" and "turn"
        elif raw.endswith("-wise"):
            out.extend(p for p in raw[:-5].split("-") if p)  # "user-wise", "money-wise": in terms of users
        elif raw.rpartition("-")[2] in _LIKENESS:
            out.extend((*(p for p in raw.rpartition("-")[0].split("-") if p), "like"))  # "Pinterest-style"
        else:
            out.extend(p for p in raw.split("-") if p)
    return out


_SHORT_E = re.compile(r"^[b-df-hj-np-tvz][aeiou][b-df-hj-np-tvz]$")
"""A consonant, a vowel, a consonant: what is left of "base" in "based" or "make" in "making"."""


def stem(word: str) -> str:
    """A light suffix stripper: plural, -ed, -ing, -ion and a final e, so word forms meet."""
    if word.isdigit() or len(word) <= 3:
        return word
    if word.endswith("ies") and len(word) > 4:
        word = word[:-3] + "y"
    elif word.endswith("sses"):
        word = word[:-2]
    elif word.endswith("s") and not word.endswith(("ss", "us", "is")):
        word = word[:-1]
    for suffix, minimum in (("ing", 6), ("ed", 5), ("ion", 6)):
        if word.endswith(suffix) and len(word) >= minimum:
            word = word[: -len(suffix)]
            if len(word) > 3 and word[-1] == word[-2] and word[-1] not in "sl":
                word = word[:-1]
            elif suffix != "ion" and _SHORT_E.match(word):
                word += "e"  # "based", "named", "taking": the four-letter words they come from keep their e
            break
    if word.endswith("e") and len(word) > 4:
        word = word[:-1]
    return word


def shared_start(a: str, b: str) -> int:
    """How many leading characters two words have in common."""
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n
