using System.Globalization;

namespace Froth.Claims.Text;

/// <summary>
/// Splits text into words, numbers, possessives and punctuation, keeping character offsets. Numbers take thousands
/// separators ("5,048.62"), a decimal point, a following "%" and a preceding currency sign ("$17.8", "US$").
/// Never throws: any character that is neither a letter, a digit nor white space is a punctuation token.
/// </summary>
public static class Tokenizer
{
    /// <summary>The tokens of <paramref name="text"/>.</summary>
    public static IReadOnlyList<Token> Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = new List<Token>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                i++;
                continue;
            }

            if (char.IsAsciiDigit(c))
            {
                i = Number(text, i, tokens);
                continue;
            }

            if ((c == '$' || c == '¥' || c == '€' || c == '£') && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]))
            {
                var currency = c switch { '$' => "USD", '¥' => "CNY", '€' => "EUR", _ => "GBP" };
                if (tokens.Count > 0 && tokens[^1] is { Kind: TokenKind.Word, Text: "US" or "HK" } prefix && prefix.End == i)
                {
                    currency = prefix.Text == "HK" ? "HKD" : "USD";
                    tokens.RemoveAt(tokens.Count - 1);
                }

                var before = tokens.Count;
                i = Number(text, i + 1, tokens);
                var n = tokens[before];
                tokens[before] = n with { Currency = currency };
                continue;
            }

            if (char.IsLetter(c))
            {
                i = Word(text, i, tokens);
                continue;
            }

            if ((c == '\'' || c == '\u2019') && i + 1 < text.Length && (text[i + 1] == 's' || text[i + 1] == 'S')
                && (i + 2 >= text.Length || !char.IsLetter(text[i + 2])) && tokens.Count > 0 && tokens[^1].End == i)
            {
                tokens.Add(new Token(TokenKind.Possessive, text.Substring(i, 2), i, i + 2));
                i += 2;
                continue;
            }

            var width = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
            tokens.Add(new Token(TokenKind.Punctuation, text.Substring(i, width), i, i + width));
            i += width;
        }

        return tokens;
    }

    private static int Word(string text, int start, List<Token> tokens)
    {
        var i = start;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c))
            {
                i++;
            }
            else if ((c == '-' || c == '&' || c == '.') && i + 1 < text.Length && char.IsLetter(text[i + 1]) && (c != '.' || IsInnerDot(text, i)))
            {
                i++;
            }
            else
            {
                break;
            }
        }

        tokens.Add(new Token(TokenKind.Word, text[start..i], start, i));
        return i;
    }

    /// <summary>A dot inside a word ("JD.com", "JD.HK") rather than a full stop before the next word.</summary>
    private static bool IsInnerDot(string text, int dot) => dot + 1 < text.Length && char.IsLetter(text[dot + 1]) && (dot + 2 >= text.Length || char.IsLetter(text[dot + 2]));

    private static int Number(string text, int start, List<Token> tokens)
    {
        var i = start;
        var decimals = -1;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsAsciiDigit(c))
            {
                if (decimals >= 0)
                {
                    decimals++;
                }

                i++;
            }
            else if (c == ',' && decimals < 0 && i + 3 < text.Length + 0 && Digits(text, i + 1, 3) && (i + 4 >= text.Length || !char.IsAsciiDigit(text[i + 4])))
            {
                i++;
            }
            else if (c == '.' && decimals < 0 && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]))
            {
                decimals = 0;
                i++;
            }
            else
            {
                break;
            }
        }

        // Letters glued to digits ("12th", "3x", "2021Q4") make a word, not a number.
        if (i < text.Length && char.IsLetter(text[i]) && !(text[i] is 'x' or 'X' && (i + 1 >= text.Length || !char.IsLetter(text[i + 1]))))
        {
            var end = i;
            while (end < text.Length && char.IsLetterOrDigit(text[end]))
            {
                end++;
            }

            tokens.Add(new Token(TokenKind.Word, text[start..end], start, end));
            return end;
        }

        var written = text[start..i];
        var value = double.TryParse(written.Replace(",", string.Empty, StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : 0;
        var percent = false;
        var stop = i;
        if (i < text.Length && text[i] == '%')
        {
            percent = true;
            stop = i + 1;
        }

        tokens.Add(new Token(TokenKind.Number, text[start..stop], start, stop, value, Math.Max(decimals, 0), percent));
        return stop;
    }

    private static bool Digits(string text, int from, int count)
    {
        if (from + count > text.Length)
        {
            return false;
        }

        for (var k = from; k < from + count; k++)
        {
            if (!char.IsAsciiDigit(text[k]))
            {
                return false;
            }
        }

        return true;
    }
}
