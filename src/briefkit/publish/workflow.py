"""`briefkit publish --workflow`: a GitHub Actions workflow that builds and deploys the site
with GitHub Pages' own deployment (no pages branch at all).

The workflow is written as text, not dumped from a dict, so it keeps the comments that tell a
user what each step is for. Pinned major versions were checked against the actions' sources:
`configure-pages@v5` outputs `base_url` *without* a trailing slash (briefkit's base_url ends
with one, so the workflow adds it); `upload-pages-artifact@v3` tars the folder including dot
files, so the workflow drops briefkit's manifest before uploading; `deploy-pages@v4` outputs
`page_url` for the environment link.
"""

from __future__ import annotations

import re
import shlex
from dataclasses import dataclass
from pathlib import Path

from briefkit import __version__

WORKFLOW_PATH = Path(".github") / "workflows" / "pages.yml"

# briefkit writes this bookkeeping file into every build; it is not part of the site.
MANIFEST_NAME = ".briefkit-manifest.json"

_TEMPLATE = """\
# Build the briefkit site and deploy it with GitHub Pages.
# Written by `briefkit publish --workflow`. To use it, open the repository's
# Settings > Pages and set "Build and deployment > Source" to "GitHub Actions".
name: Deploy site to GitHub Pages

on:
  push:
    branches: [{branch}]
  workflow_dispatch:

# The deploy job needs to write to Pages and prove where it runs (OIDC token).
permissions:
  contents: read
  pages: write
  id-token: write

# One deployment at a time; a newer push waits instead of cancelling a deploy midway.
concurrency:
  group: pages
  cancel-in-progress: false

jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.12"
      - name: Install briefkit
        run: python -m pip install {install}
      - name: Configure GitHub Pages
        id: pages
        uses: actions/configure-pages@v5
      - name: Build the site
        working-directory: {site}
        # base_url is the site's address (https://user.github.io/repo or a custom domain)
        # without a trailing slash; briefkit wants one, so every link lands under the sub-path.
        run: briefkit build --output _site --base-url "${{{{ steps.pages.outputs.base_url }}}}/"
      - name: Leave briefkit's bookkeeping out of the site
        run: rm -f "{artifact}/{manifest}"
      - uses: actions/upload-pages-artifact@v3
        with:
          path: {artifact}

  deploy:
    needs: build
    runs-on: ubuntu-latest
    environment:
      name: github-pages
      url: ${{{{ steps.deployment.outputs.page_url }}}}
    steps:
      - name: Deploy to GitHub Pages
        id: deployment
        uses: actions/deploy-pages@v4
"""


@dataclass(frozen=True)
class WorkflowSpec:
    """What varies between repositories: the branch that deploys, the site folder inside the
    repository, and how to install briefkit there.

    The install carries the `search` extra: without Pagefind the build only warns, and the
    deployed /search/ page would load a search bundle that was never built. It pins the
    briefkit version that wrote the workflow: the site is deployed as the user built and
    previewed it, and a newer briefkit is an upgrade they choose (by writing it again)."""

    branch: str = "main"
    site: str = "."  # POSIX path of the site folder relative to the repository root
    install: str = f"briefkit[search]=={__version__}"  # pip requirement: ".[search]" when the repository *is* briefkit


def render_workflow(spec: WorkflowSpec) -> str:
    site = spec.site.strip("/") or "."
    artifact = "_site" if site == "." else f"{site}/_site"
    return _TEMPLATE.format(
        branch=_yaml_scalar(spec.branch),
        install=shlex.quote(spec.install),  # brackets are a shell glob
        site=_yaml_scalar(site),
        artifact=artifact,
        manifest=MANIFEST_NAME,
    )


def _yaml_scalar(text: str) -> str:
    """Plain when safe, double-quoted otherwise (branch or folder names with odd characters)."""
    if re.fullmatch(r"[A-Za-z0-9._/-]+", text) and text not in {"true", "false", "null", "yes", "no", "on", "off"}:
        return text
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def installs_itself(repo_root: Path) -> bool:
    """Whether the repository is briefkit's own source (then CI installs it with `pip install '.[search]'`)."""
    pyproject = repo_root / "pyproject.toml"
    try:
        text = pyproject.read_text(encoding="utf-8")
    except OSError:
        return False
    return re.search(r'^name\s*=\s*"briefkit"\s*$', text, re.MULTILINE) is not None
