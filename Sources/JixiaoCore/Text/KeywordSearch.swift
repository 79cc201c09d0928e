import Foundation

/// Which of a list of keywords a text contains, in one pass over the text's UTF-8 instead of
/// one substring search per keyword. Keywords are grouped by their first character; at each
/// character of the text only the keywords starting with it are compared. A byte match is a
/// character match (UTF-8 is self-synchronising), so the result is `containsText`'s for
/// every keyword. Rules files hold tens of keywords and every project is looked up; a list of
/// a few keywords is searched keyword by keyword, which is faster for so few.
struct KeywordSearch: Sendable {
    private let keywords: [String]
    /// All keywords' bytes one after another; keyword k is `bytes[starts[k]..<starts[k + 1]]`.
    private let bytes: [UInt8]
    private let starts: [Int]
    /// Keyword indices grouped by a hash of their first character (`bucket`), in list order:
    /// bucket b is `members[bucketStarts[b]..<bucketStarts[b + 1]]`.
    private let bucketStarts: [Int]
    private let members: [Int]
    private static let bucketCount = 1024
    private static let fewKeywords = 8

    init(_ keywords: [String]) {
        self.keywords = keywords
        var bytes: [UInt8] = []
        var starts = [0]
        var byBucket = Array(repeating: [Int](), count: Self.bucketCount)
        for (index, keyword) in keywords.enumerated() {
            let utf8 = Array(keyword.utf8)
            if let first = utf8.first {
                byBucket[utf8.withUnsafeBufferPointer { Self.bucket($0.baseAddress!, lead: first, end: $0.count) }].append(index)
            }
            bytes += utf8
            starts.append(bytes.count)
        }
        self.bytes = bytes
        self.starts = starts
        bucketStarts = byBucket.reduce(into: [0]) { $0.append($0.last! + $1.count) }
        members = byBucket.flatMap { $0 }
    }

    /// The character starting at `text[0]` (valid UTF-8: its lead byte gives its length), hashed.
    @inline(__always)
    private static func bucket(_ text: UnsafePointer<UInt8>, lead: UInt8, end: Int) -> Int {
        let length = min(lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4, end)
        var hash = Int(lead)
        for j in 1..<max(length, 1) { hash = hash &* 31 &+ Int(text[j]) }
        return hash & (bucketCount - 1)
    }

    /// The indices of the keywords `text` contains, in list order.
    func matches(in text: String) -> [Int] {
        // An empty keyword is in every text, as `containsText` has it.
        if keywords.count <= Self.fewKeywords { return keywords.indices.filter { text.containsText(keywords[$0]) } }
        // Which keywords were found, marked on the stack: an array for every text searched cost
        // more to allocate (~550 instructions) than searching a project's name.
        return withUnsafeTemporaryAllocation(of: Bool.self, capacity: keywords.count) { found in
        found.initialize(repeating: false)
        for index in keywords.indices where starts[index] == starts[index + 1] { found[index] = true }
        text.withBytes { text in
            guard let base = text.baseAddress else { return }
            bytes.withUnsafeBufferPointer { bytes in
            starts.withUnsafeBufferPointer { starts in
            bucketStarts.withUnsafeBufferPointer { bucketStarts in
            members.withUnsafeBufferPointer { members in
                for i in 0..<text.count {
                    let lead = base[i]
                    guard lead & 0xC0 != 0x80 else { continue }  // inside a character
                    let b = Self.bucket(base + i, lead: lead, end: text.count - i)
                    for m in bucketStarts[b]..<bucketStarts[b + 1] {
                        let index = members[m]
                        let count = starts[index + 1] - starts[index]
                        if !found[index], count <= text.count - i,
                           memcmp(bytes.baseAddress! + starts[index], base + i, count) == 0 {
                            found[index] = true
                        }
                    }
                }
            }}}}
        }
        return found.indices.filter { found[$0] }
        }
    }
}
