import Foundation
import Testing
import ZIPFoundation
import CPartBuffer
@testable import JixiaoCore

/// The jixiao executable keeps libxlsxwriter's workbook parts in memory instead of temporary
/// files (Sources/CWorkbookParts), compresses them with libdeflate (Sources/CWorkbookDeflate) and
/// formats their XML without glibc's printf where it can (Sources/CWorkbookXML); the library,
/// which these tests link, keeps libxlsxwriter's own temporary files, minizip's zlib and glibc's
/// printf. Both must write the same workbooks, each part with the CRC-32 of its bytes.
@Suite("Workbook parts kept in memory")
struct WorkbookPartsTests {
    /// Every part of every county workbook, unpacked, by name (the creation time left out).
    private func parts(of folder: String) throws -> [String: Data] {
        var parts: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder) where name.hasSuffix(".xlsx") && name != "汇总.xlsx" {
            let archive = try Archive(url: URL(fileURLWithPath: folder + "/" + name), accessMode: .read)
            for entry in archive where entry.path != "docProps/core.xml" {
                var data = Data()
                let checksum = try archive.extract(entry) { data.append($0) }
                // ZIPFoundation hands back the CRC-32 of what it unpacked; the archive states its own.
                #expect(checksum == entry.checksum, "\(name): \(entry.path)")
                parts[name + ":" + entry.path] = data
            }
        }
        return parts
    }

    /// The county workbooks' parts as the executable writes them, checked part by part against the
    /// library's; `form` is the one input (测试县.txt), else the pipeline's own inputs are read.
    private func partsWrittenAlike(form: String? = nil) throws -> [String: Data] {
        let executableRoot = Fixtures.temporaryDirectory()
        var arguments = ["run", Fixtures.samplePipeline, "--out", executableRoot, "--period", "2024-01"]
        var inputs: [InputFile]?
        if let form {
            let folder = Fixtures.temporaryDirectory()
            inputs = [InputFile(path: Fixtures.write(form, named: "测试县.txt", in: folder))]
            arguments.append(folder)
        }
        let outcome = try Command.run(arguments)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let libraryRoot = Fixtures.temporaryDirectory()
        _ = try Fixtures.runPeriod("2024-01", root: libraryRoot, inputs: inputs)
        let fromExecutable = try parts(of: executableRoot + "/2024-01")
        let fromLibrary = try parts(of: libraryRoot + "/2024-01")
        #expect(fromExecutable.keys.sorted() == fromLibrary.keys.sorted())
        for (name, data) in fromLibrary {
            #expect(fromExecutable[name] == data, "\(name)")
        }
        return fromExecutable
    }

    @Test func theExecutablesWorkbooksHoldTheSamePartsAsTheLibrarys() throws {
        let fromExecutable = try partsWrittenAlike()
        #expect(fromExecutable.keys.contains("平武县.xlsx:xl/worksheets/sheet1.xml"))
        #expect(fromExecutable.keys.contains("原州区.xlsx:xl/sharedStrings.xml"))
    }

    /// Values the sample lacks: a negative number (-3, whose sign the executable writes itself),
    /// numbers that are not whole (23.5, 99.95, 12.5: glibc formats them), a name with spaces
    /// at its ends and a 3,000-character goal (libxlsxwriter hands such text to fputs, not
    /// printf). Turning the sign into `+` makes this test fail, not the sample's.
    @Test func valuesTheSampleLacksComeOutTheSame() throws {
        let goal = String(repeating: "为完成年度信息工作，预计投入经费，以确保日常工作正常运转。", count: 100)
        let form = """
        测试县2023年部门预算项目支出绩效目标申报表
        金额单位：万元
        单位名称\t项目名称\t预算数\t年度目标\t一级指标\t二级指标\t三级指标\t指标性质\t指标值\t度量单位\t权重\t指标方向性
        101-测试县委办公室\t\t12345678.91\t\t\t\t\t\t\t\t\t
        \t测试县委办公室信息工作经费\t12345678.91\t\(goal)\t产出指标\t数量指标\t编发信息期数\t≥\t23.5\t期\t12.5\t正向指标
        \t\t\t\t产出指标\t质量指标\t 任务完成率 \t≥\t99.95\t%\t17.5\t正向指标
        \t\t\t\t效益指标\t社会效益指标\t群众收入变化\t≥\t-3\t%\t20\t正向指标
        \t\t\t\t满意度指标\t服务对象满意度指标\t服务对象满意度\t≥\t95\t%\t50\t正向指标

        """
        let strings = try #require(try partsWrittenAlike(form: form)["测试县.xlsx:xl/sharedStrings.xml"])
        #expect(String(decoding: strings, as: UTF8.self).contains(goal))
    }

    /// A part beyond `jixiao_part_buffer_mapping_threshold` grows in its own mapping and gives
    /// its pages back as it is zipped (Sources/CPartBuffer): 2,000 projects with goals of their
    /// own make a shared-strings part of 6 MB, which must come out as the library writes it.
    @Test func aPartLargeEnoughForItsOwnMappingComesOutTheSame() throws {
        let goal = String(repeating: "为完成年度信息工作，预计投入经费，以确保日常工作正常运转。", count: 35)
        var form = """
        测试县2023年部门预算项目支出绩效目标申报表
        金额单位：万元
        单位名称\t项目名称\t预算数\t年度目标\t一级指标\t二级指标\t三级指标\t指标性质\t指标值\t度量单位\t权重\t指标方向性
        101-测试县委办公室\t\t3000\t\t\t\t\t\t\t\t\t

        """
        for project in 1...2_000 {
            form += "\t测试县委办公室第\(project)号信息工作经费\t1.5\t第\(project)号：\(goal)\t产出指标\t数量指标\t编发信息期数\t≥\t12\t期\t50\t正向指标\n"
            form += "\t\t\t\t满意度指标\t服务对象满意度指标\t服务对象满意度\t≥\t95\t%\t50\t正向指标\n"
        }
        let strings = try #require(try partsWrittenAlike(form: form)["测试县.xlsx:xl/sharedStrings.xml"])
        #expect(strings.count > jixiao_part_buffer_mapping_threshold())
    }
}
