import sys

from earmark.main import main

sys.exit(main())
