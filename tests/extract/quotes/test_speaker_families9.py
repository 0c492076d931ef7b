"""A verb of saying right after «عندما / حين / بعدما» has the subject of the clause the subordinator attaches to,
not the speaker of the statement around it (session 36, read off a whole-corpus disagreement: «إيران كانت تكذب
عندما قالت إنها لم تمتلك برنامجا للأسلحة النووية» was given to Netanyahu, who called it a lie, and set against
the White House). Nested speech gets its own record with its own speaker (GUIDELINES.md)."""

from __future__ import annotations

import pytest
from tests.extract.blind import said

NESTED = [
    ("وأكد رئيس الوزراء الإسرائيلي أن بلاده تبادلت معلومات مع الولايات المتحدة، مشددا على أن إيران كانت تكذب "
     "بوقاحة عندما قالت إنها لم تمتلك برنامجا للأسلحة النووية أبدا.", "إيران", "لم تمتلك برنامجا للأسلحة النووية أبدا"),
    ("وقال الوزير إن الحكومة تراجعت حين أعلنت أنها ستخفض الأسعار.", "الحكومة", "ستخفض الأسعار"),
    ("وقال المحلل إن الشركة أخطأت حينما أكدت أن أرباحها ستتضاعف هذا العام.", "الشركة", "أرباحها ستتضاعف هذا العام"),
    ("وكان اللاعب قد فاجأ الجميع عندما قال إنه سيعتزل نهاية الموسم.", "اللاعب", "سيعتزل نهاية الموسم"),
]


@pytest.mark.parametrize(("text", "speaker", "statement"), NESTED)
def test_a_verb_after_when_has_the_subject_of_its_clause(text: str, speaker: str, statement: str) -> None:
    assert (speaker, statement) in said(text)


VERB_FIRST = [
    # a verb-first clause before «عندما»: its first word is no subject
    "وتشهد العلاقة بين الرئيس والمستشار توترا، فقد تعرض الجنرال لانتقاد الرئيس عندما اعتبر أن الأدلة لا يمكن دحضها.",
]


@pytest.mark.parametrize("text", VERB_FIRST)
def test_a_verb_first_clause_gives_no_subject_before_when(text: str) -> None:
    assert all(name not in ("تعرض", "فقد تعرض") for name, _ in said(text))
