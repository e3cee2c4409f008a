using System.Runtime.CompilerServices;
using Sitrep.Syntax.Models;

namespace Sitrep.Syntax.Parsing;

/// <summary>
/// Each parser template's hash after its first value, for the small values templates start with
/// (tags, labels, distances, directions, from -3 up): one table look-up instead of four dependent
/// multiplications, and bit-for-bit the same hash. Hashing is most of the cost of the parser's
/// features, and two of three templates start this way. Computed once from constants; never changes.
/// </summary>
internal static class TemplateStarts
{
    private const int Lowest = -3, Width = 80;
    private const int FirstTransition = 100, Transitions = 54, FirstLabel = 200, Labels = 19;

    private static readonly ulong[] Table = Build();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Mix(int template, int value)
    {
        uint column = (uint)(value - Lowest);
        int row = template >= FirstLabel ? template - FirstLabel + Transitions : template - FirstTransition;
        return column < Width && (uint)row < Transitions + Labels
            ? Table[row * Width + (int)column]
            : FeatureHash.Mix(FeatureHash.Start(template), value);
    }

    private static ulong[] Build()
    {
        var table = new ulong[(Transitions + Labels) * Width];
        for (int row = 0; row < Transitions + Labels; row++)
        {
            int template = row < Transitions ? FirstTransition + row : FirstLabel + row - Transitions;
            for (int column = 0; column < Width; column++)
                table[row * Width + column] = FeatureHash.Mix(FeatureHash.Start(template), column + Lowest);
        }
        return table;
    }
}
