"""Writes the desk's three short signals to checkin/resources/sounds/ (run once; the
WAV files are committed). Distinct by pitch and rhythm, so staff can tell
them apart without looking: a rising pair for ok, a double beep for
attention, a low buzz for refused."""

from __future__ import annotations

import math
import struct
import wave
from pathlib import Path

RATE = 22_050
OUT = Path(__file__).resolve().parents[1] / "checkin" / "resources" / "sounds"


def tone(freq: float, ms: int, volume: float = 0.45, square: bool = False) -> list[float]:
    n = int(RATE * ms / 1000)
    fade = int(RATE * 0.008)
    samples = []
    for i in range(n):
        s = math.sin(2 * math.pi * freq * i / RATE)
        if square:
            s = 0.6 if s >= 0 else -0.6
        envelope = min(1.0, i / fade, (n - i) / fade)
        samples.append(volume * s * envelope)
    return samples


def silence(ms: int) -> list[float]:
    return [0.0] * int(RATE * ms / 1000)


def write(name: str, samples: list[float]) -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    with wave.open(str(OUT / f"{name}.wav"), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(RATE)
        w.writeframes(b"".join(struct.pack("<h", int(s * 32767)) for s in samples))


if __name__ == "__main__":
    write("ok", tone(880, 90) + tone(1320, 140))
    write("attention", tone(660, 110) + silence(70) + tone(660, 110))
    write("refused", tone(196, 380, square=True, volume=0.35))
