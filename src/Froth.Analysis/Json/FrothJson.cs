using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Froth.Bubbles.Psy;

namespace Froth.Analysis.Json;

/// <summary>
/// The one way a result becomes JSON, for the CLI's <c>--format json</c> and the dashboard's API alike: the analysis
/// layer's records and the library records they hold are serialized as they are (no hand-mirrored copies), camelCase,
/// enums as camelCase strings, dates ISO-8601, returns as fractions, and a number that is not finite (an undefined
/// damping, an infinite residual) as <c>null</c>.
/// </summary>
/// <remarks>
/// A member is left out only when it holds raw simulation output (thousands of numbers that no reader uses), each
/// named in <see cref="Omitted"/> with its reason; a test checks that every other public property of every result
/// appears in its JSON.
/// </remarks>
public static class FrothJson
{
    /// <summary>The members left out of the JSON, by declaring type and property name, with why.</summary>
    public static IReadOnlyDictionary<(Type Type, string Property), string> Omitted { get; } = new Dictionary<(Type, string), string>
    {
        [(typeof(PsyCriticalValueTable), nameof(PsyCriticalValueTable.Distribution))] = "the simulated null distributions (thousands of numbers); the p-values they give are in the result",
    };

    /// <summary>Serializer options for results.</summary>
    public static JsonSerializerOptions Options { get; } = Create();

    /// <summary>Serializes a result, indented.</summary>
    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            WriteIndented = true,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase), new FiniteDoubleConverter() },
            TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { Omit } },
        };
        options.MakeReadOnly();
        return options;
    }

    private static void Omit(JsonTypeInfo info)
    {
        if (info.Kind != JsonTypeInfoKind.Object)
        {
            return;
        }

        for (var i = info.Properties.Count - 1; i >= 0; i--)
        {
            var member = info.Properties[i].AttributeProvider as System.Reflection.MemberInfo;
            if (member is not null && Omitted.ContainsKey((member.DeclaringType!, member.Name)))
            {
                info.Properties.RemoveAt(i);
            }
        }
    }

    /// <summary>Writes a double that is not finite as <c>null</c>; reads numbers, and <c>null</c> as NaN.</summary>
    private sealed class FiniteDoubleConverter : JsonConverter<double>
    {
        public override bool HandleNull => true;

        public override double Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            reader.TokenType == JsonTokenType.Null ? double.NaN : reader.GetDouble();

        public override void Write(Utf8JsonWriter writer, double value, JsonSerializerOptions options)
        {
            if (double.IsFinite(value))
            {
                writer.WriteNumberValue(value);
            }
            else
            {
                writer.WriteNullValue();
            }
        }
    }
}
