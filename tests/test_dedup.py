"""Near-duplicate queries: the same values in another framing collide; other values do not."""

from __future__ import annotations

from apigen.model import RejectionCode
from apigen.pipeline.dedup import Deduplicator, near_key


def test_framing_words_do_not_make_a_new_query() -> None:
    assert near_key('Shrink "ooooxxxoo" using run-length encoding.') == near_key(
        'A quick one: Shrink "ooooxxxoo" using run-length encoding. Cheers.'
    )


def test_short_values_with_a_digit_tell_queries_apart() -> None:
    """ "a6" and "g6" are two squares: the second query asks something else."""
    dedup = Deduplicator()
    dedup.remember("Can you tell me where my knight on a6 is able to go next?", "s1")
    assert dedup.check("Do you know where my knight on g6 is able to go next?").passed
    again = dedup.check("Do you know where my knight on a6 is able to go next?")
    assert again.code is RejectionCode.NEAR_DUPLICATE_QUERY, again
