import CWorkbookXML

/// Who formatted libxlsxwriter's XML in this process: the jixiao executable itself where the
/// format is plain text and numbers (Sources/CWorkbookXML/WorkbookXML.c says why and how),
/// glibc's printf for the rest.
enum WorkbookXMLFormatting {
    /// `XML formatted by jixiao (12 printf calls passed on to glibc)`, or glibc's printf when
    /// none was formatted here.
    static var description: String {
        guard jixiao_xml_formatted_any() != 0 else { return "XML formatted by glibc's printf" }
        return "XML formatted by jixiao (\(jixiao_xml_passed_on()) printf calls passed on to glibc)"
    }
}
