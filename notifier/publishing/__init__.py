"""Publishing: policy texts in git, the release ledger, schedules, checks and releases."""
