"""Search: the panel that finds a person as you type, and its results model."""
