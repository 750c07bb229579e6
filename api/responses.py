"""Responses the hot routes build themselves: the public model's fields, in its order, encoded
once by orjson. FastAPI would otherwise validate the route's dict against `response_model`
again and serialise it through pydantic, a second pass over what the code just built (the
decorator keeps `response_model`, so the OpenAPI document still describes the body).
`tests/api/test_recs_cache.py::test_the_body_is_what_the_public_model_says` checks a body
against its model."""

from __future__ import annotations

from typing import Any

import orjson
from pydantic import BaseModel
from pydantic_core import PydanticUndefined
from starlette.responses import Response

OPTIONS = orjson.OPT_SERIALIZE_NUMPY | orjson.OPT_NON_STR_KEYS


class OrjsonResponse(Response):
    media_type = "application/json"

    def render(self, content: Any) -> bytes:
        return orjson.dumps(content, option=OPTIONS)


def _defaults(model: type[BaseModel]) -> tuple[tuple[str, bool, Any], ...]:
    out = []
    for name, field in model.model_fields.items():
        required = field.default is PydanticUndefined and field.default_factory is None
        out.append((name, required, None if required else field.get_default(call_default_factory=True)))
    return tuple(out)


_FIELDS: dict[type, tuple[tuple[str, bool, Any], ...]] = {}


def public(model: type[BaseModel], data: dict[str, Any]) -> OrjsonResponse:
    """`data` as `model` shows it: its declared fields only, in order, a missing optional field
    at its default (a missing required one is a KeyError: a bug of the route, answered 500)."""
    fields = _FIELDS.get(model)
    if fields is None:
        fields = _FIELDS[model] = _defaults(model)
    body = {name: data[name] if required else data.get(name, default) for name, required, default in fields}
    return OrjsonResponse(body)
