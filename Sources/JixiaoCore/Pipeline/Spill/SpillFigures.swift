/// What a run did with the files beyond the `FileCache`'s budget: files and bytes spilled,
/// the thread time spent encoding and writing them (pass 1) and reading and decoding them
/// (pass 2), the files read again instead (spilling off, or failed) with the first reason,
/// and the estimated bytes kept in memory.
public struct SpillFigures: Sendable, Equatable {
    public var files = 0
    public var bytes = 0
    public var writeSeconds = 0.0
    public var readSeconds = 0.0
    public var readAgain = 0
    public var failure: String?
    public var keptBytes = 0
    public init() {}
}
