using Froth.Data.MarketData;
using System.Globalization;
using Froth.Cli.Hosting;
using Froth.Data.Sources;
using Froth.Data.Sources.Files;
using Froth.Series;

namespace Froth.Cli.Commands.Bubble;

/// <summary>Reads the series of <c>froth bubble psy</c> from the store (a symbol) or a CSV column, then resamples and transforms it.</summary>
internal static class PsyInput
{
    public static PsySeries Load(
        CommandContext ctx, string? symbol, string? file, string? column, DateOnly? from, DateOnly? to, Frequency? frequency, PsyTransform transform)
    {
        if (from is { } f && to is { } t && f > t)
        {
            throw new FrothException($"--from {f:yyyy-MM-dd} is after --to {t:yyyy-MM-dd}; expected --from on or before --to.");
        }

        var raw = file is not null ? FromFile(ctx, file, column!, from, to) : FromStore(ctx, symbol!, from, to);
        if (raw.Values.Count == 0)
        {
            throw new FrothException($"{raw.Label} has no observations{Range(from, to)}; the PSY tests need a series.");
        }

        var keep = Enumerable.Range(0, raw.Values.Count).ToList();
        if (frequency is { } freq and not Frequency.Daily)
        {
            if (raw.Dates is null)
            {
                throw new FrothException($"--frequency {freq.ToString().ToLowerInvariant()} needs dates, and {raw.Label} has no date column.");
            }

            keep = [.. PeriodSampling.LastOfEachPeriod(raw.Dates, freq)];
        }

        var values = new double[keep.Count];
        for (var i = 0; i < keep.Count; i++)
        {
            var v = raw.Values[keep[i]];
            values[i] = transform switch
            {
                PsyTransform.Log when v > 0 => Math.Log(v),
                PsyTransform.Reciprocal when v != 0 => 1 / v,
                PsyTransform.None => v,
                _ => throw BadValue(raw, keep[i], transform),
            };
        }

        return new PsySeries(raw.Label, raw.Dates is null ? null : [.. keep.Select(i => raw.Dates[i])], values);
    }

    private static Exception BadValue(Raw raw, int index, PsyTransform transform)
    {
        var value = raw.Values[index].ToString("R", CultureInfo.InvariantCulture);
        var expected = transform == PsyTransform.Log
            ? "a positive number, because --transform log takes logarithms (use --transform none for series that can be zero or negative)"
            : "a non-zero number, because --transform reciprocal takes 1/x";
        if (raw.Lines is { } lines && raw.Location is { } location)
        {
            return new DataFormatException(location, lines[index], raw.Column, value, expected);
        }

        var when = raw.Dates is { } d ? $" on {d[index]:yyyy-MM-dd}" : "";
        return new FrothException($"{raw.Label}: observation {index + 1}{when} is {value}; expected {expected}.");
    }

    private static Raw FromFile(CommandContext ctx, string file, string column, DateOnly? from, DateOnly? to)
    {
        var series = CsvColumnReader.Read(ctx.Environment.FullPath(file), column);
        var label = $"{Path.GetFileName(series.Location)}:{series.Column}";
        if (series.Dates is null)
        {
            if (from is not null || to is not null)
            {
                throw new FrothException($"--from and --to need dates, and {series.Location} has no date column.");
            }

            return new Raw(label, null, series.Values, series.Lines, series.Location, series.Column);
        }

        var keep = Enumerable.Range(0, series.Values.Count)
            .Where(i => (from is null || series.Dates[i] >= from) && (to is null || series.Dates[i] <= to)).ToList();
        return new Raw(
            label,
            [.. keep.Select(i => series.Dates[i])],
            [.. keep.Select(i => series.Values[i])],
            [.. keep.Select(i => series.Lines[i])],
            series.Location,
            series.Column);
    }

    private static Raw FromStore(CommandContext ctx, string symbol, DateOnly? from, DateOnly? to)
    {
        var market = ctx.OpenMarketData();
        var instrument = market.Resolve(symbol);
        if (instrument.HasBars)
        {
            var bars = market.Bars(instrument.Symbol, from, to);
            return new Raw(instrument.Symbol, [.. bars.Select(b => b.Date)], [.. bars.Select(b => b.Close)], null, null, "close");
        }

        var points = market.Scalars(instrument.Symbol, from, to);
        return new Raw(instrument.Symbol, [.. points.Select(p => p.Date)], [.. points.Select(p => p.Value)], null, null, null);
    }

    private static string Range(DateOnly? from, DateOnly? to) => (from, to) switch
    {
        (null, null) => "",
        ({ } f, null) => $" from {f:yyyy-MM-dd}",
        (null, { } t) => $" up to {t:yyyy-MM-dd}",
        ({ } f, { } t) => $" between {f:yyyy-MM-dd} and {t:yyyy-MM-dd}",
    };

    private sealed record Raw(string Label, IReadOnlyList<DateOnly>? Dates, IReadOnlyList<double> Values, IReadOnlyList<int>? Lines, string? Location, string? Column);
}
