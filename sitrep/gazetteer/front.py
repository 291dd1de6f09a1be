"""Where the Russia-Ukraine war is fought: distance from a point to the nearest line
of contact or shelled border strip (``lexicons/front_lines.tsv``).

Why: one-sentence war notes ("Russian forces shelled near Vesele, Donetsk") name
villages that have a dozen namesakes in the same oblast, and nothing in the text
tells them apart. The namesake nearest to where the fighting is is by far the
likeliest, so the places stage uses this distance to rank Ukrainian namesakes. The
lines are static general knowledge, so a place's ranking never depends on the
other documents of a batch.
"""

from __future__ import annotations

import math
from collections import defaultdict
from functools import lru_cache

from sitrep.lexicons import read_rows

__all__ = ["front_km", "front_closeness"]

# Within this distance a place is "at the front"; beyond FAR_KM (tube artillery's
# reach) the line says nothing about it. Measured on ACLED's 2022 Ukraine notes:
# 25/150 km let a populous namesake 30 km behind the line beat the village on it.
NEAR_KM = 5.0
FAR_KM = 40.0

Segment = tuple[tuple[float, float], tuple[float, float]]


@lru_cache(maxsize=1)
def _segments() -> tuple[Segment, ...]:
    lines: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for name, lat, lon, _note in read_rows("front_lines.tsv", 4):
        lines[name].append((float(lat), float(lon)))
    return tuple((a, b) for pts in lines.values() for a, b in zip(pts, pts[1:]))


def _segment_km(p: tuple[float, float], a: tuple[float, float], b: tuple[float, float]) -> float:
    """Distance from p to segment ab on a local equirectangular plane (exact enough
    over the ~100 km a segment spans)."""
    kx = 111.32 * math.cos(math.radians(p[0]))
    ax, ay = (a[1] - p[1]) * kx, (a[0] - p[0]) * 110.57
    bx, by = (b[1] - p[1]) * kx, (b[0] - p[0]) * 110.57
    dx, dy = bx - ax, by - ay
    length = dx * dx + dy * dy
    t = 0.0 if length == 0 else max(0.0, min(1.0, -(ax * dx + ay * dy) / length))
    return math.hypot(ax + t * dx, ay + t * dy)


def front_km(lat: float, lon: float) -> float:
    """Kilometres from (lat, lon) to the nearest front or border segment."""
    return min(_segment_km((lat, lon), a, b) for a, b in _segments())


@lru_cache(maxsize=65536)  # by point: the same namesakes come back in every report
def front_closeness(lat: float, lon: float) -> float:
    """1.0 at the front (within NEAR_KM), falling linearly to 0.0 at FAR_KM."""
    d = front_km(lat, lon)
    return max(0.0, min(1.0, 1.0 - (d - NEAR_KM) / (FAR_KM - NEAR_KM)))
