"""Multiple-choice questions: the stem answered as any question, then the option the answer names picked."""

from __future__ import annotations

import pytest

from bot.choices import multiple_choice


@pytest.mark.parametrize(
    ("question", "stem", "options"),
    [
        (
            "Which service did the two sites adopt: A) Alipay Wallet, B) WeChat Payment, or C) PayPal?",
            "Which service did the two sites adopt?",
            ["Alipay Wallet", "WeChat Payment", "PayPal"],
        ),
        ("Alimama is (a) a payment app (b) Alibaba's referral program?", "Alimama is what?", ["a payment app",
         "Alibaba's referral program"]),
        ("Is Alimama A) a payment app or B) a referral program?", "what Is Alimama?", ["a payment app",
         "a referral program"]),
        ("How many stores did Meilishuo have: 500, 1000 or 2000?", "How many stores did Meilishuo have?",
         ["500", "1000", "2000"]),
        ("How many accounts does Mogujie claim: 35, 85 or 190 million?", "How many accounts does Mogujie claim?",
         ["35 million", "85 million", "190 million"]),
    ],
)  # fmt: skip
def test_the_stem_and_options_are_read_apart(question, stem, options):
    found = multiple_choice(question)
    assert found is not None
    assert found.stem == stem
    assert [o for _, o in found.options] == options


@pytest.mark.parametrize(
    "question",
    [
        "Which is bigger: Alipay Wallet's user base or Mogujie's accounts, and by how much?",
        "Which came first, Mogujie or Meilishuo?",
        "Note: Mogujie, Meilishuo and Taobao are all named. Which one was cut off?",
    ],
)
def test_other_questions_are_no_multiple_choice(question):
    assert multiple_choice(question) is None


@pytest.mark.parametrize(
    ("question", "head"),
    [
        ("Which service did the two sites adopt: A) Alipay Wallet, B) WeChat Payment, or C) PayPal?",
         "B) WeChat Payment."),
        ("Alimama is A) a payment app, B) Alibaba's referral program, or C) a shopping site?",
         "B) Alibaba's referral program."),
        ("How many stores did Meilishuo have: 500, 1000 or 2000?", "1000."),
        ("Where is the writer based: Shanghai, Beijing or Hangzhou?", "Beijing."),
    ],
)  # fmt: skip
def test_the_option_the_storys_answer_names_is_picked(engine, question, head):
    ans = engine.answer(question)
    assert ans.status == "answered" and ans.answer.startswith(head), ans.answer
    assert ans.citations


def test_no_option_is_picked_when_the_answer_names_none(engine):
    ans = engine.answer("Which service did the two sites adopt: A) PayPal, B) Apple Pay or C) UnionPay?")
    assert not ans.answer.startswith(("A)", "B)", "C)")), ans.answer


@pytest.mark.parametrize(
    ("question", "head"),
    [
        (
            "Which payment service did the two sites start using, WeChat Payment or Alipay Wallet?",
            "WeChat Payment.",
        ),
        ("Who wrote the piece, Jack Ma or Tracey Xiang?", "Tracey Xiang."),
        (
            "Who operates the Alipay service: Tencent or Alibaba?",
            "Alibaba.",
        ),  # (its finance arm: a part of it)
    ],
)
def test_two_options_after_a_wh_question_are_picked_from_its_answer(engine, question, head):
    ans = engine.answer(question)
    assert ans.answer.startswith(head), ans.answer


def test_two_options_after_a_wh_question_that_the_story_names_neither_of_read_the_question_whole(engine):
    assert multiple_choice("Which phone should I buy, an iPhone or a Samsung?") is not None
    assert engine.answer("Which phone should I buy, an iPhone or a Samsung?").status != "answered"


def test_two_options_after_a_measure_are_a_comparison_not_a_choice():
    assert multiple_choice("Which had more stores, Mogujie or Meilishuo?") is None
    assert multiple_choice("Which was set up first, Meilishuo or Mogujie?") is None
