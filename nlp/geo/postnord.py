"""Optional: PostNord's official postcode file, which lists every municipality a postcode reaches.

The packaged data maps each postcode to one municipality. A municipality that wants the full
many-to-many table downloads PostNord's "postnummerfil" (a ``;``-separated CSV with the columns
KOMMUNE_NR, POSTNR and BYNAVN) and sets ``nlp.postcode_file``; the gazetteer then keeps the
packaged municipality as the primary one and adds the others.
"""

from __future__ import annotations

import csv
from dataclasses import replace
from pathlib import Path

from nlp.geo.model import Postcode
from schema import ConfigError

_REQUIRED = ("KOMMUNE_NR", "POSTNR", "BYNAVN")


def read_postnord(path: Path) -> dict[str, tuple[str, list[str]]]:
    """Postcode -> (town, municipality codes in file order) from a PostNord postcode file."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except OSError as err:
        raise ConfigError(f"{path}: cannot read the PostNord postcode file ({err.strerror}).") from None
    except UnicodeDecodeError:
        raise ConfigError(f"{path}: the PostNord postcode file is not UTF-8 text.") from None
    reader = csv.DictReader(text.splitlines(), delimiter=";")
    missing = [c for c in _REQUIRED if c not in (reader.fieldnames or [])]
    if missing:
        raise ConfigError(f"{path}: not a PostNord postcode file; missing column(s) {', '.join(missing)}.")
    table: dict[str, tuple[str, list[str]]] = {}
    for row in reader:
        code, muni = row["POSTNR"].strip().zfill(4), row["KOMMUNE_NR"].strip().zfill(4)
        if not code.isdigit() or not muni.isdigit() or int(code) < 1000:
            continue
        _, codes = table.setdefault(code, (row["BYNAVN"].strip(), []))
        if muni not in codes:
            codes.append(muni)
    return table


def merge_postnord(
    postcodes: list[Postcode], table: dict[str, tuple[str, list[str]]], known: set[str]
) -> list[Postcode]:
    """Add PostNord's further municipalities (and postcodes the packages lack) to the postcodes."""
    merged = {pc.code: pc for pc in postcodes}
    for code, (town, codes) in table.items():
        codes = [c for c in codes if c in known]
        if not codes:
            continue
        pc = merged.get(code)
        if pc is None:
            merged[code] = Postcode(code, town, codes[0], tuple(codes))
            continue
        rest = sorted(c for c in codes if c != pc.municipality_code)
        merged[code] = replace(pc, municipality_codes=(pc.municipality_code, *rest))
    return sorted(merged.values(), key=lambda p: p.code)
