"""Korean search: particles are stripped the same way at index time (Python) and query time (JS)."""

import json
import shutil
import subprocess

import korean_book  # the Sphinx extension in _ext/ (pytest's pythonpath)
import pytest

WORDS = [
    "경사하강법은", "경사하강법을", "경사하강법", "손실을", "손실이", "학습률이", "학습률의",
    "과적합한다", "과적합의", "차이", "모델은", "테스트", "세트에서", "수렴한다", "기울기를",
    "learning", "rates", "overfitting",
]


@pytest.mark.parametrize(
    ("word", "stem"),
    [("경사하강법은", "경사하강법"), ("손실을", "손실"), ("학습률이", "학습률"),
     ("과적합한다", "과적합"), ("세트에서", "세트"), ("차이", "차이"), ("손실", "손실")],
)
def test_strip_korean(word, stem):
    assert korean_book.strip_korean(word) == stem


def test_glossary_gives_english_names_of_korean_terms():
    synonyms = korean_book.glossary_synonyms()
    assert synonyms["학습률"] == ["learning", "rate"]
    assert "overfitting" in synonyms["과적합"]
    assert "gradient" in synonyms["경사하강법"]


def test_index_words_include_glossary_synonyms():
    lang = korean_book.SearchKorean({})
    words = lang.split("학습률이 너무 크면 발산한다")
    assert "learning" in words and "rate" in words


def test_python_and_javascript_stemmers_agree():
    node = shutil.which("node")
    assert node, "node is needed to check the JavaScript stemmer (it ships with this machine image)"
    lang = korean_book.SearchKorean({})
    script = lang.js_stemmer_code + (
        "\nconst s = new Stemmer();\n"
        f"const words = {json.dumps(WORDS, ensure_ascii=False)};\n"
        "console.log(JSON.stringify(words.map((w) => s.stemWord(w))));"
    )
    out = subprocess.run([node, "-e", script], capture_output=True, text=True, check=True)
    assert json.loads(out.stdout) == [lang.stem(w) for w in WORDS]


@pytest.mark.parametrize(
    ("text", "start", "end", "whole"),
    [("텐서플로를", 0, 2, False), ("손실을 줄인다", 0, 2, True), ("학습률", 0, 3, True),
     ("과적합이다", 0, 3, True), ("미니배치", 2, 4, False), ("(손실)", 1, 3, True)],
)
def test_glossary_links_only_whole_words(text, start, end, whole):
    assert korean_book._is_whole_word(text, start, end) is whole
