"""Whatever the clerks do at headquarters, the union (VSP) and its site (VSP-TD03), and however the
packages travel between them — late, out of order, twice, or never — once everyone has
exchanged fresh packages along the tree, the three databases hold exactly the same records.

The second story adds councils deciding at their own levels, clerks submitting and withdrawing,
and packages tampered with on the way up by their own sender (a review above its level, a record
of another unit, its own target raised, a recognition nobody decided): every node still converges,
and what headquarters counts is exactly what it counts when the same history runs untampered.

The same story also has councils deciding duplicates ("same", "different", and undoing it),
clerks merging people recorded twice (and undoing it), correcting a person's name, changing the
authors of an initiative (an author removed, one picked again), certifying, setting targets from
above, and keeping or bringing back what lost a conflict."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import shutil
import tempfile
import uuid
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select
from sync_world import World, dump, initiative, private_key, recognising_review, register, repack
from sync_world import edit as edit_initiative

from db.certificates import CertificateError, Signer, issue_certificates
from db.duplicates.decisions import decide_pair, decision_for, undo_decision
from db.duplicates.people import alias_id, merge_people, undo_merge
from db.models import (
    Certificate,
    DuplicateDecision,
    Initiative,
    InitiativeAuthor,
    Person,
    PersonAlias,
    Phase,
    Target,
    Unit,
)
from db.queries.initiatives import (
    AuthorShare,
    change_status,
    delete_initiative,
    restore_initiative,
    update_initiative,
)
from db.queries.people import update_person
from db.queries.reviews import record_review, rulings_of
from db.queries.stats import progress_stats
from db.queries.targets import set_target
from db.recognition import derive_recognition
from db.records import dump_line, row_to_record
from db.session import Database, open_database
from db.sync.conflicts import ConflictError, list_conflicts, resolve_conflict
from db.sync.export import export_package
from db.sync.importer import import_package
from db.validation import ValidationFailed

# CI tries a few examples per run; a longer hunt sets e.g. SANGKIEN_CONVERGENCE_EXAMPLES=300.
EXAMPLES = int(os.environ.get("SANGKIEN_CONVERGENCE_EXAMPLES") or 0)
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
    people: list[str] = field(default_factory=list)  # in the order they were first recorded
    in_flight: list[tuple[Path, str]] = field(default_factory=list)
    packages: int = 0

    def close(self) -> None:
        for database in self.databases.values():
            database.close()

    def send(self, source: str, target: str, forge: str | None = None) -> Path:
        self.packages += 1
        path = self.folder / f"{self.packages:03d}-{source}-to-{target}.skp"
        export_package(self.databases[source], CODES[target], path)
        if forge and (source, target) in (("site", "vsp"), ("vsp", "hq")):
            return forged(self, path, source, forge)
        return path

    def receive(self, path: Path, target: str) -> None:
        report = import_package(self.databases[target], path, trust_new_node=True, backup=False)
        assert report.status in ("imported", "already"), report.error
        assert report.summary()["refused"] == 0, report.refusals

    def known_at(self, name: str) -> list[str]:

        return [i for i in self.initiatives if initiative(self.databases[name], i) is not None]


# ---- what a sender could put in its own package ---------------------------------------------------

NOW_STAMP_NODE = "f" * 32


def fresh_stamp() -> str:
    from db.hlc import Stamp, wall_clock_ms

    return Stamp(wall_clock_ms(), 0, NOW_STAMP_NODE).encode()


def some_initiative(database: Database) -> Initiative | None:
    with database.session() as session:
        return session.scalar(select(Initiative).order_by(Initiative.reg_no).limit(1))


def forged(tree: Tree, path: Path, source: str, kind: str) -> Path:
    """The package re-signed by its sender with one unauthorised write added."""
    database = tree.databases[source]
    extra: dict[str, list[dict]] = {}
    row = some_initiative(database)
    with database.session() as session:
        if kind == "target":
            target = session.scalar(
                select(Target).where(
                    Target.unit_id
                    == select(Unit.id).where(Unit.code == CODES[source]).scalar_subquery()
                )
            )
            if target is not None:
                record = row_to_record(target)
                record.update(target=target.target + 500, field_hlc={"target": fresh_stamp()})
                extra["targets"] = [record]
        elif row is not None and kind == "review_above":
            extra["reviews"] = [recognising_review(row.id, row.hlc)]
        elif row is not None and kind == "other_unit":
            record = row_to_record(session.get(Initiative, row.id))
            pvgas = session.scalar(select(Unit.id).where(Unit.code == "PVGAS"))
            record.update(
                id=str(uuid.uuid4()), unit_id=pvgas, reg_no=f"PVGAS-2022-{tree.packages:04d}"
            )
            record.pop("field_hlc", None)
            extra["initiatives"] = [record]
        elif row is not None and kind == "status":
            record = row_to_record(session.get(Initiative, row.id))
            stamp = fresh_stamp()
            record.update(status="recognised", recognised_on="2022-05-02")
            record["field_hlc"] = {
                **(record.get("field_hlc") or {}),
                "status": stamp,
                "recognised_on": stamp,
            }
            extra["initiatives"] = [record]
    if not extra:
        return path
    with zipfile.ZipFile(path) as archive:
        present = {n[5:-6] for n in archive.namelist() if n.startswith("data/")}
    missing = {t: rows for t, rows in extra.items() if t not in present}
    return repack(
        path,
        path.with_suffix(".forged.skp"),
        records=merged_with(extra),
        extra=missing,
        key=private_key(database),
    )


def merged_with(extra: dict[str, list[dict]]):
    """Put the forged records into the package's own tables (replacing a record of that id)."""

    def records(table: str, rows: list[dict]) -> list[dict]:
        added = {r["id"]: r for r in extra.get(table, [])}
        if not added:
            return rows
        kept = [added.pop(r["id"], r) for r in rows]
        return kept + list(added.values())

    return records


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
        register_step(tree, step[1], step[2])
    else:
        change(tree, *step)


def register_step(tree: Tree, name: str, which: int, author_unit: str = "VSP-TD03") -> None:
    """A clerk registers one of the rig's initiatives with one new author of `author_unit`."""
    number = len(tree.initiatives) + 1
    author = AUTHORS[which % len(AUTHORS)]
    title = f"{TITLES[which % len(TITLES)]} {number} {author}"
    database = tree.databases[name]
    with database.session() as session:
        unit = session.scalar(select(Unit.id).where(Unit.code == author_unit))
    new = AuthorShare(full_name=f"Nguyễn Văn {author}", share=100, unit_id=unit)
    row = register(database, title, "VSP-TD03", authors=[new], reg_no=f"VSP-TD03-2022-{number:04d}")
    tree.initiatives.append(row)
    with database.session() as session:
        tree.people += session.scalars(
            select(InitiativeAuthor.person_id).where(InitiativeAuthor.initiative_id == row)
        ).all()


def change(tree: Tree, action: str, name: str, which: int, value=None) -> None:

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
    max_examples=EXAMPLES or 20,
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


# ---- councils, clerks' statuses and tampered packages --------------------------------------------

LEVELS = {"hq": "industry", "vsp": "subordinate", "site": "base"}
OUTCOMES = ("recognised", "not_recognised", "needs_more")
FORGERIES = ("review_above", "other_unit", "target", "status")

decisions_steps = st.one_of(
    steps,
    st.tuples(st.just("decide"), node, pick, st.sampled_from(OUTCOMES)),
    st.tuples(st.just("status"), node, pick, st.sampled_from(("submitted", "withdrawn"))),
    st.tuples(st.just("forge"), st.sampled_from(EDGES[::2]), st.sampled_from(FORGERIES)),
    # what else the councils and clerks decide, each a synced record with its own authority
    st.tuples(st.just("duplicate"), node, pick, pick, st.sampled_from(("same", "different"))),
    st.tuples(st.just("undo_duplicate"), node, pick, pick),
    st.tuples(st.just("merge"), node, pick, pick),
    st.tuples(st.just("unmerge"), node, pick),
    st.tuples(st.just("authors"), node, pick, pick, st.none() | pick),
    st.tuples(st.just("certify"), node, pick),
    st.tuples(
        st.just("target"),
        node,
        st.sampled_from(("VSP", "VSP-TD03")),
        st.sampled_from(("GD1", "GD2")),
        st.sampled_from((120, 300)),
    ),
    st.tuples(st.just("resolve"), node, pick, st.sampled_from(("kept", "lost"))),
    st.tuples(st.just("coauthor"), node, pick),  # the rig's initiative, a union man's name
    st.tuples(st.just("rename"), node, pick, st.sampled_from(("Nguyễn Văn An", "Nguyễn Văn Ân"))),
)


def act(tree: Tree, step: tuple, tamper: bool) -> None:
    """One step; a forged send is an honest send when `tamper` is off."""
    action = step[0]
    if action == "forge":
        source, target = step[1]
        path = tree.send(source, target, step[2] if tamper else None)
        tree.in_flight.append((path, target))  # delivered now, and maybe again later
        tree.receive(path, target)
    elif action in ("decide", "status"):
        decide_or_move(tree, *step)
    elif action == "coauthor":
        register_step(tree, step[1], step[2], author_unit="VSP")
    elif action in ELSEWHERE:
        try:
            with tree.databases[step[1]].transaction() as session:
                ELSEWHERE[action](tree, session, step[1], *step[2:])
        except (ValidationFailed, CertificateError, ConflictError):
            pass  # what the form refuses is simply not done
    else:
        do(tree, step)


def decide_or_move(tree: Tree, action: str, name: str, which: int, value: str) -> None:
    """A council at the node's own level, or a clerk's status change; what the forms refuse
    (a move the flow forbids, a deleted initiative) is simply not done."""
    known = tree.known_at(name)
    if not known:
        return
    database, row = tree.databases[name], known[which % len(known)]
    decision = {"decision_no": "7/QĐ", "decision_date": dt.date(2022, 5, 2)}
    try:
        with database.transaction() as session:
            if action == "decide":
                values = {"level": LEVELS[name], "outcome": value}
                record_review(
                    session, row, {**values, **decision} if value == "recognised" else values
                )
            else:
                change_status(session, row, value, actor="clerk")
    except ValidationFailed:
        pass


def live_people(tree: Tree, session) -> list[str]:
    """The people a clerk can pick at this node, in the order they were first recorded."""
    live = set(
        session.scalars(
            select(Person.id).where(Person.id.in_(tree.people), Person.deleted.is_(False))
        )
    )
    return [p for p in tree.people if p in live]


def known_here(tree: Tree, name: str, *picks: int) -> list[str] | None:
    known = tree.known_at(name)
    return [known[p % len(known)] for p in picks] if known else None


def duplicate(tree: Tree, session, name: str, a: int, b: int, verdict: str) -> None:
    pair = known_here(tree, name, a, b)
    if pair:
        decide_pair(session, *pair, verdict, actor="council")


def undo_duplicate(tree: Tree, session, name: str, a: int, b: int) -> None:
    pair = known_here(tree, name, a, b)
    if pair and (decision := decision_for(session, *pair)) is not None and not decision.deleted:
        undo_decision(session, *pair, actor="council")


def merge(tree: Tree, session, name: str, keep: int, other: int) -> None:
    """The Merge people dialog offers people of one name (and birth date) only."""
    people = live_people(tree, session)
    if len(people) > 1:
        kept, merged = (session.get(Person, people[p % len(people)]) for p in (keep, other))
        if kept.id != merged.id and kept.full_name == merged.full_name:
            merge_people(session, kept.id, merged.id, actor="clerk")


def unmerge(tree: Tree, session, name: str, which: int) -> None:
    aliases = [
        a
        for p in tree.people
        if (a := session.get(PersonAlias, alias_id(p))) is not None and not a.deleted
    ]
    if aliases:
        undo_merge(session, aliases[which % len(aliases)].merged_id, actor="clerk")


def authors(tree: Tree, session, name: str, which: int, first: int, second: int | None) -> None:
    """The authors editor: one author, or two at 50% each (a removed one is deleted, one
    picked again is restored)."""
    known, people = tree.known_at(name), live_people(tree, session)
    if not known or not people:
        return
    chosen = dict.fromkeys(people[p % len(people)] for p in (first, second) if p is not None)
    share = 100 // len(chosen)
    row = known[which % len(known)]
    if not session.get(Initiative, row).deleted:
        shares = [AuthorShare(person_id=p, share=share) for p in chosen]
        update_initiative(session, row, {}, shares, actor="clerk")


def rename(tree: Tree, session, name: str, which: int, full_name: str) -> None:
    """A clerk corrects a person's name (the form refuses a person of another unit's tree)."""
    people = live_people(tree, session)
    if people:
        update_person(session, people[which % len(people)], {"full_name": full_name}, "clerk")


def certify(tree: Tree, session, name: str, which: int) -> None:
    known = tree.known_at(name)
    if known:
        issue_certificates(session, [known[which % len(known)]], Signer("Nguyễn Văn Ký"), "clerk")


def target(tree: Tree, session, name: str, code: str, phase: str, value: int) -> None:
    unit = session.scalar(select(Unit.id).where(Unit.code == code))
    phase_id = session.scalar(select(Phase.id).where(Phase.code == phase))
    set_target(session, unit, phase_id, value, actor="clerk")


def resolve(tree: Tree, session, name: str, which: int, keep: str) -> None:
    """The Conflicts page: keep what won, or bring back what lost."""
    open_ones = list_conflicts(session)
    if open_ones:
        resolve_conflict(session, open_ones[which % len(open_ones)].id, keep, actor="clerk")


ELSEWHERE = {
    "duplicate": duplicate,
    "undo_duplicate": undo_duplicate,
    "merge": merge,
    "unmerge": unmerge,
    "authors": authors,
    "certify": certify,
    "rename": rename,
    "target": target,
    "resolve": resolve,
}


def receive_allowing_refusals(tree: Tree, path: Path, target: str) -> None:
    report = import_package(tree.databases[target], path, trust_new_node=True, backup=False)
    assert report.status in ("imported", "already"), report.error


def counted_at_headquarters(tree: Tree) -> list[tuple]:
    with tree.databases["hq"].session() as session:
        stats = progress_stats(session, dt.date(2023, 9, 1))
    return [(u.code, u.registered, u.recognised, u.target) for u in stats.units]


def run_history(template: Path, folder: Path, history: list, tamper: bool) -> tuple:
    tree = copied_tree(template, folder)
    tree.receive = lambda path, target: receive_allowing_refusals(tree, path, target)
    try:
        for step in history:
            act(tree, step, tamper)
        exchange_everything(tree)
        dumps = [dump(tree.databases[n]) for n in NAMES]
        for name in NAMES:
            assert statuses_disagreeing(tree.databases[name]) == [], name
            assert authorships_of_people_gone(tree.databases[name]) == [], name
            assert certified_twice(tree.databases[name]) == [], name
        return dumps, counted_at_headquarters(tree)
    finally:
        tree.close()


def authorships_of_people_gone(database: Database) -> list[tuple[str, str]]:
    """(registration number, name) of every live authorship of a live initiative that names a
    person merged away: once everyone has exchanged, each names the person kept (two merges of
    one pair each way left both merged away, and their authorships naming nobody)."""
    with database.session() as session:
        rows = session.execute(
            select(Initiative.reg_no, Person.full_name)
            .join(InitiativeAuthor, InitiativeAuthor.initiative_id == Initiative.id)
            .join(Person, Person.id == InitiativeAuthor.person_id)
            .where(Initiative.deleted.is_(False), InitiativeAuthor.deleted.is_(False))
            .where(Person.deleted.is_(True))
            .order_by(Initiative.reg_no)
        )
        return [tuple(row) for row in rows]


def certified_twice(database: Database) -> list[tuple[str, str]]:
    """(registration number, level) of every initiative with two live certificates of one
    level: a level issues one (headquarters and the union each certified the union's
    recognition)."""
    with database.session() as session:
        rows = session.execute(
            select(Initiative.reg_no, Certificate.level)
            .join(Certificate, Certificate.initiative_id == Initiative.id)
            .where(Certificate.deleted.is_(False))
            .group_by(Initiative.reg_no, Certificate.level)
            .having(func.count() > 1)
        )
        return [tuple(row) for row in rows]


def statuses_disagreeing(database: Database) -> list[tuple[str, str]]:
    """(registration number, status) of every initiative whose status is not what its decisions
    give: a decision status that no live review or certificate backs, a decided initiative
    shown otherwise, a Trùng lặp with no live "same" naming it and its original."""
    with database.session() as session:
        rows = session.scalars(select(Initiative).order_by(Initiative.reg_no)).all()
        rulings = rulings_of(session, [r.id for r in rows])
        same = set(
            session.execute(
                select(DuplicateDecision.initiative_id, DuplicateDecision.original_id).where(
                    DuplicateDecision.verdict == "same", DuplicateDecision.deleted.is_(False)
                )
            ).all()
        )
    return [
        (r.reg_no, r.status)
        for r in rows
        if derive_recognition(r.status, rulings[r.id]).status != r.status
        or (r.status == "duplicate" and (r.id, r.duplicate_of_id) not in same)
    ]


DECIDED_BY_THE_UNION = [  # the rig's initiative, submitted to its union, recognised there
    ("register", "site", 0),
    ("status", "site", 0, "submitted"),
    ("send", ("site", "vsp")),
    ("deliver", 0),
    ("decide", "vsp", 0, "recognised"),
]
RECOGNISED_BY_THE_UNION = [*DECIDED_BY_THE_UNION, ("send", ("vsp", "hq")), ("deliver", 1)]


TWO_AN_AT_HEADQUARTERS = [  # the rig's two records of Nguyễn Văn An, known everywhere above
    ("register", "site", 0),
    ("register", "site", 5),
    ("send", ("site", "vsp")),
    ("deliver", 0),
    ("send", ("vsp", "hq")),
    ("deliver", 1),
]
MERGED_EACH_WAY = [
    *TWO_AN_AT_HEADQUARTERS,
    ("merge", "hq", 0, 1),  # headquarters: the second Nguyễn Văn An into the first
    ("merge", "vsp", 1, 0),  # the union, not knowing: the first into the second
    ("authors", "site", 0, 1, None),
    ("authors", "site", 1, 0, None),
]


@settings(
    max_examples=EXAMPLES or 12,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(history=st.lists(decisions_steps, min_size=4, max_size=16))
@example(history=MERGED_EACH_WAY)  # two nodes merging one pair each way, headquarters first
@example(history=[*MERGED_EACH_WAY[:6], *MERGED_EACH_WAY[7:5:-1], *MERGED_EACH_WAY[8:]])
@example(history=[*RECOGNISED_BY_THE_UNION, ("certify", "hq", 0), ("certify", "vsp", 0)])
@example(  # the rig merging the other way: its package carries the authorship and the alias
    history=[*MERGED_EACH_WAY[:6], ("merge", "hq", 0, 1), ("merge", "site", 1, 0)]
)
def test_unauthorised_writes_never_change_what_headquarters_counts_and_nodes_still_converge(
    enrolled_tree, history
):
    with tempfile.TemporaryDirectory() as tampered, tempfile.TemporaryDirectory() as honest:
        dumps, counted = run_history(enrolled_tree, Path(tampered), history, tamper=True)
        assert dumps[0] == dumps[1] == dumps[2]
        _dumps, counted_honestly = run_history(enrolled_tree, Path(honest), history, tamper=False)
        assert counted == counted_honestly


def test_a_clerk_submitting_what_a_forged_decision_left_assumed_is_counted_as_if_honest(
    enrolled_tree,
):
    """Found by the test above: a site's draft arrives at headquarters through a union that
    forged it "recognised"; headquarters holds it as a draft (a placeholder, below any real
    version). Its clerk then submits it: that is a real write, stamped, so the site's older
    "draft" does not bring it back and headquarters counts it as it would have honestly."""
    history = [
        ("register", "site", 0),
        ("forge", ("site", "vsp"), "target"),
        ("forge", ("vsp", "hq"), "status"),
        ("status", "hq", 10, "submitted"),
    ]
    with tempfile.TemporaryDirectory() as tampered, tempfile.TemporaryDirectory() as honest:
        dumps, counted = run_history(enrolled_tree, Path(tampered), history, tamper=True)
        assert dumps[0] == dumps[1] == dumps[2]
        _dumps, counted_honestly = run_history(enrolled_tree, Path(honest), history, tamper=False)
        assert counted[0] == counted_honestly[0] == ("CDDKVN", 1, 0, 5400)


def test_a_union_council_recognising_what_a_rig_sent_leaves_every_node_with_the_same_record(
    enrolled_tree,
):
    """Found by the property above: the union registers a rig's initiative, the rig's package
    carries a forged industry-level review (refused), the union's clerk submits it and its
    council recognises it; headquarters' clerk cannot submit it again and later sets its
    investor. Headquarters derives "recognised" from the union's review, exactly what the union
    sent: it keeps the union's version of the status and recognition date instead of stamping
    its own (which the union's receipt would have acknowledged unseen), so all three nodes end
    with the same record, and headquarters counts what it counts honestly."""
    history = [
        ("register", "vsp", 30),
        ("title", "hq", 13, "Cải tiến bơm ly tâm"),
        ("forge", ("site", "vsp"), "review_above"),
        ("status", "vsp", 8, "submitted"),
        ("decide", "vsp", 18, "recognised"),
        ("status", "hq", 48, "submitted"),
        ("investor", "hq", 6, "Vietsovpetro"),
    ]
    with tempfile.TemporaryDirectory() as tampered, tempfile.TemporaryDirectory() as honest:
        dumps, counted = run_history(enrolled_tree, Path(tampered), history, tamper=True)
        assert dumps[0] == dumps[1] == dumps[2]
        honest_dumps, counted_honestly = run_history(
            enrolled_tree, Path(honest), history, tamper=False
        )
        assert honest_dumps[0] == honest_dumps[1] == honest_dumps[2]
        assert counted[0] == counted_honestly[0] == ("CDDKVN", 1, 1, 5400)


def test_a_union_forging_a_recognition_its_council_really_made_still_converges(enrolled_tree):
    """The union's council recognises its rig's initiative, then the union re-signs its package
    with the same recognition under a made-up version. Headquarters derives "recognised" from
    the union's review all the same and counts it as honestly; the version it keeps must reach
    the union and the rig too."""
    history = [
        ("register", "vsp", 30),
        ("status", "vsp", 8, "submitted"),
        ("decide", "vsp", 18, "recognised"),
        ("forge", ("vsp", "hq"), "status"),
    ]
    with tempfile.TemporaryDirectory() as tampered, tempfile.TemporaryDirectory() as honest:
        dumps, counted = run_history(enrolled_tree, Path(tampered), history, tamper=True)
        _dumps, counted_honestly = run_history(enrolled_tree, Path(honest), history, tamper=False)
        assert counted[0] == counted_honestly[0] == ("CDDKVN", 1, 1, 5400)
        assert dumps[0] == dumps[1] == dumps[2]


def test_a_forged_recognition_of_a_draft_is_not_counted_even_after_headquarters_decides(
    enrolled_tree,
):
    """Found by the property above with 150 examples: the union forges "recognised" on its site's
    draft. Headquarters held what nothing backs as "submitted", counted it, and its council could
    recognise it; in the honest history it stays a draft that no council can decide. Now a claim
    that no review or certificate backs leaves a new initiative a draft."""
    history = [
        ("send", ("site", "vsp")),
        ("register", "hq", 0),
        ("register", "hq", 0),
        ("register", "vsp", 40),
        ("register", "site", 0),
        ("register", "site", 17),
        ("register", "site", 22),
        ("register", "site", 30),
        ("restore", "hq", 28),
        ("register", "hq", 40),
        ("send", ("site", "vsp")),
        ("register", "hq", 45),
        ("forge", ("vsp", "hq"), "status"),
        ("register", "vsp", 41),
        ("decide", "hq", 37, "recognised"),
        ("deliver", 26),
    ]
    with tempfile.TemporaryDirectory() as tampered, tempfile.TemporaryDirectory() as honest:
        dumps, counted = run_history(enrolled_tree, Path(tampered), history, tamper=True)
        assert dumps[0] == dumps[1] == dumps[2]
        _dumps, counted_honestly = run_history(enrolled_tree, Path(honest), history, tamper=False)
        assert counted == counted_honestly


def target_of(database: Database, code: str, phase: str) -> list[int]:
    with database.session() as session:
        return session.scalars(
            select(Target.target)
            .join(Unit, Unit.id == Target.unit_id)
            .join(Phase, Phase.id == Target.phase_id)
            .where(Unit.code == code, Phase.code == phase, Target.deleted.is_(False))
        ).all()


TARGET_SET_AT_ONCE = [  # the rig's phase-1 target, set by headquarters, then by the union
    ("target", "hq", "VSP-TD03", "GD1", 120),
    ("target", "vsp", "VSP-TD03", "GD1", 300),
]


def test_headquarters_and_the_union_setting_one_site_target_agree_on_one_figure(enrolled_tree):
    """Headquarters sets the rig's phase-1 target to 120; the union, before hearing of it,
    sets it to 300. Each wrote a record of its own for that unit and phase, and each node
    refused the other's as a unit and phase already taken: headquarters measured the rig
    against 120 and the union and the rig against 300, for good. Now the target of a unit and
    phase is one record wherever it is first set, and the later setting holds everywhere."""
    with honestly_run(enrolled_tree, TARGET_SET_AT_ONCE, refusals=False) as tree:
        exchange_everything(tree)
        assert_same_everywhere(tree)
        assert [target_of(tree.databases[n], "VSP-TD03", "GD1") for n in NAMES] == [[300]] * 3


def open_conflicts(database: Database, table: str) -> list[tuple[str, object, object]]:
    """(label, field, kept, lost) of the conflicts open on `table` at this node."""
    with database.session() as session:
        return [
            (c.label, c.field, c.kept.value, c.lost.value)
            for c in list_conflicts(session)
            if c.table == table
        ]


def test_a_site_target_set_at_once_above_shows_the_value_lost_as_a_conflict(enrolled_tree):
    """The same two settings: the union's later 300 holds everywhere, but headquarters' 120
    was lost with no word. Two nodes creating one record (one id for a unit and phase) are two
    concurrent edits: headquarters, whose value was overwritten, lists the conflict and can
    bring its figure back from there. (The union hears of 120 only from a headquarters that
    had taken its 300 already: an older value the sender had seen past, no conflict.)"""
    with honestly_run(enrolled_tree, TARGET_SET_AT_ONCE) as tree:
        exchange_everything(tree)
        assert_same_everywhere(tree)
        conflicts = [open_conflicts(tree.databases[n], "targets") for n in NAMES]
        assert conflicts == [[("VSP-TD03 · GD1", "target", 300, 120)], [], []]
        act(tree, ("resolve", "hq", 0, "lost"), tamper=False)
        exchange_everything(tree)
        assert_same_everywhere(tree)
        assert [target_of(tree.databases[n], "VSP-TD03", "GD1") for n in NAMES] == [[120]] * 3


def authors_named(database: Database, initiative_id: str) -> list[str]:
    with database.session() as session:
        return session.scalars(
            select(Person.full_name)
            .join(InitiativeAuthor, InitiativeAuthor.person_id == Person.id)
            .where(InitiativeAuthor.initiative_id == initiative_id, Person.deleted.is_(False))
            .where(InitiativeAuthor.deleted.is_(False))
        ).all()


def test_a_rig_naming_a_person_headquarters_merged_ends_with_the_kept_person_everywhere(
    enrolled_tree,
):
    """The rig recorded Nguyễn Văn An twice; headquarters merges the two. Before the merge
    reaches the rig, its clerk names the merged record as the author of the first initiative.
    Headquarters files that authorship under the person kept, but kept the rig's version of
    it, so the rig and the union went on showing the merged (deleted) person and no later
    package changed either side. Now headquarters' filing is its own correction: it goes back
    down, and all three show the kept person."""
    history = [*TWO_AN_AT_HEADQUARTERS, ("merge", "hq", 0, 1), ("authors", "site", 0, 1, None)]
    with honestly_run(enrolled_tree, history, refusals=False) as tree:
        exchange_everything(tree)
        assert_same_everywhere(tree)
        first = tree.initiatives[0]
        named = [authors_named(tree.databases[n], first) for n in NAMES]
        assert named == [["Nguyễn Văn An"]] * 3


def test_a_rig_cannot_certify_what_its_union_recognised_so_all_three_show_one_status(
    enrolled_tree,
):
    """The union's council recognises the rig's initiative; the rig, holding the decision,
    printed the certificate itself. Its union refused the certificate (a decision above the
    rig's level), so the rig showed "certified" with certificate VSP-TD03-2026-00001 while the
    union and headquarters showed "recognised" with none, for good. The rig's certificate
    screen now leaves it out with the reason, as the union would refuse it."""
    history = [
        *DECIDED_BY_THE_UNION,
        ("send", ("vsp", "site")),
        ("deliver", 1),
        ("certify", "site", 0),
    ]
    with tempfile.TemporaryDirectory() as folder:
        tree = copied_tree(enrolled_tree, Path(folder))
        try:
            for step in history:
                act(tree, step, tamper=False)
            with tree.databases["site"].transaction() as session:
                result = issue_certificates(session, tree.initiatives, Signer("Nguyễn Văn Ký"))
            assert [(reg_no, why.code) for reg_no, why in result.skipped] == [
                ("VSP-TD03-2022-0001", "certificate.skip.level")
            ]
            exchange_everything(tree)
            hq, vsp, site = (dump(tree.databases[n]) for n in NAMES)
            assert hq == vsp == site
            assert initiative(tree.databases["site"], tree.initiatives[0]).status == "recognised"
        finally:
            tree.close()


def live_certificates(tree: Tree) -> list[list[tuple[str, str]]]:
    """Per node: (number, level) of the live certificates."""
    found = []
    for name in NAMES:
        with tree.databases[name].session() as session:
            rows = session.execute(
                select(Certificate.number, Certificate.level)
                .where(Certificate.deleted.is_(False))
                .order_by(Certificate.number)
            )
            found.append([tuple(row) for row in rows])
    return found


def test_headquarters_cannot_certify_what_the_union_recognised_so_one_certificate_is_held(
    enrolled_tree,
):
    """The union's council recognises the rig's initiative; headquarters, holding the
    decision, certified it too, and so did the union: two certificates for one initiative on
    every node. A certificate is issued at the level that recognised (DESIGN.md: reviews and
    certificates at the sender's level or below; a recognition at a higher level may have its
    own): headquarters' certificate screen now leaves it out with the reason, and the union's
    certificate is the one every node holds. (Headquarters still certifies for a branch with
    no PC of its own, which it keeps on paper.)"""
    with honestly_run(enrolled_tree, RECOGNISED_BY_THE_UNION) as tree:
        hq, vsp = tree.databases["hq"], tree.databases["vsp"]
        with hq.transaction() as session:
            result = issue_certificates(session, tree.initiatives, Signer("Nguyễn Văn Ký"))
        assert [(reg_no, why.code) for reg_no, why in result.skipped] == [
            ("VSP-TD03-2022-0001", "certificate.skip.level")
        ]
        assert "cấp công đoàn trực thuộc" in result.skipped[0][1].text()
        with vsp.transaction() as session:
            assert issue_certificates(session, tree.initiatives, Signer("Trần Thị Ký")).numbers
        exchange_everything(tree)
        assert_same_everywhere(tree)
        assert live_certificates(tree) == [[("VSP-2026-00001", "subordinate")]] * 3
        assert statuses(tree) == [["certified"]] * 3


def test_a_union_s_certificate_for_its_rig_s_recognition_is_refused_above_with_the_reason(
    enrolled_tree, monkeypatch
):
    """The rig's own council recognises its initiative; a union still running a release
    without the rule certifies it. Headquarters refuses that certificate at import with the
    reason (issued by the union for a recognition at the base level), as the union's own
    screen now does."""
    import db.certificates

    history = [
        ("register", "site", 0),
        ("status", "site", 0, "submitted"),
        ("decide", "site", 0, "recognised"),
        ("send", ("site", "vsp")),
        ("deliver", 0),
    ]
    with honestly_run(enrolled_tree, history) as tree:
        vsp = tree.databases["vsp"]
        with vsp.transaction() as session:
            result = issue_certificates(session, tree.initiatives, Signer("Trần Thị Ký"))
        assert [why.code for _reg_no, why in result.skipped] == ["certificate.skip.level"]
        monkeypatch.setattr(db.certificates, "_council_rank", lambda *a: 0)  # the old release
        with vsp.transaction() as session:
            assert issue_certificates(session, tree.initiatives, Signer("Trần Thị Ký")).numbers
        report = import_package(
            tree.databases["hq"], tree.send("vsp", "hq"), trust_new_node=True, backup=False
        )
        refused = [(r.table, r.reason.code) for r in report.refusals]
        assert refused == [("certificates", "authority.certificate_level")]
        assert "VSP cho một quyết định công nhận ở cấp cơ sở" in report.refusals[0].reason.text()


def statuses(tree: Tree) -> list[list[str]]:
    """Each node's statuses of the initiatives, in the order they were registered."""
    return [[initiative(tree.databases[n], i).status for i in tree.known_at(n)] for n in NAMES]


@contextlib.contextmanager
def honestly_run(template: Path, history: list, refusals: bool = True) -> Iterator[Tree]:
    """The history run untampered on a copy of the three nodes, in a folder of its own; the
    databases closed after. `refusals` off: every package, later ones too, is imported whole
    (a record refused fails the test)."""
    with tempfile.TemporaryDirectory() as folder:
        tree = copied_tree(template, Path(folder))
        if refusals:
            tree.receive = lambda path, target: receive_allowing_refusals(tree, path, target)
        try:
            for step in history:
                act(tree, step, tamper=False)
            yield tree
        finally:
            tree.close()


def assert_same_everywhere(tree: Tree) -> None:
    """Headquarters, the union and the rig hold exactly the same records."""
    assert dump(tree.databases["hq"]) == dump(tree.databases["vsp"])
    assert dump(tree.databases["vsp"]) == dump(tree.databases["site"])


def test_a_council_cannot_make_a_recognised_initiative_a_duplicate_on_one_node_only(
    enrolled_tree,
):
    """Headquarters' council recognises the later of two filings, then decides the two are
    "the same". Headquarters showed it a duplicate, while the union and the rig derived
    "recognised" from the review (a decision gives the status) and headquarters never heard of
    their correction. The flow does not let a decided initiative become a duplicate: the
    decision is refused with the reason, and every node shows it recognised."""
    history = [
        ("register", "hq", 0),
        ("register", "hq", 1),
        ("status", "hq", 1, "submitted"),
        ("decide", "hq", 1, "recognised"),
    ]
    with honestly_run(enrolled_tree, history) as tree:
        hq = tree.databases["hq"]
        with pytest.raises(ValidationFailed) as refused, hq.transaction() as session:
            decide_pair(session, *tree.initiatives, "same", actor="council")
        assert [p.code for p in refused.value.problems] == ["decided"]
        exchange_everything(tree)
        assert_same_everywhere(tree)
        assert statuses(tree) == [["draft", "recognised"]] * 3


UNDONE_AFTER_A_UNION_DECIDED = [
    ("register", "hq", 0),
    ("register", "hq", 1),
    ("status", "hq", 1, "submitted"),
    ("status", "hq", 0, "submitted"),
    ("send", ("hq", "vsp")),
    ("deliver", 0),
    ("duplicate", "hq", 0, 1, "same"),  # headquarters: the later filing is a duplicate
    ("decide", "vsp", 1, "recognised"),  # meanwhile the union's council recognises it
    ("send", ("vsp", "hq")),
    ("deliver", 1),
    ("undo_duplicate", "hq", 0, 1),
    ("send", ("hq", "vsp")),
    ("deliver", 2),
]


def test_undoing_a_duplicate_a_union_council_recognised_meanwhile_shows_it_recognised(
    enrolled_tree,
):
    """Headquarters calls the later of two filings a duplicate while the union's council
    recognises it; when the review arrives, headquarters shows it recognised. Then
    headquarters undoes its duplicate decision: that put back the status from before
    ("submitted") over a live recognition, headquarters counted it as not recognised, and
    the union's correction never came back up (see the next test). Undoing now leaves the
    status the decisions give."""
    with honestly_run(enrolled_tree, UNDONE_AFTER_A_UNION_DECIDED[:11]) as tree:
        assert statuses(tree)[0] == ["submitted", "recognised"]
        for step in UNDONE_AFTER_A_UNION_DECIDED[11:]:
            act(tree, step, tamper=False)
        exchange_everything(tree)
        assert_same_everywhere(tree)
        assert statuses(tree) == [["submitted", "recognised"]] * 3


def test_a_union_correcting_a_status_headquarters_sent_sends_the_correction_back_up(
    enrolled_tree, monkeypatch
):
    """The same history on a headquarters still running the release before that fix: its undo
    writes "submitted" over the union's recognition. The union, receiving it, derives
    "recognised" again from the review and stamps that correction; but headquarters' package
    acknowledged everything the union held, and the import counted the union's own
    correction as acknowledged too, so it never went up: headquarters showed "submitted" and
    the union and the rig "recognised", for good (a regression of 2 December: only a
    prediction, not a correction, was kept out of the acknowledgement). Now every write
    settling makes is numbered after the sender's records and goes back."""
    import db.duplicates.decisions

    monkeypatch.setattr(db.duplicates.decisions, "settle_recognition", lambda *a, **k: [])
    with honestly_run(enrolled_tree, UNDONE_AFTER_A_UNION_DECIDED) as tree:
        assert statuses(tree)[:2] == [["submitted", "submitted"], ["submitted", "recognised"]]
        exchange_everything(tree)
        assert_same_everywhere(tree)
        assert statuses(tree) == [["submitted", "recognised"]] * 3


def people_held(tree: Tree) -> list[tuple[list[str], list[str], list[str]]]:
    """Per node: the live people of the story, the live aliases' merged ids, and the people the
    live authorships name."""
    held = []
    for name in NAMES:
        with tree.databases[name].session() as session:
            live = live_people(tree, session)
            aliases = session.scalars(
                select(PersonAlias.merged_id).where(PersonAlias.deleted.is_(False))
            ).all()
            named = session.scalars(
                select(InitiativeAuthor.person_id)
                .where(InitiativeAuthor.deleted.is_(False))
                .order_by(InitiativeAuthor.initiative_id)
            ).all()
        held.append((live, sorted(aliases), sorted(set(named))))
    return held


@pytest.mark.parametrize("first", ["hq", "vsp"])
def test_two_nodes_merging_one_pair_each_way_keep_one_person_everywhere(enrolled_tree, first):
    """The rig recorded Nguyễn Văn An twice. Headquarters merges the second into the first
    while the union, before hearing of it, merges the first into the second (and the other way
    round); the rig, hearing of neither, names each as an author. Both records ended deleted on
    every node, the aliases in a loop that names nobody kept, and the authorships under a
    deleted person: only an undo brought one back. Now the earlier merge holds everywhere and
    the later one is taken as undone: one person is left, the same on every node, every
    authorship names that person, and the import that puts it right says so."""
    history = MERGED_EACH_WAY[:6]
    merges = MERGED_EACH_WAY[6:8] if first == "hq" else MERGED_EACH_WAY[7:5:-1]
    with honestly_run(enrolled_tree, [*history, *merges, *MERGED_EACH_WAY[8:]]) as tree:
        # headquarters may undo either merge (the union only its own): it puts the loop right
        hq = tree.databases["hq"]
        report = import_package(hq, tree.send("vsp", "hq"), trust_new_node=True, backup=False)
        assert [w.code for w in report.warnings] == ["sync.alias_loop"]
        later = "vsp" if first == "hq" else "hq"
        assert report.warnings[0].params["undone_by"] == CODES[later]
        exchange_everything(tree)
        assert_same_everywhere(tree)
        one, two = tree.people
        kept, merged = (one, two) if first == "hq" else (two, one)
        assert people_held(tree) == [([kept], [merged], [kept])] * 3


MADE_AGAIN_WHILE_MERGED_THE_OTHER_WAY = [
    ("register", "site", 0),
    ("register", "site", 5),  # the rig's two records of Nguyễn Văn An, known to its union
    ("send", ("site", "vsp")),
    ("deliver", 0),
    ("merge", "site", 1, 0),  # the rig: the first An into the second
    ("send", ("site", "vsp")),  # that package leaves
    ("merge", "vsp", 0, 1),  # the union, not knowing: the second into the first
    ("send", ("vsp", "site")),  # that package leaves
    ("unmerge", "site", 0),  # the rig's clerk undoes her merge and makes it again
    ("merge", "site", 1, 0),
    ("deliver", 1),  # the union breaks the loop holding the rig's merge as first made
    ("deliver", 2),  # the rig breaks it holding the merge made again
]


def test_a_merge_made_again_while_merged_the_other_way_still_leaves_one_person(enrolled_tree):
    """The rig merges its two records of Nguyễn Văn An one way, the union the other way
    before hearing of it, and the rig's clerk undoes her merge and makes it again. Each node
    broke the loop when the other's merge arrived, judging the earlier merge by the alias's
    newest version: the union held the rig's merge as first made (older than its own) and
    undid its own; the rig held it made again (newer) and undid the rig's. Both merges ended
    undone on every node: the two records live again, the duplicate to be merged a third
    time. The earlier merge is now the one first made (the version of the alias's merged
    person, set when the alias is created and held alike by every node, then its id): the
    rig's holds everywhere and one An is left."""
    with honestly_run(enrolled_tree, MADE_AGAIN_WHILE_MERGED_THE_OTHER_WAY) as tree:
        exchange_everything(tree)
        assert_same_everywhere(tree)
        merged, kept = tree.people
        assert people_held(tree) == [([kept], [merged], [kept])] * 3


RESUBMITTED_WHILE_RECOGNISED = [
    ("register", "site", 0),
    ("status", "site", 0, "submitted"),
    ("send", ("site", "vsp")),
    ("deliver", 0),
    ("decide", "vsp", 0, "needs_more"),
    ("send", ("vsp", "site")),
    ("deliver", 1),
    ("send", ("vsp", "hq")),
    ("deliver", 2),
    ("decide", "hq", 0, "recognised"),
    ("status", "site", 0, "submitted"),
    ("send", ("site", "vsp")),
    ("deliver", 3),
    ("send", ("vsp", "hq")),
    ("deliver", 4),
]


def test_a_status_conflict_over_a_decision_cannot_bring_back_the_older_status(enrolled_tree):
    """The union's council asks for more; the rig re-submits while headquarters' council
    recognises it. Headquarters lists the two statuses as a conflict, and its clerk chose
    "bring back" the rig's "submitted": headquarters then showed a recognised initiative as
    submitted (and did not count it recognised) until the union derived "recognised" again
    and sent it back. Now bringing back an older status over a decision is refused with the
    reason, as a withdrawal asked after a decision is."""
    with honestly_run(enrolled_tree, RESUBMITTED_WHILE_RECOGNISED) as tree:
        exchange_everything(tree)
        hq = tree.databases["hq"]
        with hq.transaction() as session:
            [conflict] = [c for c in list_conflicts(session) if c.lost.value == "submitted"]
            with pytest.raises(ConflictError) as refused:
                resolve_conflict(session, conflict.id, "lost", actor="clerk")
        assert refused.value.args[0].code == "conflict.status_after_decision"
        assert statuses(tree) == [["recognised"]] * 3


def test_a_status_conflict_settled_since_says_what_the_record_holds(enrolled_tree):
    """The same history: headquarters also lists the rig's "submitted" kept over its own
    council's "recognised" (the rig's edit was newer), which settling put right at once. The
    line read "kept: submitted" while the record showed "recognised"; it now says what is held,
    with the version that holds it."""
    with honestly_run(enrolled_tree, RESUBMITTED_WHILE_RECOGNISED) as tree:
        exchange_everything(tree)
        with tree.databases["hq"].session() as session:
            lines = [(c.kept.value, c.current) for c in list_conflicts(session)]
            stamps = {c.kept.stamp for c in list_conflicts(session)}
            held = session.get(Initiative, tree.initiatives[0])
            version = (held.field_hlc or {}).get("status", held.hlc)
        assert lines == [("recognised", "recognised")] * 2
        assert version in stamps


def test_a_rig_merging_its_author_into_a_union_co_author_reaches_every_node(enrolled_tree):
    """The rig typed Nguyễn Văn An once as its own worker and once as a co-author from the
    union, and merges its own record into the union's. The alias was written for the union's
    unit, which the rig does not manage: the union refused it at every package, so the rig
    held the merge and the union and headquarters did not (a package still naming the rig's
    record did not resolve there, and the merge could not be undone there). The alias is now
    the merging node's own, and a node merges away only a person of its tree."""
    history = [("register", "site", 0), ("coauthor", "site", 5)]
    with honestly_run(enrolled_tree, history) as tree:
        own, union_man = tree.people
        site = tree.databases["site"]
        with pytest.raises(ValidationFailed) as refused, site.transaction() as session:
            merge_people(session, own, union_man, actor="clerk")  # not the rig's to delete
        assert [p.code for p in refused.value.problems] == ["outside_tree"]
        act(tree, ("merge", "site", 1, 0), tamper=False)
        exchange_everything(tree)
        assert dump(tree.databases["hq"]) == dump(tree.databases["vsp"])
        assert dump(tree.databases["vsp"]) == dump(site)
        for name in NAMES:
            with tree.databases[name].session() as session:
                assert not session.get(PersonAlias, alias_id(own)).deleted


def decisions_held(tree: Tree) -> list[list[tuple[str, bool]]]:
    pair = tree.initiatives[:2]
    found = []
    for name in NAMES:
        with tree.databases[name].session() as session:
            decision = decision_for(session, *pair)
            found.append([(decision.verdict, decision.deleted)] if decision else [])
    return found


# two filings of the rig, submitted, and known to its union
TWO_FILINGS_AT_THE_UNION = [
    ("register", "site", 0),
    ("register", "site", 1),
    ("status", "site", 0, "submitted"),
    ("status", "site", 1, "submitted"),
    ("send", ("site", "vsp")),
    ("deliver", 0),
]


@contextlib.contextmanager
def decided_at_once(template: Path, first: tuple, then: tuple) -> Iterator[Tree]:
    """Two councils deciding the rig's two filings, each not yet knowing of the other's
    decision ((node, verdict) in the order made), then every package exchanged: the nodes
    hold the same records."""
    history = [
        *TWO_FILINGS_AT_THE_UNION,
        *(("duplicate", node, 0, 1, verdict) for node, verdict in (first, then)),
    ]
    with honestly_run(template, history) as tree:
        exchange_everything(tree)
        assert_same_everywhere(tree)
        yield tree


def test_a_union_and_its_rig_deciding_one_pair_at_once_end_with_the_union_s_decision(
    enrolled_tree,
):
    """The union's council calls two of the rig's filings the same; the rig's council, not
    yet knowing, calls them different. The union refused the rig's change to its decision,
    and the rig kept its own, newer one: the rig showed "different" and the union and
    headquarters "the same", for good. The union now re-asserts what it refused under a newer
    version, so the rig takes the union's decision; and once the rig knows of it, its council
    cannot change it (refused with the reason)."""
    with decided_at_once(enrolled_tree, ("vsp", "same"), ("site", "different")) as tree:
        assert decisions_held(tree) == [[("same", False)]] * 3
        assert statuses(tree) == [["submitted", "duplicate"]] * 3
        site, pair = tree.databases["site"], tree.initiatives[:2]
        with pytest.raises(ValidationFailed) as refused, site.transaction() as session:
            decide_pair(session, *pair, "different")
        with pytest.raises(ValidationFailed) as undone, site.transaction() as session:
            undo_decision(session, *pair)
        codes = [p.code for p in refused.value.problems + undone.value.problems]
        assert codes == ["decided_above"] * 2


def test_a_union_saying_different_while_its_rig_says_the_same_leaves_no_duplicate(
    enrolled_tree,
):
    """The rig's council calls two of its filings the same (the later becomes Trùng lặp);
    the union's, not yet knowing, calls them different, a little later. The union's decision
    wins everywhere, as it should, but the later filing stayed Trùng lặp on every node: not
    counted, and with no way out (undoing "different" restores nothing, and the flow allows
    no move from Trùng lặp). An import now puts back the status of an initiative left Trùng
    lặp with no "same" in force."""
    with decided_at_once(enrolled_tree, ("site", "same"), ("vsp", "different")) as tree:
        assert decisions_held(tree) == [[("different", False)]] * 3
        assert statuses(tree) == [["submitted", "submitted"]] * 3


MERGED_INTO_THE_RIG_S_RECORD = [  # found by the decisions property at 150 examples
    ("authors", "hq", 0, 0, None),
    ("merge", "hq", 0, 0),
    ("resolve", "hq", 0, "kept"),
    ("register", "hq", 44),  # the rig's Nguyễn Văn Phúc
    ("register", "vsp", 0),
    ("register", "vsp", 0),
    ("coauthor", "hq", 44),  # a rig's initiative by the union's Nguyễn Văn Phúc
    ("register", "hq", 0),
    ("register", "hq", 0),
    ("merge", "hq", 0, 1),  # headquarters: the union's Phúc into the rig's
]


def test_a_co_author_s_name_corrected_by_his_union_reaches_the_rig_that_names_him(
    enrolled_tree,
):
    """Headquarters records a rig's initiative by the union's Nguyễn Văn Phúc; every node
    has him. His union then corrects his name. Headquarters got the correction, but the rig
    never did: a person of another unit went down only with a new authorship naming him, so
    the rig went on showing (and printing on a certificate) the old name. A package now
    carries every change to a person its destination's initiatives name."""
    with honestly_run(enrolled_tree, [("coauthor", "hq", 44)]) as tree:
        exchange_everything(tree)
        [union_s] = tree.people
        with tree.databases["vsp"].transaction() as session:
            update_person(session, union_s, {"full_name": "Nguyễn Văn Phước"}, actor="clerk")
        exchange_everything(tree)
        assert_same_everywhere(tree)
        for name in NAMES:
            with tree.databases[name].session() as session:
                assert session.get(Person, union_s).full_name == "Nguyễn Văn Phước", name


def test_a_union_co_author_merged_into_another_union_man_is_deleted_at_the_rig_too(
    enrolled_tree,
):
    """Two of the rig's initiatives, each by a union man named Nguyễn Văn An; headquarters
    merges the second into the first. The rig received the authorship, now naming the first,
    but neither the merge nor the second man's tombstone (neither man is of its tree): it held
    him live for ever. A merge now goes wherever an initiative names either of its people."""
    history = [("coauthor", "hq", 0), ("coauthor", "hq", 0)]
    with honestly_run(enrolled_tree, history) as tree:
        exchange_everything(tree)
        kept, merged = tree.people
        act(tree, ("merge", "hq", 0, 1), tamper=False)
        exchange_everything(tree)
        assert_same_everywhere(tree)
        assert merged_person_held(tree, merged) == [(True, False)] * 3
        assert merged_person_held(tree, kept) == [(False, None)] * 3


def test_another_unit_s_filing_a_rig_s_is_a_duplicate_of_stays_the_same_at_the_rig(
    enrolled_tree,
):
    """Headquarters' council calls a rig's filing and a PVGAS one the same; the union and the
    rig receive the PVGAS filing too (the other side of the decision). Headquarters then
    corrects that filing's title: the union and the rig kept the old one for ever, as another
    unit's initiative went down only with a new decision about it. A package now carries every
    change to an initiative its destination holds as the other side of a decision."""
    with honestly_run(enrolled_tree, []) as tree:
        hq = tree.databases["hq"]
        rig_s = register(hq, "Cải tiến bơm ly tâm An", "VSP-TD03", reg_no="VSP-TD03-2022-0001")
        pvgas = register(hq, "Cải tiến bơm ly tâm Bình", "PVGAS", reg_no="PVGAS-2022-0001")
        with hq.transaction() as session:
            decide_pair(session, rig_s, pvgas, "same", actor="council")
        exchange_everything(tree)
        edit_initiative(hq, pvgas, title="Cải tiến bơm ly tâm kiểu mới")
        exchange_everything(tree)
        held = [dump_line(initiative(tree.databases[n], pvgas)) for n in NAMES]
        assert held[0] == held[1] == held[2]
        assert "kiểu mới" in held[2]
        assert dump(tree.databases["vsp"]) == dump(tree.databases["site"])


def test_another_unit_s_recognised_filing_shows_recognised_at_the_union_and_the_rig(
    enrolled_tree,
):
    """Headquarters' council recognises a PVGAS filing, then calls a later rig's filing the
    same. The union and the rig received the PVGAS filing without its review and derived its
    status from what they held: submitted, beside the rig's duplicate of it. The review now
    goes with it, and all three show it recognised."""
    with honestly_run(enrolled_tree, []) as tree:
        hq = tree.databases["hq"]
        pvgas = register(hq, "Cải tiến bơm ly tâm Bình", "PVGAS", registered_on=dt.date(2022, 3, 1))
        with hq.transaction() as session:
            change_status(session, pvgas, "submitted", actor="clerk")
            decision = {"decision_no": "7/QĐ", "decision_date": dt.date(2022, 5, 2)}
            record_review(
                session, pvgas, {"level": "industry", "outcome": "recognised", **decision}
            )
        rig_s = register(
            hq, "Cải tiến bơm ly tâm An", "VSP-TD03", registered_on=dt.date(2022, 3, 20)
        )
        with hq.transaction() as session:
            decide_pair(session, rig_s, pvgas, "same", actor="council")
        exchange_everything(tree)
        held = [dump_line(initiative(tree.databases[n], pvgas)) for n in NAMES]
        assert held[0] == held[1] == held[2]
        assert [initiative(tree.databases[n], pvgas).status for n in NAMES] == ["recognised"] * 3
        assert dump(tree.databases["vsp"]) == dump(tree.databases["site"])


def merged_person_held(tree: Tree, person_id: str) -> list[tuple[bool | None, bool | None]]:
    """Per node: (the person deleted?, its alias deleted?), None for a record not held."""
    held = []
    for name in NAMES:
        with tree.databases[name].session() as session:
            person = session.get(Person, person_id)
            alias = session.get(PersonAlias, alias_id(person_id))
            held.append((person and person.deleted, alias and alias.deleted))
    return held


def test_a_person_headquarters_merged_away_reaches_the_rig_with_the_merge(enrolled_tree):
    """Headquarters records a rig's initiative by the union's Nguyễn Văn Phúc and merges him
    into the rig's own Phúc before any package leaves. The rig receives the merge (the alias:
    the person kept is its own) and the authorship, now naming its Phúc, but never the union's
    Phúc, whom only that authorship's earlier version named: headquarters and the union held
    the merged-away record, the rig an alias naming a person it did not have (found by the
    decisions property at 150 examples, also before this session). The rig is owed him: the
    alias it holds names him and lists the authorship of its own initiative it moved from
    him. A package now carries both people of every alias it carries, and all three nodes hold
    the same records."""
    with honestly_run(enrolled_tree, MERGED_INTO_THE_RIG_S_RECORD) as tree:
        exchange_everything(tree)
        assert_same_everywhere(tree)
        union_s = tree.people[3]
        assert merged_person_held(tree, union_s) == [(True, False)] * 3


def test_a_person_the_rig_knew_merged_away_at_headquarters_is_deleted_at_the_rig_too(
    enrolled_tree,
):
    """The rig knew the union's Nguyễn Văn Phúc as the co-author of one of its initiatives;
    headquarters then merges him into the rig's own Phúc. The rig received the authorship,
    now naming its Phúc, and the alias, but not the union man's tombstone: he stayed live at
    the rig, listed among its people and offered to its clerk as a possible duplicate it may
    not merge (he is not of its tree), while headquarters and the union held him merged away.
    The package that carries the merge now carries the merged-away person too."""
    history = [("register", "hq", 44), ("coauthor", "hq", 44)]
    with honestly_run(enrolled_tree, history) as tree:
        exchange_everything(tree)
        rig_s, union_s = tree.people
        assert merged_person_held(tree, union_s) == [(False, None)] * 3
        act(tree, ("merge", "hq", 0, 1), tamper=False)
        exchange_everything(tree)
        assert_same_everywhere(tree)
        assert merged_person_held(tree, union_s) == [(True, False)] * 3
        assert merged_person_held(tree, rig_s) == [(False, None)] * 3
