"""Similar initiatives as a clerk types (issue 14): recall and precision of the top-5 list, and
the time per keystroke's lookup, over N initiatives with 2,000 true duplicates hidden among them.

    nice -n 10 .venv/bin/python tests/benchmarks/bench_duplicates.py --initiatives 100000
    .venv/bin/python tests/benchmarks/bench_duplicates.py --quick          # 5,000 and 300 pairs

The labelled set: 2,000 demo initiatives are typed again as another clerk would — without
diacritics, words reordered, one or two typos, the other tone placement (hòa/hoà), a phrase
added; each copy gets two of these at random — and the copies are inserted into the database
as initiatives of their own. Each copy's title is then looked up as the form does
(db.duplicates.candidates.similar_initiatives, excluding the copy itself). A hit is the source
initiative or any initiative with the source's very title (the demo generator gives many
initiatives the same title; a person would call those duplicates too).

* recall@5: the share of lookups whose top 5 hold a hit at any score;
* "probably the same" (db.duplicates.candidates.PROBABLE: score >= 80 and within 6 of the best,
  what the form marks): recall (a hit among them) and precision (hits among all of them); the
  same for a plain threshold T over the top 5, for T from 70 to 90;
* p50/p95 of one lookup (index up to date, as on a keystroke), wall time and the thread's CPU
  time (on a shared, loaded machine the wall time includes waiting for a core), and the index's
  first build.

Baseline, same run: rapidfuzz `process.extract` over every folded title in memory (WRatio, and
token_set_ratio), on a sample of the lookups (it is slow), with the same hit rule.

The import check, same labelled set: each copy checked as an incoming title is (the register's
distinct titles, db.duplicates.distinct_titles, with db.duplicates.candidates.IMPORT_SEARCH):
its recall (a hit among those scoring 70+).
With --import-check N: a site database of N initiatives of its own (tests/benchmarks/
bench_sync.py's generator) exported to headquarters, and that one package imported into two
copies of the same database (--db), once alone and once after the preview's check
(db.duplicates.incoming.package_similar, the title index already warm, its build timed apart).
Every figure is printed with the load average: the machine is shared.

    nice -n 10 .venv/bin/python tests/benchmarks/bench_duplicates.py --db demo.db --import-check 10000
    ... --import-check 10000 --all-new --no-lookups   # every title of the package new

With --all-new every initiative of the package gets a title the register does not hold
(retitle_all_new): the check then searches each of the 10,000 titles instead of answering most
of them by the same title already here.

With --flagged FILE the checked import's look-alikes (incoming number, initiative here, score)
are written to FILE, or, when FILE exists, compared with it record by record: run it on main,
then on a change that must give the same answers (the same --db, N and --all-new).

    ... --import-check 10000 --all-new --no-lookups --flagged /tmp/flagged-all-new.tsv
"""

from __future__ import annotations

import argparse
import os
import random
import re
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

THRESHOLD = 80.0  # db.duplicates.candidates.PROBABLE
NEAR_BEST = 6.0  # db.duplicates.candidates.NEAR_BEST
CHOOSING = 5.0  # seconds a person takes to choose a package in the file dialog
PHRASES = (
    " nhằm nâng cao hiệu quả sản xuất",
    " tại đơn vị",
    "Giải pháp ",
    " trong điều kiện thực tế",
)
TONES = (
    ("oà", "òa"), ("oá", "óa"), ("oả", "ỏa"), ("oã", "õa"), ("oạ", "ọa"),
    ("uỳ", "ùy"), ("uý", "úy"), ("uỷ", "ủy"), ("uỹ", "ũy"), ("uỵ", "ụy"),
    ("oè", "òe"), ("oé", "óe"), ("oẻ", "ỏe"),
)  # fmt: skip
KINDS = ("unaccented", "reordered", "typos", "tone", "phrase")


def retype(title: str, kind: str, rng: random.Random) -> str:
    from db.search import fold

    if kind == "unaccented":
        return fold(title)
    if kind == "reordered":
        words = title.split()
        cut = rng.randrange(1, len(words)) if len(words) > 1 else 0
        return " ".join(words[cut:] + words[:cut])
    if kind == "typos":
        for _ in range(rng.choice((1, 2))):
            title = typo(title, rng)
        return title
    if kind == "tone":
        pairs = [(a, b) for a, b in TONES if a in title] + [(b, a) for a, b in TONES if b in title]
        if not pairs:
            return typo(title, rng)  # no syllable to move a tone in: a typo instead
        before, after = rng.choice(pairs)
        return title.replace(before, after)
    phrase = rng.choice(PHRASES)
    return phrase + title if phrase.endswith(" ") else title + phrase


def typo(title: str, rng: random.Random) -> str:
    letters = [i for i, ch in enumerate(title) if ch.isalpha()]
    if len(letters) < 4:
        return title
    i = rng.choice(letters[1:-1])
    way = rng.randrange(3)
    if way == 0:
        return title[:i] + title[i + 1 :]  # a letter dropped
    if way == 1:
        return title[:i] + title[i + 1] + title[i] + title[i + 2 :]  # two swapped
    return title[:i] + rng.choice("aeinot") + title[i + 1 :]  # one replaced


def build_database(path: Path, initiatives: int) -> None:
    from db.demo import build_demo

    started = time.perf_counter()
    build_demo(path, initiatives=initiatives)
    print(f"demo of {initiatives:,} initiatives built in {time.perf_counter() - started:.0f} s")


def multiply(path: Path, times: int) -> None:
    """Headquarters' size from a demo: every initiative copied `times` over (new id, number and
    sequence), each copy's title with a place appended ('... khu vuc 17', one of 400), so that
    titles are not merely repeated. Only the initiatives grow (the lookup reads nothing else);
    the search index's triggers are dropped first in this scratch copy (never in a real one)."""
    started = time.perf_counter()
    connection = sqlite3.connect(path)
    for (name,) in connection.execute(
        "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'initiatives'"
    ).fetchall():
        connection.execute(f"DROP TRIGGER {name}")
    columns = [row[1] for row in connection.execute("PRAGMA table_info(initiatives)")]
    top = connection.execute("SELECT max(seq) FROM initiatives").fetchone()[0]
    changed = {
        "id": "id || '-' || :k",
        "reg_no": "reg_no || '-R' || :k",
        "seq": "seq + :k * :top",
        "title": "title || ' khu vực ' || ((rowid * 7 + :k * 13) % 400)",
        "search_text": "''",
    }
    picked = ", ".join(changed.get(c, c) for c in columns)
    original = connection.execute("SELECT max(rowid) FROM initiatives").fetchone()[0]
    for k in range(1, times + 1):
        connection.execute(
            f"INSERT INTO initiatives ({', '.join(columns)}) SELECT {picked} FROM initiatives "
            "WHERE rowid <= :original",
            {"k": k, "top": top, "original": original},
        )
        connection.commit()
    count = connection.execute("SELECT count(*) FROM initiatives").fetchone()[0]
    connection.close()
    print(f"multiplied to {count:,} initiatives in {time.perf_counter() - started:.0f} s")


def hide_copies(path: Path, pairs: int, seed: int) -> list[tuple[str, str, str, tuple]]:
    """Insert `pairs` retyped copies; (copy id, copy title, source id, kinds) of each."""
    rng = random.Random(seed)
    connection = sqlite3.connect(path)
    columns = [row[1] for row in connection.execute("PRAGMA table_info(initiatives)")]
    sources = connection.execute(
        "SELECT id, title FROM initiatives WHERE deleted = 0 AND status != 'duplicate' "
        "ORDER BY rowid"  # the same draw whatever index a migration adds
    ).fetchall()
    seq = connection.execute("SELECT max(seq) FROM initiatives").fetchone()[0] or 0
    chosen = rng.sample(sources, pairs)
    copies = []
    picked = ", ".join(columns)
    for number, (source_id, title) in enumerate(chosen, start=1):
        kinds = tuple(rng.sample(KINDS, 2))
        typed = title
        for kind in kinds:
            typed = retype(typed, kind, rng)
        copy_id = str(uuid.UUID(int=rng.getrandbits(128)))
        row = dict(
            zip(
                columns,
                connection.execute(
                    f"SELECT {picked} FROM initiatives WHERE id = ?", (source_id,)
                ).fetchone(),
                strict=True,
            )
        )
        row.update(id=copy_id, title=typed, reg_no=f"BENCH-{number:05d}", seq=seq + number)
        marks = ", ".join("?" * len(columns))
        connection.execute(
            f"INSERT INTO initiatives ({picked}) VALUES ({marks})", [row[c] for c in columns]
        )
        copies.append((copy_id, typed, source_id, kinds))
    connection.commit()
    connection.close()
    return copies


PLACE = re.compile(r" khu vuc \d+$")


def same_title_groups(path: Path) -> tuple[dict[str, str], dict[str, set[str]]]:
    """Initiatives by folded title; with --multiply a copy's appended place does not count
    (the copies of one title are one title, as the demo's repeated titles are)."""
    from db.duplicates.matching import folded_title

    connection = sqlite3.connect(path)
    rows = connection.execute("SELECT id, title FROM initiatives WHERE deleted = 0").fetchall()
    connection.close()
    title_of = {row_id: folded_title(title) for row_id, title in rows}
    groups: dict[str, set[str]] = {}
    for row_id, title in title_of.items():
        groups.setdefault(PLACE.sub("", title), set()).add(row_id)
    return title_of, groups


class Tally:
    def __init__(self) -> None:
        self.lookups = self.any_hit = self.hit_at_t = self.shown_at_t = self.true_at_t = 0
        self.by_kind: dict[str, list[int]] = {}
        self.records: list[tuple[list, set]] = []

    def add(self, results: list[tuple[str, float]], truth: set[str], kinds: tuple) -> None:
        self.records.append((results, truth))
        self.lookups += 1
        hit = any(i in truth for i, _ in results)
        self.any_hit += hit
        best = max((score for _, score in results), default=0.0)
        above = [(i, s) for i, s in results if s >= THRESHOLD and s >= best - NEAR_BEST]
        self.shown_at_t += len(above)
        true_above = sum(i in truth for i, _ in above)
        self.true_at_t += true_above
        self.hit_at_t += true_above > 0
        for kind in kinds:
            counts = self.by_kind.setdefault(kind, [0, 0])
            counts[0] += hit
            counts[1] += 1

    def sweep(self) -> str:
        """Recall and precision at other thresholds (which one to pick)."""
        parts = []
        for threshold in (70, 75, 80, 85, 90):
            above = [([i for i, s in r if s >= threshold], t) for r, t in self.records]
            shown = sum(len(ids) for ids, _ in above)
            true = sum(sum(i in t for i in ids) for ids, t in above)
            recall = sum(any(i in t for i in ids) for ids, t in above) / max(self.lookups, 1)
            parts.append(f"T={threshold}: R {recall:.3f} P {true / shown if shown else 0:.3f}")
        return "    " + " | ".join(parts)

    def line(self, label: str) -> str:
        precision = self.true_at_t / self.shown_at_t if self.shown_at_t else 0.0
        return (
            f"  {label:34} recall@5 {self.any_hit / self.lookups:.3f}   "
            f"probable: recall {self.hit_at_t / self.lookups:.3f}, "
            f"precision {precision:.3f}  ({self.lookups} lookups)"
        )


def load() -> str:
    return "load average {:.1f} {:.1f} {:.1f}".format(*os.getloadavg())


def import_recall(path: Path, copies: list, truth_of) -> str:
    """Recall of the import check's lighter search over the labelled copies (score 70+)."""
    from db.duplicates.candidates import IMPORT_SEARCH, PAIR_MIN
    from db.duplicates.distinct_titles import DistinctTitles
    from db.duplicates.index import entries_by_rowid
    from db.duplicates.index_cache import title_index
    from db.duplicates.matching import folded_title
    from db.session import open_database

    database = open_database(path)
    hits, cpu = 0, []
    try:
        with database.session() as session:
            titles = DistinctTitles.of(title_index(session))
            for copy_id, typed, source_id, _kinds in copies:
                started = time.thread_time()
                found = titles.ranked(folded_title(typed), PAIR_MIN - 10, *IMPORT_SEARCH)
                cpu.append(time.thread_time() - started)
                ids = {e.id for e in entries_by_rowid(session, [r for r, _ in found]).values()}
                hits += bool((ids - {copy_id}) & truth_of(source_id))
    finally:
        database.close()
    return (
        f"  import check's search: recall {hits / len(copies):.3f} (a hit scoring 70+), "
        f"CPU p50 {ms(cpu, 50):.2f} ms, p95 {ms(cpu, 95):.2f} ms per title"
    )


def retitle_all_new(site: Path, register: Path, seed: int) -> int:
    """Give every initiative of the site a title of its own that the register does not hold:
    the first words of one register title and the last words of another (the words a clerk
    uses, in a combination never filed). The worst case for the import check: no title of the
    package is answered without a search. Returns how many distinct titles the site now has."""
    from db.duplicates.matching import folded_title

    rng = random.Random(seed)
    connection = sqlite3.connect(register)
    pool = sorted({t for (t,) in connection.execute("SELECT DISTINCT title FROM initiatives")})
    connection.close()
    taken = {folded_title(t) for t in pool}
    connection = sqlite3.connect(site)
    ids = [i for (i,) in connection.execute("SELECT id FROM initiatives ORDER BY rowid")]
    for initiative_id in ids:
        while True:
            head, tail = rng.choice(pool).split(), rng.choice(pool).split()
            title = " ".join(head[: max(1, len(head) // 2)] + tail[len(tail) // 2 :])
            if folded_title(title) not in taken:
                break
        taken.add(folded_title(title))
        connection.execute("UPDATE initiatives SET title = ? WHERE id = ?", (title, initiative_id))
    connection.commit()
    distinct = connection.execute("SELECT count(DISTINCT title) FROM initiatives").fetchone()[0]
    connection.close()
    return distinct


def bench_import_check(
    source: Path,
    count: int,
    folder: Path,
    all_new: bool = False,
    flagged: Path | None = None,
    workers: int | None = None,
) -> None:
    """Import one package of `count` initiatives into two copies of `source`: alone, and after
    the preview's check. With `all_new`, every title of the package is new to the register;
    with `flagged`, the check's answers are kept in that file or compared with it."""
    sys.path.insert(0, str(Path(__file__).parent))
    from bench_sync import build_site, export_site

    from db.duplicates.incoming import package_similar
    from db.duplicates.index_cache import title_index
    from db.session import open_database
    from db.sync.importer import import_package

    site, package = folder / "site.db", folder / "site.skp"
    print(f"import check: a site of {count:,} initiatives built in ", end="")
    print(f"{build_site(site, count, seed=14, reg_offset=5000):.0f} s")
    if all_new:
        print(f"  retitled: {retitle_all_new(site, source, seed=14):,} distinct titles, all new")
    seconds, _cpu, _result = export_site(site, package)
    print(f"  exported in {seconds:.0f} s ({package.stat().st_size / 1e6:.1f} MB) {load()}")
    database = open_database(source)  # migrated once, before both copies
    database.close()
    bench_preview_wall(source, package, folder, workers, flagged)
    for label in ("alone", "checked", "alone again"):
        target = folder / f"hq-{label.replace(' ', '-')}.db"
        shutil.copy(source, target)
        database = open_database(target)
        try:
            line = f"  import {label}: "
            if label == "checked":
                with database.session() as session:
                    started, cpu_started = time.perf_counter(), time.process_time()
                    title_index(session)
                    line += (
                        f"[index build {time.perf_counter() - started:.1f} s, CPU "
                        f"{time.process_time() - cpu_started:.1f} s, not counted] "
                    )
            started, cpu_started = time.perf_counter(), time.process_time()
            if label == "checked":
                similar = package_similar(database, package)
                check, check_cpu = time.perf_counter() - started, time.process_time() - cpu_started
                line += f"check {check:.1f} s (CPU {check_cpu:.1f} s, {len(similar):,} similar); "
                if flagged is not None:
                    print(compared_flagged(similar, flagged))
            report = import_package(
                database, package, trust_new_node=True, backup=False, actor="bench"
            )
            total, total_cpu = time.perf_counter() - started, time.process_time() - cpu_started
            new = report.summary()["new"]
            print(f"{line}total {total:.1f} s (CPU {total_cpu:.1f} s), {new:,} new  {load()}")
        finally:
            database.close()
            for leftover in folder.glob(f"{target.name}*"):
                leftover.unlink()


def compared_flagged(similar: list, path: Path) -> str:
    """The check's answers written to `path` (one line each: incoming number, id here, score),
    or compared with those already there."""
    now = {m.incoming.reg_no: (m.here.id, m.score) for m in similar}
    if not path.exists():
        path.write_text("".join(f"{k}\t{i}\t{s!r}\n" for k, (i, s) in sorted(now.items())))
        return f"  flagged: {len(now):,} written to {path}"
    before = {}
    for line in path.read_text().splitlines():
        number, here, score = line.split("\t")
        before[number] = (here, float(score))
    both = before.keys() & now.keys()
    return (
        f"  flagged against {path}: {len(before):,} before, {len(now):,} now; "
        f"{len(before.keys() - now.keys())} lost, {len(now.keys() - before.keys())} gained, "
        f"{sum(before[k][0] != now[k][0] for k in both)} with another pair, "
        f"{sum(before[k][1] != now[k][1] for k in both)} with another score"
    )


def bench_preview_wall(
    source: Path, package: Path, folder: Path, workers: int | None, flagged: Path | None
) -> None:
    """What a person waits for, from choosing the package to its preview showing with its
    duplicates: the preview alone (no check); the check after the preview on a thread of the
    same process (before: the window's process, its index warm); the check in its own process
    (db.duplicates.package_check, as the Sync page does: warmed up while the person chose, for
    CHOOSING seconds, the child loading the index the window's process keeps on disk, then told
    the files beside the preview); and a child warmed up and told no files (its warm-up's CPU).
    Wall from the choice; the child's CPU includes its warm-up. Alternately, three times. On a
    loaded machine the wall is mostly waiting for a core: the critical path on a PC whose second
    core is free is printed from the CPU figures (max of the preview and the child's check)."""
    import resource

    from db.duplicates.distinct_titles import DistinctTitles
    from db.duplicates.incoming import package_similar
    from db.duplicates.index_cache import cache_file, title_index
    from db.duplicates.package_check import WORKERS, PackageCheck
    from db.session import open_database
    from db.sync.importer import preview_package

    target = folder / "hq-preview.db"
    shutil.copy(source, target)
    database = open_database(target)
    with database.session() as session:
        title_index(session)  # as when the form or an earlier preview built it (kept on disk)
        kept = cache_file(session)

    def child_cpu() -> float:
        used = resource.getrusage(resource.RUSAGE_CHILDREN)
        return used.ru_utime + used.ru_stime

    def preview_alone() -> int:
        preview_package(database, package, trust_new_node=True)
        return 0

    def then_thread() -> int:
        preview_package(database, package, trust_new_node=True)
        found = package_similar(database, package)
        with database.session() as session:  # each way starts with nothing read or searched
            titles = DistinctTitles.of(title_index(session))
            for kept in (titles.essences, titles.entries, titles.searched):
                kept.clear()
        return len(found)

    workers = workers or WORKERS
    answers: list[list] = []

    def in_process(files: list[Path]) -> tuple[int, float, float]:
        check = PackageCheck(target, workers)  # when the file dialog opens
        time.sleep(CHOOSING)
        started, cpu_started = time.perf_counter(), time.process_time()
        check.check(files)
        if files:
            preview_package(database, package, trust_new_node=True)
        found = check.result().get(str(package), [])
        if files:
            answers.append(found)
        return len(found), started, cpu_started

    ways = (
        ("preview alone (no check)", preview_alone),
        ("preview, then the check on a thread (before)", then_thread),
        (
            f"check in {workers} process(es) of its own, warmed up {CHOOSING:.0f} s (now)",
            lambda: in_process([package]),
        ),
        ("its warm-up alone (no files)", lambda: in_process([])),
    )
    figures: dict[str, list[tuple[float, float, float]]] = {}
    try:
        for label, way in ways * 3:
            children, started, cpu_started = child_cpu(), time.perf_counter(), time.process_time()
            found = way()
            if isinstance(found, tuple):
                found, started, cpu_started = found
            wall, cpu = time.perf_counter() - started, time.process_time() - cpu_started
            child = child_cpu() - children
            figures.setdefault(label, []).append((wall, cpu, child))
            print(
                f"  choose -> preview shown, {label}: {wall:.2f} s wall, CPU {cpu:.2f} s "
                f"+ {child:.2f} s in a child, {found:,} similar  {load()}"
            )
    finally:
        database.close()
        if kept is not None and kept.exists():
            kept.unlink()  # a benchmark leaves no cache behind
        for leftover in folder.glob(f"{target.name}*"):
            leftover.unlink()
    alone, before, now, warm = (figures[label] for label, _way in ways)
    median = statistics.median
    preview = median(c for _w, c, _ in alone)
    check_before = median(c for _w, c, _ in before) - preview
    warm_up = median(k for _w, _c, k in warm)
    check_now = median(k for _w, _c, k in now) - warm_up
    # Two cores, the preview on one: the check's processes share what is left of both (the
    # system shares the cores out; a process runs on one core at a time)
    path_now = max(preview, (preview + check_now) / 2, check_now / workers)
    print(
        f"  medians (CPU): preview {preview:.2f} s; the check on a thread {check_before:.2f} s; "
        f"in {workers} process(es) {check_now:.2f} s after a warm-up of {warm_up:.2f} s (all "
        f"of them). Critical path on a PC of two cores, free: before "
        f"{preview + check_before:.2f} s, now {path_now:.2f} s (the preview alone {preview:.2f} s)"
    )
    if flagged is not None and flagged.exists():
        for found in answers:
            print(compared_flagged(found, flagged).replace("flagged", "the processes' answers", 1))


def ms(values: list[float], q: float) -> float:
    return statistics.quantiles(values, n=100)[int(q) - 1] * 1000 if len(values) > 1 else 0.0


def run_index(path: Path, copies: list, truth_of) -> tuple[Tally, list[float]]:
    from db.duplicates.candidates import similar_initiatives
    from db.duplicates.index_cache import title_index
    from db.session import open_database

    database = open_database(path)
    try:
        with database.session() as session:
            started, cpu_started = time.perf_counter(), time.thread_time()
            index = title_index(session)
            print(
                f"  index built: {index.live:,} titles in {time.perf_counter() - started:.2f} s "
                f"(CPU {time.thread_time() - cpu_started:.2f} s) {load()}"
            )
            _time_kept_index(session)
            tally, times, cpu = Tally(), [], []
            for copy_id, typed, source_id, kinds in copies:
                started, cpu_started = time.perf_counter(), time.thread_time()
                found = similar_initiatives(session, typed, exclude_id=copy_id, limit=5)
                times.append(time.perf_counter() - started)
                cpu.append(time.thread_time() - cpu_started)
                tally.add([(s.card.id, s.score) for s in found], truth_of(source_id), kinds)
    finally:
        database.close()
    return tally, times, cpu


def _time_kept_index(session) -> None:
    """The next run's start: the index loaded from the file the build left (a large register)."""
    from db.duplicates.index_cache import cache_file, load_index

    path = cache_file(session)
    if path is None or not path.exists():
        return
    started, cpu_started = time.perf_counter(), time.thread_time()
    kept = load_index(session)
    print(
        f"  index loaded from its file ({path.stat().st_size / 1e6:.0f} MB): "
        f"{time.perf_counter() - started:.2f} s (CPU {time.thread_time() - cpu_started:.2f} s), "
        f"{'accepted' if kept else 'REFUSED'} {load()}"
    )
    path.unlink()  # a benchmark leaves no cache behind


def run_baseline(title_of: dict[str, str], copies: list, truth_of, scorer) -> tuple:
    from rapidfuzz import process

    from db.duplicates.matching import folded_title

    choices = dict(title_of)
    tally, times, cpu = Tally(), [], []
    for copy_id, typed, source_id, kinds in copies:
        choices.pop(copy_id, None)
        started, cpu_started = time.perf_counter(), time.thread_time()
        found = process.extract(folded_title(typed), choices, scorer=scorer, limit=5)
        times.append(time.perf_counter() - started)
        cpu.append(time.thread_time() - cpu_started)
        choices[copy_id] = title_of[copy_id]
        tally.add([(key, score) for _t, score, key in found], truth_of(source_id), kinds)
    return tally, times, cpu


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--initiatives", type=int, default=100_000)
    parser.add_argument("--pairs", type=int, default=2_000)
    parser.add_argument("--baseline-sample", type=int, default=300)
    parser.add_argument("--db", type=Path, help="a demo database to copy (else one is built)")
    parser.add_argument("--seed", type=int, default=14)
    parser.add_argument("--quick", action="store_true", help="5,000 initiatives, 300 pairs")
    parser.add_argument("--import-check", type=int, metavar="N", help="package size (see above)")
    parser.add_argument("--no-lookups", action="store_true", help="only the import check")
    parser.add_argument(
        "--all-new", action="store_true", help="the package's titles all new and distinct"
    )
    parser.add_argument("--multiply", type=int, metavar="K", help="copy every initiative K times")
    parser.add_argument(
        "--flagged", type=Path, metavar="FILE", help="keep the check's answers, or compare"
    )
    parser.add_argument(
        "--check-workers",
        type=int,
        metavar="N",
        help="check processes sharing the package (default: db.duplicates.package_check.WORKERS)",
    )
    args = parser.parse_args()
    if args.quick:
        args.initiatives, args.pairs, args.baseline_sample = 5_000, 300, 100
    folder = Path(tempfile.mkdtemp(prefix="bench-dup-"))
    try:
        return run(args, folder)
    finally:
        shutil.rmtree(folder, ignore_errors=True)  # the register's copies: a gigabyte a run


def run(args: argparse.Namespace, folder: Path) -> int:
    path = folder / "bench.db"
    if args.db:
        shutil.copy(args.db, path)
    else:
        build_database(path, args.initiatives)
    if args.multiply:
        multiply(path, args.multiply)
    print(load())
    if args.import_check:
        bench_import_check(
            path, args.import_check, folder, args.all_new, args.flagged, args.check_workers
        )
    if args.no_lookups:
        return 0
    copies = hide_copies(path, args.pairs, args.seed)
    title_of, groups = same_title_groups(path)
    print(f"{len(title_of):,} initiatives, {len(copies):,} of them retyped copies")

    for copy_id, _typed, source_id, _kinds in copies:  # two copies of one title: a hit too
        groups[PLACE.sub("", title_of[source_id])].add(copy_id)

    def truth_of(source_id: str) -> set[str]:
        return groups[PLACE.sub("", title_of[source_id])]

    print("this index (db.duplicates: idf-weighted word counts + rapidfuzz, with the reads):")
    tally, times, cpu = run_index(path, copies, truth_of)
    print(tally.line("similar_initiatives"))
    print(f"  per lookup: p50 {ms(times, 50):.1f} ms, p95 {ms(times, 95):.1f} ms wall; ", end="")
    print(f"CPU p50 {ms(cpu, 50):.1f} ms, p95 {ms(cpu, 95):.1f} ms")
    print(tally.sweep())
    for kind, (hit, total) in sorted(tally.by_kind.items()):
        print(f"    recall@5 with {kind:11} {hit / total:.3f} ({total})")
    print(import_recall(path, copies, truth_of))
    print(f"  {load()}")

    from rapidfuzz import fuzz

    sample = copies[: args.baseline_sample]
    for name, scorer in (("WRatio", fuzz.WRatio), ("token_set_ratio", fuzz.token_set_ratio)):
        print(f"baseline: rapidfuzz process.extract over all titles in memory ({name}):")
        base, base_times, base_cpu = run_baseline(title_of, sample, truth_of, scorer)
        print(base.line(f"process.extract {name}"))
        print(base.sweep())
        print(
            f"  per lookup: p50 {ms(base_times, 50):.1f} ms, p95 {ms(base_times, 95):.1f} ms ",
            end="",
        )
        print(f"wall; CPU p50 {ms(base_cpu, 50):.1f} ms, p95 {ms(base_cpu, 95):.1f} ms  {load()}")
    same = Tally()  # this index on the baseline's sample, for a like-for-like line
    for result in _sample_results(path, sample, truth_of):
        same.add(*result)
    print(same.line("this index, same sample"))
    return 0


def _sample_results(path: Path, sample: list, truth_of):
    from db.duplicates.candidates import similar_initiatives
    from db.session import open_database

    database = open_database(path)
    try:
        with database.session() as session:
            for copy_id, typed, source_id, kinds in sample:
                found = similar_initiatives(session, typed, exclude_id=copy_id, limit=5)
                yield [(s.card.id, s.score) for s in found], truth_of(source_id), kinds
    finally:
        database.close()


if __name__ == "__main__":
    sys.exit(main())
