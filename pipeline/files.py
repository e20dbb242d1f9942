"""Files and their identity: output written atomically (a hidden sibling first, then one
rename: a crash leaves the old file or folder or the new one, never half of either), and the
hashes that name a PDF and the code that read it."""
from __future__ import annotations

import ctypes
import hashlib
import os
import re
import shutil
import tempfile
from contextlib import contextmanager
from datetime import datetime, timezone
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Iterator

ROOT = Path(__file__).parent
"""The package's own folder: its source is what the code fingerprints hash."""


STAGING = ".perfprog"
"""Staging names begin `.<name>.perfprog-<pid>-`: a later run knows them, and knows whether the
process that made them is still alive."""


def staging_name(name: str, kind: str) -> str:
    return f".{name}{STAGING}-{os.getpid()}-{kind}-"


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


_STAGED = re.compile(r"^\.(?P<name>.+?)\.perfprog-(?P<pid>\d+)-(?P<kind>tmp|old|batch)-")


def sweep(folder: Path) -> None:
    """Tidy what killed runs left in ``folder``: their staging goes, and a published folder whose
    swap was cut off between its two renames comes back from where it was put aside."""
    try:
        entries = list(folder.iterdir())
    except OSError:
        return
    for entry in entries:
        m = _STAGED.match(entry.name)
        if m is None or _alive(int(m["pid"])):
            continue
        target = folder / m["name"]
        if m["kind"] == "old" and not target.exists():
            os.replace(entry, target)  # nothing is lost: the previous folder is back
        elif entry.is_dir():
            shutil.rmtree(entry, ignore_errors=True)
        else:
            entry.unlink(missing_ok=True)


_RENAME_EXCHANGE = 2


def _exchange(a: Path, b: Path) -> bool:
    """Swap two paths in one step (Linux renameat2 RENAME_EXCHANGE); False where unsupported."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        renameat2 = libc.renameat2
    except (OSError, AttributeError):
        return False
    at_fdcwd = -100
    return renameat2(at_fdcwd, os.fsencode(a), at_fdcwd, os.fsencode(b), _RENAME_EXCHANGE) == 0


def publish(staged: Path, target: Path) -> None:
    """Make the folder ``staged`` the folder ``target``: one rename decides, so a kill at any
    moment leaves the old folder or the new one (where the system cannot swap two folders in one
    step, the old one is first put aside under a name :func:`sweep` restores)."""
    if not target.exists():
        os.replace(staged, target)
        return
    if _exchange(staged, target):
        shutil.rmtree(staged, ignore_errors=True)  # the old folder, now at the staging name
        return
    old = target.with_name(staging_name(target.name, "old") + "0")
    os.replace(target, old)
    os.replace(staged, target)
    shutil.rmtree(old, ignore_errors=True)


@contextmanager
def atomic_folder(target: Path) -> Iterator[Path]:
    """Yield an empty staging folder; on success it becomes ``target``; on error it vanishes."""
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    sweep(target.parent)
    staging = Path(tempfile.mkdtemp(prefix=staging_name(target.name, "tmp"), dir=target.parent))
    try:
        yield staging
        os.chmod(staging, 0o755)
        publish(staging, target)
    finally:
        if staging.exists():
            shutil.rmtree(staging, ignore_errors=True)


@contextmanager
def atomic_file(target: Path) -> Iterator[Path]:
    """Yield a temporary path beside ``target``; on success it replaces ``target``, on error it goes."""
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, temp = tempfile.mkstemp(prefix=staging_name(target.name, "tmp"), dir=target.parent)
    os.close(fd)
    try:
        yield Path(temp)
        os.chmod(temp, 0o644)
        os.replace(temp, target)
    finally:
        if os.path.exists(temp):
            os.unlink(temp)


def sha256_of(path: Path) -> str:
    """The file's content hash: the name of a PDF in the cache, the stamps and the catalog."""
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def source_fingerprint(paths: Iterable[Path]) -> str:
    """A hash of source files, names and contents: a code change gives another fingerprint."""
    digest = hashlib.sha256()
    for path in sorted(paths):
        digest.update(str(path.relative_to(ROOT)).encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """Every source file of the package: any change to the code makes old stamps stale."""
    return source_fingerprint(ROOT.rglob("*.py"))


def build_time() -> datetime:
    """When outputs are made, in UTC: SOURCE_DATE_EPOCH where it is set (reproducible builds:
    the same inputs then give the same bytes), else now."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch.isdigit():
        return datetime.fromtimestamp(int(epoch), timezone.utc)
    return datetime.now(timezone.utc).replace(microsecond=0)
