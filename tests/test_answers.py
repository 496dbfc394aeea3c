"""Final answers state the real results, by type."""

from __future__ import annotations

from apigen.export.answers import final_answer, say
from apigen.model import ExecutionResult, FunctionCall, Tool


def tool(name: str, description: str) -> Tool:
    return Tool(name=name, category="c", description=description, parameters={"type": "object"})


def ok(k: int, name: str, value: object) -> ExecutionResult:
    return ExecutionResult(call_index=k, name=name, ok=True, value=value)  # type: ignore[arg-type]


def test_values_in_words() -> None:
    assert say(3) == "3" and say(2.5) == "2.5" and say(True) == "yes" and say(None) == "none"
    assert say([2, 3, 5]) == "2, 3, 5"
    assert say({"words": 2, "first": ["a", "b"]}) == 'words: 2; first: ["a", "b"]'
    assert say(list(range(40))).endswith("... (40 in total)")
    assert say([]) == "none (an empty list)"


def test_one_call_and_several() -> None:
    days = tool("days_in_month", "Number of days in a month. Leap years count.")
    one = final_answer(
        [days], [FunctionCall(name="days_in_month", arguments={"year": 2024, "month": 2})],
        [ok(0, "days_in_month", 29)],
    )  # fmt: skip
    assert one == "Number of days in a month (year 2024, month 2): 29."
    two = final_answer(
        [days],
        [FunctionCall(name="days_in_month", arguments={"year": 2023, "month": m}) for m in (2, 4)],
        [ok(0, "days_in_month", 28), ok(1, "days_in_month", 30)],
    )
    assert two.splitlines() == [
        "Here are the results:",
        "- Number of days in a month (year 2023, month 2): 28.",
        "- Number of days in a month (year 2023, month 4): 30.",
    ]
    assert "None of the available tools (days_in_month)" in final_answer([days], [], [])
