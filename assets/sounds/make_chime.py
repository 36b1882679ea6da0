"""Make `chime.wav`, the soft two-tone bell Unknot plays when a hold ends.

Run from anywhere: ``python assets/sounds/make_chime.py [OUTPUT]``. Standard
library only, and deterministic, so the committed file can always be rebuilt
byte for byte and checked against this script.

Two struck notes a fifth apart, the higher first, each with a quiet
inharmonic overtone (what makes a bell sound like a bell rather than a beep),
a quick attack and a long exponential fade. The peak stays well below full
scale: the chime should make a person on the floor look up, not jump.
"""

from __future__ import annotations

import math
import struct
import sys
import wave
from pathlib import Path

SAMPLE_RATE = 44_100
DURATION = 1.1
PEAK = 0.45

# (start in seconds, fundamental in Hz): A5 then D5, a falling fifth.
NOTES = ((0.0, 880.0), (0.28, 587.33))
# Bell partials relative to the fundamental, with their loudness and how
# quickly each fades (higher partials die away first).
PARTIALS = ((1.0, 1.0, 3.2), (2.76, 0.22, 6.5), (5.40, 0.06, 11.0))
ATTACK = 0.006
# The last few milliseconds fade to silence so the file never ends on a click.
TAIL = 0.05


def sample(t: float) -> float:
    value = 0.0
    for start, pitch in NOTES:
        local = t - start
        if local < 0:
            continue
        attack = min(1.0, local / ATTACK)
        for ratio, loudness, decay in PARTIALS:
            value += (
                attack
                * loudness
                * math.exp(-decay * local)
                * math.sin(2 * math.pi * pitch * ratio * local)
            )
    fade_from = DURATION - TAIL
    if t > fade_from:
        value *= max(0.0, (DURATION - t) / TAIL)
    return value


def render() -> list[float]:
    count = round(SAMPLE_RATE * DURATION)
    samples = [sample(i / SAMPLE_RATE) for i in range(count)]
    loudest = max(abs(s) for s in samples)
    return [s * PEAK / loudest for s in samples]


def write(path: Path) -> None:
    frames = b"".join(struct.pack("<h", round(s * 32767)) for s in render())
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(SAMPLE_RATE)
        out.writeframes(frames)


def main(argv: list[str]) -> int:
    target = Path(argv[1]) if len(argv) > 1 else Path(__file__).with_name("chime.wav")
    write(target)
    print(f"wrote {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
