"""bcrypt password hashes of local users (the embedded default; production logs in with OIDC)."""

from __future__ import annotations

import bcrypt

from schema import ConfigError

#: bcrypt only reads the first 72 bytes; longer passwords are refused rather than silently cut.
MAX_PASSWORD_BYTES = 72
MIN_PASSWORD_CHARS = 10
_ROUNDS = 12
#: Checked against when the user does not exist, so both cases take the same time.
_DUMMY_HASH = b"$2b$12$y/btUcGelbGqixlaP1Ot5O.kKdqlimLoZ7a1Uo95ZgG.tw62LDcmW"


def hash_password(password: str, rounds: int = _ROUNDS) -> str:
    """A bcrypt hash of a password for `ui.users[].password_hash`.

    Raises:
        ConfigError: the password is shorter than 10 characters or longer than 72 bytes.

    Examples:
        >>> h = hash_password("et langt kodeord", rounds=4)
        >>> verify_password("et langt kodeord", h)
        True
    """
    raw = password.encode("utf-8")
    if len(password) < MIN_PASSWORD_CHARS:
        raise ConfigError(f"the password must have at least {MIN_PASSWORD_CHARS} characters")
    if len(raw) > MAX_PASSWORD_BYTES:
        raise ConfigError(f"the password must be at most {MAX_PASSWORD_BYTES} bytes (UTF-8)")
    return bcrypt.hashpw(raw, bcrypt.gensalt(rounds)).decode("ascii")


def verify_password(password: str, password_hash: str | None) -> bool:
    """Whether the password matches the hash; False (never an error) for a missing or broken hash."""
    raw = password.encode("utf-8")
    if len(raw) > MAX_PASSWORD_BYTES:
        return False
    try:
        expected = password_hash.encode("ascii") if password_hash else _DUMMY_HASH
        ok = bcrypt.checkpw(raw, expected)
    except ValueError:
        return False
    return ok and password_hash is not None
