"""Running the command line in-process, as a script would, for the CLI tests."""

from __future__ import annotations

import json

from checkin.cli import main


def run(capsys, *argv: str) -> tuple[int, str, str]:
    """Exit status, stdout and stderr of one `checkin` command."""
    status = main(list(argv))
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def run_json(capsys, *argv: str) -> tuple[int, object]:
    """Exit status and the parsed `--json` output; nothing may go to stderr."""
    status, out, err = run(capsys, *argv, "--json")
    assert err == "", err
    return status, json.loads(out)
