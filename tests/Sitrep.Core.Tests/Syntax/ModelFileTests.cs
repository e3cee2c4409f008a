using Sitrep.Errors;
using Sitrep.Syntax.Lemmas;
using Sitrep.Syntax.Models;
using Sitrep.Syntax.Parsing;
using Sitrep.Syntax.Tagging;

namespace Sitrep.Tests.Syntax;

public class ModelFileTests
{
    [Fact]
    public void ReadBinary_MissingFile_ReportsModelMissingWithPath()
    {
        string path = Path.Combine(Path.GetTempPath(), $"sitrep-missing-{Guid.NewGuid():N}.bin");
        var result = LanguageModels.ReadBinary(path, TaggerModel.Read);
        Assert.Equal(ErrorCodes.DataFileMissing, result.Problem!.Code);
        Assert.Equal(path, result.Problem.Subject);
    }

    [Fact]
    public void ReadBinary_NotAModel_ReportsBadMagicNamingFile()
    {
        string path = TempFile([1, 2, 3, 4, 5, 6, 7, 8, 9]);
        var result = LanguageModels.ReadBinary(path, TaggerModel.Read);
        Assert.Equal(ErrorCodes.MalformedDataFile, result.Problem!.Code);
        Assert.Equal(path, result.Problem.Subject);
        Assert.Contains("magic", result.Problem.Message);
    }

    [Fact]
    public void ReadBinary_WrongKind_SaysWhichKindItHolds()
    {
        string path = TempFile([]);
        TrainedModels.Tiny.Lemmatizer.Save(path);
        var result = LanguageModels.ReadBinary(path, ParserModel.Read);
        Assert.Contains("'lemmatizer'", result.Problem!.Message);
    }

    [Fact]
    public void ReadBinary_TruncatedModel_ReportsModelInvalid()
    {
        string path = TempFile([]);
        TrainedModels.Tiny.Parser.Save(path);
        byte[] bytes = File.ReadAllBytes(path);
        File.WriteAllBytes(path, bytes[..(bytes.Length / 2)]);
        var result = LanguageModels.ReadBinary(path, ParserModel.Read);
        Assert.Equal(ErrorCodes.MalformedDataFile, result.Problem!.Code);
    }

    [Fact]
    public void SaveThenRead_Tagger_RoundTripsClassesAndTags()
    {
        string path = TempFile([]);
        TaggerModel tagger = TrainedModels.Tiny.Tagger;
        tagger.Save(path);
        TaggerModel loaded = LanguageModels.ReadBinary(path, TaggerModel.Read).Value!;
        Assert.Equal(tagger.Upos.ToArray(), loaded.Upos.ToArray());
        Assert.Equal(tagger.Xpos.ToArray(), loaded.Xpos.ToArray());
        Assert.Equal(tagger.Lexicon.Words.Count, loaded.Lexicon.Words.Count);
        Assert.Equal(tagger.Weights.Rows, loaded.Weights.Rows);
    }

    [Fact]
    public void SaveThenRead_Lemmatizer_KeepsExceptionsAndRules()
    {
        string path = TempFile([]);
        LemmatizerModel lemmatizer = TrainedModels.Tiny.Lemmatizer;
        lemmatizer.Save(path);
        LemmatizerModel loaded = LanguageModels.ReadBinary(path, LemmatizerModel.Read).Value!;
        Assert.Equal(lemmatizer.Exceptions.Count, loaded.Exceptions.Count);
        Assert.Equal(lemmatizer.Rules.Count, loaded.Rules.Count);
        Assert.Equal("be", loaded.Lemmatize("was", "VBD"));
    }

    private static string TempFile(byte[] content)
    {
        string path = Path.Combine(Path.GetTempPath(), $"sitrep-model-{Guid.NewGuid():N}.bin");
        File.WriteAllBytes(path, content);
        return path;
    }
}
