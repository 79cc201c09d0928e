import ArgumentParser
import JixiaoCore

struct Stages: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "列出所有步骤及其参数。Lists every stage and its parameters."
    )

    func run() throws {
        for stage in StageRegistry.all {
            print("\(stage.name): \(stage.summary)")
            for parameter in stage.parameters {
                print("    \(parameter.name) (\(parameter.kind.rawValue), default \(parameter.defaultValue ?? "none")): \(parameter.doc)")
            }
        }
    }
}
