"""Disclose AI use: per-deliverable record, AIA statement, clauses, content credentials.

Public API::

    from azadkar.disclosure import disclose, aia_statement, contract_clauses
    report = disclose(title="Blog post", ai_share=30, human_review=True,
                      tools=[{"tool": "chatgpt", "mode": "generate", "purpose": "first draft"}])
    report.aia.statement            # 'AIA Ph Nc Hin R ChatGPT v1.0'
    report.digital_source_type.code # 'compositeWithTrainedAlgorithmicMedia'
    report.client_sentence["fa"]

    make_dev_cert("certs")                      # TEST ONLY CA + signing certificate
    sign_file("poster.png", cert="certs/cert.pem", key="certs/key.pem",
              disclosure=report, out="poster.signed.png")
    verify_file("poster.signed.png", trust="certs/ca.pem").trusted

Sources: IBM Research AI Attribution Toolkit (statement format v1.0); IPTC NewsCodes
Digital Source Type; C2PA (c2pa-python); Regulation (EU) 2024/1689 Art. 50; US Copyright
Office, Copyright and AI Part 2 (2025). Nothing here is legal advice.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from azadkar.disclosure.aia import AIAStatement, aia_statement, is_valid_aia, parse_aia
from azadkar.disclosure.clauses import (
    ClauseOptions,
    ContractClauses,
    clauses_html,
    clauses_markdown,
    contract_clauses,
    load_options_file,
)
from azadkar.disclosure.credentials import (
    DISCLOSURE_LABEL,
    DevCert,
    SignResult,
    VerifyResult,
    make_dev_cert,
    sign_file,
    verify_file,
)
from azadkar.disclosure.guidance import Guidance, eu_ai_act_check
from azadkar.disclosure.record import (
    Disclosure,
    Publication,
    ToolUse,
    load_disclosure,
    make_disclosure,
    record_schema,
)
from azadkar.disclosure.report import (
    DisclosureReport,
    build_report,
    render_markdown,
    render_text,
)

SCHEMA_PATH = "data/schemas/disclosure.schema.json"


def disclose(
    record: Disclosure | Mapping[str, Any] | str | Path | None = None,
    *,
    keep_tool_names: bool = False,
    **fields: Any,
) -> DisclosureReport:
    """Build the disclosure report for a deliverable.

    ``record`` may be a :class:`Disclosure`, a dict, JSON text or a JSON file path;
    keyword ``fields`` (any record field) are merged over it.

    A tool name outside the catalogue that is close to a catalogue tool (``"chatgbt"``) is
    a likely typo and raises :class:`~azadkar.errors.DisclosureError` with "did you mean
    ChatGPT (chatgpt)?", as ``azadkar disclose`` and ``POST /api/disclose`` do; pass
    ``keep_tool_names=True`` to record such a name as written (a tool the catalogue does
    not know yet). Only the tools given here are checked (in ``fields`` or in a dict
    ``record``): a record read back from a JSON file or text, or given as a
    :class:`Disclosure`, was checked when it was made and is taken as it is.
    """
    if not keep_tool_names:
        _check_tool_names(record, fields)
    if record is None:
        data: dict[str, Any] = {}
    elif isinstance(record, Disclosure):
        data = record.model_dump()
    else:
        data = load_disclosure(record).model_dump()
    data.update(fields)
    return build_report(make_disclosure(data))


def _check_tool_names(record: object, fields: Mapping[str, Any]) -> None:
    """Refuse a likely misspelt tool name among the tools given to :func:`disclose`."""
    from azadkar.bidi import ltr
    from azadkar.disclosure.tool_names import likely_typos, typo_error

    if "tools" in fields:
        uses = fields["tools"]
    elif isinstance(record, Mapping) and not isinstance(record.get("record"), Mapping):
        uses = record.get("tools")  # (a full report's record was read back, not typed)
    else:
        return
    if not isinstance(uses, list | tuple):
        return  # the record's own validation says what is wrong
    unknown = likely_typos(uses)
    if unknown:
        raise typo_error(
            unknown,
            "Give the catalogue id, or pass keep_tool_names=True to record the names as written.",
            f"شناسهٔ فهرست را بدهید، یا با {ltr('keep_tool_names=True')} نام را همان‌طور که "
            "نوشته‌اید ثبت کنید.",
        )


def schema_json() -> str:
    """The published JSON Schema text of the disclosure record (what the data file holds)."""
    return json.dumps(record_schema(), ensure_ascii=False, indent=2) + "\n"


def write_schema(path: str | Path | None = None) -> Path:
    """Regenerate ``azadkar/data/schemas/disclosure.schema.json`` (or write to ``path``)."""
    target = Path(path) if path else Path(__file__).resolve().parent.parent / SCHEMA_PATH
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(schema_json(), encoding="utf-8")
    return target


__all__ = [
    "DISCLOSURE_LABEL",
    "AIAStatement",
    "ClauseOptions",
    "ContractClauses",
    "DevCert",
    "Disclosure",
    "DisclosureReport",
    "Guidance",
    "Publication",
    "SignResult",
    "ToolUse",
    "VerifyResult",
    "aia_statement",
    "build_report",
    "clauses_html",
    "clauses_markdown",
    "contract_clauses",
    "disclose",
    "eu_ai_act_check",
    "is_valid_aia",
    "load_disclosure",
    "load_options_file",
    "make_dev_cert",
    "make_disclosure",
    "parse_aia",
    "record_schema",
    "render_markdown",
    "render_text",
    "schema_json",
    "sign_file",
    "verify_file",
    "write_schema",
]
