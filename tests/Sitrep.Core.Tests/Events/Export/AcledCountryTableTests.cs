using Sitrep.Errors;
using Sitrep.Events.Export;

namespace Sitrep.Tests.Events.Export;

public class AcledCountryTableTests
{
    private const string Head = "# sitrep-gazetteer acled-countries v1\n# comment\niso3\tiso_numeric\tcountry\tregion\n";

    [Theory]
    [InlineData("MLI", 466, "Mali", "Western Africa")]
    [InlineData("COD", 180, "Democratic Republic of Congo", "Middle Africa")]
    [InlineData("SYR", 760, "Syria", "Middle East")]
    [InlineData("IRN", 364, "Iran", "Middle East")]
    [InlineData("MOZ", 508, "Mozambique", "Southern Africa")]
    [InlineData("ARM", 51, "Armenia", "Caucasus and Central Asia")]
    [InlineData("MEX", 484, "Mexico", "Central America")]
    [InlineData("UKR", 804, "Ukraine", "Europe")]
    [InlineData("XKX", 0, "Kosovo", "Europe")]
    public void LoadEmbedded_KnownCountry_HasNumericNameAndRegion(string iso3, int numeric, string name, string region)
    {
        AcledCountry? country = ExportFixtures.Countries.Find(iso3.ToLowerInvariant());
        Assert.Equal(new AcledCountry(iso3, numeric, name, region), country);
    }

    [Fact]
    public void LoadEmbedded_Always_CoversEveryCountryWithAnAcledRegion()
    {
        Assert.True(ExportFixtures.Countries.Count > 240);
    }

    [Fact]
    public void Parse_WellFormed_FindsCountries()
    {
        AcledCountryTableParseResult parsed = AcledCountryTable.Parse("t.tsv", Head + "MLI\t466\tMali\tWestern Africa\n");
        Assert.Empty(parsed.Problems);
        Assert.Equal("Mali", parsed.Table!.Find("MLI")!.Name);
    }

    [Theory]
    [InlineData("MLI\t466\tMali\tWest Africa\n", "not an ACLED region")]
    [InlineData("MLI\tx\tMali\tWestern Africa\n", "numeric")]
    [InlineData("Mli\t466\tMali\tWestern Africa\n", "alpha-3")]
    [InlineData("MLI\t466\tMali\n", "4 tab-separated fields")]
    [InlineData("MLI\t466\t \tWestern Africa\n", "name is empty")]
    public void Parse_BadLine_NamesFileAndLine(string line, string message)
    {
        AcledCountryTableParseResult parsed = AcledCountryTable.Parse("t.tsv", Head + line);
        Assert.Null(parsed.Table);
        Problem problem = Assert.Single(parsed.Problems);
        Assert.Equal(ErrorCodes.MalformedDataFile, problem.Code);
        Assert.Equal("t.tsv", problem.Subject);
        Assert.Equal(4, problem.Line);
        Assert.Contains(message, problem.Message);
    }

    [Fact]
    public void Parse_DuplicateCountry_IsAProblem()
    {
        AcledCountryTableParseResult parsed = AcledCountryTable.Parse("t.tsv", Head + "MLI\t466\tMali\tWestern Africa\nMLI\t466\tMali\tWestern Africa\n");
        Assert.Contains("duplicate", Assert.Single(parsed.Problems).Message);
    }

    [Fact]
    public void Parse_WrongHeader_IsAProblemOnLineOne()
    {
        AcledCountryTableParseResult parsed = AcledCountryTable.Parse("t.tsv", "iso3\tiso_numeric\tcountry\tregion\n");
        Assert.Equal(1, Assert.Single(parsed.Problems).Line);
    }
}
