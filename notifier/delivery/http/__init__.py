"""The HTTP API and webhook endpoints of the notifier."""
