"""What the dashboard, reviews, people and units page tests share: a PageContext over a database,
and a small world with submitted initiatives (tests/initiative_world.py plus registrations)."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from db.queries.browse import node_summary
from db.session import Database
from desktop.views.registry import NodeInfo, PageContext


def page_context(database: Database, settings_path, unit_code: str | None = None) -> PageContext:
    """The context the main window gives its pages; `unit_code` pretends this node serves
    another unit (a union's node rather than headquarters)."""
    with database.session() as session:
        summary = node_summary(session)
        if unit_code is not None:
            from db.queries.units import unit_by_code

            unit = unit_by_code(session, unit_code)
            summary = type(summary)(summary.node_id, unit.code, unit.id, unit.name)
    node = NodeInfo(summary.node_id, summary.unit_code, summary.unit_id, summary.unit_name)
    settings = QSettings(str(settings_path), QSettings.Format.IniFormat)
    return PageContext(database, node, settings, "vi")


def serve_unit(database: Database, unit_code: str) -> None:
    """Make this database's node serve `unit_code` (a union's installation)."""
    from db.models import NodeIdentity
    from db.queries.units import unit_by_code

    with database.transaction() as session:
        node = session.get(NodeIdentity, 1)
        unit = unit_by_code(session, unit_code)
        node.unit_id, node.unit_code = unit.id, unit.code


def submit_initiative(database: Database, world, title: str, **overrides) -> str:
    """Register a submitted initiative by Nguyễn Văn An (60%) and Trần Thị Bình (40%)."""
    from initiative_world import initiative_data

    from db.queries.initiatives import AuthorShare, register_initiative

    data = initiative_data(world, title=title, **{"status": "submitted", **overrides})
    authors = [AuthorShare(world.an, 60), AuthorShare(world.binh, 40)]
    with database.transaction() as session:
        return register_initiative(session, data, authors, actor="test").id
