using Sitrep.Errors;
using Sitrep.Ingest.Tests.Files;

namespace Sitrep.Ingest.Tests;

public class DocumentReaderTests
{
    [Fact]
    public void ReadFile_MissingFile_ReportsFileNotFound()
    {
        string path = Path.Combine(Path.GetTempPath(), "sitrep-no-such-file-" + Guid.NewGuid().ToString("N") + ".txt");
        FileReadResult result = TestInput.Reader().ReadFile(path, CancellationToken.None);
        Problem problem = Assert.Single(result.Problems);
        Assert.Equal(ErrorCodes.FileNotFound, problem.Code);
        Assert.Equal(path, problem.Subject);
        Assert.Equal(path, result.Path);
    }

    [Fact]
    public void ReadPaths_MissingPath_YieldsProblemAndContinues()
    {
        using var dir = new TempDirectory();
        string real = dir.Write("a.txt", "published: 2024-01-01\n\nBody.");
        var results = TestInput.Reader().ReadPaths([Path.Combine(dir.Path, "missing.txt"), real], CancellationToken.None).ToList();
        Assert.Equal(2, results.Count);
        Assert.Equal(ErrorCodes.FileNotFound, Assert.Single(results[0].Problems).Code);
        Assert.Single(results[1].Documents);
    }

    [Fact]
    public void ReadFile_FiftyMegabytes_IsRefusedWithoutReading()
    {
        using var dir = new TempDirectory();
        string path = Path.Combine(dir.Path, "huge.txt");
        using (var stream = new FileStream(path, FileMode.CreateNew))
        {
            // Sparse on most file systems: nothing is written, the length alone is 50 MB.
            stream.SetLength(50L * 1024 * 1024);
        }
        long allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        FileReadResult result = TestInput.Reader().ReadFile(path, CancellationToken.None);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        Problem problem = Assert.Single(result.Problems);
        Assert.Equal(ErrorCodes.TooLarge, problem.Code);
        Assert.Contains("52,428,800", problem.Message);
        // Refused from its length alone: reading it would allocate at least its 50 MB.
        Assert.True(allocated < 1024 * 1024, $"allocated {allocated:N0} bytes");
    }

    [Fact]
    public void ReadContent_OverConfiguredLimit_IsTooLarge()
    {
        FileReadResult result = TestInput.Read("post", "published: 2024-01-01\n\nA body of some length.", new ReaderOptions { MaxBytes = 10 });
        Assert.Equal(ErrorCodes.TooLarge, Assert.Single(result.Problems).Code);
    }

    [Fact]
    public void ReadPaths_Directory_ReadsSupportedFilesRecursivelyInOrdinalOrder()
    {
        using var dir = new TempDirectory();
        dir.Write("b.txt", "published: 2024-01-02\n\nSecond.");
        dir.Write("a.txt", "published: 2024-01-01\n\nFirst.");
        dir.Write("a.gold.json", "{\"doc\": \"a.txt\", \"events\": []}");
        dir.Write(".hidden.txt", "Hidden.");
        dir.Write("image.png", [0x89, 0x50, 0x4E, 0x47]);
        dir.Write("sub/c.jsonl", "{\"text\": \"Third.\"}");
        dir.Write(".git/d.txt", "Never read.");
        var results = TestInput.Reader().ReadPaths([dir.Path], CancellationToken.None).ToList();
        Assert.Equal(["a.txt", "b.txt", "c.jsonl"], results.Select(r => Path.GetFileName(r.Path)));
        Assert.Equal(["First.", "Second.", "Third."], results.SelectMany(r => r.Documents).Select(d => d.Text));
        Assert.All(results, r => Assert.Empty(r.Problems));
        Assert.Equal(Path.Combine(dir.Path, "a.txt"), results[0].Documents[0].Metadata.Path);
        Assert.Equal("a.txt", results[0].Documents[0].Metadata.Source);
    }

    [PermissionsEnforcedFact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void ReadPaths_DirectoryWithoutPermission_ReportsAccessDenied()
    {
        using var dir = new TempDirectory();
        dir.Write("open/a.txt", "Readable.");
        string locked = Path.Combine(dir.Path, "locked");
        dir.Write("locked/b.txt", "Unreadable.");
        File.SetUnixFileMode(locked, UnixFileMode.None);
        var results = TestInput.Reader().ReadPaths([dir.Path], CancellationToken.None).ToList();
        Assert.Equal(2, results.Count);
        FileReadResult failed = Assert.Single(results, r => r.HasErrors);
        Problem problem = Assert.Single(failed.Problems);
        Assert.Equal(ErrorCodes.AccessDenied, problem.Code);
        Assert.Equal(locked, problem.Subject);
        Assert.Single(results, r => r.Documents.Length == 1);
    }

    [Fact]
    public void ReadContent_PublishedOverride_ReplacesDate()
    {
        var options = new ReaderOptions { PublishedOverride = new DateOnly(2020, 2, 2) };
        var doc = Assert.Single(TestInput.Read("x.txt", "published: 2024-01-01\n\nBody.", options).Documents);
        Assert.Equal(new DateOnly(2020, 2, 2), doc.Metadata.Published);
        var undated = Assert.Single(TestInput.Read("y.txt", "Body without header.", options).Documents);
        Assert.Equal(new DateOnly(2020, 2, 2), undated.Metadata.Published);
    }

    [Fact]
    public void ReadFile_SameFileTwice_GivesSameDocumentId()
    {
        using var dir = new TempDirectory();
        string path = dir.Write("a.txt", "published: 2024-01-01\n\nBody.");
        var reader = TestInput.Reader();
        Assert.Equal(reader.ReadFile(path, CancellationToken.None).Documents[0].Id, reader.ReadFile(path, CancellationToken.None).Documents[0].Id);
    }

    [Fact]
    public void ReadPaths_Cancelled_Throws()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        Assert.Throws<OperationCanceledException>(() => TestInput.Reader().ReadPaths(["x"], cts.Token).ToList());
    }
}
