using Sitrep.Errors;
using Sitrep.Text.Tokens;

namespace Sitrep.Tests.Text;

public class TokenizerLexiconTests
{
    [Fact]
    public void Parse_WrongHeader_FailsNamingLineOne()
    {
        var result = TokenizerLexicon.Parse(["not a lexicon"], "bad.txt");
        Assert.Null(result.Value);
        Assert.Equal(ErrorCodes.MalformedDataFile, result.Problem!.Code);
        Assert.Equal(1, result.Problem.Line);
    }

    [Fact]
    public void Parse_UnknownSection_FailsNamingItsLine()
    {
        var result = TokenizerLexicon.Parse([TokenizerLexicon.Header, "[titles]", "mr.", "[colours]"], "bad.txt");
        Assert.Equal(4, result.Problem!.Line);
        Assert.Contains("colours", result.Problem.Message);
    }

    [Fact]
    public void Parse_BadSplit_FailsNamingItsLine()
    {
        var result = TokenizerLexicon.Parse([TokenizerLexicon.Header, "[splits]", "cannot"], "bad.txt");
        Assert.Equal(3, result.Problem!.Line);
    }

    [Fact]
    public void Load_MissingFile_ReportsModelMissing()
    {
        var result = TokenizerLexicon.Load(Path.Combine(Path.GetTempPath(), "no-such-lexicon.txt"));
        Assert.Equal(ErrorCodes.DataFileMissing, result.Problem!.Code);
    }
}
