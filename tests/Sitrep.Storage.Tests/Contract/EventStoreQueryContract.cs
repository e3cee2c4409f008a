using Sitrep.Documents;
using Sitrep.Errors;
using Sitrep.Events;
using Sitrep.Storage.Tests.Support;
using Sitrep.TestSupport;

namespace Sitrep.Storage.Tests.Contract;

/// <summary>The query semantics every backend shares, over three events in two documents.</summary>
public abstract class EventStoreQueryContract : EventStoreContractBase
{
    private readonly Document _mali = Fixtures.Article();
    private readonly Document _niger = Fixtures.Article("Protesters gathered in Niamey; police used tear gas. 50% of shops closed_early.", "niamey.txt");

    private void Seed()
    {
        if (Store.CountEvents() > 0) return;
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
        Store.Ingest([Fixtures.Processed(_mali, clash, month), Fixtures.Processed(_niger, protest)]);
    }

    private string[] Ids(EventQuery query)
    {
        Seed();
        return [.. Store.QueryEvents(query).Select(e => e.Event.Id[(e.Event.Id.IndexOf('-') + 1)..])];
    }

    [StoreFact]
    public void QueryEvents_NoFilter_ReturnsAllByStartDate() => Assert.Equal(["may", "clash", "protest"], Ids(new EventQuery()));

    [StoreFact]
    public void QueryEvents_Country_MatchesIso3IgnoringCase()
    {
        Assert.Equal(["may", "clash"], Ids(new EventQuery { Country = "MLI" }));
        Assert.Equal(["protest"], Ids(new EventQuery { Country = "ner" }));
        Assert.Empty(Ids(new EventQuery { Country = "BFA" }));
    }

    [StoreFact]
    public void QueryEvents_SinceAndUntil_SelectEventsWhoseIntervalOverlaps()
    {
        Assert.Equal(["may", "clash", "protest"], Ids(new EventQuery { Since = new DateOnly(2025, 5, 31) }));
        Assert.Equal(["clash", "protest"], Ids(new EventQuery { Since = new DateOnly(2025, 6, 1) }));
        Assert.Equal(["may"], Ids(new EventQuery { Until = new DateOnly(2025, 5, 1) }));
        Assert.Equal(["may", "clash"], Ids(new EventQuery { Since = new DateOnly(2025, 5, 15), Until = new DateOnly(2025, 6, 4) }));
        Assert.Equal(["protest"], Ids(new EventQuery { Since = new DateOnly(2025, 6, 20), Until = new DateOnly(2025, 6, 20) }));
    }

    [StoreFact]
    public void QueryEvents_EventType_MatchesTypeOrSubTypeExactly()
    {
        Assert.Equal(["clash"], Ids(new EventQuery { EventType = "Battles" }));
        Assert.Equal(["clash"], Ids(new EventQuery { EventType = "Armed clash" }));
        Assert.Equal(["protest"], Ids(new EventQuery { EventType = "Protest with intervention" }));
        Assert.Empty(Ids(new EventQuery { EventType = "armed clash" }));
        Assert.Empty(Ids(new EventQuery { EventType = "Armed" }));
    }

    [StoreFact]
    public void QueryEvents_Actor_MatchesAnyNameOrAliasIgnoringCase()
    {
        foreach (string actor in new[] { "jnim", "RUSSIA", "russian sold", "ARMÉES", "katiba", "military forces" })
            Assert.Equal(["clash"], Ids(new EventQuery { Actor = actor }));
        Assert.Equal(["protest"], Ids(new EventQuery { Actor = "of niger" }));
        Assert.Empty(Ids(new EventQuery { Actor = "Wagner" }));
    }

    [StoreFact]
    public void QueryEvents_Text_MatchesEvidenceAndFieldEvidenceIgnoringCase()
    {
        Assert.Equal(["protest"], Ids(new EventQuery { Text = "TEAR GAS" }));
        Assert.Equal(["clash"], Ids(new EventQuery { Text = "on wednesday" }));
        Assert.Equal(["clash"], Ids(new EventQuery { Text = "statement." }));
        Assert.Equal(["clash"], Ids(new EventQuery { Text = "killing" }));
        Assert.Empty(Ids(new EventQuery { Text = "Ouagadougou" }));
    }

    [StoreFact]
    public void QueryEvents_HostileStrings_AreLiterals()
    {
        foreach (string hostile in new[] { "%", "_", "'", "\"", "'; DROP TABLE events; --", "\"; DELETE FROM documents; --", "[%]", "\\" })
        {
            Ids(new EventQuery { Actor = hostile });
            Ids(new EventQuery { Text = hostile });
            Ids(new EventQuery { EventType = hostile });
        }

        Assert.Equal(3, Store.CountEvents());
        Assert.Equal(2, Store.CountDocuments());
    }

    [StoreFact]
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

    [StoreFact]
    public void QueryEvents_ActorPages_EachEventOnceInDateOrder()
    {
        foreach (string actor in new[] { "o", "forces", "niger", "jnim" })
        {
            string[] ascending = Ids(new EventQuery { Actor = actor });
            string[] descending = Ids(new EventQuery { Actor = actor, Sort = EventSort.DateDescending });

            Assert.Equal(ascending.Distinct(), ascending);
            Assert.Equal(ascending.Reverse(), descending);
            for (int offset = 0; offset <= ascending.Length; offset++)
                Assert.Equal(ascending.Skip(offset).Take(1), Ids(new EventQuery { Actor = actor, Limit = 1, Offset = offset }));
        }
        // Two actors of the clash (Mali's and Russia's military forces) and the protest's police match "forces".
        Assert.Equal(["clash", "protest"], Ids(new EventQuery { Actor = "forces" }));
        Assert.Equal(["protest"], Ids(new EventQuery { Actor = "forces", Limit = 1, Offset = 1 }));
    }

    [StoreFact]
    public void QueryEvents_FiltersCombine()
    {
        Assert.Equal(["clash"], Ids(new EventQuery { Country = "MLI", Actor = "jnim", EventType = "Battles", Since = new DateOnly(2025, 6, 1), Text = "bamako" }));
        Assert.Empty(Ids(new EventQuery { Country = "NER", Actor = "jnim" }));
    }

    [StoreFact]
    public void QueryEvents_LimitAndOffset_Page()
    {
        Assert.Equal(["may", "clash"], Ids(new EventQuery { Limit = 2 }));
        Assert.Equal(["protest"], Ids(new EventQuery { Limit = 2, Offset = 2 }));
        Assert.Empty(Ids(new EventQuery { Offset = 3 }));
    }

    [StoreFact]
    public void QueryEvents_Sources_NameTheDocument()
    {
        Seed();
        StoredEvent protest = Store.QueryEvents(new EventQuery { Country = "NER" }).Single();

        Assert.Equal(_niger.Id.Value, protest.DocumentId);
        Assert.Equal(new EventSource(_niger.Id.Value, "https://example.org/niamey.txt", "Example News", new DateOnly(2025, 6, 6), "niamey.txt"), Assert.Single(protest.Sources));
    }

    [StoreFact]
    public void QueryEvents_InvalidParameter_ThrowsInvalidQueryNamingIt()
    {
        var cases = new Dictionary<string, EventQuery>
        {
            ["limit"] = new() { Limit = EventQuery.MaxLimit + 1 },
            ["offset"] = new() { Offset = -1 },
            ["country"] = new() { Country = "Mali" },
            ["since"] = new() { Since = new DateOnly(2025, 6, 2), Until = new DateOnly(2025, 6, 1) },
            ["actor"] = new() { Actor = " " },
        };
        foreach ((string parameter, EventQuery query) in cases)
        {
            var ex = Assert.Throws<StoreException>(() => Store.QueryEvents(query));
            Assert.Equal(ErrorCodes.InvalidQuery, ex.Code);
            Assert.Equal(parameter, ex.Subject);
        }
    }
}
