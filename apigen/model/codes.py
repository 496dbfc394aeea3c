"""The rejection-code taxonomy: the one place where every code is defined and documented.

Codes are stable strings: datasets, review decisions and users' dashboards refer to
them, so a code is never renamed or reused for another meaning; new codes may be added.
"""

from __future__ import annotations

from enum import StrEnum


class Stage(StrEnum):
    """The three verification stages, in the order a sample passes them."""

    FORMAT = "format"
    EXECUTION = "execution"
    SEMANTIC = "semantic"
    DEDUP = "dedup"


class RejectionCode(StrEnum):
    """Why a sample was rejected.  ``DESCRIPTIONS`` explains each one."""

    # -- stage 1: format -------------------------------------------------------------
    INVALID_JSON = "invalid_json"
    INVALID_STRUCTURE = "invalid_structure"
    INPUT_TOO_LARGE = "input_too_large"
    INPUT_TOO_DEEP = "input_too_deep"
    TOO_MANY_CALLS = "too_many_calls"
    UNKNOWN_FUNCTION = "unknown_function"
    MISSING_REQUIRED = "missing_required"
    UNKNOWN_ARGUMENT = "unknown_argument"
    TYPE_ERROR = "type_error"
    ENUM_VIOLATION = "enum_violation"
    RANGE_VIOLATION = "range_violation"
    PATTERN_VIOLATION = "pattern_violation"
    SCHEMA_VIOLATION = "schema_violation"
    STYLE_MISMATCH = "style_mismatch"
    # -- stage 2: execution ----------------------------------------------------------
    EXEC_EXCEPTION = "exec_exception"
    EXEC_TIMEOUT = "exec_timeout"
    EXEC_OOM = "exec_oom"
    EXEC_CRASH = "exec_crash"
    RESULT_NOT_SERIALISABLE = "result_not_serialisable"
    RESULT_TOO_LARGE = "result_too_large"
    OUTPUT_TOO_LARGE = "output_too_large"
    EXEC_LEFTOVER_PROCESS = "exec_leftover_process"
    NOT_EXECUTABLE = "not_executable"
    EXEC_PROTOCOL = "exec_protocol"
    EXEC_SANDBOX_TAMPERED = "exec_sandbox_tampered"
    EXEC_IMPORT_ERROR = "exec_import_error"
    # -- stage 3: semantic -----------------------------------------------------------
    ARG_NOT_GROUNDED = "arg_not_grounded"
    ARG_MISASSIGNED = "arg_misassigned"
    REQUEST_NOT_COVERED = "request_not_covered"
    RESULT_EMPTY = "result_empty"
    RESULT_ERROR_LIKE = "result_error_like"
    JUDGE_REJECTED = "judge_rejected"
    TOOL_MISMATCH = "tool_mismatch"
    REFUSAL_UNJUSTIFIED = "refusal_unjustified"
    CALL_NOT_REQUESTED = "call_not_requested"
    ARG_NOT_REQUESTED = "arg_not_requested"
    ARG_OMITTED = "arg_omitted"
    ARG_WRONG_CALL = "arg_wrong_call"
    CALL_ORDER = "call_order"
    RESULT_INVALID = "result_invalid"
    WRITE_NOT_APPLIED = "write_not_applied"
    # -- after the three stages: dedup and contamination -----------------------------
    DUPLICATE_QUERY = "duplicate_query"
    NEAR_DUPLICATE_QUERY = "near_duplicate_query"
    EVAL_CONTAMINATION = "eval_contamination"


STAGE_OF: dict[RejectionCode, Stage] = {
    **dict.fromkeys(
        (
            RejectionCode.INVALID_JSON,
            RejectionCode.INVALID_STRUCTURE,
            RejectionCode.INPUT_TOO_LARGE,
            RejectionCode.INPUT_TOO_DEEP,
            RejectionCode.TOO_MANY_CALLS,
            RejectionCode.UNKNOWN_FUNCTION,
            RejectionCode.MISSING_REQUIRED,
            RejectionCode.UNKNOWN_ARGUMENT,
            RejectionCode.TYPE_ERROR,
            RejectionCode.ENUM_VIOLATION,
            RejectionCode.RANGE_VIOLATION,
            RejectionCode.PATTERN_VIOLATION,
            RejectionCode.SCHEMA_VIOLATION,
            RejectionCode.STYLE_MISMATCH,
        ),
        Stage.FORMAT,
    ),
    **dict.fromkeys(
        (
            RejectionCode.EXEC_EXCEPTION,
            RejectionCode.EXEC_TIMEOUT,
            RejectionCode.EXEC_OOM,
            RejectionCode.EXEC_CRASH,
            RejectionCode.RESULT_NOT_SERIALISABLE,
            RejectionCode.RESULT_TOO_LARGE,
            RejectionCode.OUTPUT_TOO_LARGE,
            RejectionCode.EXEC_LEFTOVER_PROCESS,
            RejectionCode.NOT_EXECUTABLE,
            RejectionCode.EXEC_PROTOCOL,
            RejectionCode.EXEC_SANDBOX_TAMPERED,
            RejectionCode.EXEC_IMPORT_ERROR,
        ),
        Stage.EXECUTION,
    ),
    **dict.fromkeys(
        (
            RejectionCode.ARG_NOT_GROUNDED,
            RejectionCode.ARG_MISASSIGNED,
            RejectionCode.REQUEST_NOT_COVERED,
            RejectionCode.RESULT_EMPTY,
            RejectionCode.RESULT_ERROR_LIKE,
            RejectionCode.JUDGE_REJECTED,
            RejectionCode.TOOL_MISMATCH,
            RejectionCode.REFUSAL_UNJUSTIFIED,
            RejectionCode.CALL_NOT_REQUESTED,
            RejectionCode.ARG_NOT_REQUESTED,
            RejectionCode.ARG_OMITTED,
            RejectionCode.ARG_WRONG_CALL,
            RejectionCode.CALL_ORDER,
            RejectionCode.RESULT_INVALID,
            RejectionCode.WRITE_NOT_APPLIED,
        ),
        Stage.SEMANTIC,
    ),
    **dict.fromkeys(
        (
            RejectionCode.DUPLICATE_QUERY,
            RejectionCode.NEAR_DUPLICATE_QUERY,
            RejectionCode.EVAL_CONTAMINATION,
        ),
        Stage.DEDUP,
    ),
}

DESCRIPTIONS: dict[RejectionCode, str] = {
    RejectionCode.INVALID_JSON: "The generator's answer is not valid JSON; the parser's "
    "message, line and column are kept in details.",
    RejectionCode.INVALID_STRUCTURE: "Valid JSON, but not a list of {name, arguments} "
    "calls (wrong container, missing keys, arguments not an object).",
    RejectionCode.INPUT_TOO_LARGE: "A row, answer or model reply is larger than the "
    "configured limit (line size, reply size); it was not parsed.",
    RejectionCode.INPUT_TOO_DEEP: "A row or answer is nested deeper than the configured "
    "limit (or than Python can parse).",
    RejectionCode.TOO_MANY_CALLS: "The answer has more calls than the configured limit per sample.",
    RejectionCode.UNKNOWN_FUNCTION: "A call names a function that is not among the "
    "tools offered with the query.",
    RejectionCode.MISSING_REQUIRED: "A required argument (or a required key of a nested "
    "object) is absent.",
    RejectionCode.UNKNOWN_ARGUMENT: "An argument (or nested key) the tool's schema does "
    "not declare.",
    RejectionCode.TYPE_ERROR: "An argument has the wrong JSON type (e.g. a string where "
    "an integer is declared).",
    RejectionCode.ENUM_VIOLATION: "An argument is not one of the schema's allowed values.",
    RejectionCode.RANGE_VIOLATION: "An argument is outside the schema's bounds (minimum/"
    "maximum, length, item count).",
    RejectionCode.PATTERN_VIOLATION: "A string argument does not match the schema's "
    "pattern or format.",
    RejectionCode.SCHEMA_VIOLATION: "Any other JSON Schema violation (e.g. anyOf/oneOf, "
    "uniqueItems).",
    RejectionCode.STYLE_MISMATCH: "The number or mix of calls does not fit the query "
    "style (simple=1 call, multiple=1 call among several tools, parallel=2+ calls of one "
    "tool, parallel_multiple=2+ calls with 2+ tools offered, irrelevant=no call).",
    RejectionCode.EXEC_EXCEPTION: "The function raised an exception when called with "
    "these arguments.",
    RejectionCode.EXEC_TIMEOUT: "A call ran past the per-call time limit and was killed.",
    RejectionCode.EXEC_OOM: "A call exceeded the sandbox memory limit.",
    RejectionCode.EXEC_CRASH: "The process running the sample died (signal, os._exit, "
    "segfault) or the sandbox stopped answering.",
    RejectionCode.RESULT_NOT_SERIALISABLE: "The function returned a value that cannot be "
    "encoded as JSON (objects, NaN, infinities).",
    RejectionCode.RESULT_TOO_LARGE: "The encoded result exceeded the size limit.",
    RejectionCode.OUTPUT_TOO_LARGE: "The call printed more than the output limit; the "
    "output was cut off while streaming and the call is not trusted.",
    RejectionCode.EXEC_LEFTOVER_PROCESS: "The call left processes running after it "
    "returned (daemon, double fork, setsid); they were killed and the sandbox recycled.",
    RejectionCode.NOT_EXECUTABLE: "The tool has no implementation to run (imported "
    "definition only); use --stages format.",
    RejectionCode.EXEC_PROTOCOL: "The sample's process wrote something other than one "
    "result per call on its result channel (forged or garbled results, or too much).",
    RejectionCode.EXEC_SANDBOX_TAMPERED: "While the sample ran, the runner that supervises "
    "it was changed (limits, priority, tracing, stopped); the sandbox was recycled.",
    RejectionCode.EXEC_IMPORT_ERROR: "The module that defines the tool failed to import "
    "inside the sandbox (an exception or exit at import time, or a missing dependency).",
    RejectionCode.ARG_NOT_GROUNDED: "An argument value does not appear in (and cannot be "
    "derived from) the query.",
    RejectionCode.ARG_MISASSIGNED: "Values from the query went to the wrong parameters "
    "(e.g. acceleration and time swapped): the words around each value fit the other "
    "parameter better.",
    RejectionCode.REQUEST_NOT_COVERED: "The calls do not cover every request in the query.",
    RejectionCode.RESULT_EMPTY: "A call returned an empty or null result.",
    RejectionCode.RESULT_ERROR_LIKE: "A call returned a value that reads as an error message.",
    RejectionCode.JUDGE_REJECTED: "The LLM judge decided the calls and results do not "
    "answer the query; its reasoning is kept.",
    RejectionCode.TOOL_MISMATCH: "The called tool does not fit the request it serves: another "
    "offered tool fits it clearly better, or no word of the request points at the tool.",
    RejectionCode.REFUSAL_UNJUSTIFIED: "The answer makes no call (claims no offered tool fits), "
    "but an offered tool fits the request and its required values are in the query.",
    RejectionCode.CALL_NOT_REQUESTED: "A call serves no request of the query (a repeated call, "
    "or a call of a tool the query does not ask for).",
    RejectionCode.ARG_NOT_REQUESTED: "An optional argument is set to a value the query does not "
    "ask for (a flag or option nobody mentioned).",
    RejectionCode.ARG_OMITTED: "The query states a value for an optional parameter (an option, "
    "a unit, a flag), but the call leaves it out.",
    RejectionCode.ARG_WRONG_CALL: "Values of several requests are mixed up: a call of a "
    "parallel answer holds a value that belongs to another call's request.",
    RejectionCode.CALL_ORDER: "The query orders its requests (first, then, next) and the calls "
    "come in another order.",
    RejectionCode.RESULT_INVALID: "A call 'succeeded' but its result is not a real answer: "
    "NaN or infinity, or a structured result whose fields are all null or empty.",
    RejectionCode.WRITE_NOT_APPLIED: "A service write (book, cancel, transfer, update) "
    "'succeeded', but the record it returns, the state after the call, does not hold a value "
    "the call asked for.",
    RejectionCode.DUPLICATE_QUERY: "The same query (ignoring case, spacing, punctuation) is "
    "already in this run or in a run given with --dedup-against.",
    RejectionCode.NEAR_DUPLICATE_QUERY: "A query with the same numbers and the same content "
    "words in another order or phrasing is already accepted.",
    RejectionCode.EVAL_CONTAMINATION: "The query collides (exactly or nearly) with a "
    "question of an evaluation set given with --exclude-eval.",
}
