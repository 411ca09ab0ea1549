"""Issue keywords by c-TF-IDF over the refined issues, and Danish labels ("bevare egeskov · Brabrand")."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np

from nlp.topics.embeddings import TOKEN_PATTERN
from nlp.topics.stopwords import danish_stop_words

#: Documents per issue read for its keywords (the most recent ones): bounds the cost per run.
MAX_DOCS_PER_ISSUE = 300


def class_tfidf(classes: Sequence[Sequence[str]], ngram_max: int = 2) -> tuple[Any, Any]:
    """c-TF-IDF of document classes (BERTopic's formula: class tf, sqrt, log(1 + A / f)).

    Returns the (classes x terms) sparse matrix and the terms; a class's documents are joined
    (its most recent ``MAX_DOCS_PER_ISSUE`` only). Raises ValueError when there are no words.
    """
    from sklearn.feature_extraction.text import CountVectorizer

    joined = [" ".join(list(texts)[-MAX_DOCS_PER_ISSUE:]) for texts in classes]
    vectorizer = CountVectorizer(
        token_pattern=TOKEN_PATTERN, stop_words=list(danish_stop_words()), ngram_range=(1, ngram_max)
    )
    counts = vectorizer.fit_transform(joined).astype(np.float64)
    tf = counts.multiply(1 / np.maximum(counts.sum(axis=1), 1)).tocsr()
    tf.data = np.sqrt(tf.data)
    frequency = np.asarray(counts.sum(axis=0)).ravel()
    average = max(float(counts.sum(axis=1).mean()), 1.0)
    return tf.multiply(
        np.log(1 + average / np.maximum(frequency, 1))
    ).tocsr(), vectorizer.get_feature_names_out()


def issue_keywords(
    texts: Mapping[str, Sequence[str]], background: Sequence[str] = (), top_n: int = 10, ngram_max: int = 2
) -> dict[str, list[str]]:
    """Top c-TF-IDF keywords of each issue.

    ``texts`` maps an issue id to its documents' lemma texts; ``background`` (unassigned
    documents) is one more class, so words of the whole debate score low.

    Examples:
        >>> texts = {"a": ["fælde egeskov brabrand"] * 3, "b": ["letbane forsinkelse"] * 3}
        >>> issue_keywords(texts, top_n=2)["b"]
        ['forsinkelse', 'letbane']
    """
    classes = [k for k, v in texts.items() if v]
    if not classes:
        return {}
    try:
        scores, words = class_tfidf(
            [texts[k] for k in classes] + ([background] if background else []), ngram_max
        )
    except ValueError:  # nothing but stop words
        return {k: [] for k in classes}
    result: dict[str, list[str]] = {}
    for row, key in enumerate(classes):
        line = scores.getrow(row)
        order = np.lexsort((words[line.indices], -line.data))
        result[key] = _distinct([str(words[line.indices[j]]) for j in order], top_n)
    return result


def class_similarity(
    a: Sequence[Sequence[str]], b: Sequence[Sequence[str]], ngram_max: int = 1
) -> np.ndarray:
    """Cosine of c-TF-IDF vectors between classes ``a`` and classes ``b`` (all fitted together)."""
    if not a or not b:
        return np.zeros((len(a), len(b)))
    try:
        scores, _ = class_tfidf([*a, *b], ngram_max)
    except ValueError:
        return np.zeros((len(a), len(b)))
    from sklearn.preprocessing import normalize

    unit = normalize(scores)
    return np.asarray((unit[: len(a)] @ unit[len(a) :].T).toarray())


def _distinct(ranked: Sequence[str], n: int) -> list[str]:
    """Drop degenerate n-grams ('pendler pendler') and keep the best n."""
    out: list[str] = []
    for term in ranked:
        parts = term.split()
        if len(set(parts)) < len(parts):
            continue
        out.append(term)
        if len(out) == n:
            break
    return out


def make_label(keywords: Sequence[str], place: str | None, n_words: int = 2) -> str:
    """Top keywords (without the place's own words) and the place: 'bevare egeskov · Brabrand'.

    Examples:
        >>> make_label(["egeskov", "brabrand", "bevare egeskov", "fælde"], "Brabrand")
        'egeskov fælde · Brabrand'
        >>> make_label([], None)
        'uden navn'
    """
    place_words = set(place.lower().split()) if place else set()
    words: list[str] = []
    for term in keywords:
        parts = [p for p in term.split() if p not in place_words]
        if len(parts) < len(term.split()) or any(p in words for p in parts):
            continue
        if len(words) + len(parts) > n_words and words:
            continue
        words.extend(parts)
        if len(words) >= n_words:
            break
    head = " ".join(words) or (keywords[0] if keywords else "")
    if place:
        return f"{head} · {place}" if head else place
    return head or "uden navn"
