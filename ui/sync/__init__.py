"""Syncing with partners: the runner, the status panel and the records set aside."""
