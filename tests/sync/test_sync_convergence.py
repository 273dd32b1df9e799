"""Whatever the clerks do at headquarters, the union (VSP) and its site (VSP-TD03), and however the
packages travel between them — late, out of order, twice, or never — once everyone has
exchanged fresh packages along the tree, the three databases hold exactly the same records."""

from __future__ import annotations

import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sync_world import World, dump, register
from sync_world import edit as edit_initiative

from db.queries.initiatives import delete_initiative, restore_initiative
from db.session import Database, open_database
from db.sync.export import export_package
from db.sync.importer import import_package

NAMES = ("hq", "vsp", "site")
CODES = {"hq": "CDDKVN", "vsp": "VSP", "site": "VSP-TD03"}
EDGES = (("site", "vsp"), ("vsp", "site"), ("vsp", "hq"), ("hq", "vsp"))
TITLES = ("Cải tiến bơm ly tâm", "Giảm thời gian thay choòng", "Tận dụng nhiệt khí thải")
INVESTORS = ("Vietsovpetro", "PVEP", None)
AUTHORS = ("An", "Bình", "Cường", "Dũng", "Phúc")  # register() names the author after the last word


@pytest.fixture(scope="module")
def enrolled_tree():
    """Headquarters, the union it enrolled and the site the union enrolled, built once: each
    example works on a copy of these files."""
    with tempfile.TemporaryDirectory() as folder:
        world = World(Path(folder))
        hq = world.headquarters("hq.db")
        vsp = world.enrol(hq, "VSP", "vsp.db")
        world.enrol(vsp, "VSP-TD03", "site.db")
        world.close()
        yield Path(folder)


@dataclass
class Tree:
    """Three nodes, the initiatives registered so far, and the packages on their way."""

    folder: Path
    databases: dict[str, Database]
    initiatives: list[str] = field(default_factory=list)
    in_flight: list[tuple[Path, str]] = field(default_factory=list)
    packages: int = 0

    def close(self) -> None:
        for database in self.databases.values():
            database.close()

    def send(self, source: str, target: str) -> Path:
        self.packages += 1
        path = self.folder / f"{self.packages:03d}-{source}-to-{target}.skp"
        export_package(self.databases[source], CODES[target], path)
        return path

    def receive(self, path: Path, target: str) -> None:
        report = import_package(self.databases[target], path, trust_new_node=True, backup=False)
        assert report.status in ("imported", "already"), report.error
        assert report.summary()["refused"] == 0, report.refusals

    def known_at(self, name: str) -> list[str]:
        from sync_world import initiative

        return [i for i in self.initiatives if initiative(self.databases[name], i) is not None]


def copied_tree(template: Path, folder: Path) -> Tree:
    for item in template.iterdir():
        if item.suffix == ".db" or ".db-" in item.name:
            shutil.copy2(item, folder / item.name)
    return Tree(folder, {n: open_database(folder / f"{n}.db", migrate=False) for n in NAMES})


# ---- what a clerk or a courier does --------------------------------------------------------------

node = st.sampled_from(NAMES)
pick = st.integers(min_value=0, max_value=50)
steps = st.one_of(
    st.tuples(st.just("register"), node, pick),
    st.tuples(st.just("title"), node, pick, st.sampled_from(TITLES)),
    st.tuples(st.just("investor"), node, pick, st.sampled_from(INVESTORS)),
    st.tuples(st.just("delete"), node, pick),
    st.tuples(st.just("restore"), node, pick),
    st.tuples(st.just("send"), st.sampled_from(EDGES)),
    st.tuples(st.just("deliver"), pick),
)


def do(tree: Tree, step: tuple) -> None:
    action = step[0]
    if action == "send":
        source, target = step[1]
        tree.in_flight.append((tree.send(source, target), target))
    elif action == "deliver":
        if tree.in_flight:  # any package on its way, maybe an old one, maybe again
            tree.receive(*tree.in_flight[step[1] % len(tree.in_flight)])
    elif action == "register":
        number = len(tree.initiatives) + 1
        title = f"{TITLES[step[2] % len(TITLES)]} {number} {AUTHORS[step[2] % len(AUTHORS)]}"
        tree.initiatives.append(
            register(
                tree.databases[step[1]], title, "VSP-TD03", reg_no=f"VSP-TD03-2022-{number:04d}"
            )
        )
    else:
        change(tree, *step)


def change(tree: Tree, action: str, name: str, which: int, value=None) -> None:
    from sync_world import initiative

    known = tree.known_at(name)
    if not known:
        return
    database = tree.databases[name]
    row = known[which % len(known)]
    deleted = initiative(database, row).deleted
    if action == "delete" and not deleted:
        with database.transaction() as session:
            delete_initiative(session, row, actor="clerk")
    elif action == "restore" and deleted:
        with database.transaction() as session:
            restore_initiative(session, row, actor="clerk")
    elif action in ("title", "investor") and not deleted:
        edit_initiative(database, row, **{action: value})


def exchange_everything(tree: Tree) -> None:
    """Fresh packages up the tree and back down, twice: receipts settle on the second round."""
    for _round in range(2):
        for source, target in (("site", "vsp"), ("vsp", "hq"), ("hq", "vsp"), ("vsp", "site")):
            tree.receive(tree.send(source, target), target)


# The autouse message-box fixture of tests/conftest.py is function-scoped but does nothing here;
# each example makes its own folder.
@settings(
    max_examples=20,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(history=st.lists(steps, min_size=3, max_size=18))
def test_any_edit_history_and_any_package_order_converge_to_the_same_records(
    enrolled_tree, history
):
    with tempfile.TemporaryDirectory() as folder:
        tree = copied_tree(enrolled_tree, Path(folder))
        try:
            for step in history:
                do(tree, step)
            exchange_everything(tree)
            hq, vsp, site = (dump(tree.databases[n]) for n in NAMES)
            assert hq == vsp
            assert vsp == site
            assert len(tree.known_at("hq")) == len(tree.initiatives)
        finally:
            tree.close()
