import Foundation

/// The verdict of the Mann–Kendall test at α = 0.05.
public enum TrendDirection: String, Sendable, CaseIterable {
    case stijgend
    case dalend
    case geenTrend = "geen trend"
}

/// Statistics with the conventions of pymannkendall (`original_test`, `sens_slope`) and of
/// scipy's `theilslopes` interval, so results can be checked against those references.
public enum TrendStatistics {
    /// The 0.975 quantile of the standard normal distribution (scipy: norm.ppf(0.975)).
    public static let z975 = 1.959963984540054

    /// Mann–Kendall S: concordant minus discordant pairs, in series order.
    public static func mannKendallS(_ values: [Double]) -> Int {
        var s = 0
        for i in values.indices {
            for j in (i + 1)..<values.count {
                if values[j] > values[i] { s += 1 } else if values[j] < values[i] { s -= 1 }
            }
        }
        return s
    }

    /// Var(S) with the correction for ties: (n(n−1)(2n+5) − Σ t(t−1)(2t+5)) / 18 over groups
    /// of t equal values.
    public static func mannKendallVariance(_ values: [Double]) -> Double {
        let n = values.count
        var ties = 0
        var sorted = values.sorted()
        sorted.append(.nan)
        var run = 1
        for i in 1..<sorted.count {
            if sorted[i] == sorted[i - 1] {
                run += 1
            } else {
                let t: Int = run * (run - 1) * (2 * run + 5)
                ties += t
                run = 1
            }
        }
        let total: Int = n * (n - 1) * (2 * n + 5)
        return Double(total - ties) / 18
    }

    /// The continuity-corrected normal score: (S − sgn S) / √Var(S); 0 when Var(S) is 0.
    public static func zScore(s: Int, variance: Double) -> Double {
        guard variance > 0 else { return 0 }
        if s > 0 { return Double(s - 1) / variance.squareRoot() }
        if s < 0 { return Double(s + 1) / variance.squareRoot() }
        return 0
    }

    /// Two-sided p-value of a standard normal score: 2 (1 − Φ(|z|)).
    public static func twoSidedP(_ z: Double) -> Double {
        erfc(abs(z) / 2.0.squareRoot())
    }

    /// Median of a non-empty list (mean of the two middle values for an even count, as numpy).
    public static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        let n = sorted.count
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2
    }

    /// All pairwise slopes (y_j − y_i) / (x_j − x_i) for i < j, sorted.
    public static func pairwiseSlopes(positions: [Double], values: [Double]) -> [Double] {
        var slopes: [Double] = []
        slopes.reserveCapacity(values.count * (values.count - 1) / 2)
        for i in values.indices {
            for j in (i + 1)..<values.count {
                let dx = positions[j] - positions[i]
                if dx != 0 { slopes.append((values[j] - values[i]) / dx) }
            }
        }
        return slopes.sorted()
    }

    /// Sen's distribution-free interval for the slope (Sen 1968; Hollander & Wolfe; Gilbert 1987
    /// §16.5): with N ordered slopes and C = z₀.₉₇₅ √Var(S), the bounds are the slopes of rank
    /// round((N − C)/2) and round((N + C)/2) + 1 (1-based, rounding half to even, clamped to
    /// 1…N) — the ranks scipy.stats.theilslopes and R's trend::sens.slope use.
    public static func senInterval(sortedSlopes slopes: [Double], varianceS: Double) -> (Double, Double)? {
        guard !slopes.isEmpty else { return nil }
        let n = Double(slopes.count)
        let c = z975 * max(varianceS, 0).squareRoot()
        let lower = Int(((n - c) / 2).rounded(.toNearestOrEven))
        let upper = Int(((n + c) / 2).rounded(.toNearestOrEven)) + 1
        let lo = min(max(lower, 1), slopes.count)
        let hi = min(max(upper, 1), slopes.count)
        return (slopes[lo - 1], slopes[hi - 1])
    }

    // MARK: Student's t

    /// The two-sided 95 % quantile t₀.₉₇₅ with `df` degrees of freedom, by bisection on the exact
    /// distribution function (agrees with scipy.stats.t.ppf to better than 1e-9).
    public static func t975(df: Int) -> Double {
        precondition(df >= 1)
        // Upper tail P(T > t) = I_{df/(df+t²)}(df/2, 1/2) / 2; find where it equals 0.025.
        var lo = 0.0
        var hi = 1000.0
        let v = Double(df)
        for _ in 0..<200 {
            let mid = (lo + hi) / 2
            let tail = 0.5 * regularizedIncompleteBeta(v / (v + mid * mid), a: v / 2, b: 0.5)
            if tail > 0.025 { lo = mid } else { hi = mid }
            if hi - lo < 1e-13 { break }
        }
        return (lo + hi) / 2
    }

    /// The regularised incomplete beta function I_x(a, b), by Lentz's continued fraction.
    public static func regularizedIncompleteBeta(_ x: Double, a: Double, b: Double) -> Double {
        if x <= 0 { return 0 }
        if x >= 1 { return 1 }
        let logFront: Double = lgamma(a + b) - lgamma(a) - lgamma(b) + a * log(x) + b * log(1 - x)
        let front = exp(logFront)
        // The fraction converges fast for x < (a+1)/(a+b+2); use the symmetry otherwise.
        if x > (a + 1) / (a + b + 2) {
            return 1 - regularizedIncompleteBeta(1 - x, a: b, b: a)
        }
        let tiny = 1e-300
        var c = 1.0
        var d = 1 - (a + b) * x / (a + 1)
        if abs(d) < tiny { d = tiny }
        d = 1 / d
        var f = d
        for m in 1...500 {
            let m = Double(m)
            let a2m: Double = a + 2 * m
            var num: Double = m * (b - m) * x / ((a2m - 1) * a2m)
            d = 1 + num * d; if abs(d) < tiny { d = tiny }
            c = 1 + num / c; if abs(c) < tiny { c = tiny }
            d = 1 / d
            f *= d * c
            num = -(a + m) * (a + b + m) * x / (a2m * (a2m + 1))
            d = 1 + num * d; if abs(d) < tiny { d = tiny }
            c = 1 + num / c; if abs(c) < tiny { c = tiny }
            d = 1 / d
            let delta = d * c
            f *= delta
            if abs(delta - 1) < 1e-15 { break }
        }
        return front * f / a
    }

    /// The 95 % t-interval of a mean from count, sum and sum of squares (integers, so the result
    /// is the same however the data were split and merged). Nil below two observations.
    public static func meanInterval(count n: Int, sum: Int, squareSum: Int) -> (mean: Double, lower: Double, upper: Double)? {
        guard n >= 2 else { return nil }
        let mean = Double(sum) / Double(n)
        // Sample variance (n Σx² − (Σx)²) / (n (n − 1)), numerator exact in integers.
        let numerator = Double(n * squareSum - sum * sum)
        let variance = max(numerator, 0) / (Double(n) * Double(n - 1))
        let half = t975(df: n - 1) * (variance / Double(n)).squareRoot()
        return (mean, mean - half, mean + half)
    }
}

/// The trend over a series of period means: Theil–Sen slope with its interval and the
/// Mann–Kendall test.
public struct TrendTest: Sendable, Equatable {
    /// Number of periods in the series.
    public var count: Int
    /// Median pairwise slope, per period step.
    public var slope: Double
    public var slopeLower: Double
    public var slopeUpper: Double
    public var s: Int
    public var varianceS: Double
    public var z: Double
    public var pValue: Double
    public var direction: TrendDirection

    /// `positions` are period ordinals (a gap counts as steps for the slope, as pymannkendall's
    /// sens_slope does for a series with NaN); the test uses the order only. Nil below two values.
    public init?(positions: [Int], values: [Double]) {
        precondition(positions.count == values.count)
        guard values.count >= 2 else { return nil }
        count = values.count
        s = TrendStatistics.mannKendallS(values)
        varianceS = TrendStatistics.mannKendallVariance(values)
        z = TrendStatistics.zScore(s: s, variance: varianceS)
        pValue = TrendStatistics.twoSidedP(z)
        if abs(z) > TrendStatistics.z975 {
            direction = z > 0 ? .stijgend : .dalend
        } else {
            direction = .geenTrend
        }
        let slopes = TrendStatistics.pairwiseSlopes(positions: positions.map(Double.init), values: values)
        slope = TrendStatistics.median(slopes)
        (slopeLower, slopeUpper) = TrendStatistics.senInterval(sortedSlopes: slopes, varianceS: varianceS)!
    }
}
