using Sitrep.Documents;
using Sitrep.Pipeline;
using Sitrep.Syntax.Conllu;
using Sitrep.Syntax.Models;
using Sitrep.Syntax.Parsing;
using Sitrep.Syntax.Tagging;

namespace Sitrep.Tests.Syntax;

public class PipelineSyntaxTests
{
    private static readonly DocumentPipeline Pipeline = SitrepPipeline.CreateDefault(Sitrep.Tests.BundledResources.Resources, new PipelineOptions { CheckInvariants = true });

    [Fact]
    public void Run_NewsSentence_TagsAndParsesEveryToken()
    {
        var document = new Document("Gen. Smith said Russia's forces didn't attack the town.", new DocumentMetadata { Source = "test" });
        PipelineResult result = Pipeline.Run(document);
        Assert.True(result.Succeeded, result.Failure?.ToString());
        var pos = result.Document.Get(PosTagger.Layer);
        var deps = result.Document.Get(DependencyParser.Layer);
        Assert.Equal(12, pos.Length);
        Assert.Equal(12, deps.Length);
        Assert.Equal("VERB", pos[2].Upos);
        Assert.Equal("say", pos[2].Lemma);
        Assert.Single(deps, d => d.Head == -1);
    }

    [Theory]
    [InlineData("")]
    [InlineData("😀😀 🇺🇦 Жовтень سلام 中文 ... !!! ??")]
    [InlineData("a")]
    public void Run_OddInput_Succeeds(string text)
    {
        PipelineResult result = Pipeline.Run(new Document(text, new DocumentMetadata { Source = "test" }));
        Assert.True(result.Succeeded, result.Failure?.ToString());
    }

    [Fact]
    public void Run_OneVeryLongSentenceAndLongToken_Succeeds()
    {
        string text = string.Join(' ', Enumerable.Repeat("the rebels attacked", 700)) + " " + new string('x', 100_000);
        PipelineResult result = Pipeline.Run(new Document(text, new DocumentMetadata { Source = "test" }));
        Assert.True(result.Succeeded, result.Failure?.ToString());
        Assert.All(result.Document.Get(DependencyParser.Layer), d => Assert.True(d.Head >= -1));
    }

    [Fact]
    public void Run_RandomText_EveryLayerKeepsItsInvariants()
    {
        var random = new Random(3);
        string[] pieces = ["Rebels", "attacked", "Gao", ".", " ", "\n", "\n\n", "U.S.", "don't", "'s", "😀", "—", "(", ")", "3,000", "Mr.", "?", "سلام", "al-Qaeda", "\"", "http://x.org"];
        for (int round = 0; round < 200; round++)
        {
            string text = string.Concat(Enumerable.Range(0, random.Next(0, 40)).Select(_ => pieces[random.Next(pieces.Length)] + (random.Next(3) == 0 ? "" : " ")));
            PipelineResult result = Pipeline.Run(new Document(text, new DocumentMetadata { Source = "random" }));
            Assert.True(result.Succeeded, $"{result.Failure} on '{text}'");
            var deps = result.Document.Get(DependencyParser.Layer);
            Assert.Equal(result.Document.Get(PosTagger.Layer).Length, deps.Length);
            Assert.All(deps, d => Assert.InRange(d.Head, -1, deps.Length - 1));
        }
    }

    [Fact]
    public void Write_ParsedDocument_ProducesReadableConllu()
    {
        var document = Pipeline.Run(new Document("Rebels attacked Gao. Two died.", new DocumentMetadata { Source = "test" })).Document;
        var writer = new StringWriter();
        ConlluWriter.Write(document, writer);
        var read = ConlluReader.Read(new StringReader(writer.ToString()), "written");
        Assert.True(read.Succeeded, read.Problem?.ToString());
        Assert.Equal(2, read.Sentences.Length);
        Assert.Equal("Gao", read.Sentences[0].Words[2].Form);
        Assert.False(read.Sentences[0].Words[2].SpaceAfter);
    }
}
