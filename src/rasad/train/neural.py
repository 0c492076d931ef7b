"""The neural NER model shipped as `models/ner_nn.npz`, in training: `python -m rasad.train.neural [--jobs 2]`.

A BiLSTM-CRF in torch (CPU, one thread per run) whose weights are exported for the numpy forward pass of
`rasad.ner.neural`. Inputs (`rasad.ner.encode`): frozen corpus word vectors (80k words, each PPMI + SVD × 100 beside
skip-gram × 100, both from the 62k-article news corpus, `rasad.train.clusters`) for the word and its clitic-stripped
stem, a character CNN, and name-list features (ANERGazet + WikiFANE, `rasad.train.lexicon`). Half of the names
in extra copies of every training sentence that holds names are swapped for names of the same type from the lists
(`augment`), so that the model learns names from their context rather than by heart: the test file's names are
mostly new. Training is deterministic (fixed seeds, one thread, deterministic kernels: the same data gives the
same file). The steps that make the shipped file (teacher, self-training, student; tuning on the last 10% of train)
are in `rasad.train.neural_pipeline`. The ANERcorp test file is never read here."""

from __future__ import annotations

import os
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from rasad.ner.encode import MAX_CHARS, N_LEX, TAGS, Encoder, SentenceCode
from rasad.ner.neural import NEG, NeuralNet, Weights, allowed_transitions, start_allowed
from rasad.train.ner import log

Sent = tuple[list[str], list[str]]


@dataclass(frozen=True)
class Config:
    char_dim: int = 30
    filters: int = 50
    width: int = 3
    hidden: int = 64
    dropout: float = 0.5
    lr: float = 2e-3
    batch: int = 16
    epochs: int = 20
    seed: int = 7
    augment: float = 0.5  # share of names replaced by list names in an extra copy of each sentence with names
    copies: int = 1  # name-swapped copies of the gold sentences (each drawn with its own seed)
    word_dropout: float = 0.0  # share of training tokens whose word and stem vectors are hidden (unknown-word drill)
    ema: float = 0.998  # decay of the running average of the weights that is exported (0: last weights)


def build_model(cfg: Config, emb: Any, n_chars: int) -> Any:
    import torch
    from torch import nn

    class Net(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.emb = nn.Embedding.from_pretrained(torch.from_numpy(emb), freeze=True)  # type: ignore[no-untyped-call]
            self.char_emb = nn.Embedding(n_chars, cfg.char_dim, padding_idx=0)
            self.conv = nn.Conv1d(cfg.char_dim, cfg.filters, cfg.width, padding=cfg.width // 2)
            n_in = 2 * emb.shape[1] + cfg.filters + N_LEX
            self.lstm = nn.LSTM(n_in, cfg.hidden, batch_first=True, bidirectional=True)
            self.out = nn.Linear(2 * cfg.hidden, len(TAGS))
            self.drop = nn.Dropout(cfg.dropout)
            self.trans = nn.Parameter(torch.zeros(len(TAGS), len(TAGS)))
            self.start = nn.Parameter(torch.zeros(len(TAGS)))
            self.end = nn.Parameter(torch.zeros(len(TAGS)))
            self.register_buffer("ban", torch.from_numpy(NEG * (1.0 - allowed_transitions())))
            self.register_buffer("ban_start", torch.from_numpy(NEG * (1.0 - start_allowed())))

        def emissions(self, words: Any, stems: Any, chars: Any, lex: Any, lens: Any) -> Any:
            b, n, m = chars.shape
            ce = self.char_emb(chars.view(b * n, m)).transpose(1, 2)
            cf = torch.relu(self.conv(ce)) * (chars.view(b * n, m) > 0).unsqueeze(1)
            cf = cf.max(dim=2).values.view(b, n, -1)
            x = self.drop(torch.cat([self.emb(words), self.emb(stems), cf, lex], dim=2))
            packed = nn.utils.rnn.pack_padded_sequence(x, lens, batch_first=True, enforce_sorted=False)
            h, _ = self.lstm(packed)
            h, _ = nn.utils.rnn.pad_packed_sequence(h, batch_first=True, total_length=n)
            return self.out(self.drop(h))

    return Net()


def crf_nll(em: Any, tags: Any, mask: Any, trans: Any, start: Any, end: Any) -> Any:
    """Negative log-likelihood of the gold paths, summed over the batch."""
    import torch

    b, n, _ = em.shape
    ar = torch.arange(b)
    gold = start[tags[:, 0]] + em[ar, 0, tags[:, 0]]
    alpha = start + em[:, 0]
    for t in range(1, n):
        m = mask[:, t]
        gold = gold + (trans[tags[:, t - 1], tags[:, t]] + em[ar, t, tags[:, t]]) * m
        nxt = torch.logsumexp(alpha.unsqueeze(2) + trans.unsqueeze(0) + em[:, t].unsqueeze(1), dim=1)
        alpha = torch.where(m.unsqueeze(1) > 0, nxt, alpha)
    last = tags[ar, mask.sum(1).long() - 1]
    gold = gold + end[last]
    return (torch.logsumexp(alpha + end, dim=1) - gold).sum()


def augment(sents: list[Sent], names: dict[str, list[list[str]]], share: float, seed: int) -> list[Sent]:
    """A copy of each sentence holding names, each PER / LOC / ORG name replaced (with probability `share`) by a
    name of the same type from the name lists, so that the model learns names from context, not by heart."""
    from rasad.ner.tagger import entity_chunks

    rng = np.random.default_rng(seed)
    out: list[Sent] = []
    for toks, tags in sents:
        chunks = [c for c in entity_chunks(repair_bio(tags)) if names.get(c[2])]
        if not chunks:
            continue
        new_t, new_g, at = [], [], 0
        for s, e, t in chunks:
            new_t += toks[at:s]
            new_g += tags[at:s]
            if rng.random() < share:
                pool = names[t]
                name = pool[int(rng.integers(len(pool)))]
                new_t += name
                new_g += ["B-" + t] + ["I-" + t] * (len(name) - 1)
            else:
                new_t += toks[s:e]
                new_g += tags[s:e]
            at = e
        out.append((new_t + toks[at:], new_g + tags[at:]))
    return out


def names_by_type(lex: dict[str, Any]) -> dict[str, list[list[str]]]:
    """Multi-word Arabic names (two to four words) of the name lists by type, in a fixed order."""
    import re

    from rasad.text.segment import ARABIC_LETTERS

    arabic = re.compile(f"[{ARABIC_LETTERS}]+")
    out: dict[str, list[list[str]]] = {}
    for name, t in sorted(lex.get("names", {}).items()):
        words = name.split()
        if 2 <= len(words) <= 4 and all(arabic.fullmatch(w) for w in words):
            out.setdefault(t, []).append(words)
    return out


def repair_bio(tags: list[str]) -> list[str]:
    """BIO the CRF can represent: an I-X that does not follow B-X or I-X becomes B-X (conlleval reads it so)."""
    out: list[str] = []
    prev = "O"
    for t in tags:
        if t.startswith("I-") and prev[2:] != t[2:]:
            t = "B-" + t[2:]
        out.append(t)
        prev = t
    return out


def batch_tensors(codes: list[SentenceCode], tags: list[list[int]]) -> dict[str, Any]:
    import torch

    lens = [len(c.words) for c in codes]
    b, n = len(codes), max(lens)
    words = np.zeros((b, n), dtype=np.int64)
    stems = np.zeros((b, n), dtype=np.int64)
    chars = np.zeros((b, n, MAX_CHARS), dtype=np.int64)
    lex = np.zeros((b, n, N_LEX), dtype=np.float32)
    tg = np.zeros((b, n), dtype=np.int64)
    mask = np.zeros((b, n), dtype=np.float32)
    for i, (c, t) in enumerate(zip(codes, tags, strict=True)):
        ln = lens[i]
        words[i, :ln], stems[i, :ln], chars[i, :ln], lex[i, :ln] = c.words, c.stems, c.chars, c.lex
        tg[i, :ln], mask[i, :ln] = t, 1.0
    return {"words": torch.from_numpy(words), "stems": torch.from_numpy(stems), "chars": torch.from_numpy(chars),
            "lex": torch.from_numpy(lex), "tags": torch.from_numpy(tg), "mask": torch.from_numpy(mask),
            "lens": torch.tensor(lens)}


def load_weights(net: Any, w: Weights) -> None:
    """Set a freshly built model to exported weights (fine-tuning; each LSTM bias goes to `bias_ih`, `bias_hh` 0)."""
    import torch

    def t(a: Any) -> Any:
        return torch.from_numpy(np.asarray(a, dtype=np.float32).copy())

    lstm = net.lstm
    pairs = [(net.char_emb.weight, w.char_emb), (net.conv.weight, w.conv_w), (net.conv.bias, w.conv_b),
             (lstm.weight_ih_l0, w.f_ih), (lstm.weight_hh_l0, w.f_hh), (lstm.bias_ih_l0, w.f_b),
             (lstm.weight_ih_l0_reverse, w.b_ih), (lstm.weight_hh_l0_reverse, w.b_hh),
             (lstm.bias_ih_l0_reverse, w.b_b), (net.out.weight, w.out_w), (net.out.bias, w.out_b),
             (net.trans, w.trans), (net.start, w.start), (net.end, w.end)]
    with torch.no_grad():
        for param, value in pairs:
            param.copy_(t(value))
        lstm.bias_hh_l0.zero_()
        lstm.bias_hh_l0_reverse.zero_()


def export(net: Any) -> Weights:
    """The trained weights as float32 numpy arrays for `rasad.ner.neural`."""
    def a(t: Any) -> Any:
        return t.detach().numpy().astype(np.float32).copy()

    lstm = net.lstm
    return Weights(emb=a(net.emb.weight), char_emb=a(net.char_emb.weight), conv_w=a(net.conv.weight),
                   conv_b=a(net.conv.bias), f_ih=a(lstm.weight_ih_l0), f_hh=a(lstm.weight_hh_l0),
                   f_b=a(lstm.bias_ih_l0 + lstm.bias_hh_l0), b_ih=a(lstm.weight_ih_l0_reverse),
                   b_hh=a(lstm.weight_hh_l0_reverse), b_b=a(lstm.bias_ih_l0_reverse + lstm.bias_hh_l0_reverse),
                   out_w=a(net.out.weight), out_b=a(net.out.bias), trans=a(net.trans), start=a(net.start),
                   end=a(net.end))


def batches(n: int, size: int, rng: np.random.Generator, lens: list[int]) -> list[list[int]]:
    """Shuffled batches of sentences of similar length (sorted within chunks of 50 batches)."""
    order = rng.permutation(n).tolist()
    chunk = size * 50
    out: list[list[int]] = []
    for s in range(0, n, chunk):
        part = sorted(order[s:s + chunk], key=lambda i: lens[i])
        out += [part[i:i + size] for i in range(0, len(part), size)]
    return [out[i] for i in rng.permutation(len(out)).tolist()]


def train(cfg: Config, encoder: Encoder, emb: Any, sents: list[Sent], epochs: int,
          on_epoch: Any = None, names: dict[str, list[list[str]]] | None = None,
          extra: list[Sent] | None = None, init: Weights | None = None) -> Weights:
    """Train for `epochs`; `on_epoch(epoch, weights)` is called after each one (for tuning). With `cfg.augment`,
    `cfg.copies` name-swapped copies of the sentences (names drawn from `names`) are added, then `extra`
    (self-training and in-domain sentences, not swapped). `init`: start from these weights (fine-tuning)."""
    import torch

    torch.manual_seed(cfg.seed)
    torch.use_deterministic_algorithms(True)
    rng = np.random.default_rng(cfg.seed)
    net = build_model(cfg, emb, len(encoder.char_ids) + 2)
    if init is not None:
        load_weights(net, init)
    params = [p for p in net.parameters() if p.requires_grad]
    opt = torch.optim.Adam(params, lr=cfg.lr)
    copies = cfg.copies if cfg.augment > 0 and names else 0
    swapped = [s for c in range(copies) for s in augment(sents, names or {}, cfg.augment, cfg.seed + 1000 * c)]
    sents = sents + swapped + (extra or [])
    log(f"{len(sents)} training sentences with {copies} name-swapped copies and {len(extra or [])} tagged ones")
    codes = [encoder.sentence(toks) for toks, _ in sents]
    tags = [[TAGS.index(t) if t in TAGS else 0 for t in repair_bio(tg)] for _, tg in sents]
    lens = [len(c.words) for c in codes]
    ema = {k: v.detach().clone() for k, v in net.state_dict().items()}
    weights = export(net)
    for epoch in range(1, epochs + 1):
        net.train()
        t0, total = time.time(), 0.0
        for idx in batches(len(codes), cfg.batch, rng, lens):
            bt = batch_tensors([codes[i] for i in idx], [tags[i] for i in idx])
            if cfg.word_dropout > 0:
                hide = torch.rand(bt["words"].shape) < cfg.word_dropout
                bt["words"] = bt["words"].masked_fill(hide, 0)
                bt["stems"] = bt["stems"].masked_fill(hide, 0)
            em = net.emissions(bt["words"], bt["stems"], bt["chars"], bt["lex"], bt["lens"])
            loss = crf_nll(em, bt["tags"], bt["mask"], net.trans + net.ban, net.start + net.ban_start, net.end)
            opt.zero_grad()
            (loss / len(idx)).backward()
            torch.nn.utils.clip_grad_norm_(params, 5.0)
            opt.step()
            total += float(loss.detach())
            _update_ema(ema, net, cfg.ema)
        net.eval()
        weights = _export_ema(net, ema, cfg.ema)
        log(f"epoch {epoch}: loss {total / sum(lens):.4f} per token, {time.time() - t0:.0f}s")
        if on_epoch is not None:
            on_epoch(epoch, weights)
    return weights


def _update_ema(ema: dict[str, Any], net: Any, decay: float) -> None:
    import torch

    with torch.no_grad():
        for k, v in net.state_dict().items():
            if v.dtype.is_floating_point:
                ema[k].mul_(decay).add_(v, alpha=1.0 - decay)


def _export_ema(net: Any, ema: dict[str, Any], decay: float) -> Weights:
    """The exported weights: the running average when `decay` > 0 (the live weights are restored after)."""
    if decay <= 0:
        return export(net)
    live = {k: v.detach().clone() for k, v in net.state_dict().items()}
    net.load_state_dict(ema)
    out = export(net)
    net.load_state_dict(live)
    return out


def unseen_recall(train_sents: list[Sent], held: list[Sent], preds: list[list[str]]) -> float:
    """Recall (%) of the held-out names whose words never make a name in the training sentences: the test file's
    names are mostly new (only a fifth of its person names occur in train), the tune split's less so."""
    from rasad.ner.tagger import entity_chunks

    def names(toks: list[str], tags: list[str]) -> set[tuple[int, int, str]]:
        return set(entity_chunks(repair_bio(tags)))

    seen = {tuple(toks[s:e]) for toks, tags in train_sents for s, e, _ in names(toks, tags)}
    gold = [(i, c) for i, (toks, tags) in enumerate(held) for c in names(toks, tags)
            if tuple(toks[c[0]:c[1]]) not in seen]
    hits = sum(1 for i, c in gold if c in names(held[i][0], preds[i]))
    return round(100 * hits / max(1, len(gold)), 2)


def score_tune(weights: Weights, encoder: Encoder, held: list[Sent], train_sents: list[Sent] | None = None
               ) -> dict[str, Any]:
    """Entity F1 of the numpy forward pass on held-out sentences, with document consistency (and the recall of
    names unseen in `train_sents`)."""
    from rasad.ner.evaluate import score
    from rasad.ner.tagger import propagate

    net = NeuralNet(weights)
    preds: list[list[str]] = []
    for b in range(0, len(held), 64):
        preds += net.tag([encoder.sentence(toks) for toks, _ in held[b:b + 64]])
    plain = score([g for _, g in held], [list(p) for p in preds])
    propagate([[encoder.key(t) for t in toks] for toks, _ in held], preds)
    out: dict[str, Any] = {"plain": plain, "consistency": score([g for _, g in held], preds)}
    if train_sents is not None:
        out["unseen_recall"] = unseen_recall(train_sents, held, preds)
    return out


def char_table(sents: list[Sent]) -> str:
    """Characters of the folded training tokens seen at least twice, most frequent first."""
    from collections import Counter

    from rasad.ner.features import fold

    counts = Counter(c for toks, _ in sents for t in toks for c in fold(t))
    return "".join(c for c, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])) if n >= 2)


def save(weights: Weights, vocab: list[str], chars: str, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    arrays = {k: getattr(weights, k).astype(np.float16 if k == "emb" else np.float32)
              for k in Weights.__dataclass_fields__}
    with open(path, "wb") as fh:
        np.savez_compressed(fh, vocab=np.array(vocab), chars=np.array(chars), **arrays)


if __name__ == "__main__":
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    from rasad.train.neural_pipeline import main

    sys.exit(main())
