"""Sentence splitting on sentences copied from the bundled thesis.

Each excerpt is checked to occur in the thesis (spaces and line breaks
aside), so the cases are the file's, not invented. Where the thesis has no
instance of a form the brief names (``млрд.``, ``т.с.с.``, a marker after
the stop), the test says which real sentence it varies and how.
"""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from references.text import split_sentences
from tests.conftest import THESIS

SOURCE = THESIS.read_text(encoding="utf-8")


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def from_thesis(excerpt: str) -> str:
    assert _squash(excerpt) in _squash(SOURCE), f"not in the thesis: {excerpt[:60]}"
    return excerpt


def sentences(text: str) -> list[str]:
    return [text[start:end] for start, end in split_sentences(text)]


def test_initials_glued_to_the_next_word_and_marker_before_the_stop() -> None:
    text = from_thesis(
        "Халықаралық қатынастар жүйесінде, Контесси Н.П.зерттеуі бойынша көпвекторлы сыртқы саясат тұжырымы - "
        "«əлсіз мемлекеттердің асимметриялық байланыс аясында, тəуелділік дилеммаларын жеңілдетуге мүмкіндік "
        "беретін қатынастық күш формасы» деп анықтаған [58]. Александр Кулидің, Қазақстан жəне басқа да Орталық "
        "Азия мемлекеттері Ресей, Қытай жəне АҚШ арасындағы бəсекелестікті ұлы державаларды бір-біріне қарсы қою "
        "арқылы өз мүдделеріне пайдалануға бағытталған, нөлдік емес (zero-sum game) формадағы дипломатиялық "
        "көзқарастар жиындығы деп атайды [23]. Сəйкесінше, бұл стратегия"
    )
    parts = sentences(text)
    assert len(parts) == 3
    assert parts[0].startswith("Халықаралық") and parts[0].endswith("деп анықтаған [58].")
    assert parts[1].startswith("Александр Кулидің") and parts[1].endswith("деп атайды [23].")
    assert parts[2] == "Сəйкесінше, бұл стратегия"


def test_surname_glued_to_its_initial() -> None:
    text = from_thesis(
        "Халықаралық қатынастар жүйесінде, көпвекторлы сыртқы саясат ұғымы құрылымдық күштер мен халықаралық "
        "жүйедегі өзгерістер аясында, мемлекеттің қауіпсіздігі мен автономдығын арттыруға бағытталған қадамдар "
        'аясында қалыптасады. Уальтс.К. "Халықаралық саясат теориясы" еңбегінде анархиялық жүйеде, шағын жəне '
        "орта мемлекеттер өз тəуелсіздігін қамтамасыз ету үшін сыртқы саяси байланысын барынша "
        "диверсификациялайды деп атап өтеді. Яғни,"
    )
    parts = sentences(text)
    assert [p[:12] for p in parts] == ["Халықаралық ", 'Уальтс.К. "Х', "Яғни,"]


def test_two_initials_and_a_digraph_initial_before_a_surname() -> None:
    text = from_thesis(
        'Аталмыш зерттеулерге тəн ортақ  ерекшелік, Н.Ə.Назарбаевтың "Еуразия батыс пен шығыс арасындағы '
        'көпір" тұжырымдамасы аясына саяды. Көпвекторлы сыртқы саяси бағытты өркениеттер, құндылықтар '
        "арасындағы əлеуметтік баланс ретінде ғылыми негіздеген. Мысалы, М.Ларуель Қазақстанда ішкі саяси "
        'даму жолындa, "ұлт қалыптастыру" процесі сыртқы саясат стратегиясымен тығыз байланысты болды деп '
        "түйіндейді. Яғни, көпвекторлы саясат, теңгерімді бағыт мемлекеттің ішкі саясатында, азаматтардың "
        "өзара байланысында да көрініс тапты. Тəуелсіздіктің алғашқы жылдары «ұлт қалыптастыру саясаты» "
        "сыртқы саясат мультивекторизм деген атаумен танылды [63]. Дж.Манкофтың зерттеуінде Қазақстанның "
        "Ресеймен тарихи байланысы"
    )
    parts = sentences(text)
    assert [p.split()[0] for p in parts] == ["Аталмыш", "Көпвекторлы", "Мысалы,", "Яғни,", "Тəуелсіздіктің", "Дж.Манкофтың"]


def test_surnames_with_initials_after_them_in_a_list_of_works() -> None:
    text = from_thesis(
        "Дж.Манкофтың зерттеуінде Қазақстанның Ресеймен тарихи байланысы, тəуелсіздіктің алғашқы жылдарынан "
        "бастап сыртқы саяси бағытын қалыптастыруда Еуразиялық идея формасында шешуші рөл атқарғанын талдады. "
        "Бұл ұстаным, Кули .А. [23], Хантер. Ш. [64], Шатц. Э. [65], Либман. А. [66] зерттеулерінде де айқын "
        "көрініс тапқан. Қазақстан көпвекторлы"
    )
    parts = sentences(text)
    assert len(parts) == 3
    assert parts[1] == (
        "Бұл ұстаным, Кули .А. [23], Хантер. Ш. [64], Шатц. Э. [65], Либман. А. [66] зерттеулерінде де айқын "
        "көрініс тапқан."
    )


def test_surname_with_initial_before_the_marker_then_a_new_sentence() -> None:
    text = from_thesis(
        "Сыртқы саясат пен көпвекторлы дипломатия мəселелері келесі отандық зерттеушілердің еңбектерінде кеңінен "
        "қарастырылған: Лаумулин М. [81], Акимбеков С. [82], Байзакова Қ. [83], Кукеева Ф. [84], Мукан С. [85], "
        "Губайдуллина М. [86], Ауған М. [87]. Аталған авторлар еңбектерінде"
    )
    parts = sentences(text)
    assert len(parts) == 2
    assert parts[0].endswith("Губайдуллина М. [86], Ауған М. [87].")
    assert parts[1] == "Аталған авторлар еңбектерінде"


def test_initial_with_a_stop_before_it_and_none_after_it() -> None:
    text = from_thesis(
        "Мысалы, Хилл. Ф. [72],Тренин .Д [46], Қазақстанның Ресей мен Батыс арасындағы, Сириядағы қақтығысты "
        "реттеуде, бейтарап мемлекет ретінде маңызына ерекше назар аударды. Бұл топтағы"
    )
    assert len(sentences(text)) == 2


def test_initial_that_opens_a_sentence_after_a_verb() -> None:
    text = from_thesis(
        "Нəтижесінде, мемлекет мүддесі айқындалып, əрбір тараптың аймақты үстем болуына жүйелік тұрғыда кедергі "
        "жасауға негізделген институттар құрылады. Э. Гоның пікірінше, Оңтүстік-Шығыс Азия елдері тұрақсыз көп "
        "полярлы жүйе арқылы"
    )
    parts = sentences(text)
    assert len(parts) == 2
    assert parts[1].startswith("Э. Гоның пікірінше")


def test_a_stop_before_a_lowercase_word_ends_nothing() -> None:
    text = from_thesis(
        "Мысалы, Зардыхан Ж.[95] бұл саясатты Қазақстанның тəуелсіздігін нығайтудағы негізгі құрал ретінде "
        "қарастырса, Қожирова С [91]. еңбектерінде көпвекторлықтың мəдениет аралық диалогты дамытудағы рөлі "
        "талданады. Бұл бағытта"
    )
    parts = sentences(text)
    assert len(parts) == 2
    assert parts[0].endswith("рөлі талданады.")


def test_t_b_ends_a_sentence_only_before_a_capital() -> None:
    ends = from_thesis(
        "Қытайдың ықпалын күшейтуінің дəлелі ретінде көптеген экономикалық жобаларды атап өтуге болады: табиғи "
        "ресурстарды игеру, инфрақұрылымды дамыту, экономикалық аймақтар мен өндірістер құру, мəдени-гуманитарлық "
        "байланыстар, қауіпсіздік саласындағы ынтымақтастық жəне т.б. Қытай үшін ең бастысы — экономика."
    )
    parts = sentences(ends)
    assert len(parts) == 2
    assert parts[0].endswith("ынтымақтастық жəне т.б.")
    assert parts[1] == "Қытай үшін ең бастысы — экономика."
    inside = from_thesis(
        "1999-2000 жылдары экстремистік ұйымдар (Өзбекстан Ислам қозғалысы жəне т.б.) Тəжікстан мен Қырғызстан "
        "арқылы өңірге"
    )
    assert len(sentences(inside)) == 1
    # т.с.с. ("and so on") behaves as т.б.; the thesis has none, so the first
    # sentence above is re-written with it.
    assert len(sentences(ends.replace("т.б.", "т.с.с."))) == 2


def test_year_abbreviations_inside_and_outside_parentheses() -> None:
    for excerpt in (
        "1. Қалыптасу кезеңі (1991-2000 жж.)– Елдің қауіпсіздігін қамтамасыз ету үшін алғашқы сыртқы саяси "
        "қадамдар жасалды .",
        "диалог жүргізуші ретінде танылды (мысалы, Сирия бейбіт келіссөздерін 2017-2018 жж. Астанада өткізуі).",
        "Қазақстанның БҰҰ Қауіпсіздік Кеңесіндегі төрағалығы кезінде (2018 ж. қаңтар) жоғары деңгейдегі "
        "тақырыптық дебат ұйымдастырылып, Президент Н.Назарбаев өзі төрағалық етті.",
    ):
        assert len(sentences(from_thesis(excerpt))) == 1, excerpt


def test_amounts_with_million_and_billion() -> None:
    text = from_thesis(
        "2022 жылы Қазақстан мен ЕО арасындағы тауар айналымы 41,9 млрд АҚШ долларына жетіп, тұрақты өсу "
        "үрдісін көрсетіп отыр. ЕО елдері"
    )
    assert len(sentences(text)) == 2
    # Many theses write "млрд." and "млн." with a stop; it does not end the sentence.
    assert len(sentences(text.replace("млрд", "млрд."))) == 2
    assert len(sentences(text.replace("млрд", "млн."))) == 2


def test_acronyms_do_not_hide_a_sentence_end() -> None:
    text = from_thesis(
        "Қазақстанның тағы бір маңызды бастамасы – 1992 жылы ұсынылған жəне 2002 жылдан бері жүзеге асқан "
        "Азиядағы өзара іс-қимыл жəне сенім шаралары жөніндегі кеңес (АӨСШК). Бұл форум Азия құрлығындағы 27 "
        "мемлекетті"
    )
    assert len(sentences(text)) == 2
    one = from_thesis(
        "Қазақстан Президенті Қасым-Жомарт Тоқаевтың халыққа арнаған жолдаулары [24–27], халықаралық "
        "мінберлердегі сөз сөйлеулері [28–31], сондай-ақ ҚР Тұңғыш Президенті Н. Назарбаевтың сыртқы саясатқа "
        "қатысты баяндамалары мен концептуалдық мазмұндағы сөздері [32–35] Қазақстанның көпвекторлы сыртқы "
        "саясатының мазмұнын"
    )
    assert len(sentences(one)) == 1


def test_marker_glued_to_the_next_sentence_belongs_to_the_one_before() -> None:
    text = from_thesis(
        "атты мақаласында алғаш рет көпвекторлы сыртқы саясат тұжырымдамасы ұсынылды [2].Қазақстанның геосаяси "
        "орналасуы"
    )
    assert sentences(text) == [
        "атты мақаласында алғаш рет көпвекторлы сыртқы саясат тұжырымдамасы ұсынылды [2].",
        "Қазақстанның геосаяси орналасуы",
    ]


def test_sentence_glued_to_a_year_after_the_stop() -> None:
    text = from_thesis(
        "Ресеймен ерекше қатынас Қазақстанның Ресей қауіпсіздік құрылымына берік орнығуына ықпал етті.1992 мен "
        "2000 жылдар аралығында екі ел арасында 300-ден астам келісімге қол қойылды [162]."
    )
    assert sentences(text)[1] == "1992 мен 2000 жылдар аралығында екі ел арасында 300-ден астам келісімге қол қойылды [162]."


def test_marker_after_the_stop_at_the_start_of_the_next_line() -> None:
    original = from_thesis(
        "ішкі саяси мəселелер жəне саяси көшбасшының ұзақ мерзімді саяси көрегендігі басты рөлі атқарған  \n"
        "[107]. Канас Виталино, НАТО-ның арнайы өкілі"
    )
    # The same sentence with the stop typed before the marker, as other theses do.
    moved = original.replace("атқарған  \n[107].", "атқарған.\n[107]")
    for text in (original, moved):
        parts = sentences(text)
        assert len(parts) == 2
        assert parts[0].endswith("[107].") or parts[0].endswith("[107]")
        assert parts[1].startswith("Канас Виталино")


def test_a_quotation_of_two_sentences_stays_in_the_sentence_that_quotes_it() -> None:
    text = from_thesis(
        "Президент Қасым-Жомарт Тоқаев 2019 жылғы 24 қыркүйекте БҰҰ Бас Ассамблеясының 74-сессиясында сөйлеген "
        "сөзінде: «Қазақстан бейбітсүйгіш, ашық жəне сындарлы сыртқы саясатты ұстанады. Біз барлық елдермен өзара "
        "құрметке, сенімге жəне тең құқықты əріптестікке негізделген қатынастар орнатуға ниеттіміз» деп атап "
        "өткен болатын. Бұл мəлімдеме"
    )
    parts = sentences(text)
    assert len(parts) == 2
    assert parts[0].endswith("ниеттіміз» деп атап өткен болатын.")


def test_the_number_of_a_numbered_item_is_not_a_sentence() -> None:
    text = from_thesis(
        "3. Бейімделу кезеңі (2014 жылдан бастап) – Украина дағдарысы, санкциялар жəне жаңа геосаяси "
        "өзгерістерге байланысты көпвекторлы саясаттың икемділігі арта түсті [96]."
    )
    assert sentences(text) == [text]


@given(st.text(alphabet="аəБҚ .[]1-–«»()\n", max_size=80))
def test_spans_are_ordered_trimmed_and_cover_every_visible_character(text: str) -> None:
    spans = split_sentences(text)
    covered: set[int] = set()
    previous_end = 0
    for start, end in spans:
        assert previous_end <= start < end <= len(text)
        assert not text[start].isspace() and not text[end - 1].isspace()
        covered.update(range(start, end))
        previous_end = end
    assert {i for i, c in enumerate(text) if not c.isspace()} <= covered
