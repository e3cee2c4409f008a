using Sitrep.Documents;
using Sitrep.Events;
using Sitrep.Storage.Merging;
using Sitrep.Storage.Tests.Support;
using static Sitrep.Storage.Tests.Support.IncidentFixtures;

namespace Sitrep.Storage.Tests.Merging;

public class IncidentMergerTests
{
    private static readonly Document WireDoc = Wire(), LocalDoc = Local(), TelegramDoc = Telegram();
    private readonly StoredEvent _wire = Report(WireDoc, WireEvent(WireDoc));
    private readonly StoredEvent _local = Report(LocalDoc, LocalEvent(LocalDoc));
    private readonly StoredEvent _telegram = Report(TelegramDoc, TelegramEvent(TelegramDoc));

    [Fact]
    public void Merge_SingleReport_ReturnsItUnchanged()
    {
        MergedIncident merged = IncidentMerger.Merge([_local]);

        Assert.Same(_local, merged.Incident);
        Assert.Equal(LocalDoc.Id.Value, Assert.Single(merged.Claims).DocumentId);
    }

    [Fact]
    public void Alone_OneReport_EqualsMergeOfIt()
    {
        MergedIncident merged = IncidentMerger.Merge([_wire]);
        MergedIncident alone = IncidentMerger.Alone(_wire);

        Assert.Same(merged.Incident, alone.Incident);
        Assert.Equal(merged.Claims.Select(Describe), alone.Claims.Select(Describe));
        Assert.Same(Assert.Single(merged.Reports), Assert.Single(alone.Reports));
    }

    private static string Describe(AttributedClaim c) => $"{c.Claim.What}:{string.Join("|", c.Claim.By)}@{c.DocumentId}";

    [Fact]
    public void Merge_ThreeAngles_ReconcilesFieldsAndListsEverySource()
    {
        StoredEvent incident = IncidentMerger.Merge([_telegram, _local, _wire]).Incident;
        ConflictEvent e = incident.Event;

        // The wire story was published first, so it founds the incident.
        Assert.Equal(_wire.Event.Id, e.Id);
        Assert.Equal(WireDoc.Id.Value, incident.DocumentId);
        Assert.Equal(_wire.Event.Span, e.Span);
        Assert.Equal([WireDoc.Id.Value, LocalDoc.Id.Value, TelegramDoc.Id.Value], incident.Sources.Select(s => s.DocumentId));
        Assert.Equal(new FatalityCount(12, 12, 40), e.Fatalities);
        Assert.Equal(GeoPrecision.Exact, e.Place.Precision);
        Assert.Equal(Jnim, e.Actor1!.Name);
        Assert.Equal(Army, e.Actor2!.Name);
        Assert.Equal(["Wire soldiers", "Local soldiers", "Telegram soldiers"], e.Actor2.Aliases.ToArray());
        Assert.Equal(["JNIM", "Jama'at Nusrat al-Islam wal-Muslimin"], e.Actor1.Aliases.ToArray());
        Assert.Equal(0.8, e.Confidence);
        Assert.Equal(
            ["Responsibility:JNIM", "Fatalities:sources locales", "Fatalities:JNIM"],
            e.Claims.Select(c => c.What + ":" + string.Join(",", c.By)));
    }

    [Fact]
    public void Merge_AnyOrder_GivesTheSameIncident()
    {
        StoredEvent[][] orders =
        [
            [_wire, _local, _telegram], [_telegram, _local, _wire], [_local, _wire, _telegram], [_local, _telegram, _wire],
        ];
        StoredEvent first = IncidentMerger.Merge(orders[0]).Incident;

        foreach (StoredEvent[] order in orders.Skip(1))
            Structural.AssertEqual(first, IncidentMerger.Merge(order).Incident);
    }

    [Fact]
    public void Merge_SameReportTwice_IsIdempotent()
    {
        Structural.AssertEqual(IncidentMerger.Merge([_wire, _local]).Incident, IncidentMerger.Merge([_wire, _local, _local, _wire]).Incident);
    }

    [Fact]
    public void Merge_MajorityType_WinsAndNarrowestDateIsKept()
    {
        var week = new EventDate(new DateOnly(2025, 6, 2), new DateOnly(2025, 6, 8), DatePrecision.Week);
        StoredEvent shelling = _wire with
        {
            Event = _wire.Event with { EventType = AcledTypology.ExplosionsRemoteViolence, SubEventType = "Shelling/artillery/missile attack", Date = week },
        };

        ConflictEvent e = IncidentMerger.Merge([shelling, _local, _telegram]).Incident.Event;

        Assert.Equal(AcledTypology.Battles, e.EventType);
        Assert.Equal(EventDate.OnDay(new DateOnly(2025, 6, 4)), e.Date);
    }

    [Theory]
    [InlineData(null, 3, null, 5, 5, 9, 3, 3, 9)]
    [InlineData(10, 10, null, 2, 2, 2, 2, 2, 10)]
    public void Fatalities_ConservativeBestLargestHigh(int? l1, int? b1, int? h1, int? l2, int? b2, int? h2, int? low, int? best, int? high)
    {
        FatalityCount merged = IncidentMerger.Fatalities([new FatalityCount(l1, b1, h1), new FatalityCount(l2, b2, h2), FatalityCount.Unknown]);

        Assert.Equal(new FatalityCount(low, best, high), merged);
    }

    [Fact]
    public void Fatalities_NoneKnown_IsUnknown()
    {
        Assert.Equal(FatalityCount.Unknown, IncidentMerger.Fatalities([FatalityCount.Unknown]));
    }
}
