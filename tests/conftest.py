from __future__ import annotations

import pytest

from apigen.catalog import Catalog, load_catalog


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
