"""Generators of candidate samples: the offline generator and the LLM generator."""

from apigen.generate.config import OfflineConfig, StyleMix
from apigen.generate.offline import OfflineGenerator

__all__ = ["OfflineConfig", "OfflineGenerator", "StyleMix"]
