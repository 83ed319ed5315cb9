using Froth.Analysis.Rally;
using Froth.Rally;
using Spectre.Console;
using static Froth.Cli.Commands.Rally.RallyText;

namespace Froth.Cli.Commands.Rally;

/// <summary>The table <c>froth facts</c> prints.</summary>
internal static class FactsView
{
    public static void Render(IAnsiConsole console, FactsAnalysis analysis)
    {
        var f = analysis.Facts;
        var subject = analysis.Subject;
        var currency = subject.Instrument.Currency ?? string.Empty;
        console.Write(new Markup($"[bold]{Markup.Escape(subject.Key)}[/] {Markup.Escape(subject.Name)} — as of {Iso(f.AsOf)}, close {Price(f.Close)} {Markup.Escape(currency)}".TrimEnd() + "\n"));
        if (f.RequestedAsOf != f.AsOf)
        {
            console.WriteLine($"({Iso(f.RequestedAsOf)} is not a session of {subject.Key}; the last session on or before it is {Iso(f.AsOf)}.)");
        }

        var rel = f.Relative;
        var returns = new Table().AddColumn("period").AddColumn("base session").AddColumn(new TableColumn("base close").RightAligned()).AddColumn(new TableColumn("return").RightAligned());
        if (rel is not null)
        {
            returns.AddColumn(new TableColumn(Markup.Escape(analysis.Benchmark!.Key)).RightAligned()).AddColumn(new TableColumn("difference").RightAligned());
        }

        void Period(string label, PeriodReturn? r, RelativeReturn? relative)
        {
            var cells = new List<string> { label, Iso(r?.BaseSession), Price(r?.BaseClose), Percent(r?.Return) };
            if (rel is not null)
            {
                cells.Add(Percent(relative?.Benchmark.Return));
                cells.Add(Percent(relative?.Difference));
            }

            returns.AddRow([.. cells.Select(Markup.Escape)]);
        }

        var r = f.Returns;
        Period("day", r.Day, rel?.Day);
        Period("week to date", r.WeekToDate, rel?.WeekToDate);
        Period("month to date", r.MonthToDate, rel?.MonthToDate);
        Period("quarter to date", r.QuarterToDate, rel?.QuarterToDate);
        Period("year to date", r.YearToDate, rel?.YearToDate);
        Period("one year", r.OneYear, rel?.OneYear);
        if (f.Range is { } range)
        {
            Period($"{Iso(range.BaseDate)} → {Iso(range.EndSession)}", range, rel?.Range);
        }

        console.Write(returns);

        var streaks = new Table().AddColumn("streak").AddColumn("current").AddColumn("since").AddColumn(new TableColumn("longest (same way)").RightAligned()).AddColumn("last as long");
        void StreakRow(string label, StreakFacts? s, bool inProgressMatters)
        {
            if (s is null)
            {
                streaks.AddRow(Markup.Escape(label), "—", "—", "—", "—");
                return;
            }

            var current = $"{Count(s.Current)} {s.Direction.ToString().ToLowerInvariant()}{(inProgressMatters && s.IncludesCurrentPeriod ? " (incl. the one in progress)" : string.Empty)}";
            var previous = s.PreviousAsLong is { } p ? $"{Count(p.Length)}, ended {Iso(p.End)}" : "none: longest on record";
            streaks.AddRow(Markup.Escape(label), Markup.Escape(current), Iso(s.Start), Count(s.Longest), Markup.Escape(previous));
        }

        StreakRow("sessions", f.Streaks.Daily, false);
        StreakRow("weeks", f.Streaks.Weekly, true);
        StreakRow("months", f.Streaks.Monthly, true);
        console.Write(streaks);

        var records = new Table().AddColumn("record").AddColumn("value");
        void Row(string label, string value) => records.AddRow(Markup.Escape(label), Markup.Escape(value));
        var rec = f.Records;
        Row("highest close since", rec.HighestSince is { } h ? $"{Iso(h.Date)} ({Price(h.Close)})" : "all-time high (no earlier close as high)");
        Row("lowest close since", rec.LowestSince is { } l ? $"{Iso(l.Date)} ({Price(l.Close)})" : "all-time low (no earlier close as low)");
        Row("all-time high close", $"{Price(rec.AllTimeHigh.Close)} on {Iso(rec.AllTimeHigh.Date)}");
        Row("drawdown from it", $"{Percent(f.Drawdown.FromPeak)}, {Count(f.Drawdown.SessionsSincePeak)} sessions since");
        Row("52-week high close", rec.High52Week is { } hi ? $"{Price(hi.Close)} on {Iso(hi.Date)}{(rec.At52WeekHigh == true ? " (at it)" : string.Empty)}" : "— (less than 52 weeks of history)");
        Row("52-week low close", rec.Low52Week is { } lo ? $"{Price(lo.Close)} on {Iso(lo.Date)}{(rec.At52WeekLow == true ? " (at it)" : string.Empty)}" : "— (less than 52 weeks of history)");
        Row("volume vs 20 / 50 sessions", f.Volume is { } v ? $"{Ratio(v.Ratio20)} / {Ratio(v.Ratio50)}" : "— (no volume)");
        console.Write(records);
        foreach (var note in analysis.Notes)
        {
            console.WriteLine(note);
        }
    }
}
