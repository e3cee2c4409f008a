namespace Sitrep.Ingest.Decoding;

/// <summary>Recognises binary inputs by their magic numbers or by NUL bytes, which no text encoding we accept produces.</summary>
internal static class BinarySniffer
{
    private sealed record Signature(string Kind, byte[] Magic);

    private static readonly Signature[] Signatures =
    [
        new("PNG image", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]),
        new("PDF document", "%PDF-"u8.ToArray()),
        new("ZIP archive", [0x50, 0x4B, 0x03, 0x04]),
        new("GZIP archive", [0x1F, 0x8B]),
        new("ELF executable", [0x7F, 0x45, 0x4C, 0x46]),
        new("JPEG image", [0xFF, 0xD8, 0xFF]),
        new("GIF image", "GIF8"u8.ToArray()),
    ];

    /// <summary>A short description of the binary kind, or null when the bytes may be text.</summary>
    public static string? Describe(ReadOnlySpan<byte> bytes)
    {
        foreach (Signature signature in Signatures)
        {
            if (bytes.StartsWith(signature.Magic)) return signature.Kind;
        }
        return bytes.Contains((byte)0) ? "it contains NUL bytes" : null;
    }
}
