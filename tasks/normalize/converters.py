"""OpenCC converters by config name, among them tw2sp_gov: tw2sp with our mainland phrase list."""

from __future__ import annotations

import json
import tempfile
from functools import cache
from pathlib import Path

import opencc

from tasks import rules

TAIWAN_CONFIG = "tw2sp_gov"  # OpenCC's tw2sp with its phrase dictionary cut down to rules.TAIWAN_PHRASES_BACK


@cache
def converter(config: str) -> opencc.OpenCC:
    """The OpenCC converter of a config name ('t2s', 'tw2sp_gov'), built once."""
    if config == TAIWAN_CONFIG:
        return _taiwan_converter()
    return opencc.OpenCC(f"{config}.json" if not config.endswith(".json") else config)


def _taiwan_converter() -> opencc.OpenCC:
    """tw2sp's own config with its TWPhrasesRev replaced by our phrase list. OpenCC finds a config's dictionaries
    beside it or by absolute path, never in its share dir, so the config goes to a temporary directory with
    absolute paths; OpenCC reads it all when built."""
    share = Path(opencc.__file__).parent / "clib" / "share" / "opencc"
    config = json.loads((share / "tw2sp.json").read_text("utf-8"))
    with tempfile.TemporaryDirectory(prefix="gongkai-opencc-") as tmp:
        phrases = Path(tmp) / "taiwan_phrases_back.txt"
        phrases.write_text("".join(f"{tw}\t{cn}\n" for tw, cn in sorted(rules.TAIWAN_PHRASES_BACK)), "utf-8")

        def absolute(node):
            if isinstance(node, dict):
                if node.get("file") == "TWPhrasesRev.ocd2":
                    return {"type": "text", "file": str(phrases)}
                if "file" in node:
                    return {**node, "file": str(share / node["file"])}
                return {k: absolute(v) for k, v in node.items()}
            return [absolute(v) for v in node] if isinstance(node, list) else node

        path = Path(tmp) / f"{TAIWAN_CONFIG}.json"
        path.write_text(json.dumps(absolute(config), ensure_ascii=False), "utf-8")
        return opencc.OpenCC(str(path))
