import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Runs a program and waits for it with `posix_spawn` and `waitpid`. Foundation's `Process`
/// can wait forever for a child whose grandchild (tmux's server) keeps running.
enum Command {
  struct Result {
    let status: Int32
    let output: String
  }

  /// What every child gets unless a test says otherwise: no automatic backups, which would
  /// otherwise land in the test runner's own `~/.local/state`. `TmuxSession` turns them on
  /// into its own folder.
  static let quietEnvironment = ["LEVERAGE_BACKUPS": "0"]

  static func run(
    _ arguments: [String], stdin: String? = nil, environment: [String: String] = [:]
  ) throws -> Result {
    let outputFile = FileManager.default.temporaryDirectory
      .appendingPathComponent("leverage-e2e-out-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: outputFile) }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, stdin ?? "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(
      &actions, 1, outputFile.path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    // The test runner blocks signals its children inherit: tmux's server, started with
    // SIGTERM blocked, ignores kill-server and outlives every test. Children start clean.
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var noSignals = sigset_t()
    sigemptyset(&noSignals)
    posix_spawnattr_setsigmask(&attributes, &noSignals)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK))
    var pid: pid_t = 0
    let argv = arguments.map { strdup($0) } + [nil]
    defer { argv.forEach { free($0) } }
    let variables = ProcessInfo.processInfo.environment
      .merging(quietEnvironment) { own, _ in own }
      .merging(environment) { _, given in given }
    let envp = variables.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer { envp.forEach { free($0) } }
    let spawned = posix_spawnp(&pid, arguments[0], &actions, &attributes, argv, envp)
    guard spawned == 0 else { throw CommandError.spawnFailed(arguments[0], spawned) }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
    let output = (try? String(contentsOf: outputFile, encoding: .utf8)) ?? ""
    let exited = status & 0x7f == 0
    return Result(status: exited ? (status >> 8) & 0xff : 128 + (status & 0x7f), output: output)
  }
}

enum CommandError: Error {
  case spawnFailed(String, Int32)
}
