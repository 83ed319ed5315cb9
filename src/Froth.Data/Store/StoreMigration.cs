namespace Froth.Data.Store;

/// <summary>One step of the store's schema: the SQL that takes a store from version <c>Version - 1</c> to <c>Version</c>.</summary>
/// <param name="Version">Schema version the store has after this step (1, 2, …).</param>
/// <param name="Description">Short description recorded in <c>schema_version</c>.</param>
/// <param name="Sql">The statements, separated by semicolons.</param>
internal sealed record StoreMigration(int Version, string Description, string Sql);
