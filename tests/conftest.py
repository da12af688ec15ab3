"""Shared by every test folder: how property-based tests run.

In CI (the CI variable set, as GitHub Actions and .ci/run set it) Hypothesis draws its examples from a fixed
seed (derandomize) and keeps no example database, so every run tries the same cases whatever ran before, and
a failure prints its falsifying example and the blob that reproduces it (@reproduce_failure). Elsewhere it
explores with fresh random examples, which is how new failing cases are found; HYPOTHESIS_PROFILE picks one.
"""

from __future__ import annotations

import os

from hypothesis import settings

settings.register_profile("ci", derandomize=True, database=None, print_blob=True)
settings.register_profile("explore", print_blob=True)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE") or ("ci" if os.environ.get("CI") else "explore"))
