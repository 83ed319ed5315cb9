using DuckDB.NET.Data;

namespace Froth.Data.Store;

/// <summary>Opens DuckDB connections to a store file and turns DuckDB's failures into messages for the user.</summary>
internal static class StoreConnection
{
    /// <summary>Opens the file read-write (creating it and its folder) or read-only (it must exist).</summary>
    /// <exception cref="FrothException">The file cannot be opened: locked by another process, not a DuckDB file, unreadable.</exception>
    public static DuckDBConnection Open(string path, bool readOnly)
    {
        if (Directory.Exists(path))
        {
            throw new FrothException($"The store path {path} is a folder; expected a file such as {System.IO.Path.Combine(path, "froth.duckdb")}.");
        }

        if (!readOnly)
        {
            var folder = System.IO.Path.GetDirectoryName(path);
            if (!string.IsNullOrEmpty(folder))
            {
                try
                {
                    Directory.CreateDirectory(folder);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    throw new FrothException($"Cannot create the folder of the store {path}: {e.Message}", e);
                }
            }
        }

        var builder = new DuckDBConnectionStringBuilder { DataSource = path };
        if (readOnly)
        {
            builder["ACCESS_MODE"] = "READ_ONLY";
        }

        var connection = new DuckDBConnection(builder.ConnectionString);
        try
        {
            connection.Open();
            return connection;
        }
        catch (DuckDBException e)
        {
            connection.Dispose();
            throw new FrothException(Explain(path, e.Message), e);
        }
    }

    /// <summary>
    /// A message for the user from DuckDB's: a lock held by another process, a damaged file (a bad checksum, a
    /// corrupt header or block: the file and the remedy), a file that is not a database, or anything else as DuckDB
    /// says it. "Lock" is matched as DuckDB's lock error words it, never inside "block".
    /// </summary>
    internal static string Explain(string path, string message)
    {
        if (message.Contains("Could not set lock", StringComparison.OrdinalIgnoreCase) || message.Contains("Conflicting lock", StringComparison.OrdinalIgnoreCase))
        {
            return $"The store {path} is in use by another process (an import still running?); wait for it to finish and try again. DuckDB said: {message}";
        }

        if (message.Contains("checksum", StringComparison.OrdinalIgnoreCase)
            || message.Contains("corrupt", StringComparison.OrdinalIgnoreCase)
            || message.Contains("block", StringComparison.OrdinalIgnoreCase)
            || message.Contains("header", StringComparison.OrdinalIgnoreCase))
        {
            return $"The store {path} is damaged (DuckDB cannot read its contents); nothing was read or written. Restore it from a backup, or move it aside and rebuild it with 'froth import' and 'froth fetch'. DuckDB said: {message}";
        }

        if (message.Contains("not a valid DuckDB database", StringComparison.OrdinalIgnoreCase)
            || message.Contains("database file", StringComparison.OrdinalIgnoreCase))
        {
            return $"{path} is not a Froth store (DuckDB cannot read it as a database); point --store at another file, or move it aside and rebuild the store with 'froth import'. DuckDB said: {message}";
        }

        return $"Cannot open the store {path}. DuckDB said: {message}";
    }
}
