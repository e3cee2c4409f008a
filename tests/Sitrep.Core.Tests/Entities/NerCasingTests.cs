using System.Collections.Immutable;
using Sitrep.Entities;

namespace Sitrep.Tests.Entities;

public class NerCasingTests
{
    private static TaggedSentence Sentence(string text)
    {
        ImmutableArray<string> words = [.. text.Split(' ')];
        return new TaggedSentence(words, [.. words.Select(_ => "O")]);
    }

    [Fact]
    public void FromSentences_NameAndCommonWord_ClassedByCapitalRate()
    {
        var classes = NerCasing.FromSentences([
            Sentence("Troops left Baghdad by airline"),
            Sentence("Airline staff reached Baghdad"),
            Sentence("The airline flew to Baghdad"),
        ]);
        Assert.Equal("Cr", classes["baghdad"]);
        // The sentence-initial "Airline" says nothing about the word's usual case.
        Assert.Equal("Lr", classes["airline"]);
    }

    [Fact]
    public void FromSentences_WordSeenOnce_Absent()
    {
        var classes = NerCasing.FromSentences([Sentence("Troops left Mosul")]);
        Assert.False(classes.ContainsKey("mosul"));
        Assert.False(classes.ContainsKey("troops"));
    }
}
