using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Sitrep.Storage.Benchmarking;
using Sitrep.Storage.Sqlite;
using Sitrep.Storage.Tests.Support;

namespace Sitrep.Storage.Tests.Sqlite;

/// <summary>A bulk import into an empty store runs with a rollback journal when it has the file to itself, and leaves the store in WAL mode.</summary>
public sealed class SqliteImportJournalTests : IDisposable
{
    private readonly TempStore _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void ImportEvents_EmptyStoreAlone_UsesRollbackJournalThenWal()
    {
        using SqliteEventStore store = SqliteEventStore.Open(_temp.Path);
        store.BulkIndexThreshold = 10;
        store.CountEvents();
        store.QueryEvents(new EventQuery());
        var profile = new ImportProfile();

        ImportResult result = store.ImportEvents(new SyntheticEvents.ImportedList(100), profile, CancellationToken.None);

        Assert.Equal(new ImportResult(100, 0), result);
        Assert.True(profile.RollbackJournal);
        Assert.Equal("wal", JournalMode(store.Path));
        Assert.Equal(100, store.CountEvents());
        Assert.Equal(100, store.QueryEvents(new EventQuery { Limit = EventQuery.MaxLimit }).Count);
        Assert.False(File.Exists(store.Path + "-journal"));
    }

    [Fact]
    public void ImportEvents_FailsWithRollbackJournal_LeavesStoreUnchangedInWal()
    {
        using SqliteEventStore store = SqliteEventStore.Open(_temp.Path);
        store.BulkIndexThreshold = 10;
        StoredEvent orphan = SyntheticEvents.Imported(7) with { DocumentId = "not-stored" };
        StoredEvent[] events = [.. new SyntheticEvents.ImportedList(50).Where(e => e.Event.Id != orphan.Event.Id), orphan];
        var profile = new ImportProfile();

        Assert.Throws<StoreException>(() => store.ImportEvents(events, profile, CancellationToken.None));

        Assert.True(profile.RollbackJournal);
        Assert.Equal("wal", JournalMode(store.Path));
        Assert.Equal(0, store.CountEvents());
        Assert.Equal(0, store.CountDocuments());
        Assert.Equal(new ImportResult(30, 0), store.ImportEvents(new SyntheticEvents.ImportedList(30)));
    }

    [Fact]
    public void ImportEvents_FileOpenElsewhere_KeepsWalWithoutWaiting()
    {
        using SqliteEventStore store = SqliteEventStore.Open(_temp.Path);
        store.BulkIndexThreshold = 10;
        // Another process's connection: not pooled, so the store cannot close it.
        using var other = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = store.Path, Pooling = false }.ToString());
        other.Open();
        Assert.Equal("wal", JournalMode(other));
        var profile = new ImportProfile();
        var clock = Stopwatch.StartNew();

        ImportResult result = store.ImportEvents(new SyntheticEvents.ImportedList(100), profile, CancellationToken.None);

        Assert.Equal(new ImportResult(100, 0), result);
        Assert.False(profile.RollbackJournal);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"the import waited {clock.Elapsed} for the other connection");
        Assert.Equal("wal", JournalMode(other));
        using SqliteCommand count = other.CreateCommand();
        count.CommandText = "SELECT count(*) FROM events";
        Assert.Equal(100L, (long)count.ExecuteScalar()!);
    }

    [Fact]
    public void ImportEvents_StoreNotEmpty_KeepsWal()
    {
        using SqliteEventStore store = SqliteEventStore.Open(_temp.Path);
        store.BulkIndexThreshold = 10;
        store.ImportEvents(new SyntheticEvents.ImportedList(20));
        var profile = new ImportProfile();

        store.ImportEvents(new SyntheticEvents.ImportedList(60), profile, CancellationToken.None);

        Assert.False(profile.RollbackJournal);
        Assert.Equal(60, store.CountEvents());
    }

    [Fact]
    public void Open_WhileAnImportHoldsTheStoreInRollbackMode_OpensAndReads()
    {
        SqliteEventStore.Open(_temp.Path).Dispose();
        SqliteConnection.ClearAllPools();
        // What an import with a rollback journal holds: the file in DELETE mode and a write transaction.
        using var importer = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = _temp.Path, Pooling = false }.ToString());
        importer.Open();
        Assert.Equal("delete", Scalar(importer, "PRAGMA journal_mode = DELETE"));
        using SqliteTransaction write = importer.BeginTransaction(deferred: false);
        var clock = Stopwatch.StartNew();

        using SqliteEventStore store = SqliteEventStore.Open(_temp.Path);

        Assert.Equal(0, store.CountEvents());
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"opening waited {clock.Elapsed}");
    }

    private static string Scalar(SqliteConnection connection, string sql)
    {
        using SqliteCommand command = connection.CreateCommand();
        command.CommandText = sql;
        return (string)command.ExecuteScalar()!;
    }

    private static string JournalMode(string path)
    {
        using SqliteConnection connection = SqliteStoreFile.Connect(SqliteStoreFile.ConnectionString(path));
        return JournalMode(connection);
    }

    private static string JournalMode(SqliteConnection connection)
    {
        using SqliteCommand command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        return (string)command.ExecuteScalar()!;
    }
}
