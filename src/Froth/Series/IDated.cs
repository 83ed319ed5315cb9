namespace Froth.Series;

/// <summary>Something observed on one calendar date: a bar, a point. Lets one search serve every dated series.</summary>
public interface IDated
{
    /// <summary>The observation's date.</summary>
    DateOnly Date { get; }
}
