import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A command the user configured (`$EDITOR`, `$PAGER`), run through `/bin/sh` as git runs
/// them, so `EDITOR="code --wait"` works; arguments are passed as `$1`…, never spliced in.
///
/// The child runs in Leverage's own process group, as git runs its pager: started from a
/// shell, that is the terminal's foreground group, so `less` and `vim` may read and set the
/// terminal. (Foundation's `Process` starts a child in a group of its own, which the terminal
/// stops with SIGTTIN or SIGTTOU the moment it reads: a blank screen that only Ctrl-C ends.)
/// While it runs, Leverage waits for that child alone, as `system(3)` does: Ctrl-C and
/// Ctrl-\ belong to the child (ignored here), Ctrl-Z stops both so the shell's `fg` brings
/// both back, and a process the child left in the background is not waited for.
public enum ShellCommand {
  public enum Outcome: Equatable, Sendable {
    case exited(status: Int32)
    case killed(signal: Int32)
    /// The shell could not be started, or found no such command (status 127): nothing the
    /// user asked for happened.
    case notRun

    /// How it ended, for a one-line message: "exited with status 1".
    public var description: String {
      switch self {
      case .exited(let status): "exited with status \(status)"
      case .killed(let signal): "was ended by signal \(signal)"
      case .notRun: "could not be started"
      }
    }
  }

  /// How long a child may take to end after Leverage is asked to stop while it runs.
  static let stopGrace = Duration.seconds(2)

  /// Runs `command` with `arguments` as `$1`…, its standard input Leverage's own.
  public static func run(_ command: String, arguments: [String] = []) -> Outcome {
    run(command, arguments: arguments, piped: false) { _ in }
  }

  /// Runs `command`; `feed` writes its standard input to the descriptor it is given, as it
  /// makes it (a pager reads a long listing as it comes).
  public static func run(
    _ command: String, arguments: [String] = [], feed: (_ descriptor: Int32) -> Void
  ) -> Outcome {
    run(command, arguments: arguments, piped: true, feed)
  }

  private static func run(
    _ command: String, arguments: [String], piped: Bool, _ feed: (Int32) -> Void
  ) -> Outcome {
    let placeholders = arguments.indices.map { " \"$\($0 + 1)\"" }.joined()
    let argv = ["/bin/sh", "-c", command + placeholders, "leverage"] + arguments
    var inputPipe: [Int32] = [-1, -1]
    if piped, pipe(&inputPipe) != 0 { return .notRun }
    let dispositions = ChildDispositions.lend()
    defer { dispositions.restore() }
    guard let child = spawn(argv, standardInput: piped ? inputPipe : nil) else {
      if piped { inputPipe.forEach { close($0) } }
      return .notRun
    }
    if piped {
      close(inputPipe[0])
      // A pager quit early (q in less) closes the pipe: a write then fails with EPIPE,
      // SIGPIPE being ignored while the child runs.
      feed(inputPipe[1])
      close(inputPipe[1])
    }
    return outcome(ofWaitStatus: wait(for: child))
  }

  /// The first of `names` set to something other than blanks in `environment`.
  public static func configured(_ names: [String], in environment: [String: String]) -> String? {
    names.lazy.compactMap { environment[$0] }
      .first { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
  }

  /// The child starts with every signal at its default and none blocked, whatever Leverage
  /// ignores or blocks while it waits: ignored signals would otherwise stay ignored in it.
  /// `standardInput` is a pipe: its read end becomes the child's standard input, and both
  /// ends are closed in the child, or the pager would never see the end of its input.
  private static func spawn(_ argv: [String], standardInput: [Int32]?) -> pid_t? {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    if let standardInput {
      posix_spawn_file_actions_adddup2(&actions, standardInput[0], STDIN_FILENO)
      for end in standardInput { posix_spawn_file_actions_addclose(&actions, end) }
    }
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var defaults = sigset_t()
    sigfillset(&defaults)
    sigdelset(&defaults, SIGKILL)
    sigdelset(&defaults, SIGSTOP)
    posix_spawnattr_setsigdefault(&attributes, &defaults)
    var unblocked = sigset_t()
    sigemptyset(&unblocked)
    posix_spawnattr_setsigmask(&attributes, &unblocked)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))
    let arguments = argv.map { strdup($0) } + [nil]
    defer { arguments.forEach { free($0) } }
    var child = pid_t()
    let status = posix_spawn(&child, "/bin/sh", &actions, &attributes, arguments, environ)
    return status == 0 ? child : nil
  }

  /// Waits for the child alone. An interrupted wait means a stop signal reached Leverage
  /// (the only handlers that interrupt are the terminal guard's, Ctrl-C and Ctrl-\ being
  /// ignored and a resize held back meanwhile): the child is asked to end too, and given a
  /// moment, so the coach can save the draft and exit rather than wait on an open editor.
  private static func wait(for child: pid_t) -> Int32? {
    var status: Int32 = 0
    while waitpid(child, &status, 0) == -1 {
      guard errno == EINTR else { return nil }
      kill(child, SIGTERM)
      let clock = ContinuousClock()
      let deadline = clock.now.advanced(by: stopGrace)
      while clock.now < deadline {
        if waitpid(child, &status, WNOHANG) == child { return status }
        usleep(20_000)
      }
      return nil
    }
    return status
  }

  /// `WIFEXITED` and friends are macros Swift cannot see: the status's low seven bits are
  /// the signal that ended the child (0 for a normal exit), the next byte its exit status.
  static func outcome(ofWaitStatus status: Int32?) -> Outcome {
    guard let status else { return .notRun }
    let signal = status & 0x7F
    guard signal == 0 else { return .killed(signal: signal) }
    let exitStatus = (status >> 8) & 0xFF
    return exitStatus == 127 ? .notRun : .exited(status: exitStatus)
  }

  /// Writes every byte unless the reader has gone (EPIPE) or another error stops it;
  /// returns whether all were written.
  @discardableResult
  public static func writeAll(_ bytes: UnsafeRawBufferPointer, to descriptor: Int32) -> Bool {
    guard var next = bytes.baseAddress else { return true }
    var left = bytes.count
    while left > 0 {
      let written = write(descriptor, next, left)
      if written < 0, errno == EINTR { continue }
      guard written > 0 else { return false }
      next += written
      left -= written
    }
    return true
  }
}

/// What Leverage does with signals while a child has the terminal, as `system(3)`: Ctrl-C
/// and Ctrl-\ ignored (they are the child's), Ctrl-Z at its default (so Leverage stops with
/// the child, and the shell's `fg` continues both), SIGPIPE ignored (a pager that quits
/// early), and a resize held until the child is done (curses then sees it).
struct ChildDispositions {
  private var previous: [(Int32, sigaction)] = []
  private var previousMask = sigset_t()

  // Two lists of signals, not one list of (signal, handler) pairs: a debug build of Swift
  // 6.3 skips a loop over an array of tuples holding optional C function pointers.
  static func lend() -> ChildDispositions {
    var dispositions = ChildDispositions()
    for signal in [SIGINT, SIGQUIT, SIGPIPE] {
      dispositions.previous.append((signal, set(signal, to: SIG_IGN)))
    }
    dispositions.previous.append((SIGTSTP, set(SIGTSTP, to: SIG_DFL)))
    var resize = sigset_t()
    sigemptyset(&resize)
    sigaddset(&resize, SIGWINCH)
    pthread_sigmask(SIG_BLOCK, &resize, &dispositions.previousMask)
    return dispositions
  }

  func restore() {
    for (signal, old) in previous {
      var action = old
      sigaction(signal, &action, nil)
    }
    var mask = previousMask
    pthread_sigmask(SIG_SETMASK, &mask, nil)
  }

  /// Sets `signal`'s handler; returns the action it replaces.
  private static func set(_ signal: Int32, to handler: sighandler_t?) -> sigaction {
    var action = sigaction()
    #if os(Linux)
      action.__sigaction_handler.sa_handler = handler
    #else
      action.__sigaction_u.__sa_handler = handler
    #endif
    sigemptyset(&action.sa_mask)
    var old = sigaction()
    sigaction(signal, &action, &old)
    return old
  }
}
