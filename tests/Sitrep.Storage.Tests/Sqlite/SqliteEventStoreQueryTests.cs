using Sitrep.Documents;
using Sitrep.Errors;
using Sitrep.Events;
using Sitrep.Storage.Sqlite;
using Sitrep.Storage.Tests.Support;

namespace Sitrep.Storage.Tests.Sqlite;

public sealed class SqliteEventStoreQueryTests : IDisposable
{
    private readonly TempStore _temp = new();
    private readonly SqliteEventStore _store;
    private readonly Document _mali = Fixtures.Article();
    private readonly Document _niger = Fixtures.Article("Protesters gathered in Niamey; police used tear gas. 50% of shops closed_early.", "niamey.txt");

    public SqliteEventStoreQueryTests()
    {
        _store = SqliteEventStore.Open(_temp.Path);
        ConflictEvent clash = Fixtures.FullEvent(_mali, "clash");
        ConflictEvent month = Fixtures.MinimalEvent(_mali, "may");
        ConflictEvent protest = Fixtures.MinimalEvent(_niger, "protest") with
        {
            EventType = AcledTypology.Protests,
            SubEventType = "Protest with intervention",
            Date = EventDate.OnDay(new DateOnly(2025, 6, 20)),
            Place = new EventPlace { Country = "NER", Location = "Niamey" },
            Actor1 = new ActorRef { Name = "Protesters (Niger)", Aliases = ["50%_of shops"] },
            Actor2 = new ActorRef { Name = "Police Forces of Niger (2023-)", Aliases = ["Jama'a \"police\""] },
            Span = new Span(0, _niger.Text.Length),
        };
        _store.Ingest([Fixtures.Processed(_mali, clash, month), Fixtures.Processed(_niger, protest)]);
    }

    public void Dispose()
    {
        _store.Dispose();
        _temp.Dispose();
    }

    private string[] Ids(EventQuery query) => [.. _store.QueryEvents(query).Select(e => e.Event.Id[(e.Event.Id.IndexOf('-') + 1)..])];

    [Fact]
    public void QueryEvents_NoFilter_ReturnsAllByStartDate()
    {
        Assert.Equal(["may", "clash", "protest"], Ids(new EventQuery()));
    }

    [Theory]
    [InlineData("MLI", new[] { "may", "clash" })]
    [InlineData("ner", new[] { "protest" })]
    [InlineData("BFA", new string[0])]
    public void QueryEvents_Country_MatchesIso3IgnoringCase(string country, string[] expected)
    {
        Assert.Equal(expected, Ids(new EventQuery { Country = country }));
    }

    [Fact]
    public void QueryEvents_SinceAndUntil_SelectEventsWhoseIntervalOverlaps()
    {
        // The May event runs 2025-05-01..05-31; the clash is 06-04; the protest 06-20.
        Assert.Equal(["may", "clash", "protest"], Ids(new EventQuery { Since = new DateOnly(2025, 5, 31) }));
        Assert.Equal(["clash", "protest"], Ids(new EventQuery { Since = new DateOnly(2025, 6, 1) }));
        Assert.Equal(["may"], Ids(new EventQuery { Until = new DateOnly(2025, 5, 1) }));
        Assert.Equal(["may", "clash"], Ids(new EventQuery { Since = new DateOnly(2025, 5, 15), Until = new DateOnly(2025, 6, 4) }));
        Assert.Equal(["protest"], Ids(new EventQuery { Since = new DateOnly(2025, 6, 20), Until = new DateOnly(2025, 6, 20) }));
    }

    [Theory]
    [InlineData("Battles", new[] { "clash" })]
    [InlineData("Armed clash", new[] { "clash" })]
    [InlineData("Protest with intervention", new[] { "protest" })]
    [InlineData("armed clash", new string[0])]
    [InlineData("Armed", new string[0])]
    public void QueryEvents_EventType_MatchesTypeOrSubTypeExactly(string type, string[] expected)
    {
        Assert.Equal(expected, Ids(new EventQuery { EventType = type }));
    }

    [Theory]
    [InlineData("jnim", new[] { "clash" })]
    [InlineData("RUSSIA", new[] { "clash" })]
    [InlineData("russian sold", new[] { "clash" })]
    [InlineData("ARMÉES", new[] { "clash" })]
    [InlineData("katiba", new[] { "clash" })]
    [InlineData("of niger", new[] { "protest" })]
    [InlineData("military forces", new[] { "clash" })]
    [InlineData("Wagner", new string[0])]
    public void QueryEvents_Actor_MatchesAnyNameOrAliasIgnoringCase(string actor, string[] expected)
    {
        Assert.Equal(expected, Ids(new EventQuery { Actor = actor }));
    }

    [Theory]
    [InlineData("TEAR GAS", new[] { "protest" })]
    [InlineData("on wednesday", new[] { "clash" })]
    [InlineData("statement.", new[] { "clash" })]
    [InlineData("Ouagadougou", new string[0])]
    public void QueryEvents_Text_MatchesEvidenceIgnoringCase(string text, string[] expected)
    {
        Assert.Equal(expected, Ids(new EventQuery { Text = text }));
    }

    [Fact]
    public void QueryEvents_Text_MatchesFieldEvidenceToo()
    {
        // The May event's own span is empty; only the clash's field evidence holds "killing".
        Assert.Equal(["clash"], Ids(new EventQuery { Text = "killing" }));
    }

    [Theory]
    [InlineData("%")]
    [InlineData("_")]
    [InlineData("'")]
    [InlineData("\"")]
    [InlineData("'; DROP TABLE events; --")]
    [InlineData("\"; DELETE FROM documents; --")]
    [InlineData("[%]")]
    [InlineData("\\")]
    public void QueryEvents_HostileStrings_AreLiterals(string hostile)
    {
        foreach (var query in new[]
        {
            new EventQuery { Actor = hostile }, new EventQuery { Text = hostile }, new EventQuery { EventType = hostile },
        })
        {
            _store.QueryEvents(query);
        }

        Assert.Equal(3, _store.CountEvents());
        Assert.Equal(2, _store.CountDocuments());
    }

    [Fact]
    public void QueryEvents_WildcardCharacters_MatchOnlyThemselves()
    {
        Assert.Equal(["protest"], Ids(new EventQuery { Actor = "%_" }));
        Assert.Equal(["protest"], Ids(new EventQuery { Text = "50% of" }));
        Assert.Equal(["protest"], Ids(new EventQuery { Text = "closed_early" }));
        Assert.Empty(Ids(new EventQuery { Text = "closed%early" }));
        Assert.Empty(Ids(new EventQuery { Text = "50_ of" }));
        Assert.Equal(["protest"], Ids(new EventQuery { Actor = "jama'a \"police\"" }));
        Assert.Equal(["clash"], Ids(new EventQuery { Actor = "Jama'a Nusrat" }));
    }

    [Fact]
    public void QueryEvents_FiltersCombine()
    {
        Assert.Equal(["clash"], Ids(new EventQuery { Country = "MLI", Actor = "jnim", EventType = "Battles", Since = new DateOnly(2025, 6, 1), Text = "bamako" }));
        Assert.Empty(Ids(new EventQuery { Country = "NER", Actor = "jnim" }));
    }

    [Fact]
    public void QueryEvents_LimitAndOffset_Page()
    {
        Assert.Equal(["may", "clash"], Ids(new EventQuery { Limit = 2 }));
        Assert.Equal(["protest"], Ids(new EventQuery { Limit = 2, Offset = 2 }));
        Assert.Empty(Ids(new EventQuery { Offset = 3 }));
    }

    [Fact]
    public void QueryEvents_Sources_NameTheDocument()
    {
        StoredEvent protest = _store.QueryEvents(new EventQuery { Country = "NER" }).Single();

        Assert.Equal(_niger.Id.Value, protest.DocumentId);
        Assert.Equal(new EventSource(_niger.Id.Value, "https://example.org/niamey.txt", "Example News", new DateOnly(2025, 6, 6), "niamey.txt"), Assert.Single(protest.Sources));
    }

    [Theory]
    [InlineData("limit")]
    [InlineData("offset")]
    [InlineData("country")]
    [InlineData("since")]
    [InlineData("actor")]
    public void QueryEvents_InvalidParameter_ThrowsInvalidQueryNamingIt(string parameter)
    {
        EventQuery query = parameter switch
        {
            "limit" => new EventQuery { Limit = EventQuery.MaxLimit + 1 },
            "offset" => new EventQuery { Offset = -1 },
            "country" => new EventQuery { Country = "Mali" },
            "since" => new EventQuery { Since = new DateOnly(2025, 6, 2), Until = new DateOnly(2025, 6, 1) },
            _ => new EventQuery { Actor = " " },
        };

        var ex = Assert.Throws<StoreException>(() => _store.QueryEvents(query));

        Assert.Equal(ErrorCodes.InvalidQuery, ex.Code);
        Assert.Equal(parameter, ex.Subject);
        Assert.Contains($"'{parameter}'", ex.Message);
    }
}
