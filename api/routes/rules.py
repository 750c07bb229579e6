"""Merchandising rules and synonyms, managed by the operator: `/v1/admin/rules` and
`/v1/admin/synonyms` (list, get, versions, create, replace, delete), with the `admin` scope like
every `/v1/admin/` route (and `api.gate`'s non-simple-request check for writes).

Every write is a new version in the store (`store.merch_store`), kept and listable; every worker
serves it within about a second (`api.merchandising`), this one at once. The rule language is
`store.merch_models`; a body it refuses answers 422 with the reason.
"""

from __future__ import annotations

import uuid
from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Path, Query, Request
from pydantic import BaseModel, ConfigDict, Field, model_validator

from api.deps import AdminKey
from api.merchandising import Merchandising
from api.schemas import ERROR_RESPONSES, ErrorPublic
from store.merch import RuleSpec
from store.merch_store import VersionConflict
from store.synonyms import Synonym

router = APIRouter(prefix="/v1/admin", tags=["merchandising"], dependencies=[AdminKey],
                   responses={**ERROR_RESPONSES, 409: {"model": ErrorPublic, "description": "a conflicting write"}})

ID_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9_.:-]{0,127}$"
EntryId = Annotated[str, Path(pattern=ID_PATTERN, description="letters, digits, _ . : - (at most 128)")]
MAX_ENTRIES = 10_000
"""At most this many rules (and as many synonyms) per store: each is compiled by every worker."""


class RuleCreate(RuleSpec):
    """A new rule; without an `id` the store gives it one."""

    id: str | None = Field(default=None, pattern=ID_PATTERN)


class SynonymIn(BaseModel):
    """Two-way `terms`, one-way `source` -> `targets`, or the same as one `line` of text
    (`sofa, couch` or `tv -> television`)."""

    model_config = ConfigDict(extra="forbid")

    id: str | None = Field(default=None, pattern=ID_PATTERN)
    terms: list[Annotated[str, Field(max_length=200)]] = Field(default=[], max_length=50)
    source: str | None = Field(default=None, max_length=200)
    targets: list[Annotated[str, Field(max_length=200)]] = Field(default=[], max_length=50)
    line: str | None = Field(default=None, max_length=2000)

    @model_validator(mode="after")
    def _valid(self) -> "SynonymIn":
        self.synonym()  # a ValueError here is a 422 with its reason
        return self

    def synonym(self) -> Synonym:
        if self.line is not None:
            if self.terms or self.source or self.targets:
                raise ValueError("give a line, or terms / source and targets, not both")
            return Synonym.parse(self.line, id=self.id)
        return Synonym(id=self.id, terms=tuple(self.terms), source=self.source, targets=tuple(self.targets))


class EntriesPublic(BaseModel):
    sequence: int = Field(description="the store's rule-set change sequence this list was read at")
    items: list[dict[str, Any]]


def _merch(request: Request) -> Merchandising:
    return request.app.state.merch


def _written(request: Request, kind: str, entry_id: str, body: dict[str, Any] | None,
             expect_new: bool = False) -> dict[str, Any]:
    merch = _merch(request)
    if body is not None and merch.entries.get(kind, entry_id) is None and \
            len(merch.entries.current(kind)) >= MAX_ENTRIES:
        raise HTTPException(422, f"at most {MAX_ENTRIES} {kind}s; delete some first")
    try:
        version = merch.entries.put(kind, entry_id, body, expect_new=expect_new)
    except KeyError:
        raise HTTPException(409, f"{kind} {entry_id!r} exists: PUT /v1/admin/{kind}s/{entry_id} changes it") from None
    except VersionConflict as exc:
        raise HTTPException(409, str(exc)) from None
    merch.refresh()  # this worker serves it at once; the others within their next poll
    return merch.entries.get(kind, entry_id, version) or {}


def _list(request: Request, kind: str) -> dict[str, Any]:
    entries = _merch(request).entries
    return {"sequence": entries.sequence(), "items": entries.current(kind)}


def _get(request: Request, kind: str, entry_id: str, version: int | None) -> dict[str, Any]:
    found = _merch(request).entries.get(kind, entry_id, version)
    if found is None:
        raise HTTPException(404, f"no {kind} {entry_id!r}" + (f" version {version}" if version else ""))
    return found


def _versions(request: Request, kind: str, entry_id: str) -> dict[str, Any]:
    entries = _merch(request).entries
    found = entries.versions(kind, entry_id)
    if not found:
        raise HTTPException(404, f"no {kind} {entry_id!r}")
    return {"sequence": entries.sequence(), "items": found}


def _deleted(request: Request, kind: str, entry_id: str) -> dict[str, Any]:
    merch = _merch(request)
    try:
        version = merch.entries.delete(kind, entry_id)
    except VersionConflict as exc:
        raise HTTPException(409, str(exc)) from None
    if version is None:
        raise HTTPException(404, f"no {kind} {entry_id!r}")
    merch.refresh()
    return {"id": entry_id, "version": version, "deleted": True}


Version = Annotated[int | None, Query(ge=1, le=1_000_000, description="a past version (default: the current)")]


# -- rules --------------------------------------------------------------------------------------

@router.get("/rules", response_model=EntriesPublic, summary="The rules in force (latest version of each)")
def list_rules(request: Request):
    return _list(request, "rule")


@router.post("/rules", status_code=201, summary="Create a rule")
def create_rule(request: Request, body: RuleCreate) -> dict[str, Any]:
    entry_id = body.id or f"rule-{uuid.uuid4().hex[:12]}"
    return _written(request, "rule", entry_id, body.model_dump(mode="json", exclude={"id"}), expect_new=True)


@router.get("/rules/{rule_id}", summary="A rule (its current version, or `version`)")
def get_rule(request: Request, rule_id: EntryId, version: Version = None) -> dict[str, Any]:
    return _get(request, "rule", rule_id, version)


@router.get("/rules/{rule_id}/versions", response_model=EntriesPublic, summary="Every version of a rule")
def rule_versions(request: Request, rule_id: EntryId):
    return _versions(request, "rule", rule_id)


@router.put("/rules/{rule_id}", summary="Create or replace a rule (a new version)")
def put_rule(request: Request, rule_id: EntryId, body: RuleSpec) -> dict[str, Any]:
    return _written(request, "rule", rule_id, body.model_dump(mode="json"))


@router.delete("/rules/{rule_id}", summary="Delete a rule (its versions are kept)")
def delete_rule(request: Request, rule_id: EntryId) -> dict[str, Any]:
    return _deleted(request, "rule", rule_id)


# -- synonyms -----------------------------------------------------------------------------------

@router.get("/synonyms", response_model=EntriesPublic, summary="The synonyms in force")
def list_synonyms(request: Request):
    return _list(request, "synonym")


@router.post("/synonyms", status_code=201, summary="Create a synonym (two-way terms, or one-way source -> targets)")
def create_synonym(request: Request, body: SynonymIn) -> dict[str, Any]:
    entry_id = body.id or f"syn-{uuid.uuid4().hex[:12]}"
    synonym = body.synonym().model_dump(mode="json", exclude={"id"})
    return _written(request, "synonym", entry_id, synonym, expect_new=True)


@router.get("/synonyms/{synonym_id}", summary="A synonym (its current version, or `version`)")
def get_synonym(request: Request, synonym_id: EntryId, version: Version = None) -> dict[str, Any]:
    return _get(request, "synonym", synonym_id, version)


@router.get("/synonyms/{synonym_id}/versions", response_model=EntriesPublic, summary="Every version of a synonym")
def synonym_versions(request: Request, synonym_id: EntryId):
    return _versions(request, "synonym", synonym_id)


@router.put("/synonyms/{synonym_id}", summary="Create or replace a synonym (a new version)")
def put_synonym(request: Request, synonym_id: EntryId, body: SynonymIn) -> dict[str, Any]:
    return _written(request, "synonym", synonym_id, body.synonym().model_dump(mode="json", exclude={"id"}))


@router.delete("/synonyms/{synonym_id}", summary="Delete a synonym (its versions are kept)")
def delete_synonym(request: Request, synonym_id: EntryId) -> dict[str, Any]:
    return _deleted(request, "synonym", synonym_id)
