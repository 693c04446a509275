"""Settings of the web app: limits, where the market store lives, signing credentials."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

LOOPBACK_HOSTS = ("127.0.0.1", "localhost", "::1", "[::1]")
#: The folder, in azadkar's data folder, that keeps the web's TEST ONLY certificate.
TEST_CERT_FOLDER = "web-test-cert"


@dataclass(frozen=True, slots=True)
class Settings:
    """What the operator (not the visitor) decides.

    Every path here comes from the operator; nothing a visitor sends is used as a path.
    """

    #: Largest JSON or form body (bytes) outside the upload endpoints.
    max_request_bytes: int = 256 * 1024
    #: Largest upload body (bytes): postings files, files to sign or verify.
    max_upload_bytes: int = 20 * 1024 * 1024
    #: The market store the Market page ingests into. ``None``: azadkar's default file.
    market_db: str | None = None
    #: Signing certificate chain and key (PEM). ``None``: a TEST ONLY certificate, made on
    #: first use in ``test_cert_dir()`` and kept there for later runs; results say so.
    sign_cert: Path | None = None
    sign_key: Path | None = None
    #: CA certificate (PEM) that verification trusts. ``None``: the TEST ONLY CA, if any.
    trust: Path | None = None
    #: Host header values accepted (guards against DNS rebinding). Empty: loopback names.
    allowed_hosts: tuple[str, ...] = ()
    #: Default page language when neither ``?lang`` nor a cookie nor the browser says.
    default_lang: str = "en"
    #: How many signed files are kept in memory for download (oldest dropped first).
    max_downloads: int = 8
    #: azadkar's data folder on this computer (the TEST ONLY certificate is kept in it).
    #: ``None``: ``$XDG_DATA_HOME/azadkar`` (``~/.local/share/azadkar``), where the market
    #: store lives by default.
    data_dir: Path | None = None

    def market_path(self) -> str:
        if self.market_db:
            return self.market_db
        from azadkar.market import default_db_path

        return str(default_db_path())

    def test_cert_dir(self) -> Path:
        """Where the TEST ONLY signing certificate is kept: ``<data folder>/web-test-cert``."""
        if self.data_dir is not None:
            return Path(self.data_dir) / TEST_CERT_FOLDER
        from azadkar.market import default_db_path

        return default_db_path().parent / TEST_CERT_FOLDER

    def hosts(self) -> list[str]:
        if self.allowed_hosts:
            return list(self.allowed_hosts)
        return ["127.0.0.1", "localhost", "::1", "[::1]", "testserver"]


__all__ = ["LOOPBACK_HOSTS", "TEST_CERT_FOLDER", "Settings"]
