"""The sync engine: pull partners since their cursors, validate, link and store in one go."""
