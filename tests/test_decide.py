"""The two honest kinds of no-answer, and the look-alikes the story does not answer."""

from __future__ import annotations

import pytest

from bot.models import Conversation


@pytest.mark.parametrize(
    "question",
    [
        "Who is Alipay's chief executive?",  # a detail the story never gives
        "How many employees does Mogujie have?",  # a figure for something it never counts
        "What is the capital of Peru?",  # off topic
    ],
)
def test_understood_but_not_in_the_story_says_so(engine, question):
    ans = engine.answer(question)
    assert ans.status == "unknown" and ans.answer.startswith("The story doesn't say")
    assert ans.says is None and not ans.citations


def test_not_understood_asks_did_you_mean(engine):
    """A word nobody knows: the bot does not claim the story lacks it; it offers what it can answer."""
    ans = engine.answer("How many zorbliks did Mogujie's marketplace have?")
    assert ans.status == "clarify"
    assert "not sure" in ans.answer and ans.suggestions


def test_a_figure_for_another_moment_is_declined_with_what_the_story_gives(engine):
    ans = engine.answer("How many stores does Mogujie's marketplace have today?")
    assert ans.status == "unknown"
    assert "2000" in ans.answer  # it says what it does give, for which moment


def test_a_partys_own_word_asked_in_a_learners_order_is_only_its_own(engine):
    """ "What did say Mogujie about ...?" asks for Mogujie's word, as "What did Mogujie say about ...?" does."""
    for question in (
        "What did say Mogujie about the decision of Alipay?",
        "What did Mogujie say about the decision of Alipay?",
    ):
        ans = engine.answer(question)
        assert ans.status == "unknown" and "nothing from Mogujie" in ans.answer, ans.answer
    assert engine.answer("What did say Alipay about Mogujie?").status == "answered"


@pytest.mark.parametrize(
    "question",
    ["WeChat Payment, Mogujie will stop using it now?", "Will Mogujie stop using WeChat Payment?"],
)
def test_a_check_of_what_will_happen_is_not_affirmed_by_what_happened(engine, question):
    """Put topic first or not, a question about the future gets what the story says happened, not a "Yes"."""
    ans = engine.answer(question)
    assert ans.status == "unknown" and "future" in ans.answer and "WeChat Payment" in ans.answer


def test_an_amount_described_in_words_is_not_given_for_a_year_the_story_does_not_tie_it_to(engine):
    """ "What did Mogujie make from Alimama in 2012?": the story says "just a fraction", for no year."""
    ans = engine.answer("What did Mogujie make from Alimama in 2012?")
    assert ans.status == "unknown" and "2012" in ans.answer and "fraction" in ans.answer
    assert engine.answer("What did Mogujie make from Alimama?").status == "answered"


def test_a_figure_for_another_year_is_declined(engine):
    ans = engine.answer("How many accounts did Mogujie have in 2012?")
    assert ans.status == "unknown"


def test_a_figure_for_another_party_is_declined(engine):
    ans = engine.answer("How many monthly active users does Meilishuo have?")
    assert ans.status != "answered"


def test_the_future_is_not_answered_from_the_past(engine):
    ans = engine.answer("Will Meilishuo keep using WeChat Payment?")
    assert ans.status != "answered"


def test_a_decline_never_suggests_the_question_it_declined(engine):
    for question in ("Who is Alipay's chief executive?", "How many employees does Mogujie have?"):
        ans = engine.answer(question)
        assert question not in ans.suggestions


@pytest.mark.parametrize(
    "question", ["How many people work at Mogujie?", "how many people are working for alipay wallet"]
)
def test_a_figure_counts_the_thing_asked_not_a_near_one(engine, question):
    """'People' may be users, but people who work somewhere are not: the user counts do not answer it."""
    ans = engine.answer(question)
    assert ans.status != "answered"
    assert "million" not in ans.answer


def test_a_figure_question_in_other_words_still_gets_its_figure(engine):
    assert "35 million" in engine.answer("how many people use mogujie every month").answer


@pytest.mark.parametrize(
    ("question", "given"),
    [
        ("who was it that founded mogujie?", "2011"),
        ("how many APIs has Alipay released", "a series of APIs"),
        # a person named by what they did ("founder"), asked for without "who"
        ("Mogujie founders?", "2011"),
        ("What is the name of Mogujie's founder?", "2011"),
        ("Quote the line that names Mogujie's founders.", "2011"),
    ],
)
def test_a_question_understood_whose_kind_of_answer_the_story_lacks_says_so_with_what_it_gives(
    engine, question, given
):
    """Every word is understood and a record explains them all, but it gives a date, not a person: that is
    "the story doesn't say", not "I'm not sure what you mean"."""
    ans = engine.answer(question)
    assert ans.status == "unknown" and ans.answer.startswith("The story doesn't say")
    assert given in ans.answer and ans.citations


def test_an_unknown_word_in_a_question_the_story_mostly_covers_is_not_a_false_doesnt_say(engine):
    ans = engine.answer("Which reasons did insiders moot for Alipay's U-turn on Mogujie?")
    assert ans.status == "clarify" and '"moot"' in ans.answer
    assert ans.suggestions and "resuming" in ans.suggestions[0]


def test_a_judging_word_in_a_why_question_is_set_aside(engine):
    """ "lucrative" is only ever an adjective: it judges the reason asked for, and names nothing the story lacks."""
    ans = engine.answer("Why was the referral money not very lucrative for Mogujie?")
    assert ans.status == "answered" and "fraction" in ans.answer


@pytest.mark.parametrize(
    "question",
    ["What is Alipay's foreign market share?", "How many loyal users does Mogujie have?"],
)
def test_a_judging_word_in_a_figure_question_still_counts(engine, question):
    """ "foreign" market share is another figure than the one the story gives: not answered with it."""
    assert engine.answer(question).status != "answered"


def test_a_thing_asked_of_a_record_that_never_speaks_of_it_is_not_answered_by_it(engine):
    """ "the title of the QQ Tech report": the record about the report shares everything but the title."""
    ans = engine.answer("What is the title of the QQ Tech report the article cites?")
    assert ans.status == "clarify" and '"title"' in ans.answer and "QQ Tech" in ans.answer
    assert ans.citations  # what the story does say, quoted


@pytest.mark.parametrize("question", ["whn was mogujie made", "When was Mogujie built?"])
def test_making_a_named_thing_is_creating_it(engine, question):
    assert engine.answer(question).answer == "Mogujie was founded in 2011."


def test_making_money_is_not_creating(engine):
    assert "2011" not in engine.answer("when did mogujie make money").answer


@pytest.mark.parametrize(
    ("question", "record"),
    [
        ("According to the piece, which entity actually operates Alipay?", "alipay-operator"),  # a kind noun
        ("Which famous website was Mogujie similar to when it began?", "mogujie-pinterest"),  # a judging word
        (
            "What well-known American site was Mogujie originally modeled on?",
            "mogujie-pinterest",
        ),  # words the
        # story never uses, before a kind noun
        ("Do we actually know why Alipay reversed course on Mogujie?", "alipay-resume-why"),
    ],
)
def test_words_saying_what_kind_of_answer_is_wanted_are_not_what_is_asked(engine, question, record):
    ans = engine.answer(question)
    assert ans.status == "answered" and ans.record == record


def test_a_judging_word_in_a_yes_no_question_still_counts(engine):
    assert not engine.answer("Is Mogujie a foreign site?").answer.startswith("Yes")


@pytest.mark.parametrize(
    "question",
    [
        "What step did Mogujie and Meilishuo take to get around Alibaba?",
        "What business move did Mogujie and Meilishuo make to get around Alibaba?",
    ],
)
def test_a_step_taken_or_a_move_made_asks_what_they_did(engine, question):
    ans = engine.answer(question)
    assert ans.status == "answered" and ans.record in ("marketplaces-why", "marketplaces-launched")


def test_a_taken_over_firm_is_still_a_takeover(engine):
    assert engine.answer("Which firm did Alibaba take over?").record == "alibaba-acquire-rumour"


@pytest.mark.parametrize(
    "question",
    ["When did Meilishuo start?", "When was Meilishuo founded?", "How many accounts does Meilishuo have?"],
)
def test_a_fact_the_story_gives_for_another_party_is_declined_with_it(engine, question):
    """Mogujie's founding and accounts are given, Meilishuo's are not: not its marketplace's launch instead,
    and not a "not sure what you mean" either, since the question was understood."""
    ans = engine.answer(question)
    assert ans.status == "unknown" and "Meilishuo" in ans.answer and "Mogujie" in ans.answer


def test_and_x_after_a_figure_is_answered_for_x_not_declined_as_another_partys(engine):
    conversation = Conversation()
    engine.answer(
        "How many stores did Mogujie have five months after its marketplace went live?", conversation
    )
    ans = engine.answer("And Meilishuo?", conversation)
    assert ans.status == "answered" and "1000" in ans.answer


@pytest.mark.parametrize(
    "question",
    ["Can you tell me the year Mogujie was founded?", "Can you confirm the year Mogujie was founded?"],
)
def test_a_request_for_a_thing_asks_for_it_not_yes_or_no(engine, question):
    ans = engine.answer(question)
    assert ans.status == "answered" and ans.answer == "Mogujie was founded in 2011."


def test_a_request_to_confirm_a_statement_still_checks_it(engine):
    assert engine.answer("Can you confirm Mogujie was founded in 2012?").answer.startswith("No")


def test_a_share_of_a_thing_the_record_does_not_count_is_not_answered(engine):
    """Alipay's 80% is of the mobile payments market, not of its revenue."""
    assert engine.answer("What percentage of Alipay's revenue comes from mobile?").status != "answered"


def test_a_share_of_the_thing_the_record_counts_in_other_words_is_answered(engine):
    ans = engine.answer("What proportion of the Chinese mobile payment sector does Alipay say it controls?")
    assert ans.record == "alipay-market-share"


@pytest.mark.parametrize(
    ("question", "record"),
    [
        ("What theories does the writer mention for Alipay's change of heart?", "alipay-resume-why"),
        (
            "What possible explanations are floated for Alipay's change of heart towards Mogujie?",
            "alipay-resume-why",
        ),
        ("The open strategy of Alipay, it consists in what?", "alipay-open-strategy"),
        (
            "What proportion of Mogujie's overall traffic was flowing to the marketplace stores?",
            "mogujie-traffic-share",
        ),
    ],
)
def test_words_that_add_nothing_to_what_is_asked_are_read_as_such(engine, question, record):
    ans = engine.answer(question)
    assert ans.status == "answered" and ans.record == record


def test_a_figure_for_the_first_month_is_not_the_five_months_figure(engine):
    ans = engine.answer(
        "What share of Mogujie's traffic went to its stores in the first month of the marketplace?"
    )
    assert ans.status == "unknown" and "first month" in ans.answer


@pytest.mark.parametrize(
    "question", ["What does the name Mogujie mean in Chinese?", "What is the meaning of the name Alipay?"]
)
def test_what_a_name_means_is_a_translation_the_story_never_gives(engine, question):
    ans = engine.answer(question)
    assert ans.status == "unknown" and "means" in ans.answer


@pytest.mark.parametrize(
    "question",
    [
        "Before it opened a marketplace, how did Mogujie actually make its money?",
        "What was Mogujie's revenue model before it opened its own marketplace?",
    ],
)
def test_before_the_marketplace_is_the_time_the_story_calls_at_first(engine, question):
    assert engine.answer(question).record == "mogujie-early-revenue"


@pytest.mark.parametrize(
    "question",
    [
        "Why would referral income have been structurally weak for a site like Mogujie?",
        "From an economics view, why was the Alimama referral income so limited for Mogujie?",
        "Why was relying on referral income a weak business model for Mogujie?",
    ],
)
def test_a_point_of_view_and_judging_words_in_a_why_question_are_set_aside(engine, question):
    assert engine.answer(question).record == "mogujie-referral-limits"


@pytest.mark.parametrize(
    "question", ["Did Alipay cut off Meilishuo as well in 2013?", "why did alipay cut off meilishuo?"]
)
def test_a_record_stopping_another_name_does_not_answer_for_the_one_stopped(engine, question):
    """The story has Alipay stop supporting Mogujie; a record saying so beside Meilishuo says nothing of
    Meilishuo being cut off."""
    ans = engine.answer(question)
    assert ans.status != "answered" and not ans.answer.startswith("Yes")


def test_how_many_is_not_answered_by_a_share(engine):
    # a count of people is asked; the story's 80% is a share of a market
    ans = engine.answer("how many users are in China's mobile payments market?")
    assert ans.status != "answered", ans.answer
    assert engine.answer("how many percent of mobile payments does alipay have").status == "answered"


def test_a_curated_yes_or_no_does_not_settle_another_question_about_its_topic(engine):
    ans = engine.answer("Did Alibaba comment publicly on the rumoured takeover of Mogujie?")
    assert ans.status == "unknown" and ans.answer.startswith("The story doesn't say"), ans.answer
    assert engine.answer("Did Alibaba want to acquire Mogujie?").status == "answered"


def test_a_pronoun_subject_without_an_auxiliary_is_the_last_subject(engine):
    conversation = Conversation()
    engine.answer("what is Meilishuo", conversation)
    ans = engine.answer("how many stores it had five months after Mogujie's launch?", conversation)
    assert "1000" in ans.answer and "Meilishuo" in ans.answer, ans.answer


@pytest.mark.parametrize(
    ("question", "needle"),
    [
        # the writer beside another name tells; the record need not be about the writer
        ("Which site does the writer liken Mogujie to when it started?", "Pinterest"),
        # all the article is in the writer's words: what the writer says of a thing is what the article says
        ("what does the author say about Alibaba's fee?", "technical fee"),
    ],
)
def test_the_writer_named_as_teller_is_the_articles_voice(engine, question, needle):
    ans = engine.answer(question)
    assert ans.status == "answered" and needle in ans.answer, ans.answer


def test_a_statement_of_what_the_story_does_not_say_is_answered_no(engine):
    # stated as fact, it gets a "No" with the sentence the story does give; asked, the story doesn't say
    ans = engine.answer("Alibaba took over Mogujie, right?")
    assert ans.status == "answered" and ans.answer.startswith("No") and "rumor" in ans.answer, ans.answer
    assert ans.citations
    ans = engine.answer("So did Alibaba end up taking over Mogujie or not?")
    assert ans.status == "unknown", ans.answer


def test_a_who_question_a_yes_or_no_record_answers_with_the_party_it_names(engine):
    # "Does Alibaba want to acquire Mogujie?" names who; "Who bought it?" stays what the story does not say
    ans = engine.answer("who wants to buy mogujie")
    assert ans.status == "answered" and "Alibaba" in ans.answer and "rumor" in ans.answer, ans.answer
    assert engine.answer("who bought mogujie?").status == "unknown"


@pytest.mark.parametrize(
    "question",
    ["is it early in the year?", "Was it claimed by?", "was it founded in 2011?", "the other site had 900?"],
)
def test_a_first_check_leaning_on_a_pronoun_is_asked_back(engine, question):
    ans = engine.answer(question)
    assert ans.status == "clarify" and ans.answer.startswith("Who or what do you mean"), ans.answer


def test_a_first_they_is_the_pair_its_own_words_pick_out_far_ahead(engine):
    """With nothing before it, "they" is the two sites only when the rest of the question points at their
    record alone; "when did they launch?" could be any party, and is asked back."""
    ans = engine.answer("how do they earn money now, after the marketplace thing?")
    assert ans.status == "answered" and "commission" in ans.answer, ans.answer
    ans = engine.answer("when did they launch?")
    assert ans.status == "clarify" and ans.answer.startswith("Who or what do you mean"), ans.answer


def test_a_yes_no_about_an_act_the_story_never_names_is_not_settled_by_the_rest(engine):
    """ "Did Alibaba refute the rumour ...?": the rumour's record says nothing of refuting it."""
    ans = engine.answer("Did Alibaba refute the rumour that it wanted to buy Mogujie?")
    assert ans.status == "unknown" and "rumor" in ans.answer, ans.answer
    assert engine.answer("Did Alibaba want to buy Mogujie?").status == "answered"


def test_the_meaning_of_a_word_is_asked_of_the_word_not_the_name_beside_it(engine):
    """ "What does the word 'resume' mean in ...?" asks of a word (glossed), not of the name beside it; the
    meaning of a name is a translation the story never gives."""
    ans = engine.answer("What does the word 'resume' mean in 'resume supporting Mogujie'?")
    assert ans.status == "answered" and ans.answer.startswith('In the story, "resume" means'), ans.answer
    assert "name" in engine.answer("What does the name Mogujie mean?").answer


def test_a_reason_asked_of_nothing_is_asked_back(engine):
    """ "What's the reason?" with nothing before it: the reason for what is never guessed."""
    ans = engine.answer("what's the reason?")
    assert ans.status == "clarify" and ans.answer.startswith("The reason for what"), ans.answer


@pytest.mark.parametrize(
    ("question", "record"),
    [
        ("On which day was Mogujie set up?", "mogujie-founded"),
        ("What month did the two sites begin using WeChat Payment?", "wechat-adopted-when"),
        ("When did Alipay reveal its open strategy this year, which month?", "alipay-open-strategy-when"),
    ],
)
def test_a_day_or_month_the_story_does_not_give_is_declined_with_what_it_gives(engine, question, record):
    """Understood, and only a year (or "earlier this year") is given: the story lacks the day, not a guess."""
    ans = engine.answer(question)
    assert ans.status == "unknown" and ans.record == record
    assert ans.answer.startswith("The story doesn't give the day or month")


@pytest.mark.parametrize(
    "question",
    [
        "What share of the global mobile payments market does Alipay have?",
        "What's Alipay's global share of the payments market?",
    ],
)
def test_a_share_for_another_scope_than_the_storys_is_not_answered_with_chinas(engine, question):
    """The story gives Alipay's share of China's market: a global share is not that figure."""
    ans = engine.answer(question)
    assert ans.status != "answered" and "80%" not in ans.answer, ans.answer


def test_how_much_of_a_measure_is_answered_by_the_figure_measuring_it(engine):
    """ "How much traffic ... stores?" wants the traffic share, not the store count that shares the words."""
    ans = engine.answer("how much traffic reached mogujie's stores after about five months?")
    assert ans.status == "answered" and ans.record == "mogujie-traffic-share", ans.answer


def test_a_question_no_record_covers_by_every_name_is_asked_back_not_called_uncovered(engine):
    """ "the Alibaba referral program that paid the two sites": no record names all three, but one answers most of
    it; "that isn't something this article covers" would be false, so the bot asks back."""
    ans = engine.answer("What is the name of the Alibaba referral program that paid the two sites?")
    assert ans.status == "clarify" and "Did you mean" in ans.answer and "covers" not in ans.answer, ans.answer


def test_a_yes_no_record_answering_a_what_question_says_no_yes(engine):
    ans = engine.answer("what is the relationship between alibaba and alipay?")
    assert ans.answer.startswith("Alipay is operated by"), ans.answer
    assert engine.answer("is alipay part of alibaba?").answer.startswith("Yes")


@pytest.mark.parametrize(
    "question", ["wats the actual date alipay said it", "How many users had Alipay Wallet the year before?"]
)
def test_a_day_or_an_earlier_year_the_story_does_not_give_is_declined(engine, question):
    assert engine.answer(question).status == "unknown"


def test_the_purpose_of_a_thing_is_what_its_party_wants_of_it(engine):
    """ "the purpose of the APIs": the record of what Alipay wants to power with them, though it never says
    "purpose"."""
    ans = engine.answer("what was the purpose of Alipay's open strategy?")
    assert ans.status == "answered" and "power" in ans.answer, ans.answer


@pytest.mark.parametrize(
    "question",
    [
        "Which possible explanations does the story offer for Alipay's decision?",
        "what theories does the writer give for Alipay's change of stance?",
    ],
)
def test_guesses_asked_are_the_storys_guesses_not_a_stated_cause(engine, question):
    """Two why-records tie on "Alipay's decision"; asking for possible explanations picks the one of guesses."""
    ans = engine.answer(question)
    assert ans.status == "answered" and "open strategy" in ans.answer, ans.answer


def test_what_the_story_admits_it_does_not_know_is_its_own_unknown(engine):
    ans = engine.answer("what remains unknown, according to the article?")
    assert ans.status == "answered" and "unknown" in ans.answer and "open strategy" in ans.answer, ans.answer
    assert engine.answer("what is unknown about Meilishuo?").status != "answered"


def test_what_kind_of_thing_is_never_answered_with_a_reason(engine):
    """Sending people to sites is referring them; "to what kind of sites" wants a kind, so the record of why
    referrals paid little, which shares most words, does not answer."""
    ans = engine.answer("mogujie got money for sending people to what kind of sites?")
    assert ans.status == "answered" and ans.record == "mogujie-early-revenue", ans.answer


def test_the_name_of_a_person_asked_with_a_possessive(engine):
    ans = engine.answer("what is the author's name?")
    assert ans.status == "answered" and ans.answer.startswith("The name is Tracey Xiang"), ans.answer


@pytest.mark.parametrize(
    ("question", "record"),
    [
        ("Why did Alibaba view the social shopping sites as a threat?", "alibaba-unhappy"),
        ("What was Alipay hoping to accomplish with its APIs?", "alipay-apis"),
    ],
)
def test_plain_paraphrases_of_feeling_and_aim(engine, question, record):
    ans = engine.answer(question)
    assert ans.status == "answered" and ans.record == record, ans.answer


def test_squeezing_money_out_of_someone_is_charging_them(engine):
    ans = engine.answer("How did Alibaba supposedly squeeze money out of the social shopping sites?")
    assert ans.status == "answered" and "technical fee" in ans.answer, ans.answer


def test_a_kind_of_revenue_asks_what_it_was_not_how_much(engine):
    ans = engine.answer("What kind of revenue did Mogujie have at first?")
    assert ans.status == "answered" and "commissions" in ans.answer, ans.answer


def test_a_first_they_beside_records_of_the_same_pair_is_that_pair(engine):
    """Several records tie on the two sites' switch; "they" is still clearly the two sites."""
    ans = engine.answer("wich app did they use to pay insted")
    assert ans.status == "answered" and "WeChat Payment" in ans.answer, ans.answer


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Would you mind telling me how many stores Meilishuo had?", "1000"),
        ("If you would indulge me, who wrote this article?", "Tracey Xiang"),
        ("I wonder if you might remind me of the name of Alipay's mobile app.", "Alipay Wallet"),
        ("I know little about these firms; could you kindly explain to me what Meilishuo is?", "social shopping"),
        ("I am curious as to why Alibaba was unhappy with those sites. Would you be good enough to explain that?",
         "Taobao"),
        ("in which year this Meilishuo company was first established.", "doesn't say"),
    ],
)  # fmt: skip
def test_long_polite_questions_are_their_question(engine, question, expected):
    ans = engine.answer(question)
    assert expected in ans.answer, ans.answer


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("What is the data when Alipay cut off Mogujie?", "2013"),  # Portuguese "data": the date
        ("Can you resume the notice for me?", "resume supporting Mogujie"),  # "resumir a notícia": summarise
        ("Alipay is propriety of which company?", "finance arm"),
    ],
)
def test_learners_false_friends_are_read_in_their_sense(engine, question, expected):
    ans = engine.answer(question)
    assert ans.status == "answered" and expected in ans.answer, ans.answer


def test_what_a_figure_measures_is_the_record_stating_it(engine):
    ans = engine.answer("What does the 190 million figure refer to?")
    assert ans.status == "answered" and "Alipay Wallet" in ans.answer, ans.answer
    ans = engine.answer("The 80% is a share of what, exactly?")
    assert ans.status == "answered" and "mobile payments market" in ans.answer, ans.answer


def test_an_act_no_record_tells_of_a_party_is_not_settled(engine):
    ans = engine.answer("Did Alibaba comment on the rumour that it wanted to buy Mogujie?")
    assert ans.status == "unknown", ans.answer


def test_people_working_somewhere_are_its_staff_not_its_users(engine):
    ans = engine.answer("How many people work at Mogujie?")
    assert ans.status == "unknown", ans.answer


def test_a_date_when_something_will_happen_is_the_future(engine):
    ans = engine.answer("What is the date when Alipay will start supporting Mogujie again?")
    assert ans.status == "unknown", ans.answer


def test_a_drawback_of_a_model_is_what_limited_it(engine):
    ans = engine.answer("what was the biggest drawback of Mogujie's referral model?")
    assert ans.status == "answered" and ans.record == "mogujie-referral-limits", ans.answer


@pytest.mark.parametrize(
    ("question", "record"),
    [
        ("According to the story, what can people use Alipay Wallet for?", "alipay-wallet-what"),
        ("so Alipay is back on with Mogujie, right?", "alipay-announcement"),
    ],
)
def test_uses_of_a_thing_and_being_back_on(engine, question, record):
    ans = engine.answer(question)
    assert ans.status == "answered" and ans.record == record, ans.answer


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("According to the story, what is unknown?", "nobody knows"),
        ("what was going on in 2013 according to the article", "In 2013"),
    ],
)
def test_a_framing_of_the_source_and_what_was_going_on(engine, question, expected):
    ans = engine.answer(question)
    assert ans.status == "answered" and expected in ans.answer, ans.answer


@pytest.mark.parametrize(
    "question",
    [
        "Would it be fair to say that Alibaba took over Mogujie?",
        "Does the article prove Alibaba purchased Mogujie?",
    ],
)
def test_a_statement_put_to_the_story_that_it_only_reports_as_rumour_gets_a_no(engine, question):
    """Asking whether the story supports a statement is answered, where asking whether it happened is not."""
    ans = engine.answer(question)
    assert ans.status == "answered" and ans.answer.startswith("No:") and "rumor" in ans.answer


@pytest.mark.parametrize(
    "question",
    ["Did Alibaba end up taking over Mogujie?", "Does the article say what Alibaba paid for Mogujie?"],
)
def test_whether_a_rumoured_event_happened_is_not_in_the_story(engine, question):
    assert engine.answer(question).status in ("unknown", "clarify")


def test_the_same_count_at_the_same_moment_of_the_party_named_is_not_another_partys(engine):
    """Meilishuo's stores "after five months" are the count the story gives for that moment, although the words
    about the moment are in Mogujie's record."""
    ans = engine.answer("How many stores did Meilishuo have after 5 months?")
    assert ans.status == "answered" and "1000" in ans.answer


def test_who_or_what_asks_what_a_name_is(engine):
    ans = engine.answer("who or what is meilishuo in the article")
    assert ans.status == "answered" and "social shopping site" in ans.answer


@pytest.mark.parametrize(
    "question",
    [
        "How has Alipay's share of mobile payments evolved?",
        "How much did Mogujie's user numbers grow after 2013?",
    ],
)
def test_how_a_figure_changed_is_not_in_a_story_giving_it_once(engine, question):
    """The story gives each figure once: how it moved is declined, with the figure it gives."""
    ans = engine.answer(question)
    assert ans.status == "unknown" and "gives the figure once" in ans.answer and ans.citations


def test_why_one_choice_over_unnamed_others_is_not_weighed_by_the_story(engine):
    ans = engine.answer("Why did the two sites go with WeChat Payment instead of another provider?")
    assert ans.status == "unknown" and "rather than another" in ans.answer
    assert engine.answer("Why did the two sites go with WeChat Payment?").status == "answered"


def test_an_act_the_story_never_names_is_not_settled_for_two_parties_either(engine):
    assert engine.answer("Did Mogujie or Alibaba respond to the takeover rumour?").status == "unknown"


def test_of_two_close_records_the_one_of_the_type_asked_answers(engine):
    """Two records close in score, one saying how and one saying why: a how-question is the first's."""
    ans = engine.answer("how did the early referral model of mogujie earn revenue")
    assert ans.status == "answered" and "commissions on referral traffic" in ans.answer


def test_a_closing_courtesy_is_no_part_of_the_question(engine):
    ans = engine.answer("Meilishuo marketplace start when, please teach me.")
    assert ans.status == "answered" and "late 2013" in ans.answer


def test_whether_anyone_else_did_it_is_answered_by_who_did(engine):
    (_, ans) = (None, engine.answer("Did any other site besides Mogujie adopt WeChat Payment?"))
    assert ans.status == "answered" and ans.answer.startswith("Yes") and "Meilishuo" in ans.answer


def test_when_a_party_first_started_is_when_it_started(engine):
    """No false "doesn't say": "first started" asked with "when" dates the start, not a manner."""
    ans = engine.answer("so when was mogujie first started")
    assert ans.status == "answered" and "2011" in ans.answer


def test_the_writer_named_beside_a_party_does_not_make_the_story_not_cover_it(engine):
    ans = engine.answer(
        "What is the writer's basis for saying Alibaba was unhappy with social shopping sites - what habit"
        " bothered it?"
    )
    assert "isn't something this article covers" not in ans.answer


def test_a_question_about_quoted_words_the_story_never_uses_is_off_topic(engine):
    ans = engine.answer("What's the difference between 'since' and 'for'?")
    assert ans.status == "unknown" and "isn't something this article covers" in ans.answer
    assert engine.answer("What does 'fraction' mean here?").status == "answered"


def test_a_description_closing_a_question_asks_nothing(engine):
    ans = engine.answer("Which company runs WeChat Payment, the service Mogujie switched to?")
    assert ans.status != "answered"


def test_the_current_number_asks_a_figure_not_what_the_party_is(engine):
    reader = engine.engine(engine.stories()[0].id).index.reader
    assert reader.read("What is the current number for Mogujie?").qtype == "how_many"
    assert engine.answer("What is the current number (Mogujie)?").record != "mogujie-what"


def test_what_sells_most_is_a_ranking_the_story_does_not_give(engine):
    ans = engine.answer("Which products sell the most on Mogujie?")
    assert ans.status == "unknown" and "sells most" in ans.answer
    assert engine.answer("Where do most items on Mogujie come from?").status == "answered"


def test_a_party_stopping_using_a_thing_is_not_answered_by_another_partys_stopping(engine):
    ans = engine.answer("When did Meilishuo stop using WeChat Payment?")
    assert ans.status != "answered"


def test_how_an_amount_changed_is_declined_though_the_answer_gives_a_year(engine):
    answer = engine.answer("How did Mogujie's revenue change once it moved to WeChat Payment?")
    assert answer.status == "unknown" and "no figures" in answer.answer


def test_a_noun_the_story_never_uses_after_a_preposition_is_what_is_asked(engine):
    query = engine.engine(engine.stories()[0].id).index.reader.read(
        "What effect did the return have on the share price?"
    )
    assert "price" in query.unknown  # (not a closing verb that only links, as in "... does it capture?")


def test_whether_the_story_gives_an_unknown_reason_is_answered_no(engine):
    answer = engine.answer("Does the writer reveal the actual cause of Alipay restoring service to Mogujie?")
    assert answer.answer.startswith("No") and "unknown" in answer.answer


@pytest.mark.parametrize(
    "question",
    ["What was Alibaba's statement on the rumour?", "What was Mogujie's reaction to the announcement?"],
)
def test_a_partys_response_asked_as_a_noun_is_only_that_partys_word(engine, question):
    answer = engine.answer(question)
    assert answer.status == "unknown" and "reports nothing from" in answer.answer


def test_the_reason_a_party_gave_is_declined_when_nobody_knows_why(engine):
    answer = engine.answer("Which explanation has Alipay offered for supporting Mogujie again?")
    assert answer.status == "unknown" and "doesn't report any reason given" in answer.answer, answer.answer
    assert engine.answer("Why did Alipay start supporting Mogujie again?").status == "answered"


@pytest.mark.parametrize(
    "question",
    ["Which newspaper does Tracey Xiang write for?", "What company is behind Mogujie?"],
)
def test_a_party_asked_for_is_not_answered_by_a_record_naming_none(engine, question):
    # the record tells what she is (or what Mogujie is), not which party: the story doesn't say
    ans = engine.answer(question)
    assert ans.status == "unknown" and ans.answer.startswith("The story doesn't say"), ans.answer


def test_a_party_asked_for_is_answered_when_the_record_names_it(engine):
    ans = engine.answer("Which company is behind Alipay?")
    assert ans.status == "answered" and "Alibaba" in ans.answer, ans.answer


@pytest.mark.parametrize(
    "question",
    [
        "How much did Mogujie pay for WeChat Payment?",
        "What was the amount of the fee Alibaba is said to have charged?",
        "how expensive is it to use Alipay Wallet",
    ],
)
def test_a_sum_of_money_is_declined_as_one_the_story_never_gives(engine, question):
    # the story's figures are counts and shares: none of them is a price
    ans = engine.answer(question)
    assert ans.status == "unknown" and "no prices or sums of money" in ans.answer, ans.answer


def test_a_share_of_a_sum_is_no_sum_asked(engine):
    ans = engine.answer("how much of what e-tailers pay Alibaba does Mogujie get?")
    assert "no prices or sums" not in ans.answer, ans.answer


def test_a_figure_asked_for_a_city_the_story_gives_it_for_no_city_is_declined(engine):
    ans = engine.answer("How many users does Alipay Wallet have in Beijing?")
    assert ans.status != "answered", ans.answer


def test_a_figure_asked_for_the_country_the_story_is_set_in_is_the_storys_figure(engine):
    ans = engine.answer("how many accounts does Mogujie have in China?")
    assert ans.status == "answered" and "85 million" in ans.answer, ans.answer


@pytest.mark.parametrize(
    "question",
    [
        "How many stores does the story report Meilishuo had?",
        "What number of stores does the piece report for Meilishuo?",
    ],
)
def test_the_story_reporting_is_the_story_saying(engine, question):
    ans = engine.answer(question)
    assert ans.status == "answered" and "1000" in ans.answer, ans.answer


def test_a_noun_phrase_with_a_verb_inside_states_nothing(engine):
    # "the fee Alibaba charged in 2012" is what is asked about, not a claim that it was charged
    ans = engine.answer("Amount of the fee Alibaba supposedly charged in 2012?")
    assert ans.kind != "check" and ans.status == "unknown", ans.answer


def test_a_possessive_phrase_with_its_own_verb_is_a_statement_to_check(engine):
    ans = engine.answer(
        "So Alibaba's problem with the social shopping sites was that shoppers browsed there, not on Taobao?"
    )
    assert ans.kind == "check" or ans.status == "clarify", ans.answer


@pytest.mark.parametrize(
    ("question", "record"),
    [
        ("How does the story define Alimama?", "alimama-what"),
        ("what is Alipay Wallet in this context?", "alipay-wallet-what"),
    ],
)
def test_a_definition_asked_in_other_words_is_what_the_thing_is(engine, question, record):
    ans = engine.answer(question)
    assert ans.status == "answered" and ans.record == record, ans.answer


@pytest.mark.parametrize(
    "question",
    [
        "For what reason were Mogujie and Meilishuo setting up their own marketplaces?",
        "When was Mogujie set up?",
    ],
)
def test_a_phrasal_verb_is_read_in_any_of_its_forms(engine, question):
    ans = engine.answer(question)
    assert ans.status == "answered", ans.answer


def test_a_statement_giving_the_records_own_moment_is_confirmed(engine):
    ans = engine.answer("Was Alipay's renewed support for Mogujie announced yesterday?")
    assert ans.kind == "check" and ans.answer.startswith("Yes"), ans.answer


def test_a_sum_set_against_another_is_answered_in_the_storys_words(engine):
    ans = engine.answer("How much does Mogujie make from referrals, compared with what e-tailers pay?")
    assert ans.status == "answered" and "fraction" in ans.answer, ans.answer


def test_whether_the_story_gives_a_sum_is_declined(engine):
    ans = engine.answer("Does the article tell us how much the technical fee cost?")
    assert ans.status == "unknown", ans.answer


def test_the_purpose_of_a_thing_asked_with_a_kind_of_aim_is_its_purpose(engine):
    ans = engine.answer("What was the strategic intent behind Alipay putting out its APIs?")
    assert ans.status == "answered" and "mobile businesses" in ans.answer, ans.answer


def test_whose_reason_it_is_stays_in_the_question(engine):
    # "official" says who gave the reason, which nobody did: not a kind of reason to set aside
    ans = engine.answer("What official reason did Alipay give for dropping Mogujie in 2013?")
    assert ans.status != "answered", ans.answer


def test_what_a_name_is_asked_in_a_muddle_is_not_a_false_doesnt_say(engine):
    ans = engine.answer(
        "i have seen meilishuo a lot in the text and have no idea what it is, an app or a shop or what"
    )
    assert ans.status in ("answered", "clarify"), ans.answer


@pytest.mark.parametrize(
    "question", ["How does the writer portray Meilishuo?", "how did the article present Alimama"]
)
def test_how_the_story_describes_a_name_is_what_the_name_is(engine, question):
    ans = engine.answer(question)
    assert ans.status == "answered" and ans.record and ans.record.endswith("-what"), ans.answer


def test_a_figure_over_the_past_year_is_another_moment(engine):
    ans = engine.answer("How many users did Alipay Wallet gain over the past year?")
    assert ans.status == "unknown", ans.answer


@pytest.mark.parametrize(
    "question",
    ["How many people are working in Meilishuo?", "how many people is work in Alibaba?"],
)
def test_people_working_somewhere_are_its_staff_whatever_the_verb_form(engine, question):
    ans = engine.answer(question)
    assert ans.status == "unknown", ans.answer


def test_what_a_party_was_doing_at_a_moment_is_its_own_act(engine):
    ans = engine.answer("What was Mogujie doing when Alipay pulled the plug on it a year ago?")
    assert "added a system" in ans.answer, ans.answer


def test_how_long_an_act_the_story_never_tells_took_is_declined(engine):
    ans = engine.answer("How long did Alipay and Mogujie bargain before support came back?")
    assert ans.status == "unknown" and "never mentions" in ans.answer, ans.answer


def test_whom_the_answer_is_for_asks_nothing(engine):
    ans = engine.answer("What is Alimama, for those of us who don't follow tech news?")
    assert ans.record == "alimama-what", ans.answer


@pytest.mark.parametrize(
    "question",
    [
        "Which APIs exactly did Alipay release?",
        "What are the Alipay APIs called, by name?",
        "Name the other social shopping sites apart from Mogujie and Meilishuo",
        "Which other shopping sites besides Mogujie and Meilishuo were in that wave?",
    ],
)
def test_names_asked_that_the_record_does_not_give_are_declined(engine, question):
    """A record naming nothing beyond the question's own names does not answer a question asking for names."""
    ans = engine.answer(question)
    assert ans.status == "unknown" and ans.answer.startswith("The story doesn't name them")


@pytest.mark.parametrize(
    ("question", "named"),
    [
        ("Which marketplaces does Alibaba run, by name?", "Taobao"),
        ("What exactly did Alipay announce?", "resume"),
        ("What exact share of the mobile payments market does Alipay claim?", "80%"),
    ],
)
def test_names_or_exact_details_the_story_gives_are_answered(engine, question, named):
    ans = engine.answer(question)
    assert ans.status == "answered" and named in ans.answer


@pytest.mark.parametrize("question", ["Who did Alibaba seem unhappy about?", "who was alibaba annoyed with"])
def test_a_who_question_is_answered_by_the_group_a_record_names(engine, question):
    # no named party, but the sites and consumers the record tells of are who: not "the story doesn't say"
    ans = engine.answer(question)
    assert ans.status == "answered" and "social shopping sites" in ans.answer, ans


def test_a_who_question_the_record_answers_with_no_group_is_still_declined(engine):
    assert engine.answer("who was it that founded mogujie?").status == "unknown"


@pytest.mark.parametrize(
    ("question", "pronoun"), [("so did mogujie actually pay it?", "it"), ("did alibaba charge them?", "them")]
)
def test_an_act_put_to_a_bare_pronoun_with_nothing_before_is_asked_back(engine, question, pronoun):
    ans = engine.answer(question)
    assert ans.status == "clarify" and f'"{pronoun}"' in ans.answer, ans.answer


def test_an_act_put_to_a_pronoun_after_a_question_is_resolved_not_asked_back(engine):
    conversation = Conversation()
    engine.answer("What fee did Alibaba reportedly charge?", conversation)
    ans = engine.answer("did mogujie pay it?", conversation)
    assert ans.status != "clarify" or "what you mean by" not in ans.answer.lower(), ans.answer


def test_a_wh_question_of_another_year_than_a_dated_rumour_is_declined(engine):
    ans = engine.answer("What fee did Alibaba charge Mogujie in 2013?")
    assert ans.status == "unknown" and "2013" in ans.answer and "2012" in ans.answer, ans.answer


def test_a_wh_question_of_the_rumours_own_year_is_answered(engine):
    ans = engine.answer("What fee did Alibaba charge in 2012?")
    assert ans.status == "answered" and "technical fee" in ans.answer, ans.answer
