/// About how many bytes of heap a file's cleaned documents hold: each record's inline size
/// and box, each array's elements, and the heap bytes of every string too long to be stored
/// inline (more than 15 UTF-8 bytes, 5 Chinese characters). A string shared by several
/// records (a file path) counts each time, so this errs high. It budgets the `FileCache`;
/// walking a row's strings costs far less than a microsecond.
enum MemoryEstimate {
    /// A heap allocation's header and malloc's rounding, as glibc does it.
    private static func allocation(_ bytes: Int) -> Int { (bytes + 16 + 15) & ~15 }

    private static func string(_ text: String) -> Int {
        let count = text.utf8.count
        return count > 15 ? allocation(32 + count) : 0
    }

    private static func string(_ text: String?) -> Int { text.map(string) ?? 0 }

    private static func array<T>(_ values: [T]) -> Int {
        values.isEmpty ? 0 : allocation(32 + values.count * MemoryLayout<T>.stride)
    }

    static func bytes(_ documents: [CountyDocument], _ findings: [Finding]) -> Int {
        var total = array(documents) + bytes(findings)
        for document in documents {
            total += string(document.file) + array(document.departments) + array(document.projects)
                + array(document.readingNotes) + bytes(document.findings) + array(document.rejected)
            for note in document.readingNotes { total += string(note) }
            for row in document.rejected { total += string(row.source.file) + string(row.text) + string(row.reason) }
            for department in document.departments { total += string(department.org.name) + string(department.source.file) }
            for project in document.projects { total += bytes(project) }
        }
        return total
    }

    private static func bytes(_ findings: [Finding]) -> Int {
        var total = array(findings)
        for finding in findings {
            total += string(finding.message) + string(finding.rule) + string(finding.department)
                + string(finding.project) + string(finding.source?.file)
        }
        return total
    }

    private static func bytes(_ project: Project) -> Int {
        let f = project.fields
        var total = allocation(MemoryLayout<Project.Fields>.stride) + array(f.indicators)
            + string(f.department.name) + string(f.unit?.name) + string(f.nameAsWritten) + string(f.name)
            + string(f.budgetAsWritten) + string(f.goal) + string(f.attribute) + string(f.period)
            + string(f.economicClassName) + string(f.category) + string(f.source.file)
        for indicator in f.indicators {
            let i = indicator.fields
            total += allocation(MemoryLayout<Indicator.Fields>.stride)
                + string(i.level1Label) + string(i.level2Label) + string(i.nameAsWritten) + string(i.valueAsWritten)
                + string(i.unitAsWritten) + string(i.name) + string(i.canonicalName) + string(i.level1)
                + string(i.level2) + string(i.value.unit) + string(i.value.grade) + string(i.value.subject)
                + string(i.source.file) + string(i.otherColumns)
        }
        return total
    }
}
