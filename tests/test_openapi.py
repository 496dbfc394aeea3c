"""OpenAPI tools: imported, then executed over real HTTP against a server on 127.0.0.1."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest

from apigen.interop.openapi import tools_from_openapi
from apigen.model import FunctionCall, Provenance, QueryStyle, RejectionCode, Sample
from apigen.verify.execution import ExecutionStage
from apigen.verify.http import HttpExecutor
from tests.cli_support import apigen


class _Handler(BaseHTTPRequestHandler):
    calls: list[str] = []  # noqa: RUF012 - shared test log
    fail_next = 0

    def log_message(self, *a: Any) -> None:
        pass

    def _send(self, status: int, body: Any) -> None:
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self) -> None:
        url = urlsplit(self.path)
        _Handler.calls.append(self.path)
        if _Handler.fail_next:
            _Handler.fail_next -= 1
            return self._send(503, {"error": "busy"})
        if url.path.startswith("/pets/"):
            pet = url.path.rsplit("/", 1)[1]
            return self._send(200 if pet != "404" else 404, {"id": pet, "name": "Rex"})
        if url.path == "/add":
            q = parse_qs(url.query)
            return self._send(200, {"sum": int(q["a"][0]) + int(q["b"][0])})
        return self._send(404, {"error": "no route"})

    def do_POST(self) -> None:
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        return self._send(201, {"created": body})


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    t = threading.Thread(target=httpd.serve_forever, daemon=True)
    t.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()


def spec(base: str) -> dict[str, Any]:
    return {
        "openapi": "3.0.3",
        "info": {"title": "pets", "version": "1"},
        "servers": [{"url": base}],
        "paths": {
            "/pets/{pet_id}": {
                "get": {
                    "operationId": "get_pet",
                    "summary": "Fetch a pet by id.",
                    "parameters": [
                        {
                            "name": "pet_id",
                            "in": "path",
                            "required": True,
                            "schema": {"type": "string"},
                            "description": "Pet id.",
                        }
                    ],
                }
            },
            "/add": {
                "get": {
                    "operationId": "add",
                    "summary": "Add two integers.",
                    "parameters": [
                        {
                            "name": "a",
                            "in": "query",
                            "required": True,
                            "schema": {"type": "integer"},
                        },
                        {
                            "name": "b",
                            "in": "query",
                            "required": True,
                            "schema": {"$ref": "#/components/schemas/Int"},
                        },
                    ],
                }
            },
            "/pets": {
                "post": {
                    "operationId": "create_pet",
                    "summary": "Create a pet.",
                    "requestBody": {
                        "required": True,
                        "content": {
                            "application/json": {
                                "schema": {
                                    "type": "object",
                                    "required": ["name"],
                                    "properties": {
                                        "name": {"type": "string"},
                                        "born": {
                                            "type": "string",
                                            "format": "date",
                                            "nullable": True,
                                        },
                                    },
                                }
                            }
                        },
                    },
                }
            },
        },
        "components": {"schemas": {"Int": {"type": "integer"}}},
    }


def run(tools: list[Any], http: HttpExecutor, name: str, args: dict[str, Any]) -> Any:
    s = Sample(
        id="o",
        query="q",
        tools=tools,
        style=QueryStyle.SIMPLE,
        provenance=Provenance(generator="t"),
    )
    return ExecutionStage(None, http=http).run([(s, [FunctionCall(name=name, arguments=args)])])[0]


def test_operations_become_tools(server: str) -> None:
    tools, losses = tools_from_openapi(spec(server), "pets")
    by = {t.name: t for t in tools}
    assert set(by) == {"get_pet", "add", "create_pet"}
    assert by["add"].properties["b"] == {"type": "integer"}  # $ref resolved
    assert by["create_pet"].required == ("name",)
    assert by["create_pet"].properties["born"]["type"] == ["string", "null"]
    assert any("format 'date'" in str(loss) for loss in losses)


def test_calls_run_over_http_only_to_allowed_hosts(server: str) -> None:
    tools, _ = tools_from_openapi(spec(server), "pets")
    http = HttpExecutor(["127.0.0.1"], backoff_s=0.01)
    out = run(tools, http, "add", {"a": 2, "b": 40})
    assert out.verdict.passed and out.results[0].value == {"sum": 42}
    assert run(tools, http, "get_pet", {"pet_id": "7"}).results[0].value["id"] == "7"
    created = run(tools, http, "create_pet", {"name": "Tom"})
    assert created.results[0].value == {"created": {"name": "Tom"}}
    missing = run(tools, http, "get_pet", {"pet_id": "404"})
    assert missing.verdict.code == RejectionCode.EXEC_EXCEPTION and "404" in missing.verdict.message
    _Handler.fail_next = 2
    assert run(tools, http, "add", {"a": 1, "b": 1}).results[0].value == {"sum": 2}  # retried
    before = len(_Handler.calls)
    blocked = run(tools, HttpExecutor([]), "add", {"a": 1, "b": 2})
    assert blocked.verdict.code == RejectionCode.NOT_EXECUTABLE
    assert "--allow-host 127.0.0.1" in blocked.verdict.message
    assert len(_Handler.calls) == before  # no request was made


def test_import_and_verify_cli(server: str, tmp_path: Path) -> None:
    doc = tmp_path / "pets.json"
    doc.write_text(json.dumps(spec(server)))
    r = apigen(
        "catalog",
        "import",
        "openapi",
        str(doc),
        "--category",
        "pets",
        "--out",
        str(tmp_path / "cat"),
        timeout=120,
    )
    assert r.returncode == 0, r.stderr
    rows = tmp_path / "rows.jsonl"
    tools = json.dumps(
        [
            {
                "name": "add",
                "description": "Add",
                "parameters": {
                    "a": {"type": "int", "description": "a"},
                    "b": {"type": "int", "description": "b"},
                },
            }
        ]
    )
    rows.write_text(
        "\n".join(
            json.dumps(
                {
                    "id": i,
                    "query": f"add {a} and {b}",
                    "tools": tools,
                    "answers": json.dumps([{"name": "add", "arguments": {"a": a, "b": b}}]),
                }
            )
            for i, (a, b) in enumerate([(1, 2), (3, 4)])
        )
        + "\n"
    )
    out = tmp_path / "v.jsonl"
    r = apigen(
        "verify",
        str(rows),
        "--format",
        "xlam",
        "--stages",
        "format,execution",
        "--catalog",
        str(tmp_path / "cat"),
        "--no-sandbox",
        "--allow-host",
        "127.0.0.1",
        "--out",
        str(out),
        timeout=120,
    )
    assert r.returncode == 0, r.stderr
    verdicts = [json.loads(x) for x in out.read_text().splitlines()]
    assert [v["passed"] for v in verdicts] == [True, True]
