"""The azadkar exception tree.

Every error the core raises is an :class:`AzadkarError`. Each carries a message a
person can act on, a machine-readable ``data`` dict and the HTTP status the web
front end answers with, so the CLI and the API render the same error the same way::

    AzadkarError (500)
    ├── InputError (400)             bad user input: text, flags, files
    │   ├── UnknownServiceError (404)  a service id not in the taxonomy
    │   ├── ProfileError (400)         shares that do not add up, bad rate/currency
    │   ├── ScenarioError (422)        an invalid scenario file (file, key, value, range)
    │   ├── DisclosureError (422)      an invalid disclosure record / AIA statement
    │   ├── IngestError (422)          a postings file that cannot be read at all
    │   ├── SavedResultError (422)     a saved result (JSON) that is wrong or of another version
    │   └── PayloadTooLargeError (413) an upload or request over the size limit
    ├── DataError (500)              shipped data missing, corrupt or out of date
    ├── CredentialsError (422)       signing / verification problems (C2PA, certificates)
    └── EngineError (503)            an optional engine (Spark, embeddings) is not available
"""

from __future__ import annotations

from typing import Any


class AzadkarError(Exception):
    """Base class of every error azadkar raises on purpose."""

    status: int = 500
    code: str = "azadkar_error"

    def __init__(self, message: str, *, message_fa: str | None = None, **data: Any) -> None:
        super().__init__(message)
        self.message = message
        # The same message in Persian where one is written; Persian pages show it.
        self.message_fa = message_fa
        self.data: dict[str, Any] = data

    def text(self, lang: str) -> str:
        """The message in ``lang`` (``fa`` falls back to English where none is written)."""
        return self.message_fa if lang == "fa" and self.message_fa else self.message

    def to_dict(self) -> dict[str, Any]:
        """A JSON-able description (used for problem+json and ``--format json``)."""
        return {"error": self.code, "message": self.message, **self.data}


class InputError(AzadkarError):
    """Something the user gave (a text, an option, a file, a request field) cannot be
    used; ``data["field"]`` names it where there is one."""

    status = 400
    code = "input_error"


class UnknownServiceError(InputError):
    """A service id that is not in the taxonomy; ``data["suggestions"]`` holds the
    closest ids (list them with ``azadkar.load_taxonomy().services``)."""

    status = 404
    code = "unknown_service"


class ProfileError(InputError):
    """A profile that cannot be assessed: shares that do not add up to 100%, a service
    named twice, a rate, hours or currency out of range or unknown."""

    code = "profile_error"


class ScenarioError(InputError):
    """A scenario file (or name) that cannot be used: ``data`` names the file, the key,
    the value and what is allowed."""

    status = 422
    code = "scenario_error"


class DisclosureError(InputError):
    """A disclosure record or AI Attribution statement that breaks a rule;
    ``data["errors"]`` lists each problem."""

    status = 422
    code = "disclosure_error"


class IngestError(InputError):
    """A postings file that cannot be read at all (rows that can be read but are
    wrong are rejected one by one, with their reason, instead)."""

    status = 422
    code = "ingest_error"


class SavedResultError(InputError):
    """A saved result (``to_dict()`` JSON) that :func:`azadkar.load` cannot read back:
    ``data["field"]`` names the field (``services[2].tasks[0].human_label``), and
    ``data["schema"]`` the schema the file says it has, when it says one."""

    status = 422
    code = "saved_result_error"


class PayloadTooLargeError(InputError):
    """An upload or request larger than the limit."""

    status = 413
    code = "payload_too_large"


class DataError(AzadkarError):
    """azadkar's shipped data is missing, corrupt or does not match its manifest: the
    installation needs repairing, not the input."""

    status = 500
    code = "data_error"


class CredentialsError(AzadkarError):
    """Signing or verifying content credentials (C2PA) failed: a certificate, key
    or file that cannot be used."""

    status = 422
    code = "credentials_error"


class EngineError(AzadkarError):
    """An optional engine (Spark, embeddings, the classifier's model) is not available
    on this installation; ``data["engine"]`` names it."""

    status = 503
    code = "engine_unavailable"


__all__ = [
    "AzadkarError",
    "CredentialsError",
    "DataError",
    "DisclosureError",
    "EngineError",
    "IngestError",
    "InputError",
    "PayloadTooLargeError",
    "ProfileError",
    "SavedResultError",
    "ScenarioError",
    "UnknownServiceError",
]
