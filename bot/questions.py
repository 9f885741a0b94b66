"""What a question asks for (who, when, how many...) and whether it is a question at all."""

from __future__ import annotations

import re
from collections.abc import Container

from . import settings
from .answers import QuestionType
from .numbers import parse_number
from .patterns import Gated, Lazy

_BECAUSE_WHAT = r"\bbecause (of )?(\w+ ){0,4}what(\W*$|\s*[,;:\u2013\u2014-]+[^?]*$)"
"""A cause asked in its own place ("Meilishuo adopted WeChat because it did what?", "... because of what?"): a why question."""

_CAUSE_ASKED = Lazy(_BECAUSE_WHAT, re.IGNORECASE)
"""The same, searched in a whole message."""

# Ordered: the first pattern that matches the folded question decides its type.
_TYPE_PATTERNS: list[tuple[str, QuestionType]] = [
    (r"\bhow (much|many)\b(?=.*\bcompar)", "how"),  # "how much ... compared with" asks for a comparison
    (
        r"\bhow (many|big|large)\b|\bnumber of\b|\bhow much (traffic|stores?|users?)\b|\bcount of\b"
        r"|\b(what|which)( (is|was|are|were|s))?( (the|its|their))?( \w+)? (stores?|users?|accounts?|shops?)"
        r" (count|number|total|tally)\b"
        r"|\b(what|which) (is|was|s) (the|its|their) (current |latest |present |exact |actual |total )?(number|count"
        r"|total)\b(?! (one|two)\b)",  # "What is the current number?" asks a figure, not what the name is
        "how_many",
    ),
    (
        r"\bhow much\b|\bwhat (percent|percentage|share|portion|proportion|fraction|part(?! of (the |that |this )?year)"
        # ("what part of Alibaba does Alipay belong to?": a part of a party, which one)
        r"(?! of \w+ (does|did|do|is|was|are|were|runs|run|operates|owns)\b| of \w+\W*$))\b"
        r"|\bwhich (percent|percentage|share)\b"
        # "what cut do they pay, percentage wise?": the closing "X-wise" names the measure the what-question asks
        r"|^(what|which)\b(?=.*\b(percentage|percent)([- ]?wise)?\W*$)",
        "how_much",
    ),
    (
        r"\b(what|which)(?! (kind|kinds|sort|sorts|type|types) of\b)(?! (entity|entities|company|companies|firm|firms"
        r"|party|parties|organi[sz]ations?|programs?|programmes?|sites?|business|businesses|outlets?|one|ones)\b)"
        # ("which entity pays referral revenues?": a party asked, who pays)
        r"( \w+){0,3} (rate|price|cost|amount|sum|salary|valuation"
        r"|figure|percentage|percent|proportion|ratio|size|share|portion"
        r"|(revenues?|income|earnings|profits?|sales|turnover)(?! (from|source|sources|stream|streams|model|come|came|comes)\b))\b",
        "how_much",
    ),
    (
        r"\bwhen\b|\b(what|which) (exact |calendar |specific )*(year|month|date|time|day|moment|period|point in time)\b|\bat what point\b|\bhow (long|soon)\b|\bsince when\b|\bin what year\b"
        r"|\bhow old (is|was) (?!(the|a|an|his|her|their|its|this|that|he|she)\b)"  # "how old is Mogujie?": its start
        r"|\b(what|which) (is|was) (the|its|their) (\w+ )?(date|year|month|day)\b"
        r"|\b(what|which) (part|half|stage|season) of (the |that |this )?year\b"  # "in which part of the year?"
        r"|\b(what|which) (is|was|s) the timing\b",  # "What's the timing on ...?"
        "when",
    ),
    (r"\b(year|date)$", "when"),
    (
        r"^(?!(why|is|was|are|were|do|does|did|has|have|had)\b).*\b(reason|reasons|the reason why|explanations?"
        r"|theory|theories|motives?|purposes?)( (mentioned|given|offered|suggested|put forward|proposed|named))?$",
        "why",
    ),
    (
        r"\bwhy\b|\bhow come\b|\b(what|which) (is|was) the reason\b|\b(what|which)( \w+){0,3} (reasons?|explanations?|motives?"
        r"|motivations?|causes?|theory|theories|hypothes[ie]s)\b|\bfor what (reason|purpose)\b|\bto what (end|purpose)\b|\b(under|in) what (circumstances|conditions|situation)\b|\bwhat (caused|prompted|led)\b"
        r"|\bwhat ((might|could|would|may|can|does|did|do) )?(explain|explains|explained|accounts? for)\b"
        r"|\bwhat(s| is| was) (even )?the (point|purpose|idea) (of|behind|in)\b"
        r"|\bwhat(s| is| was| were) (even )?the (\w+ )?(thinking|logic|rationale|reasoning) behind\b"
        r"|\bwhat made\b(?! (\w+ ){1,2}(at|in|on|back|during|from|by|before|after|initially|originally|first)\b)"
        rf"|{_BECAUSE_WHAT}",
        "why",
    ),
    (r"\b(who or what|what or who)\b", "what"),  # "Who or what is Meilishuo?" asks what it is
    (r"\bwhom?\b|\bwhich (person|people|writer|author|journalist|reporter)\b", "who"),
    (r"\bwhere\b|\b(what|which) (country|city|place|region)\b", "where"),
    (
        r"\bhow (did|does|do|is|was|were|are|can|could|will|has|have|had|would|should|might)\b|\bin what way\b|\bby what means\b|\bhow$|\bhow(?= ?,)"
        r"|(?<=\w )how (in|at|during|back|initially|originally|first|exactly|then|before|after)\b"
        r"|\b(explain|describe|tell me|of|understand|through|show me|know) how\b"
        # a learner's "how they make ...?" (not "how" inside a yes/no question: "Did it change how it earns?")
        r"|^(?!(is|are|was|were|do|does|did|has|have|had|can|could|will|would)\b).*\bhow (they|it|he|she|we|you)"
        r" (?!(is|are|was|were|do|does|did)\b)\w+"
        # and of a name ("and how Mogujie make money at first?"): a word after "how" that no auxiliary follows
        r"|^((and|so|but|then|ok|okay) )?how (?!(many|much|long|often|far|old|big|come|about|so|to|soon|late|early"
        r"|exactly|well|large|small|true|sure|important|likely|reliable|a|an)\b)\w+ (?!(is|are|was|were|do|does|did|has"
        r"|have|had|can|could|will|would|many|much)\b)\w+ \w+"
        # an embedded "how Alibaba felt about ...", left after "what can we infer about"
        r"|^how (?!(many|much|long|often|far|old|big|come|about|so|to|soon|late|early)\b)\w+"
        r" (?!(is|are|was|were|do|does|did|has|have|had|many|much|long|the|a|an|of|and|to)\b)\w+(ed|elt|ought|ade|ew)\b"
        # a learner's statement order with a progressive ("How Mogujie is earning money when it start?")
        r"|^((and|so|but|then|ok|okay) )?how (?!(many|much|long|often|far|old|big|come|about)\b)\w+( \w+)?"
        r" (is|are|was|were) \w+ing\b",
        "how",
    ),
    (r"\b(what|which|whose)\b|^(the )?name of\b|\b(called|named)$", "what"),  # "name of its app?" asks a name
]
# Used only when no wh-phrase is found: "Could you explain why..." asks why, not yes or no.
_FALLBACKS: list[tuple[str, QuestionType]] = [
    (
        r"\b(tell me|explain|describe|define|summari[sz]e|resume(?= (the|this|that) (news|story|article|text|piece"
        r"|notice)\b))\b",
        "what",
    ),
    (
        r"^((so|and|but|then|ok|okay|well|wait|also) )?(is|are|was|were|do|does|did|has|have|had|can|could|will|would"
        r"|should)\b",
        "yesno",
    ),
    # Keyword queries ("taobao users", "meilishuo store count") ask for what their head noun measures.
    # (a noun after a preposition is no count asked: "... let retailers sell to users directly")
    # (a share named first is what is asked: "percentage of accounts that are active")
    (r"^(\w+ ){0,2}(share|percentage|percent|proportion|fraction)\b", "how_much"),
    (
        r"(?<!\bto )(?<!\bfor )(?<!\bwith )(?<!\bby )(?<!\bfrom )(?<!\bto its )(?<!\bto the )(?<!\bto their )"
        r"\b(users?|stores?|shops?|accounts?|count|number|figures?)\b",
        "how_many",
    ),
    (r"\b(share|percentage|percent|profits?|valuation|worth|price|cost|amount|sum|size)\b", "how_much"),
    (r"\b(year|date)\b", "when"),
]
_ANY_TYPE = Lazy("|".join(f"(?P<t{i}>{p})" for i, (p, _) in enumerate(_TYPE_PATTERNS)))
"""All type patterns in one: at the leftmost match the first alternative wins, which is the same as trying
each pattern and keeping the earliest (then first-listed) match, in one search instead of eleven."""
_TYPE_OF = {f"t{i}": t for i, (_, t) in enumerate(_TYPE_PATTERNS)}
_ASKS_WHY = Lazy(
    "|".join(p for p, t in _TYPE_PATTERNS if t == "why") + r"|\bexplain|\breasons?\b|\bmotives?\b"
)


def asks_reason(joined: str) -> bool:
    """True when a question asks for a reason anywhere in it ("Did Alipay explain why ...?", "any reason?")."""
    return _ASKS_WHY.search(joined) is not None


_FALLBACK_COMPILED = [(Lazy(p), t) for p, t in _FALLBACKS]

# Which record types may answer a question of each type; None (a bare keyword query) fits all.
COMPATIBLE: dict[QuestionType, set[QuestionType]] = {
    "who": {"who"},
    "when": {"when"},
    "where": {"where"},
    "how_many": {"how_many", "how_much"},
    "how_much": {"how_much", "how_many"},
    "why": {"why"},
    "how": {"how", "why", "what", "yesno"},
    "what": {"what", "who", "where", "when", "how_many", "how_much", "how", "why", "yesno"},
    "yesno": {"yesno", "what", "how", "why", "who", "when", "where", "how_many", "how_much"},
}
# Short-answer kinds that let a record of another type answer who/when/where/how-many questions.
KIND_FITS: dict[QuestionType, set[str]] = {
    "who": {"person", "company", "organisation"},
    "when": {"year", "date", "duration"},
    "where": {"place"},
    "how_many": {"count", "percent"},
    "how_much": {"percent", "count", "money"},
}

_HELLOS = "hola|bonjour|ciao|hallo|salut|ola|namaste|merhaba|privet|ni hao"
"""Hellos in other languages a learner may open with."""
_GREETING = Lazy(
    rf"^((hi|hello|hey|hiya|howdy|yo|good (morning|afternoon|evening)|greetings|{_HELLOS})( there| bot| again)?"
    rf"|(hi|hello|hey|hiya|yo|good (morning|afternoon|evening)|{_HELLOS}) (there |bot )?)?"
    r"((how are you|how are you doing|how is it going|hows it going|how r u|how are things|whats up|sup|nice to meet you)"
    r"( today| doing| bot)?)?$"
)
"""Hellos and small talk ("hello, how are you today?"): nothing about the story is asked."""
_HELP = Lazy(
    r"^(help|\?|menu|what can (you|i) (do|ask)( you)?|what do you know|what can you tell me|how does this work|commands)$"
)
_ABOUT_BOT = Lazy(
    r"\b(who|what) (are|r) (you|u)( exactly| really| then)?$|\b(are|r) (you|u) (a|an|the|real|human|alive|ai|chatgpt|gpt"
    r"|sentient|smart|a real)\b"
    r"|\byour (name|model|creator|maker|makers|owner|purpose|age|training|developer|developers)\b"
    r"|\b(built|made|created|programmed|trained|designed|developed|coded|wrote|invented|owns) (you|u)( exactly| then)?$"
    r"|\bwhat model\b.*\b(you|u)\b|\bhow (old|smart) are (you|u)\b|^what do (you|u) think$|\byour (own )?opinion$"
)
"""A question about the bot itself ("What model are you, and who built you?"): not about the story."""
_FAREWELL = Lazy(r"^(quit|exit|bye|goodbye|good bye|see you|see ya|cya|q)$")
_THANKS = Lazy(r"^(thanks|thank you|thank you very much|thx|ty|cheers|great|ok|okay|cool|nice)( bot)?$")


NUMERIC_KINDS = {"count", "percent", "money"}
"""Short-answer kinds that can answer how-many and how-much questions."""

_EXACT_DATE = Lazy(
    r"\b(what|which) (exact |calendar |specific )*(month|day|date)\b|\bexact(ly)? (date|day|time)\b"
    r"|\bon what day\b|\bcalendar date\b|\b(actual|precise|specific|real|full) (date|day)\b|\bis there a date\b"
)


_CALENDAR = Lazy(
    r"\b(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sept?(ember)?|oct(ober)?"
    r"|nov(ember)?|dec(ember)?)\b|\b\d{4}-\d\d",
    re.I,
)
"""Month names and ISO dates ("marketplace" is no March)."""


def gives_exact_date(answer: str | None) -> bool:
    """True when a short answer names a month or a calendar day, not just a year or "yesterday"."""
    return bool(answer and _CALENDAR.search(answer))


def opens_with_scene(folded: str) -> bool:
    """True when a question opens with a clause setting the scene ("When Mogujie had 2000 stores, ...")."""
    return bool(_SCENE_CLAUSE.match(folded))


def asks_exact_date(folded: str) -> bool:
    """True when a question wants a day or month, which a year or "a year ago" does not give."""
    return bool(_EXACT_DATE.search(folded))


def question_type(folded: str) -> QuestionType | None:
    """The type of a folded question, or None for a bare keyword query: the earliest question phrase decides."""
    # "When Mogujie was a referral site, which program paid it?": a leading clause sets the scene; the
    # question phrase after it types the question
    about = _SAID_ABOUT_WH.search(folded) if "about" in folded else None
    if about:
        # "What does the article say about why Alipay came back?": the wh-word after "about" types it
        return question_type(folded[about.start("wh" if about.group("wh") else "wh2") :])
    clause = _SCENE_CLAUSE.match(folded)
    match = _ANY_TYPE.search(folded, clause.end()) if clause else None
    match = match or _ANY_TYPE.search(folded)
    if match:
        if match.start() > 0 and _AUX_OPENING.match(folded) and not _EMBEDDED.match(folded):
            # "Is Tencent the company who operates Alipay?": an auxiliary opens a yes/no question and the
            # wh-word only starts a relative clause inside it
            return "yesno"
        return next(_TYPE_OF[name] for name, found in match.groupdict().items() if found is not None)
    after = _WH_AFTER_SCENE.search(folded, clause.end()) if clause else None
    if after:
        # "after they have own marketplace how the two site make money": a learner's question after the scene,
        # typed as it would be typed alone
        return question_type(folded[after.start() :])
    return next((qtype for pattern, qtype in _FALLBACK_COMPILED if pattern.search(folded)), None)


_WH_AFTER_SCENE = Lazy(r"\b(how|what|which|who|when|where|why)\b")
"""The first wh-word after a leading scene clause, where a question typed without its auxiliary begins."""


_SAID_ABOUT_WH = Lazy(
    r"^(what|how much) (do|does|did|can|could) (the|this) (article|story|piece|text|report|writer|author) (\w+ )?"
    r"(say|says|tell|tells|report|reports|write|writes|reveal|explain) (us )?about (?P<wh>why|when|where|who|how)\b"
    r"|^what (are|were|do|did) (people|they|others|folks|experts|analysts|observers) (\w+ )?(saying|say|said"
    r"|thinking|think|guessing|guess|speculating|speculate|suggesting|suggest) about (?P<wh2>why)\b"
)
"""What the story says about a wh-clause: the clause's wh-word is what is asked."""
_SCENE_CLAUSE = Lazy(
    r"^((?!(what|whats|how|who|whom|whose|which|why|where|is|are|was|were|do|does|did|can|could)\b)\w+ ){0,2}"
    r"(when|after|before|once|while|since|if|as soon as) (?!(is|are|was|were|do|does|did|has|have|had|can"
    r"|could|will|would|should|exactly|precisely|roughly|about|approximately)\b)\w+"
)
"""A leading "when/after/once ..." clause that is no question itself ("When Mogujie was ...", not "When
was ..."), perhaps after the name it is about ("Mogujie, when it started, how ..."): only its first word after
the conjunction is skipped, so a question phrase later decides."""
_AUX_OPENING = Lazy(
    r"^((so|and|but|ok|okay|wait) )?(is|are|was|were|do|does|did|has|have|had|can|could|will|would|should)\b"
)
_EMBEDDED = Lazy(
    r"^(do|does|did|can|could|would|will) (you|we|they|i|the \w+) (actually |really |even |still |ever )?(know|tell"
    r"|say|explain|mention|remember|find out"
    r"|see|show|give|walk|help|describe|summari[sz]e|sum|talk|go over)\b"
    r"|^(is|was) (it|there) (known|clear|said|stated|mentioned|explained|reported)\b"
    r"|^(is|was|are|were) (that|this|it) (when|where|why|how|who|what)\b|.*\bor (what|which|who|where|when|how)\b"
    r"(?! *[?!.]* *$)"  # (a closing "... or what?" only presses for a yes or no)
)
"""An auxiliary opening an embedded question ("Do you know who...", "Is it known why..."): the wh-word types it."""


START_MOMENT = Lazy(
    r"\b(initially|originally|at first|in the beginning|early on|early days|back then|at (the )?start"
    r"|(its|their) founding|when (it|they) (first )?(opened|launched|started|began)|first (opened|launched|started"
    r"|began|set up|went live))\b"
)
"""Words naming the start of a party's story: one of them asked is the moment of a record said with another."""


def put_as_true_false(words: list[str]) -> bool:
    """True when a statement is put as true or false ("true or false: ...", "..., t/f"): its verdict says so."""
    t_or_f = (["t", "f"], ["t", "or", "f"])
    return (
        "false" in words
        or words[-2:] in t_or_f
        or words[-3:] in t_or_f
        or words[:3] in t_or_f
        or words[:2] in t_or_f
    )


def about_bot(folded: str) -> bool:
    """True when a question asks about the bot itself, not the story (the caller checks it names no party)."""
    return _ABOUT_BOT.search(folded) is not None


def bot_owner_asked(folded: str) -> bool:
    """True when a question asks who made or runs the bot, even naming a party ("Are you run by Alibaba?")."""
    return _BOT_OWNER.search(folded) is not None


_BOT_OWNER = Lazy(
    r"^(are|r|were) (you|u) (\w+ )?(run|made|built|owned|operated|created|developed|programmed|trained|powered)"
    r" by\b|^(are|r) (you|u) (an? )?\w+ (bot|chatbot|assistant|ai|product)\b"
)


def intent(folded: str) -> str:
    """'greeting', 'help', 'thanks', 'farewell', 'empty' or 'question' for a folded, stripped question."""
    text = re.sub(r"[^a-z? ]+", " ", folded).strip()
    text = re.sub(r"\s+", " ", text).rstrip("?").strip() or ("?" if "?" in folded else "")
    if not text:
        return "empty"
    if _HELP.match(text) or text == "?":
        return "help"
    if _GREETING.match(text):
        return "greeting"
    if _THANKS.match(text):
        return "thanks"
    if _FAREWELL.match(text):
        return "farewell"
    return "question"


_FRAMING = Gated(
    r"^(true or false|true false|t or f|true or not|right or wrong|pass or fail|fact check|confirm or deny|confirm|verify|check"
    r"|correct or not|yes or no|yes no|statement)\b"
    r"|^(fact|claim|rumou?r|opinion|report) or (fact|claim|rumou?r|opinion|report|speculation)\b"
    r"|^(the|this) (article|story|piece|text|author|writer) (says|said|states|stated|claims|tells us)( that)?\b"
    r"|^(is|was) (it|this|that) (really )?(true|correct|right|accurate|the case|so"
    r"|(a |an )?((established|proven|confirmed|known|verified|hard|actual) )?fact)( that)?\b"
    # a fact-checker's "Is this claim accurate: X?", put before the statement it checks
    r"|^(is|was) (this|that|the|the following) (claim|statement|sentence|line|assertion|headline) (really |actually )?"
    r"(true|correct|right|accurate|false|wrong)(?= \w)"
    r"|^(is|was) (really )?(true|correct|right) that\b"  # a learner's "Is true that ...?"
    r"|^(it|this|that) (is|was) (really )?(true|correct|right|accurate|the case)( that)?\b"
    r"|^(am i|are we|was i) (right|correct|wrong) (that|in thinking|in saying|to think|to say)( that)?\b"
    r"|^(can|could|may) (i|we|you|one) (argue|say|claim|conclude|state|write|assume) (that)?\b"
    r"|^(is it|would it be|it is) (fair|right|correct|accurate|true|safe) to (say|argue|claim|assume)( that)?\b"
    r"|^(does|did|do) (the )?(article|story|piece|text|author|writer|report|journalist) (really )?"
    r"(say|state|claim|mention|report|suggest|credit|confirm|tell|establish|show|prove|point out|note|indicate|imply"
    r"|stress)\b"
    # someone else's wording put to the check ("Headline says ...", "My notes say ...", "A classmate wrote that ...")
    r"|^the (headline|caption|draft|notes?) (says|say|said|reads|read|claims|claim|states|has it)( that)?\b"
    r"|^(headline|caption|draft|notes?) (says|say|said|reads|read|claims|claim|states|has it)( that)?\b"
    r"|^my (draft|notes?) (says|say|said|reads|read|claims|claim|states|has it)( that)?\b",
    (
        "do ",
        "pass ",
        "is ",
        "headl",
        "capti",
        "draft",
        "note",
        "my draft",
        "my note",
        "the capti",
        "the draft",
        "the headl",
        "the note",
        "was ",
        "did ",
        "fact ",
        "claim",
        "rumo",
        "opini",
        "repor",
        "corre",
        "this ",
        "t or ",
        "it is",
        "am i ",
        "right",
        "may i",
        "could",
        "would",
        "confi",
        "does ",
        "can i",
        "check",
        "true ",
        "that ",
        "verif",
        "are w",
        "can we",
        "may we",
        "it was",
        "can one",
        "may one",
        "can you",
        "may you",
        "yes n",
        "yes o",
        "state",
        "the artic",
        "the autho",
        "the piece",
        "the story",
        "the text",
        "the write",
    ),
)
"""A true/false framing: what follows is a statement to check, whatever wh-word it contains."""
_TRAILING_CHECK = Gated(
    r"\b(true|correct|right|yes|is right|is that right|is it true|is that true|is that correct|am i right|accurate|"
    r"is that accurate|is it accurate|legit|"
    r"i am (pretty |quite |fairly |very )?sure|im (pretty |quite )?sure|i think|i believe|i reckon|i bet|i guess|i suppose|"
    r"for real|fr|(this|that|it) is (a )?true( fact)?|true fact|"
    r"if i (remember|recall)( (it|that|this|the (article|story|piece|text)))?( right| correctly| rightly)?|"
    r"or not|isnt it|is not it|right or wrong|pass or fail|true or false|yes or no|no|admit it|agree|do you agree|dont you think|confirm|"
    r"do not you think|wasnt it|was not it|werent they|didnt it|did not it|na|naa|no na|is it|isnt|innit|abi|or nah|"
    r"(isnt|wasnt|werent|didnt|doesnt|arent|is not|was not|were not|did not|does not) (she|he|they|there|that|it)|"
    r"or naw|or no|yes|yeah|yep|yea|t f|t or f|true false|confirm or deny|check|checks out|fact check|verify|"
    r"(is|was) (that|it|this) (the )?(number|figure|case|amount|total|year|date|one|name|answer|so)|"
    r"(is|was) (that|it|this) what (the|this) (story|article|text|piece|report|writer|author) (says|said|states|claims"
    r"|reports|tells us)|(is|was) (that|this) what (happened|went on|went down)|(that'?s|thats|that is) what (they|they'?re|they are|you|you'?re"
    r"|you are|it|it'?s|the story|the article)( is| are)? (say|says|saying|tell|tells|telling)( me| us)?|(does|did) (the|this) (story|article|text|piece|report) (say|agree|confirm)( so| that)?)$",
    (
        "that",
        "doesn",
        "were ",
        "arent",
        "pass ",
        "did the",
        "did this",
        "does ",
        "check",
        "verif",
        "im ",
        "i bel",
        "if i ",
        "i rec",
        "i thi",
        "i bet",
        "i gue",
        "i sup",
        "for r",
        "fr",
        "this ",
        "it is",
        "i am ",
        "fact ",
        "accur",
        "legit",
        "yea",
        "yep",
        "na",
        "no",
        "yes",
        "t f",
        "isnt",
        "true",
        "admit",
        "wasnt",
        "is it",
        "do no",
        "is ri",
        "corre",
        "or na",
        "weren",
        "t or ",
        "agree",
        "am i ",
        "did n",
        "right",
        "is no",
        "was n",
        "dont ",
        "didnt",
        "or no",
        "confi",
        "is th",
        "innit",
        "abi",
        "do yo",
        "was it",
        "was this",
        "was that",
    ),
)
_LED_FRAMING = Gated(
    r"^(so|and|but) is (it|this|that) (really )?(true|correct|right|accurate)( that)?\b",
    ("so is", "and i", "but i"),
)
"""A true/false framing after a conversational opener ("so is it true that nobody knows why ...?")."""
_FOREIGN_CHECK = Gated(
    r"\b(stimmt (das|es)|stimmt|ist das (richtig|wahr)|richtig|wahr|c est vrai|cest vrai|vrai|e vero|vero|es verdad"
    r"|verdad|e verdade|verdade|benar|betul|dogru|prawda|pravda)$",
    (
        "stimm",
        "ist d",
        "richt",
        "wahr",
        "c est",
        "cest ",
        "vrai",
        "e ver",
        "vero",
        "es ve",
        "verda",
        "benar",
        "betul",
        "dogru",
        "prawd",
        "pravd",
    ),
)
"""A true/false tag in a learner's own language after an English statement ("..., stimmt das?", "è vero?",
"¿verdad?"): a check, as "right?" is."""
_COMPARISON = Gated(
    r"\b(more|fewer|less)\b.*\b(than|then)\b(?! (about |around |roughly |nearly |almost )?\d)"  # ("more than 2000"
    r"|\b(bigger|larger|greater|higher|smaller|lower|earlier|later|older|newer|longer)\b.*\b(than|then)\b"  # bounds)
    r"|\b(more|most|fewer|fewest|less|least|bigger|biggest|larger|largest|greater|higher|smaller|lower|first"
    r"|earlier|later)\b.*\bor\b"
    r"|\b(which|who|what)( one| site| company| of them| of the two)? (had|has|have|is|was|were|got|gets|came|comes"
    r"|did|does)? ?(the )?(more|most|fewer|fewest|less|least|bigger|biggest|larger|largest|greater|higher|smaller"
    r"|first|earlier|later|older)\b"
    r"|\bcompar|\bvs\b|\bversus\b|\bstacks? up\b|\bstacked up\b|\bmeasures? up\b|\bminus\b|\bratio\b|\bsubtract|\btake away\b|\b(difference|gap|differ|distance|delta) (between|from)\b|\bwhat(?:'?s| is) the (difference|gap)\b|\bhow many (more|fewer|less)\b"
    r"|\bhow much (more|less|bigger|larger|higher)\b|\bhow many (times|multiples|fold)\b|\btimes (more|bigger|larger|as|higher)\b"
    # ("2 times the shops Meilishuo had", "three times what Meilishuo had", "triple the stores")
    r"|(?<=\d )times (the|that|what)\b|(?<=(two|ten) )times (the|that|what)\b|(?<=three )times (the|that|what)\b"
    r"|\btripled?\b"
    r"|\bhow (long|many (years|months|weeks)) (after|before|between|from)\b|\btwice\b|\bdouble\b|\bhalf as\b|\bexceed|\bby how much\b|\bcame first\b|\bhappened first\b"
    r"|\bhow (long|many years|many months|much time) (between|after|before|passed|from|separate)\b"
    r"|\bdivide\b(?= .+ by\b)"
    r"|\bhow many (years|months) (between|after|before|from|passed|separate|later|earlier)\b"
    r"|\bas an? (percentage|percent|share|proportion|fraction) of\b|\bdivided by\b|\bwhat multiple\b"
    r"|\b(first|second|former|latter|1st|2nd)( one| figure| number)? (is |was )?(the )?(bigger|larger|greater"
    r"|higher|smaller|lower|more|fewer|less)\b"
    r"|\bsame (number|amount|count|total|figure)( of \w+)? as\b|\bas many( \w+)? as\b|\bequal (number|amount)\b",
    (
        "stack",
        "measu",
        "same ",
        "as ma",
        "equal",
        "as a",
        "divid",
        "vs",
        "who",
        "more",
        "most",
        "what",
        "less",
        "which",
        "older",
        "times",
        "by ho",
        "dista",
        "doubl",
        "bigge",
        "lower",
        "how m",
        "later",
        "versu",
        "least",
        "half ",
        "twice",
        "tripl",
        "subtr",
        "first",
        "came ",
        "take ",
        "diffe",
        "small",
        "minus",
        "earli",
        "great",
        "excee",
        "large",
        "highe",
        "ratio",
        "compa",
        "fewer",
        "happe",
        "secon",
        "forme",
        "latte",
        "1st",
        "2nd",
        "longe",
        "newer",
        "fewes",
        "delta",
        "how long",
        "gap from",
        "gap betwe",
    ),
)
_SOURCING_WHO = Gated(
    r"\bwho (says|said|say|claim|claims|claimed|report|reported|reports|is saying|was saying|states|stated|asserts|asserted|alleges"
    r"|alleged|is claiming|is reporting"
    r"|is the source|was the source|is behind the (claim|figure|number|report))\b"
    r"|\bwho (made|makes|gave|gives|provided|provides|is making|was making|is giving|is providing) ((the|that|this|these|those) )?(\w+ ){0,4}"
    r"(claims?|figures?|numbers?|statements?|estimates?|data|stats|statistics)\b"
    r"|\bwho (say|says)$"
    r"|\baccording (to )?(whom|who|what|which)\b|(?<!revenue )(?<!income )(?<!money )(?<!traffic )(?<!funding )"
    r"\b(source|sources|sourced|sourcing)\b(?! from (?!where|who|whom|what|which)\w)"
    r"(?! of (\w+ )?(revenue|revenues|income|money|traffic|funding|profits?|earnings|sales|growth)\b)"
    r"|\bwhere\b.*\b(figures?|numbers?|claims?|data|stats?|statistics|info|information)\b.*\b((come|comes|came"
    r"|coming) from|originate|originates|originated)\W*$"
    r"|\battribut|\bwho (says|said) (so|that|this)\b|\bwho reported\b|\bcredit(?!\s*cards?\b)(?![.!?]*$)|\bon what basis\b"
    r"|\bupon (whose|what) (authority|word|say-so)\b|\bon what (authority|word|say-so)\b"
    r"|\b(says|said|claims|claimed|reported) (who|whom)\b|\bwho (started|spread|began|circulated|leaked|put out)"
    r" (the |this |that )?(rumou?r|claim|report|story)\b|\bon whose (word|say|authority|claim|account|data)\b"
    r"|\bwhose (claim|word|figure|figures|number|numbers|data|say|estimate)\b|\bwho is it that (says|said|claims)\b"
    r"|\b(number|numbers|figure|figures|data|estimate|claim|count|counts) (come |came |comes |coming "
    r"|is coming |is |are |was )?from\b"
    r"|\bfrom where (\w+ ){0,3}(number|numbers|figure|figures|data|estimate|claim|info)\b"
    r"|\bwho(s| is) saying\b"
    r"|\b(reported|claimed|stated|rumou?red) by\b|\breports? (from|by)\b",
    ("accor", "attri", "count", "who alleg", "who asser", "claim", "credi", "data ", "estim", "figur", "numbe", "on wh", "repor", "rumo", "said ", "says ", "from ", "sourc", "state", "upon ", "where",
     "who began", "who circu", "who claim", "who gave", "who gives", "who i", "who leake", "who made", "who makes",
     "who provi", "who put o", "who r", "who said", "who say", "who sprea", "who start", "who state", "who was s",
     "who was m", "who was t", "whos ", "whose"),
)  # fmt: skip
_SAID_BY_WHOM = Lazy(
    r"\b(claim|claims|claimed|figure|figures|number|numbers|said|stated|reported|made|given|asserted|announced"
    r"|rumou?red|confirmed|estimate|data|statement|that|this|so)\b[^?]{0,40}\bby whom\b"
)
"""'By whom' of something said ("a claim, and by whom?"); of an act it asks who did it ("owned by whom?")."""
_COMES_FROM = Lazy(
    r"\b(it|that|this|these|they) (come|comes|came) from\b|\b(come|comes|came) from (who|whom|where)\b"
    r"|\bwhere (does|do|did) (that|this|the|it|these)\b.*\b(come|from)\b"
)
"""Where something comes from: a question of sources ("where does that come from?") ..."""
_THINGS_COMING = Lazy(
    r"\b(items?|goods|products?|things|stuff|revenues?|income|money|earnings|profits?|commissions?|traffic|funding"
    r"|sales)\b"
)
"""... unless it is of things that come from somewhere ("the items shared, they come from where?")."""
_ASCRIBED = Lazy(
    r"^(what|which) (?!(source|sources|outlet|outlets|publication|party|parties|report|reports|company)\b)(\w+ ){1,3}"
    r"(does|do|did) (the |this )?(article|story|writer|author|piece|text|report|journalist) (\w+ )?attributes? to\b"
)
"""A motive or aim the story ascribes to a party ("What objective does the article attribute to Mogujie ...?"):
what it is, not who says it."""
_SOURCING_WHO_SLIP = Gated(
    r"\bwho (give|make|provide) (the|that|this) (claim|figure|number|statement|estimate)\b",
    ("who give", "who make", "who provi"),
)
"""The same question with the verb's ending dropped ("the 80% share, who give this number?")."""
_SETTLING_NOUN = Gated(
    r"\b(any|some|no|the) (confirmation|verification|proof|evidence|corroboration)\b",
    ("some ", "no evide", "no verif", "no confi", "no proof", "no corro", "the corro", "any verif", "the verif",
     "the evide", "the confi", "the proof", "any proof", "any confi", "any evide", "any corro"),
)  # fmt: skip
"""Whether anything settles a claim ("Is there any confirmation that ...?", "What is the evidence ...?")."""
_LEGIT = Lazy(
    r"\b(is|are|was|were) (that|it|this|those|these|they|the \w+)( \w+)? (really |actually )?(legit|legitimate|genuine)"
    r"\b|\b(legit|legitimate|genuine) or\b"
    r"|\b(has|have) (\w+ ){1,6}?(actually |really |ever |yet |officially )?been (established|confirmed|proven|proved"
    r"|verified)\b"
)
"""Whether a figure or claim is to be trusted ("are those numbers legit?"); a closing "- legit?" only checks."""
_HOW_KNOWN = Lazy(
    r"^how (does|did|do|can|could) (the|this) (article|story|piece|writer|author|reporter) know\b"
)
"""How the story knows a thing: where it has it from."""
_KNOWN_FOR_SURE = Lazy(
    r"^((so|but|and|ok) )?(do|can|could) (we|you|they|i|anyone) (really |actually |even |truly )?(know|be sure|be certain)"
    r"( for (sure|certain))? (that|if|whether)\b"
)
"""Whether a thing is known for sure ("Do we actually know that Alibaba charged it?"): how settled it is."""
_SURELY_THE = Lazy(
    r"\b(is|was|are|were) (this|that|it|these|those|the \w+( \w+)?) (surely|certainly|for sure|for certain) "
    r"(the|a) (reason|cause|explanation)\b"
)
"""Whether a reason put forward is settled ("Is this surely the reason ...?"): how sure the story is of it."""
_FACT_OR_SAID = Lazy(
    r"\b(fact|true|truth|real|sure|certain|confirmed|correct)( (number|numbers|figure|figures|data|one))? or (is it )?(only |just |merely )?"
    r"(?!false\b|not\b|untrue\b)(\w+ ){1,3}"
    r"(say|says|said|saying|claim|claims|claimed|claiming|talk|talking)\b"
)
"""A learner's "fact or only Mogujie say?": a fact, or only a party's word."""
_OTHERS_CONFIRM = Lazy(
    r"\b(anyone|anybody|someone|somebody|no one|nobody|any other|others?|other sources?|another source)"
    r"( else)? (\w+ )?(confirm|confirms|confirming|verify|verifies|verifying|corroborate|corroborates"
    r"|corroborating)\b"
)
"""Whether anyone else bears a figure out ("is anyone else confirming that number?"): whether the story settles
it, by a second source."""
_SOURCING_SETTLED = Gated(
    r"\b(confirmed|verified|proven|proved|(?<!comment )(?<!respond )(?<!say )(?<!said )(?<!react )(?<!reply )"
    r"(?<!commented )(?<!responded )(?<!reacted )(?<!replied )"  # ("did Alipay comment officially on it?")
    r"officially(?! (comment|commented|comments|respond|responded|react|reacted"
    r"|reply|replied|say|said|deny|denied|address|addressed)\b)|independently|unconfirmed)\b"
    # ("an independent check", not "an independent company": a party on its own is no sourcing)
    r"|\bindependent(?! (company|companies|firm|firms|business|businesses|site|sites|startup|service|app|entity"
    r"|operator|player|platform|brand|unit|subsidiary)\b)"
    r"|\b(is|was) (it|that|this) official\b"
    r"|\b(fact|claim|rumou?r|report|opinion|guess|speculation|statement) (or|rather than|and not|not) (a |an |just a "
    r"|only a )?(fact|claim|rumou?r|report|opinion|guess|speculation|statement)\b"
    r"|\b(just|only|merely) (ever )?(a |an )?(claim|rumou?r|report|guess|speculation)\b"
    r"|\b(just|only|merely) (something|what) (people|everyone|they|others) (believe|believed|think|thought|assume"
    r"|assumed|say|said|suspect|suspected|heard)\b"
    r"|\b(presented|reported|treated|given|stated|described|written up|framed|present|presents|report|reports|treat"
    r"|treats|state|states|describe|describes|frame|frames) (\w+ ){0,8}?as (a |an )?((established|proven|confirmed|hard"
    r"|known|settled|verified) )?(fact|claim|rumou?r|certain|true|confirmed|certainty)\b"
    # (not "what is the big rumour about ...?", which asks what the rumour says)
    r"|(?<!what )(?<!which )\b(is|was) (it|that|this|the \w+( (?!of\b|the\b)\w+){0,2}) (a |an )?((established|proven|known|hard|actual) )?(claim|rumou?r|fact)\b"
    # (not "is this claim true: <the statement>", a check of the statement that follows)
    r"(?<!this claim)(?<!that claim)(?<!the claim)(?<!following claim)|\b(is|was) (this|that|the) claim(?! (really |actually )?(true|correct"
    r"|right|accurate|false|wrong) \w)|\bhow do (we|they|you|i) know\b"
    r"|\b(own|their|its) (claim|figure|figures|numbers?|data|estimate)\b|\bthird ?party\b|\bmeasurement\b"
    r"|\b(established|proven|settled|accepted|known) (as )?(a |an )?(fact|true|certain)\b"
    r"|\b(is|was) (it|that|this) (\w+ )?(established|alleged)\b(?! (?!(or|by|that|in|to|as)\b)[a-z])"
    r"|(?<=been )(established|settled)\b"  # ("has the reason ... been established?")
    r"|\bcan (we|i) trust\b|\breliable\b|\btrue or (just |only |merely )?(a )?(claim|rumou?r|talk|gossip|hearsay|people talking"
    r"|what (\w+ ){1,2}(say|says|said|claim|claims|claimed))\b"
    r"|\b(hearsay|gossip|speculation|say so|on the record|checked|for sure|certain|definite|definitely)\b"
    r"|^(is|was) (it|that|this) (really |actually )?(true|correct|right|accurate|so|for real|real|legit)"
    r"( though| tho| really)?$|^really$",
    ("accep", "can i", "can we", "certa", "estab", "known", "settl", "check", "claim", "confi", "defin", "descr", "fact ", "for s", "frame", "given",
     "gossi", "guess", "hears", "how d", "indep", "is it", "is that", "is the", "is this", "its claim", "its data",
     "its estim", "its figur", "its numbe", "just ", "measu", "merel", "offic", "on th", "only ", "opini",
     "own claim", "own data", "own estim", "own figur", "own numbe", "prese", "prove", "reall", "relia", "repor",
     "rumo", "say s", "specu", "state", "their", "third", "treat", "true ", "uncon", "verif", "was it", "was that",
     "was the", "was this", "writt"),
)  # fmt: skip
_SURE_OF_IT = Gated(
    r"\b(is|was) (it|that|this)( number| figure| count| fact)? (really |actually |already )?(sure|confirm)\b"
    r"(?! (that|to|if|whether)\b)"
    r"|\b(it|that|this)( number| figure| count| fact)? (is|was) (really |actually |already )?(sure|certain|confirm"
    r"|confirmed)\b"
    r"(?! (that|to|if|whether|what|who|how|when|why)\b)",
    ("it", "that", "this", "is it", "was it", "is that", "is this", "was that", "was this"),
)  # fmt: skip
""""Sure" said of the thing itself, in either order ("is it sure?", a learner's "it is sure or no?"), and a
learner's bare "confirm" for "confirmed" ("it is confirm already or not yet?"): how settled it is."""


_SETTLED_STATED = Gated(
    r"^(it|that|this) (is|was) (a |an )?(fact|claim|rumou?r|confirmed) or\b",
    ("it is", "that ", "this ", "it was"),
)
"""A learner's statement order for "is it a fact or a claim?" ("This is a fact or only what Alipay says?")."""
_BACKED_UP = Gated(
    r"\b(substantiated|unsubstantiated|corroborated|unverified)\b|\bofficial( or not| though| really)?$|\bofficial (or|figures?|numbers?|data|statistics"
    r"|stats)\b|\b(figures?|numbers?|data|statistics|stats) (or|rather than|and not"
    r"|not) (just |only )?(a |an )?(claim|estimate|guess|boast)"
    r"|\b(backed|supported|based) (up )?(by|on|with) (anything|any evidence|evidence|facts?|proof|hard data|data"
    r"|sources?|anyone)\b",
    (
        "subst",
        "unsub",
        "corro",
        "unver",
        "offic",
        "figur",
        "numbe",
        "data ",
        "stati",
        "stats",
        "backe",
        "suppo",
        "based",
    ),
)
"""Whether a claim is backed up ("Is the claim ... actually substantiated?", "an official figure or a claim?")."""
_SOURCED_BY = Gated(
    r"\b(claim|rumou?r|report|statement|story|allegation)\b( \w+){0,14} (made|put out|issued|given) by\b"
    r"|\b(itself|themselves) (say|said|says|claim|claims|claimed|announce|announced|confirm|confirmed|state"
    r"|stated)\b|\baudit"
    r"|\b(figure|figures|number|numbers|data|stat|stats|statistic|statistics|count)\b( \w+){0,6} (came|comes|come)"
    r" from\b",
    (
        "rumo",
        "repor",
        "claim",
        "alleg",
        "story",
        "thems",
        "itsel",
        "audit",
        "figur",
        "numbe",
        "data",
        "stat",
        "count",
    ),
)
"""Whether a named party is the source ("Was the claim that ... made by Alibaba itself?", "Did Alibaba itself
say ...?"): a question of who says it, put as a yes or no."""
_HOW_SURE = Gated(
    r"\bhow (sure|certain|confident|solid|firm|definite)\b"
    r"|\b(sure|certain|confident) (is|are|was|were) (the|this) (article|story|writer|author|piece|report|text)\b",
    ("how firm", "how certa", "how confi", "how defin", "how solid", "how sure", "sure ", "certa", "confi"),
)
"""How sure the story is of something: a question of how settled it is, put as a degree."""
_MEASURED_CHANGE = Lazy(
    r"\b(market share|share|users|user base|stores|revenue|revenues|traffic|prices?|numbers?|figures?|percentage"
    r"|accounts|income|sales|valuation|profits?)\b(?! (model|models|stream|streams|source|sources|strategy))"
)
"""A measure said to change ("How did Alipay's market share change?"): a figure over time, which the story gives
once, not the history of a party."""
_OUTLET_ASKED = Lazy(
    r"\b(which|what) (publication|outlet|newspaper|paper|media outlet|news outlet|news site|magazine|website"
    r"|outlets|publications|newspapers|media|press)\b.*\b(rumou?rs?|claims?|speculation|allegations?)\b"
)
"""Which outlet reported a rumour or claim: a question of who says it (which the sourcing answer tells)."""
_SOURCE_KIND_SAID = Lazy(
    r"^(?!.*\band (in |at |on |from )?(what|which|when|how|who|where)\b)"  # (not a second question after it)
    r"(which|what) (news |media |research |independent )*(publication|outlet|newspaper|paper|news site|magazine"
    r"|journalist|reporter|source|analyst|insider|official|firm|company|agency)( \w+){0,2} (reported|said"
    r"|claimed|broke|revealed|confirmed|verified|checked)\b"
)
"""Which kind of source said or checked something ("Which news outlet first reported that ...?"): who says it."""
_AUTHOR_SOURCE = Gated(
    r"\b(author|writer|journalist|reporter|she|he) (\w+ )?(measured|counted|calculated|collected|gathered"
    r"|researched|worked out|found out|checked|verified|measure|count|calculate|collect|gather|research|work out"
    r"|find out|check|verify)\b",
    ("autho", "write", "journ", "repor", "she ", "he "),
)
"""Whether the writer found a thing out herself ("something the author measured herself?"): who the source is."""
_SUMMARY = Gated(
    r"\b(main|principal|chief|central|primary|core|one actual|one real|one main) (point|news|idea|story|message|topic|thing|takeaway"
    r"|issue|event|events|development)\b|\bsummar|\bgist\b|\bin (a|one) sentence\b"
    r"|\bheadline\b(?! (says|say|said|reads|read|claims|states|has it)( that)? \w+ \w+)|\btl ?dr\b|\bwhat is (the|this) (news )?(story|article|piece|news|text|report) (mainly |mostly |all )?about\b"
    r"|\bsum (it |this |that )?up\b|\bwhat is (it|this) all about\b"
    r"|(?<!, )\bwhat is this (even |actually |really |exactly |basically )?about\W*$"  # (the story itself, pointed at)
    r"|\bwhat (the|this)( whole| entire)?( \w+)? (story|article|piece|text|news) (is|was) (mainly |mostly |all |really "
    r"|actually |basically |exactly )?about\b"
    r"|\b(is|was) (the|this)( whole| entire)? (story|article|piece|text|news) (mainly |mostly |basically |really |all "
    r"|chiefly |primarily |just |largely )?about\b(?! (how|why|what|who|when|where|which|whether)\b)"
    r"|\b(the|this) (story|article|piece|text) (is|was) (mainly |mostly |basically |really |all "
    r"|chiefly |primarily |just |largely )?about\b(?! (how|why|what|who|when|where|which|whether)\b)"
    r"|\bwhat is (the|this) (whole|entire) (story|article|piece|text) (mainly |mostly |all |really )?about\b"
    r"|\bin (short|brief|a nutshell)\b|\boverview\b|\btakeaways?\b|\b(key|main|big|core|central) (\w+ )?(points?|messages?"
    r"|lessons?)\b"
    r"|\b(what|whats) (is|was) (the|this) (whole |entire )?(story|article|piece|text|report) (\w+ )?about\b"
    r"|\btell (me |us )?(the|this) (whole )?(story|article) in\b"
    r"|\bresume (the|this|that) (news|story|article|text|piece|notice)\b"  # a learner's "resume": summarise
    r"|\bwhat(s| is) the (actual |real |big |main |latest |whole )?news\b"
    r"|\bwhat (is|was) about (the|this) (story|article|piece|text|report)\b"  # a learner's "of what is about ..."
    r"|\bwhat (is|was|does|did) (the|this) (news )?(story|article|piece|text|report|item) (mainly |mostly |really "
    r"|actually |basically )?(reporting|report|saying|say|covering|cover|telling us|tell us|talk about"
    r"|talking about|discuss|discussing)\W*$"
    r"|\bwhat(s| is) the (actual |real |whole )(story|deal|news)( here)?\W*$"
    r"|\bin (two|2|three|3|a few|few) (lines|sentences|words)\b"
    r"|\b(key|main|important|basic|essential) facts\b|\bwhat should (i|we) (remember|know|take away)\b"
    r"|\bexplain (the|this) (whole )?(story|article|news|piece)\b"
    r"|\b(topic|subject|theme)s? of (the|this) (story|article|piece|text|news|report)\b"
    r"|\bwhat (is|was|are) (the|this) (story|article|piece|text) (main )?(topic|subject|theme)s?\b"
    r"|\bnews in (one|a|1) (line|sentence)\b|\bone[- ]liner\b|\bwhat('s| is) the hook\b"
    r"|\bone thing (\w+ ){0,2}(should|need to|must|ought to) (know|remember|take away)\b"
    r"|\bwhat('s| is) the (main |key |big )?(takeaway|lede)\b"
    r"|\b(story|article|piece|text|news),? (mainly |mostly |basically |really |all |it |this |that ){0,2}(is|was) "
    r"(mainly |mostly |basically |really |all )?about what\W*$",  # the wh-word left in place: "this article is about what?"
    (
        "artic",
        "news",
        "piece",
        "story",
        "text",
        "topic",
        "one",
        "what's",
        "subje",
        "theme",
        "basic",
        "essen",
        "expla",
        "impor",
        "tl",
        "key ",
        "sum ",
        "big ",
        "gist",
        "overv",
        "whats",
        "tell ",
        "takea",
        "what ",
        "summa",
        "in 2 ",
        "in 3 ",
        "main ",
        "chief",
        "in a ",
        "prima",
        "headl",
        "centr",
        "resum",
        "princ",
        "core ",
        "in one",
        "in two",
        "in few",
        "in brief",
        "in three",
        "in short",
        "is the",
        "is this",
        "was the",
        "was this",
        "the artic",
        "the piece",
        "the story",
        "the text",
        "this ",
    ),
)
_KIND_ABOUT = Lazy(
    r"^(in |of |about )?(which|what) (?!(topic|topics|subject|subjects|story|news|event|events|thing|things|issue"
    r"|issues|point|points|idea|ideas|matter|theme|themes|message|kind|sort|type|main|whole)\b)\w+ (is|was|are|were)"
    r" (the|this)( whole| entire)? (story|article|piece|text|news|report) (mainly |mostly |all |really )?about\b"
)
"""A kind of thing asked for ("Which country is this story about?"): one of the story's parties or places, not
its gist."""
_OVERVIEW = Gated(
    r"\bwhat (all |else )?(happened|happens|happen|happend|is happening|was happening|went on|went down|was going on"
    r"|is going on|were going on|occurred|took place"
    r"|has happened|did happen|became of|has become of|becomes of)\b"
    r"|\bwhat (did|does) (the story|the article|the text|the piece|it) (say|tell|report|tell us|write)"
    r" (about|of|on|regarding|concerning|with regard to|in regard to)\b"
    r"|\bwhat (did|does) (the story|the article|the text|the piece|it|the writer|the author) (say|says|report|tell us)"
    r"( that)? (happened|took place|went on)\b"
    r"|\bwhat(s| is| was)? (the (deal|story|situation|matter)|going on|up) with\b"
    r"|\b(anything|something)( big| important| major| notable| interesting| significant)?"
    r" (happen|happened|happens|happend|occur|occurred|take place|took place|go on|went on)\b"
    r"|\bwhat (pass|passed|passes|pasa) (with|to)\b",  # a learner's "pasar" ("what passed to Alipay?")
    ("what", "anyth", "somet"),
)
_DID_WHAT = Lazy(
    r"^((so|and|then|but|ok|okay|well) ){0,2}(what (did|has|had) (\w+ ){1,3}((decide|decided|choose|chose|resolve"
    r"|resolved) to )?(do|done)|(did|has|had) (\w+ ){1,3}(do|done) (anything|something))"
    r"( (about|with) (it|that|this|them|those)| in (response|return|reply)| after (that|this)"
    r"| then| next| afterwards| later)?$"
)
"""What a party did ("what did Alipay decide to do?", "and what did Alipay do about it?"): what the story reports
of it, not what it is."""
_HISTORY = Gated(
    r"\b(how|in what ways?) (did|has|have|does|do|had) (\w+ ){1,5}(chang|evolv|develop|transform|shift|grow|grew)"
    r"(?!\w* (the way|the ways|how|what|their|its)\b)"  # "change the way they earn" asks an effect
    r"|\b(background|history|backstory|story) (of|to|behind|between)\b"
    r"|\bhow (\w+ ){1,6}(changed|evolved|developed|transformed|shifted|grew|has changed|has evolved)\b"
    r"|\bfrom (the |its |their )?(start|beginning|outset|founding|launch) (until|till|to|up to|up until) (now|today)\b"
    r"|\b(relationship|relations|dealings|tensions?|conflict|feud|beef|rift|dispute|falling out|problems?|issues?"
    r"|trouble|fight|fighting) (between|with)\b"
    r"|\b(conflict|tension|dispute|problem|issue|fight|beef) (in|of|behind) (the|this) (story|article|news|piece)\b",
    (
        "how ",
        "backs",
        "issue",
        "backg",
        "deali",
        "probl",
        "relat",
        "tensi",
        "troub",
        "rift ",
        "falli",
        "in wh",
        "dispu",
        "beef ",
        "fight",
        "from ",
        "feud ",
        "histo",
        "story",
        "confl",
    ),
)
"""A party's story over time ("how did Mogujie's business change?", "the background to the conflict between
Alipay and Mogujie"): answered from the timeline events about the parties named."""
_TIMELINE = Gated(
    r"\btimeline\b|\bchronolog|\bsequence of events\b|\b(in|what|which) order\b|\bstep by step\b|\bhistory of\b"
    r"|\bkey (events|dates|moments)\b|\bmain events\b|\bevents in order\b|\bhow did (it|things|events) unfold\b"
    r"|\b(what|which) (dates|years)\b|\b(start|beginning) to (finish|end)\b",
    (
        "which",
        "step ",
        "main ",
        "timel",
        "seque",
        "how d",
        "event",
        "chron",
        "histo",
        "in or",
        "what ",
        "key momen",
        "key dates",
        "key event",
        "begin",
        "start",
    ),
)


_THEN = Lazy(
    r"\b(back then|at that time|at the time|in those days|back in those days|at that point|at that moment"
    r"|in that moment|in that time|by then|by that time|by that point)\b"
)


def then_span(joined: str) -> tuple[int, int] | None:
    """The word span of words pointing at the moment just talked about ("back then", "at that time")."""
    found = _THEN.search(joined)
    if not found:
        return None
    start = len(joined[: found.start()].split())
    return start, start + len(found.group(0).split())


_EVIDENCE_ASKED = Lazy(
    r"\b(what|which|any|is there|where is the|where's the|wheres the) (\w+ )?(evidence|proof)\b"
)
"""Evidence asked for ("what evidence is there that ...?"): a question of how settled a statement is."""


_PARTY_REPORTED = Lazy(
    r"^(did|does|do|has|had|have) ([\w-]+ ){1,3}(also |really |actually |first |originally |ever )?"
    r"(report|reported|(claim|claimed|state|stated) that)\b"
    # (a statement opened by the party saying it: "QQ Tech reported the fee?", "QQ Tech is who reported it"; one
    # stating a figure is the figure's check, "Mogujie reported 35 million accumulated accounts?")
    r"|^(?!(what|which|who|whom|when|where|why|how|the|this|that|it|there)\b)([\w-]+ ){1,2}((is|was) who )?reported\b"
    r"(?!.*\d)"
)
"""A yes/no asking whether a party reported or claimed something: who says it."""


def forms(joined: str) -> frozenset[str]:
    """The shapes a question has beyond its wh-type: a statement to check (truefalse), a comparison of
    figures, a question about who says something (sourcing: "who" or "settled"), an overview or timeline."""
    out = set()
    if (
        _FRAMING.search(joined)
        or _TRAILING_CHECK.search(joined)
        or _FOREIGN_CHECK.search(joined)
        or _LED_FRAMING.search(joined)
    ):
        out.add("truefalse")
    if _COMPARISON.search(joined) or _EITHER_MORE.search(joined):
        out.add("comparison")
    if (
        "rumo" in joined or "claim" in joined or "alleg" in joined or "specul" in joined
    ) and _OUTLET_ASKED.search(joined):
        out.update(("sourcing", "sourcing_who"))
    if _SOURCE_KIND_SAID.search(joined):
        out.update(("sourcing", "sourcing_who"))
    if "report" in joined and _PARTY_REPORTED.match(joined):
        out.update(("sourcing", "sourcing_who"))  # "Did QQ Tech also report the traffic share?"
    if _AUTHOR_SOURCE.search(joined):
        out.update(("sourcing", "sourcing_who", "sourcing_author"))
    if (
        (_SOURCING_WHO.search(joined) and not ("attribut" in joined and _ASCRIBED.match(joined)))
        or (
            ("from" in joined or "come" in joined)
            and _COMES_FROM.search(joined)
            and not _THINGS_COMING.search(joined)
        )
        or _SOURCED_BY.search(joined)
        or _SOURCING_WHO_SLIP.search(joined)
        or ("know" in joined and _HOW_KNOWN.search(joined))
        or _SAID_BY_WHOM.search(joined)
        or (("tell" in joined or "told" in joined) and _TELLING_WHO.search(joined))
    ):
        out.update(("sourcing", "sourcing_who"))
    if (
        _SOURCING_SETTLED.search(joined)
        or _SETTLING_NOUN.search(joined)
        or _LEGIT.search(joined)
        or _BACKED_UP.search(joined)
        or _SETTLED_STATED.search(joined)
        or (" or " in joined and _FACT_OR_SAID.search(joined))
        or (" the " in joined and _SURELY_THE.search(joined))
        or (("sure" in joined or "certain" in joined or "confirm" in joined) and _SURE_OF_IT.search(joined))
        or (("evidence" in joined or "proof" in joined) and _EVIDENCE_ASKED.search(joined))
        or (("know" in joined or "sure" in joined or "certain" in joined) and _KNOWN_FOR_SURE.search(joined))
        or (
            ("confirm" in joined or "verif" in joined or "corrobor" in joined)
            and _OTHERS_CONFIRM.search(joined)
        )
    ):
        out.update(("sourcing", "sourcing_settled"))
    if _HOW_SURE.search(joined):
        out.update(("sourcing", "sourcing_settled", "sourcing_degree"))
    if _DID_WHAT.search(joined):
        out.update(("overview", "acts"))
    elif _OVERVIEW.search(joined):
        out.add("overview")
    if (_SUMMARY.search(joined) and not _KIND_ABOUT.search(joined)) or (
        "happen" in joined and _WHAT_HAPPENED.match(joined)
    ):
        out.update(("overview", "summary"))
    if _TIMELINE.search(joined):
        out.update(("overview", "timeline"))
    if _HISTORY.search(joined) and not _MEASURED_CHANGE.search(joined):
        out.update(("overview", "history"))
    if _CHANGE_ASKED.search(joined):
        out.add("change")
    return frozenset(out)


_WHAT_HAPPENED = Lazy(
    r"^((so|ok|okay|and|well|basically|overall|on the whole|in general|all in all|in short) )?what (happened"
    r"|has happened|is happening|happens)"
    r"( (here|there|overall|in (the|this) (story|article|piece|text|news)))?\W*$"
)
"""What happened, of nothing named and no moment: the whole story's gist (not a "doesn't say")."""
_CHANGE_ASKED = Lazy(
    r"\b(before and after|then and now|then versus now|then vs now|at first and now|old and new)\b"
    r"|\bnow,? (compared (with|to)|versus|vs|against|as opposed to) (when|how|before|then|at first|the start)\b"
    r"|\b(compared (with|to)|versus|vs) (when|how) (it|they|its|their|the sites?) (\w+ )?(started|began|was|were|first)\b"
    r"|\b(old|older|original|earlier|previous|first) (\w+ ){0,2}(versus|vs|compared (with|to)|against) (the )?"
    r"(new|newer|current|later|present)\b"
    r"|\bfrom [\w ]{2,40} to what\b"
    r"|\b(shift|shifted|shifts|transition|transitioned|moved on|went|switched|changed) from\b"
    r"|\b(how|in what ways?) (did|has|have|does|do) [\w ]{2,50} (change|changed|shift|shifted|evolve|evolved)\b"
    r"|\b(change|shift|transition|switch) (in|of) (\w+ ){0,3}(model|way|ways|strategy|approach|plan)\b"
)
"""A change asked of something, its before and its after ("from referral commissions to what?", "then and
now", "how did the way it earns change?"): a record telling both sides answers it best."""


_TELLING_WHO = Lazy(
    r"\bwho (is |was )?(telling|tells|told)\b(?! (me|us|you|him|her|them|the story)\b)"
    r"(?! (\w+ ){1,3}to (?!be\b)\w)"  # ("who told Alipay to start supporting ...?" asks who made it act)
)
"""Who tells a thing ("This number, who is telling?"): who says it."""
_EITHER_MORE = Gated(
    r"^(did|does|do|is|was|has|had|are|were) [^,?]* or [^,?]* (more|most|fewer|less|bigger|larger|greater|higher"
    r"|smaller|lower|earlier|later|older|newer|first)\b(?! than\b)",
    ("do ", "is ", "had ", "did ", "was ", "has ", "are ", "were ", "does "),
)
"""A choice of two asked before the measure ("does Alipay Wallet or Mogujie have more users?"): a comparison."""


def framed(joined: str) -> bool:
    """True when the question opens with a true/false framing ("is it true that ...")."""
    return bool(_FRAMING.search(joined))


_TIME_REF = Lazy(
    r"\b(now|today|currently|current|at present|presently|these days|nowadays|this year|last year|next year"
    r"|(the|this) (past|last) (year|12 months|twelve months)"
    r"|the year before|the previous year|a year earlier|the prior year|the year prior"
    r"|right now|at the moment|(in|at) (this|the present) (moment|time)|as we speak|at launch|at the launch|initially|originally|at first|in the (very )?beginning|first opened"
    r"|first launched|when ((it|its|the|their) )?\w* ?(first )?(opened|launched|started|began|went live)|to date"
    r"|so far|as of|by now|these days|in the future|in future|later on|afterwards|(on |at )?(its |their |the )?"
    r"(launch|opening|first) day|on day one|back then|early on|(the|its|their) first (few |couple of )?(days?|weeks?"
    r"|months?|year)"
    r"|(on |at )?the (very |same |exact )?(day|moment|week) (it|its|the|their)( \w+)? (launched|opened|went live|started|began))\b"
)


_YEARS_ASKED = Lazy(
    r"\b(?P<this>(earlier |later )?this year)\b|\b(?P<last>last year)\b|\b(?P<next>next year)\b"
    r"|\b(?P<n>a|an|one|two|three|four|five|\d) years? ago\b|\b(?P<year>(19|20)\d\d)\b"
)
"""Years a question names, as the story's own present counts them ("last year" of a 2014 article is 2013)."""
_ONE_MOMENT = Lazy(
    r"^((in|by) )?((early|late|mid|the end of|the start of) )?(?P<year>(19|20)\d\d)$"
    r"|^(?P<this>(earlier |later )?this year|yesterday|today|now)$|^(?P<n>a|an|one|two|three|four|five|\d) years? ago$"
)
"""A record's moment that is one year of the calendar ("late 2013", "one year ago"), not a span ("from its
founding in 2011 until now") nor a moment relative to an event ("five months after launch")."""


def years_asked(joined: str, story_year: int) -> set[int]:
    """The calendar years a question names, a relative one ("last year", "two years ago") counted from the
    story's year: a reader echoing the story's own "one year ago" means the story's present."""
    out = set()
    for m in _YEARS_ASKED.finditer(joined):
        out.add(_year_of(m, story_year))
    return out


def counts_from_present(joined: str) -> bool:
    """True when a question names a year counted from the present ("last year", "a year ago"), not by number."""
    return any(m.group("year") is None for m in _YEARS_ASKED.finditer(joined))


def moment_year(time: str, story_year: int) -> int | None:
    """The calendar year of a record's moment when it is one ("earlier this year" of a 2014 story: 2014)."""
    m = _ONE_MOMENT.match(time.lower().strip())
    return _year_of(m, story_year) if m else None


def _year_of(m: re.Match[str], story_year: int) -> int:
    """The year a match of `_YEARS_ASKED` or `_ONE_MOMENT` names, counted from the story's year if relative."""
    if m.group("year"):
        return int(m.group("year"))
    if m.group("n"):
        count = parse_number(m.group("n")) or 1  # ("a year ago": one)
        return story_year - int(count)
    groups = m.groupdict()
    return story_year - 1 if groups.get("last") else story_year + 1 if groups.get("next") else story_year


def time_references(joined: str) -> list[str]:
    """Phrases tying a question to a moment ("now", "at launch"): a figure for another moment does not answer."""
    return [m.group(0) for m in _TIME_REF.finditer(joined)]


def is_choice(joined: str) -> bool:
    """True for an "A or B?" question ("before or after ...?", "late 2013 or early 2014?"): the answer picks
    one; "true or false", "or not" and a bound ("2000 or more") offer no choice."""
    return bool(_CHOICE.search(joined))


_CHOICE = Lazy(
    r"\bor\b(?! (not|false|wrong|no|nah|naw|nope|what|something|more|less|fewer|so|above|over|under|higher"
    r"|lower)\b)(?<!\btrue or)"
)


def has_finite_verb(folded: str) -> bool:
    """True when a question has a finite verb: "It had more stores than Mogujie?" states something to check,
    and its keyword cue ("stores") does not make it a how-many query."""
    return _FINITE.search(folded) is not None


_FINITE = Lazy(
    r"\b(had|has|have|was|were|is|are|did|does|do|because|cuz|coz"
    # the past of an irregular verb is finite, never a participle after a noun ("the store numbers came from ...")
    r"|came|went|gave|took|told|said|saw|began|grew|rose|fell|sold|bought|became|chose|drew|knew|comes|goes)\b"
)
"""Words of a clause stating something (a reason given is a clause too: "cut off because it let shops sell?")."""


def scene_only(folded: str) -> bool:
    """True when the only wh-word opens a scene-setting clause ("When Alipay comes back, Mogujie stops ...")."""
    clause = _SCENE_CLAUSE.match(folded)
    return bool(clause) and _ANY_TYPE.search(folded, clause.end()) is None if clause else False


SHARE_WORDS = frozenset(
    {"proportion", "percentage", "percent", "share", "fraction", "portion", "ratio", "part"}
)
"""Words asking what part one figure is of another ("what proportion of its accounts ...?", "what part of
traffic ...?")."""


def wh_in_statement(
    folded: str, joining: tuple[str, ...] = ("when", "where", "who", "whom", "whose", "which")
) -> bool:
    """True when the first wh-word joins clauses of a statement ("Its marketplace was five months old when it
    passed 2000 stores, right?"): a finite verb stands before it, and the text does not open as a question."""
    found = _ANY_TYPE.search(folded)
    return (
        found is not None
        and found.start() > 0
        and found.group(0).split()[0] in joining
        and not _OPENING.match(folded)
        and (_FINITE.search(folded, 0, found.start()) or _PAST.search(folded, 0, found.start())) is not None
    )


_PAST = Lazy(r"\b\w{3,}ed\b")
"""A verb in the past ("adopted", "launched"): with it, what comes before a wh-word is a clause."""


def has_wh_phrase(folded: str) -> bool:
    """True when a wh-phrase ("how many", "which year") gives the question its type, not a fallback cue; one
    inside a closing check ("..., is that what the story says?") only asks for a yes or a no."""
    tail = _TRAILING_CHECK.search(folded) if "what" in folded else None
    return _ANY_TYPE.search(folded, 0, tail.start() if tail else len(folded)) is not None


_REQUEST = Lazy(
    r"^((please|pls|can you|could you|would you|will you|i want you to|i need you to) )*"
    r"(give me|tell me|explain( to me)?|walk me through|help me understand|describe|summari[sz]e|sum up|break down"
    r"|remind me|talk me through|go over|define|(confirm|verify|check|identify)(?! (that|whether|if|it|this|or)\b))"
    r"( (a|an|the|some) ((quick|short|brief|simple|basic|little|rough) )*(summary|overview|explanation|rundown"
    r"|recap|account|idea|breakdown|description))?( (of|on|about))?\b"
)
"""A request wrapped round a question ("Give me a quick summary of how ...", "Can you confirm the year ..."): it
says how to answer."""


def requested_type(joined: str) -> QuestionType | None:
    """The type of what a request asks for ("can you tell me the year Mogujie was founded" asks when), or None
    when the message is no request or its rest states something to check ("can you confirm it had 2000 stores")."""
    match = _REQUEST.match(joined)
    if not match or match.end() == 0:
        return None
    rest = joined[match.end() :].strip()
    # ("confirm Mogujie's account figure": a thing named, no clause stating something of it, asks for it too)
    named = (
        _HEAD_LAST.search(rest) is not None
        and not has_finite_verb(rest)
        and not any(c.isdigit() for c in rest)
    )
    found = question_type(rest) if _REQUEST_REST.match(rest) or named else None
    return None if found == "yesno" else found


_HEAD_LAST = Lazy(
    r"\b(users?|stores?|shops?|accounts?|count|number|figures?|share|percentage|percent|year|date|total|amount"
    r"|name)$"
)
"""A thing named by what it measures, last ("Mogujie's account figure"): a request for it, not a statement."""
_REQUEST_REST = Lazy(r"^(the|how|why|when|what|who|whom|which|where)\b")


_AUDIENCE = Lazy(
    r"\b((in words|so that|in a way|for|like) )?(a|an|my|our) \d+ years? old( would (get|understand)| could"
    r" (get|understand)| can (get|understand)| kid| child| student| class| pupil)?\b"
    r"|\b(like|as if|as though) (i am|i was|i were|you are talking to|to) (a |an )?(\d+|five|six|seven|eight|nine|ten"
    r"|eleven|twelve|kid|child|beginner)( years? old)?\b"
    r"|\b(tell|to|for|with) (my|our|the) (students|class|pupils|kids|listeners|readers|viewers|audience)\b"
)
"""Who the answer is for ("in words a 10 year old would get", "like I'm 10"): how to answer, not what about."""


_FORMAT = Lazy(
    r"\b(like )?(in|with|using) (just |only )?(one|a|an|two|three|a few|few|1|2|3|simple|plain|easy|short|your own)"
    r"( or (two|2)| or so| or less| or (three|3))?( (easy|simple|short|plain|quick|clear|basic|kid|student))*"
    r" (sentences?|words|lines?|paragraphs?|bullet points|bullets|points|english|terms|language)"
    r"( or (two|2|so|less|three|3))?\b"
    r"|\bfor (my|our|the|a) (\w+ )?(notes|class|students|pupils|kids|worksheet|homework|essay|revision|lesson"
    r"|slides?|assignment|answer key|quiz|handout|exam|test|project|presentation)\b"
    r"|\b(from|in) (a|an|the|my|the article's|an?) ([\w-]+ ){0,2}(perspective|point of view|standpoint|viewpoint|angle"
    r"|view|lens|logic|terms)\b"
    r"|\b(a |an )?\d+ (second|minute|word|line|sentence)s?( (radio|tv|news|quick|on-air))?( (read|summary|version|take"
    r"|spot|segment|bulletin|slot|piece|script|intro|update))?\b|\btop line\b"
)
"""How long or for what the answer is ("in one sentence for my notes", "in two easy sentences for my class"):
how to answer, not what about."""


_STORY_VOICE = Lazy(
    r"\b((as|the way|how|in the way) (the|this) (article|story|piece|text|writer|author|report) (defines|describes"
    r"|puts|calls|explains|does|says|words|presents)( it| them| this| that)?"
    r"|(does|do|did) (the|this) (article|story|piece|text|writer|author|report|journalist|reporter)"
    r" (offer|give|float|suggest|propose|mention|provide|list|put forward|present|cite|raise|consider)"
    r"|(the|this) (article|story|piece|text|writer|author|report|journalist|reporter) (offers|gives|floats|suggests"
    r"|proposes|mentions|provides|lists|puts forward|presents|cites|raises|considers)"
    r"|(according to|as per|per) (the|this) (article|story|piece|text|writer|author|report|journalist|reporter|passage|extract|excerpt|reading|copy)"
    r"|^((true or false|yes or no):? )?(the|this) (article|story|piece|text|writer|author) (states|says|claims|writes"
    r"|reports"
    r"|mentions|suggests)( that)?"
    r"|what (is|was|has been|gets) said (about|regarding|on|of|concerning))\b"
)
"""The story's own voice, which every answer is in anyway: "What is Alimama, as the article defines it?", "What
explanations does the article float for ...?", "according to the author"."""


def framing_words(joined: str) -> list[tuple[int, int]]:
    """Word spans of a true/false framing ("is it true that", "true or false", a trailing "right?") or of a
    request ("give me a quick summary of"): they say how to answer, not what about, so they are no terms for
    matching."""
    spans = []
    for pattern in (
        _FRAMING,
        _TRAILING_CHECK,
        _FOREIGN_CHECK,
        _LED_FRAMING,
        _REQUEST,
        _AUDIENCE,
        _FORMAT,
        _STORY_VOICE,
        _TEXT_PLACE,
    ):
        for match in pattern.finditer(joined):
            start = len(joined[: match.start()].split())
            spans.append((start, start + len(match.group(0).split())))
    before = joined
    for _ in range(settings.STACKED_TAGS):
        # "... has 190 million users thats right yeah": tags stack, each after the last; the pattern ends at the end
        tag = _TRAILING_CHECK.search(before)
        if tag is None or not tag.start():
            break
        before = before[: tag.start()].rstrip(" ,")
        if before.endswith(" that"):
            before = before[: -len(" that")]  # "thats" is read as "that is"
        again = _TRAILING_CHECK.search(before)
        if again is None or not again.start():
            break
        start = len(before[: again.start()].split())
        spans.append((start, start + len(again.group(0).split())))
    for match in _WRITER_ON.finditer(joined):
        start = len(joined[: match.start(2)].split())
        spans.append((start, start + len(match.group(2).split())))
    for match in _WRITTEN_ABOUT.finditer(joined):
        start = len(joined[: match.start(2)].split())
        spans.append((start, start + len(match.group(2).split())))
    if any(noun in joined for noun in _REASONS_ASKED):
        for match in _PRESENTED.finditer(joined):
            start = len(joined[: match.start(2)].split())
            spans.append((start, start + len(match.group(2).split())))
    return spans


_PRESENTED = Lazy(
    r"\b(explanations?|reasons?|theor(?:y|ies)|possibilit(?:y|ies)|motives?|causes?) ((?:is |are |was |were )?"
    r"(?:offered|given|suggested|floated|proposed|mentioned|put forward|raised|cited|presented)"
    r"(?: (?:here|in (?:the|this) (?:article|story|piece|text)))?)$"
)
"""A reason "offered" or "given" at the end of a question: the article presenting it, not what it is about."""


_WRITER_ON = Lazy(
    r"\b(which|what)(?: (?:kind|sort|type)s? of)? [\w-]+ ((?:is|are|was|were|does|do|did) (?:the|this) (?:article|story"
    r"|piece|text|writer|author|report|journalist|reporter) (?:talking|talk|writing|write|referring|refer|speaking"
    r"|speak) (?:about|of|to|on))\b"
)
"""The writer as the teller of a thing asked for ("what kind of sites is the writer talking about?"): the thing is
asked, not the writer."""

_WRITTEN_ABOUT = Lazy(
    r"\b(wrote|write|writes|written|authored|published|posted|penned) ((the|this|that) (article|story|piece|text"
    r"|post) (about|on) .*)$"
)
"""What the article is about, named after who wrote it ("who wrote the article about Alipay and Mogujie?"): it
says which article, not what is asked about."""

_TEXT_PLACE = Lazy(
    r"\b((in|within|from|of) )?(the )?(opening|first|second|third|last|final|closing)( appositive)? (paragraph|sentence"
    r"|line|phrase|clause|section)\b|\b((in|within|from|of) )?(para(graph)?|line) \d{1,2}\b|\b((as it is |as )?(glossed|described|defined) )?((in|by) )?(the |an |its )?"
    r"appositi(ve|on)( phrase)?\b"
)
"""Where in the text a reader points ("in the opening appositive phrase", "the first paragraph"): the place, not
what is asked about."""

_SENTENCE_BREAK = Lazy(r"(?<=[?!.;])\s+|(?<=[?!.;][\"'\u2019\u201d])\s+")
_OPENING = Lazy(
    r"^(who|whom|whose|what|whats|wat|wats|wot|when|where|why|how|which|is|are|was|were|do|does|did|has|have|had"
    r"|can|could|will|would|should|true|confirm)\b",
    re.IGNORECASE,
)
_BARE_CHECK = Lazy(
    r"^(can|could|may|should) (we|i) (run|print|publish|air|use|report|say) (that|this|it)( on air| in print)?\W*$"
    r"|^(is|was) the (statement|sentence|claim) (really |actually )?(true|right|correct|accurate|true or false)\W*$"
    r"|^(is|was|are|were) (she|he|they) (really |actually )?(right|correct|wrong)\W*$"  # (of one reported: "My son wrote ...")
    r"|^(is|was) (that|this|it) (really |actually |all )?(right|correct|true|accurate|so|ok|okay|the case|a fact"
    r"|what the (story|article|piece|text) says|the (number|figure|year|date|amount|total|name|one)\b.*)\W*$"
    r"|^(right|correct|true|accurate|am i right|did i get (it|that) right|true or false|right or wrong|pass or fail"
    r"|true or not"
    r"|correct or (not|incorrect|wrong)|yes or no|fact or fiction|really|for real|fr|no cap|true or cap|cap or (no cap|not)"
    r"|(please )?(confirm|verify|check)( or (deny|refute))?( (it|that|this))?( please)?"
    r"|(can|could|would|will) you (please )?(check|confirm|verify)( (it|that|this))?( for me)?( please)?"
    r"|(does|do|did) (the )?(article|story|text|piece|writer|author) (support|back up|back|confirm|agree with|say)"
    r"( (it|that|this))?|(is|was) (this|that|it) (sentence|statement|line|claim) (correct|right|true|accurate))\W*$",
    re.IGNORECASE,
)
"""A question that only asks whether the sentence before it holds."""
_REPORTED = Lazy(
    r"^(.*?\b)?(i|we|she|he|they) (have |has )?(wrote|writes|written|noted|put|put down|said|says|think|thinks|thought|read|heard|believe|believed"
    r"|understood|understand|remember|remembered|assumed|guess|guessed|claimed)( that)?:?\s+"
    r"|^(my|our|the|a|his|her|their|one|another|some|this) (\w+ ){0,3}(says|say|said|states|state|stated|claims|claim"
    r"|claimed|reads|read|has it|have it|wrote|writes|thinks|thought|believes|answered|argued|argues|insists"
    r"|suggested|suggests|put|described|describes|summarised|summarized|explained|explains|called|calls"
    r"|gave|gives)( that)?:?\s+"
    r"|^(my|our) (\w+ ){0,2}(has|have|lists?|shows?)\s+"  # ("Our quiz sheet has ...")
    r"|^(draft|copy|script|notes?|summary|caption|headline|worksheet|slide|intro|lede|transcript|answer key)( \d+)?"
    r" (says|say|said|reads|read|states|claims|has it|gives)( that)?:?\s+",  # ("Draft says ...", a document by its name)
    re.IGNORECASE,
)
"""What frames a statement as the reader's own ("For my worksheet I wrote that ..."): not part of it."""
_HEARSAY = Lazy(
    r"^(somebody|someone|people|everyone|a friend|my \w+|they)( \w+){0,3} (said|say|says|told me|reckons?|claimed"
    r"|claims)( that)?\s+",
    re.IGNORECASE,
)
"""Someone else's word a reader checks ("somebody at school said ..."): the statement after it is checked."""
_INTERJECTION = Lazy(
    r"^\s*((right|ok|okay|cool|great|alright|all right|thanks|thank you|hmm+|well|oh|ah|yes|yeah|yep|no|nope"
    r"|got it|i see|interesting|nice|wow|sure|fine|perfect|understood|come on|pray tell|sir|miss|madam|teacher|hey|hi|hello"
    r"|say again|come again|sorry|pardon|one more time"
    r"|students|class|everyone|everybody|kids|children|pupils|folks|guys|team|listeners|viewers|readers)[\s,!.]*)+[,!.]\s*",
    re.IGNORECASE,
)
"""Words opening a reply in a conversation ("Right,", "OK cool,", "Thanks!"): they react to the last answer."""
_TF_SLASH = Lazy(r"^\s*t\s*/\s*f\b", re.IGNORECASE)
"""A worksheet's "T/F" label, which the word reader would split into two letters."""
_TOLD_TO_AUDIENCE = Lazy(
    r"^\s*(explain|describe|tell|say|summari[sz]e|show)\s+(to|for) (our|my|the|your|us|me)\s*(listeners|readers|viewers"
    r"|audience|students|class|pupils|kids|group)?\s+(?=(what|how|why|who|when|where|which|whether)\b)",
    re.IGNORECASE,
)
_EXPLAIN_TO = Lazy(
    r"(^|(?<=[.!?] ))\s*((how|what'?s the best way) (do|would|can|could|should|to) (i|we|you|one) |(can|could|would) you |please )?"
    r"(explain|describe|tell)( to (a |an |the |my |our |your )?[\w-]+( [\w-]+){0,2}?)? (?P<clause>(what|who|why|how|when"
    r"|where|which)\b.+?)( to (a |an |the |my |our |your )?[\w-]+( [\w-]+){0,2})?\s*([,;:].*)?[?.!]*\s*$",
    re.IGNORECASE,
)
"""Explaining a thing to someone ("How do I explain what Alipay is to 8-year-olds?"): the thing is asked."""
_AUDIENCE_TAIL = Lazy(
    r",?\s+for (those of us|people|someone|anyone|readers|kids|children|students|beginners|non-experts|a beginner"
    r"|a child|a kid|my class|my students|my kids|my son|my daughter|non-native speakers)( who [^?,]*| like me)?\s*[?!.]*\s*$",
    re.IGNORECASE,
)
"""Whom an answer is for, closing a question ("..., for those of us who aren't tech people?"): asks nothing."""
_FOR_AUDIENCE = Lazy(
    r"^\s*for (our|my|your) \w+( \w+)?\s*[,:-]\s*(?=(what|which|who|when|where|why|how|is|are|was|were|do|does|did)\b)"
    r"|^\s*for (our|my|the|your) (listeners|readers|viewers|audience|students|class|pupils|kids|show|podcast|essay"
    r"|homework|report|worksheet|quiz|segment|piece)\b[\s,:-]*",
    re.IGNORECASE,
)
"""Whom the question is asked for ("For our listeners, ..."): it asks nothing."""
_ARTICLE_POSITION = Lazy(
    r"\b(at|in|near) the (very )?(start|beginning|top|opening|head) of (the|this) (article|story|piece|text|report)\b"
    r"|\bin the (first|opening) (line|lines|sentence|paragraph) (of (the|this) (article|story|piece|text))?",
    re.IGNORECASE,
)
"""Where in the article a thing is said ("at the very start of the article"): not a moment of the story."""
_FILLER_INITIALS = frozenset("oruwhsmtpc")
"""First letters of the spoken fillers below: most questions start otherwise and never need the pattern."""
_FILLER_OPENING = Lazy(
    r"^\s*(ok|okay|right|alright|well|um+|uh+|hmm+|oh|sir|miss|madam|maam|teacher|hey|hi|hello|please|(please )?tell me,?|(please )?(can|could) you tell me,?)(\s+(so|but|and))?\s+"
    r"(?=(is|are|was|were|do|does|did|has|have"
    r"|had|can|could|what|whats|who|how|why|when|where|which)\b)",
    re.IGNORECASE,
)
"""Spoken fillers before the question ("ok so is it true that ...", "um so what ..."), without a comma."""
_CAUSAL_CLAIM = Lazy(
    r"^(so |and |but )?(is|are|was|were|do|does|did|has|have|had|is it true that|true or false:?|yes or no:?)\b.*"
    r"\b(because|cuz|coz|bc)"
    r" (?!(i|we|my|our|im|i'm|it's for|its for|of my|of our)\b)"
    r"|\bbecause (?!(i|we|my|our|im|i'm|it's for|its for|of my|of our)\b).*(,|\s[-\u2013\u2014]+)\s*(is that|is this"
    r"|isn't it|right|true|correct|am i right|did i get)\b"
    r"|^(?!\s*(what|how|why|when|where|who|which)\b)[^?.!]*\b(because|cuz|coz|cause|bc)"
    r" (?!(i|we|my|our|im|i'm|it's for|its for|of my|of our)\b)[^?.!]*\?+\s*$",
    re.IGNORECASE,
)
"""A yes/no claim giving a cause ("Did Alipay drop Mogujie because it switched to WeChat Payment?"): the cause is
part of what is checked, unlike a reader's own reason for asking ("... because I need it for homework")."""
_WHEN_SCENE_YESNO = Lazy(
    r"^\s*when (?!(is|are|was|were|do|does|did|has|have|had|can|could|will|would|exactly)\b)(?P<clause>[^,?]{3,80}),"
    r"\s*(?P<q>(?!\s)(?!(so |and |then )?(what|whats|how|who|whom|whose|which|why|where|when)\b)[^,?]{3,80}\?)\s*$",
    re.IGNORECASE,
)
"""A leading "when" clause, then a question that is no wh-question ("When the sites emerged, was Alibaba happy?")."""
_STATED_STATE = Lazy(r"^\w+( \w+){0,3} (is|was|are|were) ", re.IGNORECASE)
"""A statement of how a party is or was ("Alibaba was happy with this"), which a check can settle."""
_CAUSE_AS_BECAUSE = Lazy(
    r"(?<=\w )(?<!what )(?<!which )(?<!the )(?<! a )(?<!root )(?<!main )(?<!real )(?<!only )'?cause (?=(?:it|they|he|she|we|the \w+|[a-z]+) (?:\w+ed|went|was|were|had|did|got|made|took|gave"
    r"|is|are|has|does|wanted|let|began|started|kept)\b)",
    re.IGNORECASE,
)
"""Speech's "'cause" joining a clause that states something done ("... cause Mogujie went with WeChat Pay"):
"because", not the noun ("the cause of it") nor the verb ("did the cutoff cause Mogujie to switch?")."""
_BECAUSE = Lazy(
    r",?\s+\b(because|since i|as i|(?<!\bto )(?<!\bdid )(?<!\bdoes )(?<!\bwould )(?<!\bcould )cause|coz|cuz|bc)\b.*$",
    re.IGNORECASE,
)
"""A reason the reader gives for asking, cut off; "cause" after "to" or a helper is the verb ("do to cause that")."""


_LEAD_IN = Lazy(
    r"^(?P<lead>[^:?!.]{3,60}?)(?::|\s[-\u2013\u2014]+|\s(?:lol|lmao|haha+|btw|tbh|ngl|omg)\b[,.!]*)\s+(?P<rest>\S.*)$",
    re.DOTALL | re.IGNORECASE,
)
"""A lead-in and what follows it: set off by a colon, a dash or a chat interjection ("on my break lol whats ...")."""


def lead_in(text: str) -> tuple[str, str] | None:
    """A short lead-in before a colon or dash and the question after it ("Just checking before class:
    Alipay is run by ...?", "For our byline check - who wrote this?"); None when there is none."""
    match = _LEAD_IN.match(text.strip())
    if not match or _OPENING.match(match.group("lead")):
        return None  # "Which was first: the fee or the marketplaces?" asks in its first part
    rest = match.group("rest").strip()
    # a long lead only before a full wh-question ("Sorry, I'm covering this class and know nothing about it -
    # what is this article basically about?")
    longest = 20 if _WH_OPENING.match(rest) and len(rest.split()) >= 4 else 8
    if len(match.group("lead").split()) > longest:
        return None
    short = len(rest.split()) < 3 and not (
        len(rest.split()) == 2 and _OPENING.match(rest)
    )  # "what's Meilishuo?"
    if short or not (rest.endswith("?") or _OPENING.match(rest)):
        return None
    tag = " ".join(re.findall(r"[a-z0-9]+", rest.lower().replace("'", "").replace("\u2019", "")))
    checked = _TRAILING_CHECK.search(tag)
    lead = match.group("lead").lower()
    if checked and checked.start() == 0 and (has_finite_verb(lead) or re.search(r"\d", lead)):
        return (
            None  # "The fee rumour dates from 2013 - is that what the piece says?": a statement and its check
        )
    return match.group("lead").strip(), rest


_OF_WHICH_LEAD = Lazy(
    r"^\s*(?:of|from|to) which (?P<kind>company|companies|firm|group|corporation|organi[sz]ation|society)"
    r" (?:is|was|are|were|belongs|belong|belonged) (?P<thing>[^?]+?)\s*\??\s*$",
    re.IGNORECASE,
)
_OF_WHICH_TAIL = Lazy(
    r"^\s*(?P<thing>[^?]+?) (?:is|was|are|were) (?:part )?(?:of|from) which (?P<kind>company|companies|firm|group"
    r"|corporation|organi[sz]ation|society)\s*\??\s*$",
    re.IGNORECASE,
)
"""A learner's "of which company is X?": which company X belongs to."""
_WHAT_BEHIND = Lazy(
    r"\bwhat(?:'s|s| is| was| lies| lay)\s+(?:really\s+|actually\s+)?behind\s+(?=(?:the|this|that|its|their|\w+'s)"
    r"\s+(?:\w+\s+)?(?:decision|move|change|choice|cut|cutoff|cut-off|switch|u-turn|reversal|turnaround|return"
    r"|resumption|shift|step|unhappiness|anger)\b)",
    re.IGNORECASE,
)
"""What lies behind an event (the decision, Alipay's change of heart) is its reason; who is behind a name
runs it."""
_FOR_WHOM = Lazy(
    r"^\s*(for|to help) (\w+ ){0,3}?(who|that)\b[^,?]{0,80}, (?=(what|whats|who|how|why|when|where|which|is|was"
    r"|are|were|did|does|do|can|could)\b)",
    re.IGNORECASE,
)
"""A leading "for the people who ..." says whom the answer is for, not what is asked."""
_PURPOSE_LEAD = Lazy(
    r"^\s*(if (i|we) ('m|am|are|'re|have|had|need|needed|want|wanted|must|was|were|'ll|will) (to |going to )?"
    r"(argue|debate|defend|explain|present|teach|write|make|take|give|prepare|play)\b[^,?:]{0,60}"
    r"|as (a|an) [^,?:]{0,40}(student|teacher|reporter|journalist|host|parent|learner|editor|debater|producer)"
    r"|((quick|one|just a) (check|question|thing) )?(before|after|when|since|so|because|once|while) (i|we) [^,?:]{0,60})"
    r"\s*[,:\-\u2013\u2014]\s+(?=(what|whats|who|how|why|when|where|which|is|was|are|were|did|does|do|can|could)\b)",
    re.IGNORECASE,
)
"""A leading clause saying why one asks ("If I have to argue Alibaba's side, ...", "As a debater, ...", "Quick
check before I hand this to the class - ..."): the question follows it."""
_PURPOSE_OPENERS = frozenset({"if", "as", "quick", "one", "just", "before", "after", "when", "since", "so", "because",
                              "once", "while"})  # fmt: skip
"""First words of a leading clause saying why one asks (one look before the pattern)."""
_GUESSING_TAIL = Lazy(
    r",?\s+or (?:is|are|was|does|do) (?:it|they|he|she|the \w+) (?:only |just |merely |simply |still )?(?:guessing"
    r"|speculating|assuming|hedging|making it up|inferring)\W*$",
    re.IGNORECASE,
)
"""The other half of "does it know ..., or is it only guessing?": the answer says which, and how sure."""
_OR_SUCH_TAIL = Lazy(
    r",?\s+or (something|someone|somebody|whatever|whoever|sth|smth|summat|so)( (like|similar to) (that|this|it))?"
    r"\s*[?!.]*\s*$",
    re.IGNORECASE,
)
"""A closing "or someone like that": a hedge on the guess before it, which is what is put to the check."""
_OR_WHAT_TAIL = Lazy(r",?\s+or what(?: exactly| then| else| is it| was it)?\s*[?!.]*\s*$", re.IGNORECASE)
"""A closing "or what?" ("or what exactly?"): a yes/no question said casually, whose check says what it is."""
_OR_ANY_OTHER = Lazy(
    r",?\s+or (?:is it |was it |are they |were they )?(?:some|any|an|a|something)?\s*(?:other|else|different)"
    r"(?: (?:kind|type|sort|form)s? of \w+| \w+)?\s*[?!.]*\s*$",
    re.IGNORECASE,
)
"""An open other option closing a yes/no ("Is Mogujie a payment company, or some other kind of service?", "... or
something else?"): the guess is checked, and its "no" says what the story calls it."""
_WH_THEN_GUESS = Lazy(
    r"^\s*(?:what|who|wat|waht)(?:'s|s| is| are| was| were) (?P<x>[^,?]{2,40}?)\s*[,?]+\s*(?:(?P<aux>is|was|are|were)"
    r" (?:it|they|he|she|this|that)|(?:it|they|he|she|this|that) (?P<put>is|was|are|were)) (?P<y>[^?]{3,80}?)\s*\?*\s*$",
    re.IGNORECASE,
)
"""A question that offers its own guess ("What is Alimama, is it Alibaba's referral program?", or in a learner's
word order "..., it is a shop?"): a check."""
_WH_THEN = (
    r"^\s*(?P<wh>(?:when|what|which|who|how many|how much|where)\b[^?,;\u2013\u2014]{6,}?)\s*(?:[,;?]+|\s[-\u2013\u2014]+"
    r"|[\u2013\u2014])\s*"
)
"""A wh-question and the break after it, which a guess at its answer follows (shared by the two patterns below)."""
_WH_THEN_VALUE = Lazy(
    _WH_THEN
    + r"(?:(?:so|and|or) )?(?:(?P<aux>was|is|were|are) (?:it|that|they|there) |i (?:think|believe|guess"
    r"|reckon) (?:it was |it's |its |it is |they were |there were )?)(?P<guess>[^?,]{1,40}?)\s*\?*\s*$",
    re.IGNORECASE,
)
"""A wh-question, then the reader's own guess at its answer ("When was it founded - was it 2012?")."""
_WH_THEN_VALUE_ASKED = Lazy(
    _WH_THEN
    + r"(?:(?:so|and|or|like|maybe) )?(?P<guess>[^?,]{1,40}?),? (?P<aux>was|is|were|are) (?:it|that|they)"
    r"(?: right)?\s*\?*\s*$",
    re.IGNORECASE,
)
"""The same with the guess before its "was it", as speech puts it ("how many shops ..., a few hundred was it?")."""
_WH_THEN_NOUN_GUESS = Lazy(
    r"^\s*(?P<wh>(?:who|what|which|where)\b[^?,;]{6,}?)\s*[,;]\s*(?:(?:like|maybe|probably|perhaps) )?"
    r"(?P<guess>(?:some|a|an) (?:(?!\bor\b)[^?,]){2,40}?)\s*\?+\s*$",
    re.IGNORECASE,
)
"""A wh-question, then a guess at its answer in a few words with no value to check ("who wrote this piece, some
writer out of Beijing?"): the question is what is asked, and its answer shows the guess right or wrong."""
_WH_THEN_BARE = Lazy(
    r"^\s*(?P<wh>(?:when|what|which|how many|how much|how long)\b[^?]{6,}?)\s*\?+\s*(?:(?:so|or|like|maybe|about"
    r"|around) )*(?P<guess>[\w%.,' -]{1,20}?)\s*\?+\s*$",
    re.IGNORECASE,
)
"""A wh-question, then a bare guess at its answer as a question of its own ("... the 2000 stores? 6?")."""
_COUNTED_IN = Lazy(r"^\s*how many (\w+)", re.IGNORECASE)
"""What a how-many question counts, which a bare figure guessed at it counts too."""
_VALUE_LIKE = Lazy(
    r"\d|%|\b(half|quarter|third|percent|one|two|three|four|five|six|seven|eight|nine|ten|hundred|thousand|million|billion)\b"
)
"""A guess that carries a figure or a year the answer can be checked against (a name is left to the parts: the
check of a name finds it anywhere in the record, "was it Alipay?" of the service Alipay's rival)."""


_ASKS_AGAIN = Lazy(r"\s*(which|what|how|who|when|where|why)\b(?!\s*[,!])", re.IGNORECASE)
"""A second part that opens on a question word asks again ("Which percent?"); it guesses nothing."""


def _guessed_value(text: str) -> re.Match[str] | None:
    """The wh-question and the guess at its answer, when the guess carries a value to check ("..., was it 2012?",
    "... i put 2012, is that right?")."""
    found = (
        _WH_THEN_VALUE.match(text)
        or _WH_THEN_VALUE_ASKED.match(text)
        or (_WH_THEN_BARE.match(text) if text.count("?") > 1 else None)
    )
    if found and _VALUE_LIKE.search(found.group("guess")) and not _ASKS_AGAIN.match(found.group("guess")):
        return found  # (not "How much ...? Which percent?": a second question, not a guess)
    answered = (
        _WH_THEN_ANSWERED.match(text) if "right" in text or "correct" in text or "true" in text else None
    )
    # (a name put as the answer is left to the parts: "was it Alipay?" would find Alipay anywhere in the record)
    return answered if answered and _VALUE_LIKE.search(answered.group("guess")) else None


_PUT_AS_ANSWER = (
    r"(?:(?:and|so|but) )?i (?:put|wrote|said|answered|guessed|chose|went with|think|thought|believe|reckon)"
    r"(?: down)?,? (?:it was |it's |its |it is |that |like )?(?P<guess>[^?,.]{1,40}?)\s*[,.\u2013\u2014-]*\s*(?:is that"
    r"|was that|am i|is it)? ?(?:right|correct|true)"
)
"""The reader's own answer put to the check ("i put Alipay, is that right?"): after a wh-question in one message,
or as a message of its own after the question before."""
_WH_THEN_ANSWERED = Lazy(
    r"^\s*(?P<wh>(?:when|what|which|who|how many|how much|where)\b[^?]{6,}?)\s*[?.!]+\s*"
    + _PUT_AS_ANSWER
    + r"\s*\?*\s*$",
    re.IGNORECASE,
)
"""A wh-question, then the reader's own answer put to the check ("when was it founded? i put 2012, is that
right?")."""
ANSWER_PUT = Lazy(r"^\s*" + _PUT_AS_ANSWER + r"\W*$", re.IGNORECASE)
"""The reader's own answer to the question before, put to the check ("i put Alipay, is that right?")."""


def guesses_answer(text: str) -> bool:
    """True when a wh-question closes on the reader's guess at its answer ("..., was it 2012?"): one question."""
    return _guessed_value(text) is not None


_JOKING_LIKENESS = Lazy(r"^(like|kind of like|sort of like) (?![^?]*\b[A-Z])[^?]*$")
"""A guess likening a thing to no name at all ("is it like somebodys mama"): nothing to check."""
_JOKING_GUESS = Lazy(
    r"^\s*(?:is|was) (?:it|that|this|they) (?P<y>(?:like|kind of like|sort of like) [^?]*?)\W*$", re.I
)


def joking_guess(part: str) -> bool:
    """True for a part only likening the thing just asked about to no name ("is it like a cookie brand haha")."""
    found = _JOKING_GUESS.match(part)
    return bool(found and _JOKING_LIKENESS.match(found.group("y")))


_GUESS_THEN_WH = Lazy(
    r"\b(is|are|was|were|does|do|did) (it|they|this|that|he|she)\b[^?]*?,? or (?=(what|which|how|who|where|when|why)\b)",
    re.IGNORECASE,
)
_NAMED_GUESS_THEN_WH = Lazy(
    r"^\s*(is|are|was|were) (?P<x>\w+(?: \w+)?) (a|an|the) [^?,]*?,? or (?P<wh>(what|which) [^?]*?) (?P<aux>is|are|was|were)"
    r" (it|they)\s*\?*\s*$",
    re.IGNORECASE,
)
"""A guess about a name, then the open question about it ("Is Alimama a bank or what kind of program is it?")."""
_WHAT_LIKE = Lazy(
    r"^\s*(what(?:'s| is| was| are| were)|what (?:did|does|do)) (.+?) (?:(?:look|looks|seem|seemed) )?like"
    r"((?: (?:in|at|after|by|around|about|when|back|then|five|four|six|a|the|\d+)\b[^?!.]*)?)\s*[?!.]*\s*$",
    re.IGNORECASE,
)


def _as_what_is(found: re.Match[str]) -> str:
    """ "What did X look like five months in?" as "What was X five months in?": what it is, not what it
    resembles."""
    verb = found.group(1)
    if verb.lower().startswith("what d"):
        verb = "what was" if verb.lower().endswith("did") else "what is"
    return f"{verb} {found.group(2)}{found.group(3)}?"


_HOW_DESCRIBED = Lazy(
    r"^\s*(?:how (?:does|did|do) (?:the|this) (?:writer|author|article|story|text|piece|journalist|reporter|report)"
    r" (?:describe|define|call|label|characteri[sz]e|portray|present|introduce|refer to)"
    r"|what (?:does|did|do) (?:the|this) (?:writer|author|article|story|text|piece|journalist|reporter|report)"
    r" (?:call|label|refer to|describe|characteri[sz]e))"
    r" (?P<x>[^?,]+?)(?: as)?(?:\s*(?:[,\u2013\u2014]|--?)\s*(?:a|an|just a|like a|maybe a) [^?]*)?\s*[?!.]*\s*$",
    re.IGNORECASE,
)
"""How the story describes a name ("How does the writer describe Meilishuo?", "What does the article call Alipay, a
bank?", with a guess of the reader's after it): what the name is."""
_ROLE_PLAYED = Lazy(
    r"^\s*(what|which) (role|part|function) (does|did|do|is|was|are|were) (?P<x>.+?) (play|playing|played|have|has"
    r"|had|serve|serving)\b(?P<rest>[^?!]*)[?!.]*\s*$"
    r"|^\s*what(?:'s| is| was) (?:the (?:role|part|function) of (?P<y>.+?)|(?P<z>.+?)(?:'s|s') (?:role|part|function))"
    r"(?P<tail>(?:\s+(?:in|here)\b[^?!]*)?)[?!.]*\s*$",
    re.IGNORECASE,
)
"""A party's role asked of ("What role does Taobao play in the story?", "what's Alimama's function?"): what it is."""
_THIS_STORY = Lazy(
    r"^\s*((here|in ((this|the|its|their) )?(\w+(?:'s|\u2019s|s')? )?(story|article|piece|text|report|news|ecosystem|empire|group|world"
    r"|family|business|industry|picture|case))\s*)?$",
    re.IGNORECASE,
)
"""A role's setting that is the story or the party's world ("here", "in the Alibaba group"): no event."""


def _as_role(found: re.Match[str]) -> str:
    """ "What role does Taobao play in the story?" as "What is Taobao?"; a role in an event keeps the event ("What
    part did Alibaba play in the cutoff?" as "What did Alibaba do in the cutoff?")."""
    name = found.group("x") or found.group("y") or found.group("z")
    rest = found.group("rest") if found.group("x") else found.group("tail")
    if _THIS_STORY.match(rest or ""):
        return f"what is {name}?"
    return f"what did {name} do{rest}?"


_LIKE_WHAT = Lazy(
    r"\b(is|are|was|were) like (?:what|wat|wut)\b(?=( exactly| really)?\s*[?!.]*\s*$)", re.IGNORECASE
)
_NAME_OF_ONE_WHO = Lazy(
    r"^\s*(what(s|'s| is| was)|tell me|give me|do you know) (\w+ )?(the )?name of (the|this|that|a|an) (?P<noun>\w+)"
    r" (?P<rel>who|that|which) (?P<rest>.+)$",
    re.IGNORECASE,
)
_GAP = r"(?:_{2,}|\.{4,}|\u2026{2,}|\[\s*(?:blank|\?|\.\.\.)\s*\]|\(\s*blank\s*\))"
_BLANK = Lazy(_GAP)
"""A gap to fill in a worksheet sentence."""
_BLANK_ASKS = [
    (Lazy(rf"\bby\s+{_GAP}", re.IGNORECASE), "by whom"),
    (Lazy(rf"\b(based|located|headquartered|living|lives) in\s+{_GAP}", re.IGNORECASE), r"\1 in which city"),
    (Lazy(rf"{_GAP}\s+(million|thousand|billion)\b", re.IGNORECASE), "how many"),
    (Lazy(rf"{_GAP}\s*(percent|per cent|%)", re.IGNORECASE), "what percent"),
    (Lazy(rf"{_GAP}\s+of (the|its|their|all)\b", re.IGNORECASE), r"what share of \1"),
    (Lazy(rf"\bon\s+{_GAP}(?=\s*[.?!]*\s*$)", re.IGNORECASE), "on which date"),
    (Lazy(rf"\b(?:the )?(month|day|date|week) of\s+{_GAP}", re.IGNORECASE), r"which \1 of"),
]
"""Blanks whose place says what kind of answer fills them."""
_FILL_IN = Lazy(
    r"^\s*(please\s+)?(fill in|complete)( in)?( the)?( blanks?| gaps?| sentence)?\s*[:\-\u2013\u2014]?\s*",
    re.IGNORECASE,
)


_HEARD_VERBS = r"heard|read|(?:was|were) told"
"""Verbs of word that reached the reader ("I heard", "I read", "I was told"), alone or among `_HEARSAY_VERBS`."""
_HEARSAY_VERBS = (
    r"says?|said|reports?|reported|claims?|claimed|writes?|wrote|states?|stated|suggests?|suggested|reckons?"
    r"|reckoned|thinks?|thought|believes?|believed|told me|insists?|insisted"
    rf"|ha(?:ve|s|d) (?:a |some )?notes?(?: saying)?|{_HEARD_VERBS}|learn(?:ed|t)|saw"
)
"""Verbs giving someone's word or hunch ("a blog says", "my friend reckons", "I have a note that", "I heard")."""
_HEARSAY_THEN_ASK = Lazy(
    rf"^\s*(?P<who>[^.?!]{{0,40}}?\b({_HEARSAY_VERBS})(,)?( that)?)\s+(?P<claim>[^.?!]{{8,}}?)[.!;?]+\s+"
    r"(?P<q>[^.?!]{2,60}\?*)\s*$",
    re.IGNORECASE,
)
"""Another source's claim, then a short question about it ("A blog says Alipay Wallet has 150 million users. What's the
figure here?"): the claim is what is put to the story."""
_HEARSAY_COMMA_ASK = Lazy(
    rf"^\s*(?P<who>[^.?!]{{0,40}}?\b({_HEARSAY_VERBS})( that)?)\s+(?P<claim>[^.?!]{{8,}})(,|\s[-\u2013\u2014])\s+"
    r"(?P<q>[^,.?!]{2,40}\?*)\s*$",
    re.IGNORECASE,
)
"""The same with the question after the claim's last comma or dash ("I think Mogujie is from Japan, is that right?")."""
_POINTS_AT_CLAIM = Lazy(
    r"^(is|was|are|were) (that|this|it|he|she|they) (really |actually )?(right|true|correct|accurate|so)\W*$"
    r"|\bwhat('s|s| is| was) the (figure|number|date|year) here\b"
    r"|\b(does|do) (that|this|it|(the|this) (article|story|piece|text)) (match|agree|say so|back (that|this|it) up)\b"
    r"|^(is|was) (that|this) (really )?what (it|the (article|story|piece|text)) (says|said|states|reports)\b",
    re.IGNORECASE,
)
"""A question about the claim before it ("Is that right?", "What's the figure here?", "Does that match?", "Does this
article agree?", "Is that what it says?")."""


def _hearsay_checked(text: str) -> str | None:
    """The claim of "<someone> says <claim>. <question about it>?" (or "..., is that right?") as a question to
    check, or None."""
    for pattern in (_HEARSAY_THEN_ASK, _HEARSAY_COMMA_ASK):
        found = pattern.match(text)
        if found and found.group("who").split()[0].lower() in _ASKING_OPENERS:
            continue  # ("Can I say on air that ..., is that what the piece says?": the reader's own framing)
        if found and _POINTS_AT_CLAIM.search(found.group("q")) and len(found.group("q").split()) <= 9:
            return f"{found.group('claim').strip()}?"
    return None


_ASKING_OPENERS = frozenset(
    {"can", "could", "may", "might", "should", "would", "do", "does", "did", "is", "am"}
)
"""Words opening a question of the reader's own, not someone's word ("can I say ...")."""
_APPOSITIVE_TAIL = Lazy(
    r"(?P<name>\b[A-Z][\w-]*),\s+(the|that) (service|site|website|company|firm|app|platform|program|marketplace"
    r"|network|group|business) (that |which |who )?[^,?]{0,60}\?*\s*$"
    r"|(?P<owned>\b[A-Z][\w-]*),\s+[A-Z][\w-]*(?:'s|\u2019s) [a-z][^,?]{0,40}\?*\s*$"
)
"""A description closing a question after a name ("Which company runs WeChat Payment, the service Mogujie
switched to?", "... adopt WeChat Payment, Alipay's rival?"): it says which thing is meant, and asks nothing."""


def message_sentences(text: str) -> list[str]:
    """The sentences of a message, each with its closing mark (also a CJK or Arabic one)."""
    return [p for p in _SENTENCE_END.split(text) if p.strip()]


_OWN_REMARK = Lazy(
    r"(?<=[\w?])\s*[,.;:!?-]+\s*(?:(?:but|and|because|as|since|coz|cause) )?i\s*(?:did not|didn'?t|do not|don'?t|can ?not"
    r"|can'?t|could not|couldn'?t|am not|'?m not|have not|haven'?t)\s+(?:\w+ )?(?:find|see|get|understand|know"
    r"|remember|follow|spot|locate|notice|found|seen|got|understood)\b(?![^?]*\b(?:why|how|what|who|when|where|which)\b)"
    r"[^?]*[?.!]*\s*$",
    re.IGNORECASE,
)
"""A remark of the reader's own after the question ("..., I did not find the number"): about them, not the story."""


_NEVER_REMARK = Lazy(
    r"(?<=[\w?])\s*[,.;:!?-]+\s*(?:(?:but|and|because|as|coz|cause) )?(?:i(?:'?ve| have)? )?never (?:even )?"
    r"(?:heard|seen|used|knew|known|come across)\b(?![^?]*\b(?:why|how|what|who|when|where|which)\b)[^?]*[?.!]*\s*$",
    re.IGNORECASE,
)
"""The reader's own "..., never heard of it": a remark about them, not what they ask."""
_JUDGING_REMARK = Lazy(
    r"(?<=[\w?])\s*[,.;:!?-]+\s*(?:that'?s|thats|that is|which is|sounds|seems)\s+(?:so |very |really |pretty |quite "
    r"|kinda |kind of )?(?!(?:right|correct|true|false|so|it|wrong|accurate|the case|what|why|how|who|when|where|which"
    r"|a fact|a claim|a rumou?r|confirmed|fair|real|legit)\b)[a-z]+(?: for [\w ]{1,20})?[?.!]*\s*$",
    re.IGNORECASE,
)
"""A closing judgement of what was just said ("..., thats tiny for china??"): the reader's view, not a question."""
_REMARKS = (
    (("i ",), _OWN_REMARK),
    (("never",), _NEVER_REMARK),
    (("that", "seems", "sounds", "which"), _JUDGING_REMARK),
)
"""Each closing remark with the words one needs, so most messages skip its pattern."""


def without_own_remark(text: str) -> str:
    """The message without a closing remark about the reader's own search ("how many stores, I did not find the
    number") or judging what they said ("only 80 million users, thats tiny"): what is asked stands before it."""
    lowered = text.lower()
    for cues, pattern in _REMARKS:
        if any(cue in lowered for cue in cues) and (remark := pattern.search(text)) and remark.start() > 0:
            return text[: remark.start()] + "?"
    return text


def said_again(text: str, names: Container[str] = frozenset()) -> str:
    """A message as the reader means it: a sentence in another script or language left out, and with the
    reader's own correction in it, as corrected: "X? I mean, Y?" asks Y, and "how many người dùng, I mean
    users, ..." asks of users. A pronoun in what is kept stands for the one name (a word in `names`, lower
    case) that only the left-out part gave."""
    if not text.isascii():
        # "Mogujie is make when? 몇 년에 만들었어요?": a sentence in another script says it again for the reader,
        # and so does one in another language's letters ("Kto napisał ten artykuł? who wrote it")
        sentences = message_sentences(text)
        kept = [p for p in sentences if _LATIN.search(p)]
        english = [p for p in kept if not _FOREIGN_LETTER.search(p)]
        if english and len(english) < len(kept):
            said = " ".join(english)
            named = _left_out(" ".join(p for p in kept if p not in english), said, names)
            if not named:
                kept = english
            elif len(named) == 1 and len(_PRONOUN.findall(said)) == 1:
                kept = [
                    _named_for_pronoun(said, named[0])
                ]  # "Meilishuo có bao nhiêu cửa hàng? how many it have"
        if kept and len(kept) < len(sentences):
            text = " ".join(kept)
    lowered = text.lower()
    if "mean" not in lowered and "other words" not in lowered and "sorry" not in lowered:
        return text
    restart = _SAID_AGAIN.search(text)
    said = text[restart.end() :] if restart else ""
    if restart and len(said.split()) >= 3:
        pronouns = _PRONOUN.findall(said)
        if not pronouns:
            return said
        # "Kiedy Alipay przestał wspierać Mogujie? I mean when did Alipay stop support for it": the pronoun stands
        # for the one name of the first try the second leaves out ("Wer ist X? I mean, who is she?": she is X)
        named = _left_out(text[: restart.start()], said, names)
        if len(pronouns) == 1 and len(named) == 1:
            return _named_for_pronoun(said, named[0])
    return _MEANT_LAST.sub(r"\3\4", _MEANT_INSIDE.sub(r"\3", text))


def _left_out(before: str, said: str, names: Container[str]) -> list[str]:
    """The names (capitalised runs opening with a word in `names`) of `before` that `said` does not give."""
    found = []
    for run in _NAME.findall(before):
        run_words = run.split()
        while run_words and run_words[0].lower() not in names:
            run_words.pop(0)  # ("Kiedy Alipay ...": a capitalised first word of the sentence, then the name)
        name = " ".join(run_words)
        if name and name.lower() not in said.lower():
            found.append(name)
    return list(dict.fromkeys(found))


def _named_for_pronoun(said: str, name: str) -> str:
    """The text with its one pronoun put as the name ("its" as "Name's")."""
    return _PRONOUN.sub(lambda m: f"{name}'s" if m.group(0).lower() in _POSSESSIVES else name, said, count=1)


_RESTATE_AS = Lazy(
    r"^\s*(please |can you |could you |would you |now )*(express|give|put|write|show|convert|turn|state|say|present)"
    r" (that|it|this|the figure|the number|the share|that figure|that number)( to me| for me)? (?=(as|in|into) (a |an )?"
    r"(percent|fraction|share|ratio|proportion|decimal|number|figure|million|thousand))",
    re.IGNORECASE,
)
"""An imperative asking what was said in another form ("Express that as a percentage"): the form is what is asked."""


_WHAT_IS_GUESS = Lazy(
    r"^\W*(?P<q>(?:what|wat|wht|who)(?:'s| is| are| was| were|s) [^,?]{2,40}?)(?<! on)(?<! of)(?<! about)(?<! for)"
    r"(?<! to)(?<! with)(?<! from)(?<! in)(?<! by)\s*,\s*(?:like|kind of|sort of|is it|is that|is she|is he)?\s*"
    r"(?:a|an|some)\b(?![^?]*\bor\b)[^,?]{0,40}\?*\s*$",
    re.IGNORECASE,
)
"""What a thing is, asked with the reader's guess after a comma ("wat is alipay, like a payment thing?")."""
_OTHER_VOICE_AFTER = Lazy(
    r"\b(?P<voice>claims|claim|claimed|reports?|reported|rumou?rs?|statements?)"
    r"\s*,?\s+(?:rather than|instead of|as opposed to)\s+(?:an?\s+|the\s+|their\s+|its\s+)?(?:\w+\s+)?"
    r"(?:report|reports|rumou?rs?|claims?|statements?|announcements?|outlets?)\b(?=[^,;:]*$)",
    re.IGNORECASE,
)
"""Another kind of voice set against the one asked for ("own claims rather than a report"): nothing asked."""
_ADDRESS_WORDS = (
    r",\s*(?:my |oh )?(?:dear|dearie|darling|love|sweetie|honey|hon|hun|sir|madam|ma'?am|miss|teacher|mate|bro|buddy"
    r"|pal|friend|guys|folks|everyone|kids|class|bot|robot|chatbot)\s*"
)
_ENDEARMENTS = (" dear", " dearie", " darling", " sweetie", " honey", " hon", " hun", " mate", " bro", " fam")
_ADDRESSED = Lazy(
    rf"{_ADDRESS_WORDS}[?!.]*\s*$|{_ADDRESS_WORDS}(?=[,:;])"
    # (the endearments, which close no question about a story, need no comma: "who wrote this article dear")
    r"|(?<=\w)\s+(?:my )?(?:" + "|".join(w.strip() for w in _ENDEARMENTS) + r")[?!.]*\s*$",
    re.IGNORECASE,
)
"""A word of address closing the question or set off inside it ("..., dear?", "True or false, sweetie: ..."): who
is spoken to, not what is asked."""
_QUOTED_JUDGED = Lazy(
    r"^\W*(?:[\w ]{0,30}[:\u2013\u2014-]\s*|[\w ]{0,20} (?:reads|says|runs|is|goes)\s*:?\s*|(?:is|was)\s+)?"
    r"(?:'(?P<a>[^']*?\w[^']{6,}?)'|\"(?P<b>[^\"]{8,}?)\"|\u2018(?P<c>[^\u2019]{8,}?)\u2019|\u201c(?P<d>[^\u201d]{8,}?)\u201d)"
    # a judgement of it after, before any question word ("fair to what the story says?"; not "ok but how many ...")
    r"(?=(?:(?!\b(?:how|what|who|whom|whose|when|where|which|why)\b)[^'\"])*"
    r"\b(?:fair|accurate|right|correct|true|misleading|justified|supported|stand (?:that|it|this) up|hold up"
    r"|holds up|bear (?:that|it|this) out|back (?:that|it|this) up)\b[^'\"]*$)",
    re.IGNORECASE,
)
"""A statement in quotes someone wrote ("Headline: 'X'.", "'X' - ...") put to a judgement of it ("fair?",
"does the copy stand that up?"): what is checked is the statement."""
_GAP_OF_STATED = Lazy(
    r"^\W*(?P<stmt>[^?]{10,}?)[.!,;:]\s+(?:so |and |then |ok |okay )?(?:about |roughly |approximately |around )?"
    r"(?P<ask>how (?:many|much) (?:years|months|time)|how long)(?: is| was| are| were| did)?"
    r"(?: that| this| it| they| apart| in between| between (?:them|the two|those|these)| passed| go by| went by"
    r"| take| it take)*\W*$",
    re.IGNORECASE,
)
"""Two events stated, then the span between them asked ("... in 2011 and ... in late 2013. How many years is that?")."""
_TEACH_ME = Lazy(
    r"^\W*(?:excuse me,?\s*)?(?:please,?\s*|pls,?\s*|kindly\s*)?(?:teach|tell|explain to|show|help|remind) me\W*"
    r"(?=(?:what|who|when|where|why|how|which)\b)",
    re.IGNORECASE,
)
"""A polite request before a wh-question ("Excuse me, please teach me, what kind of service is ...?"): it says how
to answer, not what."""


_BARE_REASON = Lazy(
    r"^\s*(?:and |so |ok |okay |but )?(?:the |any |a )?(?P<noun>(?:reason|cause|motive|purpose|explanation)s?"
    r" (?:for|of|behind) (?:that|this|it|them|those))\W*$",
    re.IGNORECASE,
)
"""A follow-up asking the reason for the last answer as a bare noun phrase ("Reason for that?")."""
_PERFECT_SINCE = Lazy(
    r"(?P<perfect>\b(?:have|has|'ve)\b(?:(?! since\b).){1,60}?)\s+since (?:(?:early|late|mid|the (?:start|end) of) )?"
    r"(?:19|20)\d\d\b",
    re.IGNORECASE,
)
"""A present perfect with "since" and a year ("have used since late 2013"): the state up to now."""
_WH_STATE = Lazy(r"^\s*(?:so |and |ok )?(?:what|which|how(?! (?:many|much)\b)|who)\b", re.IGNORECASE)


def main_question(text: str) -> str:
    """The part of a rambling message that asks something: its first sentence that reads as a question, with
    a trailing "because ..." dropped ("what is alimama?? i think its a funny name" asks "what is alimama??");
    the text itself when no part stands out."""
    text = _RESTATE_AS.sub("", text)  # ("Express that as a percentage": a form asked of what was said)
    if "why" in text.lower():
        text = _TOLD_WHY.sub(r"\g<verb> the reason?", text)  # "Has Alipay explained why?": told its reason
    if "cause " in text:
        text = _CAUSE_AS_BECAUSE.sub("because ", text)  # "cut off mogujie cause mogujie went with wechat pay"
    scene = _WHEN_SCENE_YESNO.match(text) if "," in text else None
    if scene:
        # "When social shopping sites appeared, was Alibaba happy?": a yes/no after the scene it is set in (the
        # leading "when" asks no time), said with the scene after it; a statement put as a question is checked
        asked, when = scene.group("q").rstrip(" ?"), scene.group("clause").strip()
        if _AUX_OPENING.match(asked.lower()):
            text = f"{asked} when {when}?"
        elif _STATED_STATE.search(
            asked
        ):  # (not a bare act put as a guess: "Mogujie stops WeChat Payment or no?")
            text = f"is it true that {asked} when {when}?"
    bare_reason = _BARE_REASON.match(text)
    if bare_reason:
        text = f"what was the {bare_reason.group('noun')}?"  # "Reason for that?": a why, said as a noun
    if "since" in text.lower() and _WH_STATE.match(text):
        # "What model have the two sites used since late 2013?": a perfect "since" asks of the state from then to
        # now, not of the year's events (a yes/no puts the year to the check: "has it been going since 2011?")
        text = _PERFECT_SINCE.sub(r"\g<perfect> now", text)
    if " than " in text or " instead " in text or " opposed " in text:
        # "Which figures are the companies' own claims rather than a report?": the other kind of voice only
        # sets off the one asked for
        text = _OTHER_VOICE_AFTER.sub(r"\g<voice>", text)
    if "," in text or text.rstrip(" ?!.").lower().endswith(_ENDEARMENTS):
        # "When did it open, dear?": the one spoken to, not what is asked
        text = _ADDRESSED.sub(lambda m: "" if m.group().rstrip()[-1:].isalpha() else "?", text)
        guessed = _WHAT_IS_GUESS.match(text)
        if guessed:
            return (
                f"{guessed.group('q')}?"  # "what is alipay, like a payment thing?": what it is, guess aside
            )
    quoted = (
        _QUOTED_JUDGED.match(text)
        if "'" in text or '"' in text or "\u2018" in text or "\u201c" in text
        else None
    )
    if quoted:
        # "Headline draft: 'Alipay bans Mogujie'. Is that fair to the story?": the quoted statement is checked
        claim = next(g for g in quoted.group("a", "b", "c", "d") if g)
        return f"is it fair to say that {claim.strip()}?"
    gap = _GAP_OF_STATED.match(text) if "how" in text.lower() else None
    if gap and (" and " in gap.group("stmt") or " then " in gap.group("stmt")):
        # "Mogujie was founded in 2011 and opened its marketplace in late 2013. About how many years is that?":
        # the span between the two events the statement tells, asked as one question
        return f"{gap.group('ask')} between {gap.group('stmt').strip()}?"
    if " me" in text.lower():
        text = _TEACH_ME.sub(
            "", text
        )  # "please teach me, what kind of service is Mogujie?": the question asked
    trailing = _WH_LAST.match(text) if text.rstrip(" ?").lower().endswith(("when", "where", "why")) else None
    if trailing:
        # "Mogujie is make when?": a learner's question word left in the statement's place, asked first
        text = f"{trailing.group('wh')} {trailing.group('aux') or ''} {trailing.group('subj')} {trailing.group('rest')}?"
    which_last = (
        _WHICH_LAST.match(text)
        if (" which " in text.lower() or " what " in text.lower()) and not _OR_WHAT_TAIL.search(text)
        else None
    )  # (not "is that active users or what exactly?": a casual yes or no, left to its tail below)
    if which_last:
        # "Tracey Xiang work for which newspaper?": the asked-for kind of thing, put first as English puts it
        text = f"{which_last.group('wh')} {which_last.group('rest')}?"
    what_last = _PREP_WHAT_LAST.match(text) if text.rstrip(" ?").lower().endswith(_WHAT_ENDINGS) else None
    if what_last:
        # "people use Alipay Wallet for what?": the question word a learner leaves after its preposition
        rest = what_last.group("rest")
        lead = what_last.group("lead") or ""
        text = f"{lead}what {'' if rest.split()[0].lower() in _AUXES else 'do '}{rest} {what_last.group('prep')}?"
    if " or " in text:
        text = _OR_AGAIN.sub(
            r"\g<word> \g<a> or ", text
        )  # "like Pinterest or like Amazon": one "like" for both
    if "does the" in text.lower():
        text = _WRITER_SAYS.sub(r"\g<aux> the article say", text)  # "What does the reporter say is unknown?"
    if "body" in text.lower():
        text = _TEXT_BODY.sub(
            "the article", text
        )  # "How does the body describe Meilishuo?": the story's text
    explained = _EXPLAIN_TO.search(text) if "xplain" in text or "escribe" in text or "tell" in text else None
    if explained:
        text = f"{explained.group('clause')}?"  # "How do I explain what Alipay is to 8-year-olds?" asks what it is
    inferred = _INFER_ABOUT.match(text) if text.lstrip()[:4].lower() == "what" else None
    if inferred:
        text = text[inferred.end() :]  # "What can we infer about why ...?" asks why
    if "?" in text and QUOTE_CHARS.intersection(text):
        # "'Meilishuo had 3000 stores.' Is that what the article says?": the quoted statement, a sentence
        text = _QUOTED_STATEMENT.sub(lambda m: f"{m.group('said').rstrip('.!')}.", text)
        # "'X.' My student marked it true. Is the statement true?": the marking is not what is checked
        text = _STUDENT_MARK.sub(" ", text)
    about = _HOW_ABOUT_THEN.match(text) if text.lstrip()[:4].lower() in ("how ", "what") else None
    if about:
        text = f"{about.group('asked').rstrip(' ?!.')} ({about.group('topic')})?"  # "How about X, how many users?"
    if "?" in text and (
        any(mark in text for mark in ".,\u2013\u2014")
        or " - " in text
        or text.count("?") > 1
        or not text.rstrip().endswith("?")
    ):
        claimed = _hearsay_checked(text)  # (also "I think X? is that right")
        if claimed:
            return claimed  # "A blog says Alibaba bought Mogujie. Is that right?"
    if "wrote" in text.lower():
        text = _ONE_WHO_WROTE.sub("the writer", text)  # "is the person who wrote this a tech writer?"
    if " i " in text.lower() or " we " in text.lower():
        text = _PURPOSE_TAIL.sub(r"\g<q>?", text)  # "what's her email, i want to ask her ...": why one asks
    if (
        " my " in text.lower()
        or " our " in text.lower()
        or " for the " in text.lower()
        or " for a " in text.lower()
    ):
        text = _READERS_OWN.sub(
            "", text
        )  # "... in our script. Is that right?", "..., for the credit?": the reader's
    if any(c in text[:14] for c in ".):") or text.lstrip()[:3].lower() == "par":
        text = _SHEET_LABEL.sub("", text)  # "Q2. Name the company that operates Alipay."
    if text.rstrip().endswith((")", "]")):
        text = _SHEET_MARKS.sub("", text)  # "... (1 mark)"
    if ", the " in text or ", that " in text or "'s " in text or "\u2019s " in text:
        text = _APPOSITIVE_TAIL.sub(
            lambda m: f"{m.group('name') or m.group('owned')}?", text
        )  # "..., the service Mogujie switched to?" describes
    if " or " in text.lower():
        text = _GUESSING_TAIL.sub("?", text)  # "Does the article know why ..., or is it only guessing?"
        text = _OR_WHAT_TAIL.sub("?", text)  # "did Alibaba end up buying Mogujie or what?": a yes or no
        text = _OR_SUCH_TAIL.sub("?", text)  # "reported by Sina Tech or someone like that?": the guess alone
        text = _OR_ANY_OTHER.sub("?", text)  # "a payment company, or some other kind of service?": the guess
        text = _OR_AM_I_WRONG.sub("?", text)  # "is Mogujie like Pinterest or am I wrong": no second option
        text = _OR_ONLY_ONE.sub("?", text)  # "did both switch, or was it just one of them?": whether both did
    asked_then_guessed = _WH_THEN_GUESS.match(text) if ("," in text or text.count("?") > 1) else None
    if asked_then_guessed and _JOKING_LIKENESS.match(asked_then_guessed.group("y")):
        # "what is alimama?? is it like somebodys mama lol": a joke likens it to no name; the question is asked
        text = text[: asked_then_guessed.end("x")] + "?"
        asked_then_guessed = None
    if asked_then_guessed:
        # "What is Alimama, is it Alibaba's referral program?": the guess is put to the check
        aux = asked_then_guessed.group("aux") or asked_then_guessed.group(
            "put"
        )  # (a learner's "it is a shop?")
        text = f"{aux} {asked_then_guessed.group('x')} {asked_then_guessed.group('y')}?"
    guessed_value = None if asked_then_guessed else _guessed_value(text)
    if guessed_value:
        # "When did they launch their marketplaces - was it late 2012?": the guess is checked against the answer
        aux = guessed_value.groupdict().get("aux") or "is"
        said = guessed_value.group("guess")
        unit = _COUNTED_IN.match(guessed_value.group("wh"))
        if unit and said.strip().replace(".", "", 1).isdigit():
            said = f"{said} {unit.group(1)}"  # "how many months ...? 6?": six months, not six of anything
        text = f"{aux} it {said} ({guessed_value.group('wh')})?"
    noun_guess = None if guessed_value or asked_then_guessed else _WH_THEN_NOUN_GUESS.match(text)
    if noun_guess and not _VALUE_LIKE.search(noun_guess.group("guess")):
        text = (
            f"{noun_guess.group('wh')}?"  # "who wrote this piece, some writer out of Beijing?": the question
        )
    named_guess = _NAMED_GUESS_THEN_WH.match(text) if " or " in text else None
    if named_guess:
        # "Is Meilishuo a payment company or what kind of site is it?": the open question, of the name
        text = f"{named_guess.group('wh')} {named_guess.group('aux')} {named_guess.group('x')}?"
    guess = _GUESS_THEN_WH.search(text)
    if guess and len(text[guess.end() :].split()) >= 3:
        # "Meilishuo - is it a shop or what kind of company is it?": the guess gives way to the open question
        text = text[: guess.start()] + text[guess.end() :]
    # "what is Alipay Wallet like?", "alipay wallet is like wat exactly": what it is, not what it resembles
    text = _LIKE_WHAT.sub(r"\1 what", _WHAT_LIKE.sub(_as_what_is, text))
    if "role" in text or "part" in text or "function" in text:
        text = _ROLE_PLAYED.sub(_as_role, text)  # "What role does Taobao play?": what Taobao is
    if text.lstrip()[:4].lower() in ("how ", "what"):
        text = _HOW_DESCRIBED.sub(r"what is \g<x>?", text)  # "How does the writer describe Meilishuo?"
    named = _NAME_OF_ONE_WHO.match(text)
    if named:
        # "whats teh name of the lady who wrote this": the name of whoever the relative clause tells
        rest = named.group("rest").rstrip(" ?!.")
        text = (
            f"who {rest}?" if named.group("rel").lower() == "who" else f"which {named.group('noun')} {rest}?"
        )
    if _BLANK.search(text):
        # "Fill in the blank: Alimama is Alibaba's ______ program." asks what goes in the blank
        text = _FILL_IN.sub("", text)
        # a blank after "by" asks who, after "based in" where, before "million" how many, after "on" which day
        for blank, asked in _BLANK_ASKS:
            text = blank.sub(asked, text)
        text = _BLANK.sub(" what ", text).strip()
        # a blank after a word of time ("in late ____", "since ____") asks when
        text = _TIME_BLANK.sub(r"\1 which year", text)
        text = re.sub(r"[.!]*$", "?", text)
    text = without_courtesy(text)  # "Excuse me, I would be most grateful if you could tell me what ..."
    if " of which " in f" {text.lower()}" or "from which " in text.lower() or "to which " in text.lower():
        # "Of which company is WeChat Payment?", "Alipay is of which company?": which company owns it
        text = _OF_WHICH_LEAD.sub(
            r"which \g<kind> owns \g<thing>?", _OF_WHICH_TAIL.sub(r"which \g<kind> owns \g<thing>?", text)
        )
    if "spell" in text.lower():
        text = _SPELLING.sub("the name of ", text)  # "the correct spelling of the other site": its name
    if "behind" in text.lower():
        text = _WHAT_BEHIND.sub("why ", text)  # "what's behind Alipay's change of heart": the reason for it
    audience = _FOR_WHOM.match(text) if text.lstrip()[:3].lower() in ("for", "to ") else None
    if audience and len(text[audience.end() :].split()) >= 3:
        text = text[audience.end() :]  # "For listeners who've never heard of it, what is Alipay Wallet?"
    first = text.split(None, 1)[0].lower() if text.strip() else ""
    purpose = _PURPOSE_LEAD.match(text) if first in _PURPOSE_OPENERS else None
    if purpose and len(text[purpose.end() :].split()) >= 3:
        text = text[purpose.end() :]  # "If I have to argue Alibaba's side, what ...?": why one asks
    # "Besides an acquisition, what else might explain ...?": the question, of which the answer names the rest
    if " else" in text.lower():
        text = _BESIDES_ELSE.sub(r"\g<wh> ", text)
    lowered = text.lower()
    if any(w in lowered for w in _REASONS_ASKED):  # (one look for the words every reason frame holds)
        if _ANOTHER_REASON.search(text):
            # "What other possible explanation is given ..., besides the buyout talk?": the reasons, of which
            # the answer names the rest; the one set aside and the words setting it aside ask nothing more
            text = _ANOTHER_REASON.sub("", _EXCEPT_TAIL.sub("", text))
        text = _THEY_THINK.sub(
            r"\1", text
        )  # "the reason people think": the reasons guessed at are the reasons
    if lowered.lstrip()[:3] in ("why", "how") and _WHY_OPENING.match(text):
        # "why did they build marketplaces instead of just sending traffic to Taobao": the road not taken
        text = _INSTEAD_TAIL.sub("", text)
    if _PLAIN_HINTS.search(text):
        text = _PLAINLY.sub(
            " ", text
        )  # "explain in simple words how ...", "whats alimama? explain like im 15"
    if "," in text:
        text = _STORY_GROUND_TAIL.sub("?", text)  # "How many users ..., going by the article?"
        text = _STORY_GROUND_SET_OFF.sub(" ", text)  # "What, per the article, happened in 2012?"
    framed_by = _SOURCE_FRAME.match(text) if "," in text else None
    if framed_by and len(text[framed_by.end() :].split()) >= 3:
        text = text[
            framed_by.end() :
        ]  # "By Alipay's own figure, what share ... is left?": the story says whose
    preamble = _PREAMBLE_BUT.match(text) if "but" in text.lower() else None
    if (
        preamble
        and len(text[preamble.end() :].split()) >= 4
        and (
            _APOLOGY.search(
                text[: preamble.end()]
            )  # "Forgive my ignorance, but ...": nothing to point back to
            or not _POINTER.search(_DUMMY_IT.sub("", text[preamble.end() :]))
        )
    ):
        text = text[preamble.end() :]  # "Please forgive my question, but why was Alibaba not happy ...?"
        text = without_courtesy(text)  # "..., but could you kindly tell me in what year ...?"
    if _THAT_AS_FACT.match(text):
        text = "is that a fact?"  # "Can I run that as fact?": whether the last answer is a fact
    checking = _AM_I_RIGHT.match(text) if text.lstrip()[:2].lower() in _CHECKING_OPENINGS else None
    if checking and len(text[checking.end() :].split()) >= 3:
        # "Am I correct in understanding that X?", "Is it right to say that X, or have I got that muddled?"
        as_fact = re.search(
            r",? as (a )?(fact|certain|certainty),?|\b(conclude|infer|deduce)\b", checking.group(0)
        )
        lead = (
            "is it a fact that " if as_fact else "is it true that "
        )  # ("..., as fact, that", "can we conclude that": a fact, not a claim)
        text = lead + _OR_AM_I_WRONG.sub("", text[checking.end() :])
    pointed = _TRUE_THAT_POINTER.match(text) if "that" in text.lower() else None
    if pointed:
        # "is it true that that's the real reason?": a statement about the last answer, asked as "is that ...?"
        text = f"is {pointed.group('pointer')} {text[pointed.end() :]}"
    if ":" in text:
        # "Check for my slides: ...": whom it is for is aside
        text = _CHECK_FOR.sub(r"\g<verb>: ", text)
        wanted = _FORMAT_THEN.match(text)
        if wanted and not any(w[:1].isupper() for w in text[: wanted.start("rest")].split()[1:]):
            text = wanted.group("rest")  # "I need a line for the bulletin: what is the story?"
    if ":" in text[:12]:
        text = _KEYWORDS_LABEL.sub("", text)  # "keywords: mogujie founded"
    listed = (
        _LIST_REQUEST.match(text) if "list" in text.lower() or text.lstrip()[:4].lower() == "name" else None
    )
    if listed:
        # "can u list all the social shopping sites the story talks about": which ones; "list the user numbers
        # for mogujie": what they are
        what = _STORY_TELLS.sub(lambda m: f"does {m.group(1)} {m.group(3)}", listed.group("what").strip())
        text = f"which {what}?" if _TOLD_IN_STORY.search(what) else f"what are the {what}?"
    alike = _KIND_LIKE.match(text) if " like " in text or " similar " in text else None
    if alike:
        # "What site is like Mogujie?": another of its kind, not the one it was modelled on
        text = f"which other {alike.group('kind')} besides {alike.group('x')}?"
    needed = _NEED_THING.match(text) if text.lstrip()[:2].lower() in ("i ", "we") else None
    if needed:
        text = f"what is {needed.group('thing')}?"  # "I need the writer's full name for the credit."
    heard = _HEARD_CLAIM.match(text) if text.lstrip()[:1] in "hHiIrRwW" else None
    if heard:
        # "heard alipay's got like 90 percent of phone payments?": a claim the reader heard, put to the check
        text = f"is it true that {heard.group('claim')}?"
    if " since " in text and " been " in text and text.split()[0].lower() not in ("has", "have", "had"):
        text = _AROUND_SINCE.sub(" was founded in", text, count=1)  # "mogujie been around since 2013 right?"
    lasted = _HOW_LONG_BEEN.match(text) if "how long" in text.lower() else None
    if lasted:
        # "how long has Mogujie been going?": how long it has existed is how old it is
        text = f"how old is {lasted.group('x')}?"
    split = _SPLIT_CHOICE.match(text) if " or " in text else None
    if split:
        # "Was it Pinterest the site copied or was it Facebook?": the two put side by side, then what is asked
        text = (
            f"{split.group('aux')} it {split.group('a')} or {split.group('b')} that {split.group('clause')}?"
        )
    if " like th" in text:
        text = _DO_LIKE_THAT.sub(r"\g<do> that", text)  # "why they did like that?": why they did that
    if " they " in text or " it " in text:
        text = _SUBJECT_TWICE.sub(r"\g<aux> \g<noun> ", text)  # "what do people they use": one subject
    fronted = _FRONTED_TOPIC.match(text) if "," in text else None
    if fronted:
        # "Alipay Wallet, what do people use it for?": the thing put first is the "it" the question asks about
        text = f"{fronted.group('rest')}{fronted.group('topic')}{fronted.group('tail')}"
    whole = _OUT_OF_WHOLE.match(text) if "," in text else None
    if whole:
        # "Out of Mogujie's accounts, how many are active?": how many of that whole
        text = f"how {whole.group('m')} of {whole.group('whole')} {whole.group('rest')}"
    used = _USED_FOR.match(text) if " use " in text.lower() else None
    if used:
        text = f"what is {used.group('x')} used for?"  # "what can people use Alipay Wallet for?": its uses
    fact = _FACT_ABOUT.match(text) if " about " in text.lower() else None
    if fact:
        text = (
            fact.group("wh").rstrip(" ?!.") + "?"
        )  # "Give the class one fact about when Alipay cut it off."
    wants = _ASKING.match(text)
    if wants and len(text[wants.end() :].split()) >= 3 and "?" not in text[: wants.start(1)]:
        # "hello i read that alipay have a wallet app and i want to ask how many people is using this app": what
        # "this app" is comes before the question, and stays beside it
        told = text[: wants.start(1)].strip(" ,.;:-") if _POINTER.search(text[wants.end() :]) else ""
        rest = text[wants.end() :]
        text = f"{_BECAUSE.sub('', rest)} ({told})" if told else rest
    mine = _ABOUT_ME.search(text) or _ABOUT_ME_RUN_ON.search(text)
    kept = text[: mine.start()].split() if mine else []
    if (
        mine
        and len(kept) >= 2
        and _OPENING.match(text)
        # ("How long do I need to boil potatoes?": "I" is the subject of the question itself, which would be left
        # with nothing but its opening)
        and not (kept[-1].lower() in _HELPERS_LEFT or (len(kept) == 2 and kept[0].lower() == "how"))
    ):
        text = (
            text[: mine.start()] + "?"
        )  # "why was alibaba not happy with them, i read the paragraph but ..."
    if "/" in text[:6]:
        text = _TF_SLASH.sub("true or false", text)  # "T/F: Meilishuo had 2000 stores"
    if text[:4].lower() == "for ":
        text = _FOR_AUDIENCE.sub("", text)  # "For our listeners, what exactly is Mogujie?"
    if " for " in text.lower():
        text = _AUDIENCE_TAIL.sub("?", text)  # "What is Mogujie, for those of us who aren't tech people?"
    if " to " in text[:40].lower() or " for " in text[:40].lower():
        text = _TOLD_TO_AUDIENCE.sub(
            r"\1 ", text
        )  # "Explain to the class what ...": whom it is told to asks nothing
    if " the " in text.lower():
        text = _ARTICLE_POSITION.sub(" ", text)  # "how is Mogujie described at the very start of the article"
    opened = _INTERJECTION.match(text) or (
        _FILLER_OPENING.match(text) if text.lstrip()[:1].lower() in _FILLER_INITIALS else None
    )
    if opened and len(text[opened.end() :].split()) >= 3:
        text = text[
            opened.end() :
        ]  # "Right, and when did it cut them off?": the opening reacts, it asks nothing
    parts = [
        without_courtesy(_COURTESY_END.sub("?", p.strip(" -\u2013\u2014")))
        for p in _SENTENCE_BREAK.split(text.strip())
        if p and p.strip()
    ]
    chosen = text.strip()
    if len(parts) > 1:
        asking = [
            p
            for k, p in enumerate(parts)
            if p.endswith("?") or _OPENING.match(p) or (k and _BARE_CHECK.match(p))
        ]  # ("<a statement>. Verify.": an imperative check after a statement asks too)
        if asking and (
            len(asking[0].split()) >= 3
            or (asking[0] != parts[0] and _BARE_CHECK.match(asking[0]))
            or (asking[0] == parts[0] and asking[0].endswith("?") and _WH_OPENING.match(asking[0]))
        ):  # ("whats alimama? sounds like a funny name": a short question first, then a remark)
            chosen = asking[
                0
            ]  # ("One student wrote that ... . True?": the bare check of the statement before)
            english = next((p for p in asking[1:] if _latin_share(p) >= 0.9), None)
            if english and _latin_share(chosen) < 0.5:
                chosen = (
                    english  # "Πόσους χρήστες έχει το Taobao? how many users Taobao has?": the English one
                )
        short_wh = next((p for p in parts[1:] if _SHORT_WH.match(p) and len(p.split()) <= 4), None)
        if short_wh and chosen == parts[0] and not _OPENING.match(parts[0]) and not _WH_WORD.search(parts[0]):
            # "wait alipay cut off mogujie?? why tho": the short wh-question asks it of the first part
            chosen = f"{short_wh.split()[0]} {parts[0].rstrip('?!. ')}?"
        at = parts.index(chosen) if chosen in parts else 0
        topic = _TOPIC_SENTENCE.match(parts[at - 1]) if at else None
        pointer = _POINTER.search(chosen) if topic else None
        if topic and pointer:
            # "Let's talk Meilishuo. What is it?": the pronoun stands for the topic just set
            chosen = chosen[: pointer.start()] + topic.group("topic") + chosen[pointer.end() :]
        elif at and _BARE_CHECK.match(chosen):
            # "I wrote that Mogujie was founded in 2012. Is that right?": the statement before is what is checked
            statement = _REPORTED.sub("", parts[at - 1].rstrip(".!: "))
            lead, colon, said = statement.partition(": ")
            # ("Checking a graphic: Alipay Wallet has 190 million users. Correct?": the lead stays before it)
            chosen = f"{lead}: is it true that {said}?" if colon else f"is it true that {statement}?"
        elif (
            at
            and not parts[at - 1].endswith("?")
            and len(_FIGURE.findall(parts[at - 1])) >= 2
            and _POINTER.search(chosen)
            and _WH_WORD.search(chosen)
        ):
            # "35 million users out of 85 million accounts. Roughly what percentage is that?": the figures before
            # are what "that" is
            chosen = f"{chosen.rstrip(' ?!.')} ({parts[at - 1].rstrip(' .!:')})?"
        elif at and not parts[at - 1].endswith("?") and _POINTS_BACK.match(chosen):
            # "I heard Alibaba wanted to buy Mogujie. Is that just a rumour?": asked of the statement before
            chosen = f"{_REPORTED.sub('', parts[at - 1].rstrip('.!: '))}, {chosen}"
        elif (
            at
            and _REPORTED.match(parts[at - 1])
            and not parts[at - 1].endswith("?")
            and _WH_OPENING.match(chosen)
            and (_POINTER.search(chosen) or _STORY_GIVES.search(chosen) or _ACTUAL.search(chosen))
            and not _SUMMARY.search(chosen.lower())  # "I read a piece ... What is the article mainly about?"
        ):
            # "My draft says the resumption was announced last week. When was it actually announced?": what
            # the question points at is the reader's statement before it, whose subject it means
            statement = _REPORTED.sub("", parts[at - 1].rstrip(".!: "))
            subject = _SUBJECT.match(statement)
            pointer = _POINTER.search(chosen)
            if subject and pointer:
                chosen = chosen[: pointer.start()] + subject.group("subject") + chosen[pointer.end() :]
            else:
                chosen = f"{chosen.rstrip(' ?!.')} ({statement})?"
    chosen = _COURTESY_END.sub("?", chosen)  # "Is that what the article says, please?", "..., if I may ask?"
    framed = _HEARSAY.match(chosen)
    if framed and len(chosen[framed.end() :].split()) >= 3:
        chosen = chosen[
            framed.end() :
        ]  # "somebody at school said Alibaba wanted to buy Mogujie, is that real?"
    guessed = _GUESS.search(chosen)
    if guessed and _WH_OPENING.match(chosen):
        chosen = chosen[: guessed.start()] + "?"  # "when did it start, i think it was 2011 or 2012?"
    embedded = _TELLS_INSIDE.match(chosen)
    if embedded and len(embedded.group("rest").split()) >= 3:
        # "Does the writer actually know why Alipay changed its mind?": what is asked is the question inside
        rest = embedded.group("rest").rstrip(" ?!.,")
        if _REASON_IS_SAID.match(rest):
            # "Does the article say the reason ... is still unknown?": what is said of the reason is checked
            rest = f"whether {rest}"
        rest = re.sub(r"^(the )?reasons? (that |why )?", "why ", rest, flags=re.IGNORECASE)
        chosen = re.sub(r"^(whether|if)\b", "is it true that", rest, flags=re.IGNORECASE) + "?"
    framed_lead = _TF_LEAD.match(chosen)  # ("True or false: it was X that ...")
    cleft = _CLEFT.match(_NOT_RIVAL.sub("", chosen[framed_lead.end() :] if framed_lead else chosen))
    if cleft:
        rest = cleft.group("rest")
        if rest[:1].isupper() and rest.split()[0].lower() not in _WH_AND_AUX:
            # "it was Meilishuo, not Mogujie, that Alipay cut off": the one named is the object of what follows
            chosen = f"is it true that {rest.rstrip(' ?!.')} {cleft.group('named')}?"
        else:
            chosen = f"is it true that {cleft.group('named')} {rest}"  # "Was it Xinhua that ...?"
    second = _SECOND_QUESTION.search(chosen)
    if (
        second
        and len(chosen[: second.start()].split()) >= 4
        and "," not in chosen[: second.start()]  # "Did Meilishuo, like Mogujie, have ...": an aside closes
        and _OPENING.match(chosen)
        and not _SCENE_CLAUSE.match(chosen.lower())  # "When Mogujie had 2000 stores, how many had Meilishuo?"
        and len(re.findall(r"\w+", chosen[second.start() :])) > 2  # "..., which month?" says how it is asked
    ):
        chosen = (
            chosen[: second.start()] + "?"
        )  # "What has Alipay released, and what does it hope to achieve?"
    run_on = _RUN_ON.search(chosen) if second is None and _WH_OPENING.match(chosen) else None
    if (
        run_on
        and len(chosen[: run_on.start()].split()) >= 5
        and len(chosen[run_on.end() :].split()) >= 2
        and not any(mark in chosen for mark in (" - ", "\u2013", "\u2014", ":", ";"))  # (a stop of a kind)
        # (the first has its own verb: "How many users were there in 2013?" runs nothing on)
        and _FINITE.search(" ".join(chosen[: run_on.start()].lower().split()[1:])) is not None
    ):
        # "why did alipay stop working with mogujie in the first place was it like a fight or ...": a second
        # question run on without a stop; the first is answered
        chosen = chosen[: run_on.start()] + "?"
    shorter = _BECAUSE.sub("", chosen)
    if (
        shorter != chosen
        and len(shorter.split()) >= 3
        and not _CAUSAL_CLAIM.search(chosen)
        and not _CAUSE_ASKED.search(chosen)
    ):
        chosen = shorter
    return chosen


def _latin_share(text: str) -> float:
    """The share of a text's letters that are plain Latin ones: a question in another script scores low."""
    letters = [c for c in text if c.isalpha()]
    return sum(c.isascii() for c in letters) / len(letters) if letters else 1.0


_SHEET_LABEL = Lazy(
    r"^\s*(q(uestion)?\s*(\d{1,2}[a-z]?)?|\d{1,2}[a-z]?|[a-h]|((quiz|test|exam|worksheet) )?(item|question)( \d{1,2}[a-z]?)?)"
    r"\s*[.):]\s+(?=\S)|^\s*(para(graph)?|par)\.?\s*\d{1,2}\s*[.):,-]?\s+(?=\S)",
    re.IGNORECASE,
)
"""A worksheet's label before a question copied from it ("Q2.", "Question 3:", "4)", "b)", "Paragraph 2:")."""
_SHEET_MARKS = Lazy(r"\s*[(\[]\s*\d{1,2}\s*(marks?|points?|pts?)\s*[)\]]\s*$", re.IGNORECASE)
"""A worksheet's marks after a question ("(1 mark)", "[2 points]")."""
_FORMAT_THEN = Lazy(
    r"^\s*(give me|get me|i need|we need|can i (get|have)|i'd like|i would like)\b[^:?]{0,80}:\s*"
    r"(?P<rest>(who|what|whats|what's|when|where|why|how|which|is|are|was|were|did|does|do)\b.+)$",
    re.IGNORECASE,
)
"""A request for the answer's form before a colon, then the question itself."""
_CHECK_FOR = Lazy(
    r"^\s*(please )?(?P<verb>confirm|verify|check|fact[- ]check|double[- ]check)( this| that| it)?"
    r" (for|before) [^:?]{1,40}:\s*",
    re.IGNORECASE,
)
"""A check requested for someone or something ("Check for my slides: ..."): only the statement is asked."""
QUOTE_CHARS = frozenset("'\"\u2018\u201c")
"""Marks that open a quotation."""
_QUOTED_STATEMENT = Lazy(
    r"^(?P<pre>\s*|[^'\"\u2018\u201c:?]{0,60}:\s*)['\"\u2018\u201c](?P<said>[^?]{8,}?)['\"\u2019\u201d](?=\s+\S)"
)
"""A statement quoted before the question about it ("My student wrote: 'X.' Is that right?"): the statement,
its label ("Summary says:") aside."""
_STUDENT_MARK = Lazy(
    r"(?<=[.!?])\s+(?:(?:my|the|a|our) )?(?:student|pupil|learner|kid|class)(?:'s)?(?: answer)?(?: (?:wrote|marked|put"
    r"|answered|said|says|chose|ticked|circled|thinks|thought|picked|gave)(?: it)?(?: as)?)?:?\s*['\"\u2018\u201c]?"
    r"(?:true|false|yes|no|t|f)['\"\u2019\u201d]?[.!]?(?=\s)",
    re.IGNORECASE,
)
"""A student's true-or-false marking after a quoted worksheet statement: how they answered, not what is asked."""
_HOW_ABOUT_THEN = Lazy(
    r"^\s*(how|what) about (?P<topic>[^,?]{2,40}),\s*(?P<asked>(who|what|when|where|why|how|which|is|are|was|were"
    r"|do|does|did)\b.+)$",
    re.IGNORECASE,
)
"""A topic set with "how about" before the question asked of it."""
_WH_WORD = Lazy(r"\b(who|what|which|when|where|why|how)\b", re.IGNORECASE)
_USED_FOR = Lazy(
    r"^\s*what (can|do|does|could|would|might) (?!(they|it|he|she|them)\b)(\w+ ){0,2}(people|users|you|one"
    r"|customers|shoppers|consumers|buyers|we|i|folks?|\w+s)"  # (any plural: "what do folks use ... for?")
    r" (actually |really |mostly |mainly |usually |normally )?"
    r"use (?P<x>.+?) for\W*$",
    re.IGNORECASE,
)
_SUBJECT_TWICE = Lazy(
    r"\b(?P<aux>do|does|did|can|could|will|would) (?P<noun>people|users|customers|shoppers|sellers|buyers"
    r"|merchants|retailers|consumers|companies|sites) (they|it) ",
    re.IGNORECASE,
)
"""A subject said again as a pronoun ("what do people they use"), as some languages do: the pronoun goes."""
_HEARD_CLAIM = Lazy(
    rf"^\s*(?:i |we |i've |ive |i have |we've )?(?:{_HEARD_VERBS})(?: somewhere)?(?: that)?,?\s+"
    r"(?!(?:about|of|the (?:article|story|piece|news)|this|it|that)\b)"
    r"(?P<claim>(?:(?!\b(?:who|what|when|where|why|how|which|is that|is it|right|true)\b)[^?.!,;:])+?)\s*\?+\s*$",
    re.IGNORECASE,
)
"""A claim the reader heard, asked by its tone alone ("heard Mogujie started in 2012?"): whether it holds."""
_AROUND_SINCE = Lazy(
    r"(?:\s+(?:has|have|had)|'s|’s)?\s+been (?:around|going|running|operating|in business|in existence|existing)"
    r" since\b(?! when)",
    re.IGNORECASE,
)
"""A thing said to have been going since a time ("mogujie been around since 2013 right?"): it was founded then."""
_HOW_LONG_BEEN = Lazy(
    r"^\s*(?:(?:and|so|ok|okay) )?how long (?:has|have|had) (?P<x>[\w'’ -]+?) (?:been (?:going|around|running"
    r"|operating|active|alive|in business|up and running|in existence|on the market)|existed|been existing)"
    r"(?: for)?\W*$",
    re.IGNORECASE,
)
"""How long a thing has gone on being ("how long has it been going?", "... existed?"): its age, not a span
between two events."""
_SPLIT_CHOICE = Lazy(
    r"^\s*(?P<aux>was|is|were|are) it (?P<a>[\w'’-]+) (?:that |which |who )?(?P<clause>[^,?]+?),? or (?:was|is|were|are)"
    r" it (?P<b>[\w'’-]+(?: [\w'’-]+)?)(?:, [^,?]+)?\W*$",
    re.IGNORECASE,
)
"""A choice whose second option is asked again ("was it A X did, or was it B?"), put as "was it A or B that ...";
an aside after it ("..., I forget") goes."""
_DO_LIKE_THAT = Lazy(r"\b(?P<do>do|does|did|doing|done|act|acted) (it )?like (that|this)\b", re.IGNORECASE)
"""Doing "like that", as some languages put doing it so: the act asked about is the one just told."""
_OUT_OF_WHOLE = Lazy(
    r"^\s*(?:out of|of) (?P<whole>[^,]+),\s*how (?P<m>many|much) (?P<rest>[^,]+)$", re.IGNORECASE
)
"""A whole put first, then a part of it counted ("Out of its 85 million accounts, how many are active?")."""
_FRONTED_TOPIC = Lazy(
    r"^\s*(?!(?:so|and|but|also|then|now|well|ok|okay|in|on|at|for|after|before|since|by|from|with|about|during"
    r"|according|as|if|when|like|besides|apart|other|otherwise|also|still|yet|plus|hi|hey|hello|please|sorry"
    r"|anyway|actually|one|another|last|next|first|finally|again|sir|miss|teacher)\b)"
    r"(?P<topic>(?:the |this |that )?[a-z][\w'’-]*(?: (?!(?:vs|versus|or|and)\b)[\w'’-]+){0,3}),\s+"
    r"(?P<rest>(?:what|who|whom|when|where|why|how(?! many| much)|do|does|did|is|are|was|were|can|could|will"
    r"|would|has|have|had)\b[^,]*?\b)(?:it|them|they)\b(?P<tail>[^,]*)$",
    re.IGNORECASE,
)
"""A thing put first and then asked about as "it" ("The rumour, who started it?"): it stands where "it" does (not
two things set side by side, nor a measure asked of it: "Users, how many it has?")."""
_FACT_ABOUT = Lazy(
    r"^\s*(please |can you |could you )?(give|tell|find|share|pick|name|offer|provide|quote|read out)"
    r"( (me|us|them|students|the students|my students|the class|my class|pupils|readers|listeners|viewers))?"
    r" (one|a|an|some|two|three|any|the)? ?(key |simple |short |single |main )?(fact|facts|detail|details|thing"
    r"|things|sentence|line|quote|example|piece of information)( (from|in) (the|this) (story|article|text|piece))?"
    r" (about|on) (?P<wh>(when|where|why|how|who|what|which)\b.{3,})$",
    re.IGNORECASE,
)
"""A request for a fact about a wh-clause ("Give the class one fact about when Alipay cut it off"): the clause
is the question."""
_KIND_LIKE = Lazy(
    r"^\s*(what|which) (other )?(?P<kind>((shopping|social|e-commerce|online) ){0,2}(site|website|company|app|service"
    r"|platform|business|startup))s? (is|are|was|were|seems?) (also |very |quite |most )?(like|similar to|similar like"
    r"|comparable to)"
    r" (?P<x>[^?,]+?)\W*$",
    re.IGNORECASE,
)
"""Another thing of a kind asked for by likeness ("Which shopping site is similar to Mogujie?")."""
_KEYWORDS_LABEL = Lazy(r"^\s*key ?words?\s*:\s*", re.IGNORECASE)
_LIST_REQUEST = Lazy(
    r"^\s*(?:(?:can|could|would|will) (?:u|you) |pls |please |just |now )?(?:list|name(?! of\b)|make me a list of"
    r"|give me a list of)(?: for me)?(?: all| every| each)?(?: of)?(?: the)? (?P<what>[^?]+?)"
    r"(?:,? (?:pls|please|for me|for my \w+))?[.?!]*\s*$",
    re.IGNORECASE,
)
"""A request for a list ("list the user numbers for mogujie pls"): a question of what or which they are."""
_TOLD_IN_STORY = Lazy(
    r"\b(mentioned|named|talks? about|in the (story|article|text|piece)|the (story|article|text|piece) "
    r"(mentions?|names?|talks? about|describes?))\b",
    re.IGNORECASE,
)
_STORY_TELLS = Lazy(r"\b(the (story|article|text|piece)) (talk|mention|name|describe)s\b", re.IGNORECASE)
"""The story telling of things, put as a question's verb ("... the story talks about": "does the story talk")."""
_NEED_THING = Lazy(
    r"^\s*(i|we) (need|want|would like|'d like|am looking for|'m looking for) (?P<thing>(the|a|an) [^,.?!]+?)"
    r"(?: (for|in|on) (the|my|our|a) [^,.?!]+)?[.?!]*$",
    re.IGNORECASE,
)
"""A request for a thing ("I need the writer's full name for the credit"): what that thing is."""
_ASKING = Lazy(
    r"^.{0,200}?\b(i want to ask|i would like to ask|i'd like to ask|i wanted to ask|i want to know|i would like to"
    r" know|i'd like to know|i wanted to know|my question is|i wonder|i was wondering|i need to know"
    r"|i (should|would|'d) (very much |really |so much |much )?like to (know|ask)"
    r"|(i am|i'm|im) (very |really |rather |quite )?(curious|wondering|interested) (as to|about|to know)"
    r"|i (would|'d) love to know"
    # ("any idea why they did it?": a wish to know, not an idea asked about)
    r"|(do you have |have you (got )?|you got |got )?any ideas? (?=(why|what|when|who|whose|how|where|which|if|whether)\b)"
    # (or someone else's question passed on: "A patron is asking what year ...", "my son wants to know when ...")
    r"|\b(a|an|my|our|one|this|some) (\w+ ){1,2}(is asking|was asking|asks|asked me|wants to know|wanted to know"
    r"|is wondering|was wondering|wonders)"
    r"|\b(he|she|they) (is asking|was asking|are asking|were asking|wants to know|want to know|wanted to know))\b[,:]?\s*"
    r"(if |whether |about )?",
    re.IGNORECASE,
)
"""A message telling its background first and then what the reader wants to ask: the question follows."""
SET_ASIDE = (
    r"besides|apart from|aside from|except(?: for)?|other than|excluding|not counting|not including"
    r"|(?:setting|leaving|putting|set|leave|put) aside"
)
"""Words setting one thing aside from what is asked ("besides the rumour", "not counting the Wallet"): shared by
the closing tail below, the count of guesses and the restated question."""
_BESIDES_ELSE = Lazy(
    rf"^\s*({SET_ASIDE})\b[^,?]{{1,60}},\s*(?P<wh>who|what|which|why|where|how)"
    r" else\s+",
    re.IGNORECASE,
)
_ANOTHER_REASON = Lazy(
    r"\b(other|another|any other|second|alternative)\s+((possible|potential|likely|plausible)\s+)?"
    r"(?=(reasons?|explanations?|motives?|motivations?|causes?|theor(y|ies)|possibilit(y|ies))\b)",
    re.IGNORECASE,
)
"""'other' before a word for a reason: one more of the reasons, which an answer giving all of them covers."""
_REASONS_ASKED = ("reason", "explanation", "motive", "cause", "theor", "possibilit")
"""Words one of which every question asking another reason or reasons guessed at contains."""
_CHECKING_OPENINGS = frozenset(
    {
        "am",
        "is",
        "wo",
        "do",
        "ca",
        "co",
        "ma",
        "sh",
        "i ",
        "be",
        "gu",
        "re",
        "su",
        "fi",
        "lo",
        "hi",
        "pr",
        "qu",
        "fa",
        "de",
        "to",
        "im",
        "i'",
    }
)
"""How "Am I right that ...", "Is it fair to say ...", "Would I be right ...", "Can I say that ...", "I bet ..."
open."""
_THEY_THINK = Lazy(
    r"\b(reasons?|explanations?|motives?|causes?) (that )?(people|they|folks|some|others|many|everyone)"
    r" (think|believe|say|suspect|reckon|guess|give|suggest)\b",
    re.IGNORECASE,
)
_WHY_OPENING = Lazy(r"^\s*(why|how come)\b", re.IGNORECASE)
_INSTEAD_TAIL = Lazy(r",?\s+(instead of|rather than)\s+[^,?]{3,80}(?=\?|$)", re.IGNORECASE)
"""A closing "instead of ..." in a why-question: the alternative set aside, not part of what is explained."""
_EXCEPT_TAIL = Lazy(rf",?\s+({SET_ASIDE})\s+[^,?]{{1,60}}(?=\?|$)", re.I)
"""A closing phrase setting one thing aside ("..., besides the buyout talk?")."""
_PLAINLY = Lazy(
    r"\b(in|with|using) (very |really )?(simple|plain|easy|basic|everyday|simpler|easier) (words|terms|english|language)\b"
    r"|[.?!,]?\s*\b(explain|say|tell)( it| that| this)? (to me )?like (i'?m|im|i am) (\d+|five|ten|a (kid|child|\d+ year old))\b"
    r"|\b(a |the )?(simple|short|quick|easy) explanation( please| pls| plz)?\b",
    re.IGNORECASE,
)
"""How plainly to answer ("in simple words", "explain like I'm 15"): every answer is plain, so it asks nothing."""
_PLAIN_HINTS = re.compile(r"simple|plain|easy|basic|everyday|simpler|easier|like i|like im", re.IGNORECASE)
"""Substrings one of which every match of `_PLAINLY` holds: most questions skip its search (and compiling it)."""
_GROUNDING = r"(according to|going by|judging (by|from)|based on|as per|per"
"""The words naming the story as a question's ground ("according to", "going by"), before "the article"."""
_STORY_GROUND_TAIL = Lazy(
    r",\s*" + _GROUNDING + r"|from|in) (the|this) (article|story|text|piece|passage)\s*[?!.]*\s*$",
    re.IGNORECASE,
)
"""The story named as the ground of a question already asked ("..., going by the article?"): every answer is."""
_STORY_GROUND_SET_OFF = Lazy(
    r"\s*,\s*" + _GROUNDING + r") (the|this) (article|story|text|piece|passage|report)\s*,\s*(?=\w)",
    re.IGNORECASE,
)
"""The story named as the ground between commas inside a question ("What, per the article, happened?"): the same."""
_SOURCE_FRAME = Lazy(
    r"^\s*((by|going by|according to|per|using|taking) [\w']+('s)?( own)? (figures?|numbers?|count|estimate|account"
    r"|claim|data)|(according to|going by|judging (by|from)|based on|as per|per|from|in) (the|this) (article|story|text|piece"
    r"|passage|news|report))\s*,\s*"
    r"(?=(what|which|how|who|when|where|why|is|are|was|were|does|do|did)\b)",
    re.IGNORECASE,
)
"""A source named as the ground of a question that follows ("By Alipay's own figure, what share ...?"): every
answer already says whose figure it is."""
_TIME_BLANK = Lazy(
    r"\b((?:in|by|since|until|before|after)(?: (?:late|early|mid|the year))?)\s+what\b", re.IGNORECASE
)
_PREAMBLE_BUT = Lazy(
    r"^[^,?.!]{0,80}\b(i|i'm|im|me|my|we|our|question|ask|asking)\b[^,?.!]{0,80},\s*but\s+"
    r"(?=(what|why|when|where|who|whose|which|how|is|are|was|were|did|does|do|can|could|has|have|had)\b)",
    re.IGNORECASE,
)
"""A clause about the asker or the asking before ", but" and a question ("Please forgive my question, but ...",
"I hope this isn't silly, but ..."): it asks nothing itself."""
_FIGURE = Lazy(r"\b\d[\d,.]*\b")
"""A figure written in digits."""
_POINTER = Lazy(r"\b(this|that|it|its|they|them|these|those)\b", re.IGNORECASE)
_TOPIC_SENTENCE = Lazy(
    r"^\s*(?:(?:ok|okay|right|so|now|alright)[, ]+)*(?:(?:let'?s|lets|let us) (?:talk|turn to|move on to|move to"
    r"|look at|discuss|get to|switch to|go to)(?: about)? |(?:next|moving on|on to|now for|now)[,:]? (?:to )?)"
    r"(?P<topic>[\w' -]{2,40}?)\s*[.!:]*\s*$",
    re.IGNORECASE,
)
"""A sentence that only sets a topic ("Let's talk Meilishuo.", "Next, Alipay Wallet."): the question after it is
about that."""
_APOLOGY = Lazy(
    r"\b(forgive|sorry|excuse|pardon|apologi[sz]e|silly|stupid|dumb|bother|trouble|ignorance|naive|basic)\b",
    re.IGNORECASE,
)
"""A preamble apologising for the question: it names nothing a pointer after it could mean."""
_DUMMY_IT = Lazy(
    r"\bit (is|was) (alleged|said|rumou?red|reported|claimed|true|known|thought|believed|suggested)( that)?\b",
    re.IGNORECASE,
)
"""An "it" that points at nothing ("in what year it is alleged that ..."): no preamble it could point back to."""
_AM_I_RIGHT = Lazy(
    r"^\s*(am i (correct|right)( in (understanding|thinking|saying|believing)| to (say|think|believe))?"
    r"|(is it|would it be|is it) (right|correct|fair|accurate|true|ok|okay) to (say|think|report|write|claim|state)"
    r"|would i be (right|correct)( in (saying|thinking)| to say)?"
    r"|do i understand (correctly|rightly|right)"
    r"|(i )?(bet|betcha|guess|reckon|suppose|figure)( you)?"  # (a teen's "bet mogujie started in 2013 right")
    r"|(lowkey |highkey )?((i'?m|im|i am) (pretty |quite |fairly |very |so |dead |totally )?"
    r"|(pretty|quite|fairly|dead|totally) )sure"  # ("lowkey pretty sure mogujie started in 2012??")
    r"|(can|could|may|should) (i|we|students|you|one) (safely |fairly )?(say|write|put|report|print|claim|state|conclude"
    r"|run|air|publish|quote"
    r"|infer|assume|deduce|tell (listeners|readers|viewers"
    r"|the class|students|my class|my students|the kids))( on air| in print| on the air| in (my|our) (story|piece|report"
    r"|article|script)| on (my|our|the) (slide|slides|board|worksheet|poster|handout|notes|sheet))?"
    r"(,? as (a )?(fact|certain|certainty),?)?)"
    r"( that)?\s+",
    re.IGNORECASE,
)
"""A reader asking whether they have it right ("Can I say on air that X?"): the statement after it is checked."""
_THAT_AS_FACT = Lazy(
    r"^\s*(can|could|may|should) (i|we) (say|run|report|print|write|state|air|publish|use|quote|present|treat|call)"
    r" (that|this|it) as (a )?(fact|certain|true|confirmed)\W*$",
    re.IGNORECASE,
)
_TRUE_THAT_POINTER = Lazy(
    r"^\s*is it (true|a fact|right|correct) that (?P<pointer>that|this)('s|'re| is| was)\s+", re.IGNORECASE
)
"""A check of a statement whose subject points back ("is it true that that's ..."): asked of the last answer."""
_SENTENCE_END = Lazy(r"(?<=[?.!\uff1f\u3002\uff01\u061f])\s*")
_LATIN = Lazy(r"[A-Za-z0-9]")
_MEANT_INSIDE = Lazy(r"(\S+),\s*(i mean|i meant|sorry)\s+([^,?]{1,30}),", re.IGNORECASE)
"""A correction inside the question ("shops, I mean stores,"): the words corrected to stand for the word before."""
_MEANT_LAST = Lazy(r"(\w+),\s*(i mean|i meant)\s+(\w+)(\s*[?!.]*)\s*$", re.IGNORECASE)
"""A closing one-word correction ("first planted, I mean founded?"): the word said for the word before."""
_PRONOUN = Lazy(r"\b(he|she|it|they|him|her|them|his|its|their)\b", re.IGNORECASE)
_POSSESSIVES = frozenset({"his", "its", "their"})
_FOREIGN_LETTER = Lazy(r"[^\W\d_A-Za-z]")
"""A letter English does not write (ł, ã, ç, ü ...): the sentence holding one is in another language."""
_NAME = Lazy(r"\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*\b")
"""A capitalised word or run of them: a name when it opens with a name's word."""
_SAID_AGAIN = Lazy(r"[?.!]\s*(i mean|i meant|in other words|what i mean is)\b[,:]?\s+(?=\w)", re.IGNORECASE)
"""A question said again after the first try ("...? I mean, what kind website is Mogujie?"): the second counts."""
_WH_LAST = Lazy(
    r"^\s*(?!(what|who|when|where|why|how|which|is|are|was|were|do|does|did|has|have|had|can|could)\b)"
    r"(?P<subj>\w+( \w+)?) (?P<aux>is|was|are|were|did|does|do|has|had)? ?(?P<rest>[^?,.:]*?) (?P<wh>when|where|why)"
    r"\s*\?*\s*$",
    re.IGNORECASE,
)
"""A question word at the end of a statement ("Mogujie was founded when?"): where a learner leaves it."""
_WHICH_LAST = Lazy(
    r"^\s*(?!(what|who|when|where|why|how|which|whose|is|are|was|were|do|does|did|has|have|had|can|could|will|would)\b)"
    r"(?P<rest>[^?,.:;]{3,80}?) (?P<wh>(?:which|what) [a-z][\w-]*)\s*\?+\s*$",
    re.IGNORECASE,
)
"""A "which <thing>" at the end of a statement ("Tracey Xiang work for which newspaper?"), where a learner leaves
it."""
_PREP_WHAT_LAST = Lazy(
    r"^\s*(?P<lead>[^?,.:;]{2,40},\s*)?"
    r"(?!(what|who|when|where|why|how|which|whose|is|are|was|were|do|does|did|has|have|had|can|could|will|would)\b)"
    r"(?P<rest>[^?,.:;]{3,80}?) (?P<prep>for|about|with|on|from|by) what( things?| stuff| purposes?)?\s*\?+\s*$",
    re.IGNORECASE,
)
"""A "for what" closing a statement ("people use Alipay Wallet for what?"), where a learner leaves it."""
_WHAT_ENDINGS = ("what", "what things", "what thing", "what stuff", "what purpose", "what purposes")
_AUXES = frozenset({"do", "does", "did", "can", "could", "will", "would", "should"})
_WRITER_SAYS = Lazy(
    r"\b(?P<aux>does|did) the (reporter|writer|author|journalist) (say|write|tell us)\b(?= (?!(about )?(her|herself"
    r"|she|the (reporter|writer|author|journalist))\b)\w)",
    re.IGNORECASE,
)
"""What the writer says of a thing ("what does the reporter say is unknown?", "why does the author say the income
was limited?"): the article's words, not a question about the writer herself."""
_TEXT_BODY = Lazy(
    r"\b(?<!'s )the (main )?body( text)?( of (the|this) (article|story|text|piece|report))?\b(?! of \w)",
    re.IGNORECASE,
)
"""The body of the article, as a teacher contrasts it with the opening: the article."""
_INFER_ABOUT = Lazy(
    r"^\s*what (can|could|do|does|should|might|may|would) (we|students|you|one|i|readers|the reader|the class)"
    r" (infer|conclude|deduce|learn|tell|gather|work out|figure out|understand|say)"
    r"( from (the|this) (article|story|text|passage))? (about|regarding|as to) (?=(why|how|what|who|when|where"
    r"|which|whether)\b)",
    re.IGNORECASE,
)
"""What readers may infer about a wh-question: the wh-question is asked."""
_SPELLING = Lazy(
    r"\b(the )?((correct|right|exact|proper|full) )?spelling of (?=(the|that|this|another|other|its|their)\b)",
    re.IGNORECASE,
)
"""How a thing described is written ("the spelling of the other site"): its name (a name is spelled itself)."""
_OR_AM_I_WRONG = Lazy(
    r"(?:,|\s[\u2013\u2014-])?\s+or (have i (got|gotten) (that|it|this) (muddled|wrong|mixed up|confused)"
    r"|am i (wrong|mistaken|confused|misremembering|remembering (it |that |this )?wrong|thinking of something else"
    r"|(mixing|confusing|muddling|getting) (it|that|this|them|these|things) (up|wrong|mixed up))"
    r"|did i (get|misunderstand|misread) (that|it|this)( wrong)?"
    r"|did i (mix|muddle) (that|it|this|them|these) up( with [^?]{1,60})?"
    r"|(have|had|did) i (mis\w+|mixed up|muddled|confused|got wrong)( [^?]{1,60})?)\W*$",  # "... misremembered the year"
    re.IGNORECASE,
)
_ONE_WHO_WROTE = Lazy(
    # (any word for a person, or two put as either: "the fella or lady who wrote this", "the feller, or lady, who")
    r"\b(the )?([a-z]+)(,? or (the |a )?[a-z]+)?,? (who|that) (wrote|authored)"
    r" (this|it|the (article|story|piece|text|news|report))\b",
    re.IGNORECASE,
)
"""Whoever wrote the story, named by a relative clause inside a larger question: the writer."""
_PURPOSE_TAIL = Lazy(
    r"^(?=\s*(what|whats|what's|who|whos|who's|when|where|which|how|why)\b)(?P<q>[^,?]{6,}?)\s*[,?]\s*"
    r"(?:(?:because|cause|coz|as|since|so) )?(i|we) (want|wanted|need|needed|would like|wanna|have|had|am trying"
    r"|'m trying|m trying|am going|'m going|plan|hope) to [^,?]+?[.!?]*$",
    re.IGNORECASE,
)
"""A wh-question, then why the reader asks it ("what's her email, i want to ask her about her sources")."""
_READERS_OWN = Lazy(
    r",?\s+(in|for|on|from) (my|our) (\w+ )?\w+(?=\s*([.,;:!?]|$))"
    r"|,?\s+for (the|a) (bulletin|broadcast|segment|show|programme|program|credit|credits|byline|caption|graphic"
    r"|script|slide|handout|quiz|worksheet|notes|record|package|piece|lesson|class)(?=\s*([.,;:!?]|$))",
    re.IGNORECASE,
)
"""The reader's own papers at the end of a clause ("for my project", "in our script"): whose, not what is asked."""
_OR_ONLY_ONE = Lazy(r",?\s+or (was it |is it |did )?(only|just) (one|1)( of them)?\W*$", re.IGNORECASE)
_TOLD_WHY = Lazy(
    r"\b(?P<verb>explain|explains|explained|say|says|said|tell|tells|told|mention|mentioned|reveal|revealed"
    r"|disclose|disclosed|state|stated) why(?: (?:exactly|at all|then|though|yet))?\W*$",
    re.IGNORECASE,
)
"""A closing bare "why" after a verb of telling: the reason is what was (or was not) told."""
_HELPERS_LEFT = frozenset(
    {"do", "does", "did", "can", "could", "should", "would", "will", "must", "shall", "may"}
)
"""Helper verbs that, left last before "I ...", show the "I" is the subject of the question itself."""
_ABOUT_ME = Lazy(r",\s*(i|i'm|im|i am|my|me|need|needed|gotta|got to|have to)\b.*$", re.IGNORECASE)
"""A clause after the question about the reader ("..., i read the paragraph but the english is hard for me")."""
_ABOUT_ME_RUN_ON = Lazy(
    r"\s(i|im|i'm|i am|we|we're)\s+(dont|don't|do not|didnt|didn't|need|needed|have|has|must|gotta|got|think"
    r"|want|was|wasn't|can't|cant|cannot|read|saw|heard|still|really|just|am|are|forgot|missed|wonder)\b.*$"
    r"|\s(lol|lmao|haha\w*|omg)\b.*$",
    re.IGNORECASE,
)
"""The same clause run on without a comma ("wat is X i dont get it", "when was X made i need the year for ...",
"wats X lol thats funny"): the reader speaking of themselves once the question is asked."""


def without_courtesy(text: str) -> str:
    """The question after the politeness opening it, if any ("Would you mind telling me when ...?"); "remind
    me of the name of ..." asks what that name is."""
    polite = _COURTESY_START.match(text)
    if not polite or len(text[polite.end() :].split()) < 3:
        return text
    rest = text[polite.end() :]
    manner = _HOW_CLAUSE.match(rest)
    if manner:
        # "... explain how mogujie made money": a manner asked in a clause's order, asked as a question
        rest = f"how did {rest[manner.end() :]}"
    # "remind me of the name of the app", "can you tell me the year ...": what that thing is
    return f"what is {rest}" if _REMIND.search(polite.group(0)) or _NOUN_PHRASE.match(rest) else rest


_HOW_CLAUSE = Lazy(
    r"^(in (simple|plain|easy) (words|terms|english) )?how (?!(many|much|long|often|old|far|come|big|large|soon|did|does"
    r"|do|is|was|are|were|has|have|had|can|could|will|would)\b)",
    re.IGNORECASE,
)
_NOUN_PHRASE = Lazy(r"^(the|a|an|its|their|his|her)\b", re.IGNORECASE)
_REMIND = Lazy(r"\bremind me( of)?\s*$", re.IGNORECASE)
_COURTESY_START = Lazy(
    r"^\s*(((excuse me|pardon me|sorry|i am sorry|i'm sorry|im sorry|hello|hi|dear bot|please)( to (trouble|bother"
    r"|disturb) you)?[,.!]?\s*(but\s+)?)"
    r"|((may|could|can|might) i (kindly |please |politely )?ask( you)?( kindly| please)?( if| whether)?[,:]?\s+)"
    r"|(if i (may|might) ask[,:]?\s+)"
    r"|(if (it is|it's|its) not (too much )?(trouble|a bother|a problem)|if you (do not|don't|dont) mind"
    r"|if (at all )?possible|when you have a moment|if you have a moment)[,:]?\s+"
    r"|(i would (be|like)( to)? (most |very |so |really |much )?(grateful|thankful|obliged|appreciate it|know)( if you"
    r" (could|would|can) (kindly |please )?(tell me|explain|let me know|say))?[,:]?\s+)"
    r"|((would|could|can|might) you( kindly| please| possibly)?( please)? (tell me|explain( to me)?|let me know|say"
    r"|remind me( of)?)(,? please,?)?[,:]?\s+(whether\s+)?)"
    r"|(would you mind (telling|explaining( to)?|reminding) me( of)?[,:]?\s+)"
    r"|(would you be (so kind|good enough|kind enough) (as )?to (tell me|explain( to me)?|remind me( of)?)[,:]?\s+)"
    r"|(if you (would|could|will) (indulge|humou?r|bear with|forgive|excuse) [^,]{1,60},\s*)"
    r"|(i wonder if you (might|could|would|can) (tell me|explain( to me)?|remind me( of)?)[,:]?\s+)"
    r"|(please (kindly )?(tell me|explain( to me)?|let me know|remind me( of)?)[,:]?\s+)"
    # a reader's purpose and need ("For my essay I need to define what ..."): the clauses after it are asked
    r"|((for|in) (my|our|the|a|this) (essay|report|homework|assignment|class|notes|lesson|project|exam|test|quiz"
    r"|presentation|worksheet)([,:]\s+|\s+(?=(i|we)\b)))"
    r"|((i|we) (need|want|have|would like|'d like|would love) to (define|know|find out|understand|check|explain"
    r"|work out|figure out|get straight|note down|write down)( for (my|our) \w+)?[,:]?\s+(?=(what|which|who|when|where"
    r"|why|how|whether|if)\b)))+",
    re.IGNORECASE,
)
"""Politeness opening a question ("I am sorry to trouble you, but may I ask which ...", "I would be most grateful
if you could kindly tell me what ..."): it asks nothing itself."""
_SHORT_WH = Lazy(r"^(why|how come|when|where|who|how)\b", re.IGNORECASE)
_COURTESY_END = Lazy(
    r"[,.;!?\s]+(please|pls|plz|thanks|thank you|cheers)\W*$"
    r"|[,.;!?]+\s*((please|pls|plz|kindly) )?(teach|tell|explain|help|show) (me|us)( please| pls| plz)?\W*$"
    r"|,\s*((if|may) (i|we) (may |might |can |could )?(kindly |please )?ask|for (the |my |our )?(listeners|readers|viewers|students|pupils|class"
    r"|audience|people|those|anyone|kids)( who [\w' ]{1,30})?|if (you )?(please|possible|you can|you could|you would|you"
    r" don'?t mind))\W*$",
    re.IGNORECASE,
)
"""A courtesy or an audience after the question ("..., please?", "..., if I may ask?", "..., for listeners who
don't know?")."""
_TF_LEAD = Lazy(r"^\s*(true or false|true/false|t/f|fact[- ]check|check)\s*[:,-]\s*", re.IGNORECASE)
_NOT_RIVAL = Lazy(r",\s*not (\w+'?s? ?){1,3}?,(?= (that|who|which)\b)", re.IGNORECASE)
"""The rival a cleft sets aside ("it was Meilishuo, not Mogujie, that ..."): the claim is about the one named."""
_WH_AND_AUX = frozenset({"who", "which", "what", "is", "was", "are", "were", "has", "had", "did", "does"})
_CLEFT = Lazy(
    r"^(?:(is|was|isn'?t|wasn'?t) it|it (is|was)) (?!(true|correct|right|accurate|the case|so|a fact|possible|likely|fair|safe|really|actually"
    r"|confirmed|known|clear|just)\b)(?P<named>(\w+'?s? ?){1,4}?) (that|who|which) (?P<rest>\w.*)$",
    re.IGNORECASE,
)
"""'Was it Xinhua that reported the store numbers?': a claim that the one named did it."""
_REASON_IS_SAID = Lazy(
    r"^(the )?reasons? .*\b(is|was|are|were|remains?) (still |as yet |yet |not )?(unknown|known|unclear|clear|a mystery"
    r"|a rumou?r|confirmed|uncertain|certain)\b",
    re.IGNORECASE,
)
"""A that-clause saying something of the reason ("the reason ... is still unknown"), not a question inside."""
_TELLS_INSIDE = Lazy(
    r"^(so |but |and |ok |okay )?((does|do|did|can|could|has|have|had) )?(the writer|the author|the article|the story"
    r"|the piece|the journalist|the reporter|the text|anyone|anybody|someone|somebody|we|they|people|she|he"
    r"|tracey xiang)( (actually|really|even|ever|exactly|truly|yet))? (know|knows|explain|explains|explained|say|says"
    r"|said|tell|tells|told|reveal|reveals|revealed|give|gives|given|state|states|stated)( us| me)?( (exactly|for sure"
    r"|really|precisely))?( anything)?( about| on)?"
    r" (?P<rest>(why|when|who|where|how|what|whether|if|the reasons?)\b.*?)(,? (yeah|right|eh|no|correct)\W*)?$",
    re.IGNORECASE,
)
"""A question about whether the story tells something ("Does the writer know why ...?", "Does the article explain
the reason ...?"): the question inside is what is asked."""
_SECOND_QUESTION = Lazy(
    r",\s*(and |but |also |plus )?(what|who|when|where|why|how|which|does|do|did|is|are|was|were|has|have|can"
    r"|could)\b(?!.*\b(right|true|correct)\W*$)",
    re.IGNORECASE,
)
"""A second question joined to the first by a comma ("..., and does it confirm any of them?"): the first is
answered."""
_OR_AGAIN = Lazy(
    r"\b(?P<word>like|as|in|from|by|to|with|for|on) (?P<a>[\w'-]+(?: [\w'-]+)?) or (?P=word) ", re.IGNORECASE
)
"""The word before the first of two options said again before the second ("like Pinterest or like Amazon")."""
_RUN_ON = Lazy(r"\s(?:or )?(was|is|did|does|were|are) (it|that|this|they|there)\b(?! (the|a|an) \w+ (that|who|which)\b)",
               re.IGNORECASE)  # fmt: skip
"""A second question run on after the first without a stop ("... in the first place was it like a fight")."""
_GUESS = Lazy(r"[,;]\s*(i think|i guess|i believe|i reckon|i thought|maybe|probably)\b.*$", re.IGNORECASE)
_WH_OPENING = Lazy(
    r"^(who|whos|whom|whose|what|whats|wat|wats|wut|wot|when|where|why|how|which)\b", re.IGNORECASE
)
"""A wh-question followed by the reader's own guess: the question is what is asked."""
_ACTUAL = Lazy(r"\b(actual|actually|real|really|correct|right|true)\b", re.IGNORECASE)
"""A question after a reader's statement asking what is really so ("What is the real number?"): of it."""
_STORY_GIVES = Lazy(r"\b(the|this) (story|article|piece|text)\b", re.IGNORECASE)
_SUBJECT = Lazy(
    r"^(?P<subject>(\w+'?s? ){0,3}?\w+) (was|were|is|are|has|had|have|did|does|will|would)\b", re.I
)
"""The subject of a plain statement: the words before its first auxiliary ("the resumption was ...")."""
_POINTS_BACK = Lazy(
    r"^(is|was|are|were|does|did|who|where)( \w+)? (that|this|it|so)\b"
    r"(?!( \w+){1,4} (would|will|was|were|is|are|had|has|did|could|should|can|might)\b)(\W*\w+){0,6}\W*$"
    r"|^(a |an )?(fact|claim|rumou?r|opinion|report|confirmed|verified|speculation) or (a |an |just a |only a )?"
    r"(fact|claim|rumou?r|opinion|report|confirmed|unconfirmed|speculation)\W*$"
    r"|^(does|did|do) (the|this) (story|article|text|piece|writer|author) (back( (that|this|it))? up|back|support|confirm|agree with"
    r"|bear out|justify)( \S+)?\W*$",  # "Does the story back up 'definitely'?": of the statement before
    re.IGNORECASE,
)


def reported_statement(text: str) -> str:
    """A statement without the frame saying who has it ("I read that X" is X)."""
    return _REPORTED.sub("", text.rstrip(".!: -"))


def points_back(part: str) -> bool:
    """True for a part of a message asking only about what was said before it ("is that right?", "was it ever
    confirmed?")."""
    return bool(_BARE_CHECK.match(part) or _POINTS_BACK.match(part))


"""A short question about what was just said ("Is that just a rumour?", "Who says that?")."""

_LOCATE = Lazy(
    r"^(?:(?:can you |could you |please )*(?:show me |tell me |point me to |find )?)"
    r"(?:where (?:in (?:the|this) (?:story|article|text|piece) )?(?:does|do|did|is) (?:it|the story|the article|the text"
    r"|the piece|the author|they|the writer) (?:say|said|talk about|talks about|mention|mentions|describe|discuss"
    r"|explain|tell|state|write about|cover|give|gives|report|note|name)"
    r"|where (?:in (?:the|this) (?:story|article|text) )?is (?:it )?(?:said|mentioned|stated|explained|described)"
    r"|where (?:in (?:the|this) (?:story|article|text|piece) )?(?:is|are) (?P<named>[^,?]+?) (?:mentioned|named"
    r"|talked about|discussed|described|referred to|brought up)(?: (?:in|by) (?:the|this) (?:story|article|text|piece))?"
    r"|in (?:which|what) (?:paragraph|part|section|sentence|line) (?:of (?:the|this) (?:story|article|text) )?"
    r"(?:does|do|did|is) (?:it|the story|the article|the text|the piece|the author|the writer) (?:say|talk about"
    r"|mention|describe|discuss|explain|state|name|cover)"
    r"|(?:which|what) (?:sentence|sentences|part|parts|paragraph|paragraphs|line|lines|passage|bit|section|quote)"
    r"(?: of (?:the|this) (?:story|article|text|piece))? (?:says|say|mentions|mention|talks about|talk about"
    r"|describes|describe|explains|explain|tells|covers|discusses|is about|deals with|names|name|gives|give|shows"
    r"|show|supports|support|proves|prove|suggests|indicates)(?: (?:students|us|readers|the reader|the class|you))?"
    r"(?: the (?:idea|statement|claim|fact|point|view))?"
    r"|(?:find|give me|show me|find me)(?: the| some)? evidence(?: in the (?:story|article|text))?(?: (?:for|of))?"
    r"(?: the (?:idea|statement|claim|fact|point|view))?"
    r"|(?:what|which) evidence(?: in the (?:story|article|text))? (?:supports|shows|proves|suggests|of)"
    r"(?: the (?:idea|statement|claim|fact|point|view))?"
    r"|(?:students,? )?(?:quote|show|find|give me|locate|identify|underline|highlight|point (?:me )?to|cite|copy)"
    r"(?: exactly)? (?:me )?the (?:exact )?(?:sentence|sentences|part|paragraph|line|passage|bit|words)"
    r"(?: (?:that|which|where|about|on|of|with|containing|giving|having))?(?: (?:says|say|mentions|talks about|describes|explains|it says"
    r"|names|gives|lists|states|shows|has|contains|reports|proves|supports|answers|tells us|tells you|tells))?"
    r"|(?:students,? )?quote(?: exactly| word for word| directly)? what (?:the|this) (?:article|story|text|writer|author)"
    r" (?:says|writes)"
    # "why does the writer mention Pinterest?": what it is mentioned for, the sentences mentioning it show
    r"|why (?:does|did|do|would) (?:the (?:writer|author|article|story|text|piece|reporter|journalist)|she|it)"
    r" (?:mention|bring up|bring in|include|refer to|cite|talk about|point out|note|add|quote)"
    r"|why (?:is|are|was|were) (?:there )?(?P<topic>.+?) (?:mentioned|included|brought up|cited|referred to)"
    r"(?: (?:in|by) (?:the|this) (?:writer|author|article|story|text|piece))?)"
    r"(?: (?:that|about|of|on))?\s*(?P<rest>.*)$",
    re.IGNORECASE,
)
_LOCATE_INSIDE = Lazy(
    r"\b(?:the )?(?:passage|passages|part|bit|section|paragraph|sentence|sentences|line|lines|quote|wording)"
    r" (?:on|about|regarding|covering|dealing with|that (?:says|mentions|covers|talks about|describes|explains))"
    r"\s+(?P<rest>[^.?!]+?)(?:\s+[-\u2013\u2014]\s|[.?!]|$)"
    r"|\bwhere (?:the story|the article|the text|the piece|it) (?:says|talks about|mentions|describes|explains"
    r"|covers)\s+(?P<rest2>[^.?!]+?)(?:\s+[-\u2013\u2014]\s|[.?!]|$)",
    re.IGNORECASE,
)
"""The same request inside a longer message ("My reader wants the passage on Alipay's market share.")."""
_QUOTE_REQUEST = Lazy(
    r"^(?:please )?(?:quote (?:for me |for the class |to me )?(?:(?:the )?(?:words?|line|lines|sentence|phrase|part|bit)"
    r" (?:the (?:writer|author|article|story) uses? )?(?:to say |that says? |saying |about |on |where |with |containing"
    r" |having )?"
    r"|where the (?:article|story|writer|author) (?:names|mentions|says|describes|gives) "
    r"|what the (?:article|story|writer|author) says (?:about )?"
    r"|the (?:article|story|writer|author)'s (?:description|account|words) (?:of|on|about) )"
    r"|find the (?:line|sentence|passage|part|bit)s? (?:explaining|saying|about|that says|that explains|with|naming"
    r"|that names|giving) )(?P<rest>.+?)(?: and quote it)?(?: for the class)?[.?!]*\s*$",
    re.IGNORECASE,
)
"""A request to quote the article ("Quote the words the writer uses to say nobody knows why ..."): the inner
question, whose answer's quotes are shown."""
_LOCATE_WORDS = (
    "evidence",
    "passage",
    "part",
    "bit",
    "section",
    "paragraph",
    "sentence",
    "line",
    "quote",
    "wording",
    "where",
)
"""Words one of which `_LOCATE_INSIDE` needs: a message without any is not searched (most are not)."""
_WH_START = Lazy(r"^(who|whom|whose|what|when|where|why|how|which|whether|if)\b", re.IGNORECASE)


def located(text: str) -> str | None:
    """The question inside "where does the story say ...?", "which sentence mentions ...?": the reader wants
    the sentences themselves, so the inner question is answered and its quotes are what is shown."""
    lowered = text.lower()
    inside = any(word in lowered for word in _LOCATE_WORDS)
    quoting = _QUOTE_REQUEST.match(text.strip()) if "quote" in lowered else None
    match = (
        quoting or _LOCATE.match(text.strip()) or (_LOCATE_INSIDE.search(text.strip()) if inside else None)
    )
    if not match:
        return None
    topic = match.groupdict().get("topic") or match.groupdict().get("named")
    rest = (topic or match.group("rest") or match.group("rest2") or "").strip().rstrip("?.! ").strip()
    if len(rest.split()) < 1:
        return None
    if _WH_START.match(rest):
        return re.sub(r"^(whether|if)\b", "is it true that", rest, flags=re.IGNORECASE) + "?"
    if has_finite_verb(rest.lower()):
        return f"{rest}?"  # "which line shows the 80% figure is only a claim": a statement, put to the check
    return rest  # "the technical fee": a topic, answered by the record about it


_MENTIONS = Lazy(
    r"^(?:does|did) (?:the|this) (?:article|story|text|piece|writer|author|reporter) (?:ever |even |actually )?"
    r"(?:mention|name|refer to|talk about|bring up|include) (?P<rest>[^?]+?)(?: anywhere| at all| somewhere"
    r"| in (?:it|the (?:article|story|text)))?\s*[?.!]*$",
    re.IGNORECASE,
)


def mentioned(text: str) -> str | None:
    """The thing in "Does the article mention Pinterest anywhere?": a topic, whose sentences answer yes (a
    clause or a question inside, "does it mention why ...", is a check of its own)."""
    match = _MENTIONS.match(text.strip())
    if not match:
        return None
    rest = match.group("rest").strip()
    if _WH_START.match(rest) or has_finite_verb(rest.lower()):
        return None
    return rest


_QUOTED = Lazy(r"(?:^|(?<=[\s(:,]))[\"'\u2018\u201c](.{1,300}?)[\"'\u2019\u201d](?=[\s,.;:?!)]|$)")
_PROPOSAL_WORDS = Lazy(
    r"\b(answer|answers|answered|reply|response|accept|acceptable|fair|right|correct|wrong|count|mark|marks"
    r"|full credit|credit|ok|okay|valid)\b",
    re.IGNORECASE,
)


def quoted_words(text: str) -> list[str]:
    """The words a question quotes ("the difference between 'since' and 'for'")."""
    return [m.group(1).strip() for m in _QUOTED.finditer(text)] if QUOTE_CHARS.intersection(text) else []


def proposed_answer(text: str) -> tuple[str, str] | None:
    """A proposed answer to a quoted question ("Would 'Tmall' be a fair answer to 'What is ...?'", "if a
    student wrote 'X' for 'Q?', is that right?"): the (answer, question) pair, to be checked against the story."""
    sheet = _STUDENT_ANSWERED.match(text) if "?" in text else None
    if sheet:
        # "Q: Which outlet reported the store numbers? Student's answer: QQ Tech. Check please"
        answer = sheet.group("a").strip(" '\"\u2018\u2019\u201c\u201d")
        return (answer, sheet.group("q").strip()) if answer else None
    quoted = [m.group(1).strip() for m in _QUOTED.finditer(text)]
    if len(quoted) != 2 or not _PROPOSAL_WORDS.search(_QUOTED.sub(" ", text)):
        return None
    asks = [q for q in quoted if q.endswith("?")]
    if len(asks) != 1:
        return None
    question = asks[0]
    answer = quoted[1] if quoted[0] is question else quoted[0]
    return answer, question


_STUDENT_ANSWERED = Lazy(
    r"^\s*(?:(?:short[- ]answer |worksheet |quiz )?(?:q(?:uestion)?|item)\s*\d{0,2}[.):]?\s+)?(?P<q>[^?.]{5,200}[?.])\s+"
    r"(?:my |the |a )?(?:student|pupil|learner)(?:'s answer| answered| wrote| put| said| gave| says)?:?\s+"
    r"(?P<a>[^?]{1,120}?)[.!]?(?:\s+(?:is (?:that|this|it) )?(?:right|correct|ok|okay|true|accurate|acceptable)"
    r"|\s+(?:please )?check(?: (?:it|that|this))?(?: please)?|\s+is (?:that|this|it) (?:the (?:article|story)'s \w+|what"
    r" the (?:article|story) says))?\W*$",
    re.IGNORECASE,
)
"""A worksheet question with a student's answer after it ("Q: ...? Student: X. Right?"): the answer is judged
against the story's answer to the question."""
_SAYS_ABOUT = Lazy(
    r"^what (do|does|did) (say|said|says|claim|claimed) (?P<inverted>\w+( \w+)?) (about|of|on|regarding)\b"
    r"|^what ((do|does|did|has|have) )?(?P<who>\w+( \w+)?) (say|says|said|claim|claims|claimed|state|states"
    r"|stated)\b|^how ((do|does|did|has|have) )?(?P<reacting>\w+( \w+)?) (react|reacted|respond|responded|reply"
    r"|replied|comment|commented)\b"
    r"|^what (is|was|were|are|has been) (?P<owner>\w+( \w+)?) (response|reaction|reply|comment|answer|statement)s?"
    r" (to|on|about|regarding)\b"
)
"""A question asking for a party's own words or response, which only what that party says can answer (also
in a learner's order: "What did say Mogujie about ...?")."""
RESPONDING = frozenset(
    {"react", "reacted", "respond", "responded", "reply", "replied", "comment", "commented", "response", "reaction",
     "responses", "reactions", "statement"}
)  # fmt: skip
"""The verbs of a response in `_SAYS_ABOUT`: a word the story lacks there is still understood."""


_ATTRIBUTE = Lazy(
    r"^(what|which) (is|was|are|were) (the|its|their|his|her) (?!(gist|essence|idea|point|summary|substance|nature|crux"
    r"|heart|core|upshot|purpose|aim|goal|meaning)\b)(?P<head>\w+) (of|(?<=link )to|(?<=url )(to|for)"
    r"|(?<=address )(of|for))\b"
)
"""A thing asked of something ("the title of the report", "the link to the report"); not the gist or the aim of
it, which a record about the thing itself gives."""


def attribute_start(joined: str) -> int | None:
    """The word position of the thing a "What is the title of ...?" question asks for, if it has that shape: a
    record that never speaks of it does not answer, however much else it shares."""
    match = _ATTRIBUTE.match(joined)
    return len(joined[: match.start("head")].split()) if match else None


def name_meaning_asked(joined: str) -> str | None:
    """The words asked the meaning of in "What does the name Mogujie mean (in Chinese)?" (a translation the story
    never gives), or the whole question when they are not singled out; None when no meaning is asked."""
    found = _NAME_MEANING.search(joined)
    if found is None:
        return None
    return found.group("asked") or joined


_NAME_MEANING = Lazy(
    r"\b(the )?(name|word|brand|brand name) (?P<asked>(\w+ ){1,3})(mean|means|meant|translate|translates|stand for"
    r"|stands for)\b"
    r"|\b(meaning|translation) of (the )?(name|word|brand)\b"
    r"|\bwhat (does|do|did) (\w+ ){1,3}(mean|translate|translated) (in|into|from) (chinese|english|mandarin)\b"
)


def speaker_start(joined: str) -> int | None:
    """The word position of the party whose own words a question asks for ("What does Mogujie say about
    ...?", "How did Mogujie respond?"), if it asks for one."""
    match = _SAYS_ABOUT.match(joined)
    if not match:
        return None
    group = next(g for g in ("who", "reacting", "inverted", "owner") if match.group(g))
    if (
        group == "reacting"
        and " " not in match.group(group)
        and _WHEN_CLAUSE_AFTER.match(joined, match.end())
    ):
        return None  # "how did Alipay respond when Mogujie let retailers sell?": what it did then
    return len(joined[: match.start(group)].split())


_WHEN_CLAUSE_AFTER = Lazy(r" (when|after|once)\b")
