"""SQLite's operators a server spells differently, as expressions compiled per engine."""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import String, literal
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.expression import ColumnElement
from sqlalchemy.sql.functions import FunctionElement, GenericFunction


class Glob(ColumnElement[bool]):
    """`expr GLOB pattern` (case-sensitive, `*`, `?`, `[...]`): on SQLite as it is, on a server
    as the equivalent anchored regular expression (`~`)."""

    inherit_cache = False  # no type: a Boolean would be compared with 1 on SQLite (no index)

    def __init__(self, expr: Any, pattern: str, negate: bool = False) -> None:
        self.expr = expr
        self.pattern = pattern
        self.negate = negate


def glob(expr: Any, pattern: str) -> Glob:
    return Glob(expr, pattern)


def not_glob(expr: Any, pattern: str) -> Glob:
    return Glob(expr, pattern, negate=True)


def glob_to_regex(pattern: str) -> str:
    out, i = ["^"], 0
    while i < len(pattern):
        char = pattern[i]
        if char == "*":
            out.append(".*")
        elif char == "?":
            out.append(".")
        elif char == "[" and (end := pattern.find("]", i + 2)) != -1:
            out.append("[" + pattern[i + 1 : end].replace("\\", "\\\\") + "]")
            i = end
        else:
            out.append(re.escape(char))
        i += 1
    return "".join(out) + "$"


@compiles(Glob)
def _glob_sqlite(element: Glob, compiler: Any, **kw: Any) -> str:
    op = "NOT GLOB" if element.negate else "GLOB"
    left = compiler.process(element.expr, **kw)
    return f"({left} {op} {compiler.process(literal(element.pattern), **kw)})"


@compiles(Glob, "postgresql")
def _glob_server(element: Glob, compiler: Any, **kw: Any) -> str:
    op = "!~" if element.negate else "~"
    regex = literal(glob_to_regex(element.pattern))
    return f"({compiler.process(element.expr, **kw)} {op} {compiler.process(regex, **kw)})"


class ByteOrder(ColumnElement[str]):
    """A text column ordered by its bytes (SQLite's BINARY): on a server `COLLATE "C"`, so ids
    and registration numbers sort alike whatever the server's locale (a dump is then identical)."""

    inherit_cache = False

    def __init__(self, column: Any) -> None:
        self.column = column
        self.type = column.type


def byte_order(column: Any) -> ByteOrder:
    return ByteOrder(column)


@compiles(ByteOrder)
def _byte_order_sqlite(element: ByteOrder, compiler: Any, **kw: Any) -> str:
    return compiler.process(element.column, **kw)


@compiles(ByteOrder, "postgresql")
def _byte_order_server(element: ByteOrder, compiler: Any, **kw: Any) -> str:
    return f'{compiler.process(element.column, **kw)} COLLATE "C"'


class group_concat(GenericFunction[str]):  # the SQL function's own name
    """`func.group_concat(expr, separator)`: SQLite's aggregate; on a server `string_agg`."""

    type = String()
    inherit_cache = True


@compiles(group_concat, "postgresql")
def _group_concat_server(element: group_concat, compiler: Any, **kw: Any) -> str:
    expr, separator = list(element.clauses)
    return f"string_agg({compiler.process(expr, **kw)}, {compiler.process(separator, **kw)})"


class Unindexed(FunctionElement[Any]):
    """`+expr`: the same value, but SQLite will not use an index on it; a server's planner
    chooses by its statistics, and has no unary + for text or booleans: `expr` as it is.
    (A function element, so the expression's tables still count as the query's FROM.)"""

    inherit_cache = True

    def __init__(self, expr: Any) -> None:
        super().__init__(expr)
        self.type = expr.type


def unindexed(expr: Any) -> Unindexed:
    return Unindexed(expr)


@compiles(Unindexed)
def _unindexed_sqlite(element: Unindexed, compiler: Any, **kw: Any) -> str:
    return f"(+ {compiler.process(element.clauses, **kw)})"


@compiles(Unindexed, "postgresql")
def _unindexed_server(element: Unindexed, compiler: Any, **kw: Any) -> str:
    return f"({compiler.process(element.clauses, **kw)})"
