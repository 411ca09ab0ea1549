"""Writes the social items of a scenario: Reddit threads, Mastodon statuses and Bluesky posts."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from simulator._places import AARHUS, SYDDJURS
from simulator._plan import TopicPlan
from simulator._timing import HOURS
from simulator.corpus import RedditComment, RedditPost, Skeet, Toot

if TYPE_CHECKING:
    from simulator._generate import Builder

TAGS = {AARHUS: ("aarhus",), SYDDJURS: ("syddjurs", "djursland")}
SUBS = {AARHUS: (("Aarhus", 0.85), ("Denmark", 0.15)), SYDDJURS: (("Djursland", 0.7), ("Denmark", 0.3))}


def thread(b: Builder, plan: TopicPlan, day: int) -> None:
    """A Reddit thread: a self or link post and a comment tree that grows over the next hours."""
    rng = b.rng
    op, remote = b.author(plan, "reddit", day)
    created = b.moment(day, HOURS)
    code = plan.spec.municipality
    subs = (("Denmark", 1.0),) if code is None else SUBS[code]
    if plan.kind == "remote_mobilisation":
        subs = (("Djursland", 0.35), ("Denmark", 0.65))
    sub = b.choose(subs)
    recent = [a for a in b.corpus.articles[-40:] if a.topic == plan.spec.id and a.published < created]
    cta = b.cta(plan, day)
    if recent and rng.random() < 0.15:
        article = recent[-1]
        post = RedditPost(
            b.new_id36(),
            sub,
            article.title,
            "",
            op.key,
            created,
            plan.spec.id,
            article.path,
            (article.path,),
        )
        self_ref = False
    else:
        written = b.writer.post(plan.spec, op, cta=cta, remote=remote, size=(1, 4))
        post = RedditPost(
            b.new_id36(),
            sub,
            b.writer.title(plan.spec, op),
            written.text,
            op.key,
            created,
            plan.spec.id,
            None,
            written.links,
        )
        self_ref = written.self_ref
    b.corpus.reddit_posts.append(post)
    b.mark_self_ref(post.permalink, self_ref)
    thread: list[RedditComment] = []
    for _ in range(int(rng.expovariate(1 / (plan.comments * (1 + 0.5 * plan.heat[day]))))):
        parent = rng.choice(thread) if thread and rng.random() < 0.5 else None
        base = parent.created if parent else post.created
        when = base + timedelta(seconds=int(min(rng.expovariate(1 / 9000), 3 * 86400)) + 30)
        if when > b.horizon:
            continue
        person, is_remote = (op, remote) if rng.random() < 0.1 else b.author(plan, "reddit", day)
        comment_id = b.new_id36()
        parent_id = f"t1_{parent.id36}" if parent else f"t3_{post.id36}"
        depth = parent.depth + 1 if parent else 0
        if rng.random() < 0.02:  # deleted later: stays in the tree, is no item
            deleted = RedditComment(
                comment_id, post.id36, parent_id, "[deleted]", None, when, depth, plan.spec.id
            )
            thread.append(deleted)
            continue
        written = b.writer.post(plan.spec, person, cta=cta * 0.6, remote=is_remote, size=(1, 2))
        comment = RedditComment(
            comment_id,
            post.id36,
            parent_id,
            written.text,
            person.key,
            when,
            depth,
            plan.spec.id,
            written.links,
        )
        thread.append(comment)
        b.mark_self_ref(f"{post.permalink}{comment_id}/", written.self_ref)
    b.corpus.reddit_comments.extend(thread)


def toot(b: Builder, plan: TopicPlan, day: int) -> None:
    """A Mastodon status with hashtags; now and then a reply, or a public actor speaking."""
    rng = b.rng
    code = plan.spec.municipality
    actors = b.actors.get(code or "", ())
    created = b.moment(day, HOURS)
    tags = [rng.choice(TAGS[code])] if code else ["dkpol"]
    if plan.spec.hashtags and rng.random() < 0.4 + 0.5 * plan.heat[day]:
        tags += rng.sample(plan.spec.hashtags, rng.randint(1, 2))
    if actors and plan.kind in ("background", "mobilisation", "remote_mobilisation") and rng.random() < 0.03:
        person = rng.choice(actors)
        statement = b.writer.statement(plan.spec)
        text, self_ref = f"{statement} " + " ".join(f"#{t}" for t in tags), False
        links: tuple[str, ...] = ()
    else:
        person, remote = b.author(plan, "mastodon", day)
        written = b.writer.toot(plan.spec, person, cta=b.cta(plan, day), remote=remote, tags=tuple(tags))
        text, self_ref, links = written.text, written.self_ref, written.links
    reply_to = None
    earlier = [t for t in b.corpus.toots[-60:] if t.topic == plan.spec.id and t.created < created]
    if earlier and rng.random() < 0.15:
        parent = rng.choice(earlier)
        reply_to = parent.id
        text = f"@{b.mastodon_account(parent.account).username} {text}"
    b.sequence += 1
    toot_id = (int(created.timestamp() * 1000) << 16) | (b.sequence & 0xFFFF)
    b.corpus.toots.append(
        Toot(
            toot_id,
            person.key,
            text,
            tuple(dict.fromkeys(t.lower() for t in tags)),
            created,
            plan.spec.id,
            reply_to,
            links,
        )
    )
    b.mark_self_ref(f"toot:{toot_id}", self_ref)


def skeet(b: Builder, plan: TopicPlan, day: int) -> None:
    """A Bluesky post (at most 300 characters) with hashtags; now and then a reply."""
    rng = b.rng
    code = plan.spec.municipality
    person, remote = b.author(plan, "bluesky", day)
    created = b.moment(day, HOURS)
    tags = [rng.choice(TAGS[code])] if code else ["dkpol"]
    if plan.spec.hashtags and rng.random() < 0.3 + 0.5 * plan.heat[day]:
        tags.append(rng.choice(plan.spec.hashtags))
    written = b.writer.post(plan.spec, person, cta=b.cta(plan, day), remote=remote, size=(1, 2))
    shown = " ".join(f"#{t}" for t in tags)
    body, self_ref, links = written.text, written.self_ref, written.links
    if len(body) + len(shown) > 299:  # Bluesky's limit is 300 characters
        body = body[: 296 - len(shown)].rsplit(" ", 1)[0] + " …"
        self_ref = self_ref and any(f.lower() in body.lower() for f in (person.signature, person.town.name))
        links = tuple(link for link in links if link in body)
    parent = None
    earlier = [s for s in b.corpus.skeets[-40:] if s.topic == plan.spec.id and s.created < created]
    if earlier and rng.random() < 0.12:
        parent = rng.choice(earlier)
    b.sequence += 1
    rkey = tid(created, b.sequence)
    root = (parent.root or parent.rkey) if parent else None
    b.corpus.skeets.append(
        Skeet(rkey, person.key, f"{body} {shown}", tuple(dict.fromkeys(t.lower() for t in tags)),
              created, plan.spec.id, parent.rkey if parent else None, root, links)
    )  # fmt: skip
    b.mark_self_ref(f"skeet:{rkey}", self_ref)


_TID_ALPHABET = "234567abcdefghijklmnopqrstuvwxyz"


def tid(moment: datetime, clock: int) -> str:
    """An AT Protocol record key (TID): microseconds and a clock id, 13 sortable base32 characters."""
    value = (int(moment.timestamp() * 1_000_000) << 10) | (clock & 0x3FF)
    return "".join(_TID_ALPHABET[(value >> (5 * i)) & 31] for i in reversed(range(13)))
