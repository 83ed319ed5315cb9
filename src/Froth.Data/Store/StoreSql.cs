using DuckDB.NET.Data;

namespace Froth.Data.Store;

/// <summary>Small helpers over a DuckDB connection: statements with positional parameters (<c>?</c>).</summary>
internal static class StoreSql
{
    /// <summary>Runs one or more statements; returns the rows changed by the last.</summary>
    public static int Execute(DuckDBConnection connection, string sql, params object?[] parameters)
    {
        using var command = Command(connection, sql, parameters);
        return command.ExecuteNonQuery();
    }

    /// <summary>The first column of the first row, or <see langword="null"/> when there is none or it is NULL.</summary>
    public static object? Scalar(DuckDBConnection connection, string sql, params object?[] parameters)
    {
        using var command = Command(connection, sql, parameters);
        var value = command.ExecuteScalar();
        return value is DBNull ? null : value;
    }

    /// <summary>Reads every row with <paramref name="map"/>.</summary>
    public static List<T> Query<T>(DuckDBConnection connection, string sql, Func<DuckDBDataReader, T> map, params object?[] parameters)
    {
        using var command = Command(connection, sql, parameters);
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read())
        {
            rows.Add(map(reader));
        }

        return rows;
    }

    /// <summary>A nullable column value.</summary>
    public static T? Nullable<T>(this DuckDBDataReader reader, int ordinal)
        where T : struct =>
        reader.IsDBNull(ordinal) ? null : reader.GetFieldValue<T>(ordinal);

    /// <summary>A nullable string column.</summary>
    public static string? NullableString(this DuckDBDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    private static DuckDBCommand Command(DuckDBConnection connection, string sql, object?[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var p in parameters)
        {
            command.Parameters.Add(new DuckDBParameter(p ?? DBNull.Value));
        }

        return command;
    }
}
