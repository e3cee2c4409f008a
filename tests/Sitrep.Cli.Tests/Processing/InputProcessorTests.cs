using Sitrep.Cli.Processing;
using Sitrep.Ingest;
using Sitrep.Pipeline;
using Sitrep.Text;

namespace Sitrep.Cli.Tests.Processing;

public sealed class InputProcessorTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("sitrep-input-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private sealed class CountingProgress : IProgressReporter
    {
        public List<string> Files { get; } = [];
        public void Advance(ProcessedInput input) => Files.Add(Path.GetFileName(input.File.Path));
        public void Dispose() { }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(32)]
    public void Process_FilesSmallerAndLargerThanABatch_EachFileGetsItsOwnResultsInOrder(int batchSize)
    {
        File.WriteAllText(Path.Combine(_folder, "a.txt"), "First article.\n\nIts second paragraph.");
        File.WriteAllText(Path.Combine(_folder, "b.jsonl"), string.Join("\n", Enumerable.Range(1, 5).Select(i => $"{{\"text\": \"Item {i}.\"}}")));
        File.WriteAllText(Path.Combine(_folder, "c.txt"), "Last article.");
        var processor = new InputProcessor(new DocumentReader(new ReaderOptions()), new DocumentPipeline([new ParagraphSplitter()]), batchSize);
        using var progress = new CountingProgress();

        List<ProcessedInput> processed = [.. processor.Process([_folder], progress, CancellationToken.None)];

        Assert.Equal(["a.txt", "b.jsonl", "c.txt"], processed.Select(p => Path.GetFileName(p.File.Path)));
        Assert.Equal(["a.txt", "b.jsonl", "c.txt"], progress.Files);
        foreach (ProcessedInput input in processed)
        {
            Assert.Equal(input.File.Documents.Select(d => d.Id), input.Items.Select(i => i.Document.Id));
            Assert.All(input.Items, i => Assert.True(i.Document.Has(ParagraphSplitter.Layer)));
        }
        Assert.Equal(5, processed[1].Items.Length);
        Assert.Equal(2, processed[0].Items[0].Document.Get(ParagraphSplitter.Layer).Length);
    }
}
