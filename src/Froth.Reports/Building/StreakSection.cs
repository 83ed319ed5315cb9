using Froth.Narrative;
using Froth.Rally;
using Froth.Reports.Model;
using static Froth.Reports.Building.Words;

namespace Froth.Reports.Building;

/// <summary>Streaks and records: daily, weekly and monthly runs, "highest since", and the distance from the peak.</summary>
internal static class StreakSection
{
    /// <summary>Drawdowns smaller than this (5%) are not worth a sentence.</summary>
    private const double NotableDrawdown = -0.05;

    /// <summary>The current weekly streak as a clause ("its eighth straight weekly gain"), when it is at least two weeks long.</summary>
    public static WeeklyStreak? Weekly(ReportContext ctx, Subject s)
    {
        if (s.Facts.Streaks.Weekly is not { Direction: not StreakDirection.Flat, Current: >= 2 } w)
        {
            return null;
        }

        var (length, longest) = StreakFacts(ctx, s, w, "weekly");
        var kind = W(w.Direction == StreakDirection.Up ? "gain" : "loss");
        var phrase = w.IncludesCurrentPeriod
            ? Sentences.Write($"on course for its {length:ordinal} straight weekly {kind}")
            : Sentences.Write($"its {length:ordinal} straight weekly {kind}");
        return new WeeklyStreak(length, longest, w.Direction == StreakDirection.Up, w.IncludesCurrentPeriod, phrase);
    }

    public static ReportSection Build(ReportContext ctx)
    {
        var columns = new List<ReportColumn>
        {
            new(""), new("Daily streak", true), new("Weekly streak", true), new("Monthly streak", true),
            new("Highest close since", true), new("Below its peak", true), new("Peak", true),
        };
        var rows = new List<IReadOnlyList<ReportCell>>();
        var paragraph = new List<Sentence>();
        foreach (var s in ctx.Subjects)
        {
            var f = s.Facts;
            var row = new List<ReportCell> { ReportCell.Of(s.Name) };
            foreach (var (streak, name) in new[] { (f.Streaks.Daily, "daily"), (f.Streaks.Weekly, "weekly"), (f.Streaks.Monthly, "monthly") })
            {
                row.Add(streak is null ? ReportCell.Empty : ReportCell.Of(StreakFacts(ctx, s, streak, name).Length, FactForm.Digits, Direction(streak.Direction)));
            }

            var book = ctx.Book;
            if (f.Records.AtAllTimeHigh)
            {
                row.Add(ReportCell.Word(s.Input is null ? "highest of the index" : "record"));
            }
            else if (f.Records.HighestSince is { } since)
            {
                row.Add(ReportCell.Of(book.Date(s.Key, "highestSince", since.Date, "latest earlier session with a close at or above this one", f.AsOf, [s.Source]), FactForm.Iso));
            }
            else
            {
                row.Add(ReportCell.Empty);
            }

            var drawdown = book.Number(s.Key, "drawdown", FactKind.Return, f.Drawdown.FromPeak, "close against the highest close so far", f.AsOf, [s.Source]);
            var peak = book.Date(s.Key, "peak", f.Drawdown.Peak.Date, "date of the highest close so far", f.AsOf, [s.Source]);
            row.Add(ReportCell.Of(drawdown, FactForm.Signed));
            row.Add(ReportCell.Of(peak, FactForm.Iso));
            rows.Add(row);
            paragraph.AddRange(Narrate(ctx, s, drawdown, peak));
        }

        var blocks = new List<ReportBlock>();
        if (paragraph.Count > 0)
        {
            blocks.Add(new ParagraphBlock(paragraph));
        }

        var basketStart = ctx.Book.Date("basket", "firstSession", ctx.Basket.Facts.FirstSession, "first session of the index", ctx.AsOf, [ctx.Basket.Source]);
        blocks.Add(new TableBlock(new ReportTable(columns, rows,
        [
            Sentences.Write($"Streaks count sessions, weeks or months closing higher (up) or lower (down) than the one before; records are on closes. The basket index starts on {basketStart}, so its records and streaks only go back to then."),
        ]).Validated()));
        return new ReportSection("streaks", "Streaks and records", blocks);
    }

    private static IEnumerable<Sentence> Narrate(ReportContext ctx, Subject s, Fact drawdown, Fact peak)
    {
        var f = s.Facts;
        var name = s.Name;
        var full = Sentences.Write($"The {name}");
        var told = false;

        // Each statement is written twice: with the name, to stand alone in the headline, and with "It" after the first.
        Sentence Next(Func<Sentence, Sentence> write, string? topic = null, double salience = 0)
        {
            if (topic is not null)
            {
                ctx.Candidate(topic, salience, write(full));
            }

            var sentence = write(told ? Sentences.Write($"It") : full);
            told = true;
            return sentence;
        }

        if (f.Streaks.Weekly is { Direction: not StreakDirection.Flat, Current: >= 3 } w && !w.IncludesCurrentPeriod)
        {
            var (length, _) = StreakFacts(ctx, s, w, "weekly");
            var verb = W(w.Direction == StreakDirection.Up ? "risen" : "fallen");
            var salience = Salience.Streak(w.Current, w.Longest);
            if (w.Current >= w.Longest)
            {
                yield return Next(x => Sentences.Write($"{x} has {verb} for {length:words} straight weeks, its longest such run on record."), "streak", salience);
            }
            else if (w.PreviousAsLong is { } previous)
            {
                var end = ctx.Book.Date(s.Key, "streak.weekly.previousAsLong", previous.End, "end of the last weekly streak at least as long", f.AsOf, [s.Source]);
                yield return Next(x => Sentences.Write($"{x} has {verb} for {length:words} straight weeks, its longest such run since the one that ended on {end}."), "streak", salience);
            }
            else
            {
                yield return Next(x => Sentences.Write($"{x} has {verb} for {length:words} straight weeks."), "streak", salience);
            }
        }

        if (f.Streaks.Monthly is { Direction: not StreakDirection.Flat, Current: >= 3 } m && !m.IncludesCurrentPeriod)
        {
            var (length, _) = StreakFacts(ctx, s, m, "monthly");
            var verb = W(m.Direction == StreakDirection.Up ? "risen" : "fallen");
            yield return Next(x => Sentences.Write($"{x} has {verb} for {length:words} straight months."), "streak", Salience.Streak(m.Current, m.Longest) - 5);
        }

        if (PerformanceSection.Record(ctx, s, rising: true) is { } record)
        {
            var close = PerformanceSection.Close(ctx, s);
            yield return Next(x => Sentences.Write($"{x} ended at {close}, {record.Text}."), "record", record.Salience);
        }

        if (f.Drawdown.FromPeak <= NotableDrawdown)
        {
            yield return Next(x => Sentences.Write($"{x} stands {drawdown:abs} below its peak of {peak}."));
        }
    }

    private static (Fact Length, Fact Longest) StreakFacts(ReportContext ctx, Subject s, StreakFacts streak, string frequency)
    {
        var book = ctx.Book;
        var direction = streak.Direction.ToString().ToLowerInvariant();
        var unit = frequency switch { "daily" => "sessions", "weekly" => "weeks", _ => "months" };
        var length = book.Number(s.Key, $"streak.{frequency}", FactKind.Count, streak.Current, $"current {frequency} streak ({direction}), in {unit}", s.Facts.AsOf, [s.Source]);
        var longest = book.Number(s.Key, $"streak.{frequency}.longest", FactKind.Count, streak.Longest, $"longest {frequency} streak {direction} in the series' history, in {unit}", s.Facts.AsOf, [s.Source]);
        return (length, longest);
    }

    private static string Direction(StreakDirection d) => d switch
    {
        StreakDirection.Up => "up",
        StreakDirection.Down => "down",
        _ => "flat",
    };
}

/// <summary>A weekly streak ready for a sentence.</summary>
internal sealed record WeeklyStreak(Fact Length, Fact Longest, bool Up, bool InProgress, Sentence Phrase);
