import Foundation

/// Progress events for a display; the run never depends on them.
public enum ProgressEvent: Sendable {
    case stage(String)
    case file(index: Int, count: Int, name: String, rows: Int)
    case county(index: Int, count: Int, name: String)
}

public struct ProgressSink: Sendable {
    let handler: @Sendable (ProgressEvent) -> Void

    public init(_ handler: @escaping @Sendable (ProgressEvent) -> Void) { self.handler = handler }

    public func report(_ event: ProgressEvent) { handler(event) }
}
