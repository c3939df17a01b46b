"""Headless commands for admins and tests: sandbox, sync, search, show."""
