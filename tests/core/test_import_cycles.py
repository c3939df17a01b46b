"""No import cycle among the core's modules or the window's (issue 21): the layers contract
in pyproject.toml keeps packages in order, this keeps modules within a package from leaning
on each other in a circle (linkage.fellegi_sunter and guard did, and cli.commands and
cli.linkage; the main window and its sixteen controllers did)."""

from __future__ import annotations

import sys

import grimp


def _cycles(package: str) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan)."""
    graph = grimp.build_graph(package)
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(module: str) -> None:
        index[module] = low[module] = len(index)
        stack.append(module)
        on_stack.add(module)
        for other in graph.find_modules_directly_imported_by(module):
            if other not in index:
                visit(other)
                low[module] = min(low[module], low[other])
            elif other in on_stack:
                low[module] = min(low[module], index[other])
        if low[module] == index[module]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == module:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(max(limit, 10_000))
    try:
        for module in sorted(graph.modules):
            if module not in index:
                visit(module)
    finally:
        sys.setrecursionlimit(limit)
    return found


def test_no_module_of_the_core_is_in_an_import_cycle() -> None:
    assert _cycles("caseworker") == []


def test_no_module_of_the_window_is_in_an_import_cycle() -> None:
    """The window's seventeen modules used to form one cycle through the main window and
    its controllers; each feature now depends on the context and its own screens only."""
    assert _cycles("ui") == []
