"""Quiz grading reads numbers with the shared parser (`bot.numbers`); kept as a module for old imports."""

from ..numbers import Number, has_number, parse_number, split_numbers

__all__ = ["Number", "has_number", "parse_number", "split_numbers"]
