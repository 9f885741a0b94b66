"""The README's quiz section works as written: its commands, run in order in a fresh folder, all succeed."""

from __future__ import annotations

import csv
import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SECTION = (
    (ROOT / "README.md").read_text(encoding="utf-8").split("## Classroom quizzes", 1)[1].split("\n## ", 1)[0]
)


def commands() -> list[str]:
    blocks = re.findall(r"```\n(.*?)```", SECTION, re.S)
    return [line.split("  #")[0].strip() for block in blocks for line in block.strip().splitlines()]


def test_the_readme_quiz_commands_work_as_written(tmp_path):
    env = {
        **os.environ,
        "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}",
        "BOT_USER_DIR": str(tmp_path / "user"),
    }
    env.pop("BOT_KNOWLEDGE", None)
    env.pop("BOT_SEEDS", None)
    lines = commands()
    assert len(lines) >= 12 and all("bot quiz" in line for line in lines)
    for line in lines:
        if "answers.csv" in line and not (tmp_path / "answers.csv").exists():
            quiz = __import__("json").loads((tmp_path / "quiz.json").read_text())
            with (tmp_path / "answers.csv").open("w", newline="", encoding="utf-8") as fh:
                writer = csv.writer(fh)
                writer.writerow(["student", "question", "answer"])
                for n, item in enumerate(quiz["items"], start=1):
                    writer.writerow(["ben", n, item["answer"] if n % 2 else "no idea"])
        result = subprocess.run(
            ["bash", "-c", line], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120
        )
        assert result.returncode == 0, f"{line}\n{result.stdout}\n{result.stderr}"
        assert "Traceback" not in result.stderr
    assert (tmp_path / "quiz.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    report = subprocess.run(
        ["bot", "quiz", "report", "--db", "quiz.db", "--format", "json"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
    )
    students = {s["student"] for s in __import__("json").loads(report.stdout)["students"]}
    assert students == {"ana", "ben"}
