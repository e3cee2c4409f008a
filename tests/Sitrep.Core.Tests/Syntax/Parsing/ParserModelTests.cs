using Sitrep.Syntax.Models;
using Sitrep.Syntax.Parsing;
using Sitrep.Syntax.Training;

namespace Sitrep.Tests.Syntax.Parsing;

public class ParserModelTests
{
    [Fact]
    public void ScoringBytes_LoadedModel_SmallerThanItsDenseTables()
    {
        ParserModel loaded = SaveAndLoad(TrainedModels.Tiny.Parser);
        ParserModel dense = WithDenseScoring(loaded);
        Assert.True(loaded.ScoringBytes < dense.ScoringBytes / 2, $"{loaded.ScoringBytes} vs {dense.ScoringBytes}");
    }

    [Fact]
    public void Parse_LoadedModelWithCompactTables_SameTreesAsDenseTables()
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

    /// <summary>
    /// The same model with one weight no half float holds (1e-30, in the last row, too small to move
    /// a score), so neither table qualifies for its compact copy and both are scored densely.
    /// </summary>
    private static ParserModel WithDenseScoring(ParserModel parser) =>
        new(parser.Labels, Perturbed(parser.Transitions), Perturbed(parser.LabelWeights));

    private static WeightTable Perturbed(WeightTable table)
    {
        var weights = new float[(1 << table.Bits) * table.Classes];
        for (int row = 0; row < 1 << table.Bits; row++) table.Row(row).CopyTo(weights.AsSpan(row * table.Classes));
        weights[^1] += 1e-30f;
        return new WeightTable(table.Bits, table.Classes, weights);
    }
}
