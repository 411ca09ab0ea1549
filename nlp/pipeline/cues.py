"""debatradar_mobilisation_cues_v1: Danish calls to action, on lemmas, #tags and links."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from spacy.attrs import LOWER
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span

from nlp.pipeline.extensions import CueSpan, register_extensions

DEFAULT_PATTERNS = Path(__file__).parent / "patterns" / "cues.json"
_HASHTAGS = re.compile(r"(?<![\w#])#([^\W\d_][\w-]*)")
URLS = re.compile(
    r"(?i)\b(?:https?://|www\.)[^\s<>\"']+|\b(?:[a-z0-9-]+\.)+(?:dk|com|org|net|eu|me|io|nu|se|no|de)/[^\s<>\"']*"
)


@Language.factory(
    "debatradar_mobilisation_cues_v1",
    requires=["token.lemma"],
    assigns=["doc._.dr_cues"],
    default_config={"patterns_path": ""},
)
def make_cue_matcher(nlp: Language, name: str, patterns_path: str) -> CueMatcher:
    """Create the cue matcher from a patterns file (the packaged Danish lexicon by default)."""
    return CueMatcher(nlp, Path(patterns_path) if patterns_path else DEFAULT_PATTERNS)


class CueMatcher:
    """Finds mobilisation cues and stores CueSpan objects in doc._.dr_cues."""

    def __init__(self, nlp: Language, patterns_path: Path) -> None:
        """Compile the token patterns and the link/hashtag lists."""
        register_extensions()
        config: dict[str, Any] = json.loads(patterns_path.read_text(encoding="utf-8"))
        self._trigger = re.compile(config["trigger"], re.IGNORECASE)
        self._words = [
            (family, re.compile(pattern))
            for family, patterns in config["word_patterns"].items()
            for pattern in patterns
        ]
        self._word_cache: dict[int, tuple[bool, tuple[str, ...]]] = {}
        self.matcher = Matcher(nlp.vocab, validate=True)
        for family, patterns in config["patterns"].items():
            self.matcher.add(family, patterns)
        self._verbs = frozenset(config.get("save_stop_words", []))
        self._tag_prefixes = tuple(config.get("hashtag_prefixes", []))
        self._tag_suffixes = tuple(config.get("hashtag_suffixes", []))
        self._petition_hosts = tuple(config.get("petition_hosts", []))
        self._event_patterns = tuple(config.get("event_patterns", []))

    def __call__(self, doc: Doc) -> Doc:
        """Find the cues of one document."""
        cues: list[CueSpan] = []
        text = doc.text
        triggered = False
        for i, (trigger, families) in enumerate(self._classify(doc)):
            triggered = triggered or trigger
            for family in families:
                token = doc[i]
                cues.append(
                    CueSpan(
                        family,
                        token.text,
                        token.lemma_.lower() or token.lower_,
                        token.idx,
                        token.idx + len(token),
                    )
                )
        if triggered:
            seen: set[tuple[str, int, int]] = set()
            for match_id, start, end in self.matcher(doc):
                family = doc.vocab.strings[match_id]
                if (family, start, end) in seen:
                    continue
                seen.add((family, start, end))
                span = doc[start:end]
                cues.append(
                    CueSpan(family, span.text, self._lemma(family, span), span.start_char, span.end_char)
                )
        if "#" in text:
            for match in _HASHTAGS.finditer(text):
                tag = match.group(1).lower()
                if tag.startswith(self._tag_prefixes) or tag.endswith(self._tag_suffixes):
                    cues.append(CueSpan("hashtag", match.group(0), tag, match.start(), match.end()))
        if "." in text:
            for match in URLS.finditer(text):
                url = match.group(0).rstrip(".,;:!?)]}")
                link = self.link_family(url)
                if link:
                    cues.append(CueSpan(link, url, link_host(url), match.start(), match.start() + len(url)))
        doc._.dr_cues = _dedupe_longest(cues)
        return doc

    def _classify(self, doc: Doc) -> list[tuple[bool, tuple[str, ...]]]:
        """Per token: may it start a phrase cue (trigger), and which one-word cue families it is.

        Both are worked out once per word form and cached, so a document costs dictionary lookups.
        """
        cache = self._word_cache
        if len(cache) > 500_000:
            cache.clear()
        strings = doc.vocab.strings
        out = []
        for lower in doc.to_array(LOWER).tolist():
            known = cache.get(lower)
            if known is None:
                word = strings[lower]
                families = tuple(dict.fromkeys(f for f, rx in self._words if rx.search(word)))
                known = cache[lower] = (bool(self._trigger.search(word)), families)
            out.append(known)
        return out

    def link_family(self, url: str) -> str | None:
        """'petition_link', 'event_link' or None for a URL."""
        low = url.lower()
        host = link_host(low)
        if any(host == h or host.endswith("." + h) for h in self._petition_hosts):
            return "petition_link"
        if any(p in low for p in self._event_patterns):
            return "event_link"
        return None

    def _lemma(self, family: str, span: Span) -> str:
        words = []
        for token in span:
            low = token.lower_
            words.append(
                low if (family == "save_stop" and low in self._verbs) else (token.lemma_ or low).lower()
            )
        return " ".join(words)


def link_host(url: str) -> str:
    """The host of a URL without 'www.' (URLs without a scheme are accepted)."""
    text = url if "://" in url else "http://" + url
    try:
        host = urlsplit(text).hostname or ""
    except ValueError:
        return ""
    return host.removeprefix("www.").removeprefix("m.")


def _dedupe_longest(cues: list[CueSpan]) -> list[CueSpan]:
    """Drop a cue inside a longer cue of the same family; keep document order."""
    keep = []
    for cue in cues:
        inside = any(
            o is not cue
            and o.family == cue.family
            and o.start_char <= cue.start_char
            and cue.end_char <= o.end_char
            and (o.end_char - o.start_char) > (cue.end_char - cue.start_char)
            for o in cues
        )
        if not inside:
            keep.append(cue)
    return sorted(keep, key=lambda c: c.start_char)
