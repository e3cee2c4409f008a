using Sitrep.Syntax.Models;
using Sitrep.Syntax.Tagging;

namespace Sitrep.Tests.Syntax.Tagging;

public class TaggerLexiconTests
{
    private static TaggerLexicon Sample() => new(new Dictionary<string, WordClasses>
    {
        ["the"] = new(UInt128.One << 2, 2, WordDecision.Settle),
        ["attack"] = new((UInt128.One << 0) | (UInt128.One << 1), 0, WordDecision.Restrict),
    }, classes: 3);

    [Fact]
    public void TryGet_CapitalisedFormListedInLowerCase_FindsIt()
    {
        Assert.True(Sample().TryGet("The", out WordClasses entry));
        Assert.True(entry.Settled);
        Assert.Equal(2, entry.Frequent);
    }

    [Fact]
    public void TryGet_UnlistedForm_False()
    {
        Assert.False(Sample().TryGet("Idlib", out _));
    }

    [Fact]
    public void CandidateCount_TwoClasses_Two()
    {
        Assert.True(Sample().TryGet("attack", out WordClasses entry));
        Assert.Equal(2, entry.CandidateCount);
    }

    [Fact]
    public void Constructor_CommonestClassNotAllowed_Throws()
    {
        var words = new Dictionary<string, WordClasses> { ["x"] = new(UInt128.One << 1, 0, WordDecision.Score) };
        Assert.Throws<ArgumentException>(() => new TaggerLexicon(words, 3));
    }

    [Fact]
    public void WriteThenRead_SameClasses_RoundTrips()
    {
        var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, ModelFile.Encoding, leaveOpen: true)) Sample().Write(writer);
        stream.Position = 0;
        var loaded = TaggerLexicon.Read(new BinaryReader(stream, ModelFile.Encoding), 3);
        Assert.Equal(Sample().Words.OrderBy(w => w.Key), loaded.Words.OrderBy(w => w.Key));
    }

    [Fact]
    public void Read_OtherClassCount_ThrowsModelFormat()
    {
        var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, ModelFile.Encoding, leaveOpen: true)) Sample().Write(writer);
        stream.Position = 0;
        Assert.Throws<ModelFormatException>(() => TaggerLexicon.Read(new BinaryReader(stream, ModelFile.Encoding), 4));
    }
}
