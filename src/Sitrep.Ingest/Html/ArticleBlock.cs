namespace Sitrep.Ingest.Html;

/// <summary>A block element of the article in the raw HTML: where its start tag begins, the offset no later than its end, and its tag name.</summary>
internal sealed record ArticleBlock(int Start, int Bound, string TagName);
