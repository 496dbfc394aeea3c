from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

from apigen.catalog import Catalog, load_catalog


@pytest.fixture(scope="session", autouse=True)
def _describe_cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """User catalogs' sandbox descriptions are cached in a test folder, not in ~/.cache."""
    old = os.environ.get("APIGEN_CACHE_DIR")
    os.environ["APIGEN_CACHE_DIR"] = str(tmp_path_factory.mktemp("apigen-cache"))
    yield
    if old is None:
        os.environ.pop("APIGEN_CACHE_DIR", None)
    else:
        os.environ["APIGEN_CACHE_DIR"] = old


@pytest.fixture(scope="session")
def catalog() -> Catalog:
    return load_catalog()


@pytest.fixture(scope="session")
def docker_client() -> object:
    from tests.sandbox_support import docker_client_or_skip

    return docker_client_or_skip()


@pytest.fixture(scope="session")
def sandbox_image(docker_client: object) -> str:
    from tests.sandbox_support import ensure_image

    return ensure_image(docker_client)
