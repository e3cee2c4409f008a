namespace Sitrep.Syntax.Models;

/// <summary>
/// 64-bit FNV-1a hashing of feature templates and their values, so feature extraction needs no
/// strings: a feature is a template number mixed with tag ids and characters. Lower-casing happens
/// inside the hash, which keeps the hot loops free of allocations.
/// </summary>
public static class FeatureHash
{
    private const ulong Offset = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    public static ulong Start(int template) => Mix(Offset, (uint)template);

    public static ulong Mix(ulong hash, uint value)
    {
        hash = (hash ^ (value & 0xFF)) * Prime;
        hash = (hash ^ ((value >> 8) & 0xFF)) * Prime;
        hash = (hash ^ ((value >> 16) & 0xFF)) * Prime;
        return (hash ^ (value >> 24)) * Prime;
    }

    public static ulong Mix(ulong hash, int value) => Mix(hash, (uint)value);

    /// <summary>Mixes in a whole 64-bit value (a word's precomputed hash) at once; the shift spreads its high bits down again.</summary>
    public static ulong MixWord(ulong hash, ulong word)
    {
        hash = (hash ^ word) * Prime;
        return hash ^ (hash >> 29);
    }

    public static ulong MixLower(ulong hash, ReadOnlySpan<char> text)
    {
        foreach (char c in text) hash = (((hash ^ char.ToLowerInvariant(c)) * Prime) ^ ((uint)char.ToLowerInvariant(c) >> 8)) * Prime;
        return (hash ^ 0xFF) * Prime;
    }

    public static ulong MixExact(ulong hash, ReadOnlySpan<char> text)
    {
        foreach (char c in text) hash = (((hash ^ c) * Prime) ^ ((uint)c >> 8)) * Prime;
        return (hash ^ 0xFF) * Prime;
    }

    /// <summary>Maps a hash to one of 2^<paramref name="bits"/> weight rows.</summary>
    public static int Bucket(ulong hash, int bits) => (int)((hash * 0x9E3779B97F4A7C15UL) >> (64 - bits));
}
