namespace Sitrep.Storage.Merging;

/// <summary>
/// The order of an incident's reports, a function of the reports alone: earliest publication
/// first (undated last), then by report id. The first report founds the incident and gives it
/// its id, so the id does not depend on the order in which reports arrived.
/// </summary>
public sealed class ReportOrder : IComparer<StoredEvent>
{
    public static ReportOrder Instance { get; } = new();

    public int Compare(StoredEvent? x, StoredEvent? y)
    {
        if (ReferenceEquals(x, y)) return 0;
        if (x is null) return -1;
        if (y is null) return 1;
        DateOnly? px = Published(x), py = Published(y);
        if (px != py)
        {
            if (px is null) return 1;
            if (py is null) return -1;
            return px.Value.CompareTo(py.Value);
        }
        return string.CompareOrdinal(x.Event.Id, y.Event.Id);
    }

    /// <summary>When the report's own document was published (its source entry), else its earliest source.</summary>
    public static DateOnly? Published(StoredEvent report)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (report.Sources.IsDefaultOrEmpty) return null;
        foreach (EventSource source in report.Sources)
        {
            if (source.DocumentId == report.DocumentId) return source.Published;
        }
        return report.Sources.Select(s => s.Published).Where(p => p is not null).Min();
    }
}
