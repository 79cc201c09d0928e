import ArgumentParser
import Foundation
import JixiaoCore
import JixiaoSynth

struct Synth: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "生成确定性的模拟语料（各县绩效目标表）及其真值。Generates a deterministic synthetic corpus with its ground truth.",
        discussion: """
        Writes DIR/inputs/ (one to four text files per county, Layout A for most counties and \
        Layout B for every 5th, with the quirks of the real samples, about 5,000 indicator rows \
        per county) and DIR/ground-truth.json (per county: files, departments, projects, \
        indicators, budget in 万元, quirk counts). The same --seed gives byte-identical files \
        on every machine. Run a pipeline on it with: jixiao run PIPELINE DIR/inputs
        """
    )

    @Option(help: "Number of counties (a province has about 150, China about 2,850).")
    var counties: Int = 3

    @Option(help: "Seed: the same seed gives the same corpus.")
    var seed: UInt64 = 1

    @Flag(help: "Replace DIR/inputs and DIR/ground-truth.json when they already exist.")
    var force = false

    @Argument(help: "Folder to write into (created if missing).")
    var directory: String

    func validate() throws {
        guard counties >= 1 else { throw ValidationError("--counties must be at least 1") }
    }

    func run() throws {
        let report: SynthCorpus.Report
        do {
            report = try SynthCorpus.generate(SynthOptions(counties: counties, seed: seed), into: directory, replace: force)
        } catch let error as SynthCorpus.Failure {
            printError("error: \(error)")
            throw ExitCode(1)
        }
        let totals = report.groundTruth.totals
        let layoutB = report.groundTruth.counties.filter { $0.layout == .projectForm }.count
        let inYuan = report.groundTruth.counties.filter { $0.moneyUnit == MoneyUnit.yuan.rawValue }.count
        print("\(totals.counties) 个县（版式 A \(totals.counties - layoutB)，版式 B \(layoutB)；以元计 \(inYuan)），\(totals.files) 个文件，\(totals.departments) 个部门，\(totals.projects) 个项目，\(totals.indicators) 条指标行，\(String(format: "%.4f", totals.budgetWan)) 万元")
        print("counties \(totals.counties), files \(totals.files), rows \(totals.indicators), bytes \(report.bytes) (\(String(format: "%.1f", Double(report.bytes) / 1_048_576)) MiB), seconds \(String(format: "%.2f", report.seconds))")
        print("语料 inputs: \(report.inputsDirectory)")
        print("真值 ground truth: \(report.groundTruthPath)")
    }
}
