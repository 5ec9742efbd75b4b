"""`checkin decode IMAGE…`: the codes the desk camera would read in image files.

For troubleshooting: a photo of a badge that the camera does not take, or a
printed proof, goes through the same decoder (`checkin.decoding`) with the
same options as the camera. Needs no event file.

Exit status: 0 a code was found in every file, 1 some file holds no code,
2 some file could not be read (each such file gets one line on stderr, and
the other files are still read).
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, Any

from checkin.i18n.tr import translate

from checkin import codes
from checkin.cli.output import Output
from checkin.errors import CheckinError
from checkin.i18n.messages import error_text

if TYPE_CHECKING:  # zxing-cpp is loaded by `checkin decode` only
    from checkin.decoding import Found

EXIT_NONE_FOUND = 1
EXIT_UNREADABLE = 2


def add_parser(sub: Any, common: argparse.ArgumentParser) -> argparse.ArgumentParser:
    """Add `decode` to the subcommands (`sub` is what add_subparsers returned)."""
    help_text = translate("Cli", "read badge codes from image files, as the camera would")
    p = sub.add_parser("decode", parents=[common], help=help_text, description=help_text)
    p.add_argument("images", nargs="+", metavar="IMAGE", help=translate("Cli", "image file (PNG, JPEG, …)"))
    return p


def _reason(error: CheckinError) -> CheckinError:
    """The error with its reason in the user's language where we know it."""
    cause = error.params.get("cause")
    reason = {"missing": translate("Cli", "no such file"),
              "not_an_image": translate("Cli", "not an image file")}.get(str(cause))
    if reason is None:
        return error
    return CheckinError(error.code, **{**error.params, "reason": reason})


def _entry(found: "Found") -> dict[str, object]:
    return {**found.as_dict(), "badge_code": codes.parse(found.text) is not None}


def cmd_decode(args: argparse.Namespace, out: Output) -> int:
    files: list[dict[str, object]] = []
    lines: list[str] = []
    status = 0
    for path in args.images:
        try:
            from checkin.decoding import decode_file

            found = decode_file(path)
        except CheckinError as raw:
            error = _reason(raw)
            message = error_text(error)
            files.append({"file": path, "codes": [], "error": {"code": error.code, "message": message}})
            print(f"checkin: {message}", file=sys.stderr)
            status = max(status, EXIT_UNREADABLE)
            continue
        files.append({"file": path, "codes": [_entry(f) for f in found], "error": None})
        if not found:
            lines.append(translate("Cli", "{file}: no QR code found").format(file=path))
            status = max(status, EXIT_NONE_FOUND)
        for f in found:
            line = translate("Cli", "{file}: {code}").format(file=path, code=f.text)
            if codes.parse(f.text) is None:
                line += " " + translate("Cli", "(not a badge code)")
            lines.append(line)
    if out.as_json or lines:
        out.result({"files": files}, "\n".join(lines))
    return status
