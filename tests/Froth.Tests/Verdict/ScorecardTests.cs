using Froth.Verdict;

namespace Froth.Tests.Verdict;

public sealed class ScorecardTests
{
    // Scores are sums of a few products; 1e-9 only absorbs floating-point rounding.
    private const double Exact = 1e-9;

    public sealed class Compute
    {
        [Fact]
        public void Should_weight_the_available_components_and_share_out_the_missing_weight()
        {
            // Given five readings and no macro divergence
            var result = Scorecard.Compute(new VerdictInputs
            {
                OneYearReturn = 0.5,
                ValuationPercentile = 0.86,
                Psy = new PsyReading(2.4, 2.4, 3.0),
                LpplsConfidence = 0.1,
                TurnoverRatio = 1.75,
            });

            // Then, by hand: momentum 0.5/1 → 50; valuation 86; explosiveness 2.4/3.0 → 80; LPPLS 0.1/0.25 → 40;
            // speculation (1.75 − 1)/(2.5 − 1) → 50. Coverage 0.15 + 0.20 + 0.25 + 0.20 + 0.10 = 0.90.
            // Score (0.15·50 + 0.20·86 + 0.25·80 + 0.20·40 + 0.10·50) / 0.90 = 57.7 / 0.9 = 64.111…
            result.Components.Select(c => c.Score.HasValue ? Math.Round(c.Score.Value, 9) : (double?)null).ShouldBe([50, 86, 80, 40, null, 50]);
            result.Coverage.ShouldBe(0.9, Exact);
            result.Score!.Value.ShouldBe(57.7 / 0.9, Exact);
            result.Band.ShouldBe(VerdictBand.Elevated);
            result.Components.Single(c => c.Kind == VerdictComponentKind.MacroDivergence).EffectiveWeight.ShouldBe(0);
            result.Components.Single(c => c.Kind == VerdictComponentKind.Valuation).EffectiveWeight.ShouldBe(0.2 / 0.9, Exact);
            result.Components.Sum(c => c.EffectiveWeight).ShouldBe(1, Exact);
        }

        [Fact]
        public void Should_clamp_every_mapping_to_its_thresholds()
        {
            var result = Scorecard.Compute(new VerdictInputs
            {
                OneYearReturn = 2.38,
                Psy = new PsyReading(4.2, 2.4, 3.0),
                LpplsConfidence = 0.508,
                MacroDivergence = -0.1,
                TurnoverRatio = 0.8,
            });
            result.Components.Select(c => c.Score).ShouldBe([100, null, 100, 100, 0, 0]);
        }

        [Fact]
        public void Should_not_count_explosiveness_after_a_fall()
        {
            // A crash is explosive downwards (PSY's 1917 and 2009 episodes); the scorecard is about bubbles.
            var result = Scorecard.Compute(new VerdictInputs { OneYearReturn = -0.6, Psy = new PsyReading(3.5, 2.4, 3.0) });
            var psy = result.Components.Single(c => c.Kind == VerdictComponentKind.Explosiveness);
            psy.Score.ShouldBe(0);
            psy.Input.ShouldBe(3.5);
            psy.Note.ShouldNotBeNull();
            result.Score.ShouldBe(0);
        }

        [Fact]
        public void Should_have_no_score_without_any_input()
        {
            var result = Scorecard.Compute(new VerdictInputs());
            result.Score.ShouldBeNull();
            result.Band.ShouldBeNull();
            result.Coverage.ShouldBe(0);
            result.Components.Count.ShouldBe(6);
        }

        [Fact]
        public void Should_refuse_readings_out_of_range()
        {
            Should.Throw<ArgumentException>(() => Scorecard.Compute(new VerdictInputs { ValuationPercentile = 1.2 }));
            Should.Throw<ArgumentException>(() => Scorecard.Compute(new VerdictInputs { OneYearReturn = double.NaN }));
            Should.Throw<ArgumentException>(() => Scorecard.Compute(new VerdictInputs { Psy = new PsyReading(1, 3, 2) }));
        }
    }

    public sealed class BandOf
    {
        [Theory]
        [InlineData(0, VerdictBand.Low)]
        [InlineData(24.99, VerdictBand.Low)]
        [InlineData(25, VerdictBand.Moderate)]
        [InlineData(50, VerdictBand.Elevated)]
        [InlineData(74.99, VerdictBand.Elevated)]
        [InlineData(75, VerdictBand.High)]
        [InlineData(100, VerdictBand.High)]
        public void Should_cut_at_25_50_and_75(double score, VerdictBand band) => Scorecard.BandOf(score).ShouldBe(band);

        [Fact]
        public void Should_have_weights_that_sum_to_one()
        {
            Enum.GetValues<VerdictComponentKind>().Sum(Scorecard.WeightOf).ShouldBe(1, Exact);
        }

        [Fact]
        public void Should_average_the_turnover_score_and_the_margin_percentile_half_each()
        {
            // Turnover 1.75: (1.75 − 1) / (2.5 − 1) = 0.5 → 50. Margin percentile 0.9 → 90. Speculation = 0.5 × 50 + 0.5 × 90 = 70.
            var result = Scorecard.Compute(new VerdictInputs { TurnoverRatio = 1.75, MarginPercentile = 0.9 });

            var speculation = result.Components.Single(c => c.Kind == VerdictComponentKind.Speculation);
            speculation.Score!.Value.ShouldBe(70, Exact);
            speculation.Weight.ShouldBe(0.10);
        }

        [Fact]
        public void Should_score_the_margin_alone_without_turnover()
        {
            // Percentile 0.25 → 25; the speculation component is then the only one: the score is 25.
            var result = Scorecard.Compute(new VerdictInputs { MarginPercentile = 0.25 });

            result.Components.Single(c => c.Kind == VerdictComponentKind.Speculation).Score!.Value.ShouldBe(25, Exact);
            result.Score!.Value.ShouldBe(25, Exact);
        }

        [Fact]
        public void Should_refuse_a_margin_percentile_outside_zero_to_one()
        {
            Should.Throw<ArgumentException>(() => Scorecard.Compute(new VerdictInputs { MarginPercentile = 1.5 }));
        }
    }
}
