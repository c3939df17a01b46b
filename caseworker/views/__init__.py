"""Read models: frozen dataclasses built from the store for the UI and the command line."""
