"""The Danish gazetteer: municipalities, towns, localities, postcodes, regions and distances."""

from __future__ import annotations

import functools
import hashlib
import json
import os
import tempfile
import threading
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path
from typing import Any, ClassVar

import numpy as np

from nlp.geo._build import Tables, build_tables
from nlp.geo._facts import DEMONYMS, LANDSCAPES, REGION_ALIASES, REGIONS
from nlp.geo._sources import source_versions
from nlp.geo.model import Municipality, Place, Postcode, haversine_km, record_to_dict
from nlp.geo.names import demonym_forms, norm, postal_base, strip_municipality_word
from nlp.geo.postnord import merge_postnord, read_postnord

#: bump when the build changes; part of the cache file name
BUILD_VERSION = 5
_KIND_RANK = {"postcode": 0, "municipality": 1, "town": 2, "locality": 3, "landmark": 4, "region": 5}
#: a point farther than this from every known place is not in Denmark (km)
_MAX_NEAREST_KM = 30.0


class Gazetteer:
    """Danish places resolved to the 98 municipalities.

    Examples:
        >>> gaz = Gazetteer.default()  # doctest: +SKIP
        >>> gaz.by_name("Århus").code  # doctest: +SKIP
        '0751'
        >>> round(gaz.distance_km("0751", "0101"))  # doctest: +SKIP
        157
    """

    _defaults: ClassVar[dict[str, Gazetteer]] = {}
    _lock: ClassVar[threading.Lock] = threading.Lock()

    def __init__(self, tables: Tables) -> None:
        """Index prepared tables (use `default()` or `load()` rather than calling this)."""
        self._municipalities = {m.code: m for m in tables.municipalities}
        self._postcodes = {p.code: p for p in tables.postcodes}
        self._foreign = tuple(tables.foreign)
        self._places = list(tables.places)
        self._index = self._build_index(tables)
        self._demonyms = {form: code for word, code in DEMONYMS.items() for form in demonym_forms(word)}
        located = [p for p in self._places if p.kind == "town" and p.lat is not None]
        self._located = located
        self._coords = np.radians(np.array([[p.lat, p.lon] for p in located], dtype=float))

    # construction and caching

    @classmethod
    def default(cls, cache_dir: Path | None = None, postcode_file: Path | None = None) -> Gazetteer:
        """The process-wide gazetteer, built on first use and cached (in `cache_dir` if given)."""
        key = str(postcode_file or "")
        with cls._lock:
            gaz = cls._defaults.get(key)
            if gaz is None:
                gaz = cls._defaults[key] = cls.load(cache_dir, postcode_file)
            return gaz

    @classmethod
    def load(cls, cache_dir: Path | None = None, postcode_file: Path | None = None) -> Gazetteer:
        """Read the cached tables from `cache_dir`, or build them (and write the cache)."""
        cache = cache_dir / f"gazetteer-{cache_key(postcode_file)}.json" if cache_dir else None
        if cache is not None and cache.is_file():
            try:
                return cls(_tables_from_json(json.loads(cache.read_text(encoding="utf-8"))))
            except (ValueError, KeyError, TypeError):
                cache.unlink(missing_ok=True)  # a damaged cache is rebuilt, never trusted
        postnord = read_postnord(postcode_file) if postcode_file is not None else None
        tables = replace(_built_tables())
        if postnord is not None:
            known = {m.code for m in tables.municipalities}
            tables.postcodes = merge_postnord(tables.postcodes, postnord, known)
        if cache is not None:
            _write_atomic(cache, json.dumps(_tables_to_json(tables), ensure_ascii=False))
        return cls(tables)

    # municipalities

    def municipalities(self) -> list[Municipality]:
        """The 98 municipalities, ordered by code."""
        return sorted(self._municipalities.values(), key=lambda m: m.code)

    def municipality(self, code: str) -> Municipality:
        """A municipality by its four-digit code; KeyError names an unknown code."""
        found = self._municipalities.get(code)
        if found is None:
            raise KeyError(
                f"unknown municipality code {code!r} (expected a four-digit DAGI code like '0751')"
            )
        return found

    def get(self, code: str | None) -> Municipality | None:
        """A municipality by code, or None."""
        return self._municipalities.get(code) if code else None

    def by_name(self, name: str) -> Municipality | None:
        """The municipality a name means, or None if unknown or ambiguous.

        A municipality name ('Aarhus Kommune', 'Århus') or an unambiguous town, locality or
        postal town ('Viby J', 'Hornslet').
        """
        key = norm(strip_municipality_word(name))
        candidates = self._index.get(key, ())
        named = [p for p in candidates if p.kind == "municipality"]
        codes = {p.municipality_code for p in (named or candidates) if p.municipality_code}
        return self._municipalities[codes.pop()] if len(codes) == 1 else None

    def region_of(self, code: str) -> str:
        """The region's Danish name, e.g. 'Region Midtjylland'."""
        return self.municipality(code).region

    def neighbours(self, code: str) -> tuple[str, ...]:
        """Codes of the municipalities next to this one."""
        return self.municipality(code).neighbours

    def distance_km(self, code_a: str, code_b: str) -> float:
        """Great-circle distance between two municipalities' centroids in km."""
        a, b = self.municipality(code_a), self.municipality(code_b)
        return 0.0 if a.code == b.code else haversine_km(a.lat, a.lon, b.lat, b.lon)

    def nearest_municipality(self, lat: float, lon: float) -> str | None:
        """The municipality of the town nearest a point; None for a point outside Denmark."""
        la, lo = np.radians(lat), np.radians(lon)
        a = (
            np.sin((self._coords[:, 0] - la) / 2) ** 2
            + np.cos(la) * np.cos(self._coords[:, 0]) * np.sin((self._coords[:, 1] - lo) / 2) ** 2
        )
        i = int(np.argmin(a))
        km = 2 * 6371.0088 * float(np.arcsin(np.sqrt(min(1.0, float(a[i])))))
        return self._located[i].municipality_code if km <= _MAX_NEAREST_KM else None

    # places and postcodes

    def places(self, name: str) -> tuple[Place, ...]:
        """Every place a name may mean (one per municipality), most specific and largest first."""
        return self._index.get(norm(name), ())

    def all_places(self) -> list[Place]:
        """Every municipality, town and locality record (not the name variants)."""
        return list(self._places)

    def postcode(self, code: str | int) -> Postcode | None:
        """A postcode ('8260', 8260 or 'DK-8260')."""
        text = str(code).strip().upper().removeprefix("DK-").removeprefix("DK")
        return self._postcodes.get(text.strip().zfill(4)) if text.strip().isdigit() else None

    def postcodes(self) -> list[Postcode]:
        """All postcodes, ordered."""
        return sorted(self._postcodes.values(), key=lambda p: p.code)

    def demonym(self, word: str) -> str | None:
        """The municipality of a demonym in any inflection ('aarhusianerne' -> '0751')."""
        return self._demonyms.get(norm(word))

    def name_index(self) -> dict[str, tuple[Place, ...]]:
        """norm(name variant) -> candidate places (for the pipeline's place matcher)."""
        return self._index

    def foreign_names(self) -> tuple[str, ...]:
        """Names of foreign countries and large cities (recognised as LOC, never a municipality)."""
        return self._foreign

    def demonym_index(self) -> dict[str, str]:
        """Inflected demonym -> municipality code."""
        return dict(self._demonyms)

    # indexing

    def _build_index(self, tables: Tables) -> dict[str, tuple[Place, ...]]:
        groups: dict[str, list[Place]] = defaultdict(list)
        for place in tables.places:
            groups[norm(place.name)].append(place)
            if place.kind == "municipality":
                groups[norm(place.name + " kommune")].append(place)
                groups[norm(place.name + "s kommune")].append(place)
            base = postal_base(place.name) if place.kind == "locality" else None
            if base:
                groups[norm(base)].append(place)
        for pc in tables.postcodes:
            where = self._point_of(pc, groups)
            for label in {pc.name, postal_base(pc.name) or pc.name}:
                groups[norm(f"{pc.code} {label}")].append(
                    Place(f"{pc.code} {pc.name}", "postcode", pc.municipality_code, *where)
                )
        for code, name in REGIONS.items():
            groups[norm(name)].append(Place(name, "region", None, region_code=code))
        for alias, code in REGION_ALIASES.items():
            groups[norm(alias)].append(Place(REGIONS[code], "region", None, region_code=code))
        for name in LANDSCAPES:
            if not groups.get(norm(name)):
                groups[norm(name)].append(Place(name, "region", None))
        return {key: _rank(places) for key, places in groups.items()}

    def _point_of(self, pc: Postcode, groups: dict[str, list[Place]]) -> tuple[float | None, float | None]:
        for label in (pc.name, postal_base(pc.name) or pc.name):
            for p in groups.get(norm(label), ()):
                if p.municipality_code == pc.municipality_code and p.lat is not None:
                    return p.lat, p.lon
        m = self._municipalities.get(pc.municipality_code)
        return (m.lat, m.lon) if m else (None, None)


@functools.cache
def _built_tables() -> Tables:
    """The tables built from the packages, once per process (callers copy before changing)."""
    return build_tables()


def _rank(places: Iterable[Place]) -> tuple[Place, ...]:
    best: dict[str | None, Place] = {}
    for p in places:
        key = p.municipality_code if p.municipality_code else f"r:{p.region_code}:{p.name}"
        old = best.get(key)
        if old is None or (_KIND_RANK[p.kind], -p.population) < (_KIND_RANK[old.kind], -old.population):
            best[key] = p
    return tuple(sorted(best.values(), key=lambda p: (_KIND_RANK[p.kind], -p.population, p.name)))


def cache_key(postcode_file: Path | None) -> str:
    """Changes when the build, the data packages or the PostNord file change."""
    parts: dict[str, Any] = {"build": BUILD_VERSION, **source_versions()}
    if postcode_file is not None and postcode_file.is_file():
        parts["postnord"] = hashlib.sha256(postcode_file.read_bytes()).hexdigest()
    return hashlib.sha256(json.dumps(parts, sort_keys=True).encode()).hexdigest()[:16]


def _tables_to_json(tables: Tables) -> dict[str, Any]:
    return {
        "municipalities": [record_to_dict(m) for m in tables.municipalities],
        "places": [record_to_dict(p) for p in tables.places],
        "postcodes": [record_to_dict(p) for p in tables.postcodes],
        "foreign": list(tables.foreign),
    }


def _tables_from_json(data: dict[str, Any]) -> Tables:
    munis = [Municipality(**{**m, "neighbours": tuple(m["neighbours"])}) for m in data["municipalities"]]
    places = [Place(**p) for p in data["places"]]
    pcs = [Postcode(**{**p, "municipality_codes": tuple(p["municipality_codes"])}) for p in data["postcodes"]]
    if len(munis) != 98:
        raise ValueError("gazetteer cache does not hold 98 municipalities")
    return Tables(municipalities=munis, places=places, postcodes=pcs, foreign=list(data["foreign"]))


def _write_atomic(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write(text)
    Path(tmp).replace(path)
