"""Excel: exporting the register and importing a sheet, each beside its baseline in the same run.

    nice -n 10 .venv/bin/python tests/benchmarks/bench_excel.py [--export N] [--import M] [--quick]
        [--db DEMO.db]

- Export of N initiatives (a demo of N is built in a temporary folder; with --db, every
  initiative of that database, which is only read) to .xlsx by
  `db.exchange.export.export_register`, against plain openpyxl write-only writing the same cells
  (the same rows, read beforehand into a list in memory; dates and amounts as formatted cells,
  a bold header, both sheets). Each runs in a child process, so its peak resident memory (VmHWM)
  and CPU time are its own.
- Import of an M-row sheet (made by code: 1 to 3 authors, dates and amounts as a clerk types them)
  into a new headquarters node by `preview_import` + `apply_import`, against the `initiative add`
  path for the same records: `parse_initiative_json` + `register_initiative` from JSON in memory,
  all in one transaction.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(1, str(Path(__file__).resolve().parent))

UNITS = ["VSP-TD03", "VSP-MSP1", "VSP-CPP3", "PVGAS", "BSR", "VSP-XNKT"]
FIELDS = ["KHOAN", "KHAITHAC", "COKHI", "DIEN", "ANTOAN"]
NAMES = ["Nguyễn Văn An", "Trần Thị Bình", "Lê Hoàng Phúc", "Phạm Đức Thắng", "Võ Minh Khuê"]


def peak_mib() -> float:
    """This process's peak RSS: VmHWM (ru_maxrss of a child on Linux keeps the parent's mark)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def cpu_seconds() -> float:
    return time.process_time()


# ---- export --------------------------------------------------------------------------------------


def child_export(db: str, out: str) -> None:
    from db.exchange.export import export_register
    from db.queries.filters import InitiativeFilter
    from db.session import open_database

    database = open_database(Path(db), read_only=True)
    started, cpu = time.perf_counter(), cpu_seconds()
    with database.session() as session:
        summary = export_register(session, InitiativeFilter(), out)
    seconds, cpu = time.perf_counter() - started, cpu_seconds() - cpu
    print(json.dumps({"s": seconds, "cpu": cpu, "rows": summary.initiatives, "mib": peak_mib()}))


def child_baseline(db: str, out: str) -> None:
    from db.exchange.export import register_rows
    from db.queries.filters import InitiativeFilter
    from db.session import open_database

    database = open_database(Path(db), read_only=True)
    with database.session() as session:
        rows = list(register_rows(session, InitiativeFilter()))
    started, cpu = time.perf_counter(), cpu_seconds()
    plain_xlsx(Path(out), rows)
    seconds, cpu = time.perf_counter() - started, cpu_seconds() - cpu
    print(json.dumps({"s": seconds, "cpu": cpu, "rows": len(rows), "mib": peak_mib()}))


def plain_xlsx(out: Path, rows: list) -> None:
    """openpyxl write-only, as its documentation shows it, writing the export's cells: a bold
    header, dates and amounts as cells with their number format, the authors' sheet."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    from db.exchange.columns import AUTHOR_COLUMNS, INITIATIVE_COLUMNS

    book = Workbook(write_only=True)
    main, people = book.create_sheet("Sáng kiến"), book.create_sheet("Tác giả")
    for sheet, columns in ((main, INITIATIVE_COLUMNS), (people, AUTHOR_COLUMNS)):
        header = []
        for column in columns:
            cell = WriteOnlyCell(sheet, value=column.header())
            cell.font = Font(bold=True)
            header.append(cell)
        sheet.append(header)
    kinds = [c.kind for c in INITIATIVE_COLUMNS]
    for row, authors in rows:
        cells = list(row)
        for index, kind in enumerate(kinds):
            if cells[index] is not None and kind in ("date", "money"):
                cell = WriteOnlyCell(main, value=cells[index])
                cell.number_format = "DD/MM/YYYY" if kind == "date" else "#,##0"
                cells[index] = cell
        main.append(cells)
        for author in authors:
            people.append(author)
    book.save(out)


def run_child(kind: str, db: Path, out: Path) -> dict:
    done = subprocess.run(
        [sys.executable, __file__, "--child", kind, str(db), str(out)],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def bench_export(folder: Path, count: int, db: Path | None = None) -> None:
    from bench_common import machine_load

    if db is None:
        from db.demo import build_demo

        db = folder / "demo.db"
        started = time.perf_counter()
        build_demo(db, initiatives=count)
        print(f"demo of {count:,} initiatives built in {time.perf_counter() - started:.0f} s")
    ours = run_child("export", db, folder / "ours.xlsx")
    base = run_child("baseline", db, folder / "base.xlsx")
    print(
        f"export {ours['rows']:,} initiatives to xlsx: {ours['s']:.1f} s (CPU {ours['cpu']:.1f} s), "
        f"peak {ours['mib']:.0f} MiB; baseline openpyxl write-only from a list: {base['s']:.1f} s "
        f"(CPU {base['cpu']:.1f} s), peak {base['mib']:.0f} MiB; ratio {ours['s'] / base['s']:.2f}x "
        f"(CPU {ours['cpu'] / base['cpu']:.2f}x; goal ≤ 1.5x, memory ≤ 200 MiB); {machine_load()}",
        flush=True,
    )


# ---- import --------------------------------------------------------------------------------------


def records(count: int, seed: int = 7) -> list[dict]:
    rng = random.Random(seed)
    out = []
    for n in range(count):
        authors = rng.sample(NAMES, rng.randint(1, 3))
        shares = [100 // len(authors)] * len(authors)
        shares[0] += 100 - sum(shares)
        registered = dt.date(2022, 1, 10) + dt.timedelta(days=rng.randint(0, 560))
        out.append(
            {
                "title": f"Sáng kiến thử số {n + 1}: cải tiến quy trình bảo dưỡng máy nén khí",
                "solution_type": "technical",
                "unit_id": rng.choice(UNITS),
                "field_id": rng.choice(FIELDS),
                "registered_on": registered.isoformat(),
                "first_applied_on": (registered - dt.timedelta(days=30)).isoformat(),
                "benefit_value": rng.randint(1, 5000) * 1_000_000,
                "essence": "Thay đổi chu kỳ bảo dưỡng theo giờ chạy máy thực tế.",
                "status": "submitted",
                "authors": [
                    {"full_name": name, "birth_date": f"19{70 + i * 7}-0{i + 1}-15", "share": s}
                    for i, (name, s) in enumerate(zip(authors, shares, strict=True))
                ],
            }
        )
    return out


def write_sheet(path: Path, data: list[dict]) -> None:
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    sheet = book.create_sheet("Sáng kiến")
    sheet.append(["DANH SÁCH SÁNG KIẾN"])
    sheet.append(
        [
            "Ten sang kien",
            "Loai giai phap",
            "Ma don vi",
            "Linh vuc",
            "Ngay dang ky",
            "Ngay ap dung lan dau",
            "Gia tri lam loi",
            "Mo ta ban chat",
            "Trang thai",
            "Tac gia",
        ]
    )
    for r in data:
        day = dt.date.fromisoformat(r["registered_on"])
        sheet.append(
            [
                r["title"],
                "Giải pháp kỹ thuật",
                r["unit_id"],
                r["field_id"],
                day.strftime("%d/%m/%Y"),
                dt.date.fromisoformat(r["first_applied_on"]),
                f"{r['benefit_value']:,}".replace(",", "."),
                r["essence"],
                "Đã nộp",
                "; ".join(f"{a['full_name']} ({a['share']}%)" for a in r["authors"]),
            ]
        )
    book.save(path)


def new_node(path: Path):
    from db.reference import init_node
    from db.session import open_database

    database = open_database(path, create=True)
    init_node(database, "CDDKVN")
    return database


def bench_import(folder: Path, count: int) -> None:
    from db.exchange.importer import apply_import, preview_import
    from db.queries.initiative_json import parse_initiative_json
    from db.queries.initiatives import register_initiative

    data = records(count)
    sheet = folder / "sheet.xlsx"
    write_sheet(sheet, data)
    # the sheet names authors without birth dates: the baseline's JSON does the same
    for r in data:
        for a in r["authors"]:
            a.pop("birth_date")

    database = new_node(folder / "import.db")
    started = time.perf_counter()
    with database.session() as session:
        preview = preview_import(session, sheet)
    previewed = time.perf_counter() - started
    with database.transaction() as session:
        result = apply_import(session, preview, actor="bench")
    ours = time.perf_counter() - started
    database.close()
    assert len(result.created) == count, (len(result.created), preview.problems[:3])

    database = new_node(folder / "add.db")
    started = time.perf_counter()
    with database.transaction() as session:
        for record in data:
            values, authors = parse_initiative_json(session, record)
            register_initiative(session, values, authors, "bench")
    base = time.perf_counter() - started
    database.close()
    print(
        f"import of a {count:,}-row sheet: {ours:.1f} s (of which reading and checking "
        f"{previewed:.1f} s); baseline 'initiative add' path through db/: {base:.1f} s; "
        f"ratio {ours / base:.2f}x (goal ≤ 2x)"
    )


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        kind, db, out = sys.argv[2:5]
        (child_export if kind == "export" else child_baseline)(db, out)
        return
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--export", type=int, default=100_000, dest="export_count")
    parser.add_argument("--import", type=int, default=10_000, dest="import_count")
    parser.add_argument("--quick", action="store_true", help="2,000 and 500: a smoke run")
    parser.add_argument("--only", choices=("export", "import"), help="run one of the two")
    parser.add_argument("--db", type=Path, help="export this database (read only) instead")
    args = parser.parse_args()
    if args.quick:
        args.export_count, args.import_count = 2_000, 500
    with tempfile.TemporaryDirectory(prefix="bench-excel-") as tmp:
        folder = Path(tmp)
        if args.only != "export":
            bench_import(folder, args.import_count)
        if args.only != "import":
            bench_export(folder, args.export_count, args.db)


if __name__ == "__main__":
    main()
