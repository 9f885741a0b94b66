"""What a question asks for (who, when, how many...) and whether it is a question at all."""

from __future__ import annotations

import re

from .models import QuestionType

# Ordered: the first pattern that matches the folded question decides its type.
_TYPE_PATTERNS: list[tuple[str, QuestionType]] = [
    (r"\bhow (much|many)\b(?=.*\bcompar)", "how"),  # "how much ... compared with" asks for a comparison
    (
        r"\bhow (many|big|large)\b|\bnumber of\b|\bhow much (traffic|stores?|users?)\b|\bcount of\b",
        "how_many",
    ),
    (
        r"\bhow much\b|\bwhat (percent|percentage|share|portion|proportion|fraction|part)\b|\bwhich (percent|percentage|share)\b",
        "how_much",
    ),
    (
        r"\b(what|which)( \w+){0,3} (rate|price|cost|amount|sum|salary|valuation|figure|percentage|proportion|size|share|portion)\b",
        "how_much",
    ),
    (
        r"\bwhen\b|\b(what|which) (exact |calendar |specific )*(year|month|date|time|day)\b|\bhow (long|soon)\b|\bsince when\b|\bin what year\b",
        "when",
    ),
    (r"\b(year|date)$", "when"),
    (
        r"\bwhy\b|\bhow come\b|\b(what|which) (is|was) the reason\b|\bwhat reasons?\b|\bfor what (reason|purpose)\b|\bwhat (caused|made|prompted|led)\b",
        "why",
    ),
    (r"\bwhom?\b|\bwhich (person|people|writer|author|journalist|reporter)\b", "who"),
    (r"\bwhere\b|\b(what|which) (country|city|place|region)\b", "where"),
    (r"\bhow (did|does|do|is|was|were|are|can|could|will)\b|\bin what way\b|\bby what means\b", "how"),
    (r"\b(what|which|whose)\b", "what"),
]
# Used only when no wh-phrase is found: "Could you explain why..." asks why, not yes or no.
_FALLBACKS: list[tuple[str, QuestionType]] = [
    (r"\b(tell me|explain|describe|define|summari[sz]e)\b", "what"),
    (r"^(is|are|was|were|do|does|did|has|have|had|can|could|will|would|should)\b", "yesno"),
    # Keyword queries ("taobao users", "meilishuo store count") ask for what their head noun measures.
    (r"\b(users?|stores?|shops?|accounts?|count|number|figures?)\b", "how_many"),
    (r"\b(share|percentage|percent|profits?|valuation|worth|price|cost)\b", "how_much"),
    (r"\b(year|date)\b", "when"),
]
_COMPILED = [(re.compile(p), t) for p, t in _TYPE_PATTERNS]
_FALLBACK_COMPILED = [(re.compile(p), t) for p, t in _FALLBACKS]

# Which record types may answer a question of each type; None (a bare keyword query) fits all.
COMPATIBLE: dict[QuestionType, set[QuestionType]] = {
    "who": {"who"},
    "when": {"when"},
    "where": {"where"},
    "how_many": {"how_many", "how_much"},
    "how_much": {"how_much", "how_many"},
    "why": {"why"},
    "how": {"how", "why", "what", "yesno"},
    "what": {"what", "who", "where", "when", "how_many", "how_much", "how", "why", "yesno"},
    "yesno": {"yesno", "what", "how", "why"},
}
# Short-answer kinds that let a record of another type answer who/when/where/how-many questions.
KIND_FITS: dict[QuestionType, set[str]] = {
    "who": {"person", "company", "organisation"},
    "when": {"year", "date", "duration"},
    "where": {"place"},
    "how_many": {"count", "percent"},
    "how_much": {"percent", "count", "money"},
}

_GREETING = re.compile(
    r"^(hi|hello|hey|hiya|howdy|yo|good (morning|afternoon|evening)|greetings)( there| bot)?$"
)
_HELP = re.compile(
    r"^(help|\?|menu|what can (you|i) (do|ask)( you)?|what do you know|what can you tell me|how does this work|commands)$"
)
_FAREWELL = re.compile(r"^(quit|exit|bye|goodbye|good bye|see you|see ya|cya|q)$")
_THANKS = re.compile(r"^(thanks|thank you|thank you very much|thx|ty|cheers|great|ok|okay|cool|nice)( bot)?$")


NUMERIC_KINDS = {"count", "percent", "money"}
"""Short-answer kinds that can answer how-many and how-much questions."""

_EXACT_DATE = re.compile(
    r"\b(what|which) (exact |calendar |specific )*(month|day|date)\b|\bexact(ly)? (date|day|time)\b"
    r"|\bon what day\b|\bcalendar date\b"
)


_CALENDAR = re.compile(r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b|\b\d{4}-\d\d", re.I)


def gives_exact_date(answer: str | None) -> bool:
    """True when a short answer names a month or a calendar day, not just a year or "yesterday"."""
    return bool(answer and _CALENDAR.search(answer))


def asks_exact_date(folded: str) -> bool:
    """True when a question wants a day or month, which a year or "a year ago" does not give."""
    return bool(_EXACT_DATE.search(folded))


def question_type(folded: str) -> QuestionType | None:
    """The type of a folded question, or None for a bare keyword query: the earliest question phrase decides."""
    best: tuple[int, int, QuestionType] | None = None
    for order, (pattern, qtype) in enumerate(_COMPILED):
        match = pattern.search(folded)
        if match and (best is None or (match.start(), order) < best[:2]):
            best = (match.start(), order, qtype)
    if best:
        return best[2]
    return next((qtype for pattern, qtype in _FALLBACK_COMPILED if pattern.search(folded)), None)


def intent(folded: str) -> str:
    """'greeting', 'help', 'thanks', 'farewell', 'empty' or 'question' for a folded, stripped question."""
    text = re.sub(r"[^a-z? ]+", " ", folded).strip()
    text = re.sub(r"\s+", " ", text).rstrip("?").strip() or ("?" if "?" in folded else "")
    if not text:
        return "empty"
    if _HELP.match(text) or text == "?":
        return "help"
    if _GREETING.match(text):
        return "greeting"
    if _THANKS.match(text):
        return "thanks"
    if _FAREWELL.match(text):
        return "farewell"
    return "question"
