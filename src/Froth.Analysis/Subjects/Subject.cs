using Froth.Data.Baskets;
using Froth.Series;

namespace Froth.Analysis.Subjects;

/// <summary>What a name stands for: a stored instrument, or a basket (a preset or a basket file). Every use case that takes a symbol takes a basket too.</summary>
/// <param name="Query">The name as given.</param>
/// <param name="Kind">Instrument or basket.</param>
/// <param name="Instrument">The instrument, for <see cref="SubjectKind.Instrument"/>.</param>
/// <param name="Basket">The basket as read, for <see cref="SubjectKind.Basket"/>.</param>
public sealed record Subject(string Query, SubjectKind Kind, Instrument? Instrument, BasketSource? Basket)
{
    /// <summary>The key of the subject's facts and JSON: the canonical symbol, or <c>basket:NAME</c>.</summary>
    public string Key => Kind == SubjectKind.Instrument ? Instrument!.Symbol : $"basket:{Basket!.Definition.Name}";

    /// <summary>Its name for people: the instrument's name, or the basket's display name ("China AI basket").</summary>
    public string Name => Kind == SubjectKind.Instrument ? Instrument!.Name : BasketNames.Display(Basket!.Definition.Name) + " basket";
}
