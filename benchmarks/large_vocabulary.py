"""Words for the synthetic benchmark library (``benchmarks.generate_large``).

Real words of Kazakh, Russian and English political-science prose, so that
the full-text index, folding and LIKE scans meet text shaped like a thesis's
(Cyrillic Kazakh letters, the Latin ``ə`` PDF extraction leaves in place of
``ә``, long words with suffixes). The names are common surnames; every entry
built here carries a note saying it is synthetic.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

KAZAKH = (
    "Қазақстан Қазақстанның сыртқы саясат саясатының мемлекет мемлекеттің халықаралық қатынастар "
    "қатынастарының даму дамуы экономикалық ынтымақтастық ынтымақтастығы аймақтық қауіпсіздік "
    "қауіпсіздігі стратегия стратегиясы тәуелсіздік тәуелсіздігінің көпвекторлы интеграция "
    "интеграциялық Орталық Азия Азиядағы ұйым ұйымының тарихы негіздері мәселелері зерттеу "
    "зерттеуде ғылыми бағыты дипломатия дипломатиялық серіктестік серіктестігі энергетикалық көлік "
    "транзиттік әлемдік державалар мүддесі ұстанымы келісім келісімі шарт шартына ресми құжаттар "
    "деректер талдау талдауы негізгі маңызды ерекше алғашқы жылдары кезеңінде бойынша арасындағы "
    "өзара байланыс байланыстары ықпал ықпалы сауда инвестиция инвестициялық тұрақтылық бейбітшілік "
    "көршілес елдермен әріптестік әріптестері Еуразиялық одақ одағы ШЫҰ ҰҚШҰ БҰҰ ЕҚЫҰ"
).split()
RUSSIAN = (
    "внешняя внешней политика политики Казахстана Республики международные международных "
    "отношения отношений безопасность безопасности сотрудничество сотрудничества региональная "
    "интеграция интеграции Центральной Азии история экономика развитие развития стратегия "
    "государства проблемы вопросы анализ энергетическая транзитный многовекторность многовекторной "
    "дипломатия партнёрство договор соглашение евразийский союз великих держав интересы постсоветского "
    "пространства модернизация суверенитет исследование материалы документы"
).split()
ENGLISH = (
    "foreign policy Kazakhstan Kazakhstan's Central Asia Asian multi-vector security cooperation "
    "regional integration energy great powers diplomacy post-Soviet strategy politics international "
    "relations Eurasian economic union transit corridor sovereignty partnership balancing China Russia "
    "Europe United States interests middle power state independence analysis perspectives review"
).split()

SURNAMES_KK = ("Ахметов", "Жұмабаев", "Сейтқали", "Омарова", "Қасымов", "Нұрланова", "Бекова", "Әбдірахманов",
               "Серікбаев", "Оспанова", "Тәжібаев", "Есенова", "Мұхамеджанов", "Ғабдуллина", "Қожахметов")
SURNAMES_RU = ("Иванов", "Петрова", "Смирнов", "Кузнецова", "Попов", "Волкова", "Соколов", "Лебедева",
               "Морозов", "Новикова", "Фёдоров", "Орлова")
SURNAMES_EN = ("Smith", "Johnson", "Brown", "Taylor", "Wilson", "Clarke", "Walker", "Harris", "Lewis",
               "Robinson", "Wright", "Hughes")
INITIALS_KK = "АБДЕЖҚМНСТӘҒҰ"
INITIALS_RU = "АБВГДЕИКМНОПС"
INITIALS_EN = "ABCDEGHJKLMNPRST"

JOURNAL_TEMPLATES = {
    "kk": ("{} хабаршысы", "{} мәселелері", "Қазақстан және {}"),
    "ru": ("Вестник: {}", "Вопросы: {}", "Обзор: {}"),
    "en": ("Journal of {} Studies", "{} Review", "{} Quarterly"),
}
PUBLISHERS = ("Алматы: Қазақ университеті", "Астана: Елорда", "Москва: Наука", "London: Routledge",
              "Cambridge: Cambridge University Press", "Алматы: Дайк-Пресс")
LANGUAGE_IDS = {"kk": "kazakh", "ru": "russian", "en": "english"}

REVIEWERS = ("Reviewer A", "Reviewer B", "Ғылыми кеңесші", "Official opponent 1", "Official opponent 2")
VERDICTS = ("supported", "partly_supported", "not_supported", "needs_source", "other", None)
TAGS = ("source?", "page?", "outdated", "primary", "translation", "quote", "statistics", "style")
COMMENTS = (
    "Дереккөз бұл тұжырымды толық растамайды.",
    "Бет нөмірін көрсетіңіз.",
    "Источник устарел, нужна более свежая статистика.",
    "Цитата не совпадает с оригиналом.",
    "Which edition is cited here?",
    "The cited report says the opposite in its conclusion.",
    "Бұл жерде бастапқы құжатқа сілтеме керек.",
    "Please add the page range.",
)
REPLIES = (
    "Түзетілді.",
    "Добавлена ссылка на первоисточник.",
    "Page numbers added.",
    "Келісемін, дереккөз ауыстырылды.",
)


@dataclass(frozen=True, slots=True)
class Entry:
    entry_type: str
    fields: list[list[str]]
    authors: str  # the plain author field, as references.thesis.reference_fields makes it
    title: str
    year: str


def pdf_spelling(word: str, rng: random.Random) -> str:
    """Half the Kazakh words keep the Latin ə that PDF extraction puts for ә."""
    return word.replace("ә", "ə").replace("Ә", "Ə") if rng.random() < 0.5 else word


def phrase(rng: random.Random, language: str, count: int) -> list[str]:
    pool = {"kk": KAZAKH, "ru": RUSSIAN, "en": ENGLISH}[language]
    picked = rng.choices(pool, k=count)
    return [pdf_spelling(w, rng) for w in picked] if language == "kk" else picked


def sentence_words(rng: random.Random) -> list[str]:
    """One sentence of a Kazakh thesis: Kazakh words, now and then a Russian or English term."""
    chosen = phrase(rng, "kk", rng.randint(10, 16))
    if rng.random() < 0.2:
        chosen[rng.randrange(len(chosen))] = rng.choice(RUSSIAN + ENGLISH)
    chosen[0] = chosen[0][:1].upper() + chosen[0][1:]
    return chosen


def heading(rng: random.Random) -> str:
    return " ".join(phrase(rng, "kk", rng.randint(3, 6))).upper()


def _author(rng: random.Random, language: str) -> str:
    surnames, initials = {
        "kk": (SURNAMES_KK, INITIALS_KK),
        "ru": (SURNAMES_RU, INITIALS_RU),
        "en": (SURNAMES_EN, INITIALS_EN),
    }[language]
    return f"{rng.choice(surnames)}, {rng.choice(initials)}."


def entry(rng: random.Random, number: int) -> Entry:
    language = rng.choices(("kk", "ru", "en"), weights=(45, 35, 20))[0]
    entry_type = rng.choices(("article", "book", "incollection", "online", "misc"), weights=(50, 25, 10, 10, 5))[0]
    authors = " and ".join(_author(rng, language) for _ in range(rng.randint(1, 3)))
    title_words = phrase(rng, language, rng.randint(4, 11))
    title = " ".join(title_words)
    title = title[:1].upper() + title[1:]
    year = str(rng.randint(1991, 2024))
    fields = [["author", f"{{{authors}}}"], ["title", f"{{{title}}}"], ["year", f"{{{year}}}"]]
    if entry_type in ("article", "incollection"):
        topic = " ".join(phrase(rng, language, 2))
        container = rng.choice(JOURNAL_TEMPLATES[language]).format(topic)
        fields.append(["journal" if entry_type == "article" else "booktitle", f"{{{container}}}"])
        first_page = rng.randint(3, 240)
        fields.append(["pages", f"{{{first_page}--{first_page + rng.randint(4, 30)}}}"])
    elif entry_type == "book":
        fields.append(["publisher", f"{{{rng.choice(PUBLISHERS)}}}"])
    elif entry_type == "online":
        fields.append(["url", f"{{https://example.org/silteme-bench/{number}}}"])
    if rng.random() < 0.5:
        fields.append(["doi", f"{{10.5555/silteme.bench.{number}}}"])  # 10.5555: a test prefix
    fields.append(["langid", f"{{{LANGUAGE_IDS[language]}}}"])
    fields.append(["note", "{Synthetic entry for benchmarks; not a real source.}"])
    return Entry(entry_type, fields, authors, title, year)


def reviewer_comment(rng: random.Random) -> str:
    return rng.choice(COMMENTS)


def author_reply(rng: random.Random) -> str:
    return rng.choice(REPLIES)
