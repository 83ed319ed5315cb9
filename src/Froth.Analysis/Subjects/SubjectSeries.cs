using Froth.Analysis.Baskets;
using Froth.Analysis.Series;
using Froth.Series;

namespace Froth.Analysis.Subjects;

/// <summary>
/// A subject's daily prices up to its as-of date: an instrument's bars from the source chosen, or a basket's index
/// from its inception. What facts, bubble tests and charts of any subject read.
/// </summary>
/// <param name="Subject">The subject.</param>
/// <param name="Info">Its key, name, instrument and source.</param>
/// <param name="Prices">Its bars up to <see cref="AsOf"/> (for a basket, the index levels).</param>
/// <param name="AsOf">The as-of decision.</param>
/// <param name="Basket">A basket's inputs and index run; <see langword="null"/> for an instrument.</param>
public sealed record SubjectSeries(Subject Subject, SubjectInfo Info, SeriesRead<DailyBar> Prices, AsOfDecision AsOf, BasketContext? Basket)
{
    /// <summary>The closes as dated points, for the dated PSY and LPPLS entry points.</summary>
    public IReadOnlyList<ScalarPoint> Closes => SeriesReader.Closes(Prices.Values);

    /// <summary>Reads the prices of <paramref name="subject"/> as of <paramref name="asOf"/> (the policy moves it to a session).</summary>
    /// <param name="workspace">The workspace.</param>
    /// <param name="subject">An instrument with prices, or a basket.</param>
    /// <param name="asOf">The date asked for, or <see langword="null"/> for the latest.</param>
    /// <param name="source">For an instrument, the source to read (default: the preferred one); a basket has none.</param>
    /// <exception cref="FrothException">An instrument without prices, a source that does not exist, no data by the date, or a basket without data.</exception>
    public static SubjectSeries Read(Workspace workspace, Subject subject, DateOnly? asOf = null, string? source = null)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(subject);
        if (subject.Kind == SubjectKind.Basket)
        {
            if (source is not null)
            {
                throw new FrothException($"--source names a source of one instrument; the basket '{subject.Basket!.Definition.Name}' reads each constituent's preferred source.");
            }

            var inputs = BasketInputs.Load(workspace.Market, subject.Basket!);
            var decision = AsOfPolicy.Choose(inputs, asOf);
            var index = BasketQueries.Index(inputs, decision);
            var info = new SubjectInfo(subject.Key, subject.Name, SubjectKind.Basket, index.Series.Instrument, index.Series.Source);
            return new SubjectSeries(subject, info, index.Series, decision, new BasketContext(inputs, index));
        }

        var instrument = subject.Instrument!;
        if (!instrument.HasBars)
        {
            throw new FrothException($"{instrument.Symbol} ({instrument.Name}) is a {instrument.Kind.ToString().ToLowerInvariant()} series without daily prices; this needs prices.");
        }

        var prices = SeriesReader.Prices(workspace.Market, instrument, source)
            ?? throw new FrothException($"{instrument.Symbol} ({instrument.Name}) has no prices in the store; import or fetch them first.");
        var chosen = AsOfDecision.ForSeries(prices.Values, asOf, instrument.Symbol);
        return new SubjectSeries(
            subject,
            new SubjectInfo(subject.Key, instrument.Name, SubjectKind.Instrument, instrument, prices.Source),
            prices.Until(chosen.Date),
            chosen,
            null);
    }

    /// <summary>The prices of a series read from elsewhere (a file): as of its last observation on or before <paramref name="asOf"/>.</summary>
    public static SubjectSeries Of(SubjectInfo info, IReadOnlyList<DailyBar> bars, DateOnly? asOf)
    {
        ArgumentNullException.ThrowIfNull(info);
        ArgumentNullException.ThrowIfNull(bars);
        var chosen = AsOfDecision.ForSeries(bars, asOf, info.Key);
        var read = new SeriesRead<DailyBar>(info.Instrument, info.Source, Sessions.Until(bars, chosen.Date));
        return new SubjectSeries(new Subject(info.Key, SubjectKind.Instrument, info.Instrument, null), info, read, chosen, null);
    }
}

/// <summary>What a basket subject read: its inputs and its index run up to the as-of date.</summary>
/// <param name="Inputs">Its constituents', benchmarks' and FX series.</param>
/// <param name="Index">Its index from its inception.</param>
public sealed record BasketContext(BasketInputs Inputs, BasketIndexSeries Index);
