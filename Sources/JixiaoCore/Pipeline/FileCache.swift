import Foundation

/// Pass 1's files, each handed to pass 2 exactly once. Cleaned documents are kept while they
/// fit a budget of rows (a province fits and is read once); beyond it a file keeps only its
/// figures and its county's files are read again in pass 2. This policy is all in this type.
final class FileCache: @unchecked Sendable {
    /// Rows of cleaned documents kept between the passes (about half a kilobyte each with
    /// their findings): a province's rows stay in memory; a country's are partly re-read.
    static let defaultRows = 1_000_000

    private let budget: Int
    private let keepAll: Bool
    private var used = 0
    private var files: [ScannedFile?] = []
    private let lock = NSLock()

    /// - Parameter keepAll: keep every file whatever its size (a run that keeps its documents).
    init(rows budget: Int, keepAll: Bool) {
        self.budget = budget
        self.keepAll = keepAll
    }

    /// Adds the next file in input order, dropping its documents when the budget is spent.
    func add(_ file: ScannedFile) {
        var file = file
        if keepAll || used + file.rows <= budget {
            used += file.rows
        } else {
            file.work.documents = []
            file.work.findings = []
            file.cached = false
        }
        lock.lock()
        files.append(file)
        lock.unlock()
    }

    /// The file at `index` (input order), given up so its memory goes with its county.
    func take(_ index: Int) -> ScannedFile {
        lock.lock()
        defer { lock.unlock() }
        let file = files[index]!
        files[index] = nil
        return file
    }

    var count: Int { files.count }
    func county(at index: Int) -> String? { files[index]?.county }
}
