"""Home: the user's caseload (the people they follow) and what is new about them."""
