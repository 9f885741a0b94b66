"""Shared test fixtures. Each engineer adds only their own fixtures, in their own section."""

from __future__ import annotations

import pytest

# -- quiz fixtures (tests/test_quiz_*.py) -------------------------------------------------------------

QUIZ_ARTICLE = "000_260b3db4d1f4acde.txt"


@pytest.fixture(scope="session")
def _engine_cache(tmp_path_factory):
    """One engine cache for the whole run, never the user's own."""
    return tmp_path_factory.mktemp("engine-cache")


@pytest.fixture(autouse=True)
def _cache_dir(_engine_cache, monkeypatch):
    monkeypatch.setenv("BOT_CACHE_DIR", str(_engine_cache))


@pytest.fixture(autouse=True)
def _quiz_user_dir(tmp_path_factory, monkeypatch):
    """Quiz results (and any other user data) go to a temporary folder, never the real home."""
    monkeypatch.setenv("BOT_USER_DIR", str(tmp_path_factory.mktemp("user")))


@pytest.fixture
def quiz_dirs(tmp_path):
    """A small knowledge base of our own (the shipped one is being curated): (knowledge dir, seeds dir)."""
    import shutil

    from bot import paths

    seeds = tmp_path / "seeds"
    seeds.mkdir()
    shutil.copy(paths.seeds_dir() / QUIZ_ARTICLE, seeds / QUIZ_ARTICLE)
    (seeds / "manifest.toml").write_text(
        '[[source]]\nid = "alipay-mogujie"\ntitle = "Alipay resumes support for Mogujie"\nauthor = "Tracey Xiang"\n'
        f'year = 2014\nfile = "{QUIZ_ARTICLE}"\nbody_ends_before = "Join the Conversation"\n',
        encoding="utf-8",
    )
    knowledge = tmp_path / "knowledge"
    knowledge.mkdir()
    (knowledge / "kb.toml").write_text(QUIZ_KNOWLEDGE, encoding="utf-8")
    return knowledge, seeds


@pytest.fixture
def quiz_kb(quiz_dirs):
    from bot.knowledge import load_knowledge

    return load_knowledge(*quiz_dirs)


QUIZ_KNOWLEDGE = """\
[[entity]]
id = "alipay"
name = "Alipay"
kind = "company"
aliases = ["ali pay", "alipai", "zhifubao"]

[[entity]]
id = "alibaba"
name = "Alibaba"
kind = "company"
aliases = ["alibaba group"]

[[entity]]
id = "alibaba-finance-arm"
name = "Alibaba's finance arm"
kind = "organisation"

[[entity]]
id = "alimama"
name = "Alimama"
kind = "program"

[[entity]]
id = "mogujie"
name = "Mogujie"
kind = "site"
aliases = ["mogu jie", "mushroom street"]

[[entity]]
id = "meilishuo"
name = "Meilishuo"
kind = "site"

[[entity]]
id = "taobao"
name = "Taobao"
kind = "site"

[[entity]]
id = "tmall"
name = "Tmall"
kind = "site"

[[entity]]
id = "qq-tech"
name = "QQ Tech"
kind = "outlet"

[[entity]]
id = "pinterest"
name = "Pinterest"
kind = "site"

[[entity]]
id = "jd"
name = "JD.com"
kind = "site"
description = "Not in the story: never an option, since options come from the story."

[[entity]]
id = "wechat-payment"
name = "WeChat Payment"
kind = "product"
aliases = ["wechat pay"]

[[entity]]
id = "alipay-wallet"
name = "Alipay Wallet"
kind = "product"

[[entity]]
id = "china"
name = "China"
kind = "place"

[[entity]]
id = "beijing"
name = "Beijing"
kind = "place"

[[qa]]
id = "mogujie-founded"
question = "When was Mogujie founded?"
alternatives = ["What year did Mogujie start?", "When did Mogujie get its start?", "How old is Mogujie?"]
asks = "when"
says = "article"
answer = "Mogujie was founded in 2011."
short_answer = "2011"
short_kind = "year"
accept = ["in 2011"]
cite = ["Founded in 2011, Mogujie started as a Pinterest-like social shopping service"]
entities = ["mogujie"]

[[qa]]
id = "alipay-operator"
question = "Which company's finance arm operates Alipay?"
alternatives = ["Who runs Alipay?", "Who owns Alipay?", "Alipay belongs to which company?"]
asks = "who"
says = "article"
answer = "Alipay is operated by Alibaba's finance arm."
short_answer = "Alibaba"
short_kind = "company"
cite = ["Alipay, the online payment solution operated by Alibaba's finance arm"]
entities = ["alipay", "alibaba"]

[[qa]]
id = "mogujie-accounts"
question = "How many accounts does Mogujie have?"
alternatives = ["How many accounts does Mogujie claim?", "How big is Mogujie's user base?", "Mogujie's total account count?"]
asks = "how_many"
says = "claim:mogujie"
unit = "accounts"
answer = "Mogujie claims 85 million accumulated accounts."
short_answer = "85 million"
short_kind = "count"
cite = ["Mogujie claims it has 85 million accumulated accounts"]
entities = ["mogujie"]

[[qa]]
id = "retailers-pay"
question = "Who pays Mogujie and Meilishuo transaction-based commissions?"
alternatives = ["Who pays the commissions?", "Who is charged commissions?", "From whom do the sites charge commissions?"]
asks = "who"
says = "article"
answer = "Retailers pay them."
short_answer = "retailers"
short_kind = "text"
accept = ["online retailers"]
cite = ["The two sites now are able to charge transaction-based commissions directly from retailers."]
entities = ["mogujie", "meilishuo"]

[[qa]]
id = "resume-why"
question = "Why is Alipay resuming support for Mogujie?"
alternatives = ["What is the reason Alipay supports Mogujie again?", "Why the change of heart?", "Why did Alipay come back?"]
asks = "why"
says = "article"
answer = "It is as yet unknown."
short_answer = "unknown"
short_kind = "text"
accept = ["it is unknown", "nobody knows"]
cite = ["It's as yet unknown why Alipay would resume support for Mogujie."]
entities = ["alipay", "mogujie"]

[[qa]]
id = "stores-comparison"
question = "Which had more stores, Mogujie or Meilishuo?"
alternatives = ["Did Mogujie or Meilishuo have more stores?", "Who had more shops?", "Which marketplace was bigger?"]
asks = "who"
says = "report:qq-tech"
answer = "Mogujie, with more than 2000 stores against Meilishuo's 1000."
short_answer = "Mogujie"
short_kind = "site"
cite = ["By the same time, Meilishuo's had had 1000 stores."]
entities = ["mogujie", "meilishuo"]

[[qa]]
id = "new-payment"
question = "Which payment service did Mogujie and Meilishuo adopt?"
alternatives = ["What payment did the two sites switch to?", "Which payment method replaced Alipay for them?", "What did Mogujie use for payments after Alipay?"]
asks = "what"
says = "article"
answer = "Both adopted WeChat Payment."
short_answer = "WeChat Payment"
short_kind = "product"
accept = ["WeChat"]
cite = ["both Mogujie and Meilishuo adopted WeChat Payment"]
entities = ["mogujie", "meilishuo", "wechat-payment"]

[[qa]]
id = "referral-program"
question = "Where did Mogujie's referral revenues come from?"
alternatives = ["Name Alibaba's referral program.", "Which program paid Mogujie referral revenues?", "Mogujie's referral income came from what?"]
asks = "what"
says = "article"
answer = "From Alimama, Alibaba's referral program."
short_answer = "Alimama"
short_kind = "program"
cite = ["the referral revenues from Alimama, Alibaba's referral program"]
entities = ["alimama", "mogujie"]

[[qa]]
id = "stores-reporter"
question = "Who reported Mogujie's store numbers?"
alternatives = ["Which outlet reported the store count?", "Where do the store figures come from?", "Who is the source of the store numbers?"]
asks = "who"
says = "article"
answer = "QQ Tech reported them."
short_answer = "QQ Tech"
short_kind = "site"
cite = ["as reported by QQ Tech"]
entities = ["qq-tech", "mogujie"]

[[fact]]
id = "f-alipay-operated-by"
subject = "alipay"
relation = "operated by"
object = "Alibaba's finance arm"
object_kind = "company"
statement = "Alipay is operated by Alibaba's finance arm."
says = "article"
cite = "the online payment solution operated by Alibaba's finance arm"

[[fact]]
id = "f-finance-arm-part-of"
subject = "alibaba-finance-arm"
relation = "part of"
object = "Alibaba"
object_kind = "company"
statement = "Alibaba's finance arm is part of Alibaba."
says = "article"
cite = "operated by Alibaba's finance arm"

[[fact]]
id = "f-taobao-owned-by"
subject = "taobao"
relation = "owned by"
object = "Alibaba"
object_kind = "company"
statement = "Taobao is owned by Alibaba."
says = "article"
cite = "Alibaba's Taobao and Tmall marketplace"

[[fact]]
id = "f-alipay-cut-off"
subject = "alipay"
relation = "cut off support to"
object = "Mogujie"
object_kind = "site"
statement = "Alipay cut off support to Mogujie one year ago."
says = "article"
cite = "One year ago, Alipay cut off support to Mogujie"

[[fact]]
id = "f-mogujie-like-pinterest"
subject = "mogujie"
relation = "was modelled on"
object = "Pinterest"
object_kind = "site"
statement = "Mogujie started as a social shopping service like Pinterest."
says = "article"
cite = "a Pinterest-like social shopping service"

[[fact]]
id = "f-mogujie-items-from"
subject = "mogujie"
relation = "most shared items come from"
object = "Alibaba"
object_kind = "company"
statement = "Most items shared onto Mogujie are from Alibaba."
says = "article"
cite = "So most items shared onto Mogujie are from Alibaba"

[[fact]]
id = "f-tech-fee"
subject = "alibaba"
relation = "rumoured to charge a fee in"
object = "2012"
object_kind = "year"
statement = "Alibaba was rumoured to have charged social shopping sites a technical fee in 2012."
says = "rumour"
cite = "charged those sites a technical fee for displaying items from its marketplace in 2012"

[[fact]]
id = "f-marketplaces-launched"
subject = "mogujie"
relation = "launched marketplace in"
object = "2013"
object_kind = "year"
statement = "Mogujie launched its own marketplace in 2013."
says = "article"
cite = "launched their own marketplaces in late 2013"

[[fact]]
id = "f-mogujie-stores"
subject = "mogujie"
relation = "stores after five months"
object = "more than 2000"
object_kind = "count"
unit = "stores"
statement = "QQ Tech reported that Mogujie's marketplace had more than 2000 stores about five months after going live."
says = "report:qq-tech"
cite = "there were more than 2000 stores"

[[fact]]
id = "f-mogujie-traffic"
subject = "mogujie"
relation = "share of traffic to stores"
object = "one quarter"
object_kind = "percent"
unit = "share of total traffic"
statement = "QQ Tech reported that one quarter of Mogujie's total traffic went to its marketplace stores."
says = "report:qq-tech"
cite = "with one quarter of the total traffic going to those stores"

[[fact]]
id = "f-meilishuo-stores"
subject = "meilishuo"
relation = "stores after five months"
object = "1000"
object_kind = "count"
unit = "stores"
statement = "Meilishuo's marketplace had 1000 stores by the same time."
says = "article"
cite = "By the same time, Meilishuo's had had 1000 stores."

[[fact]]
id = "f-alipay-share"
subject = "alipay"
relation = "share of China's mobile payments market"
object = "80%"
object_kind = "percent"
unit = "share of China's mobile payments market"
statement = "Alipay claims it has 80% of China's mobile payments market."
says = "claim:alipay"
cite = "Alipay claims it has 80% of China's mobile payments market."

[[fact]]
id = "f-wallet-users"
subject = "alipay-wallet"
relation = "users"
object = "190 million"
object_kind = "count"
unit = "users"
statement = "Alipay Wallet has 190 million users."
says = "article"
cite = "has 190 million users"

[[fact]]
id = "f-mogujie-mau"
subject = "mogujie"
relation = "monthly active users on mobile"
object = "35 million"
object_kind = "count"
unit = "monthly active users on mobile"
statement = "Mogujie claims it has 35 million monthly active users on mobile."
says = "claim:mogujie"
cite = "with 35 million monthly active users on mobile"

[[fact]]
id = "f-alibaba-acquire"
subject = "alibaba"
relation = "wanted to acquire"
object = "Mogujie"
object_kind = "site"
statement = "It was rumoured that Alibaba wanted to acquire Mogujie."
says = "rumour"
cite = "There was a rumor that Alibaba wanted to acquire the social shopping site."

[[fact]]
id = "f-beijing-in-china"
subject = "beijing"
relation = "is in"
object = "China"
object_kind = "place"
statement = "Beijing is a city in China."
says = "article"
cite = "Beijing, China-based"

[[fact]]
id = "f-taobao-marketplace"
subject = "taobao"
relation = "is"
object = "marketplace"
object_kind = "thing"
statement = "Taobao is part of Alibaba's Taobao and Tmall marketplace."
says = "article"
cite = "Taobao and Tmall marketplace"

[[event]]
id = "ev-founded"
when = "2011"
year = 2011
order = 10
text = "Mogujie was founded as a Pinterest-like social shopping service."
entities = ["mogujie"]
says = "article"
cite = ["Founded in 2011, Mogujie started as a Pinterest-like social shopping service"]

[[event]]
id = "ev-resumes"
when = "yesterday (2014)"
year = 2014
order = 70
text = "Alipay announced it would resume supporting Mogujie."
entities = ["alipay", "mogujie"]
says = "article"
cite = ["announced yesterday it would resume supporting Mogujie"]
"""
"""A small knowledge base of the Alipay-Mogujie story: fifteen entities (one not in the story), nine QA
records, seventeen facts (claims, rumours and reports among them, two of them flawed on purpose: Beijing in
China needs no story, Taobao in "Taobao and Tmall" answers itself) and two dated events."""


# -- chat fixtures (tests/test_tui.py, tests/test_repl.py, tests/test_snapshots.py) ------------------


@pytest.fixture(autouse=True)
def _chat_user_dir(tmp_path, monkeypatch):
    """The line chat's history file goes to this test's own folder, never the real home."""
    monkeypatch.setenv("BOT_USER_DIR", str(tmp_path / "user"))


@pytest.fixture(scope="module")
def engine():
    """The engine over the shipped knowledge base (built once per process)."""
    from bot.engine import load_engine

    return load_engine()


@pytest.fixture(scope="module")
def answered_turn(engine):
    """The first canonical question the engine answers with citations, and its answer."""
    from bot.models import Conversation

    for question in engine.questions():
        answer = engine.answer(question, Conversation())
        if answer.status == "answered" and answer.citations:
            return question, answer
    raise AssertionError("no canonical question is answered with citations")


# -- hardening fixtures (tests/test_hostile_*.py) -------------------------------------------------------


@pytest.fixture
def deny(monkeypatch):
    """Take every permission away from a file or folder (`deny(path)`), as `chmod 000` does.

    Root ignores permissions, so when the tests run as root the same refusal is simulated: opening, listing
    or reaching anything inside the path raises PermissionError, while the path itself can still be
    stat'ed (as its parent folder allows). Permissions are restored afterwards so tmp_path can be removed.
    """
    import errno
    import os
    from pathlib import Path

    denied: list[Path] = []

    def inside(target: object, strictly: bool) -> bool:
        if isinstance(target, int):
            return False
        path = Path(os.path.abspath(os.fspath(target)))  # type: ignore[arg-type]
        return any(
            path != d and d in path.parents if strictly else path == d or d in path.parents for d in denied
        )

    def refuse(target: object) -> None:
        raise PermissionError(errno.EACCES, "Permission denied", os.fspath(target))  # type: ignore[arg-type]

    if os.geteuid() == 0:
        real_stat, real_open, real_scandir = os.stat, os.open, os.scandir

        def stat(target, *args, **kwargs):
            if inside(target, strictly=True):
                refuse(target)
            return real_stat(target, *args, **kwargs)

        def open_(target, *args, **kwargs):
            if inside(target, strictly=False):
                refuse(target)
            return real_open(target, *args, **kwargs)

        def scandir(target=".", *args, **kwargs):
            if inside(target, strictly=False):
                refuse(target)
            return real_scandir(target, *args, **kwargs)

        monkeypatch.setattr(os, "stat", stat)
        monkeypatch.setattr(os, "open", open_)
        monkeypatch.setattr(os, "scandir", scandir)

    def take_away(path: Path) -> Path:
        denied.append(Path(os.path.abspath(path)))
        path.chmod(0)
        return path

    yield take_away
    for path in denied:
        path.chmod(0o700)
