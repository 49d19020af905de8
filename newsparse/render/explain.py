"""``newsparse explain``: why the extraction came out as it did, as data or as tables."""

from __future__ import annotations

from typing import Any

from rich.console import Group, RenderableType
from rich.table import Table
from rich.tree import Tree

from newsparse.model import Article
from newsparse.trace import Trace, snippet

_MAX_ROWS = 40


def explain_record(article: Article, trace: Trace) -> dict[str, Any]:
    """The trace with each metadata candidate marked chosen or not (plain data, for JSON)."""
    record = article.to_dict()
    fields = {name: _mark_winner(candidates, record.get(name)) for name, candidates in trace.fields.items()}
    return {
        "input": article.input,
        "encoding": {
            key: article.provenance[key]
            for key in ("encoding", "encoding_source", "encoding_doubted")
            if key in article.provenance
        },
        "candidates": trace.candidates,
        "furniture": trace.furniture,
        "dropped": trace.dropped,
        "fields": fields,
        "notes": trace.notes,
        "blocks": len(article.blocks),
    }


def _mark_winner(candidates: list[dict[str, Any]], value: Any) -> list[dict[str, Any]]:
    """The first candidate holding the field's final value is the one that won."""
    marked, won = [], False
    for found in candidates:
        chosen = not won and found["value"] == value
        won = won or chosen
        marked.append({**found, "chosen": chosen})
    return marked


def explain_rich(record: dict[str, Any]) -> RenderableType:
    parts: list[RenderableType] = []
    encoding = record["encoding"]
    parts.append(
        f"[bold]{record['input'] or 'page'}[/bold]: {record['blocks']} blocks; "
        f"encoding {encoding.get('encoding')} ({encoding.get('encoding_source')})"
        + (f", not the declared {encoding['encoding_doubted']}" if "encoding_doubted" in encoding else "")
    )
    candidates = Table(title="Content candidates (best first)", title_justify="left")
    for column in ("element", "content score", "final score", "chosen"):
        candidates.add_column(column)
    for row in record["candidates"]:
        candidates.add_row(
            row["element"],
            str(row.get("content_score", "")),
            str(row.get("final_score", "")),
            "[green]✓[/green]" if row["chosen"] else "",
        )
    parts.append(candidates)
    parts.append(_rows("Furniture left out", ("element", "rule"), record["furniture"]))
    parts.append(_rows("Dropped from the body", ("rule", "text"), record["dropped"]))
    fields = Tree("[bold]Metadata candidates[/bold] (most reliable first; ✓ chosen)")
    for name, found in record["fields"].items():
        branch = fields.add(f"[bold]{name}[/bold]" + ("" if found else ": [dim]nothing on the page[/dim]"))
        for candidate in found:
            mark = "[green]✓[/green] " if candidate["chosen"] else "  "
            branch.add(f"{mark}{snippet(str(candidate['value']))}  [dim]from {candidate['origin']}[/dim]")
    parts.append(fields)
    parts.extend(f"[yellow]note:[/yellow] {note}" for note in record["notes"])
    return Group(*parts)


def _rows(title: str, columns: tuple[str, str], rows: list[dict[str, Any]]) -> RenderableType:
    if not rows:  # a line, not an empty table squeezing its title into two
        return f"{title}: [dim]none[/dim]"
    table = Table(title=f"{title} ({len(rows)})", title_justify="left")
    for column in columns:
        table.add_column(column, overflow="fold")
    for row in rows[:_MAX_ROWS]:
        table.add_row(*(str(row[column]) for column in columns))
    if len(rows) > _MAX_ROWS:
        table.add_row(f"… {len(rows) - _MAX_ROWS} more", "")
    return table
