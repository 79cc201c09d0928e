import Foundation

/// Checks every amount a reader read (budgets, stated department totals, fiscal and other
/// funds) before anything is added up, whatever layout read the file. An amount that is not
/// a plain decimal (`0x10`, `1e3`, `1.234,5`, `NaN`), negative, or larger than any county
/// project can be is left out of every total, with an 错误 finding giving the reason; an
/// amount whose size says 元 in a file read in 万元 is flagged; a file that writes no unit at all
/// and whose every budget is that size is read in 元. The limits are pipeline parameters of the
/// `load` stage.
public struct AmountChecks: Sendable {
    /// Amounts above this many 万元 are not believed (default 10,000,000 万元 = 1,000 亿元).
    public var maximum: Double
    /// Amounts from this many 万元 on, in a file read in 万元, look like 元 (default 100,000 万元).
    public var yuanSuspectAt: Double

    public static let defaultMaximum = 10_000_000.0
    public static let defaultYuanSuspectAt = 100_000.0

    public init(maximum: Double = AmountChecks.defaultMaximum, yuanSuspectAt: Double = AmountChecks.defaultYuanSuspectAt) {
        self.maximum = maximum
        self.yuanSuspectAt = yuanSuspectAt
    }

    public func apply(to document: inout CountyDocument) {
        var added: [Finding] = []
        var replacedMissing: Set<Int> = []
        func finding(_ severity: Severity, _ rule: String, _ message: String, department: String?, project: String?,
                     source: SourceRef) -> Finding {
            Finding(severity: severity, rule: rule, message: message, county: document.county,
                    department: department, project: project, source: source, stage: LoadStage.name)
        }
        var inWan = document.moneyUnit == .wanYuan
        // No unit written anywhere, and every budget as large as 元 are (the largest as large as
        // `yuanSuspectAt` 万元 would be): read in 元, said, not flagged after a total of billions.
        if inWan, !document.moneyUnitStated, let largest = readInYuan(&document) {
            inWan = false
            added.append(finding(.warning, RuleID.moneyUnitMissing,
                "文件没有写明金额单位；金额的大小（最大「\(largest)」）像是以元为单位，按元读入，请核对",
                department: nil, project: nil, source: SourceRef(file: document.file, line: 1)))
            document.findings.removeAll { $0.rule == RuleID.moneyUnitMissing }
        }

        // What a finding says (the department's name, the amount as written) is made only for an
        // amount with a problem: this looks at every project of every file, and few have one.
        for index in document.projects.indices {
            let project = document.projects[index]
            func written() -> String { TextCleaning.trimSpaces(TextCleaning.foldWidth(project.budgetAsWritten)) }
            guard let budget = project.budget else {
                let written = written()
                guard !written.isEmpty else { continue }
                // The reader said "missing or not a number"; say which, and why it is not counted.
                replacedMissing.insert(index)
                added.append(finding(.error, RuleID.amountNotDecimal,
                    "预算数「\(written)」不是十进制数字（应写作 97.20 或 8,827,620.53 这样的数），未计入合计",
                    department: project.department.description, project: project.name, source: project.source))
                continue
            }
            if let problem = problem(budget, written: written(), inWan: inWan, what: "预算数") {
                if problem.excluded { document.projects[index].budget = nil }
                added.append(finding(problem.severity, problem.rule, problem.message,
                                     department: project.department.description, project: project.name, source: project.source))
            }
            /// A fund's amount left out, with its finding, when its problem excludes it.
            func excluded(_ amount: Double?, _ label: String) -> Bool {
                guard let amount, let problem = problem(amount, written: formatNumber(amount), inWan: inWan, what: label),
                      problem.excluded else { return false }
                added.append(finding(problem.severity, problem.rule, problem.message,
                                     department: project.department.description, project: project.name, source: project.source))
                return true
            }
            if excluded(project.fiscalFunds, "财政拨款") { document.projects[index].fiscalFunds = nil }
            if excluded(project.otherFunds, "其他资金") { document.projects[index].otherFunds = nil }
        }
        for index in document.departments.indices {
            guard let stated = document.departments[index].statedTotal,
                  let problem = problem(stated, written: formatNumber(stated), inWan: inWan, what: "部门合计"),
                  problem.excluded else { continue }
            let department = document.departments[index]
            document.departments[index].statedTotal = nil
            added.append(finding(problem.severity, problem.rule, problem.message,
                                 department: department.org.description, project: nil, source: department.source))
        }
        if !replacedMissing.isEmpty {
            let names = Set(replacedMissing.flatMap { [document.projects[$0].name, document.projects[$0].nameAsWritten] })
            document.findings.removeAll { $0.rule == RuleID.budgetMissing && names.contains($0.project ?? "") }
        }
        if !document.moneyUnitStated, !document.findings.contains(where: { $0.rule == RuleID.moneyUnitMissing }),
           !added.contains(where: { $0.rule == RuleID.moneyUnitMissing }) {
            added.append(finding(.warning, RuleID.moneyUnitMissing, "文件没有写明金额单位，按万元处理",
                                 department: nil, project: nil, source: SourceRef(file: document.file, line: 1)))
        }
        document.findings += added
    }

    /// The fewest 元 a project's budget holds when a file's amounts are in 元 (a budget of
    /// less than 1,000 元 is none): with no unit written, a file whose every budget is at least
    /// this, and one at least `yuanSuspectAt`, is in 元.
    static let leastYuanBudget = 1_000.0

    /// Reads a file that states no unit in 元 when its budgets' sizes say so: every amount made
    /// 万元, and the largest budget as written returned; nil (nothing changed) when they do not.
    func readInYuan(_ document: inout CountyDocument) -> String? {
        let budgets = document.projects.compactMap(\.budget).filter { $0 > 0 }
        guard let largest = budgets.max(), largest >= yuanSuspectAt, largest <= maximum,
              budgets.allSatisfy({ $0 >= Self.leastYuanBudget }) else { return nil }
        let written = document.projects.first { $0.budget == largest }.map { TextCleaning.trimSpaces($0.budgetAsWritten) } ?? fmt(largest)
        let toWan = { (amount: Double?) in amount.map(MoneyUnit.yuan.toWan) }
        for index in document.projects.indices {
            document.projects[index].budget = toWan(document.projects[index].budget)
            document.projects[index].fiscalFunds = toWan(document.projects[index].fiscalFunds)
            document.projects[index].otherFunds = toWan(document.projects[index].otherFunds)
            document.projects[index].basicSpending = toWan(document.projects[index].basicSpending)
            document.projects[index].projectSpending = toWan(document.projects[index].projectSpending)
        }
        for index in document.departments.indices {
            document.departments[index].statedTotal = toWan(document.departments[index].statedTotal)
        }
        document.moneyUnit = .yuan
        return written
    }

    struct Problem {
        var severity: Severity
        var rule: String
        var message: String
        /// Left out of every total (else only flagged).
        var excluded: Bool
    }

    /// The problem of an amount, if any; `written` (the amount as the finding quotes it) is
    /// made only then.
    func problem(_ amount: Double, written: @autoclosure () -> String, inWan: Bool, what: String) -> Problem? {
        if amount < 0 {
            return Problem(severity: .error, rule: RuleID.amountNegative,
                           message: "\(what)为负数「\(written())」，未计入合计", excluded: true)
        }
        if amount > maximum {
            return Problem(severity: .error, rule: RuleID.amountImplausible,
                           message: "\(what)「\(written())」折合 \(fmt(amount)) 万元，超过可信上限 \(fmt(maximum)) 万元，未计入合计",
                           excluded: true)
        }
        if inWan, amount >= yuanSuspectAt {
            return Problem(severity: .warning, rule: RuleID.moneyUnitSuspect,
                           message: "\(what)「\(written())」按万元计为 \(fmt(amount)) 万元，大小像是以元为单位；请核对金额单位",
                           excluded: false)
        }
        return nil
    }
}
