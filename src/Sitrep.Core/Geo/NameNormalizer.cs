using System.Buffers;
using System.Globalization;
using System.Runtime.CompilerServices;

namespace Sitrep.Geo;

/// <summary>
/// The key under which names are compared: lower case, accents removed, apostrophes dropped
/// ("N'Djamena" = "Ndjamena"), other punctuation as a single space ("Al-Fashir" = "Al Fashir").
/// </summary>
public static class NameNormalizer
{
    private const int TableSize = 0x2500;

    /// <summary>The longest name the span methods normalise on the stack; longer ones take a rented buffer.</summary>
    public const int MaxStackName = 128;

    /// <summary>The buffer <see cref="NormalizeInto"/> needs for a name of <paramref name="nameLength"/> characters.</summary>
    public static int BufferLength(int nameLength) => nameLength * 2 + 8;

    // Folded forms of every character below U+2500, computed once: the gazetteer normalises
    // a quarter of a million names at load, and per-character Unicode decomposition is too slow.
    private static readonly string[] Folded = BuildTable();

    // The same folds for ASCII as single chars ('\0' drops the char, ' ' separates words), so the
    // common case copies no string: names are normalised for every n-gram of every article.
    private static readonly char[] AsciiFolded = [.. Folded.Take(128).Select(f => f.Length == 0 ? '\0' : f[0])];

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static string Normalize(ReadOnlySpan<char> name)
    {
        char[]? rented = null;
        Span<char> buffer = name.Length <= 128 ? stackalloc char[name.Length * 2 + 8] : (rented = ArrayPool<char>.Shared.Rent(name.Length * 3 + 8));
        string result = new(buffer[..NormalizeInto(name, buffer)]);
        if (rented is not null) ArrayPool<char>.Shared.Return(rented);
        return result;
    }

    /// <summary>True when <paramref name="name"/> normalises to <paramref name="key"/>, without allocating.</summary>
    public static bool NormalizesTo(ReadOnlySpan<char> name, ReadOnlySpan<char> key)
    {
        if (name.Length > 128) return Normalize(name).AsSpan().SequenceEqual(key);
        Span<char> buffer = stackalloc char[name.Length * 2 + 8];
        return buffer[..NormalizeInto(name, buffer)].SequenceEqual(key);
    }

    /// <summary>True when <paramref name="name"/>, normalised, holds <paramref name="key"/> as whole words ("Borno State" holds "borno").</summary>
    public static bool HoldsWords(ReadOnlySpan<char> name, ReadOnlySpan<char> key)
    {
        if (name.Length > 128) return HoldsWordsNormalized(Normalize(name), key);
        Span<char> buffer = stackalloc char[name.Length * 2 + 8];
        return HoldsWordsNormalized(buffer[..NormalizeInto(name, buffer)], key);
    }

    private static bool HoldsWordsNormalized(ReadOnlySpan<char> normalized, ReadOnlySpan<char> key)
    {
        int at = normalized.IndexOf(key, StringComparison.Ordinal);
        return at >= 0 && (at == 0 || normalized[at - 1] == ' ') &&
               (at + key.Length == normalized.Length || normalized[at + key.Length] == ' ');
    }

    /// <summary>Writes the normalised form into <paramref name="buffer"/> (at least <see cref="BufferLength"/> long); returns its length.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int NormalizeInto(ReadOnlySpan<char> name, Span<char> buffer)
    {
        bool pendingSpace = false;
        return NormalizeAppend(name, buffer, 0, ref pendingSpace);
    }

    /// <summary>
    /// Continues a normalisation that wrote <paramref name="length"/> chars: folds <paramref name="more"/>
    /// as if it followed the text already folded, and returns the new length. The normal form of a
    /// text is the normal form of its start extended, so n-grams growing word by word are folded once.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static int NormalizeAppend(ReadOnlySpan<char> more, Span<char> buffer, int length, ref bool pendingSpace)
    {
        foreach (char c in more)
        {
            if (c < 128)
            {
                char ascii = AsciiFolded[c];
                if (ascii == '\0') continue;
                if (ascii == ' ')
                {
                    pendingSpace = true;
                    continue;
                }
                if (pendingSpace && length > 0) buffer[length++] = ' ';
                pendingSpace = false;
                if (length >= buffer.Length) break;
                buffer[length++] = ascii;
                continue;
            }
            string folded = c < TableSize ? Folded[c] : FoldRare(c);
            if (folded.Length == 0) continue;
            if (folded[0] == ' ')
            {
                pendingSpace = true;
                continue;
            }
            if (pendingSpace && length > 0) buffer[length++] = ' ';
            pendingSpace = false;
            if (length + folded.Length > buffer.Length) break;
            folded.AsSpan().CopyTo(buffer[length..]);
            length += folded.Length;
        }
        return length;
    }

    private static string FoldRare(char c) =>
        char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c).ToString() :
        char.IsSurrogate(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark ? "" : " ";

    private static string[] BuildTable()
    {
        var table = new string[TableSize];
        for (int i = 0; i < TableSize; i++)
        {
            char c = (char)i;
            table[i] = c switch
            {
                '\'' or '\u2019' or '\u2018' or '\u02BC' or '\u02BB' or '\u02BF' or '\u02BE' or '`' or '\u00B4' => "",
                'ß' => "ss",
                'æ' or 'Æ' => "ae",
                'œ' or 'Œ' => "oe",
                'ø' or 'Ø' => "o",
                'ł' or 'Ł' => "l",
                'đ' or 'Đ' or 'ð' or 'Ð' => "d",
                'ı' => "i",
                'þ' or 'Þ' => "th",
                _ when char.IsSurrogate(c) => "",
                _ when char.IsLetterOrDigit(c) => Decompose(c),
                _ when CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark => "",
                _ => " ",
            };
        }
        return table;
    }

    private static string Decompose(char c)
    {
        if (c < 128) return char.ToLowerInvariant(c).ToString();
        char baseLetter = LatinFolding.BaseOf(c);
        return baseLetter != '\0' ? baseLetter.ToString() : char.ToLowerInvariant(c).ToString();
    }
}
