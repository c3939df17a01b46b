"""The person page: the joined-up view of one citizen, its tabs (needs, chronology, team,
notes and tasks, access, activity, records) and the actions taken from them."""
