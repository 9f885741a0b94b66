"""Each item-writing rule catches the flaw it names: a good item passes, the same item broken one way fails
with that rule (so the generator's "never emits a flawed item" means something)."""

from __future__ import annotations

import pytest

from bot.quiz import QuizItem, check_quiz, generate_quiz
from bot.quiz.material import Material
from bot.quiz.rules import RULES, check_item


@pytest.fixture
def material(planted_kb) -> Material:
    return Material.of(planted_kb)


@pytest.fixture
def good(planted_kb) -> dict[str, QuizItem]:
    """One valid generated item of each shape, by record and kind."""
    found: dict[str, QuizItem] = {}
    for seed in range(30):
        for item in generate_quiz(planted_kb, seed=seed, questions=14).items:
            found.setdefault(
                f"{item.record}/{item.kind}/{item.answer if item.kind == 'truefalse' else ''}", item
            )
    return found


def rules(item: QuizItem, material: Material) -> set[str]:
    return {f.rule for f in check_item(item, material)}


def test_every_rule_is_documented():
    assert all(text[:1].isdigit() for text in RULES.values())


def test_good_items_pass(good, material):
    assert good and all(rules(item, material) == set() for item in good.values())


def test_options_of_another_unit(good, material):
    item = good["mogujie-founded/choice/"]
    bad = item.model_copy(update={"options": ["2011", "2012", "2013", "85 million"]})
    assert rules(bad, material) == {"same-kind"}
    bad = item.model_copy(update={"options": ["2011", "2012", "2013", "Alipay"]})
    assert rules(bad, material) == {"same-kind"}


def test_option_not_in_the_story(good, material):
    item = good["f-alipay-cut-off/choice/"]
    wrong = [o for o in item.options if o != item.answer][:2]
    bad = item.model_copy(update={"options": [item.answer, *wrong, "JD.com"]})
    assert "from-story" in rules(bad, material)


def test_an_option_that_is_also_true(good, material):
    item = good["f-mogujie-items-from/choice/"]
    bad = item.model_copy(update={"options": ["Alibaba", "Alibaba's finance arm", "QQ Tech", "Pinterest"]})
    assert "no-true-option" in rules(bad, material)


def test_all_of_the_above(good, material):
    item = good["f-alipay-cut-off/choice/"]
    wrong = [o for o in item.options if o != item.answer][:2]
    bad = item.model_copy(update={"options": [item.answer, *wrong, "All of the above"]})
    assert "no-true-option" in rules(bad, material)


def test_a_comparison_must_offer_the_things_compared(planted_kb, material):
    record = planted_kb.qa_by_id["stores-comparison"]
    item = QuizItem(
        id="stores-comparison-mc",
        kind="choice",
        prompt="According to QQ Tech, which had more stores, Mogujie or Meilishuo?",
        options=["Mogujie", "Taobao", "Tmall", "Pinterest"],
        answer="Mogujie",
        answer_kind="site",
        record=record.id,
        citations=record.citations,
    )
    assert "comparison" in rules(item, material)


def test_the_key_in_the_stem(good, material):
    item = good["f-alipay-cut-off/short/"]
    bad = item.model_copy(update={"prompt": "Fill in the blank: Alipay cut off support to _____ (Mogujie)."})
    assert "key-in-stem" in rules(bad, material)


def test_a_claim_must_be_asked_as_a_claim(good, material):
    item = good["mogujie-accounts/short/"]
    assert item.prompt.startswith("According to Mogujie")
    bad = item.model_copy(update={"prompt": "How many accounts does Mogujie have?"})
    assert "attribution" in rules(bad, material)


def test_blank_before_a_possessive_and_two_blanks(good, material):
    item = good["f-alipay-cut-off/short/"]
    bad = item.model_copy(
        update={"prompt": "Fill in the blank: _____'s support was cut off by Alipay a year ago."}
    )
    assert "reads-well" in rules(bad, material)
    bad = item.model_copy(
        update={"prompt": "Fill in the blank: _____ cut off support to _____ one year ago."}
    )
    assert "reads-well" in rules(bad, material)


def test_a_yes_no_question_is_not_a_short_answer(good, material):
    item = good["f-alipay-cut-off/short/"]
    bad = item.model_copy(update={"prompt": "Did Alipay cut off support to Mogujie one year ago?"})
    assert "reads-well" in rules(bad, material)


def test_a_false_statement_that_changes_two_things(good, material):
    item = good["f-marketplaces-launched/truefalse/false"]
    bad = item.model_copy(update={"prompt": "Meilishuo launched its own marketplace in 2011."})
    assert "false-swap" in rules(bad, material)


def test_a_false_statement_with_an_absolute_tell(good, material):
    item = good["f-marketplaces-launched/truefalse/false"]
    bad = item.model_copy(update={"prompt": item.prompt.replace("launched", "always launched")})
    assert "false-swap" in rules(bad, material)


def test_a_false_statement_that_is_true(good, material):
    item = good["f-marketplaces-launched/truefalse/true"]
    bad = item.model_copy(update={"answer": "false"})
    assert "false-swap" in rules(bad, material)


def test_world_knowledge_and_circular_items(planted_kb, material):
    for record, rule in (("f-beijing-in-china", "story"), ("f-taobao-marketplace", "circular")):
        fact = planted_kb.facts_by_id[record]
        item = QuizItem(
            id=f"{record}-tf",
            kind="truefalse",
            prompt=fact.statement,
            answer="true",
            record=record,
            citations=fact.citations,
            explanation=fact.statement,
        )
        assert rule in rules(item, material)


def test_quiz_rules(good, planted_kb):
    items = list(good.values())
    same_record = [good["f-marketplaces-launched/truefalse/true"], good["f-marketplaces-launched/choice/"]]
    assert {f.rule for f in check_quiz(same_record, planted_kb)} >= {"same-fact"}
    trues = [i for i in items if i.kind == "truefalse" and i.answer == "true"][:3]
    assert "true-false-balance" in {f.rule for f in check_quiz(trues, planted_kb)}
    choices = [i for i in items if i.kind == "choice" and i.tests == "fact"][:4]
    stacked = [
        c.model_copy(update={"options": [c.answer, *[o for o in c.options if o != c.answer]]})
        for c in choices
    ]
    assert "key-position" in {f.rule for f in check_quiz(stacked, planted_kb)}


def test_an_item_that_answers_another(good, planted_kb):
    asked = good["f-alipay-cut-off/short/"]
    telling = good["f-alipay-cut-off/truefalse/true"].model_copy(
        update={"record": "f-alibaba-acquire", "citations": []}
    )
    assert "gives-away" in {f.rule for f in check_quiz([asked, telling], planted_kb)}


def test_options_for_the_second_term_of_a_comparison(planted_kb, material):
    """ "Mogujie had more stores than ___": QQ Tech, with no stores, would make a true statement too."""
    record = planted_kb.qa_by_id["stores-comparison"]
    item = QuizItem(
        id="stores-more-mc",
        kind="choice",
        prompt="Fill in the blank: Mogujie had more stores than _____ about five months after launch.",
        options=["Meilishuo", "QQ Tech", "Pinterest", "Tmall"],
        answer="Meilishuo",
        answer_kind="site",
        record=record.id,
        citations=record.citations,
    )
    assert "comparison" in rules(item, material)
