"""The hub's TLS front: the embedded server's build has no OpenSSL, so a small
Python process takes the LAN port, speaks PostgreSQL's SSL negotiation
(SSLRequest → 'S' → TLS; or TLS at once, libpq 17's `sslnegotiation=direct`),
and relays the decrypted bytes to the server, which listens on 127.0.0.1 only.

It admits peers from the local subnets only (what pg_hba.conf did when the
server listened on the LAN itself), plain-text logins not at all, and only the
desks' role: the server sees every relayed connection as coming from
127.0.0.1, where the superuser may log in, so the front refuses that user.

`start` runs it detached (it outlives the command, like the server); `stop`
ends it; a SIGKILL of it is survived like a hub crash: `hub start` again.
"""

from __future__ import annotations

import argparse
import asyncio
import ipaddress
import json
import os
import socket
import struct
import subprocess
import sys
import time
from pathlib import Path

from checkin.errors import CheckinError

CONFIG = "front.json"
PIDFILE = "front.pid"
LOG = "front.log"
_SSL, _GSS, _CANCEL = 80877103, 80877104, 80877102
_NEGOTIATION_TIMEOUT = 15.0
_MAX_STARTUP = 10000  # PostgreSQL's own limit on a startup packet


def _error_packet(message: str, code: str = "28000") -> bytes:
    fields = b"".join(k + v.encode() + b"\0" for k, v in ((b"S", "FATAL"), (b"V", "FATAL"), (b"C", code),
                                                              (b"M", message)))
    body = fields + b"\0"
    return b"E" + struct.pack("!i", len(body) + 4) + body


def _startup_user(body: bytes) -> str | None:
    parts = body[4:].split(b"\0")  # after the protocol version: key, value, …, ""
    pairs = dict(zip(parts[0::2], parts[1::2]))
    user = pairs.get(b"user")
    return user.decode("utf-8", "replace") if user is not None else None


class Front:
    def __init__(self, folder: Path, listen: str, port: int, target: int, role: str) -> None:
        from checkin.sync.tls import server_context

        self.listen, self.port, self.target, self.role = listen, port, target, role
        self.ctx = server_context(folder)
        self._nets: list = []
        self._nets_at = 0.0

    def admitted(self, host: str) -> bool:
        from checkin.sync.server import local_networks

        if time.monotonic() - self._nets_at > 10:  # the laptop's addresses change (DHCP, Wi-Fi)
            nets = ["127.0.0.1/32"] if self.listen.startswith("127.") else local_networks()
            self._nets = [ipaddress.ip_network(n) for n in nets]
            self._nets_at = time.monotonic()
        addr = ipaddress.ip_address(host.split("%")[0])
        if isinstance(addr, ipaddress.IPv6Address) and addr.ipv4_mapped:
            addr = addr.ipv4_mapped
        return any(addr.version == n.version and addr in n for n in self._nets)

    async def _readable(self, sock: socket.socket) -> None:
        loop = asyncio.get_running_loop()
        ready = loop.create_future()
        loop.add_reader(sock.fileno(), lambda: ready.done() or ready.set_result(None))
        try:
            await ready
        finally:
            loop.remove_reader(sock.fileno())

    async def _recv(self, sock: socket.socket, n: int) -> bytes:
        loop = asyncio.get_running_loop()
        data = b""
        while len(data) < n:
            chunk = await loop.sock_recv(sock, n - len(data))
            if not chunk:
                raise ConnectionError("closed")
            data += chunk
        return data

    async def _negotiate(self, sock: socket.socket) -> bool:
        """Up to the TLS handshake. True: TLS follows; False: answered and done."""
        loop = asyncio.get_running_loop()
        while True:
            await self._readable(sock)
            first = sock.recv(1, socket.MSG_PEEK)
            if not first:
                return False
            if first == b"\x16":  # a TLS ClientHello at once: direct SSL
                return True
            head = await self._recv(sock, 8)
            length, code = struct.unpack("!ii", head)
            if length == 8 and code == _GSS:
                await loop.sock_sendall(sock, b"N")  # no GSSAPI: the client goes on with SSL
                continue
            if length == 8 and code == _SSL:
                await loop.sock_sendall(sock, b"S")
                return True
            if length == 16 and code == _CANCEL:  # older libpq cancels in plain text: harmless, relay
                await self._relay_cancel(head + await self._recv(sock, 8))
                return False
            await loop.sock_sendall(sock, _error_packet("this hub accepts TLS connections only"))
            return False

    async def _relay_cancel(self, packet: bytes) -> None:
        _r, w = await asyncio.open_connection("127.0.0.1", self.target)
        w.write(packet)
        await w.drain()
        w.close()

    async def serve_one(self, sock: socket.socket) -> None:
        loop = asyncio.get_running_loop()
        writer = None
        try:
            if not self.admitted(sock.getpeername()[0]):
                return  # not from a local subnet: closed without a word
            if not await asyncio.wait_for(self._negotiate(sock), _NEGOTIATION_TIMEOUT):
                return
            reader = asyncio.StreamReader()
            protocol = asyncio.StreamReaderProtocol(reader)
            transport, _p = await loop.connect_accepted_socket(lambda: protocol, sock, ssl=self.ctx,
                                                               ssl_handshake_timeout=_NEGOTIATION_TIMEOUT)
            writer = asyncio.StreamWriter(transport, protocol, reader, loop)
            head = await asyncio.wait_for(reader.readexactly(8), _NEGOTIATION_TIMEOUT)
            length, code = struct.unpack("!ii", head)
            if not 8 <= length <= _MAX_STARTUP:
                return
            body = head[4:] + await reader.readexactly(length - 8)
            if length == 16 and code == _CANCEL:
                await self._relay_cancel(head + body[4:])
                return
            if _startup_user(body) != self.role:
                writer.write(_error_packet("only the event's desks log in here"))
                await writer.drain()
                return
            up_r, up_w = await asyncio.open_connection("127.0.0.1", self.target)
            up_w.write(head + body[4:])
            await asyncio.gather(_pipe(reader, up_w), _pipe(up_r, writer))
        except (OSError, asyncio.TimeoutError, asyncio.IncompleteReadError, ConnectionError, ValueError):
            return
        finally:
            if writer is not None:
                writer.close()
            else:
                sock.close()

    async def run(self, ready: Path | None = None) -> None:
        loop = asyncio.get_running_loop()
        host = "0.0.0.0" if self.listen == "*" else self.listen
        listener = socket.create_server((host, self.port), reuse_port=False, backlog=64)
        listener.setblocking(False)
        if ready is not None:
            tmp = ready.with_name(ready.name + ".tmp")
            tmp.write_text(json.dumps({"pid": os.getpid(), "port": self.port}), encoding="utf-8")
            os.replace(tmp, ready)
        tasks: set[asyncio.Task] = set()
        while True:
            sock, _addr = await loop.sock_accept(listener)
            sock.setblocking(False)
            task = asyncio.ensure_future(self.serve_one(sock))
            tasks.add(task)
            task.add_done_callback(tasks.discard)


async def _pipe(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    try:
        while data := await reader.read(65536):
            writer.write(data)
            await writer.drain()
    except (OSError, ConnectionError):
        pass
    finally:
        writer.close()


# --- the detached process, seen from `hub start|stop|status` -----------------


def _read(folder: Path, name: str) -> dict | None:
    try:
        return json.loads((folder / name).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def pid(folder: Path) -> int | None:
    """The running front's process ID (None: not running)."""
    import psutil

    info = _read(folder, PIDFILE)
    if not info:
        return None
    try:
        proc = psutil.Process(int(info["pid"]))
        mine = "checkin.sync.front" in proc.cmdline() and str(folder) in proc.cmdline()
        return proc.pid if mine and proc.status() != psutil.STATUS_ZOMBIE else None
    except (psutil.Error, KeyError, ValueError):
        return None


def running(folder: Path) -> bool:
    return pid(folder) is not None


def config(folder: Path) -> dict | None:
    return _read(folder, CONFIG)


def start(folder: Path, *, listen: str, port: int, target: int, role: str) -> None:
    """Run the front detached; returns when it listens. A running front is kept
    unless its settings changed."""
    wanted = {"listen": listen, "port": port, "target": target, "role": role}
    if running(folder):
        if config(folder) == wanted:
            return
        stop(folder)
    (folder / CONFIG).write_text(json.dumps(wanted), encoding="utf-8")
    (folder / PIDFILE).unlink(missing_ok=True)
    flags = {}
    if os.name == "nt":
        flags["creationflags"] = subprocess.DETACHED_PROCESS | subprocess.CREATE_NEW_PROCESS_GROUP
    else:
        flags["start_new_session"] = True  # not ended with the terminal or the test that started it
    with open(folder / LOG, "ab") as log:
        proc = subprocess.Popen([sys.executable, "-m", "checkin.sync.front", "--folder", str(folder)],
                                stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=log,
                                close_fds=True, **flags)
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            break
        if (_read(folder, PIDFILE) or {}).get("pid") == proc.pid:
            return
        time.sleep(0.05)
    lines = (folder / LOG).read_text(encoding="utf-8", errors="replace").strip().splitlines()
    if proc.poll() is None:
        proc.kill()
    raise CheckinError("hub_start_failed", reason=lines[-1] if lines else "front")


def stop(folder: Path) -> bool:
    import psutil

    found = pid(folder)
    if found is None:
        return False
    proc = psutil.Process(found)
    proc.terminate()
    try:
        proc.wait(5)
    except psutil.TimeoutExpired:
        proc.kill()
    (folder / PIDFILE).unlink(missing_ok=True)
    return True


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="checkin.sync.front")
    parser.add_argument("--folder", required=True)
    folder = Path(parser.parse_args(argv).folder)
    settings = _read(folder, CONFIG)
    if settings is None:
        print("no front.json", file=sys.stderr)
        return 2
    front = Front(folder, settings["listen"], settings["port"], settings["target"], settings["role"])
    if os.name == "nt":
        asyncio.set_event_loop_policy(asyncio.WindowsSelectorEventLoopPolicy())  # add_reader
    try:
        asyncio.run(front.run(folder / PIDFILE))
    except KeyboardInterrupt:
        pass
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
