import JixiaoCore
/// The synthetic corpus's own random numbers: SplitMix64 (Steele, Lea & Flood 2014), with
/// integer-only helpers. Nothing here uses the standard library's random APIs or floating
/// point, so one seed gives the same draws, and so the same bytes, on every machine and
/// toolchain.
public struct SplitMix64: Sendable {
    public private(set) var state: UInt64

    public init(seed: UInt64) { state = seed }

    /// A generator for one part of the corpus (a county, the name plan …), independent of
    /// the others: the same seed and stream always give the same sequence.
    public init(seed: UInt64, stream: UInt64) {
        var mixer = SplitMix64(seed: seed ^ (stream &* 0xD1B5_4A32_D192_ED03))
        state = mixer.next() ^ stream
    }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in `range`, by multiply-high (Lemire); the bias is below 2⁻⁴⁰ for the
    /// small ranges used here.
    public mutating func int(_ range: ClosedRange<Int>) -> Int {
        let span = UInt64(range.upperBound - range.lowerBound) + 1
        return range.lowerBound + Int(next().multipliedFullWidth(by: span).high)
    }

    /// True with probability `perMille` / 1000.
    public mutating func chance(_ perMille: Int) -> Bool { int(0...999) < perMille }

    public mutating func pick<T>(_ items: [T]) -> T { items[int(0...(items.count - 1))] }

    /// An index drawn with the given integer weights.
    public mutating func weighted(_ weights: [Int]) -> Int {
        var roll = int(0...(weights.reduce(0, +) - 1))
        for (index, weight) in weights.enumerated() {
            if roll < weight { return index }
            roll -= weight
        }
        return weights.count - 1
    }

    /// Fisher–Yates with this generator.
    public mutating func shuffle<T>(_ items: inout [T]) {
        guard items.count > 1 else { return }
        for i in stride(from: items.count - 1, to: 0, by: -1) {
            items.swapAt(i, int(0...i))
        }
    }

    /// `count` distinct items in their original order.
    public mutating func sample<T>(_ items: [T], count: Int) -> [T] {
        var indices = Array(items.indices)
        shuffle(&indices)
        return indices.prefix(min(count, items.count)).sorted().map { items[$0] }
    }
}
