"""One exception family for the whole project, as a tree a caller can catch by kind:

    AceStepError
    ├── UsageError                      the command line is wrong
    ├── InvalidInput                    bad input, refused before anything is spent
    │   ├── AudioReferenceError
    │   └── SpendRefused                a cap or a person's "no"
    ├── BackendRefused                  the backend said no (4xx): ClientError, InsufficientBalance, NotFound, AuthError
    ├── BackendUnavailable              the backend cannot be reached or failed (5xx, timeouts): UpstreamError,
    │                                   RetryableError, StillRunning, DownloadError
    ├── OutcomeUnknown                  money may have moved and nobody knows: SubmitOutcomeUnknown, PaidJobUnfinished
    ├── JobFailed                       the job ran and ended failed or cancelled
    └── StoreError                      the ledger or the track store could not be read or written

Every error carries the exit code of RunComfy's CLI (the seed's table), so the CLI can exit with
it and the MCP server can turn it into an `isError` result. `str(error)` is one sentence written
for a language model or a person: what went wrong and what to do. No message ever contains the
RunComfy token; `redact` is applied to any text that came from outside before it is quoted.
"""

from __future__ import annotations

import re

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 64
EXIT_BAD_INPUT = 65
EXIT_UPSTREAM = 69
EXIT_RETRYABLE = 75
EXIT_AUTH = 77


class AceStepError(Exception):
    """Base of every error this project raises on purpose."""

    exit_code: int = EXIT_FAILED

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.message!r})"


class UsageError(AceStepError):
    """The command line itself is wrong (exit 64)."""

    exit_code = EXIT_USAGE


class InvalidInput(AceStepError):
    """Input that fails the endpoint's schema or limits; raised before any money is spent (exit 65)."""

    exit_code = EXIT_BAD_INPUT

    def __init__(self, message: str, *, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


class AudioReferenceError(InvalidInput):
    """An `audio` argument that cannot be resolved, read or sent (exit 65)."""


class SpendRefused(InvalidInput):
    """A call that would pass a spend cap or was not confirmed; nothing was submitted (exit 65)."""


class BackendRefused(AceStepError):
    """The backend refused the request (a 4xx): the same request will be refused again."""

    exit_code = EXIT_BAD_INPUT


class BackendUnavailable(AceStepError):
    """The backend could not be reached, failed, or ran out of time: the same call may work later."""

    exit_code = EXIT_UPSTREAM


class OutcomeUnknown(AceStepError):
    """A request that may have reached the backend (and may be billed) has no known outcome: never
    resubmitted (exit 1: a wrapper that retries on 69 or 75 would pay twice)."""

    exit_code = EXIT_FAILED


class StoreError(AceStepError):
    """The ledger or the track store could not be read or written (a full disk, a lost database)."""

    exit_code = EXIT_UPSTREAM

    def __init__(self, message: str, *, full: bool = False) -> None:
        super().__init__(message)
        self.full = full  # no space left: it may work once space is freed


class ClientError(BackendRefused):
    """The API refused a request with a 4xx other than auth, balance and rate limit (exit 65)."""

    exit_code = EXIT_BAD_INPUT

    def __init__(self, message: str, *, status: int | None = None, error_code: int | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.error_code = error_code


class InsufficientBalance(ClientError):
    """HTTP 402 (or error_code 400002): the RunComfy account has no balance left."""


class NotFound(ClientError):
    """Unknown model or request id."""


class AuthError(BackendRefused):
    """No token, or the API rejected it (exit 77)."""

    exit_code = EXIT_AUTH


class UpstreamError(BackendUnavailable):
    """The API answered 5xx (exit 69)."""

    exit_code = EXIT_UPSTREAM

    def __init__(self, message: str, *, status: int | None = None) -> None:
        super().__init__(message)
        self.status = status


class RetryableError(BackendUnavailable):
    """Timeout, or 429 that outlasted our retries: the same call may work later (exit 75)."""

    exit_code = EXIT_RETRYABLE


class StillRunning(RetryableError):
    """A job RunComfy still runs when a wait's time ran out: it goes on, and is billed (exit 75)."""


class JobFailed(AceStepError):
    """The job ran and ended `failed` or `cancelled` (exit 1)."""

    exit_code = EXIT_FAILED

    def __init__(
        self, message: str, *, request_id: str | None = None, status: str | None = None, cancelled: bool = False
    ) -> None:
        super().__init__(message)
        self.request_id = request_id
        self.status = status
        self.cancelled = cancelled


class SubmitOutcomeUnknown(OutcomeUnknown):
    """The submit request may have reached RunComfy but no answer came back.

    Exit 1, not 75: 75 means "retry", and retrying a submit without an idempotency key can pay
    for the same render twice. The ledger keeps the body hash so the user can check their
    RunComfy dashboard before deciding.
    """

    exit_code = EXIT_FAILED

    def __init__(self, message: str, *, body_hash: str) -> None:
        super().__init__(message)
        self.body_hash = body_hash


class DownloadError(BackendUnavailable):
    """The render finished but its file could not be fetched intact this time (exit 69)."""

    exit_code = EXIT_UPSTREAM


class DownloadRefused(DownloadError):
    """The render's file will never be fetched here (an untrusted host, over the size cap): exit 1."""

    exit_code = EXIT_FAILED


class PaidJobUnfinished(OutcomeUnknown):
    """This process stopped following a job RunComfy has (and may bill); never safe to resubmit.

    Exit 1, not 69 or 75: a wrapper that retries on those would pay for the render twice."""

    exit_code = EXIT_FAILED


_BEARER = re.compile(r"(?i)(bearer\s+)[A-Za-z0-9._~+/=-]+")


def redact(text: str, secret: str | None) -> str:
    """Remove the token (and any bearer credential) from text that came from outside."""
    if secret:
        text = text.replace(secret, "***")
    return _BEARER.sub(r"\1***", text)
