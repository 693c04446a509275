"""Running the app with uvicorn (what ``azadkar serve`` calls)."""

from __future__ import annotations

from azadkar.web.app import create_app
from azadkar.web.settings import Settings


def serve(settings: Settings, host: str = "127.0.0.1", port: int = 8000) -> None:
    """Serve the app until interrupted; one worker, loopback unless ``host`` says otherwise."""
    import uvicorn

    uvicorn.run(create_app(settings), host=host, port=port, log_level="warning")


__all__ = ["serve"]
