import Foundation

/// Items each done once by whichever threads call `help()`, their values kept in item order.
/// For the run's tail: the counties held back from pass 2 are written by the thread that
/// wrote run-summary.json and by the one that made the summary workbook, each taking the
/// next county as it comes free. An item is let go once taken, so its memory goes with it.
final class SharedWork<Item: Sendable, Value: Sendable>: @unchecked Sendable {
    private var items: [Item?]
    private var values: [Value?]
    private var next = 0
    private let work: @Sendable (Item) -> Value
    private let lock = NSLock()

    init(_ items: [Item], _ work: @escaping @Sendable (Item) -> Value) {
        self.items = items
        values = Array(repeating: nil, count: items.count)
        self.work = work
    }

    /// Does the items not yet taken, one at a time, until none is left.
    func help() {
        while true {
            lock.lock()
            let index = next
            guard index < items.count else {
                lock.unlock()
                return
            }
            let item = items[index]!
            items[index] = nil
            next += 1
            lock.unlock()
            let value = work(item)
            lock.lock()
            values[index] = value
            lock.unlock()
        }
    }

    /// Every item's value, in order; read once every helper has returned.
    var results: [Value] {
        lock.lock()
        defer { lock.unlock() }
        return values.map { $0! }
    }
}
