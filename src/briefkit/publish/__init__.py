"""Publishing to GitHub Pages: a pages branch pushed from here, or GitHub's own Actions deploy.

Two ways, because users have both setups:

* `briefkit publish` builds the site into a throwaway folder and commits it onto a pages
  branch (`gh-pages`), then pushes it — `deploy.publish`, on top of `gitrepo`.
* `briefkit publish --workflow` writes `.github/workflows/pages.yml` so GitHub builds and
  deploys on every push — `workflow`.

Why git plumbing and not ghp-import (what MkDocs uses). ghp-import streams the folder into
`git fast-import`, which is a sound idea, but for a step where a mistake is public it falls
short in ways we cannot patch from outside: it moves the local branch *before* pushing (so a
rejected push leaves a local commit the remote never got), it resets that branch to the
remote-tracking ref without checking which is newer, it commits even when nothing changed, a
failed import only prints a line, there is no dry run, and it needs python-dateutil. The
plumbing it replaces is five commands — `hash-object`, `update-index --index-info` into a
temporary index, `write-tree`, `commit-tree -p <previous>`, `push <commit>:refs/heads/<branch>`
— each of which only adds objects or moves one named ref, so HEAD, the index and the working
tree are untouched by construction, a dry run can write its objects to a scratch object
folder, and "nothing changed" is a tree-id comparison.
"""

from briefkit.publish.deploy import (
    BuildOutcome,
    PublishBuildFailed,
    PublishError,
    PublishOptions,
    PublishResult,
    build_site,
    publish,
)
from briefkit.publish.workflow import WORKFLOW_PATH, WorkflowSpec, render_workflow

__all__ = [
    "BuildOutcome",
    "PublishBuildFailed",
    "PublishError",
    "PublishOptions",
    "PublishResult",
    "WORKFLOW_PATH",
    "WorkflowSpec",
    "build_site",
    "publish",
    "render_workflow",
]
