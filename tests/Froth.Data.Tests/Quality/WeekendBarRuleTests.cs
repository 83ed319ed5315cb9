using Froth.Data.Quality;
using Froth.Data.Sources;
using Froth.Series;
using static Froth.Data.Tests.Quality.QualityFixtures;

namespace Froth.Data.Tests.Quality;

public sealed class WeekendBarRuleTests
{
    private static readonly Instrument Pair = new("HKD=X", "USD/HKD", InstrumentKind.Fx, "FX", "HKD");

    [Fact]
    public void Should_leave_out_the_Saturday_and_Sunday_bars_of_a_currency_pair()
    {
        var checkedBatch = Batch(Pair, [Bar("2024-12-06", 7.78), Bar("2024-12-07", 7.779), Bar("2024-12-08", 7.779), Bar("2024-12-09", 7.77)], [2, 3, 4, 5]).Check();

        checkedBatch.Bars.Single().Bars.Select(b => b.Date).ShouldBe([Day("2024-12-06"), Day("2024-12-09")]);
        checkedBatch.BarLines!.Single().ShouldBe([2, 5]);
        var issues = checkedBatch.Issues(QualityRuleIds.WeekendBar);
        issues.Select(i => (i.Line, i.Date, i.Action)).ShouldBe([(3, Day("2024-12-07"), IssueAction.Skipped), (4, Day("2024-12-08"), IssueAction.Skipped)]);
    }

    [Fact]
    public void Should_leave_stocks_and_indices_alone()
    {
        // Stooq's Nasdaq-100 before 1985 is weekly, dated on Saturdays: those observations are real.
        foreach (var instrument in new[] { QualityFixtures.Stock, QualityFixtures.Index })
        {
            var checkedBatch = Batch(instrument, [Bar("1938-01-08", 2.48), Bar("1938-01-15", 2.53)]).Check();
            checkedBatch.Bars.Single().Bars.Count.ShouldBe(2);
            checkedBatch.Issues(QualityRuleIds.WeekendBar).ShouldBeEmpty();
        }
    }

    [Fact]
    public void Should_drop_the_series_when_only_weekend_bars_were_read()
    {
        var checkedBatch = Batch(Pair, [Bar("2024-12-07", 7.779)]).Check();
        checkedBatch.Bars.ShouldBeEmpty();
        checkedBatch.Issues(QualityRuleIds.WeekendBar).ShouldHaveSingleItem();
    }
}
