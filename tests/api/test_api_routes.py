"""Every router of ``vimod.api.routes`` is mounted, and every error a route can answer is
documented with the one error shape."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.routing import APIRoute

from vimod.api.routes import cases, decisions, health, items, moderate

ROUTERS = [cases, decisions, health, items, moderate]


@pytest.mark.parametrize("module", ROUTERS, ids=lambda m: m.__name__.rsplit(".", 1)[-1])
def test_every_route_of_every_router_is_mounted(app: Any, module: Any) -> None:
    mounted = {(path, method.upper()) for path, ops in app.openapi()["paths"].items()
               for method in ops}
    # OpenAPI drops path converters: /items/{item_id:path} is documented as /items/{item_id}.
    own = {(r.path.replace(":path}", "}"), m) for r in module.router.routes
           if isinstance(r, APIRoute) for m in r.methods}
    assert own and own <= mounted


def test_every_v1_route_documents_its_errors(app: Any) -> None:
    spec = app.openapi()
    for path, ops in spec["paths"].items():
        if not path.startswith("/v1/"):
            continue
        for op in ops.values():
            errors = {code for code in op["responses"] if code.startswith("4")}
            assert errors, (path, op["operationId"])
            for code in errors - {"422"}:
                ref = op["responses"][code]["content"]["application/json"]["schema"]["$ref"]
                assert ref.endswith("/ErrorPublic"), (path, code)
