"""IssueTracker: enriched documents in, stable local issues out, run after run."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

from nlp.topics.build import build_issues
from nlp.topics.cache import EmbeddingCache
from nlp.topics.embeddings import Embedder, Matrix, make_embedder
from nlp.topics.incremental import assign_to_issues, recluster_recent
from nlp.topics.matching import Candidate, match_candidates
from nlp.topics.memory import DocRow, IssueState, TrackerMemory
from nlp.topics.model import TopicModel
from nlp.topics.refine import refine_topics
from nlp.topics.stats import issue_municipality, main_place
from schema import DetectorError, EnrichedDocument, Issue, LineageEvent
from schema.settings import Settings


@dataclass
class TopicUpdate:
    """What one tracker run decided."""

    assignments: dict[str, str | None]
    """Document id -> issue id (None: not part of any issue) for the documents given and any that moved."""
    issues: list[Issue]
    """Every issue the tracker knows, current (upsert them all; unchanged ones keep ``updated_at``)."""


class IssueTracker:
    """Tracks local issues across runs; state (model, embeddings, memory) lives in ``model_dir``.

    The first run fits the topic model on the documents given (the history). Later runs assign
    new documents to known issues and cluster the recent leftovers into new issues; the model is
    refitted every ``refit_days`` or when the corpus grew by ``refit_growth``, and the refitted
    topics are matched to the known issues so that ids stay stable (merges and splits are
    recorded as lineage). Passing documents already seen is harmless: updates are idempotent.

    Examples:
        >>> tracker = IssueTracker(settings, settings.data_dir / "models")  # doctest: +SKIP
        >>> update = tracker.update(new_docs, store.list_issues(), datetime.now(UTC))  # doctest: +SKIP
        >>> store.set_issue_ids(update.assignments); store.upsert_issues(update.issues)  # doctest: +SKIP
    """

    def __init__(self, settings: Settings, model_dir: Path) -> None:
        self.settings = settings
        self.model_dir = model_dir
        self.memory = TrackerMemory(model_dir / "tracker.sqlite")
        self.cache = EmbeddingCache(model_dir / "embeddings.sqlite")
        self._model: TopicModel | None = None

    def update(
        self, documents: Sequence[EnrichedDocument], issues: Sequence[Issue], now: datetime
    ) -> TopicUpdate:
        """Process a run's documents; returns assignments and the current issues."""
        if now.tzinfo is None:
            raise DetectorError("IssueTracker.update needs a timezone-aware 'now' (UTC)")
        horizon = now - timedelta(
            days=min(self.settings.topics.history_days, self.settings.privacy.raw_text_days)
        )
        latest = {d.id: d for d in sorted(documents, key=lambda d: d.fetched_at)}
        keep_text = self.settings.topics.embedding != "tfidf-svd"
        rows = [
            DocRow.from_document(d, keep_text) for d in latest.values() if horizon <= d.published_at <= now
        ]
        self.memory.upsert(rows)
        self.cache.forget(self.memory.prune(horizon))
        before = {r.id: r.issue_id for r in self.memory.rows(since=horizon)}
        if self._needs_refit(now):
            self._refit(now, horizon, before)
        else:
            self._assign_new(now, horizon)
        current = self.memory.rows(since=horizon)
        after = {r.id: r.issue_id for r in current}
        assignments: dict[str, str | None] = {d: after.get(d) for d in latest}
        assignments.update({d: i for d, i in after.items() if before.get(d, i) != i})
        built = build_issues(
            current,
            self.memory.issue_states(),
            _load_lineage(self.memory.get_state("lineage", {})),
            {i.issue_id: i for i in issues},
            self.settings,
            now,
        )
        return TopicUpdate(assignments=assignments, issues=built)

    # refit ---------------------------------------------------------------------------------
    def _needs_refit(self, now: datetime) -> bool:
        fitted_at = self.memory.get_state("fitted_at")
        if fitted_at is None or not (self.model_dir / "model" / "meta.json").exists():
            return True
        if self.memory.get_state("settings") != self.settings.topics.model_dump(mode="json"):
            return True
        fitted = datetime.fromisoformat(fitted_at)
        if now < fitted or now - fitted >= timedelta(days=self.settings.topics.refit_days):
            return True
        unprocessed = sum(1 for r in self.memory.rows(since=fitted) if not r.processed)
        grown = unprocessed + int(self.memory.get_state("new_since_fit", 0))
        return grown > self.settings.topics.refit_growth * max(
            int(self.memory.get_state("fitted_count", 0)), 1
        )

    def _refit(self, now: datetime, horizon: datetime, before: Mapping[str, str | None]) -> None:
        rows = [r for r in self.memory.rows(since=horizon) if r.published <= now]
        topics = self.settings.topics
        embedder = make_embedder(topics)
        texts = [r.lemma_text for r in rows]
        if rows:
            embedder.fit([r.lemma_text if embedder.uses_lemmas or r.body is None else r.body for r in rows])
        embeddings = self._embed(embedder, rows)
        model = TopicModel(topics, embedder)
        labels = model.fit_transform(texts, embeddings) if rows else np.zeros(0, dtype=np.int64)
        candidates = []
        for group in refine_topics(rows, labels, embeddings, topics):
            members = [rows[i] for i in group.members]
            mean = embeddings[group.members].mean(axis=0)
            municipality = issue_municipality(members, topics.issue_municipality_min_share)
            place = main_place(members, municipality)
            candidates.append(
                Candidate(
                    [m.id for m in members],
                    (mean / max(float(np.linalg.norm(mean)), 1e-12)).astype(np.float32),
                    group.topic,
                    municipality,
                    place[0] if place else None,
                )
            )
        states = self.memory.issue_states()
        previous = {d: i for d, i in before.items() if i is not None}
        matching = match_candidates(candidates, previous, states, topics, now)
        assignments: dict[str, str | None] = {}
        new_states = {
            s.issue_id: IssueState(s.issue_id, None, s.centroid, s.municipality, s.place, s.merged_into)
            for s in states.values()
        }
        for old, keeper in matching.merged.items():
            if old in new_states:
                new_states[old].merged_into = keeper
        for candidate, issue_id in zip(candidates, matching.ids, strict=True):
            assignments.update(dict.fromkeys(candidate.members, issue_id))
            new_states[issue_id] = IssueState(
                issue_id, candidate.topic, candidate.centroid, candidate.municipality, candidate.place
            )
        for r in rows:  # documents the new clustering leaves out stay in their (surviving) issue
            if r.id not in assignments:
                prev = previous.get(r.id)
                assignments[r.id] = matching.merged.get(prev, prev) if prev else None
        self.memory.save_issue_states(new_states.values(), replace_all=True)
        self.memory.assign(assignments)
        self._add_lineage(matching.events)
        model.save(self.model_dir / "model")
        self.cache.keep_only(embedder.fingerprint)
        self._model = model
        self.memory.set_state(
            fitted_at=now.isoformat(),
            fitted_count=len(rows),
            new_since_fit=0,
            settings=topics.model_dump(mode="json"),
        )

    # between refits ------------------------------------------------------------------------
    def _assign_new(self, now: datetime, horizon: datetime) -> None:
        model = self._load_model()
        settings = self.settings.topics
        remembered = [r for r in self.memory.rows(since=horizon) if r.published <= now]
        new = [r for r in remembered if not r.processed]
        states = self.memory.issue_states()
        assignments: dict[str, str | None] = {}
        if new:
            texts = [r.lemma_text for r in new]
            vectors = self._embed(model.embedder, new)
            topics = model.transform(texts, vectors)
            coverage = model.embedder.coverage(texts) if model.embedder.uses_lemmas else np.ones(len(new))
            chosen = assign_to_issues(new, vectors, topics, coverage, states, settings)
            assignments.update({r.id: c for r, c in zip(new, chosen, strict=True)})
        recent_born = {k for k, s in states.items() if s.topic is None and s.merged_into is None}
        pool_start = now - timedelta(days=settings.pool_days)
        current = {r.id: assignments.get(r.id, r.issue_id) for r in remembered}
        recent = [
            r
            for r in remembered
            if r.published >= pool_start and (current[r.id] is None or current[r.id] in recent_born)
        ]
        profiles: dict[str, list[str]] = {}
        for r in remembered:
            issue = current[r.id]
            if issue is not None and issue not in recent_born:
                profiles.setdefault(issue, []).append(r.lemma_text)
        if recent:
            for r in recent:
                r.issue_id = current[r.id]
            found = recluster_recent(
                recent, self._embed(model.embedder, recent), profiles, states, settings, now
            )
            assignments.update(found.assignments)
            for old, keeper in found.merged.items():
                if old in states:
                    states[old].merged_into = keeper
                    found.states.append(states[old])
            self.memory.save_issue_states(found.states)
            self._add_lineage(found.events)
        self.memory.assign(assignments)
        self.memory.set_state(new_since_fit=int(self.memory.get_state("new_since_fit", 0)) + len(new))

    # helpers -------------------------------------------------------------------------------
    def _embed(self, embedder: Embedder, rows: Sequence[DocRow]) -> Matrix:
        texts = [r.lemma_text if embedder.uses_lemmas or r.body is None else r.body for r in rows]
        return self.cache.embed(embedder, [(r.id, r.content_hash) for r in rows], texts)

    def _load_model(self) -> TopicModel:
        if self._model is None:
            self._model = TopicModel.load(self.model_dir / "model")
        return self._model

    def _add_lineage(self, events: Mapping[str, list[LineageEvent]]) -> None:
        if not events:
            return
        stored = self.memory.get_state("lineage", {})
        for issue_id, new in events.items():
            stored.setdefault(issue_id, []).extend(e.model_dump(mode="json") for e in new)
        self.memory.set_state(lineage=stored)


def _load_lineage(raw: Mapping[str, list[dict[str, object]]]) -> dict[str, list[LineageEvent]]:
    return {k: [LineageEvent.model_validate(e) for e in v] for k, v in raw.items()}
