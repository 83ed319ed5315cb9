namespace Froth.Narrative;

/// <summary>
/// The facts of one report, by id, in the order they were added. Adding a fact twice is allowed when it is the
/// same fact (same kind, value, date and sources); a different fact under a used id is a bug and throws.
/// </summary>
public sealed class FactRegistry
{
    private readonly Dictionary<string, Fact> _byId = new(StringComparer.Ordinal);
    private readonly List<Fact> _ordered = [];

    /// <summary>Every fact, in the order added.</summary>
    public IReadOnlyList<Fact> All => _ordered;

    /// <summary>Number of facts.</summary>
    public int Count => _ordered.Count;

    /// <summary>Adds a fact and returns it (the one already held when an identical fact has the id).</summary>
    /// <exception cref="InvalidOperationException">Another fact already has the id.</exception>
    public Fact Add(Fact fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        if (_byId.TryGetValue(fact.Id, out var held))
        {
            if (!Same(held, fact))
            {
                throw new InvalidOperationException($"Two different facts have the id '{fact.Id}'.");
            }

            return held;
        }

        _byId.Add(fact.Id, fact);
        _ordered.Add(fact);
        return fact;
    }

    /// <summary>Adds facts (see <see cref="Add(Fact)"/>).</summary>
    public void AddRange(IEnumerable<Fact> facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        foreach (var f in facts)
        {
            Add(f);
        }
    }

    /// <summary>The fact with an id, or <see langword="null"/>.</summary>
    public Fact? Find(string id) => _byId.GetValueOrDefault(id);

    /// <summary>The fact with an id.</summary>
    /// <exception cref="KeyNotFoundException">No fact has it.</exception>
    public Fact Get(string id) => _byId.TryGetValue(id, out var f) ? f : throw new KeyNotFoundException($"No fact has the id '{id}'.");

    private static bool Same(Fact a, Fact b) =>
        a.Kind == b.Kind && Nullable.Equals(a.Number, b.Number) && a.Date == b.Date && a.Text == b.Text && a.AsOf == b.AsOf
        && a.Sources.SequenceEqual(b.Sources) && a.DerivedFrom.SequenceEqual(b.DerivedFrom);
}
