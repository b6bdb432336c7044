"""The gongkai flow, its command line and its scheduled serving."""

BATCH_SIZE = 2000  # reports per task run: orchestration cost grows with batches, never with documents
