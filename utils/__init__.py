"""머신러닝 단기집중과정 한국어 실습 노트의 공용 패키지.

주제별 모듈을 필요한 만큼 직접 가져와 쓴다. 가져오기(import)만으로는 아무 설정도
바뀌지 않으며, 노트북의 첫 셀에서 :func:`setup_book` 을 한 번 부른다.

Examples
--------
>>> from utils import setup_book
>>> setup_book()
"""

from utils.style import FONT_FAMILY, font_paths, setup_book

__all__ = ["FONT_FAMILY", "font_paths", "setup_book", "__version__"]
__version__ = "0.1.0"
