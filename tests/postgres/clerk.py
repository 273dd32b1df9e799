"""One clerk as its own process, for the concurrency story (test_two_clerks.py):

    python tests/postgres/clerk.py ADDRESS TIMES NAME INITIATIVE_ID:FIELD [INITIATIVE_ID:FIELD …]

The clerk has a form open on each initiative (opened once, as the form loads it) and saves TIMES
times, taking the initiatives in turn: FIELD gets a new value, saved with the version the form
holds. As the form does, a save that lands leaves the form holding the version it wrote; a save
refused (someone saved that field meanwhile) is followed by opening the initiative again. Prints
one JSON line per save: the stamp and sequence it got, or the refusal and the version seen."""

import json
import sys

from db.queries.edit_check import EditedMeanwhile, seen_version
from db.queries.initiatives import get_initiative, update_initiative
from db.session import open_database


def opened(database, initiative_id: str) -> str:
    with database.session() as session:
        return seen_version(get_initiative(session, initiative_id))


def main(address: str, times: int, name: str, forms: list[tuple[str, str]]) -> None:
    database = open_database(address)
    try:
        seen = {initiative: opened(database, initiative) for initiative, _field in forms}
        for n in range(times):
            initiative, field = forms[n % len(forms)]
            value = f"{name} lần {n}"
            try:
                with database.transaction() as session:
                    row = update_initiative(
                        session, initiative, {field: value}, actor=name, seen=seen[initiative]
                    )
                    done = {"seq": row.seq, "stamp": row.field_hlc[field], "value": value}
                    seen[initiative] = seen_version(row)  # the form now holds what it wrote
            except EditedMeanwhile as refused:
                done = {"refused": str(refused), "seen": seen[initiative]}
                seen[initiative] = opened(database, initiative)  # the clerk reloads the form
            print(json.dumps(done, ensure_ascii=False), flush=True)
    finally:
        database.close()


if __name__ == "__main__":
    pairs = [tuple(pair.split(":", 1)) for pair in sys.argv[4:]]
    main(sys.argv[1], int(sys.argv[2]), sys.argv[3], pairs)  # type: ignore[arg-type]
