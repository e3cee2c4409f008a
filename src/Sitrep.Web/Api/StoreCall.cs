using Microsoft.AspNetCore.Http;
using Sitrep.Errors;
using Sitrep.Storage;

namespace Sitrep.Web.Api;

/// <summary>Runs a request against the store, turning the store's expected failures into problems.</summary>
internal static class StoreCall
{
    public static IResult Run(Func<IResult> call)
    {
        try
        {
            return call();
        }
        catch (StoreException ex) when (ex.Code == ErrorCodes.InvalidQuery)
        {
            return ApiProblems.From(ex.ToProblem(), StatusCodes.Status400BadRequest);
        }
        catch (StoreException ex)
        {
            // The store is busy, gone or newer than us: the client may retry; the detail says which.
            return ApiProblems.From(ex.ToProblem(), StatusCodes.Status503ServiceUnavailable, aboutParameter: false);
        }
    }
}
