"""Printing a batch of certificates (issue 5): time and peak memory, next to plain ReportLab.

    nice -n 10 .venv/bin/python tests/benchmarks/bench_certificates.py [--count 5400] [--quick]
        [--db DEMO.db] [--workdir /tmp/bench/cert]

Issues and prints --count certificates (the programme's 5,400 target) the way `sangkien
certificates -o FILE.pdf` and `--split DIR` do (db/certificates.py issues, desktop/printing/jobs.py
prints, in one transaction), each case in its own subprocess on its own copy of a demo database
(peak RSS, ru_maxrss, is per process). The baseline, in the same run and also one subprocess per
case: the same pages (the same certificates, issued beforehand and read into memory, untimed),
drawn by plain ReportLab onto one canvas saved at the end (or one canvas per file), with the QR
code drawn as one path straight from segno's matrix: what any program printing these pages must
do. Goal: the app at >= 0.8 of the baseline's pages per second.
Without --db a demo with enough recognised initiatives is built in the work folder. --quick: 200.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import resource
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from bench_common import machine_load

ROOT = Path(__file__).resolve().parents[2]
RECOGNISED_SHARE = 0.30  # of a demo's initiatives are recognised, not yet certified (about 35%)
ISSUED_ON = dt.date(2023, 12, 20)
RECOGNISED = (
    "SELECT id FROM initiatives WHERE status = 'recognised' AND deleted = 0 ORDER BY reg_no LIMIT ?"
)


def clock() -> float:
    return time.perf_counter()


def directory_size(path: Path) -> int:
    if path.is_file():
        return path.stat().st_size
    return sum(p.stat().st_size for p in path.iterdir() if p.is_file())


# ---- the cases, each run in a child process ---------------------------------------------------


def case_certificates(db: Path, out: Path, count: int, split: bool) -> dict:
    from db.certificates import DEFAULT_SIGNER_TITLE, Signer
    from db.session import open_database
    from desktop.printing.jobs import CertificateSelection, print_certificates

    conn = sqlite3.connect(db)
    ids = [r[0] for r in conn.execute(RECOGNISED, (count,))]
    conn.close()
    database = open_database(db)
    try:
        started, cpu = clock(), time.process_time()
        result = print_certificates(
            database,
            CertificateSelection(initiative_ids=tuple(ids)),
            out,
            signer=Signer("Nguyễn Mạnh Hùng", DEFAULT_SIGNER_TITLE, "Hà Nội"),
            issued_on=ISSUED_ON,
            actor="bench",
            split=split,
        )
        seconds, cpu = clock() - started, time.process_time() - cpu
    finally:
        database.close()
    return {
        "seconds": seconds,
        "timed_cpu": cpu,
        "pages": result.pages,
        "skipped": len(result.skipped),
    }


def same_pages(db: Path, count: int) -> list:
    """The pages of the same certificates the app case prints, issued in this copy (untimed)."""
    from db.certificate_printables import printable_certificates
    from db.certificates import DEFAULT_SIGNER_TITLE, Signer, issue_certificates
    from db.session import open_database

    conn = sqlite3.connect(db)
    ids = [r[0] for r in conn.execute(RECOGNISED, (count,))]
    conn.close()
    database = open_database(db)
    try:
        with database.transaction() as session:
            signer = Signer("Nguyễn Mạnh Hùng", DEFAULT_SIGNER_TITLE, "Hà Nội")
            issued = issue_certificates(session, ids, signer, "bench", ISSUED_ON)
            return list(printable_certificates(session, issued.certificate_ids))
    finally:
        database.close()


def qr_as_one_path(canvas, payload: str, x: float, y: float, size: float) -> None:
    """The baseline's QR: segno's matrix, one rectangle per dark run, all in one path."""
    import segno

    matrix = segno.make(payload, error="m", micro=False, mask=4).matrix
    count = len(matrix)
    ops = []
    for index, row in enumerate(matrix):
        bottom, column = count - 1 - index, 0
        while column < count:
            if row[column]:
                start = column
                while column < count and row[column]:
                    column += 1
                ops.append(f"{start} {bottom} {column - start} 1 re")
            column += 1
    module = size / count
    canvas.saveState()
    canvas.addLiteral(f"{module:g} 0 0 {module:g} {x:g} {y:g} cm\n" + "\n".join(ops) + "\nf")
    canvas.restoreState()


def case_plain(db: Path, out: Path, count: int, split: bool) -> dict:
    from reportlab.pdfgen.canvas import Canvas

    from desktop.printing import certificate
    from desktop.printing.border import define_border_form
    from desktop.printing.fonts import register_fonts
    from desktop.printing.template import load_template

    pages = same_pages(db, count)
    certificate.draw_qr = qr_as_one_path
    started, cpu = clock(), time.process_time()
    template = load_template()
    faces = register_fonts(template.fonts)

    def new_canvas(target: str) -> tuple[Canvas, object]:
        canvas = Canvas(target, pagesize=(template.width, template.height), pageCompression=1)
        border = define_border_form(
            canvas, template.width, template.height, template.border, template.color
        )
        return canvas, border

    if split:
        out.mkdir(parents=True, exist_ok=True)
        for number, page in enumerate(pages):
            canvas, border = new_canvas(str(out / f"{number:05d}.pdf"))
            certificate.draw_certificate(canvas, page, template, faces, border)
            canvas.showPage()
            canvas.save()
    else:
        canvas, border = new_canvas(str(out))
        for page in pages:
            certificate.draw_certificate(canvas, page, template, faces, border)
            canvas.showPage()
        canvas.save()
    return {
        "seconds": clock() - started,
        "timed_cpu": time.process_time() - cpu,
        "pages": len(pages),
        "skipped": 0,
    }


def peak_rss_mib(usage) -> float:
    """This process's peak RSS. On Linux ru_maxrss keeps the high-water mark of the process from
    before exec (the parent's memory at fork), so VmHWM, which starts afresh with the new program,
    is read instead where there is one."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return usage.ru_maxrss / 1024


def run_case(args: argparse.Namespace) -> None:
    split = args.case.endswith("split")
    if args.case.startswith("plain"):
        figures = case_plain(args.db, args.out, args.count, split)
    else:
        figures = case_certificates(args.db, args.out, args.count, split)
    usage = resource.getrusage(resource.RUSAGE_SELF)
    figures["max_rss_mib"] = peak_rss_mib(usage)
    figures["cpu"] = usage.ru_utime + usage.ru_stime  # the whole process, imports included
    print(json.dumps(figures))


# ---- the parent --------------------------------------------------------------------------------


def prepare_db(args: argparse.Namespace, work: Path) -> Path:
    if args.db is not None:
        return args.db
    initiatives = max(7085, math.ceil(args.count / RECOGNISED_SHARE))
    path = work / f"demo-{initiatives}.db"
    if not path.exists():
        from db.demo import build_demo

        started = clock()
        build_demo(path, initiatives=initiatives)
        print(f"demo of {initiatives:,} initiatives built in {clock() - started:.0f} s", flush=True)
    return path


def child(case: str, count: int, out: Path, db: Path | None = None) -> dict:
    command = [sys.executable, __file__, "--case", case, "--count", str(count), "--out", str(out)]
    if db is not None:
        command += ["--db", str(db)]
    started = clock()
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"{case} failed:\n{done.stderr}")
    figures = json.loads(done.stdout.strip().splitlines()[-1])
    figures["wall"] = clock() - started
    figures["bytes"] = directory_size(out)
    return figures


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=None, help="certificates (default 5,400)")
    parser.add_argument("--quick", action="store_true", help="200 certificates")
    parser.add_argument("--db", type=Path, help="a demo database (copied, never changed)")
    parser.add_argument("--workdir", type=Path, default=Path("/tmp/bench/cert"))
    parser.add_argument(
        "--cases", default="plain-one,one,plain-split,split", help="which cases, comma-separated"
    )
    parser.add_argument("--case", help=argparse.SUPPRESS)
    parser.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    args.count = args.count or (200 if args.quick else 5400)
    if args.case:
        run_case(args)
        return
    work = args.workdir
    work.mkdir(parents=True, exist_ok=True)
    source = prepare_db(args, work)
    conn = sqlite3.connect(source)
    recognised = conn.execute(
        "SELECT count(*) FROM initiatives WHERE status = 'recognised' AND deleted = 0"
    ).fetchone()[0]
    conn.close()
    if recognised < args.count:
        raise SystemExit(f"{source} has {recognised} recognised initiatives, {args.count} needed")
    print(
        f"bench_certificates {time.strftime('%Y-%m-%d %H:%M')}: {args.count:,} certificates "
        f"from {source}",
        flush=True,
    )
    results = {}
    for case in args.cases.split(","):
        out = work / (f"{case}.pdf" if not case.endswith("split") else case)
        shutil.rmtree(out, ignore_errors=True) if out.is_dir() else out.unlink(missing_ok=True)
        db = work / "copy.db"  # the baseline issues the same certificates in its own copy
        for suffix in ("", "-wal", "-shm"):
            Path(f"{db}{suffix}").unlink(missing_ok=True)
        shutil.copyfile(source, db)
        figures = results[case] = child(case, args.count, out, db)
        if figures["pages"] != args.count:
            print(f"  warning: {case} printed {figures['pages']} pages", flush=True)
        shutil.rmtree(out, ignore_errors=True) if out.is_dir() else out.unlink(missing_ok=True)
        print(
            f"{case:<12} {figures['pages']:,} pages in {figures['seconds']:.1f} s "
            f"({figures['pages'] / figures['seconds']:,.0f}/s; its CPU {figures['timed_cpu']:.1f} s, "
            f"{figures['pages'] / figures['timed_cpu']:,.0f} pages per CPU-second; "
            f"process {figures['wall']:.1f} s wall, {figures['cpu']:.1f} s CPU), "
            f"peak RSS {figures['max_rss_mib']:.0f} MiB, {figures['bytes'] / 1e6:.1f} MB",
            flush=True,
        )
        if not case.startswith("plain") and f"plain-{case}" in results:
            base = results[f"plain-{case}"]
            rate = figures["pages"] / figures["seconds"]
            base_rate = base["pages"] / base["seconds"]
            cpu_ratio = (figures["pages"] / figures["timed_cpu"]) / (
                base["pages"] / base["timed_cpu"]
            )
            print(
                f"  {case}: {rate:,.0f} pages/s, baseline (same pages, QR as one path) "
                f"{base_rate:,.0f} pages/s, ratio {rate / base_rate:.2f} (CPU {cpu_ratio:.2f}; "
                "goal >= 0.8); "
                f"{figures['max_rss_mib'] / base['max_rss_mib']:.1f}x the peak RSS, "
                f"{figures['bytes'] / base['bytes']:.1f}x the bytes; {machine_load()}",
                flush=True,
            )
    (work / "copy.db").unlink(missing_ok=True)


if __name__ == "__main__":
    main()
