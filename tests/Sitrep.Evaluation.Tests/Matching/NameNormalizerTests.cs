using Sitrep.Evaluation.Matching;

namespace Sitrep.Evaluation.Tests.Matching;

public class NameNormalizerTests
{
    [Theory]
    [InlineData("Military Forces of Nigeria", "military forces of nigeria")]
    [InlineData("  Côte   d'Ivoire ", "cote divoire")]
    [InlineData("Jama'a Nusrat ul-Islam wa al-Muslimin", "jamaa nusrat ul islam wa al muslimin")]
    [InlineData("PDF: People’s Defense Force", "pdf peoples defense force")]
    [InlineData("Ségou", "segou")]
    public void Normalize_MixedCaseAccentsPunctuation_LowerPlainSingleSpaced(string name, string expected) =>
        Assert.Equal(expected, NameNormalizer.Normalize(name));

    [Theory]
    [InlineData("Military Forces of Nigeria (2015-)", "military forces of nigeria")]
    [InlineData("Military Forces of Nigeria (2015-2023)", "military forces of nigeria")]
    [InlineData("Military Forces of Sudan (2011-2019, Omar al-Bashir)", "military forces of sudan")]
    [InlineData("Police Forces of Mexico (2018–2024) ", "police forces of mexico")]
    public void NormalizeActor_TrailingRegimePeriod_Dropped(string name, string expected) =>
        Assert.Equal(expected, NameNormalizer.NormalizeActor(name));

    [Theory]
    [InlineData("Unidentified Armed Group (Mali)", "unidentified armed group mali")]
    [InlineData("Civilians (Nigeria)", "civilians nigeria")]
    [InlineData("Islamic State (Mozambique)", "islamic state mozambique")]
    [InlineData("Military Forces of Russia (2000-) Prison Guards", "military forces of russia 2000 prison guards")]
    public void NormalizeActor_OtherParenthetical_Kept(string name, string expected) =>
        Assert.Equal(expected, NameNormalizer.NormalizeActor(name));

    [Fact]
    public void NormalizeActor_CountryQualifiers_StayDistinct() =>
        Assert.NotEqual(NameNormalizer.NormalizeActor("Civilians (Mali)"), NameNormalizer.NormalizeActor("Civilians (Niger)"));
}
