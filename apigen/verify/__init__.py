"""The three-stage verifier: format (stage 1), execution (stage 2), semantic (stage 3)."""

from apigen.verify.format import FormatResult, FormatVerifier
from apigen.verify.parse import ParseFailure, parse_calls

__all__ = ["FormatResult", "FormatVerifier", "ParseFailure", "parse_calls"]
