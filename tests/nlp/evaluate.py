"""Evaluation of the Danish NLP on the labelled fixtures and the real data in ../shared/data.

The tests assert the targets; `python -m tests.nlp.evaluate` prints the full report that
docs/evaluation.md ("## Danish NLP") quotes.
"""

from __future__ import annotations

import csv
import itertools
import json
import statistics
import tempfile
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from nlp import Enricher, Gazetteer
from nlp.geo import haversine_km
from nlp.pipeline import build_pipeline
from tests.conftest import SHARED_DATA
from tests.nlp.conftest import load_jsonl, make_item, make_settings


@dataclass
class Score:
    """Precision/recall counts."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    errors: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Assignment:
    """Precision of a labelling task where 'unknown' is allowed, and its coverage."""

    correct: int = 0
    wrong: int = 0
    abstained: int = 0
    labelled: int = 0
    errors: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.correct / (self.correct + self.wrong) if self.correct + self.wrong else 1.0

    @property
    def coverage(self) -> float:
        """Share of items with a known answer that got an answer."""
        return self.correct / self.labelled if self.labelled else 0.0


def place_recognition(enricher: Enricher) -> tuple[Score, Score]:
    """(span recognition, municipality resolution) on places.jsonl."""
    spans, resolution = Score(), Score()
    rows = load_jsonl("places.jsonl")
    items = [make_item(r["text"], platform="news", home=r["home"], native_id=r["id"]) for r in rows]
    docs, failures = enricher.enrich_batch(items)
    assert not failures, failures
    for row, doc in zip(rows, docs, strict=True):
        gold = {(text, code) for text, code in row["places"]}
        found = {(p.text, p.municipality_code) for p in doc.places}
        gold_text, found_text = {t for t, _ in gold}, {t for t, _ in found}
        spans.tp += len(gold_text & found_text)
        spans.fp += len(found_text - gold_text)
        spans.fn += len(gold_text - found_text)
        if found_text ^ gold_text:
            spans.errors.append(f"{row['id']}: expected {sorted(gold_text)}, found {sorted(found_text)}")
        for text, code in gold:
            if text not in found_text or code is None:
                continue
            if (text, code) in found:
                resolution.tp += 1
            else:
                resolution.fp += 1
                resolution.errors.append(
                    f"{row['id']}: {text} -> {[c for t, c in found if t == text]}, not {code}"
                )
    return spans, resolution


def document_municipality(enricher: Enricher, case: str = "documents.jsonl") -> Assignment:
    """Which municipality each document of documents.jsonl is about."""
    rows = load_jsonl(case)
    items = [
        make_item(
            r["text"],
            title=r["title"],
            platform=r["platform"],
            home=r["home"],
            community=r["community"],
            native_id=r["id"],
        )
        for r in rows
    ]
    docs, failures = enricher.enrich_batch(items)
    assert not failures, failures
    return _assign(rows, [d.municipality_code for d in docs], "municipality")


def author_home(enricher: Enricher, case: str = "authors.jsonl") -> Assignment:
    """Where the author of each item of authors.jsonl lives."""
    rows = load_jsonl(case)
    items = [
        make_item(
            r["text"],
            platform=r["platform"],
            home=r["home"],
            community=r["community"],
            author=r["author"],
            native_id=r["id"],
        )
        for r in rows
    ]
    docs, failures = enricher.enrich_batch(items)
    assert not failures, failures
    return _assign(
        rows, [d.author_home.municipality_code if d.author_home else None for d in docs], "home_municipality"
    )


def _assign(rows: list[dict[str, object]], predicted: list[str | None], key: str) -> Assignment:
    result = Assignment()
    for row, got in zip(rows, predicted, strict=True):
        want = row[key]
        result.labelled += want is not None
        if got is None:
            result.abstained += 1
            if want is not None:
                result.errors.append(f"{row['id']}: unknown, expected {want}")
        elif got == want:
            result.correct += 1
        else:
            result.wrong += 1
            result.errors.append(f"{row['id']}: {got}, expected {want}")
    return result


def cue_detection(enricher: Enricher, case: str = "cues.jsonl") -> dict[str, Score]:
    """Per-family precision/recall of the cues in cues.jsonl (key 'all' for the micro average)."""
    rows = load_jsonl(case)
    docs, failures = enricher.enrich_batch([make_item(r["text"], native_id=r["id"]) for r in rows])
    assert not failures, failures
    scores: dict[str, Score] = defaultdict(Score)
    for row, doc in zip(rows, docs, strict=True):
        gold, found = set(row["families"]), {c.family for c in doc.cues}
        for family in gold | found:
            for key in (family, "all"):
                score = scores[key]
                score.tp += family in gold and family in found
                score.fp += family in found and family not in gold
                score.fn += family in gold and family not in found
        if gold != found:
            scores["all"].errors.append(f"{row['id']}: expected {sorted(gold)}, found {sorted(found)}")
    return dict(scores)


def ddt_locations(path: Path, gazetteer_cache: Path) -> Score:
    """Exact-span P/R of place names against the LOC entities of a DDT NER CoNLL file."""
    nlp = build_pipeline("blank", gazetteer_cache)
    score = Score()
    for tokens, gold in _conll_sentences(path):
        text, offsets = _detokenise(tokens)
        doc = nlp(text)
        gold_spans = {(offsets[s][0], offsets[e - 1][1]) for s, e in gold}
        found = {_without_postcode(text, h.start_char, h.end_char) for h in doc._.dr_places if not h.demonym}
        score.tp += len(gold_spans & found)
        score.fp += len(found - gold_spans)
        score.fn += len(gold_spans - found)
        for start, end in sorted(found - gold_spans)[:3]:
            score.errors.append(f"FP {text[start:end]!r} in {text[:80]!r}")
    return score


def _without_postcode(text: str, start: int, end: int) -> tuple[int, int]:
    """DDT marks '3790 Hasle' as LOC 'Hasle': compare the town part of a postcode mention."""
    if text[start : start + 4].isdigit() and text[start + 4 : start + 5] == " ":
        return start + 5, end
    return start, end


def _conll_sentences(path: Path) -> list[tuple[list[str], list[tuple[int, int]]]]:
    sentences: list[tuple[list[str], list[tuple[int, int]]]] = []
    tokens: list[str] = []
    tags: list[str] = []
    for line in [*path.read_text(encoding="utf-8").splitlines(), ""]:
        if not line.strip():
            if tokens:
                sentences.append((tokens, _loc_spans(tags)))
            tokens, tags = [], []
            continue
        parts = line.split()
        tokens.append(parts[0])
        tags.append(parts[-1])
    return sentences


def _loc_spans(tags: list[str]) -> list[tuple[int, int]]:
    spans, start = [], None
    for i, tag in enumerate([*tags, "O"]):
        if start is not None and tag != "I-LOC":
            spans.append((start, i))
            start = None
        if tag == "B-LOC" or (tag == "I-LOC" and start is None):
            start = i
    return spans


def _detokenise(tokens: list[str]) -> tuple[str, list[tuple[int, int]]]:
    text, offsets = "", []
    for token in tokens:
        if text and not (token in {".", ",", ":", ";", "!", "?", ")"} or text.endswith("(")):
            text += " "
        offsets.append((len(text), len(text) + len(token)))
        text += token
    return text, offsets


@dataclass
class Coverage:
    """The gazetteer against the reference tables in ../shared/data/gazetteer."""

    postcodes: int
    postcodes_found: int
    postcodes_primary_ok: int
    postcodes_multi: int
    postcodes_multi_found: int
    towns: int
    towns_right: int
    centroid_median_km: float
    centroid_p90_km: float
    names: int


def gazetteer_coverage(gazetteer: Gazetteer, reference_gazetteer: Gazetteer | None = None) -> Coverage:
    """Coverage of postcodes and towns, and centroid error, against the shared reference tables."""
    base = SHARED_DATA / "gazetteer"
    postnord: dict[str, set[str]] = defaultdict(set)
    with (base / "postnord_postals.csv").open(encoding="utf-8-sig") as fh:
        for row in csv.DictReader(fh, delimiter=";"):
            if int(row["POSTNR"]) >= 1000:
                postnord[row["POSTNR"].zfill(4)].add(row["KOMMUNE_NR"].zfill(4))
    found = [pc for pc in postnord if gazetteer.postcode(pc)]
    primary_ok = [pc for pc in found if gazetteer.postcode(pc).municipality_code in postnord[pc]]  # type: ignore[union-attr]
    multi = [pc for pc in postnord if len(postnord[pc]) > 1]
    ref = reference_gazetteer or gazetteer
    multi_found = [
        pc for pc in multi if (p := ref.postcode(pc)) and set(p.municipality_codes) == postnord[pc]
    ]
    with (base / "derived" / "towns_geonames500_with_kommune.csv").open(encoding="utf-8") as fh:
        towns = list(csv.DictReader(fh))
    right = 0
    for town in towns:
        codes = {p.municipality_code for p in gazetteer.places(town["name"]) if p.kind != "region"}
        right += town["kommunekode"] in codes
    errors = []
    with (base / "derived" / "kommuner.csv").open(encoding="utf-8") as fh:
        municipalities = list(csv.DictReader(fh))
    for row in municipalities:
        m = gazetteer.get(row["kommunekode"])
        if m is not None:
            errors.append(haversine_km(m.lat, m.lon, float(row["centroid_lat"]), float(row["centroid_lon"])))
    errors.sort()
    return Coverage(
        postcodes=len(postnord),
        postcodes_found=len(found),
        postcodes_primary_ok=len(primary_ok),
        postcodes_multi=len(multi),
        postcodes_multi_found=len(multi_found),
        towns=len(towns),
        towns_right=right,
        centroid_median_km=round(statistics.median(errors), 2),
        centroid_p90_km=round(errors[int(0.9 * len(errors))], 2),
        names=len(gazetteer.name_index()),
    )


def neighbour_accuracy(gazetteer: Gazetteer) -> Score:
    """Municipality neighbours against shared borders in the DAGI polygons (shared vertices)."""
    with (SHARED_DATA / "gazetteer" / "kommuner.geojson").open(encoding="utf-8") as fh:
        features = json.load(fh)["features"]
    owners: dict[tuple[float, float], set[str]] = defaultdict(set)

    def walk(coords: list[Any], code: str) -> None:
        if coords and isinstance(coords[0], int | float):
            owners[(round(coords[0], 4), round(coords[1], 4))].add(code)
            return
        for part in coords:
            walk(part, code)

    for feature in features:
        walk(feature["geometry"]["coordinates"], str(feature["properties"]["KOMKODE"]).zfill(4))
    truth = {tuple(sorted(pair)) for codes in owners.values() for pair in itertools.combinations(codes, 2)}
    truth = {pair for pair in truth if gazetteer.get(pair[0]) and gazetteer.get(pair[1])}
    found = {tuple(sorted((m.code, n))) for m in gazetteer.municipalities() for n in m.neighbours}
    return Score(tp=len(truth & found), fp=len(found - truth), fn=len(truth - found))


def social_robustness(enricher: Enricher) -> tuple[int, int, Counter[str]]:
    """(items, failures, languages) over the real comments of ../shared/data/social."""
    texts = []
    for name in ("offenseval-da-training-v1.tsv", "offenseval-da-test-v1.tsv"):
        with (SHARED_DATA / "social" / name).open(encoding="utf-8") as fh:
            reader = csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
            next(reader)
            texts += [row[1] for row in reader if len(row) >= 2]
    items = [make_item(t, platform="other", native_id=f"s{i}") for i, t in enumerate(texts)]
    docs, failures = enricher.enrich_batch(items)
    return len(items), len(failures), Counter(d.lang for d in docs)


def main() -> None:
    """Print the evaluation report."""
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp)
        enricher = Enricher(make_settings(data))
        spans, resolution = place_recognition(enricher)
        print(
            f"place mentions (places.jsonl): P {spans.precision:.3f} R {spans.recall:.3f} F1 {spans.f1:.3f}; "
            f"resolved to the right municipality {resolution.tp}/{resolution.tp + resolution.fp}"
        )
        for e in spans.errors + resolution.errors:
            print("   ", e)
        for case in ("documents.jsonl", "documents_heldout.jsonl"):
            docs = document_municipality(enricher, case)
            print(
                f"document municipality ({case}): precision {docs.precision:.3f}, "
                f"coverage {docs.coverage:.3f} ({docs.correct} right, {docs.wrong} wrong, "
                f"{docs.abstained} unknown; {docs.labelled} labelled)"
            )
            for e in docs.errors:
                print("   ", e)
        for case in ("authors.jsonl", "authors_heldout.jsonl"):
            homes = author_home(enricher, case)
            print(
                f"author home ({case}): precision {homes.precision:.3f}, coverage {homes.coverage:.3f} "
                f"({homes.correct} right, {homes.wrong} wrong, {homes.abstained} unknown; "
                f"{homes.labelled} labelled)"
            )
            for e in homes.errors:
                print("   ", e)
        for case in ("cues.jsonl", "cues_heldout.jsonl"):
            cues = cue_detection(enricher, case)
            for family, s in sorted(cues.items()):
                if family == "all" or case == "cues.jsonl":
                    print(
                        f"cues {case} {family:15s} P {s.precision:.3f} R {s.recall:.3f} "
                        f"(tp {s.tp}, fp {s.fp}, fn {s.fn})"
                    )
            for e in cues["all"].errors:
                print("   ", e)
        for name in ("ddt-ner-dev.conll", "ddt-ner-train-10k.conll"):
            s = ddt_locations(SHARED_DATA / "ner" / name, data / "cache")
            print(
                f"DDT {name}: LOC P {s.precision:.3f} R {s.recall:.3f} F1 {s.f1:.3f} "
                f"(tp {s.tp}, fp {s.fp}, fn {s.fn})"
            )
            for e in s.errors[:15]:
                print("   ", e)
        gaz = Gazetteer.load(data / "cache")
        postnord = Gazetteer.load(None, SHARED_DATA / "gazetteer" / "postnord_postals.csv")
        cov = gazetteer_coverage(gaz, postnord)
        print(f"gazetteer: {cov}")
        nb = neighbour_accuracy(gaz)
        print(
            f"neighbours vs DAGI borders: P {nb.precision:.3f} R {nb.recall:.3f} "
            f"(tp {nb.tp}, fp {nb.fp}, fn {nb.fn})"
        )
        n, failed, langs = social_robustness(enricher)
        print(f"social: {n} comments, {failed} failures, languages {langs.most_common()}")


if __name__ == "__main__":
    main()
