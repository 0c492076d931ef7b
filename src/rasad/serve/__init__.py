"""Web UI and JSON API: each page is a view over the same dict its JSON route returns."""
