import sys

from sopdesk.cli.main import main

sys.exit(main())
