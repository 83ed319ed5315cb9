using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Froth.Cli.Hosting;

/// <summary>The JSON conventions of every command: camelCase names and enums, ISO-8601 dates, nulls kept.</summary>
public static class FrothJson
{
    /// <summary>Serializer options for command output.</summary>
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };
}
