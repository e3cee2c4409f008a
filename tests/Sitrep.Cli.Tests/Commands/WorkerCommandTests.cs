using Sitrep.TestSupport;

namespace Sitrep.Cli.Tests.Commands;

[Trait("Category", "Postgres")]
public class WorkerCommandTests
{
    [PostgresFact]
    public void EnqueueThenWorker_ProcessesEveryDocumentOnce()
    {
        using var database = new TempPostgresDatabase();
        string db = database.ConnectionString;

        CliRun enqueued = CliRun.Of("ingest", "--enqueue", RepoPaths.InRepo("examples"), "--db", db);
        CliRun again = CliRun.Of("ingest", "--enqueue", RepoPaths.InRepo("examples"), "--db", db);
        CliRun worked = CliRun.Of("worker", "--db", db, "--batch", "3", "--once");
        CliRun idle = CliRun.Of("worker", "--db", db, "--once");

        Assert.Equal(0, enqueued.ExitCode);
        Assert.Contains(" 0 new document(s)", again.Output);
        Assert.Equal(0, worked.ExitCode);
        long queued = (long)database.Scalar("SELECT count(*) FROM work_queue")!;
        Assert.True(queued >= 7, $"only {queued} documents were queued");
        Assert.Equal(queued, (long)database.Scalar("SELECT count(*) FROM work_queue WHERE state = 'done'")!);
        Assert.Equal(queued, (long)database.Scalar("SELECT count(*) FROM documents")!);
        Assert.True((long)database.Scalar("SELECT count(*) FROM events")! > 0);
        Assert.Contains($"{queued} document(s) done", worked.Output);
        Assert.Contains("0 batch(es)", idle.Output);
    }

    [Fact]
    public void Worker_SqliteStore_IsRefusedClearly()
    {
        using var temp = new TempFolder();

        CliRun run = CliRun.Of("worker", "--db", temp.Combine("events.db"), "--once");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("needs a PostgreSQL store", run.Error);
    }
}
