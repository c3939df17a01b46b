"""Outcome figures: small-number-suppressed counts for managers and boards."""
