using Sitrep.Syntax.Models;
using Sitrep.Syntax.Parsing;
using Sitrep.Syntax.Training;

namespace Sitrep.Tests.Syntax.Parsing;

public class ParserModelTests
{
    [Fact]
    public void ScoringBytes_LoadedModel_SmallerThanItsUnpackedTables()
    {
        ParserModel loaded = SaveAndLoad(TrainedModels.Tiny.Parser);
        ParserModel dense = WithDenseScoring(loaded);
        Assert.True(loaded.ScoringBytes < dense.ScoringBytes * 3 / 4, $"{loaded.ScoringBytes} vs {dense.ScoringBytes}");
    }

    [Fact]
    public void Parse_LoadedModelWithPackedTables_SameTreesAsUnpackedTables()
    {
        ParserModel loaded = SaveAndLoad(TrainedModels.Tiny.Parser);
        ParserModel dense = WithDenseScoring(loaded);
        var workspace = new ParserWorkspace();
        foreach (TreebankSentence sentence in TreebankSentence.Load(TrainedModels.TinyTreebank))
        {
            int n = sentence.Words.Length;
            int[] tags = new int[n];
            TrainedModels.Tiny.Tagger.Tag(sentence.Text, sentence.Words, tags);
            int[] heads = new int[n], labels = new int[n], denseHeads = new int[n], denseLabels = new int[n];
            loaded.Parse(sentence.Text, sentence.Words, tags, workspace, heads, labels);
            dense.Parse(sentence.Text, sentence.Words, tags, workspace, denseHeads, denseLabels);
            Assert.Equal(denseHeads, heads);
            Assert.Equal(denseLabels, labels);
        }
    }

    private static ParserModel SaveAndLoad(ParserModel parser)
    {
        string path = Path.GetTempFileName();
        try
        {
            parser.Save(path);
            return LanguageModels.ReadBinary(path, ParserModel.Read).Value!;
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static ParserModel WithDenseScoring(ParserModel parser) =>
        new(parser.Labels, parser.Transitions, parser.LabelWeights, packedScoring: false);
}
