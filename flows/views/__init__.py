"""Views over the lake: `status`, `query`, `report` (HTML dashboard) and `compare`, as pure functions of frames."""


class ViewError(Exception):
    """A problem the user can fix; its message is one sentence saying what to do."""
