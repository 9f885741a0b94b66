"""Questions about the article's own paragraphs: by number or place, by topic, the first mention of a name,
and "which paragraph says that?" after an answer; the byline is no paragraph of the story."""

from __future__ import annotations

from bot.answers import Sentence
from bot.models import Conversation
from bot.paragraphs import asks_which_of_last, first_mention, story_paragraphs, whole_paragraph

STORY = [1, 2, 3, 4, 5, 6, 7, 8]


def _sentence(paragraph: int, text: str) -> Sentence:
    return Sentence(id=f"s:p{paragraph}", source="s", paragraph=paragraph, index=1, start=0, end=len(text),
                    byte_start=0, byte_end=len(text), raw=text, text=text)  # fmt: skip


def test_places_are_read_by_number_word_ordinal_and_from_the_end():
    assert whole_paragraph("What does paragraph 3 say?", STORY) == 3
    assert whole_paragraph("what's paragraph four about", STORY) == 4
    assert whole_paragraph("What does the fifth paragraph tell us?", STORY) == 5
    assert whole_paragraph("Summarise the closing paragraph please", STORY) == 8
    assert whole_paragraph("What does the paragraph before last say?", STORY) == 7
    assert whole_paragraph("What is the opening paragraph of the story about?", STORY) == 1


def test_a_paragraph_the_story_lacks_or_a_question_asking_more_is_not_a_whole_paragraph():
    assert whole_paragraph("What does the 12th paragraph say?", STORY) is None
    assert whole_paragraph("Which figures does the last paragraph give about Mogujie?", STORY) is None


def test_a_paragraph_named_by_its_topic_gives_the_topic():
    assert (
        whole_paragraph("What does the paragraph about the technical fee say?", STORY) == "the technical fee"
    )


def test_the_byline_at_the_end_is_not_the_last_paragraph():
    sentences = [
        _sentence(1, "Alipay is back."),
        _sentence(2, "Mogujie has users."),
        _sentence(3, "Jo Bloggs is a writer."),
    ]
    assert story_paragraphs(sentences, ["jo bloggs"]) == [1, 2]


def test_first_mentions_and_pointers_back_are_recognised():
    assert first_mention("Which paragraph first names QQ Tech?") == "QQ Tech"
    assert first_mention("where is Alimama first mentioned?") == "Alimama"
    assert first_mention("where does the story mention Alimama?") is None  # every place, not the first
    assert asks_which_of_last("and which paragraph is that in?")
    assert not asks_which_of_last("which paragraph mentions the fee?")


def test_a_whole_paragraph_is_quoted_with_every_sentence_cited(engine):
    ans = engine.answer("what does the fifth paragraph say?")
    assert ans.status == "answered" and ans.answer.startswith("Paragraph 5 says:")
    assert "2000 stores" in ans.answer and "1000 stores" in ans.answer
    assert [c.paragraph for c in ans.citations] == [5, 5]


def test_the_last_paragraph_is_the_storys_own_not_the_byline(engine):
    ans = engine.answer("What is the final paragraph about?")
    assert "85 million" in ans.answer and {c.paragraph for c in ans.citations} == {8}


def test_the_paragraph_about_a_topic_is_the_one_whose_sentence_covers_it(engine):
    ans = engine.answer("What does the paragraph about the technical fee say?")
    assert ans.answer.startswith("Paragraph 3 says:")


def test_the_first_mention_of_a_name_is_quoted(engine):
    ans = engine.answer("which paragraph first names QQ Tech?")
    assert ans.answer.startswith("QQ Tech is first mentioned in paragraph 5")


def test_which_paragraph_says_that_points_at_the_last_answers_sentences(engine):
    conversation = Conversation()
    engine.answer("When was Mogujie founded?", conversation)
    ans = engine.answer("which paragraph is that in?", conversation)
    assert ans.answer.startswith("In paragraph 2:") and "Founded in 2011" in ans.answer


def test_why_the_writer_mentions_a_name_quotes_where_it_is_mentioned(engine):
    ans = engine.answer("Why does the author bring up Alimama?")
    assert ans.kind == "locate" and "Alimama, Alibaba's referral program" in ans.answer
