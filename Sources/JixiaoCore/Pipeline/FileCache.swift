import Foundation

/// Pass 1's files, each handed to pass 2 exactly once. Cleaned documents are kept in memory
/// while they fit a budget of estimated bytes (`MemoryEstimate`). Beyond it, with a
/// `SpillFolder` (the default), a file's documents and findings are written to disk as soon
/// as pass 1 has cleaned it and read back once when pass 2 takes its county, so no file is
/// read twice; without one, or when writing or reading back fails (a full disk, a lost
/// file), pass 2 reads the file again. Such files are counted and load's notes say so. This
/// policy is all in this type.
final class FileCache: @unchecked Sendable {
    /// Estimated bytes of cleaned documents kept in memory between the passes. With it a
    /// national run (2,850 counties) peaks under 512 MiB; the rest waits on disk.
    static let defaultBytes = 128 << 20

    private let budget: Int
    private let keepAll: Bool
    private let spill: SpillFolder?
    private var used = 0
    private var files: [ScannedFile?] = []
    private var readAgain = 0
    private var failure: String?
    private let lock = NSLock()

    /// - Parameter keepAll: keep every file whatever its size (a run that keeps its documents).
    /// - Parameter spill: where files beyond the budget go; nil to read them again instead.
    init(bytes budget: Int, keepAll: Bool, spill: SpillFolder?) {
        self.budget = budget
        self.keepAll = keepAll
        self.spill = spill
    }

    /// Pass 1, when spilling, on the worker that scanned the file (files finish in any
    /// order, so which files spill can differ between runs; what pass 2 gets cannot): the
    /// file keeps its documents while the budget lasts; beyond it they are spilled (or, if
    /// that fails, marked to be read again). Its documents stay on it until `add`, which
    /// needs the first one to tell a copy. The time spent spilling counts as the first file
    /// stage's (load).
    func place(_ file: inout ScannedFile) {
        guard !keepAll, let spill else { return }
        lock.lock()
        let fits = used + file.bytes <= budget
        if fits { used += file.bytes }
        let spilling = failure == nil
        lock.unlock()
        guard !fits else { return }
        file.cached = false
        guard spilling, !file.work.documents.isEmpty else { return }
        let start = ThreadClock.seconds()
        do {
            file.spilled = try spill.write(SpilledWork(documents: file.work.documents, findings: file.work.findings),
                                           rowsHint: file.rows)
            file.cached = true
        } catch {
            noteFailure(error)
        }
        if !file.reports.isEmpty { file.reports[0].seconds += ThreadClock.seconds() - start }
    }

    /// Adds the next file in input order (after `place`), letting go of the documents it
    /// does not keep in memory. Without spilling, the budget is spent here, in input order,
    /// so which files are read again does not change between runs.
    func add(_ file: ScannedFile) {
        var file = file
        if file.counties.count > 1 {
            // Several counties' forms (rare): kept in memory whole, one entry per county, so no
            // county takes what another spilled.
            if let entry = file.spilled { spill?.discard(entry) }
            file.spilled = nil
            if spill != nil { file.cached = true }
        }
        file.countyParts().forEach(addOne)
    }

    private func addOne(_ file: ScannedFile) {
        var file = file
        if spill == nil && !keepAll && !file.isCopy {
            if used + file.bytes <= budget { used += file.bytes } else { file.cached = false }
        }
        if file.isCopy {
            // A copy keeps its small stand-in; what was spilled of it is not needed.
            if let entry = file.spilled { spill?.discard(entry) }
            file.spilled = nil
            file.cached = true
        } else if file.spilled != nil || !file.cached {
            file.work.documents = []
            file.work.findings = []
        }
        lock.lock()
        if !file.cached && file.rows > 0 { readAgain += 1 }
        files.append(file)
        lock.unlock()
    }

    /// The file at `index` (input order), given up so its memory goes with its county; a
    /// spilled file is read back here. If that fails, the file is read again by pass 2 like
    /// one that was never spilled, and counted.
    func take(_ index: Int) -> ScannedFile {
        lock.lock()
        var file = files[index]!
        files[index] = nil
        lock.unlock()
        if let entry = file.spilled, let spill {
            file.spilled = nil
            do {
                let work = try spill.read(entry)
                file.work.documents = work.documents
                file.work.findings = work.findings
            } catch {
                spill.discard(entry)
                file.cached = false
                noteFailure(error)
                lock.lock()
                readAgain += 1
                lock.unlock()
            }
        }
        return file
    }

    var count: Int { files.count }
    func county(at index: Int) -> String? { files[index]?.county }

    /// What was spilled, and what was read again instead.
    var figures: SpillFigures {
        var figures = spill?.figures ?? SpillFigures()
        lock.lock()
        figures.readAgain = readAgain
        figures.failure = failure
        figures.keptBytes = used
        lock.unlock()
        return figures
    }

    private func noteFailure(_ error: any Error) {
        lock.lock()
        if failure == nil { failure = "\(error)" }
        lock.unlock()
    }
}
