"""The repository deploys as it is: dependency file, config, no absolute paths.

Rules from Streamlit's documentation (docs.streamlit.io, "App dependencies for your
Community Cloud app" and "File organization"): Community Cloud runs `streamlit run` from
the repository root, reads .streamlit/config.toml there, and installs the first
dependency file it finds (uv.lock, Pipfile, environment.yml, requirements.txt,
pyproject.toml as Poetry).
"""

from __future__ import annotations

import tomllib
from pathlib import Path

import regex as re

from tracker.app import page

ROOT = Path(__file__).resolve().parent.parent
REQUIREMENT_NAME = re.compile(r"^\s*([A-Za-z0-9_.\-]+)")


def _names(lines) -> set[str]:
    names = set()
    for line in lines:
        line = line.split("#", 1)[0].strip()
        if line and (m := REQUIREMENT_NAME.match(line)):
            names.add(m.group(1).lower().replace("_", "-"))
    return names


def test_requirements_txt_is_the_dependency_file_community_cloud_reads():
    for earlier in ("uv.lock", "Pipfile", "environment.yml"):
        assert not (ROOT / earlier).exists(), f"{earlier} would be read before requirements.txt"
    assert (ROOT / "requirements.txt").is_file()


def test_requirements_txt_holds_every_runtime_dependency_of_pyproject():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    needed = _names(project["dependencies"])
    listed = _names((ROOT / "requirements.txt").read_text(encoding="utf-8").splitlines())
    assert needed <= listed, f"missing from requirements.txt: {sorted(needed - listed)}"


def test_config_hides_tracebacks_and_limits_uploads():
    config = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text(encoding="utf-8"))
    assert config["client"]["showErrorDetails"] == "none"
    # the server refuses only what the page would refuse anyway, with its own message
    assert page.MAX_UPLOAD_BYTES <= config["server"]["maxUploadSize"] * 1024 * 1024 < 2 * page.MAX_UPLOAD_BYTES


def test_the_page_opens_no_absolute_path():
    for path in (ROOT / "dashboard.py", ROOT / "tracker" / "app" / "page.py"):
        source = path.read_text(encoding="utf-8")
        assert not re.search(r"""["'](/(?:work|home|root|tmp|usr)\b|[A-Z]:\\\\)""", source), path
    assert page.SEEDS_DIR == ROOT / "seeds" and page.SEEDS_DIR.is_dir()
