"""Classroom quizzes: generated from the knowledge base, graded fairly, exported, results kept."""
