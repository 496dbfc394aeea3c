"""Typed records that flow between the stages."""

from apigen.model.codes import DESCRIPTIONS, STAGE_OF, RejectionCode, Stage
from apigen.model.sample import (
    ExecutionResult,
    FunctionCall,
    Provenance,
    QueryStyle,
    Sample,
    StageVerdict,
)
from apigen.model.tool import (
    HttpBinding,
    JsonSchema,
    McpBinding,
    SeedExample,
    Tool,
    ToolSource,
)

__all__ = [
    "DESCRIPTIONS",
    "STAGE_OF",
    "ExecutionResult",
    "FunctionCall",
    "HttpBinding",
    "JsonSchema",
    "McpBinding",
    "Provenance",
    "QueryStyle",
    "RejectionCode",
    "Sample",
    "SeedExample",
    "Stage",
    "StageVerdict",
    "Tool",
    "ToolSource",
]
