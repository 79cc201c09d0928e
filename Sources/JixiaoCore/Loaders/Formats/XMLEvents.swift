import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// A streaming walk over an XML document (Foundation's `XMLParser`, a SAX parser): the
/// caller reacts to start tags, end tags and text, and nothing is held as a tree. Element
/// and attribute names come without their namespace prefix (`x:c` → `c`, `r:id` → `id`).
final class XMLEvents: NSObject, XMLParserDelegate {
    typealias Start = (_ name: String, _ attributes: [String: String]) throws -> Void
    typealias End = (_ name: String) throws -> Void
    typealias Text = (_ text: String) -> Void

    private let onStart: Start
    private let onEnd: End
    private let onText: Text
    private var failure: Error?
    /// The first error the parser reported (on Linux it may still return success).
    private var malformed: Malformed?
    private var depth = 0
    private var sawRoot = false

    private init(start: @escaping Start, end: @escaping End, text: @escaping Text) {
        onStart = start
        onEnd = end
        onText = text
    }

    /// A problem in the XML itself: the entry, the line in it, and the parser's words.
    struct Malformed: Error {
        var line: Int
        var reason: String
    }

    /// Walks `data`; an error thrown by a handler stops the walk and is rethrown, a parse
    /// error becomes `Malformed`.
    static func walk(_ data: Data, start: @escaping Start, end: @escaping End = { _ in },
                     text: @escaping Text = { _ in }) throws {
        // Fed from a stream, the parser takes the document in chunks: given the whole Data
        // at once, libxml2 refuses a part over 10 MB (a 30,000-row sheet) as malformed.
        try walk(stream: InputStream(data: data), start: start, end: end, text: text)
    }

    /// `walk` over a stream: the document is parsed as it is read (see `InflatingStream`).
    static func walk(stream: InputStream, start: @escaping Start, end: @escaping End = { _ in },
                     text: @escaping Text = { _ in }) throws {
        let events = XMLEvents(start: start, end: end, text: text)
        let parser = XMLParser(stream: stream)
        parser.shouldProcessNamespaces = false
        parser.shouldResolveExternalEntities = false
        parser.delegate = events
        let finished = parser.parse()
        if let failure = events.failure { throw failure }
        if let malformed = events.malformed { throw malformed }
        if !finished || parser.parserError != nil {
            throw Malformed(line: parser.lineNumber,
                            reason: parser.parserError.map { String(describing: $0) } ?? "XML 解析失败")
        }
        // Foundation's parser on Linux accepts a document cut off inside its root element.
        if !events.sawRoot || events.depth != 0 {
            throw Malformed(line: parser.lineNumber, reason: "文档不完整 (the document ends before its root element is closed)")
        }
    }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
        if malformed == nil {
            malformed = Malformed(line: parser.lineNumber, reason: String(describing: parseError))
        }
        parser.abortParsing()
    }

    static func localName(_ name: String) -> String {
        guard let colon = name.lastIndex(of: ":") else { return name }
        return String(name[name.index(after: colon)...])
    }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
        depth += 1
        sawRoot = true
        guard failure == nil else { return }
        var attributes: [String: String] = [:]
        for (key, value) in attributeDict { attributes[Self.localName(key)] = value }
        do { try onStart(Self.localName(elementName), attributes) } catch {
            failure = error
            parser.abortParsing()
        }
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?) {
        depth -= 1
        guard failure == nil else { return }
        do { try onEnd(Self.localName(elementName)) } catch {
            failure = error
            parser.abortParsing()
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        guard failure == nil else { return }
        onText(string)
    }

    func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
        guard failure == nil else { return }
        onText(String(decoding: CDATABlock, as: UTF8.self))
    }
}
