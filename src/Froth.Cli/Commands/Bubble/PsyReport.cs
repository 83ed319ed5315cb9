using System.Text.Json.Serialization;
using Froth.Bubbles.Psy;

namespace Froth.Cli.Commands.Bubble;

/// <summary>The JSON of <c>froth bubble psy</c>. Indices are 1-based observation numbers of the tested series.</summary>
internal sealed record PsyReport(
    string Series,
    DateOnly? From,
    DateOnly? To,
    string Transform,
    string? Frequency,
    int N,
    int MinWindow,
    WindowConvention WindowConvention,
    int MinWindowRows,
    int Lag,
    PsyLagSelection? LagSelection,
    double Adf,
    double Sadf,
    double Gsadf,
    PsyPValues? PValues,
    PsyScalarCriticalValues CriticalValues,
    PsyCriticalValueSourceInfo CriticalValueSource,
    double? MinimumDuration,
    IReadOnlyList<PsyBsadfPoint> Bsadf,
    IReadOnlyList<PsyEpisodeReport> Episodes);

/// <summary>How the lag was chosen, when a criterion chose it.</summary>
internal sealed record PsyLagSelection(InformationCriterion Criterion, int MaxLag);

/// <summary>The 90/95/99% critical values of one statistic, keyed "90", "95", "99".</summary>
internal sealed record PsyLevels(
    [property: JsonPropertyName("90")] double Cv90,
    [property: JsonPropertyName("95")] double Cv95,
    [property: JsonPropertyName("99")] double Cv99)
{
    public static PsyLevels? From(CriticalValueSet? set) => set is null ? null : new PsyLevels(set.Cv90, set.Cv95, set.Cv99);
}

/// <summary>Critical values of the scalar statistics (null when read from a file).</summary>
internal sealed record PsyScalarCriticalValues(PsyLevels? Adf, PsyLevels? Sadf, PsyLevels? Gsadf);

/// <summary>Where the critical values came from.</summary>
internal sealed record PsyCriticalValueSourceInfo(
    string Method,
    int? Replications,
    long? Seed,
    double? Drift,
    string? BsadfNull,
    string? File,
    bool? Cached);

/// <summary>One BSADF observation.</summary>
internal sealed record PsyBsadfPoint(
    int Index,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] DateOnly? Date,
    double? Value,
    double? Cv95);

/// <summary>One episode.</summary>
internal sealed record PsyEpisodeReport(
    int Start,
    int Peak,
    int? End,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] DateOnly? StartDate,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] DateOnly? PeakDate,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] DateOnly? EndDate,
    int Duration,
    bool Ongoing,
    PsyEpisodeSign Sign,
    double PeakBsadf);

/// <summary>The JSON of <c>froth bubble psy-critical-values</c>.</summary>
internal sealed record PsyCriticalValuesReport(
    int N,
    int MinWindow,
    WindowConvention WindowConvention,
    int MinWindowRows,
    int FirstObservation,
    int Lag,
    PsyLagSelection? LagSelection,
    int Replications,
    long Seed,
    double Drift,
    string BsadfNull,
    PsyLevels Adf,
    PsyLevels Sadf,
    PsyLevels Gsadf,
    IReadOnlyList<PsyLevels> Bsadf);
