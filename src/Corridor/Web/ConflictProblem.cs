using System.Reflection;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;

namespace Corridor.Web;

/// <summary>409: the request was understood and valid, but refused by the state of stored data (exists already, still in use, a rule).</summary>
public sealed class ConflictProblem(string title, string detail, IReadOnlyList<string>? reasons = null)
    : IResult, IEndpointMetadataProvider, IStatusCodeHttpResult, IValueHttpResult, IValueHttpResult<ProblemDetails>
{
    public ProblemDetails Value { get; } = ApiProblems.Create(StatusCodes.Status409Conflict, title, detail, reasons);

    object? IValueHttpResult.Value => Value;

    public int? StatusCode => StatusCodes.Status409Conflict;

    public Task ExecuteAsync(HttpContext httpContext) => TypedResults.Problem(Value).ExecuteAsync(httpContext);

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) =>
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status409Conflict, typeof(ProblemDetails), [ApiProblems.ContentType]));
}
