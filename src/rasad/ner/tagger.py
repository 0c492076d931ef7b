"""Load the shipped NER model and tag token sequences (BIO over PER / LOC / ORG / MISC).

The default is the neural tagger (`rasad.ner.neural`, a BiLSTM-CRF run in numpy, `models/ner_nn.npz`); the CRF
(`models/ner.crfsuite`, `Tagger`) still ships as the lighter alternative and shares the name lists
(`models/ner_lex.json.gz`). `load_tagger(folder)` picks the neural model when the folder holds one.
`tag(tokens)` tags one sentence; `Tagger.tag_document(sentences)` adds document-level consistency (a name tagged
once is tagged wherever it recurs in the document); `tag_conll(in_path, out_path)` tags a CoNLL file so that
conlleval.py scores it.
"""

from __future__ import annotations

import gzip
import json
import os
from collections import Counter, defaultdict
from contextlib import ExitStack
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import pycrfsuite

from rasad.ner.features import Featurizer, Lexicon, fold, stems
from rasad.ner.neural import MODEL_FILE as NEURAL_FILE
from rasad.ner.neural import load_neural
from rasad.resources import load as load_resource

MODEL_FILE = "ner.crfsuite"
LEXICON_FILE = "ner_lex.json.gz"
RATIO = 4


def lexicon_from_json(data: dict[str, Any]) -> Lexicon:
    names: dict[str, str] = data.get("names", {})
    return Lexicon(clusters=data.get("clusters", {}),
                   words={t: set(ws) for t, ws in data.get("words", {}).items()},
                   prior=data.get("prior", {}), names=names,
                   first=frozenset(n.split(" ", 1)[0] for n in names), silver=data.get("silver", {}),
                   etype=data.get("etype", {}))


def load_lexicon(path: Path) -> Lexicon:
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        return lexicon_from_json(json.load(fh))


def entity_chunks(tags: list[str]) -> list[tuple[int, int, str]]:
    """(start, end, type) chunks of a BIO sequence, conlleval style (an I- after another type starts a chunk)."""
    if tags.count("O") == len(tags):
        return []
    out: list[tuple[int, int, str]] = []
    start, cur = -1, ""
    for i, t in enumerate(tags):
        if t == "O":
            if cur:
                out.append((start, i, cur))
                cur = ""
            continue
        bio = t[:2]
        if bio == "B-" or (bio == "I-" and t[2:] != cur):
            if cur:
                out.append((start, i, cur))
            start, cur = i, t[2:]
    if cur:
        out.append((start, len(tags), cur))
    return out


def open_folder(stack: ExitStack, model_dir: Path | None) -> Path:
    """`model_dir`, or the shipped models folder (kept available while `stack` is open)."""
    if model_dir is None:
        return Path(stack.enter_context(resources.as_file(resources.files("rasad").joinpath("models"))))
    return Path(model_dir)


class Tagger:
    """The CRF and its lexicon; `tag` is thread-compatible but not thread-safe (one tagger per thread)."""

    def __init__(self, model_dir: Path | None = None) -> None:
        self._stack = ExitStack()
        self.model_dir = open_folder(self._stack, model_dir)
        self.lexicon = load_lexicon(self.model_dir / LEXICON_FILE)
        self._crf = pycrfsuite.Tagger()
        self._crf.open(str(self.model_dir / MODEL_FILE))
        known = frozenset(a for a, _ in self._crf.info().state_features)
        self.featurizer = Featurizer(self.lexicon, known)

    def tag(self, tokens: list[str]) -> list[str]:
        """BIO tags (PER / LOC / ORG / MISC) for one sentence of tokens."""
        if not tokens:
            return []
        tags: list[str] = self._crf.tag(self.featurizer.sequence(tokens))
        return tags

    def tag_document(self, sentences: list[list[str]], consistency: bool = True) -> list[list[str]]:
        """Tag every sentence, then propagate names across the document."""
        tagged = [self.tag(s) for s in sentences]
        if consistency:
            propagate([[self.featurizer.key(t) for t in s] for s in sentences], tagged)
        return tagged


class NeuralTagger:
    """The BiLSTM-CRF (`rasad.ner.neural`) behind the same interface as `Tagger`."""

    BATCH = 48  # sentences per padded batch (sorted by length, so that little is padding)

    def __init__(self, model_dir: Path | None = None) -> None:
        self._stack = ExitStack()
        self.model_dir = open_folder(self._stack, model_dir)
        self.lexicon = load_lexicon(self.model_dir / LEXICON_FILE)
        self.model = load_neural(self.model_dir, self.lexicon)

    def tag(self, tokens: list[str]) -> list[str]:
        """BIO tags (PER / LOC / ORG / MISC) for one sentence of tokens."""
        return self.tag_document([tokens], consistency=False)[0]

    def tag_document(self, sentences: list[list[str]], consistency: bool = True) -> list[list[str]]:
        """Tag every sentence (in batches of similar length), then propagate names across the document."""
        order = sorted((i for i, s in enumerate(sentences) if s), key=lambda i: len(sentences[i]))
        tagged: list[list[str]] = [[] for _ in sentences]
        enc = self.model.encoder
        for b in range(0, len(order), self.BATCH):
            idx = order[b:b + self.BATCH]
            for i, tags in zip(idx, self.model.tag_tokens([sentences[i] for i in idx]), strict=True):
                tagged[i] = tags
        if consistency:
            propagate([[enc.key(t) for t in s] for s in sentences], tagged)
        return tagged


AnyTagger = Tagger | NeuralTagger


def _names(keys: list[list[str]], tagged: list[list[str]]) -> dict[tuple[str, ...], str]:
    """Folded token tuples tagged as names in the document, with their majority type.

    A one-word name (looked up without its clitics) counts only when it is left untagged at most RATIO times as
    often as it is tagged, so that a common word tagged once by mistake does not spread.
    """
    seen: dict[tuple[str, ...], Counter[str]] = defaultdict(Counter)
    for ks, tags in zip(keys, tagged, strict=True):
        for s, e, t in entity_chunks(tags):
            words = ks[s:e]
            if e - s == 1:
                words = [stems(words[0])[-1][1]]
            seen[tuple(words)][t] += 1
    singles = {k[0] for k in seen if len(k) == 1}
    occurs: Counter[str] = Counter()
    for ks, tags in zip(keys, tagged, strict=True):
        for w, t in zip(ks, tags, strict=True):
            if t != "O":
                continue
            hit = w if w in singles else next((st for _, st in stems(w)[1:] if st in singles), None)
            if hit is not None:
                occurs[hit] += 1
    out: dict[tuple[str, ...], str] = {}
    for k, c in seen.items():
        if len(k) == 1 and (len(k[0]) < 3 or RATIO * sum(c.values()) < occurs[k[0]]):
            continue
        out[k] = c.most_common(1)[0][0]
    return out


def propagate(keys: list[list[str]], tagged: list[list[str]]) -> None:
    """Tag untagged recurrences of names found elsewhere in the document (longest first), in place.

    `keys` are the folded tokens of each sentence.
    """
    names = _names(keys, tagged)
    if not names:
        return
    longest = max(len(k) for k in names)
    firsts = {k[0] for k in names}
    for ks, tags in zip(keys, tagged, strict=True):
        i = 0
        while i < len(ks):
            step = 1
            if tags[i] == "O" and (ks[i] in firsts or any(st in firsts for _, st in stems(ks[i])[1:])):
                for n in range(min(longest, len(ks) - i), 0, -1):
                    if any(t != "O" for t in tags[i:i + n]):
                        continue
                    t = _match(names, ks[i:i + n])
                    if t is not None:
                        tags[i:i + n] = ["B-" + t] + ["I-" + t] * (n - 1)
                        step = n
                        break
            i += step


def _match(names: dict[tuple[str, ...], str], keys: list[str]) -> str | None:
    t = names.get(tuple(keys))
    if t is not None:
        return t
    for _, stem in stems(keys[0])[1:]:
        t = names.get((stem, *keys[1:]))
        if t is not None:
            return t
    return None


def load_tagger(model_dir: Path | None = None) -> AnyTagger:
    """The neural tagger when the folder (default: the shipped models) holds one, else the CRF."""
    if model_dir is None:
        has_neural = resources.files("rasad").joinpath("models").joinpath(NEURAL_FILE).is_file()
    else:
        has_neural = (Path(model_dir) / NEURAL_FILE).is_file()
    return NeuralTagger(model_dir) if has_neural else Tagger(model_dir)


MODELS_ENV = "RASAD_NER_MODELS"


@cache
def get_tagger() -> AnyTagger:
    """The shared tagger built from the shipped model, or from the folder named by $RASAD_NER_MODELS (to score a
    model in training with the whole pipeline), loaded once per process."""
    folder = os.environ.get(MODELS_ENV)
    return load_tagger(Path(folder) if folder else None)


@cache
def name_words(kind: str) -> frozenset[str]:
    """Words (folded) of one kind (LOC, PER, ORG) in the shipped tagger's name lists, and words whose name-list
    prior is that kind."""
    lex = get_tagger().lexicon
    return frozenset(lex.words.get(kind, set()) | {w for w, t in lex.prior.items() if t == kind})


def place_words() -> frozenset[str]:
    """Place words (folded) of the shipped tagger's name lists, and words whose name-list prior is a place."""
    return name_words("LOC")


def word_rank(word: str) -> int | None:
    """The frequency rank of a word (folded) in the news vocabulary of the shipped neural tagger (1 = the most
    frequent), None when the word is not in it or the tagger has no vocabulary."""
    tagger = get_tagger()
    if not isinstance(tagger, NeuralTagger):
        return None
    return tagger.model.encoder.vocab.get(fold(word))


def word_cluster(word: str) -> int | None:
    """The coarsest distributional cluster of a word (folded) in the shipped tagger's lexicon, None if unknown."""
    found = get_tagger().lexicon.clusters.get(fold(word))
    return int(found[0]) if found else None


VERB_CLUSTER_FORMS = 5  # a cluster holding this many forms of the reporting verbs is a cluster of verbs


@cache
def verb_clusters() -> frozenset[int]:
    """The tagger's word clusters that hold verbs: those with VERB_CLUSTER_FORMS or more of the present and past
    forms of resources/ar/reporting_verbs.json (derived, not listed)."""
    counts: Counter[int] = Counter()
    for entry in load_resource("reporting_verbs")["verbs"]:
        for gender in ("m", "f", "pl"):
            for form in entry.get(gender, [])[:2]:
                if (k := word_cluster(form)) is not None:
                    counts[k] += 1
    return frozenset(k for k, n in counts.items() if n >= VERB_CLUSTER_FORMS)


def tag(tokens: list[str]) -> list[str]:
    """BIO tags for one sentence with the shipped model."""
    return get_tagger().tag(tokens)


def read_conll(path: Path) -> list[tuple[list[str], list[str]]]:
    """Sentences of a `TOKEN TAG` file (blank line between sentences)."""
    out: list[tuple[list[str], list[str]]] = []
    toks: list[str] = []
    tags: list[str] = []
    for line in [*Path(path).read_text(encoding="utf-8").splitlines(), ""]:
        parts = line.split()
        if not parts:
            if toks:
                out.append((toks, tags))
            toks, tags = [], []
            continue
        toks.append(parts[0])
        tags.append(parts[-1] if len(parts) > 1 else "O")
    return out


def tag_conll(in_path: str | Path, out_path: str | Path, consistency: bool = True, window: int = 0,
              tagger: AnyTagger | None = None) -> int:
    """Tag a `TOKEN TAG` CoNLL file and write `TOKEN GOLD PRED` lines; returns the number of tokens.

    Gold tags are written as given (PERS stays PERS), predicted tags use the same label set as the gold file.
    With `consistency`, names are propagated within blocks of `window` sentences (0: the whole file).
    """
    tg = tagger or get_tagger()
    sents = read_conll(Path(in_path))
    gold_pers = any("PERS" in t for _, tags in sents for t in tags)
    size = window or max(1, len(sents))
    lines: list[str] = []
    for b in range(0, len(sents), size):
        block = sents[b:b + size]
        preds = tg.tag_document([s for s, _ in block], consistency)
        for (toks, gold), pred in zip(block, preds, strict=True):
            for tok, g, p in zip(toks, gold, pred, strict=True):
                if gold_pers and p.endswith("-PER"):
                    p += "S"
                lines.append(f"{tok} {g} {p}")
            lines.append("")
    Path(out_path).write_text("\n".join(lines) + "\n", encoding="utf-8")
    return sum(len(s) for s, _ in sents)
