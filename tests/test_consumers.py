"""The exports, loaded by the code of the tools that consume them.

- ``datasets.load_dataset`` of the output folder, both configs (the card's YAML);
- ``huggingface_hub.DatasetCard`` parses the card;
- the OpenAI SDK's own message and tool types validate the ``openai`` export;
- transformers renders the ``chat`` config with a tool-use chat template, through TRL's
  dataset preparation (``trl.data_utils``: the SFT trainer's own functions; the trainer
  itself needs torch);
- LLaMA-Factory's sharegpt function-calling rules (its converter needs torch to install:
  the rules of its data README are checked here), and Hermes' format.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from tests.cli_support import apigen

pytestmark = pytest.mark.docker

# A ChatML tool-use template in the style of the Qwen2.5 / Hermes templates: tools as JSON
# Schema, calls as {"name", "arguments": <object>}, results as tool messages.  It reads
# content with filters that fail on None, as many real templates do.
TOOL_TEMPLATE = """
{%- if tools %}<|im_start|>system
You may call these functions:
<tools>
{%- for tool in tools %}
{{ tool | tojson }}
{%- endfor %}
</tools><|im_end|>
{% endif %}
{%- for message in messages %}
{%- if message.role == "assistant" and message.tool_calls %}<|im_start|>assistant
{{- message.content | trim }}
{%- for tool_call in message.tool_calls %}
{%- set call = tool_call.function if tool_call.function is defined else tool_call %}
<tool_call>
{"name": "{{ call.name }}", "arguments": {{ call.arguments | tojson }}}
</tool_call>
{%- endfor %}<|im_end|>
{% elif message.role == "tool" %}<|im_start|>user
<tool_response>
{{ message.content | trim }}
</tool_response><|im_end|>
{% else %}<|im_start|>{{ message.role }}
{{ message.content | trim }}<|im_end|>
{% endif %}
{%- endfor %}
""".strip()


@pytest.fixture(scope="module")
def run_dir(sandbox_image: str, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("consumers") / "run"
    r = apigen("run", "--n", "150", "--seed", "5", "--out", str(out), "--quiet")
    assert r.returncode == 0, r.stderr
    return out


def export(run_dir: Path, tmp_path: Path, fmt: str) -> list[dict[str, Any]]:
    dest = tmp_path / f"{fmt}.jsonl"
    r = apigen("export", str(run_dir), "--format", fmt, "--out", str(dest))
    assert r.returncode == 0, r.stderr
    return [json.loads(line) for line in dest.read_text().splitlines()]


def test_both_configs_load_and_the_card_parses(run_dir: Path) -> None:
    from datasets import load_dataset
    from huggingface_hub import DatasetCard

    card = DatasetCard.load(run_dir / "README.md")
    data = card.data.to_dict()
    assert data["license"] and data["language"] == ["en"] and data["pretty_name"]
    assert data["task_categories"] == ["text-generation"]
    assert {c["config_name"] for c in data["configs"]} == {"default", "chat"}
    assert {i["config_name"] for i in data["dataset_info"]} == {"default", "chat"}
    # datasets reads each config's splits from the card (a split without its name, bytes
    # and rows is "malformed": dropped, with a warning on every load)
    from datasets.info import DatasetInfosDict

    infos = DatasetInfosDict.from_dataset_card_data(card.data)
    for config in ("default", "chat"):
        assert infos[config].splits["train"].num_examples > 50
        assert infos[config].splits["train"].num_bytes > 0

    default = load_dataset(str(run_dir))
    chat = load_dataset(str(run_dir), "chat")
    assert default["train"].num_rows == chat["train"].num_rows > 50
    row = default["train"][0]
    assert {"id", "query", "tools", "answers", "messages", "final_answer"} <= set(row)
    json.loads(row["tools"])  # xLAM: JSON strings
    crow = chat["train"][0]
    assert set(crow) == {"id", "messages", "tools"}
    assert isinstance(crow["tools"][0]["function"]["parameters"], dict)


def test_openai_export_is_valid_for_the_openai_sdk_types(run_dir: Path, tmp_path: Path) -> None:
    pytest.importorskip("openai")
    from openai.types.chat import ChatCompletionMessageParam, ChatCompletionToolParam
    from pydantic import TypeAdapter

    messages = TypeAdapter(list[ChatCompletionMessageParam])
    tools = TypeAdapter(list[ChatCompletionToolParam])
    rows = export(run_dir, tmp_path, "openai")
    calls = 0
    for row in rows:
        messages.validate_python(row["messages"])
        tools.validate_python(row["tools"])
        for m in row["messages"]:
            assert None not in m.values(), m  # the SDK types reject name: None and friends
            for call in m.get("tool_calls", []):
                assert isinstance(call["function"]["arguments"], str)  # the API's JSON text
                json.loads(call["function"]["arguments"])
                calls += 1
        assert row["messages"][-1]["role"] == "assistant" and row["messages"][-1]["content"]
    assert calls > 50


def test_chat_config_renders_with_transformers_through_trl(run_dir: Path) -> None:
    pytest.importorskip("transformers")
    trl_data = pytest.importorskip("trl.data_utils")
    from datasets import load_dataset
    from tokenizers import Tokenizer, models
    from transformers import PreTrainedTokenizerFast

    tok = PreTrainedTokenizerFast(
        tokenizer_object=Tokenizer(models.WordLevel({"[UNK]": 0}, unk_token="[UNK]")),
        eos_token="<|im_end|>",
    )
    tok.chat_template = TOOL_TEMPLATE
    chat = load_dataset(str(run_dir), "chat")["train"]
    assert trl_data.is_conversational(chat[0])
    rendered_calls = 0
    for row in chat:
        # what TRL's SFT trainer does per example: tools from the row, then the template
        text = trl_data.apply_chat_template({"messages": row["messages"]}, tok, tools=row["tools"])[
            "text"
        ]
        for m in row["messages"]:
            for call in m.get("tool_calls") or []:
                args = call["function"]["arguments"]
                assert isinstance(args, dict)
                # rendered once, as a JSON object (a JSON string would come out quoted)
                assert f'"arguments": {json.dumps(args, ensure_ascii=False)}' in text
                rendered_calls += 1
        final = row["messages"][-1]
        assert final["role"] == "assistant" and final["content"].strip() in text
    assert rendered_calls > 50


def test_sharegpt_follows_llama_factory_function_calling_rules(
    run_dir: Path, tmp_path: Path
) -> None:
    """LLaMA-Factory's data README (sharegpt, function calling): after an optional system
    turn, human/observation turns sit at odd positions and gpt/function_call at even ones,
    the count is even (else "Invalid message count"), a function_call is {"name",
    "arguments"} or a list of them (parallel calls in one turn), tools a JSON string."""
    rows = export(run_dir, tmp_path, "sharegpt")
    odd, even = {"human", "observation"}, {"gpt", "function_call"}
    parallel = 0
    for row in rows:
        conv = row["conversations"]
        assert len(conv) % 2 == 0, conv
        for k, turn in enumerate(conv):
            assert turn["from"] in (odd if k % 2 == 0 else even), conv
            assert isinstance(turn["value"], str) and turn["value"]
        assert conv[-1]["from"] == "gpt"  # ends with the final answer
        for turn in conv:
            if turn["from"] == "function_call":
                call = json.loads(turn["value"])
                calls = call if isinstance(call, list) else [call]
                parallel += len(calls) > 1
                assert all(set(c) == {"name", "arguments"} for c in calls)
        tools = json.loads(row["tools"])
        assert all({"name", "description", "parameters"} <= set(t) for t in tools)
    assert parallel > 5


def test_hermes_has_the_full_system_prompt_and_a_final_answer(
    run_dir: Path, tmp_path: Path
) -> None:
    rows = export(run_dir, tmp_path, "hermes")
    for row in rows:
        conv = row["conversations"]
        system = conv[0]["value"]
        assert system.startswith("You are a function calling AI model.")
        assert "Don't make assumptions about what values to plug into functions." in system
        tools = json.loads(re.search(r"<tools> (.*) </tools>", system, re.S).group(1))
        assert tools and tools[0]["type"] == "function"
        assert [t["from"] for t in conv[1:]] in (
            ["human", "gpt"],
            ["human", "gpt", "tool", "gpt"],
        )
        for block in re.findall(r"<tool_call>\n(.*?)\n</tool_call>", conv[2]["value"], re.S):
            call = json.loads(block)
            assert set(call) == {"arguments", "name"}
        assert conv[-1]["value"] and "<tool_call>" not in conv[-1]["value"]


@pytest.mark.parametrize("model_states_results", [True, False])
def test_llm_runs_end_with_the_models_checked_final_answer(
    sandbox_image: str, tmp_path: Path, model_states_results: bool
) -> None:
    """The LLM writes the final answer from the real results; an answer that does not
    state them is replaced by the templated one."""
    from apigen.bench.fake_openai import FakeOpenAI, Reply, default_script

    def script(request: dict[str, Any], n: int) -> Reply:
        prompt = request["messages"][-1]["content"]
        if prompt.endswith("Write the final answer to the user.") and not model_states_results:
            return Reply("Done! Let me know if you need anything else.")
        return default_script(request, n)

    out = tmp_path / "llm"
    with FakeOpenAI(script) as server:
        r = apigen(
            "run", "--generator", "llm", "--llm-base-url", server.base_url, "--llm-model", "m",
            "--n", "30", "--out", str(out), "--quiet",
        )  # fmt: skip
    assert r.returncode == 0, r.stderr
    rows = [json.loads(line) for line in (out / "chat" / "train.jsonl").read_text().splitlines()]
    finals = [r["messages"][-1]["content"] for r in rows if len(r["messages"]) > 2]
    assert finals
    written = [f for f in finals if f.startswith("Here is what I found:")]
    if model_states_results:
        # the rest: results with nothing to check (yes/no, empty), which keep the template
        assert len(written) >= 0.6 * len(finals), finals[:5]
    else:
        assert not any("Let me know" in f for f in finals)
        assert all(f and "Here is what I found" not in f for f in finals)


def test_an_empty_split_loads_back(tmp_path: Path) -> None:
    """A small run can leave a split empty; the saved dataset must still load."""
    from datasets import load_from_disk

    from apigen.export.hf import write_dataset
    from apigen.store.db import RunStore

    out = tmp_path / "empty"
    out.mkdir()
    with RunStore(out / "run.sqlite") as store:
        write_dataset(store, out, seed=0)
    dd = load_from_disk(str(out / "dataset"))
    assert dd["train"].num_rows == dd["validation"].num_rows == 0


def test_a_run_without_validation_rows_still_loads(sandbox_image: str, tmp_path: Path) -> None:
    from datasets import load_dataset

    cfg = tmp_path / "run.toml"
    cfg.write_text("validation_fraction = 0\n")
    out = tmp_path / "novalidation"
    r = apigen("run", "--n", "20", "--config", str(cfg), "--out", str(out), "--quiet")
    assert r.returncode == 0, r.stderr
    for config in ("default", "chat"):
        dd = load_dataset(str(out), config)
        assert set(dd) == {"train"} and dd["train"].num_rows > 0


def test_float_arguments_are_stored_exactly(tmp_path: Path) -> None:
    """``datasets`` encodes a ``Json`` object with pandas' ujson, which keeps 10 decimals
    (``1e-12`` → ``0.0``): the export hands it JSON text, stored as written.  (Reading a
    ``Json`` column back decodes with ujson's fast float parser, ``0.7`` →
    ``0.7000000000000001``; the card says how to read the exact text.)"""
    from datasets import List, Value, load_from_disk

    from apigen.export.hf import write_dataset
    from apigen.pipeline.config import RunConfig
    from apigen.pipeline.factory import pipeline_for
    from apigen.store.db import RunStore
    from apigen.store.records import Status

    out = tmp_path / "floats"
    with pipeline_for(RunConfig(n=30, seed=3, out=out, executor="in-process")) as pipeline:
        pipeline.run()
    exact = {"ratio": 0.7, "tiny": 1e-12, "big": 123456.78901234567}
    with RunStore(out / "run.sqlite") as store:
        rec = next(r for r in store.records(Status.ACCEPTED) if r.calls)
        (key,) = store.db.execute(
            "SELECT query_key FROM samples WHERE idx = ?", (rec.idx,)
        ).fetchone()
        call = rec.calls[0].model_copy(update={"arguments": {**rec.calls[0].arguments, **exact}})
        store.add([rec.model_copy(update={"calls": [call, *rec.calls[1:]]})], [key])
        write_dataset(store, out, seed=3, validation_fraction=0)
    text = load_from_disk(str(out / "dataset"))["train"].cast_column(
        "messages", List(Value("string"))
    )
    args = [
        c["function"]["arguments"]
        for row in text
        for m in map(json.loads, row["messages"])
        for c in m.get("tool_calls", [])
    ]
    assert any(all(a.get(k) == v for k, v in exact.items()) for a in args), args[:3]
    # the card's own snippet (the run wrote the card) reads the same exact values
    card = (out / "README.md").read_text()
    snippet = card.split("**Exact numbers.**", 1)[1].split("```python", 1)[1].split("```", 1)[0]
    scope: dict[str, Any] = {"chat": load_from_disk(str(out / "dataset"))["train"]}
    exec(snippet, scope)  # the card is apigen's own text, not data
    read = [
        c["function"]["arguments"]
        for row in scope["chat"]
        for m in row["messages"]
        for c in m.get("tool_calls") or []
    ]
    assert any(all(a.get(k) == v for k, v in exact.items()) for a in read), read[:3]
