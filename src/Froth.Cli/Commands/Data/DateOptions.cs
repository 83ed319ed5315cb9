using System.CommandLine;
using System.Globalization;

namespace Froth.Cli.Commands.Data;

/// <summary>Options whose value is a calendar date written <c>yyyy-MM-dd</c>.</summary>
internal static class DateOptions
{
    /// <summary>An optional date option; a value that is not a <c>yyyy-MM-dd</c> date is a usage error that says so.</summary>
    public static Option<DateOnly?> Create(string name, string description) => new(name)
    {
        Description = description,
        HelpName = "yyyy-MM-dd",
        CustomParser = result =>
        {
            var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
            if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return date;
            }

            result.AddError($"Invalid date '{text}' for {name}; expected a date like 2024-07-10.");
            return null;
        },
    };
}
