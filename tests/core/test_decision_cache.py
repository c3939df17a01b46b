"""One cache of access decisions, used by the minimiser (what a sync may store) and by the
person's page (what may be shown): each question is worked out once, and a different
category or a released field is a different question."""

from __future__ import annotations

from caseworker.agreements.access import Decision, DecisionCache


def test_each_question_is_worked_out_once() -> None:
    asked: list[tuple[str, str, str | None, bool]] = []

    def compute(provider: str, field: str, category: str | None, released: bool) -> Decision:
        asked.append((provider, field, category, released))
        return Decision("full" if released else "withheld", "test")

    cache = DecisionCache(compute)
    for _ in range(3):
        assert cache.get("police", "record.detail", "domestic_abuse", False).level == "withheld"
        assert cache.get("police", "record.detail", "domestic_abuse", True).level == "full"
        cache.get("police", "record.detail", "missing_episode", False)
    assert len(asked) == 3
