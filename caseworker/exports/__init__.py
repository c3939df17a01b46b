"""Exports: what leaves the encrypted store, in files a person asked for."""
