"""Settings: preferences (sync schedule, theme, text size, language) and the user's profile."""
