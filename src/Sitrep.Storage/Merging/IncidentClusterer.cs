using System.Collections.Immutable;

namespace Sitrep.Storage.Merging;

/// <summary>
/// Groups reports into incidents: the connected components of the graph whose edges join
/// reports the matcher calls the same. Components depend only on the set of reports, which is
/// what makes ingest order-independent: A~B and B~C put A, B and C in one incident even when A
/// and C alone would not match, whichever arrives first.
/// </summary>
public static class IncidentClusterer
{
    /// <summary>The incidents among <paramref name="reports"/>, each in <see cref="ReportOrder"/>, ordered by their founding reports.</summary>
    public static ImmutableArray<ImmutableArray<StoredEvent>> Cluster(IReadOnlyList<StoredEvent> reports, IncidentMatcher matcher)
    {
        ArgumentNullException.ThrowIfNull(reports);
        ArgumentNullException.ThrowIfNull(matcher);
        int[] parent = [.. Enumerable.Range(0, reports.Count)];
        for (int i = 0; i < reports.Count; i++)
        {
            for (int j = i + 1; j < reports.Count; j++)
            {
                if (Find(parent, i) != Find(parent, j) && matcher.Compare(reports[i], reports[j]) == IncidentMatch.Same)
                    parent[Find(parent, j)] = Find(parent, i);
            }
        }
        return [.. Enumerable.Range(0, reports.Count)
            .GroupBy(i => Find(parent, i))
            .Select(g => g.Select(i => reports[i]).Order(ReportOrder.Instance).ToImmutableArray())
            .OrderBy(g => g[0], ReportOrder.Instance)];
    }

    private static int Find(int[] parent, int i)
    {
        while (parent[i] != i) i = parent[i] = parent[parent[i]];
        return i;
    }
}
