"""Engine settings in one place; change them only with the calibration table from `bot eval` in view."""

DECLINE_THRESHOLD = 0.55
"""Answers scoring below this are declined. Chosen from `bot eval tests/heldout/cases.jsonl`'s calibration table."""

CLARIFY_MARGIN = 0.03
"""When the two best records are this close and say different things, ask back instead of answering."""

CLARIFY_MARGIN_UNNAMED = 0.10
"""The wider margin when the question names nothing and the two records are about different things
("How many stores?": Mogujie's or Meilishuo's)."""

SENTENCE_THRESHOLD = 0.95
"""An uncurated article sentence is offered only when it explains this much of the question."""

MAX_QUESTION_CHARS = 2000
"""Longer questions are cut here before matching: no curated question is anywhere near this long."""

CONTEXT_BONUS = 0.05
"""A follow-up naming nothing gains this for a record about the last turn's entities (and again if related)."""

PREDICATE_MIN = 0.34
"""A record must explain at least this share of what the question asks beyond the names it mentions:
"Who runs WeChat Payment?" is not answered by a record about WeChat Payment that says nothing of running it."""

OFF_SUBJECT_FACTOR = 0.85
"""Score factor for a record whose main entity (its first) is not among those the question names."""

UNKNOWN_WORD_FACTOR = 0.7
"""Each question word the knowledge base never uses costs this factor: it names something the story lacks."""

CONTEXT_WEIGHT = 0.5
"""How much a question word found only elsewhere in a record's cited sentence counts towards coverage."""
