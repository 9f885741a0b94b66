"""What the article's own words mean: glossed from the language file's word groups, cited where the article
uses them; names and words the article never uses are left to the rest of the answer path."""

from __future__ import annotations

import pytest

from bot.glossary import asked_phrase


@pytest.mark.parametrize(
    ("question", "phrase"),
    [
        ("What does 'went live' mean?", "went live"),
        ("what is the meaning of the word \u201cmajority\u201d", "majority"),
        ('What is meant by "acquire" in paragraph seven?', "acquire"),
        ("What does the term referral mean here?", "referral"),
        ("What does Alipay do?", None),
        ("what does the journalist mean by the phrase went live", "went live"),
        ("What is meant by fraction?", "fraction"),
        ("What did the author mean by calling Meilishuo a 'social shopping' site?", "social shopping"),
    ],
)
def test_the_words_singled_out_are_found(question, phrase):
    assert asked_phrase(question) == phrase


@pytest.mark.parametrize(
    ("question", "plainer", "sentence"),
    [
        ("What does 'went live' mean?", "launch", "p5.s1"),
        ("what's meant by 'the majority of' here", "most", "p2.s2"),
        ("What does the phrase 'cut off' mean in the first paragraph?", "stop", "p1.s2"),
    ],
)
def test_a_phrase_of_the_article_is_glossed_and_cited_where_it_is_used(engine, question, plainer, sentence):
    ans = engine.answer(question)
    assert ans.status == "answered" and ans.answer.startswith("In the story, ")
    assert plainer in ans.answer and ans.says is not None and ans.says.kind == "article"
    assert ans.citations and ans.citations[0].sentence.endswith(sentence)


@pytest.mark.parametrize(
    "question",
    [
        "What does the word 'Mogujie' mean?",  # a name: the story never translates it
        "What does 'spaceship' mean?",  # not a word of the article
    ],
)
def test_names_and_words_the_article_never_uses_are_not_glossed(engine, question):
    assert not engine.answer(question).answer.startswith("In the story, ")


@pytest.mark.parametrize(
    "question", ["Who is meant by 'the latter' in paragraph one?", "the latter - which company is that?"]
)
def test_the_latter_is_the_second_of_the_two_names_before_it(engine, question):
    ans = engine.answer(question)
    assert ans.status == "answered" and ans.answer.startswith('In the story, "the latter" means Mogujie')
    assert ans.citations and ans.citations[0].span == "the latter"


@pytest.mark.parametrize(
    ("question", "plainer"),
    [
        ("what does e-tailers mean", "retailer"),
        ("what is a rumor?", "gossip"),
        ("wat does resume mean", "restart"),  # a word that only begins alike is no form of it
    ],
)
def test_a_short_question_asking_what_an_article_word_means_is_glossed(engine, question, plainer):
    ans = engine.answer(question)
    assert ans.answer.startswith("In the story, ") and plainer in ans.answer, ans.answer


def test_a_gloss_shows_only_everyday_words(engine):
    ans = engine.answer("What does 'commissions' mean?")
    assert "kickback" not in ans.answer, ans.answer  # in the word group, and no plainer for a student


@pytest.mark.parametrize("question", ["what is mean of e-tailer", "what does e-tailer mean"])
def test_a_learners_meaning_question_of_an_article_word_in_the_other_number_is_glossed(engine, question):
    ans = engine.answer(question)
    assert ans.answer.startswith('In the story, "e-tailers" means retailer'), ans.answer
    assert ans.citations[0].span == "e-tailers"


@pytest.mark.parametrize(
    "question",
    [
        'What is "referral program"?',
        "What means the word 'rumored'?",
        "what is a rumor? it is in paragraph 3",
    ],
)
def test_a_meaning_asked_without_an_article_in_a_learners_order_or_before_a_remark_is_glossed(
    engine, question
):
    ans = engine.answer(question)
    assert ans.status == "answered" and ans.answer.startswith("In the story, ")


def test_a_topic_of_the_story_of_which_only_one_word_has_a_gloss_is_answered_by_its_record(engine):
    assert engine.answer("what does open strategy mean in the story").record == "alipay-open-strategy"


@pytest.mark.parametrize(
    ("question", "gloss"),
    [
        ("What is a 'rumor', as the article uses it?", '"rumor" means'),
        ("How would you explain 'get around' to a class?", '"get around" means'),
        ("How would you explain 'transaction-based commissions' to a class?", '"commissions" is a form of'),
    ],
)
def test_a_quoted_phrase_asked_to_be_explained_is_glossed_and_a_compounds_half_is_not(
    engine, question, gloss
):
    ans = engine.answer(question)
    assert ans.answer.startswith(f"In the story, {gloss}") and '"based"' not in ans.answer


@pytest.mark.parametrize(
    "question",
    ["what does went live mean in the second paragraph", "What is 'accumulated accounts' in this text?"],
)
def test_a_meaning_asked_with_where_in_the_text_it_stands_is_glossed(engine, question):
    assert engine.answer(question).answer.startswith("In the story, ")


def test_where_the_words_stand_is_not_part_of_them(engine):
    ans = engine.answer("What are 'e-tailers' in paragraph 2?")
    assert ans.status == "answered" and '"e-tailers" means' in ans.answer


def test_a_word_between_the_quoted_words_and_mean_is_allowed(engine):
    ans = engine.answer("In the first sentence, what does 'resume supporting' Mogujie mean for Alipay?")
    assert '"resume" means' in ans.answer


def test_a_slang_synonym_is_never_shown_as_a_plainer_word(engine):
    assert "ghost" not in engine.answer("what does 'cut off' mean?").answer


@pytest.mark.parametrize(
    ("question", "word"),
    [
        ("Which word in the article means 'declared'?", '"announced"'),
        ("What word in the text means 'begin again'?", '"resume"'),
        ("Which phrase in the opening means 'halted' the support?", '"cut off"'),
        ("which word in paragraph 2 means 'online sellers'?", '"e-tailers"'),
    ],
)
def test_the_articles_word_for_a_meaning_given_in_other_words(engine, question, word):
    ans = engine.answer(question)
    assert ans.status == "answered" and ans.answer.startswith(word), ans.answer
    assert ans.citations and ans.citations[0].span.lower() == word.strip('"').lower()


def test_no_word_is_given_for_a_meaning_the_article_has_no_word_for(engine):
    assert engine.answer("Which word in the text means 'a small furry animal'?").status != "answered"


def test_the_bit_of_the_text_a_word_is_in_is_not_part_of_it(engine):
    ans = engine.answer("what does e-tailers mean in the sentence about what Taobao sellers pay?")
    assert ans.status == "answered" and '"e-tailers" means' in ans.answer


@pytest.mark.parametrize(
    ("question", "head", "quoted"),
    [
        (
            "Is the expression 'technical fee' used in the article?",
            'Yes: the article uses "technical fee"',
            True,
        ),
        (
            "Does the story use the word 'commission'?",
            'Yes: the article uses "commission"',
            True,
        ),  # (its plural)
        ("Does the text call the payment app 'WeChat Pay'?", 'No: the article says "WeChat Payment"', True),
        (
            "Does the writer ever use the word 'monopoly'?",
            'No: the article never uses the word "monopoly"',
            False,
        ),
    ],
)
def test_whether_the_article_uses_quoted_words_is_read_from_its_text(engine, question, head, quoted):
    answer = engine.answer(question)
    assert answer.kind == "check" and answer.answer.startswith(head), answer.answer
    assert bool(answer.citations) is quoted


def test_two_quoted_wordings_or_a_word_of_grammar_are_no_question_of_wording(engine):
    answer = engine.answer("Does the article say Alibaba 'is' behind Alipay, or 'runs' it?")
    assert "the article uses" not in answer.answer and "never uses" not in answer.answer


def test_a_gloss_gives_an_everyday_phrase_beside_single_words(engine):
    ans = engine.answer("what is the meaning of 'resume' in the opening line?")
    assert "start again" in ans.answer, ans.answer


@pytest.mark.parametrize(
    ("question", "meaning"),
    [
        ("What does 'accumulated accounts' mean?", "added up over time"),
        ("what does the word fraction mean here", "a small part of the whole"),
        ("What does 'wave' mean in the third paragraph?", "a sudden large number"),
    ],
)
def test_a_word_group_with_a_gloss_is_explained_by_what_it_means(engine, question, meaning):
    """A gloss says what the words mean; a list of other words for them ("registered, registered users") does not."""
    ans = engine.answer(question)
    assert ans.status == "answered" and meaning in ans.answer
    assert "registered users" not in ans.answer


def test_another_form_of_a_glossed_word_says_whose_meaning_it_borrows(engine):
    ans = engine.answer("what does 'rumored' mean")
    assert ans.status == "answered" and 'is a form of "rumor"' in ans.answer
    assert "not been confirmed" in ans.answer


def test_another_word_for_a_glossed_one_gives_plainer_words_then_the_meaning(engine):
    ans = engine.answer("What does 'e-tailers' mean?")
    assert (
        ans.status == "answered"
        and "online seller" in ans.answer
        and "sells goods to the public" in ans.answer
    )


@pytest.mark.parametrize(
    "question", ["what does QQ mean", "What does 'Meilishuo' mean?", "wat does mogujie mean"]
)
def test_the_meaning_of_a_name_is_something_the_story_does_not_say(engine, question):
    ans = engine.answer(question)
    assert ans.status == "unknown" and ans.answer.startswith("The story doesn't say what the name")
    assert ans.suggestions and ans.suggestions[0].startswith("What is ")


@pytest.mark.parametrize(
    ("question", "told"),
    [
        ("What does 'Alimama' mean in this text?", "referral program"),
        ("what does Tmall mean? is it a company", "Alibaba"),
        ("What means 'Alimama'?", "referral program"),
    ],
)
def test_the_meaning_of_a_name_asked_with_what_it_is_is_answered_by_what_it_is(engine, question, told):
    ans = engine.answer(question)
    assert ans.status == "answered" and told in ans.answer


def test_a_name_asked_to_be_defined_is_answered_by_what_it_is(engine):
    ans = engine.answer("Define 'Alimama' for me, please.")
    assert ans.status == "answered" and "referral program" in ans.answer


@pytest.mark.parametrize(
    "question",
    [
        'the story has the word "resume" in it, what does it mean',
        'my worksheet quotes "e-tailers" so whats an e-tailer',
    ],
)
def test_a_quoted_word_then_asked_of_is_glossed(engine, question):
    ans = engine.answer(question)
    assert ans.status == "answered" and ans.answer.startswith("In the story")


def test_a_quoted_topic_the_story_explains_is_answered_by_its_record_not_a_half_gloss(engine):
    ans = engine.answer("What is meant by 'open strategy'?")
    assert ans.status == "answered" and "APIs" in ans.answer


def test_what_the_writer_means_by_a_story_topic_is_what_the_topic_is(engine):
    ans = engine.answer("what did the reporter mean by 'open strategy'")
    assert ans.status == "answered" and ans.record == "alipay-open-strategy"


def test_what_the_writer_means_by_calling_a_party_something_is_what_the_party_is(engine):
    ans = engine.answer("What does the author mean by calling Alipay an online payment solution?")
    assert ans.status == "answered" and ans.record == "alipay-what"


def test_a_figure_measured_is_a_figure_counted_and_going_live_is_a_launch(engine):
    # the language file reads "measured" as "counted" and "going live" as launching, as it reads "went live"
    ans = engine.answer("The Mogujie store total was measured how many months after going live?")
    assert ans.status == "answered" and "five months" in ans.answer, ans
