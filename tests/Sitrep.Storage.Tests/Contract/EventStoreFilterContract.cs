using Sitrep.Documents;
using Sitrep.Events;
using Sitrep.Storage.Tests.Support;
using Sitrep.TestSupport;

namespace Sitrep.Storage.Tests.Contract;

/// <summary>The filters and orders the HTTP API needs: id, admin1, sub-type, box, circle, sort.</summary>
public abstract class EventStoreFilterContract : EventStoreContractBase
{
    private readonly Document _mali = Fixtures.Article();
    private readonly Document _niger = Fixtures.Article("Protesters gathered in Niamey; police used tear gas.", "niamey.txt");
    private readonly Document _fiji = Fixtures.Article("Police dispersed a crowd on Taveuni.", "fiji.txt");

    private void Seed()
    {
        if (Store.CountEvents() > 0) return;
        ConflictEvent clash = Fixtures.FullEvent(_mali, "clash"); // Bamako 12.64,-8.00, 12 dead, 2025-06-04
        ConflictEvent month = Fixtures.MinimalEvent(_mali, "may"); // no point, no toll, May 2025
        ConflictEvent protest = Fixtures.MinimalEvent(_niger, "protest") with
        {
            EventType = AcledTypology.Protests,
            SubEventType = "Protest with intervention",
            Date = EventDate.OnDay(new DateOnly(2025, 6, 20)),
            Place = new EventPlace { Country = "NER", Admin1 = "Niamey", Location = "Niamey", Point = new GeoPoint(13.5116, 2.1254), Precision = GeoPrecision.Exact },
            Fatalities = new FatalityCount(1, 1, 1),
        };
        ConflictEvent island = Fixtures.MinimalEvent(_fiji, "island") with
        {
            Date = EventDate.OnDay(new DateOnly(2025, 7, 1)),
            Place = new EventPlace { Country = "FJI", Point = new GeoPoint(-16.85, 179.95) },
        };
        Store.Ingest([Fixtures.Processed(_mali, clash, month), Fixtures.Processed(_niger, protest), Fixtures.Processed(_fiji, island)]);
    }

    private string[] Ids(EventQuery query)
    {
        Seed();
        return [.. Store.QueryEvents(query).Select(e => e.Event.Id[(e.Event.Id.IndexOf('-') + 1)..])];
    }

    [StoreFact]
    public void QueryEvents_EventId_ReturnsThatEventOnly()
    {
        Assert.Equal(["protest"], Ids(new EventQuery { EventId = $"{_niger.Id}-protest" }));
        Assert.Empty(Ids(new EventQuery { EventId = "missing" }));
    }

    [StoreFact]
    public void QueryEvents_Admin1_MatchesWholeNameIgnoringAsciiCase()
    {
        Assert.Equal(["protest"], Ids(new EventQuery { Admin1 = "Niamey" }));
        Assert.Equal(["protest"], Ids(new EventQuery { Admin1 = "niamey" }));
        Assert.Empty(Ids(new EventQuery { Admin1 = "Niam" }));
    }

    [StoreFact]
    public void QueryEvents_SubEventType_MatchesOnlyTheSubType()
    {
        Assert.Equal(["clash"], Ids(new EventQuery { SubEventType = "Armed clash" }));
        Assert.Empty(Ids(new EventQuery { SubEventType = "Battles" }));
    }

    [StoreFact]
    public void QueryEvents_Bounds_KeepsEventsInsideTheBox()
    {
        Assert.Equal(["clash"], Ids(new EventQuery { Bounds = new GeoBox(-12, 10, 0, 15) }));
        Assert.Equal(["clash", "protest"], Ids(new EventQuery { Bounds = new GeoBox(-12, 10, 4, 15) }));
        Assert.Empty(Ids(new EventQuery { Bounds = new GeoBox(20, 10, 30, 15) }));
    }

    [StoreFact]
    public void QueryEvents_BoundsAcrossAntimeridian_WrapsLongitude()
    {
        Assert.Equal(["island"], Ids(new EventQuery { Bounds = new GeoBox(179, -20, -179, -10) }));
    }

    [StoreFact]
    public void QueryEvents_Near_KeepsEventsWithinTheRadius()
    {
        string[] Near(double lat, double lon, double km) => Ids(new EventQuery { Near = new GeoCircle(new GeoPoint(lat, lon), km) });
        Assert.Equal(["clash"], Near(12.6392, -8.0029, 1));
        Assert.Equal(["clash", "protest"], Near(13.5116, 2.1254, 1100)); // Niamey to Bamako is about 1,120 km
        Assert.Equal(["protest"], Near(13.5116, 2.1254, 1050));
        Assert.Empty(Near(0, 0, 100));
    }

    [StoreFact]
    public void QueryEvents_Sort_OrdersAsAsked()
    {
        Assert.Equal(["island", "protest", "clash", "may"], Ids(new EventQuery { Sort = EventSort.DateDescending }));
        Assert.Equal(["clash", "protest", "may", "island"], Ids(new EventQuery { Sort = EventSort.FatalitiesDescending }));
        Assert.Equal(["protest", "clash", "may", "island"], Ids(new EventQuery { Sort = EventSort.FatalitiesAscending }));
        Assert.Equal(["island", "may", "clash", "protest"], Ids(new EventQuery { Sort = EventSort.Country }));
        Assert.Equal(["clash", "protest", "may", "island"], Ids(new EventQuery { Sort = EventSort.EventType }));
    }
}
