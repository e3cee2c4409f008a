using System.Text;
using System.Text.Unicode;
using Sitrep.Errors;

namespace Sitrep.Ingest.Decoding;

/// <summary>
/// Turns raw bytes into text: byte-order marks decide UTF-8 or UTF-16; otherwise strict UTF-8,
/// falling back to Latin-1 (every byte is a valid Latin-1 character) with a warning. Binary data
/// and blank inputs are refused before any reader sees them.
/// </summary>
internal static class ContentDecoder
{
    private static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly Encoding Utf16Le = new UnicodeEncoding(bigEndian: false, byteOrderMark: false);
    private static readonly Encoding Utf16Be = new UnicodeEncoding(bigEndian: true, byteOrderMark: false);

    public static DecodedText Decode(string subject, ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty) return Fail(ErrorCodes.EmptyInput, subject, "The file is empty.");
        string? text = null;
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) bytes = bytes[3..];
        else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) text = DecodeUtf16(Utf16Le, bytes[2..]);
        else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) text = DecodeUtf16(Utf16Be, bytes[2..]);

        var problems = new List<Problem>();
        if (text is null)
        {
            if (BinarySniffer.Describe(bytes) is string kind)
                return Fail(ErrorCodes.BinaryInput, subject, $"The file is binary ({kind}), not text.");
            if (Utf8.IsValid(bytes))
            {
                text = StrictUtf8.GetString(bytes);
            }
            else
            {
                text = Encoding.Latin1.GetString(bytes);
                problems.Add(new Problem(ErrorCodes.InvalidEncoding, subject,
                    $"The file is not valid UTF-8 (first bad byte at offset {FirstInvalidUtf8(bytes)}); it was read as Latin-1.",
                    ProblemSeverity.Warning));
            }
        }
        else if (text.Contains('\0'))
        {
            return Fail(ErrorCodes.BinaryInput, subject, "The file holds NUL characters after UTF-16 decoding; it is binary, not text.");
        }

        if (string.IsNullOrWhiteSpace(text))
            return Fail(ErrorCodes.EmptyInput, subject, "The file holds only whitespace.");
        return new DecodedText(text, [.. problems]);
    }

    private static string DecodeUtf16(Encoding encoding, ReadOnlySpan<byte> bytes) =>
        // An odd trailing byte cannot be a UTF-16 unit; dropping it is kinder than refusing the file.
        encoding.GetString(bytes[..(bytes.Length & ~1)]);

    private static int FirstInvalidUtf8(ReadOnlySpan<byte> bytes)
    {
        int offset = 0;
        while (offset < bytes.Length)
        {
            var status = System.Text.Rune.DecodeFromUtf8(bytes[offset..], out _, out int consumed);
            if (status != System.Buffers.OperationStatus.Done) return offset;
            offset += consumed;
        }
        return offset;
    }

    private static DecodedText Fail(ErrorCode code, string subject, string message) =>
        new(null, [new Problem(code, subject, message)]);
}
