import sys

from ace_step_mcp.cli import main

sys.exit(main())
