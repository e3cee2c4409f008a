using System.Globalization;

namespace Sitrep.Text.Tokens;

/// <summary>Character tests shared by the tokenizer and sentence splitter.</summary>
internal static class CharClass
{
    public static bool IsWordChar(char c) =>
        char.IsLetterOrDigit(c) || c == '_' || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

    public static bool IsApostrophe(char c) => c is '\'' or '’' or 'ʼ';

    public static bool IsTerminal(char c) => c is '.' or '!' or '?' or '…' or '‼' or '⁇' or '。';

    public static bool IsClosing(char c) => c is '"' or '\'' or ')' or ']' or '}' or '”' or '’' or '»' or '›';

    public static bool IsOpening(char c) => c is '"' or '\'' or '(' or '[' or '{' or '“' or '‘' or '«' or '‹' or '`';

    public static bool IsHyphen(char c) => c is '-' or '‐' or '‑';
}
