using Froth.Baskets;
using Froth.Series;

namespace Froth.Tests.Baskets;

/// <summary>Baskets with an inception: one index run from the inception, periods measured on it; exits of stale constituents; leaders and laggards. The arithmetic is in the comments.</summary>
public sealed class BasketInceptionTests
{
    // Sums and ratios of a few numbers of the order of 100.
    private const double Exact = 1e-10;

    private static DateOnly D(string date) => DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture);

    private static DailyBar Bar(string date, double close) => new(D(date), close, close, close, close, null);

    private static ConstituentData Data(string symbol, params DailyBar[] bars) => new(symbol, symbol, "CNY", bars);

    private static BasketDefinition Definition(params string[] symbols) =>
        new("test", "", [.. symbols.Select(s => new BasketConstituent(s))], BasketWeighting.Equal, BasketRebalancing.Monthly, null, []);

    // Thursday 30 Jan, Friday 31 Jan, Monday 3 Feb (first session of February: the monthly rebalance), Tuesday 4 Feb 2025.
    //   A: 10, 11, 12.1, 12.1
    //   B: 20, 18, 18,   19.8
    private static readonly ConstituentData A = Data("A", Bar("2025-01-30", 10), Bar("2025-01-31", 11), Bar("2025-02-03", 12.1), Bar("2025-02-04", 12.1));
    private static readonly ConstituentData B = Data("B", Bar("2025-01-30", 20), Bar("2025-01-31", 18), Bar("2025-02-03", 18), Bar("2025-02-04", 19.8));

    public sealed class Inception
    {
        // Equal weight from 30 Jan at 100: 5 units of A (50/10), 2.5 of B (50/20).
        //   31 Jan: 5·11 + 2.5·18 = 55 + 45 = 100
        //    3 Feb: 5·12.1 + 2.5·18 = 60.5 + 45 = 105.5, then rebalanced to 52.75 each (level unchanged)
        //    4 Feb: 52.75·(12.1/12.1) + 52.75·(19.8/18) = 52.75 + 58.025 = 110.775
        private static readonly double[] Levels = [100, 100, 105.5, 110.775];

        [Fact]
        public void Should_start_the_run_at_100_on_the_last_session_on_or_before_the_inception()
        {
            // Inception on Sunday 2 Feb would be Friday 31 Jan; Wednesday 29 Jan is before any bar, so the first session, 30 Jan
            var options = new BasketOptions { Inception = D("2025-01-29"), From = D("2025-01-31"), To = D("2025-02-04"), KeepHistory = true };

            var result = Basket.Build(Definition("A", "B"), [A, B], options);

            result.History.Select(p => p.Date).ShouldBe([D("2025-01-30"), D("2025-01-31"), D("2025-02-03"), D("2025-02-04")]);
            result.History.Select(p => p.Level).ShouldBe(Levels, Exact);

            var sunday = Basket.Build(Definition("A", "B"), [A, B], options with { Inception = D("2025-02-02"), From = D("2025-02-03") });
            sunday.History[0].ShouldBe(new BasketPoint(D("2025-01-31"), 100, 2));
            sunday.BaseSession.ShouldBe(D("2025-02-03"));
        }

        [Fact]
        public void Should_measure_a_period_on_the_one_run_as_the_ratio_of_its_levels()
        {
            var options = new BasketOptions { Inception = D("2025-01-30"), From = D("2025-01-31"), To = D("2025-02-04"), KeepHistory = true };

            var result = Basket.Build(Definition("A", "B"), [A, B], options);

            // From 31 Jan (100) to 4 Feb (110.775) on the run from 30 Jan: +10.775%, the index rebased to 100 on 31 Jan
            result.BaseSession.ShouldBe(D("2025-01-31"));
            result.Return.ShouldBe((110.775 / 100) - 1, Exact);
            result.Index.Select(p => p.Level).ShouldBe([100, 105.5, 110.775], Exact);

            // and another period of the same basket reads the same run: 3 Feb → 4 Feb = 110.775 / 105.5 − 1 = 5%
            var later = Basket.Build(Definition("A", "B"), [A, B], options with { From = D("2025-02-03") });
            later.Return.ShouldBe((110.775 / 105.5) - 1, Exact);
            later.History.Select(p => p.Level).ShouldBe(Levels, Exact);
        }

        [Fact]
        public void Should_differ_from_a_basket_reset_at_the_periods_base()
        {
            // Without an inception the holdings reset on 31 Jan: 50/11 units of A, 50/18 of B;
            //   3 Feb: 50·12.1/11 + 50 = 55 + 50 = 105, rebalanced; 4 Feb: 52.5 + 52.5·1.1 = 110.25: +10.25%, not +10.775%
            var reset = Basket.Build(Definition("A", "B"), [A, B], new BasketOptions { From = D("2025-01-31"), To = D("2025-02-04"), KeepHistory = true });

            reset.Return.ShouldBe(0.1025, Exact);
            reset.History.Select(p => p.Level).ShouldBe([100, 105, 110.25], Exact);
        }

        [Fact]
        public void Should_leave_the_history_empty_unless_asked()
        {
            Basket.Build(Definition("A", "B"), [A, B], new BasketOptions { Inception = D("2025-01-30"), From = D("2025-01-31"), To = D("2025-02-04") })
                .History.ShouldBeEmpty();
        }
    }

    public sealed class Stale_constituent
    {
        [Fact]
        public void Should_leave_at_its_last_price_at_a_rebalance_and_re_enter_at_its_next_close()
        {
            // A trades every weekday from Monday 27 Jan to Thursday 6 Feb 2025; B on 27 and 28 Jan, then again from 5 Feb.
            //   A: 10, 11, 11, 11, 11 | 12 (3 Feb), 12, 13.2, 13.2
            //   B: 20, 22, —, —, —    | —,          —, 30,   33
            // Exits need more than GapWeekdays = 2 weekdays since the last bar: at the 3 Feb rebalance B's last bar,
            // 28 Jan, is 3 weekdays (29, 30, 31 Jan) before it, so B leaves there at its last price, 22.
            var a = Data("A", Bar("2025-01-27", 10), Bar("2025-01-28", 11), Bar("2025-01-29", 11), Bar("2025-01-30", 11), Bar("2025-01-31", 11),
                Bar("2025-02-03", 12), Bar("2025-02-04", 12), Bar("2025-02-05", 13.2), Bar("2025-02-06", 13.2));
            var b = Data("B", Bar("2025-01-27", 20), Bar("2025-01-28", 22), Bar("2025-02-05", 30), Bar("2025-02-06", 33));
            var options = new BasketOptions { Inception = D("2025-01-27"), From = D("2025-01-27"), To = D("2025-02-06"), KeepHistory = true, GapWeekdays = 2 };

            var result = Basket.Build(Definition("A", "B"), [a, b], options);

            // Levels: 27 Jan 100 (5 A, 2.5 B); 28 Jan 55 + 55 = 110; 29–31 Jan 110 (B's price held);
            //   3 Feb 5·12 + 2.5·22 = 115, B leaves, A alone: 115/12 units; 4 Feb 115; 5 Feb 115·13.2/12 = 126.5,
            //   B re-enters at its close (its move 22 → 30 is not counted), 63.25 each;
            //   6 Feb 63.25 + 63.25·33/30 = 63.25 + 69.575 = 132.825
            result.History.Select(p => p.Level).ShouldBe([100, 110, 110, 110, 110, 115, 115, 126.5, 132.825], Exact);
            result.History.Select(p => p.Members).ShouldBe([2, 2, 2, 2, 2, 1, 1, 2, 2]);
        }
    }

    public sealed class Leaders_and_laggards
    {
        [Fact]
        public void Should_never_list_a_constituent_among_both()
        {
            // Returns 30 Jan → 4 Feb: A 10 → 12.1 = +21%, C 5 → 5.5 = +10%, B 20 → 19.8 = −1%.
            // Top = 5 with 3 constituents: the leaders take the better half, ⌈3/2⌉ = 2 (A, C), the laggards ⌊3/2⌋ = 1 (B).
            var c = Data("C", Bar("2025-01-30", 5), Bar("2025-01-31", 5), Bar("2025-02-03", 5), Bar("2025-02-04", 5.5));
            var options = new BasketOptions { Inception = D("2025-01-30"), From = D("2025-01-30"), To = D("2025-02-04"), Top = 5 };

            var result = Basket.Build(Definition("A", "B", "C"), [A, B, c], options);

            result.Leaders.Select(l => l.Symbol).ShouldBe(["A", "C"]);
            result.Laggards.Select(l => l.Symbol).ShouldBe(["B"]);
            result.Leaders.Select(l => l.Return).ShouldBe([0.21, 0.10], Exact);
            result.Laggards.Single().Return.ShouldBe(-0.01, Exact);
            result.Leaders.Select(l => l.Symbol).Intersect(result.Laggards.Select(l => l.Symbol)).ShouldBeEmpty();
        }
    }
}
