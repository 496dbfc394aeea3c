"""The embedded offline generator: natural, varied samples without a model.

Each request starts from a seed example of an API; its literal values are replaced with new
ones drawn from the schema (see :mod:`apigen.generate.values`), the sentence is framed in
one of several phrasings, and several requests are joined for the parallel styles (the
words around new values and the joins are made grammatical by
:mod:`apigen.generate.realise`).  Distractor tools are offered for ``multiple``; for
``irrelevant`` the answer is no call: near-miss tools of the same category, tools of other
categories, or the API itself with one of its ``Incomplete:`` requests.
The stream is a pure function of the seed: sample *i* is the same in every run with that seed.
"""

from __future__ import annotations

import copy
import itertools
import math
import random
import re
import zlib
from collections.abc import Iterator
from dataclasses import dataclass

from pydantic import JsonValue

from apigen.catalog import Catalog
from apigen.generate.coherence import (
    keep_base_digits,
    keep_base_number,
    keep_below_size,
    keep_company_range,
    keep_dice_total,
    keep_enum_company,
    keep_game,
    keep_growth_side,
    keep_ipv6_form,
    keep_list_total,
    keep_membership,
    keep_month_steps,
    keep_offset_steps,
    keep_pace,
    keep_pair_sum,
    keep_plausible_conversion,
    keep_reachable,
    keep_real_coins,
    keep_string_pair,
    keep_subnet_prefix,
    keep_unit_scale,
    keep_until_stop,
    keep_usual_values,
    keep_year_side,
)
from apigen.generate.config import OfflineConfig
from apigen.generate.pools import SENTENCES, WORDS
from apigen.generate.realise import (
    common_words,
    compose,
    frame,
    is_aside,
    is_terse,
    reword,
    tells_story,
)
from apigen.generate.sampling import ApiSampler, StyleSampler
from apigen.generate.templates import QueryTemplate, Slot, decimals_of, extract_template
from apigen.generate.values import DATE, IPV4, item_schema, new_leaf, new_string, shift_dates
from apigen.model import FunctionCall, Provenance, QueryStyle, Sample, Tool
from apigen.verify.format import FormatVerifier
from apigen.verify.semantic.rules import could_fill

GENERATOR_NAME = "offline"
_Built = tuple[QueryStyle, str, list[Tool], list[FunctionCall], list[str]]


@dataclass(frozen=True)
class _Request:
    tool: Tool
    query: str
    call: FunctionCall
    source: str


class OfflineGenerator:
    """``generate(n, start)`` yields samples ``start`` .. ``start+n-1`` of the stream; ids are
    ``{prefix}{seed}-{index}``.

    The stream is cut into blocks of ``BLOCK`` samples, each drawn from its own RNG seeded by
    (seed, block) with fresh samplers, so any range can be produced without the samples
    before it (shards on other machines) and still be identical to a single-process run.
    """

    name = GENERATOR_NAME
    BLOCK = 1024

    def __init__(
        self,
        catalog: Catalog,
        *,
        seed: int = 0,
        config: OfflineConfig | None = None,
        id_prefix: str = "s",
    ) -> None:
        self.config = config or OfflineConfig()
        tools = [t for t in catalog if t.examples and t.executable]
        if self.config.categories:
            tools = [t for t in tools if t.category in self.config.categories]
        else:  # the service categories are opt-in until their generation is audited
            tools = [t for t in tools if t.effects == "none"]
        if not tools:
            raise ValueError("no executable APIs with seed examples to generate from")
        self.tools = tools
        self.grounding = catalog.grounding
        self.seed = seed
        self.id_prefix = id_prefix
        self._templates: dict[tuple[str, int], QueryTemplate] = {}
        self._ranges: dict[tuple[str, str], tuple[float, float] | None] = {}
        self._template_capacities: dict[tuple[str, int], float] = {}
        self._orders: dict[str, frozenset[tuple[str, str]]] = {}
        self._verifier = FormatVerifier()
        self._common = common_words(
            [e.query for t in tools for e in t.examples] + [x for t in tools for x in t.incomplete]
        )
        self._vocab = frozenset(
            w
            for text in [e.query for t in tools for e in t.examples] + list(SENTENCES)
            for w in re.findall(r"[a-z']+", re.sub(r'"[^"]*"', " ", text).lower())
            if len(w) > 2 or w in ("a", "i", "an", "is", "it", "to", "of", "in", "on")
        ) | frozenset(WORDS)
        self._enter_block(0)

    def _enter_block(self, block: int) -> None:
        self.rng = random.Random(f"apigen-offline:{self.seed}:{block}")
        self.block = block
        self._asked: set[str] = set()  # the requests this block made
        # Incomplete: requests have no values to vary: each is asked once, in its turn in
        # one of the first TURNS blocks (a third of the irrelevant samples until then)
        self._incomplete_share = 1 / 3 if block < self.TURNS else 0.0
        self.apis = ApiSampler(self.tools, self.rng, fresh=self._freshness(block))
        self.styles = StyleSampler(self.config.styles.weights(), self.rng)
        self.index = block * self.BLOCK

    def generate(self, n: int, start: int = 0) -> Iterator[Sample]:
        self._enter_block(start // self.BLOCK)
        while self.index < start:  # replay the block up to ``start`` (< BLOCK samples)
            self.next_sample()
        for _ in range(n):
            if self.index % self.BLOCK == 0:
                self._enter_block(self.index // self.BLOCK)
            yield self.next_sample()

    def next_sample(self) -> Sample:
        style = self.styles.pick()
        build = {
            QueryStyle.SIMPLE: self._simple,
            QueryStyle.MULTIPLE: self._multiple,
            QueryStyle.PARALLEL: self._parallel,
            QueryStyle.PARALLEL_MULTIPLE: self._parallel_multiple,
            QueryStyle.IRRELEVANT: self._irrelevant,
        }[style]
        style, query, tools, calls, sources = build()
        self.rng.shuffle(tools)
        sample = Sample(
            id=f"{self.id_prefix}{self.seed}-{self.index:07d}",
            query=query,
            tools=tools,
            answers=calls,
            style=style,
            provenance=Provenance(
                generator=GENERATOR_NAME, seed=self.seed, source=";".join(sources)
            ),
        )
        self.index += 1
        return sample

    # -- one request -------------------------------------------------------------------

    def _template(self, tool: Tool, k: int) -> QueryTemplate:
        key = (tool.name, k)
        if key not in self._templates:
            ex = tool.examples[k]
            self._templates[key] = extract_template(ex.query, dict(ex.arguments))
        return self._templates[key]

    def _request(self, tool: Tool, k: int | None = None) -> _Request:
        """A new request for ``tool`` from seed example ``k`` (random when None); one this
        block already asked is drawn again (other values, or another example), up to four
        times."""
        r = self._one_request(tool, k)
        for attempt in range(3):
            if r.query not in self._asked:
                break
            # another example on the last tries; one fit to join others when ``k`` was
            # (no search-box fragment after "Two things.")
            other = None if k is None else self._examples_for_joining(tool, personal=False)[0]
            r = self._one_request(tool, k if attempt == 0 else other)
        self._asked.add(r.query)
        return r

    def _one_request(self, tool: Tool, k: int | None = None) -> _Request:
        if k is None:
            weights = [
                self._template_freshness(tool, j, self.block) for j in range(len(tool.examples))
            ]
            if sum(weights) <= 0:  # all used up: the ones that can still vary the most
                weights = [self._template_capacity(tool, j) for j in range(len(tool.examples))]
            k = self.rng.choices(range(len(tool.examples)), weights=weights)[0]
        tpl = self._template(tool, k)
        args: dict[str, JsonValue] = copy.deepcopy(tpl.arguments)
        # a seed example's own values now and then, early in the stream only (a long run
        # would ask the same seed sentences again and again)
        keep = self.config.keep_seed_values * max(0.0, 1.0 - self.block / 4)
        grounded = self._grounded(tool, tpl) if tpl.slots else None
        if grounded is not None:
            # a service API: values from one real record of its world, so the request asks
            # about what exists (a hotel that is there, filters some hotel meets)
            for slot in tpl.slots:
                if len(slot.path) == 1 and str(slot.path[0]) in grounded:
                    value = _as_written(grounded[str(slot.path[0])], slot)
                    for path in slot.paths:
                        _set_path(args, path, copy.deepcopy(value))
            call = FunctionCall(name=tool.name, arguments=args)
            if not self._verifier.check_calls([call], [tool], None).verdict.passed:
                args = copy.deepcopy(tpl.arguments)
        elif tpl.slots and self.rng.random() >= keep:
            every = _string_leaves(tpl.arguments)
            same: dict[tuple[str, str], JsonValue] = {}  # equal items of a list stay equal
            dates = shift_dates(
                [s.original for s in tpl.slots if isinstance(s.original, str)], self.rng
            )
            paired = self._paired_strings(tool, k, tpl)
            parts = _parts(tool, tpl)  # {part argument: container argument}
            story = tells_story(tpl.text)
            for slot in tpl.slots:
                if isinstance(slot.original, str) and every.count(slot.original) > 1:
                    continue  # a name the arguments use twice (a graph's node): kept as is
                if _is_constant(slot.original, str(slot.path[0])):
                    continue  # Earth's gravity is 9.81 in every request that uses it
                arg, *rest = slot.path
                if len(slot.path) == 1 and str(arg) in paired:
                    for path in slot.paths:
                        _set_path(args, path, paired[str(arg)])
                    continue
                if len(slot.path) == 1 and str(arg) in parts:
                    continue  # taken from its container's new value below
                schema = item_schema(tool.properties.get(str(arg), {}), tuple(rest))
                alternatives = [
                    e.arguments.get(str(arg)) for e in tool.examples if len(slot.path) == 1
                ]
                key = (str(arg), repr(slot.original))
                if len(slot.path) > 1 and key in same:
                    new = same[key]  # the seed repeats this item ("mode of 2, 2, 5")
                elif isinstance(slot.original, str) and slot.original in dates:
                    new = dates[slot.original]
                else:
                    taken = {v for (a, _), v in same.items() if a == str(arg)}
                    for _ in range(4):  # distinct items of a list stay distinct
                        new = new_leaf(
                            slot,
                            schema,
                            alternatives,
                            self.rng,
                            related=every,
                            validator=_checks_values(tool),
                            bounds=self._bounds(tool, str(arg)) if len(slot.path) == 1 else None,
                            free_text=len(slot.path) == 1
                            and _free_text(tool, str(arg))
                            and self._plain(slot.original),
                            story=story,
                            plain=not _free_text(tool, str(arg)) or self._plain(slot.original),
                        )
                        if len(slot.path) == 1 or new not in taken:
                            break
                    same[key] = new
                for path in slot.paths:
                    _set_path(args, path, new)
            for part, container in parts.items():
                args[part] = _part_of(
                    args.get(container), tpl.arguments[part], tpl.arguments[container], self.rng
                )
            _keep_distinct(args, tpl.arguments)
            # ranges by enum member first: the orders and ratios below then hold
            keep_company_range(args, tpl.arguments, tool, self.rng)
            keep_pace(args, tpl.arguments, self.rng)
            precision = {
                str(sl.path[0]): decimals_of(sl.span.text) for sl in tpl.slots if len(sl.path) == 1
            }
            ranges = {a: self._bounds(tool, a) for a in tpl.arguments}
            _keep_ratios(args, tpl.arguments, precision, ranges)
            _keep_sorted(args, tpl.arguments)
            _keep_members(args, tpl.arguments)
            _keep_order(
                args,
                tpl.arguments,
                {
                    str(sl.path[0]): decimals_of(sl.span.text)
                    for sl in tpl.slots
                    if len(sl.path) == 1
                },
                self._ordered(tool),
                ranges,
            )
            _keep_ip_order(args, tpl.arguments)
            _keep_pitch_order(args, tpl.arguments)
            _keep_total(args, tpl.arguments)
            keep_subnet_prefix(args, tpl.arguments)
            keep_membership(args, tpl.arguments, self.rng)
            keep_ipv6_form(args, tpl.arguments)
            keep_usual_values(args, tpl.arguments, self.rng)
            keep_base_number(args, tpl.arguments, self.rng)
            keep_base_digits(args, tpl.arguments)
            keep_pair_sum(args, tpl.arguments, self.rng)
            keep_offset_steps(args, tpl.arguments)
            keep_real_coins(args, tpl.arguments)
            keep_reachable(args, tpl.arguments)
            keep_until_stop(args, tpl.arguments)
            keep_below_size(args, tpl.arguments)
            keep_dice_total(args, tpl.arguments, self.rng)
            keep_month_steps(args, tpl.arguments, tool)
            keep_unit_scale(args, tpl.arguments, tool, self.rng)
            keep_plausible_conversion(args, tpl.arguments)
            keep_year_side(args, tpl.arguments)
            keep_list_total(args, tpl.arguments)
            keep_string_pair(args, tpl.arguments, tool, self.rng)
            keep_growth_side(args, tpl.arguments)
            keep_enum_company(args, tpl.arguments, tool)
            keep_game(args, tpl.arguments, tool, self.rng)
            written = {path[0] for sl in tpl.slots for path in sl.paths}
            for arg, value in list(args.items()):
                if arg not in written and value != tpl.arguments.get(arg, value):
                    # a rule moved a value the request does not write ("… in Celsius"
                    # is no slot): the words still say the seed's
                    args[arg] = copy.deepcopy(tpl.arguments[arg])
            call = FunctionCall(name=tool.name, arguments=args)
            if not self._verifier.check_calls([call], [tool], None).verdict.passed:
                args = copy.deepcopy(tpl.arguments)  # the new values broke the schema
        text = tpl.render(args)
        query = reword(text, self.rng)
        if any(leaf not in query for leaf in _string_leaves(args) if leaf in text):
            query = text  # a value's own words were reworded ("Please bring…" in a text)
        return _Request(
            tool, query, FunctionCall(name=tool.name, arguments=args), f"{tool.name}#{k}"
        )

    def _grounded(self, tool: Tool, tpl: QueryTemplate) -> dict[str, JsonValue] | None:
        """An argument set of the tool's world that has a value for every argument the
        template writes and the world grounds, or None (not a service API, or none fits)."""
        sets = self.grounding.get(tool.name)
        if not sets:
            return None
        if any(isinstance(v, dict) for v in tpl.arguments.values()):
            # a nested filter ({"origin": …}) stays as the seed writes it, and so do the
            # values that go with it (a fare cap for that route)
            return dict(tpl.arguments)
        known = {k for s in sets for k in s}
        need = {str(sl.path[0]) for sl in tpl.slots if len(sl.path) == 1} & known
        fits = [
            s
            for s in sets
            if need <= s.keys()
            and all(
                _writable(s[str(sl.path[0])], sl) for sl in tpl.slots if str(sl.path[0]) in need
            )
        ]
        if not fits:
            return None
        chosen = dict(self.rng.choice(fits))
        ids = [a for a in sorted(need) if _missing_id(sets, a, 0) is not None]
        if ids and self.rng.random() < self.config.missing_entities:
            arg = self.rng.choice(ids)
            chosen[arg] = _missing_id(sets, arg, self.rng.randrange(1, 9000))
        return chosen

    # -- saturation -------------------------------------------------------------------

    TURNS = 8

    def _in_turn(self, tool: Tool, k: int) -> bool:
        """Whether seed example ``k`` may be asked in this block (see
        :meth:`_template_freshness`)."""
        return self._template_freshness(tool, k, self.block) > 0

    def _template_freshness(self, tool: Tool, k: int, block: int) -> float:
        """How freely seed example ``k`` is asked in ``block``: the share of its distinct
        requests the blocks before have probably not asked (each block asks each API about
        ``BLOCK × 1.6 / APIs`` times, spread over its examples; blocks are independent, so
        this is an expectation).  A request that cannot vary (no slot, or a story that keeps
        its words) is asked once in the whole stream: in one of the first ``TURNS`` blocks,
        its turn fixed by a hash of its name."""
        capacity = self._template_capacity(tool, k)
        if capacity <= 1:
            turn = _turn(f"{tool.name}#{k}", self.TURNS)
            return 1.0 if block < self.TURNS and block == turn else 0.0
        if block == 0:
            return 1.0
        per_block = self.BLOCK * 1.6 / len(self.tools) / len(tool.examples)
        # asked freely while earlier blocks used a fifth of its requests at most (the
        # chance of a duplicate grows with that share)
        return max(0.0, 1.0 - block * per_block / (0.2 * capacity))

    def _freshness(self, block: int) -> dict[str, float]:
        """Per API, the mean freshness of its seed examples: an API with few distinct
        requests (an enum of six continents) fades out of a long run instead of filling it
        with duplicates."""
        if block == 0:
            return {}  # nothing asked yet (and no need to estimate capacities)
        return {
            t.name: max(
                0.01,
                sum(self._template_freshness(t, k, block) for k in range(len(t.examples)))
                / len(t.examples),
            )
            for t in self.tools
        }

    def _template_capacity(self, tool: Tool, k: int) -> float:
        """About how many distinct requests (as near-duplicate keys see them) seed example
        ``k`` can give: the product of its slots' value counts."""
        key = (tool.name, k)
        if key not in self._template_capacities:
            product = 1.0
            tpl = self._template(tool, k)
            for slot in tpl.slots:
                product *= self._slot_values(tool, slot, tells_story(tpl.text))
                if product > 1e6:
                    break
            self._template_capacities[key] = min(product, 1e6)
        return self._template_capacities[key]

    def _slot_values(self, tool: Tool, slot: Slot, story: bool = False) -> float:
        orig = slot.original
        schema = tool.properties.get(str(slot.path[0]), {})
        if isinstance(orig, bool) or orig is None:
            return 1.0
        if story and isinstance(orig, str) and not DATE.match(orig):
            probe = random.Random(0)
            neutral = new_string(orig, [orig], [], probe, neutral_only=True)
            return 1000.0 if neutral is not None else 1.0  # a story keeps its words
        if isinstance(orig, int | float):
            bounds = self._bounds(tool, str(slot.path[0])) if len(slot.path) == 1 else None
            if bounds is None:
                return 20.0
            # the values the slot can be written as: the range at its precision
            step = 10.0 ** -max(decimals_of(slot.span.text), 0)
            return max(2.0, min(200.0, (bounds[1] - bounds[0]) / step + 1))
        if isinstance(schema, dict) and isinstance(schema.get("enum"), list):
            return float(len(schema["enum"]))  # type: ignore[arg-type]
        if isinstance(orig, str) and DATE.match(orig):
            return 2000.0
        if len(slot.path) > 1 or not isinstance(orig, str):
            return 20.0  # a string inside a list: varied with its neighbours
        seeds = [v for e in tool.examples for v in [e.arguments.get(str(slot.path[0]))]]
        texts = [v for v in seeds if isinstance(v, str)]
        # how many values the kind's generator gives, estimated by drawing from it
        probe = random.Random(0)
        drawn = {
            new_string(
                orig,
                texts,
                [],
                probe,
                validator=_checks_values(tool),
                free_text=_free_text(tool, str(slot.path[0])),
            )
            for _ in range(40)
        }
        drawn.discard(None)
        made = 1000.0 if len(drawn) >= 36 else float(len(drawn))
        return max(made, float(len({repr(v) for v in seeds})))

    def _paired_strings(self, tool: Tool, k: int, tpl: QueryTemplate) -> dict[str, JsonValue]:
        """For a request with two or more free-text values (a text and a pattern, two words
        to compare, a sequence and a motif), the values of one other seed example, taken
        together: mixed from different examples they stop making sense ("is 'The eyes' an
        anagram of 'world'?")."""
        names = {
            str(s.path[0])
            for s in tpl.slots
            if len(s.path) == 1
            and isinstance(s.original, str)
            and not _has_enum(tool.properties.get(str(s.path[0])))
            and not DATE.match(s.original)
        }
        if len(names) < 2:
            return {}
        probe = random.Random(0)
        if all(
            new_string(str(tpl.arguments[n]), [str(tpl.arguments[n])], [], probe) is not None
            for n in names
        ):
            return {}  # values of kinds made independently (two colours, two notes)
        others = [
            j
            for j, e in enumerate(tool.examples)
            if j != k and all(isinstance(e.arguments.get(n), str) for n in names)
        ]
        if not others:
            return {}
        pick = tool.examples[self.rng.choice(others)].arguments
        return {n: pick[n] for n in names}

    def _plain(self, value: JsonValue) -> bool:
        """Plain English (most words known): any other sentence may replace it.  An
        encoded text ("Gur pnxr vf n yvr" to decode) may not: a plain one would make
        "decode" nonsense."""
        if not isinstance(value, str):
            return False
        words = re.findall(r"[a-z']+", value.lower())
        return bool(words) and sum(w in self._vocab for w in words) >= 0.6 * len(words)

    def _ordered(self, tool: Tool) -> frozenset[tuple[str, str]]:
        if tool.name not in self._orders:
            self._orders[tool.name] = ordered_pairs(tool)
        return self._orders[tool.name]

    def _bounds(self, tool: Tool, arg: str) -> tuple[float, float] | None:
        """The range a new number of ``arg`` stays in: the span of the values its seed
        examples use, a quarter wider on each side (heights of adults stay heights of
        adults, a test score stays under 100%), never below a small count's smallest seed
        ("the 1st root", "1 dice")."""
        key = (tool.name, arg)
        if key not in self._ranges:
            seeds = [
                float(v)
                for e in tool.examples
                for v in [e.arguments.get(arg)]
                if isinstance(v, int | float) and not isinstance(v, bool)
            ]
            self._ranges[key] = _seed_range(seeds)
        return self._ranges[key]

    def _frame(self, query: str) -> str:
        if tells_story(query):
            return query  # it has its own context: an opener would stack a second one
        return frame(query, self.rng, self._common)

    def _join(self, queries: list[str], *, same_kind: bool = False) -> str:
        return compose(queries, self.rng, self._common, same_kind=same_kind)

    def _examples_for_joining(self, tool: Tool, personal: bool) -> list[int]:
        """Seed examples of ``tool`` fit to join with other requests, in a random order:
        full sentences (a search-box fragment such as "gcd 84 36" reads wrong after
        "Also,"), and no request with its own scenario ("my …", a lead-in) when the query
        already has one (two scenarios read as two people writing)."""
        order = list(range(len(tool.examples)))
        self.rng.shuffle(order)
        fit = [
            k
            for k in order
            if not is_terse(tool.examples[k].query)
            and not is_aside(tool.examples[k].query)
            and not (personal and tells_story(tool.examples[k].query))
        ]
        return fit or order

    def _distractors(self, keep: list[Tool], same_category: bool) -> list[Tool]:
        lo, hi = self.config.distractors
        want = self.rng.randint(lo, hi)
        names = {t.name for t in keep}
        pool = [t for t in self.tools if t.name not in names]
        if same_category:
            cats = {t.category for t in keep}
            near = [t for t in pool if t.category in cats]
            far = [t for t in pool if t.category not in cats]
            picked = self.rng.sample(near, min(len(near), want // 2 + 1))
            picked += self.rng.sample(far, min(len(far), want - len(picked)))
            return picked
        return self.rng.sample(pool, min(len(pool), want))

    # -- the five styles ---------------------------------------------------------------

    def _simple(self) -> _Built:
        tool = self._pick()
        r = self._request(tool)
        return QueryStyle.SIMPLE, self._frame(r.query), [tool], [r.call], [r.source]

    def _multiple(self) -> _Built:
        tool = self._pick()
        r = self._request(tool)
        tools = [tool, *self._distractors([tool], same_category=True)]
        return QueryStyle.MULTIPLE, self._frame(r.query), tools, [r.call], [r.source]

    def _parallel(self) -> _Built:
        count = self.rng.randint(2, self.config.max_parallel)
        for _ in range(10):
            tool = self._pick(need_slots=True)
            if tool.effects != "none" and not tool.required:
                continue  # "the 10 latest trades … the 5 newest trades": one request twice
            requests: list[_Request] = []
            # each request from another seed example: no sentence asked twice
            order = self._examples_for_joining(tool, personal=True)  # no "my …" stories
            # never the same sentence twice in one query: as many requests as examples
            count = min(count, max(2, len([k for k in order if self._in_turn(tool, k)])))
            for attempt in range(count * 4):
                story = any(tells_story(o.query) for o in requests)
                fit = [
                    k
                    for k in order
                    if not (story and tells_story(tool.examples[k].query))
                    and all(o.source != f"{tool.name}#{k}" for o in requests)
                ]
                r = self._request(tool, (fit or order)[attempt % len(fit or order)])
                if all(
                    r.query != o.query
                    and r.call != o.call
                    and r.source != o.source
                    and not _same_record(tool, r.call, o.call)
                    and not _same_listing(tool, r.call, o.call)
                    for o in requests
                ):  # a retry inside ``_request`` may have drawn an example already used
                    requests.append(r)
                if len(requests) == count:
                    break
            if len(requests) >= 2:
                return (
                    QueryStyle.PARALLEL,
                    self._join([r.query for r in requests], same_kind=True),
                    [tool],
                    [r.call for r in requests],
                    [r.source for r in requests],
                )
        return self._simple()

    def _parallel_multiple(self) -> _Built:
        count = self.rng.randint(2, self.config.max_parallel)
        tools: list[Tool] = []
        for _ in range(count):
            t = self.apis.pick(exclude={x.name for x in tools})
            if t is not None:
                tools.append(t)
        requests: list[_Request] = []
        for t in tools:
            # one scenario per message: "The brochure quotes…" then "Reviewing a European
            # hatchback:…" reads as two people writing
            story = any(tells_story(o.query) for o in requests)
            requests.append(self._request(t, self._examples_for_joining(t, story)[0]))
        offered = list(tools)
        if self.rng.random() < 0.5:
            offered += self._distractors(tools, same_category=False)[:1]
        if len(tools) < 2:
            return self._multiple()
        return (
            QueryStyle.PARALLEL_MULTIPLE,
            self._join([r.query for r in requests]),
            offered,
            [r.call for r in requests],
            [r.source for r in requests],
        )

    def _irrelevant(self) -> _Built:
        """No offered tool can answer.  A third of the time in the first blocks (each is
        asked once in the stream) the request is one of the API's ``Incomplete:`` requests
        and the API itself is offered: a required value is missing, so the caller must ask.
        Otherwise the API is withheld and the offered tools come from its own category half
        the time (near misses that share its words), from other categories the rest; none
        could be called with the request's values."""
        tool = self._pick()
        lo, hi = self.config.distractors
        want = self.rng.randint(lo, hi)
        roll = self.rng.random()
        in_turn = [
            j
            for j in range(len(tool.incomplete))
            if _turn(f"{tool.name}#incomplete{j}", self.TURNS) == self.block % self.TURNS
            and tool.incomplete[j] not in self._asked
        ]
        if roll < self._incomplete_share and in_turn:
            k = self.rng.choice(in_turn)
            self._asked.add(tool.incomplete[k])
            offered = [tool, *self._distractors([tool], same_category=True)[: want - 1]]
            query = self._frame(tool.incomplete[k])
            return QueryStyle.IRRELEVANT, query, offered, [], [f"{tool.name}#incomplete{k}"]
        r = self._request(tool)
        # no offered tool may be callable with the request's values (an "is this IP in
        # that network" request and a tool that takes a network): it might answer it
        near = [
            t
            for t in self.tools
            if t.category == tool.category
            and t.name != tool.name
            and not could_fill(t, r.query, reuse_numbers=True)
            and not _covers(t, tool)
            and not _same_records(t, tool)
        ]
        if roll < 2 / 3 and len(near) >= lo:
            offered = self.rng.sample(near, min(len(near), want))
        else:
            far = [t for t in self.tools if t.category != tool.category]
            self.rng.shuffle(far)
            offered = []
            for t in far:  # checked in a random order until enough are found
                if len(offered) == want:
                    break
                if not could_fill(t, r.query, reuse_numbers=True):
                    offered.append(t)
        return QueryStyle.IRRELEVANT, self._frame(r.query), offered, [], [r.source]

    def _pick(self, need_slots: bool = False) -> Tool:
        tool: Tool | None = None
        for _ in range(20):
            tool = self.apis.pick()
            assert tool is not None  # nothing is excluded, so there is always a tool
            if not need_slots or any(
                self._template(tool, k).slots for k in range(len(tool.examples))
            ):
                return tool
        assert tool is not None
        return tool


_NAME_FILLER = frozenset({"is", "of", "to", "the", "a", "an", "in", "by", "for", "and", "or"})


_ID = re.compile(r"([A-Z]{1,3})(\d{3,})")


def _missing_id(sets: list[dict[str, JsonValue]], arg: str, k: int) -> str | None:
    """An id of the shape ``arg`` has in the world (a prefix and digits) but beyond every
    one the argument sets show, or None when ``arg`` is no such id."""
    seen = [v for s in sets if isinstance(v := s.get(arg), str)]
    found = [m for v in seen if (m := _ID.fullmatch(v))]
    if not seen or len(found) != len(seen) or len({m.group(1) for m in found}) != 1:
        return None
    top = max(int(m.group(2)) for m in found)
    width = len(found[0].group(2))
    number = top * 3 + k
    if len(str(number)) > width + 1:
        return None
    return f"{found[0].group(1)}{number}"


def _writable(value: JsonValue, slot: Slot) -> bool:
    """Whether the slot can write ``value`` as it is: a seed that writes "at least 4 °C"
    has no place for a minus sign, so -4 does not go there."""
    if isinstance(value, int | float) and not isinstance(value, bool) and value < 0:
        return slot.span.text.lstrip().startswith("-")
    return True


def _as_written(value: JsonValue, slot: Slot) -> JsonValue:
    """A number rounded as the slot writes numbers ("to 20" for 19.99 where the seed wrote
    "to 129"), so the call says what the request says."""
    if isinstance(value, bool) or not isinstance(value, float):
        return value
    places = decimals_of(slot.span.text)
    if places < 0:
        return value
    rounded = round(value, places)
    return float(rounded) if isinstance(slot.original, float) else int(rounded)


def _same_record(tool: Tool, a: FunctionCall, b: FunctionCall) -> bool:
    """Two writes of a service API to the same record ("cool at 24 °C … set it to 24"):
    the second undoes the first, so a parallel request never repeats a write's record."""
    if tool.effects != "write" or not tool.required:
        return False
    key = tool.required[0]
    return a.arguments.get(key) == b.arguments.get(key)


_PRESENTATION = frozenset({"sort_by", "order", "page", "page_size", "limit", "n"})


def _same_listing(tool: Tool, a: FunctionCall, b: FunctionCall) -> bool:
    """Two service reads that ask for the same records, only sorted or paged otherwise
    ("adventure movies by score … all adventure movies"): one request asked twice."""
    if tool.effects != "read":
        return False

    def what(c: FunctionCall) -> dict[str, JsonValue]:
        return {k: v for k, v in c.arguments.items() if k not in _PRESENTATION}

    return what(a) == what(b)


def _same_records(near: Tool, withheld: Tool) -> bool:
    """Two service APIs over the same table of the world (one module): a search with only
    optional filters can serve the withheld API's request ("orders with status cancelled"
    is search_orders(status=...)), so it is no near miss."""
    return (
        near.effects != "none"
        and withheld.effects != "none"
        and near.source is not None
        and withheld.source is not None
        and near.source.path == withheld.source.path
    )


def _covers(near: Tool, withheld: Tool) -> bool:
    """Whether ``near`` names everything the withheld API's name says (``weighted_average``
    for ``mean``: "Weighted mean of values"; ``next_prime`` for ``is_prime``): a broader
    tool that a caller could fairly use for the request, so no near miss."""
    words = set(withheld.name.lower().split("_")) - _NAME_FILLER
    if words == set(near.name.lower().split("_")) - _NAME_FILLER:
        return False  # the inverse (``hex_to_rgb`` for ``rgb_to_hex``): a true near miss
    text = set(
        re.findall(r"[a-z0-9]+", f"{near.name} {near.description}".lower().replace("_", " "))
    )
    return bool(words) and words <= text


def _is_constant(value: JsonValue, name: str = "") -> bool:
    """A constant a request writes out (standard gravity, ±9.8 m/s²; the marathon's 42.195
    km; a mains voltage): never varied, a ball thrown on Earth does not fall at 10.9 m/s²,
    nobody runs a 39.529 km race, and no kettle plugs into 279 V."""
    if not isinstance(value, int | float) or isinstance(value, bool):
        return False
    mains = "volt" in name.lower() and value in _MAINS_VOLTS
    return 9.79 <= abs(value) <= 9.82 or value in _RACE_DISTANCES or mains


_RACE_DISTANCES = frozenset({42.195, 21.0975})
_MAINS_VOLTS = frozenset({100, 110, 115, 120, 220, 230, 240})


def _string_leaves(value: JsonValue) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return [s for v in value for s in _string_leaves(v)]
    if isinstance(value, dict):
        return [s for v in value.values() for s in _string_leaves(v)]
    return []


def _set_path(args: dict[str, JsonValue], path: tuple[str | int, ...], value: JsonValue) -> None:
    target: JsonValue = args
    for p in path[:-1]:
        target = target[p]  # type: ignore[index]
    target[path[-1]] = value  # type: ignore[index]


def _checks_values(tool: Tool) -> bool:
    """An API that tells whether a value is valid (an ISBN, a card number): any value of
    the right shape is a fair question to it.  Its name or its result says so: one that
    takes "a valid ISBN-10" and converts it needs valid ones."""
    text = f"{tool.name} {tool.returns}".lower()
    return "valid" in text or tool.name.endswith("_check")


def _keep_distinct(args: dict[str, JsonValue], seed: dict[str, JsonValue]) -> None:
    """Two arguments the seed gives different values (from and to units, two notes) keep
    different values: a swap that made them equal ("convert 117 ft to feet") is undone."""
    names = [a for a in args if isinstance(args[a], str | int | float)]
    for i, a in enumerate(names):
        for b in names[i + 1 :]:
            if args[a] == args[b] and seed.get(a) != seed.get(b):
                args[a], args[b] = seed.get(a), seed.get(b)


def _seed_range(seeds: list[float]) -> tuple[float, float] | None:
    if len(seeds) < 2:
        return None
    lo, hi = min(seeds), max(seeds)
    margin = (hi - lo) / 4 if hi > lo else abs(lo) / 4
    low = lo if (lo >= 0 and lo <= 3 and all(v == int(v) for v in seeds)) else lo - margin
    if lo >= 0:
        low = max(low, 0.0)
    return low, hi + margin


def _keep_total(args: dict[str, JsonValue], seed: dict[str, JsonValue]) -> None:
    """Numbers whose seed values add up to a whole (percentages to 100, shares to 1) still
    do: the last of them takes up the difference, or they all go back to the seed's."""
    # three or more shares by name (protein/carb/fat percentages): numbers adding up to 100
    # by chance (10 km in 50 minutes, predict 40 km) are no whole
    names = [
        a
        for a, v in seed.items()
        if isinstance(v, int | float)
        and not isinstance(v, bool)
        and 0 < v <= 100
        and any(w in a.lower() for w in ("pct", "percent", "share", "fraction", "proportion"))
    ]
    if len(names) < 3:
        return
    total = sum(_num(seed[a]) for a in names)
    if not any(math.isclose(total, whole) for whole in (1.0, 100.0)):
        return
    rest = sum(_num(args[a]) for a in names[:-1])
    last = total - rest
    if last > 0:
        seed_last = seed[names[-1]]
        args[names[-1]] = round(last, 6) if isinstance(seed_last, float) or last % 1 else int(last)
    else:
        for a in names:
            args[a] = seed[a]


def _num(value: JsonValue) -> float:
    return float(value) if isinstance(value, int | float) else math.nan


def _keep_order(
    args: dict[str, JsonValue],
    seed: dict[str, JsonValue],
    precision: dict[str, int],
    ordered: frozenset[tuple[str, str]],
    bounds: dict[str, tuple[float, float] | None],
) -> None:
    """Two numbers keep an order all the API's seed examples agree on (``ordered``: a < b;
    hits ≤ at-bats, waist > neck, systolic > diastolic, a start before an end): a pair whose
    new values came out the other way round swaps them when both are written alike, else
    takes the seed's values."""
    for a, b in sorted(ordered):
        sa, sb, na, nb = seed.get(a), seed.get(b), args.get(a), args.get(b)
        if not all(isinstance(x, int | float) for x in (sa, sb, na, nb)):
            continue
        assert isinstance(na, int | float) and isinstance(nb, int | float)
        if na < nb:
            continue
        alike = precision.get(a) == precision.get(b) and na != nb
        ba, bb = bounds.get(a), bounds.get(b)
        fits = (ba is None or ba[0] <= nb <= ba[1]) and (bb is None or bb[0] <= na <= bb[1])
        args[a], args[b] = (nb, na) if alike and fits else (sa, sb)
    # one swap can undo another pair's order (a < b < c): then the seed's values for all
    for a, b in ordered:
        na, nb = args.get(a), args.get(b)
        if isinstance(na, int | float) and isinstance(nb, int | float) and not na < nb:
            for x in {p for pair in ordered for p in pair}:
                if x in seed:
                    args[x] = seed[x]
            return


def ordered_pairs(tool: Tool) -> frozenset[tuple[str, str]]:
    """Pairs (a, b) of numeric parameters with a < b in every seed example that gives both
    (at least two examples): an order the API's values have, not a coincidence."""
    out = set()
    for a in tool.properties:
        for b in tool.properties:
            pairs = [
                (float(x), float(y))
                for e in tool.examples
                for x, y in [(e.arguments.get(a), e.arguments.get(b))]
                if a != b
                and isinstance(x, int | float)
                and isinstance(y, int | float)
                and not isinstance(x, bool)
                and not isinstance(y, bool)
            ]
            if len(pairs) >= 2 and all(x < y for x, y in pairs):
                out.add((a, b))
    return frozenset(out)


_NOTE_OCTAVE = re.compile(r"^([A-G])(#|b)?(\d)$")
_SEMITONE = {"C": 0, "D": 2, "E": 4, "F": 5, "G": 7, "A": 9, "B": 11}


def _pitch(note: str) -> int | None:
    m = _NOTE_OCTAVE.match(note)
    if m is None:
        return None
    shift = {"#": 1, "b": -1}.get(m.group(2) or "", 0)
    return int(m.group(3)) * 12 + _SEMITONE[m.group(1)] + shift


def _keep_pitch_order(args: dict[str, JsonValue], seed: dict[str, JsonValue]) -> None:
    """Two notes with octaves keep the seed's order of pitch (a lower and an upper note)."""
    notes = [a for a, v in seed.items() if isinstance(v, str) and _pitch(v) is not None]
    for i, a in enumerate(notes):
        for b in notes[i + 1 :]:
            pa, pb = _pitch(str(seed[a])), _pitch(str(seed[b]))
            na, nb = args.get(a), args.get(b)
            if not (isinstance(na, str) and isinstance(nb, str)):
                continue
            qa, qb = _pitch(na), _pitch(nb)
            if None in (pa, pb, qa, qb) or qa == qb:
                continue
            if (pa < pb) != (qa < qb):  # type: ignore[operator]
                args[a], args[b] = nb, na


def _keep_ip_order(args: dict[str, JsonValue], seed: dict[str, JsonValue]) -> None:
    # two IP addresses keep their order too (the first and last address of a range)
    ips = [a for a, v in seed.items() if isinstance(v, str) and IPV4.match(v)]
    for i, a in enumerate(ips):
        for b in ips[i + 1 :]:
            sa, sb, na, nb = seed[a], seed[b], args.get(a), args.get(b)
            if not (isinstance(na, str) and isinstance(nb, str)):
                continue
            if not (IPV4.match(na) and IPV4.match(nb)):
                continue
            if na != sa and nb != sb and _ip(str(sa))[:2] == _ip(str(sb))[:2]:
                # a range's two ends are in one /16 when the seed's are (not 10.x to 192.x)
                nb = ".".join(na.split(".")[:2] + nb.split(".")[2:])
                args[b] = nb
            if (_ip(str(sa)) < _ip(str(sb))) != (_ip(na) < _ip(nb)):
                args[a], args[b] = nb, na


def _ip(text: str) -> tuple[int, ...]:
    return tuple(int(p) for p in text.split("."))


def _has_enum(schema: JsonValue) -> bool:
    return isinstance(schema, dict) and "enum" in schema


_FREE_TEXT_PARAMETERS = frozenset({"text", "message", "sentence", "phrase"})


def _free_text(tool: Tool, arg: str) -> bool:
    """A parameter any text fits (a text to encode, count or reverse), by its name, with no
    pattern to match."""
    schema = tool.properties.get(arg)
    return arg in _FREE_TEXT_PARAMETERS and not (isinstance(schema, dict) and "pattern" in schema)


def _parts(tool: Tool, tpl: QueryTemplate) -> dict[str, str]:
    """String arguments whose value is part of another's ("an" of "banana", a motif of a
    DNA sequence): part → container, both written in the request (enum members are not:
    "m2" and "km2" are two units)."""
    written = {
        str(sl.path[0]): sl.original
        for sl in tpl.slots
        if len(sl.path) == 1
        and isinstance(sl.original, str)
        and not _has_enum(tool.properties.get(str(sl.path[0])))
    }
    out = {}
    for a, va in written.items():
        for b, vb in written.items():
            if not (isinstance(va, str) and isinstance(vb, str)) or a == b or not va:
                continue
            if va in vb and va != vb:
                out[a] = b
    return out


def _part_of(
    container: JsonValue, part: JsonValue, seed_container: JsonValue, rng: random.Random
) -> JsonValue:
    """A part of the new ``container`` like ``part`` was of the seed's: a word of it when
    the seed's part was a whole word, else a stretch of the same length."""
    if not (isinstance(container, str) and isinstance(part, str)):
        return part
    if container == seed_container:
        return part
    if isinstance(seed_container, str) and re.search(
        r"(?<![A-Za-z])" + re.escape(part) + r"(?![A-Za-z])", seed_container
    ):
        words: list[str] = re.findall(r"[A-Za-z]{2,}", container)
        if words:
            return rng.choice(words)
    if len(container) <= len(part):
        return container
    start = rng.randrange(len(container) - len(part) + 1)
    return container[start : start + len(part)]


def _turn(key: str, turns: int) -> int:
    """A stable block turn for a fixed request (not Python's salted ``hash``)."""
    return zlib.crc32(key.encode()) % turns


def _keep_ratios(
    args: dict[str, JsonValue],
    seed: dict[str, JsonValue],
    precision: dict[str, int],
    bounds: dict[str, tuple[float, float] | None],
) -> None:
    """Numbers the seed gives within 40% of each other (a triangle's sides, a value and its
    mean, waist and hip, systolic and diastolic) keep their ratios: the first one's new
    value sets the others', so a 3-4-5 triangle stays a triangle and a reading stays near
    its mean."""
    names = [
        a
        for a, v in seed.items()
        if isinstance(v, int | float) and not isinstance(v, bool) and v > 0 and a in precision
    ]
    done: set[str] = set()
    for a in names:
        if a in done:
            continue
        sa = _num(seed[a])
        group = [
            b
            for b in names
            if b != a and b not in done and abs(_num(seed[b]) - sa) <= 0.4 * max(sa, _num(seed[b]))
        ]
        na = args.get(a)
        if not group or not isinstance(na, int | float) or na == sa:
            continue
        done.update([a, *group])
        factor = float(na) / sa
        for b in group:
            value = round(_num(seed[b]) * factor, max(precision.get(b, 0), 0))
            lo, hi = bounds.get(b) or (-math.inf, math.inf)
            if value <= 0 or not lo <= value <= hi:
                continue  # keeps its own new value
            elif isinstance(seed[b], int) and precision.get(b, 0) <= 0:
                args[b] = int(value)
            else:
                args[b] = value


def _keep_sorted(args: dict[str, JsonValue], seed: dict[str, JsonValue]) -> None:
    """A list of numbers the seed gives sorted (a sorted list to search, months 1, 2, 3)
    stays sorted the same way."""
    for a, v in seed.items():
        new = args.get(a)
        if not (isinstance(v, list) and isinstance(new, list) and len(v) >= 3):
            continue
        if not all(isinstance(x, int | float) and not isinstance(x, bool) for x in [*v, *new]):
            continue
        nums = [_num(x) for x in v]
        if all(x < y for x, y in itertools.pairwise(nums)):
            args[a] = sorted(new, key=_num)
        elif all(x > y for x, y in itertools.pairwise(nums)):
            args[a] = sorted(new, key=_num, reverse=True)


def _keep_members(args: dict[str, JsonValue], seed: dict[str, JsonValue]) -> None:
    """A number the seed takes from one of its lists (the target of a search) is the item
    at the same place of the new list: a search for a value that is not there is no
    question a person asks."""
    for a, v in seed.items():
        if isinstance(v, bool) or not isinstance(v, int | float) or a not in _MEMBER_NAMES:
            continue
        for b, items in seed.items():
            new = args.get(b)
            if b == a or not isinstance(items, list) or not isinstance(new, list):
                continue
            if v in items and len(new) == len(items):
                args[a] = new[items.index(v)]
                break


_MEMBER_NAMES = frozenset({"target", "item", "key", "element", "needle", "x"})
