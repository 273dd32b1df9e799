"""Several clerks on one headquarters database (issue 18). Two clerks open the same initiative;
the second to save a field the first already changed is told which field, its value now and who
changed it, and nothing is overwritten; fields nobody else touched save as usual. On a server,
two processes saving at once get distinct stamps and sequence numbers, in order."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from initiative_world import build_world, initiative_data

from db.queries.edit_check import EditedMeanwhile, seen_version
from db.queries.initiatives import AuthorShare, get_initiative, register_initiative
from db.queries.initiatives import update_initiative as save

CLERK = Path(__file__).with_name("clerk.py")
# Saves per clerk: the 500 (about a minute on a loaded 2-core machine);
# SANGKIEN_CLERK_SAVES sets another number.
SAVES = int(os.environ.get("SANGKIEN_CLERK_SAVES", "500"))
ROOT = Path(__file__).parents[2]


def register(database, world, title="Cải tiến van an toàn"):
    with database.transaction() as session:
        made = register_initiative(
            session, initiative_data(world, title=title), [AuthorShare(world.an, 100)], "Lan"
        )
        return made.id


def opened(database, initiative_id):
    with database.session() as session:
        return seen_version(get_initiative(session, initiative_id))


@pytest.mark.both_engines
def test_the_second_clerk_is_told_what_changed_and_by_whom(node_db, engine):
    world = build_world(node_db)
    made = register(node_db, world)
    lan_saw, minh_saw = opened(node_db, made), opened(node_db, made)
    with node_db.transaction() as session:
        save(session, made, {"title": "Van an toàn kiểu mới"}, actor="Lan", seen=lan_saw)

    with pytest.raises(EditedMeanwhile) as refused, node_db.transaction() as session:
        save(session, made, {"title": "Van an toàn cải tiến"}, actor="Minh", seen=minh_saw)
    assert refused.value.fields() == {"title"}
    assert "Lan" in str(refused.value) and "Van an toàn kiểu mới" in str(refused.value)

    with node_db.transaction() as session:  # a field Lan did not touch saves as usual
        save(session, made, {"scope": "Toàn VSP"}, actor="Minh", seen=minh_saw)
    with node_db.session() as session:
        row = get_initiative(session, made)
        assert (row.title, row.scope) == ("Van an toàn kiểu mới", "Toàn VSP")


def run_clerks(address, clerks, times):
    """Start every clerk at once, each (name, [(initiative, field), …]) with those forms open;
    their JSON lines when all are done."""
    processes = [
        subprocess.Popen(
            [sys.executable, str(CLERK), address, str(times), name]
            + [f"{initiative}:{field}" for initiative, field in forms],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            text=True,
        )
        for name, forms in clerks
    ]
    results = []
    try:
        for process in processes:
            out, _ = process.communicate(timeout=600)
            assert process.returncode == 0
            results.append([json.loads(line) for line in out.splitlines()])
    finally:  # a clerk that hangs or fails leaves no process behind
        for process in processes:
            if process.poll() is None:
                process.kill()
                process.wait(timeout=10)
    return results


def assert_distinct_and_ordered(saves):
    seqs = [s["seq"] for s in saves]
    stamps = [s["stamp"] for s in saves]
    assert len(set(seqs)) == len(seqs) and len(set(stamps)) == len(stamps)
    by_seq = [stamp for _seq, stamp in sorted(zip(seqs, stamps, strict=True))]
    assert by_seq == sorted(stamps)  # the later sequence number has the later stamp


def test_two_clerks_saving_at_once_on_the_server_all_land_with_ordered_stamps(pg):
    from db.session import open_database

    address = pg.new_database("clerks")
    database = open_database(address)
    from db.node import create_node

    with database.transaction() as session:
        create_node(session, "CDDKVN")
    world = build_world(database)
    shared = register(database, world)
    lans, minhs = register(database, world, "Bơm cải tiến"), register(database, world, "Máy nén")
    database.close()

    # each clerk in turn: another field of the initiative both have open, then an initiative
    # of their own, at the same moment as the other clerk's
    lan = ("Lan", [(shared, "title"), (lans, "title")])
    minh = ("Minh", [(shared, "scope"), (minhs, "investor")])
    saves = [s for clerk in run_clerks(address, [lan, minh], SAVES) for s in clerk]
    assert len(saves) == 2 * SAVES
    assert not [s for s in saves if "refused" in s]  # different fields or rows: every save lands
    assert_distinct_and_ordered(saves)

    last_on_shared, last_own = SAVES - 1 - (SAVES - 1) % 2, SAVES - 1 - SAVES % 2
    database = open_database(address)
    try:
        with database.session() as session:
            row = get_initiative(session, shared)
            assert row.title == f"Lan lần {last_on_shared}"
            assert row.scope == f"Minh lần {last_on_shared}"
            assert get_initiative(session, lans).title == f"Lan lần {last_own}"
            assert get_initiative(session, minhs).investor == f"Minh lần {last_own}"
    finally:
        database.close()


def test_two_clerks_saving_one_field_at_once_are_told_of_every_real_conflict(pg):
    from db.node import create_node
    from db.session import open_database

    address = pg.new_database("rivals")
    database = open_database(address)
    with database.transaction() as session:
        create_node(session, "CDDKVN")
    made = register(database, build_world(database))
    database.close()

    clerks = [("Lan", [(made, "title")]), ("Minh", [(made, "title")])]
    lan, minh = run_clerks(address, clerks, 50)
    landed = [s for s in lan + minh if "seq" in s]
    refused = [s for s in lan + minh if "refused" in s]
    assert len(landed) + len(refused) == 100 and landed
    assert_distinct_and_ordered(landed)
    for refusal in refused:  # real: a save by the other clerk landed after the version seen
        assert any(s["stamp"] > refusal["seen"] for s in landed)
        assert "«Tên sáng kiến»" in refusal["refused"]  # the field as the form names it
