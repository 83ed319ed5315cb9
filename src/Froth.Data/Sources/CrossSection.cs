namespace Froth.Data.Sources;

/// <summary>
/// Marks a document that is one day's cross-section of many instruments (a file per day, such as the Hong Kong
/// daily market caps): which family of such documents it belongs to, and its date. Cross-sections of one family
/// read in one import are compared with each other by <see cref="Quality.CrossSectionRule"/>.
/// </summary>
/// <param name="Family">The family: the layout and the folder the day files are in.</param>
/// <param name="Date">The day the cross-section describes.</param>
public sealed record CrossSection(string Family, DateOnly Date);
