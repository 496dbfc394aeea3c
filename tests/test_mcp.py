"""MCP servers as tools: import → generate → execute through MCP → verify, for real.

The servers here are written with the official MCP SDK (``mcp.server.mcpserver``).  stdio
servers run inside the sandbox (started by apigen with ``docker run -i``); the
streamable-HTTP server runs on 127.0.0.1 as the test's own trusted process.
"""

from __future__ import annotations

import json
import math
import os
import re
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from apigen.cli import exit_codes
from tests.cli_support import apigen

pytest.importorskip("mcp")

pytestmark = pytest.mark.docker

SERVER = '''
"""Unit conversions and text helpers, served over MCP."""
import math

from mcp.server.mcpserver import MCPServer

import helpers  # a module beside the server: copied with it

mcp = MCPServer("units")
MEMORY = []


@mcp.tool()
def celsius_to_fahrenheit(celsius: float) -> float:
    """Convert a temperature from degrees Celsius to degrees Fahrenheit."""
    return helpers.c_to_f(celsius)


@mcp.tool()
def hypotenuse(a: float, b: float) -> float:
    """Length of the hypotenuse of a right triangle with legs a and b."""
    return math.hypot(a, b)


@mcp.tool()
def word_count(text: str, min_length: int = 1) -> dict:
    """Count the words of a text that have at least min_length letters."""
    if min_length < 1:
        raise ValueError("min_length must be at least 1")
    words = [w for w in text.split() if len(w) >= min_length]
    return {"count": len(words), "words": words}


@mcp.tool()
def remember(item: str) -> int:
    """Store an item in the server's memory; return how many items it holds."""
    MEMORY.append(item)
    return len(MEMORY)


@mcp.tool()
def recall() -> list:
    """Every item the server's memory holds."""
    return list(MEMORY)


if __name__ == "__main__":
    import sys

    if sys.argv[1:2] == ["http"]:
        mcp.run("streamable-http", host="127.0.0.1", port=int(sys.argv[2]))
    else:
        mcp.run()
'''

HELPERS = "def c_to_f(c):\n    return c * 9 / 5 + 32\n"


def queries(name: str, n: int) -> list[tuple[str, dict[str, Any]]]:
    """What a model might write for a tool (n varies the values between requests)."""
    return {
        "celsius_to_fahrenheit": [
            (f"What is {n + 30} degrees Celsius in Fahrenheit?", {"celsius": n + 30}),
            (f"Convert -{n} °C to Fahrenheit.", {"celsius": -n}),
        ],
        "hypotenuse": [
            (f"A right triangle has legs {n} and {n + 2}: how long is its hypotenuse?",
             {"a": n, "b": n + 2}),
        ],
        "word_count": [(f"How many words are in 'the {n} quick foxes'?",
                        {"text": f"the {n} quick foxes"})],
    }.get(name, [])  # fmt: skip


def expected(name: str, args: dict[str, Any]) -> Any:
    if name == "celsius_to_fahrenheit":
        return args["celsius"] * 9 / 5 + 32
    if name == "hypotenuse":
        return math.hypot(args["a"], args["b"])
    words = args["text"].split()
    return {"count": len(words), "words": words}


def llm_script(request: dict[str, Any], n: int) -> Any:
    """A stand-in for a model: queries for the tools offered in the prompt."""
    from apigen.bench.fake_openai import Reply

    prompt = request["messages"][-1]["content"]
    if "Execution results:" in prompt:
        return Reply(json.dumps({"thought": "ok", "passes": True}))
    offered = [n for n in re.findall(r'"name": "(\w+)"', prompt) if queries(n, 1)]
    if "none of the tools can do" in prompt:
        return Reply(json.dumps([{"query": "Book me a table for two at 8 pm.", "answers": []}]))
    if not offered:
        return Reply("[]")
    first = [(q, offered[0], a) for q, a in queries(offered[0], n + 1)]
    if "two or three times" in prompt:  # parallel: one tool, two calls
        again = [(q, offered[0], a) for q, a in queries(offered[0], n + 40)]
        groups = [[first[0], again[0]]]
    elif "two or more different tools" in prompt and len(offered) > 1:
        other = [(q, offered[1], a) for q, a in queries(offered[1], n + 1)]
        groups = [[first[0], other[0]]]
    else:
        groups = [[x] for x in first]
    pairs = [
        {
            "query": " Also, ".join(q for q, _, _ in group),
            "answers": [{"name": name, "arguments": args} for _, name, args in group],
        }
        for group in groups
    ]
    return Reply(json.dumps(pairs))


@pytest.fixture()
def server_dir(tmp_path: Path) -> Path:
    d = tmp_path / "server"
    d.mkdir()
    (d / "units_server.py").write_text(SERVER)
    (d / "helpers.py").write_text(HELPERS)
    return d


def xlam_rows(path: Path, rows: list[tuple[str, list[dict[str, Any]]]]) -> Path:
    def arg(kind: str, **more: Any) -> dict[str, Any]:
        return {"type": kind, "description": "", **more}

    tools = [
        {"name": "celsius_to_fahrenheit", "description": "C to F",
         "parameters": {"celsius": arg("float")}},
        {"name": "word_count", "description": "words",
         "parameters": {"text": arg("str"), "min_length": arg("int", default=1)}},
        {"name": "remember", "description": "store", "parameters": {"item": arg("str")}},
        {"name": "recall", "description": "recall", "parameters": {}},
    ]  # fmt: skip
    with path.open("w") as f:
        for i, (q, answers) in enumerate(rows):
            row = {"id": i, "query": q, "tools": json.dumps(tools), "answers": json.dumps(answers)}
            f.write(json.dumps(row) + "\n")
    return path


def verdicts(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text().splitlines()]


def test_mcp_round_trip_import_generate_execute_verify(
    sandbox_image: str, tmp_path: Path, server_dir: Path
) -> None:
    from apigen.bench.fake_openai import FakeOpenAI

    cat = tmp_path / "cat"
    r = apigen(
        "catalog", "import", "mcp", "--category", "units", "--out", str(cat),
        "--", "python3", str(server_dir / "units_server.py"),
    )  # fmt: skip
    assert r.returncode == 0, r.stderr
    assert "imported 5 MCP tools" in r.stdout
    listed = json.loads((cat / "units" / "units_server.tools.json").read_text())
    by_name = {t["name"]: t for t in listed}
    assert by_name["hypotenuse"]["parameters"]["required"] == ["a", "b"]
    assert by_name["word_count"]["mcp"]["command"] == ["python3", "units_server.py"]
    assert (cat / "_mcp" / "units" / "helpers.py").is_file()  # the helper came along

    out = tmp_path / "out"
    with FakeOpenAI(llm_script) as server:
        r = apigen(
            "run", "--generator", "llm", "--llm-base-url", server.base_url, "--llm-model", "m",
            "--catalog", str(cat), "--no-builtin", "--n", "12", "--seed", "3",
            "--out", str(out), "--quiet", "--min-pass-rate", "0",
        )  # fmt: skip
    assert r.returncode == 0, r.stderr
    rows = [
        json.loads(line)
        for split in ("train", "validation")
        for line in (out / "data" / f"{split}.jsonl").read_text().splitlines()
    ]
    assert rows, "the run accepted nothing"
    called = {a["name"] for row in rows for a in json.loads(row["answers"])}
    called = {a["name"] for row in rows for a in json.loads(row["answers"])}
    assert called >= {"celsius_to_fahrenheit", "hypotenuse", "word_count"}, called

    # the exported dataset verifies again through the MCP server, with its real results
    xlam = tmp_path / "export.jsonl"
    xlam.write_text("".join(
        json.dumps({k: row[k] for k in ("id", "query", "tools", "answers")}) + "\n" for row in rows
    ))  # fmt: skip
    v = tmp_path / "verdicts.jsonl"
    r = apigen(
        "verify", str(xlam), "--format", "xlam", "--catalog", str(cat), "--no-builtin",
        "--stages", "format,execution", "--results", "--out", str(v),
    )  # fmt: skip
    assert r.returncode == 0, r.stdout + r.stderr
    checked = 0
    for row, verdict in zip(rows, verdicts(v), strict=True):
        assert verdict["passed"], verdict
        for call, res in zip(json.loads(row["answers"]), verdict["results"], strict=True):
            assert res["value"] == pytest.approx(expected(call["name"], call["arguments"]))
            checked += 1
    assert checked >= 6, checked


def test_mcp_errors_isolation_and_remote_hosts(
    sandbox_image: str, tmp_path: Path, server_dir: Path
) -> None:
    cat = tmp_path / "cat"
    r = apigen(
        "catalog", "import", "mcp", "--category", "units", "--out", str(cat),
        "--", "python3", str(server_dir / "units_server.py"),
    )  # fmt: skip
    assert r.returncode == 0, r.stderr
    samples = xlam_rows(
        tmp_path / "s.jsonl",
        [
            ("Remember 'milk'.", [{"name": "remember", "arguments": {"item": "milk"}}]),
            ("What do you remember?", [{"name": "recall", "arguments": {}}]),
            ("Count the words of 'a bb' of length 0 or more.",
             [{"name": "word_count", "arguments": {"text": "a bb", "min_length": 0}}]),
            ("Convert 100 C, then count words in 'x y'.",
             [{"name": "celsius_to_fahrenheit", "arguments": {"celsius": 100}},
              {"name": "word_count", "arguments": {"text": "x y"}}]),
        ],
    )  # fmt: skip
    v = tmp_path / "v.jsonl"
    r = apigen(
        "verify", str(samples), "--format", "xlam", "--catalog", str(cat), "--no-builtin",
        "--stages", "format,execution", "--results", "--out", str(v),
    )  # fmt: skip
    assert r.returncode == exit_codes.FAILED, r.stderr
    got = verdicts(v)
    assert got[0]["passed"] and got[0]["results"][0]["value"] == 1
    # a fresh server per sample: what sample 0 stored is not visible to sample 1
    assert got[1]["passed"] and got[1]["results"][0]["value"] == [], got[1]
    assert got[2]["code"] == "exec_exception"
    assert "ValueError: min_length must be at least 1" in got[2]["message"]
    assert got[3]["passed"] and [x["value"] for x in got[3]["results"]] == [
        212.0,
        {"count": 2, "words": ["x", "y"]},
    ]

    # a remote (streamable HTTP) server: called only when its host is allowed
    port = free_port()
    with http_server(server_dir, port):
        remote = tmp_path / "remote"
        r = apigen(
            "catalog", "import", "mcp", "--category", "remote", "--out", str(remote),
            f"http://127.0.0.1:{port}/mcp",
        )  # fmt: skip
        assert r.returncode == 0, r.stderr
        assert "called over HTTP" in r.stdout
        only = xlam_rows(
            tmp_path / "one.jsonl",
            [("Convert 0 C.", [{"name": "celsius_to_fahrenheit", "arguments": {"celsius": 0}}])],
        )
        for allow, passed in ((["--allow-host", "127.0.0.1"], True), ([], False)):
            v = tmp_path / f"remote{len(allow)}.jsonl"
            r = apigen(
                "verify", str(only), "--format", "xlam", "--catalog", str(remote),
                "--no-builtin", "--stages", "format,execution", "--results", "--out", str(v),
                *allow,
            )  # fmt: skip
            verdict = verdicts(v)[0]
            assert verdict["passed"] is passed, verdict
            if passed:
                assert verdict["results"][0]["value"] == 32.0
            else:
                assert verdict["code"] == "not_executable"


def test_a_broken_server_is_refused_at_import_and_nothing_is_written(
    sandbox_image: str, tmp_path: Path
) -> None:
    bad = tmp_path / "bad_server.py"
    bad.write_text("import requests  # not in the sandbox\n")
    cat = tmp_path / "cat"
    r = apigen(
        "catalog", "import", "mcp", "--category", "bad", "--out", str(cat),
        "--", "python3", str(bad),
    )  # fmt: skip
    assert r.returncode == exit_codes.BAD_INPUT, r.stderr
    text = " ".join(r.stderr.split())
    assert "did not start in the sandbox" in text and "requests" in text, text
    assert not (cat / "bad").exists() and not (cat / "_mcp").exists()
    assert "Traceback" not in r.stderr.split("server stderr")[0]
    r = apigen(
        "catalog", "import", "mcp", "--category", "x", "--out", str(cat), "--", "node", "s.js"
    )
    assert r.returncode == exit_codes.BAD_INPUT and "only Python MCP servers" in r.stderr


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class http_server:
    """The test's own server process on 127.0.0.1 (trusted: written here)."""

    def __init__(self, server_dir: Path, port: int) -> None:
        self.cmd = [sys.executable, str(server_dir / "units_server.py"), "http", str(port)]
        self.port = port
        self.cwd = server_dir

    def __enter__(self) -> subprocess.Popen[bytes]:
        env = {**os.environ, "PYTHONPATH": str(self.cwd)}
        self.proc = subprocess.Popen(
            self.cmd, cwd=self.cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            with socket.socket() as s:
                if s.connect_ex(("127.0.0.1", self.port)) == 0:
                    return self.proc
            time.sleep(0.1)
        self.proc.kill()
        raise AssertionError("the MCP HTTP server did not start")

    def __exit__(self, *exc: object) -> None:
        self.proc.terminate()
        self.proc.wait(timeout=10)
