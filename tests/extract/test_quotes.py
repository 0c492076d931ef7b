"""Quotes: who said what, on real sentences from the dev set, the seed article and the news corpus."""

from __future__ import annotations

import json
import time
from pathlib import Path
from types import ModuleType

import pytest
from tests.conftest import dev_records, shared_path

from rasad.extract import quotes
from rasad.extract.quotes.model import RULES
from rasad.record import Article, BodySpan, Quote
from rasad.train.split import load_scorer

# ---- real sentences (dev set: almadina, ant-SK; seed: kurdistantv; corpus: an al-Arabiya culture piece) ----
SINGH = ('وقالت المتحدثة باسم البنتاغون، سابرينا سينغ في مؤتمر صحفي: "اسمحوا لي أن أتحدث بوضوح بأن اجتماع '
         'اللجنة العسكرية العليا بين الولايات المتحدة والعراق ليس مفاوضات حول انسحاب القوات الأمريكية من العراق".')
KERRY = ('أعلن وزير الخارجية الأمريكي جون كيري أمس الاول الخميس أن الاتفاق النووي مع إيران لا يملك بديلاً، '
         'وأنه إذا لم يتم تنفيذه فإن ذلك يهدد بأزمة عسكرية في الشرق الأوسط، وقال كيري في كلمة خلال جلسة استماع '
         'أمام لجنة الشؤون الخارجية التابعة لمجلس النواب بالكونجرس الأمريكي: إن خطة العمل المشتركة الشاملة التي '
         'تم الإعلان عنها الأسبوع الماضي في فيينا هي «صفقة جيدة سعينا إليها» خلال المفاوضات مع إيران.')
ABBASI = ('وفي وقت سابق، أكد وزير الدفاع الاتحادي، ثابت العباسي أن "اللجنة العسكرية العليا العراقية الامريكية '
          'ستستأنف حوارها مع دول التحالف الدولي".\n'
          'وأضاف أن "قواتنا المسلحة على أتم الاستعداد لانسحاب قوات التحالف ومسك الملف الأمني في البلاد بالكامل".')
FEMININE = (ABBASI + '\nوقالت المتحدثة باسم البنتاغون، سابرينا سينغ في مؤتمر صحفي: "اسمحوا لي أن أتحدث بوضوح".\n'
            'وأضاف: "سيتولى متخصصون عسكريون إنهاء المهمة".\n'
            'وأضافت: "لقد أكد لنا شركاؤنا العراقيون التزامهم بالعمل معاً".')
AFTER = '"تهانينا، هذا هو الجواب الصحيح"، قال المقدم بينما صفق الحاضرون للفائز.'
NESTED = ('وأكد أن «مواقف إيران تجاه الأزمة في سوريا لم تتغير، موضحًا أن إيران «قدمت كل اشكال الدعم للشعب السوري '
          'في نضاله ضد الإرهاب قبل الاتفاق النووي وخلاله وبعده وسوف تستمر في ذلك».')
PENTAGON = ('لكن وزارة الدفاع الأميركية "البنتاغون"، أكدت أمس الجمعة، أن اجتماع اللجنة العسكرية بين واشنطن وبغداد '
            'لا يتضمن مفاوضات حول انسحاب قواتها من العراق.')
FACTS = ['ويوجد في العراق نحو 2500 جندي أميركي بينما ينتشر في سوريا زهاء 900 جندي أميركي، في إطار عمل التحالف '
         'الدولي الذي أطلقته واشنطن عام 2014.',
         'وشارك كثير من الدول في هذا التحالف لدعم القوات العراقية في القتال الذي خاضته ضدّ تنظيم داعش.',
         'ونفذت جماعات مسلّحة موالية لإيران في العراق هجمات ضدّ الجنود الأميركيين وجنود التحالف الدولي.',
         'وبعد صعوده السريع واستيلائه على مناطق شاسعة في العراق وسوريا المجاورة، شهد تنظيم داعش انهيار '
         '"الخلافة" التي أعلنها عام 2014، في ظلّ هجمات شُنّت ضدّه في هذين البلدين.',
         'وأكد التزام العراق بسلامة مستشاري التحالف الدولي أثناء مرحلة التفاوض في كل أرجاء البلاد.']


def run(text: str, title: str | None = None) -> list[Quote]:
    return quotes.extract(Article(id="t", text=text, title=title))


def run_rules(text: str) -> list[Quote]:
    """Every candidate kept, the rules' source chosen: what the candidate generator finds, before the models."""
    return quotes.extract(Article(id="t", text=text), RULES)


def check_offsets(text: str, found: list[Quote]) -> None:
    for q in found:
        assert text[q.start:q.end] == q.text
        assert q.verb_span is not None and text[q.verb_span.start:q.verb_span.end] == q.verb
        if q.speaker.span is not None:
            assert text[q.speaker.span.start:q.speaker.span.end] == q.speaker.span.text


@pytest.mark.parametrize(("text", "verb", "name", "role", "kind", "starts"), [
    (SINGH, "وقالت", "سابرينا سينغ", "المتحدثة باسم البنتاغون", "direct", "اسمحوا لي"),
    (KERRY, "أعلن", "جون كيري", "وزير الخارجية الأمريكي", "indirect", "الاتفاق النووي"),
    (KERRY, "وقال", "جون كيري", "وزير الخارجية الأمريكي", "mixed", "خطة العمل"),
    (ABBASI, "أكد", "ثابت العباسي", "وزير الدفاع الاتحادي", "direct", "اللجنة العسكرية"),
    (ABBASI, "وأضاف", "ثابت العباسي", "وزير الدفاع الاتحادي", "direct", "قواتنا المسلحة"),
    (FEMININE, "وأضافت", "سابرينا سينغ", "المتحدثة باسم البنتاغون", "direct", "لقد أكد لنا"),
    (FEMININE, "وأضاف", "ثابت العباسي", "وزير الدفاع الاتحادي", "direct", "سيتولى"),
    (AFTER, "قال", "المقدم", None, "direct", "تهانينا، هذا هو الجواب الصحيح"),
    (PENTAGON, "أكدت", "وزارة الدفاع الأميركية", None, "indirect", "اجتماع اللجنة"),
], ids=["direct", "indirect", "mixed", "role-comma-name", "continuation", "feminine", "masculine-skips-feminine",
        "speaker-after-quote", "speaker-before-verb"])
def test_who_said_what(text: str, verb: str, name: str, role: str | None, kind: str, starts: str) -> None:
    found = run(text)
    check_offsets(text, found)
    hits = [q for q in found if q.verb == verb and q.text.startswith(starts)]
    assert hits, [(q.verb, q.text[:30]) for q in found]
    q = hits[0]
    assert q.speaker.name == name
    if role is not None:
        assert q.speaker.role == role
    assert q.kind == kind
    assert '"' not in q.text[:1] and "«" not in q.text[:1]


def test_direct_quote_has_no_outer_marks() -> None:
    q = run(SINGH)[0]
    assert q.text.endswith("من العراق") and SINGH[q.start - 1] == '"' and SINGH[q.end] == '"'


def test_nested_quote_marks_give_two_records() -> None:
    found = run(NESTED)
    check_offsets(NESTED, found)
    assert [q.verb for q in found] == ["وأكد", "موضحًا"]
    assert found[0].text == "مواقف إيران تجاه الأزمة في سوريا لم تتغير"
    assert found[1].kind == "mixed" and found[1].text.startswith("إيران «قدمت")


def test_unbalanced_quote_does_not_swallow_the_article() -> None:
    text = 'وقال المتحدث باسم الوزارة: "سنواصل العمل مع الشركاء في المرحلة المقبلة.\n' + "\n".join(FACTS * 3)
    found = run(text)
    check_offsets(text, found)
    assert len(found) == 1
    assert "\n" not in found[0].text and found[0].end <= text.index("\n")


def test_quote_free_article_has_no_quotes() -> None:
    text = "\n".join(FACTS[i % len(FACTS)] for i in range(100))
    assert run(text) == []


def test_headline_and_question_are_not_quotes() -> None:
    title = "السوداني: لا حاجة لوجود قوات التحالف"
    text = title + "\nوسئل الوزير عما إذا كان الاتفاق سيصمد.\n" + FACTS[0]
    assert run(text, title=title) == []


def test_continuation_participle_and_statement() -> None:
    text = ('وأفاد البيان الصادر عن مكتب رئيس الوزراء بأنه "انطلقت أعمال اللجنة".\n'
            'وأضاف: "سيتولى متخصصون عسكريون إنهاء المهمة"، مضيفاً أن "العمل مستمر".')
    found = run(text)
    check_offsets(text, found)
    assert [q.verb for q in found] == ["وأفاد", "وأضاف", "مضيفاً"]


# ---- forms added in round 2 (real sentences: dev set ant-AL, snn-alyaum, seed; corpus 1106, 1148) ----
BIL_QAWL = ('ومن جهتها، كانت صحيفة العاصمة موسكو "سبورت اكسبرس" أكثر موضوعية بالقول بأن "مشجعي سبارتاك ليسوا '
            'بالقديسين".')
BI_QAWLIHI = ('وأسفرت الاشتباكات عن إصابة 35 شخصا في أحداث رأى فيها الرئيس الروسي فلاديمير بوتين فرصة للسخرية '
              'بقوله في حينها "كيف تمكن 200 من مشجعينا من ضرب عدة آلاف من الإنجليز".')
RELAYED = 'نقلت وكالة بلومبيرغ عن مصادر قولها، إن جهاز قطر للاستثمار يدرس بيع ثلاثة فنادق في أوروبا.'
MUKTAFIYAN = ('وتوخى وزير الدفاع الأميركي لويد أوستن في بيان الحذر مكتفيا بتأكيد بدء "اجتماعات" فرق العمل '
              '"في الأيام المقبلة".')
MUTAHADDITHAN = ('لكن مصدرا مقربا من دوستم ينفي ذلك متحدثا عن "تعاون" بين مقاتليهما "على المستوى المحلي".')
STRICT_SUBJECT = 'وكشف إبسن أن منظمته اتصلت بمصنعي السيارات الثلاثة الكبار.'
OUTLET = ('وقال المتحدث باسم حماية المستهلك الدكتور عبيد العبدلي لـ«عكاظ»: إن ما يتحكم في السعر هو العرض '
          'والطلب.')


@pytest.mark.parametrize(("text", "verb", "name", "starts"), [
    (BIL_QAWL, "بالقول", None, "مشجعي سبارتاك"),
    (BI_QAWLIHI, "بقوله", None, "كيف تمكن"),
    (RELAYED, "قولها", "مصادر", "جهاز قطر"),
    (MUKTAFIYAN, "مكتفيا بتأكيد", "لويد أوستن", "بدء"),
    (MUTAHADDITHAN, "متحدثا عن", None, "\"تعاون\""),
    (STRICT_SUBJECT, "وكشف", "إبسن", "منظمته اتصلت"),
    (OUTLET, "وقال", None, "ما يتحكم"),
], ids=["bil-qawl", "bi-qawlihi", "relayed-qawluha", "muktafiyan-bi", "mutahaddithan-an", "strict-after-subject",
        "outlet-name-skipped"])
def test_round_two_forms(text: str, verb: str, name: str | None, starts: str) -> None:
    found = run_rules(text)
    check_offsets(text, found)
    hits = [q for q in found if q.verb.startswith(verb) and q.text.startswith(starts)]
    assert hits, [(q.verb, q.text[:30]) for q in found]
    if name is not None:
        assert hits[0].speaker.name == name


@pytest.mark.parametrize(("text", "verb", "ends"), [
    # a result clause «، ل + present verb» goes on with the statement (in the train gold it does, 4 times of 4)
    ('وقالت الوزارة إن حيازة السعودية زادت بقيمة 24.3 مليار دولار خلال عام، لتسجل 166.8 مليار دولار نهاية '
     'يوليو.', "وقالت", "نهاية يوليو"),
    ('وشملت العناصر الأخرى التي اعتبرت هامة في مكان العمل: الموازنة بين الحياة المهنية والشخصية (81٪ قالوا '
     'إنها مهمة جدا)، والتقييم العادل.', "قالوا", "مهمة جدا"),
    ('وقالت نسبة 19٪ إن ذلك "صعب إلى حد ما"، مع نسبة 6٪ ممن قالوا إن ذلك "صعب جداً".', "وقالت", 'حد ما"'),
    ('وقال إن المواصفات الجديدة تصب في مصلحة الوطن؛ نظرا لأنها تهدف إلى خفض استهلاك الوقود.', "وقال",
     "خفض استهلاك الوقود"),
], ids=["result-clause-goes-on", "survey-in-brackets", "new-speaker-after-comma", "semicolon-continues"])
def test_clause_ends(text: str, verb: str, ends: str) -> None:
    found = run_rules(text)
    check_offsets(text, found)
    hits = [q for q in found if q.verb == verb]
    assert hits and hits[0].text.endswith(ends), [(q.verb, q.text) for q in found]


@pytest.mark.parametrize("text", [
    'حيث يُتوقع أن تضيف إيران نحو 0.7 مليون برميل في اليوم إلى الإنتاج العالمي بحلول نهاية عام 2016.',
    'أي بزيادة سنوية تصل إلى 5% ويتوقع لها أن تنمو بمعدل سنوي يصل إلى نحو 7% خلال السنوات المقبلة.',
    'وشملت العناصر الأخرى التي اعتبرت هامة في مكان العمل: الموازنة بين الحياة المهنية والشخصية.',
], ids=["passive-yutawaqqa", "passive-with-laha", "opinion-verb-colon-list"])
def test_not_quotes_round_two(text: str) -> None:
    assert run(text) == []


# ---- the seed article and the dev set (read from ../shared; skipped with a message where absent) ----

def _score_module() -> ModuleType:
    shared_path("eval", "score.py")
    return load_scorer()


def _dev_articles(dev: Path) -> list[tuple[Article, dict[str, object]]]:
    out = []
    for rec in dev_records():
        art = Article(id=rec["id"], text=rec["text"], title=rec.get("title"))
        footer = art.text.find("التعليقات (")
        if footer > 0:
            art.body = BodySpan(0, footer)
        gold = json.loads((dev / f"{rec['id']}.gold.json").read_text(encoding="utf-8"))
        out.append((art, gold))
    return out


def _match(score: ModuleType, art: Article, gold: dict[str, object]) -> tuple[int, int, int, int]:
    preds = [q.to_dict() for q in art.quotes]
    result: tuple[int, int, int, int] = score.score_quotes(preds, gold["quotes"], [])
    return result


def test_seed_article_every_statement_right() -> None:
    dev = shared_path("eval", "dev")
    score = _score_module()
    art, gold = next((a, g) for a, g in _dev_articles(dev) if a.id.startswith("kurdistantv"))
    art.quotes = quotes.extract(art)
    check_offsets(art.text, art.quotes)
    matched, right, n_pred, n_gold = _match(score, art, gold)
    assert n_gold == 30 and matched >= 28 and right == matched and n_pred - matched <= 2


def test_dev_set_scores_and_speed() -> None:
    dev = shared_path("eval", "dev")
    score = _score_module()
    arts = _dev_articles(dev)
    for art, _ in arts:
        _ = art.sentences  # segmentation is not the quote step's cost
    t0 = time.perf_counter()
    for art, _ in arts:
        art.quotes = quotes.extract(art)
    per_article = (time.perf_counter() - t0) / len(arts)
    tot = [0, 0, 0, 0]
    for art, gold in arts:
        check_offsets(art.text, art.quotes)
        for k, v in enumerate(_match(score, art, gold)):
            tot[k] += v
    matched, right, n_pred, n_gold = tot
    f1 = 2 * matched / (n_pred + n_gold)
    attribution = 2 * right / (n_pred + n_gold)
    # dev/ is for reporting only since #18: nothing is tuned on it, so this floor catches a collapse, not a dip
    # (the learned keep/speaker decisions moved tune attribution .635 -> .667 and dev .83 -> .81 here).
    assert f1 >= 0.89 and attribution >= 0.80, (f1, attribution)
    assert per_article < 0.05


def test_corpus_sample_offsets_and_no_flood() -> None:
    import gzip

    path = shared_path("data", "news", "corpus.jsonl.gz")
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for n, line in enumerate(fh):
            if n >= 200:
                break
            rec = json.loads(line)
            text = rec.get("text") or ""
            found = run(text)
            check_offsets(text, found)
            assert len(found) <= max(5, text.count("\n") * 3 + 3)
