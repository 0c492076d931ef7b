"""Arabic numbers: digits and number words (compound, dual, construct) as data-driven regexes and a small parser.

All matching runs on the normalised copy (ASCII digits, unified alef/yeh). `ATOM` finds one number piece (digits
or a lexicon word); `PHRASE` finds a run of pieces joined by spaces, «و» or a range connector; `parse_phrase`
splits a run into the numbers it writes («مليار و680 مليون» is one number, «ثماني وعشر» two, «11 إلى 13» two).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from rasad.resources import load
from rasad.text.normalise import normalise_str

# kinds of number words
UNIT, TEN, HUNDRED, SCALE, FRACTION, DIGITS = "unit", "ten", "hundred", "scale", "fraction", "digits"


@dataclass(frozen=True, slots=True)
class Word:
    kind: str
    value: float  # the number the word writes (a dual scale already doubled)
    scale: float = 0.0  # for scale words: the scale itself (1000 for «ألفي»)


@dataclass(slots=True)
class Number:
    """One number written in the normalised text: [start, end) there, its value and how it was written."""

    start: int
    end: int
    value: float
    scaled: bool = False  # ends with a scale word (ألف، مليون ...)
    words: bool = False  # written (at least partly) in words
    raw_digits: str | None = None  # the digits as written, when the number is digits only
    first: str = ""  # the first piece as written (normalised), e.g. to drop a lone vague «آلاف»
    pieces: int = 1
    scale: float = 1.0  # the last scale word's value (1e6 for «929.2 مليون»), 1 when none


def _forms(items: list[str]) -> list[str]:
    return [" ".join(normalise_str(x).split()) for x in items]


@cache
def lexicon() -> dict[str, Word]:
    """Normalised number word -> Word."""
    data = load("numbers")
    lex: dict[str, Word] = {}
    for val, forms in data["units"].items():
        for f in _forms(forms):
            lex[f] = Word(UNIT, float(val))
    for val, forms in data["teens"].items():
        for f in _forms(forms):
            lex[f] = Word(UNIT, float(val))
    for val in range(3, 10):
        for unit in _forms(data["units"][str(val)]):
            for suffix in _forms(data["teen_suffix"]):
                lex[f"{unit} {suffix}"] = Word(UNIT, float(10 + val))
    for val, forms in data["tens"].items():
        for f in _forms(forms):
            lex[f] = Word(TEN, float(val))
    for val, forms in data["hundreds"].items():
        for f in _forms(forms):
            lex[f] = Word(HUNDRED, float(val))
    for val, prefixes in data["hundred_prefixes"].items():
        for p in _forms(prefixes):
            for h in _forms(data["hundred_forms"]):
                lex[p + h] = lex[f"{p} {h}"] = Word(HUNDRED, float(val) * 100)
    for val, forms in data["scales"].items():
        for f in _forms(forms):
            lex[f] = Word(SCALE, float(val), float(val))
    for val, forms in data["scale_duals"].items():
        for f in _forms(forms):
            lex[f] = Word(SCALE, 2 * float(val), float(val))
    for val, forms in data["fractions"].items():
        for f in _forms(forms):
            lex[f] = Word(FRACTION, float(val))
    return lex


@cache
def ordinals() -> dict[str, int]:
    """Normalised day ordinal («الرابع عشر», «الحادي والعشرين») -> day number 1..31."""
    data = load("numbers")
    base = {f: int(v) for v, forms in data["ordinals"].items() for f in _forms(forms)}
    out = {f: v for f, v in base.items() if f != normalise_str("الحادي")}
    for f, v in base.items():
        if v < 10:
            out[f"{f} عشر"] = out[f"{f} عشرة"] = 10 + v
        for tv, tforms in data["ordinal_tens"].items():
            for t in _forms(tforms):
                out[t] = int(tv)
                if int(tv) + v <= 31 and v < 10:
                    out[f"{f} و{t}"] = int(tv) + v
    return out


_Trie = dict[str, "_Trie"]
_END = ""


def _trie_regex(node: _Trie) -> str:
    """Regex for a character trie: shared prefixes are matched once, so big lexicons stay fast."""
    branches: list[str] = []
    for ch in sorted((c for c in node if c != _END), key=lambda c: -_depth(node[c])):
        piece = r"\s+" if ch == " " else re.escape(ch)
        branches.append(piece + _trie_regex(node[ch]))
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if _END in node:
        return f"(?:{body})?"  # greedy: the longest form is tried first
    return body


def _depth(node: _Trie) -> int:
    return 1 + max((_depth(n) for c, n in node.items() if c != _END), default=0)


def alternation(forms: list[str] | set[str] | frozenset[str]) -> str:
    """A regex matching any of the literal forms (longest first), spaces matching any run of spaces."""
    root: _Trie = {}
    for form in {" ".join(f.split()) for f in forms if f.strip()}:
        node = root
        for ch in form:
            node = node.setdefault(ch, {})
        node[_END] = {}
    return f"(?:{_trie_regex(root)})"


DIGIT_RE = r"\d+ر\d+|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:\.\d{3}){2,}|\d+(?:[.,]\d+)?"
_DIGIT_TAIL = r"(?![\d/:]|[.,]\d|-\d|[A-Za-z])"
WB = r"(?<![^\W\d_])"  # no letter before
WE = r"(?![^\W\d_])"  # no letter after
_DEFINITE_SCALE = rf"(?:\s+ال(?:مليون|مليار|الف|ألف){WE})"  # «مليون ونصف المليون»: the scale said again


@cache
def atom_pattern() -> str:
    """One number piece: digits or a number word, with an optional «و»/«ب» clitic (group `cl`)."""
    words = alternation(set(lexicon()))
    return (rf"(?:{WB}(?P<cl>و|ب|ل|وب|ول)?(?P<w>{words}){WE}"
            rf"|(?<![\d.,/:A-Za-z])(?P<cl2>و|ب|ل|وب|ول)?(?P<d>{DIGIT_RE}){_DIGIT_TAIL})")


@cache
def atom_re() -> re.Pattern[str]:
    return re.compile(atom_pattern())


@cache
def phrase_re() -> re.Pattern[str]:
    """A run of pieces joined by spaces, «و», or a range connector («إلى», «-», «أو»)."""
    atom = re.sub(r"\(\?P<\w+>", "(?:", atom_pattern())
    join = r"\s*(?:(?:الي|او|حتي|-|–)\s*)?"  # normalised: «إلى» -> «الي»
    return re.compile(rf"(?:{atom})(?:{join}(?:{atom}))*{_DEFINITE_SCALE}?")



def digits_value(text: str) -> float:
    """Value of a digits piece: «14,000» 14000, «1.234.567» 1234567, «15,7» 15.7, «5ر2» 2.5 (Saudi style, written
    fraction first)."""
    if "ر" in text:
        frac, whole = text.split("ر", 1)
        return float(f"{whole}.{frac}")
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?", text):
        return float(text.replace(",", ""))
    if re.fullmatch(r"\d{1,3}(?:\.\d{3}){2,}", text):
        return float(text.replace(".", ""))  # «1.234.567»: dots group thousands
    return float(text.replace(",", "."))


def _joins(prev: Word, word: Word, waw: bool, last_scale: float) -> bool:
    """Whether `word` continues the number that `prev` is part of."""
    if word.kind == SCALE:
        return (not waw and prev.kind != SCALE) or (waw and word.scale < last_scale if last_scale else False)
    if word.kind == FRACTION:
        return waw and prev.kind == SCALE
    if not waw:
        return False
    if prev.kind == UNIT and word.kind == TEN:
        return prev.value < 10
    if prev.kind == HUNDRED:
        return word.value < 100 or word.kind == SCALE
    return prev.kind == SCALE and (word.value < last_scale or word.kind == DIGITS)


@dataclass(slots=True)
class _Acc:
    start: int
    end: int = 0
    total: float = 0.0
    cur: float = 0.0
    last_scale: float = 0.0
    scaled: bool = False
    words: bool = False
    raw: str | None = None
    first: str = ""
    pieces: int = 0

    def add(self, word: Word) -> None:
        if word.kind == SCALE:
            base = self.cur if self.cur else 1.0
            self.total += base * word.value
            self.cur, self.last_scale, self.scaled = 0.0, word.scale, True
        elif word.kind == FRACTION:
            if self.last_scale and self.total:
                self.total += word.value * self.last_scale
            else:
                self.cur += word.value
        elif word.kind == HUNDRED and 0 < self.cur < 10:
            self.cur *= word.value
        else:
            self.cur += word.value

    def number(self) -> Number:
        value = self.total + self.cur
        return Number(self.start, self.end, value, self.scaled, self.words, self.raw, self.first, self.pieces,
                      self.last_scale or 1.0)


def _atoms(text: str) -> list[tuple[re.Match[str], Word, str, str]]:
    """The pieces of a phrase match: (match, word, piece as written, clitic)."""
    lex = lexicon()
    out: list[tuple[re.Match[str], Word, str, str]] = []
    for m in atom_re().finditer(text):
        if m.group("w") is not None:
            out.append((m, lex[" ".join(m.group("w").split())], m.group("w"), m.group("cl") or ""))
        else:
            out.append((m, Word(DIGITS, digits_value(m.group("d"))), m.group("d"), m.group("cl2") or ""))
    return out


def _rescaled(atoms: list[tuple[re.Match[str], Word, str, str]], i: int, last_scale: float) -> bool:
    """Whether the piece after «SCALE و» at `i` takes a scale as large as the last one: «3 ملايين و4 ملايين» is two
    numbers, not 7 million («مليار و680 مليون» stays one, «ثلاثة ملايين ونصف مليون» is 3.5 million)."""
    if i + 1 >= len(atoms) or not last_scale:
        return False
    nxt = atoms[i + 1][1]
    return nxt.kind == SCALE and nxt.scale >= last_scale


def parse_phrase(text: str, offset: int = 0) -> list[Number]:
    """The numbers written in one phrase match (`text` is the matched normalised text, `offset` its start)."""
    out: list[Number] = []
    acc: _Acc | None = None
    prev: Word | None = None
    prev_end = 0
    atoms = _atoms(text)
    for i, (m, word, piece, clitic) in enumerate(atoms):
        gap = text[prev_end:m.start()]
        waw = "و" in clitic or bool(re.fullmatch(r"\s*و\s*", gap))
        connector = bool(gap.strip()) and not re.fullmatch(r"\s*و\s*", gap)
        start = m.start("w") if m.group("w") is not None else m.start("d")
        if (acc is None or prev is None or connector or not _joins(prev, word, waw, acc.last_scale)
                or (prev.kind == SCALE and word.kind not in (SCALE, FRACTION) and _rescaled(atoms, i, acc.last_scale))):
            if acc is not None:
                out.append(acc.number())
            acc = _Acc(offset + start, first=" ".join(piece.split()))
        if word.kind == FRACTION and _rescaled(atoms, i, acc.last_scale):
            word = Word(UNIT, word.value)  # «ثلاثة ملايين ونصف مليون»: half of the next scale, 3.5 million
        acc.add(word)
        acc.pieces += 1
        acc.end, acc.words = offset + m.end(), acc.words or word.kind != DIGITS
        acc.raw = piece if word.kind == DIGITS and acc.raw is None and not acc.words else acc.raw
        prev, prev_end = word, m.end()
    if acc is not None:
        tail = re.match(_DEFINITE_SCALE, text[prev_end:])
        if tail and prev is not None and prev.kind == FRACTION:
            acc.end = offset + prev_end + tail.end()
        out.append(acc.number())
    return [n for n in out if n.value > 0 and not (n.words and not n.scaled and n.value < 1)]


def number_value(text: str) -> float | None:
    """The value of a normalised number written alone («ثلاثة», «20», «مليون ونصف»), or None."""
    nums = parse_phrase(text)
    return nums[0].value if len(nums) == 1 else None


def as_int_if_whole(value: float) -> float | int:
    """4.1 * 1e9 computed in floats is 4099999999.9999995: round, and give whole numbers as int (1.035 * 1e12 too)."""
    r = round(value, 4)
    if abs(value - round(value)) <= 1e-9 * max(1.0, abs(value)):
        return round(value)
    return int(r) if r == int(r) else r


_MARKS = re.compile("[\u064b-\u065f\u0670\u0640]*")


def extend_marks(text: str, end: int) -> int:
    """Move a span end past diacritics and tatweel that follow its last letter («غداً», «هجوماً»)."""
    m = _MARKS.match(text, end)
    return m.end() if m else end
