using Froth.Data.MarketData;
using Froth.Data.Symbols;
using Froth.Series;

namespace Froth.Claims.Tests;

/// <summary>The checker end to end on a small hand-made market, every computed figure worked out in the comments.</summary>
public sealed class CheckerTests
{
    // ^NDX: Friday 2026-01-09 closes at 100, then Monday..Friday 2026-01-12..16 at 101, 102, 103, 104, 110.
    private static readonly DateOnly Friday = new(2026, 1, 16);

    private static IMarketData Market()
    {
        double[] closes = [100, 101, 102, 103, 104, 110];
        DateOnly[] dates = [new(2026, 1, 9), new(2026, 1, 12), new(2026, 1, 13), new(2026, 1, 14), new(2026, 1, 15), Friday];
        var bars = dates.Select((d, i) => new DailyBar(d, closes[i], closes[i], closes[i], closes[i], null)).ToList();
        return new InMemoryMarketData([new BarSeries(SymbolCatalog.Describe("^NDX"), "test", PriceAdjustment.None, bars)]);
    }

    private static CheckResult Check(string text, DateOnly? date = null)
    {
        using var workspace = TestWorkspace.Over(Market());
        return ClaimChecker.Check(workspace, text, date ?? Friday);
    }

    [Fact]
    public void Should_check_a_move_on_a_weekday_against_the_session_before()
    {
        // 110 / 104 − 1 = 5.769%: "rose 5.8%" rounds; "rose 5.7%" does not.
        Check("The Nasdaq 100 rose 5.8% on Friday.").Claims.Single().Verdict.ShouldBe(ClaimVerdict.Supported);
        var wrong = Check("The Nasdaq 100 rose 5.7% on Friday.").Claims.Single();
        wrong.Verdict.ShouldBe(ClaimVerdict.Contradicted);
        wrong.Computed.ShouldBe("+5.77%");
        wrong.Period.ShouldBe(new ClaimPeriod(new DateOnly(2026, 1, 15), Friday));
    }

    [Fact]
    public void Should_check_this_week_against_the_previous_week_s_last_close()
    {
        // 110 / 100 − 1 = 10%.
        Check("The Nasdaq 100 has gained 10% this week.").Claims.Single().Verdict.ShouldBe(ClaimVerdict.Supported);
    }

    [Fact]
    public void Should_read_nothing_after_the_date()
    {
        // As of Thursday 2026-01-15: 104 / 100 − 1 = 4% this week; Friday's 110 is not read.
        Check("The Nasdaq 100 has gained 4% this week.", new DateOnly(2026, 1, 15)).Claims.Single().Verdict.ShouldBe(ClaimVerdict.Supported);
    }

    [Fact]
    public void Should_count_the_daily_streak_and_the_record()
    {
        // Five up sessions in a row, and 110 is the highest close of the series.
        var claims = Check("The Nasdaq 100 closed at a record on Friday, its fifth straight daily gain.").Claims;
        claims.Select(c => c.Metric).ShouldBe(["record", "streak"]);
        claims.ShouldAllBe(c => c.Verdict == ClaimVerdict.Supported);
    }

    [Fact]
    public void Should_give_a_clause_without_subject_the_sentence_s_subject_and_period()
    {
        // "and is up 10%" takes the Nasdaq 100 and "this week": 110 / 100 − 1.
        var claims = Check("The Nasdaq 100 rose 5.8% on Friday and 10% this week.").Claims;
        claims.Count.ShouldBe(2);
        claims.ShouldAllBe(c => c.Verdict == ClaimVerdict.Supported && c.Subject == "^NDX");
    }

    [Fact]
    public void Should_leave_a_fragment_without_subject_unverifiable()
    {
        var claim = Check("gained 40%, respectively.").Claims.Single();
        claim.Verdict.ShouldBe(ClaimVerdict.Unverifiable);
        claim.Reason!.ShouldContain("no subject");
    }

    [Fact]
    public void Should_mark_a_forecast_unverifiable() =>
        Check("Analysts expect the Nasdaq 100 to rise 5% next year.").Claims.Single().Reason!.ShouldContain("forecast");

    [Fact]
    public void Should_say_when_there_is_no_date()
    {
        using var workspace = TestWorkspace.Over(Market());
        Should.Throw<FrothException>(() => ClaimChecker.Check(workspace, "The Nasdaq 100 rose 5.8% on Friday.", null)).Message.ShouldContain("--date");
    }
}
