"""Insight across the caseload: emerging needs, the data-flow register, outcome figures."""
