"""The seeded world behind the service APIs: reproducible, consistent, and one sample's
writes never reach another sample (in the sandbox and in process)."""

from __future__ import annotations

import gzip
import json
import sys
from collections import Counter
from typing import Any

import pytest
from click.testing import CliRunner

from apigen.catalog import Catalog
from apigen.catalog.loader import builtin_catalog_dir
from apigen.cli.main import cli
from apigen.sandbox.protocol import CallSpec
from apigen.verify.execution import InProcessExecutor

sys.path.insert(0, str(builtin_catalog_dir() / "_lib"))

import apigen_world as W
from apigen_world import build


def test_the_shipped_world_is_what_its_seed_builds() -> None:
    shipped = gzip.decompress(W.WORLD_FILE.read_bytes())
    assert build.dumps(build.build(build.SEED)) == shipped


def test_the_world_is_internally_consistent() -> None:
    w = W.world()
    for order in w["orders"]:
        lines = round(sum(x["quantity"] * x["unit_price"] for x in order["lines"]), 2)
        assert order["subtotal"] == lines
        assert order["total"] == round(lines + order["shipping"], 2)
    flights = {f["flight_id"]: f for f in w["flights"]}
    for b in w["flight_bookings"]:
        assert b["total_price"] == flights[b["flight_id"]]["fares"][b["cabin"]] * b["passengers"]
    users = {u["user_id"] for u in w["users"]}
    for table, fld in [
        ("orders", "user_id"),
        ("bank_accounts", "user_id"),
        ("tickets", "user_id"),
        ("devices", "owner_id"),
    ]:
        assert {r[fld] for r in w[table]} <= users, table
    keys = {"flights": "flight_id", "hotels": "hotel_id", "orders": "order_id", "users": "user_id"}
    keys |= {"products": "product_id", "messages": "message_id", "weather": "report_id"}
    for table, key in keys.items():
        ids = Counter(str(r[key]) for r in w[table])
        assert ids.most_common(1)[0][1] == 1, table


def _specs(catalog: Catalog, *calls: tuple[str, dict[str, Any]]) -> list[CallSpec]:
    out = []
    for name, args in calls:
        tool = catalog.tools[name]
        assert tool.source is not None
        out.append(CallSpec(root=0, path=tool.source.path, function=name, arguments=args))
    return out


def _flight(catalog: Catalog) -> tuple[str, int]:
    f = next(
        x
        for x in W.world()["flights"]
        if x["status"] == "scheduled" and x["seats_available"]["business"] >= 2
    )
    return f["flight_id"], f["seats_available"]["business"]


def _isolation_batch(catalog: Catalog) -> tuple[list[list[CallSpec]], int]:
    flight, seats = _flight(catalog)
    book = (
        "book_flight",
        {"flight_id": flight, "user_id": "U1001", "cabin": "business", "passengers": 2},
    )
    look = ("get_flight_seats", {"flight_id": flight})
    return [_specs(catalog, book, look), _specs(catalog, look)], seats


def test_writes_are_seen_by_their_sample_and_undone_for_the_next_in_process(
    catalog: Catalog,
) -> None:
    batch, seats = _isolation_batch(catalog)
    first, second = InProcessExecutor(catalog).execute(batch)
    assert first[0].value["status"] == "confirmed"  # type: ignore[index]
    assert first[1].value["seats_available"]["business"] == seats - 2  # type: ignore[index]
    assert second[0].value["seats_available"]["business"] == seats  # type: ignore[index]


@pytest.mark.docker
def test_writes_never_leak_between_samples_in_the_sandbox(
    catalog: Catalog, docker_client: object, sandbox_image: str
) -> None:
    from apigen.sandbox.pool import PoolConfig, SandboxPool

    batch, seats = _isolation_batch(catalog)
    with SandboxPool(docker_client, config=PoolConfig(size=1), image=sandbox_image) as pool:
        first, second, third = pool.execute([*batch, batch[1]])
    assert first[1].value["seats_available"]["business"] == seats - 2  # type: ignore[index]
    assert second[0].value["seats_available"]["business"] == seats  # type: ignore[index]
    assert third[0].value == second[0].value


def test_service_errors_are_answers_not_crashes(catalog: Catalog) -> None:
    (r,) = InProcessExecutor(catalog).execute(
        [_specs(catalog, ("get_flight", {"flight_id": "FL1"}))]
    )[0:1]
    assert r[0].ok and r[0].value == {
        "error": "not_found",
        "message": "no flight with flight_id 'FL1'",
    }
    acct = next(
        a for a in W.world()["bank_accounts"] if a["status"] == "active" and a["type"] == "checking"
    )
    other = next(
        a
        for a in W.world()["bank_accounts"]
        if a["status"] == "active" and a["currency"] == acct["currency"] and a is not acct
    )
    (t,) = InProcessExecutor(catalog).execute(
        [
            _specs(
                catalog,
                (
                    "transfer_funds",
                    {
                        "from_account_id": acct["account_id"],
                        "to_account_id": other["account_id"],
                        "amount": 99999,
                    },
                ),
            )
        ]
    )
    assert t[0].value["error"] == "insufficient_funds"  # type: ignore[index]


def test_service_categories_are_not_generated_unless_asked(catalog: Catalog) -> None:
    from apigen.generate.offline import OfflineConfig, OfflineGenerator

    default = OfflineGenerator(catalog, seed=1)
    assert default.tools and all(t.effects == "none" for t in default.tools)
    hotels = OfflineGenerator(catalog, seed=1, config=OfflineConfig(categories=("hotels",)))
    assert {t.category for t in hotels.tools} == {"hotels"}


def test_catalog_stats_counts_categories_types_and_effects() -> None:
    result = CliRunner().invoke(cli, ["catalog", "stats", "--json"])
    assert result.exit_code == 0, result.output
    stats = json.loads(result.output)
    assert stats["apis"] >= 1000 and stats["categories"] >= 50
    assert stats["effects"]["write"] >= 50 and stats["effects"]["read"] >= 500
    assert stats["parameters"]["enum"] > 0 and stats["parameters"]["optional"] > 0
    assert stats["per_category"]["hotels"]["apis"] >= 10


# -- generation over the world ----------------------------------------------------------


def test_service_requests_ask_about_records_that_exist_or_plainly_do_not(catalog: Catalog) -> None:
    from apigen.generate.offline import OfflineConfig, OfflineGenerator

    gen = OfflineGenerator(catalog, seed=5, config=OfflineConfig(categories=("hotels", "flights")))
    hotels = {h["hotel_id"] for h in W.world()["hotels"]}
    flights = {f["flight_id"] for f in W.world()["flights"]}
    seen = missing = 0
    for sample in gen.generate(400):
        for call in sample.answers:
            for arg, known in (("hotel_id", hotels), ("flight_id", flights)):
                value = call.arguments.get(arg)
                if isinstance(value, str):
                    assert value in sample.query
                    seen += 1
                    if value not in known:
                        missing += 1
                        # beyond every real id: asking for it is asking for what is not there
                        assert (
                            int(value.lstrip("HFL"))
                            > 3 * max(int(k.lstrip("HFL")) for k in known) // 2
                        )
    assert seen > 50 and 0 < missing < 0.15 * seen


def test_a_services_run_generates_from_both_kinds(catalog: Catalog) -> None:
    from apigen.pipeline.config import RunConfig
    from apigen.pipeline.factory import generation_categories

    assert generation_categories(RunConfig(), catalog) == []
    both = generation_categories(RunConfig(services=True), catalog)
    assert "hotels" in both and "arithmetic" in both
    assert generation_categories(RunConfig(services=True, categories=["hotels"]), catalog) == [
        "hotels"
    ]


def test_the_service_workload_runs_reads_and_writes_of_real_records(catalog: Catalog) -> None:
    from apigen.bench.sandbox_bench import workload

    work = workload(catalog, 300, seed=1, kind="services")
    results = InProcessExecutor(catalog).execute(work)
    assert all(r[0].ok for r in results)
    names = {w[0].function for w in work}
    assert {catalog.tools[n].effects for n in names} == {"read", "write"}
    refused = sum(isinstance(r[0].value, dict) and "error" in r[0].value for r in results)
    assert refused < 15  # the grounded arguments find what they ask for


def test_the_generated_service_modules_match_their_specs() -> None:
    import subprocess

    root = builtin_catalog_dir().parent
    done = subprocess.run(
        [sys.executable, "scripts/gen_services.py", "--check"],
        cwd=root,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_every_grounded_argument_set_is_valid_and_finds_its_record(catalog: Catalog) -> None:
    from apigen.model import FunctionCall
    from apigen.verify.format import FormatVerifier

    verifier = FormatVerifier()
    assert set(catalog.grounding) == {t.name for t in catalog if t.effects != "none"}
    batch = []
    for name, sets in sorted(catalog.grounding.items()):
        tool = catalog.tools[name]
        for arguments in sets[:3]:
            call = FunctionCall(name=name, arguments=arguments)
            assert verifier.check_calls([call], [tool], None).verdict.passed, (name, arguments)
            batch.append(_specs(catalog, (name, arguments)))
    results = InProcessExecutor(catalog).execute(batch)
    refused = [
        (b[0].function, r[0].value)
        for b, r in zip(batch, results, strict=True)
        if isinstance(r[0].value, dict) and "error" in r[0].value
    ]
    assert not refused, refused[:5]


def test_service_samples_never_ask_twice_nor_offer_a_search_over_the_withheld_records(
    catalog: Catalog,
) -> None:
    from apigen.generate.offline import OfflineConfig, OfflineGenerator
    from apigen.model import QueryStyle

    cats = ("helpdesk", "smart_home", "shop_orders", "hotels")
    gen = OfflineGenerator(catalog, seed=8, config=OfflineConfig(categories=cats))
    presentation = {"sort_by", "order", "page", "page_size", "limit", "n"}
    parallel = irrelevant = 0
    for s in gen.generate(600):
        if s.style == QueryStyle.PARALLEL:
            parallel += 1
            tool = catalog.tools[s.answers[0].name]
            what = [
                tuple(sorted((k, str(v)) for k, v in c.arguments.items() if k not in presentation))
                for c in s.answers
            ]
            assert len(set(what)) == len(what), s.query  # no records asked for twice
            assert tool.effects == "none" or tool.required  # no argument-less request twice
        if (
            s.style == QueryStyle.IRRELEVANT
            and s.provenance.source
            and "#incomplete" not in s.provenance.source
        ):
            irrelevant += 1
            withheld = catalog.tools[s.provenance.source.split("#")[0]]
            assert withheld.source is not None
            for t in s.tools:
                assert t.source is not None and t.source.path != withheld.source.path, (
                    s.query,
                    t.name,
                )
    assert parallel > 50 and irrelevant > 20


def test_a_device_write_changes_only_what_it_names(catalog: Catalog) -> None:
    """Leaving out a thermostat's mode or a light's brightness keeps the current one (they
    used to reset to a default, so "set D1 to 21 degrees" switched a cooling unit to heat)."""
    devices = W.world()["devices"]
    thermo = next(d["device_id"] for d in devices if d["type"] == "thermostat" and d["online"])
    light = next(d["device_id"] for d in devices if d["type"] == "light" and d["online"])
    ((_, t),) = InProcessExecutor(catalog).execute(
        [
            _specs(
                catalog,
                ("set_thermostat", {"device_id": thermo, "target_c": 24, "mode": "cool"}),
                ("set_thermostat", {"device_id": thermo, "target_c": 21}),
            )
        ]
    )
    ((_, lt),) = InProcessExecutor(catalog).execute(
        [
            _specs(
                catalog,
                ("set_light", {"device_id": light, "on": True, "brightness": 35}),
                ("set_light", {"device_id": light, "on": False}),
            )
        ]
    )
    assert t.value["state"]["mode"] == "cool" and t.value["state"]["target_c"] == 21
    assert lt.value["state"]["brightness"] == 35 and lt.value["state"]["on"] is False


def test_service_phrases_say_inclusive_bounds_inclusively() -> None:
    """A filter that keeps the bound itself is never phrased "under N" or "over N" (an
    event at exactly 60 dollars is not "under 60"), and a drawn text filter is a word
    without the sentence's punctuation."""
    sys.path.insert(0, str(builtin_catalog_dir().parent / "scripts"))
    try:
        import service_specs as specs
    finally:
        sys.path.pop(0)
    import inspect

    source = inspect.getsource(specs)
    for strict in ("under {v}", "over {v}", "below {v}", "above {v}", "less than {v}"):
        assert strict not in source, strict
    field = specs.F("text", "text", "contains", "str", "Words.", "mentioning {v}")
    import random

    rng = random.Random(0)
    for _ in range(50):
        v = field.value({"text": "Meeting moved to 3pm. Bring the slides, please!"}, rng)
        assert v is not None and v.strip(".,;:!?\"'()") == v
