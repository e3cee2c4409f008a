using System.Globalization;

namespace Sitrep.Evaluation.Floor;

/// <summary>The outcome of the regression guard: the F1 reached (rounded to four decimals), the floor, and whether it fell below.</summary>
public sealed record FloorCheck(double F1, double Floor, bool BelowFloor)
{
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"F1 {F1:0.0000} {(BelowFloor ? "is below" : "meets")} the floor {Floor:0.0000}");
}
