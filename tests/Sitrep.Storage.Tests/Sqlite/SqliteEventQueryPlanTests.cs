using Microsoft.Data.Sqlite;
using Sitrep.Events;
using Sitrep.Storage.Benchmarking;
using Sitrep.Storage.Sqlite;
using Sitrep.Storage.Tests.Support;

namespace Sitrep.Storage.Tests.Sqlite;

/// <summary>
/// The common filtered queries read the events they return through an index, in page order,
/// rather than scanning or sorting the whole table: checked on SQLite's query plans, never on times.
/// </summary>
public sealed class SqliteEventQueryPlanTests : IDisposable
{
    private static readonly DateOnly Day = SyntheticEvents.FirstDay.AddDays(900);
    private readonly TempStore _temp = new();
    private readonly SqliteEventStore _store;

    public SqliteEventQueryPlanTests()
    {
        _store = SqliteEventStore.Open(_temp.Path);
        _store.ImportEvents(new SyntheticEvents.ImportedList(400));
    }

    public void Dispose()
    {
        _store.Dispose();
        _temp.Dispose();
    }

    public static TheoryData<string, string> IndexedQueries() => new()
    {
        { "country", "ix_events_country_date" },
        { "week", "ix_events_date" },
        { "country+month", "ix_events_country_date" },
        { "type", "ix_events_type_date" },
        { "type+month", "ix_events_type_date" },
        { "subtype", "ix_events_subtype_date" },
        { "id", "sqlite_autoindex_events_1" },
    };

    [Theory]
    [MemberData(nameof(IndexedQueries))]
    public void Build_CommonFilter_ReadsPageThroughIndexWithoutSorting(string name, string index)
    {
        string[] plan = Plan(Query(name));

        Assert.Contains(plan, step => step.Contains("SEARCH e USING", StringComparison.Ordinal) && step.Contains(index, StringComparison.Ordinal));
        Assert.DoesNotContain(plan, step => step.StartsWith("SCAN e", StringComparison.Ordinal));
        Assert.DoesNotContain(plan, step => step.Contains("TEMP B-TREE FOR ORDER BY", StringComparison.Ordinal));
    }

    [Fact]
    public void Build_DateRange_BoundsStartDatesFromBelow()
    {
        string[] plan = Plan(Query("week"));

        Assert.Contains(plan, step => step.Contains("(date_start>? AND date_start<?)", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(EventSort.DateAscending)]
    [InlineData(EventSort.DateDescending)]
    public void Build_Actor_ReadsPageKeysFromActorDateIndexOnly(EventSort sort)
    {
        string[] plan = Plan(new EventQuery { Actor = SyntheticEvents.Actor(17), Sort = sort, Limit = 100 });

        Assert.Contains(plan, step => step.Contains("SEARCH ea USING COVERING INDEX ix_event_actors_actor_date (actor_id=?)", StringComparison.Ordinal));
        Assert.Contains(plan, step => step.Contains("SEARCH e USING INTEGER PRIMARY KEY", StringComparison.Ordinal));
        Assert.DoesNotContain(plan, step => step.StartsWith("SCAN e", StringComparison.Ordinal));
    }

    [Fact]
    public void Build_ActorWithMonth_BoundsActorIndexByDate()
    {
        string[] plan = Plan(new EventQuery { Actor = SyntheticEvents.Actor(17), Since = Day, Until = Day.AddDays(30), Limit = 100 });

        Assert.Contains(plan, step => step.Contains("ix_event_actors_actor_date (actor_id=? AND date_start>? AND date_start<?)", StringComparison.Ordinal));
    }

    [Fact]
    public void Build_ActorCountryMonth_ReadsNoWholeTable()
    {
        string[] plan = Plan(new EventQuery { Actor = SyntheticEvents.Actor(17), Country = "SSD", Since = Day, Until = Day.AddDays(30), Limit = 100 });

        Assert.DoesNotContain(plan, step => step.StartsWith("SCAN e", StringComparison.Ordinal) || step.StartsWith("SCAN ea", StringComparison.Ordinal));
    }

    [Fact]
    public void Build_ActorByFatalities_FindsEventsThroughActorIndex()
    {
        string[] plan = Plan(new EventQuery { Actor = SyntheticEvents.Actor(17), Sort = EventSort.FatalitiesDescending, Limit = 100 });

        Assert.Contains(plan, step => step.Contains("ix_event_actors_actor_date", StringComparison.Ordinal));
        Assert.Contains(plan, step => step.Contains("SEARCH e USING INTEGER PRIMARY KEY", StringComparison.Ordinal));
    }

    [Fact]
    public void Build_LongestIntervalLookup_UsesSpanIndex()
    {
        using SqliteConnection connection = SqliteStoreFile.Connect(SqliteStoreFile.ConnectionString(_store.Path));
        using SqliteCommand command = connection.CreateCommand();
        command.CommandText = "EXPLAIN QUERY PLAN SELECT coalesce(max(julianday(date_end) - julianday(date_start)), 0) FROM events";
        using SqliteDataReader r = command.ExecuteReader();
        var plan = new List<string>();
        while (r.Read()) plan.Add(r.GetString(3));

        Assert.Contains(plan, step => step.Contains("ix_events_span", StringComparison.Ordinal));
    }

    private static EventQuery Query(string name) => name switch
    {
        "country" => new EventQuery { Country = "NER", Limit = 100 },
        "week" => new EventQuery { Since = Day, Until = Day.AddDays(6), Limit = 100 },
        "country+month" => new EventQuery { Country = "MLI", Since = Day, Until = Day.AddDays(30), Limit = 100 },
        "type" => new EventQuery { EventType = AcledTypology.Battles, Limit = 100 },
        "type+month" => new EventQuery { EventType = AcledTypology.Battles, Since = Day, Until = Day.AddDays(30), Limit = 100 },
        "subtype" => new EventQuery { EventType = "Armed clash", Limit = 100 },
        "id" => new EventQuery { EventId = SyntheticEvents.Imported(7).Event.Id },
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "unknown query"),
    };

    private string[] Plan(EventQuery query)
    {
        using SqliteConnection connection = SqliteStoreFile.Connect(SqliteStoreFile.ConnectionString(_store.Path));
        using SqliteTransaction transaction = connection.BeginTransaction(deferred: true);
        using SqliteCommand command = SqliteEventQuery.Build(connection, transaction, query);
        command.CommandText = "EXPLAIN QUERY PLAN " + command.CommandText;
        using SqliteDataReader r = command.ExecuteReader();
        var plan = new List<string>();
        while (r.Read()) plan.Add(r.GetString(3));
        return [.. plan];
    }
}
