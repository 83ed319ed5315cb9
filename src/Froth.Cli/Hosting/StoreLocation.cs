namespace Froth.Cli.Hosting;

/// <summary>Where the store is: <c>--store</c>, else <c>FROTH_STORE</c>, else the user's data folder.</summary>
public static class StoreLocation
{
    /// <summary>The store file name in the user's data folder.</summary>
    public const string DefaultFileName = "froth.duckdb";

    /// <summary>Resolves the store path from the option and the environment; the path is absolute.</summary>
    public static string Resolve(string? option, CliEnvironment env)
    {
        var chosen = !string.IsNullOrWhiteSpace(option) ? option : env.Variable("FROTH_STORE");
        if (!string.IsNullOrWhiteSpace(chosen))
        {
            return env.FullPath(chosen);
        }

        var dataHome = env.Variable("XDG_DATA_HOME");
        if (string.IsNullOrWhiteSpace(dataHome))
        {
            dataHome = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData);
        }

        return Path.Combine(dataHome, "froth", DefaultFileName);
    }
}
