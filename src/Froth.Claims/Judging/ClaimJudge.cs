using System.Globalization;
using Froth.Analysis;
using Froth.Analysis.Series;
using Froth.Analysis.Subjects;
using Froth.Claims.Grammar;
using Froth.Claims.Subjects;
using Froth.Rally;
using Froth.Series;

namespace Froth.Claims.Judging;

/// <summary>
/// Judges claim drafts against the data as of the publication date: reads each subject's series through the
/// analysis layer (nothing after the date), resolves the period on the series' own sessions, computes the figure
/// with the library's rally facts (<see cref="Returns"/>, <see cref="Streaks"/>, <see cref="Records"/>) and applies
/// <see cref="ClaimRules"/>.
/// </summary>
internal sealed class ClaimJudge(Workspace workspace, SubjectIndex subjects, DateOnly date, string text)
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;
    private readonly Dictionary<string, (SeriesRead<DailyBar>? Bars, SeriesRead<ScalarPoint>? Points)> _series = new(StringComparer.Ordinal);

    public CheckedClaim Judge(ClaimDraft d)
    {
        var span = text[d.Start..d.End];
        var metric = Metric(d);
        var stated = Stated(d, span);
        CheckedClaim Unverifiable(string reason, string? subject = null) =>
            new(span, d.Start, d.End, ClaimVerdict.Unverifiable, subject, metric, null, stated, null, "none: the data cannot settle it", [], reason);

        if (d.Forecast)
        {
            return Unverifiable("a forecast: it speaks of a period after the publication date or of expectations", d.Subject?.Symbols.Count == 1 ? d.Subject.Symbols[0] : null);
        }

        if (d.Kind == ClaimKind.Compare)
        {
            return Compare(d, span, metric, stated);
        }

        if (d.Subject is not { } subject)
        {
            return Unverifiable(d.NoSubject ?? "no subject");
        }

        if (subject.Symbols.Count > 1)
        {
            return new CheckedClaim(span, d.Start, d.End, ClaimVerdict.Ambiguous, null, metric, null, stated, null, "none: the subject is ambiguous",
                [.. subject.Symbols.Select(s => $"candidate: {s}")], $"'{subject.Phrase}' names {string.Join(", ", subject.Symbols)}");
        }

        var symbol = subject.Symbols[0];
        if (d.Kind == ClaimKind.Figure)
        {
            return Unverifiable("a figure the checker could not read as a move, level, streak, record or multiple", symbol);
        }

        if (d.Kind == ClaimKind.Multiple)
        {
            return Multiple(d, span, metric, stated, symbol);
        }

        if (!subjects.Stored.TryGetValue(symbol, out var instrument))
        {
            return Unverifiable($"no data for {symbol} in the store", symbol);
        }

        var (bars, points) = Read(instrument);
        try
        {
            if (bars is not null)
            {
                return bars.Values.Count == 0 ? Unverifiable($"{symbol} has no close on or before {IsoDate.Format(date)}", symbol) : OnBars(d, span, metric, stated, bars);
            }

            if (points is not null && points.Values.Count > 0)
            {
                return OnPoints(d, span, metric, stated, points);
            }
        }
        catch (FrothException e)
        {
            return Unverifiable($"the data cannot be used: {e.Message}", symbol);
        }

        return Unverifiable($"no data for {symbol} on or before {IsoDate.Format(date)}", symbol);
    }

    private (SeriesRead<DailyBar>? Bars, SeriesRead<ScalarPoint>? Points) Read(Instrument instrument)
    {
        if (!_series.TryGetValue(instrument.Symbol, out var read))
        {
            read = instrument.HasBars
                ? (SeriesReader.Prices(workspace.Market, instrument, null, date), null)
                : (null, SeriesReader.Values(workspace.Market, instrument, null, date));
            _series[instrument.Symbol] = read;
        }

        return read;
    }

    private CheckedClaim OnBars(ClaimDraft d, string span, string metric, string stated, SeriesRead<DailyBar> read)
    {
        var bars = read.Values;
        var symbol = read.Instrument.Symbol;
        var evidence = new List<string> { Describe(read) };
        CheckedClaim Done(bool ok, string rule, string? computed, ClaimPeriod? period, string? reason = null) =>
            new(span, d.Start, d.End, ok ? ClaimVerdict.Supported : ClaimVerdict.Contradicted, symbol, metric, period, stated, computed, rule, evidence, reason);
        CheckedClaim Unverifiable(string reason) =>
            new(span, d.Start, d.End, ClaimVerdict.Unverifiable, symbol, metric, null, stated, null, "none: the data cannot settle it", evidence, reason);

        switch (d.Kind)
        {
            case ClaimKind.Move:
            {
                if (ResolveReturn(d.Period, bars, out var reason) is not { } r)
                {
                    return Unverifiable(reason!);
                }

                evidence.Add(ReturnEvidence(r));
                var pct = r.Return * 100;
                var (ok, rule) = MoveRule(d, pct, r.EndClose / r.BaseClose);
                return Done(ok, rule, Pct(pct) + (d.Multiple is { } ? $" (×{r.EndClose / r.BaseClose:0.00})" : string.Empty), new ClaimPeriod(r.BaseSession, r.EndSession));
            }

            case ClaimKind.Streak:
            {
                if (AsOf(d.Period, bars, out var reason) is not { } asOf)
                {
                    return Unverifiable(reason!);
                }

                var frequency = d.Unit switch { "week" => StreakFrequency.Weekly, "month" => StreakFrequency.Monthly, "session" => StreakFrequency.Daily, _ => (StreakFrequency?)null };
                if (frequency is not { } f)
                {
                    return Unverifiable(d.Unit is null ? "the streak names no frequency (session, week or month)" : $"a {d.Unit}ly streak: Froth counts streaks of sessions, weeks and months");
                }

                return StreakOnBars(d, bars, f, asOf, evidence, Done);
            }

            case ClaimKind.Record or ClaimKind.HighestSince:
            {
                if (AsOf(d.Period, bars, out var reason) is not { } asOf)
                {
                    return Unverifiable(reason!);
                }

                var facts = Records.Compute(bars, asOf);
                var i = Sessions.LastOnOrBefore(bars, asOf);
                var close = bars[i];
                evidence.Add($"close on {IsoDate.Format(close.Date)}: {N(close.Close)}; history from {IsoDate.Format(bars[0].Date)} ({i + 1} sessions)");
                var period = new ClaimPeriod(bars[0].Date, close.Date);
                if (d.Kind == ClaimKind.Record)
                {
                    var at = d.Extreme > 0 ? facts.AtAllTimeHigh : facts.AtAllTimeLow;
                    var other = d.Extreme > 0 ? facts.HighestSince : facts.LowestSince;
                    evidence.Add(other is null
                        ? $"no earlier close {(d.Extreme > 0 ? "at or above" : "at or below")} it since the series begins on {IsoDate.Format(bars[0].Date)}"
                        : $"earlier close {(d.Extreme > 0 ? "at or above" : "at or below")} it: {N(other.Close)} on {IsoDate.Format(other.Date)}");
                    var ok = at;
                    var rule = "record: no earlier close at least as high in the stored history";
                    if (d.Figure is { } level)
                    {
                        var (lok, lrule) = ClaimRules.Figure(level, close.Close);
                        ok &= lok;
                        rule += "; and the close " + lrule;
                    }

                    return Done(ok, rule, N(close.Close), period, $"the stored history begins on {IsoDate.Format(bars[0].Date)}");
                }

                var since = d.Extreme > 0 ? facts.HighestSince : facts.LowestSince;
                var (first, last) = d.Since!.Value;
                evidence.Add(since is null ? "no earlier close at least as high: an all-time high" : $"last close at least as {(d.Extreme > 0 ? "high" : "low")}: {N(since.Close)} on {IsoDate.Format(since.Date)}");
                var inT = since is not null && since.Date >= first && since.Date <= last;
                return Done(inT, $"{(d.Extreme > 0 ? "highest" : "lowest")} since T: the last close at least as {(d.Extreme > 0 ? "high" : "low")} before the session falls in {IsoDate.Format(first)}..{IsoDate.Format(last)}",
                    since is null ? "all-time" : IsoDate.Format(since.Date), period);
            }

            case ClaimKind.FirstCross:
            {
                if (AsOf(d.Period, bars, out var reason) is not { } asOf)
                {
                    return Unverifiable(reason!);
                }

                var x = d.Figure!.Magnitude;
                var end = Sessions.LastOnOrBefore(bars, asOf);
                var cross = -1;
                for (var i = 0; i <= end; i++)
                {
                    if (d.Direction > 0 ? bars[i].Close > x : bars[i].Close < x)
                    {
                        cross = i;
                        break;
                    }
                }

                evidence.Add(cross < 0 ? $"no close {(d.Direction > 0 ? "above" : "below")} {N(x)} up to {IsoDate.Format(bars[end].Date)}" : $"first close {(d.Direction > 0 ? "above" : "below")} {N(x)}: {N(bars[cross].Close)} on {IsoDate.Format(bars[cross].Date)}");
                return Done(cross == end, $"first above X: the session named is the first whose close is {(d.Direction > 0 ? "above" : "below")} X", cross < 0 ? "never" : IsoDate.Format(bars[cross].Date), new ClaimPeriod(bars[0].Date, bars[end].Date));
            }

            case ClaimKind.BelowPeak:
            {
                if (AsOf(d.Period, bars, out var reason) is not { } asOf)
                {
                    return Unverifiable(reason!);
                }

                var end = Sessions.LastOnOrBefore(bars, asOf);
                SessionClose peak;
                if (d.Since is { } on && on.First == on.Last)
                {
                    var p = Sessions.LastOnOrBefore(bars, on.First);
                    if (p < 0 || bars[p].Date != on.First)
                    {
                        return Unverifiable($"no session on {IsoDate.Format(on.First)}, the date of the peak named");
                    }

                    peak = new SessionClose(bars[p].Date, bars[p].Close, end - p);
                    var higher = Enumerable.Range(p + 1, end - p).FirstOrDefault(k => bars[k].Close > peak.Close, -1);
                    evidence.Add(higher < 0 ? $"no close after {IsoDate.Format(peak.Date)} is higher: it is the peak" : $"note: {IsoDate.Format(bars[higher].Date)} closed higher ({N(bars[higher].Close)})");
                }
                else
                {
                    peak = Records.Compute(bars, asOf).AllTimeHigh;
                }

                var dd = ((bars[end].Close / peak.Close) - 1) * 100;
                evidence.Add($"peak {N(peak.Close)} on {IsoDate.Format(peak.Date)}; close {N(bars[end].Close)} on {IsoDate.Format(bars[end].Date)}; {N(bars[end].Close)} / {N(peak.Close)} − 1 = {Pct(dd)}");
                var (ok, rule) = ClaimRules.Figure(d.Figure!, dd);
                return Done(ok, "below the peak: " + rule, Pct(dd), new ClaimPeriod(peak.Date, bars[end].Date));
            }

            case ClaimKind.Level:
            {
                if (AsOf(d.Period, bars, out var reason) is not { } asOf)
                {
                    return Unverifiable(reason!);
                }

                var end = Sessions.LastOnOrBefore(bars, asOf);
                evidence.Add($"close on {IsoDate.Format(bars[end].Date)}: {N(bars[end].Close)}");
                var (ok, rule) = ClaimRules.Figure(d.Figure! with { Magnitude = d.Figure!.Magnitude * d.Scale, Decimals = d.Figure.Decimals - (int)Math.Round(Math.Log10(d.Scale)) }, bars[end].Close);
                return Done(ok, "level: " + rule, N(bars[end].Close), new ClaimPeriod(bars[end].Date, bars[end].Date));
            }

            default:
                return Unverifiable("not a claim about prices");
        }
    }

    private CheckedClaim StreakOnBars(ClaimDraft d, IReadOnlyList<DailyBar> bars, StreakFrequency f, DateOnly asOf, List<string> evidence, Func<bool, string, string?, ClaimPeriod?, string?, CheckedClaim> done)
    {
        var dir = d.Direction > 0 ? StreakDirection.Up : StreakDirection.Down;
        var end = bars[Sessions.LastOnOrBefore(bars, asOf)].Date;
        if (d.Ended || d.Since is not null)
        {
            // The streak before the period in progress, and the period in progress itself.
            var periodStart = f switch { StreakFrequency.Weekly => TradingCalendar.WeekStart(end), StreakFrequency.Monthly => TradingCalendar.MonthStart(end), _ => end };
            var before = f == StreakFrequency.Daily ? bars[Sessions.LastOnOrBefore(bars, end) - 1].Date : periodStart.AddDays(-1);
            var now = Streaks.Compute(bars, f, asOf);
            var prior = Streaks.Compute(bars, f, before);
            if (now is null || prior is null)
            {
                return done(false, "streak: too little history", null, null, "fewer than two periods of data");
            }

            evidence.Add($"{Freq(f)} streak as of {IsoDate.Format(end)}: {now.Current} {now.Direction.ToString().ToLowerInvariant()}{(now.IncludesCurrentPeriod ? " (the period in progress counted provisionally)" : string.Empty)}");
            evidence.Add($"{Freq(f)} streak as of {IsoDate.Format(before)}: {prior.Current} {prior.Direction.ToString().ToLowerInvariant()}, its first period closing on {IsoDate.Format(prior.Start)}");
            if (d.Ended)
            {
                var ok = prior.Current == d.Count && prior.Direction == dir && now.Direction != dir;
                return done(ok, $"ended streak: {d.Count} {Freq(f)} periods {(d.Direction > 0 ? "up" : "down")} before the period in progress, which went the other way", $"{prior.Current} {prior.Direction.ToString().ToLowerInvariant()}, then {now.Direction.ToString().ToLowerInvariant()}", new ClaimPeriod(prior.Start, end), null);
            }

            // "First monthly loss since April": this period goes that way, and the opposite run before it began right after T.
            var (first, last) = d.Since!.Value;
            var lastSame = f == StreakFrequency.Monthly ? TradingCalendar.Month(prior.Start) - 1 : TradingCalendar.Week(prior.Start) - 1;
            var tKey = f == StreakFrequency.Monthly ? TradingCalendar.Month(last) : TradingCalendar.Week(last);
            var firstKey = f == StreakFrequency.Monthly ? TradingCalendar.Month(first) : TradingCalendar.Week(first);
            var okSince = now.Direction == dir && now.Current == 1 && prior.Direction != dir && lastSame >= firstKey && lastSame <= tKey;
            return done(okSince, "first … since T: the period in progress moves that way and the last earlier such period falls in T", $"{now.Direction.ToString().ToLowerInvariant()} now; {prior.Current} {prior.Direction.ToString().ToLowerInvariant()} periods before, since {IsoDate.Format(prior.Start)}", new ClaimPeriod(prior.Start, end), null);
        }

        var facts = Streaks.Compute(bars, f, asOf);
        if (facts is null)
        {
            return done(false, "streak: too little history", null, null, "fewer than two periods of data");
        }

        evidence.Add($"{Freq(f)} streak as of {IsoDate.Format(end)}: {facts.Current} {facts.Direction.ToString().ToLowerInvariant()} since the period closing {IsoDate.Format(facts.Start)}{(facts.IncludesCurrentPeriod ? " (the period in progress counted provisionally)" : string.Empty)}");
        var (okPlain, rule) = ClaimRules.Streak(d.Count, d.Direction, facts.Current, facts.Direction == StreakDirection.Up ? 1 : facts.Direction == StreakDirection.Down ? -1 : 0);
        return done(okPlain, rule, $"{facts.Current} {facts.Direction.ToString().ToLowerInvariant()}", new ClaimPeriod(facts.Start, end), null);
    }

    private CheckedClaim OnPoints(ClaimDraft d, string span, string metric, string stated, SeriesRead<ScalarPoint> read)
    {
        var points = read.Values;
        var symbol = read.Instrument.Symbol;
        var unit = read.Instrument.Unit ?? string.Empty;
        var isRate = unit is "percent";
        var evidence = new List<string> { $"{symbol} ({read.Instrument.Name}), source {read.Source.Source}, unit {unit}, {read.Instrument.Frequency.ToString().ToLowerInvariant()}; {points.Count} values from {IsoDate.Format(points[0].Date)} to {IsoDate.Format(points[^1].Date)}" };
        CheckedClaim Done(bool ok, string rule, string? computed, ClaimPeriod? period) =>
            new(span, d.Start, d.End, ok ? ClaimVerdict.Supported : ClaimVerdict.Contradicted, symbol, metric, period, stated, computed, rule, evidence, null);
        CheckedClaim Unverifiable(string reason) =>
            new(span, d.Start, d.End, ClaimVerdict.Unverifiable, symbol, metric, null, stated, null, "none: the data cannot settle it", evidence, reason);

        var annual = read.Instrument.Frequency == Frequency.Annual;
        ScalarPoint? At(DateOnly day) => Sessions.LastOnOrBefore(points, day) is var i and >= 0 ? points[i] : null;
        ScalarPoint? OfYear(int year) => points.Where(p => p.Date.Year == year).Select(p => (ScalarPoint?)p).FirstOrDefault();
        int? year = d.Period is { Kind: PeriodKind.CalendarYear } py ? py.Year : null;

        switch (d.Kind)
        {
            case ClaimKind.Move when isRate:
            {
                if (year is not { } y || OfYear(y) is not { } v)
                {
                    return Unverifiable(year is null ? $"{symbol} is an annual rate: the claim names no year" : $"{symbol} has no value for {year}");
                }

                evidence.Add($"{y}: {v.Value.ToString("0.####", Inv)}%");
                var (ok, rule) = MoveRule(d, v.Value, null);
                return Done(ok, rule, Pct(v.Value), new ClaimPeriod(v.Date, v.Date));
            }

            case ClaimKind.Move or ClaimKind.Level:
            {
                ScalarPoint? endPoint, basePoint;
                if (year is { } y)
                {
                    endPoint = OfYear(y);
                    basePoint = OfYear(y - 1);
                }
                else if (d.Period is null or { Kind: PeriodKind.OneYear } && !annual)
                {
                    endPoint = At(date);
                    basePoint = endPoint is { } ed ? At(ed.Date.AddYears(-1)) : null;
                }
                else
                {
                    return Unverifiable($"the period '{d.Period?.Text}' cannot be read on {symbol}'s {read.Instrument.Frequency.ToString().ToLowerInvariant()} values");
                }

                if (endPoint is not { } e)
                {
                    return Unverifiable($"{symbol} has no value for the period");
                }

                evidence.Add($"{IsoDate.Format(e.Date)}: {N(e.Value)} {unit}");
                if (d.Kind == ClaimKind.Level)
                {
                    var scaled = d.Figure! with { Magnitude = d.Figure.Magnitude * d.Scale, Decimals = d.Figure.Decimals + (int)Math.Round(Math.Log10(d.Scale)) * -1 };
                    var (lok, lrule) = ClaimRules.Figure(scaled, e.Value);
                    var unitNote = d.Currency is { } c && read.Instrument.Currency is { } ic && c != ic ? $" (the claim's currency {c} differs from the series' {ic})" : string.Empty;
                    return Done(lok && unitNote.Length == 0, "level: " + lrule + unitNote, N(e.Value), new ClaimPeriod(e.Date, e.Date));
                }

                if (basePoint is not { } bp)
                {
                    return Unverifiable($"{symbol} has no value a year before {IsoDate.Format(e.Date)}");
                }

                var change = ((e.Value / bp.Value) - 1) * 100;
                evidence.Add($"{IsoDate.Format(bp.Date)}: {N(bp.Value)} {unit}; {N(e.Value)} / {N(bp.Value)} − 1 = {Pct(change)}");
                var (ok, rule) = MoveRule(d, change, e.Value / bp.Value);
                return Done(ok, rule, Pct(change), new ClaimPeriod(bp.Date, e.Date));
            }

            case ClaimKind.Streak when annual && d.Since is { } since && d.Count == 1:
            {
                if (year is not { } y)
                {
                    return Unverifiable("the claim names no year");
                }

                bool Moves(int yy) => isRate ? (OfYear(yy) is { } v && Math.Sign(v.Value) == d.Direction) : (OfYear(yy) is { } v1 && OfYear(yy - 1) is { } v0 && Math.Sign(v1.Value - v0.Value) == d.Direction);
                var previous = Enumerable.Range(points[0].Date.Year, Math.Max(0, y - points[0].Date.Year)).Reverse().FirstOrDefault(Moves, 0);
                evidence.Add($"{y}: {(OfYear(y) is { } cur ? N(cur.Value) : "none")}; last earlier year that {(d.Direction > 0 ? "rose" : "fell")}: {(OfYear(previous) is { } pv ? previous.ToString(Inv) + " (" + N(pv.Value) + ")" : "none")}");
                var ok = Moves(y) && previous >= since.First.Year && previous <= since.Last.Year;
                return Done(ok, "first … since T: this year moves that way and the last earlier such year is T", previous == 0 ? "none" : previous.ToString(Inv), new ClaimPeriod(new DateOnly(previous == 0 ? y : previous, 1, 1), new DateOnly(y, 1, 1)));
            }

            default:
                return Unverifiable($"this kind of claim cannot be read on {symbol}'s {read.Instrument.Frequency.ToString().ToLowerInvariant()} values");
        }
    }

    private CheckedClaim Multiple(ClaimDraft d, string span, string metric, string stated, string symbol)
    {
        if (d.Forward)
        {
            return new CheckedClaim(span, d.Start, d.End, ClaimVerdict.Unverifiable, symbol, metric, null, stated, null, "none: the data cannot settle it", [],
                "a forward multiple: the store holds trailing, not forward, P/E");
        }

        var pe = workspace.Market.Matches(symbol + ":PE");
        if (pe.Count != 1 || Read(pe[0]).Points is not { Values.Count: > 0 } read)
        {
            return new CheckedClaim(span, d.Start, d.End, ClaimVerdict.Unverifiable, symbol, metric, null, stated, null, "none: the data cannot settle it", [], $"no P/E series for {symbol} in the store");
        }

        var last = read.Values[^1];
        var (ok, rule) = ClaimRules.Figure(d.Figure!, last.Value);
        return new CheckedClaim(span, d.Start, d.End, ok ? ClaimVerdict.Supported : ClaimVerdict.Contradicted, symbol, metric, new ClaimPeriod(last.Date, last.Date), stated, N(last.Value), "multiple: " + rule,
            [$"{read.Instrument.Symbol} ({read.Instrument.Name}), source {read.Source.Source}: {N(last.Value)} on {IsoDate.Format(last.Date)} (trailing)"], null);
    }

    private CheckedClaim Compare(ClaimDraft d, string span, string metric, string stated)
    {
        CheckedClaim Unverifiable(string reason) => new(span, d.Start, d.End, ClaimVerdict.Unverifiable, d.Subject?.Symbols[0], metric, null, stated, null, "none: the data cannot settle it", [], reason);
        if (d.Subject is not { Symbols.Count: 1 } other || d.Group.Count == 0)
        {
            return Unverifiable(d.NoSubject ?? "no subject for the comparison");
        }

        var evidence = new List<string>();
        double? Return(string symbol, out string? why)
        {
            why = null;
            if (!subjects.Stored.TryGetValue(symbol, out var inst) || Read(inst).Bars is not { Values.Count: > 0 } read)
            {
                why = $"no prices for {symbol}";
                return null;
            }

            if (ResolveReturn(d.Period, read.Values, out why) is not { } r)
            {
                return null;
            }

            evidence.Add($"{symbol}: " + ReturnEvidence(r));
            return r.Return * 100;
        }

        if (Return(other.Symbols[0], out var whyOther) is not { } benchmark)
        {
            return Unverifiable(whyOther!);
        }

        var all = true;
        var parts = new List<string>();
        foreach (var member in d.Group.Where(g => g.Symbols.Count == 1))
        {
            if (Return(member.Symbols[0], out var why) is not { } r)
            {
                return Unverifiable(why!);
            }

            all &= ClaimRules.Beat(d.Sense, r, benchmark).Supported;
            parts.Add($"{member.Symbols[0]} {Pct(r)}");
        }

        return new CheckedClaim(span, d.Start, d.End, all ? ClaimVerdict.Supported : ClaimVerdict.Contradicted, other.Symbols[0], metric, null, stated,
            $"{other.Symbols[0]} {Pct(benchmark)} against {string.Join(", ", parts)}", ClaimRules.Beat(d.Sense, 1, 0).Rule, evidence, null);
    }

    private static (bool, string) MoveRule(ClaimDraft d, double percent, double? ratio)
    {
        if (d.Multiple is { } m)
        {
            return m < 1 ? ClaimRules.Fraction(1 - m, ratio ?? 1 + (percent / 100)) : ClaimRules.Ratio(m, d.Figure?.Hedge ?? Hedge.None, ratio ?? 1 + (percent / 100));
        }

        if (d.Slightly)
        {
            return ClaimRules.Slightly(d.Direction, percent);
        }

        if (d.DoubleDigit)
        {
            return ClaimRules.DoubleDigit(d.Direction, percent);
        }

        return d.Figure is { } f ? ClaimRules.Figure(f, percent) : ClaimRules.Direction(d.Direction, percent);
    }

    /// <summary>The last session a claim is as of: its period's end, else the publication date's session.</summary>
    private DateOnly? AsOf(PeriodSpec? spec, IReadOnlyList<DailyBar> bars, out string? reason)
    {
        reason = null;
        if (spec is null || spec.Kind is PeriodKind.WeekToDate or PeriodKind.MonthToDate or PeriodKind.QuarterToDate or PeriodKind.YearToDate or PeriodKind.OneYear or PeriodKind.Since)
        {
            return date;
        }

        return Resolve(spec, bars, out reason)?.End;
    }

    private PeriodReturn? ResolveReturn(PeriodSpec? spec, IReadOnlyList<DailyBar> bars, out string? reason)
    {
        if (spec is null)
        {
            reason = "the period is missing";
            return null;
        }

        if (Resolve(spec, bars, out reason) is not { } range)
        {
            return null;
        }

        var r = Returns.Between(bars, range.Base, range.End);
        if (r is null)
        {
            reason = $"no close on or before {IsoDate.Format(range.Base)}, the base of the period";
        }

        return r;
    }

    /// <summary>The base date and end of a period on a series' sessions, point in time (never after the publication date).</summary>
    private (DateOnly Base, DateOnly End)? Resolve(PeriodSpec spec, IReadOnlyList<DailyBar> bars, out string? reason)
    {
        reason = null;
        var last = Sessions.LastOnOrBefore(bars, date);
        if (last < 0)
        {
            reason = $"no close on or before {IsoDate.Format(date)}";
            return null;
        }

        var end = bars[last].Date;
        DateOnly? prev = last > 0 ? bars[last - 1].Date : null;
        switch (spec.Kind)
        {
            case PeriodKind.Session or PeriodKind.PreviousSession:
            {
                var i = last;
                if (spec.Weekday is { } wd)
                {
                    while (i >= 0 && bars[i].Date.DayOfWeek != wd && bars[i].Date.DayNumber > date.DayNumber - 7)
                    {
                        i--;
                    }

                    if (i < 0 || bars[i].Date.DayOfWeek != wd || bars[i].Date.DayNumber <= date.DayNumber - 7)
                    {
                        reason = $"no session on the last {wd} on or before {IsoDate.Format(date)}";
                        return null;
                    }
                }

                if (spec.Kind == PeriodKind.PreviousSession)
                {
                    i--;
                }

                if (i < 1)
                {
                    reason = "no earlier session to compare with";
                    return null;
                }

                return (bars[i - 1].Date, bars[i].Date);
            }

            case PeriodKind.WeekToDate:
                return (Returns.BaseDate(RallyPeriod.WeekToDate, end, prev)!.Value, end);
            case PeriodKind.MonthToDate:
                return (Returns.BaseDate(RallyPeriod.MonthToDate, end, prev)!.Value, end);
            case PeriodKind.QuarterToDate:
                return (Returns.BaseDate(RallyPeriod.QuarterToDate, end, prev)!.Value, end);
            case PeriodKind.YearToDate:
                return (Returns.BaseDate(RallyPeriod.YearToDate, end, prev)!.Value, end);
            case PeriodKind.OneYear:
                return (Returns.BaseDate(RallyPeriod.OneYear, end, prev)!.Value, end);
            case PeriodKind.CalendarMonth:
            {
                var y = spec.Year != 0 ? spec.Year : spec.Number <= date.Month ? date.Year : date.Year - 1;
                var first = new DateOnly(y, spec.Number, 1);
                return Calendar(first, first.AddMonths(1).AddDays(-1), out reason);
            }

            case PeriodKind.CalendarQuarter:
            {
                var y = spec.Year != 0 ? spec.Year : ((spec.Number - 1) * 3) + 1 <= date.Month ? date.Year : date.Year - 1;
                var first = new DateOnly(y, ((spec.Number - 1) * 3) + 1, 1);
                return Calendar(first, first.AddMonths(3).AddDays(-1), out reason);
            }

            case PeriodKind.CalendarYear:
                return Calendar(new DateOnly(spec.Year, 1, 1), new DateOnly(spec.Year, 12, 31), out reason);
            case PeriodKind.Since:
                return (spec.SinceDate!.Value.AddDays(-1), end);
            case PeriodKind.Missing:
                reason = "the period is missing: 'since' with nothing after it";
                return null;
            default:
                reason = $"the period '{spec.Text}' is not one the checker can resolve";
                return null;
        }
    }

    private (DateOnly Base, DateOnly End)? Calendar(DateOnly first, DateOnly last, out string? reason)
    {
        reason = null;
        if (first > date)
        {
            reason = $"the period starts after the publication date {IsoDate.Format(date)}";
            return null;
        }

        return (first.AddDays(-1), last < date ? last : date);
    }

    private static string Describe(SeriesRead<DailyBar> read)
    {
        var info = new SubjectInfo(read.Instrument.Symbol, read.Instrument.Name, SubjectKind.Instrument, read.Instrument, read.Source);
        var adjustment = Notes.Adjustment(info) is { } note ? " " + note : " Prices as stored (price return, no dividends).";
        return $"{read.Instrument.Symbol} ({read.Instrument.Name}), source {read.Source.Source}, closes read up to {IsoDate.Format(read.LastDate ?? read.Source.First)}.{adjustment}";
    }

    private static string ReturnEvidence(PeriodReturn r) =>
        $"close {N(r.BaseClose)} on {IsoDate.Format(r.BaseSession)} (last on or before {IsoDate.Format(r.BaseDate)}) → {N(r.EndClose)} on {IsoDate.Format(r.EndSession)}; {N(r.EndClose)} / {N(r.BaseClose)} − 1 = {Pct(r.Return * 100)}";

    private static string Freq(StreakFrequency f) => f switch { StreakFrequency.Weekly => "weekly", StreakFrequency.Monthly => "monthly", _ => "daily" };

    private static string N(double v) => Math.Abs(v) >= 1e9 ? v.ToString("#,##0", Inv) : v.ToString("#,##0.00##", Inv);

    private static string Pct(double percent) => percent.ToString("+0.00;-0.00;0.00", Inv) + "%";

    private static string Metric(ClaimDraft d) => d.Kind switch
    {
        ClaimKind.Move when d.Multiple is not null => "ratio",
        ClaimKind.Move => "return",
        ClaimKind.Streak => "streak",
        ClaimKind.Record => "record",
        ClaimKind.HighestSince => d.Extreme > 0 ? "highestSince" : "lowestSince",
        ClaimKind.FirstCross => d.Direction > 0 ? "firstAbove" : "firstBelow",
        ClaimKind.BelowPeak => "belowPeak",
        ClaimKind.Compare => "comparison",
        ClaimKind.Multiple => "multiple",
        ClaimKind.Level => "level",
        _ => "figure",
    };

    private static string Stated(ClaimDraft d, string span) => d switch
    {
        { Kind: ClaimKind.Streak } => $"{d.Count} {d.Unit}{(d.Count == 1 ? string.Empty : "s")} {(d.Direction > 0 ? "up" : "down")}{(d.Ended ? ", ended" : string.Empty)}",
        { Slightly: true } => $"slightly {(d.Direction > 0 ? "up" : "down")}",
        { DoubleDigit: true } => $"double-digit {(d.Direction > 0 ? "gain" : "loss")}",
        { Multiple: { } m, Figure: { } f } => (f.Hedge == Hedge.MoreThan ? "more than " : f.Hedge == Hedge.Nearly ? "nearly " : string.Empty) + $"×{m.ToString(Inv)}",
        { Kind: ClaimKind.Move or ClaimKind.BelowPeak, Figure: { } f } => (d.Direction < 0 ? "-" : d.Direction > 0 ? "+" : string.Empty) + f + "%",
        { Kind: ClaimKind.Move } => d.Direction > 0 ? "up" : "down",
        { Figure: { } f } => f + (d.Scale > 1 ? $" × {d.Scale.ToString("0e0", Inv)}" : string.Empty) + (d.Currency is { } c ? " " + c : string.Empty),
        _ => span,
    };
}
