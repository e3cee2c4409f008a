using Sitrep.Events;
using Sitrep.Storage.Benchmarking;
using Sitrep.Storage.Merging;

namespace Sitrep.Storage.Tests.Merging;

public class ReportIndexTests
{
    private readonly IncidentMatcher _matcher = new();

    [Fact]
    public void Candidates_AnyWindow_EqualsScanOfAllReports()
    {
        // Dates packed into 90 days with intervals of 1 to 40 days, so windows hold many reports and cross bucket edges.
        StoredEvent[] reports = [.. Enumerable.Range(0, 3000).Select(i =>
        {
            StoredEvent r = SyntheticEvents.Imported(i);
            DateOnly start = SyntheticEvents.FirstDay.AddDays(i % 90);
            return r with { Event = r.Event with { Date = new EventDate(start, start.AddDays(i % 40), DatePrecision.Range) } };
        })];
        var index = new ReportIndex();
        foreach (StoredEvent r in reports) index.Add(r);

        foreach (StoredEvent probe in reports.Where((_, i) => i % 97 == 0))
        {
            CandidateWindow window = _matcher.WindowFor(probe.Event);
            string family = IncidentMatcher.Family(probe.Event);
            string[] scanned = [.. reports.Where(r => InWindow(r, window, family)).Select(r => r.Event.Id).Order(StringComparer.Ordinal)];

            string[] found = [.. index.Candidates(window, family).Select(r => r.Event.Id).Order(StringComparer.Ordinal)];

            Assert.True(scanned.Length > 1);
            Assert.Equal(scanned, found);
        }
    }

    [Fact]
    public void Add_SameIdTwice_KeepsTheFirst()
    {
        var index = new ReportIndex();
        StoredEvent first = SyntheticEvents.Imported(0);

        Assert.True(index.Add(first));
        Assert.False(index.Add(first));
        Assert.True(index.Contains(first.Event.Id));
        Assert.False(index.Contains("no-such-report"));
        Assert.Equal(1, index.Count);
    }

    [Fact]
    public void Clear_Always_EmptiesIdsAndBuckets()
    {
        var index = new ReportIndex();
        StoredEvent report = SyntheticEvents.Imported(5);
        index.Add(report);

        index.Clear();

        Assert.False(index.Contains(report.Event.Id));
        Assert.Empty(index.Candidates(_matcher.WindowFor(report.Event), IncidentMatcher.Family(report.Event)));
    }

    private static bool InWindow(StoredEvent r, CandidateWindow window, string family) =>
        r.Event.Place.Country.Equals(window.Country, StringComparison.OrdinalIgnoreCase) && IncidentMatcher.Family(r.Event) == family &&
        r.Event.Date.Start >= window.StartFrom && r.Event.Date.Start <= window.StartTo && r.Event.Date.End >= window.EndFrom;
}
