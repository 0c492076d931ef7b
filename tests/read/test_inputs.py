from __future__ import annotations

import gzip
import json
from pathlib import Path

from rasad.read.inputs import InputDoc, Reject, iter_inputs


def _docs(paths: list[str]) -> tuple[list[InputDoc], list[Reject]]:
    items = list(iter_inputs(paths))
    return [i for i in items if isinstance(i, InputDoc)], [i for i in items if isinstance(i, Reject)]


def test_folder_recursive_with_mixed_inputs(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "a.txt").write_text("قال الوزير إن الاجتماع عقد.", encoding="utf-8")
    (tmp_path / "sub" / "b.html").write_text("<html><body><p>نص عربي في صفحة.</p></body></html>", encoding="utf-8")
    lines = [json.dumps({"id": "x1", "text": "نص", "published": "2024-01-01"}, ensure_ascii=False),
             "{broken", json.dumps({"id": "x2", "text": 5}), json.dumps({"id": "x3"}), json.dumps([1])]
    (tmp_path / "c.jsonl").write_text("\n".join(lines), encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    docs, rejects = _docs([str(tmp_path), str(tmp_path / "missing.txt")])
    assert {d.id for d in docs} == {"a", "b", "x1"}
    assert next(d for d in docs if d.id == "b").html is not None
    reasons = {(Path(r.source).name, r.line): r.reason for r in rejects}
    assert "broken JSON" in reasons[("c.jsonl", 2)]
    assert "must be a string" in reasons[("c.jsonl", 3)]
    assert "no 'text' or 'html'" in reasons[("c.jsonl", 4)]
    assert "JSON object" in reasons[("c.jsonl", 5)]
    assert reasons[("empty.txt", None)] == "empty input"
    assert reasons[("missing.txt", None)] == "no such file or folder"


def test_gzip_jsonl_and_ids(tmp_path: Path) -> None:
    path = tmp_path / "corpus.jsonl.gz"
    with gzip.open(path, "wt", encoding="utf-8") as fh:
        fh.write(json.dumps({"text": "نص أول"}, ensure_ascii=False) + "\n")
        fh.write(json.dumps({"id": 7, "text": "نص ثان"}, ensure_ascii=False) + "\n")
    docs, rejects = _docs([str(path)])
    assert [d.id for d in docs] == ["corpus-1", "7"] and not rejects


def test_meta_sidecar_supplies_metadata(tmp_path: Path) -> None:
    (tmp_path / "art.txt").write_text("نص المقال", encoding="utf-8")
    (tmp_path / "art.meta.json").write_text(json.dumps({"id": "art", "outlet": "واس", "published": "2015-03-02"}),
                                            encoding="utf-8")
    docs, _ = _docs([str(tmp_path)])
    assert len(docs) == 1 and docs[0].outlet == "واس" and docs[0].published == "2015-03-02"
