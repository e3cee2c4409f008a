namespace Sitrep.Syntax.Models;

/// <summary>The summed weights of a two-class table's active features, one per class.</summary>
public readonly record struct TwoClassScores(float Class0, float Class1);
