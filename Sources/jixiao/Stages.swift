import Foundation
import ArgumentParser
import JixiaoCore

struct Stages: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "列出所有步骤及其参数。Lists every stage and its parameters."
    )

    func run() throws {
        for stage in StageRegistry.all { describe(stage) }
        for stage in StageRegistry.builtIn { describe(stage) }
    }

    func describe(_ stage: any JixiaoCore.Stage.Type) {
        print("\(stage.name): \(stage.summary)")
        for parameter in stage.parameters {
            let choices = parameter.choices.isEmpty ? "" : ", one of \(parameter.choices.joined(separator: " / "))"
            print("    \(parameter.name) (\(parameter.kind.rawValue), default \(parameter.defaultValue ?? "none")\(choices)): \(parameter.doc)")
        }
    }
}
