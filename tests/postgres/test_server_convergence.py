"""The convergence stories of tests/sync/test_sync_convergence.py with headquarters on a server
(issue 18): any history of edits and packages, tampered or not, leaves headquarters on
PostgreSQL with the same records as the union and the site, and counting what the untampered
history gives. Each example moves the file headquarters to a fresh server database first
(`copy_node`), so every import at headquarters goes through the server's merge (COPY streamed
across batches, reads of tables that held nothing answered from the rows just added).
SANGKIEN_CONVERGENCE_EXAMPLES sets the examples, as for the file stories."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from sqlalchemy import text

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "sync"))

import test_sync_convergence as convergence
from test_sync_convergence import (  # the same stories, collected here with the server below
    enrolled_tree,  # noqa: F401  (their fixture)
    test_a_clerk_submitting_what_a_forged_decision_left_assumed_is_counted_as_if_honest,  # noqa: F401
    test_a_union_council_recognising_what_a_rig_sent_leaves_every_node_with_the_same_record,  # noqa: F401
    test_a_union_forging_a_recognition_its_council_really_made_still_converges,  # noqa: F401
    test_any_edit_history_and_any_package_order_converge_to_the_same_records,  # noqa: F401
    test_unauthorised_writes_never_change_what_headquarters_counts_and_nodes_still_converge,  # noqa: F401
)

from db.postgres.copy import copy_node
from db.session import open_database


@pytest.fixture(autouse=True)
def headquarters_on_a_server(pg, monkeypatch):
    """Every example's headquarters is moved to a fresh server database, dropped at its end."""
    on_files = convergence.copied_tree

    def copied_tree(template: Path, folder: Path):
        tree = on_files(template, folder)
        address = pg.new_database("hq")
        server = open_database(address, create=True)
        copy_node(tree.databases["hq"], server)
        tree.databases["hq"].close()
        tree.databases["hq"] = server
        close_files = tree.close

        def close() -> None:
            close_files()
            with pg.admin_engine().connect() as admin:
                admin.execute(text(f"DROP DATABASE {address.rsplit('/', 1)[-1]}"))

        tree.close = close
        return tree

    monkeypatch.setattr(convergence, "copied_tree", copied_tree)
