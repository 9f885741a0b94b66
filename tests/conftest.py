"""Shared test fixtures. Each engineer adds only their own fixtures, in their own section."""

from __future__ import annotations

import pytest

# -- quiz fixtures (tests/test_quiz_*.py) -------------------------------------------------------------

QUIZ_ARTICLE = "000_260b3db4d1f4acde.txt"


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
aliases = ["ali pay", "alipai"]

[[entity]]
id = "alibaba"
name = "Alibaba"
kind = "company"
aliases = ["alibaba group"]

[[entity]]
id = "alimama"
name = "Alimama"
kind = "program"

[[entity]]
id = "mogujie"
name = "Mogujie"
kind = "company"
aliases = ["mogu jie"]

[[entity]]
id = "meilishuo"
name = "Meilishuo"
kind = "company"

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
kind = "site"

[[entity]]
id = "jd"
name = "JD.com"
kind = "site"
description = "Not in the story: a distractor for the tests."

[[entity]]
id = "dangdang"
name = "Dangdang"
kind = "site"
description = "Not in the story: a distractor for the tests."

[[entity]]
id = "tencent"
name = "Tencent"
kind = "company"
description = "Not in the story: a distractor for the tests."

[[entity]]
id = "wechat-payment"
name = "WeChat Payment"
kind = "product"
aliases = ["wechat pay"]

[[entity]]
id = "alipay-wallet"
name = "Alipay Wallet"
kind = "product"

[[qa]]
id = "mogujie-founded"
question = "When was Mogujie founded?"
alternatives = ["What year did Mogujie start?", "When did Mogujie get its start?", "How old is Mogujie?"]
asks = "when"
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
answer = "Alipay is operated by Alibaba's finance arm."
short_answer = "Alibaba"
short_kind = "company"
cite = ["Alipay, the online payment solution operated by Alibaba's finance arm"]
entities = ["alipay", "alibaba"]

[[qa]]
id = "mogujie-accounts"
question = "How many accumulated accounts does Mogujie claim?"
alternatives = ["How many accounts does Mogujie have?", "How big is Mogujie's user base?", "Mogujie's total account count?"]
asks = "how_many"
answer = "Mogujie claims 85 million accumulated accounts."
short_answer = "85 million"
short_kind = "count"
cite = ["Mogujie claims it has 85 million accumulated accounts"]
entities = ["mogujie"]

[[qa]]
id = "mogujie-mau"
question = "How many monthly active users on mobile does Mogujie claim?"
alternatives = ["How many mobile users does Mogujie have each month?", "Mogujie's monthly active mobile users?", "What is Mogujie's mobile MAU?"]
asks = "how_many"
answer = "Mogujie claims 35 million monthly active users on mobile."
short_answer = "35 million"
short_kind = "count"
cite = ["with 35 million monthly active users on mobile"]
entities = ["mogujie"]

[[qa]]
id = "alipay-share"
question = "What share of China's mobile payments market does Alipay claim?"
alternatives = ["How much of mobile payments does Alipay hold?", "What is Alipay's market share in mobile payments?", "Alipay's claimed share of the mobile payment market?"]
asks = "how_much"
answer = "Alipay claims 80% of China's mobile payments market."
short_answer = "80%"
short_kind = "percent"
cite = ["Alipay claims it has 80% of China's mobile payments market."]
entities = ["alipay"]

[[qa]]
id = "new-payment"
question = "Which payment service did Mogujie and Meilishuo adopt?"
alternatives = ["What payment did the two sites switch to?", "Which payment method replaced Alipay for them?", "What did Mogujie use for payments after Alipay?"]
asks = "what"
answer = "Both adopted WeChat Payment."
short_answer = "WeChat Payment"
short_kind = "product"
accept = ["WeChat"]
cite = ["after Alipay stopped supporting Mogujie"]
entities = ["mogujie", "meilishuo", "wechat-payment"]

[[qa]]
id = "referral-program"
question = "What is Alibaba's referral program called?"
alternatives = ["Name Alibaba's referral program.", "Which program pays Alibaba referral revenues?", "Where do Mogujie's referral revenues come from?"]
asks = "what"
answer = "Alimama, Alibaba's referral program."
short_answer = "Alimama"
short_kind = "program"
cite = ["the referral revenues from Alimama, Alibaba's referral program"]
entities = ["alimama", "alibaba"]

[[fact]]
id = "f-mogujie-founded"
subject = "mogujie"
relation = "founded in"
object = "2011"
object_kind = "year"
statement = "Mogujie was founded in 2011."
cite = "Founded in 2011, Mogujie"

[[fact]]
id = "f-marketplaces-launched"
subject = "mogujie"
relation = "launched marketplace in"
object = "2013"
object_kind = "year"
statement = "Mogujie launched its own marketplace in 2013."
cite = "launched their own marketplaces in late 2013"

[[fact]]
id = "f-tech-fee"
subject = "alibaba"
relation = "rumoured to charge a fee in"
object = "2012"
object_kind = "year"
statement = "Alibaba was rumoured to charge social shopping sites a technical fee in 2012."
says = "rumour"
cite = "charged those sites a technical fee for displaying items from its marketplace in 2012"

[[fact]]
id = "f-mogujie-stores"
subject = "mogujie"
relation = "stores after five months"
object = "2000"
object_kind = "count"
statement = "Mogujie's marketplace had more than 2000 stores after about five months."
says = "report:qq-tech"
cite = "there were more than 2000 stores"

[[fact]]
id = "f-meilishuo-stores"
subject = "meilishuo"
relation = "stores after five months"
object = "1000"
object_kind = "count"
statement = "Meilishuo's marketplace had 1000 stores."
says = "report:qq-tech"
cite = "Meilishuo's had had 1000 stores"

[[fact]]
id = "f-wallet-users"
subject = "alipay-wallet"
relation = "users"
object = "190 million"
object_kind = "count"
statement = "Alipay Wallet has 190 million users."
cite = "has 190 million users"

[[fact]]
id = "f-alibaba-taobao"
subject = "alibaba"
relation = "runs marketplace"
object = "Taobao"
object_kind = "site"
statement = "Alibaba runs the Taobao marketplace."
cite = "the majority of online retailers are on Alibaba's Taobao and Tmall marketplace"

[[fact]]
id = "f-alibaba-tmall"
subject = "alibaba"
relation = "runs marketplace"
object = "Tmall"
object_kind = "site"
statement = "Alibaba runs the Tmall marketplace."
cite = "Taobao and Tmall marketplace. So"

[[fact]]
id = "f-mogujie-wechat"
subject = "mogujie"
relation = "adopted payment"
object = "WeChat Payment"
object_kind = "product"
statement = "Mogujie adopted WeChat Payment."
cite = "In 2013, after Alipay stopped supporting Mogujie, both Mogujie and Meilishuo adopted WeChat Payment"

[[fact]]
id = "f-alipay-cut-off"
subject = "alipay"
relation = "cut off support to"
object = "Mogujie"
object_kind = "company"
statement = "Alipay cut off support to Mogujie one year ago."
cite = "One year ago, Alipay cut off support to Mogujie"
"""
"""Thirteen entities, seven QA records with short answers and ten facts about the Alipay-Mogujie story."""


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
