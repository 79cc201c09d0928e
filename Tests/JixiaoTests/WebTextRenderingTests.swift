import Foundation
import Testing
@testable import JixiaoCore

/// Every template page (`Tests/Fixtures/office-templates/html/`, `Tests/Fixtures/template-pages/html/`,
/// the printed tables' pages in `Tests/Fixtures/printed/`)
/// copied as text from a published page (`web-text.py`: `|` after each cell, one cell a line with
/// `|` or blank lines (a cell's line breaks kept or not), everything glued, each row glued on its line, each row's cells a space apart, each row's cells
/// tab-separated in the page's order as a browser copies them) reads as the page itself: the same projects (department,
/// unit, name, budget) and indicators (labels, name, operator, target, unit, weight, direction), in order.
/// Glued copies read so only where no amounts run together (listed).
@Suite struct WebTextRenderingTests {
    /// Each folder with its pages' folder: the printed tables' pages (`Tests/Fixtures/printed/`)
    /// stand beside their PDFs.
    static let folders = [("Tests/Fixtures/office-templates", "html"), ("Tests/Fixtures/template-pages", "html"), ("Tests/Fixtures/printed", ".")]

    static let pages: [(folder: String, name: String)] = folders.flatMap { folder, html in
        ((try? FileManager.default.contentsOfDirectory(atPath: Fixtures.path("\(folder)/\(html)"))) ?? [])
            .filter { $0.hasSuffix(".html") }.sorted().map { (folder, String($0.dropLast(5))) }
    }

    /// A page's own file.
    static func html(of page: (folder: String, name: String)) -> String {
        let html = folders.first { $0.0 == page.folder }?.1 ?? "html"
        return "\(page.folder)/\(html)/\(page.name).html"
    }

    /// The only pages whose glued copy reads as the page: glued text runs amounts together where
    /// no unit ends them, and keeps no trace of the rows after a table. Read as the page: a second
    /// header row's titles glued after the first's (s: 长期指标值 | 年度指标值 divide 指标值); a last
    /// text column (评(扣)分标准) taking the text after a row's values; a unit column taking the unit
    /// glued to a target (`≥200次`); a qualitative target of `qualitative_values` after its name
    /// (`…发生率下降`); amounts under a row of keys cut where the total is the sum of the rest
    /// (`GluedAmounts`); a column title's first row run on after it (`预算金额人员经费…`), no budget;
    /// placeholders run together (`//`), no row; a direction word (`正向指标`) after a row's
    /// values, where the table ends with a direction column, ending the row; a value with its unit
    /// between two names (`…长度8公里新建检查井数量120座`, `GluedRow.unmarkedRowEnd`) ending one; the
    /// last column's text ending with a word of `kept_text_endings` (`…10未完成按比例扣分新建产业路…`)
    /// before the next row; a total row (`合计90`) or caption (`表2`) ending the table.
    static let gluedAlike: Set = ["c-infrastructure", "d-empty-level2", "dept-whole-keys-above-values", "dept-whole-task-amounts", "e-vertical-label",
                                  "g-central-investment", "goal-in-two-columns", "h-dept-whole", "labels-broken-over-lines", "m-infrastructure-spaced",
                                  "regional-local-department", "s-general-two-row-header", "target-in-two-cells",
                                  "project-code-unit-line", "target-under-two-titles", "v-keys-in-paragraphs", "w-two-tables",
                                  "approval-weight-total", "b-general-level1", "captions-between-tables", "l-general-level1-multi",
                                  // The printed tables' pages.
                                  "calc-cost-under-output", "calc-keys-in-paragraphs", "calc-long-term-targets", "centred-labels-level2-first", "date-parts-spaced", "department-whole", "dept-whole-centred-labels", "keys-broken-by-hand", "level-one-centred-over-five", "level-two-beside-a-centred-level-one", "two-tables-closing-sign"]

    /// The pages whose copy with each row run together on its own line (`rows-glued/`) reads as the
    /// page: a line of column titles run together (`一级指标二级指标三级指标指标值分值`) says every line
    /// of the file is such a row (`FormCells.hasGluedHeader`), cut at every word as glued text is;
    /// amounts on the line under their keys (`预算资金总额财政拨款其他资金` / `356.8356.80`), a
    /// header's second row on its own line (`数值计量单位`); a department's own table of projects (its
    /// name above it, no unit column) cut row by row as glued (`GluedProjectRow.cutsOwnRows`). Not yet:
    /// names glued to their explanation (o), organisations glued under a row of keys, tables whose
    /// units' names run into their projects' with no code column (k, and the printed tables with units).
    static let rowsGluedAlike: Set = ["a-approval", "approval-weight-total", "captions-between-tables", "name-ending-in-a-label", "b-general-level1", "c-infrastructure", "d-empty-level2", "dept-whole-keys-above-values",
                                      "dept-whole-task-amounts", "e-vertical-label", "g-central-investment", "goal-in-two-columns",
                                      "h-dept-whole", "l-general-level1-multi", "labels-broken-over-lines", "m-infrastructure-spaced",
                                      "project-code-unit-line", "regional-local-department", "s-general-two-row-header",
                                      "target-in-two-cells", "target-under-two-titles", "v-keys-in-paragraphs", "w-two-tables",
                                      // The printed tables' pages.
                                      "calc-cost-under-output", "calc-hand-broken-labels", "calc-keys-in-paragraphs", "calc-level-labels", "calc-long-term-targets", "centred-labels-level2-first", "date-parts-spaced", "department-table", "department-table-top", "department-whole", "dept-whole-centred-labels", "keys-broken-by-hand", "level-one-centred-over-five", "level-two-beside-a-centred-level-one", "two-tables-closing-sign"]

    /// The pages whose copy with each row's cells one space apart (`spaced/`) reads as the page: a
    /// line of column titles one space apart with a row of spaced cells under it says a single
    /// space separates cells in the file (`FormCells.spacedHeader`); a word a cell wrapped over
    /// a space (`主管 部门 及代码`, `产出指标 (50分)`, `绩 效 指 标`, a total's `合 计`) is joined back, and
    /// so is a name wrapped over a space where the row has a cell more than its columns and the cell
    /// after the name's text is a target (`维修养护供水 工程数量 45处 20`), or where its second part is
    /// a label word that ends names, before the target (`居民 满意度 ≥85%`). Every page reads as itself.
    static let spacedUnlike: Set<String> = []

    /// The pages whose whole text on one line, every cell one space apart (`spaced-page/`, a
    /// document site's preview), does not read as the page. It is cut at the vocabulary's words as
    /// glued text is, a key across a space giving way to the key after it (`项目名称 高标准农田建设项目
    /// 主管部门`: 项目 is the name's), and the spaces tell a row's pieces of text apart where its
    /// values fall short (`重大动物疫情发生情况 无区域性重大疫情 30`: the target the vocabulary lacks) or
    /// an explanation column stands before them (`扶持民族村项目数 扶持民族村项目个数 2`,
    /// `GluedRow.spacedRows`). Left, as glued: keys above their values, Layout A's project tables, a
    /// level 2 worded the template's own way.
    static let spacedPageUnlike: Set = ["f-unknown-level2", "k-layoutA-merged", "project-keys-above-values", "project-table-unit-and-project-column",
                                        // The printed tables' pages: departments' tables of projects, and a level 2 numbered (一、数量指标).
                                        "calc-merged-names-narrow-columns", "calc-projects-at-group-ends", "department-table-top", "department-table-units", "department-table", "narrow-amounts", "ordinal-numbers"]

    /// Pages whose indicator header, glued on one line above a table of one cell a line, does not
    /// read as the page: two-row headers (the lower row's titles alone on their lines) and Layout A's
    /// project tables; as before session 20.
    static let headerGluedUnlike: Set = ["k-layoutA-merged", "project-table-unit-and-project-column", "s-general-two-row-header",
                                         "target-under-two-titles", "labels-broken-over-lines",
                                         // The printed tables' pages: departments' tables of projects, a two-row header.
                                         "calc-merged-names-narrow-columns", "calc-projects-at-group-ends", "department-table-top",
                                         "department-table-units", "department-table", "narrow-amounts", "centred-labels-level2-first", "ordinal-numbers"]

    /// One cell a line (`cells-bar/`) with the indicator header's titles run together on one line
    /// (`一级指标二级指标三级指标指标值分值`): a glued header above cells standing alone is no sign that
    /// the rows are glued (`FormCells.holdsCells`), and the page reads as it does.
    @Test func aGluedHeaderAboveOneCellALine() throws {
        var read = 0
        for page in Self.pages where !Self.headerGluedUnlike.contains(page.name) {
            let pipes = try String(contentsOfFile: Fixtures.path("\(page.folder)/pipes/\(page.name).txt"), encoding: .utf8)
            let header = try #require(pipes.components(separatedBy: "\n").first { $0.contains("一级指标 |") || $0.contains("一级目标 |") },
                                      "\(page.name): no header row")
            let titles = header.components(separatedBy: "|").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            var lines = try String(contentsOfFile: Fixtures.path("\(page.folder)/cells-bar/\(page.name).txt"), encoding: .utf8)
                .components(separatedBy: "\n")
            let wanted = titles.map { $0 + " |" }
            let at = try #require(lines.indices.first { Array(lines[$0...].prefix(wanted.count)) == wanted }, "\(page.name): header not found")
            lines.replaceSubrange(at..<(at + wanted.count), with: [titles.joined()])
            let path = Fixtures.write(lines.joined(separator: "\n"), named: page.name + ".txt", in: Fixtures.temporaryDirectory())
            #expect(try Self.reading(path) == Self.reading(Self.html(of: page)), "\(page.name)")
            read += 1
        }
        #expect(read == 36)
    }

    /// What a reading is, as a list of lines to compare. A label's spaces are where its cell
    /// broke it over lines (`产出<br>指标`), which renderings write as a space or as nothing.
    static func reading(_ path: String) throws -> [String] {
        let document = try Loaders.load(path: path.hasPrefix("/") ? path : Fixtures.path(path))
        return document.projects.flatMap { project in
            ["\(project.department.description) / \(project.unit?.description ?? "—") / \(project.name) / \(project.budget.map { "\($0)" } ?? "—")"]
                + project.indicators.map { i in
                    [i.level1Label.filter { !$0.isWhitespace }, i.level2Label.filter { !$0.isWhitespace }, TextCleaning.dewrap(i.nameAsWritten), i.comparisonAsWritten, i.valueAsWritten,
                     i.unitAsWritten, i.weightAsWritten, i.directionAsWritten].joined(separator: " | ")
                }
        }
    }

    static func check(_ rendering: String, of page: (folder: String, name: String)) throws {
        let html = try reading(html(of: page))
        #expect(!html.isEmpty, "\(page.name): the page reads no project")
        #expect(try reading("\(page.folder)/\(rendering)/\(page.name).txt") == html, "\(page.name) as \(rendering)")
    }

    @Test(arguments: ["pipes", "cells-bar", "cells-blank", "tabs-copied"])
    func rowsAndCellsALineReadAsThePage(rendering: String) throws {
        #expect(Self.pages.count == 49)
        for page in Self.pages {
            try Self.check(rendering, of: page)
        }
    }

    /// One cell a line, blank lines between, a cell's line breaks kept (`cells-blank-wrapped/`):
    /// a label, key or title broken over lines with none between (`一级` / `指标`, `指标` / `值`,
    /// `资金` / `总额` / `(万元)`) is the word its lines make (`FormCells.joiningBrokenWords`). Not so:
    /// an indicator's name broken over lines (`维修养护供水` / `工程数量`), which the text cannot
    /// tell from a row's last cell above the next row's first where a converter parts rows so.
    static let blankWrappedUnlike: Set = ["approval-weight-total", "captions-between-tables"]

    @Test func cellsBrokenOverLinesReadAsThePageWhereTheyCan() throws {
        #expect(Self.blankWrappedUnlike.isSubset(of: Self.pages.map(\.name)))
        for page in Self.pages where !Self.blankWrappedUnlike.contains(page.name) {
            try Self.check("cells-blank-wrapped", of: page)
        }
    }

    @Test func gluedReadsAsThePageWhereItCan() throws {
        for page in Self.pages where Self.gluedAlike.contains(page.name) {
            try Self.check("glued", of: page)
        }
    }

    @Test func spacedReadAsThePageWhereTheyCan() throws {
        #expect(Self.spacedUnlike.isSubset(of: Self.pages.map(\.name)))
        for page in Self.pages where !Self.spacedUnlike.contains(page.name) {
            try Self.check("spaced", of: page)
        }
    }

    @Test func spacedPageReadsAsThePageWhereItCan() throws {
        #expect(Self.spacedPageUnlike.isSubset(of: Self.pages.map(\.name)))
        for page in Self.pages where !Self.spacedPageUnlike.contains(page.name) {
            try Self.check("spaced-page", of: page)
        }
    }

    @Test func rowsGluedReadAsThePageWhereTheyCan() throws {
        #expect(Self.rowsGluedAlike.isSubset(of: Self.pages.map(\.name)))
        for page in Self.pages where Self.rowsGluedAlike.contains(page.name) {
            try Self.check("rows-glued", of: page)
        }
    }
}

extension WebTextRenderingTests {
    /// A department's table of projects glued row by row (`rows-glued/`, one of `headerGluedUnlike`):
    /// its rows are not read, but each is accounted for. The project rows, whose text stands in no
    /// column, had been passed over as structure; they are rejected with their reason, as the
    /// indicator rows under them are.
    @Test func aGluedProjectTableLosesNoRowSilently() throws {
        let text = try String(contentsOfFile: Fixtures.path("Tests/Fixtures/office-templates/rows-glued/project-table-unit-and-project-column.txt"), encoding: .utf8)
        let document = try #require(PublishedFormTraitsTests.partial(text, named: "阆中交通.txt"))
        #expect(document.rejected.count == 7)
        #expect(document.rowsRead == document.rowsWritten + document.rejected.count)
        #expect(document.rejected.filter { $0.reason.contains("cells ran together") }.map(\.source.line) == [7, 11])
    }
}
