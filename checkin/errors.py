"""Errors the domain raises: a stable machine code and its parameters.

Turning a code into a sentence is the job of `checkin.i18n.messages`, so the
CLI and the window say the same thing in the user's language.
"""

from __future__ import annotations


class CheckinError(Exception):
    def __init__(self, code: str, **params: object) -> None:
        super().__init__(code, params)
        self.code = code
        self.params = params

    def __str__(self) -> str:
        details = ", ".join(f"{k}={v!r}" for k, v in self.params.items())
        return f"{self.code}({details})"
