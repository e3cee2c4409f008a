using Microsoft.AspNetCore.Http;

namespace Sitrep.Web.Api;

/// <summary>A request value parsed, or the 400 problem that says which parameter was wrong.</summary>
internal sealed record Bound<T>(T? Value, IResult? Error) where T : class
{
    public static Bound<T> Ok(T value) => new(value, null);

    public static Bound<T> Fail(IResult error) => new(null, error);
}
