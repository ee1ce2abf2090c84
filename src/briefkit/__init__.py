"""briefkit: a static site generator for annotated news briefings."""

__version__ = "0.1.0"
