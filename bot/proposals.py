"""A proposed answer checked against the story's own: "Would 'Tmall' be a fair answer to 'What is ...?'".

Teachers drafting quizzes and students checking their homework ask this. The quoted question is answered as
usual; the proposal is then weighed against that answer by what it names, the figures it gives and how much
of its wording the answer shares.
"""

from __future__ import annotations

from dataclasses import replace

from . import settings
from .answers import Answer
from .index import Index
from .query import ENTITY_PREFIX


def judged(index: Index, proposed: str, ans: Answer) -> Answer:
    """`ans` (the story's answer to the quoted question) prefixed with a verdict on `proposed`."""
    if ans.status != "answered":
        return ans
    fit = weighed(index, proposed, ans)
    if fit is False:
        verdict = f"No. The story says: {ans.answer}"
    elif fit:
        verdict = f"Yes, that fits. The story says: {ans.answer}"
    else:
        verdict = f"Not in the story's words. The story says: {ans.answer}"
    return replace(ans, answer=verdict, kind="check")


def weighed(index: Index, proposed: str, ans: Answer, known_words_only: bool = False) -> bool | None:
    """Whether `proposed` fits the story's answer `ans`: False when it names a party or gives a figure the answer
    does not, True when most of its other words are the answer's (or its quotes'), None otherwise. With
    `known_words_only`, a word the story never uses ("PayPal") makes it not fit (a quiz option, never a guess)."""
    said = index.reader.read(proposed)
    if known_words_only and said.unknown:
        return None
    told = index.reader.read(ans.answer, correct=False)
    figures = [v for v in said.values if v.kind != "entity"]
    stated = [v for v in told.values if v.kind != "entity"]
    parts = index.reader.parts  # (a part told stands for its whole: "Alibaba's finance arm" tells of Alibaba)
    wholes = {w for e in told.entities for w in parts.get(e, ())}
    missing = [e for e in said.entities if e not in told.entities and e not in wholes]
    off = [v for v in figures if not any(v.same(t) or v.consistent(t) for t in stated)]
    if missing or off:
        return False
    quoted = index.reader.read(" ".join(c.quote for c in ans.citations), correct=False)
    known = set(told.tokens) | set(quoted.tokens)
    content = [t for t in said.tokens if not t.startswith(ENTITY_PREFIX) and not t.isdigit()]
    shared = sum(t in known for t in content) / len(content) if content else 1.0
    if shared >= settings.PROPOSAL_COVERAGE and (content or said.entities or figures):
        return True
    return None
