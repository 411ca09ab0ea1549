"""The app's text catalogs: one flat dict per language, with the same keys."""
