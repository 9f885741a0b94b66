"""Typo fixes: slips corrected against the knowledge base and a general English word list; real words kept."""

from __future__ import annotations

import pytest

from bot.models import Conversation
from bot.spelling import EnglishWords, Speller
from bot.text import words


@pytest.fixture(scope="module")
def speller(engine):
    return engine.engine(engine.stories()[0].id).index.reader.speller


@pytest.mark.parametrize(
    ("typed", "meant", "opens"),
    [
        ("hw", "how", True),  # a dropped letter in a short common word
        ("whn", "when", True),
        ("teh", "the", False),  # a listed misspelling, far rarer than the word
        ("mnay", "many", False),  # two letters swapped
        ("dose", "does", True),  # a real word, but one slip from the auxiliary that opens the question
        ("diffrence", "difference", False),
        ("acounts", "accounts", False),
        ("mogujei", "mogujie", False),  # a name, by edit distance, with no misspelling list
        ("meilishou", "meilishuo", False),
        ("alipy", "alipay", False),
    ],
)
def test_slips_are_corrected(speller, typed, meant, opens):
    assert speller.correct(typed, opens) == meant


def test_words_only_ever_adjectives_or_adverbs_are_marked(speller):
    assert speller.is_modifier("lucrative") and speller.is_modifier("grumpy")
    assert not speller.is_modifier("valued")  # also the verb "value"
    assert not speller.is_modifier("store") and not speller.is_modifier("daily")


@pytest.mark.parametrize("word", ["tallest", "mountain", "ceo", "form", "dose", "as", "apple"])
def test_real_words_are_left_alone(speller, word):
    """A known English word is never 'corrected' into another ('dose' stays 'dose' mid-sentence)."""
    assert speller.correct(word, False) == word


def test_a_common_word_opening_a_question_is_not_read_as_an_auxiliary(speller):
    assert speller.correct("as", True) == "as"


def test_gibberish_stays_as_typed(speller):
    assert speller.correct("xqzvt", False) == "xqzvt"


def test_knowledge_words_win_over_english_neighbours():
    """With a tiny English list, a slip goes to the knowledge base's own word first."""
    english = EnglishWords(["stories\t45", "store\t45", "stores\t44"])
    speller = Speller(["stores", "mogujie"], english)
    assert speller.correct("stors") == "stores"


def test_corrections_are_cached_and_bounded(speller):
    for n in range(50):
        speller.correct(f"zzq{n}", False)
    assert len(speller._cache) <= 10_000


def test_contracted_endings_split_into_their_words():
    """ "they're" is "they are", not an unknown word that keeps a question from matching."""
    from bot.text import words

    assert words("they're running; we've seen; couldn't") == [
        "they", "are", "running", "we", "have", "seen", "could", "not",
    ]  # fmt: skip
    assert words("Alibaba's") == ["alibaba"]


def test_a_one_letter_compound_is_one_word_not_text_speak():
    """The "u" of "U-turn" is not the text-speak "u" (you): the compound stays one word."""
    from bot.text import words

    assert words("Alipay's U-turn on e-commerce") == ["alipay", "uturn", "on", "ecommerce"]


def test_a_words_own_reading_is_not_replaced_by_a_short_comparative_base(engine):
    """ "offer" is not "off" with a comparative "-er" taken off (which tied "offer" to "cut off")."""
    story = engine.engine(engine.stories()[0].id)
    meanings = story.index.reader.meanings
    assert meanings.known_word_for("offer") != "off"


def test_a_listed_synonyms_plural_means_the_same(engine):
    reader = engine.engine(engine.stories()[0].id).index.reader
    assert reader.read("the explanations").tokens == reader.read("the explanation").tokens


def test_a_bare_percent_sign_reads_as_the_word():
    from bot.questions import question_type
    from bot.text import words

    assert words("what % of retailers, 80% of them") == [
        "what",
        "percent",
        "of",
        "retailers",
        "80",
        "percent",
        "of",
        "them",
    ]
    assert question_type(" ".join(words("wat % of online retailers"))) == "how_much"


def test_informal_spellings_read_as_their_words(engine):
    reader = engine.engine(engine.stories()[0].id).index.reader
    assert reader.read("kinda like pinterest").tokens == reader.read("kind of like pinterest").tokens
    assert engine.answer("true or flase mogujie started off kinda like pinterest").answer.startswith(
        "Yes, true"
    )


@pytest.mark.parametrize(
    ("typed", "name"),
    [("what is ali pay", "@alipay"), ("how many users does ally pay have", "@alipay"), ("waht is ally mama", "@alimama"),
     ("when did we chat payment launch", "@wechat-payment"), ("when was mo goo jay founded", "@mogujie"),
     ("how many stores did may lee shoe have", "@meilishuo"), ("are most sellers on tow bow", "@taobao"),
     ("hw much of chinas mobile paymnts does alipay have", "@china"),
     ("how many accounts does meal is how have", "@meilishuo")],
)  # fmt: skip
def test_a_name_typed_in_parts_split_by_autocorrect_or_without_its_apostrophe_is_the_name(
    engine, typed, name
):
    reader = engine.engine(engine.stories()[0].id).index.reader
    assert name in reader.read(typed).tokens


@pytest.mark.parametrize(
    "typed",
    [
        "did mogujie switch to apple pay",
        "meilishuo got alipay support back too right",
        "who operate alipay",
        "should the rumour prove true has any price been mentioned",
    ],
)
def test_words_that_only_roughly_sound_like_a_name_stay_words(engine, typed):
    reader = engine.engine(engine.stories()[0].id).index.reader
    read = reader.read(typed)
    assert read.entities.count("alipay") == typed.count("alipay")
    assert not {"wechat-payment", "china", "tracey-xiang", "taobao"} & set(read.entities)
    assert read.entities.count("meilishuo") == typed.count("meilishuo")
    assert read.entities.count("beijing") == typed.count("beijing")


def test_a_name_said_in_parts_takes_only_its_own_words(engine):
    reader = engine.engine(engine.stories()[0].id).index.reader
    assert reader.read("how many users does ally pay have").words[-2:] == ["alipay", "have"]


@pytest.mark.parametrize("typed", ["can you help me fix a bug", "what is the weather in beijing"])
def test_short_real_words_do_not_become_a_name(engine, typed):
    read = engine.engine(engine.stories()[0].id).index.reader.read(typed)
    assert not {"wechat-payment", "china", "tracey-xiang", "taobao"} & set(read.entities)
    assert read.entities.count("meilishuo") == typed.count("meilishuo")


def test_a_figure_glued_to_a_unit_of_time_is_the_figure_and_the_unit():
    from bot.text import words

    assert words("~5mo after launch, 2yrs later, 85m") == [
        "5",
        "months",
        "after",
        "launch",
        "2",
        "years",
        "later",
        "85m",
    ]


def test_a_words_inflection_says_which_part_of_speech_to_read_it_as(engine):
    """ "presented" is the verb: the noun "present" (nowadays) is not what it means."""
    meanings = engine.engine(engine.stories()[0].id).index.reader.meanings
    assert meanings.known_word_for("presented") != meanings.known_word_for("present")
    assert meanings.known_word_for("past") == "by"  # a shared meaning is found before a broader one


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("couldnt", ["could", "not"]),
        ("werent", ["were", "not"]),
        ("hasnt", ["has", "not"]),
        ("theyre", ["they", "are"]),
        ("ive", ["i", "have"]),
        ("want", ["want"]),
    ],
)
def test_a_contraction_typed_without_its_apostrophe_is_its_two_words(typed, read):
    assert words(typed) == read


def test_a_word_corrected_into_a_contraction_is_its_two_words(engine):
    """A word the speller mends into "they'd" reads as "they would", as the contraction typed would."""
    reader = engine.engine(engine.stories()[0].id).index.reader
    query = reader.read("and theyd come back?")
    assert query.words[1:3] == ["they", "would"] and not query.unknown


def test_a_made_plural_of_a_listed_word_is_no_known_word(engine):
    """ "again" is listed, so "agains" is looked up; but "against" must not be read as its kin."""
    reader = engine.engine(engine.stories()[0].id).index.reader
    assert "again" not in reader.read("what did alipay do against mogujie").tokens


def test_stuff_is_a_vague_word_not_a_material(engine):
    reader = engine.engine(engine.stories()[0].id).index.reader
    assert reader.read("the alibaba stuff").tokens == reader.read("alibaba").tokens


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("how much of the traffic went 2 the mogujie stores", "to the"),
        ("did meilishuo launch its own marketplace 2", "marketplace too"),
        ("what is 4 the record", "for the"),
    ],
)
def test_text_speak_numbers_are_the_words_they_stand_for(engine, typed, read):
    reader = engine.engine(engine.stories()[0].id).index.reader
    assert read in " ".join(reader.read(typed).words)


def test_the_two_sites_keep_their_number_as_a_figure_elsewhere(engine):
    reader = engine.engine(engine.stories()[0].id).index.reader
    assert [v.number for v in reader.read("did mogujie have 2000 stores").values if v.kind == "count"]


def test_a_learners_regular_past_of_a_verb_is_the_verb(speller):
    assert speller.correct("cutted") == "cut"


def test_a_rare_word_one_slip_from_a_common_one_among_many_is_fixed(engine):
    # "ths" has a score of rarer neighbours one edit away; the commonest one slip away is "this"
    assert engine.answer("who wrote ths").record == "author-who"
    # a name said syllable by syllable is read before the syllables are "fixed" ("goo" is no "good")
    assert engine.answer("when was mo goo jay founded").record == "mogujie-founded"


def test_a_slip_of_a_known_past_form_beats_a_learners_regular_past(engine):
    """'fonded' is one slip from 'founded' (a word of the story) before it is a regular past of 'fond'."""
    ans = engine.answer("was mogujie fonded in 2011?")
    assert ans.status == "answered" and ans.answer.startswith("Yes")


def test_a_dropped_silent_first_letter_is_restored(engine):
    """ "rote" is "wrote" with its silent w dropped: a slip at the start that the same-letter rule would miss."""
    ans = engine.answer("who rote the story?")
    assert ans.status == "answered" and "Tracey Xiang" in ans.answer, ans.answer


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("what is the oben strategy of alipay", "open"),  # b for p: a four-letter word, beyond one slip
        ("which bayment did mogujie use", "payment"),  # not "basement", two slips away in English
        ("wat is the bercent of the market", "percent"),
        ("why did alipay stob sobborting mogujie", "supporting"),  # two swaps and one vowel slip
        ("hao many users does alipay wallet have", "how"),  # where a question word belongs, one said like it
        ("wat is the writer naim", "name"),  # "ai" said as the long a of "name": a rare listed word
    ],
)
def test_a_word_spelt_by_ear_is_read_with_its_sound_alike_letters_swapped(engine, typed, meant):
    reader = engine.engine(engine.stories()[0].id).index.reader
    query = reader.read(typed)
    assert meant in query.words and not query.unknown, query.words


def test_a_known_word_is_never_swapped_for_its_sound_alike(engine):
    reader = engine.engine(engine.stories()[0].id).index.reader
    assert reader.read("did mogujie get big").words == ["did", "mogujie", "get", "big"]


def test_a_word_is_never_read_as_a_pronoun_it_shares_a_meaning_with(engine):
    """The word list gives "america" the meaning "US"; read as the pronoun "us" it would vanish, and "how many
    use Mogujie in America?" would be answered with its users everywhere."""
    reader = engine.engine(engine.stories()[0].id).index.reader
    assert "america" in reader.read("how many people use mogujie in america").tokens
    assert engine.answer("how many people use mogujie in america").status != "answered"


def test_starting_something_again_is_resuming_it(engine):
    reader = engine.engine(engine.stories()[0].id).index.reader
    query = reader.read("did alipay say it would start supporting mogujie again")
    assert "resum" in query.tokens and "again" not in query.words
    assert engine.answer("Did Alipay say it would start supporting Mogujie again?").answer.startswith("Yes")


def test_a_filler_word_asks_nothing(engine):
    """ "whats alipay anyway": "anyway" is how the question is put, not a thing the story lacks."""
    answer = engine.answer("whats alipay anyway")
    assert answer.status == "answered" and "payment" in answer.answer, answer.answer


@pytest.mark.parametrize("question", ["Alimama meaning", "meaning of Alimama", "Alimama definition?"])
def test_a_meaning_asked_of_a_name_is_what_it_is(engine, question):
    answer = engine.answer(question)
    assert answer.status == "answered" and "referral program" in answer.answer, answer.answer


def test_an_adverb_after_a_request_for_the_answer_is_how_to_answer(engine):
    """ "please explain shortly": "shortly" (read as "soon") says how to answer, and asks no moment."""
    reader = engine.engine(engine.stories()[0].id).index.reader
    assert "shortly" not in reader.read("Mogujie is what kind of service, please explain shortly").words
    answer = engine.answer("Mogujie is what kind of service, please explain shortly")
    assert "social shopping" in answer.answer and "2000" not in answer.answer, answer.answer
    assert "early" in reader.read("what did Alipay say early this year").words


def test_seeming_is_a_hedge_not_a_thing_asked(engine):
    answer = engine.answer("According to the writer, what did Alibaba seem unhappy about?")
    assert answer.status == "answered" and "Taobao" in answer.answer, answer.answer


def test_what_an_article_is_about_named_after_who_wrote_it_says_which_article(engine):
    answer = engine.answer("who wrote the artical about alipay and mogujie")
    assert answer.status == "answered" and "Tracey Xiang" in answer.answer, answer.answer
    report = engine.answer("who wrote the report on mogujie stores")
    assert "QQ Tech" in report.answer, report.answer


def test_a_lone_2_after_a_verb_taking_to_is_to(engine):
    reader = engine.engine(engine.stories()[0].id).index.reader
    assert reader.read("wat did they use 2 pay after alipay stopped").words[3:6] == ["use", "to", "pay"]
    assert "to" not in reader.read("did they use 2 payment services").words
    answer = engine.answer("wat did they use 2 pay after alipay stopped")
    assert answer.status == "answered" and "WeChat Payment" in answer.answer, answer.answer


def test_helping_again_is_supporting_again(engine):
    assert engine.answer("is alipay gonna help mogujie again").answer.startswith("Yes")


@pytest.mark.parametrize("question", ["alipay company who own", "alipay own by who"])
def test_a_bare_own_after_who_or_before_by_is_the_verb(engine, question):
    answer = engine.answer(question)
    assert "finance arm" in answer.answer, answer.answer


def test_an_adverb_singling_out_asks_nothing(engine):
    reader = engine.engine(engine.stories()[0].id).index.reader
    assert "specifically" not in reader.read("was there a rumour about Mogujie specifically?").words


def test_cannot_is_can_not(engine):
    reader = engine.engine(engine.stories()[0].id).index.reader
    assert "cannot" not in reader.read("why mogujie cannot earn much money from referral").unknown
    assert engine.answer("why mogujie cannot earn much money from referral").status == "answered"


def test_a_request_to_explain_is_no_reason_asked(engine):
    answer = engine.answer("Meilishuo what is, short explain please")
    assert answer.answer.startswith("Meilishuo is"), answer.answer


def test_chat_forms_of_them_and_ordinals_are_words(engine):
    reader = engine.engine(engine.stories()[0].id).index.reader
    assert reader.read("dropped em").words[-1] == "them"
    assert "first" in reader.read("wat came 1st, the cutoff or the marketplaces").words
    # ("in the 1st place" read as "in the first place", which only stresses the why)
    assert reader.read("y did alipay cut off mogujie in the 1st place").words[-1] == "mogujie"


@pytest.mark.parametrize(
    ("typed", "meant"), [("comming", "coming"), ("untill", "until"), ("reffered", "referred")]
)
def test_a_letter_typed_twice_is_a_slip_of_the_word_with_it_once(engine, typed, meant):
    speller = engine.engine(engine.stories()[0].id).index.reader.speller
    assert speller.correct(typed) == meant
    assert speller.correct("off") == "off" and speller.correct("need") == "need"


def test_a_chat_like_before_a_restart_or_after_an_opening_filler_only_hedges(engine):
    reader = engine.engine(engine.stories()[0].id).index.reader
    assert (
        "like"
        not in reader.read(
            "how many acounts does mogujie basically have like in total like all of them"
        ).words
    )
    assert "like" not in reader.read("so like what is this story about").words
    assert "like" in reader.read("mogujie started like what website").words  # a likeness asked


@pytest.mark.parametrize(
    ("typed", "parts"),
    [
        ("paymentservice", ("payment", "service")),
        ("socialshoppingsites", ("social", "shopping", "sites")),
        ("monthlyactiveusers", ("monthly", "active", "users")),
    ],
)
def test_a_compound_of_the_storys_words_typed_as_one_is_those_words(engine, typed, parts):
    reader = engine.engine(engine.stories()[0].id).index.reader
    assert reader._unjoined(typed) == parts


def test_a_question_in_german_compounds_is_answered(engine):
    answer = engine.answer("How big the Marketshare of Alipay in the chinese Mobilepaymentmarket is?")
    assert answer.status == "answered" and "80%" in answer.answer, answer.answer


def test_a_chinese_speakers_measure_word_asks_nothing(engine):
    answer = engine.answer("alipay wallet have how many ge user")
    assert answer.status == "answered" and "190 million" in answer.answer, answer.answer


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("When did Mogujie and Meilishuo open their proper marketplaces?", "late 2013"),  # a learner's "own"
        ("which year did Mogujie begin to use WeChat Payment?", "2013"),  # beginning to use is adopting
        ("Meilishuo store count, quickly.", "1000"),  # how to answer, not what
        ("Mogujie founding year, in short.", "2011"),
        ("Who is Meilishuo, in one sentence?", "social shopping"),  # how long an answer, not a sentence asked
        ("The site Mogujie was copying, in a word?", "Pinterest"),
        (
            "Mogujie lost Alipay's support because of what, one line please.",
            "directly",
        ),  # the cause still asked
        ("We're in year 4. How should I explain who runs Alipay to nine-year-olds?", "finance arm"),
        ("Could you describe to my pupils what Alimama is?", "referral"),
        ("What year the two sites begin use WeChat Payment?", "2013"),  # a base verb after "begin"
        ("What were happened in 2011?", "founded"),  # a learner's passive "happen"
        ("so why's Alipay back?", "unknown"),  # being back is having resumed
    ],
)
def test_learners_wordings_of_a_plain_question(engine, question, expected):
    ans = engine.answer(question)
    assert ans.status == "answered" and expected in ans.answer, ans.answer


def test_a_check_with_its_is_left_out(engine):
    """ "this fact or only they say?": a learner's check without "is" reads as one."""
    conv = Conversation()
    engine.answer("alipay share of mobile payment market", conv)
    ans = engine.answer("this fact or only they say?", conv)
    assert ans.status == "answered" and "claim" in ans.answer, ans.answer


def test_a_slip_right_after_how_is_one_of_the_words_that_follow_it(engine):
    ans = engine.answer("how meny users does alipay wallet have")
    assert ans.status == "answered" and "190 million" in ans.answer, ans.answer


def test_a_rare_word_right_after_how_is_a_slip_of_one_that_follows_it(engine):
    """ "mutch" is in the English list (a rare Scots word), but no question says "how mutch"."""
    ans = engine.answer("how mutch of chinas mobile payments market is alipays")
    assert ans.status == "answered" and "80%" in ans.answer, ans.answer


def test_a_word_is_no_kin_of_a_longer_word_with_another_ending(engine):
    """ "respond" shares a start with "responsible", but its ending makes that another word."""
    reader = engine.engine(engine.stories()[0].id).index.reader
    assert "responsibl" not in reader.read("did mogujie respond").tokens
    assert reader.read("when relative to the announcement").words[1] == "compared"


def test_a_span_back_is_ago_and_an_emphatic_only_after_why_is_no_term(engine):
    reader = engine.engine(engine.stories()[0].id).index.reader
    assert (
        reader.read("alipay cut mogujie off two years back why only").tokens
        == reader.read("alipay cut mogujie off two years ago why").tokens
    )


def test_more_of_a_number_is_more_than_it(engine):
    reader = engine.engine(engine.stories()[0].id).index.reader
    assert (
        reader.read("mogujie had more of 2000 stores").values
        == reader.read("mogujie had more than 2000 stores").values
    )


def test_an_english_word_one_slip_away_beats_a_story_word_two_away(speller):
    assert speller.correct("sentance") == "sentence"  # not the story's "stance"


@pytest.mark.parametrize(
    ("typed", "meant"), [("akounts", "accounts"), ("akount", "account"), ("aktive", "active")]
)
def test_a_k_written_for_the_sound_of_c_is_that_word(speller, typed, meant):
    # "akounts" is one letter from "amounts", but a learner spelling by ear writes "k" for "c" or "cc"
    assert speller.correct(typed) == meant


def test_a_slip_right_after_a_figure_is_the_word_that_scales_it(engine):
    """ "procent" is as near "process" as "percent"; after "80" only the scale fits."""
    reader = engine.engine(engine.stories()[0].id).index.reader
    assert "percent" in reader.read("Alipay has 80 procent of the market").words
    assert "stores" in reader.read("mogujie has 2000 storse").words  # a unit's own slip is still mended
    ans = engine.answer("Is it right that Alipay has 80 procent of the mobile payment in China?")
    assert ans.answer.startswith("Yes"), ans.answer


@pytest.mark.parametrize(("typed", "meant"), [("actv", "active"), ("ppl", "people"), ("usrs", "users")])
def test_a_word_typed_without_its_vowels_is_the_story_word_with_its_consonants(engine, typed, meant):
    reader = engine.engine(engine.stories()[0].id).index.reader
    assert meant in reader.read(f"how many {typed} are there").words


def test_a_vowelless_word_matching_no_story_word_or_several_stays_unknown(engine):
    reader = engine.engine(engine.stories()[0].id).index.reader
    assert "xkcd" in reader.read("what is xkcd").unknown


@pytest.mark.parametrize(
    "question",
    ["What the heck is Alimama?", "what on earth is alimama", "What in the world is Alimama?"],
)
def test_a_question_word_stressed_by_a_phrase_asks_the_plain_question(engine, question):
    ans = engine.answer(question)
    assert ans.status == "answered" and "referral program" in ans.answer, ans.answer
