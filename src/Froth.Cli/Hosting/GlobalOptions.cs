using System.CommandLine;

namespace Froth.Cli.Hosting;

/// <summary>Options every command accepts.</summary>
public static class GlobalOptions
{
    /// <summary><c>--format table|json</c>.</summary>
    public static Option<OutputFormat?> Format { get; } = new("--format")
    {
        Description = "Output format: table or json (default: table on a terminal, json when output is redirected).",
        Recursive = true,
        HelpName = "table|json",
    };

    /// <summary><c>--store PATH</c>.</summary>
    public static Option<string?> Store { get; } = new("--store")
    {
        Description = "DuckDB store file (default: $FROTH_STORE, else froth.duckdb in the user's data folder).",
        Recursive = true,
        HelpName = "PATH",
    };
}
