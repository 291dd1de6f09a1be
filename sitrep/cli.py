"""The `sitrep` command: a thin typer layer over run, export, report and store.

Heavy modules are imported inside the commands so `sitrep --help` and
`sitrep extract` start fast.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

app = typer.Typer(
    help="sitrep: an auditable database of events, places, times, quotes and sources "
         "from war reporting.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

DbOption = Annotated[Path, typer.Option("--db", help="DuckDB database file.")]


def _err(line: str) -> None:
    typer.echo(f"error: {line}", err=True)


@app.command()
def run(
    paths: Annotated[list[str], typer.Argument(
        help="Files, folders (read recursively), .jsonl files of documents, or - for stdin.")],
    db: DbOption = Path("sitrep.duckdb"),
    out: Annotated[Path, typer.Option("--out", help="Folder for exports and the report.")] = Path("out"),
    batch_size: Annotated[int, typer.Option(help="Documents per nlp.pipe batch.")] = 16,
    processes: Annotated[int, typer.Option(min=1, help="Worker processes for extraction "
                                                        "(each loads the model: ~0.5 GB).")] = 1,
    outputs: Annotated[bool, typer.Option(help="Write exports and the report after the batch.")] = True,
    progress: Annotated[bool, typer.Option(help="Show a progress bar.")] = True,
) -> None:
    """Ingest, extract, store; then write exports and the HTML report."""
    from sitrep.run import run_batch
    from sitrep.settings import Settings

    import duckdb

    settings = Settings(db_path=db, out_dir=out, batch_size=batch_size, n_process=processes)

    def report_failure(stored: int, known: int, failed: int, failure: str | None) -> None:
        if failure:
            _err(failure)

    try:
        if progress and sys.stderr.isatty():
            result = _run_with_progress(paths, settings, outputs)
        else:
            result = run_batch(paths, settings, write_outputs=outputs, progress=report_failure)
    except duckdb.Error as exc:
        _err(f"{db}: database error ({str(exc).splitlines()[0]})")
        raise typer.Exit(code=2) from None
    rate = result.stored / result.seconds if result.seconds else 0.0
    typer.echo(f"{result.stored} stored, {result.already_stored} already stored, "
               f"{len(result.failures)} failed in {result.seconds:.1f} s ({rate:.1f} docs/s); "
               f"database {db}")
    if result.exports:
        typer.echo(f"exports and report in {out}/ (report: {out / 'report.html'})")
    raise typer.Exit(code=0 if result.ok else 1)


def _run_with_progress(paths: list[str], settings: object, outputs: bool) -> object:
    from rich.console import Console
    from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    from sitrep.run import run_batch

    console = Console(stderr=True)
    columns = (SpinnerColumn(), TextColumn("{task.description}"), BarColumn(),
               TextColumn("{task.completed} docs"), TextColumn("{task.fields[rate]:.1f} docs/s"),
               TextColumn("[red]{task.fields[failed]} failed"), TimeElapsedColumn())
    with Progress(*columns, console=console, transient=False) as bar:
        task = bar.add_task("extracting", total=None, rate=0.0, failed=0)

        def update(stored: int, known: int, failed: int, failure: str | None) -> None:
            if failure:
                bar.console.print(f"[red]error:[/red] {failure}", markup=True, highlight=False)
            elapsed = bar.tasks[0].elapsed or 0.0
            done = stored + known
            bar.update(task, completed=done, failed=failed,
                       rate=done / elapsed if elapsed else 0.0)

        return run_batch(paths, settings, write_outputs=outputs, progress=update)  # type: ignore[arg-type]


@app.command()
def extract(
    input: Annotated[str, typer.Argument(help="JSONL of {id, text, publication_date, title}, or -.")],
    output: Annotated[str, typer.Option("-o", "--output", help="JSONL to write, or - for stdout.")] = "-",
    batch_size: Annotated[int, typer.Option(help="Documents per nlp.pipe batch.")] = 16,
    processes: Annotated[int, typer.Option(min=1, help="Worker processes for extraction "
                                                        "(each loads the model: ~0.5 GB).")] = 1,
) -> None:
    """The evaluation contract: one output record per input id, no database."""
    from sitrep.documents import decode
    from sitrep.run import extract_contract
    from sitrep.settings import Settings

    data = sys.stdin.buffer.read() if input == "-" else _read_or_exit(Path(input))
    text = decode(data)
    if not isinstance(text, str):
        _err(f"{input}: {text[0]}")
        raise typer.Exit(code=2)
    failed = 0

    def on_error(line: str) -> None:
        nonlocal failed
        failed += 1
        _err(line)

    sink = sys.stdout if output == "-" else open(output, "w", encoding="utf-8")
    try:
        for record in extract_contract(text, input, Settings(batch_size=batch_size, n_process=processes),
                                       on_error):
            sink.write(json.dumps(record, ensure_ascii=False) + "\n")
    finally:
        if sink is not sys.stdout:
            sink.close()
    raise typer.Exit(code=1 if failed else 0)


def _read_or_exit(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        _err(f"{path}: {exc.strerror or exc}")
        raise typer.Exit(code=2) from None


def _open_db(db: Path):  # type: ignore[no-untyped-def]
    from sitrep import store

    try:
        return store.connect(db, read_only=True)
    except Exception as exc:  # noqa: BLE001 - one line for any unusable database
        _err(f"{db}: cannot open database ({exc})")
        raise typer.Exit(code=2) from None


@app.command("export")
def export_cmd(
    db: DbOption = Path("sitrep.duckdb"),
    format: Annotated[str, typer.Option("--format", "-f",
                                        help="jsonl, csv, parquet, geojson (places and events) "
                                             "or acled (ACLED-compatible CSV).")] = "jsonl",
    out: Annotated[Path, typer.Option("--out", help="Folder to write into.")] = Path("out"),
) -> None:
    """Export the database: contract JSONL, CSV/Parquet tables, GeoJSON, or ACLED CSV."""
    from sitrep import acled, export, store

    if format not in export.FORMATS:
        _err(f"unknown format {format!r}; choose one of {', '.join(export.FORMATS)}")
        raise typer.Exit(code=2)
    con = _open_db(db)
    try:
        out.mkdir(parents=True, exist_ok=True)
        if format == "jsonl":
            n = export.write_jsonl(store.load_all(con), out / "sitrep.jsonl", with_document=True)
            typer.echo(f"{n} documents → {out / 'sitrep.jsonl'}")
        elif format == "geojson":
            n = export.write_geojson(store.load_all(con), out / "places.geojson")
            typer.echo(f"{n} places → {out / 'places.geojson'}")
            n = acled.write_events_geojson(store.load_all(con), out / "events.geojson")
            typer.echo(f"{n} events → {out / 'events.geojson'}")
        elif format == "acled":
            # Only events the text says happened; hypothetical/negated ones are left out.
            n = acled.write_acled_csv(store.load_all(con), out / "acled.csv")
            typer.echo(f"{n} ACLED rows → {out / 'acled.csv'}")
        else:
            paths = export.write_tables(con, out / format, format)
            typer.echo(f"{len(paths)} tables → {out / format}/")
    finally:
        con.close()


@app.command()
def report(
    db: DbOption = Path("sitrep.duckdb"),
    out: Annotated[Path, typer.Option("--out", help="HTML file to write.")] = Path("out/report.html"),
) -> None:
    """Write one self-contained HTML report of the database."""
    from sitrep import store
    from sitrep.report import write_report

    con = _open_db(db)
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        extractions = list(store.load_all(con))
        write_report(extractions, out)
    finally:
        con.close()
    typer.echo(f"{len(extractions)} documents → {out}")


@app.command()
def show(
    doc_id: Annotated[str, typer.Argument(help="Document id, unique id prefix, or external id.")],
    db: DbOption = Path("sitrep.duckdb"),
) -> None:
    """A readable dump of one document's extraction."""
    from sitrep import store
    from sitrep.show import format_extraction

    con = _open_db(db)
    try:
        key = store.resolve_id(con, doc_id)
        ex = store.load(con, key) if key else None
    finally:
        con.close()
    if ex is None:
        _err(f"{db}: no document {doc_id!r}")
        raise typer.Exit(code=1)
    typer.echo(format_extraction(ex))


@app.command("list")
def list_cmd(db: DbOption = Path("sitrep.duckdb")) -> None:
    """List the stored documents: id, date, title, source."""
    con = _open_db(db)
    try:
        rows = con.execute(
            "SELECT id, publication_date, title, source_path FROM documents "
            "ORDER BY ingested_at, source_path, id").fetchall()
    finally:
        con.close()
    for doc_id, date, title, source in rows:
        typer.echo(f"{doc_id}  {date or '----------'}  {(title or '(no title)')[:60]:60}  {source or ''}")


def main() -> None:
    app()


if __name__ == "__main__":
    main()
