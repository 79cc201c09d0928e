import Foundation
import Yams

/// Reads a rule file from `Data/` (YAML) into its Codable type, with errors that name the
/// file and, where the YAML parser gives one, the line.
enum RuleFile {
    /// - Parameter thresholds: the file holds only thresholds (templates): negative numbers are refused too.
    static func decode<T: Decodable>(_ type: T.Type, path: String, thresholds: Bool = false) throws -> T {
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw PipelineError(file: path, line: nil, message: "cannot read rule file: \(error.localizedDescription)")
        }
        try YAMLLimits.check(text, file: path)
        try YAMLStrictness.check(text, file: path, refuseNegative: thresholds)
        do {
            return try YAMLDecoder().decode(T.self, from: text)
        } catch let DecodingError.keyNotFound(key, context) {
            throw PipelineError(file: path, line: nil,
                                message: "missing key '\(key.stringValue)' at \(context.codingPath.map(\.stringValue).joined(separator: "."))")
        } catch let DecodingError.typeMismatch(_, context) {
            throw PipelineError(file: path, line: nil,
                                message: "wrong type at \(context.codingPath.map(\.stringValue).joined(separator: ".")): \(context.debugDescription)")
        } catch {
            throw PipelineError(file: path, line: nil, message: "\(error)")
        }
    }
}
