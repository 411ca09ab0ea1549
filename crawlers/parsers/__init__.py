"""Pure parsers of the platforms' formats (feeds, articles, Reddit, Mastodon, Bluesky, listings, sitemaps)."""
