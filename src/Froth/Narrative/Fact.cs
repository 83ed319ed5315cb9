using System.Globalization;

namespace Froth.Narrative;

/// <summary>
/// One computed fact a report may state: a value, what it measures, where it comes from and the date it is as of.
/// Sentences and table cells can only show values through facts (<see cref="SentenceBuilder"/>), so every figure a
/// report prints is traceable to one of these.
/// </summary>
/// <remarks>
/// Exactly one of <see cref="Number"/>, <see cref="Date"/> and <see cref="Text"/> is set, by the kind: <see cref="FactKind.Date"/>
/// holds a date, <see cref="FactKind.Name"/> a text, every other kind a finite number (fractions for returns, shares
/// and percentage points; a whole number for <see cref="FactKind.Count"/>). Build facts with <see cref="Of"/>,
/// <see cref="OfDate"/> and <see cref="OfName"/>, which check this.
/// </remarks>
public sealed record Fact
{
    private Fact(string id, FactKind kind, string label, DateOnly asOf, IReadOnlyList<FactSource> sources, IReadOnlyList<string> derivedFrom)
    {
        if (string.IsNullOrWhiteSpace(id) || id.Any(char.IsWhiteSpace))
        {
            throw new ArgumentException($"A fact id is a non-empty text without spaces; got '{id}'.", nameof(id));
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(label);
        Id = id;
        Kind = kind;
        Label = label;
        AsOf = asOf;
        Sources = sources;
        DerivedFrom = derivedFrom;
    }

    /// <summary>Unique id within a report, such as <c>HSTECH.HK#return.day</c> (subject, <c>#</c>, metric).</summary>
    public string Id { get; }

    /// <summary>What the value measures.</summary>
    public FactKind Kind { get; }

    /// <summary>The numeric value (fractions for returns, shares and percentage points); <see langword="null"/> for dates and names.</summary>
    public double? Number { get; private init; }

    /// <summary>The value of a <see cref="FactKind.Date"/> fact.</summary>
    public DateOnly? Date { get; private init; }

    /// <summary>The value of a <see cref="FactKind.Name"/> fact.</summary>
    public string? Text { get; private init; }

    /// <summary>What the fact is, in a few words ("Hang Seng TECH, return on the day").</summary>
    public string Label { get; }

    /// <summary>The date the value describes: the session of a close, the observation date of a P/E.</summary>
    public DateOnly AsOf { get; }

    /// <summary>The series the value was computed from; empty only for facts derived from other facts alone.</summary>
    public IReadOnlyList<FactSource> Sources { get; }

    /// <summary>Ids of the facts this one was computed from (a verdict score from its components); empty for facts read from series.</summary>
    public IReadOnlyList<string> DerivedFrom { get; }

    /// <summary>A numeric fact.</summary>
    /// <exception cref="ArgumentException">The kind is a date or name, the value is not finite, or a count is not whole.</exception>
    public static Fact Of(string id, FactKind kind, double value, string label, DateOnly asOf, IReadOnlyList<FactSource> sources, IReadOnlyList<string>? derivedFrom = null)
    {
        if (kind is FactKind.Date or FactKind.Name)
        {
            throw new ArgumentException($"Fact '{id}': a {kind} fact holds a {(kind == FactKind.Date ? "date" : "text")}; use {(kind == FactKind.Date ? nameof(OfDate) : nameof(OfName))}.", nameof(kind));
        }

        if (!double.IsFinite(value))
        {
            throw new ArgumentException($"Fact '{id}' has the value {value.ToString(CultureInfo.InvariantCulture)}; a fact is a finite number (leave a missing value out instead).", nameof(value));
        }

        if (kind is FactKind.Count or FactKind.Year && value != Math.Floor(value))
        {
            throw new ArgumentException($"Fact '{id}' counts things, so it is a whole number; got {value.ToString(CultureInfo.InvariantCulture)}.", nameof(value));
        }

        ArgumentNullException.ThrowIfNull(sources);
        return new Fact(id, kind, label, asOf, sources, derivedFrom ?? []) { Number = value == 0 ? 0 : value };
    }

    /// <summary>A date fact ("the highest close since 22 November 2021" holds 2021-11-22).</summary>
    public static Fact OfDate(string id, DateOnly value, string label, DateOnly asOf, IReadOnlyList<FactSource> sources, IReadOnlyList<string>? derivedFrom = null)
    {
        ArgumentNullException.ThrowIfNull(sources);
        return new Fact(id, FactKind.Date, label, asOf, sources, derivedFrom ?? []) { Date = value };
    }

    /// <summary>A name fact: the name of an instrument or basket as the catalogue or store gives it.</summary>
    public static Fact OfName(string id, string value, string label, DateOnly asOf, IReadOnlyList<FactSource> sources)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value);
        ArgumentNullException.ThrowIfNull(sources);
        return new Fact(id, FactKind.Name, label, asOf, sources, []) { Text = value };
    }

    /// <summary>The number, for numeric kinds.</summary>
    /// <exception cref="InvalidOperationException">The fact is a date or a name.</exception>
    public double Value => Number ?? throw new InvalidOperationException($"Fact '{Id}' is a {Kind}, not a number.");
}
