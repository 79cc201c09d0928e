/// A value kept in one shared box until it is changed, the way `Array` keeps its elements:
/// copying the holder costs one reference count however many strings the value has.
/// `Indicator` and `Project` keep their fields in one, because the stages copy them wherever
/// an array of them is iterated or filtered.
@propertyWrapper
struct CopyOnWrite<Value> {
    final class Box {
        // Written only while uniquely referenced (see `wrappedValue`), so no access checks.
        @exclusivity(unchecked) var value: Value
        init(_ value: Value) { self.value = value }
    }

    private var box: Box

    init(wrappedValue: Value) { box = Box(wrappedValue) }

    var wrappedValue: Value {
        _read { yield box.value }
        _modify {
            if !isKnownUniquelyReferenced(&box) { box = Box(box.value) }
            yield &box.value
        }
    }
}

extension CopyOnWrite: @unchecked Sendable where Value: Sendable {}

extension CopyOnWrite: Equatable where Value: Equatable {
    static func == (a: CopyOnWrite, b: CopyOnWrite) -> Bool { a.box === b.box || a.box.value == b.box.value }
}

extension CopyOnWrite: Hashable where Value: Hashable {
    func hash(into hasher: inout Hasher) { box.value.hash(into: &hasher) }
}

extension CopyOnWrite: Codable where Value: Codable {
    init(from decoder: any Decoder) throws { self.init(wrappedValue: try Value(from: decoder)) }
    func encode(to encoder: any Encoder) throws { try box.value.encode(to: encoder) }
}
