namespace Froth.Data.Sources.Files;

/// <summary>Reads a price file with one header line and one instrument, columns found by name.</summary>
internal static class SingleTableReader
{
    /// <summary>Reads the whole document.</summary>
    public static ImportBatch Read(SourceInput input, string layout, SingleTableOptions options)
    {
        var reader = new CsvLineReader(PriceLayoutSupport.Open(input));
        var header = PriceLayoutSupport.ReadHeader(ref reader, input.Location);
        var headerLine = reader.LineNumber;
        var loc = input.Location;
        PriceLayoutSupport.RefuseDuplicateNames(loc, headerLine, header);
        var set = new PriceColumnSet(
            PriceLayoutSupport.Require(loc, headerLine, header, options.Open),
            PriceLayoutSupport.Require(loc, headerLine, header, options.High),
            PriceLayoutSupport.Require(loc, headerLine, header, options.Low),
            PriceLayoutSupport.Require(loc, headerLine, header, options.Close),
            PriceLayoutSupport.Find(header, options.Volume),
            options.AdjClose.Length == 0 ? -1 : PriceLayoutSupport.Find(header, options.AdjClose));
        var spec = new PriceTableSpec
        {
            Location = loc,
            Header = header,
            DateColumn = PriceLayoutSupport.Require(loc, headerLine, header, options.Date),
            Instruments = [set],
            HeaderLines = headerLine,
            GroupedNumbers = options.Grouped,
            ScaledVolumes = options.ScaledVolumes,
            KeyColumn = options.Key.Length == 0 ? -1 : PriceLayoutSupport.Find(header, options.Key),
        };

        var (rows, key) = PriceTableReader.Read(ref reader, spec);
        var instrument = options.InstrumentOf?.Invoke(input)
            ?? (string.IsNullOrWhiteSpace(key) ? FileSymbols.FromFileName(input.FileName) : FileSymbols.FromContent(key));
        var hasAdj = set.AdjClose >= 0;
        var batch = new PriceBatchBuilder(input, layout);
        batch.Add(
            instrument,
            options.Adjustment(instrument, hasAdj),
            rows[0],
            set.Volume >= 0 ? header[set.Volume] : null,
            hasAdj ? header[set.AdjClose] : null);
        return batch.Build();
    }
}
