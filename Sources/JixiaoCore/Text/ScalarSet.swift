/// A few scalars (the first or last scalars of the vocabulary's words) that the values of every
/// target are looked up in: a `Set<Unicode.Scalar>` hashed each one with SipHash (~250
/// instructions); here most scalars are told apart by one bit, the rest by a short search.
struct ScalarSet: Sendable {
    /// Bit `value % 64` set for each member's value: a clear bit is no member.
    private let bits: UInt64
    /// The members' values, in order.
    private let values: [UInt32]

    init<Scalars: Sequence>(_ scalars: Scalars) where Scalars.Element == Unicode.Scalar {
        values = Set(scalars.map(\.value)).sorted()
        bits = values.reduce(0) { $0 | 1 << UInt64($1 % 64) }
    }

    @inline(__always)
    func contains(_ scalar: Unicode.Scalar) -> Bool {
        guard bits & 1 << UInt64(scalar.value % 64) != 0 else { return false }
        return values.contains(scalar.value)
    }
}
