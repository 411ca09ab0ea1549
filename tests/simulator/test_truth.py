"""The ground truth is consistent with the corpus, and the planted episodes look like what they claim."""

from __future__ import annotations

import re
import statistics
from collections import Counter
from datetime import timedelta

_CUES = re.compile(
    r"skriv under|skrevet under|underskrift|mød op|demonstration|protest|borgermøde|høringssvar|del opslaget|"
    r"del gerne|skrivunder\.net|change\.org|facebook\.com/events|#\w+",
    re.IGNORECASE,
)


def items_by_topic(scenario, items):
    out = {}
    for item, entry in zip(
        items, sorted(scenario.entries(), key=lambda e: (e.published, e.url)), strict=True
    ):
        out.setdefault(entry.topic, []).append((item, entry))
    return out


def test_every_item_has_exactly_one_label(scenario):
    entries = scenario.entries()
    truth = scenario.truth
    assert len(truth.labels) == len(entries) == scenario.corpus.size()
    for entry in entries:
        url = truth.origin + entry.url if entry.url.startswith("/") else entry.url
        label = truth.labels[url]
        assert label.topic_id == entry.topic and label.author == entry.author.key
        assert label.published_at == entry.published
        assert label.author_home == truth.authors[label.author].home_code
        assert label.topic_id in truth.topics
        assert (label.episode_id is None) == (truth.topics[label.topic_id].kind == "background")


def test_items_and_labels_agree_on_urls(scenario, items):
    urls = {i.url for i in items}
    assert urls == set(scenario.truth.labels)


def test_episode_counts_and_remote_shares_recompute_from_the_labels(scenario):
    truth = scenario.truth
    for episode in truth.episodes:
        labels = [
            lb for lb in truth.labels.values() if lb.topic_id == episode.id and lb.published_at <= episode.end
        ]
        assert len(labels) == episode.documents
        citizens = {lb.author for lb in labels if truth.authors[lb.author].role is None}
        known = {lb.author for lb in labels if lb.home_signal and truth.authors[lb.author].role is None}
        assert len(citizens) == episode.authors and len(known) == episode.authors_known
        if episode.expected_remote_share is not None:
            remote = [a for a in known if truth.authors[a].home_code != episode.municipality_code]
            assert round(len(remote) / len(known), 3) == episode.expected_remote_share


def test_decoys_expect_no_alert_and_planted_episodes_do(scenario):
    truth = scenario.truth
    assert {e.expected_level for e in truth.decoys()} == {None}
    levels = {e.kind: e.expected_level.value for e in truth.planted()}
    assert levels == {
        "mobilisation": "alert",
        "remote_mobilisation": "alert",
        "slow_burn": "watch",
        "coordinated": "alert",
    }
    national = next(e for e in truth.episodes if e.kind == "decoy_national")
    assert national.municipality_code is None and national.documents >= 200


def test_fast_mobilisation_bursts_with_first_time_authors(scenario):
    truth = scenario.truth
    fast = next(e for e in truth.episodes if e.kind == "mobilisation")
    days = Counter(lb.published_at.date() for lb in truth.labels.values() if lb.topic_id == fast.id)
    before = [days.get((fast.start - timedelta(days=d)).date(), 0) for d in range(1, 15)]
    assert days[fast.peak.date()] >= 25 and days[fast.peak.date()] >= 10 * max(1, statistics.median(before))
    earlier = {lb.author for lb in truth.labels.values() if lb.published_at < fast.start}
    burst = {
        lb.author
        for lb in truth.labels.values()
        if lb.topic_id == fast.id and fast.start <= lb.published_at <= fast.end
    }
    newcomers = len(burst - earlier) / len(burst)
    assert newcomers >= 0.6, newcomers


def test_mobilisations_call_to_action_and_the_heated_decoy_does_not(scenario, items):
    grouped = items_by_topic(scenario, items)
    truth = scenario.truth

    def cue_share(kind):
        episode = next(e for e in truth.episodes if e.kind == kind)
        texts = [i.text for i, e in grouped[episode.id] if episode.start <= e.published <= episode.end]
        return sum(bool(_CUES.search(t)) for t in texts) / len(texts)

    assert cue_share("mobilisation") >= 0.4
    assert cue_share("remote_mobilisation") >= 0.4
    assert cue_share("decoy_heated") <= 0.1


def _shingles(text: str) -> set[tuple[str, ...]]:
    words = re.findall(r"\w+", text.lower())
    return {tuple(words[i : i + 4]) for i in range(len(words) - 3)}


def test_coordinated_campaign_is_near_identical_copies_in_a_short_time(scenario, items):
    truth = scenario.truth
    campaign = next(e for e in truth.episodes if e.kind == "coordinated")
    grouped = items_by_topic(scenario, items)
    written = [(i, e) for i, e in grouped[campaign.id] if e.kind in ("answer", "letter")]
    copies = [i for i, e in written if campaign.start <= e.published <= campaign.end]
    assert len(copies) >= 30 and len(copies) >= 0.75 * len(written)
    assert campaign.end - campaign.start <= timedelta(days=3)
    sets = [_shingles(i.text) for i in copies]
    partners = [sum(len(a & b) / len(a | b) >= 0.8 for b in sets) - 1 for a in sets]
    share = sum(n >= 5 for n in partners) / len(sets)
    assert share >= 0.6, share  # most have many near-duplicates at the enricher's default threshold


def test_remote_campaign_authors_show_where_they_live(scenario):
    truth = scenario.truth
    remote = next(e for e in truth.episodes if e.kind == "remote_mobilisation")
    homes = Counter(
        truth.authors[lb.author].home_code
        for lb in truth.labels.values()
        if lb.topic_id == remote.id and lb.home_signal
    )
    assert len(homes) >= 15  # people from all over Denmark
    assert homes["0706"] / sum(homes.values()) <= 0.45


def test_label_for_accepts_any_origin_and_rebased_rekeys(scenario):
    truth = scenario.truth
    url, label = next((u, lb) for u, lb in truth.labels.items() if u.startswith(truth.origin))
    moved = url.replace(truth.origin, "http://127.0.0.1:40404")
    assert truth.label_for(moved) == label
    assert truth.label_for("http://127.0.0.1:1/findes/ikke") is None
    rebased = truth.rebased("http://127.0.0.1:40404")
    assert rebased.labels[moved].url == moved and len(rebased.labels) == len(truth.labels)
    mastodon_remote = next(u for u in truth.labels if u.startswith("https://"))
    assert mastodon_remote in rebased.labels
