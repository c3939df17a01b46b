"""Background work for the UI: the task manager and the ops that run on it."""
