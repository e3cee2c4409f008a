using System.Collections.Immutable;

namespace Sitrep.Evaluation.Gold;

/// <summary>The gold events of one article: its file name (<c>doc</c>), publication date and events.</summary>
public sealed record GoldDocument(string Doc, DateOnly Published, ImmutableArray<GoldEvent> Events);
