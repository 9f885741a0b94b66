"""Engine settings in one place; change them only with the calibration table from `bot eval` in view."""

from decimal import Decimal

DECLINE_THRESHOLD = 0.55
"""Answers scoring below this are declined. Chosen from `bot eval tests/dev/cases.jsonl`'s calibration table."""

CLARIFY_MARGIN = 0.03
"""When the two best records are this close and say different things, ask back instead of answering."""

CLARIFY_MARGIN_UNNAMED = 0.10
"""The wider margin when the question names nothing and the two records are about different things
("How many stores?": Mogujie's or Meilishuo's)."""

SENTENCE_THRESHOLD = 0.95
"""An uncurated article sentence is offered only when it explains this much of the question."""

MAX_LOCATED = 3
""""Where does the story say ...?" is answered with at most this many of the cited sentences."""

MAX_QUESTION_CHARS = 2000
"""Longer questions are cut here before matching: no curated question is anywhere near this long."""

MAX_CLAUSES = 6
"""A rambling message is tried clause by clause only up to this many clauses: each try is a whole ranking."""

MAX_BARE_GUESS_CHARS = 30
"""A follow-up this short made only of a value ("so like 5 years?") is a guess at the last answer's value."""

MAX_CONVERT_WORDS = 12
"""A follow-up this short asking for the last figure "as a fraction" or "as a percentage" asks only that."""

CLAUSE_CONFIDENCE = 0.9
"""The question in one clause of a rambling message is answered alone only when it matches this well: the words
around it are set aside unread, so only a plain match is safe."""

CONTEXT_BONUS = 0.08
"""A follow-up naming nothing gains this for a record about the last turn's entities (and again if related)."""

WHOLE_FIT_MARGIN = 0.04
"""How far below the best a record explaining every word of the question (and covering as much of its weight)
may score and still go first, when the best leaves a word unexplained ("mogujie traffic to its stores after 5 months": the traffic record, not the
store count)."""

CHANGE_BONUS = 0.1
"""A record curated as a change, asked a change ("from referral commissions to what?") and explaining as much of the
question as any (nearly), scores this above the best, clear of it: it tells both sides where the others tell one."""

CHANGE_COVERAGE_SLACK = 0.1
"""How much less of the question's weight such a record may explain than the best and still go first."""

BESIDE_MOMENT_MIN = 0.1
"""A record must explain something of what a question asks beyond its names and its moment: "Mogujie's
revenue in 2013" is not answered by a record of what happened in 2013."""

PREDICATE_MIN = 0.33
"""A record must explain at least this share of what the question asks beyond the names it mentions:
"Who runs WeChat Payment?" is not answered by a record about WeChat Payment that says nothing of running it."""

FIGURE_PREDICATE_MIN = 0.5
"""A how-many or how-much question is answered only by a record explaining this share of what it asks beyond
its names: the figure must be of the thing counted ("people who work at Mogujie" are not its users)."""

OFF_SUBJECT_FACTOR = 0.85
"""Score factor for a record whose main entity (its first) is not among those the question names."""

UNKNOWN_WORD_FACTOR = 0.7
"""Each question word the knowledge base never uses costs this factor: it names something the story lacks."""

CONTEXT_WEIGHT = 0.5
"""How much a question word found only elsewhere in a record's cited sentence counts towards coverage."""

SPELLING_CACHE = 10_000
"""Corrections remembered per engine: enough for any class's vocabulary, bounded for endless input."""

SPELLING_RARE_ZIPF = 3.6
"""A listed English word rarer than this (Zipf scale: 3 is once per million words) may still be a slip of a
far commoner word ("teh", "hw", "wat")."""

SPELLING_DOMINANCE = 2.0
"""...when the commoner word is at least this much more frequent (2.0 = a hundred times)."""

SPELLING_DOMINANCE_KNOWN = 1.0
"""...or ten times more frequent when the knowledge base uses it ("mobil" is "mobile")."""

SPELLING_COMMON_ZIPF = 3.3
"""An unknown word is only corrected to an English word at least this common: rare words are poor guesses."""

SOUND_SWAPS_MAX = 5
"""Letters of a word spelt by ear that may be swapped for their sound-alikes (2 ** 5 readings at most)."""

SPLIT_MIN_LENGTH = 6
"""Shorter run-together words ("isit") are too often a slip of one word to be split."""

SPLIT_GLUE_ZIPF = 6.0
"""One half of a split run-together word must be this common ("this", "how", "was") or a name of the story:
two everyday halves ("union|pay") are more likely a name typed as one word."""

SPLIT_HALF_ZIPF = 5.0
"""Each half of a split run-together word must be this common in English ("whats|this", "when|was"), unless the
story uses it: rarer halves ("whe|reas") make a word of their own more likely."""

SPELLING_AUX_MAX_ZIPF = 5.0
"""Where an auxiliary belongs, a word one slip from one is read as it unless the word is itself this common
("dose" is "does"; "as" stays "as")."""

ANALYSIS_CACHE = 512
"""Recent question readings kept: the conversation re-reads its last turn, the chat re-asks suggestions."""

SHORTLIST = 12
"""Candidates given the costly string-similarity score; the rest keep their set-overlap score."""

OVERVIEW_WHOLE_COVERAGE = 0.99
"""A party's history is told only when no one record explains every word of the question: then that record is
the answer ("Alibaba's problem with social shopping sites" is the record of its unhappiness)."""

UNKNOWN_WORD_COVERAGE = 0.4
"""A question with a word the knowledge base never uses is declined as "not sure what you mean" (not "the
story doesn't say") when the nearest record still explains this share of it: the unknown word is then more
often a paraphrase ("lucrative") than a thing the story lacks ("CEO"). From the decline table over the test sets:
at 0.4 about half the answerable questions declined this way and a twelfth of the unanswerable ones."""

VAGUE_AMOUNT_SCORE = 0.6
"""A share asked of a group ("what proportion of retailers ...?") is answered with the story's words of amount
("the majority") by the record about the rest of the question when it scores this much: above the decline
threshold, since no figure of its own vouches for it."""

SWAPPED_PARTY_FACTOR = 1.2
"""A yes/no question that fits nothing as asked is told "the story says it of another" only when swapping one name
for another of its kind makes it fit this far above the decline threshold: a clear fit, not a near one."""

CLARIFY_FLOOR = 0.45
"""A question whose words are all understood but whose best match scores between this and the decline
threshold is probably a paraphrase the bot missed: it asks "Did you mean ...?" rather than claiming the
story lacks it."""

CHECK_SCORE_FACTOR = 0.85
"""A claim check compares against the record about the rest of the question; with the value taken out the
question says less, so the bar is this share of the decline threshold."""
PROPOSITION_SHARE_MIN = 0.6
"""A curated yes/no record settles a question only if the question names this share of its own question's
terms: otherwise it is about another proposition ("linked to the open strategy")."""
PLACE_CHECK_SCORE_FACTOR = 0.5
"""A place put to a named party ("is mogujie from japan?") is checked against the record giving that party's
place, which "is mogujie from" matches only loosely: the name and the kind of value already pin it down."""

PROPOSAL_COVERAGE = 0.5
"""A proposed answer naming nothing the story's answer does not is fair when the story's answer (or its
quotes) shares this much of its wording: students paraphrase, so half will do."""

FRAMED_CHECK_COVERAGE = 0.7
"""The same for a statement put up for checking ("Is it true that ...", "Can I argue that ..."): the reader
restates the story in their own words, so fewer of them are the record's."""

YESNO_RECORD_PREDICATE = 0.5
"""A curated yes/no answer settles a yes/no question only when it explains this share of what the question asks
beyond its names; less, and the question asks something else of the same topic ("did Alibaba comment on ...")."""

ROLE_REACH = 2
"""How many words either side of a name count as what it does: "Alipay stopped supporting Mogujie" ties
"stopped" to Alipay and "supporting" to both, not to "WeChat Payment" further on."""

BOUND_STRETCH = Decimal("1.5")
"""A stated figure within this factor beyond the story's bound ("2100" against "more than 2000") is not
settled by it; further beyond ("5000"), it is refuted: the writer would have given the larger figure."""
ABOUT_MARGIN = Decimal("0.1")
"""How far a figure said to be "about" so may be from the story's and still hold ("about 200 million" of 190
million), as a reader rounding it would."""

CHECK_COVERAGE = 0.85
"""A yes/no question without a value gets a "Yes" from a non-yes/no record only when the record explains
this much of it (coverage and predicate): otherwise the record may be about something near it."""

COMPARE_MIN_FIT = 0.5
"""A side of a comparison must share at least this (IDF-weighted) share of its terms with a figure's record."""

SOURCING_SCORE_FACTOR = 0.6
"""Who-says-so questions carry few content words once the sourcing words are out; the bar is this share."""

NAME_MAX_ZIPF = 5.0
"""An unknown lower-case word as common as this in English ("deal", 5.3) is no name put in place of the story's
name; a rarer one ("apple", 4.8; "tencent", 2.8) may be. Words written with a capital always may be."""

EVERYDAY_MIN_ZIPF = 4.0
"""An unknown lower-case word this common ("combined", 4.7) names no party in "the share left for everyone else
combined"; a rarer one ("tencent", 2.8) may, and then the rest is not what is asked."""

NAME_SOUND_SIMILARITY = 0.8
"""Words of a syllable or two read as a name when their sound key is this close to the name's ("mo goo jay" is
Mogujie at 0.83); longer words must sound exactly like it ("ally pay"), or "apple pay" would be Alipay."""

KIN_MIN_PREFIX = 6
"""A word the knowledge base lacks is read as a knowledge-base word sharing at least this long a start..."""

KIN_SHARE = 0.7
"""...and at least this share of the word's letters ("originate" is "original"; "foundation" is not "founded")."""

KIN_MAX_ENDING = 4
"""...when the knowledge-base word goes on past the shared start by at most this many letters ("respond" is not
"responsible", whose longer ending makes it another word)."""

OPPOSITE_COVERAGE = 0.6
"""A feeling asserted ("did Alibaba like ...?") that the record denies ("didn't seem happy") is refuted when the
record explains this much of the question: the feeling is the claim, the rest says what it was about."""

CAUSE_UNRELATED = 0.15
"""A stated cause of which the record saying why explains at most this share is another reason than the story's."""

CAUSE_EXPLAINED = 0.6
"""A cause stated in a yes/no claim ("... because X") is the story's when the record saying why explains this
share of its words."""

CHECK_PREDICATE = 0.6
"""A name checked as a claim's value ("Did they adopt WeChat Payment?") needs a record explaining this much of
the rest, or "Did Mogujie drop WeChat Payment?" would be checked against the adoption."""

STATEMENT_QUESTION_WORDS = 5
"""A statement ending in "?" ("So both of them used it?") is a yes/no question from this many words on;
shorter ones ("alipay wallet users?") are keyword queries."""
ALIAS_TYPO_MIN = 5
"""Shortest second word of a name ("wallet") that a one-letter slip after its first word ("alipay waller") is read
as; shorter words are too often other words."""

CURATED_SCORE = 0.9
"""A question matching a curated record this well is answered by it, even when it is shaped like a
comparison, a sourcing or an overview question: the curator wrote that answer for it."""

TYPE_STRETCH_FACTOR = 0.9
"""Score factor for a plain what-question answered by a date or a figure record: a record of its own type
wins a tie ("What did it start out as?" is not "What year did it start?", which stopwords make look alike)."""

EXPLAINS_ALL = 0.95
"""Of two close records, one explaining this much of the question (coverage and predicate) is preferred to
one that leaves words unexplained, instead of asking back."""

CANDIDATES = 20
"""Records kept as candidates per question, best set-overlap first: enough for eligibility to find the
right one, and work no longer grows with every record that shares a common word."""

THESAURUS_READER_SENSES = 1
"""A reader's word is matched by its commonest WordNet sense per part of speech: rarer senses are rarely what
a reader means ("gain" is not "acquire"); two senses gained one test case and lost another."""

THESAURUS_KNOWN_SENSES = 1
"""A knowledge-base word offers only its commonest sense: its other senses are rarely the story's ("account" is a
user account here, not a chronicle)."""

CHECK_EXACT_FACTOR = 0.6
"""A check whose stated figure is exactly the one a record gives (same value, same unit) needs only this share
of the decline threshold: the figure itself is strong evidence ("a quarter of the traffic flowing to the
in-house merchant stores")."""

STORIES_PER_QUESTION = 3
"""A question naming no single story is tried in at most this many (those its names or words point to)."""

STORIES_IN_MEMORY = 16
"""Story engines kept loaded at once in a library; the least recently used beyond this are let go."""

STORIES_LISTED = 5
"""Lists for completion and starters draw on this many stories: a large library's lists come from a few."""

STORY_TIE = 0.02
"""Two stories whose answers to a question naming neither are this close in confidence: ask which story."""

PAIR_PRONOUN_SCORE = 0.6
PAIR_PRONOUN_MARGIN = 0.2
"""A first question's "they" with no name is the parties of a record of several only when its own words pick
that record out this well, and this far ahead of the next ("how do they make money after the marketplace")."""
PRONOUN_SUBJECT_WORDS = 4
"""A pronoun among a question's first words with nothing to refer to is asked back ("When was it founded?");
one later on usually refers to a noun phrase of the question itself ("... the two sites ... they're ...")."""

ANOTHER_PARTY_REACH = 5
"""How far down the ranking a record about another party is looked for ("When was Meilishuo founded?")."""
ANOTHER_PARTY_MARGIN = 0.15
"""How much more of its wording the other party's record must share than the best record about the name."""
CHAT_CHECK_CHARS = 80
"""Messages up to this long are also read for chat ("hi hw r u") with their typos fixed; longer ones are questions."""
ORDER_SIDE_FACTOR = 0.8
"""A side of "before or after" is read as a record scoring at least this share of the answer threshold (a side is
a fragment, "the cut-off", so it scores lower than a question would)."""
LACKING_YIELD = 0.1
"""A wh-question whose best record is a yes/no the story does not settle ("Did Alibaba acquire Mogujie?") is
answered instead by a record this close behind that says something on it (the acquisition rumour)."""

GLOSS_MIN_ZIPF = 3.5
"""How common (Zipf frequency) a word must be to explain another in a gloss: an everyday word, one a
school student knows, not a rarer synonym ("kickback" for "commissions")."""

PARAGRAPH_TOPIC_MIN = 0.5
"""Share of a topic's words ("the paragraph about the stores") a sentence must hold for its paragraph to be
the one meant."""
PARAGRAPH_TOPIC_TIE = 0.05
"""Sentences of other paragraphs scoring within this of the best one make the topic ambiguous: no guess."""

EVERY_WORD = 1.0 - 1e-9
"""The predicate of a record explaining every word of the question: 1, less a margin for float sums of word
weights (0.9999999999999999 explains every word as much as 1.0 does)."""

CHECK_EXACT_MARGIN = 0.1
"""A record stating the very name put to the check is preferred to one stating another name when it scores
within this of it: the closer wording of the other is no reason to say "No"."""

WORD_FOR_MIN = 0.34
"""Share of a meaning's terms ("payments earned for sending customers to another site") the article's phrase must
explain to be given as its word for it: one term of five is a guess."""

ENGLISH_ZIPF = 3.0
"""An unknown word less common than this in English is likely another language's: a question before the last one
with such a word is that question in the reader's language, and the last, in English, may be answered alone."""

FOREIGN_WORDS_BESIDE_NAMES = 4
"""Words besides the story's names a sentence needs before its other words alone say its language ("Wie viele Nutzer
hat Alipay Wallet?"): fewer, and a typo or two beside a name ("alipay walet users") would read as another language."""

FOREIGN_SHARE = 0.5
"""Share of a sentence's words that, neither the story's nor common English, make it another language's, left out
beside the English ("Wie schreef dit artikel? Who wrote this?"): half, as a name or two may stand among them."""

INVERSE_MARGIN = 0.25
"""A who-question naming a record's answer ("Who gets the referral revenues from Alimama?") asks that record's other
side when the record outranks the best record asking who by this much: a wide lead, since a near one is a who-record
worded a little further off."""

KIN_CHECK_SCORE_FACTOR = 0.6
"""A name the story never uses that shares a word with one it does ("Apple Pay", "WeChat Payment") is checked
against the record giving that one when it scores this share of the threshold: the shared word says which record
is meant, so the rest of the wording may match it loosely."""

KIN_STEM_LETTERS = 3
"""The fewest letters a word must share with the start of another to be of its family ("pay", "payment"): fewer
and "in" would be kin of "investor"."""

DESCRIBING_WORDS = 4
"""The most words a description before a name runs to ("the two big shopping bazaars Taobao and Tmall"): more is a
clause about the name, not a description of it."""

STACKED_TAGS = 2
"""How many tags before a question's closing one are set aside as framing too ("..., thats right yeah")."""

AFTER_HOW_RARE_ZIPF = 3.0
"""A word right after "how" rarer than this (Zipf frequency; "mutch" is 2.2, "moch" unlisted) is read as a slip of
one of the few words that follow "how" when it is one edit from one of them; commoner words are left alone."""

SAME_AS_THAT_WITHIN = 4
"""How far into a question "did the same (thing)" may come and still be read as "did that": in "did any other site
do the same?" it is the question; later ("what does Mogujie do and who else does the same thing") it is a second
question the message tacks on, which a pointer back would answer with the first."""

KEYWORD_QUERY_WORDS = 6
"""The most words a keyword query ("mogujie founding year business model") has; a longer one without a wh-word is
a statement, whose type is no guess from a noun."""

EVERYDAY_ZIPF = 5.0
"""A question word the story never uses keeps its whole weight up to this Zipf frequency ("revenue", 4.6): rarer
words more likely name what the story lacks ("regulator", 3.6)."""

EVERYDAY_TOP_ZIPF = 6.5
"""Above `EVERYDAY_ZIPF` such a word weighs less the commoner it is, down to `EVERYDAY_WEIGHT_FLOOR` of its weight
at this frequency: "together" (5.5) or "away" (5.6) qualifies what is asked more than it names a missing thing."""

EVERYDAY_WEIGHT_FLOOR = 0.5
"""The least share of its weight an everyday word the story never uses keeps (set against the blind sets: 0.35
fixed more cases and broke more declines)."""

QUOTE_FOUND_RATIO = 85
"""How closely words a question quotes without naming anything ("who said 'resume supporting'") must match some
stretch of an article sentence (rapidfuzz partial ratio) to count as the story's words, typos and all."""
