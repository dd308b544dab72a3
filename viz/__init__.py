"""Interactive HTML explorers rendered with pyvis, self-contained and offline."""
