"""The encrypted local store: SQLCipher engine, keyring key, ORM models and migrations."""
