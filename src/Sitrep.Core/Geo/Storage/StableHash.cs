using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Sitrep.Geo.Storage;

/// <summary>
/// A hash that is the same in every process and on every machine, because the name index's buckets
/// are written to gazetteer.bin; string.GetHashCode is randomised per process and cannot be stored.
/// </summary>
internal static class StableHash
{
    private const ulong Seed = 0x9E3779B97F4A7C15;
    private const ulong Multiplier = 0xFF51AFD7ED558CCD;

    /// <summary>The 64-bit hash of a name index key: its low half picks the bucket, its top byte the key's tag.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining | MethodImplOptions.AggressiveOptimization)]
    public static ulong OfKey(ReadOnlySpan<char> key) => Fold(MemoryMarshal.AsBytes(key));

    /// <summary>A 64-bit hash of file contents, for noticing that a source file changed after the binary was written.</summary>
    public static ulong OfBytes(ReadOnlySpan<byte> bytes, ulong previous = 0) => Fold(bytes) ^ (previous * Multiplier);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static ulong Fold(ReadOnlySpan<byte> bytes)
    {
        ulong h = Seed ^ (ulong)bytes.Length;
        while (bytes.Length >= 8)
        {
            h = (h ^ BinaryPrimitives.ReadUInt64LittleEndian(bytes)) * Multiplier;
            h ^= h >> 29;
            bytes = bytes[8..];
        }
        ulong tail = 0;
        for (int i = 0; i < bytes.Length; i++) tail |= (ulong)bytes[i] << (8 * i);
        h = (h ^ tail) * Multiplier;
        // The murmur finaliser, so that the low bits (the slot) depend on every input bit.
        h ^= h >> 33;
        h *= 0xC4CEB9FE1A85EC53;
        h ^= h >> 33;
        return h;
    }
}
