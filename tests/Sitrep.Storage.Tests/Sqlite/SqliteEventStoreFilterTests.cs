using Sitrep.Documents;
using Sitrep.Events;
using Sitrep.Storage.Sqlite;
using Sitrep.Storage.Tests.Support;

namespace Sitrep.Storage.Tests.Sqlite;

/// <summary>The filters and orders the HTTP API needs: id, admin1, sub-type, box, circle, sort.</summary>
public sealed class SqliteEventStoreFilterTests : IDisposable
{
    private readonly TempStore _temp = new();
    private readonly SqliteEventStore _store;
    private readonly Document _mali = Fixtures.Article();
    private readonly Document _niger = Fixtures.Article("Protesters gathered in Niamey; police used tear gas.", "niamey.txt");
    private readonly Document _fiji = Fixtures.Article("Police dispersed a crowd on Taveuni.", "fiji.txt");

    public SqliteEventStoreFilterTests()
    {
        _store = SqliteEventStore.Open(_temp.Path);
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
        _store.Ingest([Fixtures.Processed(_mali, clash, month), Fixtures.Processed(_niger, protest), Fixtures.Processed(_fiji, island)]);
    }

    public void Dispose()
    {
        _store.Dispose();
        _temp.Dispose();
    }

    private string[] Ids(EventQuery query) => [.. _store.QueryEvents(query).Select(e => e.Event.Id[(e.Event.Id.IndexOf('-') + 1)..])];

    [Fact]
    public void QueryEvents_EventId_ReturnsThatEventOnly()
    {
        Assert.Equal(["protest"], Ids(new EventQuery { EventId = $"{_niger.Id}-protest" }));
        Assert.Empty(Ids(new EventQuery { EventId = "missing" }));
    }

    [Theory]
    [InlineData("Niamey", new[] { "protest" })]
    [InlineData("niamey", new[] { "protest" })]
    [InlineData("Niam", new string[0])]
    public void QueryEvents_Admin1_MatchesWholeNameIgnoringAsciiCase(string admin1, string[] expected)
    {
        Assert.Equal(expected, Ids(new EventQuery { Admin1 = admin1 }));
    }

    [Fact]
    public void QueryEvents_SubEventType_MatchesOnlyTheSubType()
    {
        Assert.Equal(["clash"], Ids(new EventQuery { SubEventType = "Armed clash" }));
        Assert.Empty(Ids(new EventQuery { SubEventType = "Battles" }));
    }

    [Fact]
    public void QueryEvents_Bounds_KeepsEventsInsideTheBox()
    {
        Assert.Equal(["clash"], Ids(new EventQuery { Bounds = new GeoBox(-12, 10, 0, 15) }));
        Assert.Equal(["clash", "protest"], Ids(new EventQuery { Bounds = new GeoBox(-12, 10, 4, 15) }));
        Assert.Empty(Ids(new EventQuery { Bounds = new GeoBox(20, 10, 30, 15) }));
    }

    [Fact]
    public void QueryEvents_BoundsAcrossAntimeridian_WrapsLongitude()
    {
        Assert.Equal(["island"], Ids(new EventQuery { Bounds = new GeoBox(179, -20, -179, -10) }));
    }

    [Theory]
    [InlineData(12.6392, -8.0029, 1, new[] { "clash" })]
    [InlineData(13.5116, 2.1254, 1100, new[] { "clash", "protest" })] // Niamey to Bamako is about 1,120 km
    [InlineData(13.5116, 2.1254, 1050, new[] { "protest" })]
    [InlineData(0, 0, 100, new string[0])]
    public void QueryEvents_Near_KeepsEventsWithinTheRadius(double lat, double lon, double km, string[] expected)
    {
        Assert.Equal(expected, Ids(new EventQuery { Near = new GeoCircle(new GeoPoint(lat, lon), km) }));
    }

    [Fact]
    public void QueryEvents_Sort_OrdersAsAsked()
    {
        Assert.Equal(["island", "protest", "clash", "may"], Ids(new EventQuery { Sort = EventSort.DateDescending }));
        Assert.Equal(["clash", "protest", "may", "island"], Ids(new EventQuery { Sort = EventSort.FatalitiesDescending }));
        Assert.Equal(["protest", "clash", "may", "island"], Ids(new EventQuery { Sort = EventSort.FatalitiesAscending }));
        Assert.Equal(["island", "may", "clash", "protest"], Ids(new EventQuery { Sort = EventSort.Country }));
        Assert.Equal(["clash", "protest", "may", "island"], Ids(new EventQuery { Sort = EventSort.EventType }));
    }

    [Theory]
    [InlineData("bbox")]
    [InlineData("near")]
    [InlineData("admin1")]
    [InlineData("sub_type")]
    public void Validate_BadSpatialOrStringFilter_NamesTheParameter(string parameter)
    {
        EventQuery query = parameter switch
        {
            "bbox" => new EventQuery { Bounds = new GeoBox(0, 20, 10, 10) },
            "near" => new EventQuery { Near = new GeoCircle(new GeoPoint(0, 0), 0) },
            "admin1" => new EventQuery { Admin1 = " " },
            _ => new EventQuery { SubEventType = "" },
        };
        Assert.Equal(parameter, query.Validate()?.Subject);
    }
}
