"""Data-sharing agreements: the ones held, importing signed ones, and authoring drafts."""
