namespace Sitrep.Syntax.Training;

/// <summary>
/// Makes a tree projective by lifting (Nivre and Nilsson 2005, without encoding the lift in the
/// label): while an arc crosses another, the shortest non-projective arc is re-attached to its
/// head's head. The arc-hybrid oracle needs projective trees; lifting keeps the sentence for
/// training instead of dropping it, and most of its arcs stay gold.
/// </summary>
public static class Projectivizer
{
    /// <summary>Heads are node indices with node 0 the root (heads[0] is ignored); returns how many arcs were lifted.</summary>
    public static int Lift(Span<int> heads)
    {
        int lifted = 0;
        // Each lift moves a dependent one step up the tree, so n² lifts bound the loop.
        for (int guard = heads.Length * heads.Length; guard > 0; guard--)
        {
            int dependent = ShortestNonProjective(heads);
            if (dependent < 0) return lifted;
            heads[dependent] = heads[heads[dependent]];
            lifted++;
        }
        throw new InvalidOperationException("projectivization did not converge; is the tree cyclic?");
    }

    /// <summary>The dependent of the shortest arc that does not dominate every word between its ends, or -1.</summary>
    private static int ShortestNonProjective(ReadOnlySpan<int> heads)
    {
        int best = -1, bestLength = int.MaxValue;
        for (int d = 1; d < heads.Length; d++)
        {
            int h = heads[d];
            int length = Math.Abs(h - d);
            if (length >= bestLength || h == 0) continue;
            int from = Math.Min(h, d) + 1, to = Math.Max(h, d);
            for (int k = from; k < to; k++)
            {
                if (!Dominates(heads, h, k)) { best = d; bestLength = length; break; }
            }
        }
        return best;
    }

    private static bool Dominates(ReadOnlySpan<int> heads, int ancestor, int node)
    {
        for (int steps = 0; node > 0 && steps < heads.Length; steps++)
        {
            node = heads[node];
            if (node == ancestor) return true;
        }
        return false;
    }
}
