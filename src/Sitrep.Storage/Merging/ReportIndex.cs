namespace Sitrep.Storage.Merging;

/// <summary>
/// Reports held in memory (a bulk batch not yet written) indexed the way the stores index them on
/// disk: by country, merge family and a bucket of start dates. Finding the candidates of a new
/// report reads only the buckets its <see cref="CandidateWindow"/> spans, so matching a batch costs
/// time in proportion to its size, not its square. Ids are indexed too, for duplicate checks.
/// </summary>
internal sealed class ReportIndex
{
    /// <summary>Start dates per bucket: a window spans about ten of them with the default matcher options.</summary>
    public const int BucketDays = 7;

    private readonly Dictionary<BucketKey, List<StoredEvent>> _buckets = [];
    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);

    public int Count => _ids.Count;

    /// <summary>Adds a report; false (and nothing added) when a report with its id is already indexed.</summary>
    public bool Add(StoredEvent report)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (!_ids.Add(report.Event.Id)) return false;
        var key = new BucketKey(report.Event.Place.Country.ToUpperInvariant(), IncidentMatcher.Family(report.Event), Bucket(report.Event.Date.Start));
        if (!_buckets.TryGetValue(key, out List<StoredEvent>? bucket)) _buckets[key] = bucket = [];
        bucket.Add(report);
        return true;
    }

    public bool Contains(string reportId) => _ids.Contains(reportId);

    /// <summary>The indexed reports inside <paramref name="window"/> with <paramref name="family"/>, as a store's candidate query returns them.</summary>
    public IEnumerable<StoredEvent> Candidates(CandidateWindow window, string family)
    {
        ArgumentNullException.ThrowIfNull(window);
        for (int b = Bucket(window.StartFrom); b <= Bucket(window.StartTo); b++)
        {
            if (!_buckets.TryGetValue(new BucketKey(window.Country, family, b), out List<StoredEvent>? bucket)) continue;
            foreach (StoredEvent report in bucket)
            {
                DateOnly start = report.Event.Date.Start;
                if (start >= window.StartFrom && start <= window.StartTo && report.Event.Date.End >= window.EndFrom) yield return report;
            }
        }
    }

    public void Clear()
    {
        _buckets.Clear();
        _ids.Clear();
    }

    private static int Bucket(DateOnly day) => day.DayNumber / BucketDays;

    private readonly record struct BucketKey(string Country, string Family, int Bucket);
}
