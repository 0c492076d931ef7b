"""Property tests from the OpenAPI schema (schemathesis): whatever a client sends, the API never answers 5xx."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

schemathesis = pytest.importorskip("schemathesis", reason="schemathesis is not installed (pip install -e '.[dev]')")
from schemathesis.checks import not_a_server_error  # noqa: E402

import rasad  # noqa: E402
from rasad.serve.app import create_app  # noqa: E402

SEED = Path(__file__).resolve().parents[2] / "examples" / "kurdistantv-hmc-20240127.txt"


@pytest.fixture(scope="module")
def api_schema(tmp_path_factory: pytest.TempPathFactory) -> object:
    app = create_app(f"sqlite:///{tmp_path_factory.mktemp('api') / 'api.db'}")
    app.state.store.put(rasad.analyze(SEED.read_text(encoding="utf-8"), id="kurdistantv-hmc-20240127"))
    app.state.store.put(rasad.analyze('تجربة <script>alert(1)</script> و" onmouseover="x', id="evil"))
    return schemathesis.openapi.from_asgi("/openapi.json", app)


schema = schemathesis.pytest.from_fixture("api_schema")


@schema.parametrize()
@settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
def test_no_server_errors(case: schemathesis.Case) -> None:
    case.call_and_validate(checks=[not_a_server_error])
