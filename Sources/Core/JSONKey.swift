/// A JSON object key by its name, for the hand-written `Decodable`s that read back what the
/// printers wrote (`Analysis`, `TrendReport`): the keys are the contract's snake_case names.
public struct JSONKey: CodingKey {
    public var stringValue: String
    public var intValue: Int? { nil }
    public init(_ name: String) { stringValue = name }
    public init?(stringValue: String) { self.stringValue = stringValue }
    public init?(intValue: Int) { nil }
}

extension KeyedDecodingContainer where K == JSONKey {
    /// The value under `key`, or `value` when the key is absent (a field `--fields` left out).
    public func value<T: Decodable>(_ key: String, default value: T) throws -> T {
        try decodeIfPresent(T.self, forKey: JSONKey(key)) ?? value
    }

    public func required<T: Decodable>(_ key: String) throws -> T {
        try decode(T.self, forKey: JSONKey(key))
    }
}
