"""Adapters of the `Backend` port: `runcomfy` (RunComfy's Model API, and this project's emulator,
which speaks it) and `offline` (the bundled emulator started in this process)."""
