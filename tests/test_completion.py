"""Completion ranks what fits what was typed; each test says why one order beats another (pgcli's habit)."""

from __future__ import annotations

from bot.completion import completions, names_fitting, questions_fitting

QUESTIONS = [
    "How many accounts does Mogujie have?",
    "How many stores did Mogujie's marketplace have?",
    "How many stores did Meilishuo have?",
    "When was Mogujie founded?",
    "Who runs Alipay?",
]
NAMES = ["Pinterest", "Mogujie", "Meilishuo", "WeChat Payment", "Alipay", "Alipay Wallet"]


def test_every_typed_word_must_start_a_word_of_the_question_in_order():
    """'how many st' is on its way to "stores": a question about accounts does not fit, nor does a
    name that merely contains the letters (Pinterest), which fuzzy matching used to offer."""
    assert [q for q, _ in questions_fitting("How many st", QUESTIONS)] == [
        "How many stores did Meilishuo have?",
        "How many stores did Mogujie's marketplace have?",
    ]
    assert [m.text for m in completions("How many st", QUESTIONS, NAMES)] == [
        "How many stores did Meilishuo have?",
        "How many stores did Mogujie's marketplace have?",
    ]


def test_questions_the_line_starts_come_before_names_and_names_before_questions_that_fit_further_in():
    """'mog' could be the start of a question, a name to finish, or a word inside a question: a question
    starting so is the most likely, then the name, then questions that mention it later."""
    found = [(m.text, m.kind) for m in completions("mog", QUESTIONS, NAMES)]
    assert found[0] == ("Mogujie", "name")  # no question starts with "mog"
    assert ("When was Mogujie founded?", "question") in found[1:]
    assert [(m.text, m.kind) for m in completions("when", QUESTIONS, NAMES)] == [
        ("When was Mogujie founded?", "question")
    ]


def test_a_name_replaces_only_the_word_being_typed():
    (match,) = completions("tell me about meil", QUESTIONS, NAMES)
    assert (match.text, match.replaces, match.kind) == ("Meilishuo", 4, "name")


def test_names_starting_with_the_word_come_before_names_with_a_later_word_starting_so():
    """'pay' more likely starts a name (Paypal) than a later word of one (WeChat Payment); both fit."""
    assert names_fitting("ali", NAMES) == ["Alipay", "Alipay Wallet"]
    assert names_fitting("pay", [*NAMES, "Paypal"]) == ["Paypal", "WeChat Payment"]
    assert names_fitting("", NAMES) == []


def test_earlier_and_tighter_fits_rank_higher():
    """Typed words matching the question's first words, with no words skipped, beat a looser fit; then
    the shorter question."""
    ranked = [q for q, _ in questions_fitting("how many", QUESTIONS)]
    assert ranked[0] == "How many stores did Meilishuo have?"
    assert questions_fitting("mogujie have", QUESTIONS)[0] == ("How many accounts does Mogujie have?", False)


def test_an_empty_line_offers_nothing():
    assert completions("", QUESTIONS, NAMES) == []
    assert completions("   ", QUESTIONS, NAMES) == []
