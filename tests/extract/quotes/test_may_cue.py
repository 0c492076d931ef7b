"""The cheap cue test (lexicon.may_cue) lets through every word a reporting verb or an attribution phrase can start
at, with and without «و / ف», so skipping the others changes no candidate."""

from __future__ import annotations

import pytest

from rasad.extract.quotes import lexicon as lx
from rasad.extract.quotes.candidates import find
from rasad.extract.quotes.doc import build_doc
from rasad.record import Article


def test_every_verb_form_and_phrase_start_may_cue() -> None:
    for word in [*lx.verbs(), *lx.attribution_by_first()]:
        assert lx.may_cue(word)
        assert lx.may_cue("و" + word) or len(word) < 3
        assert lx.may_cue("ف" + word) or len(word) < 3


@pytest.mark.parametrize("word", ["الحكومة", "مدينة", "في", "الذي", "السبت", "وزارة"])
def test_other_words_do_not(word: str) -> None:
    assert not lx.may_cue(word)


@pytest.mark.parametrize("text", [
    "وقال وزير الخارجية إن المفاوضات مستمرة، مضيفا أن الوفد سيعود الأسبوع المقبل.",
    "وبحسب مصادر مطلعة، فإن الاجتماع تأجل. وأكدت الوزارة في بيان أن «القرار نهائي».",
    "ووفقا للشرطة، قتل ثلاثة أشخاص. فيما أشار شهود عيان إلى أن الحريق بدأ صباحا.",
])
def test_the_candidates_are_those_of_the_full_test(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    article = Article(id="x", text=text)
    doc = build_doc(article)
    fast = [(c.verb.start, c.cue) for c in find(article, doc)]
    monkeypatch.setattr(lx, "may_cue", lambda word: True)
    assert fast and fast == [(c.verb.start, c.cue) for c in find(article, build_doc(article))]
