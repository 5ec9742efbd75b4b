"""decide() is pure: a table of facts and the verdict each must give."""

from dataclasses import replace
from datetime import datetime, timedelta, timezone

import pytest

from checkin.rules import CodeState, Facts, Presence, Verdict, decide

NOW = datetime(2017, 11, 20, 9, 0, tzinfo=timezone.utc)
EARLIER = Presence(since=NOW - timedelta(minutes=30), desk="Desk 2")
OK = Facts(code=CodeState.CURRENT, now=NOW)
SESSION = replace(OK, registration_required=True, registered=True, capacity=40, present_count=10)

CASES = [
    # (name, facts, verdict, forced)
    ("arrival", OK, Verdict.OK, False),
    ("invalid code", replace(OK, code=CodeState.INVALID), Verdict.INVALID, False),
    ("other event", replace(OK, code=CodeState.OTHER_EVENT), Verdict.OTHER_EVENT, False),
    ("unknown", replace(OK, code=CodeState.UNKNOWN), Verdict.UNKNOWN, False),
    ("revoked", replace(OK, code=CodeState.REVOKED), Verdict.REVOKED, False),
    ("cancelled", replace(OK, cancelled=True), Verdict.CANCELLED, False),
    ("already", replace(OK, inside=EARLIER), Verdict.ALREADY, False),
    ("session ok", SESSION, Verdict.OK, False),
    ("before window", replace(SESSION, admit_from=NOW + timedelta(minutes=1)), Verdict.CLOSED, False),
    ("after window", replace(SESSION, admit_until=NOW - timedelta(minutes=1)), Verdict.CLOSED, False),
    ("inside window", replace(SESSION, admit_from=NOW - timedelta(hours=1), admit_until=NOW + timedelta(hours=1)),
     Verdict.OK, False),
    ("not registered", replace(SESSION, registered=False), Verdict.NOT_REGISTERED, False),
    ("open session needs no registration", replace(SESSION, registration_required=False, registered=False),
     Verdict.OK, False),
    ("full", replace(SESSION, present_count=40), Verdict.FULL, False),
    ("no capacity set", replace(SESSION, capacity=None, present_count=999), Verdict.OK, False),
    ("already inside a full session", replace(SESSION, present_count=40, inside=EARLIER), Verdict.ALREADY, False),
    ("exit", replace(OK, exit=True, inside=EARLIER), Verdict.EXIT, False),
    ("exit without entry", replace(OK, exit=True), Verdict.EXIT, False),
    ("exit of a cancelled person", replace(OK, exit=True, cancelled=True), Verdict.EXIT, False),
    ("exit with unknown code", replace(OK, exit=True, code=CodeState.UNKNOWN), Verdict.UNKNOWN, False),
    # Order: the most specific reason wins.
    ("revoked beats cancelled", replace(OK, code=CodeState.REVOKED, cancelled=True), Verdict.REVOKED, False),
    ("cancelled beats closed", replace(SESSION, cancelled=True, admit_until=NOW - timedelta(1)),
     Verdict.CANCELLED, False),
    ("closed beats not registered", replace(SESSION, registered=False, admit_until=NOW - timedelta(1)),
     Verdict.CLOSED, False),
    ("not registered beats full", replace(SESSION, registered=False, present_count=40),
     Verdict.NOT_REGISTERED, False),
    ("full beats already? no: already only when inside", replace(SESSION, present_count=40), Verdict.FULL, False),
    # Overrides: only for refusals with a real person behind them.
    ("force full", replace(SESSION, present_count=40, force_reason="speaker"), Verdict.OK, True),
    ("force not registered", replace(SESSION, registered=False, force_reason="swapped group"), Verdict.OK, True),
    ("force cancelled", replace(OK, cancelled=True, force_reason="re-registered on site"), Verdict.OK, True),
    ("force closed", replace(SESSION, admit_until=NOW - timedelta(1), force_reason="late bus"), Verdict.OK, True),
    ("blank reason does not force", replace(SESSION, present_count=40, force_reason="  "), Verdict.FULL, False),
    ("cannot force revoked", replace(OK, code=CodeState.REVOKED, force_reason="x"), Verdict.REVOKED, False),
    ("cannot force unknown", replace(OK, code=CodeState.UNKNOWN, force_reason="x"), Verdict.UNKNOWN, False),
    ("cannot force invalid", replace(OK, code=CodeState.INVALID, force_reason="x"), Verdict.INVALID, False),
    ("force on ok is plain ok", replace(OK, force_reason="x"), Verdict.OK, False),
    ("force on already stays already", replace(OK, inside=EARLIER, force_reason="x"), Verdict.ALREADY, False),
]


@pytest.mark.parametrize("facts,verdict,forced", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_decide(facts, verdict, forced):
    decision = decide(facts)
    assert decision.verdict is verdict
    assert decision.forced is forced
    if forced:
        assert decision.overridden is not None and decision.overridden is not Verdict.OK


def test_already_carries_the_earlier_time_and_desk():
    assert decide(replace(OK, inside=EARLIER)).earlier == EARLIER


def test_overridden_names_the_refusal():
    assert decide(replace(SESSION, present_count=40, force_reason="VIP")).overridden is Verdict.FULL


@pytest.mark.parametrize("facts,attention", [
    (replace(OK, desk_note="Wheelchair: row 1"), True),
    (replace(OK, desk_note="   "), False),
    (replace(OK, desk_note="note", inside=EARLIER), True),
    (replace(OK, desk_note="note", code=CodeState.UNKNOWN), False),
])
def test_attention_flag(facts, attention):
    assert decide(facts).attention is attention
