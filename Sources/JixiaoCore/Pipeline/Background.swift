import Foundation

/// A value computed on another thread while the caller goes on; `value()` waits for it.
/// For the run's serial tail, where two independent outputs can each take a core.
final class Background<Value: Sendable>: @unchecked Sendable {
    private var result: Result<Value, Error>?
    private let done = DispatchSemaphore(value: 0)

    init(_ work: @escaping @Sendable () throws -> Value) {
        let thread = Thread { [self] in
            result = Result { try work() }
            done.signal()
        }
        thread.stackSize = 8 << 20
        thread.start()
    }

    /// Waits for the value (once), rethrowing what the work threw.
    func value() throws -> Value {
        done.wait()
        done.signal()
        return try result!.get()
    }
}
