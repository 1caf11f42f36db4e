#ifndef LEVERAGE_CNCURSES_SHIM_H
#define LEVERAGE_CNCURSES_SHIM_H
#define _XOPEN_SOURCE_EXTENDED 1
#include <locale.h>
#include <ncursesw/curses.h>
#include <ncursesw/term.h>
#include <termios.h>
#include <signal.h>
#include <pthread.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

/* Swift 6 refuses C globals (not concurrency-safe) and cannot see function-like macros:
   these accessors are the only way to them. */
static inline WINDOW *cn_stdscr(void) { return stdscr; }
static inline int cn_cols(void) { return COLS; }
static inline int cn_lines(void) { return LINES; }
static inline FILE *cn_stdout(void) { return stdout; }
static inline FILE *cn_stdin(void) { return stdin; }
static inline attr_t cn_a_bold(void) { return A_BOLD; }
static inline attr_t cn_a_reverse(void) { return A_REVERSE; }
static inline attr_t cn_a_underline(void) { return A_UNDERLINE; }
static inline attr_t cn_a_dim(void) { return A_DIM; }
static inline int cn_key_f(int n) { return KEY_F(n); }
/* The mouse events Leverage reads: the left button, and the wheel (buttons 4 and 5). */
static inline mmask_t cn_button1_pressed(void) { return BUTTON1_PRESSED; }
static inline mmask_t cn_button1_released(void) { return BUTTON1_RELEASED; }
static inline mmask_t cn_button4_pressed(void) { return BUTTON4_PRESSED; }
static inline mmask_t cn_button5_pressed(void) { return BUTTON5_PRESSED; }

/* glibc declares wcwidth only for X/Open builds, which the Glibc module is not. */
extern int wcwidth(wchar_t c);
static inline int cn_wcwidth(wchar_t c) { return wcwidth(c); }

/* A capability string, or NULL when the terminal lacks it (tigetstr also answers -1). */
static inline const char *cn_tigetstr(const char *name) {
  char *value = tigetstr(name);
  return (value == NULL || value == (char *)-1) ? NULL : value;
}

/* 0: usable; 1: unknown to terminfo; 2: no cursor addressing (TERM=dumb).
   Probed before newterm, which would otherwise start a terminal it cannot drive. */
static inline int cn_probe_terminal(const char *term) {
  int status = 0;
  if (setupterm(term, 1, &status) != OK) return 1;
  int result = cn_tigetstr("cup") == NULL ? 2 : 0;
  del_curterm(cur_term);
  return result;
}

/* Stops this process as Ctrl-Z would (after endwin), whatever handler ncurses installed
   and whatever signal mask the process was started with, and returns once continued. */
static inline void cn_stop_self(void) {
  struct sigaction fallback, previous;
  memset(&fallback, 0, sizeof fallback);
  fallback.sa_handler = SIG_DFL;
  sigemptyset(&fallback.sa_mask);
  sigaction(SIGTSTP, &fallback, &previous);
  sigset_t stop, mask;
  sigemptyset(&stop);
  sigaddset(&stop, SIGTSTP);
  pthread_sigmask(SIG_UNBLOCK, &stop, &mask);
  raise(SIGTSTP);
  pthread_sigmask(SIG_SETMASK, &mask, NULL);
  sigaction(SIGTSTP, &previous, NULL);
}

/* The terminal guard. Its state lives in a function-local static (Swift does not emit a
   header's file-scope statics), which exists once per Swift file that uses it: only
   TerminalGuard.swift may call the cn_guard_ functions. */

struct cn_guard_state {
  struct termios termios;
  volatile sig_atomic_t has_termios;
  volatile sig_atomic_t pending;
  struct sigaction previous[32];
};

static inline struct cn_guard_state *cn_guard(void) {
  static struct cn_guard_state state;
  return &state;
}

static const int cn_guard_crash_signals[] = {SIGILL, SIGTRAP, SIGABRT, SIGSEGV, SIGBUS, SIGFPE};
/* SIGQUIT is a request to stop, not a crash: noted like the others, so the draft is saved
   and the terminal restored before anything (Swift's backtracer among them) can print. */
static const int cn_guard_stop_signals[] = {SIGINT, SIGTERM, SIGHUP, SIGQUIT};

static void cn_guard_note_signal(int sig) { cn_guard()->pending = sig; }

/* Async-signal-safe only: tcsetattr, write, sigaction and raise. The terminal is restored
   first, whatever the signal. A fault (si_code > 0) then returns with the previous handler
   back: the instruction faults again and Swift's backtracer reports the real crash, then
   ends the process. A signal sent by kill or abort has no fault to report, and the
   backtracer would print and let the process run on: it is raised again with the default
   action, which ends the process by that signal. */
static void cn_guard_crash(int sig, siginfo_t *info, void *context) {
  /* Bracketed paste and mouse reports off, main screen back, cursor shown, attributes
     reset. */
  static const char reset[] =
      "\033[?2004l\033[?1006l\033[?1000l\033[?1049l\033[?25h\033[0m";
  struct cn_guard_state *state = cn_guard();
  (void)context;
  if (state->has_termios) tcsetattr(STDIN_FILENO, TCSANOW, &state->termios);
  ssize_t ignored = write(STDOUT_FILENO, reset, sizeof reset - 1);
  (void)ignored;
  if (info != NULL && info->si_code > 0) {
    sigaction(sig, &state->previous[sig], NULL);
    return;
  }
  struct sigaction fallback;
  memset(&fallback, 0, sizeof fallback);
  fallback.sa_handler = SIG_DFL;
  sigemptyset(&fallback.sa_mask);
  sigaction(sig, &fallback, NULL);
  raise(sig);
}

static inline void cn_guard_set(int sig, struct sigaction *action) {
  sigemptyset(&action->sa_mask);
  sigaction(sig, action, &cn_guard()->previous[sig]);
}

static inline void cn_guard_install(void) {
  struct cn_guard_state *state = cn_guard();
  if (tcgetattr(STDIN_FILENO, &state->termios) == 0) state->has_termios = 1;
  struct sigaction note, crash;
  memset(&note, 0, sizeof note);
  note.sa_handler = cn_guard_note_signal;
  memset(&crash, 0, sizeof crash);
  crash.sa_sigaction = cn_guard_crash;
  crash.sa_flags = SA_SIGINFO;
  for (size_t i = 0; i < sizeof cn_guard_stop_signals / sizeof(int); i++)
    cn_guard_set(cn_guard_stop_signals[i], &note);
  for (size_t i = 0; i < sizeof cn_guard_crash_signals / sizeof(int); i++)
    cn_guard_set(cn_guard_crash_signals[i], &crash);
}

static inline void cn_guard_uninstall(void) {
  struct cn_guard_state *state = cn_guard();
  for (size_t i = 0; i < sizeof cn_guard_stop_signals / sizeof(int); i++)
    sigaction(cn_guard_stop_signals[i], &state->previous[cn_guard_stop_signals[i]], NULL);
  for (size_t i = 0; i < sizeof cn_guard_crash_signals / sizeof(int); i++)
    sigaction(cn_guard_crash_signals[i], &state->previous[cn_guard_crash_signals[i]], NULL);
}

/* The last stop signal received since the previous call, or 0. */
static inline int cn_guard_take_signal(void) {
  struct cn_guard_state *state = cn_guard();
  int sig = state->pending;
  state->pending = 0;
  return sig;
}

#endif
