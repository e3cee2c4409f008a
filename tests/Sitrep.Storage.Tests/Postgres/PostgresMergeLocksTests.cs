using Npgsql;
using Sitrep.Documents;
using Sitrep.Events;
using Sitrep.Storage.Postgres;
using Sitrep.Storage.Tests.Support;
using Sitrep.TestSupport;

namespace Sitrep.Storage.Tests.Postgres;

public sealed class PostgresMergeLocksTests
{
    private static ProcessedDocument Report(string url, string country, string eventType = AcledTypology.Battles)
    {
        Document d = IncidentFixtures.Article(IncidentFixtures.WireText, url, "Outlet " + url, new DateOnly(2025, 6, 4));
        ConflictEvent e = IncidentFixtures.Attack(d, "e1", new FatalityCount(12, 12, null), "Wire");
        return Fixtures.Processed(d, e with { EventType = eventType, Place = e.Place with { Country = country } });
    }

    [Fact]
    public void KeysOf_SameCountryInAnyCaseAndFamily_ShareTheirIncidentKey()
    {
        IReadOnlyList<string> a = PostgresMergeLocks.KeysOf([Report("https://a.example/1", "MLI")]);
        IReadOnlyList<string> b = PostgresMergeLocks.KeysOf([Report("https://b.example/1", "mli", AcledTypology.ViolenceAgainstCivilians)]);
        IReadOnlyList<string> niger = PostgresMergeLocks.KeysOf([Report("https://c.example/1", "NER")]);

        Assert.Single(a.Intersect(b));
        Assert.Empty(a.Intersect(niger));
        Assert.Equal(2, a.Count);
    }

    [Fact]
    public void KeysOf_Batch_SortedAndDistinct()
    {
        IReadOnlyList<string> keys = PostgresMergeLocks.KeysOf([Report("https://b.example/1", "NER"), Report("https://a.example/1", "MLI"), Report("https://c.example/1", "MLI")]);

        Assert.Equal(keys.Order(StringComparer.Ordinal).Distinct(), keys);
        Assert.Equal(5, keys.Count);
    }

    [Trait("Category", "Postgres")]
    [PostgresFact]
    public void TakeKeys_HeldElsewhere_OnlyTheSameKeyOrTheExclusiveLockWaits()
    {
        using var database = new TempPostgresDatabase();
        IReadOnlyList<string> mali = PostgresMergeLocks.KeysOf([Report("https://a.example/1", "MLI")]);
        IReadOnlyList<string> niger = PostgresMergeLocks.KeysOf([Report("https://b.example/1", "NER")]);
        IReadOnlyList<string> maliAgain = PostgresMergeLocks.KeysOf([Report("https://c.example/1", "MLI")]);
        using NpgsqlConnection holder = Open(database);
        using NpgsqlTransaction held = holder.BeginTransaction();
        PostgresMergeLocks.TakeKeys(holder, held, mali);

        Assert.True(Takes(database, (c, t) => PostgresMergeLocks.TakeKeys(c, t, niger)));
        Assert.False(Takes(database, (c, t) => PostgresMergeLocks.TakeKeys(c, t, maliAgain)));
        Assert.False(Takes(database, PostgresMergeLocks.TakeAll));
        held.Rollback();
        Assert.True(Takes(database, PostgresMergeLocks.TakeAll));
    }

    /// <summary>Outlets of one incident stored by concurrent batches still merge into one incident listing every source.</summary>
    [Trait("Category", "Postgres")]
    [PostgresFact]
    public void Ingest_ConcurrentBatchesOfOneIncident_MergeIntoOneIncident()
    {
        using var database = new TempPostgresDatabase();
        using (PostgresEventStore.Open(database.ConnectionString)) { }
        const int outlets = 8;
        Thread[] threads = [.. Enumerable.Range(0, outlets).Select(i => new Thread(() =>
        {
            using var store = PostgresEventStore.Open(database.ConnectionString);
            store.Ingest([Report($"https://outlet{i}.example/boulkessi", "MLI"), Report($"https://outlet{i}.example/tillaberi", "NER")]);
        }))];
        foreach (Thread thread in threads) thread.Start();
        foreach (Thread thread in threads) thread.Join();

        using var check = PostgresEventStore.Open(database.ConnectionString);
        IReadOnlyList<StoredEvent> events = check.QueryEvents(new EventQuery());
        Assert.Equal(2, events.Count);
        Assert.All(events, e => Assert.Equal(outlets, e.Sources.Length));
    }

    private static NpgsqlConnection Open(TempPostgresDatabase database)
    {
        var connection = new NpgsqlConnection(database.ConnectionString);
        connection.Open();
        return connection;
    }

    // Whether the locks are granted within a short lock timeout (false: another transaction holds them).
    private static bool Takes(TempPostgresDatabase database, Action<NpgsqlConnection, NpgsqlTransaction> take)
    {
        using NpgsqlConnection connection = Open(database);
        using NpgsqlTransaction transaction = connection.BeginTransaction();
        using (var timeout = new NpgsqlCommand("SET LOCAL lock_timeout = '300ms'", connection, transaction)) timeout.ExecuteNonQuery();
        try
        {
            take(connection, transaction);
            return true;
        }
        catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.LockNotAvailable)
        {
            return false;
        }
    }
}
