"""Which records go to a destination, and in which form.

**Upward** (to this node's parent) go the records of this node's unit and the units below it
(its *subtree*): those units, their earlier names and targets; their people, and any person named
as an author of their initiatives (a co-author of another unit) or by a merge of people the
package carries (an alias names both, and the node receiving it holds both), and every later
change to such a person; their initiatives with authors, reviews, certificates and attachments.
Phases and fields never go up: they come from the root.

**Downward** (to a child, or in a setup package) go the reference data (every unit, unit name,
phase, field and target) and every record of the child's subtree as above: the decisions,
reviews and certificate numbers made here for it, and also its own records, so a site that was
reinstalled gets them back ("restore": its new node has acknowledged nothing yet). Another
unit's initiative that is the other side of a decision about one of the subtree's goes too,
with its reviews and certificates (its status follows from them), and every later change to
it. Programmes go down like phases and never up: a union's own programme (and its targets)
stays in its subtree; so do the overrides of what counts toward a programme (made at its owner
or above).

A **delta** export holds the rows in scope whose local sequence is above the destination's
acknowledged sequence, leaving out rows whose every version was written by the destination node
itself (it has them). `--full` holds every row in scope.

A **technology-secret** initiative (tech_secret true) goes upward with its summary only:
SECRET_SUMMARY below (what it is, whose, where it stands and what it is worth). Its description,
conditions, benefit texts, investor, first appliers, confidential information and scope stay with
the unit, and so do its attachments. Its authors, reviews and certificates (the award) go up.
"""

from __future__ import annotations

from dataclasses import dataclass

from db.models import SYNCED_MODELS, Initiative

SECRET_SUMMARY = frozenset(
    {
        "reg_no",
        "title",
        "solution_type",
        "field_id",
        "unit_id",
        "phase_id",
        "first_applied_on",
        "registered_on",
        "tech_secret",
        "benefit_value",
        "benefit_currency",
        "status",
        "recognised_on",
        "duplicate_of_id",
        "deleted",
    }
)
SECRET_WITHHELD = tuple(f for f in Initiative.synced_fields() if f not in SECRET_SUMMARY)

IN_TREE = "IN (SELECT value FROM json_each(:tree))"
OWN_PHASES = (
    "(SELECT p.id FROM phases p JOIN programmes g ON g.id = p.programme_id "
    f"WHERE g.owner_unit_id {IN_TREE})"
)
INITIATIVE_CHILDREN = ("initiative_authors", "reviews", "certificates", "attachments")
REFERENCE = ("units", "unit_names", "programmes", "phases", "fields", "targets")


@dataclass(frozen=True)
class Scope:
    """An export's reach: direction, the subtree's unit ids, and the acknowledged sequence."""

    direction: str  # "up" or "down"
    tree: list[str]
    acked: int
    basis: int = 0  # the destination's own receipt (acked may be above it: no echo)

    @property
    def upward(self) -> bool:
        return self.direction == "up"


def _columns(model: type) -> str:
    return ", ".join(f"t.{c}" for c in ("id", "hlc", "field_hlc", *model.synced_fields()))


def _where(table: str, scope: Scope) -> str | None:
    """The WHERE clause (after `t.seq > :acked AND`) of a table, None if nothing goes."""
    if table in REFERENCE:
        if not scope.upward:
            return "1 = 1"  # every row (a server has no integer truth)
        if table in ("phases", "fields"):
            return None
        if table == "programmes":
            return None
        if table == "targets":  # not those of a programme of the subtree's own: it stays below
            return f"t.unit_id {IN_TREE} AND t.phase_id NOT IN {OWN_PHASES}"
        return f"t.{'id' if table == 'units' else 'unit_id'} {IN_TREE}"
    if table == "initiatives":
        return f"t.unit_id {IN_TREE}"
    if table in INITIATIVE_CHILDREN:
        secret = " AND NOT i.tech_secret" if scope.upward and table == "attachments" else ""
        return f"i.unit_id {IN_TREE}{secret}"
    if table == "duplicate_decisions":  # decided here, or about an initiative of the tree
        return f"(t.unit_id {IN_TREE} OR t.initiative_id IN {TREE_INITIATIVES} OR t.original_id IN {TREE_INITIATIVES})"
    if table == "programme_overrides":  # like its programme: down to every site, never up
        return None if scope.upward else "1 = 1"
    if table == "person_aliases":
        return _alias_in_tree("t")
    raise KeyError(table)


def _alias_in_tree(alias: str) -> str:
    """An alias goes where it was merged, where either of its people belongs, and where an
    initiative names either (headquarters merges two union men, one a co-author of a rig's
    initiative: the rig, which held him, gets the merge and his tombstone). Looked up per
    alias (they are few) by the authorships' person index."""
    tree_people = f"(SELECT id FROM people WHERE unit_id {IN_TREE})"
    named = (
        "EXISTS (SELECT 1 FROM initiative_authors n JOIN initiatives ni ON ni.id = "
        f"n.initiative_id WHERE n.person_id IN ({alias}.kept_id, {alias}.merged_id) AND "
        f"ni.unit_id {IN_TREE})"
    )
    return (
        f"({alias}.unit_id {IN_TREE} OR {alias}.kept_id IN {tree_people} "
        f"OR {alias}.merged_id IN {tree_people} OR {named})"
    )


TREE_INITIATIVES = f"(SELECT id FROM initiatives WHERE unit_id {IN_TREE})"
# Both people of every alias the package carries: the merged-away one too (deleted), whom the
# alias names and whose authorships it moved (a rig's initiative a union man was an author of,
# merged at headquarters into the rig's record of him).
_ALIASED_PEOPLE = (
    f"SELECT a.merged_id FROM person_aliases a WHERE a.seq > :acked AND {_alias_in_tree('a')} "
    f"UNION SELECT a.kept_id FROM person_aliases a WHERE a.seq > :acked AND {_alias_in_tree('a')}"
)
# A person of another unit the destination holds (an author of its initiatives, or named by a
# merge of its tree), changed since: his own union corrects his name, and the rig whose
# initiative he co-authored prints it. Looked up per changed person (the indexes on person_id,
# merged_id and kept_id), not by listing every authorship of the tree.
_NAMED_IN_TREE = (
    "EXISTS (SELECT 1 FROM initiative_authors a JOIN initiatives i ON i.id = a.initiative_id "
    f"WHERE a.person_id = t.id AND i.unit_id {IN_TREE}) OR EXISTS (SELECT 1 FROM person_aliases "
    f"a WHERE a.merged_id = t.id AND {_alias_in_tree('a')}) OR EXISTS (SELECT 1 FROM "
    f"person_aliases a WHERE a.kept_id = t.id AND {_alias_in_tree('a')})"
)


def _partner_of_tree(initiative: str) -> str:
    """The initiative whose id is `initiative` is the other side of a decision about one of
    the tree's: one of the (few) decided, then looked up from that id by the decisions'
    indexes, not by listing the tree's initiatives."""
    return (
        f"{initiative} IN (SELECT initiative_id FROM duplicate_decisions UNION ALL SELECT "
        f"original_id FROM duplicate_decisions) AND (EXISTS (SELECT 1 FROM duplicate_decisions "
        f"d JOIN initiatives o ON o.id = d.original_id WHERE d.initiative_id = {initiative} AND "
        f"o.unit_id {IN_TREE}) OR EXISTS (SELECT 1 FROM duplicate_decisions d JOIN initiatives "
        f"o ON o.id = d.initiative_id WHERE d.original_id = {initiative} AND o.unit_id "
        f"{IN_TREE}))"
    )


# the other side of every decision newer than the receipt about an initiative of the tree
_PARTNERS_NEWER = (
    "SELECT d.original_id FROM duplicate_decisions d WHERE d.seq > :acked AND "
    f"d.initiative_id IN {TREE_INITIATIVES} UNION SELECT d.initiative_id FROM "
    f"duplicate_decisions d WHERE d.seq > :acked AND d.original_id IN {TREE_INITIATIVES}"
)
# what a node derives an initiative's status from: it goes with the other side of a decision
RULINGS = ("reviews", "certificates")


def _initiatives_down(model: type, scope: Scope) -> str:
    """Downward, the initiatives of the tree, and the other side of every duplicate decision
    newer than the receipt about one of them: a site whose initiative became a duplicate of
    another unit's gets that one too (its duplicate_of_id must resolve), and vice versa; and
    every later change to such an initiative of another unit (headquarters corrects its title:
    the site shows it beside its own). A full package holds every such one already."""
    held = f" OR {_partner_of_tree('t.id')}" if scope.acked else ""
    return (
        f"SELECT {_columns(model)} FROM initiatives t WHERE (t.seq > :acked AND (t.unit_id "
        f"{IN_TREE}{held})) OR t.id IN ({_PARTNERS_NEWER})"
    )


def _rulings_down(model: type, scope: Scope) -> str:
    """Downward, the reviews and certificates of the tree's initiatives and of those it holds
    as the other side of a decision: a node derives an initiative's status from them
    (db/recognition.py), so a rig holding a PVGAS filing headquarters recognised, without them,
    showed it submitted. Their authors and attachments stay (a certificate names its
    recipients)."""
    # Each term found by an index: a full package's by the initiative (its unit, its id); a
    # delta's by the row (its sequence number, its initiative), not by a walk of the tree's.
    if not scope.acked:
        return (
            f"SELECT {_columns(model)} FROM {model.__tablename__} t JOIN initiatives i ON i.id "
            f"= t.initiative_id WHERE (t.seq > :acked AND i.unit_id {IN_TREE}) OR i.id IN "
            f"({_PARTNERS_NEWER})"
        )
    return (
        f"SELECT {_columns(model)} FROM {model.__tablename__} t JOIN initiatives i ON i.id = "
        f"t.initiative_id WHERE (t.seq > :acked AND i.unit_id {IN_TREE}) OR (t.seq > :acked "
        f"AND {_partner_of_tree('t.initiative_id')}) OR t.initiative_id IN ({_PARTNERS_NEWER})"
    )


def scope_query(model: type, scope: Scope) -> str | None:
    """The SELECT of a table's rows in scope (parameters :acked and :tree), or None."""
    table = model.__tablename__
    if table == "people":
        # A full package names every person of the tree's authorships and aliases already (each
        # newer than 0): the lookups of _NAMED_IN_TREE are for a delta's changed people only.
        named = f" OR {_NAMED_IN_TREE}" if scope.acked else ""
        return (
            f"SELECT {_columns(model)} FROM people t WHERE (t.seq > :acked AND (t.unit_id "
            f"{IN_TREE}{named})) OR t.id IN (SELECT a.person_id FROM initiative_authors a JOIN "
            f"initiatives i ON i.id = a.initiative_id WHERE a.seq > :acked AND i.unit_id "
            f"{IN_TREE}) OR t.id IN ({_ALIASED_PEOPLE})"
        )
    if table == "initiatives" and not scope.upward:
        return _initiatives_down(model, scope)
    if table in RULINGS and not scope.upward:
        return _rulings_down(model, scope)
    where = _where(table, scope)
    if where is None:
        return None
    join = " JOIN initiatives i ON i.id = t.initiative_id" if table in INITIATIVE_CHILDREN else ""
    return f"SELECT {_columns(model)} FROM {table} t{join} WHERE t.seq > :acked AND {where}"


def all_scope_queries(scope: Scope) -> list[tuple[type, str]]:
    queries = [(model, scope_query(model, scope)) for model in SYNCED_MODELS]
    return [(model, sql) for model, sql in queries if sql is not None]
