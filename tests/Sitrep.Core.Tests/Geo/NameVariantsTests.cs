using Sitrep.Geo;

namespace Sitrep.Tests.Geo;

public class NameVariantsTests
{
    [Theory]
    [InlineData("tyotkino", "tetkino")]
    [InlineData("hawija", "al hawijah")]
    [InlineData("hawija", "hawijah")]
    [InlineData("qaim", "al qaim")]
    [InlineData("al hawijah", "hawijah")]
    [InlineData("el fasher", "al fasher")]
    public void Of_TransliteratedName_IncludesTheOtherSpelling(string key, string variant) =>
        Assert.Contains(variant, NameVariants.Of(key));

    [Theory]
    [InlineData("aba")]
    [InlineData("")]
    public void Of_ShortKey_GivesNothing(string key) => Assert.Empty(NameVariants.Of(key));

    [Fact]
    public void Of_Key_NeverGivesItselfOrTwice()
    {
        List<string> variants = [.. NameVariants.Of("al hawija")];
        Assert.DoesNotContain("al hawija", variants);
        Assert.Equal(variants.Count, variants.Distinct(StringComparer.Ordinal).Count());
    }
}
