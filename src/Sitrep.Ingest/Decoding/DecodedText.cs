using System.Collections.Immutable;
using Sitrep.Errors;

namespace Sitrep.Ingest.Decoding;

/// <summary>The outcome of decoding an input's bytes: the text, or the problem that stopped it.</summary>
internal sealed record DecodedText(string? Text, ImmutableArray<Problem> Problems)
{
    public bool Succeeded => Text is not null;
}
