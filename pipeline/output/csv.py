"""The tables as UTF-8 CSV files: the contract other systems read."""
from __future__ import annotations

from pathlib import Path

import pandas as pd


def write_csv(frame: pd.DataFrame, path: Path) -> None:
    """UTF-8 CSV without index; blank amounts stay blank."""
    frame.to_csv(path, index=False, encoding="utf-8", lineterminator="\n")


def write_frames(frames: dict[str, pd.DataFrame], folder: Path) -> list[Path]:
    paths = []
    for name, frame in frames.items():
        path = folder / f"{name}.csv"
        write_csv(frame, path)
        paths.append(path)
    return paths
