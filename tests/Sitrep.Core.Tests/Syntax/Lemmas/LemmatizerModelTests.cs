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
}
