namespace Froth.Cli.Hosting;

/// <summary>How a command writes its result.</summary>
public enum OutputFormat
{
    /// <summary>Human-readable tables (the default when standard output is a terminal).</summary>
    Table,

    /// <summary>JSON: camelCase, ISO-8601 dates, returns as fractions (the default when output is redirected).</summary>
    Json,
}
