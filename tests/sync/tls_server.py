"""An organisers' PostgreSQL server with TLS, for the existing-server tests:
Debian's own `postgresql` package (the embedded wheel's server is built
without SSL), started by the test in a folder of its own, with a certificate
from a test CA. `.ci/run` installs the package; elsewhere the tests that need
it are skipped unless CHECKIN_REQUIRE_TLS_SERVER is set (CI sets it)."""

from __future__ import annotations

import datetime as dt
import glob
import os
import pwd
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

import psycopg
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from checkin.sync import server

ROLE, DATABASE, PASSWORD = "desks", "checkin", "Tls-test-passw0rd"


def debian_bin() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/postgres"),
                   key=lambda p: tuple(int(x) for x in Path(p).parts[4].split(".") if x.isdigit()))
    return Path(found[-1]).parent if found else None


def _name(cn: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, cn)])


def _write_key(key, path: Path) -> None:
    path.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                       serialization.NoEncryption()))


def make_ca(folder: Path, name: str) -> tuple[Path, object, x509.Certificate]:
    key = ec.generate_private_key(ec.SECP256R1())
    now = dt.datetime.now(dt.timezone.utc)
    cert = (x509.CertificateBuilder().subject_name(_name(name)).issuer_name(_name(name))
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(days=1)).not_valid_after(now + dt.timedelta(days=30))
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .sign(key, hashes.SHA256()))
    path = folder / f"{name}.pem"
    path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    return path, key, cert


def make_server_cert(folder: Path, ca_key, ca_cert: x509.Certificate, names: list[str]) -> tuple[Path, Path]:
    key = ec.generate_private_key(ec.SECP256R1())
    now = dt.datetime.now(dt.timezone.utc)
    alt = [x509.DNSName(n) for n in names]
    cert = (x509.CertificateBuilder().subject_name(_name(names[0])).issuer_name(ca_cert.subject)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(days=1)).not_valid_after(now + dt.timedelta(days=30))
            .add_extension(x509.SubjectAlternativeName(alt), critical=False)
            .sign(ca_key, hashes.SHA256()))
    crt, pem = folder / "server.crt", folder / "server.key"
    crt.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    _write_key(key, pem)
    return crt, pem


class TLSServer:
    """initdb, TLS only for TCP (`hostssl`; `hostnossl ... reject`), one role
    and database for the desks, connections logged (the log says whether each
    used SSL)."""

    def __init__(self, bin_dir: Path, names: list[str]) -> None:
        self.bin = bin_dir
        self.root = Path(tempfile.mkdtemp(prefix="checkin-tls-pg-"))
        self.data = self.root / "data"
        self.user = "postgres" if os.geteuid() == 0 else None  # the server refuses to run as root
        try:
            self._start(names)
        except BaseException:
            self.stop()
            raise

    def _start(self, names: list[str]) -> None:
        os.chmod(self.root, 0o755)
        self.ca, ca_key, ca_cert = make_ca(self.root, "organisers-ca")
        self.other_ca, _k, _c = make_ca(self.root, "someone-elses-ca")
        self.port = server.free_port()
        self.data.mkdir(mode=0o700)
        self._own(self.data)
        self._run("initdb", "-D", str(self.data), "-U", "admin", "--auth-local=trust", "--auth-host=reject")
        for path in make_server_cert(self.data, ca_key, ca_cert, names):
            os.chmod(path, 0o600)
            self._own(path)
        with open(self.data / "postgresql.conf", "a", encoding="utf-8") as conf:
            conf.write(f"listen_addresses = '127.0.0.1'\nport = {self.port}\nunix_socket_directories = '{self.data}'\n"
                       "ssl = on\nssl_cert_file = 'server.crt'\nssl_key_file = 'server.key'\n"
                       "log_connections = on\nlogging_collector = off\nfsync = off\n")
        (self.data / "pg_hba.conf").write_text(
            "local all admin trust\n"
            "hostssl all all 127.0.0.1/32 scram-sha-256\n"
            "hostnossl all all 0.0.0.0/0 reject\n", encoding="utf-8")
        self.log = self.root / "server.log"
        self.log.touch()
        self._own(self.log)
        self._run("pg_ctl", "-D", str(self.data), "-l", str(self.log), "-w", "-t", "60", "start")
        self._admin(f"CREATE ROLE {ROLE} LOGIN PASSWORD '{PASSWORD}'")
        self._databases = 0
        self.database = ""

    def _admin(self, sql: str) -> None:
        with psycopg.connect(host=str(self.data), port=self.port, user="admin", dbname="postgres",
                             autocommit=True) as admin:
            admin.execute(sql)

    def new_database(self) -> str:
        """An empty database for the next test's event (a hub serves one event)."""
        self._databases += 1
        self.database = f"{DATABASE}{self._databases}"
        self._admin(f"CREATE DATABASE {self.database} OWNER {ROLE}")
        return self.database

    def _own(self, path: Path) -> None:
        if self.user:
            entry = pwd.getpwnam(self.user)
            os.chown(path, entry.pw_uid, entry.pw_gid)

    def _run(self, name: str, *args: str) -> None:
        result = subprocess.run([str(self.bin / name), *args], user=self.user, group=self.user,
                                capture_output=True, text=True, timeout=120, stdin=subprocess.DEVNULL,
                                cwd=self.root)
        if result.returncode != 0:
            raise RuntimeError(f"{name} failed: {result.stdout}\n{result.stderr}")

    def url(self, host: str, ca: Path | None = None, password: bool = True, sslmode: str = "verify-full") -> str:
        login = f"{ROLE}:{PASSWORD}" if password else ROLE
        return (f"postgresql://{login}@{host}:{self.port}/{self.database}"
                f"?sslmode={sslmode}&sslrootcert={ca or self.ca}")

    def connections(self) -> list[str]:
        """The server's own log lines for each authorised connection of the desks' role."""
        time.sleep(0.2)  # the log is written by the backend as it starts
        return [line for line in self.log.read_text(encoding="utf-8", errors="replace").splitlines()
                if "connection authorized" in line and f"user={ROLE}" in line]

    def stop(self) -> None:
        try:
            if (self.root / "data" / "postmaster.pid").exists():
                self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")
        finally:
            shutil.rmtree(self.root, ignore_errors=True)
