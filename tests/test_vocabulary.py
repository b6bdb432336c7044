"""The vocabulary and its documentation say the same thing, and its attributes are what behaviour reads."""

from __future__ import annotations

import re

from conftest import ROOT

from tasks.vocabulary import CATALOG, GROUP_RELATION, T3_COLUMNS, T3_ROWS_2019, T3_ROWS_2021, T4_GROUPS, members

DOC = (ROOT / "data" / "reference" / "metrics.md").read_text(encoding="utf-8")


def doc_section(title: str) -> str:
    start = DOC.index(title)
    nxt = DOC.find("\n## ", start + 1)
    return DOC[start : nxt if nxt > 0 else len(DOC)]


def narrative_rows() -> dict[str, str]:
    """metric → unit, from the narrative table of metrics.md."""
    out = {}
    for line in doc_section("## Narrative metrics").splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) == 3 and re.fullmatch(r"[a-z_, ]+", cells[0]) and cells[0] != "metric":
            for name in cells[0].split(","):
                out[name.strip()] = cells[2]
    return out


def test_every_narrative_metric_is_documented_with_its_unit_and_nothing_else_is() -> None:
    documented = narrative_rows()
    vocabulary = {m.name: m.unit for m in CATALOG.values() if m.kind == "narrative"}
    assert documented == vocabulary


def test_every_table_two_metric_is_documented_in_its_template() -> None:
    section = doc_section("## Template metrics")
    t2_2021 = section[section.index("2021 (`template_2021`)") : section.index("2019 (`template_2019`)")]
    t2_2019 = section[section.index("2019 (`template_2019`)") : section.index("### Table 三")]
    for era, text in (("template_2021", t2_2021), ("template_2019", t2_2019)):
        documented = set(re.findall(r"\bt2_[a-z_]+", text))
        assert documented == {m.name for m in CATALOG.values() if m.kind == "t2" and era in m.eras}, era


def test_table_three_and_four_names_are_the_documented_rows_columns_and_groups() -> None:
    section = doc_section("## Template metrics")
    t3 = section[section.index("### Table 三") : section.index("### Table 四")]
    rows = {
        name
        for line in t3.splitlines()
        if line.startswith("| ") and not line.startswith("| row")
        for name in re.findall(r"\b[a-z]+(?:_[a-z]+)+\b|\b(?:granted|partial)\b", line.split("|")[1])
    }
    assert rows == set(T3_ROWS_2019) | set(T3_ROWS_2021)
    assert all(f"`{c}`" in t3 for c in T3_COLUMNS)
    t4 = section[section.index("### Table 四") : section.index("### The template's own arithmetic")]
    assert all(f"`{g}`" in t4 for g in T4_GROUPS)


def test_the_documented_cross_era_pairs_are_the_vocabularys() -> None:
    across = doc_section("## Across eras")
    for m in CATALOG.values():
        if m.same_as:
            assert f"{m.name} ≈ {m.same_as}" in across.replace("\n", " ")


def test_every_group_has_members_one_total_and_a_relation() -> None:
    for group, relation in GROUP_RELATION.items():
        parts = members(group)
        assert len(parts) >= 2, group
        assert len({CATALOG[p].part_of for p in parts}) == 1 and CATALOG[parts[0]].part_of in CATALOG, group
        assert relation in ("sum_equals", "sum_at_most", "each_at_most")
    assert {m.group for m in CATALOG.values() if m.group} == set(GROUP_RELATION)


def test_signed_metrics_are_the_documented_changes() -> None:
    signed = {m.name for m in CATALOG.values() if m.signed}
    assert signed and all("本年增/减" in CATALOG[n].wording for n in signed)
    assert "(signed)" in doc_section("## Template metrics")
