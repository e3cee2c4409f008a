namespace Sitrep.Geo;

/// <summary>
/// The layout of the name index's char arena: each record is the name's length, its first link
/// and its link count (each int as two chars, low half first), then the name's chars. Keeping the
/// link range beside the name means a hit needs no third array.
/// </summary>
internal static class NameArena
{
    public const int HeaderLength = 5;

    /// <summary>The longest name a record holds; the builder skips longer keys (no place name comes near it).</summary>
    public const int MaxNameLength = char.MaxValue;

    /// <summary>Writes one record at <paramref name="at"/>; the name is at most <see cref="MaxNameLength"/> long.</summary>
    public static void Write(Span<char> arena, int at, ReadOnlySpan<char> name, int linkStart, int linkCount)
    {
        arena[at] = (char)name.Length;
        arena[at + 1] = (char)(linkStart & 0xFFFF);
        arena[at + 2] = (char)((uint)linkStart >> 16);
        arena[at + 3] = (char)(linkCount & 0xFFFF);
        arena[at + 4] = (char)((uint)linkCount >> 16);
        name.CopyTo(arena[(at + HeaderLength)..]);
    }

    public static int Length(ReadOnlySpan<char> arena, int at) => arena[at];

    public static ReadOnlySpan<char> Name(ReadOnlySpan<char> arena, int at) => arena.Slice(at + HeaderLength, arena[at]);

    public static int LinkStart(ReadOnlySpan<char> arena, int at) => arena[at + 1] | (arena[at + 2] << 16);

    public static int LinkCount(ReadOnlySpan<char> arena, int at) => arena[at + 3] | (arena[at + 4] << 16);

    /// <summary>Where the record after the one at <paramref name="at"/> starts.</summary>
    public static int Next(ReadOnlySpan<char> arena, int at) => at + HeaderLength + arena[at];

    /// <summary>The chars a record for a name of <paramref name="nameLength"/> takes.</summary>
    public static int RecordLength(int nameLength) => HeaderLength + nameLength;
}
