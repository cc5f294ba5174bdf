"""`podium graph`: the co-appearance network as a file for network tools."""
from __future__ import annotations

from pathlib import Path
from typing import Annotated

import networkx as nx
import typer
from rich.console import Console

from podium.analysis.coappearance import coappearance_graph
from podium.cli.app import DEFAULT_DB, DbOption, app
from podium.cli.reading import reading

console = Console()


@app.command()
def graph(output: Annotated[Path, typer.Option("-o", "--output", help="The GraphML file to write.")],
          min_shared: Annotated[int, typer.Option("--min-shared", help="Least shared reports for an edge.")] = 2,
          db: DbOption = DEFAULT_DB):
    """Co-appearance graph (shared reports between persons) as GraphML."""
    with reading(db) as conn:
        network = coappearance_graph(conn, min_shared)
    nx.write_graphml(network, output)
    console.print(f"{network.number_of_nodes()} persons, {network.number_of_edges()} links written to {output}")
