"""Delivery: planning notices, sending them once through a channel, and recording what happened."""
