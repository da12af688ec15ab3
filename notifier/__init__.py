"""Publish legal policies from git, keep every version, and tell people when they change."""

__version__ = "0.1.0"
