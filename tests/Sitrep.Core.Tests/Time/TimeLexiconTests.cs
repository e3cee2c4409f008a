using Sitrep.Errors;
using Sitrep.Lexicons;
using Sitrep.Numbers;
using Sitrep.Time;

namespace Sitrep.Tests.Time;

public class TimeLexiconTests
{
    [Fact]
    public void Default_ShippedLexicons_Load()
    {
        Assert.Equal(1, TimeLexicon.Default.Months["january"]);
        Assert.Equal(12, NumberLexicon.Default.Vague["dozens"]);
    }

    [Fact]
    public void Load_BadValue_NamesTheLine()
    {
        LexiconLoad<TimeLexicon> result = TimeLexicon.Load("t.tsv", "# c\nmonth\tjanuary\t1\nmonth\tsmarch\t13\n");
        Assert.Null(result.Value);
        Problem p = Assert.Single(result.Problems);
        Assert.Equal(3, p.Line);
        Assert.Equal(ErrorCodes.MalformedDataFile, p.Code);
    }

    [Theory]
    [InlineData("nonsense\tword\t1\n")]
    [InlineData("month\tJanuary\t1\n")]
    [InlineData("month\n")]
    [InlineData("month\tjanuary\t1\nmonth\tjanuary\t1\n")]
    public void Load_MalformedLine_Fails(string content)
    {
        Assert.NotEmpty(TimeLexicon.Load("t.tsv", content).Problems);
    }

    [Fact]
    public void Load_BadNumberLexicon_NamesTheLine()
    {
        LexiconLoad<NumberLexicon> result = NumberLexicon.Load("n.tsv", "vague\tdozens\ttwelve\n");
        Assert.Equal(1, Assert.Single(result.Problems).Line);
    }
}
