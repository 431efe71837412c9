import XCTest
@testable import DiepgangTrends

/// Expected values computed with pymannkendall 1.4.3 and scipy 1.17.1 (Python 3.11):
///
///     import numpy as np, pymannkendall as mk, scipy.stats as st
///     r = mk.original_test(x)          # S, var_s, z, p, slope (Sen, NaN gaps kept as steps)
///     a = np.array(x, float); pos = np.arange(len(a))[~np.isnan(a)]
///     st.theilslopes(a[~np.isnan(a)], pos, alpha=0.95)   # slope interval (Sen's rank interval)
///     st.t.ppf(0.975, df)
///
/// The numbers are pasted below as printed (repr). The agreement asked for is 1e-6 for slopes
/// and 1e-3 for p; the tests hold the tighter 1e-9 where the arithmetic is the same.
final class StatisticsTests: XCTestCase {
    struct Reference {
        var name: String
        var series: [Double]          // NaN: a period without a value (a gap)
        var s: Int
        var variance: Double
        var z: Double
        var p: Double
        var slope: Double
        var slopeLower: Double
        var slopeUpper: Double
        var direction: TrendDirection
    }

    static let nan = Double.nan

    static let references: [Reference] = [
        Reference(name: "rising", series: [1.2, 1.5, 1.4, 1.9, 2.1, 2.0, 2.4, 2.6],
                  s: 24, variance: 65.33333333333333, z: 2.8455120410060126, p: 0.0044340083031007005,
                  slope: 0.2, slopeLower: 0.1499999999999999, slopeUpper: 0.25, direction: .stijgend),
        Reference(name: "falling with ties", series: [2.0, 2.0, 1.8, 2.0, 1.8, 1.6, 1.6, 1.4, 1.6, 1.2],
                  s: -34, variance: 116.66666666666667, z: -3.05520632924942, p: 0.002249057390935283,
                  slope: -0.08571428571428573, slopeLower: -0.12000000000000002, slopeUpper: -0.04999999999999999, direction: .dalend),
        Reference(name: "flat", series: [1.5, 1.5, 1.5, 1.5, 1.5],
                  s: 0, variance: 0.0, z: 0.0, p: 1.0, slope: 0.0, slopeLower: 0.0, slopeUpper: 0.0, direction: .geenTrend),
        Reference(name: "two periods", series: [1.0, 2.0],
                  s: 1, variance: 1.0, z: 0.0, p: 1.0, slope: 1.0, slopeLower: 1.0, slopeUpper: 1.0, direction: .geenTrend),
        Reference(name: "three periods", series: [2.0, 1.6, 2.3],
                  s: 1, variance: 3.6666666666666665, z: 0.0, p: 1.0, slope: 0.1499999999999999,
                  slopeLower: -0.3999999999999999, slopeUpper: 0.6999999999999997, direction: .geenTrend),
        Reference(name: "gaps", series: [1.1, nan, 1.6, 1.4, nan, nan, 2.2, 2.0, 2.5],
                  s: 11, variance: 28.333333333333332, z: 1.8786728732554487, p: 0.060289173990602185,
                  slope: 0.15000000000000002, slopeLower: -0.20000000000000018, slopeUpper: 0.2666666666666668, direction: .geenTrend),
        Reference(name: "noisy", series: [1.8, 1.2, 2.2, 1.4, 2.0, 1.6, 1.9, 1.3, 2.1, 1.5, 1.7, 1.8],
                  s: 3, variance: 211.66666666666666, z: 0.13746867932469414, p: 0.8906603479582313,
                  slope: 0.016666666666666663, slopeLower: -0.06250000000000003, slopeUpper: 0.10000000000000003, direction: .geenTrend),
        Reference(name: "integer ties", series: [1, 2, 1, 2, 2, 3, 2, 3, 3, 3, 4, 3, 4, 4],
                  s: 65, variance: 303.6666666666667, z: 3.6726658171104054, p: 0.00024003329775834636,
                  slope: 0.2222222222222222, slopeLower: 0.14285714285714285, slopeUpper: 0.2857142857142857, direction: .stijgend),
    ]

    func testMannKendallAndTheilSenAgreeWithPymannkendall() throws {
        for ref in Self.references {
            let positions = ref.series.indices.filter { !ref.series[$0].isNaN }
            let values = positions.map { ref.series[$0] }
            let t = try XCTUnwrap(TrendTest(positions: positions, values: values), ref.name)
            XCTAssertEqual(t.s, ref.s, ref.name)
            XCTAssertEqual(t.varianceS, ref.variance, accuracy: 1e-9, ref.name)
            XCTAssertEqual(t.z, ref.z, accuracy: 1e-9, ref.name)
            XCTAssertEqual(t.pValue, ref.p, accuracy: 1e-9, ref.name)
            XCTAssertEqual(t.slope, ref.slope, accuracy: 1e-9, ref.name)
            XCTAssertEqual(t.slopeLower, ref.slopeLower, accuracy: 1e-9, ref.name)
            XCTAssertEqual(t.slopeUpper, ref.slopeUpper, accuracy: 1e-9, ref.name)
            XCTAssertEqual(t.direction, ref.direction, ref.name)
            XCTAssertEqual(t.count, values.count, ref.name)
        }
    }

    func testTooShortSeriesHasNoTrend() {
        XCTAssertNil(TrendTest(positions: [3], values: [1.7]))
        XCTAssertNil(TrendTest(positions: [], values: []))
    }

    func testTieCorrectionLowersTheVariance() {
        // Hand computation: n = 6 → 6·5·17/18 = 28.333…; one pair tied: −(2·1·9)/18 = −1; a triple: −(3·2·11)/18.
        XCTAssertEqual(TrendStatistics.mannKendallVariance([1, 2, 3, 4, 5, 6]), 510.0 / 18, accuracy: 1e-12)
        XCTAssertEqual(TrendStatistics.mannKendallVariance([1, 1, 3, 4, 5, 6]), (510.0 - 18) / 18, accuracy: 1e-12)
        XCTAssertEqual(TrendStatistics.mannKendallVariance([2, 1, 2, 4, 2, 6]), (510.0 - 66) / 18, accuracy: 1e-12)
    }

    func testStudentQuantilesAgreeWithScipy() {
        // scipy.stats.t.ppf(0.975, df)
        let expected: [(Int, Double)] = [
            (1, 12.706204736174694), (2, 4.302652729749462), (3, 3.1824463052837078), (4, 2.7764451051977934),
            (5, 2.5705818356363146), (9, 2.262157162798205), (10, 2.228138851986274), (29, 2.045229642132703),
            (30, 2.0422724563012378), (100, 1.9839715185235518), (1000, 1.9623390808264083),
        ]
        for (df, t) in expected {
            XCTAssertEqual(TrendStatistics.t975(df: df), t, accuracy: 1e-9, "df \(df)")
        }
    }

    func testMeanIntervalFromSufficientStatistics() throws {
        // Depths 1, 2, 2, 3, 1: mean 1.8, s² = 0.7, half width t(0.975, 4)·√(0.7/5).
        let depths = [1, 2, 2, 3, 1]
        let ci = try XCTUnwrap(TrendStatistics.meanInterval(count: 5, sum: depths.reduce(0, +),
                                                             squareSum: depths.map { $0 * $0 }.reduce(0, +)))
        XCTAssertEqual(ci.mean, 1.8, accuracy: 1e-12)
        // scipy.stats.t.interval(0.95, 4, loc=1.8, scale=np.std([1,2,2,3,1], ddof=1)/np.sqrt(5))
        XCTAssertEqual(ci.lower, 0.7611493663164324, accuracy: 1e-9)
        XCTAssertEqual(ci.upper, 2.8388506336835677, accuracy: 1e-9)
        XCTAssertNil(TrendStatistics.meanInterval(count: 1, sum: 2, squareSum: 4))
        // No spread: the interval is the point.
        let flat = try XCTUnwrap(TrendStatistics.meanInterval(count: 6, sum: 12, squareSum: 24))
        XCTAssertEqual(flat.lower, 2)
        XCTAssertEqual(flat.upper, 2)
    }
}
