using Froth.Analysis.Reporting;
using Froth.Analysis.Series;
using Froth.Narrative;
using Froth.Rally;
using Froth.Series;

namespace Froth.Reports.Building;

/// <summary>What the section builders share while a report is built: its inputs, the facts so far and the headline candidates.</summary>
internal sealed class ReportContext(ReportInputs inputs)
{
    /// <summary>The source of facts that are Froth's own settings (window lengths, thresholds).</summary>
    public static readonly FactSource Settings = new("froth:settings", null);

    public ReportInputs Inputs { get; } = inputs;

    public DateOnly AsOf => Inputs.AsOf.Date;

    public FactBook Book { get; } = new();

    public List<Statement> Candidates { get; } = [];

    public List<Subject> Subjects { get; } = [];

    public Subject Basket => Subjects[0];

    public Subject? Headline => Subjects.Count > 1 ? Subjects[1] : null;

    public void Candidate(string topic, double salience, Sentence sentence) => Candidates.Add(new Statement(topic, salience, sentence));

    /// <summary>A fact that is one of Froth's settings.</summary>
    public Fact Setting(string id, FactKind kind, double value, string label) => Book.Number("settings", id, kind, value, label, AsOf, [Settings]);

    /// <summary>The fact source of a stored series read.</summary>
    public static FactSource SourceOf<T>(SeriesRead<T> series)
        where T : IDated => new(series.Instrument.Symbol, series.Source.Source);
}

/// <summary>A priced series the report describes: the basket index or a benchmark.</summary>
/// <param name="Key">The subject part of its fact ids: <c>basket</c> or the symbol.</param>
/// <param name="Name">Its name, as a fact.</param>
/// <param name="Source">Where its prices come from.</param>
/// <param name="Bars">Its bars up to the as-of date.</param>
/// <param name="Facts">Its rally facts as of the as-of date (as of its own last session up to then).</param>
/// <param name="Input">The stored series, or <see langword="null"/> for the basket.</param>
internal sealed record Subject(string Key, Fact Name, FactSource Source, IReadOnlyList<DailyBar> Bars, RallyFactsResult Facts, SeriesRead<DailyBar>? Input);
