"""One clerk as its own process, for the concurrency story (test_two_clerks.py):

    python tests/postgres/clerk.py ADDRESS INITIATIVE_ID FIELD TIMES NAME

TIMES times: open the initiative (one transaction, as a form loads it), then save FIELD with a
new value and the version seen (another transaction). Prints one JSON line per save: the stamp
and sequence it got, or the refusal (the field someone else saved meanwhile and by whom)."""

import json
import sys

from db.queries.edit_check import EditedMeanwhile, seen_version
from db.queries.initiatives import get_initiative, update_initiative
from db.session import open_database


def main(address: str, initiative_id: str, field: str, times: int, name: str) -> None:
    database = open_database(address)
    try:
        for n in range(times):
            with database.session() as session:
                seen = seen_version(get_initiative(session, initiative_id))
            value = f"{name} lần {n}"
            try:
                with database.transaction() as session:
                    row = update_initiative(
                        session, initiative_id, {field: value}, actor=name, seen=seen
                    )
                    done = {"seq": row.seq, "stamp": row.field_hlc[field], "value": value}
            except EditedMeanwhile as refused:
                done = {"refused": str(refused), "seen": seen}
            print(json.dumps(done, ensure_ascii=False), flush=True)
    finally:
        database.close()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), sys.argv[5])
