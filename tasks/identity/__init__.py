"""Report identity: the gazetteer, body names and contact patterns that `tasks.extract_identity` combines."""
