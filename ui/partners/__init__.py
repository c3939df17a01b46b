"""Partner settings: adding, checking and editing the agencies the app syncs with."""
