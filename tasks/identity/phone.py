"""Where a report's contact phone rings: its area code's prefecture, by libphonenumber's geocoder.

A body's own enquiry line carries the area code of the prefecture it lies in (0436 is 白城市 in 吉林省), so when a
report's text names no place that settles its province, or its township has namesakes, the phone can. Only a fixed
line's area code is used (a mobile number is a person's and may move with them).
"""

from __future__ import annotations

from functools import lru_cache

from tasks.identity import contacts, gazetteer


@lru_cache(maxsize=4096)
def _area_description(area_code: str, number: str) -> str:
    """libphonenumber's Chinese description of a fixed line (吉林省白城市; 湖南省长沙市、湘潭市…), or ''."""
    import phonenumbers  # imported on first use: its geodata costs 0.3 s and most reports name their province
    from phonenumbers import geocoder

    try:
        parsed = phonenumbers.parse(area_code + number, "CN")
    except phonenumbers.NumberParseException:
        return ""
    # An old report's seven-digit number in a city since moved to eight is no longer a valid number, but its area
    # code still says where it rang: the prefix is all the geocoder reads.
    return geocoder.description_for_valid_number(parsed, "zh")


def phone_areas(text: str) -> tuple[str | None, set[str]]:
    """The province and the prefecture codes the report's contact phone's area code stands for (None, set() if none)."""
    m = contacts.PHONE_RE.search(text)
    if not m:
        return None, set()
    description = _area_description(m.group(1), m.group(2))
    provinces = gazetteer.provinces()
    said = next((p for p in sorted(provinces, key=len, reverse=True) if description.startswith(p)), None)
    if said is None:
        return None, set()
    province = provinces[said]
    code = next(c for c, n in gazetteer.current_names().items() if n == province)
    areas = {
        c
        for _, name in gazetteer.places_in(description[len(said) :])
        for c in gazetteer.lookup(name)
        if c[:2] == code[:2] and gazetteer.level_of_code(c) == "prefecture"
    }
    return province, areas
