"""Grading rules: typos by length, word order, alternatives, numbers by value and never fuzzily."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot.quiz import Grade, QuizItem, grade_answer, match_answer, parse_number, split_numbers
from bot.quiz.grade import allowance, read_choice, read_truth


def short(
    answer: str, accept: list[str] | None = None, reject: list[str] | None = None, kind: str = "text"
) -> QuizItem:
    return QuizItem(
        id="q-sa",
        kind="short",
        prompt="?",
        answer=answer,
        accept=accept or [],
        reject=reject or [],
        answer_kind=kind,
        record="q",
    )


def verdict(given: str, expected: str, **kw: list[str]) -> str:
    return match_answer(given, expected, kw.get("accept", ()), kw.get("reject", ())).verdict


class TestNumbers:
    @pytest.mark.parametrize(
        "text",
        [
            "85 million",
            "85m",
            "85,000,000",
            "eighty-five million",
            "85000000",
            "85 mln",
            "eighty five million",
            "85.0 million",
        ],
    )
    def test_spellings_of_85_million(self, text):
        assert parse_number(text) == Decimal(85_000_000)

    @pytest.mark.parametrize("text", ["1000", "1,000", "one thousand", "a thousand", "1k"])
    def test_spellings_of_1000(self, text):
        assert parse_number(text) == Decimal(1000)

    @pytest.mark.parametrize("text", ["80%", "80 percent", "80 per cent", "eighty percent"])
    def test_percent(self, text):
        numbers, words = split_numbers(text)
        assert [n.value for n in numbers] == [Decimal(80)] and numbers[0].percent and words == []

    def test_compound_words(self):
        assert parse_number("one hundred and five") == Decimal(105)
        assert parse_number("two thousand three hundred") == Decimal(2300)
        assert parse_number("2.5 billion") == Decimal("2.5e9")

    def test_numbers_among_words(self):
        numbers, words = split_numbers("35 million monthly users, not 85m")
        assert [n.value for n in numbers] == [Decimal(35_000_000), Decimal(85_000_000)]
        assert words == ["monthly", "users", "not"]

    def test_not_a_number(self):
        assert parse_number("Alibaba") is None
        assert parse_number("85 million users") is None


class TestTypos:
    def test_tolerance_grows_with_length(self):
        """Short words get none: a changed letter in a two-letter word makes another word."""
        assert [allowance("x" * n) for n in (1, 2, 3, 4, 8, 9, 13, 14)] == [0, 0, 0, 1, 1, 2, 2, 3]

    @pytest.mark.parametrize(
        ("given", "expected"),
        [
            ("Alibba", "Alibaba"),
            ("Meilishou", "Meilishuo"),
            ("mogujei", "Mogujie"),
            ("tmal", "Tmall"),
            ("ALIBABA!!", "Alibaba"),
            ("  alibaba. ", "Alibaba"),
            ("Ali pay", "Alipay"),
            ("Meilshou", "Meilishuo"),
        ],
    )
    def test_typos_within_tolerance_are_right(self, given, expected):
        assert verdict(given, expected) == "right"

    @pytest.mark.parametrize(("given", "expected"), [("QX", "QQ"), ("ab", "at"), ("Q", "QQ")])
    def test_short_words_get_no_tolerance(self, given, expected):
        assert verdict(given, expected) == "wrong"

    @pytest.mark.parametrize(
        ("given", "expected"),
        [
            ("Alipay", "Alibaba"),
            ("Taobao", "Tmall"),
            ("Meilishuo", "Mogujie"),
            ("Tmall", "Taobao"),
        ],
    )
    def test_wrong_look_alikes_are_not_right(self, given, expected):
        assert verdict(given, expected) == "wrong"

    def test_known_look_alike_gets_no_credit(self):
        """Alimama is two letters from Alibaba, a near miss by spelling, but it is another name in the story."""
        assert verdict("Alimama", "Alibaba") == "unsure"
        grade = match_answer("Alimama", "Alibaba", reject=["Alimama"])
        assert grade.verdict == "wrong" and "Alimama" in grade.note
        assert verdict("Alibaba", "Alibaba", reject=["Alimama"]) == "right"

    def test_near_miss_is_unsure(self):
        grade = match_answer("Mugajie", "Mogujie")
        assert grade.verdict == "unsure" and not grade.right

    def test_case_and_punctuation_ignored(self):
        assert verdict("wechat-payment", "WeChat Payment") == "right"
        assert verdict("“Alibaba”", "Alibaba") == "right"


class TestWordsAndAlternatives:
    def test_word_order_ignored(self):
        assert verdict("payment wechat", "WeChat Payment") == "right"
        assert verdict("finance arm of Alibaba", "Alibaba's finance arm") == "right"
        assert verdict("the finance arm of Alibba", "Alibaba's finance arm") == "right"

    def test_accepted_alternatives(self):
        grade = match_answer("wechat pay", "WeChat Payment", accept=["WeChat Pay", "WeChat"])
        assert grade.verdict == "right" and grade.matched == "WeChat Pay"

    def test_missing_word_is_not_right(self):
        assert verdict("social", "social shopping") == "wrong"
        assert verdict("WeChat", "WeChat Payment") != "right"

    def test_empty_answer(self):
        grade = match_answer("   ", "Alibaba")
        assert grade.verdict == "wrong" and grade.note == "no answer"


class TestNumberAnswers:
    @pytest.mark.parametrize(
        "given",
        [
            "85 million",
            "85m",
            "85,000,000",
            "eighty-five million",
            "85 mln",
            "about 85 million",
            "85 million accounts",
        ],
    )
    def test_right_spellings(self, given):
        assert verdict(given, "85 million") == "right"

    @pytest.mark.parametrize(
        ("given", "expected"),
        [
            ("35 million", "85 million"),
            ("2012", "2011"),
            ("85", "85 million"),
            ("8.5 million", "85 million"),
            ("850 million", "85 million"),
            ("81%", "80%"),
            ("999", "1000"),
            ("1,001", "1000"),
        ],
    )
    def test_numbers_are_never_fuzzy(self, given, expected):
        assert verdict(given, expected) == "wrong"

    @pytest.mark.parametrize("given", ["1000", "1,000", "one thousand", "a thousand"])
    def test_thousand(self, given):
        assert verdict(given, "1000") == "right"
        assert verdict(given, "1,000") == "right"

    @pytest.mark.parametrize("given", ["80%", "80 percent", "eighty per cent", "80"])
    def test_percent(self, given):
        assert verdict(given, "80%") == "right"

    def test_year_with_filler(self):
        assert verdict("in 2011", "2011") == "right"
        assert verdict("late 2013", "2013") == "right"

    def test_right_number_wrong_noun_is_a_near_miss(self):
        assert verdict("85 million users", "85 million accounts") == "unsure"


class TestItems:
    def choice(self) -> QuizItem:
        return QuizItem(
            id="q-mc",
            kind="choice",
            prompt="?",
            options=["2012", "2011", "2013", "2010"],
            answer="2011",
            answer_kind="year",
            record="q",
        )

    @pytest.mark.parametrize("given", ["B", "b", "(b)", "B.", "2011", " 2011 "])
    def test_choice_right(self, given):
        assert grade_answer(self.choice(), given).verdict == "right"

    def test_choice_wrong_and_invalid(self):
        wrong = grade_answer(self.choice(), "A")
        assert wrong.verdict == "wrong" and wrong.valid
        for given in ("E", "1999", "", "maybe"):
            invalid = grade_answer(self.choice(), given)
            assert invalid.verdict == "wrong" and not invalid.valid, given

    def test_choice_expected_names_the_letter(self):
        assert grade_answer(self.choice(), "A").expected == "B. 2011"

    @pytest.mark.parametrize(
        ("given", "truth"),
        [
            ("t", True),
            ("TRUE", True),
            ("yes", True),
            ("f", False),
            ("false", False),
            ("No", False),
            ("maybe", None),
            ("", None),
        ],
    )
    def test_read_truth(self, given, truth):
        assert read_truth(given) is truth

    def test_true_false(self):
        item = QuizItem(
            id="q-tf", kind="truefalse", prompt="Mogujie was founded in 2012.", answer="false", record="q"
        )
        assert grade_answer(item, "f").verdict == "right"
        assert grade_answer(item, "yes").verdict == "wrong"
        invalid = grade_answer(item, "perhaps")
        assert invalid.verdict == "wrong" and not invalid.valid

    def test_short_item_uses_accept_and_reject(self):
        item = short("Alibaba", accept=["Alibaba Group"], reject=["Alimama"], kind="company")
        assert grade_answer(item, "alibaba grop").verdict == "right"
        assert grade_answer(item, "Alimama").verdict == "wrong"

    def test_read_choice_by_text(self):
        item = self.choice()
        assert read_choice(item, "2013") == 2
        assert read_choice(item, "c") == 2
        assert read_choice(item, "nothing like it") is None

    def test_grade_is_a_model(self):
        assert isinstance(grade_answer(self.choice(), "B"), Grade)
