"""The outbox: notes, referrals, requests and audit batches waiting for a partner."""
