namespace Froth.Data.Store;

/// <summary>How enums are written in the store: their names in camelCase (<c>splitAndDividend</c>), as in JSON output.</summary>
internal static class StoreText
{
    /// <summary>The stored text of an enum value.</summary>
    public static string Of<TEnum>(TEnum value)
        where TEnum : struct, Enum
    {
        var name = value.ToString();
        return string.Concat(name[..1].ToLowerInvariant(), name.AsSpan(1));
    }

    /// <summary>Parses stored text back to the enum value.</summary>
    /// <exception cref="InvalidOperationException">The text names no value: the store was written by a newer or broken writer.</exception>
    public static TEnum Parse<TEnum>(string text)
        where TEnum : struct, Enum =>
        Enum.TryParse<TEnum>(text, ignoreCase: true, out var value) && Enum.IsDefined(value)
            ? value
            : throw new InvalidOperationException($"The store holds '{text}' where a {typeof(TEnum).Name} was expected.");
}
