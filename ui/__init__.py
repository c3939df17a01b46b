"""Caseworker's Qt user interface. It imports the core; the core never imports it."""
