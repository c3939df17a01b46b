"""Emerging needs: households with concerns at several agencies that nobody has joined up."""
