"""3장 탐색기의 한 번 업데이트(계산 + 다시 그리기)에 걸리는 시간을 잰다.

    python benchmarks/bench_explorers_ch3.py

위젯의 슬라이더가 움직일 때 하는 일과 같은 일을 한다: 뷰의 ``update`` (계산과 아티스트
수정) 뒤에 바뀐 아티스트를 저장된 배경 위에 다시 그린다(``render``, 블리팅). 위젯이 화면에
보내는 PNG 인코딩까지 더한 시간도 따로 잰다. 비교를 위해 그림을 처음부터 새로 그리는
시간(:func:`utils.widgets.plot_complexity` + 전체 그리기)도 잰다. 여러 번 재서 중앙값(ms)을
출력한다. 목표는 100 ms 이하지만 여기서는 재기만 하고 단언하지 않는다.
"""

from __future__ import annotations

import statistics
import time

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402

from utils import setup_book  # noqa: E402
from utils.datasets import make_smooth_data, smooth_function  # noqa: E402
from utils.evaluation import PolynomialRegression  # noqa: E402
from utils.widgets import TEST_SIZES, ComplexityView, TestSizeView, plot_complexity  # noqa: E402

REPEATS = 9


def _median_ms(func, values) -> float:
    times = []
    for i in range(REPEATS):
        value = values[i % len(values)]
        start = time.perf_counter()
        func(value)
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def _bench_view(name, view, values) -> None:
    def update_and_draw(value):
        view.update(value)
        view.render()

    def update_and_png(value):
        view.update(value)
        view.render()
        view.to_png()

    update_and_draw(values[0])  # 글꼴 캐시 등 첫 호출 비용은 빼고 잰다.
    draw_ms = _median_ms(update_and_draw, values)
    png_ms = _median_ms(update_and_png, values)
    print(f"{name}: 업데이트+다시 그리기 {draw_ms:.0f} ms, 업데이트+PNG(위젯 전송) {png_ms:.0f} ms")
    plt.close(view.fig)


def main() -> None:
    setup_book()
    X_train, y_train = make_smooth_data(20, seed=0)
    X_new, y_new = make_smooth_data(1000, seed=100)
    degrees = list(range(16))

    def from_scratch(degree):
        axes = plot_complexity(degree, X_train, y_train, X_new, y_new)
        axes[0].figure.canvas.draw()
        plt.close(axes[0].figure)

    from_scratch(3)
    print(f"모델 복잡도(처음부터 새 그림): {_median_ms(from_scratch, degrees):.0f} ms")
    view = ComplexityView(X_train, y_train, X_new, y_new, true_function=smooth_function, dpi=100)
    _bench_view("모델 복잡도 탐색기(dpi 100)", view, degrees)

    model = PolynomialRegression(3, domain=(0.0, 1.0)).fit(X_train, y_train)
    X_pool, y_pool = make_smooth_data(20_000, seed=1)
    squared_errors = (model.predict(X_pool) - y_pool) ** 2
    start = time.perf_counter()
    view = TestSizeView(squared_errors, dpi=100)
    setup_ms = (time.perf_counter() - start) * 1000
    print(f"테스트 세트 크기 탐색기 준비(모든 크기 재표집, 한 번만): {setup_ms:.0f} ms")
    _bench_view("테스트 세트 크기 탐색기(dpi 100)", view, list(TEST_SIZES))


if __name__ == "__main__":
    main()
