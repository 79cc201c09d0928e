import Foundation
import JixiaoCore
import JixiaoFuzzTargets

// Built two ways (see Tests/Fuzz/run-fuzz.sh):
// - with `-sanitize=fuzzer -DFUZZING`: a libFuzzer binary; JIXIAO_FUZZ_TARGET names the target;
// - normally: a replayer that runs the files given on the command line through a target,
//   to reproduce what a fuzzer found.

#if FUZZING
nonisolated(unsafe) let fuzzTarget = FuzzTarget(rawValue: ProcessInfo.processInfo.environment["JIXIAO_FUZZ_TARGET"] ?? "") ?? .layouts

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    guard let bytes else { return 0 }
    fuzzTarget.run(Data(bytes: bytes, count: count))
    return 0
}

@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(_ argc: UnsafeMutablePointer<CInt>,
                         _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
                         _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> CInt

// SwiftPM links an executable's `main` to `<module>_main`: hand it to libFuzzer's driver.
@_cdecl("jixiao_fuzz_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var count = argc
    var arguments = argv
    return LLVMFuzzerRunDriver(&count, &arguments, { bytes, size in fuzzOneInput(bytes, size) })
}
#else
@main
struct Replay {
    static func main() {
        let arguments = CommandLine.arguments.dropFirst()
        guard let name = arguments.first, let target = FuzzTarget(rawValue: name) else {
            print("usage: jixiao-fuzz TARGET FILE...   (targets: \(FuzzTarget.allCases.map(\.rawValue).joined(separator: ", ")))")
            exit(2)
        }
        for path in arguments.dropFirst() {
            guard let data = FileManager.default.contents(atPath: path) else { continue }
            target.run(data)
            print("ok \(path)")
        }
    }
}
#endif
