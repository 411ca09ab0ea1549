"""Pseudonymisation of authors before anything is written (keyed HMAC, allow-listed public actors)."""

from __future__ import annotations

from crawlers.items import RawAuthor
from schema import AuthorRef, ConfigError, pseudonym
from schema.settings import PublicActor, Settings


def _norm(value: str) -> str:
    return " ".join(value.casefold().split()).lstrip("@")


class Pseudonymiser:
    """Turns a RawAuthor into an AuthorRef: a keyed pseudonym, a name only for public actors.

    Raises:
        ConfigError: when no pseudonym key is configured.
    """

    def __init__(self, settings: Settings) -> None:
        secret = settings.secrets.pseudonym_key
        if secret is None or not secret.get_secret_value():
            raise ConfigError(
                "secrets.pseudonym_key is not set: set DEBATRADAR_SECRETS__PSEUDONYM_KEY in the environment "
                "(or a git-ignored .env) to a long random secret before crawling or importing."
            )
        self._key = secret.get_secret_value().encode()
        self._by_handle: dict[tuple[str, str], PublicActor] = {}
        self._by_name: dict[str, PublicActor] = {}
        for actor in settings.privacy.public_actors:
            self._by_name[_norm(actor.name)] = actor
            for handle in actor.handles:
                platform, _, ident = handle.partition(":")
                if ident:
                    self._by_handle[(platform.strip().lower(), _norm(ident))] = actor

    def public_actor(self, platform: str, author: RawAuthor) -> PublicActor | None:
        """The allow-listed public actor this author is, if any."""
        for ident in (author.id, *author.aliases):
            actor = self._by_handle.get((platform, _norm(ident)))
            if actor is not None:
                return actor
        for name in (author.name, author.organisation):
            if name and _norm(name) in self._by_name:
                return self._by_name[_norm(name)]
        return None

    def author_ref(self, platform: str, author: RawAuthor) -> AuthorRef:
        """The pseudonymised author with its location signals."""
        actor = self.public_actor(platform, author)
        actor_type = actor.actor_type if actor else ("organisation" if author.organisation else "unknown")
        return AuthorRef(
            pseudonym=pseudonym(self._key, platform, author.id),
            display_name=actor.name if actor else None,
            actor_type=actor_type,
            profile_location=author.profile_location,
            signature_town=author.signature_town,
            postcode=author.postcode,
            geotag=author.geotag,
        )
