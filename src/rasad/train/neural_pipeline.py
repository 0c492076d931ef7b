"""Build the shipped neural NER model: `python -m rasad.train.neural` (43 minutes on two cores, empty cache).

Every run reads two frozen vectors per word, side by side: PPMI + SVD (`embeddings.npz`) and skip-gram (gensim
word2vec, one worker, `skipgram.npz`, about 10 minutes to build), both from the news corpus and cached in `--cache`.
Two models are trained, each by `rasad.train.neural.train`: a teacher on ANERcorp train plus one name-swapped copy
of its sentences, and the shipped student, trained on the gold sentences, two name-swapped copies of them and
`--silver` (8,000) news-corpus sentences tagged by the teacher (`rasad.train.selftrain`): the student meets thousands of
names that ANERcorp lacks, in their contexts. Deterministic (fixed seeds, one thread per run, deterministic kernels).
1. teachers: the tune teacher (`--teacher-seed`) is trained on the first 90% of ANERcorp train (in order) and scored
   on the last 10% after every epoch (numpy path, document consistency); at its best epoch it tags the corpus
   sentences. Beside it, on the other core (`--jobs`), the final teacher trains on the whole train file; its weights
   at the tune teacher's epoch count tag the corpus sentences anew;
2. students: a tune student per seed (`--seeds`) on the same 90% and the tune teacher's sentences, scored again;
   beside each, a final student on the whole train file and the final teacher's sentences. The final student of the
   seed with the best tune F1, at that run's best epoch count, is written with the name lists. The weights after k
   of n epochs are those of a k-epoch run, so this gives the same file as training the final models afterwards
   (`--skip-tune TEACHER_EPOCHS,SEED,EPOCHS` does that, without tuning): 42.6 minutes from an empty cache, with the
   word vectors built, where the parts run one after the other would take about an hour.
The ANERcorp test file is never read here. `--indomain N` / `--indomain-teacher N` add N copies of the in-domain
sentences (`rasad.train.indomain`: the gold entities of eval/train's fit part projected onto tokens) to the students'
/ teachers' training sentences (default 0: the model of commit 2af0e4b). The shipped file is that model fine-tuned
with two copies of them (`python -m rasad.train.indomain --finetune`; recipe and figures in its docstring).

Measured on the tune split (best epoch of 20; seeds 7 / 8 / 9; teacher seed 8). With both word vectors (the
default): teacher seeds 8 / 9 80.86 / 80.53; students (8,000 sentences tagged by the seed-8 teacher) 81.07 / 81.35 /
81.87 (mean 81.43), the seed-9 one shipped (20 epochs). Only seed 9 is tuned by default (`--seeds`): each seed adds
two runs (about 20 minutes per core); `--seeds 7,8,9` repeats the comparison. Skip-gram vectors in place of the PPMI
ones: teacher seed 8 79.12. Before the skip-gram vectors (PPMI only, `--no-skipgram`):
- teacher alone (one name-swapped copy): 79.08 / 80.53 / 78.86 (mean 79.49);
- student, two copies and 4,000 tagged sentences: 79.85 / 80.02 / 81.01 (mean 80.29);
- student, two copies and 8,000 tagged sentences (the recipe kept; seeds 8 and 9 tuned): 80.40 / 81.06 / 81.18
  (mean 80.88);
- 16,000 tagged sentences, seed 9: 80.93 (best at epoch 9, the curve noisier: the tagged sentences outweigh the gold);
- 8,000 sentences from every 61st article (1,011 articles across all 19 outlets, where every 5th article takes the
  first 5,055 lines of the corpus, all Al Arabiya), seed 9: 80.85 (at 17 epochs), so the default stays.
- one copy + 4,000 tagged sentences (tagged within whole articles, a first cut): 79.87 / 80.59 for seeds 7 / 8;
- two copies, no tagged sentences: 80.02 / 80.45 for seeds 7 / 8.
Also tried, no gain beyond seed noise: ±3-word PPMI vectors beside the ±1 ones, predicted word types, word dropout,
hidden 128, averaging two seeds' emissions, an O-score bias, and pre-training the BiLSTM as a language model on 80,000
corpus sentences (predicting the neighbours' word clusters): 78.84 / 78.44 for seeds 7 / 8.
Not kept either, all with PPMI vectors only (compare the seed-8 teacher's 80.53 and the seed-9 student's 81.18):
- a second round, the tune student (seed 9, 81.18) tagging the 8,000 sentences anew for a new student: 81.25 / 80.61
  for seeds 8 / 9 (mean 80.93, against 81.06 / 81.18);
- only tagged sentences that hold a name (11,926 of the first 16,000 do; the first 8,000 of them), seed 9: 81.09;
- teachers of seeds 7, 8 and 9 tagging together (CRF scores averaged) score 79.98 on tune themselves (8 and 9: 80.27;
  the seed-9 student with the seed-8 teacher: 80.99), no better than the seed-8 teacher alone;
- word vectors for more words (the default: the 80,000 most frequent, seen at least 9 times): the 117,146 seen at
  least 5 times, teacher 79.64; the 158,456 seen at least 3 times, 78.09 after 17 epochs;
- name-list features hidden in 30% / 50% of the training sentences: teacher 79.89 / 79.45;
- student dropout 0.3 (0.5 is the default): 81.17 / 80.59 for seeds 8 / 9 (best at epochs 9 / 14, then falling);
- a character CNN of 100 filters: teacher 79.38 (with 50-dim character vectors and width 5: 78.28 after 17 epochs);
- on the tune student's output, every mention of a name retyped to its majority type 80.97; the last word of a person
  name tagged wherever it recurs 79.04 (81.18 with the shipped consistency pass);
- the student learning the teacher's posteriors instead of its best tags (CRF marginals of every tag and tag pair by
  forward-backward; loss log Z minus the expected path score; sentences that consistency changed keep their tags):
  80.00 / 80.47 / 81.65 for seeds 7 / 8 / 9 (mean 80.71, against 80.40 / 81.06 / 81.18, mean 80.88); with the
  posteriors flattened (temperature 2), seed 9 reached only 79.55 in 15 epochs;
- name lists mined from the corpus by the tune teacher (150,000 sentences from every 3rd article; 3,879 new multi-word
  PER / LOC / ORG names it tagged at least 3 times, with one type at least 80% of the time) added to the gazetteer:
  teacher 80.30;
- the student forked after 10 epochs into two continuations (the run as it was, and one with its own batch order and
  dropout), their weights averaged: seed 9 81.78 (the forks alone 81.18 / 81.65 at best), seed 8 80.86 (forks
  81.06 / 81.27): the average is not reliably better than its own forks, and costs half as many epochs again;
- the student's learning rate decayed linearly to 5% over the 20 epochs: 80.59 / 81.10 for seeds 8 / 9;
- a teacher with two BiLSTM layers (scored with torch; its LSTM built after the rest, so its initial weights differ
  from the shipped teacher's) reached 80.78 / 80.69 for seeds 8 / 9, against 80.11 / 80.34 for one layer built the
  same way; but students of the shipped recipe learning from the sentences the seed-8 one tagged (with torch; 15,656
  names against the one-layer teacher's 14,799) reached 80.93 / 81.43 for seeds 8 / 9 (mean 81.18, against 81.12):
  the better teacher did not make a clearly better student.
"""

from __future__ import annotations

import argparse
import os
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import numpy as np

from rasad.ner.encode import Encoder
from rasad.ner.neural import MODEL_FILE, Weights
from rasad.train.ner import DEFAULT_DATA, build_lexicon_data, load_train, log, split_tune, write_lexicon
from rasad.train.neural import Config, Sent, char_table, names_by_type, save, score_tune, train

CORPUS = Path("news") / "corpus.jsonl.gz"
Docs = list[list[list[str]]]  # token lists of sentences, by article


@dataclass
class Inputs:
    """What every run needs: the name lists, the embedding table, the training sentences and the encoder."""

    lex: dict[str, Any]
    vocab: list[str]
    emb: Any
    sents: list[Sent]
    chars: str
    encoder: Encoder


@dataclass(frozen=True)
class Tuned:
    """The teacher's seed and best epoch count, and the student seed and epoch count with the best tune F1."""

    teacher_seed: int
    teacher_epochs: int
    seed: int
    epochs: int
    f1: float = -1.0


def skipgram_embeddings(data: Path, cache: Path, words: list[str]) -> Any:
    """Skip-gram vectors of the embedding table's words (cached; about 10 minutes to build on one core)."""
    from rasad.train.clusters import build_skipgram, load_embeddings, save_embeddings

    path = cache / "skipgram.npz"
    if not path.exists():
        log("building skip-gram word vectors from the news corpus (~10 min)")
        save_embeddings(build_skipgram(data / CORPUS, words), path)
    return load_embeddings(path)


def load_inputs(args: argparse.Namespace) -> Inputs:
    """Name lists, word vectors (PPMI, then skip-gram unless `--no-skipgram`), ANERcorp train and the encoder."""
    from rasad.ner.tagger import lexicon_from_json
    from rasad.train.clusters import load_embeddings

    lex = build_lexicon_data(args.data, args.cache, wordtypes=False)
    emb_src = load_embeddings(args.cache / "embeddings.npz")
    vectors = emb_src.vectors
    if args.skipgram:
        sg = skipgram_embeddings(args.data, args.cache, emb_src.words)
        if sg.words != emb_src.words:
            raise SystemExit(f"{args.cache / 'skipgram.npz'} has other words than embeddings.npz: delete it")
        vectors = np.hstack([vectors, sg.vectors])
    emb = np.vstack([np.zeros((1, vectors.shape[1])), vectors]).astype(np.float16)
    emb = emb.astype(np.float32)  # the shipped table is float16: train on the same values
    sents = load_train(args.data / "ner" / "anercorp" / "ANERCorp_CamelLab_train.txt")
    chars = char_table(sents)
    return Inputs(lex, emb_src.words, emb, sents, chars, Encoder(emb_src.words, chars, lexicon_from_json(lex)))


def teacher_config(args: argparse.Namespace, seed: int) -> Config:
    return Config(word_dropout=args.word_dropout, hidden=args.hidden, augment=args.augment, seed=seed)


def student_config(args: argparse.Namespace, seed: int) -> Config:
    return replace(teacher_config(args, seed), copies=args.copies)


def prepare(args: argparse.Namespace) -> Inputs:
    """One torch thread (one core per run) and the inputs."""
    import torch

    torch.set_num_threads(1)
    return load_inputs(args)


def in_domain(copies: int) -> list[Sent]:
    """`copies` × the in-domain sentences (`rasad.train.indomain`: eval/train's fit part; none when 0)."""
    from rasad.train.indomain import indomain_sentences

    return indomain_sentences(copies=copies) if copies > 0 else []


def documents(args: argparse.Namespace) -> Docs:
    """The `args.silver` corpus sentences for the teacher to tag, by article (read once per run; none when 0)."""
    from rasad.train.selftrain import corpus_documents

    return corpus_documents(args.data / CORPUS, args.silver, args.silver_step) if args.silver else []


class Tracker:
    """Scores the tune split after every epoch and keeps the best weights."""

    def __init__(self, name: str, inp: Inputs, head: list[Sent], held: list[Sent]) -> None:
        self.name, self.inp, self.head, self.held = name, inp, head, held
        self.f1, self.epoch = -1.0, 0
        self.weights: Weights | None = None

    def __call__(self, epoch: int, w: Weights) -> None:
        res = score_tune(w, self.inp.encoder, self.held, self.head)
        f = float(res["consistency"]["ALL"]["f1"])
        log(f"  {self.name} epoch {epoch}: tune F1 plain {res['plain']['ALL']['f1']} consistency {f} "
            f"unseen R {res['unseen_recall']} " + " ".join(f"{k}={v['f1']}" for k, v in res["consistency"].items()))
        if f > self.f1:
            self.f1, self.epoch, self.weights = f, epoch, w


def tune_teacher(args: argparse.Namespace, docs: Docs) -> tuple[int, list[Sent]]:
    """The teacher trained on the first 90% and scored on the last 10%: its best epoch count and the corpus
    sentences it tags at that epoch."""
    from rasad.train.selftrain import tag_documents

    inp = prepare(args)
    head, held = split_tune(inp.sents)
    teacher = Tracker(f"teacher (seed {args.teacher_seed})", inp, head, held)
    train(teacher_config(args, args.teacher_seed), inp.encoder, inp.emb, head, args.epochs, teacher,
          names_by_type(inp.lex), in_domain(args.indomain_teacher))
    log(f"teacher: tune F1 {teacher.f1} after {teacher.epoch} epochs")
    if teacher.weights is None:
        return teacher.epoch, []
    return teacher.epoch, tag_documents(teacher.weights, inp.encoder, docs)


def tune_student(args: argparse.Namespace, extra: list[Sent], seed: int) -> tuple[float, int]:
    """The student trained with one seed on the first 90% and the tagged sentences: best tune F1 and epochs."""
    inp = prepare(args)
    head, held = split_tune(inp.sents)
    student = Tracker(f"student seed {seed}", inp, head, held)
    train(student_config(args, seed), inp.encoder, inp.emb, head, args.epochs, student, names_by_type(inp.lex),
          extra)
    return student.f1, student.epoch


def snapshots(args: argparse.Namespace, cfg: Config, epochs: int, extra: list[Sent] | None = None
              ) -> dict[int, Weights]:
    """A model trained on the whole train file: its weights after every epoch, without the frozen word vectors (the
    weights after k of n epochs are those of a k-epoch run, so the final models can train while the tune runs
    decide k)."""
    inp = prepare(args)
    out: dict[int, Weights] = {}

    def keep(epoch: int, w: Weights) -> None:
        out[epoch] = replace(w, emb=np.zeros((0, 0), dtype=np.float32))

    train(cfg, inp.encoder, inp.emb, inp.sents, epochs, keep, names_by_type(inp.lex), extra)
    return out


def tune_and_build(args: argparse.Namespace) -> None:
    """Tune on the last 10% of train while the final models train on the whole file, one core per run (`--jobs`):
    the tune teacher beside the final teacher, then the tune students beside the final students (one per seed);
    the final models are taken at the epochs the tune runs chose."""
    from concurrent.futures import Future, ProcessPoolExecutor

    from rasad.train.selftrain import tag_documents

    inp = prepare(args)  # builds the cached word vectors once, before the runs start
    docs = documents(args)
    seeds = [int(x) for x in args.seeds.split(",")]
    build = not args.tune_only
    with ProcessPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        tune_t = pool.submit(tune_teacher, args, docs)
        final_t = pool.submit(snapshots, args, teacher_config(args, args.teacher_seed), args.epochs,
                              in_domain(args.indomain_teacher)) if build and docs else None
        t_epochs, extra = tune_t.result()
        full: list[Sent] = []
        if final_t is not None:
            full = tag_documents(replace(final_t.result()[t_epochs], emb=inp.emb), inp.encoder, docs)
        ind = in_domain(args.indomain)
        tunes = [pool.submit(tune_student, args, extra + ind, seed) for seed in seeds]
        finals: dict[int, Future[dict[int, Weights]]] = {
            seed: pool.submit(snapshots, args, student_config(args, seed), args.epochs, full + ind)
            for seed in seeds if build}
        found = [Tuned(args.teacher_seed, t_epochs, seed, r.result()[1], r.result()[0])
                 for seed, r in zip(seeds, tunes, strict=True)]
        for r in found:
            log(f"student seed {r.seed}: tune F1 {r.f1} after {r.epochs} epochs")
        best = max(found, key=lambda r: (r.f1, -r.epochs, -r.seed))
        if build:
            write_model(args, inp, replace(finals[best.seed].result()[best.epochs], emb=inp.emb), best)


def build_tuned(args: argparse.Namespace, best: Tuned) -> None:
    """No tuning (`--skip-tune`): the final teacher and student for the given epoch counts, one after the other."""
    from rasad.train.selftrain import tag_documents

    inp = prepare(args)
    docs = documents(args)
    full: list[Sent] = []
    if docs:
        teacher = snapshots(args, teacher_config(args, best.teacher_seed), best.teacher_epochs,
                            in_domain(args.indomain_teacher))
        full = tag_documents(replace(teacher[best.teacher_epochs], emb=inp.emb), inp.encoder, docs)
    student = snapshots(args, student_config(args, best.seed), best.epochs, full + in_domain(args.indomain))
    write_model(args, inp, replace(student[best.epochs], emb=inp.emb), best)


def write_model(args: argparse.Namespace, inp: Inputs, weights: Weights, best: Tuned) -> None:
    write_lexicon(inp.lex, args.out / "ner_lex.json.gz")
    save(weights, inp.vocab, inp.chars, args.out / MODEL_FILE)
    log(f"wrote {args.out / MODEL_FILE} ({best})")


def parse(argv: list[str] | None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA.resolve())
    ap.add_argument("--out", type=Path, default=Path(__file__).resolve().parents[1] / "models")
    ap.add_argument("--cache", type=Path, default=Path("/tmp/rasad-ner-cache"))
    ap.add_argument("--epochs", type=int, default=Config.epochs, help="most epochs tried on the tune split")
    ap.add_argument("--tune-only", action="store_true", help="score on the tune split, write no model")
    ap.add_argument("--no-skipgram", dest="skipgram", action="store_false",
                    help="PPMI word vectors only (no skip-gram vectors beside them)")
    ap.add_argument("--teacher-seed", type=int, default=8)
    ap.add_argument("--seeds", default="9", help="student seeds tried on the tune split; the best one is shipped")
    ap.add_argument("--jobs", type=int, default=min(2, os.cpu_count() or 1),
                    help="training runs at once (one core each): tune and final models side by side")
    ap.add_argument("--augment", type=float, default=Config.augment,
                    help="share of names swapped for list names in a name-swapped copy of the training sentences")
    ap.add_argument("--copies", type=int, default=2, help="name-swapped copies of the gold sentences (student)")
    ap.add_argument("--silver", type=int, default=8000, help="corpus sentences tagged by the teacher (0: none)")
    ap.add_argument("--silver-step", type=int, default=5, help="take every N-th corpus article")
    ap.add_argument("--indomain", type=int, default=0, metavar="COPIES",
                    help="copies of the in-domain sentences (eval/train fit part) the student learns from (0: none)")
    ap.add_argument("--indomain-teacher", type=int, default=0, metavar="COPIES",
                    help="copies of the in-domain sentences the teacher learns from (0: none)")
    ap.add_argument("--word-dropout", type=float, default=Config.word_dropout)
    ap.add_argument("--hidden", type=int, default=Config.hidden)
    ap.add_argument("--skip-tune", default="", metavar="TEACHER_EPOCHS,SEED,EPOCHS",
                    help="no tuning: the teacher's epoch count, the student's seed and epoch count")
    return ap.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse(argv)
    if args.skip_tune:
        t_ep, seed, ep = (int(x) for x in args.skip_tune.split(","))
        build_tuned(args, Tuned(args.teacher_seed, t_ep, seed, ep))
    else:
        tune_and_build(args)
    return 0
