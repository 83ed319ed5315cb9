using Froth.Claims.Text;

namespace Froth.Claims.Grammar;

/// <summary>Reads period phrases ("on Friday", "so far this month", "over the past 12 months", "in October") from tokens.</summary>
public static class PeriodPhrases
{
    private static readonly (string[] Words, PeriodKind Kind)[] Fixed =
    [
        (["so", "far", "this", "week"], PeriodKind.WeekToDate),
        (["so", "far", "this", "month"], PeriodKind.MonthToDate),
        (["so", "far", "this", "quarter"], PeriodKind.QuarterToDate),
        (["so", "far", "this", "year"], PeriodKind.YearToDate),
        (["since", "the", "start", "of", "the", "year"], PeriodKind.YearToDate),
        (["since", "the", "beginning", "of", "the", "year"], PeriodKind.YearToDate),
        (["since", "the", "start", "of", "the", "month"], PeriodKind.MonthToDate),
        (["since", "the", "beginning", "of", "the", "month"], PeriodKind.MonthToDate),
        (["since", "the", "start", "of", "the", "week"], PeriodKind.WeekToDate),
        (["over", "the", "past", "12", "months"], PeriodKind.OneYear),
        (["over", "the", "last", "12", "months"], PeriodKind.OneYear),
        (["in", "the", "past", "12", "months"], PeriodKind.OneYear),
        (["in", "the", "last", "12", "months"], PeriodKind.OneYear),
        (["over", "the", "past", "twelve", "months"], PeriodKind.OneYear),
        (["over", "the", "past", "year"], PeriodKind.OneYear),
        (["over", "the", "last", "year"], PeriodKind.OneYear),
        (["in", "the", "past", "year"], PeriodKind.OneYear),
        (["in", "the", "last", "year"], PeriodKind.OneYear),
        (["from", "a", "year", "earlier"], PeriodKind.OneYear),
        (["from", "a", "year", "ago"], PeriodKind.OneYear),
        (["from", "a", "year", "before"], PeriodKind.OneYear),
        (["than", "a", "year", "earlier"], PeriodKind.OneYear),
        (["in", "a", "year"], PeriodKind.OneYear),
        (["over", "a", "year"], PeriodKind.OneYear),
        (["year", "on", "year"], PeriodKind.OneYear),
        (["year-on-year"], PeriodKind.OneYear),
        (["over", "the", "same", "period"], PeriodKind.Same),
        (["in", "the", "same", "period"], PeriodKind.Same),
        (["that", "year"], PeriodKind.Same),
        (["that", "day"], PeriodKind.Same),
        (["year", "to", "date"], PeriodKind.YearToDate),
        (["year-to-date"], PeriodKind.YearToDate),
        (["month", "to", "date"], PeriodKind.MonthToDate),
        (["this", "week"], PeriodKind.WeekToDate),
        (["for", "the", "week"], PeriodKind.WeekToDate),
        (["over", "the", "week"], PeriodKind.WeekToDate),
        (["on", "the", "week"], PeriodKind.WeekToDate),
        (["this", "month"], PeriodKind.MonthToDate),
        (["for", "the", "month"], PeriodKind.MonthToDate),
        (["over", "the", "month"], PeriodKind.MonthToDate),
        (["on", "the", "month"], PeriodKind.MonthToDate),
        (["in", "the", "month"], PeriodKind.MonthToDate),
        (["this", "quarter"], PeriodKind.QuarterToDate),
        (["this", "year"], PeriodKind.YearToDate),
        (["on", "the", "day"], PeriodKind.Session),
        (["for", "the", "day"], PeriodKind.Session),
        (["on", "the", "session"], PeriodKind.Session),
        (["today"], PeriodKind.Session),
        (["a", "day", "after"], PeriodKind.PreviousSession),
        (["a", "day", "earlier"], PeriodKind.PreviousSession),
        (["the", "day", "before"], PeriodKind.PreviousSession),
        (["next", "year"], PeriodKind.Future),
        (["next", "month"], PeriodKind.Future),
        (["next", "quarter"], PeriodKind.Future),
        (["next", "week"], PeriodKind.Future),
    ];

    /// <summary>The period phrase starting at token <paramref name="i"/>, and how many tokens it takes; <see langword="null"/> when none starts there.</summary>
    public static (PeriodSpec Spec, int Length)? At(IReadOnlyList<Token> tokens, int i, int end)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        foreach (var (words, kind) in Fixed)
        {
            if (Matches(tokens, i, end, words))
            {
                return (new PeriodSpec(kind, Join(tokens, i, words.Length)), words.Length);
            }
        }

        var w = tokens[i].Lower;
        if (w == "on" && i + 1 < end && Lexicon.Weekday(tokens[i + 1].Lower) is { } day)
        {
            return (new PeriodSpec(PeriodKind.Session, Join(tokens, i, 2), day), 2);
        }

        if (w is "in" or "for" or "during" or "through" && i + 1 < end)
        {
            var j = i + 1;
            if (tokens[j].Lower == "the" && j + 2 < end && Lexicon.Count(tokens[j + 1].Lower) is { } q and >= 1 and <= 4
                && Lexicon.IsOrdinal(tokens[j + 1].Lower) && tokens[j + 2].Lower == "quarter")
            {
                var year = j + 3 < end && tokens[j + 3].IsYear ? (int)tokens[j + 3].Value : 0;
                var n = year > 0 ? 5 : 4;
                return (new PeriodSpec(PeriodKind.CalendarQuarter, Join(tokens, i, n), Number: q, Year: year), n);
            }

            if (Lexicon.Month(tokens[j].Text) is { } month && tokens[j].Kind == TokenKind.Word && tokens[j].Text.Length >= 3 && char.IsUpper(tokens[j].Text[0]))
            {
                var year = j + 1 < end && tokens[j + 1].IsYear ? (int)tokens[j + 1].Value : 0;
                var n = year > 0 ? 3 : 2;
                return (new PeriodSpec(PeriodKind.CalendarMonth, Join(tokens, i, n), Year: year, Number: month), n);
            }

            if (tokens[j].IsYear && w != "for")
            {
                return (new PeriodSpec(PeriodKind.CalendarYear, Join(tokens, i, 2), Year: (int)tokens[j].Value), 2);
            }
        }

        if (w is "since" or "from")
        {
            if (i + 1 >= end || tokens[i + 1].Kind == TokenKind.Punctuation)
            {
                return w == "since" ? (new PeriodSpec(PeriodKind.Missing, tokens[i].Text), 1) : null;
            }

            if (DateAt(tokens, i + 1, end) is { } since)
            {
                return (new PeriodSpec(PeriodKind.Since, Join(tokens, i, 1 + since.Length), SinceDate: since.First), 1 + since.Length);
            }
        }

        return null;
    }

    /// <summary>
    /// A date or calendar period written at token <paramref name="i"/>: "August 2021", "April", "2015", "October 2",
    /// "March 9, 2000". Returns its first day, its last day (for a bare month or year, the whole period), whether a
    /// year was written, and its length in tokens.
    /// </summary>
    public static (DateOnly First, DateOnly Last, int Length, bool HasYear, bool HasDay)? DateAt(IReadOnlyList<Token> tokens, int i, int end, DateOnly? reference = null)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        if (i >= end)
        {
            return null;
        }

        var t = tokens[i];
        if (t.IsYear)
        {
            var y = (int)t.Value;
            return (new DateOnly(y, 1, 1), new DateOnly(y, 12, 31), 1, true, false);
        }

        if (t.Kind != TokenKind.Word || !t.Capitalised || Lexicon.Month(t.Text) is not { } month)
        {
            return null;
        }

        var n = 1;
        int? day = null;
        if (i + n < end && tokens[i + n].Kind == TokenKind.Punctuation && tokens[i + n].Text == ".")
        {
            n++;
        }

        if (i + n < end && tokens[i + n] is { Kind: TokenKind.Number, Decimals: 0, Percent: false, Currency: null } d && d.Value is >= 1 and <= 31 && d.Text.Length <= 2)
        {
            day = (int)d.Value;
            n++;
            if (i + n < end && tokens[i + n].Text == ",")
            {
                n++;
            }
        }
        else if (n == 2)
        {
            n = 1;
        }

        var year = 0;
        if (i + n < end && tokens[i + n].IsYear)
        {
            year = (int)tokens[i + n].Value;
            n++;
        }
        else if (day is not null && i + n - 1 < end && tokens[i + n - 1].Text == ",")
        {
            n--;
        }

        var hasYear = year > 0;
        if (!hasYear)
        {
            var r = reference ?? new DateOnly(2000, 1, 1);
            year = month <= r.Month ? r.Year : r.Year - 1;
            if (day is { } dd && month == r.Month && dd > r.Day)
            {
                year--;
            }
        }

        var last = DateTime.DaysInMonth(year, month);
        if (day is { } dday)
        {
            var date = new DateOnly(year, month, Math.Min(dday, last));
            return (date, date, n, hasYear, true);
        }

        return (new DateOnly(year, month, 1), new DateOnly(year, month, last), n, hasYear, false);
    }

    private static bool Matches(IReadOnlyList<Token> tokens, int i, int end, string[] words)
    {
        if (i + words.Length > end)
        {
            return false;
        }

        for (var k = 0; k < words.Length; k++)
        {
            if (tokens[i + k].Lower != words[k])
            {
                return false;
            }
        }

        return true;
    }

    private static string Join(IReadOnlyList<Token> tokens, int i, int n) => string.Join(' ', Enumerable.Range(i, n).Select(k => tokens[k].Text));
}
