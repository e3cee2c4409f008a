using Sitrep.Documents;
using Sitrep.Entities;
using Sitrep.Errors;
using Sitrep.Pipeline;
using Sitrep.TestSupport;

namespace Sitrep.Tests.Entities;

public class EntityRecognizerTests
{
    private static readonly Lazy<NerModel> Model = new(() => NerModel.Load(RepoPaths.InRepo("data", "models", "ner-en.model")).Model!);

    [Fact]
    public void Recognize_NewsSentence_FindsPersonPlaceAndNationality()
    {
        const string text = "Iraqi officials said President Barack Obama spoke with leaders in Baghdad on Sunday.";
        IReadOnlyList<EntityMention> mentions = new EntityRecognizer(Model.Value).Recognize(text);
        Assert.Contains(mentions, m => m.Label == "NORP" && m.Text == "Iraqi");
        Assert.Contains(mentions, m => m.Label == "PERSON" && m.Text.Contains("Obama", StringComparison.Ordinal));
        Assert.Contains(mentions, m => m.Label == "GPE" && m.Text == "Baghdad");
    }

    [Fact]
    public void Recognize_FacilityAndUnit_FoundByTheShippedRules()
    {
        const string text = "Soldiers of the 3rd Infantry Division left Bagram Air Base on Sunday. Rebels shelled the Kabul airport on Monday.";
        string found = string.Join(" | ", new EntityRecognizer(Model.Value).Recognize(text).Select(m => $"{m.Label} {m.Text}"));
        Assert.Contains("MILITARY_UNIT 3rd Infantry Division", found, StringComparison.Ordinal);
        Assert.Contains("FAC Bagram Air Base", found, StringComparison.Ordinal);
        Assert.True(found.Contains("FAC Kabul airport", StringComparison.Ordinal), found);
        Assert.DoesNotContain(new EntityRecognizer(Model.Value, EntityRules.None).Recognize(text), m => m.Label is "FAC" or "MILITARY_UNIT");
    }

    [Fact]
    public void Tokenize_JoinersInsideWords_KeptTogetherButPossessiveSplit()
    {
        const string text = "al-Shabaab's U.S. AK-47 (JNIM), 12.5";
        Assert.Equal(["al-Shabaab", "'s", "U.S.", "AK-47", "(", "JNIM", ")", ",", "12.5"], EntityTokenizer.Tokenize(text).Select(s => s.TextOf(text)));
    }

    [Fact]
    public void Tokenize_TitleInLexicon_KeepsItsDot()
    {
        const string text = "Gen. Diarra met Mr. Bah in Gao. Then";
        var lexicon = new Dictionary<string, string> { ["gen."] = NerLexicon.Title, ["mr."] = "cty+" + NerLexicon.Title };
        Assert.Equal(["Gen.", "Diarra", "met", "Mr.", "Bah", "in", "Gao", ".", "Then"], EntityTokenizer.Tokenize(text, lexicon).Select(s => s.TextOf(text)));
    }

    [Fact]
    public void Load_CorruptLine_NamesLine()
    {
        string path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, "# model\nlabels\tO\tB-PERSON\tI-PERSON\nff\t1:0.5\nzz\t0:1\n");
            NerModelLoadResult result = NerModel.Load(path);
            Assert.Null(result.Model);
            Assert.Equal(ErrorCodes.MalformedDataFile, result.Problem!.Code);
            Assert.Equal(4, result.Problem.Line);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Load_CaseLines_ReadsCasingAndRejectsRepeats()
    {
        string path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, "labels\tO\tU-GPE\ncase\tbaghdad\tCf\nff\t1:0.5\n");
            Assert.Equal("Cf", NerModel.Load(path).Model!.Casing["baghdad"]);
            File.WriteAllText(path, "labels\tO\tU-GPE\ncase\tbaghdad\tCf\ncase\tbaghdad\tLf\n");
            NerModelLoadResult repeated = NerModel.Load(path);
            Assert.Null(repeated.Model);
            Assert.Equal(3, repeated.Problem!.Line);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Process_RandomInput_NeverThrowsAndKeepsInvariants()
    {
        var random = new Random(3);
        string[] pieces = ["Baghdad", "Obama", " ", ".", "\n", "-", "'", "al", "Iraqi", "(", "x", "é", "\ud83d\ude00", "\ud83d", "42"];
        var stage = new EntityRecognizer(Model.Value);
        for (int round = 0; round < 1000; round++)
        {
            string text = string.Concat(Enumerable.Range(0, random.Next(0, 30)).Select(_ => pieces[random.Next(pieces.Length)]));
            Document doc = stage.Process(new Document(text, new DocumentMetadata { Source = "r" }), CancellationToken.None);
            Assert.Empty(LayerInvariants.CheckAll(doc));
            Assert.All(doc.Get(EntityRecognizer.Layer), m => Assert.Equal(m.Text, doc.TextOf(m.Span)));
        }
    }

    [Fact]
    public void AllStages_IncludesEntities()
    {
        Assert.Contains("entities", SitrepPipeline.KnownLayers(Sitrep.Tests.BundledResources.Resources));
    }
}
