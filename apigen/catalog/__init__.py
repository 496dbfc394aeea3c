"""Stage 0: the catalog of executable APIs."""

from apigen.catalog.catalog import Catalog
from apigen.catalog.loader import builtin_catalog_dir, load_catalog

__all__ = ["Catalog", "builtin_catalog_dir", "load_catalog"]
