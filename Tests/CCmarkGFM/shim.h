// GitHub's CommonMark parser with its table, autolink, strikethrough and task list
// extensions: the tests read every Markdown export through it, as a viewer would.
#include <cmark-gfm.h>
#include <cmark-gfm-core-extensions.h>
