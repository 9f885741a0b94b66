"""Messages that ask several things at once: split only where a list is clear, each part answered."""

from __future__ import annotations

import pytest

from bot.models import Conversation
from bot.parts import split_parts


@pytest.mark.parametrize(
    ("message", "parts"),
    [
        (
            "Three things to check for my column: the year Alipay Wallet launched, who runs it, and how many use it.",
            ["what is the year Alipay Wallet launched?", "who runs it?", "how many use it?"],
        ),
        (
            "When was Mogujie founded, and what did it start out as?",
            ["When was Mogujie founded?", "what did it start out as?"],
        ),
        (
            "Please confirm that Mogujie had 2000 stores and that Meilishuo had 1000.",
            ["is it true that Mogujie had 2000 stores?", "is it true that Meilishuo had 1000?"],
        ),
        (
            "what is a rumor? what was the rumor about alibaba and mogujie",  # the last mark left off in a chat
            ["what is a rumor?", "what was the rumor about alibaba and mogujie"],
        ),
        (
            "Timeline check: when did Alipay drop Mogujie, and when did the two sites adopt WeChat Payment?",
            ["when did Alipay drop Mogujie?", "when did the two sites adopt WeChat Payment?"],
        ),
    ],
)
def test_a_clear_list_is_split_into_questions(message, parts):
    split = split_parts(message)
    assert split is not None and split[1] == parts


@pytest.mark.parametrize(
    "message",
    [
        "Did both Mogujie and Meilishuo adopt WeChat Payment?",  # a pair of names is one subject
        "When Mogujie had 2000 stores, how many had Meilishuo?",  # a scene, then the question
        "Mogujie, the social shopping site, when was it founded?",  # an aside
        "Did Mogujie open its marketplace first, or was it Meilishuo?",  # a choice
        "True or false: Mogujie was founded in 2011, and Meilishuo had 1000 stores.",  # one statement to judge
        "Put these in order: the fee rumour, Mogujie's founding, the marketplaces.",  # things set side by side
        "Was Mogujie founded in 2011? I think so",  # a question and a guess
    ],
)
def test_what_only_looks_like_a_list_is_left_whole(message):
    assert split_parts(message) is None


def test_each_part_is_answered_with_its_own_citation(engine):
    ans = engine.answer(
        "For my fact box I need: the year Mogujie was founded, what it was likened to, and who runs Alipay."
    )
    assert ans.status == "answered"
    assert (
        "(1)" in ans.answer
        and "2011" in ans.answer
        and "Pinterest" in ans.answer
        and "finance arm" in ans.answer
    )
    assert len({c.sentence for c in ans.citations}) >= 2


def test_a_later_part_leans_on_the_one_before(engine):
    ans = engine.answer("Mogujie's user figures please: its accumulated accounts, and who is claiming them.")
    assert ans.status == "answered" and "85 million" in ans.answer and "Mogujie's own claim" in ans.answer


def test_two_that_clauses_of_one_check_are_each_checked(engine):
    ans = engine.answer(
        "Can you confirm that Mogujie had 2000 stores then and that its marketplace opened in 2012?"
    )
    assert "(1) Yes" in ans.answer and "(2) No" in ans.answer and "2013" in ans.answer, ans.answer


def test_a_lead_before_a_dash_is_what_the_parts_are_about(engine):
    ans = engine.answer(
        "Quick one for the show - how many stores did Mogujie have five months in, and who ran the referral scheme?"
    )
    assert ans.status == "answered" and "2000" in ans.answer and "Alibaba" in ans.answer, ans.answer


def test_after_a_lead_and_before_a_noun_phrase_ends_an_item(engine):
    """'Quick stats please: X and its Y?': two noun phrases after a colon are two parts, each answered."""
    ans = engine.answer(
        "Quick stats please: Mogujie's accumulated accounts and its monthly active mobile users?"
    )
    assert ans.status == "answered"
    assert "(1)" in ans.answer and "85 million" in ans.answer and "35 million" in ans.answer


def test_and_also_before_a_question_word_ends_a_part(engine):
    """'whats X and also how many Y' (chat spelling, "and also") is two questions, each answered."""
    assert split_parts("whats mogujies founding year and also how did it make money") == (
        "",
        ["whats mogujies founding year?", "how did it make money?"],
    )
    ans = engine.answer("whats mogujies founding year and also how did it make money at first")
    assert (
        ans.status == "answered"
        and "(2)" in ans.answer
        and "2011" in ans.answer
        and "commissions" in ans.answer
    )


def test_questions_typed_one_after_another_are_parts():
    assert split_parts("When was Mogujie founded? Who cut it off a year ago?") == (
        "",
        ["When was Mogujie founded?", "Who cut it off a year ago?"],
    )
    assert split_parts("Who says so? Alipay?") is None  # a question and a guess


def test_a_wh_phrase_left_in_place_makes_a_clause_a_question():
    assert split_parts("Alipay cut support in which year and who did it cut off?") == (
        "",
        ["Alipay cut support in which year?", "who did it cut off?"],
    )


def test_each_part_is_answered_in_its_own_words(engine):
    # the first part quotes a word to define: the second is not answered by that definition again
    answer = engine.answer("What does 'e-tailers' mean here? Who operates Alipay?")
    assert "(2)" in answer.answer and "finance arm" in answer.answer


def test_two_noun_phrases_after_a_lead_are_two_items():
    assert split_parts("Two figures for my slide: monthly users and total accounts") == (
        "Two figures for my slide",
        ["monthly users?", "what is total accounts?"],
    )
    # a pair of names, or a clause, is never cut at its "and"
    assert split_parts("For my notes: Mogujie and Meilishuo stores") is None
    assert split_parts("Quick check: did Mogujie and Meilishuo adopt WeChat Payment") is None


def test_a_wh_phrase_inside_a_typed_question_makes_it_one_of_the_parts(engine):
    assert split_parts("And Meilishuo had how many stores? Which site had more?") == (
        "",
        ["And Meilishuo had how many stores?", "Which site had more?"],
    )
    conversation = Conversation()
    engine.answer("How many stores did Mogujie's marketplace have?", conversation)
    answer = engine.answer("And Meilishuo had how many stores? What is the gap between both?", conversation)
    assert "(2)" in answer.answer and "1000 more" in answer.answer


def test_a_chat_and_before_a_second_question_in_chat_spelling_splits_it():
    assert split_parts("wen did mogujie start n what was it like at first") == (
        "",
        ["wen did mogujie start?", "what was it like at first?"],
    )


def test_a_like_before_a_restarted_question_parts_two_questions(engine):
    ans = engine.answer("what does pinterest-like mean for mogujie like how did it make money")
    assert ans.status == "answered" and "(2)" in ans.answer and "commissions" in ans.answer, ans.answer


def test_a_part_asking_only_what_the_one_before_means_is_no_second_question(engine):
    ans = engine.answer("what is a social shopping service? like what does that even mean")
    assert "(2)" not in ans.answer, ans.answer


def test_a_topic_and_a_short_follow_on_are_one_comparison(engine):
    ans = engine.answer("Mogujie and Meilishuo, who had more stores? How many more?")
    assert ans.status == "answered" and "1000 more" in ans.answer, ans.answer


def test_a_tagged_statement_then_a_two_part_question_is_three_parts_answered_once_each(engine):
    """A statement with a tag ("..., right?") is a question of its own; a question after it that asks two
    things is split too; a check and an answer of the same record are said once; "both" after the names is
    no call to name them again, and making one's own marketplace is launching it."""
    ans = engine.answer(
        "Mogujie and Meilishuo both built their own marketplaces, right? when was that and how do they earn from"
        " it now?"
    )
    assert ans.status == "answered"
    assert ans.answer.count("late 2013") == 1 and "(3)" not in ans.answer
    assert "(2)" in ans.answer and "commissions" in ans.answer
    check = engine.answer("Mogujie and Meilishuo made their own marketplaces, right?")
    assert check.kind == "check" and "late 2013" in check.answer


def test_a_part_asking_only_whether_there_is_a_reason_repeats_the_why(engine):
    ans = engine.answer("why did alipay come back to mogujie, is there a real reason?")
    assert ans.record == "alipay-resume-why" and "(2)" not in ans.answer


def test_a_wh_word_after_a_preposition_opens_a_part(engine):
    ans = engine.answer("Who reported the store numbers, and in which language was that report?")
    assert "(2)" in ans.answer and "Chinese" in ans.answer


def test_one_question_asked_before_and_after_a_moment_at_once_is_two(engine):
    ans = engine.answer("how did mogujie earn money, before and after it opened its own marketplace?")
    assert "(2)" in ans.answer and "referral" in ans.answer and "transaction-based" in ans.answer


def test_a_learners_second_clause_with_its_wh_word_inside_is_a_part(engine):
    # "..., and it copied which site?": a second question, its wh-word where the answer goes
    ans = engine.answer("When was Mogujie set up, and it copied which site?")
    assert "2011" in ans.answer and "Pinterest" in ans.answer, ans.answer


@pytest.mark.parametrize(
    "message",
    [
        "When did the two sites launch marketplaces, was it late 2012?",
        "How many stores did Meilishuo have, i think 900?",
    ],
)
def test_a_question_and_a_guess_at_its_figure_is_one_question(message):
    assert split_parts(message) is None


@pytest.mark.parametrize(
    ("message", "record"),
    [
        ("My nephew shops on this Mogujie thing - what exactly is it?", "mogujie-what"),
        ("Quick one for my notes: who operates Alipay?", "alipay-operator"),
        ("Mi hijo pregunta cuándo nació Mogujie? when was it founded?", "mogujie-founded"),
        ("A student of mine wants to know what Alimama is", "alimama-what"),
    ],
)
def test_the_question_closing_or_inside_a_message_is_answered(engine, message, record):
    ans = engine.answer(message)
    assert ans.status == "answered" and ans.record == record


@pytest.mark.parametrize(
    "message",
    [
        "Weekly active users for Mogujie - what's the number?",
        "how many staff work at mogujie? is it a hundred or a thousand",
    ],
)
def test_a_bare_closing_question_whose_lead_says_what_is_asked_is_not_answered_alone(engine, message):
    assert engine.answer(message).status != "answered"


def test_a_learners_clause_closing_on_its_wh_phrase_is_a_part_of_its_own():
    found = split_parts("what year did mogujie start, and it was copying which website?")
    assert found is not None and len(found[1]) == 2


@pytest.mark.parametrize(
    ("message", "second"),
    [
        ("why did alipay stop supporting mogujie & when", "when did alipay stop supporting mogujie?"),
        ("how did mogujie earn money at first, and why", "why did mogujie earn money at first?"),
    ],
)
def test_a_bare_wh_word_closing_any_question_asks_that_of_the_same_thing(message, second):
    found = split_parts(message)
    assert found is not None and found[1][1] == second, found


def test_a_closing_and_when_is_answered_as_its_own_part(engine):
    ans = engine.answer("why did mogujie and meilishuo open marketplaces of their own, and when")
    assert ans.status == "answered" and "(2)" in ans.answer and "2013" in ans.answer, ans
