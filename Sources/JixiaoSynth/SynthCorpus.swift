import Foundation
import JixiaoCore

/// What `jixiao synth` generates: the number of counties, the seed, and how big a county is.
public struct SynthOptions: Sendable {
    public struct Size: Sendable {
        public var departments: ClosedRange<Int>
        public var projectsPerDepartment: ClosedRange<Int>

        public init(departments: ClosedRange<Int>, projectsPerDepartment: ClosedRange<Int>) {
            self.departments = departments
            self.projectsPerDepartment = projectsPerDepartment
        }

        /// A real county: about 30 departments × 25 projects × 6–8 indicators ≈ 5,000 rows.
        public static let county = Size(departments: 26...34, projectsPerDepartment: 15...35)
    }

    public var counties: Int
    public var seed: UInt64
    public var size: Size

    public init(counties: Int, seed: UInt64, size: Size = .county) {
        self.counties = counties
        self.seed = seed
        self.size = size
    }
}

/// A deterministic, realistic corpus of county performance-target forms for benchmarks
/// and end-to-end tests: per county, files in Layout A (most counties) or Layout B (every
/// 5th), with the quirks of the real samples, and a ground truth computed from what was
/// written. Same options ⇒ byte-identical files on every machine.
public enum SynthCorpus {
    public static let inputsFolder = "inputs"

    /// What a generation wrote.
    public struct Report: Sendable {
        public var inputsDirectory: String
        public var groundTruthPath: String
        public var groundTruth: GroundTruth
        /// Bytes of the county files (the ground truth not counted).
        public var bytes: Int
        public var seconds: Double
    }

    public struct Failure: Error, CustomStringConvertible, Sendable {
        public var message: String
        public var description: String { message }
    }

    /// One generated file in memory.
    struct File: Sendable {
        var name: String
        var bytes: [UInt8]
    }

    /// Generates the corpus into `directory`: the county files in `directory/inputs/` and
    /// `directory/ground-truth.json`. An `inputs` folder that already holds files is an
    /// error unless `replace` is set, in which case it and the ground truth are replaced.
    public static func generate(_ options: SynthOptions, into directory: String, replace: Bool = false) throws -> Report {
        let clock = ContinuousClock.now
        let fileManager = FileManager.default
        let inputs = (directory as NSString).appendingPathComponent(inputsFolder)
        let truthPath = (directory as NSString).appendingPathComponent(GroundTruth.fileName)
        if let existing = try? fileManager.contentsOfDirectory(atPath: inputs), !existing.isEmpty {
            guard replace else {
                throw Failure(message: "\(inputs) already holds \(existing.count) files; use --force to replace them")
            }
            try fileManager.removeItem(atPath: inputs)
            try? fileManager.removeItem(atPath: truthPath)
        }
        do {
            try fileManager.createDirectory(atPath: inputs, withIntermediateDirectories: true)
        } catch {
            throw Failure(message: "cannot create \(inputs): \(error.localizedDescription)")
        }

        let names = CountyNames.make(count: options.counties, seed: options.seed)
        let results = ResultBox(count: options.counties)
        // Counties are independent (each has its own random streams): write them in parallel.
        DispatchQueue.concurrentPerform(iterations: options.counties) { index in
            let (truth, files) = county(index, name: names[index], options: options)
            do {
                for file in files {
                    let url = URL(fileURLWithPath: (inputs as NSString).appendingPathComponent(file.name))
                    try Data(file.bytes).write(to: url)
                }
                results.set(index, truth)
            } catch {
                results.fail("\(inputs): \(error.localizedDescription)")
            }
        }
        if let failure = results.failure { throw Failure(message: "cannot write the corpus: \(failure)") }
        let truths = results.values
        let json = GroundTruthJSON.render(seed: options.seed, inputs: inputsFolder, counties: truths)
        do {
            try Data(json.bytes).write(to: URL(fileURLWithPath: truthPath))
        } catch {
            throw Failure(message: "cannot write \(truthPath): \(error.localizedDescription)")
        }
        let truth = try JSONDecoder().decode(GroundTruth.self, from: Data(json.bytes))
        let elapsed = ContinuousClock.now - clock
        return Report(inputsDirectory: inputs, groundTruthPath: truthPath, groundTruth: truth,
                      bytes: truths.reduce(0) { $0 + $1.bytes },
                      seconds: Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
    }

    /// One county planned and written in memory, with its ground truth.
    static func county(_ index: Int, name: String, options: SynthOptions) -> (CountyTruth, [File]) {
        var planner = CountyPlanner(seed: options.seed, county: index, size: options.size)
        let county = planner.plan(index: index, name: name)
        var files: [File] = []
        var quirks = SynthQuirks()
        var tableWriter = DepartmentTableWriter(county: county, seed: options.seed)
        var formWriter = ProjectFormWriter(county: county, seed: options.seed)
        for (part, group) in county.fileGroups.enumerated() {
            let text: TextBuffer
            switch county.style.layout {
            case .departmentTable: text = tableWriter.write(departments: group)
            case .projectForm: text = formWriter.write(departments: group)
            }
            // Names like the samples' `000_6941c6c000b569c3.txt`: they do not tell the layout.
            files.append(File(name: "\(pad(index, 4))-\(part + 1)_\(text.fingerprint).txt", bytes: text.bytes))
        }
        quirks = tableWriter.quirks + formWriter.quirks
        quirks.subUnits = county.departments.reduce(0) { $0 + $1.projects.filter { $0.startsUnit != nil }.count }
        let truth = CountyTruth(county: county.name, layout: county.style.layout, moneyUnit: county.style.moneyUnit,
                                files: files.map(\.name), departments: county.departments.count,
                                projects: county.projectCount, indicators: county.indicatorCount,
                                budget: county.budget, bytes: files.reduce(0) { $0 + $1.bytes.count }, quirks: quirks)
        return (truth, files)
    }
}

/// Per-county results filled in from parallel workers.
private final class ResultBox: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [CountyTruth?]
    private(set) var failure: String?

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ truth: CountyTruth) {
        lock.lock(); defer { lock.unlock() }
        slots[index] = truth
    }

    func fail(_ message: String) {
        lock.lock(); defer { lock.unlock() }
        if failure == nil { failure = message }
    }

    var values: [CountyTruth] {
        lock.lock(); defer { lock.unlock() }
        return slots.compactMap { $0 }
    }
}
