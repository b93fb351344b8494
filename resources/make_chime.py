#!/usr/bin/env python3
"""Writes notification.wav: the notification sound of Asana Feed, made here from two sine tones
(no recorded or third-party audio). A soft two-tone chime of 0.3 s: E6 then A6, each with a quick
attack and an exponential decay, a few overtones for warmth, mono 16-bit 44.1 kHz.

    python3 resources/make_chime.py   # rewrites resources/notification.wav
"""
import math
import os
import struct
import wave

RATE = 44100
LENGTH = 0.30  # seconds
PEAK = 0.45  # of full scale: soft; the volume setting scales it further


def tone(frequency, start, t):
    """One struck note starting at `start` seconds, sampled at `t`."""
    if t < start:
        return 0.0
    age = t - start
    attack = min(1.0, age / 0.004)  # 4 ms: no click
    decay = math.exp(-age * 14.0)
    partials = (1.0, 0.35, 0.12)  # the fundamental and two soft overtones
    value = sum(weight * math.sin(2 * math.pi * frequency * (n + 1) * age) for n, weight in enumerate(partials))
    return attack * decay * value / sum(partials)


def main():
    frames = int(RATE * LENGTH)
    fade = int(RATE * 0.02)  # the last 20 ms fade to silence
    samples = []
    for i in range(frames):
        t = i / RATE
        value = 0.55 * tone(1318.5, 0.0, t) + 0.55 * tone(1760.0, 0.09, t)
        if i > frames - fade:
            value *= (frames - i) / fade
        samples.append(int(max(-1.0, min(1.0, value * PEAK)) * 32767))
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "notification.wav")
    with wave.open(path, "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(struct.pack("<%dh" % len(samples), *samples))


if __name__ == "__main__":
    main()
