"""Compose vocabularies into the regular expressions the stages match with."""

import re


def name_parts_pattern(parts: tuple[str, ...], whole_names: tuple[str, ...] = ()) -> re.Pattern[str]:
    """A pattern finding any of ``parts`` as a whole part of a class or id name (bounded by
    the name's ends, a space, "-" or "_"), and any of ``whole_names`` as a whole name.

    Each alternative must start with a literal lower-case letter.  They are grouped by that
    letter, because Python's engine tries a flat alternation's ~150 branches one by one at
    every boundary, where it skips a group at a glance when the letter differs: a third of
    the time, and this pattern runs on every class name a page has not repeated.
    """
    groups: dict[str, list[str]] = {}
    for part in parts:
        groups.setdefault(part[0], []).append(part[1:])
    for name in whole_names:
        # not after "-" or "_" (the part boundary lets those through), nor before them
        groups.setdefault(name[0], []).append(f"(?<![_-]{name[0]})(?:{name[1:]})(?![_-])")
    alternatives = "|".join(f"{letter}(?:{'|'.join(rests)})" for letter, rests in groups.items())
    return re.compile(rf"(?<![^\s_-])(?:{alternatives})(?![^\s_-])")
