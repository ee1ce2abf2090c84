"""`briefkit publish --workflow`: the GitHub Actions workflow for Pages' own deployment."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

import briefkit
from test_publish import git, git_identity, main  # noqa: F401

REPO = Path(__file__).resolve().parent.parent


def steps(workflow: dict, job: str) -> list[dict]:
    return workflow["jobs"][job]["steps"]


def uses(workflow: dict, job: str) -> list[str]:
    return [s["uses"] for s in steps(workflow, job) if "uses" in s]


def run_lines(workflow: dict, job: str) -> str:
    return "\n".join(s.get("run", "") for s in steps(workflow, job))


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = tmp_path / "repo"
    root.mkdir()
    (root / "site.yaml").write_text("title: T\nbase_url: https://example.org/\n", encoding="utf-8")
    git(root, "init", "-q", "-b", "trunk")
    monkeypatch.chdir(root)
    return root


def test_workflow_is_valid_and_deploys_with_pages_actions(repo: Path, capsys) -> None:
    assert main(["--workflow"]) == 0
    assert "wrote .github/workflows/pages.yml" in capsys.readouterr().out
    wf = yaml.safe_load((repo / ".github" / "workflows" / "pages.yml").read_text(encoding="utf-8"))
    # PyYAML reads the bare key `on` as True (YAML 1.1); GitHub reads it as "on"
    triggers = wf.get("on", wf.get(True))
    assert triggers["push"]["branches"] == ["trunk"]  # the branch this repository works on
    assert "workflow_dispatch" in triggers
    assert wf["permissions"] == {"contents": "read", "pages": "write", "id-token": "write"}
    assert wf["concurrency"]["group"] == "pages"

    build = uses(wf, "build")
    assert build[:2] == ["actions/checkout@v4", "actions/setup-python@v5"]
    assert "actions/configure-pages@v5" in build and "actions/upload-pages-artifact@v3" in build
    configure = next(s for s in steps(wf, "build") if s.get("uses") == "actions/configure-pages@v5")
    assert configure["id"] == "pages"
    commands = run_lines(wf, "build")
    # with the search extra, or the deployed /search/ page would have no index to load
    # The version that wrote the workflow, so the deployed site is the one built and previewed.
    assert f"python -m pip install 'briefkit[search]=={briefkit.__version__}'" in commands
    # configure-pages' base_url has no trailing slash: the build adds one
    assert 'briefkit build --output _site --base-url "${{ steps.pages.outputs.base_url }}/"' in commands
    assert "rm -f \"_site/.briefkit-manifest.json\"" in commands
    upload = next(s for s in steps(wf, "build") if s.get("uses", "").startswith("actions/upload-pages-artifact"))
    assert upload["with"]["path"] == "_site"

    deploy = wf["jobs"]["deploy"]
    assert deploy["needs"] == "build"
    assert deploy["environment"] == {"name": "github-pages", "url": "${{ steps.deployment.outputs.page_url }}"}
    assert uses(wf, "deploy") == ["actions/deploy-pages@v4"]
    assert steps(wf, "deploy")[0]["id"] == "deployment"


def test_workflow_refuses_to_overwrite_without_force(repo: Path, capsys) -> None:
    target = repo / ".github" / "workflows" / "pages.yml"
    target.parent.mkdir(parents=True)
    target.write_text("# mine\n", encoding="utf-8")
    assert main(["--workflow"]) == 1
    err = capsys.readouterr().err
    assert "already exists" in err and "--force" in err
    assert target.read_text(encoding="utf-8") == "# mine\n"
    assert main(["--workflow", "--force"]) == 0
    assert "actions/deploy-pages@v4" in target.read_text(encoding="utf-8")


def test_workflow_dry_run_prints_and_writes_nothing(repo: Path, capsys) -> None:
    assert main(["--workflow", "--dry-run"]) == 0
    assert yaml.safe_load(capsys.readouterr().out)["jobs"]["deploy"]
    assert not (repo / ".github").exists()


def test_site_in_a_subfolder_builds_there_and_workflow_goes_to_the_repo_root(
    repo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    site = repo / "docs site"
    site.mkdir()
    (repo / "site.yaml").rename(site / "site.yaml")
    assert main(["--site", str(site), "--workflow"]) == 0
    assert not (site / ".github").exists()
    wf = yaml.safe_load((repo / ".github" / "workflows" / "pages.yml").read_text(encoding="utf-8"))
    build_step = next(s for s in steps(wf, "build") if "briefkit build" in s.get("run", ""))
    assert build_step["working-directory"] == "docs site"
    upload = next(s for s in steps(wf, "build") if s.get("uses", "").startswith("actions/upload-pages-artifact"))
    assert upload["with"]["path"] == "docs site/_site"


def test_the_repository_ships_the_workflow_it_would_write() -> None:
    """briefkit's own repository is the example site: its workflow installs briefkit from the
    checkout and matches what `briefkit publish --workflow` writes (apart from the branch)."""
    from briefkit.publish.workflow import WorkflowSpec, render_workflow

    shipped = (REPO / ".github" / "workflows" / "pages.yml").read_text(encoding="utf-8")
    wf = yaml.safe_load(shipped)
    branch = wf.get("on", wf.get(True))["push"]["branches"][0]
    assert shipped == render_workflow(WorkflowSpec(branch=branch, site=".", install=".[search]"))
    assert "python -m pip install '.[search]'" in run_lines(wf, "build")
