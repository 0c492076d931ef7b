"""Name lists for the NER features, derived from ANERGazet and WikiFANE (never from ANERcorp or NewsFANE)."""

from __future__ import annotations

from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from rasad.ner.features import fold

PER_TYPES = {"Politician", "Religious_PER", "Artist", "Other_PER", "Scientist", "Athlete", "Businessperson",
             "Engineer", "Lawyer"}
LOC_TYPES = {"Population-Center", "Nation", "Water-Body", "State-or-Province", "Celestial", "Land-Region-Natural",
             "Continent", "GPE-Cluster", "County-or-District"}
ORG_TYPES = {"Commercial", "Non-Governmental", "Government", "Educational", "Media", "Sports", "Religious_ORG",
             "Medical-Science", "Entertainment"}


WIKIFANE_FILE = "WikiFANE_Gold_2014_500K.txt"


def coarse(fine: str) -> str | None:
    for t, group in (("PER", PER_TYPES), ("LOC", LOC_TYPES), ("ORG", ORG_TYPES)):
        if fine in group:
            return t
    return None


def read_anergazet(folder: Path) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for t, fname in (("LOC", "AlignedLocGazetteer.txt"), ("ORG", "AlignedOrgGazetteer.txt"),
                     ("PER", "AlignedPersGazetteer.txt")):
        for line in (folder / fname).read_text(encoding="utf-8").splitlines():
            name = " ".join(fold(line).split())
            if name and not name.startswith("="):
                out.append((name, t))
    return out


def read_wikifane(path: Path) -> tuple[list[tuple[str, str]], Counter[tuple[str, str]]]:
    """(name, coarse type) mentions and (word, type-or-O) counts from WikiFANE gold."""
    names: list[tuple[str, str]] = []
    counts: Counter[tuple[str, str]] = Counter()
    cur: list[str] = []
    cur_t: str | None = None
    text = path.read_text(encoding="utf-8-sig").replace("\u200e", "").replace("\r", "")
    for line in [*text.split("\n"), ""]:
        parts = line.split("\t")
        tok, tag = (fold(parts[0].strip()), parts[1].strip()) if len(parts) == 2 else ("", "O")
        if cur and (not tag.startswith("I-")):
            if cur_t is not None:
                names.append((" ".join(cur), cur_t))
            cur, cur_t = [], None
        if not tok:
            continue
        t = coarse(tag[2:]) if tag != "O" else None
        counts[(tok, t or "O")] += 1
        if tag != "O":
            cur.append(tok)
            cur_t = t
    return names, counts


def build_lexicon(ner_dir: Path, wikifane: bool = True) -> dict[str, Any]:
    """The JSON-able name-list part of the shipped lexicon (without WikiFANE: the lists for featurising WikiFANE's
    own sentences when they are training data, so that its names are not all listed there)."""
    gaz = read_anergazet(ner_dir / "gazetteers")
    wiki: list[tuple[str, str]] = []
    counts: Counter[tuple[str, str]] = Counter()
    if wikifane:
        wiki, counts = read_wikifane(ner_dir / "wikifane" / "WikiFANE_2014_Gold_standard" / WIKIFANE_FILE)
    per_word: dict[str, Counter[str]] = defaultdict(Counter)
    for (w, t), c in counts.items():
        per_word[w][t] += c
    prior: dict[str, str] = {}
    for w, cnt in per_word.items():
        t, c = cnt.most_common(1)[0]
        if t != "O" and c >= 2 and c / sum(cnt.values()) >= 0.6 and len(w) >= 2:
            prior[w] = t
    words: dict[str, set[str]] = {t: set() for t in ("PER", "LOC", "ORG")}
    name_types: dict[str, Counter[str]] = defaultdict(Counter)
    for name, t in gaz + wiki:
        name_types[name][t] += 1
        for w in name.split():
            total = sum(per_word[w].values())
            if len(w) >= 2 and w[0].isalpha() and (total == 0 or per_word[w]["O"] / total < 0.5):
                words[t].add(w)
    names = {n: c.most_common(1)[0][0] for n, c in name_types.items() if " " in n and len(n.split()) <= 6}
    return {"words": {t: sorted(ws) for t, ws in words.items()}, "prior": dict(sorted(prior.items())),
            "names": dict(sorted(names.items()))}
