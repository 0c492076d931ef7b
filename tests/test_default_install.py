"""What `make install` (the base dependencies, no extras) must be enough for: every documented export format."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq
from click.testing import CliRunner

from rasad.cli import main
from rasad.store import open_store

ROOT = Path(__file__).resolve().parents[1]


def _base_dependencies() -> dict[str, str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    pins = (d.split("==") for d in project["dependencies"])
    return {name.split("[")[0].lower(): version for name, version in pins}


def test_parquet_writer_is_a_pinned_base_dependency() -> None:
    deps = _base_dependencies()
    assert deps.get("pyarrow") == "26.0.1"


def _rec(aid: str, text: str) -> dict[str, Any]:
    return {"id": aid, "outlet": "وكالة", "url": None, "title": "عنوان", "published": "2024-01-10", "language": "ar",
            "text": text, "body": {"start": 0, "end": len(text)}, "entities": [], "quotes": [], "dates": [],
            "counts": [], "warnings": []}


def test_export_parquet_from_the_command_line(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'news.db'}"
    store = open_store(url)
    store.put_many([_rec("a1", "قال الوزير إن المفاوضات مستمرة."), _rec("a2", "الطقس في أربيل مشمس.")])
    store.close()
    result = CliRunner().invoke(main, ["export", "--db", url, "--format", "parquet", "-o", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    articles = pq.read_table(tmp_path / "out" / "articles.parquet").to_pylist()
    assert sorted((a["id"], a["text"]) for a in articles) == [("a1", "قال الوزير إن المفاوضات مستمرة."),
                                                              ("a2", "الطقس في أربيل مشمس.")]
