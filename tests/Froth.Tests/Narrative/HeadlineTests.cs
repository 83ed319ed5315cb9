using Froth.Narrative;

namespace Froth.Tests.Narrative;

public sealed class HeadlineTests
{
    private static Statement S(string topic, double salience)
    {
        var name = Fact.OfName($"{topic}#{salience}", topic, "t", new DateOnly(2026, 1, 2), []);
        return new Statement(topic, salience, Sentences.Write($"{name}."));
    }

    public sealed class Choose
    {
        [Fact]
        public void Should_open_with_the_lead_close_with_the_verdict_and_rank_the_rest()
        {
            var chosen = Headline.Choose([S("record", 60), S("verdict", 10), S("streak", 84), S("lead", 39), S("relative", 57), S("breadth", 48), S("valuation", 30)]);
            chosen.Select(s => s.Topic).ShouldBe(["lead", "streak", "record", "relative", "verdict"]);
        }

        [Fact]
        public void Should_state_each_topic_once()
        {
            var chosen = Headline.Choose([S("lead", 50), S("record", 70), S("record", 65), S("verdict", 1)]);
            chosen.Select(s => s.Topic).ShouldBe(["lead", "record", "verdict"]);
        }

        [Fact]
        public void Should_fill_to_three_sentences_with_less_salient_ones()
        {
            var chosen = Headline.Choose([S("lead", 35), S("valuation", 12), S("breadth", 20), S("verdict", 5)]);
            chosen.Select(s => s.Topic).ShouldBe(["lead", "breadth", "verdict"]);
        }
    }

    public sealed class SalienceRules
    {
        [Fact]
        public void Should_rank_as_the_formulas_say()
        {
            Salience.Move(0.009).ShouldBe(39, 1e-9);
            Salience.Move(-0.08).ShouldBe(80);
            Salience.Record(new DateOnly(2025, 9, 25), new DateOnly(2021, 11, 22), false).ShouldBe(20 + (15 * Math.Min(1403 / 365.25, 4)), 1e-9);
            Salience.Record(new DateOnly(2025, 9, 25), new DateOnly(2025, 8, 1), false).ShouldBe(0);
            Salience.Record(new DateOnly(2025, 9, 25), null, true).ShouldBe(85);
            Salience.Streak(8, 10).ShouldBe(84);
            Salience.Streak(8, 8).ShouldBe(94);
            Salience.Streak(2, 2).ShouldBe(0);
            Salience.Relative(-0.25).ShouldBe(57.5, 1e-9);
            Salience.Valuation(0.86).ShouldBe(57.6, 1e-9);
            Salience.Bubble(false, false, 0.143).ShouldBe(64.3, 1e-9);
        }
    }
}
