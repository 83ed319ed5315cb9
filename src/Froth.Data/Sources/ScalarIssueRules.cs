namespace Froth.Data.Sources;

/// <summary>
/// Rule identifiers (<see cref="DataIssue.Rule"/>) of the issues the margin, market-capitalisation and valuation
/// layouts report while reading a document, each handled by the rule documented here and in
/// <c>docs/layouts-scalars.md</c>. The price layouts have theirs in <see cref="Files.PriceIssueRules"/>; the rules
/// run on every batch after reading in <see cref="Quality.QualityRuleIds"/>.
/// </summary>
public static class ScalarIssueRules
{
    /// <summary>
    /// A response for a date or range the source has not published yet (SSE and SZSE answer with empty data, Eastmoney's
    /// datacenter with "no data"): nothing is read, and that is not a zero (info, reported).
    /// </summary>
    public const string NotPublished = "not-published";

    /// <summary>
    /// A row of a quarter-end table dated on another month-end (the wide A-share market-cap table's <c>20130731</c>,
    /// <c>20200430</c>…, each holding one or two values of stocks not yet listed): the row is left out (warning).
    /// </summary>
    public const string OffQuarterRow = "off-quarter-row";

    /// <summary>
    /// The leading run of a stock's market caps that repeat one value (two or more quarter-ends): the source's
    /// back-fill of the first listing day's value to dates before the listing (Cambricon 688256 shows 8,498,124 万
    /// from 2017-12 although it listed on 2020-07-20). The run is left out (warning).
    /// </summary>
    public const string PreListingValue = "pre-listing-value";

    /// <summary>
    /// Blank cells of a wide table before a stock's first value or after its last (the stock was not listed yet, or
    /// had left): not values; one Info issue per document counts them.
    /// </summary>
    public const string BlankOutsideListing = "blank-outside-listing";

    /// <summary>
    /// A row dated on a Saturday or Sunday in a file that follows a calendar without weekend sessions (the US
    /// calendar of an <c>erp-monitor</c> file with bond <c>US10Y</c>): the row repeats a neighbouring session and is
    /// left out (warning).
    /// </summary>
    public const string WeekendRow = "weekend-row";
}
