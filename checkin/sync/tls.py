"""TLS between a desk and the embedded hub, pinned by the join secret.

The hub's TLS key is derived from the join secret (HKDF, then a P-256 key), so
the join code needs no extra digits for a certificate fingerprint: a desk
that holds the code knows which public key the hub must present, and a
machine without the code cannot present it. (Whoever holds the code can
already log in to the hub and read every payload, so being able to derive the
key gives nobody anything new.)

A desk fetches the certificate once through PostgreSQL's SSL negotiation,
checks its public key against the derived one, keeps it in the data folder,
and from then on libpq connects with `sslmode=verify-ca` and that file as
its only trusted root: a hub that presents anything else is refused.
"""

from __future__ import annotations

import datetime as dt
import os
import socket
import ssl
import struct
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from checkin import paths
from checkin.errors import CheckinError
from checkin.sync.crypto import derive

SSL_REQUEST = struct.pack("!ii", 8, 80877103)  # PostgreSQL's SSLRequest packet
CERT_FILE = "tls.crt"
KEY_FILE = "tls.key"
_P256_ORDER = 0xFFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551


def hub_key(secret: str) -> ec.EllipticCurvePrivateKey:
    # 384 bits reduced modulo the 256-bit group order: the bias is negligible.
    seed = int.from_bytes(derive(secret, b"tls-key", 48), "big")
    return ec.derive_private_key(seed % (_P256_ORDER - 1) + 1, ec.SECP256R1())


def _public_der(key: ec.EllipticCurvePublicKey) -> bytes:
    return key.public_bytes(serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo)


def key_id(secret: str) -> str:
    """A name for the hub's key that reveals nothing of the secret."""
    digest = hashes.Hash(hashes.SHA256())
    digest.update(_public_der(hub_key(secret).public_key()))
    return digest.finalize().hex()[:32]


def write_hub_certificate(folder: Path, secret: str) -> None:
    """The hub's self-signed certificate and key, kept in the hub folder (made
    once; kept while they match the secret)."""
    key = hub_key(secret)
    cert_path, key_path = folder / CERT_FILE, folder / KEY_FILE
    if cert_path.exists() and key_path.exists():
        cert = x509.load_pem_x509_certificate(cert_path.read_bytes())
        if _public_der(cert.public_key()) == _public_der(key.public_key()):
            return
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "checkin hub")])
    # Valid from long ago to "no end" (RFC 5280): a desk laptop with a wrong
    # clock must not be refused, and a hub lives only as long as its event.
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(dt.datetime(2020, 1, 1, tzinfo=dt.timezone.utc))
            .not_valid_after(dt.datetime(9999, 12, 31, 23, 59, 59, tzinfo=dt.timezone.utc))
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
            .sign(key, hashes.SHA256()))
    folder.mkdir(parents=True, exist_ok=True)
    _write_private(key_path, key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                               serialization.NoEncryption()))
    _write_private(cert_path, cert.public_bytes(serialization.Encoding.PEM))


def _write_private(path: Path, data: bytes) -> None:
    tmp = path.with_name(path.name + ".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as f:
        f.write(data)
    os.replace(tmp, path)


def server_context(folder: Path) -> ssl.SSLContext:
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    ctx.load_cert_chain(folder / CERT_FILE, folder / KEY_FILE)
    ctx.set_alpn_protocols(["postgresql"])  # what libpq 17+ asks for (and requires with direct SSL)
    return ctx


def fetch_certificate(host: str, port: int, timeout: float = 5) -> bytes:
    """The certificate a server presents after an SSLRequest (DER), unverified:
    the caller checks it."""
    try:
        with socket.create_connection((host, port), timeout=timeout) as raw:
            raw.sendall(SSL_REQUEST)
            answer = raw.recv(1)
            if answer != b"S":
                raise CheckinError("hub_no_tls")
            ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
            ctx.check_hostname = False
            ctx.verify_mode = ssl.CERT_NONE  # checked below, against the join secret
            ctx.set_alpn_protocols(["postgresql"])
            with ctx.wrap_socket(raw) as tls_sock:
                der = tls_sock.getpeercert(binary_form=True)
    except (OSError, ssl.SSLError) as exc:
        raise CheckinError("hub_unreachable", reason=type(exc).__name__) from exc
    if not der:
        raise CheckinError("hub_no_tls")
    return der


def matches(der: bytes, secret: str) -> bool:
    try:
        cert = x509.load_der_x509_certificate(der)
        return _public_der(cert.public_key()) == _public_der(hub_key(secret).public_key())
    except ValueError:
        return False


def root_path(secret: str) -> Path:
    return paths.data_dir() / "hub-certs" / f"{key_id(secret)}.pem"


def ensure_root(host: str, port: int, secret: str, *, refresh: bool = False) -> Path:
    """The hub's certificate as this desk's trusted root for it: fetched and
    checked the first time (or when `refresh`), then read from the data folder.
    A certificate that does not match the secret is refused; nothing is written."""
    path = root_path(secret)
    if path.exists() and not refresh:
        return path
    der = fetch_certificate(host, port)
    if not matches(der, secret):
        raise CheckinError("hub_wrong_certificate")
    path.parent.mkdir(parents=True, exist_ok=True)
    _write_private(path, pem(der))
    return path


def pem(der: bytes) -> bytes:
    return x509.load_der_x509_certificate(der).public_bytes(serialization.Encoding.PEM)
