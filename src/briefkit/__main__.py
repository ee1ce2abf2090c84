from briefkit.cli import main

raise SystemExit(main())
