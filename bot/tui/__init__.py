"""The full-screen Textual chat; imported only by `bot chat`."""
