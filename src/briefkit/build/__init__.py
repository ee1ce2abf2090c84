"""The build: every stage in order, from site.yaml to a written site.

Read `builder.Builder._produce` top to bottom and you have read the pipeline (ARCHITECTURE.md
draws it); each stage's work is in the module named for it: `content` (reading, parsing and
the Markdown bodies), `render_pages` (page plans rendered or reused), `site_files` (feeds,
sitemap, search), `assets` (images and static files); `ahead` holds what a cold build does
early, while an earlier stage's children work; `timing` the stage timings and progress bar.
"""

from briefkit.build.builder import Builder, BuildResult, build, check
from briefkit.build.first import FirstPages

__all__ = ["BuildResult", "Builder", "FirstPages", "build", "check"]
