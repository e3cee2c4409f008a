using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Sitrep.Errors;

namespace Sitrep.Web.Api;

/// <summary>
/// Expected failures as RFC 7807 problem details. Each carries Sitrep's stable error code, and a
/// problem about a request parameter names it in <c>parameter</c>, so clients can point at the field.
/// </summary>
internal static class ApiProblems
{
    public const string TypePrefix = "urn:sitrep:error:";

    public static IResult From(Problem problem, int status, bool aboutParameter = true)
    {
        var details = new ProblemDetails
        {
            Type = TypePrefix + problem.Code.Code,
            Title = problem.Code.Description,
            Status = status,
            Detail = problem.Message,
        };
        details.Extensions["code"] = problem.Code.Code;
        if (aboutParameter) details.Extensions["parameter"] = problem.Subject;
        return Results.Problem(details);
    }

    public static IResult BadParameter(string parameter, string message) =>
        From(new Problem(ErrorCodes.InvalidQuery, parameter, $"invalid parameter '{parameter}': {message}"), StatusCodes.Status400BadRequest);

    public static IResult NotFound(string what, string id) =>
        From(new Problem(ErrorCodes.NotFound, id, $"there is no {what} '{id}'"), StatusCodes.Status404NotFound, aboutParameter: false);
}
