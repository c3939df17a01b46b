"""The main window's views: search and the citizen page."""
