import Foundation

/// The stages pipeline files can name, in the only order they may run. Adding a stage is
/// one file in `Stages/` and one line here (or `register` from outside the library).
public enum StageRegistry {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var registered: [any Stage.Type] = [
        LoadStage.self, NormalizeStage.self, ClassifyStage.self, AggregateStage.self, CompareStage.self,
    ]

    /// Stages every pipeline runs after its own, unnamed in pipeline files (本月变化).
    public static let builtIn: [any Stage.Type] = [PeriodChangesStage.self]

    /// Every stage a pipeline file may name, in pipeline order.
    public static var all: [any Stage.Type] {
        lock.lock()
        defer { lock.unlock() }
        return registered
    }

    /// Adds a stage after the others (a replacement when one of that name exists).
    public static func register(_ stage: any Stage.Type) {
        lock.lock()
        defer { lock.unlock() }
        if let index = registered.firstIndex(where: { $0.name == stage.name }) {
            registered[index] = stage
        } else {
            registered.append(stage)
        }
    }

    public static func stage(named name: String) -> (any Stage.Type)? {
        all.first { $0.name == name } ?? builtIn.first { $0.name == name }
    }
}
