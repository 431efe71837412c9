/// Six values indexed 0…5 (the phases, or the five dimensions), held inline: the evidence and the
/// verdict of every note count in them, and arrays would be allocated and freed per note.
/// An index outside 0…5 traps, as an array's would.
struct SixValues<Value> {
    private var v0, v1, v2, v3, v4, v5: Value

    init(repeating value: Value) {
        (v0, v1, v2, v3, v4, v5) = (value, value, value, value, value, value)
    }

    subscript(index: Int) -> Value {
        get {
            switch index {
            case 0: v0
            case 1: v1
            case 2: v2
            case 3: v3
            case 4: v4
            case 5: v5
            default: preconditionFailure("index \(index) outside 0…5")
            }
        }
        set {
            switch index {
            case 0: v0 = newValue
            case 1: v1 = newValue
            case 2: v2 = newValue
            case 3: v3 = newValue
            case 4: v4 = newValue
            case 5: v5 = newValue
            default: preconditionFailure("index \(index) outside 0…5")
            }
        }
    }
}

extension SixValues: Sendable where Value: Sendable {}

extension SixValues: Sendable where Value: Sendable {}
