"""Two desks that worked apart and met again by USB stick (no hub needed):
one person admitted at both, one person's organisation edited at both."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from checkin.events import EventInfo, create_event
from checkin.participants import add_participant, update_participant
from checkin.scanning import ScanRequest, record
from checkin.store.connection import EventStore, open_store
from checkin.store.models import Participant
from checkin.sync import desk_file


@dataclass
class Apart:
    a: EventStore
    b: EventStore
    twice: list  # the two scans of the person admitted at both desks
    alone: object  # a scan only desk a made


def meet(a: EventStore, b: EventStore, tmp: Path) -> None:
    for src, dst in ((a, b), (b, a)):
        desk_file.export(src, tmp / "hand.desk")
        desk_file.merge(dst, tmp / "hand.desk")


def two_desks_apart(tmp: Path, names: tuple[str, str] = ("Entrance", "Side door")) -> Apart:
    a = create_event(tmp / "a.checkin", EventInfo(name_en="Apart", timezone="Asia/Hebron", code_tag="4711"))
    with a.session() as s:
        omar = add_participant(s, {"given_name": "Omar", "family_name": "Haddad"}).badge_code
        lena = add_participant(s, {"given_name": "Lena", "family_name": "Vogel",
                                   "organisation": "Stadt Jena"}).badge_code
    b = open_store(tmp / "b.checkin", create=True)
    meet(a, b, tmp)
    first = record(a, ScanRequest(omar, desk=names[0]))
    second = record(b, ScanRequest(omar, desk=names[1]))
    alone = record(a, ScanRequest(lena, desk=names[0]))
    for store, org in ((a, "Stadtverwaltung Jena"), (b, "Jena City Council")):
        with store.session() as s:
            p = s.scalar(select(Participant).where(Participant.given_name == "Lena"))
            update_participant(s, p, {"organisation": org})
    meet(a, b, tmp)
    return Apart(a, b, [first, second], alone)
