"""The `rasad` command line: thin — parses arguments and calls the package's functions."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any, TextIO

import click

from rasad import __version__
from rasad.read.inputs import InputDoc, Reject, iter_inputs
from rasad.store.base import DEFAULT_URL

DB_HELP = "Store URL: sqlite:///path.db (default sqlite:///./rasad.db) or postgresql://user@host/db."


def _dump(record: dict[str, Any]) -> str:
    return json.dumps(record, ensure_ascii=False)


class RunStats:
    """Counts what happened to each input so the exit code can say whether anything failed."""

    def __init__(self) -> None:
        self.ok = 0
        self.rejected: list[Reject] = []

    def reject(self, reject: Reject) -> None:
        self.rejected.append(reject)
        click.echo(f"rasad: skipped {reject}", err=True)

    def exit_code(self) -> int:
        if self.rejected and not self.ok:
            return 2
        return 1 if self.rejected else 0


def analysed(paths: tuple[str, ...], stats: RunStats) -> Iterator[dict[str, Any]]:
    """Analyse every readable input; rejects (and analysis errors) are reported and skipped."""
    for item in iter_inputs(paths):
        if isinstance(item, Reject):
            stats.reject(item)
            continue
        record = _safe_analyze(item, stats)
        if record is not None:
            stats.ok += 1
            yield record


def _safe_analyze(doc: InputDoc, stats: RunStats) -> dict[str, Any] | None:
    from rasad.analyzer import EmptyArticleError, analyze_doc

    try:
        return analyze_doc(doc).to_dict()
    except EmptyArticleError as exc:
        stats.reject(Reject(doc.source or doc.id, str(exc)))
        return None
    except Exception as exc:  # one bad article must never stop a run
        stats.reject(Reject(doc.source or doc.id, f"analysis failed: {type(exc).__name__}: {exc}"))
        return None


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="rasad")
def main() -> None:
    """Rasad (رصد): Arabic news intelligence — who is named, who said what, when, how many.

    \b
    Examples:
      rasad analyze article.txt --pretty
      rasad analyze ../shared/eval/dev/articles.jsonl > records.jsonl
      rasad ingest corpus.jsonl.gz --db sqlite:///news.db
      rasad serve --db sqlite:///news.db
    """


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("-o", "--output", type=click.File("w", encoding="utf-8"), default="-",
              help="Write here (default stdout).")
@click.option("--pretty", is_flag=True, help="A readable report instead of JSONL.")
def analyze(paths: tuple[str, ...], output: TextIO, pretty: bool) -> None:
    """Analyse files, folders, JSONL(.gz) or `-` (stdin); write one JSON record per article.

    \b
    Examples:
      rasad analyze examples/kurdistantv-hmc-20240127.txt --pretty
      cat article.txt | rasad analyze - -o out.jsonl
    """
    from rasad.report import format_record

    stats = RunStats()
    for record in analysed(paths, stats):
        output.write((format_record(record) + "\n\n") if pretty else _dump(record) + "\n")
    output.flush()
    sys.exit(stats.exit_code())


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--db", default=DEFAULT_URL, show_default=True, help=DB_HELP)
@click.option("--batch-size", default=200, show_default=True, help="Articles per write transaction.")
@click.option("--pretty", "pretty_n", default=0, help="Print a readable report of the first N articles.")
@click.option("--rejects", type=click.Path(dir_okay=False), help="Also write rejected inputs (JSONL) here.")
@click.option("--link/--no-link", "link", default=True, show_default=True,
              help="Link the new articles across the corpus (wire copy, entities, stories, disagreements).")
def ingest(paths: tuple[str, ...], db: str, batch_size: int, pretty_n: int, rejects: str | None,
           link: bool) -> None:
    """Analyse inputs and store them; the same article (id or content) is stored once.

    \b
    Examples:
      rasad ingest ../shared/data/news/corpus.jsonl.gz --db sqlite:///news.db
      rasad ingest examples/ --pretty 1
    """
    from rasad.ingest import ingest_records

    stats = RunStats()
    summary = ingest_records(analysed(paths, stats), db, batch_size, pretty_n, link)
    if rejects:
        with open(rejects, "w", encoding="utf-8") as fh:
            for r in stats.rejected:
                fh.write(_dump({"source": r.source, "line": r.line, "reason": r.reason}) + "\n")
    click.echo(f"{summary}; rejected {len(stats.rejected)}", err=True)
    sys.exit(stats.exit_code())


def _find_scorer(gold: Path, scorer: str | None) -> Path:
    for cand in ([Path(scorer)] if scorer else []) + [gold / "score.py", gold.parent / "score.py"]:
        if cand.is_file():
            return cand
    raise click.ClickException(f"no score.py found beside {gold}; pass --scorer PATH (../shared/eval/score.py)")


@main.command("eval")
@click.option("--gold", "gold_dir", required=True, type=click.Path(exists=True, file_okay=False),
              help="Folder with articles.jsonl and ID.gold.json files.")
@click.option("--scorer", help="Path to score.py (default: looked for beside the gold folder).")
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Keep the predictions here.")
def evaluate(gold_dir: str, scorer: str | None, output: str | None) -> None:
    """Analyse GOLD/articles.jsonl and score it with the evaluation's own score.py.

    \b
    Example:
      rasad eval --gold ../shared/eval/dev
    """
    import tempfile

    gold = Path(gold_dir)
    script = _find_scorer(gold, scorer)
    stats = RunStats()
    pred = Path(output) if output else Path(tempfile.mkstemp(suffix=".jsonl")[1])
    with pred.open("w", encoding="utf-8") as fh:
        for record in analysed((str(gold / "articles.jsonl"),), stats):
            fh.write(_dump(record) + "\n")
    done = subprocess.run([sys.executable, str(script), "--pred", str(pred), "--gold", str(gold)], check=False)
    if not output:
        pred.unlink()
    sys.exit(done.returncode or stats.exit_code())


@main.command()
@click.option("--db", default=DEFAULT_URL, show_default=True, help=DB_HELP)
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8000, show_default=True)
@click.option("--allow-ingest", is_flag=True, help="Accept POSTed articles at /api/v1/ingest.")
@click.option("--workers", default=1, show_default=True, type=click.IntRange(1, 64),
              help="Worker processes over the one store (about one per core).")
def serve(db: str, host: str, port: int, allow_ingest: bool, workers: int) -> None:
    """Serve the web UI and JSON API (http://127.0.0.1:8000 by default).

    \b
    Examples:
      rasad serve --db sqlite:///news.db --port 8000
      rasad serve --db sqlite:///news.db --workers 2
    """
    from rasad.serve.workers import run

    click.echo(f"Rasad: serving {db} on http://{host}:{port}/  (API: /api/v1/, docs: /docs; {workers} worker"
               f"{'s' if workers > 1 else ''})", err=True)
    run(db, host, port, allow_ingest, workers)


@main.command("tag-ner")
@click.option("--conll", "conll", required=True, type=click.Path(exists=True, dir_okay=False),
              help="Input: TOKEN TAG per line, blank line between sentences.")
@click.option("-o", "--output", type=click.Path(dir_okay=False), default="-",
              help="TOKEN GOLD PRED lines (default: standard output).")
@click.option("--report", is_flag=True,
              help="Also print entity F1 on stderr with names propagated across the whole file and without.")
def tag_ner(conll: str, output: str, report: bool) -> None:
    """Tag a CoNLL file with the shipped NER model, for conlleval.py.

    \b
    Example:
      rasad tag-ner --conll ../shared/data/ner/anercorp/ANERCorp_CamelLab_test.txt -o pred.txt
      python3 ../shared/eval/conlleval.py pred.txt
      rasad tag-ner --conll test.txt | python3 ../shared/eval/conlleval.py
      rasad tag-ner --conll test.txt -o pred.txt --report
    """
    import tempfile

    from rasad.ner import tag_conll

    if report:
        from rasad.ner.evaluate import propagation_report

        f1 = propagation_report(conll)
        click.echo(f"entity F1: {f1['file']:.2f} with names propagated across the whole file, "
                   f"{f1['none']:.2f} without propagation across sentences", err=True)

    if output != "-":
        tag_conll(conll, output)
        return
    with tempfile.TemporaryDirectory(prefix="rasad-tag-ner-") as tmp:
        pred = Path(tmp) / "pred.txt"
        tag_conll(conll, pred)
        click.echo(pred.read_text(encoding="utf-8"), nl=False)


def _register_batch_commands() -> None:
    from rasad.cli_batch import batch, export
    from rasad.cli_corpus import COMMANDS
    from rasad.cli_watch import watch

    main.add_command(batch)
    main.add_command(export)
    main.add_command(watch)
    for command in COMMANDS:
        main.add_command(command)


_register_batch_commands()

if __name__ == "__main__":
    main()
