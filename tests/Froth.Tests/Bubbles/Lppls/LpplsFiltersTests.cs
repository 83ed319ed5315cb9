using Froth.Bubbles.Lppls;

namespace Froth.Tests.Bubbles.Lppls;

public sealed class LpplsFiltersTests
{
    /// <summary>A fit of a 101-price window [0, 100] (dt = 100) with chosen diagnostics.</summary>
    private static LpplsFit FitWith(double m = 0.5, double omega = 8, double tcAfterEnd = 5, double b = -1, double c = 0.05, double relativeError = 0.01, bool converged = true) =>
        new(new LpplsModel(100 + tcAfterEnd, m, omega, 5, b, c, 0), 0, 100, 0.1, [], relativeError, converged, 1, [0.1]);

    public sealed class Published_bounds
    {
        [Fact]
        public void Should_match_filtering_condition_1_of_Sornette_et_al_2015()
        {
            var f = LpplsFilters.Confidence;
            (f.MinM, f.MaxM, f.MinOmega, f.MaxOmega).ShouldBe((0.01, 1.2, 2.0, 25.0));
            (f.MinTcFraction, f.MaxTcFraction).ShouldBe((-0.05, 0.1));
            (f.MinOscillations, f.MinDamping, f.MaxRelativeError).ShouldBe((2.5, 0.8, 0.05));
        }

        [Fact]
        public void Should_match_filtering_condition_2_of_Sornette_et_al_2015()
        {
            var f = LpplsFilters.Trust;
            (f.MinM, f.MaxM, f.MinOmega, f.MaxOmega).ShouldBe((0.01, 0.99, 2.0, 25.0));
            (f.MinTcFraction, f.MaxTcFraction).ShouldBe((-0.05, 0.1));
            (f.MinOscillations, f.MinDamping, f.MaxRelativeError).ShouldBe((2.5, 1.0, 0.2));
        }
    }

    public sealed class Qualifies
    {
        [Fact]
        public void Should_pass_a_fit_inside_every_bound()
        {
            // O = (8/2π)·ln(105/5) = 3.88 ≥ 2.5; D = 0.5·1/(8·0.05) = 1.25 ≥ 1; tc − t2 = 5 ≤ 0.1·100.
            var fit = FitWith();
            fit.Oscillations.ShouldBe(8 / (2 * Math.PI) * Math.Log(105.0 / 5), 1e-12);
            fit.Damping.ShouldBe(1.25, 1e-12);
            LpplsFilters.Confidence.Qualifies(fit).ShouldBeTrue();
            LpplsFilters.Trust.Qualifies(fit).ShouldBeTrue();
        }

        [Fact]
        public void Should_let_the_confidence_filter_accept_what_the_trust_filter_refuses()
        {
            // m = 1.1 is inside [0.01, 1.2] but not [0.01, 0.99]; D = 1.1/(8·0.15) = 0.92 is ≥ 0.8 but < 1.
            var fit = FitWith(m: 1.1, c: 0.15);
            LpplsFilters.Confidence.Qualifies(fit).ShouldBeTrue();
            LpplsFilters.Trust.Failures(fit).ShouldBe(["m", "damping"]);
        }

        [Theory]
        [InlineData(11.0, "tc")]      // tc − t2 = 11 > 0.1·dt = 10
        [InlineData(-6.0, "tc")]      // tc − t2 = −6 < −0.05·dt = −5
        public void Should_bound_the_critical_time_by_fractions_of_the_window(double tcAfterEnd, string failure)
        {
            LpplsFilters.Confidence.Failures(FitWith(tcAfterEnd: tcAfterEnd)).ShouldContain(failure);
        }

        [Fact]
        public void Should_name_each_bound_missed()
        {
            // m = 0.005 < 0.01; ω = 1.5 < 2 also leaves O = (1.5/2π)·ln 21 = 0.73 < 2.5;
            // D = 0.005·1/(1.5·0.05) = 0.067 < 0.8; relative error 0.06 > 0.05.
            var fit = FitWith(omega: 1.5, m: 0.005, relativeError: 0.06);
            LpplsFilters.Confidence.Failures(fit).ShouldBe(["m", "omega", "oscillations", "damping", "relativeError"]);
        }

        [Fact]
        public void Should_never_qualify_a_fit_that_did_not_converge()
        {
            var fit = FitWith(converged: false);
            LpplsFilters.Confidence.Failures(fit).ShouldBeEmpty();
            LpplsFilters.Confidence.Qualifies(fit).ShouldBeFalse();
        }

        [Fact]
        public void Should_refuse_NaN_diagnostics()
        {
            // B = 0 and C = 0: the damping 0/0 is NaN.
            var fit = FitWith(b: 0, c: 0);
            LpplsFilters.Confidence.Failures(fit).ShouldContain("damping");
        }
    }
}
