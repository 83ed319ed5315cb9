using System.Text.Json.Serialization;
using Froth.Rally;
using Froth.Series;
using Spectre.Console;
using static Froth.Cli.Commands.Rally.RallyText;

namespace Froth.Cli.Commands.Rally;

/// <summary>What <c>froth facts</c> prints: every rally fact of one instrument as of one session.</summary>
internal sealed record FactsOutput(
    string Symbol,
    string Name,
    string Source,
    PriceAdjustment Adjustment,
    string? Currency,
    DateOnly AsOf,
    DateOnly RequestedAsOf,
    double Close,
    DateOnly FirstSession,
    int Sessions,
    PeriodFigures Returns,
    PeriodBases ReturnBases,
    RangeOutput? Range,
    DateOnly? HighestSince,
    DateOnly? LowestSince,
    RecordFacts Records,
    StreaksOutput Streaks,
    DrawdownOutput Drawdown,
    VolumeSnapshot? Volume,
    RelativeOutput? Relative,
    IReadOnlyList<string> Notes)
{
    public static FactsOutput Of(Instrument instrument, string source, PriceAdjustment adjustment, RallyFactsResult f, string? benchmarkSymbol, string? benchmarkName, IReadOnlyList<string> notes)
    {
        var r = f.Returns;
        return new FactsOutput(
            instrument.Symbol,
            instrument.Name,
            source,
            adjustment,
            instrument.Currency,
            f.AsOf,
            f.RequestedAsOf,
            f.Close,
            f.FirstSession,
            f.Sessions,
            new PeriodFigures(r.Day?.Return, r.WeekToDate?.Return, r.MonthToDate?.Return, r.QuarterToDate?.Return, r.YearToDate?.Return, r.OneYear?.Return),
            new PeriodBases(Base(r.Day), Base(r.WeekToDate), Base(r.MonthToDate), Base(r.QuarterToDate), Base(r.YearToDate), Base(r.OneYear)),
            f.Range is { } range ? new RangeOutput(range.BaseDate, range.BaseSession, range.BaseClose, range.EndSession, range.EndClose, range.Return) : null,
            f.Records.HighestSince?.Date,
            f.Records.LowestSince?.Date,
            f.Records,
            new StreaksOutput(Streak(f.Streaks.Daily, null), Streak(f.Streaks.Weekly, StreakFrequency.Weekly), Streak(f.Streaks.Monthly, StreakFrequency.Monthly)),
            new DrawdownOutput(f.Drawdown.FromPeak, f.Drawdown.Peak.Date, f.Drawdown.Peak.Close, f.Drawdown.SessionsSincePeak),
            f.Volume,
            f.Relative is { } rel ? RelativeOutput.Of(benchmarkSymbol!, benchmarkName!, rel) : null,
            notes);
    }

    private static PeriodBase? Base(PeriodReturn? r) => r is null ? null : new PeriodBase(r.BaseDate, r.BaseSession, r.BaseClose);

    private static StreakOutput? Streak(StreakFacts? s, StreakFrequency? frequency) => s is null ? null : new StreakOutput(
        s.Direction,
        s.Current,
        s.Longest,
        s.LongestUp,
        s.LongestDown,
        s.Start,
        s.PreviousAsLong,
        s.LongestSince,
        frequency == StreakFrequency.Weekly ? s.IncludesCurrentPeriod : null,
        frequency == StreakFrequency.Monthly ? s.IncludesCurrentPeriod : null);

    public void Render(IAnsiConsole console)
    {
        console.Write(new Markup($"[bold]{Markup.Escape(Symbol)}[/] {Markup.Escape(Name)} — as of {Iso(AsOf)}, close {Price(Close)} {Markup.Escape(Currency ?? string.Empty)}".TrimEnd() + "\n"));
        if (RequestedAsOf != AsOf)
        {
            console.WriteLine($"({Iso(RequestedAsOf)} is not a session of {Symbol}; the last session on or before it is {Iso(AsOf)}.)");
        }

        var returns = new Table().AddColumn("period").AddColumn("base session").AddColumn(new TableColumn("base close").RightAligned()).AddColumn(new TableColumn("return").RightAligned());
        if (Relative is not null)
        {
            returns.AddColumn(new TableColumn(Markup.Escape(Relative.Benchmark)).RightAligned()).AddColumn(new TableColumn("difference").RightAligned());
        }

        void Period(string label, double? value, PeriodBase? b, RelativeFigure? rel)
        {
            var cells = new List<string> { label, Iso(b?.Session), Price(b?.Close), Percent(value) };
            if (Relative is not null)
            {
                cells.Add(Percent(rel?.BenchmarkReturn));
                cells.Add(Percent(rel?.Difference));
            }

            returns.AddRow([.. cells.Select(Markup.Escape)]);
        }

        Period("day", Returns.Day, ReturnBases.Day, Relative?.Day);
        Period("week to date", Returns.Wtd, ReturnBases.Wtd, Relative?.Wtd);
        Period("month to date", Returns.Mtd, ReturnBases.Mtd, Relative?.Mtd);
        Period("quarter to date", Returns.Qtd, ReturnBases.Qtd, Relative?.Qtd);
        Period("year to date", Returns.Ytd, ReturnBases.Ytd, Relative?.Ytd);
        Period("one year", Returns.OneYear, ReturnBases.OneYear, Relative?.OneYear);
        if (Range is not null)
        {
            Period($"{Iso(Range.From)} → {Iso(Range.EndSession)}", Range.Return, new PeriodBase(Range.From, Range.BaseSession, Range.BaseClose), Relative?.Range);
        }

        console.Write(returns);

        var streaks = new Table().AddColumn("streak").AddColumn("current").AddColumn("since").AddColumn(new TableColumn("longest (same way)").RightAligned()).AddColumn("last as long");
        void StreakRow(string label, StreakOutput? s, bool? inProgress)
        {
            if (s is null)
            {
                streaks.AddRow(Markup.Escape(label), "—", "—", "—", "—");
                return;
            }

            var current = $"{Count(s.Current)} {s.Direction.ToString().ToLowerInvariant()}{(inProgress == true ? " (incl. the one in progress)" : string.Empty)}";
            var previous = s.PreviousAsLong is { } p ? $"{Count(p.Length)}, ended {Iso(p.End)}" : "none: longest on record";
            streaks.AddRow(Markup.Escape(label), Markup.Escape(current), Iso(s.Start), Count(s.Longest), Markup.Escape(previous));
        }

        StreakRow("sessions", Streaks.Daily, null);
        StreakRow("weeks", Streaks.Weekly, Streaks.Weekly?.IncludesCurrentWeek);
        StreakRow("months", Streaks.Monthly, Streaks.Monthly?.IncludesCurrentMonth);
        console.Write(streaks);

        var records = new Table().AddColumn("record").AddColumn("value");
        void Row(string label, string value) => records.AddRow(Markup.Escape(label), Markup.Escape(value));
        Row("highest close since", HighestSince is { } h ? $"{Iso(h)} ({Price(Records.HighestSince!.Close)})" : "all-time high (no earlier close as high)");
        Row("lowest close since", LowestSince is { } l ? $"{Iso(l)} ({Price(Records.LowestSince!.Close)})" : "all-time low (no earlier close as low)");
        Row("all-time high close", $"{Price(Records.AllTimeHigh.Close)} on {Iso(Records.AllTimeHigh.Date)}");
        Row("drawdown from it", $"{Percent(Drawdown.FromPeak)}, {Count(Drawdown.SessionsSincePeak)} sessions since");
        Row("52-week high close", Records.High52Week is { } hi ? $"{Price(hi.Close)} on {Iso(hi.Date)}{(Records.At52WeekHigh == true ? " (at it)" : string.Empty)}" : "— (less than 52 weeks of history)");
        Row("52-week low close", Records.Low52Week is { } lo ? $"{Price(lo.Close)} on {Iso(lo.Date)}{(Records.At52WeekLow == true ? " (at it)" : string.Empty)}" : "— (less than 52 weeks of history)");
        Row("volume vs 20 / 50 sessions", Volume is { } v ? $"{Ratio(v.Ratio20)} / {Ratio(v.Ratio50)}" : "— (no volume)");
        console.Write(records);
        foreach (var note in Notes)
        {
            console.WriteLine(note);
        }
    }
}

/// <summary>Returns per calendar period, as fractions; null when the series has no close on or before the period's base date.</summary>
internal sealed record PeriodFigures(double? Day, double? Wtd, double? Mtd, double? Qtd, double? Ytd, double? OneYear);

/// <summary>The base of each period's return.</summary>
internal sealed record PeriodBases(PeriodBase? Day, PeriodBase? Wtd, PeriodBase? Mtd, PeriodBase? Qtd, PeriodBase? Ytd, PeriodBase? OneYear);

/// <summary>A period's base date, the session whose close is the base (the last on or before it), and that close.</summary>
internal sealed record PeriodBase(DateOnly BaseDate, DateOnly Session, double Close);

/// <summary>The return over the range asked for with --from/--to.</summary>
internal sealed record RangeOutput(DateOnly From, DateOnly BaseSession, double BaseClose, DateOnly EndSession, double EndClose, double Return);

/// <summary>Daily, weekly and monthly streaks.</summary>
internal sealed record StreaksOutput(StreakOutput? Daily, StreakOutput? Weekly, StreakOutput? Monthly);

/// <summary>One frequency's streak facts.</summary>
internal sealed record StreakOutput(
    StreakDirection Direction,
    int Current,
    int Longest,
    int LongestUp,
    int LongestDown,
    DateOnly Start,
    PastStreak? PreviousAsLong,
    int? LongestSince,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] bool? IncludesCurrentWeek,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] bool? IncludesCurrentMonth);

/// <summary>Drawdown from the highest close.</summary>
internal sealed record DrawdownOutput(double FromPeak, DateOnly PeakDate, double PeakClose, int SessionsSincePeak);

/// <summary>Relative performance against the benchmark, per period.</summary>
internal sealed record RelativeOutput(
    string Benchmark,
    string BenchmarkName,
    DateOnly BenchmarkAsOf,
    RelativeFigure? Day,
    RelativeFigure? Wtd,
    RelativeFigure? Mtd,
    RelativeFigure? Qtd,
    RelativeFigure? Ytd,
    RelativeFigure? OneYear,
    RelativeFigure? Range)
{
    public static RelativeOutput Of(string symbol, string name, RelativeFacts r) => new(
        symbol, name, r.BenchmarkAsOf, Figure(r.Day), Figure(r.WeekToDate), Figure(r.MonthToDate), Figure(r.QuarterToDate), Figure(r.YearToDate), Figure(r.OneYear), Figure(r.Range));

    private static RelativeFigure? Figure(RelativeReturn? r) => r is null ? null : new RelativeFigure(
        r.Instrument.Return, r.Benchmark.Return, r.Difference, r.Ratio, r.Benchmark.BaseSession, r.Benchmark.EndSession);
}

/// <summary>
/// One period against the benchmark: both returns, their difference (percentage points as a fraction) and the
/// relative return (1 + r) / (1 + r_benchmark) − 1, with the benchmark's base and end sessions.
/// </summary>
internal sealed record RelativeFigure(double Return, double BenchmarkReturn, double Difference, double Ratio, DateOnly BenchmarkBaseSession, DateOnly BenchmarkEndSession);
