"""Finishes the man page swift-argument-parser's plugin generates: adds ENVIRONMENT, FILES
and Leverage's own EXIT STATUS (docs/man-sections.mdoc) in place of the plugin's generic
one, and turns the blank lines of the help's discussions into paragraph breaks, which mdoc
otherwise warns about.

Usage: finish-man.py PAGE SECTIONS
"""

import re
import sys


def finish(page: str, sections: str) -> str:
    page = re.sub(r'\.Sh "EXIT STATUS"\n\.Ex -std\n', lambda _: sections, page)
    if sections not in page:
        sys.exit("finish-man.py: the generated page has no EXIT STATUS to replace")
    return re.sub(r"\n\n+", "\n.Pp\n", page)


def main() -> None:
    page_path, sections_path = sys.argv[1:3]
    with open(page_path, encoding="utf-8") as file:
        page = file.read()
    with open(sections_path, encoding="utf-8") as file:
        sections = file.read()
    with open(page_path, "w", encoding="utf-8") as file:
        file.write(finish(page, sections))


main()
