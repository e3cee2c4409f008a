using Sitrep.Errors;

namespace Sitrep.Ingest.Files;

/// <summary>One thing found under an input path: a file to read, or a problem met while listing (an unreadable directory).</summary>
internal sealed record InputEntry(string Path, Problem? Problem);
