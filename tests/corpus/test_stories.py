"""Story clustering (rasad.corpus.stories) on analysed Arabic articles in an in-memory corpus."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from rasad.analyzer import analyze
from rasad.corpus.memory import MemoryCorpus
from rasad.corpus.records import ArticleLinks, Paragraph, Story, WireLink
from rasad.corpus.resolve import link
from rasad.corpus.stories import (
    TOP,
    WIRE_BONUS,
    assign,
    best_story,
    carried_in_lead,
    is_template,
    numbers,
    profile,
    window,
)

TALKS_2 = """بغداد - بدأ العراق والولايات المتحدة مفاوضات لإنهاء مهمة التحالف الدولي لمحاربة داعش في العراق، \
بعد اجتماع اللجنة العسكرية العليا المشتركة في بغداد لوضع جدول زمني لانسحاب قوات التحالف.
وقال رئيس الوزراء العراقي محمد شياع السوداني إن الحكومة ملتزمة بحماية مستشاري التحالف الدولي خلال المفاوضات.
وأكدت وزارة الدفاع الأميركية (البنتاغون) أن المحادثات مع بغداد بشأن مستقبل التحالف الدولي ستستمر، وقال وزير \
الدفاع الأميركي لويد أوستين إن اللجنة العسكرية العليا ستقيم التهديد الذي يمثله تنظيم داعش.
"""
TALKS_3 = """أعلنت الحكومة العراقية أن اللجنة العسكرية العليا المشتركة مع التحالف الدولي عقدت اجتماعها الثاني في بغداد \
لبحث جدول زمني لإنهاء مهمة التحالف الدولي في العراق.
وذكر بيان لمكتب السوداني أن العراق ملتزم بسلامة مستشاري التحالف الدولي طوال فترة التفاوض مع الولايات المتحدة.
"""
FOOTBALL = """الرياض - فاز نادي الهلال على ضيفه النصر بثلاثة أهداف مقابل هدف في قمة الدوري السعودي للمحترفين التي \
أقيمت على ملعب المملكة أرينا في الرياض.
وسجل أهداف الهلال سالم الدوسري وألكسندر ميتروفيتش، فيما أحرز كريستيانو رونالدو هدف النصر الوحيد.
وقال مدرب الهلال خورخي خيسوس إن فريقه قدم مباراة كبيرة أمام النصر.
"""
QUAKE = """أنقرة - ضرب زلزال بقوة ست درجات على مقياس ريختر ولاية ملاطية شرقي تركيا، وأعلنت إدارة الكوارث والطوارئ \
التركية (آفاد) عن إصابة عشرات الأشخاص وانهيار مبان قديمة.
وقال وزير الداخلية التركي علي يرلي كايا إن فرق الإنقاذ تواصل البحث تحت الأنقاض في ملاطية.
"""


@pytest.fixture(scope="module")
def articles(seed_text: str) -> dict[str, dict[str, Any]]:
    return {
        "seed": analyze(seed_text, id="seed", outlet="kurdistantv", published="2024-01-27"),
        "talks2": analyze(TALKS_2, id="talks2", outlet="alhurra", published="2024-01-28",
                          title="بدء مفاوضات إنهاء مهمة التحالف الدولي في العراق"),
        "talks3": analyze(TALKS_3, id="talks3", outlet="ina", published="2024-01-30",
                          title="اللجنة العسكرية العليا تبحث جدول إنهاء مهمة التحالف الدولي"),
        "talks_late": analyze(TALKS_3, id="talks_late", outlet="ina", published="2024-03-15",
                              title="اللجنة العسكرية العليا تبحث جدول إنهاء مهمة التحالف الدولي"),
        "football": analyze(FOOTBALL, id="football", outlet="sabq", published="2024-01-28",
                            title="الهلال يفوز على النصر في قمة الدوري السعودي"),
        "quake": analyze(QUAKE, id="quake", outlet="trt", published="2024-01-28",
                         title="زلزال بقوة ست درجات يضرب ملاطية شرقي تركيا"),
        "undated": analyze(TALKS_3, id="undated", outlet="ina", published=None,
                           title="اللجنة العسكرية العليا تبحث جدول إنهاء مهمة التحالف الدولي"),
    }


def feed(view: MemoryCorpus, rec: dict[str, Any]) -> Story:
    """Link one article like the linker does (entities, then its story) and apply the result."""
    view.add_record(rec)
    links, entities = link(rec, view)
    story = assign(rec, links, view)
    view.apply(ArticleLinks(rec["id"], entities=links, corpus_entities=entities, story=story))
    return story


def stories_of(articles: dict[str, dict[str, Any]], order: list[str]) -> dict[str, str]:
    view = MemoryCorpus()
    return {aid: feed(view, articles[aid]).id for aid in order}


@pytest.mark.parametrize("order", [
    ["seed", "talks2", "football", "quake", "talks3"],
    ["football", "talks2", "seed", "quake", "talks3"],
    ["talks3", "quake", "seed", "football", "talks2"],
])
def test_same_event_one_story_unrelated_apart(articles: dict[str, dict[str, Any]], order: list[str]) -> None:
    got = stories_of(articles, order)
    assert got["seed"] == got["talks2"] == got["talks3"]
    assert len({got["seed"], got["football"], got["quake"]}) == 3


@pytest.mark.parametrize("late", ["talks_late", "undated"])
def test_outside_the_window_or_undated_starts_a_story(articles: dict[str, dict[str, Any]], late: str) -> None:
    got = stories_of(articles, ["seed", "talks2", late])
    assert got[late] == "story:" + late != got["seed"]


def test_story_fields(articles: dict[str, dict[str, Any]]) -> None:
    view = MemoryCorpus()
    for aid in ["talks3", "football", "talks2", "seed"]:
        story = feed(view, articles[aid])
    assert story.id == "story:talks3"  # the id of the article that started it, kept as others join
    assert story.articles == ["seed", "talks2", "talks3"]  # publication order, not arrival order
    assert (story.first, story.last) == ("2024-01-27", "2024-01-30")
    assert 0 < len(story.entities) <= TOP and 0 < len(story.terms) <= TOP
    assert story.entities[0] in {"org:" + "التحالف الدولي لمحاربة داعش", "loc:العراق"} or "التحالف" in story.label
    assert "العراق" in story.label and "·" in story.label
    assert view.stories[story.id] == story
    football = view.stories["story:football"]
    assert football.articles == ["football"] and "الهلال" in football.label


def test_deterministic(articles: dict[str, dict[str, Any]]) -> None:
    order = ["seed", "football", "talks2", "quake", "talks3"]
    runs = []
    for _ in range(2):
        view = MemoryCorpus()
        runs.append([(s.id, s.label, s.terms) for s in (feed(view, articles[a]) for a in order)])
    assert runs[0] == runs[1]


WEATHER = """الرياض - توقعت الرئاسة العامة للأرصاد وحماية البيئة في تقريرها عن حالة الطقس لهذا اليوم طقسا شديد الحرارة \
على شرق ووسط المملكة ومعتدلا على المصايف مع فرصة لتكون السحب الرعدية على مرتفعات جازان وعسير والباحة.
"""
STOCKS = """الرياض - أغلق مؤشر سوق الأسهم السعودية اليوم مرتفعا {points} نقطة عند مستوى {level} نقطة بتداولات \
تجاوزت 4 مليارات ريال، وشهدت تداولات اليوم ارتفاع أسهم 81 شركة.
"""


@pytest.fixture(scope="module")
def bulletins() -> dict[str, dict[str, Any]]:
    weather = "الأرصاد: طقس شديد الحرارة على شرق ووسط المملكة"
    stocks = "مؤشر سوق الأسهم السعودية يغلق على ارتفاع"
    return {
        "w24a": analyze(WEATHER, id="w24a", outlet="sabq", published="2015-07-24", title=weather),
        "w24b": analyze(WEATHER, id="w24b", outlet="alweeam", published="2015-07-24", title=weather),
        "w25": analyze(WEATHER, id="w25", outlet="aleqtisadiya", published="2015-07-25", title=weather),
        "s21": analyze(STOCKS.format(points="16.72", level="9269.78"), id="s21", outlet="alweeam",
                       published="2015-07-21", title=stocks),
        "s21b": analyze(STOCKS.format(points="16.72", level="9269.78"), id="s21b", outlet="alyaum",
                        published="2015-07-21", title=stocks),
        "s22": analyze(STOCKS.format(points="5.42", level="9275.20"), id="s22", outlet="alyaum",
                       published="2015-07-22", title=stocks),
    }


@pytest.mark.parametrize("order", [["w24a", "w24b", "w25"], ["w25", "w24b", "w24a"]])
def test_bulletins_of_one_day_are_one_story_of_another_day_not(bulletins: dict[str, dict[str, Any]],
                                                               order: list[str]) -> None:
    got = stories_of(bulletins, order)
    assert got["w24a"] == got["w24b"] != got["w25"]


def test_market_reports_of_different_sessions_apart(bulletins: dict[str, dict[str, Any]]) -> None:
    got = stories_of(bulletins, ["s21", "s21b", "s22"])
    assert got["s21"] == got["s21b"] != got["s22"]


@pytest.mark.parametrize(("text", "want"), [
    ("197 مليون ريال لسفلتة مخططات المنح", {"#197"}),
    ("أغلق عند 9275.20 نقطة بارتفاع 5,42", {"#9275.20", "#5.42"}),
    ("في عام 2015 و1436 هـ زار 3 وزراء", set()),  # years and one-digit numbers say nothing about the event
    ("قتل ٢٠ شخصا", {"#20"}),
])
def test_numbers(text: str, want: set[str]) -> None:
    assert numbers(text) == want


@pytest.mark.parametrize(("text", "template"), [
    ("توقعت الأرصاد في تقريرها عن حالة الطقس", True),
    ("أسعار النفط تغلق على تراجع", True),
    ("مؤشر سوق الأسهم السعودية يرتفع", True),
    ("الهلال يفوز على النصر", False),
])
def test_is_template(text: str, template: bool) -> None:
    assert is_template(text) is template


def test_label_names_headline_entities_and_a_headline(articles: dict[str, dict[str, Any]]) -> None:
    view = MemoryCorpus()
    for aid in ["talks2", "talks3"]:
        story = feed(view, articles[aid])
    headlines = [articles[a]["title"] for a in story.articles]
    *names, headline = story.label.split(" · ")
    assert headline.rstrip(" …") in " ".join(headlines) or any(h.startswith(headline.rstrip(" …")) for h in headlines)
    for name in names:  # every entity named in the label is named in a headline (no NER noise)
        assert any(w in " ".join(headlines) for w in name.split())


# a wire copy in the lead is evidence of one event (rasad.corpus.stories.carried_in_lead, WIRE_BONUS)
def _paras(n: int) -> list[Paragraph]:
    return [Paragraph("new", i, 100 * i, 100 * i + 90) for i in range(n)]


def _wire(a_start: int, other: str) -> WireLink:
    return WireLink("new", a_start, a_start + 90, other, 0, 90, 0.9)


@pytest.mark.parametrize(("starts", "n", "want"), [
    ([0], 5, {"old0"}),  # the opening passage
    ([200], 5, {"old0"}),  # the third
    ([300, 400], 5, set()),  # further down: a background line tells no event
    ([0, 100], 2, {"old0", "old1"}),  # a two-passage article: all of it is the lead
    ([], 4, set()),
])
def test_carried_in_lead(starts: list[int], n: int, want: set[str]) -> None:
    wire = [_wire(s, f"old{k}") for k, s in enumerate(starts)]
    assert carried_in_lead(_paras(n), wire) == frozenset(want)
    assert carried_in_lead([], wire) == frozenset()


def test_a_story_holding_a_carried_article_scores_the_wire_bonus_more(articles: dict[str, dict[str, Any]]) -> None:
    view = MemoryCorpus()
    for aid in ("seed", "football", "quake"):
        feed(view, articles[aid])
    rec = articles["talks2"]
    links, _ = link(rec, view)
    p = profile(rec, links)
    day = date(2024, 1, 28)
    win = window(p, day, view)
    found, base = best_story(p, win, day)
    assert found is not None and "seed" in found.articles
    carried, more = best_story(p, win, day, frozenset({"seed"}))
    assert carried is found and more == pytest.approx(base + WIRE_BONUS)
    other, same = best_story(p, win, day, frozenset({"football"}))  # the carried article's story is not a candidate
    assert other is found and same == pytest.approx(base)
