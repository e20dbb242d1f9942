"""perfprog: performance-programme PDFs → validated, reconciled, machine-readable data."""

__version__ = "0.1.0"
