namespace Froth.Baskets;

/// <summary>
/// How broad the move was across the included constituents. Each share is a fraction of the constituents that
/// could be measured (the count beside it), <see langword="null"/> when none could.
/// </summary>
/// <param name="Members">Included constituents.</param>
/// <param name="Up">Constituents whose return over the period is above 0.</param>
/// <param name="Down">Constituents whose return is below 0.</param>
/// <param name="Unchanged">Constituents whose return is exactly 0.</param>
/// <param name="UpShare">Up ÷ Members.</param>
/// <param name="Above50">Constituents whose last close is above their 50-session average.</param>
/// <param name="Measured50">Constituents with at least 50 sessions.</param>
/// <param name="Above50Share">Above50 ÷ Measured50.</param>
/// <param name="Above200">Constituents whose last close is above their 200-session average.</param>
/// <param name="Measured200">Constituents with at least 200 sessions.</param>
/// <param name="Above200Share">Above200 ÷ Measured200.</param>
/// <param name="At52WeekHigh">Constituents at a 52-week closing high.</param>
/// <param name="At52WeekLow">Constituents at a 52-week closing low.</param>
/// <param name="Measured52Week">Constituents with 52 weeks of history.</param>
/// <param name="At52WeekHighShare">At52WeekHigh ÷ Measured52Week.</param>
public sealed record BasketBreadth(
    int Members,
    int Up,
    int Down,
    int Unchanged,
    double? UpShare,
    int Above50,
    int Measured50,
    double? Above50Share,
    int Above200,
    int Measured200,
    double? Above200Share,
    int At52WeekHigh,
    int At52WeekLow,
    int Measured52Week,
    double? At52WeekHighShare);
