"""The join code: digits only, with a Damm check digit, like badge codes.

A handheld scanner types it through any keyboard layout (QWERTZ, Arabic,
AZERTY), so it holds only digits and is normalised like a badge code. It
carries the hub's IPv4 address and port, the event's tag, and the join secret
(63 digits in all). The secret also pins the hub's TLS certificate: its key is
derived from the secret (`checkin.sync.tls`), so no fingerprint digits are
needed. Version 2 is the first with TLS; a version-1 code (no TLS) is refused.
An event on an existing server has the address 0.0.0.0 and port 0: the desks
are given the server's URL beside the code.
"""

from __future__ import annotations

import ipaddress
import secrets
from dataclasses import dataclass

from checkin import codes
from checkin.errors import CheckinError

VERSION = "2"
NO_HOST = "0.0.0.0"  # the hub is an existing server, reached by its URL
SECRET_DIGITS = 40  # 10**40 > 2**132
LENGTH = 1 + 12 + 5 + codes.TAG_LENGTH + SECRET_DIGITS + 1


@dataclass(frozen=True)
class JoinCode:
    host: str
    port: int
    event_tag: str
    secret: str

    @property
    def existing_server(self) -> bool:
        return self.host == NO_HOST

    def url(self) -> str:
        from checkin.sync.crypto import hub_password
        from checkin.sync.server import DATABASE, ROLE

        return f"postgresql://{ROLE}:{hub_password(self.secret)}@{self.host}:{self.port}/{DATABASE}"


def new_secret() -> str:
    return f"{secrets.randbelow(10**SECRET_DIGITS):0{SECRET_DIGITS}d}"


def encode(join: JoinCode) -> str:
    octets = "".join(f"{int(o):03d}" for o in ipaddress.IPv4Address(join.host).packed)
    body = f"{VERSION}{octets}{join.port:05d}{join.event_tag}{join.secret}"
    return body + codes.damm_digit(body)


def decode(raw: str) -> JoinCode:
    text = codes.normalise(raw)
    if len(text) != LENGTH or not text.isascii() or not text.isdigit() or not codes.damm_valid(text):
        raise CheckinError("bad_join_code")
    if text[0] != VERSION:
        raise CheckinError("bad_join_code")
    octets = [int(text[1 + 3 * i : 4 + 3 * i]) for i in range(4)]
    port = int(text[13:18])
    no_host = octets == [0, 0, 0, 0]
    if any(o > 255 for o in octets) or not (0 < port < 65536 or (no_host and port == 0)):
        raise CheckinError("bad_join_code")
    tag = text[18 : 18 + codes.TAG_LENGTH]
    return JoinCode(host=".".join(map(str, octets)), port=port, event_tag=tag,
                    secret=text[18 + codes.TAG_LENGTH : -1])
