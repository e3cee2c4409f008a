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
