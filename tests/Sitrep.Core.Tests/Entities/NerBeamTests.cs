using System.Collections.Immutable;
using Sitrep.Entities;
using Sitrep.Errors;

namespace Sitrep.Tests.Entities;

public class NerBeamTests
{
    private static readonly Dictionary<string, string> NoLexicon = [];

    private static TaggedSentence Sentence(string words, string labels) =>
        new([.. words.Split(' ')], [.. labels.Split(' ')]);

    private static readonly TaggedSentence[] Toy =
    [
        Sentence("Ali Musa lives in Gao .", "B-PERSON I-PERSON O O B-GPE O"),
        Sentence("Gunmen attacked Mopti on Monday .", "O O B-GPE O O O"),
        Sentence("Amadou Toure visited Bamako .", "B-PERSON I-PERSON O B-GPE O"),
        Sentence("Malian troops entered Gao .", "B-NORP O O B-GPE O"),
        Sentence("Ali Toure met Musa Diallo in Mopti .", "B-PERSON I-PERSON O B-PERSON I-PERSON O B-GPE O"),
    ];

    [Fact]
    public void Train_WithBeam_TagsItsTrainingSentences()
    {
        NerModel model = NerTrainer.Train(Toy, 10, 17, NoLexicon, null, null, null, beamWidth: 4);
        Assert.Equal(4, model.BeamWidth);
        foreach (TaggedSentence s in Toy) Assert.Equal(s.Labels, model.Tag(s.Words));
    }

    [Fact]
    public void Tag_WithBeam_NeverEndsInsideAMention()
    {
        NerModel model = NerTrainer.Train(Toy, 10, 17, NoLexicon, null, null, null, beamWidth: 4);
        string[] labels = model.Tag(["Musa", "Diallo"]);
        Assert.All(labels.Zip(labels.Skip(1).Append("O")), p => Assert.False(p.First != "O" && p.Second.StartsWith("I-", StringComparison.Ordinal) && p.Second[2..] != p.First[2..]));
        Assert.Empty(model.Tag([]));
    }

    [Fact]
    public void Save_BeamModel_LoadsWithItsBeamWidth()
    {
        NerModel model = NerTrainer.Train(Toy, 3, 17, NoLexicon, null, null, null, beamWidth: 3);
        string path = Path.GetTempFileName();
        try
        {
            model.Save(path);
            NerModel loaded = NerModel.Load(path).Model!;
            Assert.Equal(3, loaded.BeamWidth);
            Assert.Equal(model.Tag(Toy[4].Words), loaded.Tag(Toy[4].Words));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("version\t2\nlabels\tO\tU-GPE\nbeam\t0\n", 3)]
    [InlineData("version\t2\nlabels\tO\tU-GPE\nbeam\tfour\n", 3)]
    [InlineData("version\t2\nlabels\tO\tU-GPE\nclu\tgao\t1 2\n", 3)]
    [InlineData("version\t2\nlabels\tO\tU-GPE\nclu\tgao\t1 2 3\nclu\tgao\t1 2 3\n", 4)]
    public void Load_BadBeamOrClusterLine_NamesIt(string text, int line)
    {
        string path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, text);
            NerModelLoadResult result = NerModel.Load(path);
            Assert.Null(result.Model);
            Assert.Equal(ErrorCodes.MalformedDataFile, result.Problem!.Code);
            Assert.Equal(line, result.Problem.Line);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Train_WithClusters_ModelCarriesThemAndTagsUnseenWordLikeItsClass()
    {
        var clusters = new Dictionary<string, NerWordClusters>
        {
            ["gao"] = new(1, 1, 1), ["mopti"] = new(1, 1, 1), ["bamako"] = new(1, 1, 1), ["kidal"] = new(1, 1, 1),
        };
        NerModel model = NerTrainer.Train(Toy, 10, 17, NoLexicon, null, null, clusters, beamWidth: 1);
        Assert.Equal(4, model.Clusters.Count);
        Assert.Equal(["O", "O", "B-GPE", "O"], model.Tag(["Gunmen", "attacked", "Kidal", "."]));
    }
}
