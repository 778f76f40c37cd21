"""One consistent API across every utils module.

- numpydoc docstrings everywhere: every parameter documented, ``Returns`` when something is
  returned, ``Examples`` on every public function and class (the examples run as doctests);
- the same names for the same things (``logy``, ``num_*`` counts, ``ax`` for one Axes and
  ``axes`` for several, ``seed=0``);
- the five explorers in one pattern: ``XView`` / ``plot_X`` / ``explore_X`` / ``animate_X``
  with data first, then the slider value, then options, then the axes;
- modules small (at most ~700 lines) and no ``utils`` import inside a function.
"""

from __future__ import annotations

import ast
import importlib
import inspect
import pkgutil
import re
from pathlib import Path

import pytest

import utils

ROOT = Path(utils.__file__).resolve().parent
SECTION = re.compile(r"^ *(Parameters|Returns|Raises|Attributes|Notes|Examples)\n *-{3,}$", re.M)
ORDER = ["Parameters", "Returns", "Raises", "Attributes", "Notes", "Examples"]


def modules():
    return [utils] + [
        importlib.import_module(m.name)
        for m in pkgutil.walk_packages(utils.__path__, "utils.")
        if not m.name.startswith("utils.fonts")
    ]


def public_objects() -> dict[str, object]:
    """``module.name`` -> callable, once per object (re-exports are skipped)."""
    found, seen = {}, set()
    for module in modules():
        for name in module.__all__:
            obj = getattr(module, name)
            if callable(obj) and id(obj) not in seen:
                seen.add(id(obj))
                found[f"{module.__name__}.{name}"] = obj
    return found


def documented_things():
    """Every public function and class, and the public methods each class defines."""
    for qualname, obj in public_objects().items():
        if inspect.isclass(obj) and issubclass(obj, BaseException):
            continue
        yield qualname, obj, False
        if inspect.isclass(obj):
            for attr, member in vars(obj).items():
                if inspect.isfunction(member) and not attr.startswith("_"):
                    yield f"{qualname}.{attr}", member, True


DOCUMENTED = list(documented_things())


def documented_names(doc: str, section: str) -> set[str]:
    match = re.search(rf"^ *{section}\n *-{{3,}}\n(.*?)(?=^ *\w+\n *-{{3,}}$|\Z)", doc, re.M | re.S)
    names = set()
    for line in (match.group(1) if match else "").splitlines():
        head = re.match(r"^(\*{0,2}[A-Za-z_][\w, *]*?)\s*(?::|$)", line)
        if head and not line.startswith(" "):
            names |= {n.strip() for n in head.group(1).split(",")}
    return names


@pytest.mark.parametrize("qualname, obj, is_method", DOCUMENTED, ids=[d[0] for d in DOCUMENTED])
def test_numpydoc_docstring(qualname, obj, is_method):
    doc = inspect.getdoc(obj) or ""
    assert doc and doc.splitlines()[0].strip(), f"{qualname}: no summary line"
    sections = SECTION.findall(doc)
    assert sections == sorted(sections, key=ORDER.index), f"{qualname}: sections out of order"
    target = obj.__init__ if inspect.isclass(obj) else obj
    params = [
        ("**" if p.kind is p.VAR_KEYWORD else "*" if p.kind is p.VAR_POSITIONAL else "") + p.name
        for p in inspect.signature(target).parameters.values() if p.name != "self"
    ]
    documented = documented_names(doc, "Parameters") | documented_names(doc, "Attributes")
    missing = [p for p in params if p not in documented]
    assert not missing, f"{qualname}: parameters not in the docstring: {missing}"
    if inspect.isfunction(obj):
        returns = inspect.signature(obj).return_annotation
        if returns not in ("None", None, inspect.Signature.empty):
            assert "Returns" in sections, f"{qualname}: returns {returns} but has no Returns"
    if not is_method:
        assert "Examples" in sections, f"{qualname}: no Examples (doctests show the call)"


def test_every_public_function_is_annotated_with_what_it_returns():
    missing = [name for name, obj in public_objects().items()
               if inspect.isfunction(obj)
               and inspect.signature(obj).return_annotation is inspect.Signature.empty]
    assert not missing, missing


# ---------------------------------------------------------------------------
# names
# ---------------------------------------------------------------------------

#: Names this book does not use, and the name it uses instead.
NOT_OUR_NAMES = {
    "log": "logy", "logx": "logy", "lr": "learning_rate", "alpha": "learning_rate",
    "eta": "learning_rate", "epochs": "num_epochs", "n_epochs": "num_epochs",
    "steps": "num_steps", "n_steps": "num_steps", "max_iter": "num_steps",
    "repeats": "num_repeats", "n_repeats": "num_repeats", "random_state": "seed", "rng": "seed",
    "axis": "ax", "figure": "ax", "fig": "ax", "weights": "w", "bias": "b", "y_hat": "y_pred",
}


def signatures():
    for qualname, obj, _ in DOCUMENTED:
        target = obj.__init__ if inspect.isclass(obj) else obj
        yield qualname, inspect.signature(target)


def test_the_same_names_for_the_same_things():
    wrong = []
    for qualname, sig in signatures():
        for name, param in sig.parameters.items():
            if name in NOT_OUR_NAMES:
                wrong.append(f"{qualname}({name}=) -> {NOT_OUR_NAMES[name]}")
            if name.startswith("n_"):
                wrong.append(f"{qualname}({name}=) -> num_{name[2:]}")
            if name == "seed" and param.default is not inspect.Parameter.empty:
                assert param.default == 0, f"{qualname}: seed defaults to {param.default}"
            if name in ("ax", "axes") and not qualname.startswith("utils._validation"):
                assert param.default is None, f"{qualname}: {name} must default to None"
    assert not wrong, wrong


def test_ax_is_one_axes_and_axes_are_several():
    """Plots with one panel take ``ax`` and return it; two panels take ``axes``, return an array."""
    from utils import plotting

    for name in plotting.__all__:
        obj = getattr(plotting, name)
        if not (inspect.isfunction(obj) and name.startswith("plot_")):
            continue
        sig = inspect.signature(obj)
        returns = sig.return_annotation
        assert returns in ("Axes", "np.ndarray"), f"{name} returns {returns}"
        expected = "ax" if returns == "Axes" else "axes"
        assert expected in sig.parameters and ({"ax", "axes"} - {expected}).isdisjoint(
            sig.parameters
        ), f"{name}: draws {returns} so it takes {expected}="


# ---------------------------------------------------------------------------
# the explorers
# ---------------------------------------------------------------------------

EXPLORERS = {
    "learning_rate": ("LearningRateView", ()),
    "batch_size": ("BatchSizeView", ("X", "y")),
    "fit": ("FitView", ("X", "y")),
    "complexity": ("ComplexityView", ("X_train", "y_train", "X_test", "y_test")),
    "test_size": ("TestSizeView", ("squared_errors",)),
}


@pytest.mark.parametrize("key", EXPLORERS)
def test_each_explorer_is_a_view_a_plot_a_widget_and_an_animation(key):
    from utils import engine, plotting, widgets

    view_name, data = EXPLORERS[key]
    view = getattr(plotting, view_name)
    plot = getattr(plotting, f"plot_{key}")
    explore = getattr(widgets, f"explore_{key}")
    animate = getattr(widgets, f"animate_{key}")
    assert issubclass(view, engine.BlitView)
    assert {"update", "check_value"} <= set(vars(view)), f"{view_name}: update and check_value"

    view_params = list(inspect.signature(view).parameters)
    value = list(inspect.signature(view.update).parameters)[1]  # after self
    # the view: data, options, the initial slider value, then the figure arguments
    assert view_params[: len(data)] == list(data)
    assert view_params[-3:] in (["axes", "dpi", "pyplot"], ["ax", "dpi", "pyplot"])
    assert view_params[-4] == value, f"{view_name}: the initial {value} comes just before the axes"

    # plot_X: data, the slider value, then the view's options with the view's defaults, then axes
    plot_params = inspect.signature(plot).parameters
    names = list(plot_params)
    values = ["w", "b"] if key == "fit" else [value]
    assert names[: len(data) + len(values)] == [*data, *values], f"plot_{key}: {names}"
    view_defaults = inspect.signature(view).parameters
    for name in names[len(data) + len(values):]:
        if name in view_defaults:
            assert plot_params[name].default == view_defaults[name].default, (
                f"plot_{key}({name}=) defaults differently from {view_name}"
            )
    assert inspect.signature(plot).return_annotation in ("Axes", "np.ndarray")

    # explore_X and animate_X take the same data first and return a widget / an Animation
    for wrapper, returns in ((explore, "widgets.VBox"), (animate, "Animation")):
        params = list(inspect.signature(wrapper).parameters)
        assert params[: len(data)] == list(data), f"{wrapper.__name__}: {params}"
        assert inspect.signature(wrapper).return_annotation == returns
    assert {"dpi", "interval", "alt"} <= set(inspect.signature(animate).parameters)


# ---------------------------------------------------------------------------
# modules
# ---------------------------------------------------------------------------

SOURCES = sorted(ROOT.rglob("*.py"))


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(ROOT)))
def test_modules_are_small_and_import_utils_at_the_top(path):
    text = path.read_text(encoding="utf-8")
    assert len(text.splitlines()) <= 700, f"{path.name}: split it by topic"
    for node in ast.walk(ast.parse(text)):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            for inner in ast.walk(node):
                if isinstance(inner, ast.ImportFrom) and (inner.module or "").startswith("utils"):
                    pytest.fail(f"{path.name}: {node.name} imports {inner.module} in a function")
