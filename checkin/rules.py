"""The check-in decision: facts in, verdict out.

`decide()` is pure (no database, no clock, no Qt) so every rule is tested with a
table of cases. Checks run in a fixed order so the reason shown is the most
specific one. The verdict names are stable machine names used by the CLI's
`--json` output and by exports; what a person reads is translated elsewhere.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime


class Verdict(str, enum.Enum):
    OK = "ok"
    EXIT = "exit"
    INVALID = "invalid"
    OTHER_EVENT = "other_event"
    UNKNOWN = "unknown"
    REVOKED = "revoked"
    CANCELLED = "cancelled"
    CLOSED = "closed"
    NOT_REGISTERED = "not_registered"
    FULL = "full"
    ALREADY = "already"

    @property
    def admitted(self) -> bool:
        return self in (Verdict.OK, Verdict.EXIT)


# Refusals staff may override with a reason. A code that is not a valid badge
# of this event's current issue never is: there is no person to admit.
OVERRIDABLE = frozenset({Verdict.CANCELLED, Verdict.CLOSED, Verdict.NOT_REGISTERED, Verdict.FULL})


class CodeState(str, enum.Enum):
    INVALID = "invalid"  # not a code, or the check digit is wrong
    OTHER_EVENT = "other_event"
    UNKNOWN = "unknown"  # well-formed, this event, but no one has it
    REVOKED = "revoked"  # replaced by a newer badge
    CURRENT = "current"


@dataclass(frozen=True)
class Presence:
    """The person's last effective scan here, if it was an entry."""

    since: datetime
    desk: str


@dataclass(frozen=True)
class Facts:
    code: CodeState
    now: datetime
    exit: bool = False
    cancelled: bool = False
    desk_note: str = ""
    # Session facts; for arrival at the venue none of them restrict.
    admit_from: datetime | None = None
    admit_until: datetime | None = None
    registration_required: bool = False
    registered: bool = False
    capacity: int | None = None
    present_count: int = 0
    inside: Presence | None = None
    force_reason: str = ""


@dataclass(frozen=True)
class Decision:
    verdict: Verdict
    forced: bool = False
    overridden: Verdict | None = None  # with forced: the refusal that was overridden
    attention: bool = False
    earlier: Presence | None = None  # with `already`: when and where

    @property
    def admitted(self) -> bool:
        return self.verdict.admitted


def _refusal(f: Facts) -> Verdict | None:
    """The first rule the scan breaks, in the fixed order; None if none."""
    if f.code is not CodeState.CURRENT:
        return Verdict(f.code.value)
    if f.exit:  # leaving is never refused to a real badge holder
        return None
    if f.cancelled:
        return Verdict.CANCELLED
    if (f.admit_from and f.now < f.admit_from) or (f.admit_until and f.now > f.admit_until):
        return Verdict.CLOSED
    if f.registration_required and not f.registered:
        return Verdict.NOT_REGISTERED
    if f.capacity is not None and f.present_count >= f.capacity and not f.inside:
        return Verdict.FULL
    if f.inside:
        return Verdict.ALREADY
    return None


def decide(f: Facts) -> Decision:
    attention = bool(f.desk_note.strip()) and f.code is CodeState.CURRENT
    refusal = _refusal(f)
    if refusal is None:
        return Decision(Verdict.EXIT if f.exit else Verdict.OK, attention=attention)
    if refusal is Verdict.ALREADY:
        return Decision(refusal, attention=attention, earlier=f.inside)
    if f.force_reason.strip() and refusal in OVERRIDABLE:
        return Decision(Verdict.OK, forced=True, overridden=refusal, attention=attention)
    return Decision(refusal, attention=attention)
