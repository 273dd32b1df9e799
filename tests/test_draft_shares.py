"""A clerk types a paper form in two sittings: the draft keeps authors whose shares are not yet
100%, and the initiative can be handed in (submitted) only once they are."""

from __future__ import annotations

import pytest
from initiative_world import build_world, initiative_data

from db.queries.initiatives import AuthorShare, change_status, register_initiative
from db.validation import ValidationFailed

pytestmark = pytest.mark.both_engines  # issue 18: also on a server


def test_a_draft_keeps_shares_under_100_and_submitting_it_needs_100(node_db):
    world = build_world(node_db)
    with node_db.transaction() as session:
        draft = register_initiative(
            session, initiative_data(world, status="draft"), [AuthorShare(world.an, 60)]
        )
        draft_id = draft.id
    with pytest.raises(ValidationFailed, match="100%"), node_db.transaction() as session:
        change_status(session, draft_id, "submitted")
    with pytest.raises(ValidationFailed, match="100%"), node_db.transaction() as session:
        register_initiative(
            session, initiative_data(world, status="submitted"), [AuthorShare(world.an, 60)]
        )


def test_a_draft_may_wait_for_its_authors(node_db):
    world = build_world(node_db)
    with node_db.transaction() as session:
        assert register_initiative(session, initiative_data(world, status="draft"), []).id
