"""The self-test finds the ``ucj`` console program where pip put it: beside the interpreter
(a venv), in the user scheme's scripts folder (``pip install --user``: ~/.local/bin) when the
interpreter's own folders have none, and on PATH as the last resort.

The ``--user`` case runs the interpreter this venv was made from (no venv, so its own
folders hold no ``ucj``) with a user base of the test's own: the user site-packages reaches
this environment's packages through a ``.pth`` line, and the user scheme's bin holds a ``ucj``
launcher written as pip writes console scripts. The program found is then run."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

from ucj_desktop import __version__
from ucj_desktop.services.self_test import script_folders, ucj_program

BASE_PYTHON = Path(sys._base_executable)  # the interpreter this venv was made from
SYSTEM_PATH = os.pathsep.join(["/usr/bin", "/bin"])  # no folder of this venv
FIND = "from ucj_desktop.services.self_test import ucj_program; print(ucj_program())"
LAUNCHER = """#!{python}
# -*- coding: utf-8 -*-
import re
import sys
from ucj_desktop.cli import main
if __name__ == "__main__":
    sys.argv[0] = re.sub(r"(-script\\.pyw|\\.exe)?$", "", sys.argv[0])
    sys.exit(main())
"""


def test_in_this_venv_the_program_beside_the_interpreter_is_found():
    found = ucj_program()
    assert found is not None and found.parent == Path(sys.executable).parent
    assert script_folders()[0] == Path(sysconfig.get_path("scripts"))


def _user_scheme(root: Path, name: str) -> Path:
    """A folder of the user scheme under the user base ``root``."""
    user = sysconfig.get_preferred_scheme("user")  # the base interpreter's: same version
    return Path(sysconfig.get_path(name, user, vars={"userbase": str(root)}))


def _user_base(root: Path) -> Path:
    """A user base whose site-packages reaches this environment's packages (a ``.pth``)."""
    site = _user_scheme(root, "purelib")
    site.mkdir(parents=True)
    line = f"import site; site.addsitedir({sysconfig.get_path('purelib')!r})\n"
    (site / "ucj-test-env.pth").write_text(line, encoding="utf-8")
    return root


def _launcher(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    script = folder / "ucj"
    script.write_text(LAUNCHER.format(python=BASE_PYTHON), encoding="utf-8")
    script.chmod(0o755)
    return script


def _find_with_base_python(tmp_path: Path, user_base: Path, path: str) -> Path:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("UCJ_", "PYTHON"))}
    env.update(PYTHONUSERBASE=str(user_base), PATH=path)
    found = subprocess.run(
        [str(BASE_PYTHON), "-c", FIND], env=env, cwd=tmp_path, capture_output=True, text=True,
        timeout=120, check=True,
    )  # fmt: skip
    program = Path(found.stdout.strip())
    ran = subprocess.run(
        [str(program), "--version"], env=env, cwd=tmp_path, capture_output=True, text=True,
        timeout=120, check=False,
    )  # fmt: skip
    assert ran.stdout.strip() == f"ucj {__version__}", ran.stderr
    return program


@pytest.fixture
def base_python_has_no_ucj() -> None:
    """The premise: the base interpreter's own folders hold no ``ucj`` (else it is found)."""
    scripts = sysconfig.get_path("scripts", sysconfig.get_default_scheme(), vars={
        "base": sys.base_prefix, "platbase": sys.base_exec_prefix
    })  # fmt: skip
    for folder in (BASE_PYTHON.parent, Path(scripts)):
        assert shutil.which("ucj", path=str(folder)) is None, folder


@pytest.mark.usefixtures("base_python_has_no_ucj")
def test_with_pip_install_user_the_program_in_the_user_schemes_bin_is_found(tmp_path):
    user_base = _user_base(tmp_path / "userbase")
    installed = _launcher(_user_scheme(user_base, "scripts"))  # ~/.local/bin
    assert _find_with_base_python(tmp_path, user_base, SYSTEM_PATH) == installed


@pytest.mark.usefixtures("base_python_has_no_ucj")
def test_without_one_in_any_scheme_the_program_on_path_is_found(tmp_path):
    user_base = _user_base(tmp_path / "userbase")  # its bin holds no ucj
    on_path = _launcher(tmp_path / "elsewhere")
    assert (
        _find_with_base_python(tmp_path, user_base, f"{on_path.parent}{os.pathsep}{SYSTEM_PATH}")
        == on_path
    )
