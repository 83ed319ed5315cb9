using System.Globalization;
using System.Reflection;

namespace Froth.Data.Store;

/// <summary>
/// The store's schema as ordered migrations, embedded in the assembly as <c>Store/Migrations/NNNN_name.sql</c>:
/// the number is the schema version the script produces, the name its description.
/// </summary>
internal static class StoreMigrations
{
    private const string Prefix = "Froth.Data.Store.Migrations.";

    /// <summary>Every embedded migration, in version order; versions run 1, 2, … without a gap.</summary>
    public static IReadOnlyList<StoreMigration> All { get; } = Load();

    /// <summary>The schema version this build of Froth writes: the last migration's.</summary>
    public static int Latest => All[^1].Version;

    private static List<StoreMigration> Load()
    {
        var assembly = typeof(StoreMigrations).Assembly;
        var migrations = assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
            .Select(n => Read(assembly, n))
            .OrderBy(m => m.Version)
            .ToList();
        Validate(migrations);
        return migrations;
    }

    /// <summary>Checks that versions run 1, 2, … without a gap or a repeat.</summary>
    /// <exception cref="InvalidOperationException">The list is not a contiguous sequence from 1.</exception>
    public static void Validate(IReadOnlyList<StoreMigration> migrations)
    {
        if (migrations.Count == 0)
        {
            throw new InvalidOperationException("The store has no schema migrations; expected at least 0001_initial.sql.");
        }

        for (var i = 0; i < migrations.Count; i++)
        {
            if (migrations[i].Version != i + 1)
            {
                throw new InvalidOperationException(
                    $"Store migrations must be numbered 1, 2, … without a gap; expected version {i + 1} but got {migrations[i].Version} ({migrations[i].Description}).");
            }
        }
    }

    private static StoreMigration Read(Assembly assembly, string resource)
    {
        var file = resource[Prefix.Length..^".sql".Length];
        var underscore = file.IndexOf('_', StringComparison.Ordinal);
        if (underscore <= 0 || !int.TryParse(file[..underscore], NumberStyles.None, CultureInfo.InvariantCulture, out var version))
        {
            throw new InvalidOperationException($"Store migration '{file}.sql' must be named NNNN_description.sql.");
        }

        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        return new StoreMigration(version, file[(underscore + 1)..].Replace('_', ' '), reader.ReadToEnd());
    }
}
