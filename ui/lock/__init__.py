"""Locking: the lock page, idle locking, and the store's PIN."""
