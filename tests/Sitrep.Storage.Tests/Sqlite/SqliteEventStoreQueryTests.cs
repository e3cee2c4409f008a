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
}
