using Sitrep.Documents;
using Sitrep.Events;
using Sitrep.Storage.Merging;
using static Sitrep.Storage.Tests.Support.IncidentFixtures;

namespace Sitrep.Storage.Tests.Merging;

public class IncidentClustererTests
{
    [Fact]
    public void Cluster_ChainOfMatches_IsOneIncidentInAnyOrder()
    {
        // Day 4 and day 6 do not match each other, but each matches day 5: one incident.
        StoredEvent[] chain = [.. new[] { 4, 5, 6 }.Select(day =>
        {
            Document d = Article($"Report {day}", $"https://x.example/{day}", "X", new DateOnly(2025, 6, 7));
            return Report(d, WireEvent(d) with { Date = EventDate.OnDay(new DateOnly(2025, 6, day)) });
        })];
        var matcher = new IncidentMatcher();
        Assert.Equal(IncidentMatch.DifferentDate, matcher.Compare(chain[0], chain[2]));

        var forward = IncidentClusterer.Cluster(chain, matcher);
        var backward = IncidentClusterer.Cluster([chain[2], chain[0], chain[1]], matcher);

        Assert.Equal(3, Assert.Single(forward).Length);
        Assert.Equal(forward[0].Select(r => r.Event.Id), Assert.Single(backward).Select(r => r.Event.Id));
    }

    [Fact]
    public void Cluster_DistantTowns_StayApart()
    {
        Document a = Wire(), b = Local();
        StoredEvent gao = Report(b, LocalEvent(b) with { Place = Place(Gao, GeoPrecision.Exact, "Gao") });

        Assert.Equal(2, IncidentClusterer.Cluster([Report(a, WireEvent(a)), gao], new IncidentMatcher()).Length);
    }
}
