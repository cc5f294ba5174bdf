"""Schemathesis generates requests from `/openapi.json` (valid and invalid parameters) against the API over the
invented year: no request may end in a server error. Bounded, so it stays a few seconds."""
from __future__ import annotations

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import not_a_server_error
from web_world import make_store

from podium.web import create_app

EXAMPLES_PER_OPERATION = 25


@pytest.fixture(scope="module")
def api_schema(tmp_path_factory):
    app = create_app(make_store(tmp_path_factory.mktemp("schema") / "podium.db"))
    return schemathesis.openapi.from_asgi("/openapi.json", app)


def test_no_request_is_a_server_error(api_schema):
    operations = [result.ok() for result in api_schema.get_all_operations()]
    assert len(operations) >= 12

    for operation in operations:
        @given(case=operation.as_strategy())
        @settings(max_examples=EXAMPLES_PER_OPERATION, deadline=None, database=None,
                  suppress_health_check=list(HealthCheck))
        def never_a_server_error(case):
            case.call_and_validate(checks=[not_a_server_error])

        never_a_server_error()
