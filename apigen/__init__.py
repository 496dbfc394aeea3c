"""apigen: generate verifiable function-calling training data."""

__version__ = "0.1.0"
