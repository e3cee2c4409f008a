using Sitrep.Errors;
using Sitrep.Geo;
using Sitrep.Geo.Storage;
using Sitrep.Tests.Geo;

namespace Sitrep.Tests.Geo.Storage;

public class GazetteerBinaryTests
{
    private static readonly string[] Names = ["Niafunke", "Niafounké", "Tombouctou", "Tombouctou Region", "Boulkessi", "Republic of Mali", "Mali", "Paris", "France", "Atlantis"];

    [Fact]
    public void Compile_TinyFiles_LoadGivesTheSameEntriesAsTheTsvs()
    {
        using var files = new TinyGazetteerFiles();
        Gazetteer fromTsv = GazetteerLoader.Load(files.Directory).GetOrThrow();

        GazetteerCompileResult compiled = GazetteerCompiler.Compile(files.Directory);
        Gazetteer fromBinary = GazetteerLoader.Load(files.Directory).GetOrThrow();

        Assert.True(compiled.Succeeded);
        Assert.True(File.Exists(files.PathOf(GazetteerBinary.FileName)));
        Assert.Equal(fromTsv.Entries.Length, fromBinary.Entries.Length);
        for (int i = 0; i < fromTsv.Entries.Length; i++) Assert.Equal(fromTsv.Entries[i], fromBinary.Entries[i]);
        Assert.Equal(fromTsv.NameCount, fromBinary.NameCount);
        Assert.Equal(fromTsv.MaxNameWords, fromBinary.MaxNameWords);
        foreach (string name in Names) Assert.Equal(fromTsv.Lookup(name).ToList(), fromBinary.Lookup(name).ToList());
        Assert.Equal(fromTsv.CountryEntry("MLI"), fromBinary.CountryEntry("MLI"));
        Assert.Equal("MLI", fromBinary.CountryOfDemonym("Malians"));
    }

    [Fact]
    public void Compile_SameFilesTwice_WritesTheSameBytes()
    {
        using var files = new TinyGazetteerFiles();
        GazetteerCompiler.Compile(files.Directory);
        byte[] first = File.ReadAllBytes(files.PathOf(GazetteerBinary.FileName));

        GazetteerCompiler.Compile(files.Directory);

        Assert.Equal(first, File.ReadAllBytes(files.PathOf(GazetteerBinary.FileName)));
    }

    [Fact]
    public void Load_BinaryOlderThanAnAliasEdit_ReadsTheTsvs()
    {
        using var files = new TinyGazetteerFiles();
        GazetteerCompiler.Compile(files.Directory);
        files.ReplaceLine("aliases.tsv", 4, "Niafoonke\tNiafunké\tMLI\tcity\t\t\t\tspelling");

        Gazetteer gazetteer = GazetteerLoader.Load(files.Directory).GetOrThrow();

        Assert.Equal("gn:1", Assert.Single(gazetteer.Lookup("Niafoonke")).Id);
        Assert.Empty(gazetteer.Lookup("Niafounké"));
    }

    [Fact]
    public void Load_WriteBinaryWithoutOne_WritesItForTheNextLoad()
    {
        using var files = new TinyGazetteerFiles();

        GazetteerLoader.Load(files.Directory, writeBinary: true).GetOrThrow();

        Assert.True(File.Exists(files.PathOf(GazetteerBinary.FileName)));
        Assert.Equal("gn:2", Assert.Single(GazetteerLoader.Load(files.Directory).GetOrThrow().Lookup("paris")).Id);
    }

    [Theory]
    [InlineData(0, "magic")]
    [InlineData(-1, "truncated")]
    public void Load_DamagedBinary_FailsNamingTheFile(int offset, string expected)
    {
        using var files = new TinyGazetteerFiles();
        GazetteerCompiler.Compile(files.Directory);
        string path = files.PathOf(GazetteerBinary.FileName);
        byte[] bytes = File.ReadAllBytes(path);
        if (offset < 0) Array.Resize(ref bytes, bytes.Length - 5);
        else bytes[offset] ^= 0x5A;
        File.WriteAllBytes(path, bytes);

        GazetteerLoadResult result = GazetteerLoader.Load(files.Directory);

        Problem problem = Assert.Single(result.Problems);
        Assert.False(result.Succeeded);
        Assert.Equal(ErrorCodes.MalformedDataFile, problem.Code);
        Assert.Equal(path, problem.Subject);
        Assert.Contains(expected, problem.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Load_BinaryOfAnotherVersion_ReadsTheTsvs()
    {
        using var files = new TinyGazetteerFiles();
        GazetteerCompiler.Compile(files.Directory);
        string path = files.PathOf(GazetteerBinary.FileName);
        byte[] bytes = File.ReadAllBytes(path);
        BitConverter.GetBytes(GazetteerBinary.Version + 1).CopyTo(bytes, 8);
        File.WriteAllBytes(path, bytes);

        Gazetteer gazetteer = GazetteerLoader.Load(files.Directory).GetOrThrow();

        Assert.Equal("gn:2", Assert.Single(gazetteer.Lookup("paris")).Id);
        Assert.False(GazetteerBinary.IsCurrent(path, GazetteerFingerprint.Of(files.Directory)));
    }

    [Fact]
    public void Load_LinkToAMissingEntry_FailsNamingTheFile()
    {
        using var files = new TinyGazetteerFiles();
        GazetteerCompiler.Compile(files.Directory);
        string path = files.PathOf(GazetteerBinary.FileName);
        byte[] bytes = File.ReadAllBytes(path);
        // The links sit just before the slots and the 8-byte end mark; make the last one point past the entries.
        Gazetteer gazetteer = GazetteerLoader.Load(files.Directory).GetOrThrow();
        int slots = gazetteer.NameIndex.Slots.Length;
        int lastLink = bytes.Length - 8 - 8 * slots - 4;
        BitConverter.GetBytes(999_999).CopyTo(bytes, lastLink);
        File.WriteAllBytes(path, bytes);

        Problem problem = Assert.Single(GazetteerLoader.Load(files.Directory).Problems);

        Assert.Contains("does not exist", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_SlotPointingInsideAName_FailsNamingTheFile()
    {
        using var files = new TinyGazetteerFiles();
        GazetteerCompiler.Compile(files.Directory);
        string path = files.PathOf(GazetteerBinary.FileName);
        byte[] bytes = File.ReadAllBytes(path);
        Gazetteer gazetteer = GazetteerLoader.Load(files.Directory).GetOrThrow();
        int slots = gazetteer.NameIndex.Slots.Length;
        int filled = 0;
        while (gazetteer.NameIndex.Slots[filled].Record < 0) filled++;
        // A slot is a 4-byte hash and a 4-byte record position; move one record position into the name after its header.
        int record = bytes.Length - 8 - 8 * slots + 8 * filled + 4;
        BitConverter.GetBytes(BitConverter.ToInt32(bytes, record) + 1).CopyTo(bytes, record);
        File.WriteAllBytes(path, bytes);

        Problem problem = Assert.Single(GazetteerLoader.Load(files.Directory).Problems);

        Assert.Contains("no name starts", problem.Message, StringComparison.Ordinal);
    }
}
