"""STUB placeholder (being written by the introspection work): replace wholesale."""


def describe_module(module: object) -> dict[str, object]:
    return {"functions": []}
