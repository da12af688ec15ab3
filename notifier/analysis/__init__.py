"""Change analysis: pure functions from two policy versions to a class of change and its reasons."""
