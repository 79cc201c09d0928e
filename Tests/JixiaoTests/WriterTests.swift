import Foundation
import Testing
import ZIPFoundation
@testable import JixiaoCore
import JixiaoBench

/// The writer's own pieces: the as-written columns filled only where they differ, text
/// measured from its bytes, and the benchmark's floor writing exactly the cells jixiao writes.
@Suite struct WriterTests {
    static func indicator(comparison: String, value: String, unit: String, parsed: ParsedValue,
                          level1Label: String = "产出指标", level1: String? = "产出指标") -> Indicator {
        var indicator = Indicator(level1Label: level1Label, level2Label: "数量指标", nameAsWritten: "维护设备数量",
                                  comparisonAsWritten: comparison, valueAsWritten: value, unitAsWritten: unit,
                                  source: SourceRef(file: "t.txt", line: 2))
        indicator.value = parsed
        indicator.level1 = level1
        return indicator
    }

    @Test func asWrittenCellsAreBlankWhenTheFormWroteWhatTheSheetShows() {
        let same = Self.indicator(comparison: "≥", value: "95", unit: "%", parsed: ParsedValue(comparison: .atLeast, number: 95, unit: "%"))
        #expect(CountyWorkbook.valueAsWritten(same) == "")
        // One cell holding it all, spaces aside, reads the same.
        let together = Self.indicator(comparison: "", value: "≥ 95%", unit: "", parsed: ParsedValue(comparison: .atLeast, number: 95, unit: "%"))
        #expect(CountyWorkbook.valueAsWritten(together) == "")
        #expect(CountyWorkbook.valueAsWritten(Self.indicator(comparison: "≥", value: "0.3", unit: "万元",
                                                             parsed: ParsedValue(comparison: .atLeast, number: 0.3, unit: "万元"))) == "")
        // Written otherwise: shown as written.
        let typed = Self.indicator(comparison: "≧", value: "95", unit: "％", parsed: ParsedValue(comparison: .atLeast, number: 95, unit: "%"))
        #expect(CountyWorkbook.valueAsWritten(typed) == "≧ 95 ％")
        let decimals = Self.indicator(comparison: "", value: "95.0%", unit: "", parsed: ParsedValue(number: 95, unit: "%"))
        #expect(CountyWorkbook.valueAsWritten(decimals) == "95.0%")
        // A value written without a comparison, classified 定性, reads as written.
        let qualitative = Self.indicator(comparison: "", value: "高中低", unit: "", parsed: ParsedValue(comparison: .qualitative, grade: "高中低"))
        #expect(CountyWorkbook.valueAsWritten(qualitative) == "")
        let worded = Self.indicator(comparison: "", value: "明显提升", unit: "", parsed: ParsedValue(comparison: .qualitative, grade: "提升"))
        #expect(CountyWorkbook.valueAsWritten(worded) == "明显提升")
        // Labels: blank when the framework's name is the one written.
        #expect(CountyWorkbook.asWritten("产出指标", shown: "产出指标") == "")
        #expect(CountyWorkbook.asWritten("产出", shown: "产出指标") == "产出")
        #expect(CountyWorkbook.asWritten("项目产出", shown: "") == "项目产出")
    }

    /// The scalar-by-scalar estimate the byte loop replaced, kept as the reference.
    static func referenceLines(_ text: String, width: Double) -> Double {
        var lines = 1.0, used = 0.0
        let usable = max(width - 0.5, 1)
        for scalar in text.unicodeScalars {
            if scalar == "\n" { lines += 1; used = 0; continue }
            let w = scalar.value > 0x2E80 ? 1.8 : 1.0
            if used + w > usable { lines += 1; used = 0 }
            used += w
        }
        return lines
    }

    @Test func textIsMeasuredFromItsBytesAsScalarByScalar() {
        let texts = ["", "abc", "平武县政务网络工作中心网络问政管理及维护费（维修维护费）", "≥95%", "第一行\n第二行\n", "é ü ⺀⺁ 😀 mixed 中文 text",
                     String(repeating: "指标", count: 40)]
        for text in texts {
            for width in [1.0, 6, 11, 24, 28, 64] {
                #expect(TextMeasure.lines(text, width: width) == Self.referenceLines(text, width: width), "\(text) at \(width)")
            }
            let reference = text.unicodeScalars.reduce(0.0) { $0 + ($1.value > 0x2E80 ? 2.1 : 1.1) }
            #expect(abs(TextMeasure.width(text) - reference) < 1e-9, "\(text)")
        }
        #expect(TextMeasure.lines("平武县政务网络工作中心网络问政管理及维护费（维修维护费）", width: 24) == 3)
    }

    @Test func a1ReferencesNameColumnsAsExcelDoes() {
        #expect(A1.cell(0, 0) == "A1")
        #expect(A1.cell(4, 25) == "Z5" && A1.cell(4, 26) == "AA5" && A1.cell(9, 27) == "AB10" && A1.cell(0, 702) == "AAA1")
        #expect(A1.range((1, 2), (9, 2)) == "C2:C10")
    }

    /// Cells holding a value, per sheet (in the workbook's order), from the sheets' XML.
    static func valuedCells(of path: String) throws -> [Set<String>] {
        let archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
        var sheets: [(Int, Set<String>)] = []
        let cell = try NSRegularExpression(pattern: #"<c r="([A-Z]+[0-9]+)"[^>]*?(?<!/)>"#)
        for entry in archive where entry.path.hasPrefix("xl/worksheets/sheet") {
            var data = Data()
            _ = try archive.extract(entry) { data.append($0) }
            let xml = String(decoding: data, as: UTF8.self)
            let refs = cell.matches(in: xml, range: NSRange(xml.startIndex..., in: xml)).map { String(xml[Range($0.range(at: 1), in: xml)!]) }
            let number = Int(entry.path.dropFirst("xl/worksheets/sheet".count).dropLast(4))!
            sheets.append((number, Set(refs)))
        }
        return sheets.sorted { $0.0 < $1.0 }.map(\.1)
    }

    @Test func theFloorWritesTheCellsJixiaoWrites() throws {
        let (file, result) = try Fixtures.runSample()
        let folder = Fixtures.temporaryDirectory()
        for county in result.counties {
            let part = result.only(county: county)
            let jixiao = folder + "/\(county).xlsx", floor = folder + "/\(county)-floor.xlsx"
            try CountyWorkbook.write(county: county, documents: part.documents, findings: part.findings, period: "2023-12",
                                     rules: file.rules, to: jixiao)
            let written = try WriterFloor.write(documents: part.documents, findings: part.findings, rules: file.rules, to: floor)
            let ours = try Self.valuedCells(of: jixiao), floors = try Self.valuedCells(of: floor)
            #expect(ours.count == floors.count, "\(county): sheets")
            for (index, (mine, bare)) in zip(ours, floors).enumerated() {
                #expect(mine == bare, "\(county) sheet \(index + 1): only jixiao \(mine.subtracting(bare).sorted()), only the floor \(bare.subtracting(mine).sorted())")
            }
            #expect(written == floors.map(\.count).reduce(0, +))
        }
    }
}
