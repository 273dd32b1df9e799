"""The small world the kill test works in, made with the product's own functions: headquarters
with the reference data, a site enrolled from it with registered initiatives, the site's package
for headquarters, and a headquarters copy with recognised initiatives to print certificates for.

Every database is closed at the end (no -wal file), so a fresh copy is a plain file copy.
"""

from __future__ import annotations

import datetime as dt
import shutil
from dataclasses import dataclass
from pathlib import Path

from db.queries.initiatives import AuthorShare, register_initiative
from db.queries.reviews import record_review
from db.reference import init_node, reference_id
from db.session import Database, open_database
from db.sync.enrolment import enroll, init_from_setup_package
from db.sync.export import export_package

SITE_UNIT = "VSP-TD03"
SIGNER = "Nguyễn Mạnh Kha"


@dataclass
class KillWorld:
    folder: Path
    hq: Path  # headquarters before the site's package
    site: Path  # the site with `registered` initiatives
    package: Path  # the site's full package for headquarters
    hq_certificates: Path  # headquarters with `recognised` initiatives and no certificates
    registered: int
    recognised: int

    def fresh_copy(self, source: Path, name: str) -> Path:
        """A copy of a closed database (and no leftovers of an earlier copy)."""
        target = self.folder / name
        for leftover in (target, Path(f"{target}-wal"), Path(f"{target}-shm")):
            leftover.unlink(missing_ok=True)
        shutil.copyfile(source, target)
        return target


def initiative_values(title: str, unit_code: str = SITE_UNIT, **extra) -> dict:
    return {
        "title": title,
        "solution_type": "technical",
        "unit_id": reference_id("unit", unit_code),
        "field_id": reference_id("field", "KHOAN"),
        "registered_on": dt.date(2023, 3, 15),
        "first_applied_on": dt.date(2023, 2, 1),
        "benefit_value": 150_000_000,
        "status": "submitted",
        **extra,
    }


def register_many(database: Database, count: int, prefix: str, unit_code: str = SITE_UNIT):
    ids = []
    with database.transaction() as session:
        for number in range(count):
            authors = [
                AuthorShare(
                    full_name=f"Nguyễn Văn {prefix}{number}",
                    unit_id=reference_id("unit", unit_code),
                    share=60,
                ),
                AuthorShare(
                    full_name=f"Trần Thị {prefix}{number}",
                    unit_id=reference_id("unit", unit_code),
                    share=40,
                ),
            ]
            title = f"Cải tiến quy trình {prefix} số {number} trên giàn Tam Đảo"
            initiative = register_initiative(
                session, initiative_values(title, unit_code), authors, actor="clerk"
            )
            ids.append(initiative.id)
    return ids


def recognise(database: Database, ids: list[str]) -> None:
    with database.transaction() as session:
        for initiative_id in ids:
            record_review(
                session,
                initiative_id,
                {
                    "level": "industry",
                    "outcome": "recognised",
                    "decision_no": "45/QĐ-CĐDK",
                    "decision_date": dt.date(2023, 6, 5),
                    "reviewed_on": dt.date(2023, 6, 5),
                },
                actor="council",
            )


def build_kill_world(folder: Path, registered: int = 120, recognised: int = 24) -> KillWorld:
    folder.mkdir(parents=True, exist_ok=True)
    hq_path, site_path = folder / "hq-base.db", folder / "site-base.db"
    hq = open_database(hq_path, create=True)
    init_node(hq, "CDDKVN")
    enroll(hq, SITE_UNIT, folder / "setup.skp")
    hq.close()
    init_from_setup_package(site_path, folder / "setup.skp")
    site = open_database(site_path)
    register_many(site, registered, "K")
    export_package(site, "CDDKVN", folder / "site-to-hq.skp", full=True)
    site.close()
    certificates_path = folder / "hq-certificates-base.db"
    shutil.copyfile(hq_path, certificates_path)
    hq_certificates = open_database(certificates_path)
    recognise(hq_certificates, register_many(hq_certificates, recognised, "C"))
    hq_certificates.close()
    return KillWorld(
        folder,
        hq_path,
        site_path,
        folder / "site-to-hq.skp",
        certificates_path,
        registered,
        recognised,
    )
