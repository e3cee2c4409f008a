using Sitrep.Geo;

namespace Sitrep.Tests.Geo;

public class NameNormalizerTests
{
    [Theory]
    [InlineData("Niafunké", "niafunke")]
    [InlineData("N'Djamena", "ndjamena")]
    [InlineData("N’Djaména", "ndjamena")]
    [InlineData("Al-Fashir", "al fashir")]
    [InlineData("  Port-au-Prince. ", "port au prince")]
    [InlineData("ŁÓDŹ", "lodz")]
    [InlineData("Straße", "strasse")]
    [InlineData("Ţūlkarm", "tulkarm")]
    [InlineData("", "")]
    [InlineData("--", "")]
    public void Normalize_Variants_FoldToOneKey(string name, string expected)
    {
        Assert.Equal(expected, NameNormalizer.Normalize(name));
    }

    [Theory]
    [InlineData("Niafunké", "niafunke", true)]
    [InlineData("Al-Fashir", "al fashir", true)]
    [InlineData("Gao", "gaongo", false)]
    [InlineData("", "", true)]
    public void NormalizesTo_Names_AgreesWithNormalize(string name, string key, bool expected)
    {
        Assert.Equal(expected, NameNormalizer.NormalizesTo(name, key));
        Assert.Equal(NameNormalizer.Normalize(name) == key, NameNormalizer.NormalizesTo(name, key));
    }

    [Theory]
    [InlineData("Borno State", "borno", true)]
    [InlineData("Région de Gao", "gao", true)]
    [InlineData("Gaongo", "gao", false)]
    [InlineData("Kaduna North", "kaduna north", true)]
    public void HoldsWords_AdminNames_MatchWholeWordsOnly(string name, string key, bool expected)
    {
        Assert.Equal(expected, NameNormalizer.HoldsWords(name, key));
    }

    [Fact]
    public void Normalize_RandomInput_NeverThrowsAndHasNoEdgeSpaces()
    {
        var random = new Random(5);
        for (int round = 0; round < 2000; round++)
        {
            string text = new(Enumerable.Range(0, random.Next(0, 300)).Select(_ => (char)random.Next(0, 0xFFFF)).ToArray());
            string key = NameNormalizer.Normalize(text);
            Assert.False(key.StartsWith(' ') || key.EndsWith(' ') || key.Contains("  ", StringComparison.Ordinal));
        }
    }
}
