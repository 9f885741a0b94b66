"""Golden transcripts of `bot ask`: the whole output, written out, for the text and JSON Lines formats.

A change to what `bot ask` prints (wording, layout, fields, citations, confidence) shows up here as a diff
to review; if it is intended, update the transcript in the same commit.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

QUESTIONS = (
    "# a class's questions\nWhat is Mogujie?\nWhen was it founded?\nWho is the CEO of Alipay?\nthanks\n"
)

TEXT_WITH_CONVERSATION = (
    "Q: What is Mogujie?\n"
    "Mogujie is one of the leading social shopping services in China; founded in 2011, it started as a Pinterest-like social shopping service.\n"
    '  [1] "Alipay, the online payment solution operated by Alibaba\'s finance arm, announced yesterday it would resume supporting Mogujie, one of the leading social shopping services in China." (alipay-mogujie:p1.s1) — article\n'
    '  [2] "Founded in 2011, Mogujie started as a Pinterest-like social shopping service, earning commissions on referral traffic to e-commerce sites." (alipay-mogujie:p2.s1) — article\n'
    "You could ask:\n"
    "  - When was Mogujie founded?\n"
    "  - How did Mogujie make money at first?\n"
    "  - How many users does Mogujie have?\n"
    "\n"
    "Q: When was it founded?\n"
    "Mogujie was founded in 2011.\n"
    '  [1] "Founded in 2011, Mogujie started as a Pinterest-like social shopping service, earning commissions on referral traffic to e-commerce sites." (alipay-mogujie:p2.s1) — article\n'
    "You could ask:\n"
    "  - How did Mogujie start?\n"
    "  - How did Mogujie make money at first?\n"
    "\n"
    "Q: Who is the CEO of Alipay?\n"
    "The story doesn't say. You could ask instead: What is Alipay?\n"
    "You could ask:\n"
    "  - What is Alipay?\n"
    "  - What did Alipay announce?\n"
    "  - Why is Alipay resuming support for Mogujie?\n"
    "\n"
    "Q: thanks\n"
    "You're welcome! Ask another question whenever you like.\n"
)

PIPED = "When was Mogujie founded?\nHow many users does Mogujie have?\nWho is the CEO of Alipay?\n"

JSONL = (
    '{"question": "When was Mogujie founded?", "status": "answered", "answer": "Mogujie was founded in 2011.", "confidence": 1.0, "citations": [{"source": "alipay-mogujie", "paragraph": 2, "sentence": "alipay-mogujie:p2.s1", "start": 335, "end": 473, "quote": "Founded in 2011, Mogujie started as a Pinterest-like social shopping service, earning commissions on referral traffic to e-commerce sites.", "span": "Founded in 2011, Mogujie started"}], "record": "mogujie-founded", "says": "article", "source_tag": "article", "suggestions": ["How did Mogujie start?", "How did Mogujie make money at first?"], "resolved": "When was Mogujie founded?"}\n'
    '{"question": "How many users does Mogujie have?", "status": "answered", "answer": "Mogujie claims it has 85 million accumulated accounts, with 35 million monthly active users on mobile.", "confidence": 1.0, "citations": [{"source": "alipay-mogujie", "paragraph": 8, "sentence": "alipay-mogujie:p8.s1", "start": 2229, "end": 2331, "quote": "Mogujie claims it has 85 million accumulated accounts, with 35 million monthly active users on mobile.", "span": "Mogujie claims it has 85 million accumulated accounts, with 35 million monthly active users on mobile."}], "record": "mogujie-size", "says": "claim:mogujie", "source_tag": "claim: Mogujie", "suggestions": ["How many accounts does Mogujie have?", "How many monthly active users does Mogujie have on mobile?", "How many stores did Mogujie\'s marketplace have?"], "resolved": "How many users does Mogujie have?"}\n'
    '{"question": "Who is the CEO of Alipay?", "status": "unknown", "answer": "The story doesn\'t say. You could ask instead: What is Alipay?", "confidence": 0.263, "citations": [], "record": null, "says": null, "source_tag": "", "suggestions": ["What is Alipay?", "What did Alipay announce?", "Why is Alipay resuming support for Mogujie?"], "resolved": "Who is the CEO of Alipay?"}\n'
)


def bot(*args: str, stdin: str | None = None, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        input=stdin,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
        cwd=cwd,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )


def test_text_transcript_of_a_question_file_as_one_conversation(tmp_path):
    questions = tmp_path / "questions.txt"
    questions.write_text(QUESTIONS, encoding="utf-8")
    proc = bot("ask", "--file", str(questions), "--conversation", cwd=tmp_path)
    assert (proc.returncode, proc.stderr) == (1, "")
    assert proc.stdout == TEXT_WITH_CONVERSATION


def test_jsonl_transcript_of_questions_piped_to_bot_ask_dash(tmp_path):
    proc = bot("ask", "-", "--format", "jsonl", stdin=PIPED, cwd=tmp_path)
    assert (proc.returncode, proc.stderr) == (1, "")
    assert proc.stdout == JSONL
