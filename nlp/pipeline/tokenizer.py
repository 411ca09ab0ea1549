"""The Danish tokenizer, with hashtags, @mentions and URLs kept whole."""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex, registry

_SOCIAL = re.compile(r"^(?:#[^\W\d_][\w-]*|@[\w.-]*\w(?:@[\w.-]+\.\w+)?)$")


@registry.tokenizers("debatradar.tokenizer.v1")  # type: ignore[untyped-decorator]
def create_tokenizer() -> Callable[[Language], Tokenizer]:
    """The Danish tokenizer rules of spaCy, except that '#tag' and '@handle' stay one token."""

    def make(nlp: Language) -> Tokenizer:
        return make_tokenizer(nlp)

    return make


def make_tokenizer(nlp: Language) -> Tokenizer:
    """A tokenizer for `nlp`'s language with the social-media tokens kept whole."""
    defaults = nlp.Defaults
    prefixes = [p for p in (defaults.prefixes or []) if p not in {"#", "@"}]
    return Tokenizer(
        nlp.vocab,
        rules=dict(defaults.tokenizer_exceptions),
        prefix_search=compile_prefix_regex(prefixes).search,
        suffix_search=compile_suffix_regex(defaults.suffixes or []).search,
        infix_finditer=compile_infix_regex(defaults.infixes or []).finditer,
        token_match=_SOCIAL.match,
        url_match=defaults.url_match,
    )
