"""Release check: build the one-folder program, then run it the way a site does — no Python.

    .venv/bin/python scripts/release_check.py                # build + check (several minutes)
    .venv/bin/python scripts/release_check.py --no-build     # check the folder already in dist/
    .venv/bin/python scripts/release_check.py --initiatives 500 --keep

It builds dist/SangKien with `pyinstaller build.spec`, then, in a clean environment (no PYTHONPATH,
no VIRTUAL_ENV, the venv off PATH, a temporary HOME and data folders, a temporary working
directory, so the project's source cannot be imported), runs the built program: --version, demo,
stats, certificates, report, backup/check, enroll + init --from + export + import (each only if
the command exists in this build), and opens the window offscreen for a few seconds. Each step
prints PASS, FAIL or SKIP; the exit status is 1 if any step failed. Then it prints the build time,
the folder size and the start-up time of the built program against `python -m desktop`.

Not part of `pytest` (too slow). docs/BUILD.md says when to run it: before copying a build to a
USB stick. Start-up times: `--version`, `stats` and the time until the main window is up, built
program and `python -m desktop` taking turns in the same run.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import tomllib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
APP = "SangKien"
WINDOWS = sys.platform == "win32"
PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
VERSION = PROJECT["version"]
STEP_TIMEOUT = 900  # seconds: a demo on two shared cores can be slow, a hang must not be endless
GUI_SECONDS = 6.0
TIMING_RUNS = 5
WINDOW_RUNS = 3


# ---- results -------------------------------------------------------------------------------------


@dataclass
class Results:
    passed: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    figures: list[str] = field(default_factory=list)

    def record(self, name: str, ok: bool, detail: str = "") -> bool:
        (self.passed if ok else self.failed).append(name)
        print(f"{'PASS' if ok else 'FAIL'}  {name}{'  — ' + detail if detail else ''}", flush=True)
        return ok

    def ran(self, name: str, result: subprocess.CompletedProcess) -> bool:
        """PASS if the program exited 0 without a traceback, else FAIL with its last words."""
        ok = result.returncode == 0 and "Traceback" not in (result.stderr or "")
        return self.record(name, ok, "" if ok else outcome(result))

    def skip(self, name: str, why: str) -> None:
        self.skipped.append(name)
        print(f"SKIP  {name}  — {why}", flush=True)

    def figure(self, text: str) -> None:
        self.figures.append(text)
        print(f"      {text}", flush=True)


# ---- the built program in a clean environment ----------------------------------------------------


def program_folder(dist: Path) -> Path:
    return dist / APP


def executable(dist: Path) -> Path:
    """The console executable: the only one on Linux, sangkien-cli.exe on Windows."""
    folder = program_folder(dist)
    return folder / "sangkien-cli.exe" if WINDOWS else folder / APP


def gui_executable(dist: Path) -> Path:
    return program_folder(dist) / (f"{APP}.exe" if WINDOWS else APP)


def clean_environment(home: Path) -> dict[str, str]:
    """No Python settings, the venv off PATH, and the user's folders inside `home`."""
    venv_bin = str(Path(sys.executable).parent)
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("PYTHON", "VIRTUAL_ENV", "CONDA", "QT_", "XDG_"))
    }
    env["PATH"] = os.pathsep.join(p for p in env.get("PATH", "").split(os.pathsep) if p != venv_bin)
    env.update({"HOME": str(home), "USERPROFILE": str(home)})
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "APPDATA", "LOCALAPPDATA"):
        env[name] = str(home / name.lower())
    return env


@dataclass
class Runner:
    exe: Path
    env: dict[str, str]
    cwd: Path
    db: Path

    def run(self, *args: str, db: Path | None = None, timeout: float = STEP_TIMEOUT):
        command = [str(self.exe), "--db", str(db or self.db), *args]
        return run_quietly(command, self.env, self.cwd, timeout)

    def run_bare(self, *args: str, timeout: float = 120):
        return run_quietly([str(self.exe), *args], self.env, self.cwd, timeout)

    def has_command(self, *words: str) -> bool:
        return self.run_bare(*words, "--help").returncode == 0

    def help_text(self, *words: str) -> str:
        return self.run_bare(*words, "--help").stdout


def run_quietly(command: list[str], env: dict[str, str], cwd: Path, timeout: float):
    try:
        return subprocess.run(
            command, env=env, cwd=cwd, capture_output=True, text=True, encoding="utf-8",
            errors="replace", timeout=timeout, check=False,
        )  # fmt: skip
    except subprocess.TimeoutExpired as expired:
        return subprocess.CompletedProcess(command, -9, expired.stdout or "", "timed out")


def outcome(result) -> str:
    """What went wrong, in one or two lines: the exit status and the end of stderr."""
    tail = (result.stderr or result.stdout or "").strip().splitlines()[-3:]
    return f"exit {result.returncode}: " + " | ".join(tail)


def command_step(results: Results, runner: Runner, name: str, words: tuple[str, ...], *args: str):
    """Run `words + args` on the demo database if the command exists; PASS on exit 0."""
    if not runner.has_command(*words):
        results.skip(name, f"no '{' '.join(words)}' command in this build yet")
        return None
    result = runner.run(*words, *args)
    return result if results.ran(name, result) else None


# ---- build and layout ----------------------------------------------------------------------------


def build(results: Results, dist: Path, work: Path) -> float | None:
    print(f"Building {APP} {VERSION} with PyInstaller (several minutes)…", flush=True)
    command = [sys.executable, "-m", "PyInstaller", str(ROOT / "build.spec"), "--noconfirm"]
    command += ["--distpath", str(dist), "--workpath", str(work)]
    started = time.perf_counter()
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)
    seconds = time.perf_counter() - started
    (work / "release_check_build.log").parent.mkdir(parents=True, exist_ok=True)
    (work / "release_check_build.log").write_text(result.stdout + result.stderr, encoding="utf-8")
    if not results.ran("build", result):
        return None
    results.figure(f"build time: {seconds:.0f} s  (log: {work / 'release_check_build.log'})")
    return seconds


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def shipped_files(folder: Path) -> list[str]:
    """Files the code reads from disk, as they must appear below _internal/."""
    versions = sorted((ROOT / "db" / "migrations" / "versions").glob("*.py"))
    wanted = ["db/migrations/env.py", "db/migrations/script.py.mako"]
    wanted += [f"db/migrations/versions/{v.name}" for v in versions]
    for kind in ("fonts", "icons", "templates", "data", "translations"):
        folder = ROOT / "resources" / kind  # translations/ may not exist yet
        files = [p for p in folder.iterdir() if p.is_file()] if folder.is_dir() else []
        files = [p for p in files if p.suffix != ".ts"]  # translation sources: only .qm ship
        wanted += [f"resources/{kind}/{p.name}" for p in files]
    return wanted


UNWANTED_QT = ("Qt6WebEngine", "Qt6Quick", "Qt63D", "Qt6Multimedia", "Qt6Designer", "Qt6Bluetooth")


def check_layout(results: Results, dist: Path) -> None:
    folder = program_folder(dist)
    results.record("executables", executable(dist).is_file() and gui_executable(dist).is_file())
    internal = folder / "_internal"
    missing = [f for f in shipped_files(folder) if not (internal / f).is_file()]
    results.record("migrations and resources are real files", not missing, ", ".join(missing[:5]))
    unwanted = sorted({p.name for p in folder.rglob("*") if any(u in p.name for u in UNWANTED_QT)})
    results.record("unused Qt modules left out", not unwanted, ", ".join(unwanted[:5]))
    size = folder_size(folder)
    results.figure(f"folder size: {size / 2**20:.0f} MiB ({size:,} bytes) in {folder}")
    results.figure("largest: " + ", ".join(largest_parts(internal)))


def largest_parts(internal: Path, count: int = 6) -> list[str]:
    sizes = {}
    for path in internal.rglob("*"):
        if path.is_file() and not path.is_symlink():
            top = path.relative_to(internal).parts
            key = "/".join(top[:3]) if top[0] == "PySide6" else top[0]
            sizes[key] = sizes.get(key, 0) + path.stat().st_size
    ranked = sorted(sizes.items(), key=lambda kv: -kv[1])[:count]
    return [f"{name} {size / 2**20:.1f} MiB" for name, size in ranked]


def snapshot(folder: Path) -> dict[str, tuple[int, int]]:
    return {
        str(p.relative_to(folder)): (p.stat().st_size, p.stat().st_mtime_ns)
        for p in folder.rglob("*")
        if p.is_file()
    }


# ---- what a site does ----------------------------------------------------------------------------


def check_version(results: Results, runner: Runner) -> None:
    result = runner.run_bare("--version")
    ok = result.returncode == 0 and f"SángKiến {VERSION}" in result.stdout
    results.record("--version", ok, result.stdout.strip() or outcome(result))


def check_demo(results: Results, runner: Runner, initiatives: int) -> bool:
    if not runner.has_command("demo"):
        results.skip("demo", "no 'demo' command in this build yet")
        return False
    sized = "--initiatives" in runner.help_text("demo")
    size = ["--initiatives", str(initiatives)] if sized else []
    started = time.perf_counter()
    ok = results.ran(" ".join(["demo", *size]), runner.run("demo", *size))
    if ok:
        seconds, size_bytes = time.perf_counter() - started, runner.db.stat().st_size
        results.figure(f"demo: {seconds:.1f} s, database {size_bytes:,} bytes")
    return ok


def recognised_initiatives(runner: Runner, count: int = 3) -> list[dict]:
    for status in ("recognised", "certified"):
        query = ("--status", status, "--limit", str(count), "--json")
        result = runner.run("initiative", "list", *query)
        if result.returncode == 0:
            records = json.loads(result.stdout or "[]")
            if records:
                return records
    return []


def check_certificates(results: Results, runner: Runner, tmp: Path) -> None:
    if not runner.has_command("certificates"):
        results.skip("certificates", "no 'certificates' command in this build yet")
        return
    regs = [r["reg_no"] for r in recognised_initiatives(runner) if r.get("reg_no")]
    if not regs:
        results.record("certificates", False, "the demo has no recognised initiative to print")
        return
    pdf = tmp / "c.pdf"
    signer = ("--signer-name", "Nguyễn Văn Kiểm", "--signer-title", "CHỦ TỊCH", "--place", "Hà Nội")
    result = runner.run("certificates", *[f"--reg={r}" for r in regs], *signer, "-o", str(pdf))
    if results.ran(f"certificates --reg ×{len(regs)} -o c.pdf", result):
        pages = pdf_pages(pdf)
        results.record(f"c.pdf is a PDF of {len(regs)} pages", pages == len(regs), f"{pages} pages")


def pdf_pages(pdf: Path) -> int:
    if not pdf.is_file() or pdf.read_bytes()[:5] != b"%PDF-":
        return 0
    try:
        from pypdf import PdfReader
    except ImportError:
        return 1
    return len(PdfReader(str(pdf)).pages)


def check_reports(results: Results, runner: Runner, tmp: Path) -> None:
    for suffix in ("xlsx", "pdf"):
        target = tmp / f"progress.{suffix}"
        name = f"report progress -o progress.{suffix}"
        if command_step(results, runner, name, ("report", "progress"), "-o", str(target)):
            results.record(f"progress.{suffix} written", target.stat().st_size > 0)


def check_safety(results: Results, runner: Runner) -> None:
    command_step(results, runner, "check", ("check",))
    if command_step(results, runner, "backup", ("backup",)) is not None:
        backups = list((runner.db.parent / "backups").glob("*"))
        results.record("backup written next to the database", bool(backups))


# ---- sync: enrol a site, send it a package, bring its package back -------------------------------


def stats_json(runner: Runner) -> dict:
    result = runner.run("stats", "--json")
    return json.loads(result.stdout or "{}") if result.returncode == 0 else {}


def child_unit_code(runner: Runner) -> str | None:
    """A unit directly below this node's that has initiatives (from `stats --json`)."""
    data = stats_json(runner)
    for unit in data.get("units", []):
        if unit.get("parent") == data.get("unit") and unit.get("registered"):
            return str(unit["code"])
    return None


def check_sync(results: Results, runner: Runner, tmp: Path) -> None:
    needed = ("enroll", "init", "export", "import")
    missing = [w for w in needed if not runner.has_command(w)]
    if missing:
        results.skip("enroll/init/export/import", f"not in this build yet: {', '.join(missing)}")
        return
    unit = child_unit_code(runner)
    if unit is None:
        results.record("sync: a site unit to enrol", False, "no unit code found in the demo")
        return
    site = tmp / "site.db"
    steps: list[tuple[str, Callable[[], subprocess.CompletedProcess]]] = [
        (f"enroll {unit}", lambda: runner.run("enroll", unit, "-o", str(tmp / "setup.skp"))),
        ("init --from", lambda: runner.run("init", "--from", str(tmp / "setup.skp"), db=site)),
        (f"export --to {unit}", lambda: runner.run("export", "--to", unit, "-o", str(tmp / "down.skp"))),
        ("import at the site", lambda: runner.run("import", str(tmp / "down.skp"), db=site)),
        ("export from the site", lambda: site_export(runner, site, tmp / "up.skp")),
        ("import at headquarters", lambda: runner.run("import", "--trust-new-node", str(tmp / "up.skp"))),
    ]  # fmt: skip
    for name, step in steps:
        if not results.ran(f"sync: {name}", step()):
            return


def site_export(runner: Runner, site: Path, target: Path):
    """The site's package for its parent: headquarters' unit, as `stats --json` names it."""
    parent = str(stats_json(runner).get("unit") or "")
    return runner.run("export", "--to", parent, "-o", str(target), db=site)


# ---- the window ----------------------------------------------------------------------------------


def gui_stays_up(runner: Runner, dist: Path, db: Path, log: Path) -> tuple[bool, str]:
    """Start the GUI offscreen on `db`: still running after a few seconds, with no traceback."""
    env = dict(runner.env, QT_QPA_PLATFORM="offscreen")
    command = [str(gui_executable(dist)), "--db", str(db)]
    with log.open("w", encoding="utf-8") as out:
        process = subprocess.Popen(command, env=env, cwd=runner.cwd, stdout=out, stderr=out)
        time.sleep(GUI_SECONDS)
        alive = process.poll() is None
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
    text = log.read_text(encoding="utf-8", errors="replace")
    ok = alive and "Traceback" not in text
    return ok, "" if ok else f"alive={alive}: " + " | ".join(text.strip().splitlines()[-4:])


def settings_folder(runner: Runner) -> Path:
    """Where Qt keeps the user's settings: the temporary XDG_CONFIG_HOME on Linux. Qt on Windows
    asks the system for the roaming AppData folder and ignores %APPDATA%: the real one."""
    if WINDOWS:
        return Path(os.environ["APPDATA"]) / "SangKien"
    return Path(runner.env["XDG_CONFIG_HOME"])


def check_window(results: Results, runner: Runner, dist: Path) -> None:
    """The main window on the demo database (it records the database in the settings), and the
    first-run screen a new site sees when there is no database yet."""
    ok, detail = gui_stays_up(runner, dist, runner.db, runner.cwd / "gui.log")
    results.record(f"window opens offscreen and stays up {GUI_SECONDS:.0f} s", ok, detail)
    settings = list(settings_folder(runner).rglob("*.ini"))
    reached = any(str(runner.db.name) in p.read_text(errors="replace") for p in settings)
    results.record("main window reached (database remembered in the user's settings)", reached)
    new_site = runner.cwd / "new-site" / "sangkien.db"
    ok, detail = gui_stays_up(runner, dist, new_site, runner.cwd / "gui-first-run.log")
    results.record("first-run screen opens when there is no database", ok, detail)
    results.record("the first-run screen creates nothing by itself", not new_site.exists())


# ---- start-up times ------------------------------------------------------------------------------


def median_seconds(commands: dict[str, tuple[list[str], dict[str, str]]], cwd: Path):
    """Median wall time of each command, run in turns (so a busy machine slows all alike);
    None for a command that failed."""
    for command, env in commands.values():
        run_quietly(command, env, cwd, 120)  # warm the file cache
    times: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(TIMING_RUNS):
        for name, (command, env) in commands.items():
            started = time.perf_counter()
            if run_quietly(command, env, cwd, 120).returncode != 0:
                return dict.fromkeys(commands)
            times[name].append(time.perf_counter() - started)
    return {name: statistics.median(values) for name, values in times.items()}


def seconds_to_window(command: list[str], env: dict[str, str], cwd: Path, db: Path) -> float | None:
    """From start until the main window is up: the settings file (fresh for each run) names the
    database, which happens once the window is shown and the event loop runs. None on failure."""
    config = Path(tempfile.mkdtemp(prefix="config-", dir=cwd))
    env = dict(env, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(config))
    started = time.perf_counter()
    process = subprocess.Popen(
        command, env=env, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    try:
        while time.perf_counter() - started < 120 and process.poll() is None:
            for ini in config.rglob("*.ini"):
                if db.name in ini.read_text(encoding="utf-8", errors="replace"):
                    return time.perf_counter() - started
            time.sleep(0.02)
        return None
    finally:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def compare_window(results: Results, runner: Runner, dist: Path) -> None:
    if WINDOWS:  # a fresh settings folder per run is how the window is seen to be up
        results.skip(
            "time to window", "Qt on Windows does not take its settings folder from %APPDATA%"
        )
        return
    source = [sys.executable, "-m", "desktop", "--db", str(runner.db)]
    built = [str(gui_executable(dist)), "--db", str(runner.db)]
    source_env = {k: v for k, v in runner.env.items() if k != "PATH"} | {"PATH": os.environ["PATH"]}
    times: dict[str, list[float]] = {"built": [], "python": []}
    for _ in range(WINDOW_RUNS):
        for name, command, env in (("built", built, runner.env), ("python", source, source_env)):
            seconds = seconds_to_window(command, env, runner.cwd, runner.db)
            if seconds is None:
                results.record(f"time to window ({name})", False, "the window did not come up")
                return
            times[name].append(seconds)
    built_s, python_s = (statistics.median(times[n]) for n in ("built", "python"))
    results.figure(
        f"time to window: built {built_s * 1000:.0f} ms, python -m desktop {python_s * 1000:.0f} ms "
        f"(ratio {built_s / python_s:.2f}; median of {WINDOW_RUNS}, offscreen)"
    )


def compare_startup(results: Results, runner: Runner, with_stats: bool) -> None:
    source = [sys.executable, "-m", "desktop"]
    cases = [("--version", ["--version"])]
    if with_stats:
        cases.append(("stats", ["--db", str(runner.db), "stats"]))
    source_env = {k: v for k, v in runner.env.items() if k != "PATH"} | {"PATH": os.environ["PATH"]}
    for name, args in cases:
        commands = {
            "built": ([str(runner.exe), *args], runner.env),
            "python": ([*source, *args], source_env),
        }
        medians = median_seconds(commands, runner.cwd)
        built, python = medians["built"], medians["python"]
        if built is None or python is None:
            results.record(f"start-up timing {name}", False, f"built={built} python={python}")
            continue
        results.figure(
            f"start-up {name}: built {built * 1000:.0f} ms, python -m desktop {python * 1000:.0f} ms "
            f"(ratio {built / python:.2f}; median of {TIMING_RUNS})"
        )


# ---- main ----------------------------------------------------------------------------------------


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--no-build", action="store_true", help="check the folder in dist/ as is")
    parser.add_argument("--initiatives", type=int, default=2000, help="demo size (default 2000)")
    parser.add_argument("--dist", type=Path, default=ROOT / "dist")
    parser.add_argument("--work", type=Path, default=ROOT / "build")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    return parser.parse_args(argv)


def check_program(results: Results, args: argparse.Namespace, tmp: Path) -> None:
    check_layout(results, args.dist)
    home, cwd = tmp / "home", tmp / "cwd"
    home.mkdir()
    cwd.mkdir()
    runner = Runner(executable(args.dist), clean_environment(home), cwd, tmp / "demo.db")
    before = snapshot(program_folder(args.dist))
    check_version(results, runner)
    demo_ok = check_demo(results, runner, args.initiatives)
    if demo_ok:
        command_step(results, runner, "stats", ("stats",))
        check_certificates(results, runner, tmp)
        check_reports(results, runner, tmp)
        check_sync(results, runner, tmp)
        check_safety(results, runner)
        check_window(results, runner, args.dist)
    changed = sorted(set(snapshot(program_folder(args.dist)).items()) ^ set(before.items()))
    results.record("program folder unchanged by running it", not changed, str(changed[:3]))
    compare_startup(results, runner, with_stats=demo_ok)
    if demo_ok:
        compare_window(results, runner, args.dist)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    results = Results()
    if not args.no_build and build(results, args.dist, args.work) is None:
        return summary(results)
    if not executable(args.dist).is_file():
        results.record("built program present", False, str(executable(args.dist)))
        return summary(results)
    tmp = Path(tempfile.mkdtemp(prefix="sangkien-release-"))
    try:
        check_program(results, args, tmp)
    finally:
        if args.keep:
            print(f"      kept: {tmp}")
        else:
            shutil.rmtree(tmp, ignore_errors=True)
    return summary(results)


def summary(results: Results) -> int:
    print("\n== Release check:", f"{len(results.passed)} passed, {len(results.failed)} failed,",
          f"{len(results.skipped)} skipped")  # fmt: skip
    for line in results.figures:
        print(f"   {line}")
    for name in results.failed:
        print(f"   FAILED: {name}")
    return 1 if results.failed else 0


if __name__ == "__main__":
    sys.exit(main())
