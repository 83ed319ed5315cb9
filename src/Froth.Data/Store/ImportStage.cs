namespace Froth.Data.Store;

/// <summary>What an import is doing when it reports progress.</summary>
public enum ImportStage
{
    /// <summary>Reading and checking source documents (no store write yet).</summary>
    Reading,

    /// <summary>Inside the import transaction: loading one document's rows into staging tables.</summary>
    Staging,

    /// <summary>Inside the import transaction: merging staged rows into the stored tables, one step at a time.</summary>
    Merging,

    /// <summary>Committing the transaction: after this step everything is stored, before it nothing is.</summary>
    Committing,
}
