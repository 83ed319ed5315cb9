
namespace Froth.Data.Sources.Files;

/// <summary>
/// Column mapping of yfinance's <c>download()</c> files, whose header names each column twice: by field
/// (<c>Close</c>) on one line and by ticker (<c>^NDX</c>) on another. Several tickers give several instruments.
/// </summary>
internal static class YahooTickerColumns
{
    /// <summary>Reads the data rows and adds a series per ticker to <paramref name="batch"/>.</summary>
    /// <param name="reader">Positioned after the header lines.</param>
    /// <param name="location">File path, for messages.</param>
    /// <param name="fields">Field names, one per column (<c>Price</c> or <c>Date</c> first).</param>
    /// <param name="tickers">Ticker of each column (empty for the date column).</param>
    /// <param name="headerLines">Number of header lines.</param>
    /// <param name="batch">Where the series go.</param>
    public static void Read(ref CsvLineReader reader, string location, string[] fields, string[] tickers, int headerLines, PriceBatchBuilder batch)
    {
        if (tickers.Length != fields.Length)
        {
            throw new DataFormatException(location, 2, null, string.Join(",", tickers), $"{fields.Length} comma-separated fields like the first header line");
        }

        var order = new List<string>();
        for (var i = 1; i < tickers.Length; i++)
        {
            if (tickers[i].Length == 0)
            {
                throw new DataFormatException(location, 2, fields[i], "", "a ticker above every price column");
            }

            if (!order.Contains(tickers[i], StringComparer.Ordinal))
            {
                order.Add(tickers[i]);
            }
        }

        if (order.Count == 0)
        {
            throw new DataFormatException(location, 2, null, string.Join(",", tickers), "a ticker row naming the instrument of each price column");
        }

        var several = order.Count > 1;
        var names = fields.Select((f, i) => i == 0 ? "Date" : several ? $"{f} ({tickers[i]})" : f).ToArray();
        var sets = new List<PriceColumnSet>();
        foreach (var ticker in order)
        {
            int Column(string name, bool required)
            {
                for (var i = 1; i < fields.Length; i++)
                {
                    if (string.Equals(fields[i], name, StringComparison.OrdinalIgnoreCase) && tickers[i] == ticker)
                    {
                        return i;
                    }
                }

                return required
                    ? throw new DataFormatException(location, 1, name, string.Join(",", fields), $"a '{name}' column for {ticker}; the header has {string.Join(", ", fields.Select(f => $"'{f}'"))}")
                    : -1;
            }

            sets.Add(new PriceColumnSet(Column("Open", true), Column("High", true), Column("Low", true), Column("Close", true), Column("Volume", false), Column("Adj Close", false)) { Ticker = ticker });
        }

        var spec = new PriceTableSpec
        {
            Location = location,
            Header = names,
            DateColumn = 0,
            Instruments = sets,
            HeaderLines = headerLines,
        };
        var (rows, _) = PriceTableReader.Read(ref reader, spec);
        for (var g = 0; g < sets.Count; g++)
        {
            var set = sets[g];
            var instrument = FileSymbols.FromContent(set.Ticker!);
            var hasAdj = set.AdjClose >= 0;
            var adjustment = PriceLayoutSupport.YahooAdjustment(instrument, hasAdj, autoAdjustedWithoutAdjClose: true);
            batch.Add(instrument, adjustment, rows[g], set.Volume >= 0 ? names[set.Volume] : null, hasAdj ? names[set.AdjClose] : null);
        }
    }
}
