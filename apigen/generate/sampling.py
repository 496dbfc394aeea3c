"""Seeded samplers: which APIs, which seed examples, which query styles."""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Sequence

from apigen.model import QueryStyle, Tool


class ApiSampler:
    """Picks APIs so that coverage is even: a category is chosen with weight falling as it
    is used (relative to its size), then an API in it with weight 1/(1+uses)^2, so rare
    APIs and small categories are reached early."""

    def __init__(
        self,
        tools: Sequence[Tool],
        rng: random.Random,
        fresh: dict[str, float] | None = None,
    ) -> None:
        """``fresh``: per API, the share of its distinct requests not yet asked (1.0 when
        absent); an API whose requests are used up is picked that much less, and each of
        its uses counts that much more against it (an API with a tenth of its requests left
        is picked about a tenth as often as a fresh one all through a block, not again as
        soon as the fresh ones have been used a few times)."""
        if not tools:
            raise ValueError("no tools to sample from")
        self.fresh = fresh or {}
        self.rng = rng
        self.by_category: dict[str, list[Tool]] = {}
        for t in sorted(tools, key=lambda t: (t.category, t.name)):
            self.by_category.setdefault(t.category, []).append(t)
        self.uses: Counter[str] = Counter()
        self.category_uses: Counter[str] = Counter()

    def pick(
        self,
        exclude: set[str] | frozenset[str] = frozenset(),
        exclude_categories: set[str] | frozenset[str] = frozenset(),
        category: str | None = None,
    ) -> Tool | None:
        cats = (
            [category] if category else [c for c in self.by_category if c not in exclude_categories]
        )
        cats = [c for c in cats if any(t.name not in exclude for t in self.by_category[c])]
        if not cats:
            return None
        # a category whose APIs are used up (``fresh``) is chosen that much less too
        # (its uses count against it in proportion: a category half used up is worth
        # half as many uses as a fresh one)
        cw = []
        for c in cats:
            share = sum(self._fresh(t) for t in self.by_category[c]) / len(self.by_category[c])
            size = len(self.by_category[c]) * share
            cw.append(share / (1.0 + self.category_uses[c] / size))
        cat = self.rng.choices(cats, weights=cw)[0]
        tools = [t for t in self.by_category[cat] if t.name not in exclude]
        tw = [self._fresh(t) / (1.0 + self.uses[t.name] / self._fresh(t)) ** 2 for t in tools]
        tool = self.rng.choices(tools, weights=tw)[0]
        self.uses[tool.name] += 1
        self.category_uses[cat] += 1
        return tool

    def _fresh(self, tool: Tool) -> float:
        return max(0.01, self.fresh.get(tool.name, 1.0))


class StyleSampler:
    def __init__(self, weights: dict[QueryStyle, float], rng: random.Random) -> None:
        self.styles = [s for s, w in weights.items() if w > 0]
        self.weights = [weights[s] for s in self.styles]
        self.rng = rng

    def pick(self) -> QueryStyle:
        return self.rng.choices(self.styles, weights=self.weights)[0]
