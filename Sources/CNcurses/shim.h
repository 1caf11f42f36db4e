#ifndef LEVERAGE_CNCURSES_SHIM_H
#define LEVERAGE_CNCURSES_SHIM_H
#define _XOPEN_SOURCE_EXTENDED 1
#include <locale.h>
#include <ncursesw/curses.h>
static inline WINDOW *cn_stdscr(void) { return stdscr; }
#endif
