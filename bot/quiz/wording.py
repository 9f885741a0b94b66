"""How generated items are worded: blanks that read, statements with one value swapped, questions that say
who says what ("According to Mogujie, ...", "Who claims ...?")."""

from __future__ import annotations

import re

from ..models import Attribution

BLANK = "_____"
FILL_IN = "Fill in the blank: "
_ARTICLE_BEFORE = re.compile(r"\b(a|an|the)\s+$", re.IGNORECASE)
_COMPOUND = re.compile(r"\s(and|or|&)\s", re.IGNORECASE)
_DETERMINED = re.compile(r"^(a|an|the|this|that|its|their)\b|['\u2019]s\b", re.IGNORECASE)
_YES_NO = re.compile(
    r"^(is|are|was|were|do|does|did|can|could|has|have|had|will|would|should|may|might)\b", re.IGNORECASE
)
_COMPARATIVE = re.compile(
    r"\b(more|less|fewer|larger|bigger|smaller|higher|lower|older|newer|earlier|later)\b"
)
_RUMOUR_THAT = re.compile(
    r"^(?:it was|there (?:was|were)(?: a)?) rumou?r(?:ed|s)? that (.+?)\.?$", re.IGNORECASE
)
_RUMOURED_TO_HAVE = re.compile(r"^(.+?) (?:was|were) rumou?red to have (\w+ed)\b(.*?)\.?$", re.IGNORECASE)
_ATTRIBUTED = {
    "claim": re.compile(r"\b(claim|claims|claimed|according to)\b", re.IGNORECASE),
    "rumour": re.compile(r"\brumou?r", re.IGNORECASE),
    "report": re.compile(r"\b(report|reports|reported|according to)\b", re.IGNORECASE),
}


def is_yes_no(question: str) -> bool:
    """A question answered yes or no ("Did Alibaba charge a fee?"): a true/false item, not a short answer."""
    return bool(_YES_NO.match(re.sub(r"^according to [^,]*,\s*", "", question.strip(), flags=re.IGNORECASE)))


def is_comparison(question: str, names: list[str]) -> bool:
    """A question comparing things it names ("Which had more stores, Mogujie or Meilishuo?")."""
    text = question.lower()
    return bool(_COMPARATIVE.search(text)) and " or " in text and len(names) >= 2


def cloze(statement: str, value: str) -> str | None:
    """The statement with the value blanked out, when the value appears in it exactly once as whole words
    between spaces or punctuation, and the blank does not stand before a possessive or inside a word
    ("Taobao is _____'s.", "started out _____-like" do not read)."""
    pattern = re.compile(rf"(?<![\w-]){re.escape(value)}(?![\w-])", re.IGNORECASE)
    found = list(pattern.finditer(statement))
    if len(found) != 1:
        return None
    at = found[0]
    after = statement[at.end() :]
    if re.match(r"['\u2019]s\b", after):
        return None
    return statement[: at.start()] + BLANK + after


def fill(cloze_text: str, value: str, original: str) -> str | None:
    """The cloze with a value in the blank; None when it would not read ("an Alimama", "is open strategy").

    The value must be of the same form as the original: a name for a name, a phrase with an article or a
    possessive for one with one, one name for one name.
    """
    if value[:1].isupper() != original[:1].isupper():
        return None
    if bool(_DETERMINED.search(value)) != bool(_DETERMINED.search(original)):
        return None
    if bool(_COMPOUND.search(value)) != bool(_COMPOUND.search(original)):
        return None
    before, after = cloze_text.split(BLANK, 1)
    article = _ARTICLE_BEFORE.search(before)
    if article:
        if _DETERMINED.search(value):
            return None
        if article.group(1).lower() in ("a", "an"):
            word = "an" if value[:1].lower() in "aeiou" else "a"
            word = word.capitalize() if article.group(1)[0].isupper() else word
            before = before[: article.start(1)] + word + before[article.end(1) :]
    if not before.strip():
        value = value[:1].upper() + value[1:]
    return before + value + after


def compared_before_blank(cloze_text: str) -> bool:
    """Whether the blank is the second term of a comparison ("had more stores than _____"): swapping a name
    in there makes a statement the story neither says nor denies."""
    before = cloze_text.split(BLANK, 1)[0].lower()
    return bool(re.search(r"\bthan\s*$", before)) or bool(_COMPARATIVE.search(before[-40:]))


def says_who(text: str, says: Attribution | None, party: str = "") -> bool:
    """Whether a question or statement carries its attribution (a claim as a claim, a rumour as a rumour,
    a report with its outlet)."""
    if says is None or says.kind == "article":
        return True
    if _ATTRIBUTED[says.kind].search(text):
        return True
    return bool(party) and says.kind == "report" and party.lower() in text.lower()


def _lower_first(text: str, names: list[str]) -> str:
    if any(text.startswith(n) for n in names) or text[:2].isupper():
        return text
    return text[:1].lower() + text[1:]


def attributed(text: str, says: Attribution | None, party: str, names: list[str]) -> str:
    """A question or statement with its attribution in front when it lacks one: "According to Mogujie, how
    many accounts does it have?", "According to a rumour, ...". `names` are the story's names (kept
    capitalised)."""
    if says is None or says_who(text, says, party):
        return text
    lead = "According to a rumour" if says.kind == "rumour" else f"According to {party}"
    body = _lower_first(text, names)
    if says.kind == "claim" and party:
        body = re.sub(rf"\b{re.escape(party)}['\u2019]s\b", "its", body, count=1)
        body = re.sub(rf"(?<=\s){re.escape(party)}\b", "it", body, count=1)
    return f"{lead}, {body}"


def with_time(question: str, time: str | None) -> str:
    """A question about a figure, tied to the moment it holds at when the story gives one."""
    if not time or time.lower() in question.lower():
        return question
    return f"{question.rstrip(' ?')} ({time})?"


def core(statement: str, says: Attribution, party: str) -> str | None:
    """What an attributed statement says, without who says it ("Mogujie has 85 million accumulated
    accounts" from "Mogujie claims it has ..."); None when it cannot be taken apart safely."""
    text = statement.strip()
    if says.kind == "rumour":
        found = _RUMOUR_THAT.match(text)
        if found:
            return found.group(1)
        found = _RUMOURED_TO_HAVE.match(text)
        if found:
            return f"{found.group(1)} {found.group(2)}{found.group(3)}"
        return None
    name = re.escape(party)
    if says.kind == "claim":
        found = re.match(rf"^{name} claims (?:that )?it (has|is|had|was) (.+?)\.?$", text)
        if found:
            return f"{party} {found.group(1)} {found.group(2)}"
        found = re.match(rf"^{name} claims that (.+?)\.?$", text)
        return found.group(1) if found else None
    if says.kind == "report":
        found = re.match(rf"^{name} reported that (.+?)\.?$", text)
        return found.group(1) if found else None
    return None


def who_claims(statement: str, party: str) -> str | None:
    """ "Who claims to have 85 million accumulated accounts?" from "Mogujie claims it has ..."."""
    name = re.escape(party)
    found = re.match(rf"^{name} claims (?:that )?it has (.+?)\.?$", statement.strip())
    if found:
        return f"Who claims to have {found.group(1)}?"
    found = re.match(rf"^{name} claims that (.+?)\.?$", statement.strip())
    return f"Who claims that {found.group(1)}?" if found else None
