using System.Collections.Immutable;
using Sitrep.Errors;

namespace Sitrep.Geo.Storage;

/// <summary>What compiling a gazetteer folder did: the binary written, or the problems in its TSVs.</summary>
public sealed record GazetteerCompileResult(string? BinaryPath, int Entries, int Names, ImmutableArray<Problem> Problems)
{
    public bool Succeeded => BinaryPath is not null;
}

/// <summary>
/// Writes gazetteer.bin for a gazetteer folder from its TSVs (`sitrep gazetteer compile`, the
/// build script and `sitrep gazetteer import` call it), so that later loads skip the parse.
/// Deterministic: the same TSVs give the same bytes.
/// </summary>
public static class GazetteerCompiler
{
    public static GazetteerCompileResult Compile(string directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        ulong fingerprint = GazetteerFingerprint.Of(directory);
        GazetteerLoadResult loaded = GazetteerLoader.LoadSources(directory);
        if (loaded.Gazetteer is not Gazetteer gazetteer) return new GazetteerCompileResult(null, 0, 0, loaded.Problems);
        string path = Path.Combine(directory, GazetteerBinary.FileName);
        GazetteerBinary.Write(path, fingerprint, gazetteer.Entries, gazetteer.NameIndex);
        return new GazetteerCompileResult(path, gazetteer.Entries.Length, gazetteer.NameCount, []);
    }
}
