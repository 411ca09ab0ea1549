"""The gazetteer's records: municipalities, places and postcodes (immutable, hashable)."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

from schema import GeoPoint
from schema.document import PlaceKind

EARTH_RADIUS_KM = 6371.0088


@dataclass(frozen=True, slots=True)
class Municipality:
    """One of the 98 municipalities (kommuner)."""

    code: str
    name: str
    region_code: str
    region: str
    lat: float
    lon: float
    neighbours: tuple[str, ...] = ()

    @property
    def point(self) -> GeoPoint:
        """The centroid as a GeoPoint."""
        return GeoPoint(lat=self.lat, lon=self.lon)


@dataclass(frozen=True, slots=True)
class Place:
    """A named place: municipality, town, locality (district, postal town), postcode or region."""

    name: str
    kind: PlaceKind
    municipality_code: str | None
    lat: float | None = None
    lon: float | None = None
    population: int = 0
    region_code: str | None = None

    @property
    def point(self) -> GeoPoint | None:
        """The coordinates as a GeoPoint, if known."""
        if self.lat is None or self.lon is None:
            return None
        return GeoPoint(lat=self.lat, lon=self.lon)


@dataclass(frozen=True, slots=True)
class Postcode:
    """A postcode: its postal town, the primary municipality and every municipality it reaches."""

    code: str
    name: str
    municipality_code: str
    municipality_codes: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class PlaceHit:
    """A place name found in a text, with every place it may mean (resolved later, in context)."""

    text: str
    start_char: int
    end_char: int
    candidates: tuple[Place, ...]
    demonym: bool = False
    foreign: bool = False


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance between two WGS84 points in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))


def record_to_dict(record: Municipality | Place | Postcode) -> dict[str, Any]:
    """A JSON-ready dict of a record (tuples become lists)."""
    return {name: getattr(record, name) for name in record.__slots__}
