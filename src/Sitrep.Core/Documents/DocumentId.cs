using System.Security.Cryptography;
using System.Text;

namespace Sitrep.Documents;

/// <summary>
/// A stable document identity: a hash of the source and the text, so the same article read twice
/// gets the same id and an edited article gets a new one.
/// </summary>
public readonly record struct DocumentId
{
    private DocumentId(string value) => Value = value;

    public string Value { get; }

    public static DocumentId Compute(string source, string text)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(text);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes(source));
        hash.AppendData([0]);
        hash.AppendData(Encoding.UTF8.GetBytes(text));
        return new DocumentId(Convert.ToHexStringLower(hash.GetHashAndReset().AsSpan(0, 12)));
    }

    /// <summary>Accepts an id printed earlier (24 lower-case hex digits).</summary>
    public static bool TryParse(string? value, out DocumentId id)
    {
        id = default;
        if (value is null || value.Length != 24 || !value.All(char.IsAsciiHexDigitLower)) return false;
        id = new DocumentId(value);
        return true;
    }

    public override string ToString() => Value;
}
