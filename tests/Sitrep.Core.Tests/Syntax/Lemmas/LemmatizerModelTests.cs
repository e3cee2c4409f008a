using Sitrep.Syntax.Lemmas;

namespace Sitrep.Tests.Syntax.Lemmas;

public class LemmatizerModelTests
{
    private static LemmatizerModel Sample() => new(
        new Dictionary<string, string> { ["VBD\twent"] = "go" },
        new Dictionary<string, LemmaRule> { ["NNS\ts"] = new(1, ""), ["VBD\ted"] = new(2, ""), ["VBD\td"] = new(1, "") },
        ["rebel", "attack", "go", "town"],
        new Dictionary<string, string> { ["children"] = "child" });

    [Fact]
    public void Lemmatize_Exception_UsesIt()
    {
        Assert.Equal("go", Sample().Lemmatize("went", "VBD"));
    }

    [Fact]
    public void Lemmatize_MistaggedFormWithOneLemma_UsesTheFormLemma()
    {
        Assert.Equal("child", Sample().Lemmatize("Children", "VBD"));
    }

    [Fact]
    public void Lemmatize_ProperNoun_IgnoresFormLemmas()
    {
        Assert.Equal("Children", Sample().Lemmatize("Children", "NNP"));
    }

    [Fact]
    public void Lemmatize_RuleYieldsKnownLemma_ReturnsIt()
    {
        Assert.Equal("attack", Sample().Lemmatize("attacked", "VBD"));
    }

    [Fact]
    public void Lemmatize_KnownLemma_AllocatesNothing()
    {
        LemmatizerModel model = Sample();
        model.Lemmatize("Rebels", "NNS");
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 100; i++) model.Lemmatize("Rebels", "NNS");
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Theory]
    [InlineData("3,000", "3000")]
    [InlineData("1,250,000.5", "1250000.5")]
    [InlineData("3,40", "3,40")]
    [InlineData("12,34,567", "12,34,567")]
    public void Lemmatize_NumberWithThousandsSeparators_DropsThemOnly(string form, string lemma)
    {
        Assert.Equal(lemma, Sample().Lemmatize(form, "CD"));
    }

    [Fact]
    public void Lemmatize_Address_KeepsCase()
    {
        Assert.Equal("http://Example.com/Idlib", Sample().Lemmatize("http://Example.com/Idlib", "ADD"));
    }

    [Fact]
    public void Lemmatize_UnknownStemThatLostItsE_RestoresIt()
    {
        var model = new LemmatizerModel(
            new Dictionary<string, string>(),
            new Dictionary<string, LemmaRule> { ["VBD\ted"] = new(2, "") },
            ["evoke", "invoke", "revoke", "bomb"]);
        Assert.Equal("provoke", model.Lemmatize("provoked", "VBD"));
        Assert.Equal("bomb", model.Lemmatize("bombed", "VBD"));
    }

    [Fact]
    public void Lemmatize_UnknownStemOfANoun_LeftAsTheRuleGivesIt()
    {
        var model = new LemmatizerModel(
            new Dictionary<string, string>(),
            new Dictionary<string, LemmaRule> { ["NN\ted"] = new(2, "") },
            ["evoke", "invoke", "revoke"]);
        Assert.Equal("provok", model.Lemmatize("provoked", "NN"));
    }
}
