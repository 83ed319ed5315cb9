using Froth.Bubbles.Psy;

namespace Froth.Tests.Bubbles.Psy;

public sealed class PsyEpisodesTests
{
    public sealed class On_hand_made_sequences
    {
        // Observations 0…9; BSADF null in the warm-up (0, 1); critical value 1.0 throughout.
        private static readonly double?[] Cv = [.. Enumerable.Repeat<double?>(1.0, 10)];

        [Fact]
        public void Should_stamp_start_peak_end_and_duration_of_each_run()
        {
            // Given rejections at 3–5 (peak 2.5 at 4) and at 8 (then 9 does not reject)
            double?[] bsadf = [null, null, 0.2, 1.5, 2.5, 1.2, 0.9, 0.3, 1.1, 0.4];
            double[] y = [10, 10, 10, 11, 13, 14, 13, 12, 12, 13];

            // When
            var episodes = PsyEpisodes.Find(y, bsadf, Cv);

            // Then (by hand): [start 3, peak 4, end 6 (first non-rejecting), 3 observations, rose 10 → 13],
            // [start 8, peak 8, end 9, 1 observation, 12 → 12 counts as explosive]
            episodes.Count.ShouldBe(2);
            episodes[0].ShouldBe(new PsyEpisode(3, 4, 6, 3, false, PsyEpisodeSign.Explosive, 2.5));
            episodes[1].ShouldBe(new PsyEpisode(8, 8, 9, 1, false, PsyEpisodeSign.Explosive, 1.1));
        }

        [Fact]
        public void Should_flag_a_run_that_reaches_the_last_observation_as_ongoing_without_an_end()
        {
            double?[] bsadf = [null, null, 0.2, 0.3, 0.1, 0.5, 0.9, 1.4, 1.8, 1.6];
            double[] y = [10, 10, 10, 10, 10, 10, 10, 12, 15, 16];
            var episode = PsyEpisodes.Find(y, bsadf, Cv).ShouldHaveSingleItem();
            episode.ShouldBe(new PsyEpisode(7, 8, null, 3, true, PsyEpisodeSign.Explosive, 1.8));
        }

        [Fact]
        public void Should_mark_a_run_where_the_series_fell_as_a_collapse()
        {
            double?[] bsadf = [null, null, 0.2, 1.3, 1.9, 0.5, 0.4, 0.3, 0.2, 0.1];
            double[] y = [40, 40, 40, 30, 20, 18, 18, 18, 18, 18];
            PsyEpisodes.Find(y, bsadf, Cv).ShouldHaveSingleItem().Sign.ShouldBe(PsyEpisodeSign.Collapse);
        }

        [Fact]
        public void Should_drop_completed_runs_shorter_than_the_minimum_but_keep_an_ongoing_one()
        {
            // Given runs of 3 (3–5) and 1 (8), and a minimum of 2 observations; then a short ongoing run
            double?[] bsadf = [null, null, 0.2, 1.5, 2.5, 1.2, 0.9, 0.3, 1.1, 0.4];
            double[] y = [10, 10, 10, 11, 13, 14, 13, 12, 12, 13];
            var options = new PsyEpisodeOptions { MinimumDuration = 2 };
            PsyEpisodes.Find(y, bsadf, Cv, options).ShouldHaveSingleItem().Start.ShouldBe(3);

            double?[] live = [null, null, 0.2, 0.3, 0.1, 0.5, 0.9, 0.4, 0.8, 1.6];
            PsyEpisodes.Find(y, live, Cv, options).ShouldHaveSingleItem().Ongoing.ShouldBeTrue();
        }

        [Fact]
        public void Should_not_reject_where_the_statistic_or_the_critical_value_is_missing()
        {
            double?[] bsadf = [null, null, 5, 5, 5, null, 0, 0, 0, 0];
            double?[] cv = [1, 1, null, null, 1, 1, 1, 1, 1, 1];
            double[] y = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
            PsyEpisodes.Find(y, bsadf, cv).ShouldHaveSingleItem().ShouldBe(new PsyEpisode(4, 4, 5, 1, false, PsyEpisodeSign.Explosive, 5));
        }

        [Fact]
        public void Should_give_PSYs_minimum_duration_of_delta_log_T()
        {
            // δ·ln T for T = 1,680 monthly observations and δ = 1: ln 1680 = 7.426 months
            PsyEpisodes.LogDuration(1680, 1).ShouldBe(7.426, 0.001);
        }
    }

    public sealed class On_a_simulated_bubble
    {
        /// <summary>
        /// PSY's dating is consistent with a detection delay of order log T (PSY 2015, Thm 4): ln 400 ≈ 6, and a
        /// bubble this strong (ρ = 1.03, deviation ≫ noise within a few steps) is found sooner. 15 observations
        /// separates "dated correctly, with the usual delay" from "dated something else".
        /// </summary>
        private const int DatingTolerance = 15;

        [Fact]
        public void Should_date_the_explosive_phase_we_planted()
        {
            // Given T = 400: a random walk around 100 (σ = 1) except that observations 200…239 follow
            // y_t = 1.03·y_{t−1} + ε_t, and 240…244 fall back to the pre-bubble level, then a random walk again
            var random = new Random(2015);
            var y = new double[400];
            y[0] = 100;
            for (var t = 1; t < y.Length; t++)
            {
                var e = Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
                y[t] = t switch
                {
                    >= 200 and < 240 => (1.03 * y[t - 1]) + e,
                    >= 240 and < 245 => y[t - 1] - ((y[239] - y[199]) / 5) + e,
                    _ => y[t - 1] + e,
                };
            }

            // When the PSY test runs with Monte Carlo 95% values (defaults: window ⌊400·0.1⌋ = 40, lag 0)
            var result = PsyTest.Run(y);
            var table = PsyCriticalValues.MonteCarlo(
                y.Length, new PsyOptions(), new PsyMonteCarloOptions { Replications = 300 }, cancellationToken: TestContext.Current.CancellationToken);
            var episodes = PsyEpisodes.Find(y, result.Bsadf, table.Bsadf95(), new PsyEpisodeOptions { MinimumDuration = PsyEpisodes.LogDuration(400, 1) });

            // Then the GSADF test rejects, and one explosive episode starts soon after 200 and ends soon after 240
            result.Gsadf.ShouldBeGreaterThan(table.Gsadf!.Cv99);
            var bubble = episodes.ShouldHaveSingleItem();
            bubble.Sign.ShouldBe(PsyEpisodeSign.Explosive);
            bubble.Start.ShouldBeInRange(200, 200 + DatingTolerance);
            bubble.End!.Value.ShouldBeInRange(240, 240 + DatingTolerance);
            bubble.Peak.ShouldBeInRange(bubble.Start, 244);
        }
    }
}
