"""Extractors: one module per fact kind, each `extract(article) -> list[Fact]`, pure, no I/O."""
