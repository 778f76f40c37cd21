"""책의 그림: 손실 곡선부터 탐색기 그림까지, 모든 그림을 만드는 곳.

주제별 모듈의 공개 이름을 여기서 다시 내보내므로 ``from utils.plotting import
plot_loss_curve`` 처럼 가져온다.

- :mod:`utils.plotting.loss`: 손실 곡선, 그릇, 등고선(1장)
- :mod:`utils.plotting.descent`: 학습률, 배치 크기, 직선 탐색기의 뷰와 ``plot_*`` (1장)
- :mod:`utils.plotting.complexity`: 다항식 적합, 차수별 손실, 모델 복잡도 탐색기(3장)
- :mod:`utils.plotting.estimates`: 테스트 손실 추정값, 테스트 세트 크기 탐색기(3장)

모든 그림 함수는 입력을 다 검사한 뒤에 그린다. 축 하나짜리 그림은 ``Axes`` 하나를,
여러 축의 그림은 ``Axes`` 의 NumPy 배열을 돌려준다. 탐색기 뷰는
:class:`utils.engine.BlitView` 를 물려받는다.
"""

from utils.plotting.complexity import (
    ComplexityView,
    plot_complexity,
    plot_loss_vs_degree,
    plot_polynomial_fit,
    plot_split,
)
from utils.plotting.descent import (
    BatchSizeView,
    FitView,
    LearningRateView,
    plot_batch_size,
    plot_fit,
    plot_learning_rate,
)
from utils.plotting.estimates import (
    TEST_COUNTS,
    TestSizeView,
    plot_estimate_histogram,
    plot_estimate_spread,
    plot_test_size,
)
from utils.plotting.loss import check_loss_grid, plot_loss_bowl, plot_loss_contour, plot_loss_curve

__all__ = [
    "plot_loss_curve",
    "plot_loss_bowl",
    "plot_loss_contour",
    "check_loss_grid",
    "LearningRateView",
    "plot_learning_rate",
    "BatchSizeView",
    "plot_batch_size",
    "FitView",
    "plot_fit",
    "plot_polynomial_fit",
    "plot_loss_vs_degree",
    "plot_split",
    "ComplexityView",
    "plot_complexity",
    "TEST_COUNTS",
    "plot_estimate_spread",
    "plot_estimate_histogram",
    "TestSizeView",
    "plot_test_size",
]
