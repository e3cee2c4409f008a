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
        (string path, byte[] bytes) = CompiledBinary(files);
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
        (string path, byte[] bytes) = CompiledBinary(files);
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
        (string path, byte[] bytes) = CompiledBinary(files);
        // The links sit just before the 8-byte end mark; make the last one point past the entries.
        int lastLink = bytes.Length - 8 - 4;
        BitConverter.GetBytes(999_999).CopyTo(bytes, lastLink);
        File.WriteAllBytes(path, bytes);

        Problem problem = Assert.Single(GazetteerLoader.Load(files.Directory).Problems);

        Assert.Contains("does not exist", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(60, "does not fit")]
    [InlineData(-1, "belongs to|out of range")]
    public void Load_DamagedNameRecord_FailsNamingTheFile(int keyLength, string expected)
    {
        using var files = new TinyGazetteerFiles();
        (string path, byte[] bytes) = CompiledBinary(files);
        int record = FirstRecordInFile(files.Directory, bytes.Length);
        // A key length that runs past the bucket, or a first link moved onto the next name's.
        if (keyLength > 0) bytes[record] = (byte)keyLength;
        else BitConverter.GetBytes(BitConverter.ToInt32(bytes, record + 1) + 1).CopyTo(bytes, record + 1);
        File.WriteAllBytes(path, bytes);

        Problem problem = Assert.Single(GazetteerLoader.Load(files.Directory).Problems);

        Assert.Matches(expected, problem.Message);
    }

    [Fact]
    public void Load_EveryBucketOverflowed_FailsNamingTheFile()
    {
        using var files = new TinyGazetteerFiles();
        (string path, byte[] bytes) = CompiledBinary(files);
        GazetteerNameIndex index = GazetteerLoader.Load(files.Directory).GetOrThrow().NameIndex;
        int buckets = BucketsStart(index, bytes.Length);
        for (int b = 0; b < index.BucketCount; b++) bytes[buckets + b * NameBuckets.BucketBytes] = NameBuckets.Overflowed;
        File.WriteAllBytes(path, bytes);

        Problem problem = Assert.Single(GazetteerLoader.Load(files.Directory).Problems);

        Assert.Contains("would not stop", problem.Message, StringComparison.Ordinal);
    }

    /// <summary>The file position of the first name record: the buckets come before the tags, the long names, the links and the end mark.</summary>
    private static int FirstRecordInFile(string directory, int fileLength)
    {
        GazetteerNameIndex index = GazetteerLoader.Load(directory).GetOrThrow().NameIndex;
        int bucket = 0;
        while (index.Buckets[bucket * NameBuckets.BucketBytes + NameBuckets.FirstRecord] == 0) bucket++;
        return BucketsStart(index, fileLength) + bucket * NameBuckets.BucketBytes + NameBuckets.FirstRecord;
    }

    private static int BucketsStart(GazetteerNameIndex index, int fileLength) =>
        fileLength - 8 - 4 * index.Links.Length - index.LongRecords.Length - index.BucketCount * (NameBuckets.BucketBytes + 4);

    /// <summary>Compiles the tiny gazetteer and reads its binary back, for tests that damage it.</summary>
    private static (string Path, byte[] Bytes) CompiledBinary(TinyGazetteerFiles files)
    {
        GazetteerCompiler.Compile(files.Directory);
        string path = files.PathOf(GazetteerBinary.FileName);
        return (path, File.ReadAllBytes(path));
    }
}
