namespace Sitrep.Storage;

/// <summary>One document that reports an event, with what a reader needs to cite it.</summary>
public sealed record EventSource(string DocumentId, string? Url, string? Outlet, DateOnly? Published, string Source);
