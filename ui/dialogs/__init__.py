"""Dialogs: profile, consent, agreements."""
