"""The psephos web app: hex map, seat pages and search, each HTML page with a JSON twin.

Start it with ``psephos serve`` or, in Python, ``uvicorn.run(create_app(db))``.
"""

from __future__ import annotations

from psephos.web.app import create_app

__all__ = ["create_app"]
