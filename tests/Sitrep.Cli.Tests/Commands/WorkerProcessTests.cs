using System.Diagnostics;
using Sitrep.Cli;
using Sitrep.Storage;
using Sitrep.Storage.Json;
using Sitrep.TestSupport;

namespace Sitrep.Cli.Tests.Commands;

/// <summary>Real `sitrep worker` processes sharing one queue, one of them killed mid-batch.</summary>
[Trait("Category", "Postgres")]
public class WorkerProcessTests
{
    private const int Documents = 24;

    // Quiet sentences that make each report slow to process (tens of milliseconds), so the victim
    // is still working on its claim when it is killed, however slowly the test reacts.
    private static readonly string Ballast = string.Concat(Enumerable.Repeat(
        "Markets in the capital opened as usual and traders said prices of millet and rice were steady. ", 400));

    [PostgresFact]
    public async Task Worker_ThreeProcessesOneKilledMidBatch_StoreEqualsASequentialIngest()
    {
        using var temp = new TempFolder();
        string sample = File.ReadAllText(RepoPaths.InRepo("examples", "sahel-convoy-ambush.txt"));
        // Each report is its own article (its own URL): reports sharing a URL would be revisions of
        // one article, where the version ingested last wins, which no processing order can promise.
        Assert.Contains("/sahel-convoy-ambush\n", sample, StringComparison.Ordinal);
        for (int i = 0; i < Documents; i++)
            temp.File($"report-{i:D2}.txt", sample.Replace("/sahel-convoy-ambush\n", $"/sahel-convoy-ambush-{i:D2}\n", StringComparison.Ordinal) + $"\n\nReport {i} of {Documents}.\n\n{Ballast}");
        using var reference = new TempPostgresDatabase();
        using var shared = new TempPostgresDatabase();
        Assert.Equal(0, CliRun.Of("ingest", temp.Path, "--db", reference.ConnectionString).ExitCode);
        Assert.Equal(0, CliRun.Of("ingest", "--enqueue", temp.Path, "--db", shared.ConnectionString).ExitCode);

        // The victim starts alone and is killed as soon as it has claimed its second batch (the
        // first warms it up); the other two start then and must take that claim over once it expires.
        var workers = new List<Process> { StartWorker(shared.ConnectionString) };
        try
        {
            using var patience = new CancellationTokenSource(TimeSpan.FromMinutes(3));
            Assert.NotNull(await NextLine(workers[0], "batch:", patience.Token));
            Assert.NotNull(await NextLine(workers[0], "claimed:", patience.Token));
            workers[0].Kill(entireProcessTree: true);
            workers.Add(StartWorker(shared.ConnectionString));
            workers.Add(StartWorker(shared.ConnectionString));
            var deadline = DateTime.UtcNow.AddMinutes(4);
            while (Done(shared) < Documents && DateTime.UtcNow < deadline) await Task.Delay(250);
        }
        finally
        {
            foreach (Process worker in workers)
            {
                if (!worker.HasExited) worker.Kill(entireProcessTree: true);
                worker.Dispose();
            }
        }

        Assert.Equal(Documents, Done(shared));
        Assert.Equal((long)Documents, shared.Scalar("SELECT count(*) FROM documents"));
        Assert.True((long)shared.Scalar("SELECT count(*) FROM work_queue WHERE attempts > 1")! >= 1, "nothing the killed worker held was taken over");
        Assert.Equal(reference.Scalar("SELECT count(*) FROM reports"), shared.Scalar("SELECT count(*) FROM reports"));
        Assert.Equal(Lines(reference.ConnectionString), Lines(shared.ConnectionString));
    }

    private static async Task<string?> NextLine(Process worker, string prefix, CancellationToken cancellationToken)
    {
        string? line;
        do line = await worker.StandardError.ReadLineAsync(cancellationToken); while (line is not null && !line.StartsWith(prefix, StringComparison.Ordinal));
        return line;
    }

    private static Process StartWorker(string db)
    {
        string dll = typeof(SitrepCommandLine).Assembly.Location;
        var start = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (string arg in new[] { dll, "worker", "--db", db, "--batch", "2", "--lease-seconds", "3" }) start.ArgumentList.Add(arg);
        return Process.Start(start) ?? throw new InvalidOperationException("could not start a sitrep worker");
    }

    private static long Done(TempPostgresDatabase db) => (long)db.Scalar("SELECT count(*) FROM work_queue WHERE state = 'done'")!;

    // Incidents do not depend on the order reports arrive in, so the merged events must be the same.
    private static string[] Lines(string db)
    {
        using IEventStore store = EventStores.Open(db);
        return [.. store.QueryEvents(new EventQuery { Limit = EventQuery.MaxLimit }).Select(e => StoredEventJsonWriter.ToLine(e, exact: true)).Order(StringComparer.Ordinal)];
    }
}
