using Froth.Narrative;

namespace Froth.Reports.Building;

/// <summary>
/// The facts of the report being built, with the id convention <c>SUBJECT#metric</c> (<c>HSTECH.HK#return.day</c>,
/// <c>basket#breadth.up</c>, <c>verdict#score</c>) and the as-of date and sources of each subject filled in.
/// </summary>
internal sealed class FactBook
{
    private readonly FactRegistry _registry = new();

    public IReadOnlyList<Fact> All => _registry.All;

    public Fact? Find(string id) => _registry.Find(id);

    public Fact Add(Fact fact) => _registry.Add(fact);

    public Fact Number(string subject, string metric, FactKind kind, double value, string label, DateOnly asOf, IReadOnlyList<FactSource> sources, IReadOnlyList<string>? derivedFrom = null) =>
        _registry.Add(Fact.Of($"{subject}#{metric}", kind, value, label, asOf, sources, derivedFrom));

    public Fact? Number(string subject, string metric, FactKind kind, double? value, string label, DateOnly asOf, IReadOnlyList<FactSource> sources) =>
        value is { } v && double.IsFinite(v) ? Number(subject, metric, kind, v, label, asOf, sources) : null;

    public Fact Date(string subject, string metric, DateOnly value, string label, DateOnly asOf, IReadOnlyList<FactSource> sources) =>
        _registry.Add(Fact.OfDate($"{subject}#{metric}", value, label, asOf, sources));

    public Fact Name(string subject, string value, string label, DateOnly asOf, IReadOnlyList<FactSource> sources, string metric = "name") =>
        _registry.Add(Fact.OfName($"{subject}#{metric}", value, label, asOf, sources));
}
