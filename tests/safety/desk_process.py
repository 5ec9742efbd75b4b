"""A desk as its own process, driven line by line through stdin (for tests).

    scan CODE      -> "ok VERDICT" once acknowledged, or "refused ERRORCODE"
    lose-locks     -> opens and closes the event file by hand, as Qt's MIME
                      sniffing did, which drops this process's SQLite locks
    quit
"""

from __future__ import annotations

import os
import sys

from checkin.errors import CheckinError
from checkin.scanning import ScanRequest, record
from checkin.store.connection import open_store


def main(path: str) -> None:
    store = open_store(path)
    print("ready", flush=True)
    for line in sys.stdin:
        command, _, arg = line.strip().partition(" ")
        if command == "scan":
            try:
                result = record(store, ScanRequest(raw_code=arg, desk="child"))
                print(f"ok {result.verdict.value}", flush=True)
            except CheckinError as error:
                print(f"refused {error.code}", flush=True)
        elif command == "lose-locks":
            os.close(os.open(path, os.O_RDONLY))
            print("done", flush=True)
        elif command == "quit":
            break


if __name__ == "__main__":
    main(sys.argv[1])
