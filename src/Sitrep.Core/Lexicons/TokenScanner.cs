namespace Sitrep.Lexicons;

/// <summary>
/// Finds the runs of letters and of digits in raw text, the only places where a pattern can start.
/// Taggers look each run up in a trigger table and try just the patterns it can begin, anchored
/// there, instead of letting every pattern scan every character.
/// </summary>
public static class TokenScanner
{
    /// <summary>The start of the next letter or digit run at or after <paramref name="from"/> (-1 when none), and its end.</summary>
    public static int Next(string text, int from, out int end)
    {
        ArgumentNullException.ThrowIfNull(text);
        int i = Math.Max(0, from);
        while (i < text.Length)
        {
            char c = text[i];
            if (char.IsLetterOrDigit(c) && (i == 0 || !SameRun(text[i - 1], c)))
            {
                bool digit = char.IsDigit(c);
                int e = i + 1;
                while (e < text.Length && (digit ? char.IsDigit(text[e]) : char.IsLetter(text[e]))) e++;
                end = e;
                return i;
            }
            i++;
        }
        end = text.Length;
        return -1;
    }

    private static bool SameRun(char previous, char c) => char.IsDigit(c) ? char.IsDigit(previous) : char.IsLetter(previous);
}
