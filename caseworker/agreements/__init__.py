"""Data-sharing agreements: the signed documents, their verification, and per-field access."""
