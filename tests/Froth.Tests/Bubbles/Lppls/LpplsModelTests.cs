using Froth.Bubbles.Lppls;

namespace Froth.Tests.Bubbles.Lppls;

public sealed class LpplsModelTests
{
    private const double Exact = 1e-12; // closed-form arithmetic on a handful of doubles

    public sealed class LogPrice
    {
        [Fact]
        public void Should_be_A_plus_B_plus_C1_one_session_before_tc()
        {
            // Given tc − t = 1: ln 1 = 0, so f = 1, g = cos 0 = 1, h = sin 0 = 0.
            var model = new LpplsModel(Tc: 10, M: 0.5, Omega: 7, A: 2, B: -0.3, C1: 0.05, C2: 0.9);

            // When / Then: ln p = A + B + C1.
            model.LogPrice(9).ShouldBe(2 - 0.3 + 0.05, Exact);
        }

        [Fact]
        public void Should_follow_the_formula_at_a_general_point()
        {
            // Given tc − t = e: ln(tc − t) = 1, f = e^m, g = f·cos ω, h = f·sin ω.
            var model = new LpplsModel(Tc: Math.E, M: 0.5, Omega: 2, A: 1, B: -1, C1: 0.1, C2: 0.2);
            var f = Math.Exp(0.5);
            var expected = 1 + (f * (-1 + (0.1 * Math.Cos(2)) + (0.2 * Math.Sin(2))));

            model.LogPrice(0).ShouldBe(expected, Exact);
        }

        [Fact]
        public void Should_be_NaN_at_and_after_tc()
        {
            var model = new LpplsModel(10, 0.5, 7, 2, -0.3, 0.05, 0.9);
            double.IsNaN(model.LogPrice(10)).ShouldBeTrue();
            double.IsNaN(model.LogPrice(11)).ShouldBeTrue();
        }
    }

    public sealed class Diagnostics
    {
        [Fact]
        public void Should_compute_the_damping_from_the_amplitudes()
        {
            // Given |C| = √(0.3² + 0.4²) = 0.5: D = m·|B|/(ω·|C|) = 0.5·2/(8·0.5) = 0.25.
            var model = new LpplsModel(10, 0.5, 8, 1, -2, 0.3, -0.4);
            model.C.ShouldBe(0.5, Exact);
            model.Damping.ShouldBe(0.25, Exact);
        }

        [Fact]
        public void Should_count_oscillations_over_a_window()
        {
            // Given (tc − t1)/(tc − t2) = e²: O = (ω/2π)·2 = 2π·2/2π = 2 with ω = 2π.
            var tc = 100.0;
            var t2 = tc - 1;
            var t1 = tc - Math.Exp(2);
            var model = new LpplsModel(tc, 0.5, 2 * Math.PI, 0, -1, 0.1, 0);
            model.Oscillations(t1, t2).ShouldBe(2, Exact);
        }

        [Theory]
        [InlineData(-1.0, LpplsBubbleSign.Positive)]
        [InlineData(1.0, LpplsBubbleSign.Negative)]
        [InlineData(0.0, LpplsBubbleSign.None)]
        public void Should_read_the_bubble_sign_from_B(double b, LpplsBubbleSign sign)
        {
            new LpplsModel(10, 0.5, 8, 1, b, 0.1, 0).Sign.ShouldBe(sign);
        }
    }
}
