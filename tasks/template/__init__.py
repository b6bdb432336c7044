"""The national template's tables 二, 三 and 四 read as a fixed structure (see data/reference/FORMAT.md)."""
