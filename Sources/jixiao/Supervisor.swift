import Dispatch
import Foundation
import JixiaoCore
#if canImport(Glibc)
import Glibc
#endif

/// `jixiao run` supervises a worker: the same command line in a child process of the same
/// executable. A programming error that traps while the worker reads one file then costs
/// that file only: the supervisor finds it in the worker's read journal (`ReadIsolation`)
/// and runs the worker again without it (reported as a failure naming the file, exit 1).
/// SIGTERM and SIGINT are passed on to the worker, which stops cleanly; if the supervisor
/// itself is killed, the worker notices and stops the same way.
enum Supervisor {
    static let workerVariable = "JIXIAO_WORKER"

    static var isWorker: Bool { ProcessInfo.processInfo.environment[workerVariable] != nil }

    /// Signals a trapping Swift or C program dies of.
    static let trapSignals: Set<Int32> = [SIGILL, SIGTRAP, SIGABRT, SIGBUS, SIGFPE, SIGSEGV]

    nonisolated(unsafe) static var child: pid_t = 0
    /// A SIGTERM or SIGINT that came before there was a worker to pass it to.
    nonisolated(unsafe) static var stopRequested: Int32 = 0

    /// Runs the worker until it finishes; returns the exit status for the command.
    static func supervise() -> Int32 {
        for signalNumber in [SIGTERM, SIGINT] {
            signal(signalNumber, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: .global())
            source.setEventHandler {
                stopRequested = signalNumber
                if child > 0 { kill(child, signalNumber) }
            }
            source.resume()
            sources.append(source)
        }
        var skipped: [String: String] = [:]
        var alone: Set<String> = []
        let journal = (NSTemporaryDirectory() as NSString).appendingPathComponent("jixiao-reads-\(getpid()).journal")
        defer { unlink(journal) }
        for _ in 0..<64 {
            if stopRequested != 0 { return 128 + stopRequested }
            unlink(journal)
            var environment = ProcessInfo.processInfo.environment
            environment[workerVariable] = String(getpid())
            environment[ReadIsolation.journalVariable] = journal
            environment[ReadIsolation.skipVariable] = String(decoding: (try? JSONEncoder().encode(skipped)) ?? Data("{}".utf8), as: UTF8.self)
            environment[ReadIsolation.aloneVariable] = String(decoding: (try? JSONEncoder().encode(alone.sorted())) ?? Data("[]".utf8), as: UTF8.self)
            guard let status = spawnAndWait(environment: environment) else {
                printError("error: cannot start the worker process: \(String(cString: strerror(errno)))")
                return 1
            }
            let signalNumber = status & 0x7F
            if signalNumber == 0 { return (status >> 8) & 0xFF }
            if signalNumber == SIGTERM || signalNumber == SIGINT { return 128 + signalNumber }
            guard trapSignals.contains(signalNumber) else {
                printError("error: the run was killed (signal \(signalNumber)); the period folder was left as it was")
                return 1
            }
            let inFlight = ReadIsolation.inFlight(journal: journal)
            switch inFlight.count {
            case 0:
                printError("error: jixiao stopped on an internal error (signal \(signalNumber)) outside reading a file; the period folder was left as it was")
                return 1
            case 1:
                let path = inFlight[0]
                skipped[path] = "读取此文件时程序出错退出（信号 \(signalNumber)），本次运行已跳过此文件，其余文件照常处理；请把文件交给维护人员 (reading this file crashed jixiao: left out, the other files were read)"
                printError("warning: reading \(path) crashed the worker (signal \(signalNumber)); running again without it")
            default:
                // Several files were being read at once: read each of them alone next time.
                alone.formUnion(inFlight)
                printError("warning: the worker crashed (signal \(signalNumber)) while reading \(inFlight.count) files; running again, reading those one at a time")
            }
        }
        printError("error: the worker crashed too often; the period folder was left as it was")
        return 1
    }

    nonisolated(unsafe) private static var sources: [DispatchSourceSignal] = []

    /// Starts `/proc/self/exe` with this process's arguments and waits for it.
    private static func spawnAndWait(environment: [String: String]) -> Int32? {
        let arguments = CommandLine.arguments
        let argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        let envp: [UnsafeMutablePointer<CChar>?] = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        // The worker handles SIGTERM and SIGINT itself: reset the ignored dispositions.
        var defaults = sigset_t()
        sigemptyset(&defaults)
        sigaddset(&defaults, SIGTERM)
        sigaddset(&defaults, SIGINT)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF))
        var pid: pid_t = 0
        let result = posix_spawn(&pid, "/proc/self/exe", nil, &attributes, argv, envp)
        guard result == 0 else {
            errno = result
            return nil
        }
        child = pid
        if stopRequested != 0 { kill(pid, stopRequested) }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 {
            if errno != EINTR { return nil }
        }
        child = 0
        return status
    }

    /// In the worker: stop cleanly (as on SIGTERM) when the supervisor is gone, removing the
    /// read journal the supervisor (killed, so its own clean-up never ran) left behind.
    static func watchSupervisor() {
        let parent = getppid()
        let journal = ProcessInfo.processInfo.environment[ReadIsolation.journalVariable]
        let timer = DispatchSource.makeTimerSource(queue: .global())
        timer.schedule(deadline: .now() + .milliseconds(100), repeating: .milliseconds(100))
        timer.setEventHandler {
            guard getppid() != parent else { return }
            if let journal { unlink(journal) }
            kill(getpid(), SIGTERM)
        }
        timer.resume()
        watcher = timer
    }

    nonisolated(unsafe) private static var watcher: DispatchSourceTimer?
}
