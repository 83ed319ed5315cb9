using System.Globalization;
using System.Text;
using DuckDB.NET.Data;

namespace Froth.Data.Tests.Store;

/// <summary>Every row of every table of a store as text, in a fixed order: two dumps are equal when the stores hold the same data.</summary>
internal static class StoreDump
{
    public static readonly string[] Tables = ["schema_version", "instruments", "aliases", "series", "imports", "bars", "points", "revisions", "issues"];

    public static string Of(DuckDBConnection connection)
    {
        var text = new StringBuilder();
        foreach (var table in Tables)
        {
            text.Append("## ").AppendLine(table);
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM {table} ORDER BY ALL";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    text.Append(i == 0 ? "" : "|").Append(Format(reader.GetValue(i)));
                }

                text.AppendLine();
            }
        }

        return text.ToString();
    }

    public static long Count(DuckDBConnection connection, string table) =>
        Convert.ToInt64(Scalar(connection, $"SELECT count(*) FROM {table}"), CultureInfo.InvariantCulture);

    public static object? Scalar(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    private static string Format(object value) => value switch
    {
        DBNull => "NULL",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        // DuckDB.NET reads TIMESTAMPTZ as the UTC instant (kind Unspecified), whatever the session's time zone.
        DateTime t => t.ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
