"""The psephos exception tree.

Every error a user can cause or meet derives from :class:`PsephosError`; the CLI turns
them into one line and an exit code, never a traceback::

    PsephosError                  anything psephos raises on purpose
    ├── SourceError               an official file cannot be found, fetched or trusted
    │   └── ChecksumError         a file's sha256 is not the pinned one
    ├── SchemaError               a file does not have the shape its parser expects
    ├── ValidationError           loaded data break a rule (votes do not add up, ...)
    ├── StoreError                no store, an old store, or a store that cannot be opened
    ├── NotFoundError             a seat, party, election or metric that does not exist
    ├── InputError                a user-supplied option or value is malformed
    └── ModelError                a model cannot run on the inputs given
"""

from __future__ import annotations

from collections.abc import Sequence


class PsephosError(Exception):
    """Base class of every error psephos raises on purpose."""

    exit_code = 1

    def __init__(self, message: str, *, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        if self.hint:
            return f"{self.message} {self.hint}"
        return self.message

    def to_dict(self) -> dict[str, object]:
        return {"error": type(self).__name__, "message": self.message, "hint": self.hint}


class SourceError(PsephosError):
    """An official file cannot be found, fetched or trusted."""


class ChecksumError(SourceError):
    """A file's sha256 does not match the pinned value."""


class SchemaError(PsephosError):
    """A file does not have the shape its parser expects.

    Carries the file, row (1-based, counting the header) and column when known.
    """

    def __init__(
        self,
        message: str,
        *,
        file: str | None = None,
        row: int | None = None,
        column: str | None = None,
        hint: str | None = None,
    ) -> None:
        where = ", ".join(
            part
            for part in (
                f"file {file}" if file else "",
                f"row {row}" if row is not None else "",
                f"column '{column}'" if column else "",
            )
            if part
        )
        super().__init__(f"{where}: {message}" if where else message, hint=hint)
        self.file, self.row, self.column = file, row, column


class ValidationError(SchemaError):
    """Loaded data break a validation rule (a seat's votes do not add up, ...)."""


class StoreError(PsephosError):
    """The store is missing, out of date or cannot be opened."""

    exit_code = 2


class NotFoundError(PsephosError):
    """A seat, party, election or metric that does not exist."""

    def __init__(
        self, message: str, *, suggestions: Sequence[str] = (), hint: str | None = None
    ) -> None:
        self.suggestions = list(suggestions)
        if self.suggestions and hint is None:
            hint = "Did you mean: " + ", ".join(self.suggestions) + "?"
        super().__init__(message, hint=hint)

    def to_dict(self) -> dict[str, object]:
        out = super().to_dict()
        out["suggestions"] = self.suggestions
        return out


class InputError(PsephosError):
    """A user-supplied option or value is malformed."""

    exit_code = 2


class ModelError(PsephosError):
    """A model cannot run on the inputs given."""
