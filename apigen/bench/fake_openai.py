"""A real HTTP server on 127.0.0.1 that speaks OpenAI chat completions with scripted
replies, for tests and for ``apigen bench llm``.  Not a mock: it listens on a socket and
the client talks HTTP to it.

The default script answers generation prompts with the examples the prompt shows (as a
JSON array of query/answer pairs) and judge prompts with a passing verdict;
:func:`judge_script` answers judge prompts per model (several judges voting).
"""

from __future__ import annotations

import json
import re
import socket
import sys
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass
class Reply:
    content: str | None = None
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    delay_s: float = 0.0
    raw_body: str | None = None  # sent as is (instead of a chat-completion object)
    finish_reason: str = "stop"


Script = Callable[[dict[str, Any], int], Reply]


def is_judge_request(request: dict[str, Any]) -> bool:
    """Whether a request is the LLM judge's (its prompt shows the execution results)."""
    messages = request.get("messages") or [{}]
    return "Execution results:" in str(messages[-1].get("content", ""))


JudgeAnswer = bool | str | Callable[[str], "bool | str"]
"""A judge's answer: pass (True) or reject (False) with a reasoning naming the model, a
raw reply (str), or a function of the prompt giving either."""


def judge_script(answers: Mapping[str, JudgeAnswer], fallback: Script | None = None) -> Script:
    """Judge requests answered per model from ``answers``; other requests, and models not
    listed, as ``fallback`` (default: :func:`default_script`)."""
    other = fallback or default_script

    def script(request: dict[str, Any], n: int) -> Reply:
        model = str(request.get("model"))
        if not is_judge_request(request) or model not in answers:
            return other(request, n)
        answer = answers[model]
        if callable(answer):
            answer = answer(request["messages"][-1]["content"])
        if isinstance(answer, str):
            return Reply(answer)
        thought = f"{model}: the calls {'answer' if answer else 'do not answer'} the query."
        return Reply(json.dumps({"thought": thought, "passes": answer}))

    return script


def default_script(request: dict[str, Any], n: int) -> Reply:
    prompt = request["messages"][-1]["content"]
    if "Execution results:" in prompt:
        return Reply(json.dumps({"thought": "The calls match the query.", "passes": True}))
    if prompt.endswith("Write the final answer to the user."):
        return Reply(final_answer_reply(prompt))
    examples = [json.loads(line) for line in re.findall(r'^\{"query".*\}$', prompt, re.M)]
    if "none of the tools can do" in prompt:
        return Reply(json.dumps([{"query": e["query"], "answers": []} for e in examples]))
    if "two or three times" in prompt or "two or more different tools" in prompt:
        names = [e["answers"][0]["name"] for e in examples]
        first = [e for e in examples if e["answers"][0]["name"] == names[0]]
        pair = (
            first[:2]
            if "two or three times" in prompt
            else [
                first[0],
                next((e for e in examples if e["answers"][0]["name"] != names[0]), first[-1]),
            ]
        )
        combined = {
            "query": " Also, ".join(e["query"] for e in pair),
            "answers": [a for e in pair for a in e["answers"]],
        }
        return Reply(json.dumps([combined]))
    return Reply(json.dumps(examples))


class _QuietServer(ThreadingHTTPServer):
    """A client that hangs up (a cancelled request at the end of a run) is not an error."""

    def handle_error(self, request: Any, client_address: Any) -> None:
        exc = sys.exc_info()[1]
        if isinstance(exc, ConnectionError):
            return
        super().handle_error(request, client_address)


class FakeOpenAI:
    """``with FakeOpenAI(script) as server: server.base_url`` ( ... /v1 )."""

    def __init__(self, script: Script = default_script, latency_s: float = 0.0) -> None:
        self.script = script
        self.latency_s = latency_s
        self.requests: list[dict[str, Any]] = []
        self.headers: list[dict[str, str]] = []
        self.in_flight = 0
        self.max_in_flight = 0
        self._lock = threading.Lock()
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: Any) -> None:
                pass

            def setup(self) -> None:
                super().setup()
                # headers and body go out as two writes: without this, Nagle's algorithm
                # and the client's delayed ACK add ~40 ms to every reply
                self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

            def do_POST(self) -> None:
                body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                with server._lock:
                    n = len(server.requests)
                    server.requests.append(body)
                    server.headers.append(dict(self.headers))
                    server.in_flight += 1
                    server.max_in_flight = max(server.max_in_flight, server.in_flight)
                try:
                    reply = server.script(body, n)
                    time.sleep(server.latency_s + reply.delay_s)
                    payload = (
                        reply.raw_body
                        if reply.raw_body is not None
                        else json.dumps(
                            {
                                "id": f"chatcmpl-{n}",
                                "object": "chat.completion",
                                "model": body.get("model"),
                                "choices": [
                                    {
                                        "index": 0,
                                        "finish_reason": reply.finish_reason,
                                        "message": {"role": "assistant", "content": reply.content},
                                    }
                                ],
                                "usage": {
                                    "prompt_tokens": 100,
                                    "completion_tokens": 50,
                                    "total_tokens": 150,
                                },
                            }
                        )
                    )
                    data = payload.encode()
                    try:
                        self.send_response(reply.status)
                        self.send_header("Content-Type", "application/json")
                        self.send_header("Content-Length", str(len(data)))
                        for k, v in reply.headers.items():
                            self.send_header(k, v)
                        self.end_headers()
                        self.wfile.write(data)
                    except (BrokenPipeError, ConnectionResetError):
                        pass  # the client gave up (timeout)
                finally:
                    with server._lock:
                        server.in_flight -= 1

        self.httpd = _QuietServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self._thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @property
    def base_url(self) -> str:
        host, port = self.httpd.server_address[:2]
        return f"http://{host!s}:{port}/v1"

    def __enter__(self) -> FakeOpenAI:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


def final_answer_reply(prompt: str) -> str:
    """A model's closing answer: every result value, said plainly."""
    block = prompt.split("(JSON):\n", 1)[1].rsplit("\n\nWrite the final answer", 1)[0]
    done = json.loads(block)
    said = "; ".join(json.dumps(d["result"], ensure_ascii=False) for d in done)
    return f"Here is what I found: {said}."
