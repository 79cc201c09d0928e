import Dispatch
import Foundation

/// Runs `work` for every index on all cores and hands the results to `consume` one at a
/// time, in index order. Results that finish early wait for their predecessors, so the
/// outcome is the same as a sequential loop, and only the few in flight are held at once.
enum OrderedParallel {
    static func forEach<T: Sendable>(count: Int, work: @Sendable (Int) throws -> T,
                                     consume: (Int, T) throws -> Void) throws {
        guard count > 0 else { return }
        let state = State<T>()
        withoutActuallyEscaping(consume) { consume in
            let consumeBox = UncheckedBox(consume)
            DispatchQueue.concurrentPerform(iterations: count) { index in
                guard !state.failed else { return }
                let outcome: Result<T, Error>
                do { outcome = .success(try work(index)) } catch { outcome = .failure(error) }
                state.lock.lock()
                defer { state.lock.unlock() }
                state.pending[index] = outcome
                while let next = state.pending.removeValue(forKey: state.next) {
                    guard state.error == nil else { break }
                    do {
                        try consumeBox.value(state.next, try next.get())
                    } catch {
                        state.error = error
                    }
                    state.next += 1
                }
            }
        }
        if let error = state.error { throw error }
    }

    private final class State<T>: @unchecked Sendable {
        let lock = NSLock()
        var pending: [Int: Result<T, Error>] = [:]
        var next = 0
        var error: Error?
        var failed: Bool {
            lock.lock()
            defer { lock.unlock() }
            return error != nil
        }
    }

    /// `consume` runs under the lock, one call at a time, so it may touch caller state.
    private struct UncheckedBox<Value>: @unchecked Sendable {
        let value: Value
        init(_ value: Value) { self.value = value }
    }
}
