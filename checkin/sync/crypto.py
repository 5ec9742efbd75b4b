"""What the join secret gives a desk: the hub password, the payload key and
the hub's TLS key (`checkin.sync.tls`).

Desks encrypt every row they send (AES-GCM, the key derived from the join
secret with HKDF), so the hub's disk, a backup of it and an existing server's
administrators see only ciphertext and IDs, whatever TLS the server has.
The login itself is scram-sha-256, which never sends the password.
"""

from __future__ import annotations

import os

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from checkin.errors import CheckinError

_SALT = b"checkin-sync-v1"


def derive(secret: str, purpose: bytes, length: int = 32) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=length, salt=_SALT, info=purpose).derive(secret.encode())


def hub_password(secret: str) -> str:
    return derive(secret, b"postgres-password", 24).hex()


class Sealer:
    """Encrypts and decrypts payloads bound to their entry's identity."""

    def __init__(self, secret: str) -> None:
        self._aead = AESGCM(derive(secret, b"payload-key"))

    def seal(self, plain: bytes, bound_to: bytes) -> bytes:
        nonce = os.urandom(12)
        return nonce + self._aead.encrypt(nonce, plain, bound_to)

    def open(self, sealed: bytes, bound_to: bytes) -> bytes:
        from cryptography.exceptions import InvalidTag

        try:
            return self._aead.decrypt(sealed[:12], sealed[12:], bound_to)
        except InvalidTag as exc:
            raise CheckinError("hub_wrong_secret") from exc
