"""One module per `briefkit` verb: `configure(parser)` and `run(args) -> int`."""
