import Diepgang

/// Reports rejected records on stderr without flooding it: the first of each reason with its
/// file and line, the repeats only counted, and at the end one line per repeated reason
/// ("… dezelfde fout nog 151 keer").
final class RejectionTally {
    private let invocation: Invocation
    private var counts: [String: (reason: Localized, count: Int)] = [:]
    private var order: [String] = []
    private(set) var total = 0

    init(_ invocation: Invocation) { self.invocation = invocation }

    func add(_ r: RejectedRecord, verb: Localized = Localized(nl: "afgewezen", en: "rejected")) {
        total += 1
        let key = r.reason.nl
        if let seen = counts[key] {
            counts[key] = (seen.reason, seen.count + 1)
            return
        }
        counts[key] = (r.reason, 1)
        order.append(key)
        invocation.note(Localized(nl: "\(verb.nl): \(r.source): \(r.reason.nl)", en: "\(verb.en): \(r.source): \(r.reason.en)"))
    }

    /// One line per reason that came up more than once.
    func finish() {
        for key in order {
            guard let (reason, count) = counts[key], count > 1 else { continue }
            invocation.note(Localized(nl: "… dezelfde fout nog \(count - 1) keer: \(reason.nl)",
                                      en: "… the same error \(count - 1) more times: \(reason.en)"))
        }
    }
}
