"""Review: audit a run's samples (Textual UI), record decisions, report agreement."""
